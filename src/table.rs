//! Flat tables for notebooks: one CSV row a claim or a term (RFC 4180 quoting, UTF-8, a
//! header row), with its document, sentence and span in chars and in original bytes.
//! `pandas.read_csv(path)` reads them as they are (docs/schema.md, "Tables").

use crate::claims::Claim;
use crate::document::{CleanDocument, Span};
use crate::terms::Term;
use serde::Serialize;

mod cells;

/// Where a row stands: the columns every table begins with.
const PLACE: [&str; 7] = [
    "doc",
    "sentence",
    "char_start",
    "char_end",
    "byte_start",
    "byte_end",
    "sentence_text",
];

/// The fields of a claim, in the order of `claims.jsonl`, after `PLACE`.
pub const CLAIM_FIELDS: [&str; 16] = [
    "text",
    "kind",
    "value",
    "low",
    "high",
    "low_inclusive",
    "high_inclusive",
    "qualifier",
    "unit",
    "scale",
    "currency",
    "subject",
    "verb",
    "direction",
    "time",
    "role",
];

/// The fields of a term, in the order of `terms.jsonl`, after `PLACE`.
pub const TERM_FIELDS: [&str; 10] = [
    "name", "key", "category", "quoted", "n", "head", "code", "doc_type", "members", "within",
];

/// The header line of the claims table (with its line break).
pub fn claims_header() -> String {
    header(&CLAIM_FIELDS)
}

/// The header line of the terms table (with its line break).
pub fn terms_header() -> String {
    header(&TERM_FIELDS)
}

fn header(fields: &[&str]) -> String {
    let mut cells: Vec<&str> = PLACE.to_vec();
    cells.extend(fields);
    line(cells.into_iter().map(str::to_string))
}

/// The rows of a document's claims (each with its line break; empty when it has none).
pub fn claim_rows(doc: &CleanDocument, claims: &[Claim]) -> String {
    rows(doc, claims, &CLAIM_FIELDS, |c| (c.span, Some(c.sentence)))
}

/// The rows of a document's terms (each with its line break; empty when it has none).
pub fn term_rows(doc: &CleanDocument, terms: &[Term]) -> String {
    rows(doc, terms, &TERM_FIELDS, |t| (t.span, None))
}

/// The rows of a document's items; `place` gives an item's span and, when it has one, its
/// sentence.
fn rows<T: Serialize>(
    doc: &CleanDocument,
    items: &[T],
    fields: &[&str],
    place: impl Fn(&T) -> ([usize; 2], Option<usize>),
) -> String {
    if items.is_empty() {
        // Most documents have no claim: no index of their chars to build.
        return String::new();
    }
    let places = Places::of(doc);
    let mut out = String::new();
    for item in items {
        let ([start, end], sentence) = place(item);
        row(
            &mut out,
            &places,
            Span::new(start, end),
            sentence,
            item,
            fields,
        );
    }
    out
}

/// What places a span in its document: the document, its sentences in document order, and
/// the byte range of each in the cleaned text (empty when out of range).
struct Places<'a> {
    doc: &'a CleanDocument,
    sentences: Vec<Span>,
    bytes: Vec<(usize, usize)>,
}

impl<'a> Places<'a> {
    fn of(doc: &'a CleanDocument) -> Self {
        let sentences: Vec<Span> = doc
            .paragraphs
            .iter()
            .flat_map(|p| p.sentences.iter().copied())
            .collect();
        // Sentences are in text order: their byte offsets are found walking the chars once.
        let mut offsets = doc.byte_offsets();
        let bytes = sentences
            .iter()
            .map(|s| match s.start <= s.end && s.end <= doc.chars().len() {
                true => (offsets.at(s.start), offsets.at(s.end)),
                false => (0, 0),
            })
            .collect();
        Places {
            doc,
            sentences,
            bytes,
        }
    }

    /// The cleaned text of sentence `i` (empty when there is none).
    fn text(&self, i: usize) -> &'a str {
        self.bytes
            .get(i)
            .map_or("", |&(start, end)| &self.doc.text[start..end])
    }

    /// The index of the sentence holding the char at `start`.
    fn sentence_of(&self, start: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= start);
        (i < self.sentences.len() && self.sentences[i].start <= start).then_some(i)
    }
}

/// Appends one row: where the item stands, then its fields as in its JSON.
fn row(
    out: &mut String,
    place: &Places,
    span: Span,
    sentence: Option<usize>,
    item: &impl Serialize,
    fields: &[&str],
) {
    use std::fmt::Write;
    let sentence = sentence.or_else(|| place.sentence_of(span.start));
    let (byte_start, byte_end) = if span.end <= place.doc.chars_out() {
        place.doc.bytes(span)
    } else {
        (0, 0)
    };
    cell(out, &place.doc.id);
    out.push(',');
    if let Some(i) = sentence {
        write!(out, "{i}").expect("a string");
    }
    let (start, end) = (span.start, span.end);
    write!(out, ",{start},{end},{byte_start},{byte_end},").expect("a string");
    cell(out, sentence.map_or("", |i| place.text(i)));
    for c in cells::of(item, fields) {
        out.push(',');
        cell(out, &c);
    }
    out.push('\n');
}

/// Cells joined by commas (see [`cell`]), ended by a line break.
fn line(cells: impl Iterator<Item = String>) -> String {
    let mut out = String::new();
    for (i, c) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        cell(&mut out, &c);
    }
    out.push('\n');
    out
}

/// Appends a cell, quoted when it holds a comma, a quote or a line break (RFC 4180: quotes
/// doubled).
fn cell(out: &mut String, c: &str) {
    // The chars to quote are ASCII, and no byte of a longer UTF-8 char is: bytes suffice.
    if c.bytes().any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r')) {
        out.push('"');
        out.push_str(&c.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_with_commas_quotes_or_breaks_are_quoted() {
        let cells = ["a", "b,c", "say \"hi\"", "x\ny", "平"].map(String::from);
        assert_eq!(
            line(cells.into_iter()),
            "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\",平\n"
        );
    }
}
