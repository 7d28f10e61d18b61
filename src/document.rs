//! The document model: what flows from one stage to the next.

use serde::Serialize;
use serde_json::{Map, Value};

/// Where a document came from: the file and, for JSONL, the 1-based line.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Origin {
    /// The file read (`-` for standard input).
    pub path: String,
    /// The 1-based line of a JSONL document.
    pub line: Option<usize>,
}

/// A document as read: decoded text with LF line ends, and its metadata.
#[derive(Debug, Clone)]
pub struct RawDocument {
    /// The document's id: its path, or its JSONL id field.
    pub id: String,
    /// Where it was read from.
    pub origin: Origin,
    /// JSONL fields other than the text and id.
    pub metadata: Map<String, Value>,
    /// Its text, decoded.
    pub decoded: Decoded,
    /// Size of the document's source in bytes.
    pub bytes_in: usize,
}

/// A half-open range of chars in a document's cleaned text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// The first char.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
}

impl Span {
    /// The span `[start, end)`.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Its length in chars.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether it holds no char.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// A [`Span`] in half the memory, for what deduplication keeps of millions of paragraphs
/// and sentences (a document's offsets fit in 32 bits, as its byte offsets do).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CompactSpan([u32; 2]);

impl CompactSpan {
    /// The span it stores.
    pub fn get(self) -> Span {
        Span::new(self.0[0] as usize, self.0[1] as usize)
    }
}

impl From<Span> for CompactSpan {
    fn from(s: Span) -> Self {
        CompactSpan([s.start as u32, s.end as u32])
    }
}

/// A paragraph of the cleaned text and its sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// Its chars in the cleaned text.
    pub span: Span,
    /// Its sentences in order.
    pub sentences: Vec<Span>,
}

/// A piece of the source that cleaning removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removal {
    /// Why it was removed.
    pub reason: Reason,
    /// The rule that removed it.
    pub rule: &'static str,
    /// The text removed.
    pub text: String,
    /// Where in the cleaned text the removed piece stood (an empty span).
    pub at: usize,
    /// Byte range in the original source.
    pub bytes: (u32, u32),
}

/// How often one cleaning rule changed the text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Change {
    /// The cleaning step.
    pub step: &'static str,
    /// The rule of the step.
    pub rule: &'static str,
    /// How many times it applied.
    pub count: usize,
}

/// Properties of a document worth a flag.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Flags {
    /// The text is a template with anonymized placeholders (a bare X or ×, ____).
    pub template: bool,
    /// Where the placeholders are.
    pub template_markers: Vec<Span>,
    /// Malformed byte sequences replaced by U+FFFD when decoding.
    pub replaced_bytes: usize,
}

/// A cleaned document.
#[derive(Debug, Clone)]
pub struct CleanDocument {
    /// The document's id.
    pub id: String,
    /// Where it was read from.
    pub origin: Origin,
    /// The encoding it was read as.
    pub encoding: &'static str,
    /// JSONL fields other than the text and id.
    pub metadata: Map<String, Value>,
    /// Paragraphs joined by a blank line.
    pub text: String,
    /// The chars of `text`, decoded once for the stages that index it by char ([`Self::chars`]).
    pub(crate) chars: Vec<char>,
    /// Paragraphs in text order.
    pub paragraphs: Vec<Paragraph>,
    /// What cleaning removed.
    pub removals: Vec<Removal>,
    /// How often each rule changed the text.
    pub changes: Vec<Change>,
    /// Properties worth a flag.
    pub flags: Flags,
    /// Bytes of the source.
    pub bytes_in: usize,
    /// Chars decoded.
    pub chars_in: usize,
    /// Original byte range of each char of `text`.
    pub offsets: Vec<(u32, u32)>,
    /// Whether `offsets` only move forward (nothing was moved by fragment repair).
    pub offsets_ordered: bool,
}

impl CleanDocument {
    /// The chars of `text`: every span indexes them.
    pub fn chars(&self) -> &[char] {
        &self.chars
    }

    /// The byte offsets in `text` of char offsets asked for in text order.
    pub(crate) fn byte_offsets(&self) -> ByteOffsets<'_> {
        ByteOffsets {
            chars: &self.chars,
            char_at: 0,
            byte_at: 0,
        }
    }

    /// The smallest byte range of the original source that holds every char of `span`.
    pub fn bytes(&self, span: Span) -> (u32, u32) {
        let chars = &self.offsets[span.start..span.end];
        match chars.first() {
            None => {
                let at = self
                    .offsets
                    .get(span.start)
                    .map_or(self.bytes_in as u32, |o| o.0);
                (at, at)
            }
            Some(first) => chars
                .iter()
                .fold(*first, |(s, e), &(a, b)| (s.min(a), e.max(b))),
        }
    }

    /// Chars of the cleaned text.
    pub fn chars_out(&self) -> usize {
        self.offsets.len()
    }

    /// Sentences of the cleaned text.
    pub fn sentence_count(&self) -> usize {
        self.paragraphs.iter().map(|p| p.sentences.len()).sum()
    }
}

/// Byte offsets in a cleaned text of char offsets asked for in text order: each summed over
/// the chars since the last one asked (from the start again should one go back), none decoded.
pub(crate) struct ByteOffsets<'a> {
    chars: &'a [char],
    char_at: usize,
    byte_at: usize,
}

impl ByteOffsets<'_> {
    /// The byte offset of char `c` (at most the char count).
    pub(crate) fn at(&mut self, c: usize) -> usize {
        if c < self.char_at {
            (self.char_at, self.byte_at) = (0, 0);
        }
        self.byte_at += self.chars[self.char_at..c]
            .iter()
            .map(|c| c.len_utf8())
            .sum::<usize>();
        self.char_at = c;
        self.byte_at
    }
}

/// A word token of a segmented document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Its chars in the cleaned text.
    pub span: Span,
    /// Index of the sentence (over the whole document) the token is in.
    pub sentence: u32,
}

/// A cleaned document split into words.
#[derive(Debug, Clone)]
pub struct SegmentedDocument {
    /// The cleaned document.
    pub doc: CleanDocument,
    /// Its words in text order.
    pub tokens: Vec<Token>,
}

/// Why a piece of the source was removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// Photo captions and picture credits.
    Caption,
    /// Bylines, author and editor credits, contact lines.
    Byline,
    /// Navigation, font-size widgets, share links, site headers.
    PageChrome,
    /// Advertising and promotional text.
    Advert,
    /// HTML tags and comments, scripts, stylesheets, front matter, markdown marks.
    Markup,
    /// The licence block at the end of a wikisource file.
    Licence,
    /// Lines with no letter, digit or ideograph (separators, stray brackets).
    Decoration,
}

impl Reason {
    /// The reason's name in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Caption => "caption",
            Reason::Byline => "byline",
            Reason::PageChrome => "page_chrome",
            Reason::Advert => "advert",
            Reason::Markup => "markup",
            Reason::Licence => "licence",
            Reason::Decoration => "decoration",
        }
    }
}

/// Text decoded from bytes, with CRLF and CR turned into LF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// Name of the encoding the bytes were read as (`UTF-8`, `UTF-16LE`, `GBK`, …; `UTF-8+GBK`
    /// when some lines were read as UTF-8 and the others as GBK).
    pub encoding: &'static str,
    /// Whether a byte-order mark was present (and skipped).
    pub bom: bool,
    /// Where each char of `text` came from.
    pub origin: ByteMap,
    /// How many malformed bytes were replaced (by one U+FFFD per malformed sequence).
    pub replaced: usize,
    /// What a reader must be told about the encoding: mixed, or guessed from too little text.
    pub caveats: Vec<Caveat>,
}

/// The original byte range of each char of a decoded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ByteMap {
    /// The text is the source's bytes unchanged (UTF-8, no BOM, no CR): a char at byte `b` of
    /// the text is at byte `b` of the source. Costs nothing, so most files need no table.
    Identity,
    /// One range a char, in order.
    Table(Vec<(u32, u32)>),
}

/// Why the encoding chosen for a text may not be the one it was written in.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Caveat {
    /// Lines in two encodings: the lines with non-ASCII text were read, each, as UTF-8 or in a
    /// legacy encoding.
    #[error("mixed encodings: {utf8_lines} line(s) read as UTF-8, {legacy_lines} as {legacy}")]
    Mixed {
        /// Lines read as UTF-8.
        utf8_lines: usize,
        /// Lines read in the legacy encoding.
        legacy_lines: usize,
        /// The legacy encoding.
        legacy: &'static str,
    },
    /// Too little text, or too ambiguous, to tell two legacy encodings apart.
    #[error("encoding uncertain: read as {chosen}, but it may be {other}")]
    Uncertain {
        /// The encoding the text was read as.
        chosen: &'static str,
        /// The encoding it may be.
        other: &'static str,
    },
}

impl Decoded {
    /// Number of chars of the text.
    pub fn char_count(&self) -> usize {
        match &self.origin {
            ByteMap::Identity => self.text.chars().count(),
            ByteMap::Table(t) => t.len(),
        }
    }
}
