//! Argument definitions (clap derive). Help texts here are the user's first documentation.

use claimtrack::eval::GroupBy;
use claimtrack::linked_data::LinkedFormat;
use claimtrack::model::{ClaimKind, Framing, ReviewStatus, SourceKind, Stance};
use claimtrack::output::Format;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "claimtrack",
    version,
    about = "Find, store and compare attributed claims (who said what) in news articles",
    after_help = "The database is --db PATH, else $CLAIMTRACK_DB, else ./claimtrack.db. ingest, import and claim add create it; the other commands need it to exist."
)]
pub struct Cli {
    /// The database file.
    #[arg(
        long,
        global = true,
        env = "CLAIMTRACK_DB",
        hide_env_values = true,
        value_name = "PATH"
    )]
    pub db: Option<PathBuf>,

    /// Seconds to wait for another process that is writing to the database before giving up;
    /// a note on stderr says when a command is waiting.
    #[arg(
        long,
        global = true,
        env = "CLAIMTRACK_BUSY_TIMEOUT",
        hide_env_values = true,
        value_name = "SECONDS",
        default_value_t = claimtrack::store::DEFAULT_BUSY_TIMEOUT.as_secs()
    )]
    pub busy_timeout: u64,

    /// Output format (default: table; jsonl for `extract` and `export`). `export` also writes
    /// web-annotation (W3C Web Annotation JSON-LD) and schema-claim (schema.org Claim JSON-LD).
    #[arg(long, global = true, value_enum)]
    pub format: Option<FormatArg>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Store articles (files, directories, JSONL, CSV or JSON archives, or - for stdin) and
    /// extract their claims.
    #[command(
        after_help = "Examples:\n  claimtrack ingest articles/\n  claimtrack ingest story.txt --outlet \"The Harbour Gazette\" --published 2024-03-05\n  claimtrack ingest export.csv archive.jsonl"
    )]
    Ingest(IngestArgs),
    /// Run the current extractor again over stored documents (manual and reviewed claims stay).
    #[command(after_help = "Examples:\n  claimtrack reextract\n  claimtrack reextract 9daf13")]
    Reextract(ReextractArgs),
    /// List the stored documents, by outlet, date and title.
    #[command(
        after_help = "Examples:\n  claimtrack docs\n  claimtrack docs --format csv > documents.csv"
    )]
    Docs(super::paging::PageArgs),
    /// Print a document's metadata and its text with its claims marked.
    #[command(
        after_help = "Examples:\n  claimtrack show 9daf13\n  claimtrack show 9daf13 --format json"
    )]
    Show(ShowArgs),
    /// List claims, filtered by speaker, document, outlet, kind, stance or words: by document
    /// (in the order stored) and position, or best match first with --search.
    #[command(
        after_help = "Examples:\n  claimtrack claims --speaker Kadhimi\n  claimtrack claims --outlet Reuters --source-kind anonymous --format csv"
    )]
    Claims(ClaimsArgs),
    /// Add, edit, remove or review a claim by hand.
    Claim {
        #[command(subcommand)]
        command: ClaimCommand,
    },
    /// List speakers with their claim counts per outlet.
    #[command(after_help = "Examples:\n  claimtrack speakers\n  claimtrack speakers --suggest")]
    Speakers(SpeakersArgs),
    /// Manage speakers.
    Speaker {
        #[command(subcommand)]
        command: SpeakerCommand,
    },
    /// Compare two documents (or two outlets): claims and speakers in one only, and how each
    /// frames the claims both carry.
    #[command(
        after_help = "Examples:\n  claimtrack diff 9daf13 3dc81e\n  claimtrack diff --outlet Reuters --outlet \"The New Arab\""
    )]
    Diff(DiffArgs),
    /// A matrix of speakers by outlets, with claim counts and the stance mix.
    #[command(
        after_help = "Examples:\n  claimtrack compare\n  claimtrack compare --speaker Pompeo --since 2020-01-01"
    )]
    Compare(CompareArgs),
    /// How claims are sourced: counts by source kind, the unsourced claims, and a ranking.
    #[command(
        after_help = "Examples:\n  claimtrack audit\n  claimtrack audit --outlet Reuters --max-unsourced 0.3"
    )]
    Audit(AuditArgs),
    /// Extract attributions from files and print them, without touching the database.
    #[command(
        after_help = "Examples:\n  claimtrack extract story.txt\n  claimtrack extract --format table story.txt"
    )]
    Extract(ExtractArgs),
    /// Score the extractor against a gold file of hand annotations.
    Eval(EvalArgs),
    /// Hash every stored document again, check every claim's spans against its text, and
    /// replay the change log against the claims and speakers; exit 3 when anything is wrong.
    #[command(after_help = "Examples:\n  claimtrack verify\n  claimtrack verify --head")]
    Verify(VerifyArgs),
    /// Show the change log: every change to a claim, speaker or document, oldest first.
    #[command(
        after_help = "Examples:\n  claimtrack log --claim 12\n  claimtrack log --speaker Kadhimi"
    )]
    Log(LogArgs),
    /// Write the whole database to stdout: JSON Lines (default) or, with --format json, one
    /// JSON object; or every claim as linked data with --format web-annotation (W3C Web
    /// Annotation) or --format schema-claim (schema.org Claim).
    #[command(
        after_help = "Examples:\n  claimtrack export > all.jsonl\n  claimtrack export --format web-annotation > claims.jsonld"
    )]
    Export,
    /// Print a completion script for a shell (bash, zsh, fish, elvish, powershell).
    #[command(
        after_help = "Examples:\n  source <(claimtrack completions bash)\n  claimtrack completions zsh > ~/.zfunc/_claimtrack"
    )]
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff) on stdout.
    #[command(after_help = "Example:\n  claimtrack man > claimtrack.1 && man ./claimtrack.1")]
    Man,
    /// Read an export into the database, adding only what it lacks; all or nothing.
    #[command(
        after_help = "Examples:\n  claimtrack --db other.db import all.jsonl\n  claimtrack export | claimtrack --db copy.db import -"
    )]
    Import(ImportArgs),
    /// Serve the database as web pages: documents, articles with their claims marked,
    /// speakers, diffs and the audit, each with a JSON twin under /api/.
    #[command(
        after_help = "Examples:\n  claimtrack serve\n  claimtrack serve --bind 0.0.0.0:8750 --read-only"
    )]
    Serve(ServeArgs),
}

#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Files, directories (searched for .txt, .md, .html, .htm, .jsonl, .csv, .json, .warc and
    /// .warc.gz), web addresses (http:// or https://, fetched) or - for standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Outlet of the documents (wins over sidecar metadata).
    #[arg(long)]
    pub outlet: Option<String>,
    /// Address the documents were published at (wins over sidecar metadata).
    #[arg(long)]
    pub url: Option<String>,
    /// Title of the documents (wins over sidecar metadata and the first line).
    #[arg(long)]
    pub title: Option<String>,
    /// Publication date, YYYY-MM-DD (wins over sidecar metadata).
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
    pub published: Option<String>,
    /// Author line of the documents (wins over sidecar metadata).
    #[arg(long)]
    pub byline: Option<String>,
    /// Store the documents without extracting claims.
    #[arg(long)]
    pub no_extract: bool,
    /// Extraction threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// The largest document to read, in bytes, or with K, M or G (powers of 1024); a larger
    /// one is refused with its size. Default: 50M.
    #[arg(long, value_name = "SIZE", value_parser = parse_size, default_value = "50M")]
    pub max_bytes: u64,
    /// On a terminal, a line per document too, not only the summary (written to a pipe or a
    /// file, the lines always are).
    #[arg(long, short = 'v')]
    pub verbose: bool,
}

/// A size in bytes, optionally with a K, M or G suffix (powers of 1024).
fn parse_size(value: &str) -> Result<u64, String> {
    let value = value.trim();
    let (digits, unit) = match value.char_indices().last() {
        Some((at, c)) if c.is_ascii_alphabetic() => (&value[..at], c.to_ascii_uppercase()),
        _ => (value, 'B'),
    };
    let scale: u64 = match unit {
        'B' => 1,
        'K' => 1 << 10,
        'M' => 1 << 20,
        'G' => 1 << 30,
        _ => return Err(format!("unknown unit {unit:?}; use K, M or G")),
    };
    digits
        .trim()
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(scale))
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("expected a positive size such as 50M, not {value:?}"))
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// After a clean check, print the change log's head hash (publish it to prove later that
    /// nothing changed).
    #[arg(long)]
    pub head: bool,
    /// Count every claim again into the counts that `audit` and `speakers` read, then check;
    /// the repair for a count_mismatch.
    #[arg(long)]
    pub recount: bool,
}

#[derive(Debug, Args)]
#[group(multiple = false)]
pub struct LogArgs {
    /// Only this claim's changes.
    #[arg(long, value_name = "ID")]
    pub claim: Option<i64>,
    /// Only this speaker's (and its group's) changes, with their aliases, merges and claims.
    #[arg(long, value_name = "NAME")]
    pub speaker: Option<String>,
    /// Only this document's changes and its claims' (hash prefix).
    #[arg(long, value_name = "DOC")]
    pub doc: Option<String>,
    #[command(flatten)]
    pub page: super::paging::PageArgs,
}

#[derive(Debug, Args)]
pub struct ReextractArgs {
    /// A document's hash prefix; all documents when omitted.
    pub doc: Option<String>,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The document's SHA-256, or a prefix of at least 6 hex digits.
    pub doc: String,
}

#[derive(Debug, Args)]
pub struct ClaimsArgs {
    /// Speaker name or alias, ignoring case and accents.
    #[arg(long)]
    pub speaker: Option<String>,
    /// Document hash prefix.
    #[arg(long)]
    pub doc: Option<String>,
    /// Only claims in documents of this outlet.
    #[arg(long)]
    pub outlet: Option<String>,
    /// Only claims whose source is named, anonymous, vague or none.
    #[arg(long, value_parser = parse_value::<SourceKind>)]
    pub source_kind: Option<SourceKind>,
    /// Only claims with this stance: assert, deny, hedge, demand or commit.
    #[arg(long, value_parser = parse_value::<Stance>)]
    pub stance: Option<Stance>,
    /// Only direct (quoted), indirect or mixed claims.
    #[arg(long, value_parser = parse_value::<ClaimKind>)]
    pub kind: Option<ClaimKind>,
    /// Words that must all occur in the claim's content.
    #[arg(long)]
    pub search: Option<String>,
    /// Only claims with this review status (default: all but rejected).
    #[arg(long, value_parser = parse_value::<ReviewStatus>)]
    pub review: Option<ReviewStatus>,
    #[command(flatten)]
    pub page: super::paging::PageArgs,
}

#[derive(Debug, Subcommand)]
pub enum ClaimCommand {
    /// Add a claim; its content (and source and cue) must occur in the document.
    #[command(
        after_help = "Examples:\n  claimtrack claim add --doc 9daf13 --content \"the talks had failed\" --speaker \"Jane Roe\" --cue said"
    )]
    Add(ClaimAddArgs),
    /// Change fields of a claim.
    #[command(
        after_help = "Examples:\n  claimtrack claim edit 12 --stance deny\n  claimtrack claim edit 12 --speaker \"Jane Roe\""
    )]
    Edit(ClaimEditArgs),
    /// Remove a claim.
    #[command(after_help = "Example:\n  claimtrack claim rm 12")]
    Rm(ClaimIdArgs),
    /// Accept or reject a claim.
    #[command(
        after_help = "Examples:\n  claimtrack claim review 12 --accept\n  claimtrack claim review 13 --reject"
    )]
    Review(ClaimReviewArgs),
}

#[derive(Debug, Args)]
pub struct ClaimAddArgs {
    /// Document hash prefix.
    #[arg(long)]
    pub doc: String,
    /// The claim as it stands in the document (typography may differ).
    #[arg(long)]
    pub content: String,
    /// Who the claim is attributed to; omit for unnamed sources.
    #[arg(long)]
    pub speaker: Option<String>,
    #[command(flatten)]
    pub fields: ClaimFields,
}

#[derive(Debug, Args)]
pub struct ClaimFields {
    /// The source mention as written in the document.
    #[arg(long)]
    pub source: Option<String>,
    /// named, anonymous, vague or none (for `add`, default: named with --speaker, else none).
    #[arg(long, value_parser = parse_value::<SourceKind>)]
    pub source_kind: Option<SourceKind>,
    /// direct, indirect or mixed (for `add`, default: from the quote marks around the content).
    #[arg(long, value_parser = parse_value::<ClaimKind>)]
    pub kind: Option<ClaimKind>,
    /// The cue as written in the document ("said", "according to").
    #[arg(long)]
    pub cue: Option<String>,
    /// assert, deny, hedge, demand or commit (for `add`, default: assert).
    #[arg(long, value_parser = parse_value::<Stance>)]
    pub stance: Option<Stance>,
    /// neutral, endorse or distance (for `add`, default: neutral).
    #[arg(long, value_parser = parse_value::<Framing>)]
    pub framing: Option<Framing>,
}

#[derive(Debug, Args)]
pub struct ClaimEditArgs {
    /// The claim's id (the ID column of `claimtrack claims`).
    pub id: i64,
    /// New content, as it stands in the document (typography may differ).
    #[arg(long)]
    pub content: Option<String>,
    /// New speaker; an empty string removes it.
    #[arg(long)]
    pub speaker: Option<String>,
    #[command(flatten)]
    pub fields: ClaimFields,
}

#[derive(Debug, Args)]
pub struct ClaimIdArgs {
    /// The claim's id (the ID column of `claimtrack claims`).
    pub id: i64,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("verdict").required(true).args(["accept", "reject"])))]
pub struct ClaimReviewArgs {
    /// The claim's id (the ID column of `claimtrack claims`).
    pub id: i64,
    /// The claim is right: `reextract` keeps it.
    #[arg(long)]
    pub accept: bool,
    /// The claim is wrong: it is hidden from listings and `reextract` keeps it rejected.
    #[arg(long)]
    pub reject: bool,
}

#[derive(Debug, Args)]
pub struct SpeakersArgs {
    /// List pairs of speakers that may be one, with the evidence, instead of the speakers.
    /// Nothing is merged.
    #[arg(long)]
    pub suggest: bool,
    /// List the merges in force (automatic and by hand), newest first.
    #[arg(long, conflicts_with = "suggest")]
    pub merges: bool,
    #[command(flatten)]
    pub page: super::paging::PageArgs,
}

#[derive(Debug, Subcommand)]
pub enum SpeakerCommand {
    /// Manage a speaker's other names.
    Alias {
        #[command(subcommand)]
        command: AliasCommand,
    },
    /// Merge speaker OTHER (with every name already joined to it) into speaker NAME.
    #[command(after_help = "Example:\n  claimtrack speaker merge Kadhimi Kadhemi")]
    Merge {
        /// The speaker that stays, under its name.
        name: String,
        /// The speaker merged into NAME.
        other: String,
    },
    /// Undo the most recent merge that joined NAME to another speaker, exactly.
    #[command(after_help = "Example:\n  claimtrack speaker unmerge Kadhemi")]
    Unmerge {
        /// A speaker of the merged group.
        name: String,
    },
    /// Give a speaker a new canonical name; the old one stays as an alias.
    #[command(
        after_help = "Example:\n  claimtrack speaker rename \"M. al-Kadhimi\" \"Mustafa al-Kadhimi\""
    )]
    Rename {
        /// The speaker's name or alias.
        name: String,
        /// Its new name.
        new_name: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum AliasCommand {
    /// Record ALIAS as another name of the speaker NAME.
    #[command(after_help = "Example:\n  claimtrack speaker alias add Kadhimi Kadhemi")]
    Add {
        /// The speaker's name.
        name: String,
        /// Another name of the same speaker ("Kadhemi" for "Kadhimi").
        alias: String,
    },
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// Two document hash prefixes.
    #[arg(value_name = "DOC", num_args = 0..=2)]
    pub docs: Vec<String>,
    /// Compare two outlets across all their documents (give it twice).
    #[arg(long, value_name = "OUTLET", conflicts_with = "docs")]
    pub outlet: Vec<String>,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Only this speaker (name or alias).
    #[arg(long)]
    pub speaker: Option<String>,
    /// Only documents published on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
    pub since: Option<String>,
    /// Only documents published on or before this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
    pub until: Option<String>,
    /// The table's rows are speakers, the busiest first; the other formats' are cells.
    #[command(flatten)]
    pub page: super::paging::PageArgs,
}

#[derive(Debug, Args)]
pub struct AuditArgs {
    /// One document's hash prefix; all documents when omitted.
    #[arg(value_name = "DOC", conflicts_with = "outlet")]
    pub doc: Option<String>,
    /// Only this outlet's documents.
    #[arg(long)]
    pub outlet: Option<String>,
    /// Exit with 3 when some document's share of claims without a named source exceeds R.
    #[arg(long, value_name = "R", value_parser = parse_share)]
    pub max_unsourced: Option<f64>,
    /// List the unsourced claims of this many documents, most unsourced first (default: all
    /// for one document or outlet, 20 for the whole database).
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,
    /// List every unsourced claim, however large the database.
    #[arg(long, conflicts_with = "top")]
    pub all_claims: bool,
    /// Rank at most N documents (default: 50 on a terminal, 1,000 in a pipe or a file).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: Option<u64>,
    /// Rank every document, however large the database.
    #[arg(long, conflicts_with = "limit")]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Text files to extract from (as ingest reads them), printed in order.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The address and port to listen on; an address other than localhost prints a warning.
    #[arg(long, value_name = "ADDRESS:PORT", default_value = "127.0.0.1:8750")]
    pub bind: std::net::SocketAddr,
    /// Refuse every write (accepting or rejecting claims).
    #[arg(long)]
    pub read_only: bool,
    /// A secret a browser must present (through /login?token=T) to write; without it, a
    /// server on an address other than localhost takes no writes.
    #[arg(long, value_name = "T")]
    pub token: Option<String>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A file written by `claimtrack export`, or - for standard input.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

#[derive(Debug, Args)]
#[command(after_help = EVAL_HELP)]
pub struct EvalArgs {
    /// Gold annotations, one JSON object per line (fixtures/gold/FORMAT.md, or the PolNeAR
    /// conversion with content_span, source_span and null kind/stance).
    #[arg(long)]
    pub gold: PathBuf,
    /// Directory holding the annotated documents.
    #[arg(long)]
    pub docs: PathBuf,
    /// Canonical speakers and their other names (JSON object of name -> [names]).
    #[arg(long)]
    pub entities: Option<PathBuf>,
    /// Score this predictions file (the JSON Lines of `claimtrack extract`) instead of
    /// running the extractor.
    #[arg(long, value_name = "P.jsonl")]
    pub pred: Option<PathBuf>,
    /// Precision and recall per rule, per cue or per resolver (see below).
    #[arg(long, value_enum, value_name = "GROUP", conflicts_with = "compare")]
    pub by: Option<GroupByArg>,
    /// List the gold attributions gained and lost against these older predictions.
    #[arg(long, value_name = "OLD.jsonl")]
    pub compare: Option<PathBuf>,
    /// List misses, extras and wrong sources.
    #[arg(long, conflicts_with_all = ["by", "compare"])]
    pub verbose: bool,
}

const EVAL_HELP: &str = "\
Figures are those of attr_eval.py: spans match one to one, best Dice overlap first, at >= 0.5.

--by groups predictions by their rule, cue or resolver (\"-\" when they have none):
  precision = the group's predictions matched to gold (span) or matched with the right
              source (attribution), over the group's predictions.
  per cue:    gold rows are grouped by their own cue, predictions by theirs; a cue's group is
              the stem of its first word that is not an auxiliary, negation, determiner or
              preposition (\"has said\", \"says\" and \"saying\" share one). recall = the
              group's gold rows found (with the right source), over its gold rows.
  per rule and per resolver: gold has no rule, so recall = gold found by the group's
              predictions over all gold; the groups' recalls add up to the overall recall.
  share_of_found = the group's part of all gold found.

--compare OLD.jsonl scores OLD and the current predictions on the same gold and lists every
gold attribution whose outcome (missed, wrong_source, right) changed: gained or lost.

Examples:
  claimtrack eval --gold gold.jsonl --docs articles/ --entities entities.json
  claimtrack eval --gold gold.jsonl --docs articles/ --pred new.jsonl --by rule
";

/// `--format`'s choices. The library's [`Format`] knows nothing of clap; the match below keeps
/// the two lists of variants in step.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    Table,
    Json,
    Jsonl,
    Csv,
    /// W3C Web Annotation JSON-LD (`export` only).
    WebAnnotation,
    /// schema.org `Claim` JSON-LD (`export` only).
    SchemaClaim,
}

/// What `--format` asked for: an output format every command knows, or a linked-data
/// vocabulary that only `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormatChoice {
    Output(Format),
    Linked(LinkedFormat),
}

impl From<FormatArg> for FormatChoice {
    fn from(arg: FormatArg) -> FormatChoice {
        match arg {
            FormatArg::Table => FormatChoice::Output(Format::Table),
            FormatArg::Json => FormatChoice::Output(Format::Json),
            FormatArg::Jsonl => FormatChoice::Output(Format::Jsonl),
            FormatArg::Csv => FormatChoice::Output(Format::Csv),
            FormatArg::WebAnnotation => FormatChoice::Linked(LinkedFormat::WebAnnotation),
            FormatArg::SchemaClaim => FormatChoice::Linked(LinkedFormat::SchemaClaim),
        }
    }
}

/// `eval --by`'s choices, mapped to the library's [`GroupBy`] as `--format` is.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum GroupByArg {
    Rule,
    Cue,
    Resolver,
}

impl From<GroupByArg> for GroupBy {
    fn from(arg: GroupByArg) -> GroupBy {
        match arg {
            GroupByArg::Rule => GroupBy::Rule,
            GroupByArg::Cue => GroupBy::Cue,
            GroupByArg::Resolver => GroupBy::Resolver,
        }
    }
}

/// A date as `YYYY-MM-DD` (a full RFC 3339 timestamp is cut to its date); a bad one is bad usage.
fn parse_date_arg(value: &str) -> Result<String, String> {
    claimtrack::input::parse_date(value).map_err(|err| err.message)
}

/// A share between 0 and 1, such as 0.25; a percentage or a count is refused.
fn parse_share(value: &str) -> Result<f64, String> {
    value
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|share| (0.0..=1.0).contains(share))
        .ok_or_else(|| format!("expected a share between 0 and 1, such as 0.25, not {value:?}"))
}

fn parse_value<T: std::str::FromStr<Err = claimtrack::model::UnknownValue>>(
    s: &str,
) -> Result<T, String> {
    s.parse().map_err(|err: claimtrack::model::UnknownValue| {
        format!("expected one of: {}", err.expected.join(", "))
    })
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    /// Every command and subcommand, with its full name ("claim add").
    fn every_command() -> Vec<(String, clap::Command)> {
        fn walk(prefix: &str, command: &clap::Command, found: &mut Vec<(String, clap::Command)>) {
            for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
                let name = format!("{prefix}{}", sub.get_name());
                found.push((name.clone(), sub.clone()));
                walk(&format!("{name} "), sub, found);
            }
        }
        let mut found = Vec::new();
        walk("", &Cli::command(), &mut found);
        found
    }

    #[test]
    fn every_option_and_argument_has_a_help_line() {
        let mut missing = Vec::new();
        for (name, command) in every_command() {
            for arg in command.get_arguments() {
                let id = arg.get_id().as_str();
                if arg.get_help().is_none() && !matches!(id, "help" | "version") {
                    missing.push(format!("{name}: {id}"));
                }
            }
        }
        assert!(missing.is_empty(), "without help: {missing:#?}");
    }

    #[test]
    fn every_command_that_runs_ends_its_help_with_an_example() {
        for (name, command) in every_command() {
            if command.has_subcommands() {
                continue;
            }
            let after = command.get_after_help().map(|h| h.to_string());
            assert!(
                after.as_deref().is_some_and(|h| h.contains("Example")),
                "{name} --help has no example"
            );
        }
    }

    #[test]
    fn the_help_of_every_command_is_pinned() {
        let mut command = Cli::command().term_width(100);
        command.build();
        let mut pages = vec![format!("claimtrack\n{}", command.render_long_help())];
        for (name, _) in every_command() {
            let mut sub = &mut command;
            for part in name.split(' ') {
                sub = sub.find_subcommand_mut(part).unwrap();
            }
            pages.push(format!("claimtrack {name}\n{}", sub.render_long_help()));
        }
        insta::assert_snapshot!(pages.join("\n\n==========\n\n"));
    }
}
