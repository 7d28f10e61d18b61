//! How well tifa's dedup similarity scores separate the labelled SOHU 2021 text-matching pairs.
//!
//! For every pair in `../shared/corpora/labeled/sohu2021_text_match_samples/pairs.tsv.txt`
//! (columns: id, label_type, label, source_len, target_len, source, target) this computes
//! `tifa::dedup::compare` (shingle Jaccard and containment) and prints, per label type × label,
//! the mean/median scores and how many pairs pass the default thresholds (Jaccard ≥ 0.7 makes a
//! near-duplicate, containment ≥ 0.8 a truncated copy), a Jaccard histogram, the best-scoring
//! positives and the negatives that pass a threshold (false positives).
//!
//! Note that label 1 means "same topic / same event" in SOHU 2021, not "copy of each other", so
//! a dedup similarity is not expected to find most positives.
//!
//! Usage: cargo run --release --example dedup_pairs [-- PATH/TO/pairs.tsv.txt]

use std::collections::BTreeMap;
use tifa::dedup::cluster::{compare, Similarity};

const DEFAULT: &str = "../shared/corpora/labeled/sohu2021_text_match_samples/pairs.tsv.txt";
const JACCARD: f64 = 0.7;
const CONTAINMENT: f64 = 0.8;

struct Pair {
    id: String,
    kind: String,
    label: String,
    source: String,
    target: String,
    sim: Similarity,
}

impl Pair {
    fn near(&self) -> bool {
        self.sim.jaccard >= JACCARD
    }
    fn contained(&self) -> bool {
        self.sim.containment >= CONTAINMENT
    }
    fn flagged(&self) -> bool {
        self.near() || self.contained()
    }
    fn best(&self) -> f64 {
        self.sim.jaccard.max(self.sim.containment)
    }
}

fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len().max(1) as f64
}

fn median(xs: &mut [f64]) -> f64 {
    if xs.is_empty() {
        return f64::NAN;
    }
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    if n % 2 == 1 {
        xs[n / 2]
    } else {
        (xs[n / 2 - 1] + xs[n / 2]) / 2.0
    }
}

/// The first `n` characters on one line, with an ellipsis if cut.
fn clip(text: &str, n: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out: String = flat.chars().take(n).collect();
    if flat.chars().count() > n {
        out.push('…');
    }
    out
}

fn show(p: &Pair) {
    println!(
        "  #{:<4} {} label={} jaccard={:.3} containment={:.3}",
        p.id, p.kind, p.label, p.sim.jaccard, p.sim.containment
    );
    println!("      source: {}", clip(&p.source, 60));
    println!("      target: {}", clip(&p.target, 60));
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| DEFAULT.to_string());
    let Ok(text) = std::fs::read_to_string(&path) else {
        println!("{path} not found (run from the crate root, /work/main); nothing to measure");
        return;
    };
    let mut malformed = 0usize;
    let mut pairs = Vec::new();
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.trim_end_matches('\r').split('\t').collect();
        if f.len() != 7 || !matches!(f[2], "0" | "1") {
            malformed += 1;
            continue;
        }
        pairs.push(Pair {
            id: f[0].to_string(),
            kind: f[1].to_string(),
            label: f[2].to_string(),
            source: f[5].to_string(),
            target: f[6].to_string(),
            sim: compare(f[5], f[6]),
        });
    }
    println!(
        "{path}: {} pairs, {malformed} malformed lines skipped",
        pairs.len()
    );
    println!("thresholds: near-duplicate jaccard >= {JACCARD}, truncated copy containment >= {CONTAINMENT}\n");

    let mut groups: BTreeMap<(&str, &str), Vec<&Pair>> = BTreeMap::new();
    for p in &pairs {
        groups.entry((&p.kind, &p.label)).or_default().push(p);
    }
    println!(
        "{:<8} {:>5} {:>5} {:>7} {:>7} {:>7} {:>7} {:>8} {:>8} {:>8} {:>5}",
        "type",
        "label",
        "n",
        "J mean",
        "J med",
        "C mean",
        "C med",
        "J>=0.7",
        "C>=0.8",
        "either",
        "same"
    );
    for ((kind, label), ps) in &groups {
        let mut js: Vec<f64> = ps.iter().map(|p| p.sim.jaccard).collect();
        let mut cs: Vec<f64> = ps.iter().map(|p| p.sim.containment).collect();
        let count = |f: fn(&Pair) -> bool| ps.iter().filter(|p| f(p)).count();
        println!(
            "{:<8} {:>5} {:>5} {:>7.3} {:>7.3} {:>7.3} {:>7.3} {:>8} {:>8} {:>8} {:>5}",
            kind,
            label,
            ps.len(),
            mean(&js),
            median(&mut js),
            mean(&cs),
            median(&mut cs),
            count(Pair::near),
            count(Pair::contained),
            count(Pair::flagged),
            count(|p| p.source.trim() == p.target.trim()),
        );
    }

    let top = |f: fn(&Similarity) -> f64| {
        let neg = pairs.iter().filter(|p| p.label == "0");
        neg.map(|p| f(&p.sim)).fold(0.0, f64::max)
    };
    let (max_j, max_c) = (top(|s| s.jaccard), top(|s| s.containment));
    let above = pairs
        .iter()
        .filter(|p| p.label == "1" && (p.sim.jaccard > max_j || p.sim.containment > max_c))
        .count();
    println!("(same = source and target identical after trimming)");
    println!("highest negative: jaccard {max_j:.3}, containment {max_c:.3}; positives above either: {above}");

    println!("\nJaccard histogram (pairs per bin)");
    print!("{:<8} {:>5}", "type", "label");
    for b in 0..10 {
        print!(
            " {:>7}",
            format!("{:.1}-{:.1}", b as f64 / 10.0, (b + 1) as f64 / 10.0)
        );
    }
    println!();
    for ((kind, label), ps) in &groups {
        let mut bins = [0usize; 10];
        for p in ps {
            bins[((p.sim.jaccard * 10.0) as usize).min(9)] += 1;
        }
        print!("{kind:<8} {label:>5}");
        for n in bins {
            print!(" {n:>7}");
        }
        println!();
    }

    let mut positives: Vec<&Pair> = pairs.iter().filter(|p| p.label == "1").collect();
    positives.sort_by(|a, b| b.best().total_cmp(&a.best()));
    println!("\nHighest-scoring positives (by max of jaccard, containment), top 10:");
    positives.iter().take(10).for_each(|p| show(p));

    let false_pos: Vec<&Pair> = pairs
        .iter()
        .filter(|p| p.label == "0" && p.flagged())
        .collect();
    let negatives = pairs.iter().filter(|p| p.label == "0").count();
    println!(
        "\nNegatives passing a threshold (false positives): {} of {negatives}",
        false_pos.len()
    );
    false_pos.iter().take(10).for_each(|p| show(p));
}
