//! Text shape that real files have and the fixture articles do not: hard-wrapped lines (wire
//! copy, plain-text exports) and names written in scripts without capital letters or with
//! diacritics. The extractor must give the same attributions whatever the shape.

use crate::common::TestEnv;
use serde_json::Value;

/// Three paragraphs of made-up news, one paragraph per line.
const ARTICLE: &str = "\
The city council voted on Tuesday to close the old river bridge, and Mayor Jane Roe said the decision was overdue because the structure had failed two inspections in a row.

\"We cannot keep patching a bridge that was built for horse carts,\" said Tom Vance, the council's chief engineer, adding that repairs would begin next spring.

Residents were divided. Maria Okafor, who runs a bakery near the bridge, told reporters that the closure would cost her a third of her customers.
";

/// Greedy wrap of every paragraph of `text` at `width` characters, as wire services and
/// plain-text exports do, with `eol` as the line break.
fn hard_wrap(text: &str, width: usize, eol: &str) -> String {
    let mut out = String::new();
    for para in text.split("\n\n") {
        let mut line = String::new();
        for word in para.split_whitespace() {
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
                out.push_str(&line);
                out.push_str(eol);
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        out.push_str(&line);
        out.push_str(eol);
        out.push_str(eol);
    }
    out
}

fn extract(env: &TestEnv, name: &str, text: &str) -> Vec<Value> {
    let path = env.write(name, text);
    env.run(&["extract", path.to_str().unwrap()])
        .success()
        .jsonl()
}

/// What an attribution says, white space folded: (content, speaker, source kind, cue).
fn summary(text: &str, records: &[Value]) -> Vec<(String, String, String, String)> {
    let fold = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    records
        .iter()
        .map(|r| {
            let (s, e) = (r["start"].as_u64().unwrap(), r["end"].as_u64().unwrap());
            let content = &text[s as usize..e as usize];
            assert_eq!(Some(content), r["content"].as_str(), "span not exact: {r}");
            (
                fold(content),
                r["speaker"].as_str().unwrap_or("").to_string(),
                r["source_kind"].as_str().unwrap_or("").to_string(),
                fold(r["cue"].as_str().unwrap_or("")),
            )
        })
        .collect()
}

#[test]
fn hard_wrapped_text_gives_the_same_attributions_as_unwrapped_text() {
    let env = TestEnv::new();
    let expected = summary(ARTICLE, &extract(&env, "flat.txt", ARTICLE));
    assert!(expected.len() >= 4, "{expected:?}");
    for (width, eol) in [(60, "\n"), (72, "\n"), (45, "\r\n")] {
        let wrapped = hard_wrap(ARTICLE, width, eol);
        assert!(wrapped.lines().count() > 9, "not wrapped:\n{wrapped}");
        let got = summary(&wrapped, &extract(&env, "wrapped.txt", &wrapped));
        assert_eq!(got, expected, "width {width}:\n{wrapped}");
    }
}

#[test]
fn a_wrapped_quotation_keeps_its_speaker() {
    let env = TestEnv::new();
    let wrapped = hard_wrap(ARTICLE, 60, "\n");
    let records = extract(&env, "wrapped.txt", &wrapped);
    let quote = records
        .iter()
        .find(|r| r["kind"] == "direct")
        .expect("the quotation");
    assert_eq!(quote["speaker"], "Tom Vance");
    let content = quote["content"].as_str().unwrap();
    assert!(
        content.contains('\n'),
        "the wrap falls inside the quotation: {content:?}"
    );
    let folded = content.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(
        folded,
        "We cannot keep patching a bridge that was built for horse carts"
    );
}

#[test]
fn headlines_and_short_lines_are_not_joined_to_the_next_line() {
    let env = TestEnv::new();
    let text = "Council closes bridge\nPolice said the road was closed.\nOfficials said it would reopen in May.\n";
    let records = extract(&env, "lines.txt", text);
    let contents: Vec<&str> = records
        .iter()
        .map(|r| r["content"].as_str().unwrap())
        .collect();
    assert_eq!(contents, ["the road was closed", "it would reopen in May"]);
}

/// Speaker and source kind of the attribution whose content is `content`.
fn speaker_of(records: &[Value], content: &str) -> (String, String) {
    let r = records
        .iter()
        .find(|r| r["content"] == content)
        .unwrap_or_else(|| panic!("{content:?} not found in {records:?}"));
    (
        r["speaker"].as_str().unwrap_or("").to_string(),
        r["source_kind"].as_str().unwrap_or("").to_string(),
    )
}

#[test]
fn names_in_any_script_are_names() {
    let env = TestEnv::new();
    let text = "\
محمد العلي said the talks had failed.

\"We will try again next month,\" said 田中太郎.

Zoë Ängström-Müller told reporters that the deal was dead.

The trade minister, Ахмед Садыков, said prices would rise.

\"It is over,\" Zoë Ängström-Müller said.
";
    let records = extract(&env, "scripts.txt", text);
    check_speakers(
        &records,
        &[
            ("the talks had failed", "محمد العلي"),
            ("We will try again next month", "田中太郎"),
            ("the deal was dead", "Zoë Ängström-Müller"),
            ("prices would rise", "Ахмед Садыков"),
            ("It is over", "Zoë Ängström-Müller"),
        ],
    );
}

#[track_caller]
fn check_speakers(records: &[Value], expected: &[(&str, &str)]) {
    for (content, speaker) in expected {
        assert_eq!(
            speaker_of(records, content),
            (speaker.to_string(), "named".to_string())
        );
    }
}

#[test]
fn names_in_more_scripts_and_with_combining_marks_are_names() {
    let env = TestEnv::new();
    // Devanagari, Hebrew, Hangul, Vietnamese (ending in the capitalised word "An"), Spanish
    // written with combining accents (NFD), Greek and Irish.
    let text = "\
नरेंद्र मोदी said the vote was fair.

בנימין נתניהו said the talks had ended.

김정은 said the missile test was a success.

Nguyễn Văn An said the harbour would reopen.

Jose\u{301} Mari\u{301}a Pe\u{301}rez said the strike was over.

\"We will not leave,\" said Αλέξης Τσίπρας.

Siobhán Ní Bhraonáin told reporters that the bill had passed.
";
    let records = extract(&env, "more_scripts.txt", text);
    check_speakers(
        &records,
        &[
            ("the vote was fair", "नरेंद्र मोदी"),
            ("the talks had ended", "בנימין נתניהו"),
            ("the missile test was a success", "김정은"),
            ("the harbour would reopen", "Nguyễn Văn An"),
            (
                "the strike was over",
                "Jose\u{301} Mari\u{301}a Pe\u{301}rez",
            ),
            ("We will not leave", "Αλέξης Τσίπρας"),
            ("the bill had passed", "Siobhán Ní Bhraonáin"),
        ],
    );
}

#[test]
fn a_surname_in_a_caseless_script_resolves_to_the_full_name() {
    let env = TestEnv::new();
    let text = "\
The talks were led by Foreign Minister محمد العلي on Monday.

العلي said the next round would be held in March.
";
    let records = extract(&env, "surname.txt", text);
    assert_eq!(
        speaker_of(&records, "the next round would be held in March"),
        ("محمد العلي".to_string(), "named".to_string())
    );
}
