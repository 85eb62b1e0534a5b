//! An article's text as HTML with every claim's content, source and cue marked in place.
//!
//! Spans overlap and nest freely (a cue inside another claim's content, two claims sharing
//! words), and HTML elements may only nest. So the text is cut at every span boundary and the
//! marks covering each piece are kept open across pieces as long as they nest; a mark that
//! would cross another is closed and opened again, its later pieces marked `cont`, so the
//! markup is always well formed and each span's pieces, put together, are exactly its text.

use claimtrack::store::ClaimRecord;
use std::fmt::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Role {
    Content,
    Source,
    Cue,
}

impl Role {
    fn class(self) -> &'static str {
        match self {
            Role::Content => "content",
            Role::Source => "source",
            Role::Cue => "cue",
        }
    }
}

struct Mark<'c> {
    start: usize,
    end: usize,
    role: Role,
    claim: &'c ClaimRecord,
}

/// Escapes text for HTML content and double-quoted attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// What a mark's tooltip says about its claim.
pub(crate) fn describe(claim: &ClaimRecord) -> String {
    let c = &claim.claim;
    let or_dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".to_string());
    format!(
        "claim {} · {} · speaker: {} · source: {} ({}) · cue: {} · stance: {} · framing: {} · rule: {} · resolver: {} · {}",
        claim.id,
        c.kind,
        or_dash(&c.speaker),
        or_dash(&c.source),
        c.source_kind,
        or_dash(&c.cue),
        c.stance,
        c.framing,
        or_dash(&claim.state.rule),
        or_dash(&claim.state.resolver),
        claim.state.review,
    )
}

fn marks_of<'c>(text: &str, claims: &'c [ClaimRecord]) -> Vec<Mark<'c>> {
    let mut marks = Vec::new();
    for claim in claims {
        let c = &claim.claim;
        let spans = [
            Some((c.start, c.end, Role::Content)),
            c.source_span().map(|s| (s.start, s.end, Role::Source)),
            c.cue_span().map(|s| (s.start, s.end, Role::Cue)),
        ];
        for (start, end, role) in spans.into_iter().flatten() {
            let valid = start <= end
                && end <= text.len()
                && text.is_char_boundary(start)
                && text.is_char_boundary(end);
            if valid {
                marks.push(Mark {
                    start,
                    end,
                    role,
                    claim,
                });
            }
        }
    }
    // Outer marks first: earlier start, then later end, so nested spans open in nesting order.
    marks.sort_by(|a, b| {
        (a.start, std::cmp::Reverse(a.end), a.role, a.claim.id).cmp(&(
            b.start,
            std::cmp::Reverse(b.end),
            b.role,
            b.claim.id,
        ))
    });
    marks
}

fn open_tag(out: &mut String, mark: &Mark, continued: bool) {
    let claim = mark.claim;
    let mut class = format!("m {}", mark.role.class());
    if mark.role == Role::Content {
        let _ = write!(class, " {} {}", claim.claim.kind, claim.state.review);
    }
    if continued {
        class.push_str(" cont");
    }
    let id = if mark.role == Role::Content && !continued {
        format!(" id=\"c{}\" tabindex=\"0\"", claim.id)
    } else {
        String::new()
    };
    let _ = write!(
        out,
        "<mark class=\"{class}\" data-claim=\"{}\"{id} title=\"{}: {}\">",
        claim.id,
        mark.role.class(),
        escape(&describe(claim))
    );
}

/// The text as HTML, every span of every claim marked.
pub(crate) fn marked_html(text: &str, claims: &[ClaimRecord]) -> String {
    let marks = marks_of(text, claims);
    let mut boundaries: Vec<usize> = marks.iter().flat_map(|m| [m.start, m.end]).collect();
    boundaries.extend([0, text.len()]);
    boundaries.sort_unstable();
    boundaries.dedup();
    let mut out = String::with_capacity(text.len() * 2);
    let mut open: Vec<usize> = Vec::new();
    let mut next = 0;
    for (i, &at) in boundaries.iter().enumerate() {
        close_ending(&mut out, &marks, &mut open, at);
        while next < marks.len() && marks[next].start == at {
            open_tag(&mut out, &marks[next], false);
            if marks[next].end == at {
                out.push_str("</mark>");
            } else {
                open.push(next);
            }
            next += 1;
        }
        if let Some(&to) = boundaries.get(i + 1) {
            out.push_str(&escape(&text[at..to]));
        }
    }
    out
}

/// Closes the open marks that end at `at`; those above them on the stack that go on are
/// closed too and opened again as continuations, so elements never cross.
fn close_ending(out: &mut String, marks: &[Mark], open: &mut Vec<usize>, at: usize) {
    let Some(lowest) = open.iter().position(|&m| marks[m].end <= at) else {
        return;
    };
    let closed: Vec<usize> = open.drain(lowest..).collect();
    for _ in &closed {
        out.push_str("</mark>");
    }
    for m in closed.into_iter().filter(|&m| marks[m].end > at) {
        open_tag(out, &marks[m], true);
        open.push(m);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimtrack::model::{ClaimKind, Framing, ReviewStatus, SourceKind, Stance};
    use claimtrack::record::{ClaimState, ClaimText};

    fn claim(
        id: i64,
        text: &str,
        content: (usize, usize),
        cue: Option<(usize, usize)>,
    ) -> ClaimRecord {
        ClaimRecord {
            id,
            doc_sha256: String::new(),
            doc_short: String::new(),
            doc_title: None,
            outlet: None,
            published: None,
            claim: ClaimText {
                start: content.0,
                end: content.1,
                content: text[content.0..content.1].to_string(),
                kind: ClaimKind::Direct,
                speaker: Some("<b>\"X\"</b>".to_string()),
                source: None,
                source_start: None,
                source_end: None,
                source_kind: SourceKind::Named,
                cue: cue.map(|(s, e)| text[s..e].to_string()),
                cue_start: cue.map(|c| c.0),
                cue_end: cue.map(|c| c.1),
                stance: Stance::Assert,
                framing: Framing::Neutral,
            },
            state: ClaimState {
                origin: "manual".to_string(),
                rule: None,
                resolver: None,
                review: ReviewStatus::Unreviewed,
                created_at: String::new(),
            },
        }
    }

    /// The text back from the HTML: tags dropped, entities undone.
    fn plain(html: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    fn balanced(html: &str) -> bool {
        let opens = html.matches("<mark").count();
        let closes = html.matches("</mark>").count();
        let mut depth: i64 = 0;
        for piece in html.split('<').skip(1) {
            if piece.starts_with("mark") {
                depth += 1;
            } else if piece.starts_with("/mark") {
                depth -= 1;
            }
            if depth < 0 {
                return false;
            }
        }
        opens == closes && depth == 0
    }

    #[test]
    fn crossing_spans_are_split_and_nested_ones_kept_whole() {
        let text = "He said <tags> & 'more' words here.";
        let claims = [
            claim(1, text, (8, 24), Some((3, 7))),
            claim(2, text, (15, 30), None),
            claim(3, text, (17, 22), None),
        ];
        let html = marked_html(text, &claims);
        assert!(balanced(&html), "{html}");
        assert_eq!(plain(&html), text);
        assert!(!html.contains("<tags>") && html.contains("&lt;tags&gt;"));
        // Claim 2 crosses claim 1's end: it goes on as a continuation.
        assert!(
            html.contains("class=\"m content direct unreviewed cont\" data-claim=\"2\""),
            "{html}"
        );
        assert_eq!(html.matches("id=\"c2\"").count(), 1);
        assert!(!html.contains("<b>"), "the speaker in a tooltip is escaped");
    }

    #[test]
    fn touching_empty_and_whole_text_spans_stay_well_formed() {
        let text = "abcdef";
        let claims = [
            claim(1, text, (0, 6), None),
            claim(2, text, (0, 3), Some((3, 3))),
            claim(3, text, (3, 6), Some((2, 4))),
        ];
        let html = marked_html(text, &claims);
        assert!(balanced(&html), "{html}");
        assert_eq!(plain(&html), text);
    }

    /// The text each (claim, role) mark covers, read back from the HTML by following the
    /// open marks: every piece of text belongs to each mark open around it.
    fn covered(html: &str) -> std::collections::BTreeMap<(i64, String), String> {
        let mut covered = std::collections::BTreeMap::new();
        let mut open: Vec<(i64, String)> = Vec::new();
        let mut rest = html;
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix("</mark>") {
                open.pop();
                rest = after;
            } else if rest.starts_with("<mark") {
                let end = rest.find('>').unwrap();
                let tag = &rest[..end];
                let role = ["content", "source", "cue"]
                    .into_iter()
                    .find(|r| tag.contains(&format!("class=\"m {r}")))
                    .unwrap();
                let id = tag.split("data-claim=\"").nth(1).unwrap();
                let id: i64 = id[..id.find('"').unwrap()].parse().unwrap();
                covered
                    .entry((id, role.to_string()))
                    .or_insert_with(String::new);
                open.push((id, role.to_string()));
                rest = &rest[end + 1..];
            } else {
                let end = rest.find('<').unwrap_or(rest.len());
                let text = plain(&rest[..end]);
                for key in &open {
                    covered.get_mut(key).unwrap().push_str(&text);
                }
                rest = &rest[end..];
            }
        }
        assert!(open.is_empty());
        covered
    }

    /// A linear congruential generator: varied cases, the same on every run.
    struct Lcg(u64);

    impl Lcg {
        fn below(&mut self, n: usize) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (self.0 >> 33) as usize % n
        }

        fn pick(&mut self, from: &[usize]) -> usize {
            from[self.below(from.len())]
        }
    }

    #[test]
    fn any_spans_come_back_whole_from_the_markup() {
        let text = "Él dijo «sí» — \"we <will> win\" & then 'left' ✓ at 5 o'clock.";
        let boundaries: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        let mut random = Lcg(0x2545_F491_4F6C_DD1D);
        let span = |random: &mut Lcg| {
            let (a, b) = (random.pick(&boundaries), random.pick(&boundaries));
            (a.min(b), a.max(b))
        };
        for _ in 0..2000 {
            let mut claims = Vec::new();
            for id in 1..=(1 + random.below(5)) as i64 {
                let content = span(&mut random);
                let cue = (random.below(2) == 0).then(|| span(&mut random));
                claims.push(claim(id, text, content, cue));
            }
            let html = marked_html(text, &claims);
            assert!(balanced(&html), "{html}");
            assert_eq!(plain(&html), text);
            let covered = covered(&html);
            for c in &claims {
                assert_eq!(
                    covered[&(c.id, "content".to_string())],
                    c.claim.content,
                    "{html}"
                );
                if let Some(cue) = &c.claim.cue {
                    assert_eq!(&covered[&(c.id, "cue".to_string())], cue, "{html}");
                }
            }
        }
    }
}
