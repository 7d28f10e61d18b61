//! The names the learned typing of quoted names (`tifa::terms::learned`) files as programs or
//! slogans in a corpus, with the distinct documents quoting each (issue 22, thirteenth round;
//! docs/terms.md): what the model lets into the indexes where the rules do not settle a quote.
//!
//!     cargo run --release --example terms_model_typed -- CORPUS [--sample N SEED]
//!
//! The run's lexicon is learned from the corpus as `tifa index` learns it; each distinct
//! document (exact copies once) is cleaned and its terms extracted with the model; a quoted
//! term of category program or slogan that `learned::settled` does not settle is model-typed.
//! Prints a line a name (tab-separated: distinct documents, occurrences, category, the head
//! the rules gave it or `-`, name), most documents first; with
//! `--sample N SEED`, N names drawn at random (a fixed linear congruential sequence from SEED)
//! instead, to read.

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use tifa::lexicon::Lexicon;
use tifa::pipeline::Config;
use tifa::terms::learned::settled;
use tifa::terms::{Category, Term};

/// A name's tally: distinct documents, occurrences, the category, the head and the last
/// document seen.
type Tally = BTreeMap<String, (usize, usize, Category, String, usize)>;

/// Counts the model-typed terms of one document (number `d`) in `tally`.
fn count(d: usize, terms: &[Term], lexicon: &Lexicon, tally: &mut Tally) {
    for t in terms.iter().filter(|t| t.quoted) {
        let known = lexicon.finder().get(&t.key).is_some();
        if settled(Some(t), &t.name, known)
            || !matches!(t.category, Category::Program | Category::Slogan)
        {
            continue;
        }
        let head = t.head.clone().unwrap_or_else(|| "-".into());
        let e = tally
            .entry(t.name.clone())
            .or_insert((0, 0, t.category, head, usize::MAX));
        e.0 += usize::from(e.4 != d);
        e.1 += 1;
        e.4 = d;
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let config = Config {
        corpus: tifa::input::Corpus::collect(&[PathBuf::from(&args[0])]),
        input: Default::default(),
        clean: Default::default(),
        threads: 1,
        terms: Vec::new(),
    };
    let (lexicon, _) = tifa::learn::learn(&config, &Lexicon::new(&[])).unwrap();
    let mut seen = HashSet::new();
    let mut tally = Tally::new();
    let mut d = 0;
    tifa::pipeline::run(
        &config,
        |raw| {
            let doc = tifa::clean::clean(&raw, &config.clean);
            let terms = lexicon.extract_terms(&doc);
            (doc.text.clone(), terms)
        },
        |(text, terms)| {
            if seen.insert(text) {
                count(d, &terms, &lexicon, &mut tally);
            }
            d += 1;
            Ok(())
        },
    )
    .unwrap();
    let mut names: Vec<_> = tally.iter().collect();
    names.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(b.1 .1.cmp(&a.1 .1)));
    if let Some(i) = args.iter().position(|a| a == "--sample") {
        let [n, seed]: [u64; 2] = [1, 2].map(|k| args[i + k].parse().unwrap());
        let mut x = seed;
        let mut drawn = Vec::new();
        while (drawn.len() as u64) < n.min(names.len() as u64) {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let k = ((x >> 33) % names.len() as u64) as usize;
            if !drawn.contains(&k) {
                drawn.push(k);
            }
        }
        names = drawn.into_iter().map(|k| names[k]).collect();
    }
    for (name, (docs, count, category, head, _)) in names {
        println!("{docs}\t{count}\t{category:?}\t{head}\t{name}");
    }
}
