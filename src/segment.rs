//! Word segmentation with jieba-rs (HMM on) over the sentences of a cleaned document, with
//! the document's terms kept whole.

use crate::document::{CleanDocument, SegmentedDocument, Span, Token};
use crate::lexicon::Lexicon;
use crate::terms::{whole_words, Term};
use jieba_rs::Jieba;

/// Splits every sentence of a document into word tokens (white space is not a token); each
/// span of `whole` (sorted, disjoint: the words of the document's terms) is one token.
pub fn segment(doc: CleanDocument, jieba: &Jieba, whole: &[Span]) -> SegmentedDocument {
    // jieba never joins words across punctuation or line breaks, so the whole text cut once
    // gives the words of each sentence, with one call a document.
    let ends: Vec<usize> = doc
        .paragraphs
        .iter()
        .flat_map(|p| p.sentences.iter().map(|s| s.end))
        .collect();
    let mut tokens = Vec::with_capacity(doc.text.len() / 4);
    let mut sentence = 0usize;
    for word in jieba.cut(&doc.text, true) {
        if is_white(word.word) {
            continue;
        }
        while ends.get(sentence).is_some_and(|&end| end <= word.start) {
            sentence += 1;
        }
        tokens.push(Token {
            span: Span::new(word.start, word.end),
            sentence: sentence as u32,
        });
    }
    if !whole.is_empty() {
        tokens = keep_whole(&tokens, whole);
    }
    SegmentedDocument { doc, tokens }
}

/// The terms of a cleaned document, and the document segmented with their words kept whole.
pub fn segment_terms(lexicon: &Lexicon, doc: CleanDocument) -> (SegmentedDocument, Vec<Term>) {
    let terms = lexicon.extract_terms(&doc);
    (segment_keeping(lexicon, doc, &terms), terms)
}

/// The document segmented with the words of its `terms` (found by
/// [`Lexicon::extract_terms`]) kept whole.
pub fn segment_keeping(lexicon: &Lexicon, doc: CleanDocument, terms: &[Term]) -> SegmentedDocument {
    let whole = whole_words(doc.chars(), terms);
    segment(doc, lexicon.jieba(), &whole)
}

/// Whether a word is white space only (`word.trim().is_empty()`): a word that starts with
/// another char is not, and that one test settles almost every word (`trim` walks both ends).
fn is_white(word: &str) -> bool {
    word.chars().next().is_none_or(char::is_whitespace) && word.trim().is_empty()
}

/// Cuts tokens at the edges of the `whole` spans and joins the pieces inside each span.
fn keep_whole(tokens: &[Token], whole: &[Span]) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut w = 0;
    for t in tokens {
        let mut start = t.span.start;
        while start < t.span.end {
            while whole.get(w).is_some_and(|s| s.end <= start) {
                w += 1;
            }
            let span = whole.get(w).filter(|s| s.start < t.span.end);
            let inside = span.is_some_and(|s| s.start <= start);
            let end = match span {
                Some(s) if inside => s.end.min(t.span.end),
                Some(s) => s.start,
                None => t.span.end,
            };
            match out.last_mut() {
                Some(last)
                    if inside && last.span.end == start && last.span.start >= whole[w].start =>
                {
                    last.span.end = end
                }
                _ => out.push(Token {
                    span: Span::new(start, end),
                    sentence: t.sentence,
                }),
            }
            start = end;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::{clean, CleanOptions};
    use crate::input::{read_bytes, InputOptions};
    use std::path::Path;

    #[test]
    fn a_word_is_white_as_trim_has_it() {
        for w in [
            "",
            " ",
            "\u{3000}",
            "\t\n",
            "\u{a0}",
            " a",
            "a ",
            "中",
            "\u{3000}中",
            "。",
        ] {
            assert_eq!(is_white(w), w.trim().is_empty(), "{w:?}");
        }
    }

    #[test]
    fn tokens_cover_sentences_and_map_back() {
        let text = "初夏时节，涪陵区开展党建活动。 拥有 43 年党龄的老党员说：“好！”";
        let raw = read_bytes(
            text.as_bytes(),
            Path::new("a.txt"),
            "a",
            &InputOptions::default(),
        )
        .documents
        .remove(0);
        let doc = segment(
            clean(&raw, &CleanOptions::default()),
            &jieba_rs::Jieba::new(),
            &[],
        );
        let words: Vec<String> = doc
            .tokens
            .iter()
            .map(|t| {
                doc.doc
                    .text
                    .chars()
                    .skip(t.span.start)
                    .take(t.span.len())
                    .collect()
            })
            .collect();
        assert!(
            words.contains(&"涪陵区".to_string()) || words.contains(&"涪陵".to_string()),
            "{words:?}"
        );
        assert!(words.iter().all(|w| !w.trim().is_empty()));
        for t in &doc.tokens {
            let (b0, b1) = doc.doc.bytes(t.span);
            let original = &text[b0 as usize..b1 as usize];
            let token: String = doc
                .doc
                .text
                .chars()
                .skip(t.span.start)
                .take(t.span.len())
                .collect();
            assert_eq!(original.replace(' ', ""), token.replace(' ', ""));
        }
    }

    #[test]
    fn whole_spans_become_single_tokens() {
        let tokens: Vec<Token> = [(0, 2), (2, 3), (3, 5), (5, 7)]
            .iter()
            .map(|&(a, b)| Token {
                span: Span::new(a, b),
                sentence: 0,
            })
            .collect();
        let spans = |t: Vec<Token>| {
            t.iter()
                .map(|t| (t.span.start, t.span.end))
                .collect::<Vec<_>>()
        };
        // A span over whole tokens joins them; one inside a token cuts it.
        assert_eq!(
            spans(keep_whole(&tokens, &[Span::new(2, 5)])),
            [(0, 2), (2, 5), (5, 7)]
        );
        assert_eq!(
            spans(keep_whole(&tokens, &[Span::new(1, 4)])),
            [(0, 1), (1, 4), (4, 5), (5, 7)]
        );
        assert_eq!(
            spans(keep_whole(&tokens, &[Span::new(0, 2), Span::new(3, 7)])),
            [(0, 2), (2, 3), (3, 7)]
        );
    }
}
