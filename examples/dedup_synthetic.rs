//! Synthetic benchmark of paragraph deduplication against known truth, under default settings.
//!
//! Real paragraphs (lines of at least 60 chars) come from the 2010–2019 government work reports
//! in `../shared/corpora/gov-reports/wikisource/reports`. Those that default deduplication
//! already links to each other are dropped, so the rest are true negatives for one another; N
//! of them (600 by default) are picked with a fixed seed. Each becomes a one-paragraph
//! document, beside edited copies: CJK chars inserted, deleted or substituted at 1, 2, 5, 10 and
//! 20 % of its chars (new chars come from the paragraph's own alphabet), prefix truncations
//! keeping 30–90 %, punctuation turned half-width, a space after 10 % of the chars, and an
//! editor's phrase-and-number edit (a connective added, a phrase dropped, a number written in
//! words). All go
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
use tifa::dedup::{digest, find, CopySource, Dedup, DedupOptions, Digested, DocDigest};
use tifa::input::{read_bytes, InputOptions};

const REPORTS: &str = "../shared/corpora/gov-reports/wikisource/reports";
/// Edits with their rates in percent (for "cut", the share kept), and labels.
const EDITS: [(&str, &[u32], &str); 7] = [
    ("ins", &[1, 2, 5, 10, 20], "insert"),
    ("del", &[1, 2, 5, 10, 20], "delete"),
    ("sub", &[1, 2, 5, 10, 20], "substitute"),
    ("cut", &[30, 50, 70, 90], "truncate (keep)"),
    ("pun", &[100], "punctuation half-width"),
    ("spc", &[10], "spaces inserted"),
    ("phr", &[1], "phrase and number"),
];

/// What an editor puts before a sentence of a story they repost.
const CONNECTIVES: [&str; 4] = ["据了解，", "此外，", "记者获悉，", "同时，"];
/// Chinese numerals for the digits, to write a number in words (the same value).
const NUMERALS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// `n` (under 100) in Chinese numerals: 7 → 七, 15 → 十五, 40 → 四十.
fn in_words(n: usize) -> String {
    let (tens, ones) = (n / 10, n % 10);
    let mut out = String::new();
    if tens > 1 {
        out.push(NUMERALS[tens]);
    }
    if tens > 0 {
        out.push('十');
    }
    if ones > 0 || n == 0 {
        out.push(NUMERALS[ones]);
    }
    out
}

/// An editor's light touch: a connective before one sentence, a 2–4 char phrase dropped,
/// and the first whole number under 100 written in words.
fn phrase_and_number(chars: &mut Vec<char>, rng: &mut Rng) {
    let digits = |i: usize| chars.get(i).is_some_and(|c| c.is_ascii_digit());
    if let Some(s) = (0..chars.len()).find(|&i| digits(i) && (i == 0 || !digits(i - 1))) {
        let e = (s..chars.len())
            .find(|&i| !digits(i))
            .unwrap_or(chars.len());
        let whole = chars.get(e) != Some(&'.') && (s == 0 || chars[s - 1] != '.');
        let n: usize = chars[s..e]
            .iter()
            .collect::<String>()
            .parse()
            .unwrap_or(100);
        if whole && n < 100 {
            chars.splice(s..e, in_words(n).chars());
        }
    }
    let len = 2 + rng.below(3);
    let cjk_run = |i: usize| chars[i..i + len].iter().all(|&c| is_cjk(c));
    let runs: Vec<usize> = (0..chars.len().saturating_sub(len))
        .filter(|&i| cjk_run(i))
        .collect();
    if !runs.is_empty() {
        let at = runs[rng.below(runs.len())];
        chars.drain(at..at + len);
    }
    let starts: Vec<usize> = (1..chars.len()).filter(|&i| chars[i - 1] == '。').collect();
    let at = if starts.is_empty() {
        0
    } else {
        starts[rng.below(starts.len())]
    };
    let connective = CONNECTIVES[rng.below(CONNECTIVES.len())];
    chars.splice(at..at, connective.chars());
}

/// xorshift64*, seeded: the same picks and edits on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n as u64) as usize
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
    let n = ((chars.len() * rate as usize + 50) / 100).max(1);
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
        "phr" => phrase_and_number(&mut chars, rng),
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

/// Id, text, family (index of the original) and variant (`None` for the original).
type Doc = (String, String, usize, Option<usize>);

/// Reads, cleans and digests documents with default options, in order.
fn digests(docs: &[Doc]) -> Digested {
    let list: Vec<DocDigest> = docs
        .par_iter()
        .map(|(id, text, ..)| {
            let (path, opts) = (format!("{id}.txt"), InputOptions::default());
            let read = read_bytes(text.as_bytes(), Path::new(&path), id, &opts);
            digest(&clean(&read.documents[0], &CleanOptions::default()))
        })
        .collect();
    Digested::of(list).expect("temporary file")
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
        if let CopySource::Unit(at) = c.source {
            link(c.copy.doc, at.doc);
        }
    }
    (cluster_of, out)
}

/// Per variant: copies, found (exact, near, contained), links in and out of the family, and
/// sums of Jaccard and containment.
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
    let arg = std::env::args().nth(1);
    let n: usize = arg.as_deref().and_then(|a| a.parse().ok()).unwrap_or(600);
    let dir = Path::new(REPORTS);
    if !dir.is_dir() {
        println!("{REPORTS} not found (run from the crate root): nothing to measure");
        return;
    }
    let start = Instant::now();
    let variants: Vec<(&str, u32, &str)> = (EDITS.iter())
        .flat_map(|&(edit, rates, label)| rates.iter().map(move |&r| (edit, r, label)))
        .collect();
    let mut seen = HashSet::new();
    let mut pool: Vec<Doc> = Vec::new();
    for year in 2010..=2019 {
        let text = std::fs::read_to_string(dir.join(format!("{year}.txt"))).unwrap_or_default();
        for line in text.lines().map(str::trim) {
            let cjk = line.chars().filter(|&c| is_cjk(c)).count();
            if line.chars().count() >= 60 && cjk >= 20 && seen.insert(line.to_string()) {
                let i = pool.len();
                pool.push((format!("p{i:05}"), line.to_string(), i, None));
            }
        }
    }
    // Negatives: one-paragraph documents that default dedup finds unrelated to each other.
    let pool_digests = digests(&pool);
    let pool_dedup = find(&pool_digests, &DedupOptions::default());
    let (_, pool_links) = links(&pool_digests, &pool_dedup);
    let mut free: Vec<usize> = (0..pool.len())
        .filter(|&i| pool_links[i].is_empty() && pool_digests[i].units.len() == 1)
        .collect();
    let free_count = free.len();
    let mut rng = Rng(0x7469_6661_5eed);
    let originals = rng.pick(&mut free, n);
    // Families: the original ("o0001") and its copies ("o0001-sub-005"), sorted by id.
    let mut docs: Vec<Doc> = Vec::new();
    for (f, &p) in originals.iter().enumerate() {
        let text = &pool[p].1;
        docs.push((format!("o{f:04}"), text.clone(), f, None));
        for (v, &(edit, rate, _)) in variants.iter().enumerate() {
            let copy = edited(text, edit, rate, &mut rng);
            docs.push((format!("o{f:04}-{edit}-{rate:03}"), copy, f, Some(v)));
        }
    }
    docs.sort();
    let (prepared, t) = (start.elapsed(), Instant::now());
    let digested = digests(&docs);
    let (digest_time, t) = (t.elapsed(), Instant::now());
    let dedup = find(&digested, &DedupOptions::default());
    let find_time = t.elapsed();
    let (cluster_of, linked) = links(&digested, &dedup);
    let mut rows: Vec<Row> = variants.iter().map(|_| Row::default()).collect();
    let mut cross = 0;
    for (c, (_, text, family, variant)) in docs.iter().enumerate() {
        let (ours, theirs): (Vec<u32>, Vec<u32>) =
            (linked[c].iter()).partition(|&&d| docs[d as usize].2 == *family);
        cross += theirs.len();
        let Some(v) = *variant else { continue };
        // Sorted by id, a family's documents are contiguous, its original first.
        let (o, row) = (family * (variants.len() + 1), &mut rows[v]);
        let sim = compare(&docs[o].1, text);
        row.copies += 1;
        row.jaccard += sim.jaccard;
        row.containment += sim.containment;
        row.correct += ours.len();
        row.wrong += theirs.len();
        let cluster = cluster_of.get(&(c as u32));
        if cluster.is_some() && cluster == cluster_of.get(&(o as u32)) {
            row.found[usize::from(digested[c].key != digested[o].key)] += 1;
        } else if linked[c].contains(&(o as u32)) {
            row.found[2] += 1; // linked outside a cluster: a containment
        }
    }
    let shown = arg.map_or(String::new(), |a| format!(" -- {a}"));
    println!("command: cargo run --release --example dedup_synthetic{shown}");
    println!(
        "pool: {} paragraphs, {free_count} unrelated; originals: {}; documents: {}\n",
        pool.len(),
        originals.len(),
        docs.len()
    );
    println!("| edit | rate | copies | recall | precision | exact | near | contained | mean Jaccard | mean containment |");
    println!("|---|---|---|---|---|---|---|---|---|---|");
    for (&(edit, rate, label), r) in variants.iter().zip(&rows) {
        let links = r.correct + r.wrong;
        let precision = (links > 0).then(|| format!("{:.3}", r.correct as f64 / links as f64));
        let precision = precision.unwrap_or("–".into());
        let rate = (!matches!(edit, "pun" | "phr")).then(|| format!("{rate}%"));
        let rate = rate.unwrap_or("all".into());
        let [exact, near, contained] = r.found;
        let copies = r.copies.max(1) as f64;
        let recall = (exact + near + contained) as f64 / copies;
        let (j, k) = (r.jaccard / copies, r.containment / copies);
        println!("| {label} | {rate} | {} | {recall:.3} | {precision} | {exact} | {near} | {contained} | {j:.3} | {k:.3} |", r.copies);
    }
    println!("\ncross-family links (false positives, each counted from both ends): {cross}");
    let secs = [prepared, digest_time, find_time, start.elapsed()].map(|d| d.as_secs_f64());
    println!(
        "timing: prepare (with pool dedup) {:.2}s, read+clean+digest {:.2}s, find {:.2}s, total {:.2}s",
        secs[0], secs[1], secs[2], secs[3]
    );
}
