//! Word segmentation with jieba-rs (HMM on) over the sentences of a cleaned document.

use crate::document::{CleanDocument, SegmentedDocument, Span, Token};
use jieba_rs::Jieba;
use std::sync::OnceLock;

/// The shared dictionary-loaded segmenter, built once for all workers.
pub fn jieba() -> &'static Jieba {
    static JIEBA: OnceLock<Jieba> = OnceLock::new();
    JIEBA.get_or_init(Jieba::new)
}

/// Splits every sentence of a document into word tokens (white space is not a token).
pub fn segment(doc: CleanDocument, jieba: &Jieba) -> SegmentedDocument {
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
        if word.word.trim().is_empty() {
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
    SegmentedDocument { doc, tokens }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::{clean, CleanOptions};
    use crate::input::{read_bytes, InputOptions};
    use std::path::Path;

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
        let doc = segment(clean(&raw, &CleanOptions::default()), jieba());
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
}
