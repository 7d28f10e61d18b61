//! Round 12 (docs/claims.md, "Round 12: a learned subject ranker"): the trainer and the
//! report of the subject ranker the library uses where the rules give no subject
//! (`tifa::claims::rank`). For every labelled number of `tests/data/claims_*.tsv` (never the
//! fourth blind set), the library's candidate subjects and features
//! (`tifa::claims::rules_and_candidates`), and a softmax ranker (logistic regression over
//! the candidates of one number) trained by deterministic full-batch gradient descent;
//! scored leave-one-set-out against the rules.
//!
//! Run from the repository root: `cargo run --example subject_ranker` (needs
//! `../shared/corpora`): the oracle recall of the candidates a set, then the
//! leave-one-set-out table (train on every set but one, score that one; "fill" is what the
//! library does), then the weights trained on every set. `--write-weights` writes those
//! weights to `src/claims/rank_weights.rs` and stops (run it after any change of the rules
//! or of the features: the rules' answer is a feature). `--recall` stops after the recall;
//! `--misses` lists the rows where the ranker and the rules differ in strict agreement,
//! `--hard` the rows the ranker misses though a right candidate was offered; `--score FILE`
//! trains on every set and scores one other file of tests/data. `RANKER_NO_RULES=1` drops
//! the features that read the rules' answer; `RANKER_L2`, `RANKER_STEPS`, `RANKER_RATE` set
//! the trainer (defaults 0.01, 800, 1.0). Deterministic: the same output on every run.

use std::collections::HashMap;
use tifa::claims::rank::{choose, choose_at, score, Candidate, FEATURES};
use tifa::claims::rules_and_candidates;

/// The labelled sets used (the fourth blind set and the tenth sample are never read).
const SETS: &[&str] = &[
    "claims_eval.tsv",
    "claims_heldout.tsv",
    "claims_fresh.tsv",
    "claims_sample.tsv",
    "claims_sample2.tsv",
    "claims_sample3.tsv",
    "claims_sample4.tsv",
    "claims_sample5.tsv",
    "claims_sample6.tsv",
    "claims_sample7.tsv",
    "claims_sample8.tsv",
    "claims_sample9.tsv",
    "claims_sample10.tsv",
    "claims_blind.tsv",
    "claims_blind2.tsv",
    "claims_blind3.tsv",
];

/// One labelled number: its set, the label, the rules' answer and the candidates.
struct Row {
    set: usize,
    label: String,
    rules: Option<String>,
    candidates: Vec<Candidate>,
}

/// A line of a corpus file (the `text` of a JSONL record); files read once.
fn corpus_line(
    files: &mut HashMap<String, String>,
    root: &std::path::Path,
    file: &str,
    line: usize,
) -> String {
    let text = files
        .entry(file.to_string())
        .or_insert_with(|| std::fs::read_to_string(root.join(file)).expect(file));
    let raw = text.split('\n').nth(line - 1).expect("line");
    if !file.ends_with(".jsonl") {
        return raw.to_string();
    }
    let record: serde_json::Value = serde_json::from_str(raw).expect("JSON");
    record["text"].as_str().expect("text").to_string()
}

fn line_holding(record: &str, start: usize) -> (String, usize) {
    let mut line_start = 0;
    for line in record.split('\n') {
        let chars = line.chars().count();
        if start <= line_start + chars {
            return (line.to_string(), start - line_start);
        }
        line_start += chars + 1;
    }
    panic!("offset past the end")
}

fn strict(got: Option<&str>, label: &str) -> bool {
    match got {
        None => label == "!",
        Some(got) => label.split('|').any(|l| got == l),
    }
}

fn lenient(got: Option<&str>, label: &str) -> bool {
    let Some(got) = got else { return false };
    label != "!"
        && label
            .split('|')
            .any(|l| got == l || got.ends_with(l) || l.ends_with(got) && got.chars().count() >= 2)
}

fn load(root: &std::path::Path, jieba: &jieba_rs::Jieba, sets: &[&str]) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut files = HashMap::new();
    let mut lines: HashMap<(String, usize), String> = HashMap::new();
    let compounds = tifa::claims::Compounds::builtin();
    // RANKER_NO_RULES=1: the ranker without the rules' answer among its features.
    let blind = std::env::var_os("RANKER_NO_RULES").is_some();
    for (set, name) in sets.iter().enumerate() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
        let text = std::fs::read_to_string(dir.join(name)).expect(name);
        for row in text.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = row.split('\t').collect();
            let [file, line, start, _, kind, _, _, subject] = f[..] else {
                panic!("bad row {row}")
            };
            if kind == "none" || subject == "-" {
                continue;
            }
            let key = (file.to_string(), line.parse().unwrap());
            let record = lines
                .entry(key.clone())
                .or_insert_with(|| corpus_line(&mut files, root, file, key.1))
                .clone();
            let (line, start) = line_holding(&record, start.parse().unwrap());
            let claims = rules_and_candidates(&line, jieba, &compounds);
            let claim = claims
                .into_iter()
                .find(|(c, _)| c.span[0] <= start && start < c.span[1]);
            let (rules, mut candidates) =
                claim.map_or((None, Vec::new()), |(c, cands)| (c.subject, cands));
            if blind {
                for c in &mut candidates {
                    c.features.retain(|(i, _)| !rule_derived(*i));
                }
            }
            rows.push(Row {
                set,
                label: subject.to_string(),
                rules,
                candidates,
            });
        }
    }
    rows
}

/// Whether feature `i` reads the rules' answer.
fn rule_derived(i: usize) -> bool {
    FEATURES[i].contains("rules") || FEATURES[i].starts_with("dropped")
}

/// The softmax of the candidates' scores.
fn scores(w: &[f64], candidates: &[Candidate]) -> Vec<f64> {
    let s: Vec<f64> = candidates.iter().map(|c| score(w, &c.features)).collect();
    let max = s.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let e: Vec<f64> = s.iter().map(|x| (x - max).exp()).collect();
    let z: f64 = e.iter().sum();
    e.into_iter().map(|x| x / z).collect()
}

/// Full-batch gradient descent on the softmax log-likelihood of the right candidates (any
/// strict variant), L2-regularised; deterministic.
fn train(rows: &[&Row]) -> Vec<f64> {
    let mut w = vec![0.0; FEATURES.len()];
    let usable: Vec<(&Row, Vec<bool>)> = rows
        .iter()
        .map(|r| {
            let right: Vec<bool> = r
                .candidates
                .iter()
                .map(|c| strict(c.text.as_deref(), &r.label))
                .collect();
            (*r, right)
        })
        .filter(|(_, right)| right.iter().any(|x| *x))
        .collect();
    let env = |k: &str, d: f64| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(d)
    };
    let (rate, l2, steps) = (
        env("RANKER_RATE", 1.0),
        env("RANKER_L2", 1e-2),
        env("RANKER_STEPS", 800.0),
    );
    for _ in 0..steps as usize {
        let mut g = vec![0.0; FEATURES.len()];
        for (r, right) in &usable {
            let p = scores(&w, &r.candidates);
            let z: f64 = p
                .iter()
                .zip(right)
                .filter(|(_, r)| **r)
                .map(|(p, _)| p)
                .sum();
            for (c, (pk, rk)) in r.candidates.iter().zip(p.iter().zip(right)) {
                // d log(sum_right p) / d s_k = [right] p_k / z − p_k
                let coef = if *rk { pk / z } else { 0.0 } - pk;
                for (i, v) in &c.features {
                    g[*i] += coef * v;
                }
            }
        }
        let n = usable.len().max(1) as f64;
        for (wi, gi) in w.iter_mut().zip(&g) {
            *wi += rate * (gi / n - l2 * *wi);
        }
    }
    w
}

/// The weights trained on every labelled set (what `src/claims/rank_weights.rs` holds).
pub fn trained_weights(root: &std::path::Path, jieba: &jieba_rs::Jieba) -> Vec<f64> {
    let rows = load(root, jieba, SETS);
    train(&rows.iter().collect::<Vec<_>>())
}

/// Where the library's weights are, from the repository root.
const WEIGHTS_FILE: &str = "src/claims/rank_weights.rs";

/// The text of `src/claims/rank_weights.rs` for weights `w`.
pub fn weights_file(w: &[f64]) -> String {
    let mut out = String::from(
        "//! Weights of the subject ranker (`rank.rs`), one a feature in the order of\n\
         //! `rank::FEATURES`. Written by the trainer: regenerate with\n\
         //! `cargo run --example subject_ranker -- --write-weights` (needs `../shared/corpora`);\n\
         //! `cargo test --test claims ranker_weights_are_the_trained_ones` checks them.\n\n\
         /// (feature, weight), in the order of `rank::FEATURES`.\n\
         pub(super) const WEIGHTS: &[(&str, f64)] = &[\n",
    );
    for (name, wi) in FEATURES.iter().zip(w) {
        out.push_str(&format!("    (\"{name}\", {wi:?}),\n"));
    }
    out.push_str("];\n");
    out
}

/// The ranker's answer; the hybrid's at `margin` (the ranker overrides the rules only when
/// its top candidate's probability exceeds the rules' answer's by `margin`); at a margin
/// over 1, "fill": the library's choice (`rank::choose`) only where the rules give none.
fn answer(jieba: &jieba_rs::Jieba, w: &[f64], r: &Row, margin: f64) -> Option<String> {
    if margin > 1.0 {
        return r.rules.clone().or_else(|| choose(jieba, w, &r.candidates));
    }
    if r.candidates.is_empty() {
        return r.rules.clone();
    }
    let p = scores(w, &r.candidates);
    let top = (0..p.len())
        .max_by(|&a, &b| p[a].total_cmp(&p[b]).then(b.cmp(&a)))
        .unwrap();
    let rules_p = r
        .candidates
        .iter()
        .position(|c| c.text == r.rules)
        .map_or(0.0, |k| p[k]);
    if p[top] - rules_p >= margin {
        r.candidates[top].text.clone()
    } else {
        r.rules.clone()
    }
}

#[derive(Default, Clone, Copy)]
struct Tally {
    n: usize,
    strict: usize,
    lenient: usize,
}

fn tally(rows: &[&Row], pick: impl Fn(&Row) -> Option<String>) -> Tally {
    let mut t = Tally::default();
    for r in rows {
        let got = pick(r);
        t.n += 1;
        t.strict += usize::from(strict(got.as_deref(), &r.label));
        t.lenient += usize::from(lenient(got.as_deref(), &r.label));
    }
    t
}

/// Trains on every labelled set and scores `name` (a file of tests/data, not one of them):
/// rules, ranker, and "fill", the ranker only where the rules give no subject.
fn score_one(root: &std::path::Path, jieba: &jieba_rs::Jieba, name: &str) {
    assert!(
        !name.contains("blind4"),
        "the fourth blind set is never read"
    );
    let rows = load(root, jieba, SETS);
    let all: Vec<&Row> = rows.iter().collect();
    let w = train(&all);
    let test = load(root, jieba, &[name]);
    let test: Vec<&Row> = test.iter().collect();
    let rules = tally(&test, |r| r.rules.clone());
    let ranker = tally(&test, |r| answer(jieba, &w, r, 0.0));
    let fill = tally(&test, |r| answer(jieba, &w, r, 2.0));
    println!(
        "{name}: {} subjects; strict / lenient: rules {}/{}, ranker {}/{}, fill {}/{}",
        rules.n,
        rules.strict,
        rules.lenient,
        ranker.strict,
        ranker.lenient,
        fill.strict,
        fill.lenient
    );
}

fn main() {
    let root = &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora");
    let jieba = jieba_rs::Jieba::new();
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "--write-weights") {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(WEIGHTS_FILE);
        let text = weights_file(&trained_weights(root, &jieba));
        std::fs::write(&path, text).expect("weights file");
        println!("wrote {}", path.display());
        return;
    }
    if let Some(k) = args.iter().position(|a| a == "--score") {
        score_one(root, &jieba, &args[k + 1]);
        return;
    }
    let rows = load(root, &jieba, SETS);
    // Oracle recall: a right subject (strict) among the candidates.
    let mut total = (0, 0, 0);
    for (s, name) in SETS.iter().enumerate() {
        let set: Vec<&Row> = rows.iter().filter(|r| r.set == s).collect();
        let hit = set
            .iter()
            .filter(|r| {
                r.candidates
                    .iter()
                    .any(|c| strict(c.text.as_deref(), &r.label))
            })
            .count();
        let cands: usize = set.iter().map(|r| r.candidates.len()).sum();
        println!(
            "recall {name}: {hit}/{} ({} candidates a number)",
            set.len(),
            cands / set.len().max(1)
        );
        total = (total.0 + hit, total.1 + set.len(), total.2 + cands);
    }
    println!(
        "recall all: {}/{} ({} candidates a number)",
        total.0,
        total.1,
        total.2 / total.1.max(1)
    );
    if args.iter().any(|a| a == "--recall") {
        return;
    }
    let margins = [0.0, 0.2, 0.4, 0.6, 2.0];
    let mut pooled = vec![Tally::default(); 2 + margins.len()];
    println!("set\tn\trules strict/lenient\tranker strict/lenient\tfill strict/lenient");
    for (s, name) in SETS.iter().enumerate() {
        let train_rows: Vec<&Row> = rows.iter().filter(|r| r.set != s).collect();
        let test: Vec<&Row> = rows.iter().filter(|r| r.set == s).collect();
        let w = train(&train_rows);
        let mut t = vec![tally(&test, |r| r.rules.clone())];
        for m in margins {
            t.push(tally(&test, |r| answer(&jieba, &w, r, m)));
        }
        for (p, x) in pooled.iter_mut().zip(&t) {
            p.n += x.n;
            p.strict += x.strict;
            p.lenient += x.lenient;
        }
        println!(
            "{name}\t{}\t{}/{}\t{}/{}\t{}/{}",
            t[0].n, t[0].strict, t[0].lenient, t[1].strict, t[1].lenient, t[5].strict, t[5].lenient
        );
        if args.iter().any(|a| a == "--hard") {
            for r in &test {
                let got = answer(&jieba, &w, r, 0.0);
                let reachable = r
                    .candidates
                    .iter()
                    .any(|c| strict(c.text.as_deref(), &r.label));
                if reachable && !strict(got.as_deref(), &r.label) {
                    println!("  hard: {:?} (rules {:?}), want {}", got, r.rules, r.label);
                }
            }
        }
        if args.iter().any(|a| a == "--misses") {
            for r in &test {
                let got = answer(&jieba, &w, r, 0.0);
                if strict(got.as_deref(), &r.label) != strict(r.rules.as_deref(), &r.label) {
                    println!("  {:?} vs rules {:?}, want {}", got, r.rules, r.label);
                }
            }
        }
    }
    let p = &pooled;
    println!(
        "pooled\t{}\t{}/{}\t{}/{}\t{}/{}",
        p[0].n, p[0].strict, p[0].lenient, p[1].strict, p[1].lenient, p[5].strict, p[5].lenient
    );
    for (m, x) in margins.iter().zip(&p[1..]) {
        println!(
            "margin {m} (2: only where the rules give none): strict {}/{} lenient {}/{}",
            x.strict, x.n, x.lenient, x.n
        );
    }
    // Round 13: the fill's least margin over "no subject", leave-one-set-out, on the numbers
    // the rules leave without a subject: answered, right (strict / lenient), wrong (neither),
    // and the labelled "no subject"s refused rightly.
    let trained: Vec<Vec<f64>> = (0..SETS.len())
        .map(|s| train(&rows.iter().filter(|r| r.set != s).collect::<Vec<_>>()))
        .collect();
    for m in [0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5] {
        let (mut n, mut answered, mut strict_right, mut lenient_right, mut wrong, mut none_right) =
            (0, 0, 0, 0, 0, 0);
        for r in rows.iter().filter(|r| r.rules.is_none()) {
            n += 1;
            let got = choose_at(&jieba, &trained[r.set], &r.candidates, m);
            answered += usize::from(got.is_some());
            let (s, l) = (
                strict(got.as_deref(), &r.label),
                lenient(got.as_deref(), &r.label),
            );
            strict_right += usize::from(s && got.is_some());
            lenient_right += usize::from(l);
            wrong += usize::from(got.is_some() && !s && !l);
            none_right += usize::from(got.is_none() && r.label == "!");
        }
        println!(
            "fill margin {m}: of {n} numbers without a rules subject, answered {answered}, \
             right {strict_right} strict / {lenient_right} lenient, wrong {wrong}, \
             no subject rightly {none_right}"
        );
    }
    let all: Vec<&Row> = rows.iter().collect();
    let w = train(&all);
    for (name, wi) in FEATURES.iter().zip(&w) {
        println!("weight {name}\t{wi:.3}");
    }
}
