//! Cheap tests that rule out most chars or texts before a rule searches its word list: the
//! rules' lists stay as they are written, and a search is skipped only where it cannot match.

/// The bit of `c`'s low six bits in a 64-bit mask: a mask of the first chars of a few words
/// rules out most chars in one test.
pub(crate) fn low_bit(c: char) -> u64 {
    1 << (u32::from(c) & 63)
}

/// The bits of `c`'s low six bits in a 64-bit mask (as [`low_bit`] makes them) of the first
/// chars of `words`, OR-ed, at compile time: a char whose bit is not set starts none of them.
/// A char's low six bits are those of the last byte of its UTF-8 form.
pub(crate) const fn first_bits(words: &[&str]) -> u64 {
    edge_bits(words, false)
}

/// One bit of each of `words`' last bytes (their low six bits), OR-ed, at compile time: a
/// text whose last byte's bit is not set ends with none of them ([`may_end_with_one`]).
pub(crate) const fn last_bits(words: &[&str]) -> u64 {
    edge_bits(words, true)
}

/// The low six bits of the last byte of each word's first char, or of each word, as bits.
const fn edge_bits(words: &[&str], last_byte: bool) -> u64 {
    let mut mask = 0;
    let mut i = 0;
    while i < words.len() {
        let bytes = words[i].as_bytes();
        if !bytes.is_empty() {
            let end = match (last_byte, bytes[0]) {
                (true, _) => bytes.len(),
                (false, 0x00..=0x7F) => 1,
                (false, 0xC0..=0xDF) => 2,
                (false, 0xE0..=0xEF) => 3,
                (false, _) => 4,
            };
            mask |= 1 << (bytes[end - 1] & 63);
        }
        i += 1;
    }
    mask
}

/// Whether `text` may end with one of the words of `last` ([`last_bits`]); `false` means it
/// ends with none (an empty word aside).
pub(crate) fn may_end_with_one(text: &str, last: u64) -> bool {
    text.as_bytes()
        .last()
        .is_some_and(|&b| last & (1 << (b & 63)) != 0)
}

/// A fixed list of words whose membership test ([`Words::contains`]) rules out most words in
/// one test of 256 bits (of each listed word's last byte and a byte of its first char) before
/// it compares them with the list; otherwise the list, as a slice (`Deref`).
#[derive(Clone, Copy)]
pub(crate) struct Words {
    list: &'static [&'static str],
    bits: [u64; 4],
}

/// The bit of a word in [`Words`]: the low six bits of its last byte and two of its third (a
/// CJK char's last byte), so that the words of one list spread over the 256.
const fn word_bit(word: &str) -> usize {
    let b = word.as_bytes();
    if b.is_empty() {
        return 0;
    }
    let (last, third) = (
        b[b.len() - 1] as usize,
        b[if b.len() > 3 { 2 } else { b.len() - 1 }] as usize,
    );
    (last & 63) | ((third & 3) << 6)
}

impl Words {
    /// The list `list`, prepared at compile time.
    pub(crate) const fn new(list: &'static [&'static str]) -> Words {
        let mut bits = [0u64; 4];
        let mut i = 0;
        while i < list.len() {
            let b = word_bit(list[i]);
            bits[b / 64] |= 1 << (b % 64);
            i += 1;
        }
        Words { list, bits }
    }

    /// The words, in the list's order.
    pub(crate) const fn list(&self) -> &'static [&'static str] {
        self.list
    }

    /// Whether `word` is one of the words (as the slice's `contains`).
    pub(crate) fn contains(&self, word: &&str) -> bool {
        let b = word_bit(word);
        self.bits[b / 64] & (1 << (b % 64)) != 0 && self.list.contains(word)
    }
}

impl std::ops::Deref for Words {
    type Target = [&'static str];

    fn deref(&self) -> &Self::Target {
        self.list
    }
}

/// The chars of a short text as 256 bits (a char's low eight bits): a word one of whose chars
/// is missing from it does not occur in the text, so most searches of a list of words in a
/// clause are skipped after one test each.
#[derive(Clone, Copy, Default)]
pub(crate) struct CharSet([u64; 4]);

impl CharSet {
    /// The chars of `text`.
    pub(crate) fn of(text: &str) -> CharSet {
        let mut set = CharSet::default();
        for c in text.chars() {
            set.insert(c);
        }
        set
    }

    fn insert(&mut self, c: char) {
        let b = u32::from(c) as usize & 255;
        self.0[b / 64] |= 1 << (b % 64);
    }

    fn holds(&self, c: char) -> bool {
        let b = u32::from(c) as usize & 255;
        self.0[b / 64] & (1 << (b % 64)) != 0
    }

    /// Whether `word` may occur in the text: every char of it is in the set (`false` means
    /// it does not occur).
    pub(crate) fn may_contain(&self, word: &str) -> bool {
        word.chars().all(|c| self.holds(c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn first_bits_are_the_low_bits_of_the_first_chars() {
        let words = ["人民币", "a", "é", "𠀀字", "", "目标"];
        let expected = words
            .iter()
            .filter_map(|w| w.chars().next())
            .fold(0, |m, c| m | low_bit(c));
        assert_eq!(first_bits(&words), expected);
    }

    #[test]
    fn last_bits_rule_out_no_ending() {
        let words = ["增长", "达", "x", "降至"];
        let last = last_bits(&words);
        for text in ["全年增长", "降至", "ax", "达到", "增", "", "营收达"] {
            let ends = words.iter().any(|w| text.ends_with(w));
            assert!(!ends || may_end_with_one(text, last), "{text}");
        }
        assert!(!may_end_with_one("达到", last));
    }

    #[test]
    fn words_hold_what_their_list_holds() {
        const LIST: Words = Words::new(&["达", "达到", "超过", "为", "a", "收官"]);
        for w in [
            "达", "达到", "超过", "为", "a", "收官", "到达", "超", "", "b", "官", "收",
        ] {
            assert_eq!(LIST.contains(&w), LIST.list().contains(&w), "{w}");
        }
        assert_eq!(LIST.len(), 6);
    }

    #[test]
    fn a_word_absent_from_the_set_is_absent_from_the_text() {
        let text = "力争全年增长5%左右";
        let set = CharSet::of(text);
        for word in ["力争", "增长", "5%", "左右", "目标", "实现", "去年", "年"] {
            if !set.may_contain(word) {
                assert!(!text.contains(word), "{word}");
            } else if text.contains(word) {
                assert!(set.may_contain(word));
            }
        }
        assert!(set.may_contain("力争") && !set.may_contain("目标"));
    }
}
