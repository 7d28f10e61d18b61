//! Synthetic benchmark of paragraph deduplication against known truth, under default settings.
//!
//! Real paragraphs (lines of at least 60 chars) come from the 2010–2019 government work reports
//! in `../shared/corpora/gov-reports/wikisource/reports`. Those that default deduplication
//! already links to each other are dropped, so the rest are true negatives for one another; N
//! of them (600 by default) are picked with a fixed seed. Each becomes a one-paragraph
//! document, beside edited copies: CJK chars inserted, deleted or substituted at 1, 5, 10 and
//! 20 % of its chars (new chars come from the paragraph's own alphabet), prefix truncations
//! keeping 30–90 %, punctuation turned half-width, and a space after 10 % of the chars. All go
//! through clean → digest → find with default options.
//!
//! A copy is found when it shares a cluster with its original (exact when their keys are
//! equal, near otherwise), or one is a contained copy of the other. Precision is the share of
//! a copy's links (cluster co-members and containments) that stay inside its own family. Mean
//! Jaccard and containment are `compare` on the original and copy texts.
//!
//! Usage: `cargo run --release --example dedup_synthetic [-- N]`

use rayon::prelude::*;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::Path;
use std::time::Instant;
use tifa::clean::{clean, CleanOptions};
use tifa::dedup::cluster::compare;
use tifa::dedup::{digest, find, Dedup, DedupOptions, DocDigest, Source};
use tifa::input::{read_bytes, InputOptions};

const REPORTS: &str = "../shared/corpora/gov-reports/wikisource/reports";
/// Edit, rate in percent (for "cut", the share kept), and its label.
const VARIANTS: [(&str, u32, &str); 18] = [
    ("ins", 1, "insert"),
    ("ins", 5, "insert"),
    ("ins", 10, "insert"),
    ("ins", 20, "insert"),
    ("del", 1, "delete"),
    ("del", 5, "delete"),
    ("del", 10, "delete"),
    ("del", 20, "delete"),
    ("sub", 1, "substitute"),
    ("sub", 5, "substitute"),
    ("sub", 10, "substitute"),
    ("sub", 20, "substitute"),
    ("cut", 30, "truncate (keep)"),
    ("cut", 50, "truncate (keep)"),
    ("cut", 70, "truncate (keep)"),
    ("cut", 90, "truncate (keep)"),
    ("pun", 100, "punctuation half-width"),
    ("spc", 10, "spaces inserted"),
];

/// xorshift64*, seeded: the same picks and edits on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// `k` distinct items of `v` (a partial Fisher–Yates shuffle).
    fn pick<T: Copy>(&mut self, v: &mut [T], k: usize) -> Vec<T> {
        let k = k.min(v.len());
        for i in 0..k {
            let j = i + self.below(v.len() - i);
            v.swap(i, j);
        }
        v[..k].to_vec()
    }
}

fn is_cjk(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

fn half_width(c: char) -> char {
    match c {
        '。' => '.',
        '、' => ',',
        '“' | '”' => '"',
        '‘' | '’' => '\'',
        '《' => '<',
        '》' => '>',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// A copy of `text` with `edit` applied at `rate` percent of its chars.
fn edited(text: &str, edit: &str, rate: u32, rng: &mut Rng) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let n = ((chars.len() * rate as usize) as f64 / 100.0)
        .round()
        .max(1.0) as usize;
    let alphabet: Vec<char> = chars.iter().copied().filter(|&c| is_cjk(c)).collect();
    let mut letters: Vec<usize> = (0..chars.len())
        .filter(|&i| chars[i].is_alphanumeric())
        .collect();
    match edit {
        "ins" => {
            for _ in 0..n {
                let c = alphabet[rng.below(alphabet.len())];
                chars.insert(rng.below(chars.len() + 1), c);
            }
        }
        "del" => {
            let mut at = rng.pick(&mut letters, n);
            at.sort_unstable();
            at.into_iter().rev().for_each(|i| {
                chars.remove(i);
            });
        }
        "sub" => {
            for i in rng.pick(&mut letters, n) {
                let old = chars[i];
                while chars[i] == old {
                    chars[i] = alphabet[rng.below(alphabet.len())];
                }
            }
        }
        "cut" => chars.truncate(chars.len() * rate as usize / 100),
        "pun" => chars.iter_mut().for_each(|c| *c = half_width(*c)),
        _ => {
            let spaced = chars.iter().flat_map(|&c| {
                let space = rng.below(100) < rate as usize;
                std::iter::once(c).chain(space.then_some(' '))
            });
            chars = spaced.collect();
        }
    }
    chars.into_iter().collect()
}

/// Reads, cleans and digests `(id, text)` documents with default options, in order.
fn digests(docs: &[(String, String)]) -> Vec<DocDigest> {
    docs.par_iter()
        .map(|(id, text)| {
            let path = format!("{id}.txt");
            let read = read_bytes(
                text.as_bytes(),
                Path::new(&path),
                id,
                &InputOptions::default(),
            );
            digest(&clean(&read.documents[0], &CleanOptions::default()))
        })
        .collect()
}

/// Each document's cluster (by its paragraph units) and the documents it is linked to.
fn links(docs: &[DocDigest], dedup: &Dedup) -> (HashMap<u32, usize>, Vec<BTreeSet<u32>>) {
    let para = |at: tifa::dedup::At| docs[at.doc as usize].units[at.unit as usize].paragraph;
    let mut cluster_of = HashMap::new();
    let mut out = vec![BTreeSet::new(); docs.len()];
    let mut link = |a: u32, b: u32| {
        if a != b {
            out[a as usize].insert(b);
            out[b as usize].insert(a);
        }
    };
    for (i, c) in dedup.clusters.iter().enumerate() {
        let members: Vec<u32> = (c.members.iter())
            .filter(|m| para(m.at).is_some())
            .map(|m| m.at.doc)
            .collect();
        for &a in &members {
            cluster_of.insert(a, i);
            members.iter().for_each(|&b| link(a, b));
        }
    }
    for c in &dedup.contained {
        if let Source::Unit(at) = c.source {
            link(c.copy.doc, at.doc);
        }
    }
    (cluster_of, out)
}

/// Key of a document's only paragraph.
fn key(d: &DocDigest) -> Option<u64> {
    let mut paras = d.units.iter().filter(|u| u.paragraph.is_some());
    match (paras.next(), paras.next()) {
        (Some(u), None) => Some(u.key),
        _ => None,
    }
}

#[derive(Default)]
struct Row {
    copies: usize,
    found: [usize; 3],
    correct: usize,
    wrong: usize,
    jaccard: f64,
    containment: f64,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(600);
    let dir = Path::new(REPORTS);
    if !dir.is_dir() {
        println!("{REPORTS} not found (run from the crate root): nothing to measure");
        return;
    }
    let start = Instant::now();
    let mut seen = HashSet::new();
    let mut pool = Vec::new();
    for year in 2010..=2019 {
        let text = std::fs::read_to_string(dir.join(format!("{year}.txt"))).unwrap_or_default();
        for line in text.lines().map(str::trim) {
            let cjk = line.chars().filter(|&c| is_cjk(c)).count();
            if line.chars().count() >= 60 && cjk >= 20 && seen.insert(line) {
                pool.push((format!("p{:05}", pool.len()), line.to_string()));
            }
        }
    }
    // Negatives: paragraphs with one unit each that default dedup finds unrelated.
    let pool_digests = digests(&pool);
    let (_, pool_links) = links(
        &pool_digests,
        &find(&pool_digests, &DedupOptions::default()),
    );
    let mut free: Vec<usize> = (0..pool.len())
        .filter(|&i| pool_links[i].is_empty() && key(&pool_digests[i]).is_some())
        .collect();
    let free_count = free.len();
    let mut rng = Rng(0x7469_6661_5eed);
    let originals = rng.pick(&mut free, n);
    // Families: the original ("o0001") and its copies ("o0001-sub-05"), sorted by id.
    let mut docs: Vec<(String, String, usize, Option<usize>)> = Vec::new();
    for (f, &p) in originals.iter().enumerate() {
        let text = &pool[p].1;
        docs.push((format!("o{f:04}"), text.clone(), f, None));
        for (v, &(edit, rate, _)) in VARIANTS.iter().enumerate() {
            let copy = edited(text, edit, rate, &mut rng);
            docs.push((format!("o{f:04}-{edit}-{rate:03}"), copy, f, Some(v)));
        }
    }
    docs.sort_by(|a, b| a.0.cmp(&b.0));
    let prepared = start.elapsed();
    let t = Instant::now();
    let texts: Vec<(String, String)> = docs.iter().map(|d| (d.0.clone(), d.1.clone())).collect();
    let digested = digests(&texts);
    let digest_time = t.elapsed();
    let t = Instant::now();
    let dedup = find(&digested, &DedupOptions::default());
    let find_time = t.elapsed();
    let (cluster_of, linked) = links(&digested, &dedup);
    let contained: HashSet<(u32, u32)> = (dedup.contained.iter())
        .filter_map(|c| match c.source {
            Source::Unit(at) => Some((c.copy.doc.min(at.doc), c.copy.doc.max(at.doc))),
            Source::Passage { .. } => None,
        })
        .collect();
    let original_of: HashMap<usize, usize> = (docs.iter().enumerate())
        .filter(|(_, d)| d.3.is_none())
        .map(|(i, d)| (d.2, i))
        .collect();
    let mut rows: Vec<Row> = VARIANTS.iter().map(|_| Row::default()).collect();
    let mut cross = 0;
    for (c, (_, text, family, variant)) in docs.iter().enumerate() {
        let wrong = linked[c].iter().filter(|&&d| docs[d as usize].2 != *family);
        cross += wrong.count();
        let Some(v) = *variant else { continue };
        let o = original_of[family];
        let row = &mut rows[v];
        row.copies += 1;
        let sim = compare(&docs[o].1, text);
        (row.jaccard, row.containment) =
            (row.jaccard + sim.jaccard, row.containment + sim.containment);
        let (cu, ou) = (c as u32, o as u32);
        if cluster_of
            .get(&cu)
            .is_some_and(|k| cluster_of.get(&ou) == Some(k))
        {
            let exact = key(&digested[c]).is_some() && key(&digested[c]) == key(&digested[o]);
            row.found[usize::from(!exact)] += 1;
        } else if contained.contains(&(ou.min(cu), ou.max(cu))) {
            row.found[2] += 1;
        }
        for &d in &linked[c] {
            if docs[d as usize].2 == *family {
                row.correct += 1;
            } else {
                row.wrong += 1;
            }
        }
    }
    let shown: Vec<&str> = std::iter::once("cargo run --release --example dedup_synthetic")
        .chain((!args.is_empty()).then_some("--"))
        .chain(args.iter().map(String::as_str))
        .collect();
    println!("command: {}", shown.join(" "));
    println!(
        "pool: {} paragraphs, {free_count} unrelated; originals: {}; documents: {}",
        pool.len(),
        originals.len(),
        docs.len()
    );
    println!("| edit | rate | copies | recall | precision | exact | near | contained | mean Jaccard | mean containment |");
    println!("|---|---|---|---|---|---|---|---|---|---|");
    for (&(_, rate, label), r) in VARIANTS.iter().zip(&rows) {
        let found: usize = r.found.iter().sum();
        let links = r.correct + r.wrong;
        let precision = match links {
            0 => "–".to_string(),
            _ => format!("{:.3}", r.correct as f64 / links as f64),
        };
        let copies = r.copies.max(1) as f64;
        println!(
            "| {label} | {rate}% | {} | {:.3} | {precision} | {} | {} | {} | {:.3} | {:.3} |",
            r.copies,
            found as f64 / copies,
            r.found[0],
            r.found[1],
            r.found[2],
            r.jaccard / copies,
            r.containment / copies
        );
    }
    println!("cross-family links (false positives, each counted from both ends): {cross}");
    println!(
        "timing: prepare {:.2}s (pool dedup included), read+clean+digest {:.2}s, find {:.2}s, total {:.2}s",
        prepared.as_secs_f64(),
        digest_time.as_secs_f64(),
        find_time.as_secs_f64(),
        start.elapsed().as_secs_f64()
    );
}
