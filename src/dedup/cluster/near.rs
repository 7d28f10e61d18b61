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
///
/// The leaders are verified a batch at a time in parallel ([`next_batch`]): runs of pairs
/// whose reps no earlier run of the batch holds, so that each check is one the leaders taken
/// one by one make, and no other (most leaders have one or two partners: verified one
/// leader at a time, the documents' clustering ran on one thread).
pub(in crate::dedup) fn lead<P: Send + Sync>(
    n: usize,
    pairs: &[(u32, u32)],
    prepare: impl Fn(usize) -> P + Sync,
    link: impl Fn(&P, usize, usize) -> Option<f64> + Sync,
) -> Vec<(usize, Vec<(usize, f64)>)> {
    // A rep earlier than the leader and still unassigned was a leader candidate itself and
    // found no link to it, so only later partners are checked: a leader's run of pairs.
    let mut assigned = vec![false; n];
    let mut held = Held {
        batch: vec![0; n],
        current: 0,
    };
    let mut runs = pairs.chunk_by(|x, y| x.0 == y.0).peekable();
    let mut out = Vec::new();
    while runs.peek().is_some() {
        let batch = next_batch(&mut runs, &assigned, &mut held);
        let prepared: Vec<P> = batch.par_iter().map(|(l, _)| prepare(*l)).collect();
        let checks: Vec<(usize, usize)> = (batch.iter().enumerate())
            .flat_map(|(i, (_, open))| open.iter().map(move |&f| (i, f)))
            .collect();
        let linked: Vec<(usize, usize, f64)> = checks
            .into_par_iter()
            .filter_map(|(i, f)| link(&prepared[i], batch[i].0, f).map(|s| (i, f, s)))
            .collect();
        for run in linked.chunk_by(|x, y| x.0 == y.0) {
            let leader = batch[run[0].0].0;
            assigned[leader] = true;
            for &(_, f, _) in run {
                assigned[f] = true;
            }
            out.push((leader, run.iter().map(|&(_, f, s)| (f, s)).collect()));
        }
    }
    out
}

/// Checks a batch of leaders holds, about (see [`next_batch`]).
const BATCH_CHECKS: usize = 256;
/// Leaders in a batch at most: each holds its prepared text (a document's shingles and chars)
/// until the batch is verified (People's Daily: 6 leaders a batch on average).
const BATCH_LEADERS: usize = 32;

/// Which batch of leaders last held each rep (see [`next_batch`]).
struct Held {
    batch: Vec<u32>,
    current: u32,
}

/// The next leaders to verify together, each with its unassigned partners: runs of pairs
/// taken in order while no rep of a run (its leader or an open partner) is held by an
/// earlier run of the batch, about [`BATCH_CHECKS`] checks and at most [`BATCH_LEADERS`]
/// leaders. A run whose leader is assigned, or with no open partner, is passed over. So no
/// run's leader or partners can be assigned by the batch's earlier runs: the checks are
/// those the leaders taken one by one make.
fn next_batch<'p>(
    runs: &mut std::iter::Peekable<impl Iterator<Item = &'p [(u32, u32)]>>,
    assigned: &[bool],
    held: &mut Held,
) -> Vec<(usize, Vec<usize>)> {
    held.current += 1;
    let current = held.current;
    let mut batch: Vec<(usize, Vec<usize>)> = Vec::new();
    let mut checks = 0;
    while let Some(run) = runs.peek() {
        let leader = run[0].0 as usize;
        let partners = run.iter().map(|&(_, f)| f as usize);
        if held.batch[leader] == current || partners.clone().any(|f| held.batch[f] == current) {
            break;
        }
        runs.next();
        let open: Vec<usize> = partners.filter(|&f| !assigned[f]).collect();
        if assigned[leader] || open.is_empty() {
            continue;
        }
        held.batch[leader] = current;
        open.iter().for_each(|&f| held.batch[f] = current);
        checks += open.len();
        batch.push((leader, open));
        if checks >= BATCH_CHECKS || batch.len() >= BATCH_LEADERS {
            break;
        }
    }
    batch
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

    /// [`lead`] as it was, one leader at a time: the reference its batches must match.
    fn lead_one_by_one(
        n: usize,
        pairs: &[(u32, u32)],
        mut link: impl FnMut(usize, usize) -> Option<f64>,
    ) -> Vec<(usize, Vec<(usize, f64)>)> {
        let mut assigned = vec![false; n];
        let mut out = Vec::new();
        for later in pairs.chunk_by(|x, y| x.0 == y.0) {
            let leader = later[0].0 as usize;
            if assigned[leader] {
                continue;
            }
            let followers: Vec<(usize, f64)> = (later.iter())
                .map(|&(_, f)| f as usize)
                .filter(|&f| !assigned[f])
                .filter_map(|f| link(leader, f).map(|s| (f, s)))
                .collect();
            if followers.is_empty() {
                continue;
            }
            assigned[leader] = true;
            followers.iter().for_each(|&(f, _)| assigned[f] = true);
            out.push((leader, followers));
        }
        out
    }

    #[test]
    fn batches_of_leaders_make_the_checks_and_clusters_of_one_by_one() {
        // Pseudo-random candidate graphs, dense and sparse, and links from a hash of the pair.
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for (n, m) in [(40, 60), (300, 200), (2000, 3000), (50, 1000)] {
            let mut pairs: Vec<(u32, u32)> = (0..m)
                .map(|_| {
                    let (a, b) = (next() % n, next() % n);
                    (a.min(b) as u32, a.max(b) as u32)
                })
                .filter(|(a, b)| a != b)
                .collect();
            pairs.sort_unstable();
            pairs.dedup();
            let link = |a: usize, b: usize| {
                let h = (a as u64 * 31 + b as u64).wrapping_mul(0x2545_f491_4f6c_dd1d);
                (h >> 61 < 3).then_some((h % 100) as f64 / 100.0)
            };
            let checked = std::sync::Mutex::new(Vec::new());
            let batched = lead(
                n as usize,
                &pairs,
                |a| a,
                |&a, _, b| {
                    checked.lock().unwrap().push((a, b));
                    link(a, b)
                },
            );
            let mut reference = Vec::new();
            let one_by_one = lead_one_by_one(n as usize, &pairs, |a, b| {
                reference.push((a, b));
                link(a, b)
            });
            assert_eq!(batched, one_by_one);
            let mut checked = checked.into_inner().unwrap();
            checked.sort_unstable();
            reference.sort_unstable();
            assert_eq!(checked, reference, "the same pairs verified, no other");
        }
    }

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
