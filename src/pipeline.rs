//! Runs the stages over a corpus in parallel. Sources are taken in id order, a chunk at a
//! time; the documents of a chunk are processed by all workers, a batch at a time, and handed
//! on in order, so memory stays bounded and output never depends on thread count or argument
//! order.

use crate::clean::CleanOptions;
use crate::document::ByteMap;
use crate::document::RawDocument;
use crate::error::{Error, Location, Result};
use crate::input::{parts, read_part, Corpus, DuplicateIds, InputOptions, Part, ReadOutcome};
use rayon::prelude::*;
use std::cell::Cell;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

/// Validated settings for a run, built by the binary from its flags.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The sources, collected once for every pass.
    pub corpus: Corpus,
    /// How JSONL records are read.
    pub input: InputOptions,
    /// Which cleaning steps run.
    pub clean: CleanOptions,
    /// Worker threads; 0 means one per core.
    pub threads: usize,
    /// The user's terms (`--terms FILE`), found wherever they stand besides the built-in
    /// vocabulary; the commands that segment build their [`crate::lexicon::Lexicon`] from them.
    pub terms: Vec<crate::terms::Term>,
}

/// Documents (about: a file is one, a run of JSONL lines its line count) read and processed
/// together before their results are handed on.
const CHUNK: usize = 512;

/// What a part gave: its results, its errors, and the (path, line, id) of its JSONL lines.
type Processed<T> = (Vec<T>, Vec<Error>, Vec<(String, usize, String)>);

/// The (path, line, id) of the documents that are JSONL lines.
fn jsonl_lines(documents: &[RawDocument]) -> Vec<(String, usize, String)> {
    documents
        .iter()
        .filter_map(|d| Some((d.origin.path.clone(), d.origin.line?, d.id.clone())))
        .collect()
}

/// Worker threads a run may ask for: more only slows a machine down.
pub const MAX_THREADS: usize = 256;

/// Reads every input, maps each document with `work` in parallel, and hands the results to
/// `emit` in order: sources by id, and the documents of a JSONL file in line order.
/// With more than one worker, the calling thread hands one chunk's results on while the
/// workers process the next. Returns the inputs that failed, or
/// [`Error::NoDocuments`] when every input failed and no document was read.
pub fn run<T: Send>(
    config: &Config,
    work: impl Fn(RawDocument) -> T + Sync + Send,
    emit: impl FnMut(T) -> Result<()>,
) -> Result<Vec<Error>> {
    run_counted(config, Source::Corpus, None, one_by_one(work), emit)
}

/// [`run`], keeping what it reads for the next pass ([`run_kept`]) when the decoded text
/// fits in `budget` bytes (`None` when it does not: the next pass reads the corpus again).
pub fn run_keeping<T: Send>(
    config: &Config,
    budget: usize,
    work: impl Fn(RawDocument) -> T + Sync + Send,
    emit: impl FnMut(T) -> Result<()>,
) -> Result<(Vec<Error>, Option<Kept>)> {
    let mut keeping = Keeping {
        kept: Vec::new(),
        bytes: 0,
        budget,
        over: false,
    };
    let work = one_by_one(work);
    let errors = run_counted(config, Source::Corpus, Some(&mut keeping), work, emit)?;
    let kept = (!keeping.over).then_some(Kept(keeping.kept));
    Ok((errors, kept))
}

/// [`run`] over the documents an earlier pass kept, or over the corpus read again (`None`).
pub fn run_kept<T: Send>(
    config: &Config,
    kept: Option<Kept>,
    work: impl Fn(RawDocument) -> T + Sync + Send,
    emit: impl FnMut(T) -> Result<()>,
) -> Result<Vec<Error>> {
    run_kept_batched(config, kept, one_by_one(work), emit)
}

/// [`run_kept`] with `work` over batches of [`Batched::size`] documents: a worker runs
/// each stage over a whole batch before the next (see [`Batch::then`]), so that one stage's
/// tables stay in cache across documents; the results are handed on one by one, in order.
pub fn run_kept_batched<T: Send>(
    config: &Config,
    kept: Option<Kept>,
    work: Batched<impl Fn(Batch<RawDocument>) -> Batch<T> + Sync + Send>,
    emit: impl FnMut(T) -> Result<()>,
) -> Result<Vec<Error>> {
    let source = kept.map_or(Source::Corpus, |k| Source::Kept(k.0.into_iter()));
    run_counted(config, source, None, work, emit)
}

/// Work over batches of documents (see [`run_kept_batched`]).
pub struct Batched<F> {
    /// Documents a batch holds at most.
    pub size: usize,
    /// What a worker does with a batch.
    pub work: F,
}

/// Per-document work as batches of one.
fn one_by_one<T>(
    work: impl Fn(RawDocument) -> T + Sync + Send,
) -> Batched<impl Fn(Batch<RawDocument>) -> Batch<T> + Sync + Send> {
    Batched {
        size: 1,
        work: move |batch: Batch<RawDocument>| batch.then(&work),
    }
}

/// The documents of a batch as they pass from stage to stage: each one's value, or the
/// error of the stage that panicked on it (the later stages skip it).
pub struct Batch<T> {
    /// Each document's place and id, for the error of a panic.
    labels: Vec<(Location, String)>,
    values: Vec<Result<T, Error>>,
}

impl Batch<RawDocument> {
    fn of(documents: Vec<RawDocument>) -> Self {
        let label = |doc: &RawDocument| {
            let at = Location {
                path: doc.origin.path.clone().into(),
                line: doc.origin.line,
            };
            (at, doc.id.clone())
        };
        Batch {
            labels: documents.iter().map(label).collect(),
            values: documents.into_iter().map(Ok).collect(),
        }
    }
}

impl<T> Batch<T> {
    /// `stage` on each document still in the batch, in order; a panic becomes an error
    /// naming the document, so one bad document cannot take the run down.
    pub fn then<U>(self, stage: impl Fn(T) -> U) -> Batch<U> {
        let Batch { labels, values } = self;
        let values = (values.into_iter().zip(&labels))
            .map(|(value, label)| value.and_then(|v| guarded(&stage, v, label)))
            .collect();
        Batch { labels, values }
    }
}

/// [`run_from`], with [`Error::NoDocuments`] when every input failed.
fn run_counted<T: Send>(
    config: &Config,
    source: Source,
    keeping: Option<&mut Keeping>,
    work: Batched<impl Fn(Batch<RawDocument>) -> Batch<T> + Sync + Send>,
    mut emit: impl FnMut(T) -> Result<()>,
) -> Result<Vec<Error>> {
    let mut emitted = 0usize;
    let counted = |item: T| {
        emitted += 1;
        emit(item)
    };
    let errors = run_from(config, source, keeping, work, counted)?;
    if emitted == 0 && !errors.is_empty() {
        return Err(Error::NoDocuments(errors));
    }
    Ok(errors)
}

/// A part of the corpus as a pass takes it: to be read, or read by an earlier pass and kept.
enum Item {
    Unread(Part),
    Read(ReadOutcome),
}

impl Item {
    fn read(self, opts: &InputOptions) -> ReadOutcome {
        match self {
            Item::Unread(part) => read_part(&part, opts),
            Item::Read(read) => read,
        }
    }
}

/// A part's weight (see [`Part::weight`]) and its documents as read, or the error opening it.
type Entry = Result<(usize, ReadOutcome)>;

/// What a pass reads from: the corpus, or what a previous pass kept.
enum Source {
    Corpus,
    Kept(std::vec::IntoIter<Entry>),
}

/// The documents of a corpus as one pass read them, in corpus order, kept for the next pass
/// so that the corpus is read and decoded once (see [`run_keeping`]).
pub struct Kept(Vec<Entry>);

impl Kept {
    /// The documents kept, in corpus order.
    pub fn documents(&self) -> impl Iterator<Item = &RawDocument> {
        self.0
            .iter()
            .flatten()
            .flat_map(|(_, read)| &read.documents)
    }
}

/// What a pass keeps of the parts it reads, while their decoded text fits in its budget.
struct Keeping {
    kept: Vec<Entry>,
    bytes: usize,
    budget: usize,
    /// Set once the budget is spent: then nothing is kept.
    over: bool,
}

impl Keeping {
    /// Keeps the next entry, in corpus order; whether the budget is spent.
    fn keep(&mut self, entry: Entry) -> bool {
        if self.over {
            return true;
        }
        if let Ok((_, read)) = &entry {
            self.bytes += read.documents.iter().map(kept_bytes).sum::<usize>();
        }
        self.over = self.bytes > self.budget;
        match self.over {
            true => self.kept = Vec::new(),
            false => self.kept.push(entry),
        }
        self.over
    }
}

/// Bytes a kept document holds: its text and the table of its chars' source bytes.
fn kept_bytes(doc: &RawDocument) -> usize {
    let table = match &doc.decoded.origin {
        ByteMap::Identity => 0,
        ByteMap::Table(t) => std::mem::size_of_val(&t[..]),
    };
    doc.decoded.text.len() + table
}

/// The parts of a pass in corpus order, each with its weight, or the error opening it.
fn items<'a>(
    config: &'a Config,
    source: Source,
) -> Box<dyn Iterator<Item = Result<(usize, Item)>> + 'a> {
    match source {
        Source::Corpus => {
            Box::new(parts(&config.corpus).map(|part| part.map(|p| (p.weight(), Item::Unread(p)))))
        }
        Source::Kept(kept) => Box::new(kept.map(|e| e.map(|(w, read)| (w, Item::Read(read))))),
    }
}

/// What a part gave (see [`Processed`]), its weight, and a copy of what was read when the
/// pass keeps it; or the error opening it.
type Worked<T> = Result<(usize, Processed<T>, Option<ReadOutcome>)>;

/// A part read (or taken as kept): its weight, what was read, and a copy of it when the pass
/// keeps it.
type Read = (usize, ReadOutcome, Option<ReadOutcome>);

/// Reads a part, or takes it as kept.
fn read_item((weight, item): (usize, Item), opts: &InputOptions, copy: bool) -> Read {
    let read = item.read(opts);
    let copy = copy.then(|| read.clone());
    (weight, read, copy)
}

/// The documents of the parts read, mapped by `work` a batch at a time (a batch may span
/// parts; the batches in parallel), and handed back part by part.
fn work_parts<T: Send>(
    parts: Vec<Result<Read>>,
    work: &Batched<impl Fn(Batch<RawDocument>) -> Batch<T> + Sync>,
) -> Vec<Worked<T>> {
    let mut documents = Vec::new();
    let parts: Vec<_> = (parts.into_iter())
        .map(|part| {
            part.map(|(weight, read, copy)| {
                let lines = jsonl_lines(&read.documents);
                let count = read.documents.len();
                documents.extend(read.documents);
                (weight, count, read.errors, lines, copy)
            })
        })
        .collect();
    let mut batches = Vec::new();
    let mut documents = documents.into_iter().peekable();
    while documents.peek().is_some() {
        batches.push(documents.by_ref().take(work.size.max(1)).collect());
    }
    let results: Vec<Vec<Result<T, Error>>> = (batches.into_par_iter())
        .map(|batch| (work.work)(Batch::of(batch)).values)
        .collect();
    let mut results = results.into_iter().flatten();
    (parts.into_iter())
        .map(|part| {
            part.map(|(weight, count, mut errors, lines, copy)| {
                let (items, failed): (Vec<_>, Vec<_>) =
                    results.by_ref().take(count).partition(Result::is_ok);
                errors.extend(failed.into_iter().filter_map(Result::err));
                let items = items.into_iter().filter_map(Result::ok).collect();
                (weight, (items, errors, lines), copy)
            })
        })
        .collect()
}

/// The next parts to process together, about [`CHUNK`] documents; the errors opening parts
/// are told in `errors` as they come, and kept in the chunk in their place.
fn next_chunk(
    items: &mut impl Iterator<Item = Result<(usize, Item)>>,
    errors: &mut Vec<Error>,
) -> Vec<Result<(usize, Item)>> {
    let mut chunk = Vec::new();
    let mut weight = 0;
    while weight < CHUNK {
        match items.next() {
            Some(Ok(item)) => {
                weight += item.0;
                chunk.push(Ok(item));
            }
            Some(Err(e)) => {
                errors.push(e.clone());
                chunk.push(Err(e));
            }
            None => break,
        }
    }
    chunk
}

/// The pass itself: parts from `source` a chunk at a time, processed by the workers and handed
/// on in corpus order; what is read kept in `keeping`, if given.
fn run_from<T: Send>(
    config: &Config,
    source: Source,
    mut keeping: Option<&mut Keeping>,
    work: Batched<impl Fn(Batch<RawDocument>) -> Batch<T> + Sync + Send>,
    mut emit: impl FnMut(T) -> Result<()>,
) -> Result<Vec<Error>> {
    let pool = pool(config)?;
    let mut errors = config.corpus.errors().to_vec();
    // Whether the workers copy what they read for the next pass: until the budget is spent.
    let copying = AtomicBool::new(keeping.is_some());
    let process = |chunk: Vec<Result<(usize, Item)>>| -> Vec<Worked<T>> {
        let copy = copying.load(Ordering::Relaxed);
        let read = (chunk.into_par_iter())
            .map(|item| item.map(|item| read_item(item, &config.input, copy)))
            .collect();
        work_parts(read, &work)
    };
    // Ids a JSONL file repeats across its runs of lines, checked in corpus order.
    let mut repeated = DuplicateIds::default();
    let mut hand_on = |results: Vec<Worked<T>>, errors: &mut Vec<Error>| {
        for result in results {
            let (kept, worked) = match result {
                Ok((weight, processed, copy)) => (copy.map(|c| Ok((weight, c))), Some(processed)),
                Err(e) => (Some(Err(e)), None),
            };
            if let (Some(keeping), Some(entry)) = (keeping.as_deref_mut(), kept) {
                if keeping.keep(entry) {
                    copying.store(false, Ordering::Relaxed);
                }
            }
            let Some((items, errs, lines)) = worked else {
                continue;
            };
            let ids = lines
                .iter()
                .map(|(p, l, id)| (Path::new(p.as_str()), *l, id.as_str()));
            errors.extend(repeated.check_lines(ids));
            items.into_iter().try_for_each(&mut emit)?;
            errors.extend(errs);
        }
        Ok::<(), Error>(())
    };
    let overlap = pool.current_num_threads() > 1;
    let mut pending = None;
    let mut items = items(config, source).peekable();
    while items.peek().is_some() {
        let chunk = next_chunk(&mut items, &mut errors);
        let mut results = Vec::new();
        let previous = pending.take();
        if overlap {
            let mut handed = Ok(());
            pool.in_place_scope(|scope| {
                scope.spawn(|_| results = process(chunk));
                if let Some(previous) = previous {
                    handed = hand_on(previous, &mut errors);
                }
            });
            handed?;
        } else {
            if let Some(previous) = previous {
                hand_on(previous, &mut errors)?;
            }
            results = pool.install(|| process(chunk));
        }
        pending = Some(results);
    }
    if let Some(previous) = pending {
        hand_on(previous, &mut errors)?;
    }
    Ok(errors)
}

/// The worker pool of a run (`config.threads` workers; 0: one per core).
pub fn pool(config: &Config) -> Result<rayon::ThreadPool> {
    check_threads(config.threads)?;
    rayon::ThreadPoolBuilder::new()
        .num_threads(config.threads)
        .build()
        .map_err(|e| Error::Config(e.to_string()))
}

/// Refuses more workers than [`MAX_THREADS`] (0: one per core).
pub fn check_threads(threads: usize) -> Result<()> {
    if threads > MAX_THREADS {
        return Err(Error::Config(format!(
            "--threads {threads}: at most {MAX_THREADS} (0: one per core)"
        )));
    }
    Ok(())
}

thread_local! {
    /// Set while this thread works on one document, whose panic is reported as its error.
    static IN_DOCUMENT: Cell<u32> = const { Cell::new(0) };
}

/// Whether this thread is working on one document: a panic here is caught and reported as
/// that document's error, so a panic hook need not print it.
pub fn in_document() -> bool {
    IN_DOCUMENT.with(Cell::get) > 0
}

/// `work` over `documents` in the run's pool, the results in the documents' order; `None`
/// when the work panicked on one of them (a pass that reads them again reports it).
pub(crate) fn map_documents<'a, T: Send>(
    config: &Config,
    documents: impl Iterator<Item = &'a RawDocument>,
    work: impl Fn(&RawDocument) -> T + Sync,
) -> Result<Option<Vec<T>>> {
    let documents: Vec<&RawDocument> = documents.collect();
    let mapped: Vec<Option<T>> = pool(config)?.install(|| {
        documents
            .into_par_iter()
            .map(|doc| caught(|| work(doc)).ok())
            .collect()
    });
    Ok(mapped.into_iter().collect())
}

/// `work` with this thread marked as working on one document (see [`in_document`]), its
/// panic caught.
fn caught<T>(work: impl FnOnce() -> T) -> std::thread::Result<T> {
    IN_DOCUMENT.with(|c| c.set(c.get() + 1));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(work));
    IN_DOCUMENT.with(|c| c.set(c.get() - 1));
    result
}

/// Runs `work` on one document's value; a panic becomes an error naming the document
/// (`label`: its place and id).
fn guarded<A, T>(
    work: &impl Fn(A) -> T,
    value: A,
    (at, id): &(Location, String),
) -> Result<T, Error> {
    caught(|| work(value)).map_err(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Error::Internal {
            at: at.clone(),
            id: id.clone(),
            message,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What hands a document's id on to `ids`.
    fn push(ids: &mut Vec<String>) -> impl FnMut(String) -> Result<()> + '_ {
        |i| {
            ids.push(i);
            Ok(())
        }
    }

    /// The ids a pass hands on and the errors it returns.
    fn ids(
        pass: impl FnOnce(&mut Vec<String>) -> Result<Vec<Error>>,
    ) -> (Vec<String>, Vec<String>) {
        let mut ids = Vec::new();
        let errors = pass(&mut ids).unwrap();
        (ids, errors.iter().map(Error::to_string).collect())
    }

    #[test]
    fn a_kept_pass_hands_on_what_a_read_pass_does_and_a_spent_budget_keeps_nothing() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), "第一篇。").unwrap();
        std::fs::write(dir.path().join("b.bin.txt"), [0u8, 1, 2, 0, 0, 0]).unwrap();
        let lines =
            "{\"id\":\"x\",\"text\":\"甲。\"}\nnot json\n{\"id\":\"x\",\"text\":\"乙。\"}\n";
        std::fs::write(dir.path().join("c.jsonl"), lines).unwrap();
        let config = Config {
            corpus: Corpus::collect(&[dir.path().to_path_buf(), dir.path().join("missing")]),
            threads: 2,
            ..Config::default()
        };
        let id = |raw: RawDocument| raw.id;
        let read = ids(|ids| run(&config, id, push(ids)));
        assert_eq!(read.0, ["a.txt", "x", "x"]);
        assert!(
            read.1.len() >= 3,
            "missing path, binary file, bad line, repeated id"
        );
        let mut kept = None;
        let first = ids(|ids| {
            let (errors, k) = run_keeping(&config, 1 << 20, id, push(ids))?;
            kept = k;
            Ok(errors)
        });
        assert_eq!(first, read);
        assert_eq!(kept.as_ref().map(|k| k.documents().count()), Some(3));
        let again = ids(|ids| run_kept(&config, kept, id, push(ids)));
        assert_eq!(again, read);
        let (_, spent) = run_keeping(&config, 4, id, |_| Ok(())).unwrap();
        assert!(spent.is_none());
        assert_eq!(ids(|ids| run_kept(&config, None, id, push(ids))), read);
    }

    #[test]
    fn batches_span_parts_keep_order_and_skip_a_document_that_panics() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..7 {
            std::fs::write(dir.path().join(format!("{i}.txt")), "一。").unwrap();
        }
        let lines = (0..5)
            .map(|i| format!("{{\"id\":\"l{i}\",\"text\":\"甲。\"}}\n"))
            .collect::<String>();
        std::fs::write(dir.path().join("z.jsonl"), lines).unwrap();
        for threads in [1, 2] {
            let config = Config {
                corpus: Corpus::collect(&[dir.path().to_path_buf()]),
                threads,
                ..Config::default()
            };
            let work = Batched {
                size: 3,
                work: |batch: Batch<RawDocument>| {
                    let batch = batch.then(|raw| raw.id);
                    batch.then(|id| match id.as_str() {
                        "4.txt" | "l1" => panic!("bad {id}"),
                        _ => id + "!",
                    })
                },
            };
            let (ids, errors) = ids(|ids| run_kept_batched(&config, None, work, push(ids)));
            let expected = ["0", "1", "2", "3", "5", "6"].map(|i| format!("{i}.txt!"));
            let expected = [
                &expected[..],
                &["l0!", "l2!", "l3!", "l4!"].map(String::from),
            ]
            .concat();
            assert_eq!(ids, expected);
            assert_eq!(errors.len(), 2, "{errors:?}");
            assert!(errors[0].contains("bad 4.txt") && errors[1].contains("bad l1"));
        }
    }
}
