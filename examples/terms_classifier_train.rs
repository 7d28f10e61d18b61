//! Trains the learned typing of quoted names (`tifa::terms::learned`) on the labelled term
//! sets and reports it against the rules, leave one set out (issue 22, twelfth round).
//!
//!     cargo run --example terms_classifier_train -- [CORPORA] [--write FILE] [--score TSV]
//!
//! Reads every `tests/data/terms-*.tsv` but the fourth blind set (never opened) and the eighth
//! sample (the self-blind check), keeps the rows whose name the text quotes (“…” or 《…》), and
//! for each: the rules' term of the name in its line (`terms::extract` with the built-in
//! vocabulary, as the evaluation reads it) and the features of `learned::features`. For every
//! set in turn it trains on the others and scores that set three ways: the rules, the model,
//! and the hybrid (the rules where `learned::settled`, the model elsewhere): real names typed
//! with an accepted category, other quotes kept out of programs and slogans. With `--write`,
//! the model trained on all sets is written as a weights table; with `--score`, that model
//! scores a set kept out of training (the eighth sample), once. Deterministic: rows in file
//! order, fixed epochs and rates, no randomness.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use tifa::terms::learned::{features, probabilities, settled, Model, CLASSES};
use tifa::terms::{Category, Term};

/// Passes over the rows, AdaGrad's rate, the L2 penalty, and the fewest rows a feature must
/// occur in: the best pooled figures of the few settings tried (docs/terms.md, twelfth round).
const EPOCHS: usize = 40;
const RATE: f64 = 0.2;
const L2: f64 = 1e-3;
const MIN_COUNT: usize = 1;

/// One labelled quote: its set, features, accepted classes, the rules' category and whether
/// the rules settled it.
struct Row {
    set: String,
    features: Vec<String>,
    accepted: [bool; 4],
    other: bool,
    rules: Option<Category>,
    settled: bool,
}

fn text_of(root: &Path, file: &str, cache: &mut HashMap<String, String>) -> String {
    if let Some(t) = cache.get(file) {
        return t.clone();
    }
    let text = match file.split_once('#') {
        Some((path, line)) => {
            let all = std::fs::read_to_string(root.join(path)).unwrap();
            let line = all.lines().nth(line.parse::<usize>().unwrap() - 1).unwrap();
            let doc: serde_json::Value = serde_json::from_str(line).unwrap();
            doc["text"].as_str().unwrap().to_string()
        }
        None => std::fs::read_to_string(root.join(file)).unwrap(),
    };
    cache.insert(file.to_string(), text.clone());
    text
}

fn cleaned(text: &str) -> tifa::document::CleanDocument {
    let opts = tifa::input::InputOptions::default();
    let raw = tifa::input::read_bytes(text.as_bytes(), Path::new("a.txt"), "a", &opts)
        .documents
        .remove(0);
    tifa::clean::clean(&raw, &tifa::clean::CleanOptions::default())
}

/// The quoted rows of one set.
fn rows_of(root: &Path, set: &str, tsv: &str, lexicon: &tifa::lexicon::Lexicon) -> Vec<Row> {
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
        let start = chars[..at]
            .iter()
            .rposition(|&c| c == '\n')
            .map_or(0, |p| p + 1);
        let stop = chars[at..]
            .iter()
            .position(|&c| c == '\n')
            .map_or(chars.len(), |p| at + p);
        let text: String = chars[start..stop].iter().collect();
        let terms = tifa::terms::extract(&cleaned(&text), lexicon.finder(), lexicon.tagger());
        let key = tifa::terms::key_of(name);
        let rules: Option<&Term> = terms.iter().find(|t| t.key == key);
        let context = [&chars[start..at - 1], &chars[end + 1..stop]];
        let letters = ["P", "S", "D", "O"];
        let accepted = letters.map(|l| label.split('|').any(|x| x == l));
        rows.push(Row {
            set: set.to_string(),
            features: features(name, context, open, rules, lexicon.tagger()),
            accepted,
            other: label == "O",
            rules: rules.map(|t| t.category),
            settled: settled(rules, name),
        });
    }
    rows
}

/// Trains a model on `rows`: the likelihood of the accepted classes (a label such as P|S
/// accepts either), AdaGrad steps in row order, L2.
fn train(rows: &[&Row]) -> Model {
    let mut count: HashMap<&str, usize> = HashMap::new();
    for r in rows {
        for f in &r.features {
            *count.entry(f.as_str()).or_default() += 1;
        }
    }
    let mut w: HashMap<String, [f64; 4]> = count
        .iter()
        .filter(|(_, &n)| n >= MIN_COUNT)
        .map(|(f, _)| (f.to_string(), [0.0; 4]))
        .collect();
    let mut g2: HashMap<String, [f64; 4]> = w.keys().map(|k| (k.clone(), [1e-8; 4])).collect();
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
    Model::new(w)
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

/// Counts [names right, names, others out, others] of the rules, the model, the hybrid
/// (the model where the rules do not settle a quote), the model only where the rules make
/// no term, and the model only where it is confident (probability 0.8 or more) and disagrees.
fn score(rows: &[&Row], model: &Model) -> [[usize; 4]; 5] {
    let mut s = [[0; 4]; 5];
    for r in rows {
        let p = model.probabilities(&r.features);
        let m = model.predict(&r.features);
        let h = if r.settled { r.rules } else { Some(m) };
        let none = r.rules.or(Some(m));
        let sure = if p.iter().any(|&p| p >= 0.8) {
            Some(m)
        } else {
            r.rules
        };
        for (s, c) in s.iter_mut().zip([r.rules, Some(m), h, none, sure]) {
            let i = if r.other { 2 } else { 0 };
            s[i] += usize::from(right(r, c));
            s[i + 1] += 1;
        }
    }
    s
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = PathBuf::from(args.first().map_or("../shared/corpora", |s| s.as_str()));
    let option = |name: &str| args.iter().position(|a| a == name).map(|i| &args[i + 1]);
    let (write, check) = (option("--write"), option("--score"));
    let lexicon = tifa::lexicon::Lexicon::new(&[]);
    let mut sets: Vec<PathBuf> = std::fs::read_dir("tests/data")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy();
            n.starts_with("terms-")
                && n.ends_with(".tsv")
                && n != "terms-blind4.tsv"
                && n != "terms-sample8.tsv"
        })
        .collect();
    sets.sort();
    let mut rows = Vec::new();
    for p in &sets {
        let set = p.file_stem().unwrap().to_string_lossy().to_string();
        rows.extend(rows_of(
            &root,
            &set,
            &std::fs::read_to_string(p).unwrap(),
            &lexicon,
        ));
    }
    println!(
        "| set | quotes | rules: names | others out | model: names | others out | hybrid: names \
         | others out | where no rule term: names | others out | where sure: names | others out |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|");
    let mut pooled = [[0; 4]; 5];
    for p in &sets {
        let set = p.file_stem().unwrap().to_string_lossy().to_string();
        let (test, rest): (Vec<&Row>, Vec<&Row>) = rows.iter().partition(|r| r.set == set);
        let s = score(&test, &train(&rest));
        let cell = |s: [usize; 4]| format!("{}/{} | {}/{}", s[0], s[1], s[2], s[3]);
        println!("| {set} | {} | {} |", test.len(), s.map(cell).join(" | "));
        for (p, s) in pooled.iter_mut().zip(s) {
            for (p, s) in p.iter_mut().zip(s) {
                *p += s;
            }
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    let cell = |s: [usize; 4]| {
        format!(
            "{}/{} ({:.1}%) | {}/{} ({:.1}%)",
            s[0],
            s[1],
            pct(s[0], s[1]),
            s[2],
            s[3],
            pct(s[2], s[3])
        )
    };
    println!(
        "| pooled | {} | {} |",
        rows.len(),
        pooled.map(cell).join(" | ")
    );
    let all: Vec<&Row> = rows.iter().collect();
    let model = train(&all);
    if let Some(path) = check {
        // A set kept out of training and tuning (the eighth sample), scored once by the model
        // trained on every set.
        let tsv = std::fs::read_to_string(path).unwrap();
        let kept = rows_of(&root, "check", &tsv, &lexicon);
        let kept: Vec<&Row> = kept.iter().collect();
        println!(
            "| {path} | {} | {} |",
            kept.len(),
            score(&kept, &model).map(cell).join(" | ")
        );
    }
    if let Some(path) = write {
        let mut out = String::from(
            "# Weights of tifa::terms::learned (examples/terms_classifier_train.rs --write): \
             feature, then P S D O.\n",
        );
        for (f, w) in model.rows() {
            if w.iter().any(|x| x.abs() >= 1e-3) {
                out.push_str(&format!(
                    "{f}\t{:.4}\t{:.4}\t{:.4}\t{:.4}\n",
                    w[0], w[1], w[2], w[3]
                ));
            }
        }
        std::fs::write(path, out).unwrap();
    }
}
