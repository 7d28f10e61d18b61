//! Measures of document pairs on the text `tifa dedup` compares them by (each paragraph's text
//! once, after cleaning and normalization): one JSON line of input `{"a": text, "b": text}` →
//! one line of measures, for `examples/dedup_pairs_verdicts.py` (the dev sets' false links and
//! misses tabulated with every labelled pair).
//!
//! Measures: normalized lengths; the Jaccard of 5-char shingles and the share of the smaller's
//! in the larger (`covered`, 0 under 10 shingles); aligned char by char (Myers, the shorter
//! against the longer), the shorter's chars in runs of 8 or more (`aligned8`) and of 3 or more
//! (`aligned3`); the longer's own text before its last such run of 8, its longest stretch and
//! in all (`own_longest`, `own_total`), where the first and last runs stand in the longer
//! (`first`, `last`); every shared run of 4 chars or more (`runs`: index in the shorter, in
//! the longer, length; seventeenth session: where the two texts differ); and the head of each
//! normalized text (`head_a`, `head_b`, 300 chars).
//! With `--verdict` (fifteenth session), also what the document verdict the CLI and Spark share
//! says of the pair were it a candidate (`verdict`: linked; `slots`: the template slots the
//! word-level check found): a labelled copy tifa misses with `verdict` true was no candidate.
//! With `--texts` (twentieth session), also both normalized texts whole (`norm_a`, `norm_b`), for
//! `examples/dedup_pairs_authors.py`.
//!
//! Usage: `cargo run --example dedup_norm < pairs.jsonl > measures.jsonl`

use similar::{capture_diff_slices, Algorithm, DiffOp};
use std::io::{BufRead, Write};
use tifa::dedup::cluster::DedupOptions;
use tifa::dedup::distributed::{jsonl_doc_row, Blocks, DocSide};
use tifa::dedup::minhash::shingles;
use tifa::input::InputOptions;

fn norm(text: &str, opts: &InputOptions) -> Vec<char> {
    let line = serde_json::json!({ "text": text }).to_string();
    jsonl_doc_row("pairs.jsonl", 1, &line, opts).map_or_else(Vec::new, |r| r.norm.chars().collect())
}

fn shared(a: &[u64], b: &[u64]) -> usize {
    let b: std::collections::HashSet<_> = b.iter().collect();
    a.iter().filter(|s| b.contains(s)).count()
}

fn measures(na: &[char], nb: &[char]) -> serde_json::Value {
    let (sa, sb) = (shingles(na, 5), shingles(nb, 5));
    let inter = shared(&sa, &sb);
    let union = sa.len() + sb.len() - inter;
    let small = sa.len().min(sb.len());
    let covered = if small < 10 {
        0.0
    } else {
        inter as f64 / small as f64
    };
    let (short, long) = if na.len() <= nb.len() {
        (na, nb)
    } else {
        (nb, na)
    };
    let (mut a8, mut a3, mut own, mut longest, mut total) = (0, 0, 0, 0, 0);
    let mut runs: Vec<usize> = Vec::new();
    let (mut first, mut last) = (None, 0);
    // Every shared run of 4 chars or more: [index in the shorter, in the longer, length].
    let mut shared_runs: Vec<[usize; 3]> = Vec::new();
    if long.len() <= 40_000 && !short.is_empty() {
        for op in capture_diff_slices(Algorithm::Myers, short, long) {
            if let DiffOp::Equal {
                old_index,
                new_index,
                len,
            } = op
            {
                if len >= 4 {
                    shared_runs.push([old_index, new_index, len]);
                }
            }
            match op {
                DiffOp::Equal { len, new_index, .. } if len >= 8 => {
                    a8 += len;
                    a3 += len;
                    runs.push(len);
                    first.get_or_insert(new_index);
                    last = new_index + len;
                    longest = longest.max(own);
                    total += own;
                    own = 0;
                }
                DiffOp::Equal { len, .. } => {
                    if len >= 3 {
                        a3 += len;
                    }
                    own += len;
                }
                _ => own += op.new_range().len(),
            }
        }
    }
    let n = |x: usize, of: usize| x as f64 / of.max(1) as f64;
    let at_least = |k: usize| runs.iter().filter(|&&r| r >= k).sum::<usize>();
    serde_json::json!({
        "len_a": na.len(), "len_b": nb.len(),
        "j": n(inter, union), "covered": covered,
        "aligned8": n(a8, short.len()), "aligned8_long": n(a8, long.len()),
        "aligned3": n(a3, short.len()),
        "aligned16": n(at_least(16), short.len()), "aligned32": n(at_least(32), short.len()),
        "aligned64": n(at_least(64), short.len()), "runs8": runs.len(),
        "own_longest": n(longest, long.len()), "own_total": n(total, long.len()),
        "first": n(first.unwrap_or(0), long.len()), "last": n(last, long.len()),
        "runs": shared_runs,
        "head_a": na.iter().take(300).collect::<String>(),
        "head_b": nb.iter().take(300).collect::<String>(),
    })
}

/// The shared document verdict of two normalized texts (no paragraph clusters: the pair alone).
fn verdict(blocks: &Blocks, na: &[char], nb: &[char]) -> (bool, usize) {
    let side = |n: &[char]| DocSide {
        norm: n.iter().collect(),
        chars: n.len(),
        clusters: Vec::new(),
    };
    let v = blocks.doc_verdict(&side(na), &side(nb), &DedupOptions::default());
    (v.link.is_some(), v.slots.len())
}

fn main() {
    let opts = InputOptions::default();
    let blocks = std::env::args()
        .any(|a| a == "--verdict")
        .then(Blocks::default);
    let texts = std::env::args().any(|a| a == "--texts");
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in std::io::stdin().lock().lines() {
        let v: serde_json::Value = serde_json::from_str(&line.expect("a line")).expect("JSON");
        let text = |k: &str| v[k].as_str().unwrap_or_default().to_string();
        let (na, nb) = (norm(&text("a"), &opts), norm(&text("b"), &opts));
        let mut m = measures(&na, &nb);
        if texts {
            m["norm_a"] = na.iter().collect::<String>().into();
            m["norm_b"] = nb.iter().collect::<String>().into();
        }
        if let Some(blocks) = &blocks {
            let (linked, slots) = verdict(blocks, &na, &nb);
            m["verdict"] = linked.into();
            m["slots"] = slots.into();
        }
        writeln!(out, "{m}").expect("output written");
    }
}
