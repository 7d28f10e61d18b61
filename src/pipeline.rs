//! Runs the stages over a corpus in parallel. Sources are taken in id order, a chunk at a
//! time; the documents of a chunk are processed by all workers and handed on in order, so
//! memory stays bounded and output never depends on thread count or argument order.

use crate::clean::CleanOptions;
use crate::document::RawDocument;
use crate::error::{Error, Location, Result};
use crate::input::{collect_sources, parts, read_part, InputOptions, Part, Source};
use rayon::prelude::*;
use std::path::PathBuf;

/// Validated settings for a run, built by the binary from its flags.
#[derive(Debug, Clone, Default)]
pub struct Config {
    pub inputs: Vec<PathBuf>,
    pub input: InputOptions,
    pub clean: CleanOptions,
    /// Worker threads; 0 means one per core.
    pub threads: usize,
    /// The segmenter and the terms found wherever they stand (built-in and `--terms FILE`).
    pub lexicon: crate::lexicon::Lexicon,
}

/// Documents (about: a file is one, a run of JSONL lines its line count) read and processed
/// together before their results are handed on.
const CHUNK: usize = 512;

/// Reads every input, maps each document with `work` in parallel, and hands the results to
/// `emit` in order: sources by id, and the documents of a JSONL file in line order.
/// With more than one worker, the calling thread hands one chunk's results on while the
/// workers process the next. Returns the inputs that failed.
pub fn run<T: Send>(
    config: &Config,
    work: impl Fn(RawDocument) -> T + Sync + Send,
    mut emit: impl FnMut(T) -> Result<()>,
) -> Result<Vec<Error>> {
    let pool = pool(config)?;
    let (mut sources, mut errors) = collect_sources(&config.inputs);
    sources.sort_by(|a, b| source_key(a).cmp(&source_key(b)));
    let process = |chunk: &[Part]| -> Vec<(Vec<T>, Vec<Error>)> {
        chunk
            .par_iter()
            .map(|part| {
                let read = read_part(part, &config.input);
                let (items, mut failed): (Vec<_>, Vec<_>) = read
                    .documents
                    .into_par_iter()
                    .map(|doc| guarded(&work, doc))
                    .partition(Result::is_ok);
                let mut errors = read.errors;
                errors.extend(failed.drain(..).filter_map(Result::err));
                (items.into_iter().filter_map(Result::ok).collect(), errors)
            })
            .collect()
    };
    let mut hand_on = |results: Vec<(Vec<T>, Vec<Error>)>, errors: &mut Vec<Error>| {
        for (items, errs) in results {
            items.into_iter().try_for_each(&mut emit)?;
            errors.extend(errs);
        }
        Ok::<(), Error>(())
    };
    let overlap = pool.current_num_threads() > 1;
    let mut pending = None;
    let mut parts = parts(sources).peekable();
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
    rayon::ThreadPoolBuilder::new()
        .num_threads(config.threads)
        .build()
        .map_err(|e| Error::Config(e.to_string()))
}

/// Bytes of input the corpus holds (0 for standard input), for progress.
pub fn input_bytes(config: &Config) -> u64 {
    collect_sources(&config.inputs)
        .0
        .iter()
        .map(|s| match s {
            Source::File { path, .. } => std::fs::metadata(path).map_or(0, |m| m.len()),
            Source::Stdin => 0,
        })
        .sum()
}

/// Runs `work` on one document; a panic becomes an error naming the document, so one bad
/// document cannot take the run down.
fn guarded<T>(work: &(impl Fn(RawDocument) -> T + Sync), doc: RawDocument) -> Result<T, Error> {
    let at = Location {
        path: doc.origin.path.clone().into(),
        line: doc.origin.line,
    };
    let id = doc.id.clone();
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(doc))).map_err(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Error::Internal { at, id, message }
    })
}

fn source_key(source: &Source) -> (&str, &std::path::Path) {
    match source {
        Source::Stdin => ("-", std::path::Path::new("-")),
        Source::File { path, id } => (id, path),
    }
}
