//! `eval` against the reference scorer (`fixtures/tools/attr_eval.py`), on the PolNeAR gold
//! format (`fixtures/evalformat/`, made-up articles) and on the seed format, and its `--pred`,
//! `--by` and `--compare` options.

use crate::common::{TestEnv, fixtures};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn evalformat() -> PathBuf {
    fixtures().join("evalformat")
}

/// A gold set: gold file, documents and entities.
struct GoldSet {
    gold: PathBuf,
    docs: PathBuf,
    entities: PathBuf,
}

fn evalformat_set() -> GoldSet {
    GoldSet {
        gold: evalformat().join("gold.jsonl"),
        docs: evalformat().join("text"),
        // The format has no speakers; any entities file must do.
        entities: fixtures().join("gold").join("entities.json"),
    }
}

fn seed_set(dir: &str, gold: &str, docs: &str) -> GoldSet {
    let dir = fixtures().join(dir);
    GoldSet {
        gold: dir.join(gold),
        docs: fixtures().join(docs),
        entities: dir.join("entities.json"),
    }
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// attr_eval.py's figures on `pred`.
fn reference(set: &GoldSet, pred: &Path) -> Value {
    let script = fixtures().join("tools").join("attr_eval.py");
    let output = Command::new("python3")
        .args([
            s(&script),
            "--gold",
            s(&set.gold),
            "--entities",
            s(&set.entities),
        ])
        .args(["--docs", s(&set.docs), "--pred", s(pred), "--json"])
        .output()
        .expect("python3 runs attr_eval.py");
    assert!(output.status.success(), "{output:?}");
    serde_json::from_slice(&output.stdout).unwrap()
}

fn eval_args<'a>(set: &'a GoldSet, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["eval", "--gold", s(&set.gold), "--docs", s(&set.docs)];
    args.extend(["--entities", s(&set.entities)]);
    args.extend(extra);
    args
}

/// Every figure attr_eval.py prints equals claimtrack's, rounded as the script rounds.
fn assert_agrees(env: &TestEnv, set: &GoldSet, pred: &Path) {
    let expected = reference(set, pred);
    let ours = env
        .run(&eval_args(set, &["--pred", s(pred), "--format", "json"]))
        .success()
        .json();
    let counts = &ours["counts"];
    assert_eq!(expected["gold_required"], counts["gold_required"]);
    assert_eq!(expected["predicted"], counts["scored_predictions"]);
    let figures = expected.as_object().unwrap();
    assert!(figures.len() >= 11, "{expected}");
    for (key, value) in figures.iter().skip(2) {
        let three = |v: &Value| v.as_f64().map(|v| format!("{v:.3}"));
        assert_eq!(
            three(value),
            three(&ours[key]),
            "{key}: {expected} / {ours}"
        );
    }
    for key in ["kind_accuracy", "stance_accuracy"] {
        if !figures.contains_key(key) {
            assert!(ours[key].is_null(), "{key}: {ours}");
        }
    }
}

/// `claimtrack extract` of every text file in `dir`, written to the environment.
fn extracted(env: &TestEnv, dir: &Path, name: &str) -> PathBuf {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut args = vec!["extract"];
    args.extend(files.iter().map(|p| s(p)));
    env.write(name, env.run(&args).success().stdout)
}

#[test]
fn figures_equal_the_reference_scorer_on_handwritten_predictions() {
    let env = TestEnv::new();
    let set = evalformat_set();
    let pred = evalformat().join("pred.jsonl");
    assert_agrees(&env, &set, &pred);
    // The fixture exercises what the figures depend on: misses, extras, wrong sources that
    // the lenient figure forgives, trimmed exact content and a tie between two predictions.
    let report = env
        .run(&eval_args(&set, &["--pred", s(&pred), "--format", "json"]))
        .success()
        .json();
    let c = &report["counts"];
    assert_eq!(c["gold_required"], 19);
    assert_eq!(c["matched"], 16);
    assert_eq!(c["correct_source"], 11);
    assert_eq!(c["correct_source_lenient"], 13);
    assert_eq!(c["content_exact"], 13);
    assert_eq!(
        c["predicted"], 19,
        "the row of a document not in the gold is ignored"
    );
}

#[test]
fn figures_equal_the_reference_scorer_on_the_extractor() {
    let env = TestEnv::new();
    let sets = [
        (evalformat_set(), evalformat().join("text")),
        (
            seed_set("gold", "seeds.jsonl", "articles"),
            fixtures().join("articles"),
        ),
        (
            seed_set("heldout2", "gold.jsonl", "heldout2"),
            fixtures().join("heldout2"),
        ),
    ];
    for (i, (set, texts)) in sets.iter().enumerate() {
        let pred = extracted(&env, texts, &format!("pred{i}.jsonl"));
        assert_agrees(&env, set, &pred);
        // Without --pred, eval runs the extractor itself and must score the same.
        let with_file = env.run(&eval_args(set, &["--pred", s(&pred), "--format", "json"]));
        let by_itself = env.run(&eval_args(set, &["--format", "json"]));
        assert_eq!(with_file.success().json(), by_itself.success().json());
    }
}

fn by(env: &TestEnv, group: &str, format: &str) -> String {
    let set = evalformat_set();
    let pred = evalformat().join("pred.jsonl");
    env.run(&eval_args(
        &set,
        &["--pred", s(&pred), "--by", group, "--format", format],
    ))
    .success()
    .stdout
}

#[test]
fn by_rule_gives_precision_and_a_share_of_recall_per_rule() {
    let env = TestEnv::new();
    let rows: Vec<Value> = serde_json::from_str(&by(&env, "rule", "json")).unwrap();
    let rule = |name: &str| rows.iter().find(|r| r["group"] == name).unwrap().clone();
    // Two quote-said predictions tie on one gold row: one matches, the other is an extra.
    let quote = rule("quote-said");
    assert_eq!(
        (quote["predicted"].as_u64(), quote["matched"].as_u64()),
        (Some(4), Some(3))
    );
    assert_eq!(quote["right_source"], 2);
    assert_eq!(quote["span_precision"], 0.75);
    assert_eq!(quote["gold"], Value::Null);
    assert_eq!(rule("headline-colon")["matched"], 0);
    // The rules' recalls add up to the overall recall, their shares to one.
    let sum = |key: &str| rows.iter().map(|r| r[key].as_f64().unwrap()).sum::<f64>();
    assert!((sum("span_recall") - 16.0 / 19.0).abs() < 1e-9);
    assert!((sum("attribution_recall") - 11.0 / 19.0).abs() < 1e-9);
    assert!((sum("share_of_found") - 1.0).abs() < 1e-9);
    // Predictions without a resolver form one group.
    let resolvers: Vec<Value> = serde_json::from_str(&by(&env, "resolver", "json")).unwrap();
    assert_eq!(resolvers.len(), 1);
    assert_eq!(resolvers[0]["group"], "-");
    assert_eq!(resolvers[0]["predicted"], 19);
}

#[test]
fn by_cue_groups_gold_and_predictions_by_their_own_cues() {
    let env = TestEnv::new();
    let rows = by(&env, "cue", "jsonl");
    let rows: Vec<Value> = rows
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let cue = |name: &str| rows.iter().find(|r| r["group"] == name).unwrap().clone();
    // Gold "said" and "say" (9 rows, one not found) and predictions "said", "say" and
    // "also said" share one group.
    let said = cue("said");
    assert_eq!(said["gold"], 9);
    assert_eq!(said["found"], 8);
    assert_eq!(said["predicted"], 9);
    assert_eq!(said["matched"], 8);
    assert_eq!(said["attribution_recall"].as_f64(), Some(4.0 / 9.0));
    // Gold "It is believed" and a prediction's "is believed".
    let believed = cue("believed");
    assert_eq!(
        (believed["gold"].as_u64(), believed["matched"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(cue("warned")["found"], 0);
    assert_eq!(cue("according")["span_recall"], 1.0);
    let csv = by(&env, "cue", "csv");
    assert!(
        csv.starts_with("group,gold,found,found_right,predicted,matched,"),
        "{csv}"
    );
    let table = by(&env, "cue", "table");
    assert!(table.starts_with("CUE "), "{table}");
    assert!(
        table.contains("said ") && table.contains(" 0.889 "),
        "{table}"
    );
}

#[test]
fn compare_lists_the_gold_gained_and_lost() {
    let env = TestEnv::new();
    let set = evalformat_set();
    let lines: Vec<String> = std::fs::read_to_string(evalformat().join("pred.jsonl"))
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    let without = |needle: &str| {
        let kept: Vec<&str> = lines
            .iter()
            .filter(|l| !l.contains(needle))
            .map(String::as_str)
            .collect();
        kept.join("\n") + "\n"
    };
    let old = env.write("old.jsonl", without("the bridge will reopen"));
    let new = env.write("new.jsonl", without("most households"));
    let args = ["--pred", s(&new), "--compare", s(&old), "--format", "json"];
    let comparison = env.run(&eval_args(&set, &args)).success().json();
    assert_eq!(
        (comparison["gained"].as_u64(), comparison["lost"].as_u64()),
        (Some(1), Some(1))
    );
    let changes = comparison["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 2);
    assert_eq!(changes[0]["change"], "lost");
    assert_eq!(changes[0]["content"], "most households oppose the plan");
    assert_eq!(changes[0]["doc"], "harbour_ferry.txt");
    assert_eq!(
        (changes[0]["before"].as_str(), changes[0]["after"].as_str()),
        (Some("right"), Some("missed"))
    );
    assert_eq!(changes[1]["change"], "gained");
    assert_eq!(changes[1]["content"], "the bridge will reopen in May");
    assert!(comparison["after"]["attribution_f1"].is_f64());
    let args = ["--pred", s(&new), "--compare", s(&old)];
    let table = env.run(&eval_args(&set, &args)).success().stdout;
    assert!(
        table.contains("gained 1, lost 1; attribution F1"),
        "{table}"
    );
    let args = ["--pred", s(&new), "--compare", s(&old), "--format", "csv"];
    let csv = env.run(&eval_args(&set, &args)).success().stdout;
    assert_eq!(csv.lines().count(), 3, "{csv}");
}

/// Runs eval with `extra` on `set` and checks it fails as a user error saying `message`.
fn fails_with(env: &TestEnv, set: &GoldSet, extra: &[&str], message: &str) {
    let run = env.run(&eval_args(set, extra));
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains(message), "{}", run.stderr);
}

#[test]
fn bad_gold_and_predictions_are_named_with_their_line() {
    let env = TestEnv::new();
    let set = evalformat_set();
    // Row 8 loses its span and gets a content that is not in its article.
    let gold: Vec<String> = std::fs::read_to_string(&set.gold)
        .unwrap()
        .lines()
        .enumerate()
        .map(|(i, line)| {
            let mut row: Value = serde_json::from_str(line).unwrap();
            if i == 7 {
                row.as_object_mut().unwrap().remove("content_span");
                row["content"] = "the bridge will reopen in June".into();
            }
            row.to_string()
        })
        .collect();
    let bad = GoldSet {
        // After a blank first line, so row 8 is on line 9.
        gold: env.write("gold.jsonl", format!("\n{}", gold.join("\n"))),
        ..evalformat_set()
    };
    let message = "gold.jsonl: line 9: content not found in bridge_repairs.txt";
    fails_with(&env, &bad, &[], message);
    let outside = "{\"file\": \"school_meals.txt\", \"start\": 5, \"end\": 9000}\n";
    let pred = env.write("pred.jsonl", outside);
    let message = "pred.jsonl: line 1: span [5, 9000] is outside school_meals.txt";
    fails_with(&env, &set, &["--pred", s(&pred)], message);
    let pred = env.write("nameless.jsonl", "\n{\"start\": 5}\n");
    let message = "nameless.jsonl: line 2: no file, path or doc";
    fails_with(&env, &set, &["--pred", s(&pred)], message);
}
