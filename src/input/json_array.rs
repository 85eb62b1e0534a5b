//! Reading a `.json` file that holds an array of article objects, as many scrapers and APIs
//! write them: each element is read like a line of a JSONL archive (`text` and the metadata
//! keys). The array is streamed, one element at a time, so a large file needs no more memory
//! than its largest article; a bad element is reported with its index and costs no other.

use super::{DocumentInput, JsonlArticle, Outcome, check_article, document, strip_position};
use crate::error::{Error, Result};
use serde::de::{DeserializeSeed, Deserializer, SeqAccess, Visitor};
use std::fmt;
use std::ops::ControlFlow;
use std::path::Path;

/// Reads the array, handing each article (or the error for its element) to `visit`.
pub fn read_json_array(
    path: &Path,
    max_bytes: u64,
    visit: impl FnMut(Result<DocumentInput>) -> ControlFlow<()>,
) -> Result<Outcome> {
    let shown = path.display().to_string();
    let file = super::open_archive(path)?;
    let mut deserializer = serde_json::Deserializer::from_reader(std::io::BufReader::new(file));
    let elements = Elements {
        shown: &shown,
        max_bytes,
        visit,
    };
    let outcome = elements
        .deserialize(&mut deserializer)
        .map_err(|err| not_an_array(&shown, &err))?;
    if outcome == Outcome::Finished {
        deserializer
            .end()
            .map_err(|err| not_an_array(&shown, &err))?;
    }
    Ok(outcome)
}

fn not_an_array(shown: &str, err: &serde_json::Error) -> Error {
    Error::user(format!(
        "{shown}:{}:{}: {}",
        err.line(),
        err.column(),
        strip_position(err)
    ))
    .with_hint(
        "a .json file given to ingest holds an array of articles, each an object with `text` and \
         any of outlet, title, url, published, byline; a NAME.json beside NAME.txt is that \
         file's metadata and is read with it",
    )
}

struct Elements<'a, F> {
    shown: &'a str,
    max_bytes: u64,
    visit: F,
}

impl<'de, F> DeserializeSeed<'de> for Elements<'_, F>
where
    F: FnMut(Result<DocumentInput>) -> ControlFlow<()>,
{
    type Value = Outcome;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Outcome, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, F> Visitor<'de> for Elements<'_, F>
where
    F: FnMut(Result<DocumentInput>) -> ControlFlow<()>,
{
    type Value = Outcome;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of article objects")
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<Outcome, A::Error> {
        let mut index = 0usize;
        // Each element is read as a value first, so a well-formed element with a missing or
        // unknown key is that element's error, not the end of the reading.
        while let Some(value) = seq.next_element::<serde_json::Value>()? {
            let origin = format!("{}[{index}]", self.shown);
            let article = element(value, self.max_bytes)
                .map(|article| document(origin.clone(), article.text, article.metadata))
                .map_err(|err| err.context(&origin));
            index += 1;
            if (self.visit)(article).is_break() {
                return Ok(Outcome::Stopped);
            }
        }
        Ok(Outcome::Finished)
    }
}

fn element(value: serde_json::Value, max_bytes: u64) -> Result<JsonlArticle> {
    let article: JsonlArticle = serde_json::from_value(value)
        .map_err(|err| Error::user(format!("bad article: {}", strip_position(&err))))?;
    check_article(article, max_bytes)
}
