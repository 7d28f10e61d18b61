//! Round 15 (docs/claims.md, "Round 15"): mines the dictionary of measure noun phrases the
//! subject grammar keeps whole (`src/claims/compounds.txt`). Run from the repository root:
//! `cargo run --example subject_compounds > src/claims/compounds.txt` (needs
//! `../shared/corpora`; deterministic). `--compare SEED` reads People's Daily without and
//! with the dictionary instead (the figures of docs/claims.md, round 15).
//!
//! Where a noun phrase stands as a unit: every clause (split at punctuation, 、 included) of
//! every pool (news and reports; not the raw scrapes) is tagged by jieba; a run of words
//! between boundaries (punctuation, particles, prepositions, conjunctions, pronouns, time
//! words, numbers, measuring words such as 为 达 增长 下降 占, and words that open no name such
//! as 今年 全省) is where a subject stands. Every token-suffix of two words or more of a run,
//! ending at the run's end or before a verb inside it, opening with a word that may open a
//! name (no adverb, place word, number or particle) and closing with a noun (no person,
//! place, organisation or time) or a nominal verb, is a candidate, counted once a document,
//! with the char before it (or a boundary). A single word is whole already and no candidate
//! (its documents are counted for the bound test below).
//!
//! The statistic: a candidate is a compound when it stands in at least `MIN_DOCS` documents
//! (`MIN_DOCS_VERB` when a verb is inside it: the verb's phrase must recur as a unit), its
//! left context varies (no one char precedes it in more than half of its documents: 资金总额
//! after 募集 every time is a cut of 募集资金总额, not a unit), and a verb opening it is bound
//! to the rest (the rest standing in three times as many documents is a phrase of its own and
//! the verb the clause's: 实现|营业收入). Lines of every labelled set
//! (`tests/data/claims_*.tsv`) are skipped (only their file and line columns are read); only
//! the phrases are written.

use jieba_rs::Jieba;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// Documents a candidate stands as a unit in.
const MIN_DOCS: u32 = 3;
/// Documents a candidate holding a verb stands as a unit in.
const MIN_DOCS_VERB: u32 = 5;
/// The longest compound, in chars.
const MAX_CHARS: usize = 16;

/// Words after a subject that relate it to its number.
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
    "较上年",
    "分别",
    "提升",
    "降低",
    "增至",
    "降至",
    "约",
];

/// Words that open no name though jieba tags them nominal.
const OPENERS: &[&str] = &[
    "今年",
    "去年",
    "上年",
    "全年",
    "同期",
    "当年",
    "其中",
    "目前",
    "我国",
    "全省",
    "全市",
    "全区",
    "该",
    "本",
    "其",
    "公司",
    "预期目标",
    "目标",
];

/// Tallies of one candidate.
#[derive(Default)]
struct Tally {
    docs: u32,
    last_doc: u32,
    left: HashMap<char, u32>,
    verb: bool,
}

/// Words that close no name (a predicate or a frame jieba tags nominal).
const CLOSERS: &[&str] = &[
    "多达", "全场", "环比", "累计", "共计", "合计", "总计", "近", "超", "逾", "共", "场均",
];

/// A numeral word (3, 三十, not 首次).
fn numeral(word: &str) -> bool {
    word.chars()
        .any(|c| c.is_ascii_digit() || "一二三四五六七八九十百千万亿两〇零".contains(c))
}

/// Whether a word ends the words before a subject: punctuation, a particle, a preposition,
/// a conjunction, a pronoun, a time word or a number.
fn boundary(t: &jieba_rs::Tag) -> bool {
    let tag = t.tag;
    matches!(tag, "x" | "p" | "c" | "r" | "t" | "q")
        || tag.starts_with('u')
        || tag == "m" && numeral(t.word)
        || OPENERS.contains(&t.word)
        || !t.word.chars().all(|c| c.is_alphanumeric())
}

/// Whether a word may close a measure noun phrase: a noun (no person, place, organisation
/// or time), a nominal verb, an abbreviation; no measuring verb.
fn closes(t: &jieba_rs::Tag) -> bool {
    let tag = t.tag;
    let noun = matches!(tag.chars().next(), Some('n' | 'j')) || tag == "vn";
    noun && !matches!(tag, "nr" | "nrt" | "nrfg" | "ns" | "nt")
        && !MEASURING.contains(&t.word)
        && !CLOSERS.contains(&t.word)
}

/// Whether a word may open a candidate.
fn opens(t: &jieba_rs::Tag) -> bool {
    !matches!(
        t.tag.chars().next(),
        Some('d' | 'f' | 'm' | 'q' | 'p' | 'c' | 'u' | 'r')
    )
}

/// The pools mined (every corpus of news and reports but the raw scrapes).
fn pools(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut walk = vec![root.join("news"), root.join("gov-reports")];
    while let Some(dir) = walk.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            let name = p.to_string_lossy().to_string();
            if name.contains("rawscrape") {
                continue;
            }
            if p.is_dir() {
                walk.push(p);
            } else if name.ends_with(".txt") || name.ends_with("sina-2018.jsonl") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The (file, line) pairs of every labelled set: never mined.
fn excluded() -> HashSet<(String, usize)> {
    let mut out = HashSet::new();
    let mut sets: Vec<PathBuf> = std::fs::read_dir("tests/data")
        .expect("run from the repository root")
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy().to_string();
            n.starts_with("claims_") && n.ends_with(".tsv")
        })
        .collect();
    sets.sort();
    for set in sets {
        let text = std::fs::read_to_string(&set).unwrap();
        for row in text.lines().filter(|l| !l.starts_with('#')) {
            let mut cols = row.split('\t');
            if let (Some(f), Some(l)) = (cols.next(), cols.next()) {
                if let Ok(l) = l.parse() {
                    out.insert((f.to_string(), l));
                }
            }
        }
    }
    out
}

/// Documents of one file: (line number, text) lists, one a document.
fn documents(path: &Path) -> Vec<Vec<(usize, String)>> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    if path.to_string_lossy().ends_with(".jsonl") {
        return text
            .lines()
            .enumerate()
            .filter_map(|(i, l)| {
                let v: serde_json::Value = serde_json::from_str(l).ok()?;
                let t = v.get("text")?.as_str()?.to_string();
                Some(vec![(i + 1, t)])
            })
            .collect();
    }
    vec![text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.to_string()))
        .collect()]
}

/// The candidates of one clause, each with the char before it ('^' at a boundary): every
/// token-suffix of two words or more of a run of words between boundaries, ending at the
/// run's end or before a verb inside it, opening with a word that may open a name and
/// closing with one that may close it.
fn candidates(jieba: &Jieba, text: &str, mut each: impl FnMut(String, char, bool)) {
    let tags = jieba.tag(text, false);
    let mut a = 0;
    while a < tags.len() {
        if boundary(&tags[a]) {
            a += 1;
            continue;
        }
        let b = (a..tags.len())
            .find(|&i| boundary(&tags[i]))
            .unwrap_or(tags.len());
        for e in a + 1..=b {
            let at_verb = tags.get(e).is_some_and(|t| t.tag == "v");
            if !(e == b || at_verb) || !closes(&tags[e - 1]) {
                continue;
            }
            // The closing word alone: counted (marked by NUL) for the bound test only.
            each(tags[e - 1].word.to_string(), '\0', false);
            for l in a..e - 1 {
                if !opens(&tags[l]) {
                    continue;
                }
                let words = &tags[l..e];
                let phrase: String = words.iter().map(|t| t.word).collect();
                let n = phrase.chars().count();
                if !(3..=MAX_CHARS).contains(&n) {
                    continue;
                }
                let left = if l == a {
                    '^'
                } else {
                    tags[l - 1].word.chars().last().unwrap_or('^')
                };
                let verb = words[..words.len() - 1].iter().any(|w| w.tag == "v");
                each(phrase, left, verb);
            }
        }
        a = b;
    }
}

/// Calls `each` with (document number, clause) for every clause of the pools' lines that no
/// labelled set holds.
fn clauses(root: &Path, skip: &HashSet<(String, usize)>, mut each: impl FnMut(u32, &str)) {
    let mut doc = 0u32;
    for path in pools(root) {
        let rel = path
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .to_string();
        for lines in documents(&path) {
            doc += 1;
            for (n, line) in lines {
                if skip.contains(&(rel.clone(), n)) {
                    continue;
                }
                for part in line.split(|c: char| "，。；：！？、（）()“”《》,;:!? \t　".contains(c))
                {
                    if part.chars().count() >= 3 {
                        each(doc, part);
                    }
                }
            }
        }
    }
}

fn key(phrase: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    phrase.hash(&mut h);
    h.finish()
}

/// `--compare SEED`: every claim of People's Daily 2023h2 read without the dictionary and
/// with it (`extract_text_with`, the same weights), the number of subjects that change, and
/// 30 claims drawn with `SEED` (an LCG), printed before → after for reading.
fn compare(root: &Path, seed: u64) {
    let jieba = Jieba::new();
    let listed = tifa::claims::Compounds::builtin();
    let none = tifa::claims::Compounds::default();
    let mut files: Vec<PathBuf> = pools(root)
        .into_iter()
        .filter(|p| p.to_string_lossy().contains("peoples-daily-2023h2"))
        .collect();
    files.sort();
    let (mut claims, mut changed) = (0, Vec::new());
    let mut all = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap_or_default();
        let before = tifa::claims::extract_text_with(&text, &jieba, &none);
        let after = tifa::claims::extract_text_with(&text, &jieba, &listed);
        assert_eq!(before.len(), after.len());
        for (b, a) in before.iter().zip(&after) {
            claims += 1;
            let row = (a.text.clone(), b.subject.clone(), a.subject.clone());
            if b.subject != a.subject {
                changed.push(row.clone());
            }
            all.push(row);
        }
    }
    println!("{claims} claims, {} subjects change", changed.len());
    let mut state = seed;
    let mut next = |n: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as usize % n
    };
    for _ in 0..30 {
        let (t, b, a) = &all[next(all.len())];
        println!("random\t{t}\t{b:?}\t{a:?}");
    }
    for _ in 0..30.min(changed.len()) {
        let (t, b, a) = &changed[next(changed.len())];
        println!("changed\t{t}\t{b:?}\t{a:?}");
    }
}

fn main() {
    let root = Path::new("../shared/corpora");
    let args: Vec<String> = std::env::args().collect();
    if let Some(seed) = args
        .iter()
        .position(|a| a == "--compare")
        .map(|i| &args[i + 1])
    {
        return compare(root, seed.parse().expect("a numeric seed"));
    }
    let skip = excluded();
    let jieba = Jieba::new();
    // Pass 1: documents a candidate stands in (by hash); pass 2: the tallies of those that
    // stand in enough documents.
    let mut docs: HashMap<u64, (u32, u32)> = HashMap::new();
    clauses(root, &skip, |doc, text| {
        candidates(&jieba, text, |p, _, _| {
            let d = docs.entry(key(&p)).or_default();
            if d.1 != doc + 1 {
                *d = (d.0 + 1, doc + 1);
            }
        })
    });
    let mut tallies: HashMap<String, Tally> = HashMap::new();
    clauses(root, &skip, |doc, text| {
        candidates(&jieba, text, |p, left, verb| {
            if left == '\0' || docs[&key(&p)].0 < MIN_DOCS {
                return;
            }
            let t = tallies.entry(p).or_default();
            t.verb |= verb;
            if t.last_doc != doc + 1 {
                t.last_doc = doc + 1;
                t.docs += 1;
                *t.left.entry(left).or_default() += 1;
            }
        })
    });
    let docs_of = |p: &str| docs.get(&key(p)).map_or(0, |d| d.0);
    // The first word must be bound to the rest: a rest standing as a unit in three times as
    // many documents is a phrase of its own, the first word a verb or modifier of the clause
    // (实现|营业收入).
    let bound = |p: &str| {
        let first = &jieba.tag(p, false)[0];
        first.tag != "v" || tallies[p].docs * 3 >= docs_of(&p[first.word.len()..])
    };
    let mut kept: Vec<(&String, u32)> = tallies
        .iter()
        .filter(|(p, _)| bound(p))
        .filter(|(_, t)| {
            let top = t
                .left
                .iter()
                .filter(|(c, _)| **c != '^')
                .map(|(_, n)| *n)
                .max()
                .unwrap_or(0);
            let need = if t.verb { MIN_DOCS_VERB } else { MIN_DOCS };
            t.docs >= need && top * 2 <= t.docs
        })
        .map(|(p, t)| (p, t.docs))
        .collect();
    kept.sort();
    println!("# Measure noun phrases that stand as a unit (round 15, docs/claims.md): mined by");
    println!("# `cargo run --example subject_compounds > src/claims/compounds.txt`; one a line.");
    for (p, _) in kept {
        println!("{p}");
    }
}
