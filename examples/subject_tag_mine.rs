//! Round 21 (docs/claims.md, "Round 21"): mines the words whose part-of-speech tag in jieba's
//! dictionary disagrees with how reports and news use them, the candidates of the claims'
//! tag corrections (`src/claims/tags.tsv`). Run from the repository root (needs
//! `../shared/corpora`; deterministic):
//! `cargo run --release --example subject_tag_mine -- [TOP] [STRIDE]` (defaults 5000 and 1;
//! `--all` prints every word of the TOP with its uses, `=` for its proposed tag).
//!
//! The pools: the national reports of `gov-reports/wikisource/reports`, `provincial-2026`
//! and every STRIDE-th file of People's Daily 2023h2 (sorted by path); lines of every labelled
//! set (`tests/data/claims_*.tsv`) skipped. Every line is tagged by jieba as claims tag it
//! (`Jieba::new()`, HMM on). For each of the TOP most frequent words of two chars or more
//! (Han only), the uses that show a noun and those that show a verb are counted:
//!
//! - a noun's use: after 的, after a classifier (`q`, or a numeral `m` ending in one: 一个,
//!   一批; not 首次), or before a word that
//!   relates a measure to its number (为, 达, 增长, 下降, 占 …);
//! - a verb's use: before an aspect particle (了, 着) or after an adverb or modal (`d`: 不, 已,
//!   将, 积极 …; 要, 应, 可, 能, 拟 …).
//!
//! A word jieba tags as a noun (`n`, `nz`, `ns`, `nt`) is a candidate verb when its verb uses
//! are at least `MIN_USES`, a tenth of its count, and three times its noun uses; a word
//! jieba tags as a verb (`v`) is a candidate noun the other way round, and a candidate noun
//! where it heads a noun phrase (`n head`) when both uses are common (at least three times
//! `MIN_USES` noun uses, neither more than twice the other). Printed one a line:
//! word, jieba's tag, the proposed tag, count, noun uses, verb uses, and three contexts, for
//! the review that writes `src/claims/tags.tsv` (a candidate a reader refuses is kept there
//! with `-` as its tag).

#[path = "common/walk.rs"]
mod walk;

use jieba_rs::Jieba;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// The fewest uses of the other part of speech for a candidate.
const MIN_USES: u32 = 5;

/// Words after a measure that relate it to its number.
const MEASURING: &[&str] = &[
    "为",
    "达",
    "达到",
    "增长",
    "下降",
    "占",
    "提高",
    "增加",
    "减少",
    "突破",
    "超过",
    "同比",
    "比上年",
    "增至",
    "降至",
];

/// Modals before a verb (jieba tags them `v`).
const MODALS: &[&str] = &[
    "要", "将", "应", "应当", "应该", "可", "可以", "能", "能够", "拟", "会", "须", "必须",
];

/// Classifiers jieba leaves inside a numeral (一个, 一批, 一些): a noun follows them (首次,
/// 第一 are numerals too, before verbs).
const CLASSIFIERS: &[char] = &[
    '个', '项', '种', '批', '家', '条', '座', '所', '名', '位', '些', '件', '类',
];

/// The uses of one word.
#[derive(Default)]
struct Uses {
    count: u32,
    tag: String,
    noun: u32,
    verb: u32,
    contexts: Vec<String>,
}

/// Every file of the pools, sorted, People's Daily thinned to every `stride`-th file.
fn pools(root: &Path, stride: usize) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in [
        "gov-reports/wikisource/reports",
        "gov-reports/provincial-2026",
    ] {
        out.extend(walk::txt_files(&[root.join(dir)]));
    }
    let news = walk::txt_files(&[root.join("news/peoples-daily-2023h2")]);
    out.extend(news.into_iter().step_by(stride.max(1)));
    out
}

/// The (file, line) pairs of every labelled set: never mined.
fn excluded() -> HashSet<(String, usize)> {
    let mut out = HashSet::new();
    for e in std::fs::read_dir("tests/data").expect("run from the repository root") {
        let p = e.unwrap().path();
        let n = p.file_name().unwrap().to_string_lossy().to_string();
        if !n.starts_with("claims_") || !n.ends_with(".tsv") {
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

fn is_han_word(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Whether a token shows the word after it is used as a noun.
fn noun_before(t: &jieba_rs::Tag) -> bool {
    let counted = t.tag == "m" && t.word.ends_with(CLASSIFIERS);
    t.word == "的" || t.tag == "q" || counted
}

/// Whether a token shows the word after it is used as a verb.
fn verb_before(t: &jieba_rs::Tag) -> bool {
    t.tag == "d" || MODALS.contains(&t.word)
}

/// Counts the uses of every word of one line.
fn tally(jieba: &Jieba, line: &str, uses: &mut HashMap<String, Uses>) {
    let tags = jieba.tag(line, true);
    for (i, t) in tags.iter().enumerate() {
        if !is_han_word(t.word) {
            continue;
        }
        let u = uses.entry(t.word.to_string()).or_default();
        u.count += 1;
        if u.tag.is_empty() {
            u.tag = t.tag.to_string();
        }
        let prev = i.checked_sub(1).map(|p| &tags[p]);
        let next = tags.get(i + 1);
        if prev.is_some_and(noun_before) || next.is_some_and(|n| MEASURING.contains(&n.word)) {
            u.noun += 1;
        }
        if prev.is_some_and(verb_before) || next.is_some_and(|n| matches!(n.word, "了" | "着")) {
            u.verb += 1;
        }
        if u.contexts.len() < 3 && u.count % 7 == 1 {
            let before: String = line[..t.byte_start].chars().rev().take(10).collect();
            let before: String = before.chars().rev().collect();
            let after: String = line[t.byte_end..].chars().take(8).collect();
            u.contexts.push(format!("{before}【{}】{after}", t.word));
        }
    }
}

/// The proposed tag of a word, if its uses disagree with jieba's tag.
fn proposed(u: &Uses) -> Option<&'static str> {
    let (noun, verb) = (u.noun, u.verb);
    let tenth = u.count.div_ceil(10);
    match u.tag.as_str() {
        "n" | "nz" | "ns" | "nt" if verb >= MIN_USES && verb >= tenth && verb >= 3 * noun => {
            Some("v")
        }
        "v" if noun >= MIN_USES && noun >= tenth && noun >= 3 * verb => Some("n"),
        // Both uses common: a noun where it heads a noun phrase (工人|组织), a verb elsewhere.
        "v" if noun >= 3 * MIN_USES && 2 * noun >= verb && 2 * verb >= noun => Some("n head"),
        _ => None,
    }
}

fn main() {
    let all = std::env::args().any(|a| a == "--all");
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter(|a| a != "--all")
        .map(|a| a.parse().expect("TOP and STRIDE are numbers"))
        .collect();
    let (top, stride) = (
        args.first().copied().unwrap_or(5000),
        args.get(1).copied().unwrap_or(1),
    );
    let root = Path::new("../shared/corpora");
    let (jieba, skip) = (Jieba::new(), excluded());
    let mut uses: HashMap<String, Uses> = HashMap::new();
    for f in pools(root, stride) {
        let rel = f.strip_prefix(root).unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        for (i, line) in text.lines().enumerate() {
            if !skip.contains(&(rel.clone(), i + 1)) {
                tally(&jieba, line.trim(), &mut uses);
            }
        }
    }
    let mut ranked: Vec<(&String, &Uses)> = uses.iter().collect();
    ranked.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.0.cmp(b.0)));
    for (word, u) in ranked.into_iter().take(top) {
        if let Some(tag) = proposed(u).or(all.then_some("=")) {
            println!(
                "{word}\t{}\t{tag}\t{}\t{}\t{}\t{}",
                u.tag,
                u.count,
                u.noun,
                u.verb,
                u.contexts.join(" | ")
            );
        }
    }
}
