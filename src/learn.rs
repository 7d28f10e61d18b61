//! Corpus term learning, a stage of `tifa analyze` and `tifa index`: the programs and
//! slogans a corpus quotes often enough are added to the run's lexicon, so that they are
//! found wherever they stand, quoted or not.

use crate::document::RawDocument;
use crate::error::Result;
use crate::lexicon::Lexicon;
use crate::pipeline::{map_documents, pool, run, run_keeping, Config, Kept};
use crate::terms::{Category, Finder, Term};
use rayon::prelude::*;
use std::collections::BTreeMap;

/// Documents that must quote a name before the corpus teaches it.
pub const TAUGHT_IN: usize = 2;
/// Share of the documents using a name that must quote it: coined names are quoted most of
/// the time (两个确立 99%, 千万工程 92%, 专精特新 22%), set phrases that a few writers quote
/// rarely (中国特色 0.2%, 国家安全 2.6%, 一体化 2.1% in People's Daily).
pub const TAUGHT_SHARE: f64 = 0.2;
/// Bytes of decoded text the first pass keeps for the second and for the pass over the
/// documents that follows, at most; a larger corpus is read again.
const KEPT_BYTES: usize = 256 << 20;

/// By key: the name as typed, the documents quoting it as a program or slogan, and those
/// quoting it only as a figure, a common word or an abbreviation.
type Quoting = BTreeMap<String, (Term, usize, usize)>;

/// The lexicon of `config` and the programs and slogans its corpus teaches: names (three
/// chars or more) that at least [`TAUGHT_IN`] distinct documents quote, and at least
/// [`TAUGHT_SHARE`] of the documents using them. Exact copies of a document (the same text,
/// white space aside) count once: a story printed twice is one piece of evidence. Light
/// passes over the decoded text (which documents are distinct, their quoted names, then which
/// documents use them); the first keeps the documents it read for the others, and returns them
/// for the caller's next pass, when they fit in 256 MiB, else the corpus is read again
/// (standard input and pipes are read once and kept by the corpus).
pub fn learn(config: &Config, base: &Lexicon) -> Result<(Lexicon, Option<Kept>)> {
    learn_loading(config, || base.clone(), false)
}

/// [`learn`] with the lexicon `load`ed; with `overlap` (`analyze` always, `index` with more
/// than one worker), loaded on a thread of its own while the first pass reads the corpus,
/// which needs no lexicon.
pub(crate) fn learn_loading(
    config: &Config,
    load: impl FnOnce() -> Lexicon + Send,
    overlap: bool,
) -> Result<(Lexicon, Option<Kept>)> {
    let (base, (quoting, distinct, kept)) = first_passes(config, load, overlap)?;
    let candidates = Finder::new(
        quoting
            .values()
            .filter(|(_, typed, other)| *typed >= TAUGHT_IN && *typed >= *other)
            .map(|(t, _, _)| t.clone())
            .collect(),
    );
    let using = match &kept {
        // Each document kept is flagged distinct or not (unless one failed in the first pass).
        Some(kept) if kept.documents().count() == distinct.len() => {
            using_kept(config, &candidates, kept, &distinct)?
        }
        _ => using_read(config, &candidates)?,
    };
    let learned: Vec<Term> = candidates
        .terms()
        .iter()
        .zip(using)
        .filter(|(t, used)| {
            let quoted = quoting.get(&t.key).map_or(0, |q| q.1 + q.2);
            quoted as f64 >= TAUGHT_SHARE * *used as f64
        })
        .map(|(t, _)| Term {
            span: [0, 0],
            quoted: false,
            ..t.clone()
        })
        .collect();
    Ok((base.with_terms(&learned), kept))
}

/// The lexicon, and the names quoted by the distinct documents, which documents are distinct
/// and the documents kept (see [`quoted`]). When the corpus may fit in [`KEPT_BYTES`], a first
/// pass reads it and tells the distinct documents (the lexicon loading meanwhile with
/// `overlap`), and their names are then found in the documents kept; else, or when that pass
/// could not keep them all, one pass reads the corpus and finds the names as [`quoted`] does.
fn first_passes(
    config: &Config,
    load: impl FnOnce() -> Lexicon + Send,
    overlap: bool,
) -> Result<(Lexicon, Quoted)> {
    if config.corpus.file_bytes() > KEPT_BYTES as u64 {
        let base = load();
        let found = quoted(config, &base)?;
        return Ok((base, found));
    }
    let (base, (distinct, kept)) = if overlap {
        std::thread::scope(|s| {
            let base = s.spawn(load);
            let read = distinct(config);
            let base = base.join().unwrap_or_else(|p| std::panic::resume_unwind(p));
            read.map(|read| (base, read))
        })?
    } else {
        (load(), distinct(config)?)
    };
    let names = match &kept {
        Some(kept) if kept.documents().count() == distinct.len() => {
            let texts = (kept.documents().zip(&distinct)).filter(|(_, &first)| first);
            map_documents(config, texts.map(|(d, _)| d), |raw| names(raw, &base))?
        }
        _ => None,
    };
    let Some(names) = names else {
        let found = quoted(config, &base)?;
        return Ok((base, found));
    };
    let mut quoting = Quoting::new();
    names.into_iter().for_each(|n| count(&mut quoting, n));
    Ok((base, (quoting, distinct, kept)))
}

/// Which documents are distinct, and the documents read when they fit in [`KEPT_BYTES`].
fn distinct(config: &Config) -> Result<(Distinct, Option<Kept>)> {
    let mut seen = rustc_hash::FxHashSet::default();
    let mut distinct = Vec::new();
    let (_, kept) = run_keeping(
        config,
        KEPT_BYTES,
        |raw| crate::terms::fingerprint(&raw.decoded.text),
        |fingerprint| {
            distinct.push(seen.insert(fingerprint));
            Ok(())
        },
    )?;
    Ok((distinct, kept))
}

/// The names a document quotes (three chars or more, not cited documents), one a key, sorted
/// by key; a name quoted both ways counts as typed.
fn names(raw: &RawDocument, base: &Lexicon) -> Vec<Term> {
    let mut names: Vec<Term> = crate::terms::quoted_text(&raw.decoded.text, base.typing())
        .into_iter()
        .filter(|t| t.category != Category::Document && t.name.chars().count() >= 3)
        .collect();
    names.sort_by_key(|t| t.category == Category::Other);
    names.sort_by(|a, b| a.key.cmp(&b.key));
    names.dedup_by(|a, b| a.key == b.key);
    names
}

/// Which documents are distinct (first of their text), in corpus order.
type Distinct = Vec<bool>;

/// The names quoted, which documents are distinct and the documents kept (see [`quoted`]).
type Quoted = (Quoting, Distinct, Option<Kept>);

/// The names quoted (three chars or more, not cited documents) by the distinct documents of
/// the corpus, which documents are distinct, and the documents read when they fit in
/// [`KEPT_BYTES`].
fn quoted(config: &Config, base: &Lexicon) -> Result<Quoted> {
    let mut quoting = Quoting::new();
    let mut seen = rustc_hash::FxHashSet::default();
    let mut distinct = Vec::new();
    let (_, kept) = run_keeping(
        config,
        KEPT_BYTES,
        |raw| {
            (
                crate::terms::fingerprint(&raw.decoded.text),
                names(&raw, base),
            )
        },
        |(fingerprint, names)| {
            let first = seen.insert(fingerprint);
            distinct.push(first);
            if first {
                count(&mut quoting, names);
            }
            Ok(())
        },
    )?;
    Ok((quoting, distinct, kept))
}

/// Counts one document's names (sorted, one a key) in `quoting`.
fn count(quoting: &mut Quoting, names: Vec<Term>) {
    for t in names {
        let typed = t.category != Category::Other;
        let e = quoting
            .entry(t.key.clone())
            .or_insert_with(|| (t.clone(), 0, 0));
        if typed {
            // The name is taught as a program or slogan, as the typed quotes have it.
            if e.0.category == Category::Other {
                e.0 = t;
            }
            e.1 += 1;
        } else {
            e.2 += 1;
        }
    }
}

/// The candidates a text uses, each once, in order.
fn used(candidates: &Finder, text: &str) -> Vec<usize> {
    let chars: Vec<char> = text.chars().collect();
    let mut found: Vec<usize> = candidates
        .find(&chars, &[])
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// How many of the distinct documents kept use each candidate, counted in the run's pool.
fn using_kept(
    config: &Config,
    candidates: &Finder,
    kept: &Kept,
    distinct: &[bool],
) -> Result<Vec<usize>> {
    let zero = || vec![0usize; candidates.terms().len()];
    let texts: Vec<&str> = (kept.documents().zip(distinct))
        .filter(|(_, &first)| first)
        .map(|(d, _)| d.decoded.text.as_str())
        .collect();
    let using = pool(config)?.install(|| {
        texts
            .par_iter()
            .fold(zero, |mut using, text| {
                used(candidates, text)
                    .into_iter()
                    .for_each(|t| using[t] += 1);
                using
            })
            .reduce(zero, |mut a, b| {
                a.iter_mut().zip(b).for_each(|(a, b)| *a += b);
                a
            })
    });
    Ok(using)
}

/// How many distinct documents use each candidate, the corpus read again.
fn using_read(config: &Config, candidates: &Finder) -> Result<Vec<usize>> {
    let mut using = vec![0usize; candidates.terms().len()];
    let mut seen = rustc_hash::FxHashSet::default();
    run(
        config,
        |raw| {
            let text = &raw.decoded.text;
            (crate::terms::fingerprint(text), used(candidates, text))
        },
        |(fingerprint, found)| {
            if seen.insert(fingerprint) {
                found.into_iter().for_each(|t| using[t] += 1);
            }
            Ok(())
        },
    )?;
    Ok(using)
}
