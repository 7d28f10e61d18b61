//! Property tests: cleaning is idempotent, every span lands on char boundaries of the cleaned
//! text and maps back into the original bytes, and tokens tile their sentences.

use proptest::prelude::*;
use std::path::Path;
use tifa::clean::{clean, CleanOptions};
use tifa::document::CleanDocument;
use tifa::input::{read_bytes, InputOptions};
use tifa::segment::segment;

/// jieba's dictionary, loaded once for these tests (the library keeps no model).
fn jieba() -> &'static jieba_rs::Jieba {
    static JIEBA: std::sync::OnceLock<jieba_rs::Jieba> = std::sync::OnceLock::new();
    JIEBA.get_or_init(jieba_rs::Jieba::new)
}

fn compounds() -> &'static tifa::claims::Compounds {
    static COMPOUNDS: std::sync::OnceLock<tifa::claims::Compounds> = std::sync::OnceLock::new();
    COMPOUNDS.get_or_init(tifa::claims::Compounds::builtin)
}

fn clean_str(text: &str) -> CleanDocument {
    let raw = read_bytes(
        text.as_bytes(),
        Path::new("p.txt"),
        "p",
        &InputOptions::default(),
    )
    .documents
    .remove(0);
    clean(&raw, &CleanOptions::default())
}

/// Text made of the pieces real scrapes are made of.
fn scrape() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("党建引领".to_string()),
        Just("基层治理".to_string()),
        Just("，".to_string()),
        Just("。".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("《条例》".to_string()),
        Just(",".to_string()),
        Just(" ".to_string()),
        Just("\u{3000}\u{3000}".to_string()),
        Just("\u{A0}".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("２０２４".to_string()),
        Just("43 年".to_string()),
        Just("▲图片说明（资料图片）\n".to_string()),
        Just("■记者 张三\n".to_string()),
        Just("<p>".to_string()),
        Just("<!-- x -->".to_string()),
        Just("X".to_string()),
        Just("近20亿元".to_string()),
        Just("2300余个".to_string()),
        Just("以上".to_string()),
        Just("三四十".to_string()),
        Just("百分之".to_string()),
        Just("1.5万".to_string()),
        Just("abc".to_string()),
        // Markup split over lines, an indented heading, a byline label cut from its name,
        // code braces and table cells: line rules that only joined lines trigger.
        Just("<a\nhref=\"x\">".to_string()),
        Just("\t# ".to_string()),
        Just("责任编辑\n：".to_string()),
        Just("{".to_string()),
        Just("\n1234\n".to_string()),
        // Control and invisible chars, which normalization drops, before a line rule's text.
        Just("\u{9b}".to_string()),
        Just("\u{1b}[2J".to_string()),
        Just("\u{200b}".to_string()),
        "[\u{4e00}-\u{4e20}]{1,12}",
    ];
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn cleaning_is_idempotent(text in scrape()) {
        let once = clean_str(&text);
        let twice = clean_str(&once.text);
        prop_assert_eq!(&twice.text, &once.text);
    }

    #[test]
    fn spans_are_char_ranges_that_map_back(text in scrape()) {
        let doc = clean_str(&text);
        let n = doc.text.chars().count();
        prop_assert_eq!(doc.offsets.len(), n);
        for p in &doc.paragraphs {
            prop_assert!(p.span.start <= p.span.end && p.span.end <= n);
            for s in &p.sentences {
                prop_assert!(p.span.start <= s.start && s.end <= p.span.end);
                let (a, b) = doc.bytes(*s);
                prop_assert!(a <= b && (b as usize) <= text.len());
                prop_assert!(text.is_char_boundary(a as usize) && text.is_char_boundary(b as usize));
            }
        }
        for r in &doc.removals {
            prop_assert!(r.at <= n);
            prop_assert_eq!(&text[r.bytes.0 as usize..r.bytes.1 as usize], r.text.as_str());
        }
    }

    #[test]
    fn claims_lie_inside_their_sentences_in_order(text in scrape()) {
        let doc = clean_str(&text);
        let claims = tifa::claims::extract(&doc, jieba(), compounds());
        let sentences: Vec<_> = doc.paragraphs.iter().flat_map(|p| p.sentences.iter().copied()).collect();
        let chars: Vec<char> = doc.text.chars().collect();
        let mut last = 0;
        for c in &claims {
            let s = sentences[c.sentence];
            prop_assert!(s.start <= c.span[0] && c.span[1] <= s.end && c.span[0] < c.span[1]);
            prop_assert!(c.span[0] >= last, "overlap in {:?}", claims);
            last = c.span[1];
            prop_assert_eq!(chars[c.span[0]..c.span[1]].iter().collect::<String>(), c.text.clone());
            prop_assert!(c.low.is_none_or(|l| c.high.is_none_or(|h| l <= h)));
        }
    }

    #[test]
    fn tokens_lie_inside_their_sentences(text in scrape()) {
        let seg = segment(clean_str(&text), jieba(), &[]);
        let sentences: Vec<_> = seg.doc.paragraphs.iter().flat_map(|p| p.sentences.iter().copied()).collect();
        for t in &seg.tokens {
            let s = sentences[t.sentence as usize];
            prop_assert!(s.start <= t.span.start && t.span.end <= s.end, "{:?} outside {:?}", t, s);
        }
    }
}
