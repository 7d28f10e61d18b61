//! Corpus term learning, a stage of `tifa analyze` and `tifa index`: the programs and
//! slogans a corpus quotes often enough are added to the run's lexicon, so that they are
//! found wherever they stand, quoted or not.

use crate::error::Result;
use crate::lexicon::Lexicon;
use crate::pipeline::{run, Config};
use crate::terms::{Category, Finder, Term};
use std::collections::BTreeMap;

/// Documents that must quote a name before the corpus teaches it.
pub const TAUGHT_IN: usize = 2;
/// Share of the documents using a name that must quote it: coined names are quoted most of
/// the time (两个确立 99%, 千万工程 92%, 专精特新 22%), set phrases that a few writers quote
/// rarely (中国特色 0.2%, 国家安全 2.6%, 一体化 2.1% in People's Daily).
pub const TAUGHT_SHARE: f64 = 0.2;

/// The lexicon of `config` and the programs and slogans its corpus teaches: names (three
/// chars or more) that at least [`TAUGHT_IN`] distinct documents quote, and at least
/// [`TAUGHT_SHARE`] of the documents using them. Exact copies of a document (the same text,
/// white space aside) count once: a story printed twice is one piece of evidence. Two light passes over the decoded text (quoted
/// names, then which documents use them); standard input and pipes are read once and kept
/// for the passes after.
pub fn learn(config: &Config, base: &Lexicon) -> Result<Lexicon> {
    // By key: the name as typed, the documents quoting it as a program or slogan, and those
    // quoting it only as a figure, a common word or an abbreviation.
    let mut quoting: BTreeMap<String, (Term, usize, usize)> = BTreeMap::new();
    let mut seen = rustc_hash::FxHashSet::default();
    run(
        config,
        |raw| {
            let mut names: Vec<Term> = crate::terms::quoted_text(&raw.decoded.text, base.tagger())
                .into_iter()
                .filter(|t| t.category != Category::Document && t.name.chars().count() >= 3)
                .collect();
            // A name quoted both ways in one document counts as typed there.
            names.sort_by_key(|t| t.category == Category::Other);
            names.sort_by(|a, b| a.key.cmp(&b.key));
            names.dedup_by(|a, b| a.key == b.key);
            (crate::terms::fingerprint(&raw.decoded.text), names)
        },
        |(fingerprint, names)| {
            if !seen.insert(fingerprint) {
                return Ok(());
            }
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
            Ok(())
        },
    )?;
    let candidates = Finder::new(
        quoting
            .values()
            .filter(|(_, typed, other)| *typed >= TAUGHT_IN && *typed >= *other)
            .map(|(t, _, _)| t.clone())
            .collect(),
    );
    let mut using = vec![0usize; candidates.terms().len()];
    seen.clear();
    run(
        config,
        |raw| {
            let chars: Vec<char> = raw.decoded.text.chars().collect();
            let mut found: Vec<usize> = candidates
                .find(&chars, &[])
                .into_iter()
                .map(|(_, t)| t)
                .collect();
            found.sort_unstable();
            found.dedup();
            (crate::terms::fingerprint(&raw.decoded.text), found)
        },
        |(fingerprint, found)| {
            if !seen.insert(fingerprint) {
                return Ok(());
            }
            for t in found {
                using[t] += 1;
            }
            Ok(())
        },
    )?;
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
    Ok(base.with_terms(&learned))
}
