//! Pairs the units (sentences or paragraphs) of two versions by similarity, not position, so
//! that reordered text is found: identical units first, then the most similar remaining pairs,
//! then the pairs that keep their relative order (a longest increasing subsequence); the
//! others have moved.

use std::collections::HashMap;

/// Units less similar than this (Dice over char bigrams) are not paired.
pub const MIN_SIMILARITY: f64 = 0.4;
/// Candidates scored exactly for each unit (the ones sharing most bigrams).
const CANDIDATES: usize = 24;
/// Bigrams in more units than this are too common to find candidates by (they would make
/// the search quadratic on documents of many similar units).
const COMMON_BIGRAM: usize = 1000;

/// Two units paired.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    /// Index of the old unit.
    pub old: usize,
    /// Index of the new unit.
    pub new: usize,
    /// Dice similarity over char bigrams.
    pub similarity: f64,
    /// In the same relative order as the pairs around it (false: moved).
    pub in_order: bool,
}

/// The pairs (by new index) and the units left over on each side.
#[derive(Debug, Default)]
pub struct Alignment {
    /// The pairs in the order of the new version.
    pub pairs: Vec<Pair>,
    /// Old units without a pair.
    pub removed: Vec<usize>,
    /// New units without a pair.
    pub added: Vec<usize>,
}

/// The comparable form of a unit: letters, digits and ideographs, full width folded.
pub fn normalized(text: &[char]) -> Vec<char> {
    text.iter()
        .map(|&c| crate::clean::chars::half_width(c))
        .filter(|c| c.is_alphanumeric() || *c == '%' || *c == '+')
        .collect()
}

/// Aligns units given in their normalized form; empty units are never paired.
pub fn align(old: &[Vec<char>], new: &[Vec<char>]) -> Alignment {
    let mut old_taken = vec![false; old.len()];
    let mut new_taken = vec![false; new.len()];
    let mut pairs = Vec::new();
    // Identical units, each to the unused copy nearest its expected place.
    let mut by_text: HashMap<&[char], Vec<usize>> = HashMap::new();
    for (i, u) in old.iter().enumerate().filter(|(_, u)| !u.is_empty()) {
        by_text.entry(u).or_default().push(i);
    }
    for (j, u) in new.iter().enumerate() {
        let Some(copies) = by_text.get_mut(u.as_slice()) else {
            continue;
        };
        let expected = (j as f64 + 0.5) * old.len() as f64 / new.len() as f64;
        let distance = |i: usize| (i as f64 + 0.5 - expected).abs();
        if let Some(k) =
            (0..copies.len()).min_by(|&a, &b| distance(copies[a]).total_cmp(&distance(copies[b])))
        {
            let i = copies.remove(k);
            old_taken[i] = true;
            new_taken[j] = true;
            pairs.push(Pair {
                old: i,
                new: j,
                similarity: 1.0,
                in_order: true,
            });
        }
    }
    pairs.extend(similar_pairs(old, new, &mut old_taken, &mut new_taken));
    mark_order(&mut pairs);
    pairs.sort_by_key(|p| p.new);
    let left = |taken: &[bool], units: &[Vec<char>]| {
        (0..taken.len())
            .filter(|&i| !taken[i] && !units[i].is_empty())
            .collect()
    };
    Alignment {
        removed: left(&old_taken, old),
        added: left(&new_taken, new),
        pairs,
    }
}

fn bigrams(u: &[char]) -> Vec<u64> {
    let mut grams: Vec<u64> = if u.len() < 2 {
        u.iter().map(|&c| c as u64).collect()
    } else {
        u.windows(2)
            .map(|w| (w[0] as u64) << 32 | w[1] as u64)
            .collect()
    };
    grams.sort_unstable();
    grams.dedup();
    grams
}

/// Dice coefficient of two sorted sets.
fn dice(a: &[u64], b: &[u64]) -> f64 {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    2.0 * shared as f64 / (a.len() + b.len()) as f64
}

/// The most similar pairs among the units not yet taken, best first, each unit once.
fn similar_pairs(
    old: &[Vec<char>],
    new: &[Vec<char>],
    old_taken: &mut [bool],
    new_taken: &mut [bool],
) -> Vec<Pair> {
    let old_grams: Vec<Vec<u64>> = old.iter().map(|u| bigrams(u)).collect();
    let mut postings: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, grams) in old_grams.iter().enumerate().filter(|(i, _)| !old_taken[*i]) {
        for &g in grams {
            postings.entry(g).or_default().push(i);
        }
    }
    let mut scored = Vec::new();
    for (j, u) in new.iter().enumerate().filter(|(j, _)| !new_taken[*j]) {
        let grams = bigrams(u);
        let mut shared: HashMap<usize, u32> = HashMap::new();
        for g in &grams {
            let units = postings.get(g).map_or(&[][..], Vec::as_slice);
            if units.len() > COMMON_BIGRAM {
                continue;
            }
            for &i in units {
                *shared.entry(i).or_default() += 1;
            }
        }
        let mut candidates: Vec<(u32, usize)> = shared.into_iter().map(|(i, n)| (n, i)).collect();
        candidates.sort_unstable_by(|a, b| b.cmp(a));
        for &(_, i) in candidates.iter().take(CANDIDATES) {
            let s = dice(&old_grams[i], &grams);
            if s >= MIN_SIMILARITY {
                scored.push((s, i, j));
            }
        }
    }
    // Best first; among equals, the pair nearest the diagonal, then by index.
    let distance = |i: usize, j: usize| {
        (i as f64 / old.len().max(1) as f64 - j as f64 / new.len().max(1) as f64).abs()
    };
    scored.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then(distance(a.1, a.2).total_cmp(&distance(b.1, b.2)))
            .then((a.1, a.2).cmp(&(b.1, b.2)))
    });
    let mut out = Vec::new();
    for (s, i, j) in scored {
        if !old_taken[i] && !new_taken[j] {
            old_taken[i] = true;
            new_taken[j] = true;
            out.push(Pair {
                old: i,
                new: j,
                similarity: (s * 1000.0).round() / 1000.0,
                in_order: true,
            });
        }
    }
    out
}

/// Marks the pairs outside the longest run that keeps its order on both sides as moved.
fn mark_order(pairs: &mut [Pair]) {
    pairs.sort_by_key(|p| p.old);
    // Patience sorting over the new indices: tails[k] ends the best run of length k + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut previous = vec![usize::MAX; pairs.len()];
    for (k, p) in pairs.iter().enumerate() {
        let at = tails.partition_point(|&t| pairs[t].new < p.new);
        if at > 0 {
            previous[k] = tails[at - 1];
        }
        if at == tails.len() {
            tails.push(k);
        } else {
            tails[at] = k;
        }
    }
    let mut keep = vec![false; pairs.len()];
    let mut k = tails.last().copied().unwrap_or(usize::MAX);
    while k != usize::MAX {
        keep[k] = true;
        k = previous[k];
    }
    for (p, keep) in pairs.iter_mut().zip(keep) {
        p.in_order = keep;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(texts: &[&str]) -> Vec<Vec<char>> {
        texts
            .iter()
            .map(|t| normalized(&t.chars().collect::<Vec<_>>()))
            .collect()
    }

    #[test]
    fn identical_reworded_added_and_removed() {
        let old = units(&["稳定粮食生产。", "城镇新增就业1200万人左右。", "六稳六保。"]);
        let new = units(&[
            "稳定粮食生产。",
            "城镇新增就业1200万人以上。",
            "发展新质生产力。",
        ]);
        let a = align(&old, &new);
        assert_eq!(a.pairs.len(), 2);
        assert_eq!(a.pairs[0].similarity, 1.0);
        assert!(a.pairs[1].similarity < 1.0 && a.pairs[1].similarity >= MIN_SIMILARITY);
        assert_eq!(a.removed, [2]);
        assert_eq!(a.added, [2]);
    }

    #[test]
    fn a_swap_is_one_move() {
        let old = units(&["甲甲甲甲。", "乙乙乙乙。", "丙丙丙丙。", "丁丁丁丁。"]);
        let new = units(&["甲甲甲甲。", "丙丙丙丙。", "乙乙乙乙。", "丁丁丁丁。"]);
        let a = align(&old, &new);
        assert_eq!(a.pairs.iter().filter(|p| !p.in_order).count(), 1);
        assert!(a.removed.is_empty() && a.added.is_empty());
    }

    #[test]
    fn repeated_units_pair_with_the_nearest_copy() {
        let old = units(&["同上。", "甲。", "同上。"]);
        let new = units(&["甲。", "同上。"]);
        let a = align(&old, &new);
        let p = a.pairs.iter().find(|p| p.new == 1).unwrap();
        assert_eq!(p.old, 2);
        assert_eq!(a.removed, [0]);
    }
}
