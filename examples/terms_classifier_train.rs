//! The trainer of the learned typing of quoted names (`tifa::terms::learned`), on the labelled
//! term sets, measured against the rules, leave one set out (issue 22, twelfth round;
//! docs/terms.md). The library's weights (`src/terms/learned.tsv`) are its output:
//!
//!     cargo run --example terms_classifier_train -- ../shared/corpora --write src/terms/learned.tsv
//!
//!     cargo run --example terms_classifier_train -- [CORPORA] [--write FILE] [--score TSV] [--rows TSV]
//!
//! Reads every `tests/data/terms-*.tsv` but the fourth and fifth blind sets (never opened) and the ninth
//! sample (the thirteenth session's self-blind check; the eighth, a dev set since, is learned
//! from), keeps the rows whose name the text quotes (“…” or 《…》), and
//! for each: the rules' term of the name in its line (`terms::extract` with the built-in
//! vocabulary and no model) and the library's `learned::features`: the quoted
//! text (length, first and last chars, members, codes, numerals, repeated chars, jieba's words
//! and tags, organisation endings), its context (the chars, cue words and jieba's word before
//! the opening mark and after the closing one) and the rules' typing. A multinomial logistic
//! regression (the likelihood of the accepted classes: P|S accepts either; AdaGrad in row
//! order; L2). For every set in turn it trains on the others and scores that set six ways:
//! the rules; the model; the hybrid as integrated (the rules where `settled`, the model on
//! the other quoted terms the rules make; a quote they drop stays out); the model
//! only where the rules make no term; the model only where it is sure (probability 0.8);
//! the model's veto (`other` at 0.9 where the rules do not settle): real names typed with an
//! accepted category, other quotes kept out of programs and slogans. With `--write`, the model
//! trained on all sets is written as a weights table; with `--score`, that model scores a set
//! kept out of training, once; with `--rows`, each quoted row of a set with the rules' category
//! and the model's probabilities. Deterministic: rows in file order, fixed
//! epochs and rates, no randomness.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use tifa::lexicon::Lexicon;
use tifa::terms::learned::{
    bare_pair, features, probabilities, settled_quote, Features, Weights, CLASSES,
};
use tifa::terms::{Category, Term};

/// Passes over the rows, AdaGrad's rate, the L2 penalty, and the fewest rows a feature must
/// occur in (rarer ones are pruned: docs/terms.md, twelfth round).
const EPOCHS: usize = 40;
const RATE: f64 = 0.2;
const L2: f64 = 1e-3;
const MIN_COUNT: usize = 1;

/// One labelled quote: its set, features (ids), accepted classes, the rules' category and
/// whether the rules settled it.
struct Row {
    set: String,
    /// The name and its label, for `--rows`.
    name: String,
    label: String,
    features: Vec<u64>,
    accepted: [bool; 4],
    other: bool,
    rules: Option<Category>,
    settled: bool,
    /// Two chars, the first counting nothing (`learned::bare_pair`): the hybrid keeps it out.
    bare: bool,
}

/// The text of a set's file: a corpus file, or the `text` of one record of a JSON lines file
/// (`news/sina-2018.jsonl#LINE`); files read once into `files`.
fn text_of(root: &Path, file: &str, files: &mut HashMap<String, String>) -> String {
    let (path, record) = match file.split_once('#') {
        Some((path, n)) => (path, n.parse::<usize>().ok()),
        None => (file, None),
    };
    let all = files
        .entry(path.to_string())
        .or_insert_with(|| std::fs::read_to_string(root.join(path)).unwrap());
    match record {
        Some(n) => {
            let doc: serde_json::Value =
                serde_json::from_str(all.split('\n').nth(n - 1).unwrap()).unwrap();
            doc["text"].as_str().unwrap().to_string()
        }
        None => all.clone(),
    }
}

fn cleaned(text: &str) -> tifa::document::CleanDocument {
    let opts = tifa::input::InputOptions::default();
    let raw = tifa::input::read_bytes(text.as_bytes(), Path::new("a.txt"), "a", &opts)
        .documents
        .remove(0);
    tifa::clean::clean(&raw, &tifa::clean::CleanOptions::default())
}

/// The names of the features by id, as the rows give them (two names of one id would be
/// confused: checked).
type Names = HashMap<u64, String>;

/// The quoted rows of one set; the names of their features go to `names`.
fn rows_of(root: &Path, set: &str, tsv: &str, lexicon: &Lexicon, names: &mut Names) -> Vec<Row> {
    let mut cache = HashMap::new();
    let mut rows = Vec::new();
    for line in tsv.lines().filter(|l| !l.starts_with('#')) {
        let f: Vec<&str> = line.split('\t').collect();
        let [file, offset, label, name] = f[..] else {
            continue;
        };
        let chars: Vec<char> = text_of(root, file, &mut cache).chars().collect();
        let at: usize = offset.parse().unwrap();
        let end = at + name.chars().count();
        let (Some(&open), Some(&close)) = (chars.get(at.wrapping_sub(1)), chars.get(end)) else {
            continue;
        };
        if !matches!((open, close), ('“', '”') | ('《', '》')) {
            continue;
        }
        // The line holding the name: the evaluation types a name in its line.
        let lines = chars.split(|&c| c == '\n').scan(0, |from, l| {
            let span = (*from, *from + l.len());
            *from += l.len() + 1;
            Some(span)
        });
        let Some((start, stop)) = lines.into_iter().find(|&(_, stop)| stop >= end) else {
            continue;
        };
        let text: String = chars[start..stop].iter().collect();
        let terms = tifa::terms::extract(&cleaned(&text), lexicon.finder(), lexicon.tagger(), None);
        let key = tifa::terms::key_of(name);
        let rules: Option<&Term> = terms.iter().find(|t| t.key == key);
        let known = rules.is_some_and(|t| lexicon.finder().get(&t.key).is_some());
        let context = [&chars[start..at - 1], &chars[end + 1..stop]];
        let letters = ["P", "S", "D", "O"];
        let accepted = letters.map(|l| label.split('|').any(|x| x == l));
        let mut f = Features::named();
        features(name, context, open, rules, known, lexicon.tagger(), &mut f);
        for (id, n) in f.ids.iter().zip(f.names.unwrap_or_default()) {
            let known = names.entry(*id).or_insert_with(|| n.clone());
            assert_eq!(*known, n, "two features of one id");
        }
        rows.push(Row {
            set: set.to_string(),
            name: name.to_string(),
            label: label.to_string(),
            features: f.ids,
            accepted,
            other: label == "O",
            rules: rules.map(|t| t.category),
            settled: settled_quote(&chars, [at - 1, end + 1], rules, name, known),
            bare: bare_pair(name),
        });
    }
    rows
}

/// Trains a model on `rows`: the likelihood of the accepted classes (a label such as P|S
/// accepts either), AdaGrad steps in row order, L2.
fn train(rows: &[&Row]) -> Weights {
    let mut count: HashMap<u64, usize> = HashMap::new();
    for r in rows {
        for f in &r.features {
            *count.entry(*f).or_default() += 1;
        }
    }
    let mut w: Weights = count
        .iter()
        .filter(|(_, &n)| n >= MIN_COUNT)
        .map(|(f, _)| (*f, [0.0; 4]))
        .collect();
    let mut g2: HashMap<u64, [f64; 4]> = w.keys().map(|k| (*k, [1e-8; 4])).collect();
    for _ in 0..EPOCHS {
        for r in rows {
            let p = probabilities(&w, &r.features);
            let mass: f64 = (0..4).filter(|&k| r.accepted[k]).map(|k| p[k]).sum();
            let grad: [f64; 4] =
                std::array::from_fn(|k| p[k] - if r.accepted[k] { p[k] / mass } else { 0.0 });
            for f in &r.features {
                let (Some(wf), Some(gf)) = (w.get_mut(f), g2.get_mut(f)) else {
                    continue;
                };
                for k in 0..4 {
                    let g = grad[k] + L2 * wf[k];
                    gf[k] += g * g;
                    wf[k] -= RATE * g / gf[k].sqrt();
                }
            }
        }
    }
    w
}

/// Whether a row is typed right by `c`: an accepted class for a name, not a program or
/// slogan for another quote.
fn right(r: &Row, c: Option<Category>) -> bool {
    if r.other {
        !matches!(c, Some(Category::Program | Category::Slogan))
    } else {
        c.is_some_and(|c| r.accepted[CLASSES.iter().position(|&k| k == c).unwrap()])
    }
}

/// Counts [names right, names, others out, others] of the rules, the model, the hybrid as
/// integrated (the model on the quoted terms the rules do not settle), the model only where the rules make
/// no term, the model only where it is confident (probability 0.8 or more), and the model's
/// veto (`other` at 0.9 where the rules do not settle the quote).
fn score(rows: &[&Row], model: &Weights) -> [[usize; 4]; 6] {
    let mut s = [[0; 4]; 6];
    for r in rows {
        let p = probabilities(model, &r.features);
        let m = CLASSES[(0..4).fold(0, |b, i| if p[i] > p[b] { i } else { b })];
        let h = if r.settled || r.rules.is_none() {
            r.rules
        } else if r.bare && matches!(m, Category::Program | Category::Slogan) {
            Some(Category::Other)
        } else {
            Some(m)
        };
        let none = r.rules.or(Some(m));
        let sure = if p.iter().any(|&p| p >= 0.8) {
            Some(m)
        } else {
            r.rules
        };
        let veto = if !r.settled && p[3] >= 0.9 {
            Some(Category::Other)
        } else {
            r.rules
        };
        for (s, c) in s.iter_mut().zip([r.rules, Some(m), h, none, sure, veto]) {
            let i = if r.other { 2 } else { 0 };
            s[i] += usize::from(right(r, c));
            s[i + 1] += 1;
        }
    }
    s
}

/// The labelled sets the model learns from: every terms set but the fourth and fifth blind sets
/// (never opened), the ninth sample (a self-blind check drawn in the thirteenth session), the tenth
/// (the fourteenth session's), the eleventh (the fifteenth session's), the twelfth (the
/// sixteenth session's), the fourteenth (the seventeenth session's), the sixteenth (the
/// eighteenth session's) and the eighteenth (the twenty-first session's: learned from, it cost
/// five names of samples 9–17, docs/terms.md round 21).
fn training_sets() -> Vec<PathBuf> {
    let mut sets: Vec<PathBuf> = std::fs::read_dir("tests/data")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy();
            n.starts_with("terms-")
                && n.ends_with(".tsv")
                && n != "terms-blind4.tsv"
                && n != "terms-blind5.tsv"
                && n != "terms-sample9.tsv"
                && n != "terms-sample10.tsv"
                && n != "terms-sample11.tsv"
                && n != "terms-sample12.tsv"
                && n != "terms-sample13.tsv"
                && n != "terms-sample14.tsv"
                && n != "terms-sample16.tsv"
                && n != "terms-sample15.tsv"
                && n != "terms-sample17.tsv"
                && n != "terms-sample18.tsv"
        })
        .collect();
    sets.sort();
    sets
}

/// A table cell pair: names right of names, others kept out of others, with percents.
fn cell(s: [usize; 4]) -> String {
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    format!(
        "{}/{} ({:.1}%) | {}/{} ({:.1}%)",
        s[0],
        s[1],
        pct(s[0], s[1]),
        s[2],
        s[3],
        pct(s[2], s[3])
    )
}

/// Prints the leave-one-set-out table of `rows` over `sets`, with the pooled figures.
fn leave_one_set_out(sets: &[String], rows: &[Row]) {
    println!(
        "| set | quotes | rules: names | others out | model: names | others out | hybrid: names \
         | others out | where no rule term: names | others out | where sure: names | others out \
         | veto: names | others out |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    let mut pooled = [[0; 4]; 6];
    for set in sets {
        let (test, rest): (Vec<&Row>, Vec<&Row>) = rows.iter().partition(|r| &r.set == set);
        if test.is_empty() {
            continue;
        }
        let s = score(&test, &train(&rest));
        println!("| {set} | {} | {} |", test.len(), s.map(cell).join(" | "));
        for (p, s) in pooled.iter_mut().zip(s) {
            for (p, s) in p.iter_mut().zip(s) {
                *p += s;
            }
        }
    }
    println!(
        "| pooled | {} | {} |",
        rows.len(),
        pooled.map(cell).join(" | ")
    );
}

/// The weights table of `model` (its features named by `names`), as
/// `tifa::terms::learned::Model::parse` reads it: a header, then a line a feature (sorted by
/// name) with its four weights, those of 0.001 or more.
fn weights_text(model: &Weights, names: &Names) -> String {
    let mut out = String::from(
        "# The learned typing of quoted names (tifa::terms::learned), generated: do not edit.\n\
         # Regenerate: cargo run --example terms_classifier_train -- ../shared/corpora --write \
         src/terms/learned.tsv\n# A line a feature: its name, then its weights for P S D O.\n",
    );
    let mut rows: Vec<(&String, &[f64; 4])> = model.iter().map(|(f, w)| (&names[f], w)).collect();
    rows.sort_by(|a, b| a.0.cmp(b.0));
    for (f, w) in rows
        .into_iter()
        .filter(|(_, w)| w.iter().any(|x| x.abs() >= 1e-3))
    {
        let w = w.map(|x| format!("{x:.4}")).join("\t");
        out.push_str(&format!("{f}\t{w}\n"));
    }
    out
}

/// The sets, their quoted rows (see [`training_sets`]) and the names of their features.
fn labelled(root: &Path, lexicon: &Lexicon) -> (Vec<String>, Vec<Row>, Names) {
    let mut sets = Vec::new();
    let mut rows = Vec::new();
    let mut names = Names::new();
    for p in training_sets() {
        let set = p.file_stem().unwrap().to_string_lossy().to_string();
        let tsv = std::fs::read_to_string(&p).unwrap();
        rows.extend(rows_of(root, &set, &tsv, lexicon, &mut names));
        sets.push(set);
    }
    (sets, rows, names)
}

/// The weights table of the model trained on every set, as `--write` writes it (the test
/// `learned_weights_are_the_trainer_s` holds `src/terms/learned.tsv` to it).
pub fn weights_table(root: &Path) -> String {
    let (_, rows, names) = labelled(root, &Lexicon::new(&[]));
    weights_text(&train(&rows.iter().collect::<Vec<&Row>>()), &names)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = PathBuf::from(args.first().map_or("../shared/corpora", |s| s.as_str()));
    let option = |name: &str| args.iter().position(|a| a == name).map(|i| &args[i + 1]);
    let lexicon = Lexicon::new(&[]);
    let (sets, rows, mut names) = labelled(&root, &lexicon);
    leave_one_set_out(&sets, &rows);
    let all: Vec<&Row> = rows.iter().collect();
    let model = train(&all);
    if let Some(path) = option("--score") {
        // A set kept out of training and tuning, scored by the model trained on every set.
        let tsv = std::fs::read_to_string(path).unwrap();
        let kept = rows_of(&root, "check", &tsv, &lexicon, &mut names);
        let kept: Vec<&Row> = kept.iter().collect();
        let s = score(&kept, &model);
        println!("| {path} | {} | {} |", kept.len(), s.map(cell).join(" | "));
    }
    if let Some(path) = option("--rows") {
        // Each quoted row of a set: its label, the rules' category, whether they settle it,
        // and the model's probabilities (P S D O) — to read what typed a miss.
        let tsv = std::fs::read_to_string(path).unwrap();
        for r in rows_of(&root, "rows", &tsv, &lexicon, &mut names) {
            let p = probabilities(&model, &r.features).map(|p| format!("{p:.2}"));
            let how = if r.settled { "settled" } else { "open" };
            println!(
                "{}\t{}\t{:?}\t{how}\t{}",
                r.name,
                r.label,
                r.rules,
                p.join(" ")
            );
        }
    }
    if let Some(path) = option("--write") {
        std::fs::write(path, weights_text(&model, &names)).unwrap();
    }
}
