//! Documents that cleaning empties: a page of People's Daily that is only its editor roster
//! (`本版责编：沈  寅  白之羽  林子夜`, removed as a byline) has no paragraph, so no text to
//! compare, yet a reader calls two such pages one page. They are compared by the lines cleaning
//! removed (each as deduplication normalizes it): the same lines make an exact group, the
//! same lines but one added or dropped (a `版式设计：…` credit) a near pair. Their clusters are
//! marked `removed_lines`; they hold no paragraph, so no clean corpus changes.

use super::super::digest::Digested;
use super::super::minhash::{mix, CHARS_SEED};
use super::candidates::bucket_pairs;
use super::documents::groups_clusters;
use super::near::lead;
use super::{At, DedupOptions, DocCluster};
use std::collections::HashMap;

/// A removed line: its exact key and normalized chars.
pub(in crate::dedup) type Line = (u64, u32);

/// The lines a document is compared by when cleaning left it no paragraph: its removed
/// lines (units `(paragraph or not, key, normalized chars)`), each text once, in order; none
/// for a document with a paragraph.
pub(in crate::dedup) fn removed_lines(
    paragraphs: usize,
    units: impl Iterator<Item = (bool, u64, u32)>,
) -> Vec<Line> {
    if paragraphs > 0 {
        return Vec::new();
    }
    let mut lines: Vec<Line> = Vec::new();
    for (paragraph, key, len) in units {
        if !paragraph && !lines.iter().any(|l| l.0 == key) {
            lines.push((key, len));
        }
    }
    lines
}

/// Exact key of a document's removed lines (the same lines in the same order).
pub(in crate::dedup) fn lines_key(lines: &[Line]) -> u64 {
    lines.iter().fold(CHARS_SEED, |h, &(key, _)| mix(h ^ key))
}

/// Whether two documents of removed lines are one page with a line added or dropped: every
/// line of the one with fewer chars is a line of the other, which has at most one line more,
/// and those lines make at least half of its chars (a roster with a design credit added,
/// 12 of 19 chars; not a caption page beside a bare `图片报道`). The score: the smaller's
/// share of the larger's chars (the Jaccard of their texts, one inside the other).
pub(in crate::dedup) fn lines_linked(a: &[Line], b: &[Line]) -> Option<f64> {
    let chars = |l: &[Line]| l.iter().map(|&(_, n)| u64::from(n)).sum::<u64>();
    let (small, large) = if chars(a) <= chars(b) { (a, b) } else { (b, a) };
    let inside = small.iter().all(|s| large.iter().any(|l| l.0 == s.0));
    let share = chars(small) as f64 / chars(large).max(1) as f64;
    (!small.is_empty() && inside && large.len() <= small.len() + 1 && share >= MIN_SHARED)
        .then_some(share)
}

/// Least share of the larger page's chars its lines shared with the smaller make.
const MIN_SHARED: f64 = 0.5;

/// Share of `a`'s chars in lines `b` holds too (how much of a member its leader holds).
pub(in crate::dedup) fn lines_shared(a: &[Line], b: &[Line]) -> f64 {
    let total: u32 = a.iter().map(|&(_, n)| n).sum();
    let held: u32 = (a.iter())
        .filter(|s| b.iter().any(|l| l.0 == s.0))
        .map(|&(_, n)| n)
        .sum();
    f64::from(held) / f64::from(total.max(1))
}

/// The clusters of documents that cleaning emptied, by their removed lines: exact groups,
/// and candidates sharing a line (a line in more than `bucket_cap` documents pairs none)
/// linked by [`lines_linked`], leader clustering as for other documents.
pub(super) fn documents(docs: &Digested, opts: &DedupOptions) -> Vec<DocCluster> {
    let lines: Vec<Vec<Line>> = (docs.iter())
        .map(|d| {
            let units = d.units.iter();
            removed_lines(
                d.paragraphs,
                units.map(|u| (u.paragraph.is_some(), u.key, u.norm_len)),
            )
        })
        .collect();
    let mut by_key: HashMap<u64, Vec<usize>> = HashMap::new();
    for (d, l) in lines.iter().enumerate().filter(|(_, l)| !l.is_empty()) {
        by_key.entry(lines_key(l)).or_default().push(d);
    }
    let mut exact: Vec<Vec<usize>> = by_key.into_values().collect();
    exact.sort();
    let reps: Vec<usize> = exact.iter().map(|g| g[0]).collect();
    let rep_at: Vec<At> = (reps.iter())
        .map(|&d| At {
            doc: d as u32,
            unit: 0,
        })
        .collect();
    let keys = |_, out: &mut Vec<(u64, u32)>| {
        for (r, &d) in reps.iter().enumerate() {
            out.extend(lines[d].iter().map(|&(key, _)| (key, r as u32)));
        }
    };
    let pairs = bucket_pairs(
        1,
        keys,
        |r| r,
        |_, _| true,
        opts.bucket_cap,
        &rep_at,
        &mut Vec::new(),
    );
    let linked = |_: &(), a: usize, b: usize| lines_linked(&lines[reps[a]], &lines[reps[b]]);
    let leaders = lead(reps.len(), &pairs, |_| (), linked);
    let held = |d: usize, leader: usize| lines_shared(&lines[d], &lines[leader]);
    groups_clusters((&exact, &reps), leaders, held, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_of_removed_lines_is_near_another_with_one_line_more() {
        let (roster, design, caption, other) = ((1, 12), (2, 7), (3, 30), (4, 12));
        assert_eq!(
            lines_linked(&[roster], &[roster, design]),
            Some(12.0 / 19.0)
        );
        assert_eq!(
            lines_linked(&[roster, design], &[design, roster]),
            Some(1.0)
        );
        // Another roster, or a short line beside a long one: not one page.
        assert_eq!(lines_linked(&[roster], &[other, design]), None);
        assert_eq!(lines_linked(&[(5, 4)], &[(5, 4), caption]), None);
        // Two lines more.
        assert_eq!(lines_linked(&[caption], &[caption, roster, design]), None);
        assert_eq!(lines_shared(&[roster, design], &[roster]), 12.0 / 19.0);
    }

    #[test]
    fn only_a_document_without_paragraphs_has_lines() {
        let units = [(false, 7, 12), (false, 8, 7), (false, 7, 12)];
        assert_eq!(removed_lines(0, units.into_iter()), [(7, 12), (8, 7)]);
        assert!(removed_lines(1, units.into_iter()).is_empty());
        assert_ne!(lines_key(&[(7, 12), (8, 7)]), lines_key(&[(8, 7), (7, 12)]));
    }
}
