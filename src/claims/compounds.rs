//! The dictionary of measure noun phrases (round 15, docs/claims.md): phrases mined from the
//! corpora where they stand as a unit (`examples/subject_compounds.rs`, the list in
//! `compounds.txt`). jieba tags the verb inside an official compound (首次公开发行股票募集资金总额,
//! 先行赔付专项基金) as it tags a clause's verb; the list is the evidence the tags lack, and a
//! subject the rules cut inside a listed phrase is widened to it.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a over chars, one char at a time: the key of a phrase and of each of its prefixes.
const SEED: u64 = 0xcbf2_9ce4_8422_2325;

fn step(h: u64, c: char) -> u64 {
    (h ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3)
}

fn key(phrase: &str) -> u64 {
    phrase.chars().fold(SEED, step)
}

/// The keys are hashes already: passed through.
#[derive(Default)]
struct Passed(u64);

impl Hasher for Passed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*b);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

/// A set of measure noun phrases kept whole in subjects. Loaded by the commands that extract
/// claims, once a run (`Lexicon::compounds`), and passed down.
#[derive(Debug, Default, Clone)]
pub struct Compounds {
    /// Every prefix of a listed phrase, by key: whether it is a listed phrase itself.
    prefixes: HashMap<u64, bool, BuildHasherDefault<Passed>>,
    longest: usize,
}

impl Compounds {
    /// The list shipped with tifa (`src/claims/compounds.txt`).
    pub fn builtin() -> Compounds {
        Compounds::parse(include_str!("compounds.txt"))
    }

    /// A list of one phrase a line; `#` opens a comment line.
    pub fn parse(text: &str) -> Compounds {
        let mut out = Compounds::default();
        for phrase in text.lines().map(str::trim) {
            if phrase.is_empty() || phrase.starts_with('#') {
                continue;
            }
            let mut h = SEED;
            let mut n = 0;
            for c in phrase.chars() {
                h = step(h, c);
                n += 1;
                out.prefixes.entry(h).or_insert(false);
            }
            out.prefixes.insert(h, true);
            out.longest = out.longest.max(n);
        }
        out
    }

    /// Whether `phrase` is listed.
    pub fn contains(&self, phrase: &str) -> bool {
        self.prefixes.get(&key(phrase)) == Some(&true)
    }

    /// The longest listed phrase of `sentence` that holds the occurrence of `subject` nearest
    /// the claim at `span` (on the same side of it, across no punctuation), when it is longer
    /// than `subject` and `subject` is not listed itself: the modifier or head the rules cut
    /// (浓度 → 平均浓度, 先行 → 先行赔付专项基金).
    pub(super) fn widen(
        &self,
        sentence: &[char],
        span: [usize; 2],
        subject: &str,
    ) -> Option<String> {
        if self.prefixes.is_empty() || self.contains(subject) {
            return None;
        }
        let want: Vec<char> = subject.chars().collect();
        let k = want.len();
        let found = |p: usize| sentence.get(p..p + k) == Some(&want[..]);
        // The occurrence nearest the number, before it or after it.
        let before = (0..=span[0].saturating_sub(k))
            .rev()
            .find(|&p| p + k <= span[0] && found(p));
        let after = (span[1]..sentence.len()).find(|&p| found(p));
        let (p, lo, hi) = match (before, after) {
            (Some(p), Some(q)) if q - span[1] < span[0] - (p + k) => (q, span[1], sentence.len()),
            (Some(p), _) => (p, 0, span[0]),
            (None, Some(q)) => (q, span[1], sentence.len()),
            (None, None) => return None,
        };
        let word = |i: usize| sentence[i].is_alphanumeric();
        let hi = (p + k..hi).find(|&i| !word(i)).unwrap_or(hi);
        let mut best: Option<(usize, usize)> = None;
        let mut s = p;
        loop {
            // Walk right from s while the text read is a prefix of a listed phrase.
            let mut h = SEED;
            for e in s + 1..=hi.min(s + self.longest) {
                h = step(h, sentence[e - 1]);
                match self.prefixes.get(&h) {
                    None => break,
                    Some(true) if e >= p + k && e - s > best.map_or(k, |(bs, be)| be - bs) => {
                        best = Some((s, e));
                    }
                    Some(_) => {}
                }
            }
            if s == lo || !word(s - 1) || p + k - (s - 1) > self.longest {
                break;
            }
            s -= 1;
        }
        best.map(|(s, e)| sentence[s..e].iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_subject_widens_to_the_listed_phrase() {
        let list = Compounds::parse("# test\n平均浓度\n先行赔付专项基金\n");
        let s: Vec<char> = "细颗粒物平均浓度下降5%".chars().collect();
        assert_eq!(
            list.widen(&s, [10, 12], "浓度").as_deref(),
            Some("平均浓度")
        );
        let s: Vec<char> = "设立2亿元先行赔付专项基金".chars().collect();
        assert_eq!(
            list.widen(&s, [2, 5], "先行").as_deref(),
            Some("先行赔付专项基金")
        );
        assert_eq!(list.widen(&s, [2, 5], "平均浓度"), None);
        assert_eq!(list.widen(&s, [2, 5], "先行赔付专项基金"), None);
    }
}
