//! Sentence splitting: after 。！？；… and their ASCII forms, keeping closing quotes and
//! brackets with the sentence they end.

use super::chars::{is_closer, is_sentence_end};
use crate::document::Span;

/// Splits a paragraph's chars into sentence spans, offset by `base`.
pub fn split_sentences(chars: &[char], base: usize) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        if is_sentence_end(chars[i]) {
            while i + 1 < chars.len() && is_sentence_end(chars[i + 1]) {
                i += 1;
            }
            while i + 1 < chars.len() && is_closer(chars[i + 1]) {
                i += 1;
            }
            push_trimmed(chars, start, i + 1, base, &mut spans);
            start = i + 1;
        }
        i += 1;
    }
    push_trimmed(chars, start, chars.len(), base, &mut spans);
    spans
}

fn push_trimmed(
    chars: &[char],
    mut start: usize,
    mut end: usize,
    base: usize,
    spans: &mut Vec<Span>,
) {
    while start < end && chars[start].is_whitespace() {
        start += 1;
    }
    while end > start && chars[end - 1].is_whitespace() {
        end -= 1;
    }
    if start < end {
        spans.push(Span::new(base + start, base + end));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(s: &str) -> Vec<String> {
        let chars: Vec<char> = s.chars().collect();
        split_sentences(&chars, 0)
            .iter()
            .map(|sp| chars[sp.start..sp.end].iter().collect())
            .collect()
    }

    #[test]
    fn splits_and_keeps_closing_quotes() {
        assert_eq!(
            sentences("他说：“这是好事。”大家都同意！真的吗？是的……好；完"),
            [
                "他说：“这是好事。”",
                "大家都同意！",
                "真的吗？",
                "是的……",
                "好；",
                "完"
            ]
        );
    }

    #[test]
    fn decimals_are_not_sentence_ends() {
        assert_eq!(sentences("增长5.2%。下降"), ["增长5.2%。", "下降"]);
    }

    #[test]
    fn spans_carry_the_base_offset() {
        let chars: Vec<char> = "甲。乙".chars().collect();
        assert_eq!(
            split_sentences(&chars, 10),
            [Span::new(10, 12), Span::new(12, 13)]
        );
    }
}
