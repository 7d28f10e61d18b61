//! Finding a list of names in a text: leftmost-longest, without overlaps, reading each char
//! once (a bitmap of first chars skips most chars without a map lookup; names are looked up
//! by their first two chars, so a common first char such as 一 brings few candidates).

use super::Term;
use rustc_hash::FxHashMap;

/// The first two chars of a name (one for a one-char name).
type Start = (char, Option<char>);
/// A name's chars and its index in the list.
type Name = (Vec<char>, usize);

/// Names to find, prepared once.
#[derive(Debug, Default)]
pub struct Finder {
    terms: Vec<Term>,
    /// Bit `c % 65536` is set when a name starts with `c`.
    first_chars: Vec<u64>,
    /// Names by their first two chars (one for one-char names), longest first: (chars,
    /// index into `terms`).
    by_start: FxHashMap<Start, Vec<Name>>,
    by_key: FxHashMap<String, usize>,
}

impl Finder {
    /// Prepares `terms` (one per key; the longer names are tried first).
    pub fn new(mut terms: Vec<Term>) -> Finder {
        terms.sort_by(|a, b| {
            b.name
                .chars()
                .count()
                .cmp(&a.name.chars().count())
                .then(a.key.cmp(&b.key))
        });
        let mut seen = std::collections::HashSet::new();
        terms.retain(|t| !t.name.is_empty() && seen.insert(t.key.clone()));
        let mut first_chars = vec![0u64; 1024];
        let mut by_start: FxHashMap<Start, Vec<Name>> = FxHashMap::default();
        for (i, t) in terms.iter().enumerate() {
            let chars: Vec<char> = t.name.chars().collect();
            let c = chars[0];
            first_chars[(c as usize % 65536) / 64] |= 1 << (c as usize % 64);
            by_start
                .entry((c, chars.get(1).copied()))
                .or_default()
                .push((chars, i));
        }
        let by_key = terms
            .iter()
            .enumerate()
            .map(|(i, t)| (t.key.clone(), i))
            .collect();
        Finder {
            terms,
            first_chars,
            by_start,
            by_key,
        }
    }

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
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i] as usize % 65536;
            let candidates = |start| {
                self.by_start
                    .get(&start)
                    .into_iter()
                    .flatten()
                    .find(|(name, _)| {
                        chars.get(i..i + name.len()) == Some(&name[..]) && free([i, i + name.len()])
                    })
            };
            let hit = (self.first_chars[c / 64] & (1 << (c % 64)) != 0)
                .then(|| {
                    // Two-char starts hold the longer names: try them first.
                    chars
                        .get(i + 1)
                        .and_then(|&next| candidates((chars[i], Some(next))))
                        .or_else(|| candidates((chars[i], None)))
                })
                .flatten();
            match hit {
                Some((name, t)) => {
                    out.push(([i, i + name.len()], *t));
                    i += name.len();
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
        let f = Finder::new(vec![
            crate::terms::classify("两个确立"),
            crate::terms::classify("两个"),
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
