//! Near-duplicate paragraphs: reps sharing an LSH band, verified by the Jaccard of their
//! shingles and clustered around a leader; exact groups outside them are clusters too.

use super::super::digest::{Digested, Signatures, UnitDigest, MIN_NEAR_CHARS};
use super::super::minhash::{jaccard, shingles, Signature, NEAR_SHINGLE};
use super::super::templated::{SlotFinder, Vetoes};
use super::candidates::banded_pairs;
use super::exact::Groups;
use super::{At, Cluster, DedupOptions, GiantBucket, Keep, Member, RepeatKind};
use rayon::prelude::*;

/// The clusters: one a leader of `leaders` (near), one an exact group of more than one
/// occurrence outside them, sorted by canonical occurrence. Also returns each rep's cluster,
/// numbered as made (before the sort).
pub(super) fn clusters<'a>(
    leaders: &[(usize, Vec<(usize, f64)>)],
    groups: &Groups,
    unit: &(impl Fn(At) -> &'a UnitDigest + Sync),
    keep: Keep,
) -> (Vec<Cluster>, Vec<Option<usize>>) {
    let mut clusters = Vec::new();
    let mut cluster_of_rep = vec![None; groups.len()];
    for (leader, followers) in leaders {
        let mut members: Vec<Member> = Vec::new();
        for &(rep, score) in std::iter::once(&(*leader, 1.0)).chain(followers) {
            members.extend(groups.get(rep).iter().map(|&at| Member { at, score }));
            cluster_of_rep[rep] = Some(clusters.len());
        }
        members.sort_by_key(|m| m.at);
        clusters.push(finish(RepeatKind::Near, members, unit, keep));
    }
    for (rep, group) in groups.iter().enumerate() {
        if group.len() > 1 && cluster_of_rep[rep].is_none() {
            cluster_of_rep[rep] = Some(clusters.len());
            let members = group.iter().map(|&at| Member { at, score: 1.0 }).collect();
            clusters.push(finish(RepeatKind::Exact, members, unit, keep));
        }
    }
    clusters.sort_by_key(|c: &Cluster| c.members[c.canonical].at);
    (clusters, cluster_of_rep)
}

/// Near-duplicate clusters of reps: candidates share an LSH band, verified by the Jaccard of
/// their shingles (see [`lead`]).
pub(super) fn near_leaders<'a>(
    docs: &Digested,
    sigs: &Signatures,
    reps: &[At],
    unit: &(impl Fn(At) -> &'a UnitDigest + Sync),
    opts: &DedupOptions,
    (facts, templated): (&SlotFinder, &Vetoes<At>),
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
                    templated.unless(
                        facts,
                        ((reps[leader], leader_norm), (reps[b], &b_norm)),
                        j,
                        false,
                    )
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
pub(in crate::dedup) fn lead<P: Sync>(
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

/// The cluster of `members` (in corpus order), its canonical chosen by `keep`: a paragraph
/// before a removed line.
pub(in crate::dedup) fn finish<'a>(
    kind: RepeatKind,
    members: Vec<Member>,
    unit: &(impl Fn(At) -> &'a UnitDigest + Sync),
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
}
