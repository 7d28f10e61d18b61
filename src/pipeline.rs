//! Runs the stages over a corpus in parallel. Sources are taken in id order, a chunk at a
//! time; the documents of a chunk are processed by all workers and handed on in order, so
//! memory stays bounded and output never depends on thread count or argument order.

use crate::clean::CleanOptions;
use crate::document::RawDocument;
use crate::error::{Error, Location, Result};
use crate::input::{parts, read_part, Corpus, DuplicateIds, InputOptions, Part};
use rayon::prelude::*;
use std::cell::Cell;
use std::path::Path;

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
    mut emit: impl FnMut(T) -> Result<()>,
) -> Result<Vec<Error>> {
    let mut emitted = 0usize;
    let counted = |item: T| {
        emitted += 1;
        emit(item)
    };
    let errors = run_counted(config, work, counted)?;
    if emitted == 0 && !errors.is_empty() {
        return Err(Error::NoDocuments(errors));
    }
    Ok(errors)
}

fn run_counted<T: Send>(
    config: &Config,
    work: impl Fn(RawDocument) -> T + Sync + Send,
    mut emit: impl FnMut(T) -> Result<()>,
) -> Result<Vec<Error>> {
    let pool = pool(config)?;
    let mut errors = config.corpus.errors().to_vec();
    let process = |chunk: &[Part]| -> Vec<Processed<T>> {
        chunk
            .par_iter()
            .map(|part| {
                let read = read_part(part, &config.input);
                let lines = jsonl_lines(&read.documents);
                let (items, mut failed): (Vec<_>, Vec<_>) = read
                    .documents
                    .into_par_iter()
                    .map(|doc| guarded(&work, doc))
                    .partition(Result::is_ok);
                let mut errors = read.errors;
                errors.extend(failed.drain(..).filter_map(Result::err));
                let items = items.into_iter().filter_map(Result::ok).collect();
                (items, errors, lines)
            })
            .collect()
    };
    // Ids a JSONL file repeats across its runs of lines, checked in corpus order.
    let mut repeated = DuplicateIds::default();
    let mut hand_on = |results: Vec<Processed<T>>, errors: &mut Vec<Error>| {
        for (items, errs, lines) in results {
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
    let mut parts = parts(&config.corpus).peekable();
    while parts.peek().is_some() {
        let mut chunk = Vec::new();
        let mut weight = 0;
        while weight < CHUNK {
            match parts.next() {
                Some(Ok(part)) => {
                    weight += part.weight();
                    chunk.push(part);
                }
                Some(Err(e)) => errors.push(e),
                None => break,
            }
        }
        let mut results = Vec::new();
        let previous = pending.take();
        if overlap {
            let mut handed = Ok(());
            pool.in_place_scope(|scope| {
                scope.spawn(|_| results = process(&chunk));
                if let Some(previous) = previous {
                    handed = hand_on(previous, &mut errors);
                }
            });
            handed?;
        } else {
            if let Some(previous) = previous {
                hand_on(previous, &mut errors)?;
            }
            results = pool.install(|| process(&chunk));
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

/// Runs `work` on one document; a panic becomes an error naming the document, so one bad
/// document cannot take the run down.
fn guarded<T>(work: &(impl Fn(RawDocument) -> T + Sync), doc: RawDocument) -> Result<T, Error> {
    let at = Location {
        path: doc.origin.path.clone().into(),
        line: doc.origin.line,
    };
    let id = doc.id.clone();
    IN_DOCUMENT.with(|c| c.set(c.get() + 1));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(doc)));
    IN_DOCUMENT.with(|c| c.set(c.get() - 1));
    result.map_err(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Error::Internal { at, id, message }
    })
}
