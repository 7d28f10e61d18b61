//! The values deduplication keeps of a document: its units (paragraphs and removed lines),
//! passages, sentence keys and digest. `digest` makes them, `records` stores them.

use super::minhash::Signature;
use super::texts::TextRef;
#[cfg(doc)]
use crate::dedup::{Digested, Digests};
use crate::document::{CompactSpan, Span};
use std::num::NonZeroU32;

/// A paragraph, or a removed boilerplate line, as deduplication sees it.
#[derive(Debug, Clone)]
pub struct UnitDigest {
    /// Paragraph index; `None` for a line cleaning removed.
    pub paragraph: Option<u32>,
    /// Char span in the cleaned text (empty, at the removal's place, for a removed line).
    pub span: CompactSpan,
    /// Byte range in the original.
    pub bytes: (u32, u32),
    /// Width folded, lower-cased, without white space and punctuation ([`Digested::norm`]):
    /// stored in UTF-16, two bytes an ideograph.
    pub norm: TextRef,
    /// Chars of the normalized text.
    pub norm_len: u32,
    /// Hash of the normalized text: equal for exact repeats.
    pub key: u64,
    /// Its signature's number ([`Digested::signatures`]), shared by exact repeats.
    pub sig: Option<SigId>,
    /// The first chars of the text, for people ([`Digested::excerpt`]).
    pub excerpt: TextRef,
}

/// The number of a signature in its column ([`Digested::signatures`]), from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SigId(NonZeroU32);

impl SigId {
    /// Its number, from 1.
    pub fn number(self) -> u32 {
        self.0.get()
    }

    /// The signature numbered `number`; none for 0.
    pub fn from_number(number: u32) -> Option<SigId> {
        NonZeroU32::new(number).map(SigId)
    }
}

/// A unit's texts and signature as a worker makes them, until [`Digests::push`] stores them.
#[derive(Debug, Clone)]
pub(super) struct UnitText {
    /// The normalized text as UTF-16 bytes ([`utf16le`]), made by the worker.
    pub(super) norm: Vec<u8>,
    pub(super) excerpt: String,
    pub(super) excerpt_hash: u64,
    pub(super) sig: Option<Signature>,
}

/// A paragraph whose text stands, spread over other paragraphs, elsewhere in its document
/// (a truncated preview of a speech, a run of sentences copied into a later paragraph).
#[derive(Debug, Clone, PartialEq)]
pub struct Passage {
    /// Unit index of the copy.
    pub copy: u32,
    /// Paragraphs holding the source text.
    pub first_paragraph: u32,
    /// The last paragraph holding it.
    pub last_paragraph: u32,
    /// Char span of the source text in the cleaned document.
    pub span: Span,
    /// Share of the copy's shingles found in the source.
    pub covers_copy: f64,
}

/// A sentence keyed for exact matching across paragraphs ([`Digested::sentences`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentenceKey {
    /// Hash of the normalized sentence.
    pub key: u64,
    /// Unit index of its paragraph.
    pub unit: u32,
    /// Char span in the cleaned text.
    pub span: CompactSpan,
    /// Byte range in the original.
    pub bytes: (u32, u32),
    /// Paragraphs holding it: its own and the exact repeats of it added so far, whose
    /// sentences are not kept ([`Digests::push`]).
    pub paragraphs: u32,
}

/// Sentences shorter than this (normalized) are too common to show a copy.
pub const MIN_SENTENCE_CHARS: usize = 15;

/// One document's digest.
#[derive(Debug, Clone)]
pub struct DocDigest {
    /// The document's id.
    pub id: String,
    /// Its paragraphs (and removed lines) as deduplication sees them.
    pub units: Vec<UnitDigest>,
    /// Its paragraphs whose text stands elsewhere in it.
    pub passages: Vec<Passage>,
    /// Exact key of the whole normalized text.
    pub key: u64,
    /// Its signature's number ([`Digested::doc_signatures`]).
    pub sig: Option<SigId>,
    /// Chars of the normalized text of its paragraphs.
    pub norm_len: usize,
    /// Chars of the cleaned text.
    pub chars: usize,
    /// Paragraphs of the cleaned document, compared or not (those under
    /// `MIN_EXACT_CHARS` normalized chars have no unit).
    pub paragraphs: usize,
    /// What the worker made that [`Digests::push`] stores apart (boxed: a signature inline
    /// would make every digest kept 256 bytes larger).
    pub(super) spill: Option<Box<Spill>>,
}

/// A document's texts, sentences and signature as a worker makes them.
#[derive(Debug, Clone, Default)]
pub(super) struct Spill {
    /// One a unit.
    pub(super) texts: Vec<UnitText>,
    /// Sentences of paragraphs with more than one, for runs copied into other paragraphs.
    pub(super) sentences: Vec<SentenceKey>,
    pub(super) sig: Option<Signature>,
}
