//! Runs the stages over a corpus in parallel: sources are read concurrently, each document is
//! processed by a worker, and results come back sorted by id so that output never depends on
//! thread count or argument order.

use crate::clean::CleanOptions;
use crate::document::RawDocument;
use crate::error::{Error, Result};
use crate::input::{collect_sources, read_source, InputOptions};
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
}

/// What a run produced: results in id order, and the inputs that failed.
#[derive(Debug)]
pub struct Outcome<T> {
    pub items: Vec<T>,
    pub errors: Vec<Error>,
}

/// Reads every input and maps each document with `work`, in parallel.
pub fn run<T: Send>(config: &Config, work: impl Fn(RawDocument) -> T + Sync + Send) -> Result<Outcome<T>> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(config.threads)
        .build()
        .map_err(|e| Error::Config(e.to_string()))?;
    let (sources, mut errors) = collect_sources(&config.inputs);
    let per_source: Vec<(Vec<(Key, T)>, Vec<Error>)> = pool.install(|| {
        sources
            .par_iter()
            .map(|source| {
                let read = read_source(source, &config.input);
                let items = read
                    .documents
                    .into_par_iter()
                    .map(|doc| (Key::of(&doc), work(doc)))
                    .collect();
                (items, read.errors)
            })
            .collect()
    });
    let mut keyed = Vec::new();
    for (items, errs) in per_source {
        keyed.extend(items);
        errors.extend(errs);
    }
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(Outcome {
        items: keyed.into_iter().map(|(_, t)| t).collect(),
        errors,
    })
}

/// Sort key of a document: id, then where it came from.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Key(String, String, Option<usize>);

impl Key {
    fn of(doc: &RawDocument) -> Self {
        Key(doc.id.clone(), doc.origin.path.clone(), doc.origin.line)
    }
}
