//! The public JSON of documents (schema in `docs/schema.md`). Field order is fixed and maps
//! are sorted, so the same input always gives the same bytes.

use crate::document::{CleanDocument, SegmentedDocument, Span};
use crate::SCHEMA_VERSION;
use serde::Serialize;
use serde_json::{Map, Value};

#[derive(Serialize)]
struct SourceJson<'a> {
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
}

#[derive(Serialize)]
struct StatsJson {
    bytes_in: usize,
    chars_in: usize,
    chars_out: usize,
    paragraphs: usize,
    sentences: usize,
    removed_chars: usize,
}

#[derive(Serialize)]
struct SpanJson {
    span: [usize; 2],
    bytes: [u32; 2],
}

#[derive(Serialize)]
struct ParagraphJson {
    span: [usize; 2],
    bytes: [u32; 2],
    sentences: Vec<SpanJson>,
}

#[derive(Serialize)]
struct RemovalJson<'a> {
    reason: &'static str,
    rule: &'static str,
    at: usize,
    bytes: [u32; 2],
    text: &'a str,
}

#[derive(Serialize)]
struct ChangeJson {
    step: &'static str,
    rule: &'static str,
    count: usize,
}

#[derive(Serialize)]
struct FlagsJson {
    template: bool,
    template_markers: Vec<[usize; 2]>,
    replaced_bytes: usize,
}

#[derive(Serialize)]
struct TokenJson<'a> {
    text: &'a str,
    span: [usize; 2],
    bytes: [u32; 2],
    sentence: u32,
}

#[derive(Serialize)]
struct DocumentJson<'a> {
    schema_version: &'static str,
    id: &'a str,
    source: SourceJson<'a>,
    encoding: &'static str,
    metadata: &'a Map<String, Value>,
    text: &'a str,
    stats: StatsJson,
    paragraphs: Vec<ParagraphJson>,
    removals: Vec<RemovalJson<'a>>,
    changes: Vec<ChangeJson>,
    flags: FlagsJson,
    #[serde(skip_serializing_if = "Option::is_none")]
    tokens: Option<Vec<TokenJson<'a>>>,
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
        schema_version: SCHEMA_VERSION,
        id: &doc.id,
        source: SourceJson {
            path: &doc.origin.path,
            line: doc.origin.line,
        },
        encoding: doc.encoding,
        metadata: &doc.metadata,
        text: &doc.text,
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
                reason: r.reason.as_str(),
                rule: r.rule,
                at: r.at,
                bytes: [r.bytes.0, r.bytes.1],
                text: &r.text,
            })
            .collect(),
        changes: doc
            .changes
            .iter()
            .map(|c| ChangeJson {
                step: c.step,
                rule: c.rule,
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
    serde_json::to_string(&document_json(doc, None)).expect("serializable")
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
            text: &doc.text[starts[t.span.start]..starts[t.span.end]],
            span: pair(t.span),
            bytes: bytes(doc, t.span),
            sentence: t.sentence,
        })
        .collect();
    serde_json::to_string(&document_json(doc, Some(tokens))).expect("serializable")
}

#[derive(Serialize)]
struct ExtractJson<'a> {
    schema_version: &'static str,
    doc: &'a str,
    claims: &'a [crate::claims::Claim],
    #[serde(skip_serializing_if = "Option::is_none")]
    terms: Option<&'a [crate::terms::Term]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    keywords: Option<&'a crate::terms::keywords::DocumentKeywords>,
}

/// What `tifa extract` finds in one document, as a line of JSON.
pub fn extract_line(
    doc: &str,
    claims: &[crate::claims::Claim],
    terms: Option<&[crate::terms::Term]>,
    keywords: Option<&crate::terms::keywords::DocumentKeywords>,
) -> String {
    let line = ExtractJson {
        schema_version: SCHEMA_VERSION,
        doc,
        claims,
        terms,
        keywords,
    };
    serde_json::to_string(&line).expect("serializable")
}

#[derive(Serialize)]
struct TermsJson<'a> {
    schema_version: &'static str,
    doc: &'a str,
    terms: &'a [crate::terms::Term],
}

/// The terms of one document as a line of JSON.
pub fn terms_line(doc: &str, terms: &[crate::terms::Term]) -> String {
    serde_json::to_string(&TermsJson {
        schema_version: SCHEMA_VERSION,
        doc,
        terms,
    })
    .expect("serializable")
}

#[derive(Serialize)]
struct DiffJson<'a> {
    schema_version: &'static str,
    #[serde(flatten)]
    diff: &'a crate::diff::DocDiff,
}

/// The comparison of two versions as a line of JSON.
pub fn diff_line(diff: &crate::diff::DocDiff) -> String {
    serde_json::to_string(&DiffJson {
        schema_version: SCHEMA_VERSION,
        diff,
    })
    .expect("serializable")
}

/// A document of one side of `tifa diff` without a counterpart, as a line of JSON.
pub fn unpaired_line(id: &str, side: &str) -> String {
    serde_json::json!({
        "schema_version": SCHEMA_VERSION,
        "unpaired": side,
        "id": id,
    })
    .to_string()
}
