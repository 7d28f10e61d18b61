//! Truncated copies: candidates share a normalized start or end, or a loose LSH band; they are
//! verified by containment (the share of the copy's 5-char shingles inside the source).

use super::super::digest::{Digested, Signatures, UnitDigest, MIN_NEAR_CHARS};
use super::super::minhash::{
    hash_chars, intersection, shingles, Signature, LOOSE_BANDS, LOOSE_ROWS,
};
use super::super::templated::{SlotFinder, Vetoes};
use super::candidates::{band_keys, bucket_pairs, could_contain};
use super::{At, Contained, CopySource, DedupOptions, GiantBucket};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::collections::HashMap;

/// Chars of the normalized start and end that key a truncation candidate.
const EDGE_CHARS: usize = 12;
/// A contained copy is at most this share of its source's length.
const LOPSIDED: f64 = 0.9;
/// Shingle size for containment.
pub(in crate::dedup) const CONTAINMENT_SHINGLE: usize = 5;
/// Fewest shingles of a copy for containment to mean something.
pub(super) const MIN_COPY_SHINGLES: usize = 10;
/// Fewest normalized chars of a truncated copy: those that make [`MIN_COPY_SHINGLES`].
const MIN_COPY_CHARS: usize = MIN_COPY_SHINGLES + CONTAINMENT_SHINGLE - 1;

/// Whether a unit takes part in the search for truncated copies, and how: a paragraph of at
/// least [`MIN_NEAR_CHARS`] by its edges and its loose bands; a shorter one of at least
/// [`MIN_COPY_CHARS`] by its edges only. A prefix or suffix cut to a few dozen chars (a
/// repost's lead, a headline made of the first sentence) shares an edge with its source,
/// while its signature, made from few shingles, would match by chance.
pub(in crate::dedup) fn truncation_keys(unit: &UnitDigest) -> Option<TruncationKeys> {
    let chars = unit.norm_len as usize;
    match unit.paragraph {
        Some(_) if chars >= MIN_NEAR_CHARS => Some(TruncationKeys::EdgesAndBands),
        Some(_) if chars >= MIN_COPY_CHARS => Some(TruncationKeys::Edges),
        _ => None,
    }
}

/// The candidate keys a unit has in the search for truncated copies ([`truncation_keys`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::dedup) enum TruncationKeys {
    /// Its normalized start and end only.
    Edges,
    /// Its start and end, and the loose bands of its signature.
    EdgesAndBands,
}

/// Whether a truncated copy is short (under [`MIN_NEAR_CHARS`]). A short copy is one only
/// when its source holds every shingle of it and stands in another document: within a
/// document, and in news at large, a short line found in a paragraph is mostly a heading, a
/// pull quote or a slogan. A clean corpus never drops one; the report lists it.
pub(super) fn short_copy(unit: &UnitDigest) -> bool {
    (unit.norm_len as usize) < MIN_NEAR_CHARS
}

/// Whether a copy of `norm_len` normalized chars, `covers` of it found in its source, is
/// refused as a truncated copy: a short copy ([`short_copy`]) not wholly found, or found in
/// its own document.
pub(in crate::dedup) fn refused_short_copy(
    norm_len: usize,
    covers: f64,
    same_document: bool,
) -> bool {
    norm_len < MIN_NEAR_CHARS && (covers < 1.0 || same_document)
}

/// Truncated copies: candidates share a normalized start or end, or a loose LSH band;
/// verified by containment. Passages found inside documents are added.
pub(super) fn contained<'a>(
    docs: &Digested,
    sigs: Signatures,
    (reps, cluster_of_rep): (&[At], &[Option<usize>]),
    unit: &(impl Fn(At) -> &'a UnitDigest + Sync),
    opts: &DedupOptions,
    checks: (&SlotFinder, &Vetoes<At>),
    giant: &mut Vec<GiantBucket>,
) -> Vec<Contained> {
    let plausible = candidates(docs, &sigs, (reps, cluster_of_rep), unit, opts, giant);
    // What follows reads texts, not signatures.
    drop(sigs);
    let verified = verify(docs, &plausible, (reps, cluster_of_rep), unit, opts, checks);
    let mut out: Vec<Contained> = best_sources(verified)
        .into_iter()
        .map(|(copy, (source, covers_copy, covers_source))| Contained {
            copy: reps[copy],
            source: CopySource::Unit(reps[source]),
            covers_copy,
            covers_source: Some(covers_source),
        })
        .collect();
    out.extend(inside_documents(docs));
    out.sort_by_key(|c| c.copy);
    out.dedup_by_key(|c| c.copy);
    out
}

/// Candidate pairs of reps as (copy, source): paragraphs long enough sharing a normalized
/// start or end (band 0) or a loose band, lopsided, of different clusters, with signatures
/// that leave room for the copy inside the source.
fn candidates<'a>(
    docs: &Digested,
    sigs: &Signatures,
    (reps, cluster_of_rep): (&[At], &[Option<usize>]),
    unit: &(impl Fn(At) -> &'a UnitDigest + Sync),
    opts: &DedupOptions,
    giant: &mut Vec<GiantBucket>,
) -> Vec<(usize, usize)> {
    let keyed: Vec<(usize, TruncationKeys)> = (0..reps.len())
        .filter_map(|r| truncation_keys(unit(reps[r])).map(|k| (r, k)))
        .collect();
    // A rep's normalized start and end, its text read once for both.
    let edges = |r: usize| {
        let [head, tail] = docs.norm_edges(unit(reps[r]), EDGE_CHARS);
        edges_keyed(&head, &tail)
    };
    let signed: Vec<(u32, &Signature)> = (keyed.iter())
        .filter(|&&(_, k)| k == TruncationKeys::EdgesAndBands)
        .filter_map(|&(r, _)| sigs.get(unit(reps[r]).sig).map(|s| (r as u32, s)))
        .collect();
    // Band 0: the edges; then the loose bands.
    let keys = |b: usize, out: &mut Vec<(u64, u32)>| match b {
        0 => out.extend(keyed.iter().flat_map(|&(r, _)| {
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
    // Each pair as (copy, source).
    pairs
        .into_iter()
        .map(|(a, b)| oriented(a as usize, b as usize))
        .collect()
}

/// The candidate pairs `plausible` (copy, source) whose copy the source contains, and whose
/// texts do not differ in their facts, with the share of each covered.
fn verify<'a>(
    docs: &Digested,
    plausible: &[(usize, usize)],
    (reps, cluster_of_rep): (&[At], &[Option<usize>]),
    unit: &(impl Fn(At) -> &'a UnitDigest + Sync),
    opts: &DedupOptions,
    (facts, templated): (&SlotFinder, &Vetoes<At>),
) -> Vec<(usize, usize, f64, f64)> {
    // Reps near each other: those of one cluster, then the others by number.
    let near = |r: usize| cluster_of_rep[r].map_or(1 << 31 | r as u32, |c| c as u32);
    in_batches(
        plausible,
        near,
        |r| shingle_set(docs, unit(reps[r]), CONTAINMENT_SHINGLE),
        |small, large, ss, sl| {
            let (covers, covers_source) = covers(ss, sl, opts.containment)?;
            let (a, b) = (reps[small], reps[large]);
            if refused_short_copy(unit(a).norm_len as usize, covers, a.doc == b.doc) {
                return None;
            }
            // Texts are read back only for the pairs that hold: the word-level check.
            let (na, nb) = (docs.norm(unit(a)), docs.norm(unit(b)));
            templated
                .unless(facts, ((a, &na), (b, &nb)), covers, false)
                .map(|covers| (small, large, covers, covers_source))
        },
    )
}

/// The truncated copies each document's digest found of passages of its own.
fn inside_documents(docs: &Digested) -> impl Iterator<Item = Contained> + '_ {
    docs.iter().enumerate().flat_map(|(d, doc)| {
        doc.passages.iter().map(move |p| Contained {
            copy: At {
                doc: d as u32,
                unit: p.copy,
            },
            source: CopySource::Passage {
                doc: d as u32,
                first: p.first_paragraph,
                last: p.last_paragraph,
                span: p.span,
            },
            covers_copy: p.covers_copy,
            covers_source: None,
        })
    })
}

/// The `k`-char shingles of a unit's normalized text.
fn shingle_set(docs: &Digested, unit: &UnitDigest, k: usize) -> Vec<u64> {
    shingles(&docs.norm(unit), k)
}

/// A text's normalized start and end as keys (the end's distinct from any start).
pub(in crate::dedup) fn edge_keys(norm: &[char]) -> [u64; 2] {
    let tail = norm.len().saturating_sub(EDGE_CHARS);
    edges_keyed(&norm[..EDGE_CHARS.min(norm.len())], &norm[tail..])
}

/// [`edge_keys`] of a text's first and last [`EDGE_CHARS`] chars.
fn edges_keyed(head: &[char], tail: &[char]) -> [u64; 2] {
    [hash_chars(head), hash_chars(tail) ^ 1]
}

/// Whether two units (normalized length and signature) could be a truncated copy and its
/// source: lopsided, not of one cluster, and signatures that leave room (see
/// [`could_contain`]).
pub(in crate::dedup) fn could_be_copy(
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
pub(in crate::dedup) fn covers(
    copy: &[u64],
    source: &[u64],
    containment: f64,
) -> Option<(f64, f64)> {
    let common = intersection(copy, source) as f64;
    let covers = common / copy.len() as f64;
    (copy.len() >= MIN_COPY_SHINGLES && covers >= containment)
        .then(|| (covers, common / source.len() as f64))
}

/// The best source of each copy among verified `(copy, source, covers, covers_source)` in
/// pair order: highest cover, then the first.
pub(in crate::dedup) fn best_sources<T: Copy + Eq + std::hash::Hash>(
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

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
