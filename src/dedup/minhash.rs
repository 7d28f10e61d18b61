//! Character shingles, MinHash signatures and the exact set measures that verify candidates.

/// Hashes in a signature.
pub const HASHES: usize = 128;
/// LSH bands for near-duplicates, and rows in each (20 × 6 = the first 120 hashes).
pub const BANDS: usize = 20;
/// Rows of each near-duplicate band.
pub const ROWS: usize = 6;
/// Loose bands for lopsided (contained) pairs: 2 rows each over the first 64 hashes.
pub const LOOSE_BANDS: usize = 32;
/// Rows of each loose band.
pub const LOOSE_ROWS: usize = 2;

/// The bins of one-permutation MinHash while a signature is made.
pub type Bins = [u32; HASHES];

/// A MinHash signature as kept: the low 16 bits of each bin (b-bit MinHash), half the memory
/// of the full bins; unequal bins agree by chance once in 65,536.
pub type Signature = [u16; HASHES];

/// A 64-bit mix (splitmix64's finalizer): deterministic, fast, well spread.
pub const fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// A hasher for keys that are already well-mixed 64-bit hashes: it passes them through.
#[derive(Default, Clone, Copy)]
pub struct PreHashed(u64);

impl std::hash::Hasher for PreHashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = bytes.iter().fold(self.0, |h, &b| mix(h ^ b as u64));
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

impl std::hash::BuildHasher for PreHashed {
    type Hasher = PreHashed;
    fn build_hasher(&self) -> PreHashed {
        PreHashed(0)
    }
}

/// What [`hash_chars`] starts from (the hash of no chars).
pub const CHARS_SEED: u64 = 0x9e37_79b9_7f4a_7c15;

/// Hash of a sequence of chars.
pub fn hash_chars(chars: &[char]) -> u64 {
    chars.iter().fold(CHARS_SEED, |h, &c| mix(h ^ c as u64))
}

/// In one pass over `chars`: [`hash_chars`] of `chars` (returned), of each of its `runs`
/// (sorted, disjoint `start..end`, pushed to `out`), and `carried` (the hash of a text that
/// `chars` continue) carried on. The chains are independent, so the processor runs them side
/// by side instead of walking the chars once a chain.
pub fn hash_runs(
    chars: &[char],
    runs: &[(usize, usize)],
    carried: &mut u64,
    out: &mut Vec<u64>,
) -> u64 {
    let (mut whole, mut own) = (*carried, CHARS_SEED);
    // The chars between runs feed two chains, those of a run three: no test a char.
    fn two(chars: &[char], whole: &mut u64, own: &mut u64) {
        for &c in chars {
            let c = c as u64;
            *whole = mix(*whole ^ c);
            *own = mix(*own ^ c);
        }
    }
    let mut at = 0;
    for &(start, end) in runs {
        debug_assert!(at <= start && start < end);
        two(&chars[at..start], &mut whole, &mut own);
        let mut run = CHARS_SEED;
        for &c in &chars[start..end] {
            let c = c as u64;
            whole = mix(whole ^ c);
            own = mix(own ^ c);
            run = mix(run ^ c);
        }
        out.push(run);
        at = end;
    }
    two(&chars[at..], &mut whole, &mut own);
    *carried = whole;
    own
}

/// Shingle size for near-duplicates. Measured (`examples/dedup_synthetic.rs`): with 5-char
/// shingles, 5% of chars edited gives a mean Jaccard near 0.62, under the 0.7 threshold, and
/// recall falls to a few percent; 3-char shingles keep 5% edits at 0.9–0.99 recall with no
/// false link among the 621 negative pairs of the Sohu set.
pub const NEAR_SHINGLE: usize = 3;

/// What [`shingle_hash`] starts from.
const SHINGLE_SEED: u64 = 0x243f_6a88_85a3_08d3;

/// Hash of a short run of chars (a shingle): the chars packed 21 bits apart (exact up to
/// three chars), mixed once.
pub fn shingle_hash(chars: &[char]) -> u64 {
    mix(chars
        .iter()
        .fold(SHINGLE_SEED, |h, &c| h.rotate_left(21) ^ c as u64))
}

/// [`shingle_hash`] of each `K`-char window of `chars` in text order, as
/// `chars.windows(K).map(shingle_hash)` gives them, each rolled from the last: the fold is
/// a XOR of each char rotated by 21 bits a place (and of the seed rotated by `21 × K`), so
/// the next window's is this one's without its first char, rotated once, with the next char.
pub fn window_hashes<const K: usize>(chars: &[char]) -> impl Iterator<Item = u64> + '_ {
    let seed = SHINGLE_SEED.rotate_left((21 * K % 64) as u32);
    let first = (21 * (K - 1) % 64) as u32;
    let lead = &chars[..(K - 1).min(chars.len())];
    let mut x = lead.iter().fold(0u64, |x, &c| x.rotate_left(21) ^ c as u64);
    let next = &chars[lead.len()..];
    chars.iter().zip(next).map(move |(&old, &new)| {
        let h = x.rotate_left(21) ^ new as u64;
        x = h ^ (old as u64).rotate_left(first);
        mix(seed ^ h)
    })
}

/// Hashes of the `k`-char shingles of `chars`, in text order (the whole text if shorter).
pub fn shingle_hashes(chars: &[char], k: usize) -> impl Iterator<Item = u64> + '_ {
    let short = (chars.len() < k).then(|| shingle_hash(chars));
    short.into_iter().chain(chars.windows(k).map(shingle_hash))
}

/// Sorted, deduplicated hashes of the `k`-char shingles of `chars` (the sizes dedup uses, 3
/// and 5, rolled: [`window_hashes`]).
pub fn shingles(chars: &[char], k: usize) -> Vec<u64> {
    let mut out: Vec<u64> = match k {
        3 if chars.len() >= 3 => window_hashes::<3>(chars).collect(),
        5 if chars.len() >= 5 => window_hashes::<5>(chars).collect(),
        _ => shingle_hashes(chars, k).collect(),
    };
    out.sort_unstable();
    out.dedup();
    out
}

/// MinHash signature of a shingle set by one-permutation hashing: each shingle's hash picks
/// one of the [`HASHES`] bins by its top bits and competes there with its low bits, so a
/// shingle costs one hash instead of 128; empty bins are then filled by [`densify`].
#[cfg(test)]
pub fn signature(shingles: &[u64]) -> Signature {
    kept(densify(bins(shingles.iter().copied())))
}

/// The signature kept of densified bins.
pub fn kept(bins: Bins) -> Signature {
    bins.map(|v| v as u16)
}

/// The bins of one-permutation hashing before densification (`u32::MAX` for an empty bin).
/// The bins of a union of sets are the element-wise minimum of theirs.
pub fn bins(shingles: impl Iterator<Item = u64>) -> Bins {
    let mut sig = [u32::MAX; HASHES];
    for s in shingles {
        let h = mix(s ^ 0x0e1f_5eed);
        let bin = (h >> 57) as usize; // top 7 bits: 128 bins
        sig[bin] = sig[bin].min(h as u32);
    }
    sig
}

/// [`bins`] of the [`NEAR_SHINGLE`]-char shingles of a text of at least that many chars
/// (`bins(shingle_hashes(chars, NEAR_SHINGLE))`), the shingles rolled ([`window_hashes`]).
pub fn near_bins(chars: &[char]) -> Bins {
    debug_assert!(chars.len() >= NEAR_SHINGLE);
    bins(window_hashes::<NEAR_SHINGLE>(chars))
}

/// Fills each empty bin from a filled donor bin drawn by a hash sequence fixed per bin
/// ("optimal densification"): donors differ from bin to bin, so bands of a small set do not
/// all copy the same value.
pub fn densify(mut sig: Bins) -> Bins {
    if sig.iter().all(|&v| v == u32::MAX) {
        return sig;
    }
    let filled = sig;
    for (i, slot) in sig.iter_mut().enumerate() {
        if *slot != u32::MAX {
            continue;
        }
        // The first donors of the bin from the table, any later one computed.
        let tabled = DONORS[i]
            .iter()
            .position(|&d| filled[d as usize % HASHES] != u32::MAX);
        let attempt = tabled.map_or_else(
            || (TABLED as u64..).find(|&a| filled[donor(i, a)] != u32::MAX),
            |a| Some(a as u64),
        );
        let Some(attempt) = attempt else { continue };
        *slot = mix(filled[donor(i, attempt)] as u64 ^ salt(i, attempt)) as u32;
    }
    sig
}

/// The hash sequence of [`densify`]: what bin `i` mixes into its value on `attempt`.
const fn salt(i: usize, attempt: u64) -> u64 {
    ((i as u64) << 40) | (attempt << 32)
}

/// The donor bin [`densify`] tries for bin `i` on `attempt`.
const fn donor(i: usize, attempt: u64) -> usize {
    (mix(salt(i, attempt)) % HASHES as u64) as usize
}

/// Attempts of each bin whose donor [`DONORS`] holds.
const TABLED: usize = 48;

/// [`donor`] of each bin for its first [`TABLED`] attempts, made at compile time: a small
/// set's empty bins try several donors each, and a table read is cheaper than a mix.
static DONORS: [[u8; TABLED]; HASHES] = {
    let mut t = [[0u8; TABLED]; HASHES];
    let mut i = 0;
    while i < HASHES {
        let mut a = 0;
        while a < TABLED {
            t[i][a] = donor(i, a as u64) as u8;
            a += 1;
        }
        i += 1;
    }
    t
};

/// Size of the intersection of two sorted sets (without branches on the comparison, which
/// shingle hashes make unpredictable). A set `GALLOP` times the other's size or more is
/// searched for the smaller one's values instead of walked whole (a short copy against a long
/// source).
pub fn intersection(a: &[u64], b: &[u64]) -> usize {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if small.len().saturating_mul(GALLOP) <= large.len() {
        return galloping(small, large);
    }
    merged(a, b)
}

/// How many times the larger set's size the smaller's must be for [`intersection`] to search
/// rather than walk: a search costs about twice the log of the gap between two hits, a walk
/// one step of each set.
const GALLOP: usize = 16;

/// [`intersection`] by a walk of both sets.
fn merged(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        n += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    n
}

/// [`intersection`] of a small set with a large one: each value of `small` found in what
/// remains of `large` by an exponential search from where the last one stood.
fn galloping(small: &[u64], large: &[u64]) -> usize {
    let (mut rest, mut n) = (large, 0);
    for &x in small {
        let mut step = 1;
        while step < rest.len() && rest[step] < x {
            step *= 2;
        }
        let window = &rest[..(step + 1).min(rest.len())];
        rest = match window.binary_search(&x) {
            Ok(i) => {
                n += 1;
                &rest[i + 1..]
            }
            Err(i) => &rest[i..],
        };
        if rest.is_empty() {
            break;
        }
    }
    n
}

/// How many values of two signatures agree.
pub fn agreeing(a: &Signature, b: &Signature) -> usize {
    // Counted in 16-bit lanes (128 at most), so that the comparison runs eight values at a
    // time: millions of candidate pairs are tested by it.
    let n: u16 = a.iter().zip(b).map(|(x, y)| u16::from(x == y)).sum();
    usize::from(n)
}

/// Jaccard similarity of two sorted sets.
pub fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let common = intersection(a, b);
    let union = a.len() + b.len() - common;
    if union == 0 {
        1.0
    } else {
        common as f64 / union as f64
    }
}

/// Hash of one band of a signature.
pub fn band_hash(sig: &Signature, band: usize, rows: usize) -> u64 {
    sig[band * rows..(band + 1) * rows]
        .iter()
        .fold(band as u64, |h, &v| mix(h ^ v as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_search_counts_what_a_walk_counts() {
        // Sets of every lopsidedness, sharing some values, from a fixed sequence.
        let mut x = 7u64;
        let mut next = || {
            x = mix(x);
            x % 5_000
        };
        for (small, large) in [
            (0, 10),
            (1, 40),
            (3, 100),
            (20, 2_000),
            (60, 900),
            (200, 210),
        ] {
            let set = |n: usize, next: &mut dyn FnMut() -> u64| {
                let mut s: Vec<u64> = (0..n).map(|_| next()).collect();
                s.sort_unstable();
                s.dedup();
                s
            };
            let (a, b) = (set(small, &mut next), set(large, &mut next));
            let walked = merged(&a, &b);
            assert_eq!(galloping(&a, &b), walked, "{small} / {large}");
            assert_eq!(intersection(&a, &b), walked);
            assert_eq!(intersection(&b, &a), walked);
            let within: Vec<u64> = b.iter().copied().step_by(3).collect();
            assert_eq!(galloping(&within, &b), within.len());
        }
    }

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    /// Texts of every length up to 40 from a fixed sequence, of chars of every plane.
    fn texts() -> Vec<Vec<char>> {
        let mut x = 11u64;
        let mut next = move || {
            x = mix(x);
            x
        };
        (0..400)
            .map(|n| {
                (0..n % 41)
                    .map(|_| {
                        let h = next();
                        let c = match h % 4 {
                            0 => 0x4E00 + h % 0x5200,
                            1 => h % 0x80,
                            2 => 0x10_0000 + h % 0xFFFE,
                            _ => h % 0x11_0000,
                        };
                        char::from_u32(c as u32).unwrap_or('\u{FFFD}')
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn rolled_shingles_are_the_windows_hashes() {
        for t in texts() {
            let folded: Vec<u64> = t.windows(3).map(shingle_hash).collect();
            assert_eq!(window_hashes::<3>(&t).collect::<Vec<_>>(), folded);
            let folded: Vec<u64> = t.windows(5).map(shingle_hash).collect();
            assert_eq!(window_hashes::<5>(&t).collect::<Vec<_>>(), folded);
            for k in 1..=6 {
                let mut set: Vec<u64> = shingle_hashes(&t, k).collect();
                set.sort_unstable();
                set.dedup();
                assert_eq!(shingles(&t, k), set, "{k}");
            }
            if t.len() >= NEAR_SHINGLE {
                let near = bins(shingle_hashes(&t, NEAR_SHINGLE));
                assert_eq!(near_bins(&t), near);
            }
        }
    }

    #[test]
    fn tabled_donors_densify_as_computed_ones() {
        // Densification as it was, every donor computed: bin by bin, the first attempt
        // whose donor is filled.
        let computed = |raw: Bins| -> Bins {
            if raw == [u32::MAX; HASHES] {
                return raw;
            }
            let salt = |i: usize, a: u64| ((i as u64) << 40) | (a << 32);
            let donor = |s: u64| raw[(mix(s) % HASHES as u64) as usize];
            std::array::from_fn(|i| match raw[i] {
                u32::MAX => (0u64..)
                    .map(|a| salt(i, a))
                    .find(|&s| donor(s) != u32::MAX)
                    .map_or(u32::MAX, |s| mix(donor(s) as u64 ^ s) as u32),
                v => v,
            })
        };
        for t in texts() {
            let raw = bins(shingle_hashes(&t, NEAR_SHINGLE));
            assert_eq!(densify(raw), computed(raw));
        }
        // One filled bin: most bins try more donors than the table holds.
        for b in [0, 1, 77, 127] {
            let mut raw = [u32::MAX; HASHES];
            raw[b] = 12345;
            assert_eq!(densify(raw), computed(raw));
        }
    }

    #[test]
    fn one_pass_hashes_equal_the_chains_they_replace() {
        let (first, second) = (
            chars("国务院常务会议研究部署"),
            chars("推进乡村振兴重点工作"),
        );
        let mut carried = CHARS_SEED;
        let mut runs = Vec::new();
        assert_eq!(
            hash_runs(&first, &[], &mut carried, &mut runs),
            hash_chars(&first)
        );
        let own = hash_runs(&second, &[(0, 4), (6, 10)], &mut carried, &mut runs);
        assert_eq!(own, hash_chars(&second));
        assert_eq!(carried, hash_chars(&[first, second.clone()].concat()));
        assert_eq!(runs, [hash_chars(&second[..4]), hash_chars(&second[6..])]);
    }

    #[test]
    fn jaccard_of_shingles() {
        let a = shingles(
            &chars("坚持把服务做实两大定位发挥三个作用打造六个区作为重要使命"),
            3,
        );
        let b = shingles(
            &chars("始终把服务做实两大定位发挥三个作用打造六个区作为重要使命"),
            3,
        );
        let j = jaccard(&a, &b);
        assert!(j > 0.8 && j < 1.0, "{j}");
        assert_eq!(jaccard(&a, &a), 1.0);
    }

    #[test]
    fn signatures_estimate_jaccard() {
        let text: Vec<char> = "全面落实新时代党的建设总要求和新时代党的组织路线持续探索加强基层党组织建设的新思路新路径新模式开创基层党建新局面".chars().collect();
        let mut edited = text.clone();
        edited[10] = '甲';
        edited[30] = '乙';
        let (a, b) = (shingles(&text, 5), shingles(&edited, 5));
        let (sa, sb) = (signature(&a), signature(&b));
        let estimate = agreeing(&sa, &sb) as f64 / HASHES as f64;
        assert!(
            (estimate - jaccard(&a, &b)).abs() < 0.15,
            "{estimate} vs {}",
            jaccard(&a, &b)
        );
        assert_eq!(signature(&a), sa, "deterministic");
    }

    #[test]
    fn short_text_has_one_shingle() {
        assert_eq!(shingles(&chars("党建"), 3).len(), 1);
    }
}
