//! Shared passages: runs of sentences one paragraph has in common with another that is neither
//! its copy nor its source as a whole.

use super::super::digest::{Digested, Sentences};
use super::{At, Cluster, CopySource, Dedup, DedupOptions, SharedPassage, Stretch};
use rustc_hash::FxHashMap;
use std::collections::BTreeSet;

/// Chars a single shared sentence needs to count as a copied passage.
const MIN_PASSAGE_RUN: usize = 40;

/// Sentences repeated in paragraphs that are not already linked as wholes, merged into one
/// run per pair of paragraphs; the earlier paragraph is the source. The paragraphs of a
/// cluster count as one, the earliest of them holding the sentence standing for all: a passage
/// shared by two paragraphs copied into n documents each is reported once, not n² times.
/// Sentences repeated in more paragraphs than the bucket cap are boilerplate and skipped.
pub(super) fn shared_passages(
    docs: &Digested,
    out: &Dedup,
    opts: &DedupOptions,
) -> Vec<SharedPassage> {
    let sentences = docs.sentences();
    let identity = Identities::of(docs, &out.clusters);
    let mut linked: BTreeSet<(At, At)> = BTreeSet::new();
    for c in &out.contained {
        if let CopySource::Unit(s) = c.source {
            let (a, b) = (identity.of_unit(c.copy), identity.of_unit(s));
            linked.insert((a.min(b), a.max(b)));
        }
    }
    let runs = runs(
        (&sentences, docs.len()),
        &identity,
        &linked,
        opts.bucket_cap,
    );
    let mut list: Vec<SharedPassage> = runs.into_values().filter(is_passage).collect();
    list.sort_by_key(|p| (p.copy, p.source));
    list
}

/// Each paragraph's identity: the earliest member of its cluster, or itself.
struct Identities<'a> {
    /// The number in the corpus of each document's first unit.
    first_unit: Vec<usize>,
    /// The cluster of each unit, by its number in the corpus; `u32::MAX` for none.
    cluster_of: Vec<u32>,
    clusters: &'a [Cluster],
}

impl<'a> Identities<'a> {
    fn of(docs: &Digested, clusters: &'a [Cluster]) -> Identities<'a> {
        let first_unit: Vec<usize> = docs
            .iter()
            .scan(0, |n, doc| {
                let first = *n;
                *n += doc.units.len();
                Some(first)
            })
            .collect();
        let mut cluster_of = vec![u32::MAX; docs.iter().map(|d| d.units.len()).sum()];
        for (c, cluster) in clusters.iter().enumerate() {
            for m in &cluster.members {
                cluster_of[first_unit[m.at.doc as usize] + m.at.unit as usize] = c as u32;
            }
        }
        Identities {
            first_unit,
            cluster_of,
            clusters,
        }
    }

    /// A paragraph's cluster as its earliest member (members are in corpus order).
    fn of_unit(&self, at: At) -> At {
        match self.cluster_of[self.first_unit[at.doc as usize] + at.unit as usize] {
            u32::MAX => at,
            c => self.clusters[c as usize].members[0].at,
        }
    }
}

/// The runs of repeated sentences (of `documents` documents), one a pair of (copy, source)
/// paragraphs not `linked` as wholes; sentences held by more than `cap` paragraphs are skipped.
fn runs(
    (sentences, documents): (&Sentences, usize),
    identity: &Identities,
    linked: &BTreeSet<(At, At)>,
    cap: usize,
) -> FxHashMap<(At, At), SharedPassage> {
    // Key, document and sentence number, 16 bytes a sentence: a large corpus has millions.
    // Sentences are stored in text order, so the number orders them as (unit, span) would.
    let mut entries: Vec<(u64, u32, u32)> = (0..documents)
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
        (identity.of_unit(at), at, stretch)
    };
    let mut runs: FxHashMap<(At, At), SharedPassage> = FxHashMap::default();
    let mut holders: Vec<Holder> = Vec::new();
    let repeated = |g: &&[(u64, u32, u32)]| {
        let paragraphs = g
            .iter()
            .map(|&(_, d, i)| sentences.of(d as usize)[i as usize].paragraphs as usize);
        is_shared_sentence(g.len(), paragraphs.sum(), cap)
    };
    for group in entries.chunk_by(|a, b| a.0 == b.0).filter(repeated) {
        holders.clear();
        holders.extend(group.iter().map(sentence));
        sentence_pairs(&mut holders, |source, copy| {
            if !linked.contains(&(source.0.min(copy.0), source.0.max(copy.0))) {
                add_sentence(&mut runs, source, copy);
            }
        });
    }
    runs
}

/// Adds one sentence held by `source` and `copy` to their run.
fn add_sentence(runs: &mut FxHashMap<(At, At), SharedPassage>, source: &Holder, copy: &Holder) {
    let (&(_, source, source_span), &(_, copy, copy_span)) = (source, copy);
    let run = runs.entry((copy, source)).or_insert(SharedPassage {
        copy,
        copy_span,
        source,
        source_span,
        sentences: 0,
    });
    run.copy_span = run.copy_span.union(copy_span);
    run.source_span = run.source_span.union(source_span);
    run.sentences += 1;
}

/// A holder of a repeated sentence: its paragraph's identity (the earliest member of the
/// paragraph's cluster, else the paragraph), its paragraph and its stretch.
pub type Holder = (At, At, Stretch);

/// Whether a sentence key held `count` times, standing for `paragraphs` paragraphs, is
/// compared: repeated, and not boilerplate (in more paragraphs than the bucket `cap`).
pub fn is_shared_sentence(count: usize, paragraphs: usize, cap: usize) -> bool {
    count > 1 && paragraphs <= cap
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
