//! Ingest: read inputs, extract attributions on every core, and store each document with its
//! claims through one writer.
//!
//! The pipeline is a reader thread, extraction workers and the writer (the calling thread),
//! joined by channels bounded in documents and in bytes, so memory stays bounded whatever the size of the input. Workers
//! skip documents already stored before extracting them, so a run after an interruption is
//! cheap. The writer puts documents back in input order and commits them in batches. So whether a run is interrupted or not, what is committed is
//! always a prefix of the input in order, and running the same command again completes it into
//! exactly the database an uninterrupted run would have made.

mod budget;

use crate::alternate_names::name_equivalences;
use crate::error::{Error, ErrorKind, Result};
use crate::extract::{EXTRACTOR_VERSION, extract};
use crate::input::{self, DocumentInput, Input, InputSource, Metadata, Outcome};
use crate::store::{AddOutcome, NewClaim, NewDocument, NewPage, Store};
use budget::{BudgetedSender, ByteBudget, Weighed};
use std::collections::BTreeMap;
use std::io::Read;
use std::ops::ControlFlow;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, sync_channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Metadata given on the command line; it wins over sidecars and JSONL fields.
    pub metadata: Metadata,
    /// Run the extractor (the default) or store the text alone.
    pub extract: bool,
    /// Extraction threads; 0 means one per core.
    pub threads: usize,
    /// Documents per transaction at most; a batch is also committed after [`BATCH_TIME`]. Bigger
    /// batches rewrite the pages that many documents share (index pages) fewer times.
    pub batch_size: usize,
    /// The largest document read, in bytes; a larger one is refused with its size.
    pub max_bytes: u64,
}

impl Default for IngestOptions {
    fn default() -> IngestOptions {
        IngestOptions {
            metadata: Metadata::default(),
            extract: true,
            threads: 0,
            batch_size: 1000,
            max_bytes: input::DEFAULT_MAX_BYTES,
        }
    }
}

/// How long a batch may stay open, so that an interruption loses little work.
const BATCH_TIME: Duration = Duration::from_millis(1000);
/// Documents waiting between two stages at most; the writer's queue is also bounded in bytes
/// (see [`budget`]). Deep enough for the workers to go on while the writer commits.
const CHANNEL_DEPTH: usize = 2048;

/// What happened to one input. `bytes` is the size of what was read (a page's, for a page),
/// which progress is measured in.
#[derive(Debug)]
pub enum IngestEvent<'a> {
    Added {
        origin: &'a str,
        sha256: &'a str,
        claims: usize,
        bytes: usize,
    },
    AlreadyPresent {
        origin: &'a str,
        sha256: &'a str,
        bytes: usize,
    },
    /// A stored document extracted again: its unreviewed extracted claims removed, and the new
    /// ones added (see [`reextract`]).
    Reextracted {
        origin: &'a str,
        sha256: &'a str,
        removed: usize,
        added: usize,
        bytes: usize,
    },
    Failed {
        origin: &'a str,
        error: &'a Error,
    },
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct IngestSummary {
    pub added: usize,
    pub present: usize,
    pub failed: usize,
    /// The run was stopped early; running it again continues where it stopped.
    pub interrupted: bool,
}

/// One input as read, numbered in input order.
struct Job {
    seq: u64,
    origin: String,
    read: Result<Input>,
}

/// The reader's end of the workers' queue, bounded in jobs and in bytes: web pages wait there
/// whole until a worker derives their text, and a reader of a large archive is much faster
/// than the workers.
type JobQueue<'a> = BudgetedSender<'a, Job>;

impl Weighed for Job {
    fn weight(&self) -> usize {
        self.read.as_ref().map_or(0, Input::received_bytes)
    }
}

/// One input made ready for the writer.
struct Prepared {
    seq: u64,
    origin: String,
    outcome: Result<Ready>,
}

impl Weighed for Prepared {
    /// Its text (its claims are of the same order) and its page.
    fn weight(&self) -> usize {
        match &self.outcome {
            Ok(Ready::New { document, .. }) => {
                document.text.len() + document.page.as_ref().map_or(0, |p| p.bytes_zstd.len())
            }
            Ok(Ready::Stored { bytes, .. }) => *bytes,
            Ok(Ready::Present { .. }) | Err(_) => 0,
        }
    }
}

/// The workers' end of the writer's queue, bounded in documents and in bytes.
type WriterQueue<'a> = BudgetedSender<'a, Prepared>;

enum Ready {
    New {
        document: Box<NewDocument>,
        claims: Vec<NewClaim>,
    },
    Present {
        sha256: String,
        bytes: usize,
    },
    /// A stored document extracted again (see [`reextract`]).
    Stored {
        sha256: String,
        bytes: usize,
        claims: Vec<NewClaim>,
    },
}

/// What the pipeline makes of a document: a new one to store, or a stored one to extract again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Ingest,
    Reextract,
}

pub fn ingest(
    store: &mut Store,
    sources: Vec<Result<InputSource>>,
    stdin: Box<dyn Read + Send>,
    options: &IngestOptions,
    stop: &AtomicBool,
    on_event: &mut dyn FnMut(&IngestEvent<'_>),
) -> Result<IngestSummary> {
    let max_bytes = options.max_bytes;
    let read = move |jobs: JobQueue<'_>| read_inputs(sources, stdin, max_bytes, stop, jobs);
    run(store, read, options, Mode::Ingest, stop, on_event)
}

/// The pipeline: `read` numbers the jobs on a thread of its own, workers prepare them, and the
/// calling thread writes them in order.
fn run(
    store: &mut Store,
    read: impl FnOnce(JobQueue<'_>) + Send,
    options: &IngestOptions,
    mode: Mode,
    stop: &AtomicBool,
    on_event: &mut dyn FnMut(&IngestEvent<'_>),
) -> Result<IngestSummary> {
    let threads = match options.threads {
        0 => std::thread::available_parallelism().map_or(2, |n| n.get()),
        n => n,
    };
    store.prepare_for_bulk_writes()?;
    let db_path =
        (store.path() != std::path::Path::new(":memory:")).then(|| store.path().to_path_buf());
    let written = AtomicBool::new(false);
    let queued = &ByteBudget::new(budget::QUEUED_BYTES);
    let waiting = &ByteBudget::new(budget::QUEUED_BYTES);
    std::thread::scope(|scope| {
        let (job_tx, job_rx) = sync_channel::<(Job, usize)>(CHANNEL_DEPTH);
        let (ready_tx, ready_rx) = sync_channel::<(Prepared, usize)>(CHANNEL_DEPTH);
        scope.spawn(move || {
            read(JobQueue {
                sender: job_tx,
                budget: waiting,
            })
        });
        let job_rx = Arc::new(Mutex::new(job_rx));
        for _ in 0..threads {
            let (job_rx, ready_tx, db_path) =
                (Arc::clone(&job_rx), ready_tx.clone(), db_path.clone());
            let queue = WriterQueue {
                sender: ready_tx,
                budget: queued,
            };
            scope.spawn(move || prepare_jobs(&job_rx, waiting, &queue, options, mode, db_path));
        }
        drop(ready_tx);
        // The log is copied into the database beside the writer, which is the bottleneck.
        if let Some(path) = db_path {
            let written = &written;
            scope.spawn(move || Store::checkpoint_until(&path, written));
        }
        // Set however the writer ends, even by a panic, or the scope would wait for ever.
        let _stop_checkpoints = SetOnDrop(&written);
        let _stop_waiting = CloseOnDrop(queued);
        let _stop_reading = CloseOnDrop(waiting);
        let mut summary =
            write_in_order(store, ready_rx, queued, options.batch_size, stop, on_event)?;
        summary.interrupted = stop.load(Ordering::SeqCst);
        Ok(summary)
    })
}

/// Closes a byte budget when dropped, so that no worker (or reader) waits for room for ever.
struct CloseOnDrop<'a>(&'a ByteBudget);

impl Drop for CloseOnDrop<'_> {
    fn drop(&mut self) {
        self.0.close();
    }
}

/// Sets its flag when dropped.
struct SetOnDrop<'a>(&'a AtomicBool);

impl Drop for SetOnDrop<'_> {
    fn drop(&mut self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

/// Reads every input in order and numbers it, until the inputs end or `stop` is set.
fn read_inputs(
    sources: Vec<Result<InputSource>>,
    mut stdin: Box<dyn Read + Send>,
    max_bytes: u64,
    stop: &AtomicBool,
    jobs: JobQueue<'_>,
) {
    let mut seq = 0;
    let mut send = |origin: String, read: Result<Input>| -> bool {
        if stop.load(Ordering::SeqCst) {
            return false;
        }
        seq += 1;
        jobs.send(Job { seq, origin, read })
    };
    for source in sources {
        let going = match source {
            Err(error) => send(String::new(), Err(error)),
            Ok(InputSource::TextFile(path)) => send(
                path.display().to_string(),
                input::read_text_file(&path, max_bytes).map(Input::Document),
            ),
            Ok(InputSource::PageFile(path)) => send(
                path.display().to_string(),
                input::read_page_file(&path, max_bytes),
            ),
            Ok(InputSource::Url(url)) => {
                let read = input::read_url(&url, max_bytes);
                send(url, read)
            }
            Ok(InputSource::Stdin) => send(
                "<stdin>".to_string(),
                input::read_stdin(&mut stdin, max_bytes).map(Input::Document),
            ),
            Ok(InputSource::Archive(path, format)) => {
                let shown = path.display().to_string();
                let result = input::read_archive(&path, format, max_bytes, |article| {
                    let origin = article
                        .as_ref()
                        .map_or_else(|_| shown.clone(), |a| a.origin().to_string());
                    if send(origin, article) {
                        ControlFlow::Continue(())
                    } else {
                        ControlFlow::Break(())
                    }
                });
                match result {
                    Ok(Outcome::Finished) => true,
                    Ok(Outcome::Stopped) => false,
                    Err(error) => send(shown, Err(error)),
                }
            }
        };
        if !going {
            return;
        }
    }
}

/// Extraction worker: takes jobs until the reader is done.
fn prepare_jobs(
    jobs: &Mutex<Receiver<(Job, usize)>>,
    waiting: &ByteBudget,
    ready: &WriterQueue<'_>,
    options: &IngestOptions,
    mode: Mode,
    db_path: Option<PathBuf>,
) {
    // A lookup connection of its own, to skip documents already stored; without one (an
    // in-memory store) the writer still refuses duplicates.
    let lookup = db_path
        .filter(|_| mode == Mode::Ingest)
        .and_then(|path| Store::open_read_only(&path).ok());
    loop {
        let job = match jobs.lock() {
            Ok(receiver) => receiver.recv(),
            Err(_) => return,
        };
        let Ok((Job { seq, origin, read }, bytes)) = job else {
            return;
        };
        waiting.give_back(bytes);
        let outcome = read.and_then(|input| match mode {
            Mode::Ingest => prepare(input, options, lookup.as_ref()),
            Mode::Reextract => input.into_document().map(|doc| Ready::Stored {
                claims: extract_claims(&doc.text),
                bytes: doc.text.len(),
                sha256: doc.sha256,
            }),
        });
        let prepared = Prepared {
            seq,
            origin,
            outcome,
        };
        if !ready.send(prepared) {
            return;
        }
    }
}

fn prepare(input: Input, options: &IngestOptions, lookup: Option<&Store>) -> Result<Ready> {
    // Known by the bytes' hash before a page's text is derived, which is the slow part.
    let sha256 = input.sha256();
    if lookup
        .map(|store| store.contains_document(&sha256))
        .transpose()?
        .unwrap_or(false)
    {
        return Ok(Ready::Present {
            bytes: input.received_bytes(),
            sha256,
        });
    }
    let DocumentInput {
        origin,
        sha256,
        text,
        metadata,
        page,
    } = input.into_document()?;
    let metadata = options.metadata.clone().or(metadata);
    let published =
        input::check_metadata(&metadata).map_err(|err| err.context(metadata_place(&origin)))?;
    let claims = if options.extract {
        extract_claims(&text)
    } else {
        Vec::new()
    };
    // Compressed here rather than by the writer, which is the pipeline's bottleneck.
    let page = page.map(|page| NewPage::new(&page, &text)).transpose()?;
    let document = NewDocument {
        sha256,
        page,
        title: metadata.title.or_else(|| input::first_line_title(&text)),
        outlet: metadata.outlet,
        url: metadata.url,
        published,
        byline: metadata.byline,
        origin_path: Some(origin),
        // Found here rather than by the writer, which is the pipeline's bottleneck.
        alternate_names: name_equivalences(&text),
        text,
    };
    Ok(Ready::New {
        document: Box::new(document),
        claims,
    })
}

/// The claims the current extractor finds in `text`, as the store takes them: the one extraction
/// step of both ingest and [`reextract`].
pub fn extract_claims(text: &str) -> Vec<NewClaim> {
    extract(text)
        .iter()
        .map(|a| NewClaim::from_attribution(a, EXTRACTOR_VERSION))
        .collect()
}

/// What [`reextract`] changed: unreviewed extracted claims removed, and new ones added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReextractSummary {
    pub removed: usize,
    pub added: usize,
    /// The run was stopped early; the documents done so far stay done.
    pub interrupted: bool,
}

/// Runs the current extractor again over stored documents, through the ingest pipeline (its
/// workers extract, its writer stores in batches and in order), and replaces each one's
/// unreviewed extracted claims (see [`Store::replace_extracted_claims`]). A document that
/// cannot be read or written is left as it was and the others go on; the first such error is
/// returned once they are done.
pub fn reextract(
    store: &mut Store,
    document_ids: Vec<i64>,
    options: &IngestOptions,
    stop: &AtomicBool,
) -> Result<ReextractSummary> {
    let read = stored_reader(store, document_ids, stop)?;
    let mut summary = ReextractSummary::default();
    let mut failed: Option<Error> = None;
    let run_summary = run(
        store,
        read,
        options,
        Mode::Reextract,
        stop,
        &mut |event| match event {
            IngestEvent::Reextracted { removed, added, .. } => {
                summary.removed += removed;
                summary.added += added;
            }
            IngestEvent::Failed { error, .. } => {
                failed.get_or_insert_with(|| (*error).clone());
            }
            IngestEvent::Added { .. } | IngestEvent::AlreadyPresent { .. } => {}
        },
    )?;
    summary.interrupted = run_summary.interrupted;
    match failed {
        Some(error) => Err(error),
        None => Ok(summary),
    }
}

/// The pipeline's reader for [`reextract`]: the stored documents `ids`, in that order, read on a
/// read-only connection of its own (or, for an in-memory store, read beforehand).
fn stored_reader<'s>(
    store: &Store,
    ids: Vec<i64>,
    stop: &'s AtomicBool,
) -> Result<impl FnOnce(JobQueue<'_>) + Send + 's> {
    let in_memory = store.path() == std::path::Path::new(":memory:");
    let read_before: Option<Vec<Result<DocumentInput>>> =
        in_memory.then(|| ids.iter().map(|&id| stored_input(store, id)).collect());
    let path = store.path().to_path_buf();
    Ok(move |jobs: JobQueue<'_>| {
        let mut seq = 0;
        let mut send = |read: Result<DocumentInput>| -> bool {
            if stop.load(Ordering::SeqCst) {
                return false;
            }
            seq += 1;
            let origin = read
                .as_ref()
                .map_or_else(|_| String::new(), |d| d.origin.clone());
            let read = read.map(Input::Document);
            jobs.send(Job { seq, origin, read })
        };
        if let Some(inputs) = read_before {
            for input in inputs {
                if !send(input) {
                    return;
                }
            }
            return;
        }
        match Store::open_read_only(&path) {
            Ok(reader) => {
                for id in ids {
                    if !send(stored_input(&reader, id)) {
                        return;
                    }
                }
            }
            Err(error) => {
                send(Err(error));
            }
        }
    })
}

/// A stored document as the pipeline's input, named by its short hash.
fn stored_input(store: &Store, id: i64) -> Result<DocumentInput> {
    let document = store.document(id)?;
    Ok(DocumentInput {
        origin: format!("document {}", crate::store::short_hash(&document.sha256)),
        sha256: document.sha256,
        text: document.text,
        metadata: Metadata::default(),
        page: None,
    })
}

/// Where a bad metadata value came from, for the error message. Flags are checked before the
/// run starts, so a bad value here comes from a sidecar or a JSONL line.
fn metadata_place(origin: &str) -> String {
    let path = std::path::Path::new(origin);
    if path.is_file() {
        let sidecar = path.with_extension("json");
        return if sidecar.is_file() {
            sidecar.display().to_string()
        } else {
            format!("{origin}.json")
        };
    }
    origin.to_string()
}

/// The writer: stores prepared documents in input order, in batched transactions, and reports
/// each one only once its batch is committed.
fn write_in_order(
    store: &mut Store,
    ready: Receiver<(Prepared, usize)>,
    queued: &ByteBudget,
    batch_size: usize,
    stop: &AtomicBool,
    on_event: &mut dyn FnMut(&IngestEvent<'_>),
) -> Result<IngestSummary> {
    let mut summary = IngestSummary::default();
    let mut waiting: BTreeMap<u64, Prepared> = BTreeMap::new();
    let mut next = 1;
    let mut batch: Vec<Prepared> = Vec::new();
    let mut opened = Instant::now();
    loop {
        let received = ready.recv_timeout(BATCH_TIME);
        // Once stopped, what is in hand is committed and the queue is left: it can hold
        // thousands of documents, and an interruption must be prompt. The rest of the input is
        // a later run's, as after any interruption.
        let finished = stop.load(Ordering::SeqCst)
            || matches!(
                received,
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected)
            );
        if let Ok((prepared, bytes)) = received {
            queued.give_back(bytes);
            waiting.insert(prepared.seq, prepared);
        }
        while let Some(prepared) = waiting.remove(&next) {
            if batch.is_empty() {
                opened = Instant::now();
            }
            batch.push(prepared);
            next += 1;
        }
        if !batch.is_empty()
            && (finished || batch.len() >= batch_size || opened.elapsed() >= BATCH_TIME)
        {
            commit_batch(store, std::mem::take(&mut batch), &mut summary, on_event)?;
        }
        if finished {
            debug_assert!(
                stop.load(Ordering::SeqCst) || waiting.is_empty(),
                "every job is answered"
            );
            return Ok(summary);
        }
    }
}

/// Commits a batch and reports each of its documents. A document the writer refuses is
/// reported and left out, and the batch is written again without it: one bad document never
/// costs the others.
fn commit_batch(
    store: &mut Store,
    mut batch: Vec<Prepared>,
    summary: &mut IngestSummary,
    on_event: &mut dyn FnMut(&IngestEvent<'_>),
) -> Result<()> {
    let written = loop {
        match write_batch(store, &batch)? {
            Ok(written) => break written,
            Err((index, error)) => batch[index].outcome = Err(error),
        }
    };
    for (prepared, written) in batch.into_iter().zip(written) {
        let origin = prepared.origin.as_str();
        match prepared.outcome {
            Ok(ready) => {
                let (sha256, bytes) = match &ready {
                    Ready::New { document, .. } => {
                        let read = document.page.as_ref().map(|page| page.byte_len as usize);
                        (
                            document.sha256.as_str(),
                            read.unwrap_or(document.text.len()),
                        )
                    }
                    Ready::Present { sha256, bytes } | Ready::Stored { sha256, bytes, .. } => {
                        (sha256.as_str(), *bytes)
                    }
                };
                if let Some(Written::Added(claims)) = written {
                    summary.added += 1;
                    on_event(&IngestEvent::Added {
                        origin,
                        sha256,
                        claims,
                        bytes,
                    });
                } else if let Some(Written::Replaced { removed, added }) = written {
                    summary.added += 1;
                    on_event(&IngestEvent::Reextracted {
                        origin,
                        sha256,
                        removed,
                        added,
                        bytes,
                    });
                } else {
                    summary.present += 1;
                    on_event(&IngestEvent::AlreadyPresent {
                        origin,
                        sha256,
                        bytes,
                    });
                }
            }
            Err(error) => {
                summary.failed += 1;
                on_event(&IngestEvent::Failed {
                    origin,
                    error: &error,
                });
            }
        }
    }
    Ok(())
}

/// A refused document of a batch: its place in the batch and why.
type Refused = (usize, Error);

/// What the writer did with one document of a batch.
enum Written {
    Added(usize),
    Replaced { removed: usize, added: usize },
}

/// Writes a batch in one transaction and returns, for each document, what it wrote (`None` when
/// it was already stored, or no longer is for a re-extraction, or failed before). When the writer refuses a document,
/// the transaction is rolled back and the document handed back; a failure of the database
/// itself (read-only, full, corrupt) ends the run and names the database, not the input.
fn write_batch(
    store: &mut Store,
    batch: &[Prepared],
) -> Result<Result<Vec<Option<Written>>, Refused>> {
    let mut transaction = store.begin_batch()?;
    let mut written = Vec::with_capacity(batch.len());
    for (index, prepared) in batch.iter().enumerate() {
        let outcome = match &prepared.outcome {
            Ok(Ready::New { document, claims }) => {
                transaction
                    .add(document, claims)
                    .map(|outcome| match outcome {
                        AddOutcome::Added { claims, .. } => Some(Written::Added(claims)),
                        AddOutcome::AlreadyPresent { .. } => None,
                    })
            }
            Ok(Ready::Stored { sha256, claims, .. }) => transaction
                .replace_extracted(sha256, claims)
                .map(|replaced| {
                    replaced.map(|(removed, added)| Written::Replaced { removed, added })
                }),
            Ok(Ready::Present { .. }) => Ok(None),
            Err(error) if error.kind == ErrorKind::Internal => return Err(error.clone()),
            Err(_) => Ok(None),
        };
        match outcome {
            Ok(outcome) => written.push(outcome),
            Err(error) if error.is_database_failure() => return Err(error),
            Err(mut error) => {
                error.kind = ErrorKind::User;
                return Ok(Err((index, error.context(&prepared.origin))));
            }
        }
    }
    transaction.commit()?;
    Ok(Ok(written))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources_from(dir: &std::path::Path, texts: &[&str]) -> Vec<Result<InputSource>> {
        texts
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let path = dir.join(format!("{i:03}.txt"));
                std::fs::write(&path, text).unwrap();
                Ok(InputSource::TextFile(path))
            })
            .collect()
    }

    /// `count` short articles, each with one claim.
    fn mayor_stories(count: usize) -> Vec<String> {
        (0..count)
            .map(|i| format!("Story {i}\n\nThe mayor said the road {i} was open.\n"))
            .collect()
    }

    /// Options that make the workers finish out of order and the writer commit often.
    fn many_threads_small_batches() -> IngestOptions {
        IngestOptions {
            threads: 4,
            batch_size: 7,
            ..IngestOptions::default()
        }
    }

    #[test]
    fn stores_in_input_order_whatever_the_threads_do() {
        let dir = tempfile::tempdir().unwrap();
        let texts = mayor_stories(300);
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let mut store = Store::open(&dir.path().join("t.db")).unwrap();
        let options = many_threads_small_batches();
        let mut origins = Vec::new();
        let summary = ingest(
            &mut store,
            sources_from(dir.path(), &refs),
            Box::new(std::io::empty()),
            &options,
            &AtomicBool::new(false),
            &mut |event| {
                if let IngestEvent::Added { origin, .. } = event {
                    origins.push(origin.to_string());
                }
            },
        )
        .unwrap();
        assert_eq!(summary.added, 300);
        let mut sorted = origins.clone();
        sorted.sort();
        assert_eq!(origins, sorted, "events come in input order");
        let titles: Vec<String> = store
            .documents()
            .unwrap()
            .into_iter()
            .filter_map(|d| d.title)
            .collect();
        assert_eq!(titles.len(), 300);
    }

    #[test]
    fn a_stop_before_the_start_stores_nothing_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("t.db")).unwrap();
        let summary = ingest(
            &mut store,
            sources_from(dir.path(), &["One\n", "Two\n"]),
            Box::new(std::io::empty()),
            &IngestOptions::default(),
            &AtomicBool::new(true),
            &mut |_| {},
        )
        .unwrap();
        assert!(summary.interrupted);
        assert_eq!(summary.added, 0);
        assert_eq!(store.document_count().unwrap(), 0);
    }

    #[test]
    fn a_document_the_writer_refuses_is_left_out_of_its_batch() {
        let mut store = Store::open_in_memory().unwrap();
        let prepared = |seq: u64, published: &str| {
            let text = format!("Story {seq}\n");
            Prepared {
                seq,
                origin: format!("line {seq}"),
                outcome: Ok(Ready::New {
                    document: Box::new(NewDocument {
                        sha256: input::sha256_hex(text.as_bytes()),
                        text,
                        // Past the checks of `prepare`, as a library caller could do.
                        published: Some(published.to_string()),
                        ..NewDocument::default()
                    }),
                    claims: Vec::new(),
                }),
            }
        };
        let batch = vec![
            prepared(1, "2020-01-01"),
            prepared(2, "-0001-01-01"),
            prepared(3, "2020-01-03"),
        ];
        let mut failed = Vec::new();
        let mut summary = IngestSummary::default();
        commit_batch(&mut store, batch, &mut summary, &mut |event| {
            if let IngestEvent::Failed { error, .. } = event {
                failed.push(error.message.clone());
            }
        })
        .unwrap();
        assert_eq!((summary.added, summary.failed), (2, 1));
        assert_eq!(store.document_count().unwrap(), 2);
        assert!(failed[0].starts_with("line 2: "), "{failed:?}");
    }

    #[test]
    fn duplicates_within_one_run_are_stored_once() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("t.db")).unwrap();
        let summary = ingest(
            &mut store,
            sources_from(dir.path(), &["Same\n", "Same\n", "Other\n"]),
            Box::new(std::io::empty()),
            &IngestOptions::default(),
            &AtomicBool::new(false),
            &mut |_| {},
        )
        .unwrap();
        assert_eq!((summary.added, summary.present), (2, 1));
    }

    /// Re-extraction through the pipeline, on several threads and small batches, gives back the
    /// claims ingest stored, in the same order, and keeps a reviewed claim as it is.
    #[test]
    fn reextract_replaces_unreviewed_claims_in_order_and_keeps_reviewed_ones() {
        let dir = tempfile::tempdir().unwrap();
        let texts = mayor_stories(40);
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let mut store = Store::open(&dir.path().join("t.db")).unwrap();
        let options = many_threads_small_batches();
        let stop = AtomicBool::new(false);
        let sources = sources_from(dir.path(), &refs);
        ingest(
            &mut store,
            sources,
            Box::new(std::io::empty()),
            &options,
            &stop,
            &mut |_| {},
        )
        .unwrap();
        let claims_of = |store: &Store| -> Vec<crate::record::ClaimText> {
            let filter = crate::store::ClaimFilter::default();
            let claims = store.claims(&filter).unwrap();
            claims.into_iter().map(|c| c.claim).collect()
        };
        let before = claims_of(&store);
        assert_eq!(before.len(), 40);
        let reviewed = store.claims(&Default::default()).unwrap()[3].id;
        store
            .review_claim(reviewed, crate::model::ReviewStatus::Accepted)
            .unwrap();

        // Found again the same, every claim keeps its row and id.
        let ids_before: Vec<i64> = store
            .claims(&Default::default())
            .unwrap()
            .iter()
            .map(|c| c.id)
            .collect();
        let ids = store.document_ids().unwrap();
        let summary = reextract(&mut store, ids.clone(), &options, &stop).unwrap();
        assert_eq!((summary.removed, summary.added), (0, 0));
        let ids_after: Vec<i64> = store
            .claims(&Default::default())
            .unwrap()
            .iter()
            .map(|c| c.id)
            .collect();
        assert_eq!(ids_after, ids_before);

        // Stored claims that differ from what the extractor finds (as after an extractor
        // change) are replaced, in document order; the reviewed one stays.
        let conn = rusqlite::Connection::open(dir.path().join("t.db")).unwrap();
        conn.execute(
            "UPDATE claim SET stance = 'deny' WHERE review = 'unreviewed'",
            [],
        )
        .unwrap();
        drop(conn);
        let summary = reextract(&mut store, ids, &options, &stop).unwrap();
        assert_eq!((summary.removed, summary.added), (39, 39));
        assert!(!summary.interrupted);
        let mut after = claims_of(&store);
        after.sort_by_key(|c| c.content.clone());
        let mut expected = before;
        expected.sort_by_key(|c| c.content.clone());
        assert_eq!(after, expected);
        assert_eq!(
            store.claim(reviewed).unwrap().state.review.as_str(),
            "accepted"
        );
        let mut by_document: Vec<(i64, i64)> = store
            .claims(&Default::default())
            .unwrap()
            .iter()
            .filter(|c| c.id != reviewed)
            .map(|c| (store.claim_document(c.id).unwrap(), c.id))
            .collect();
        by_document.sort();
        assert!(
            by_document.windows(2).all(|w| w[0].1 < w[1].1),
            "re-extracted claims are stored in document order: {by_document:?}"
        );
    }

    #[test]
    fn reextract_works_on_an_in_memory_store() {
        let mut store = Store::open_in_memory().unwrap();
        let text = "Story\n\nThe mayor said the road was open.\n";
        let document = NewDocument {
            sha256: input::sha256_hex(text.as_bytes()),
            text: text.to_string(),
            ..NewDocument::default()
        };
        store.add_document(&document, &[]).unwrap();
        let ids = store.document_ids().unwrap();
        let stop = AtomicBool::new(false);
        let summary = reextract(&mut store, ids, &IngestOptions::default(), &stop).unwrap();
        assert_eq!((summary.removed, summary.added), (0, 1));
        assert_eq!(store.claims(&Default::default()).unwrap().len(), 1);
    }
}
