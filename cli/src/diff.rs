//! `claimtrack diff`: what two documents (or two outlets) attribute, and to whom.

use super::Context;
use super::args::DiffArgs;
use super::terminal::{FAINT, cut, wrap};
use claimtrack::diff::{ClaimPair, ClaimsDiff, DiffReport, Difference, Side, diff_claims};
use claimtrack::error::{Error, Result};
use claimtrack::output::{Format, write_one};
use claimtrack::store::{ClaimFilter, ClaimRecord, Store, short_hash};
use serde::Serialize;
use std::io::Write;

fn side_claims(store: &Store, filter: ClaimFilter) -> Result<Vec<ClaimRecord>> {
    store.claims(&filter)
}

pub fn run(ctx: &mut Context, args: DiffArgs) -> Result<()> {
    let store = ctx.open_store_for_reading()?;
    let (a, b, claims_a, claims_b) = match (args.docs.as_slice(), args.outlet.as_slice()) {
        ([doc_a, doc_b], []) => {
            let (da, db) = (
                store.resolve_document(doc_a)?,
                store.resolve_document(doc_b)?,
            );
            let claims_a = side_claims(
                &store,
                ClaimFilter {
                    document_id: Some(da.id),
                    ..Default::default()
                },
            )?;
            let claims_b = side_claims(
                &store,
                ClaimFilter {
                    document_id: Some(db.id),
                    ..Default::default()
                },
            )?;
            let side = |d: claimtrack::store::DocumentRecord| Side::Document {
                sha256: d.sha256,
                title: d.title,
                outlet: d.outlet,
            };
            (side(da), side(db), claims_a, claims_b)
        }
        ([], [outlet_a, outlet_b]) => {
            super::filters::require_outlet(&store, outlet_a)?;
            super::filters::require_outlet(&store, outlet_b)?;
            let claims_a = side_claims(
                &store,
                ClaimFilter {
                    outlet: Some(outlet_a.clone()),
                    ..Default::default()
                },
            )?;
            let claims_b = side_claims(
                &store,
                ClaimFilter {
                    outlet: Some(outlet_b.clone()),
                    ..Default::default()
                },
            )?;
            for (outlet, claims) in [(outlet_a, &claims_a), (outlet_b, &claims_b)] {
                if claims.is_empty() {
                    super::note(format!("note: outlet {outlet:?} has no claims"));
                }
            }
            (
                Side::Outlet {
                    name: outlet_a.clone(),
                },
                Side::Outlet {
                    name: outlet_b.clone(),
                },
                claims_a,
                claims_b,
            )
        }
        _ => {
            return Err(Error::usage(
                "diff takes two documents (DOC_A DOC_B) or two outlets (--outlet A --outlet B)",
            ));
        }
    };
    let report = DiffReport {
        a,
        b,
        diff: diff_claims(claims_a, claims_b),
    };
    match ctx.format_or(Format::Table) {
        Format::Table => print_table(ctx, &report)?,
        format @ (Format::Json | Format::Jsonl) => write_one(&mut ctx.out, format, &report)?,
        Format::Csv => print_csv(ctx, &report.diff)?,
    }
    Ok(())
}

fn side_line(side: &Side) -> String {
    match side {
        Side::Document {
            sha256,
            title,
            outlet,
        } => format!(
            "{}  {}  {}",
            short_hash(sha256),
            outlet.as_deref().unwrap_or("(no outlet)"),
            title.as_deref().unwrap_or("(untitled)")
        ),
        Side::Outlet { name } => format!("outlet {name}"),
    }
}

fn who(claim: &ClaimRecord) -> String {
    match (&claim.claim.speaker, &claim.claim.source) {
        (Some(speaker), _) => speaker.clone(),
        (None, Some(source)) => format!("{source} ({})", claim.claim.source_kind),
        (None, None) => "(no source)".to_string(),
    }
}

fn claim_line(claim: &ClaimRecord, width: usize) -> String {
    let quoted = if claim.claim.kind == claimtrack::model::ClaimKind::Direct {
        format!("\u{201C}{}\u{201D}", claim.claim.content)
    } else {
        claim.claim.content.clone()
    };
    let text = format!(
        "{} [{}] {}",
        who(claim),
        claim.claim.cue.as_deref().unwrap_or("-"),
        quoted
    );
    cut(
        &text.split_whitespace().collect::<Vec<_>>().join(" "),
        width,
    )
}

fn print_table(ctx: &mut Context, report: &DiffReport) -> Result<()> {
    let style = ctx.style;
    let width = style.width;
    let out = &mut ctx.out;
    let heading = |text: &str| style.heading(text);
    for (label, side) in [("A", &report.a), ("B", &report.b)] {
        writeln!(
            out,
            "{label}  {}",
            cut(&side_line(side), width.saturating_sub(3))
        )?;
    }
    let diff = &report.diff;
    writeln!(out)?;
    for (label, names) in [
        ("Speakers in both", &diff.speakers_both),
        ("Speakers only in A", &diff.speakers_only_a),
        ("Speakers only in B", &diff.speakers_only_b),
    ] {
        let list = if names.is_empty() {
            "-".to_string()
        } else {
            names.join(", ")
        };
        // The names wrap under the label, which stays bold.
        let lines = wrap(&format!("{label}: {list}"), width);
        let (first, rest) = lines.split_first().expect("one line at least");
        let names_start = first.len().min(label.len() + 1);
        writeln!(
            out,
            "{}{}",
            style.paint(super::terminal::HEADING, &first[..names_start]),
            &first[names_start..]
        )?;
        for line in rest {
            writeln!(out, "{line}")?;
        }
    }
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        heading(&format!("Claims in both ({})", diff.both.len()))
    )?;
    for ClaimPair {
        a, b, differences, ..
    } in &diff.both
    {
        writeln!(out, "  A {}", claim_line(a, width.saturating_sub(4)))?;
        writeln!(out, "  B {}", claim_line(b, width.saturating_sub(4)))?;
        let described: Vec<String> = differences.iter().map(Difference::describe).collect();
        let summary = if described.is_empty() {
            "same framing".to_string()
        } else {
            described.join("; ")
        };
        writeln!(
            out,
            "    {}",
            style.paint(FAINT, &cut(&summary, width.saturating_sub(4)))
        )?;
    }
    for (label, claims) in [("Only in A", &diff.only_a), ("Only in B", &diff.only_b)] {
        writeln!(out)?;
        writeln!(out, "{}", heading(&format!("{label} ({})", claims.len())))?;
        for claim in claims {
            writeln!(out, "  {}", claim_line(claim, width.saturating_sub(2)))?;
        }
    }
    Ok(())
}

/// CSV: one row per claim, with the side it belongs to (a, b, or both with its pair's id).
fn print_csv(ctx: &mut Context, diff: &ClaimsDiff) -> Result<()> {
    #[derive(Serialize)]
    struct Row<'a> {
        side: &'a str,
        pair: Option<i64>,
        #[serde(flatten)]
        claim: &'a ClaimRecord,
    }
    impl claimtrack::output::Keyed for Row<'_> {
        const KEYS: &'static [&'static str] = claimtrack::claim_record_keys!("side", "pair");
    }
    let mut rows = Vec::new();
    for pair in &diff.both {
        rows.push(Row {
            side: "a",
            pair: Some(pair.b.id),
            claim: &pair.a,
        });
        rows.push(Row {
            side: "b",
            pair: Some(pair.a.id),
            claim: &pair.b,
        });
    }
    rows.extend(diff.only_a.iter().map(|claim| Row {
        side: "a",
        pair: None,
        claim,
    }));
    rows.extend(diff.only_b.iter().map(|claim| Row {
        side: "b",
        pair: None,
        claim,
    }));
    claimtrack::output::write_data(&mut ctx.out, Format::Csv, &rows)?;
    Ok(())
}
