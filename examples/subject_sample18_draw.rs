//! Round 18 (docs/claims.md, "Round 18"): the eighteenth self-blind sample of subjects,
//! `tests/data/claims_sample18.tsv`. Run from the repository root (needs `../shared/corpora`;
//! deterministic): `cargo run --example subject_sample18_draw -- 20262423 12`.
//!
//! Five pools (People's Daily 2023h2; finance-2026 with sina-finance-2022; provincial-2026;
//! the national reports 2003–2022 of wikisource; sina-2018), `N` claims from each (what a
//! pool lacks drawn from a sixth, the CPC congress reports and NPC resolutions): an LCG
//! with the seed picks a file, then a line holding no labelled row (the file and line columns
//! of every `tests/data/claims_*.tsv`, only those columns read), then one of the claims
//! `extract_text_with` reads on it (one line at a time, as the tests read). Prints file, line,
//! char span (in a JSONL record's `text`), kind, value, qualifier and the words around: never
//! the subject, which is labelled by hand before tifa's subject is looked at.

use jieba_rs::Jieba;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// The text files of `dir` and of its folders (the pools are at most two levels deep), sorted.
fn texts(dir: &Path) -> Vec<PathBuf> {
    let list = |d: &Path| -> Vec<PathBuf> {
        let entries = std::fs::read_dir(d).into_iter().flatten().flatten();
        entries.map(|e| e.path()).collect()
    };
    let mut out: Vec<PathBuf> = list(dir)
        .into_iter()
        .flat_map(|p| if p.is_dir() { list(&p) } else { vec![p] })
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    out.sort();
    out
}

/// The pools, each a list of files: five, and the CPC congress reports and NPC resolutions
/// last, which give what the others lack of `5 N` (finance-2026 has few lines left free).
fn pools(root: &Path) -> Vec<(&'static str, Vec<PathBuf>)> {
    let reports = (2003..=2022)
        .map(|y| root.join(format!("gov-reports/wikisource/reports/{y}.txt")))
        .filter(|p| p.exists())
        .collect();
    let mut cpc = texts(&root.join("gov-reports/wikisource/cpc_congress"));
    cpc.extend(texts(&root.join("gov-reports/wikisource/resolutions")));
    let mut finance = texts(&root.join("news/finance-2026"));
    finance.extend(texts(&root.join("news/sina-finance-2022")));
    vec![
        ("pd", texts(&root.join("news/peoples-daily-2023h2"))),
        ("fin", finance),
        ("prov", texts(&root.join("gov-reports/provincial-2026"))),
        ("nat", reports),
        ("sina", vec![root.join("news/sina-2018.jsonl")]),
        ("cpc", cpc),
    ]
}

/// The (file, line) pairs of every labelled set but this sample: only the first two columns
/// are read.
fn excluded() -> HashSet<(String, usize)> {
    let mut out = HashSet::new();
    for e in std::fs::read_dir("tests/data").expect("run from the repository root") {
        let p = e.unwrap().path();
        let n = p.file_name().unwrap().to_string_lossy().to_string();
        // The sample's own rows are not skipped: the draw, run again, gives them again.
        if !n.starts_with("claims_") || !n.ends_with(".tsv") || n == "claims_sample18.tsv" {
            continue;
        }
        for row in std::fs::read_to_string(&p).unwrap().lines() {
            let mut cols = row.split('\t');
            if let (Some(f), Some(Ok(l))) = (cols.next(), cols.next().map(str::parse)) {
                out.insert((f.to_string(), l));
            }
        }
    }
    out
}

/// The text of a line: a JSONL record's `text`, else the line itself.
fn record(file: &Path, raw: &str) -> String {
    if file.extension().is_some_and(|x| x == "jsonl") {
        let v: serde_json::Value = serde_json::from_str(raw).unwrap_or_default();
        return v["text"].as_str().unwrap_or_default().to_string();
    }
    raw.to_string()
}

/// A 64-bit LCG: the next state, and a draw below `n`.
fn next(state: &mut u64, n: usize) -> usize {
    *state = state
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407);
    (*state >> 33) as usize % n.max(1)
}

/// The claims of a record read line by line, their spans in the record.
fn claims_of(
    text: &str,
    jieba: &Jieba,
    c: &tifa::claims::Compounds,
) -> Vec<(tifa::claims::Claim, String)> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        for mut claim in tifa::claims::extract_text_with(line, jieba, c) {
            let around = around(line, claim.span);
            claim.span = [claim.span[0] + start, claim.span[1] + start];
            out.push((claim, around));
        }
        start += line.chars().count() + 1;
    }
    out
}

/// The words around a span of a line (40 chars before, 15 after), the span marked 【】.
fn around(line: &str, span: [usize; 2]) -> String {
    let near = line.chars().enumerate().skip(span[0].saturating_sub(40));
    near.take_while(|(i, _)| *i < span[1] + 15)
        .flat_map(|(i, c)| {
            let open = (i == span[0]).then_some('【');
            let close = (i + 1 == span[1]).then_some('】');
            open.into_iter().chain([c]).chain(close)
        })
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let seed: u64 = args
        .first()
        .expect("SEED [N]")
        .parse()
        .expect("a numeric seed");
    let per: usize = args.get(1).map_or(12, |n| n.parse().expect("a count"));
    let root = Path::new("../shared/corpora");
    let (jieba, listed, mut skip) = (Jieba::new(), tifa::claims::Compounds::builtin(), excluded());
    let (mut state, mut total) = (seed, 0);
    for (pool, files) in pools(root) {
        let want = if pool == "cpc" {
            (5 * per).saturating_sub(total)
        } else {
            per
        };
        let lines: Vec<Vec<String>> = files
            .iter()
            .map(|f| {
                std::fs::read_to_string(f)
                    .unwrap_or_default()
                    .lines()
                    .map(String::from)
                    .collect()
            })
            .collect();
        let (mut got, mut tries) = (0, 0);
        while got < want && tries < 100_000 {
            tries += 1;
            let k = next(&mut state, files.len());
            let i = next(&mut state, lines[k].len());
            let rel = files[k]
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .to_string();
            if lines[k].is_empty() || !skip.insert((rel.clone(), i + 1)) {
                continue;
            }
            let found = claims_of(&record(&files[k], &lines[k][i]), &jieba, &listed);
            if found.is_empty() {
                continue;
            }
            let (c, around) = &found[next(&mut state, found.len())];
            got += 1;
            total += 1;
            println!(
                "{rel}\t{}\t{}\t{}\t{:?}\t{}\t{:?}\t{pool}\t{around}",
                i + 1,
                c.span[0],
                c.span[1],
                c.kind,
                c.value,
                c.qualifier
            );
        }
    }
}
