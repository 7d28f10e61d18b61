//! Finding a list of names in a text: leftmost-longest, without overlaps. The names form a
//! trie walked from each position (a bitmap of first chars, then one of the names' first two
//! chars, skip most positions without a map look-up); the longest name found there that
//! overlaps nothing taken wins.

use super::Term;
use rustc_hash::FxHashMap;

/// Names to find, prepared once.
#[derive(Debug)]
pub struct Finder {
    terms: Vec<Term>,
    /// Bit [`Finder::char_bit`] of `c` is set when a name starts with `c` (a table sized to
    /// the names, 64 bits to 2^16: a document's few quoted names need no 16 KB of zeros).
    first_chars: Vec<u64>,
    /// Bit [`pair_bit`] of the first two chars of every name of two chars or more (a table
    /// sized to the names, 64 bits to 2^18), and bit [`Finder::char_bit`] of
    /// [`Finder::singles`] set for a name of one char `c`: a position whose two chars set
    /// neither starts no name.
    pairs: Vec<u64>,
    singles: Vec<u64>,
    /// The trie of the names: (node, next char) → node. Node 0 is the root.
    edges: FxHashMap<(u32, char), u32>,
    /// The term whose name ends at each node.
    ends: Vec<Option<u32>>,
    by_key: FxHashMap<String, usize>,
    /// Every name given, each spelling once (碳达峰碳中和 and 碳达峰、碳中和 both), in the
    /// order given: what a finder built again from this one must find.
    spellings: Vec<Term>,
}

impl Default for Finder {
    fn default() -> Self {
        Finder::new(Vec::new())
    }
}

impl Finder {
    /// Prepares `terms` (one per key; when names share a key, the longest is kept, and every
    /// spelling finds it: 降碳减污扩绿增长 finds 降碳、减污、扩绿、增长).
    pub fn new(mut terms: Vec<Term>) -> Finder {
        terms.sort_by(|a, b| {
            b.name
                .chars()
                .count()
                .cmp(&a.name.chars().count())
                .then(a.key.cmp(&b.key))
        });
        let mut named = std::collections::HashSet::new();
        let every: Vec<Term> = terms
            .iter()
            .filter(|t| !t.name.is_empty() && named.insert(t.name.as_str()))
            .cloned()
            .collect();
        let mut seen = std::collections::HashSet::new();
        terms.retain(|t| !t.name.is_empty() && seen.insert(t.key.clone()));
        let by_key: FxHashMap<String, usize> = terms
            .iter()
            .enumerate()
            .map(|(i, t)| (t.key.clone(), i))
            .collect();
        let char_bits = (every.len() * 64).next_power_of_two().clamp(64, 1 << 16);
        let mut first_chars = vec![0u64; char_bits / 64];
        let pair_bits = (every.len() * 32).next_power_of_two().clamp(64, 1 << 18);
        let mut pairs = vec![0u64; pair_bits / 64];
        let mut singles = vec![0u64; char_bits / 64];
        let mut edges: FxHashMap<(u32, char), u32> = FxHashMap::default();
        let mut ends: Vec<Option<u32>> = vec![None];
        for Term { name, key, .. } in &every {
            let i = by_key[key];
            let mut node = 0;
            for c in name.chars() {
                node = *edges.entry((node, c)).or_insert_with(|| {
                    ends.push(None);
                    (ends.len() - 1) as u32
                });
            }
            // Equal names have equal keys: one term a node.
            ends[node as usize].get_or_insert(i as u32);
            let mut chars = name.chars();
            if let Some(c) = chars.next() {
                set(&mut first_chars, c as usize & (char_bits - 1));
                match chars.next() {
                    Some(second) => set(&mut pairs, pair_bit(c, second, pair_bits)),
                    None => set(&mut singles, c as usize & (char_bits - 1)),
                }
            }
        }
        Finder {
            terms,
            first_chars,
            pairs,
            singles,
            edges,
            ends,
            by_key,
            spellings: every,
        }
    }

    /// Every name the finder was given, each spelling once (a listed name and its other
    /// spellings, which share its key and find its term): the list to extend when the finder
    /// is built again with more names (the lexicon's `with_terms`), so that no
    /// spelling is lost.
    pub fn spellings(&self) -> &[Term] {
        &self.spellings
    }

    /// The bit of `c` in [`Finder::first_chars`] and [`Finder::singles`]: its low bits.
    fn char_bit(&self, c: char) -> usize {
        c as usize & (self.first_chars.len() * 64 - 1)
    }

    /// The terms, longest name first (one per key).
    pub fn terms(&self) -> &[Term] {
        &self.terms
    }

    /// The term with this key.
    pub fn get(&self, key: &str) -> Option<&Term> {
        self.by_key.get(key).map(|&i| &self.terms[i])
    }

    /// Occurrences (span, index of the term) that do not overlap `taken`.
    pub fn find(&self, chars: &[char], taken: &[[usize; 2]]) -> Vec<([usize; 2], usize)> {
        self.find_shorter(chars, taken, usize::MAX)
    }

    /// Occurrences (span, index of the term) inside `span` of `chars`, shorter than it,
    /// leftmost-longest: the names a longer name holds.
    pub fn find_inside(
        &self,
        chars: &[char],
        [start, end]: [usize; 2],
    ) -> Vec<([usize; 2], usize)> {
        self.find_shorter(&chars[start..end], &[], end - start - 1)
            .into_iter()
            .map(|([a, b], t)| ([a + start, b + start], t))
            .collect()
    }

    /// Occurrences (span, index of the term) of `max` chars or fewer that do not overlap
    /// `taken`.
    fn find_shorter(
        &self,
        chars: &[char],
        taken: &[[usize; 2]],
        max: usize,
    ) -> Vec<([usize; 2], usize)> {
        let free = |span: [usize; 2]| {
            span[1] - span[0] <= max && taken.iter().all(|t| span[1] <= t[0] || span[0] >= t[1])
        };
        let mut out = Vec::new();
        if self.terms.is_empty() {
            return out;
        }
        // The names found at one position, shortest first: (length, term).
        let mut here: Vec<(usize, u32)> = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let c = self.char_bit(chars[i]);
            here.clear();
            // A name of two chars or more starting here has its pair's bit set, one of one
            // char its single bit.
            let may_start = is_set(&self.first_chars, c)
                && chars.get(i + 1).is_none_or(|&second| {
                    let bits = self.pairs.len() * 64;
                    is_set(&self.pairs, pair_bit(chars[i], second, bits))
                        || is_set(&self.singles, c)
                });
            if may_start {
                let mut node = 0;
                for (k, &next) in chars[i..].iter().enumerate() {
                    match self.edges.get(&(node, next)) {
                        Some(&child) => node = child,
                        None => break,
                    }
                    if let Some(t) = self.ends[node as usize] {
                        here.push((k + 1, t));
                    }
                }
            }
            match here.iter().rev().find(|&&(len, _)| free([i, i + len])) {
                Some(&(len, t)) => {
                    out.push(([i, i + len], t as usize));
                    i += len;
                }
                None => i += 1,
            }
        }
        out
    }
}

/// The bit of the pair of chars `(a, b)` in a table of `bits` bits (a power of two).
fn pair_bit(a: char, b: char, bits: usize) -> usize {
    let h = (a as u32).wrapping_mul(0x9E37_79B1) ^ (b as u32).wrapping_mul(0x85EB_CA77);
    (h.rotate_left(13).wrapping_mul(0xC2B2_AE35) as usize) & (bits - 1)
}

fn set(bits: &mut [u64], i: usize) {
    bits[i / 64] |= 1 << (i % 64);
}

fn is_set(bits: &[u64], i: usize) -> bool {
    bits[i / 64] & (1 << (i % 64)) != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_name_first_and_taken_spans_kept() {
        let jieba = jieba_rs::Jieba::new();
        let f = Finder::new(vec![
            crate::terms::classify("两个确立", &jieba),
            crate::terms::classify("两个", &jieba),
        ]);
        let chars: Vec<char> = "拥护两个确立，两个维护".chars().collect();
        let found: Vec<(&str, [usize; 2])> = f
            .find(&chars, &[[7, 9]])
            .into_iter()
            .map(|(span, t)| (f.terms()[t].name.as_str(), span))
            .collect();
        assert_eq!(found, [("两个确立", [2, 6])]);
    }

    #[test]
    fn the_char_filters_skip_no_name() {
        // Names of one, two and more chars over a small alphabet (most pairs of the text
        // start no name), found as a walk from every position finds them.
        let jieba = jieba_rs::Jieba::new();
        let names = ["甲", "甲乙", "乙丙丁", "丙丙", "丁甲乙丙", "戊"];
        let f = Finder::new(
            names
                .iter()
                .map(|n| crate::terms::classify(n, &jieba))
                .collect(),
        );
        let alphabet: Vec<char> = "甲乙丙丁戊己".chars().collect();
        let mut seed = 7u64;
        for _ in 0..200 {
            let text: Vec<char> = (0..40)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    alphabet[(seed >> 33) as usize % alphabet.len()]
                })
                .collect();
            let mut expected = Vec::new();
            let mut i = 0;
            while i < text.len() {
                let longest = f
                    .terms()
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| {
                        let n: Vec<char> = t.name.chars().collect();
                        text[i..].starts_with(&n)
                    })
                    .max_by_key(|(_, t)| t.name.chars().count());
                match longest {
                    Some((k, t)) => {
                        let len = t.name.chars().count();
                        expected.push(([i, i + len], k));
                        i += len;
                    }
                    None => i += 1,
                }
            }
            assert_eq!(f.find(&text, &[]), expected);
        }
    }
}
