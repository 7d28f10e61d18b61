//! Finding a list of names in a text: leftmost-longest, without overlaps. The names form a
//! trie walked from each position (a bitmap of first chars skips most positions without a map
//! look-up); the longest name found there that overlaps nothing taken wins.

use super::Term;
use rustc_hash::FxHashMap;

/// Names to find, prepared once.
#[derive(Debug)]
pub struct Finder {
    terms: Vec<Term>,
    /// Bit `c % 65536` is set when a name starts with `c`.
    first_chars: Vec<u64>,
    /// The trie of the names: (node, next char) → node. Node 0 is the root.
    edges: FxHashMap<(u32, char), u32>,
    /// The term whose name ends at each node.
    ends: Vec<Option<u32>>,
    by_key: FxHashMap<String, usize>,
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
        let mut spellings: Vec<(String, String)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        terms.retain(|t| {
            spellings.push((t.name.clone(), t.key.clone()));
            !t.name.is_empty() && seen.insert(t.key.clone())
        });
        let by_key: FxHashMap<String, usize> = terms
            .iter()
            .enumerate()
            .map(|(i, t)| (t.key.clone(), i))
            .collect();
        let mut first_chars = vec![0u64; 1024];
        let mut edges: FxHashMap<(u32, char), u32> = FxHashMap::default();
        let mut ends: Vec<Option<u32>> = vec![None];
        for (name, key) in spellings.iter().filter(|(n, _)| !n.is_empty()) {
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
            if let Some(c) = name.chars().next() {
                first_chars[(c as usize % 65536) / 64] |= 1 << (c as usize % 64);
            }
        }
        Finder {
            terms,
            first_chars,
            edges,
            ends,
            by_key,
        }
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
        let free = |span: [usize; 2]| taken.iter().all(|t| span[1] <= t[0] || span[0] >= t[1]);
        let mut out = Vec::new();
        if self.terms.is_empty() {
            return out;
        }
        // The names found at one position, shortest first: (length, term).
        let mut here: Vec<(usize, u32)> = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i] as usize % 65536;
            here.clear();
            if self.first_chars[c / 64] & (1 << (c % 64)) != 0 {
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
}
