//! Corpus-level deduplication over digests: exact groups by key, near-duplicates by MinHash LSH
//! verified by exact Jaccard, truncated copies by prefix/suffix keys and a looser banding
//! verified by containment, and near-duplicate documents. Clusters are built around a leader,
//! only from verified links to it, so no chain can join unrelated paragraphs.

use super::digest::{
    normalize, Digested, DocDigest, Signatures, Unit, CONTAINMENT, MIN_EXACT_CHARS, MIN_NEAR_CHARS,
};
use super::minhash::{
    agreeing, band_hash, hash_chars, intersection, jaccard, shingles, PreHashed, Signature, BANDS,
    LOOSE_BANDS, LOOSE_ROWS, NEAR_SHINGLE, ROWS,
};
pub use super::templated::Template;
use super::templated::{Facts, Vetoes};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::collections::{BTreeSet, HashMap};

/// Which copy of a cluster is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Keep {
    /// The first in document id order, then position.
    #[default]
    Earliest,
    /// The longest; ties go to the earliest.
    Longest,
}

/// Deduplication settings (defaults and their reasons in `docs/dedup.md`).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct DedupOptions {
    /// Jaccard similarity of shingle sets that makes a near-duplicate.
    pub threshold: f64,
    /// Share of the smaller text's shingles inside the larger that makes a truncated copy.
    pub containment: f64,
    pub keep: Keep,
    /// LSH buckets larger than this are reported, not compared pair by pair.
    pub bucket_cap: usize,
    /// Documents whose Jaccard is at least this are near-duplicate documents.
    pub document_threshold: f64,
}

impl Default for DedupOptions {
    fn default() -> Self {
        DedupOptions {
            threshold: 0.7,
            containment: CONTAINMENT,
            keep: Keep::Earliest,
            bucket_cap: 200,
            document_threshold: 0.7,
        }
    }
}

/// A paragraph (or removed line) occurrence: document index and unit index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct At {
    pub doc: u32,
    pub unit: u32,
}

/// How the members of a cluster repeat each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Exact,
    Near,
}

/// A member of a cluster with its similarity to the canonical member.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Member {
    pub at: At,
    pub score: f64,
}

/// Repeated paragraphs.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    pub kind: Kind,
    /// Normalized text shorter than [`MIN_NEAR_CHARS`]: a repeated heading, byline or label.
    pub short: bool,
    /// In document order.
    pub members: Vec<Member>,
    /// Index into `members` of the copy that is kept.
    pub canonical: usize,
}

/// Where a truncated copy's text stands in full.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    Unit(At),
    /// Paragraphs `first..=last` of a document.
    Passage {
        doc: u32,
        first: u32,
        last: u32,
        span: crate::document::Span,
    },
}

/// "`copy` is a truncated copy of `source`, covering `covers_copy` of the copy and
/// `covers_source` of the source."
#[derive(Debug, Clone, PartialEq)]
pub struct Contained {
    pub copy: At,
    pub source: Source,
    pub covers_copy: f64,
    pub covers_source: Option<f64>,
}

/// A run of sentences of one paragraph found in another paragraph that is neither its copy
/// nor its source as a whole.
#[derive(Debug, Clone, PartialEq)]
pub struct SharedPassage {
    pub copy: At,
    pub copy_span: Stretch,
    pub source: At,
    pub source_span: Stretch,
    pub sentences: usize,
}

/// A char span of the cleaned text and the original bytes that hold it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stretch {
    pub span: crate::document::Span,
    pub bytes: (u32, u32),
}

impl Stretch {
    /// The smallest stretch holding both.
    pub fn union(self, other: Stretch) -> Stretch {
        Stretch {
            span: crate::document::Span::new(
                self.span.start.min(other.span.start),
                self.span.end.max(other.span.end),
            ),
            bytes: (
                self.bytes.0.min(other.bytes.0),
                self.bytes.1.max(other.bytes.1),
            ),
        }
    }
}

/// Near-duplicate or identical documents.
#[derive(Debug, Clone, PartialEq)]
pub struct DocCluster {
    pub kind: Kind,
    /// Document index, Jaccard with the canonical, and share of its text found in the
    /// canonical (in paragraphs that repeat the canonical's, or as 5-char shingles).
    pub members: Vec<(u32, f64, f64)>,
    pub canonical: usize,
}

/// An LSH bucket too large to compare pair by pair.
#[derive(Debug, Clone, PartialEq)]
pub struct GiantBucket {
    pub size: usize,
    pub example: At,
}

/// What deduplication found.
#[derive(Debug, Clone, Default)]
pub struct Dedup {
    pub clusters: Vec<Cluster>,
    /// Paragraphs that share a template: never merged, never dropped.
    pub templated: Vec<Template<At>>,
    /// Documents that share a template (by document index).
    pub templated_documents: Vec<Template<u32>>,
    pub contained: Vec<Contained>,
    pub documents: Vec<DocCluster>,
    pub passages: Vec<SharedPassage>,
    pub giant_buckets: Vec<GiantBucket>,
    /// Occurrences a deduplicated corpus drops, with the index of the cluster (or, past the
    /// clusters, of the containment) that explains each.
    pub removable: Vec<(At, usize)>,
}

/// Finds repeats across the digests (in corpus order).
pub fn find(docs: &Digested, opts: &DedupOptions) -> Dedup {
    let unit = |at: At| &docs[at.doc as usize].units[at.unit as usize];
    let groups = Groups::of(docs);
    let reps: Vec<At> = groups.iter().map(|g| g[0]).collect();
    let mut giant = Vec::new();
    // The signatures are read for the two steps that band them, then dropped.
    let sigs = docs.signatures();
    let facts = Facts::default();
    let templated = Vetoes::default();
    let checks = (&facts, &templated);
    let leaders = near_leaders(docs, &sigs, &reps, &unit, opts, checks, &mut giant);
    let mut out = Dedup::default();
    let mut cluster_of_rep = vec![None; reps.len()];
    for (leader, followers) in &leaders {
        let mut members: Vec<Member> = Vec::new();
        for &(rep, score) in std::iter::once(&(*leader, 1.0)).chain(followers) {
            members.extend(groups.get(rep).iter().map(|&at| Member { at, score }));
            cluster_of_rep[rep] = Some(out.clusters.len());
        }
        members.sort_by_key(|m| m.at);
        out.clusters
            .push(finish(Kind::Near, members, &unit, opts.keep));
    }
    for (rep, group) in groups.iter().enumerate() {
        if group.len() > 1 && cluster_of_rep[rep].is_none() {
            cluster_of_rep[rep] = Some(out.clusters.len());
            let members = group.iter().map(|&at| Member { at, score: 1.0 }).collect();
            out.clusters
                .push(finish(Kind::Exact, members, &unit, opts.keep));
        }
    }
    out.clusters.sort_by_key(|c| c.members[c.canonical].at);
    let rep_clusters = (&reps[..], &cluster_of_rep[..]);
    out.contained = contained(docs, sigs, rep_clusters, &unit, opts, checks, &mut giant);
    out.templated = templated.groups();
    out.giant_buckets = giant;
    // Reps are in corpus order: each group's first occurrence, groups numbered as first seen.
    let occurrences = |copy| reps.binary_search(&copy).map_or(&[][..], |g| groups.get(g));
    out.removable = removable(&out, occurrences, &unit);
    let templated_documents = Vetoes::default();
    (out.documents, out.passages) = rayon::join(
        || documents(docs, &out, opts, (&facts, &templated_documents)),
        || shared_passages(docs, &out, opts),
    );
    out.templated_documents = templated_documents.groups();
    out
}

/// Chars a single shared sentence needs to count as a copied passage.
const MIN_PASSAGE_RUN: usize = 40;

/// Sentences repeated in paragraphs that are not already linked as wholes, merged into one
/// run per pair of paragraphs; the earlier paragraph is the source. The paragraphs of a
/// cluster count as one, the earliest of them holding the sentence standing for all: a passage
/// shared by two paragraphs copied into n documents each is reported once, not n² times.
/// Sentences repeated in more paragraphs than the bucket cap are boilerplate and skipped.
fn shared_passages(docs: &Digested, out: &Dedup, opts: &DedupOptions) -> Vec<SharedPassage> {
    let sentences = docs.sentences();
    // The cluster of each unit, by its number in the corpus.
    let first_unit: Vec<usize> = docs
        .iter()
        .scan(0, |n, doc| {
            let first = *n;
            *n += doc.units.len();
            Some(first)
        })
        .collect();
    let mut cluster_of = vec![u32::MAX; docs.iter().map(|d| d.units.len()).sum()];
    for (c, cluster) in out.clusters.iter().enumerate() {
        for m in &cluster.members {
            cluster_of[first_unit[m.at.doc as usize] + m.at.unit as usize] = c as u32;
        }
    }
    // A paragraph's cluster as its earliest member (members are in corpus order).
    let identity = |at: At| match cluster_of[first_unit[at.doc as usize] + at.unit as usize] {
        u32::MAX => at,
        c => out.clusters[c as usize].members[0].at,
    };
    let mut linked: BTreeSet<(At, At)> = BTreeSet::new();
    for c in &out.contained {
        if let Source::Unit(s) = c.source {
            let (a, b) = (identity(c.copy), identity(s));
            linked.insert((a.min(b), a.max(b)));
        }
    }
    // Key, document and sentence number, 16 bytes a sentence: a large corpus has millions.
    // Sentences are stored in text order, so the number orders them as (unit, span) would.
    let mut entries: Vec<(u64, u32, u32)> = (0..docs.len())
        .flat_map(|d| {
            let of = sentences.of(d);
            (0..of.len()).map(move |i| (of[i].key, d as u32, i as u32))
        })
        .collect();
    radsort::sort_by_key(&mut entries, |&e| e);
    let sentence = |&(_, d, i): &(u64, u32, u32)| {
        let s = &sentences.of(d as usize)[i as usize];
        let at = At {
            doc: d,
            unit: s.unit,
        };
        let stretch = Stretch {
            span: s.span.get(),
            bytes: s.bytes,
        };
        (identity(at), at, stretch)
    };
    let mut runs: FxHashMap<(At, At), SharedPassage> = FxHashMap::default();
    let mut holders: Vec<Holder> = Vec::new();
    let repeated = |g: &&[(u64, u32, u32)]| {
        let paragraphs = g
            .iter()
            .map(|&(_, d, i)| sentences.of(d as usize)[i as usize].paragraphs as usize);
        is_shared_sentence(g.len(), paragraphs.sum(), opts)
    };
    for group in entries.chunk_by(|a, b| a.0 == b.0).filter(repeated) {
        holders.clear();
        holders.extend(group.iter().map(sentence));
        sentence_pairs(&mut holders, |source, copy| {
            if linked.contains(&(source.0.min(copy.0), source.0.max(copy.0))) {
                return;
            }
            let run = runs.entry((copy.1, source.1)).or_insert(SharedPassage {
                copy: copy.1,
                copy_span: copy.2,
                source: source.1,
                source_span: source.2,
                sentences: 0,
            });
            run.copy_span = run.copy_span.union(copy.2);
            run.source_span = run.source_span.union(source.2);
            run.sentences += 1;
        });
    }
    let mut list: Vec<SharedPassage> = runs.into_values().filter(is_passage).collect();
    list.sort_by_key(|p| (p.copy, p.source));
    list
}

/// A holder of a repeated sentence: its paragraph's identity (the earliest member of the
/// paragraph's cluster, else the paragraph), its paragraph and its stretch.
pub type Holder = (At, At, Stretch);

/// Whether a sentence key held `count` times, standing for `paragraphs` paragraphs, is
/// compared: repeated, and not boilerplate (in more paragraphs than the bucket cap).
pub fn is_shared_sentence(count: usize, paragraphs: usize, opts: &DedupOptions) -> bool {
    count > 1 && paragraphs <= opts.bucket_cap
}

/// The pairs `(source, copy)` of the holders of one repeated sentence (given in corpus order,
/// then text order): the earliest occurrence of each paragraph identity, every earlier one a
/// source of every later one.
pub fn sentence_pairs(holders: &mut Vec<Holder>, mut pair: impl FnMut(&Holder, &Holder)) {
    holders.sort_by_key(|&(id, at, _)| (id, at));
    holders.dedup_by_key(|h| h.0);
    holders.sort_by_key(|h| h.1);
    for (i, source) in holders.iter().enumerate() {
        for copy in &holders[i + 1..] {
            pair(source, copy);
        }
    }
}

/// Whether a run of shared sentences is reported: one short sentence in common is a stock
/// phrase more often than a copy.
pub fn is_passage(p: &SharedPassage) -> bool {
    p.sentences >= 2 || p.copy_span.span.len() >= MIN_PASSAGE_RUN
}

/// Occurrences grouped by exact key, in corpus order; each group's first is its rep. Kept flat
/// (8 bytes an occurrence and 4 a group), not as a vector a group: a large corpus has
/// millions.
struct Groups {
    places: Vec<At>,
    /// Where each group starts in `places`, and where the last ends.
    starts: Vec<u32>,
}

impl Groups {
    fn of(docs: &[DocDigest]) -> Groups {
        let mut index: HashMap<u64, u32, PreHashed> = HashMap::default();
        let mut sizes: Vec<u32> = Vec::new();
        let group_of: Vec<u32> = (docs.iter().flat_map(|doc| &doc.units))
            .map(|unit| {
                let next = sizes.len() as u32;
                let g = *index.entry(unit.key).or_insert(next);
                if g == next {
                    sizes.push(0);
                }
                sizes[g as usize] += 1;
                g
            })
            .collect();
        drop(index);
        let starts: Vec<u32> = std::iter::once(0)
            .chain(sizes.iter().scan(0, |end, &n| {
                *end += n;
                Some(*end)
            }))
            .collect();
        let mut free = starts.clone();
        let mut places = vec![At { doc: 0, unit: 0 }; group_of.len()];
        let ats = docs.iter().enumerate().flat_map(|(d, doc)| {
            (0..doc.units.len() as u32).map(move |unit| At {
                doc: d as u32,
                unit,
            })
        });
        for (at, g) in ats.zip(group_of) {
            places[free[g as usize] as usize] = at;
            free[g as usize] += 1;
        }
        Groups { places, starts }
    }

    /// The occurrences of group `g`, in corpus order.
    fn get(&self, g: usize) -> &[At] {
        &self.places[self.starts[g] as usize..self.starts[g + 1] as usize]
    }

    /// Every group in order.
    fn iter(&self) -> impl Iterator<Item = &[At]> {
        (self.starts.windows(2)).map(|w| &self.places[w[0] as usize..w[1] as usize])
    }
}

/// Candidate pairs of reps sharing a bucket key and passing `wanted`, sorted; buckets over
/// the cap are reported instead. `keys(band, entries)` fills the keys of one band, so a worker
/// holds one band's entries (16 bytes each) at a time; keys are sorted rather than hashed into
/// a map. `wanted` sees the `info` of the two reps (the earlier first), looked up once a
/// bucket member: the members of a bucket lie anywhere in the corpus. Bands are independent
/// and run in parallel.
fn bucket_pairs<I: Copy + Send>(
    bands: usize,
    keys: impl Fn(usize, &mut Vec<(u64, u32)>) + Sync,
    info: impl Fn(usize) -> I + Sync,
    wanted: impl Fn(I, I) -> bool + Sync,
    cap: usize,
    reps: &[At],
    giant: &mut Vec<GiantBucket>,
) -> Vec<(u32, u32)> {
    let band_pairs = |mut found: Found<I>, band: usize| {
        let Found {
            pairs,
            giant,
            entries,
            infos,
            ..
        } = &mut found;
        entries.clear();
        keys(band, entries);
        // Radix sort: millions of hashed keys a band at 1 GB, where sorting them by comparison
        // was the larger part of the corpus-level stage.
        radsort::sort_by_key(entries, |&e| e);
        entries.dedup();
        for bucket in entries.chunk_by(|a, b| a.0 == b.0).filter(|b| b.len() > 1) {
            if bucket.len() > cap {
                giant.push(GiantBucket {
                    size: bucket.len(),
                    example: reps[bucket[0].1 as usize],
                });
                continue;
            }
            // Sorted by rep within the key: each pair comes earlier rep first.
            infos.clear();
            infos.extend(bucket.iter().map(|&(_, r)| info(r as usize)));
            for (i, &(_, a)) in bucket.iter().enumerate() {
                pairs.extend(
                    bucket[i + 1..]
                        .iter()
                        .zip(&infos[i + 1..])
                        .filter(|&(_, &b_info)| wanted(infos[i], b_info))
                        .map(|(&(_, b), _)| (a, b)),
                );
            }
        }
        found.thin();
        found
    };
    let found = (0..bands)
        .into_par_iter()
        .fold(Found::default, band_pairs)
        .reduce(Found::default, |mut a, b| {
            a.pairs.extend(b.pairs);
            a.giant.extend(b.giant);
            a.thin();
            a
        });
    let mut pairs = found.pairs;
    radsort::sort_by_key(&mut pairs, |&p| p);
    pairs.dedup();
    giant.extend(found.giant);
    giant.sort_by_key(|g| (std::cmp::Reverse(g.size), g.example));
    pairs
}

/// What [`bucket_pairs`] gathers over some bands, with a worker's scratch space.
struct Found<I> {
    /// Pairs of rep numbers, 8 bytes each: tens of millions at 1 GB.
    pairs: Vec<(u32, u32)>,
    /// Pairs already free of repeats.
    deduped: usize,
    giant: Vec<GiantBucket>,
    entries: Vec<(u64, u32)>,
    infos: Vec<I>,
}

impl<I> Default for Found<I> {
    fn default() -> Self {
        Found {
            pairs: Vec::new(),
            deduped: 0,
            giant: Vec::new(),
            entries: Vec::new(),
            infos: Vec::new(),
        }
    }
}

impl<I> Found<I> {
    /// Drops pairs found again (in other bands) once they pile up.
    fn thin(&mut self) {
        if self.pairs.len() > 2 * self.deduped.max(1 << 16) {
            radsort::sort_by_key(&mut self.pairs, |&p| p);
            self.pairs.dedup();
            self.deduped = self.pairs.len();
        }
    }
}

/// Every pair of signed reps sharing one of the `BANDS` bands of `ROWS` values (see
/// [`bucket_pairs`]).
fn banded_pairs(
    signed: &[(u32, &Signature)],
    cap: usize,
    reps: &[At],
    giant: &mut Vec<GiantBucket>,
) -> Vec<(u32, u32)> {
    let keys = |b: usize, out: &mut Vec<(u64, u32)>| band_keys(signed, b, ROWS, out);
    bucket_pairs(BANDS, keys, |_| (), |_, _| true, cap, reps, giant)
}

/// The keys of band `band` (`rows` values each) of the signed reps, for [`bucket_pairs`].
fn band_keys(signed: &[(u32, &Signature)], band: usize, rows: usize, out: &mut Vec<(u64, u32)>) {
    out.extend(
        signed
            .iter()
            .map(|&(r, sig)| (band_hash(sig, band, rows), r)),
    );
}

fn shingle_set(docs: &Digested, unit: &Unit, k: usize) -> Vec<u64> {
    shingles(&docs.norm(unit), k)
}

/// Near-duplicate clusters of reps: candidates share an LSH band, verified by the Jaccard of
/// their shingles (see [`lead`]).
fn near_leaders<'a>(
    docs: &Digested,
    sigs: &Signatures,
    reps: &[At],
    unit: &(impl Fn(At) -> &'a Unit + Sync),
    opts: &DedupOptions,
    (facts, templated): (&Facts, &Vetoes<At>),
    giant: &mut Vec<GiantBucket>,
) -> Vec<(usize, Vec<(usize, f64)>)> {
    let signed: Vec<(u32, &Signature)> = reps
        .iter()
        .enumerate()
        .filter_map(|(r, &at)| sigs.get(unit(at).sig).map(|s| (r as u32, s)))
        .collect();
    let pairs = banded_pairs(&signed, opts.bucket_cap, reps, giant);
    let norm = |r: usize| docs.norm(unit(reps[r]));
    let prepare = |r: usize| {
        let norm = norm(r);
        (shingles(&norm, NEAR_SHINGLE), norm)
    };
    lead(
        reps.len(),
        &pairs,
        prepare,
        |(set, leader_norm), leader, b| {
            let b_norm = norm(b);
            let j = jaccard(set, &shingles(&b_norm, NEAR_SHINGLE));
            (j >= opts.threshold)
                .then(|| {
                    templated.unless(facts, (reps[leader], leader_norm), (reps[b], &b_norm), j)
                })
                .flatten()
        },
    )
}

/// Leader clustering over candidate pairs `(a, b)`, a < b, sorted: in corpus order, an
/// unassigned rep leads the unassigned reps it is linked to, `link(prepared leader, leader,
/// rep)` giving the score of a verified pair (`prepare` runs once a leader).
/// Only the pairs of a leader and an unassigned rep are verified, so a group of n copies
/// costs n − 1 checks, not n²/2. Returns each leader with its followers and their scores.
pub(super) fn lead<P: Sync>(
    n: usize,
    pairs: &[(u32, u32)],
    prepare: impl Fn(usize) -> P,
    link: impl Fn(&P, usize, usize) -> Option<f64> + Sync,
) -> Vec<(usize, Vec<(usize, f64)>)> {
    // A rep earlier than the leader and still unassigned was a leader candidate itself and
    // found no link to it, so only later partners are checked: a leader's run of pairs.
    let mut assigned = vec![false; n];
    let mut out = Vec::new();
    for later in pairs.chunk_by(|x, y| x.0 == y.0) {
        let leader = later[0].0 as usize;
        if assigned[leader] {
            continue;
        }
        let open: Vec<usize> = (later.iter())
            .map(|&(_, f)| f as usize)
            .filter(|&f| !assigned[f])
            .collect();
        if open.is_empty() {
            continue;
        }
        let prepared = prepare(leader);
        let followers: Vec<(usize, f64)> = open
            .into_par_iter()
            .with_min_len(8)
            .filter_map(|f| link(&prepared, leader, f).map(|s| (f, s)))
            .collect();
        if followers.is_empty() {
            continue;
        }
        assigned[leader] = true;
        for &(f, _) in &followers {
            assigned[f] = true;
        }
        out.push((leader, followers));
    }
    out
}

pub(super) fn finish<'a>(
    kind: Kind,
    members: Vec<Member>,
    unit: &(impl Fn(At) -> &'a Unit + Sync),
    keep: Keep,
) -> Cluster {
    let canonical = match keep {
        Keep::Earliest => members
            .iter()
            .position(|m| unit(m.at).paragraph.is_some())
            .unwrap_or(0),
        Keep::Longest => (0..members.len())
            .max_by_key(|&i| {
                (
                    unit(members[i].at).paragraph.is_some(),
                    unit(members[i].at).norm_len,
                    std::cmp::Reverse(i),
                )
            })
            .unwrap_or(0),
    };
    let short = members
        .iter()
        .all(|m| (unit(m.at).norm_len as usize) < MIN_NEAR_CHARS);
    Cluster {
        kind,
        short,
        members,
        canonical,
    }
}

/// Share of a truncated copy its source must cover for a clean corpus to drop it: below it
/// the copy holds text of its own, which would be lost.
const DROP_COVER: f64 = 0.95;

/// Chars of the normalized start and end that key a truncation candidate.
const EDGE_CHARS: usize = 12;
/// A contained copy is at most this share of its source's length.
const LOPSIDED: f64 = 0.9;
/// Shingle size for containment.
pub(super) const CONTAINMENT_SHINGLE: usize = 5;
/// Fewest shingles of a copy for containment to mean something.
const MIN_COPY_SHINGLES: usize = 10;

/// Truncated copies: candidates share a normalized start or end, or a loose LSH band;
/// verified by containment. Passages found inside documents are added.
fn contained<'a>(
    docs: &Digested,
    sigs: Signatures,
    (reps, cluster_of_rep): (&[At], &[Option<usize>]),
    unit: &(impl Fn(At) -> &'a Unit + Sync),
    opts: &DedupOptions,
    (facts, templated): (&Facts, &Vetoes<At>),
    giant: &mut Vec<GiantBucket>,
) -> Vec<Contained> {
    let eligible: Vec<usize> = (0..reps.len())
        .filter(|&r| {
            unit(reps[r]).paragraph.is_some() && unit(reps[r]).norm_len as usize >= MIN_NEAR_CHARS
        })
        .collect();
    // A rep's normalized start and end, its text read once for both.
    let edges = |r: usize| edge_keys(&docs.norm(unit(reps[r])));
    let signed: Vec<(u32, &Signature)> = eligible
        .iter()
        .filter_map(|&r| sigs.get(unit(reps[r]).sig).map(|s| (r as u32, s)))
        .collect();
    // Band 0: the edges; then the loose bands.
    let keys = |b: usize, out: &mut Vec<(u64, u32)>| match b {
        0 => out.extend(eligible.iter().flat_map(|&r| {
            let [head, tail] = edges(r);
            [(head, r as u32), (tail, r as u32)]
        })),
        _ => band_keys(&signed, b - 1, LOOSE_ROWS, out),
    };
    // Only lopsided pairs from different clusters can be copy and source: the others are
    // dropped as they are found, before they are sorted (length and cluster of each rep side
    // by side, as every bucket pair is looked at).
    let sizes: Vec<(u32, u32)> = (0..reps.len())
        .map(|r| {
            let cluster = cluster_of_rep[r].map_or(u32::MAX, |c| c as u32);
            (unit(reps[r]).norm_len, cluster)
        })
        .collect();
    let oriented = |a: usize, b: usize| {
        if sizes[a].0 <= sizes[b].0 {
            (a, b)
        } else {
            (b, a)
        }
    };
    // Each rep's signature at hand (millions of pairs, each a look-up on both sides).
    let sig_of: Vec<Option<&Signature>> = reps.iter().map(|&at| sigs.get(unit(at).sig)).collect();
    // The same orientation on (length, cluster) as `oriented` on reps; pairs whose signatures
    // agree too little for the copy to be inside the source are dropped here too, before
    // they are stored (tens of millions of bucket pairs at 1 GB, a tenth of them plausible).
    let candidate = |a: ((u32, u32), Option<&Signature>), b: ((u32, u32), Option<&Signature>)| {
        let same_cluster = a.0 .1 != u32::MAX && a.0 .1 == b.0 .1;
        could_be_copy((a.0 .0, a.1), (b.0 .0, b.1), same_cluster, opts.containment)
    };
    let mut giant_loose = Vec::new();
    let pairs = bucket_pairs(
        1 + LOOSE_BANDS,
        keys,
        |r| (sizes[r], sig_of[r]),
        candidate,
        opts.bucket_cap,
        reps,
        &mut giant_loose,
    );
    giant.extend(giant_loose);
    // What follows reads texts, not signatures.
    drop((signed, sig_of));
    drop(sigs);
    // Each pair as (copy, source).
    let plausible: Vec<(usize, usize)> = pairs
        .into_iter()
        .map(|(a, b)| oriented(a as usize, b as usize))
        .collect();
    // 5-char shingles even for short copies: 3-char ones make reworded formulas look
    // contained in each other.
    // Reps near each other: those of one cluster, then the others by number.
    let near = |r: usize| cluster_of_rep[r].map_or(1 << 31 | r as u32, |c| c as u32);
    let verified: Vec<(usize, usize, f64, f64)> = in_batches(
        &plausible,
        near,
        |r| shingle_set(docs, unit(reps[r]), CONTAINMENT_SHINGLE),
        |small, large, ss, sl| {
            let (covers, covers_source) = covers(ss, sl, opts.containment)?;
            // Texts are read back only for the pairs that hold: the word-level check.
            let (a, b) = (reps[small], reps[large]);
            let (na, nb) = (docs.norm(unit(a)), docs.norm(unit(b)));
            templated
                .unless(facts, (a, &na), (b, &nb), covers)
                .map(|covers| (small, large, covers, covers_source))
        },
    );
    let mut out: Vec<Contained> = best_sources(verified)
        .into_iter()
        .map(|(copy, (source, covers_copy, covers_source))| Contained {
            copy: reps[copy],
            source: Source::Unit(reps[source]),
            covers_copy,
            covers_source: Some(covers_source),
        })
        .collect();
    for (d, doc) in docs.iter().enumerate() {
        for p in &doc.passages {
            out.push(Contained {
                copy: At {
                    doc: d as u32,
                    unit: p.copy,
                },
                source: Source::Passage {
                    doc: d as u32,
                    first: p.first_paragraph,
                    last: p.last_paragraph,
                    span: p.span,
                },
                covers_copy: p.covers_copy,
                covers_source: None,
            });
        }
    }
    out.sort_by_key(|c| c.copy);
    out.dedup_by_key(|c| c.copy);
    out
}

/// A text's normalized start and end as keys (the end's distinct from any start).
pub(super) fn edge_keys(norm: &[char]) -> [u64; 2] {
    let tail = norm.len().saturating_sub(EDGE_CHARS);
    [
        hash_chars(&norm[..EDGE_CHARS.min(norm.len())]),
        hash_chars(&norm[tail..]) ^ 1,
    ]
}

/// Whether two units (normalized length and signature) could be a truncated copy and its
/// source: lopsided, not of one cluster, and signatures that leave room (see
/// [`could_contain`]).
pub(super) fn could_be_copy(
    a: (u32, Option<&Signature>),
    b: (u32, Option<&Signature>),
    same_cluster: bool,
    containment: f64,
) -> bool {
    let ((ls, small), (ll, large)) = if a.0 <= b.0 { (a, b) } else { (b, a) };
    ls as f64 <= LOPSIDED * ll as f64
        && !same_cluster
        && could_contain((small, ls), (large, ll), containment)
}

/// The share of a copy's 5-char shingles `copy` found in its source's `source`, and of the
/// source's in the copy, when the copy is contained (enough shingles, enough covered).
pub(super) fn covers(copy: &[u64], source: &[u64], containment: f64) -> Option<(f64, f64)> {
    let common = intersection(copy, source) as f64;
    let covers = common / copy.len() as f64;
    (copy.len() >= MIN_COPY_SHINGLES && covers >= containment)
        .then(|| (covers, common / source.len() as f64))
}

/// The best source of each copy among verified `(copy, source, covers, covers_source)` in
/// pair order: highest cover, then the first.
pub(super) fn best_sources<T: Copy + Eq + std::hash::Hash>(
    verified: impl IntoIterator<Item = (T, T, f64, f64)>,
) -> HashMap<T, (T, f64, f64)> {
    let mut best: HashMap<T, (T, f64, f64)> = HashMap::new();
    for (copy, source, covers, covers_source) in verified {
        if best.get(&copy).is_none_or(|&(_, c, _)| covers > c) {
            best.insert(copy, (source, covers, covers_source));
        }
    }
    best
}

/// Pairs checked in one batch.
const BATCH: usize = 4096;

/// `check(a, b, set of a, set of b)` for each pair of items, in batches of pairs that lie
/// together under `near` (the variants of a paragraph and the variants of what contains it
/// share a cluster): a batch makes the set of each of its items once and drops them all, so
/// memory stays bounded and batches run in parallel however far the pairs link up (at 1 GB,
/// 80% of the containment pairs form one linked group). Results come in the order of `pairs`.
fn in_batches<T: Send>(
    pairs: &[(usize, usize)],
    near: impl Fn(usize) -> u32,
    set: impl Fn(usize) -> Vec<u64> + Sync,
    check: impl Fn(usize, usize, &[u64], &[u64]) -> Option<T> + Sync,
) -> Vec<T> {
    let mut order: Vec<(u32, u32, u32)> = (pairs.iter().enumerate())
        .map(|(i, &(a, b))| (near(b), near(a), i as u32))
        .collect();
    radsort::sort_by_key(&mut order, |&e| e);
    let mut found: Vec<(u32, T)> = order
        .par_chunks(BATCH)
        .flat_map_iter(|batch| {
            let mut sets: FxHashMap<usize, Vec<u64>> = FxHashMap::default();
            for &(_, _, i) in batch {
                let (a, b) = pairs[i as usize];
                for r in [a, b] {
                    sets.entry(r).or_insert_with(|| set(r));
                }
            }
            (batch.iter())
                .filter_map(|&(_, _, i)| {
                    let (a, b) = pairs[i as usize];
                    check(a, b, &sets[&a], &sets[&b]).map(|t| (i, t))
                })
                .collect::<Vec<_>>()
        })
        .collect();
    found.sort_by_key(|&(i, _)| i);
    found.into_iter().map(|(_, t)| t).collect()
}

/// Whether the signatures leave room for `copy` to be `containment` inside `source`. If the
/// copy's set lay wholly inside the source's, their Jaccard would be about the ratio of their
/// lengths; the share of agreeing hashes estimates the Jaccard, and a wide margin allows for
/// the estimate's noise and for copies that are only partly inside.
fn could_contain(
    (copy_sig, copy_len): (Option<&Signature>, u32),
    (source_sig, source_len): (Option<&Signature>, u32),
    containment: f64,
) -> bool {
    let (Some(a), Some(b)) = (copy_sig, source_sig) else {
        return true;
    };
    let agree = agreeing(a, b) as f64 / a.len() as f64;
    let (c, s) = (f64::from(copy_len), f64::from(source_len));
    let expected = containment * c / (s + (1.0 - containment) * c);
    agree >= expected * 0.5
}

/// The occurrences a deduplicated corpus drops, never losing text:
/// - every non-canonical paragraph of a cluster that is not short;
/// - a short one (a repeated heading or "各位代表！") when a neighbouring paragraph is dropped,
///   so that a block repeated whole goes whole;
/// - every occurrence of a truncated copy whose source stays (or is an exact copy of one that
///   stays) and covers it (at least [`DROP_COVER`]).
///
/// `occurrences(copy)` lists the occurrences of a truncated copy's exact group.
pub fn removable<'a, 'b>(
    out: &Dedup,
    occurrences: impl Fn(At) -> &'b [At],
    unit: &impl Fn(At) -> &'a Unit,
) -> Vec<(At, usize)> {
    let mut drop: HashMap<At, usize> = HashMap::new();
    let mut exact_copy: BTreeSet<At> = BTreeSet::new();
    let mut short: Vec<(At, usize)> = Vec::new();
    for (c, cluster) in out.clusters.iter().enumerate() {
        for (i, m) in cluster.members.iter().enumerate() {
            if i == cluster.canonical || unit(m.at).paragraph.is_none() {
                continue;
            }
            if cluster.short {
                short.push((m.at, c));
            } else {
                drop.insert(m.at, c);
                if cluster.kind == Kind::Exact {
                    exact_copy.insert(m.at);
                }
            }
        }
    }
    for (i, c) in out.contained.iter().enumerate() {
        // A copy with text of its own (a headline that adds 被开除党籍 to its lead) stays.
        if c.covers_copy < DROP_COVER {
            continue;
        }
        let source_stays = match &c.source {
            Source::Unit(at) => !drop.contains_key(at) || exact_copy.contains(at),
            Source::Passage { .. } => true,
        };
        if !source_stays {
            continue;
        }
        for &at in occurrences(c.copy).iter().chain(std::iter::once(&c.copy)) {
            if unit(at).paragraph.is_some() {
                drop.insert(at, out.clusters.len() + i);
            }
        }
    }
    loop {
        let before = short.len();
        short.retain(|&(at, c)| {
            let neighbour = |d: i64| {
                let u = at.unit as i64 + d;
                u >= 0
                    && drop.contains_key(&At {
                        doc: at.doc,
                        unit: u as u32,
                    })
            };
            if neighbour(-1) || neighbour(1) {
                drop.insert(at, c);
                false
            } else {
                true
            }
        });
        if short.len() == before {
            break;
        }
    }
    let mut list: Vec<(At, usize)> = drop.into_iter().collect();
    list.sort();
    list
}

/// Near-duplicate documents: identical normalized texts, or candidates (see
/// [`document_pairs`]) whose Jaccard is high, or whose smaller text lies mostly in the other
/// (in repeated paragraphs, or by its 5-char shingles: a truncated or edited repost).
fn documents(
    docs: &Digested,
    dedup: &Dedup,
    opts: &DedupOptions,
    (facts, templated): (&Facts, &Vetoes<u32>),
) -> Vec<DocCluster> {
    // Which clusters each document's paragraphs belong to, with their chars.
    let mut clusters_of: Vec<Vec<(usize, u32)>> = vec![Vec::new(); docs.len()];
    for (c, cluster) in dedup.clusters.iter().enumerate() {
        for m in &cluster.members {
            let u = &docs[m.at.doc as usize].units[m.at.unit as usize];
            if u.paragraph.is_some() {
                clusters_of[m.at.doc as usize].push((c, u.span.get().len() as u32));
            }
        }
    }
    let share = |a: usize, b: usize| share(&clusters_of[a], &clusters_of[b], docs[a].chars);
    let doc_norm = |d: usize| -> Vec<char> {
        (docs[d].units.iter())
            .filter(|u| u.paragraph.is_some())
            .flat_map(|u| docs.norm(u))
            .collect()
    };
    // Share of `a`'s 5-char shingles found in `b` (a truncated or edited copy).
    let found_in = |a: usize, b: usize| -> f64 {
        let sa = shingles(&doc_norm(a), CONTAINMENT_SHINGLE);
        found_in(&sa, &shingles(&doc_norm(b), CONTAINMENT_SHINGLE))
    };
    // Exact documents first, then LSH over one rep per exact group.
    let mut by_key: HashMap<u64, Vec<usize>> = HashMap::new();
    for (d, doc) in docs.iter().enumerate() {
        if doc.norm_len >= MIN_EXACT_CHARS {
            by_key.entry(doc.key).or_default().push(d);
        }
    }
    let mut exact: Vec<Vec<usize>> = by_key.into_values().collect();
    exact.sort();
    let reps: Vec<usize> = exact.iter().map(|g| g[0]).collect();
    let rep_at: Vec<At> = reps
        .iter()
        .map(|&d| At {
            doc: d as u32,
            unit: 0,
        })
        .collect();
    let doc_sigs = docs.doc_signatures();
    let signed: Vec<(u32, &Signature)> = reps
        .iter()
        .enumerate()
        .filter_map(|(r, &d)| doc_sigs.get(docs[d].sig).map(|s| (r as u32, s)))
        .collect();
    let lens: Vec<u32> = reps.iter().map(|&d| docs[d].norm_len as u32).collect();
    let pairs = document_pairs(&signed, &lens, opts, &rep_at);
    let prepare = |a: usize| {
        let norm = doc_norm(reps[a]);
        (shingles(&norm, CONTAINMENT_SHINGLE), norm)
    };
    let leaders = lead(reps.len(), &pairs, prepare, |(sa, na), a, b| {
        let (da, db) = (reps[a], reps[b]);
        let nb = doc_norm(db);
        let sb = shingles(&nb, CONTAINMENT_SHINGLE);
        let j = jaccard(sa, &sb);
        let small = if docs[da].chars <= docs[db].chars {
            (da, db)
        } else {
            (db, da)
        };
        let linked = j >= opts.document_threshold
            || share(small.0, small.1) >= opts.containment
            || covered_share(sa, &sb) >= opts.containment;
        linked
            .then(|| templated.unless(facts, (da as u32, na), (db as u32, &nb), j))
            .flatten()
    });
    let mut out = Vec::new();
    let mut in_near = vec![false; reps.len()];
    for (leader, followers) in leaders {
        let mut members = Vec::new();
        for (r, j) in std::iter::once((leader, 1.0)).chain(followers) {
            in_near[r] = true;
            let lead_doc = reps[leader];
            members.extend(exact[r].iter().map(|&d| {
                (
                    d as u32,
                    j,
                    if d == lead_doc {
                        1.0
                    } else {
                        share(d, lead_doc).max(found_in(d, lead_doc))
                    },
                )
            }));
        }
        members.sort_by_key(|m| m.0);
        let canonical = members
            .iter()
            .position(|m| m.0 as usize == reps[leader])
            .unwrap_or(0);
        out.push(DocCluster {
            kind: Kind::Near,
            members,
            canonical,
        });
    }
    for (r, group) in exact.iter().enumerate() {
        if group.len() > 1 && !in_near[r] {
            let members = group.iter().map(|&d| (d as u32, 1.0, 1.0)).collect();
            out.push(DocCluster {
                kind: Kind::Exact,
                members,
                canonical: 0,
            });
        }
    }
    out.sort_by_key(|c| c.members[c.canonical].0);
    out
}

/// Share of `a`'s shingles found in `b` (how much of a document its group's leader holds).
pub(super) fn found_in(a: &[u64], b: &[u64]) -> f64 {
    intersection(a, b) as f64 / a.len().max(1) as f64
}

/// Whether two documents `(normalized length, signature)` sharing a loose band could be one
/// mostly inside the other (the shorter in the longer; see [`could_contain`]).
pub(super) fn could_contain_either(
    a: (u32, Option<&Signature>),
    b: (u32, Option<&Signature>),
    containment: f64,
) -> bool {
    let (small, large) = if a.0 <= b.0 { (a, b) } else { (b, a) };
    could_contain((small.1, small.0), (large.1, large.0), containment)
}

/// Share of the smaller shingle set found in the larger: how much of a truncated or edited
/// copy its source holds; 0 when the smaller has under [`MIN_COPY_SHINGLES`].
pub(super) fn covered_share(a: &[u64], b: &[u64]) -> f64 {
    let small = a.len().min(b.len());
    if small < MIN_COPY_SHINGLES {
        return 0.0;
    }
    intersection(a, b) as f64 / small as f64
}

/// Candidate pairs of document reps: a shared LSH band (near-duplicates), or a shared loose
/// band when the signatures leave room for one text to lie mostly inside the other (a
/// truncated repost, or one whose headline or lead was rewritten: their Jaccard can be far
/// below the threshold while the copy is whole in its source).
fn document_pairs(
    signed: &[(u32, &Signature)],
    lens: &[u32],
    opts: &DedupOptions,
    reps: &[At],
) -> Vec<(u32, u32)> {
    let mut pairs = banded_pairs(signed, opts.bucket_cap, reps, &mut Vec::new());
    let mut sig_of: Vec<Option<&Signature>> = vec![None; lens.len()];
    for &(r, sig) in signed {
        sig_of[r as usize] = Some(sig);
    }
    let keys = |b: usize, out: &mut Vec<(u64, u32)>| band_keys(signed, b, LOOSE_ROWS, out);
    let info = |r: usize| (lens[r], sig_of[r]);
    let plausible = |a: (u32, Option<&Signature>), b: (u32, Option<&Signature>)| {
        could_contain_either(a, b, opts.containment)
    };
    let loose = bucket_pairs(
        LOOSE_BANDS,
        keys,
        info,
        plausible,
        opts.bucket_cap,
        reps,
        &mut Vec::new(),
    );
    pairs.extend(loose);
    radsort::sort_by_key(&mut pairs, |&p| p);
    pairs.dedup();
    pairs
}

/// Share of a document's `chars` in its paragraphs (cluster, chars) whose clusters `theirs`
/// (another document's paragraphs) has too.
pub(super) fn share<C: Ord + Copy>(ours: &[(C, u32)], theirs: &[(C, u32)], chars: usize) -> f64 {
    let theirs: BTreeSet<C> = theirs.iter().map(|&(c, _)| c).collect();
    let repeated: u32 = (ours.iter())
        .filter(|(c, _)| theirs.contains(c))
        .map(|&(_, n)| n)
        .sum();
    repeated as f64 / chars.max(1) as f64
}

/// How two texts compare as deduplication sees them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Similarity {
    /// Jaccard similarity of their 3-char shingle sets.
    pub jaccard: f64,
    /// Share of the shorter text's 5-char shingles found in the longer one.
    pub containment: f64,
}

/// Compares two texts with the measures that verify near-duplicates and truncated copies.
pub fn compare(a: &str, b: &str) -> Similarity {
    let (na, nb) = (normalize(a), normalize(b));
    let jaccard = jaccard(&shingles(&na, NEAR_SHINGLE), &shingles(&nb, NEAR_SHINGLE));
    let (small, large) = if na.len() <= nb.len() {
        (&na, &nb)
    } else {
        (&nb, &na)
    };
    let (ss, sl) = (
        shingles(small, CONTAINMENT_SHINGLE),
        shingles(large, CONTAINMENT_SHINGLE),
    );
    let containment = intersection(&ss, &sl) as f64 / ss.len().max(1) as f64;
    Similarity {
        jaccard,
        containment,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn leaders_check_only_their_open_partners() {
        // 0–1 and 1–2 are linked, 0–2 not; 3–4 are candidates that fail.
        let pairs = [(0, 1), (0, 2), (1, 2), (3, 4)];
        let checks = AtomicUsize::new(0);
        let linked = [(0, 1), (1, 2)];
        let leaders = lead(
            5,
            &pairs,
            |_| (),
            |_, a, b| {
                checks.fetch_add(1, Ordering::Relaxed);
                linked.contains(&(a, b)).then_some(0.9)
            },
        );
        // 0 leads 1; 2, linked only to the assigned 1, stays alone, as with every link known.
        assert_eq!(leaders, vec![(0, vec![(1, 0.9)])]);
        // (0,1), (0,2) and (3,4): (1,2) is never checked, 1 being assigned.
        assert_eq!(checks.load(Ordering::Relaxed), 3);
    }

    fn digested(texts: &[&str]) -> Digested {
        Digested::of(texts.iter().enumerate().map(|(i, text)| {
            let id = format!("{i:02}.txt");
            let raw = crate::input::read_bytes(
                text.as_bytes(),
                std::path::Path::new(&id),
                &id,
                &Default::default(),
            )
            .documents
            .remove(0);
            super::super::digest(&crate::clean::clean(&raw, &Default::default()))
        }))
        .unwrap()
    }

    #[test]
    fn copies_of_a_paragraph_share_passages_once_and_count_towards_the_cap() {
        let shared = "全市各级党组织深入推进基层治理体系和治理能力现代化建设。持续整治形式主义为基层减负，推动基层议事协调机构减少百分之七十五。";
        let a = format!("今年以来，我市坚持党建引领，统筹推进各项重点工作取得明显成效。{shared}");
        let b =
            format!("记者从市委组织部获悉，各区县扎实开展专项行动。{shared}群众获得感进一步增强。");
        // Three copies of `a`, then two of `b`: one passage, from the first `a` to the first `b`.
        let docs = digested(&[&a, &a, &a, &b, &b]);
        let opts = DedupOptions::default();
        let found = find(&docs, &opts);
        let at = |doc| At { doc, unit: 0 };
        let passages: Vec<(At, At, usize)> = (found.passages.iter())
            .map(|p| (p.copy, p.source, p.sentences))
            .collect();
        assert_eq!(passages, [(at(3), at(0), 2)]);
        // The copies hold the sentences too: five paragraphs, over a cap of four.
        let capped = DedupOptions {
            bucket_cap: 4,
            ..opts
        };
        assert!(find(&docs, &capped).passages.is_empty());
        let five = DedupOptions {
            bucket_cap: 5,
            ..opts
        };
        assert_eq!(find(&docs, &five).passages.len(), 1);
    }

    #[test]
    fn a_repost_cut_short_under_another_lead_is_a_copy_of_its_document() {
        let body = [
            "市交通运输局今天发布消息，全市新开通公交线路十二条，覆盖城市东部和北部的新建居住区。",
            "新线路采用新能源车辆运营，早晚高峰发车间隔缩短到八分钟，并与地铁站点实现便捷换乘。",
            "据介绍，有关部门还将根据客流变化优化站点设置，进一步方便群众出行，提升公共交通服务水平。",
            "市民可以通过官方客户端查询实时到站信息，也可以拨打服务热线反映乘车过程中遇到的问题。",
            "下一步，交通部门将联合各区政府加快公交专用道建设，推动城乡公交一体化发展取得新进展。",
            "与此同时，老旧站台将分批改造，增设无障碍设施和候车座椅，改善老年人和残疾人出行体验。",
        ];
        let full = body.join("\n\n");
        // Another outlet's lead, then the first half run into one paragraph: no paragraph of
        // it repeats one of the source's, and the Jaccard of the two is far under 0.7.
        let repost = format!("本报讯（记者 王晓明）{}", body[..3].concat());
        let other = "今年以来，全省农业农村系统扎实推进高标准农田建设，新建和改造提升农田面积持续扩大，粮食生产保持稳定增长态势。";
        let found = find(
            &digested(&[&full, other, &repost]),
            &DedupOptions::default(),
        );
        let members: Vec<u32> = found
            .documents
            .iter()
            .flat_map(|d| d.members.iter().map(|m| m.0))
            .collect();
        assert_eq!(members, [0, 2]);
        assert!(found.documents[0].members[1].2 >= 0.8);
    }

    #[test]
    fn batches_make_each_set_once_and_keep_pair_order() {
        let made = AtomicUsize::new(0);
        let set = |r: usize| {
            made.fetch_add(1, Ordering::Relaxed);
            vec![r as u64]
        };
        let pairs = [(3, 5), (0, 2), (1, 2), (0, 1)];
        let out = in_batches(
            &pairs,
            |r| r as u32,
            set,
            |a, b, sa, sb| (a != 1).then(|| (a, b, sa[0] + sb[0])),
        );
        assert_eq!(out, [(3, 5, 8), (0, 2, 2), (0, 1, 1)]);
        assert_eq!(made.swap(0, Ordering::Relaxed), 5);
        // One item in every pair: made once a batch, the others once.
        let pairs: Vec<(usize, usize)> = (1..=BATCH + 1).map(|b| (0, b)).collect();
        let out = in_batches(&pairs, |_| 0, set, |a, b, _, _| Some((a, b)));
        assert_eq!(out, pairs);
        assert_eq!(made.load(Ordering::Relaxed), BATCH + 3);
    }
}
