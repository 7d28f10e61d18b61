//! The public JSON of documents (schema in `docs/schema.md`, generated JSON Schema in
//! `docs/schema/`). Field order is fixed and maps are sorted, so the same input always gives
//! the same bytes. The types serialize what tifa writes and read it back (unknown fields are
//! refused): the contract is checked by round trips.

use crate::claims::Claim;
use crate::diff::DocDiff;
use crate::document::{CleanDocument, SegmentedDocument, Span};
use crate::terms::keywords::DocumentKeywords;
use crate::terms::Term;
use crate::SCHEMA_VERSION;
use schemars::{schema_for, JsonSchema};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::borrow::Cow;

mod index;
mod literal;
pub use crate::dedup::json::*;
pub use index::*;
pub(crate) use literal::string_literal;

/// Text borrowed when written, owned when read back.
type Text<'a> = Cow<'a, str>;

/// Where a document was read from.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceJson<'a> {
    /// The file read (`-` for standard input).
    pub path: Text<'a>,
    /// 1-based line of a JSONL document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
}

/// Sizes of a document before and after cleaning.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatsJson {
    /// Bytes of the source.
    pub bytes_in: usize,
    /// Chars decoded.
    pub chars_in: usize,
    /// Chars of the cleaned text.
    pub chars_out: usize,
    /// Paragraphs of the cleaned text.
    pub paragraphs: usize,
    /// Sentences of the cleaned text.
    pub sentences: usize,
    /// Chars removed as boilerplate.
    pub removed_chars: usize,
}

/// A span of the cleaned text and the bytes of the source it came from.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SpanJson {
    /// `[start, end)` in chars of the cleaned text.
    pub span: [usize; 2],
    /// `[start, end)` in bytes of the source.
    pub bytes: [u32; 2],
}

/// A paragraph and its sentences.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ParagraphJson {
    /// `[start, end)` in chars of the cleaned text.
    pub span: [usize; 2],
    /// `[start, end)` in bytes of the source.
    pub bytes: [u32; 2],
    /// The paragraph's sentences in order.
    pub sentences: Vec<SpanJson>,
}

/// A piece of the source that cleaning removed.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RemovalJson<'a> {
    /// Why: `caption`, `byline`, `page_chrome`, `advert`, `markup`, `licence`, `decoration`.
    pub reason: Text<'a>,
    /// The rule's name in the rules table.
    pub rule: Text<'a>,
    /// Char offset in the cleaned text where the piece stood.
    pub at: usize,
    /// `[start, end)` in bytes of the source.
    pub bytes: [u32; 2],
    /// The text removed.
    pub text: Text<'a>,
}

/// How often one cleaning rule changed the text.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangeJson<'a> {
    /// The cleaning step (`normalize`, `reflow`, `repair`, …).
    pub step: Text<'a>,
    /// The rule of the step.
    pub rule: Text<'a>,
    /// How many times it applied.
    pub count: usize,
}

/// Properties of a document worth a flag.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FlagsJson {
    /// The text is a template with anonymized placeholders.
    pub template: bool,
    /// Char spans of the placeholders.
    pub template_markers: Vec<[usize; 2]>,
    /// Malformed bytes replaced by U+FFFD when decoding.
    pub replaced_bytes: usize,
}

/// A word token.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TokenJson<'a> {
    /// The token's text.
    pub text: Text<'a>,
    /// `[start, end)` in chars of the cleaned text.
    pub span: [usize; 2],
    /// `[start, end)` in bytes of the source.
    pub bytes: [u32; 2],
    /// Index of its sentence over the whole document.
    pub sentence: u32,
}

/// A cleaned (and, with tokens, segmented) document: a line of `tifa clean`, `tifa segment
/// --format json` and `documents.jsonl`.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentJson<'a> {
    /// The version of this schema.
    pub schema_version: Text<'a>,
    /// The document's id.
    pub id: Text<'a>,
    /// Where it was read from.
    pub source: SourceJson<'a>,
    /// The encoding it was read as.
    pub encoding: Text<'a>,
    /// JSONL fields other than the text and id.
    pub metadata: Cow<'a, Map<String, Value>>,
    /// The cleaned text: paragraphs joined by a blank line.
    pub text: Text<'a>,
    /// Sizes before and after cleaning.
    pub stats: StatsJson,
    /// Paragraphs in text order.
    pub paragraphs: Vec<ParagraphJson>,
    /// What cleaning removed.
    pub removals: Vec<RemovalJson<'a>>,
    /// How often each rule changed the text.
    pub changes: Vec<ChangeJson<'a>>,
    /// Properties worth a flag.
    pub flags: FlagsJson,
    /// Word tokens (`tifa segment` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<TokenJson<'a>>>,
}

fn pair(span: Span) -> [usize; 2] {
    [span.start, span.end]
}

fn bytes(doc: &CleanDocument, span: Span) -> [u32; 2] {
    let (a, b) = doc.bytes(span);
    [a, b]
}

fn document_json<'a>(
    doc: &'a CleanDocument,
    tokens: Option<Vec<TokenJson<'a>>>,
) -> DocumentJson<'a> {
    let with_bytes = |s: Span| SpanJson {
        span: pair(s),
        bytes: bytes(doc, s),
    };
    DocumentJson {
        schema_version: SCHEMA_VERSION.into(),
        id: doc.id.as_str().into(),
        source: SourceJson {
            path: doc.origin.path.as_str().into(),
            line: doc.origin.line,
        },
        encoding: doc.encoding.into(),
        metadata: Cow::Borrowed(&doc.metadata),
        text: doc.text.as_str().into(),
        stats: StatsJson {
            bytes_in: doc.bytes_in,
            chars_in: doc.chars_in,
            chars_out: doc.chars_out(),
            paragraphs: doc.paragraphs.len(),
            sentences: doc.sentence_count(),
            removed_chars: doc.removals.iter().map(|r| r.text.chars().count()).sum(),
        },
        paragraphs: doc
            .paragraphs
            .iter()
            .map(|p| ParagraphJson {
                span: pair(p.span),
                bytes: bytes(doc, p.span),
                sentences: p.sentences.iter().map(|&s| with_bytes(s)).collect(),
            })
            .collect(),
        removals: doc
            .removals
            .iter()
            .map(|r| RemovalJson {
                reason: r.reason.as_str().into(),
                rule: r.rule.into(),
                at: r.at,
                bytes: [r.bytes.0, r.bytes.1],
                text: r.text.as_str().into(),
            })
            .collect(),
        changes: doc
            .changes
            .iter()
            .map(|c| ChangeJson {
                step: c.step.into(),
                rule: c.rule.into(),
                count: c.count,
            })
            .collect(),
        flags: FlagsJson {
            template: doc.flags.template,
            template_markers: doc
                .flags
                .template_markers
                .iter()
                .map(|&s| pair(s))
                .collect(),
            replaced_bytes: doc.flags.replaced_bytes,
        },
        tokens,
    }
}

/// One cleaned document as a line of JSON (no trailing newline).
pub fn clean_line(doc: &CleanDocument) -> String {
    let mut line = document_line(doc, &string_literal(&doc.text));
    line.pop();
    String::from_utf8(line).expect("JSON is UTF-8")
}

/// [`clean_line`] as bytes with its newline, the document's text given as a JSON string
/// ([`string_literal`]): the text is escaped once for every line that carries it, and the
/// line is not checked again for UTF-8 (serde_json writes only whole chars).
pub(crate) fn document_line(doc: &CleanDocument, text: &str) -> Vec<u8> {
    let mut line = document_json(doc, None);
    line.text = "".into();
    // The spans take about 48 bytes a sentence.
    let mut out = literal::with_text(&line, text, 256 + 48 * doc.sentence_count());
    out.push(b'\n');
    out
}

/// One segmented document, with its tokens, as a line of JSON.
pub fn segmented_line(seg: &SegmentedDocument) -> String {
    let doc = &seg.doc;
    let starts: Vec<usize> = doc
        .text
        .char_indices()
        .map(|(i, _)| i)
        .chain([doc.text.len()])
        .collect();
    let tokens = seg
        .tokens
        .iter()
        .map(|t| TokenJson {
            text: doc.text[starts[t.span.start]..starts[t.span.end]].into(),
            span: pair(t.span),
            bytes: bytes(doc, t.span),
            sentence: t.sentence,
        })
        .collect();
    serde_json::to_string(&document_json(doc, Some(tokens))).expect("serializable")
}

/// What `tifa extract` finds in one document: a line of `tifa extract` and of `claims.jsonl`
/// (claims only).
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExtractJson<'a> {
    /// The version of this schema.
    pub schema_version: Text<'a>,
    /// The document's id.
    pub doc: Text<'a>,
    /// Its numeric claims in text order.
    pub claims: Cow<'a, [Claim]>,
    /// Its terms in text order (`tifa extract` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<Cow<'a, [Term]>>,
    /// Its keywords (`tifa extract` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keywords: Option<Cow<'a, DocumentKeywords>>,
}

/// What `tifa extract` finds in one document, as a line of JSON.
pub fn extract_line(
    doc: &str,
    claims: &[Claim],
    terms: Option<&[Term]>,
    keywords: Option<&DocumentKeywords>,
) -> String {
    let line = ExtractJson {
        schema_version: SCHEMA_VERSION.into(),
        doc: doc.into(),
        claims: claims.into(),
        terms: terms.map(Cow::Borrowed),
        keywords: keywords.map(Cow::Borrowed),
    };
    serde_json::to_string(&line).expect("serializable")
}

/// The terms of one document: a line of `terms.jsonl`.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TermsJson<'a> {
    /// The version of this schema.
    pub schema_version: Text<'a>,
    /// The document's id.
    pub doc: Text<'a>,
    /// Its terms in text order.
    pub terms: Cow<'a, [Term]>,
}

/// The terms of one document as a line of JSON.
pub fn terms_line(doc: &str, terms: &[Term]) -> String {
    serde_json::to_string(&TermsJson {
        schema_version: SCHEMA_VERSION.into(),
        doc: doc.into(),
        terms: terms.into(),
    })
    .expect("serializable")
}

/// The comparison of two versions as a line of JSON (the type is [`DocDiff`]).
pub fn diff_line(diff: &DocDiff) -> String {
    serde_json::to_string(diff).expect("serializable")
}

/// A document of one side of `tifa diff --json` over folders without a counterpart on the
/// other side.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UnpairedJson<'a> {
    /// The document's id.
    pub id: Text<'a>,
    /// The version of this schema.
    pub schema_version: Text<'a>,
    /// The side it is in: `old` or `new`.
    pub unpaired: Text<'a>,
}

/// A document of one side of `tifa diff` without a counterpart, as a line of JSON.
pub fn unpaired_line(id: &str, side: &str) -> String {
    serde_json::to_string(&UnpairedJson {
        id: id.into(),
        schema_version: SCHEMA_VERSION.into(),
        unpaired: side.into(),
    })
    .expect("serializable")
}

/// The JSON Schema of every line and file type above, as (file name, pretty JSON): what
/// `docs/schema/` holds (a test checks that the files match the code).
pub fn schemas() -> Vec<(&'static str, String)> {
    let pretty =
        |s: schemars::Schema| serde_json::to_string_pretty(&s).expect("serializable") + "\n";
    vec![
        ("document.schema.json", pretty(schema_for!(DocumentJson))),
        ("extract.schema.json", pretty(schema_for!(ExtractJson))),
        ("terms.schema.json", pretty(schema_for!(TermsJson))),
        ("diff.schema.json", pretty(schema_for!(DocDiff))),
        (
            "diff-unpaired.schema.json",
            pretty(schema_for!(UnpairedJson)),
        ),
        (
            "keywords.schema.json",
            pretty(schema_for!(KeywordIndexJson)),
        ),
        ("term-index.schema.json", pretty(schema_for!(TermIndexJson))),
        (
            "duplicates.schema.json",
            pretty(schema_for!(DuplicatesJson)),
        ),
        (
            "dedup-removed.schema.json",
            pretty(schema_for!(RemovedJson)),
        ),
        (
            "clean-paths.schema.json",
            pretty(schema_for!(CleanPathJson)),
        ),
        (
            "summary.schema.json",
            pretty(schema_for!(crate::summary::Summary)),
        ),
    ]
}
