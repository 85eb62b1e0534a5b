//! Reads the two inputs of scoring that are files of JSON rows: gold annotations (the seed
//! format of `fixtures/gold/FORMAT.md` and the PolNeAR conversion with spans and null labels)
//! and predictions (the JSON Lines `claimtrack extract` prints).

use crate::model::{Attribution, ClaimKind, SourceKind, Stance};
use serde::Deserialize;

/// One line of a gold `.jsonl` file.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldRow {
    /// 1-based line in the gold file, for messages.
    #[serde(skip)]
    pub line: usize,
    pub doc: String,
    pub content: String,
    /// Byte span of the content; without it every occurrence of `content` is a gold row.
    #[serde(default)]
    pub content_span: Option<(usize, usize)>,
    #[serde(default)]
    pub speaker: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    /// Byte span of the source mention; with it, the source is judged by span or by text.
    #[serde(default)]
    pub source_span: Option<(usize, usize)>,
    pub source_kind: SourceKind,
    #[serde(default)]
    pub source_kind_alt: Vec<SourceKind>,
    #[serde(default)]
    pub cue: Option<String>,
    /// Null when the annotation does not say (PolNeAR); such rows are left out of the accuracy.
    #[serde(default)]
    pub kind: Option<ClaimKind>,
    #[serde(default)]
    pub stance: Option<Stance>,
    #[serde(default, deserialize_with = "null_is_false")]
    pub optional: bool,
}

/// `optional` may be null, which means false (as the reference scorer reads it).
fn null_is_false<'de, D: serde::Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    Ok(Option::<bool>::deserialize(d)?.unwrap_or(false))
}

/// One predicted attribution, from the extractor or from a predictions file. Labels are kept
/// as text so that a file from another tool is scored exactly as the reference scorer would.
#[derive(Debug, Clone, Default)]
pub struct Prediction {
    pub span: (usize, usize),
    pub speaker: Option<String>,
    pub source: Option<String>,
    pub source_span: Option<(usize, usize)>,
    pub source_kind: Option<String>,
    pub kind: Option<String>,
    pub stance: Option<String>,
    pub cue: Option<String>,
    pub rule: Option<String>,
    pub resolver: Option<String>,
}

impl Prediction {
    /// The extractor's attribution in `text`, as `claimtrack extract` would print it.
    pub fn of_attribution(text: &str, a: &Attribution) -> Prediction {
        Prediction {
            span: (a.content.start, a.content.end),
            speaker: a.speaker.clone(),
            source: a.source.map(|s| s.of(text).to_string()),
            source_span: a.source.map(|s| (s.start, s.end)),
            source_kind: Some(a.source_kind.as_str().to_string()),
            kind: Some(a.kind.as_str().to_string()),
            stance: Some(a.stance.as_str().to_string()),
            cue: a.cue.map(|c| c.of(text).to_string()),
            rule: Some(a.rule.to_string()),
            resolver: None,
        }
    }
}

/// A line of a predictions file. The document is named by `file`, `path` or `doc` (only the
/// file name counts); the content by `start`/`end` or else by its first occurrence.
#[derive(Debug, Deserialize)]
struct PredictionLine {
    file: Option<String>,
    path: Option<String>,
    doc: Option<String>,
    start: Option<usize>,
    end: Option<usize>,
    content: Option<String>,
    speaker: Option<String>,
    source: Option<String>,
    source_start: Option<usize>,
    source_end: Option<usize>,
    source_kind: Option<String>,
    kind: Option<String>,
    stance: Option<String>,
    cue: Option<String>,
    rule: Option<String>,
    resolver: Option<String>,
}

/// A prediction before it is placed in its document's text.
#[derive(Debug)]
pub struct PredictionRow {
    /// 1-based line in its file.
    pub line: usize,
    /// File name of the document.
    pub doc: String,
    /// Content text, used to place the prediction when it has no offsets.
    pub content: Option<String>,
    pub offsets: Option<(usize, usize)>,
    pub prediction: Prediction,
}

impl PredictionRow {
    /// The prediction placed in `text`: Ok(None) when it has no offsets and its content does
    /// not occur (the reference scorer skips such rows too), an error when its offsets are
    /// outside the text.
    pub fn place(self, text: &str) -> Result<Option<Prediction>, String> {
        let span = match (self.offsets, &self.content) {
            (Some((s, e)), _) if s <= e && e <= text.len() => (s, e),
            (Some((s, e)), _) => {
                return Err(format!(
                    "line {}: span [{s}, {e}] is outside {} ({} bytes)",
                    self.line,
                    self.doc,
                    text.len()
                ));
            }
            // An empty content occurs at the start, as `bytes.find` has it in the reference.
            (None, Some(content)) if content.is_empty() => (0, 0),
            (None, Some(content)) => match super::fold::occurrences(text, content).first() {
                Some(&span) => span,
                None => return Ok(None),
            },
            (None, None) => return Ok(None),
        };
        Ok(Some(Prediction {
            span,
            ..self.prediction
        }))
    }
}

/// Non-empty lines with their 1-based numbers.
fn numbered_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| (i + 1, line))
}

/// Parses a gold file's text; errors name the line.
pub fn parse_gold(text: &str) -> Result<Vec<GoldRow>, String> {
    numbered_lines(text)
        .map(|(number, line)| {
            let row: GoldRow = serde_json::from_str(line)
                .map_err(|err| format!("line {number}: bad gold row: {err}"))?;
            Ok(GoldRow {
                line: number,
                ..row
            })
        })
        .collect()
}

/// Parses a predictions file's text; errors name the line.
pub fn parse_predictions(text: &str) -> Result<Vec<PredictionRow>, String> {
    numbered_lines(text)
        .map(|(number, line)| {
            let row: PredictionLine = serde_json::from_str(line)
                .map_err(|err| format!("line {number}: bad prediction: {err}"))?;
            prediction_row(row, number).map_err(|problem| format!("line {number}: {problem}"))
        })
        .collect()
}

fn prediction_row(p: PredictionLine, line: usize) -> Result<PredictionRow, String> {
    let named = [&p.file, &p.path, &p.doc]
        .into_iter()
        .flatten()
        .find(|name| !name.is_empty())
        .ok_or("no file, path or doc")?;
    let doc = std::path::Path::new(named)
        .file_name()
        .map_or_else(|| named.clone(), |n| n.to_string_lossy().into_owned());
    let offsets = p.start.zip(p.end);
    if offsets.is_none() && p.content.is_none() {
        return Err("neither start and end nor content".into());
    }
    Ok(PredictionRow {
        line,
        doc,
        content: p.content,
        offsets,
        prediction: Prediction {
            span: (0, 0),
            speaker: p.speaker,
            source: p.source,
            source_span: p.source_start.zip(p.source_end),
            source_kind: p.source_kind,
            kind: p.kind,
            stance: p.stance,
            cue: p.cue,
            rule: p.rule,
            resolver: p.resolver,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gold_rows_of_both_formats_parse() {
        let seed = r#"{"doc": "a.txt", "content": "x", "speaker": "Jane Roe", "source": "she", "source_kind": "named", "cue": "said", "kind": "direct", "stance": "assert", "optional": true}"#;
        let polnear = r#"{"doc": "b.txt", "content": "y", "content_span": [3, 4], "speaker": null, "source": null, "source_kind": "none", "source_kind_alt": [], "cue": "said", "kind": null, "stance": null, "source_span": null, "optional": null}"#;
        let rows = parse_gold(&format!("{seed}\n\n{polnear}\n")).unwrap();
        assert!(rows[0].optional && rows[0].kind.is_some() && rows[0].content_span.is_none());
        assert_eq!((rows[0].line, rows[1].line), (1, 3));
        assert!(!rows[1].optional && rows[1].kind.is_none());
        assert_eq!(rows[1].content_span, Some((3, 4)));
        let err = parse_gold(&format!("{seed}\n{{\"doc\": 1}}")).unwrap_err();
        assert!(err.starts_with("line 2: bad gold row"), "{err}");
    }

    #[test]
    fn predictions_name_their_document_by_file_name_and_place_by_content() {
        let rows = parse_predictions(
            "{\"path\": \"/x/y/a.txt\", \"content\": \"two\", \"rule\": \"r\"}\n\
             {\"file\": \"\", \"doc\": \"a.txt\", \"start\": 0, \"end\": 3}",
        )
        .unwrap();
        assert!(rows.iter().all(|r| r.doc == "a.txt"));
        let mut rows = rows.into_iter();
        let placed = rows.next().unwrap().place("one two two").unwrap().unwrap();
        assert_eq!((placed.span, placed.rule.as_deref()), ((4, 7), Some("r")));
        assert_eq!(
            rows.next().unwrap().place("one").unwrap().unwrap().span,
            (0, 3)
        );
        let empty = parse_predictions("{\"doc\": \"a.txt\", \"content\": \"\"}").unwrap();
        let empty = empty.into_iter().next().unwrap().place("one").unwrap();
        assert_eq!(empty.unwrap().span, (0, 0));
        let missing = parse_predictions("{\"doc\": \"a.txt\", \"content\": \"four\"}").unwrap();
        assert!(
            missing
                .into_iter()
                .next()
                .unwrap()
                .place("one")
                .unwrap()
                .is_none()
        );
    }
}
