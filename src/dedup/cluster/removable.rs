//! What a deduplicated corpus drops: the copies of a cluster past its canonical, and truncated
//! copies whose source stays and covers them, never text found nowhere else.

use super::super::digest::UnitDigest;
use super::contained::short_copy;
use super::{At, CopySource, Dedup, RepeatKind};
use std::collections::{BTreeSet, HashMap};

/// Share of a truncated copy its source must cover for a clean corpus to drop it: below it
/// the copy holds text of its own, which would be lost.
const DROP_COVER: f64 = 0.95;

/// The occurrences a deduplicated corpus drops, never losing text:
/// - every non-canonical paragraph of a cluster that is not short;
/// - a short one (a repeated heading or "各位代表！") when a neighbouring paragraph is dropped,
///   so that a block repeated whole goes whole;
/// - every occurrence of a truncated copy whose source stays (or is an exact copy of one that
///   stays) and covers it (at least [`DROP_COVER`]), unless it is short: reported, never
///   dropped (see [`short_copy`]).
///
/// `occurrences(copy)` lists the occurrences of a truncated copy's exact group.
pub(crate) fn removable<'a, 'b>(
    out: &Dedup,
    occurrences: impl Fn(At) -> &'b [At],
    unit: &impl Fn(At) -> &'a UnitDigest,
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
                if cluster.kind == RepeatKind::Exact {
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
            CopySource::Unit(at) => !drop.contains_key(at) || exact_copy.contains(at),
            CopySource::Passage { .. } => true,
        };
        if !source_stays {
            continue;
        }
        for &at in occurrences(c.copy).iter().chain(std::iter::once(&c.copy)) {
            if unit(at).paragraph.is_some() && !short_copy(unit(at)) {
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
