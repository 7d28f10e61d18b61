//! Candidate pairs for verification: units (or documents) sharing an LSH bucket key, and the
//! signature-level test that a pair leaves room for one text inside the other.

use super::super::minhash::{agreeing, band_hash, Signature, BANDS, ROWS};
use super::{At, GiantBucket};
use rayon::prelude::*;

/// Candidate pairs of reps sharing a bucket key and passing `wanted`, sorted; buckets over
/// the cap are reported instead. `keys(band, entries)` fills the keys of one band, so a worker
/// holds one band's entries (16 bytes each) at a time; keys are sorted rather than hashed into
/// a map. `wanted` sees the `info` of the two reps (the earlier first), looked up once a
/// bucket member: the members of a bucket lie anywhere in the corpus. Bands are independent
/// and run in parallel.
pub(super) fn bucket_pairs<I: Copy + Send>(
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
        // Entries listed by rep (as every caller lists them) keep that order within a key
        // under a stable sort by the key alone: the order a sort by both gives, in fewer passes.
        match entries.is_sorted_by_key(|e| e.1) {
            true => sort_by_key_low_half_first(entries),
            false => radsort::sort_by_key(entries, |&e| e),
        }
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

/// Entries listed by rep, grouped by key as a stable sort by the key would group them, rep
/// after rep within a key; the keys themselves in another order. Buckets are read in any order
/// (their pairs are sorted at the end), so a radix sort by the key's low 32 bits (four passes
/// instead of eight) does, but for the rare run of one low half shared by several keys, which
/// is sorted by key and rep.
fn sort_by_key_low_half_first(entries: &mut [(u64, u32)]) {
    radsort::sort_by_key(entries, |e| e.0 as u32);
    for run in entries.chunk_by_mut(|a, b| a.0 as u32 == b.0 as u32) {
        if run.iter().any(|e| e.0 != run[0].0) {
            run.sort_unstable();
        }
    }
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
pub(super) fn banded_pairs(
    signed: &[(u32, &Signature)],
    cap: usize,
    reps: &[At],
    giant: &mut Vec<GiantBucket>,
) -> Vec<(u32, u32)> {
    let keys = |b: usize, out: &mut Vec<(u64, u32)>| band_keys(signed, b, ROWS, out);
    bucket_pairs(BANDS, keys, |_| (), |_, _| true, cap, reps, giant)
}

/// The keys of band `band` (`rows` values each) of the signed reps, for [`bucket_pairs`].
pub(super) fn band_keys(
    signed: &[(u32, &Signature)],
    band: usize,
    rows: usize,
    out: &mut Vec<(u64, u32)>,
) {
    out.extend(
        signed
            .iter()
            .map(|&(r, sig)| (band_hash(sig, band, rows), r)),
    );
}

/// Whether the signatures leave room for `copy` to be `containment` inside `source`. If the
/// copy's set lay wholly inside the source's, their Jaccard would be about the ratio of their
/// lengths; the share of agreeing hashes estimates the Jaccard, and a wide margin allows for
/// the estimate's noise and for copies that are only partly inside.
pub(super) fn could_contain(
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_low_half_sort_groups_keys_as_a_full_sort_does() {
        // Keys that share their low 32 bits with others, interleaved, each rep listed in order.
        let keys = [7u64, 7 | 1 << 40, 3, 7, 3 | 5 << 33, 9, 7 | 1 << 40, 3];
        let mut entries: Vec<(u64, u32)> = (0..200u32)
            .map(|r| (keys[(r as usize * 5 + r as usize / 7) % keys.len()], r / 2))
            .collect();
        let mut full = entries.clone();
        radsort::sort_by_key(&mut full, |e| e.0);
        full.dedup();
        sort_by_key_low_half_first(&mut entries);
        entries.dedup();
        let buckets = |e: &[(u64, u32)]| {
            let mut b: Vec<Vec<(u64, u32)>> =
                e.chunk_by(|a, b| a.0 == b.0).map(<[_]>::to_vec).collect();
            b.sort();
            b
        };
        assert_eq!(buckets(&entries), buckets(&full));
        assert_eq!(entries.len(), full.len());
    }
}
