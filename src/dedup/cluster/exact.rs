//! Exact repeats: occurrences grouped by their normalized text's key.

use super::super::digest::DocDigest;
use super::super::minhash::PreHashed;
use super::At;
use std::collections::HashMap;

/// Occurrences grouped by exact key, in corpus order; each group's first is its rep. Kept flat
/// (8 bytes an occurrence and 4 a group), not as a vector a group: a large corpus has
/// millions.
pub(super) struct Groups {
    places: Vec<At>,
    /// Where each group starts in `places`, and where the last ends.
    starts: Vec<u32>,
}

impl Groups {
    /// The units of `docs` grouped.
    pub(super) fn of(docs: &[DocDigest]) -> Groups {
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

    /// The number of groups.
    pub(super) fn len(&self) -> usize {
        self.starts.len() - 1
    }

    /// The occurrences of group `g`, in corpus order.
    pub(super) fn get(&self, g: usize) -> &[At] {
        &self.places[self.starts[g] as usize..self.starts[g + 1] as usize]
    }

    /// Every group in order.
    pub(super) fn iter(&self) -> impl Iterator<Item = &[At]> {
        (self.starts.windows(2)).map(|w| &self.places[w[0] as usize..w[1] as usize])
    }
}
