//! What deduplication keeps of a document: for each paragraph (and each removed boilerplate
//! line) its normalized text, exact key and MinHash signature, plus the passages of the
//! document that repeat text spread over other paragraphs. Digests are made in parallel, one
//! document at a time; only they stay in memory, but for their texts, which are spilled to a
//! temporary file (`dedup::texts`).

use super::minhash::{
    densify, hash_chars, hash_runs, intersection, kept, near_bins, shingles, window_hashes, Bins,
    PreHashed, Signature, CHARS_SEED, HASHES,
};
pub use super::model::{DocDigest, Passage, SentenceKey, SigId, UnitDigest, MIN_SENTENCE_CHARS};
use super::model::{Spill, UnitText};
use super::records::{
    sentence_of_record, sentence_record, sig_of_record, sig_record, Column, Columned, RecordWriter,
    SENTENCE_SIZE, SIG_SIZE,
};
use super::texts::{utf16le, TextRef, TextWriter, Texts};
use crate::clean::rules::Reason;
use crate::document::{CleanDocument, Span};
use crate::error::{Error, Result};
use rustc_hash::FxHashMap;
use std::collections::hash_map::{Entry, HashMap};
use std::hash::BuildHasher as _;
use std::sync::OnceLock;

/// Normalized texts shorter than this are matched exactly only.
pub const MIN_NEAR_CHARS: usize = 20;
/// Texts shorter than this are not compared at all.
pub const MIN_EXACT_CHARS: usize = 4;
/// A passage must have this many normalized chars to be looked for elsewhere.
const MIN_PASSAGE_CHARS: usize = 30;
/// Containment that makes a copy.
pub const CONTAINMENT: f64 = 0.8;

/// The digests of a corpus in order, being collected: written to a temporary file as they
/// come (`dedup::records`) and read back by [`Digests::finish`], so that they are not resident
/// while the rest of a run's first pass is. A unit that repeats an earlier one exactly shares
/// its normalized text and signature (and its excerpt when equal), so a corpus of many copies
/// costs little more than one.
pub struct Digests {
    /// What each exact key's first unit stored.
    first: HashMap<u64, First, PreHashed>,
    texts: TextWriter,
    records: RecordWriter,
    sigs: Column,
    doc_sigs: Column,
    sentences: Column,
    /// Sentences kept of each document (one entry a document pushed).
    sentence_counts: Vec<u32>,
    /// Each unit's exact repeats as paragraphs, by its number in the corpus.
    repeats: Vec<u32>,
}

/// What a later unit with the same key shares with the first.
struct First {
    norm: TextRef,
    excerpt: TextRef,
    excerpt_hash: u64,
    sig: Option<SigId>,
    /// Its number in the corpus, if it is a paragraph (a removed line has no sentences).
    paragraph_unit: Option<u32>,
}

fn spill_error(e: std::io::Error) -> Error {
    Error::io(std::env::temp_dir(), e)
}

impl Digests {
    /// An empty collection, its texts spilled to a new temporary file.
    pub fn new() -> Result<Digests> {
        Ok(Digests {
            first: HashMap::default(),
            texts: TextWriter::new().map_err(spill_error)?,
            records: RecordWriter::new().map_err(spill_error)?,
            sigs: Column::new(SIG_SIZE).map_err(spill_error)?,
            doc_sigs: Column::new(SIG_SIZE).map_err(spill_error)?,
            sentences: Column::new(SENTENCE_SIZE).map_err(spill_error)?,
            sentence_counts: Vec::new(),
            repeats: Vec::new(),
        })
    }

    /// Adds the next document's digest.
    pub fn push(&mut self, mut digest: DocDigest) -> Result<()> {
        self.store(&mut digest).map_err(spill_error)
    }

    fn store(&mut self, digest: &mut DocDigest) -> std::io::Result<()> {
        let base = self.repeats.len() as u32;
        self.repeats
            .resize(self.repeats.len() + digest.units.len(), 0);
        let Spill {
            texts,
            mut sentences,
            sig,
        } = *digest.spill.take().unwrap_or_default();
        let mut repeats = Vec::with_capacity(texts.len());
        for (u, (text, unit)) in texts.into_iter().zip(&mut digest.units).enumerate() {
            // A paragraph repeating an earlier paragraph.
            let mut repeat = false;
            match self.first.entry(unit.key) {
                Entry::Vacant(slot) => {
                    unit.norm = self.texts.put(&text.norm)?;
                    unit.excerpt = self.texts.put(text.excerpt.as_bytes())?;
                    unit.sig = append(&mut self.sigs, text.sig)?;
                    slot.insert(First {
                        norm: unit.norm,
                        excerpt: unit.excerpt,
                        excerpt_hash: text.excerpt_hash,
                        sig: unit.sig,
                        paragraph_unit: unit.paragraph.map(|_| base + u as u32),
                    });
                }
                Entry::Occupied(slot) => {
                    let first = slot.get();
                    (unit.norm, unit.sig) = (first.norm, first.sig);
                    // Excerpts are of the text before normalization: shared only when equal.
                    unit.excerpt = match first.excerpt_hash == text.excerpt_hash {
                        true => first.excerpt,
                        false => self.texts.put(text.excerpt.as_bytes())?,
                    };
                    if let (Some(n), Some(_)) = (first.paragraph_unit, unit.paragraph) {
                        self.repeats[n as usize] += 1;
                        repeat = true;
                    }
                }
            }
            repeats.push(repeat);
        }
        // A paragraph that repeats an earlier one exactly keeps no sentences: the earlier one
        // stands for it in shared passages, counting it (see `cluster::shared_passages`).
        sentences.retain(|s| !repeats[s.unit as usize]);
        for s in &sentences {
            self.sentences.push(&sentence_record(s))?;
        }
        self.sentence_counts.push(sentences.len() as u32);
        digest.sig = append(&mut self.doc_sigs, sig)?;
        self.records.put(digest)
    }

    /// The digests, read back (without the table of first occurrences that only adding
    /// needs); their signatures and sentences are read when they are needed.
    pub fn finish(self) -> Result<Digested> {
        let Digests {
            first,
            texts,
            records,
            sigs,
            doc_sigs,
            sentences,
            sentence_counts,
            repeats,
        } = self;
        drop(first);
        // With what the caller freed before (`analyze` drops its indexes first).
        crate::memory::release();
        let read = || -> std::io::Result<Digested> {
            let mut records = records.finish()?;
            let list = (0..sentence_counts.len())
                .map(|_| records.next())
                .collect::<std::io::Result<Vec<DocDigest>>>()?;
            Ok(Digested {
                list,
                texts: texts.finish()?,
                sigs: sigs.finish()?,
                doc_sigs: doc_sigs.finish()?,
                sentences: sentences.finish()?,
                sentence_counts,
                repeats,
                failed: OnceLock::new(),
            })
        };
        read().map_err(spill_error)
    }
}

/// Stores a signature, if any, as the next of `column`.
fn append(column: &mut Column, sig: Option<Signature>) -> std::io::Result<Option<SigId>> {
    let Some(sig) = sig else { return Ok(None) };
    column.push(&sig_record(&sig))?;
    Ok(SigId::from_number(column.len() as u32))
}

/// Signatures read back for a step of the corpus-level stage.
pub struct Signatures(Vec<Signature>);

impl Signatures {
    /// The signature numbered `id`.
    pub fn get(&self, id: Option<SigId>) -> Option<&Signature> {
        self.0.get(id?.number() as usize - 1)
    }
}

/// The sentences of every document, read back for shared passages.
pub struct Sentences {
    list: Vec<SentenceKey>,
    /// Where each document's sentences start, and where the last end.
    starts: Vec<usize>,
}

impl Sentences {
    /// The sentences of document `d`, in text order.
    pub fn of(&self, d: usize) -> &[SentenceKey] {
        let range = self.starts[d]..self.starts[d + 1];
        self.list.get(range).unwrap_or_default()
    }
}

/// The digests of a corpus, collected: the units' texts are read back from the spill file.
pub struct Digested {
    list: Vec<DocDigest>,
    texts: Texts,
    /// Every distinct signature of a unit, by number, and of a document.
    sigs: Columned,
    doc_sigs: Columned,
    sentences: Columned,
    sentence_counts: Vec<u32>,
    repeats: Vec<u32>,
    /// The first column read that failed.
    failed: OnceLock<std::io::Error>,
}

impl Digested {
    /// Collects digests in order (as a run's results are handed on).
    pub fn of(digests: impl IntoIterator<Item = DocDigest>) -> Result<Digested> {
        let mut all = Digests::new()?;
        for d in digests {
            all.push(d)?;
        }
        all.finish()
    }

    /// A unit's normalized chars.
    pub fn norm(&self, unit: &UnitDigest) -> Vec<char> {
        self.texts.utf16_chars(unit.norm)
    }

    /// A unit's first `n` and last `n` normalized chars, the rest unread.
    pub fn norm_edges(&self, unit: &UnitDigest, n: usize) -> [Vec<char>; 2] {
        self.texts.utf16_edges(unit.norm, n)
    }

    /// The units' signatures ([`UnitDigest::sig`]).
    pub fn signatures(&self) -> Signatures {
        Signatures(self.column(&self.sigs, sig_of_record))
    }

    /// The documents' signatures ([`DocDigest::sig`]).
    pub fn doc_signatures(&self) -> Signatures {
        Signatures(self.column(&self.doc_sigs, sig_of_record))
    }

    /// Every document's sentences, each counting its own paragraph and the exact repeats of
    /// it, whose sentences are not kept.
    pub fn sentences(&self) -> Sentences {
        let mut list = self.column(&self.sentences, sentence_of_record);
        let mut starts = Vec::with_capacity(self.list.len() + 1);
        let (mut start, mut first_unit) = (0, 0);
        for (doc, &count) in self.list.iter().zip(&self.sentence_counts) {
            starts.push(start.min(list.len()));
            let end = (start + count as usize).min(list.len());
            for s in list.get_mut(start..end).unwrap_or_default() {
                s.paragraphs += self.repeats.get(first_unit + s.unit as usize).unwrap_or(&0);
            }
            (start, first_unit) = (start + count as usize, first_unit + doc.units.len());
        }
        starts.push(start.min(list.len()));
        Sentences { list, starts }
    }

    /// A column read whole: empty if it cannot be read (see [`Digested::check`]).
    fn column<T>(&self, column: &Columned, decode: impl Fn(&[u8]) -> T) -> Vec<T> {
        column.read(decode).unwrap_or_else(|e| {
            let _ = self.failed.set(e);
            Vec::new()
        })
    }

    /// A unit's excerpt: the first chars of its text.
    pub fn excerpt(&self, unit: &UnitDigest) -> String {
        self.texts.string(unit.excerpt)
    }

    /// Whether every text and column read so far could be read (see [`Texts::check`]).
    pub fn check(&self) -> Result<()> {
        if let Some(e) = self.failed.get() {
            return Err(spill_error(std::io::Error::new(e.kind(), e.to_string())));
        }
        self.texts.check().map_err(spill_error)
    }
}

impl std::ops::Deref for Digested {
    type Target = [DocDigest];
    fn deref(&self) -> &[DocDigest] {
        &self.list
    }
}

/// Folds width and case, and drops white space and punctuation: digits, letters and
/// ideographs remain.
pub fn normalize(text: &str) -> Vec<char> {
    normalize_chars(text.chars()).collect()
}

/// [`normalize`] of a run of chars, as they come (the caller collects them where they go:
/// no intermediate vector).
fn normalize_chars(chars: impl Iterator<Item = char>) -> impl Iterator<Item = char> {
    chars.filter_map(normal)
}

/// A char as [`normalize`] keeps it, if it does. Ideographs, nearly every char of the
/// corpora, are answered first.
#[inline]
fn normal(c: char) -> Option<char> {
    if matches!(c as u32, 0x4E00..=0x9FFF) {
        return Some(c);
    }
    let c = crate::clean::chars::half_width(c);
    crate::clean::chars::is_content(c).then(|| c.to_ascii_lowercase())
}

const EXCERPT_CHARS: usize = 40;

/// A unit, its texts, its normalized chars, and its signature's bins before densification.
type Made = (UnitDigest, UnitText, Vec<char>, Option<Bins>);

/// A unit of `norm` (whose hash is `key`) when it is long enough to compare.
fn unit(
    paragraph: Option<u32>,
    (span, bytes): (Span, (u32, u32)),
    text: &[char],
    norm: Vec<char>,
    key: u64,
) -> Option<Made> {
    if norm.len() < MIN_EXACT_CHARS {
        return None;
    }
    let raw = (paragraph.is_some() && norm.len() >= MIN_NEAR_CHARS).then(|| near_bins(&norm));
    let unit = UnitDigest {
        paragraph,
        span: span.into(),
        bytes,
        norm: TextRef::default(),
        norm_len: norm.len() as u32,
        key,
        sig: None,
        excerpt: TextRef::default(),
    };
    let excerpt = excerpt(text);
    // Only compared with the excerpts of the same key's first unit (`Digests::store`).
    let excerpt_hash = foldhash::quality::FixedState::with_seed(0).hash_one(excerpt.as_bytes());
    let texts = UnitText {
        norm: utf16le(&norm),
        excerpt,
        excerpt_hash,
        sig: raw.map(|r| kept(densify(r))),
    };
    Some((unit, texts, norm, raw))
}

/// The first [`EXCERPT_CHARS`] chars of `text` cut at a grapheme boundary, as
/// [`crate::terminal::head_chars`] cuts them: when each of them and the one after stands
/// alone as a grapheme (nearly always), they are the cut without a walk of the string.
fn excerpt(text: &[char]) -> String {
    // One char more than kept, to tell whether the last kept char ends its grapheme.
    let head = &text[..text.len().min(EXCERPT_CHARS + 1)];
    let alone = head.iter().all(|&c| crate::terminal::stands_alone(c));
    let kept = match alone {
        true => &head[..head.len().min(EXCERPT_CHARS)],
        false => head,
    };
    let mut excerpt = String::with_capacity(kept.iter().map(|c| c.len_utf8()).sum());
    kept.iter().for_each(|&c| excerpt.push(c));
    if !alone {
        excerpt.truncate(crate::terminal::head_chars(&excerpt, EXCERPT_CHARS).len());
    }
    excerpt
}

/// Digests a cleaned document.
pub fn digest(doc: &CleanDocument) -> DocDigest {
    let chars = doc.chars();
    let mut units = Vec::new();
    let mut texts = Vec::new();
    let mut norms = Vec::new();
    // The document's bins: those of the union of its paragraphs' shingles.
    let mut doc_bins: Option<Bins> = None;
    let mut sentences = Vec::new();
    // The hash and length of the document's normalized text (its units' joined), carried on.
    let (mut whole_key, mut whole_len) = (CHARS_SEED, 0);
    let (mut runs, mut spans, mut keys) = (Vec::new(), Vec::new(), Vec::new());
    for (i, p) in doc.paragraphs.iter().enumerate() {
        let text = &chars[p.span.start..p.span.end];
        // Sentences cover the paragraph but for white space, which normalization drops: the
        // paragraph's normalized text is its sentences' joined.
        let mut norm = Vec::with_capacity(text.len());
        runs.clear();
        spans.clear();
        keys.clear();
        for &span in &p.sentences {
            let start = norm.len();
            norm.extend(normalize_chars(chars[span.start..span.end].iter().copied()));
            if p.sentences.len() > 1 && norm.len() - start >= MIN_SENTENCE_CHARS {
                runs.push((start, norm.len()));
                spans.push(span);
            }
        }
        if norm.len() < MIN_EXACT_CHARS {
            continue;
        }
        let key = hash_runs(&norm, &runs, &mut whole_key, &mut keys);
        whole_len += norm.len();
        let at = (p.span, span_bytes(doc, p.span));
        if let Some((u, t, norm, raw)) = unit(Some(i as u32), at, text, norm, key) {
            for (&key, &span) in keys.iter().zip(&spans) {
                let bytes = span_bytes(doc, span);
                sentences.push(SentenceKey {
                    key,
                    unit: units.len() as u32,
                    span: span.into(),
                    bytes,
                    paragraphs: 1,
                });
            }
            if let Some(raw) = raw {
                let acc = doc_bins.get_or_insert([u32::MAX; HASHES]);
                acc.iter_mut().zip(raw).for_each(|(a, r)| *a = (*a).min(r));
            }
            units.push(u);
            texts.push(t);
            norms.push(norm);
        }
    }
    let passages = passages(&units, &norms);
    removed_units(doc, &mut units, &mut texts);
    DocDigest {
        id: doc.id.clone(),
        units,
        passages,
        key: whole_key,
        sig: None,
        norm_len: whole_len,
        chars: chars.len(),
        paragraphs: doc.paragraphs.len(),
        spill: Some(Box::new(Spill {
            texts,
            sentences,
            sig: doc_bins.map(|b| kept(densify(b))),
        })),
    }
}

/// [`CleanDocument::bytes`] of `span`: when the offsets only move forward, its first char's
/// start and its last char's end, without a walk of its chars.
fn span_bytes(doc: &CleanDocument, span: Span) -> (u32, u32) {
    let last = span.end.checked_sub(1).and_then(|l| doc.offsets.get(l));
    match (doc.offsets.get(span.start), last) {
        (Some(first), Some(last)) if doc.offsets_ordered && span.start < span.end => {
            (first.0, last.1)
        }
        _ => doc.bytes(span),
    }
}

/// Units of the lines a document's cleaning removed, after its paragraphs': removed lines
/// that repeat are worth reporting (a byline printed twice); markup is not.
fn removed_units(doc: &CleanDocument, units: &mut Vec<UnitDigest>, texts: &mut Vec<UnitText>) {
    let reported =
        |r: &&crate::document::Removal| !matches!(r.reason, Reason::Markup | Reason::Decoration);
    for r in doc.removals.iter().filter(reported) {
        let text: Vec<char> = r.text.trim().chars().collect();
        let norm: Vec<char> = normalize_chars(text.iter().copied()).collect();
        let (at, key) = ((Span::new(r.at, r.at), r.bytes), hash_chars(&norm));
        if let Some((u, t, _, _)) = unit(None, at, &text, norm, key) {
            units.push(u);
            texts.push(t);
        }
    }
}

/// The MinHash signature of each of a digest's units, as [`digest`] made it (none for a unit
/// too short for near matching, and none at all once [`Digests::push`] stored them): what a
/// job spread over machines bands with [`super::minhash::band_hash`] to find candidate pairs.
pub fn unit_signatures(d: &DocDigest) -> Vec<Option<Signature>> {
    d.spill
        .as_ref()
        .map_or_else(Vec::new, |s| s.texts.iter().map(|t| t.sig).collect())
}

/// Leading paragraphs checked for being previews of their document: a truncated preview, a
/// lead or a summary stands at the top.
const PREVIEW_PARAGRAPHS: usize = 3;

/// Shingle size of a preview's containment in the rest of its document.
const PREVIEW_SHINGLE: usize = 5;

/// Leading paragraphs whose shingles mostly occur in the rest of the document, but not mostly
/// in any single other paragraph (single-paragraph copies are found corpus-wide).
fn passages(units: &[UnitDigest], norms: &[Vec<char>]) -> Vec<Passage> {
    let candidates: Vec<usize> = (0..norms.len().min(PREVIEW_PARAGRAPHS))
        .filter(|&i| {
            norms[i].len() >= MIN_PASSAGE_CHARS
                && !units
                    .iter()
                    .enumerate()
                    .any(|(j, u)| j != i && u.key == units[i].key)
        })
        .collect();
    if norms.len() < 2 || candidates.is_empty() {
        return Vec::new();
    }
    // Shingles across paragraph boundaries count too: a preview runs over several paragraphs.
    let whole: Vec<char> = norms.concat();
    let ends: Vec<usize> = norms
        .iter()
        .scan(0, |end, n| {
            *end += n.len();
            Some(*end)
        })
        .collect();
    let sets: Vec<Vec<u64>> = candidates
        .iter()
        .map(|&i| shingles(&norms[i], PREVIEW_SHINGLE))
        .collect();
    let (found, hits) = preview_hits(&whole, &ends, (&candidates, &sets));
    let mut out = Vec::new();
    for (((&i, set), found), hits) in candidates.iter().zip(&sets).zip(found).zip(hits) {
        let covers = found.iter().filter(|&&f| f).count() as f64 / set.len() as f64;
        if covers < CONTAINMENT {
            continue;
        }
        let top = (0..norms.len())
            .max_by_key(|&p| (hits[p], std::cmp::Reverse(p)))
            .unwrap_or(0);
        if intersection(set, &shingles(&norms[top], PREVIEW_SHINGLE)) as f64
            >= CONTAINMENT * set.len() as f64
        {
            continue;
        }
        let (first, last) = densest_window(&hits);
        out.push(Passage {
            copy: i as u32,
            first_paragraph: units[first].paragraph.unwrap_or(0),
            last_paragraph: units[last].paragraph.unwrap_or(0),
            span: Span::new(units[first].span.get().start, units[last].span.get().end),
            covers_copy: covers,
        });
    }
    out
}

/// For each candidate preview (a paragraph number and its shingle set), in one pass over the
/// document's shingles (`whole`, the paragraphs ending at `ends`): which shingles of its set
/// occur outside it, and how many of its shingles each paragraph holds.
fn preview_hits(
    whole: &[char],
    ends: &[usize],
    (candidates, sets): (&[usize], &[Vec<u64>]),
) -> (Vec<Vec<bool>>, Vec<Vec<usize>>) {
    let paragraphs = ends.len();
    // Each shingle's place in each candidate's set (`u32::MAX`: not in it), in one probe.
    let mut place: FxHashMap<u64, [u32; PREVIEW_PARAGRAPHS]> = FxHashMap::default();
    for (c, set) in sets.iter().enumerate() {
        for (ix, &h) in set.iter().enumerate() {
            place.entry(h).or_insert([u32::MAX; PREVIEW_PARAGRAPHS])[c] = ix as u32;
        }
    }
    // Most of a document's shingles are in no candidate's set: a bit a hash's low bits tells
    // most of them apart without a probe of the table.
    let mut seen = [0u64; SEEN_WORDS];
    for &h in place.keys() {
        let (word, bit) = seen_slot(h);
        seen[word] |= bit;
    }
    let mut found: Vec<Vec<bool>> = sets.iter().map(|s| vec![false; s.len()]).collect();
    let mut hits = vec![vec![0usize; paragraphs]; sets.len()];
    for (pos, h) in window_hashes::<PREVIEW_SHINGLE>(whole).enumerate() {
        let (word, bit) = seen_slot(h);
        if seen[word] & bit == 0 {
            continue;
        }
        let Some(at) = place.get(&h) else {
            continue;
        };
        // The paragraph of the window's first char.
        let p = ends.partition_point(|&end| end <= pos);
        for (c, &ix) in at.iter().enumerate().take(sets.len()) {
            if ix != u32::MAX && p != candidates[c] {
                found[c][ix as usize] = true;
                hits[c][p] += 1;
            }
        }
    }
    (found, hits)
}

/// Words of [`preview_hits`]'s bit set of the shingles looked for.
const SEEN_WORDS: usize = 128;

/// The word and bit of a shingle hash in [`preview_hits`]'s bit set (its low 13 bits).
#[inline]
fn seen_slot(h: u64) -> (usize, u64) {
    ((h as usize >> 6) % SEEN_WORDS, 1 << (h & 63))
}

/// The shortest run of paragraphs holding nine tenths of the hits.
fn densest_window(hits: &[usize]) -> (usize, usize) {
    let total: usize = hits.iter().sum();
    let need = (total * 9).div_ceil(10).max(1);
    let (mut best, mut lo, mut sum) = ((0, hits.len().saturating_sub(1)), 0, 0);
    for hi in 0..hits.len() {
        sum += hits[hi];
        while lo < hi && sum - hits[lo] >= need {
            sum -= hits[lo];
            lo += 1;
        }
        if sum >= need && hi - lo < best.1 - best.0 {
            best = (lo, hi);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_repeats_share_their_text_and_signature() {
        let doc = |id: &str, text: &str| {
            let raw = crate::input::read_bytes(
                text.as_bytes(),
                std::path::Path::new(id),
                id,
                &Default::default(),
            )
            .documents
            .remove(0);
            digest(&crate::clean::clean(&raw, &Default::default()))
        };
        let para = "全面落实新时代党的建设总要求，持续探索加强基层党组织建设的新思路。";
        let all = Digested::of([
            doc(
                "a.txt",
                &format!("{para}\n\n另一段完全不同的文字内容在这里出现。\n\n{para}"),
            ),
            doc(
                "b.txt",
                &format!("第三篇的开头段落，与前面的文字都不相同。\n\n{para}"),
            ),
            doc("c.txt", &format!("“{para}”")),
        ])
        .unwrap();
        let (a, b, c) = (&all[0].units, &all[1].units, &all[2].units);
        assert_eq!(a[0].norm, a[2].norm, "within a document");
        assert_eq!(a[0].norm, b[1].norm, "across documents");
        assert_eq!(a[0].excerpt, b[1].excerpt);
        assert!(a[0].sig.is_some());
        assert_eq!(a[0].sig, b[1].sig);
        assert_ne!(a[0].sig, a[1].sig);
        let sigs = all.signatures();
        assert!(sigs.get(a[0].sig).is_some());
        assert_ne!(sigs.get(a[0].sig), sigs.get(a[1].sig));
        assert_ne!(a[0].norm, a[1].norm);
        assert_eq!(all.norm(&b[1]), normalize(para));
        assert_eq!(
            all.norm(&a[1]),
            normalize("另一段完全不同的文字内容在这里出现。")
        );
        // The same normalized text under other punctuation: its own excerpt.
        assert_eq!(c[0].norm, a[0].norm);
        assert_ne!(c[0].excerpt, a[0].excerpt);
        assert_eq!(
            all.excerpt(&c[0]),
            format!("“{para}”").chars().take(40).collect::<String>()
        );
        assert_eq!(
            all.excerpt(&a[0]),
            para.chars().take(40).collect::<String>()
        );
    }

    #[test]
    fn span_bytes_are_the_documents_own() {
        let text = "标题\n\n  第一段正文，今年产量达到１，１００万吨。\n（记者　王明）\n\n第二段：\u{200B}数字化转型。第三句在这里！";
        let raw = crate::input::test_document(text);
        let doc = crate::clean::clean(&raw, &Default::default());
        assert!(doc.offsets_ordered);
        let n = doc.offsets.len();
        for start in 0..=n {
            for end in start..=n {
                let span = Span::new(start, end);
                assert_eq!(span_bytes(&doc, span), doc.bytes(span), "{start}..{end}");
            }
        }
    }

    #[test]
    fn densest_window_skips_stray_hits() {
        assert_eq!(densest_window(&[0, 5, 9, 30, 0, 0, 1]), (1, 3));
        assert_eq!(densest_window(&[0, 0, 4]), (2, 2));
    }

    #[test]
    fn normalization_folds_width_and_drops_punctuation() {
        let n: String = normalize("“两个确立”，ＧＤＰ增长 5.2%！")
            .into_iter()
            .collect();
        assert_eq!(n, "两个确立gdp增长52");
    }
}
