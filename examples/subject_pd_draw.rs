//! Round 16 (docs/claims.md, "Round 16"): the analyst's view of People's Daily. Run from the
//! repository root (needs `../shared/corpora`; deterministic):
//!
//! - `cargo run --example subject_pd_draw -- 20262416 60` reads every line of People's Daily
//!   2023h2 (`extract_text_with`, one line at a time as the tests do; lines of every
//!   labelled set `tests/data/claims_*.tsv` skipped, only their file and line columns read)
//!   and prints 60 of its claims drawn with the seed (an LCG over all claims): file, line,
//!   char span in the line, the claim's text, its subject and the words around it.
//! - `cargo run --example subject_pd_draw -- 20262422 60 tests/data/claims_pd16.tsv` (round
//!   17, `claims_pd17.tsv`): the same, the lines of the earlier draws named after the count
//!   skipped too.
//! - `cargo run --example subject_pd_draw -- --read tests/data/claims_pd16.tsv` prints, for
//!   each claim of a labelled draw, its subject then (column 6) and now, for reading the
//!   same claims again after a change.

#[path = "common/walk.rs"]
mod walk;

use jieba_rs::Jieba;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// The People's Daily files, sorted.
fn files(root: &Path) -> Vec<PathBuf> {
    walk::txt_files(&[root.join("news/peoples-daily-2023h2")])
}

/// The (file, line) pairs of every labelled set (the draws of People's Daily, `claims_pd*`,
/// are not labelled sets of claims: a draw read again must not skip its own lines).
fn excluded() -> HashSet<(String, usize)> {
    let mut out = HashSet::new();
    for e in std::fs::read_dir("tests/data").expect("run from the repository root") {
        let p = e.unwrap().path();
        let n = p.file_name().unwrap().to_string_lossy().to_string();
        if !n.starts_with("claims_") || !n.ends_with(".tsv") || n.starts_with("claims_pd") {
            continue;
        }
        skip_lines_of(&p, &mut out);
    }
    out
}

/// Adds the (file, line) pairs of a labelled set or draw to `out`.
fn skip_lines_of(set: &Path, out: &mut HashSet<(String, usize)>) {
    for row in std::fs::read_to_string(set)
        .expect("a labelled set")
        .lines()
    {
        let mut cols = row.split('\t');
        if let (Some(f), Some(Ok(l))) = (cols.next(), cols.next().map(str::parse)) {
            out.insert((f.to_string(), l));
        }
    }
}

/// The words around a span of a line, the span marked.
fn around(line: &str, span: [usize; 2]) -> String {
    let chars: Vec<char> = line.chars().collect();
    let from = span[0].saturating_sub(30);
    let to = (span[1] + 12).min(chars.len());
    let s = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
    format!(
        "{}【{}】{}",
        s(from, span[0]),
        s(span[0], span[1]),
        s(span[1], to)
    )
}

/// The claims of one line.
fn claims_of(line: &str, jieba: &Jieba, c: &tifa::claims::Compounds) -> Vec<tifa::claims::Claim> {
    tifa::claims::extract_text_with(line, jieba, c)
}

/// Draws `n` claims with `seed` and prints them, the lines of the earlier draws `before`
/// skipped with those of the labelled sets.
fn draw(root: &Path, seed: u64, n: usize, before: &[String]) {
    let (jieba, listed, mut skip) = (Jieba::new(), tifa::claims::Compounds::builtin(), excluded());
    for earlier in before {
        skip_lines_of(Path::new(earlier), &mut skip);
    }
    let mut all = Vec::new();
    for f in files(root) {
        let rel = f.strip_prefix(root).unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        for (i, line) in text.lines().enumerate() {
            if skip.contains(&(rel.clone(), i + 1)) {
                continue;
            }
            for c in claims_of(line, &jieba, &listed) {
                let subject = c.subject.clone().unwrap_or_else(|| "-".into());
                let row = [
                    rel.clone(),
                    (i + 1).to_string(),
                    c.span[0].to_string(),
                    c.span[1].to_string(),
                    c.text.clone(),
                    subject,
                    around(line, c.span),
                ];
                all.push(row.join("\t"));
            }
        }
    }
    eprintln!("{} claims", all.len());
    let mut state = seed;
    let mut seen = HashSet::new();
    while seen.len() < n.min(all.len()) {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let k = (state >> 33) as usize % all.len();
        if seen.insert(k) {
            println!("{}", all[k]);
        }
    }
}

/// Prints each claim of a labelled draw: file, line, text, subject then, subject now.
fn read(root: &Path, labels: &str) {
    let (jieba, listed) = (Jieba::new(), tifa::claims::Compounds::builtin());
    let text = std::fs::read_to_string(labels).expect("a labelled draw");
    for row in text.lines().filter(|l| !l.starts_with('#')) {
        let f: Vec<&str> = row.split('\t').collect();
        let (file, line, start) = (f[0], f[1].parse::<usize>().unwrap(), f[2].parse().unwrap());
        let record = std::fs::read_to_string(root.join(file)).unwrap_or_default();
        let line_text = record.lines().nth(line - 1).unwrap_or_default();
        let now = claims_of(line_text, &jieba, &listed)
            .into_iter()
            .find(|c| c.span[0] <= start && start < c.span[1])
            .and_then(|c| c.subject)
            .unwrap_or_else(|| "-".into());
        let mark = if now == f[5] { "" } else { "CHANGED" };
        println!("{file}:{line}\t{}\t{}\t{now}\t{mark}", f[4], f[5]);
    }
}

fn main() {
    let root = Path::new("../shared/corpora");
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("--read") => read(root, &args[1]),
        Some(seed) => {
            let n = args.get(1).map_or(60, |n| n.parse().expect("a count"));
            draw(
                root,
                seed.parse().expect("a numeric seed"),
                n,
                &args[2.min(args.len())..],
            )
        }
        None => eprintln!("usage: subject_pd_draw SEED [N [EARLIER_DRAW…]] | --read DRAW.tsv"),
    }
}
