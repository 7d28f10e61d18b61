//! Helpers shared by the fuzz targets: reading bytes the way the CLI does, and the invariants
//! every cleaned document must hold.
// Each target uses one of the checks; the regression tests use them all.
#![allow(dead_code)]

use std::path::Path;
use tifa::claims::{extract_text as claims_of, number_value};
use tifa::clean::{clean, CleanOptions};
use tifa::diff::{compare, render};
use tifa::document::{CleanDocument, RawDocument};
use tifa::input::decode::ByteMap;
use tifa::input::{read_bytes, InputOptions};
use tifa::lexicon::Lexicon;
use tifa::terms::{classify, extract_text as terms_of, key_of, parse_list};

/// The documents of `bytes` read as a file at `path` (`f.txt` or `f.jsonl`).
pub fn read(bytes: &[u8], path: &str) -> Vec<RawDocument> {
    read_bytes(bytes, Path::new(path), "f", &InputOptions::default()).documents
}

/// Cleans `raw` with every step on and checks the cleaned document's invariants.
pub fn clean_checked(raw: &RawDocument) -> CleanDocument {
    let doc = clean(raw, &CleanOptions::default());
    check_clean(raw, &doc);
    doc
}

/// Spans within the cleaned text, byte ranges within the source.
pub fn check_clean(raw: &RawDocument, doc: &CleanDocument) {
    let n = doc.text.chars().count();
    assert_eq!(
        doc.offsets.len(),
        n,
        "one offset per char of the cleaned text"
    );
    assert_eq!(doc.chars_out(), n);
    assert_eq!(doc.bytes_in, raw.bytes_in);
    let bytes_in = doc.bytes_in as u32;
    for &(a, b) in &doc.offsets {
        assert!(
            a <= b && b <= bytes_in,
            "offset ({a}, {b}) outside {bytes_in} bytes"
        );
    }
    // An identity map means the source is the decoded text: byte ranges are char boundaries.
    let identity = matches!(raw.decoded.origin, ByteMap::Identity);
    let source = &raw.decoded.text;
    let on_boundaries = |(a, b): (u32, u32)| {
        !identity || (source.is_char_boundary(a as usize) && source.is_char_boundary(b as usize))
    };
    let mut last_end = 0;
    for p in &doc.paragraphs {
        assert!(
            p.span.start <= p.span.end && p.span.end <= n,
            "paragraph {:?} outside {n} chars",
            p.span
        );
        assert!(p.span.start >= last_end, "paragraphs overlap");
        last_end = p.span.end;
        let (a, b) = doc.bytes(p.span);
        assert!(
            a <= b && b <= bytes_in,
            "paragraph bytes ({a}, {b}) outside {bytes_in}"
        );
        assert!(on_boundaries((a, b)));
        for s in &p.sentences {
            assert!(
                p.span.start <= s.start && s.start <= s.end && s.end <= p.span.end,
                "sentence {s:?} outside its paragraph {:?}",
                p.span
            );
            let (a, b) = doc.bytes(*s);
            assert!(
                a <= b && b <= bytes_in,
                "sentence bytes ({a}, {b}) outside {bytes_in}"
            );
            assert!(
                on_boundaries((a, b)),
                "sentence bytes ({a}, {b}) not on char boundaries"
            );
        }
    }
    for r in &doc.removals {
        assert!(r.at <= n, "removal at {} past {n} chars", r.at);
        assert!(
            r.bytes.0 <= r.bytes.1 && r.bytes.1 <= bytes_in,
            "removal bytes {:?}",
            r.bytes
        );
        if identity {
            assert_eq!(&source[r.bytes.0 as usize..r.bytes.1 as usize], r.text);
        }
    }
    for m in &doc.flags.template_markers {
        assert!(
            m.start <= m.end && m.end <= n,
            "template marker {m:?} outside {n} chars"
        );
    }
}

// The checks of each fuzz target, shared with tests/fuzz_regressions.rs.

/// Decoding: encoding detection, line ends, the char-to-byte map, the JSONL splitter.
pub fn decode(bytes: &[u8]) {
    let opts = InputOptions::default();
    let txt = read_bytes(bytes, Path::new("f.txt"), "f", &opts);
    // Lossy decoding adds a warning beside the document, not an error instead of it.
    let skipped = txt.errors.iter().filter(|e| !e.is_warning()).count();
    assert_eq!(
        txt.documents.len() + skipped,
        1,
        "a text file is one document or one error"
    );
    for doc in &txt.documents {
        assert_eq!(doc.bytes_in, bytes.len());
        if matches!(doc.decoded.origin, ByteMap::Identity) {
            assert_eq!(
                doc.decoded.text.as_bytes(),
                bytes,
                "identity map on changed text"
            );
        }
    }
    let jsonl = read_bytes(bytes, Path::new("f.jsonl"), "f", &opts);
    for doc in txt.documents.iter().chain(&jsonl.documents) {
        let d = &doc.decoded;
        assert!(!d.text.contains('\r'), "CR left in decoded text");
        assert_eq!(d.char_count(), d.text.chars().count());
        if let ByteMap::Table(t) = &d.origin {
            let mut last = 0;
            for &(a, b) in t {
                assert!(
                    a <= b && b as usize <= doc.bytes_in,
                    "range ({a}, {b}) outside {}",
                    doc.bytes_in
                );
                assert!(a >= last, "ranges out of order");
                last = a;
            }
        }
        if d.replaced > 0 {
            assert!(d.text.contains('\u{FFFD}'), "replaced bytes but no U+FFFD");
        }
    }
    for e in txt.errors.iter().chain(&jsonl.errors) {
        let _ = e.to_string();
    }
}

/// Cleaning: spans within the text, byte ranges within the source; cleaning the cleaned
/// text again changes nothing (the first byte picks the reader: odd JSONL, even text).
pub fn clean_input(bytes: &[u8]) {
    // The first byte picks the reader: odd reads the rest as JSONL, even as a text file.
    let Some((&first, rest)) = bytes.split_first() else {
        return;
    };
    let path = if first & 1 == 1 { "f.jsonl" } else { "f.txt" };
    for raw in read(rest, path) {
        let once = clean_checked(&raw);
        {
            // Read back as a JSONL text field: the cleaned text as a string, with no encoding
            // detection (which may call text with many control chars binary).
            let line = serde_json::json!({ "text": once.text }).to_string();
            let again = read(line.as_bytes(), "g.jsonl");
            assert_eq!(again.len(), 1, "the cleaned text read back is one document");
            let twice = clean_checked(&again[0]);
            assert_eq!(
                twice.text, once.text,
                "cleaning the cleaned text changed it"
            );
        }
    }
}

/// The number scanner and claim context: claims well formed, intervals rising.
pub fn claims(text: &str) {
    let _ = number_value(text);
    for c in claims_of(text, lexicon().tagger()) {
        assert!(c.span[0] < c.span[1], "empty claim span {:?}", c.span);
        assert_eq!(
            c.text.chars().count(),
            c.span[1] - c.span[0],
            "claim text and span differ: {c:?}"
        );
        if let (true, Some(l), Some(h)) = (true, c.low, c.high) {
            assert!(l <= h, "interval [{l}, {h}] reversed: {c:?}");
        }
    }
}

/// Term extraction and classification: spans within the text.
pub fn terms(text: &str) {
    let n = text.chars().count();
    let terms = terms_of(text, lexicon().tagger());
    for t in &terms {
        assert!(
            t.span[0] < t.span[1] && t.span[1] <= n,
            "term span {:?} outside {n} chars",
            t.span
        );
        let _ = classify(&t.name, lexicon().tagger());
    }
    let t = classify(text, lexicon().tagger());
    assert_eq!(t.name, text);
    let _ = key_of(text);
    let _ = parse_list(text);
}

/// The lexicon, built once for all fuzz inputs.
fn lexicon() -> &'static Lexicon {
    static LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    LEXICON.get_or_init(|| Lexicon::new(&[]))
}

/// The comparison of two versions: the input split in two (the first byte gives where),
/// each half read and cleaned, compared and rendered.
pub fn diff(bytes: &[u8]) {
    let Some((&first, rest)) = bytes.split_first() else {
        return;
    };
    let at = rest.len() * first as usize / 255;
    let (old, new) = rest.split_at(at);
    let (Some(old), Some(new)) = (read(old, "old.txt").pop(), read(new, "new.txt").pop()) else {
        return;
    };
    let (old, new) = (clean_checked(&old), clean_checked(&new));
    let d = compare(&old, &new, lexicon());
    assert_eq!(d.identical, old.text == new.text);
    let (old_n, new_n) = (old.text.chars().count(), new.text.chars().count());
    for u in d.sentences.iter().chain(&d.paragraphs) {
        if let Some(r) = &u.old {
            assert!(
                r.span[0] <= r.span[1] && r.span[1] <= old_n,
                "old unit {:?} outside {old_n}",
                r.span
            );
        }
        if let Some(r) = &u.new {
            assert!(
                r.span[0] <= r.span[1] && r.span[1] <= new_n,
                "new unit {:?} outside {new_n}",
                r.span
            );
        }
    }
    let _ = render::terminal(&d, true);
    let _ = serde_json::to_string(&d).expect("the diff serializes");
}
