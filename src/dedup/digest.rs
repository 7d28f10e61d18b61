//! What deduplication keeps of a document: for each paragraph (and each removed boilerplate
//! line) its normalized text, exact key and MinHash signature, plus the passages of the
//! document that repeat text spread over other paragraphs. Digests are made in parallel, one
//! document at a time; only they stay in memory, but for their texts, which are spilled to a
//! temporary file (`dedup::texts`).

use super::minhash::{
    bins, densify, hash_chars, intersection, kept, shingle_hash, shingle_hashes, shingles, Bins,
    PreHashed, Signature, HASHES, NEAR_SHINGLE,
};
use super::texts::{utf16le, TextRef, TextWriter, Texts};
use crate::clean::rules::Reason;
use crate::document::{CleanDocument, CompactSpan, Span};
use crate::error::{Error, Result};
use std::collections::HashMap;
use std::hash::{Hash as _, Hasher as _};
use std::sync::Arc;

/// Normalized texts shorter than this are matched exactly only.
pub const MIN_NEAR_CHARS: usize = 20;
/// Texts shorter than this are not compared at all.
pub const MIN_EXACT_CHARS: usize = 4;
/// A passage must have this many normalized chars to be looked for elsewhere.
const MIN_PASSAGE_CHARS: usize = 30;
/// Containment that makes a copy.
pub const CONTAINMENT: f64 = 0.8;

/// A paragraph, or a removed boilerplate line, as deduplication sees it.
#[derive(Debug, Clone)]
pub struct Unit {
    /// Paragraph index; `None` for a line cleaning removed.
    pub paragraph: Option<u32>,
    /// Char span in the cleaned text (empty, at the removal's place, for a removed line).
    pub span: CompactSpan,
    /// Byte range in the original.
    pub bytes: (u32, u32),
    /// Width folded, lower-cased, without white space and punctuation ([`Digested::norm`]):
    /// stored in UTF-16, two bytes an ideograph.
    pub norm: TextRef,
    pub norm_len: u32,
    pub key: u64,
    pub sig: Option<Arc<Signature>>,
    /// The first chars of the text, for people ([`Digested::excerpt`]).
    pub excerpt: TextRef,
}

/// A unit's texts as a worker makes them, until [`Digests::push`] stores them.
#[derive(Debug, Clone)]
struct UnitText {
    /// The normalized text as UTF-16 bytes ([`utf16le`]), made by the worker.
    norm: Vec<u8>,
    excerpt: String,
    excerpt_hash: u64,
}

/// A paragraph whose text stands, spread over other paragraphs, elsewhere in its document
/// (a truncated preview of a speech, a run of sentences copied into a later paragraph).
#[derive(Debug, Clone, PartialEq)]
pub struct Passage {
    /// Unit index of the copy.
    pub copy: u32,
    /// Paragraphs holding the source text.
    pub first_paragraph: u32,
    pub last_paragraph: u32,
    pub span: Span,
    /// Share of the copy's shingles found in the source.
    pub covers_copy: f64,
}

/// A sentence keyed for exact matching across paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentenceKey {
    pub key: u64,
    /// Unit index of its paragraph.
    pub unit: u32,
    pub span: CompactSpan,
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
    pub id: String,
    pub units: Vec<Unit>,
    pub passages: Vec<Passage>,
    /// Sentences of paragraphs with more than one, for runs copied into other paragraphs.
    pub sentences: Vec<SentenceKey>,
    /// Exact key and signature of the whole normalized text.
    pub key: u64,
    pub sig: Option<Box<Signature>>,
    pub norm_len: usize,
    pub chars: usize,
    /// The units' texts, one a unit, taken by [`Digests::push`].
    texts: Vec<UnitText>,
}

/// The digests of a corpus in order, being collected. A unit that repeats an earlier one
/// exactly shares its normalized text and signature (and its excerpt when equal), so a corpus
/// of many copies costs little more than one.
pub struct Digests {
    list: Vec<DocDigest>,
    /// Where each exact key was first seen (document and unit), and the hash of its excerpt.
    first: HashMap<u64, (u32, u32, u64), PreHashed>,
    texts: TextWriter,
}

fn spill_error(e: std::io::Error) -> Error {
    Error::io(std::env::temp_dir(), e)
}

impl Digests {
    /// An empty collection, its texts spilled to a new temporary file.
    pub fn new() -> Result<Digests> {
        Ok(Digests {
            list: Vec::new(),
            first: HashMap::default(),
            texts: TextWriter::new().map_err(spill_error)?,
        })
    }

    /// Adds the next document's digest. What is kept is allocated anew here, on the
    /// collecting thread: left where a worker made it, among that worker's short-lived
    /// allocations, it would keep their pages from being reused.
    pub fn push(&mut self, mut digest: DocDigest) -> Result<()> {
        let d = self.list.len() as u32;
        let texts = std::mem::take(&mut digest.texts);
        let mut repeats = Vec::with_capacity(texts.len());
        for (u, text) in texts.into_iter().enumerate() {
            let at = (d, u as u32);
            let key = digest.units[u].key;
            let (fd, fu, excerpt_hash) =
                *self
                    .first
                    .entry(key)
                    .or_insert((at.0, at.1, text.excerpt_hash));
            let unit = &digest.units[u];
            // A paragraph repeating an earlier paragraph.
            let mut repeat = false;
            let (norm, sig, excerpt) = if (fd, fu) == at {
                let norm = self.texts.put(&text.norm).map_err(spill_error)?;
                (norm, unit.sig.as_deref().map(|s| Arc::new(*s)), None)
            } else {
                let first = match self.list.get(fd as usize) {
                    Some(earlier) => &earlier.units[fu as usize],
                    None => &digest.units[fu as usize],
                };
                // Excerpts are of the text before normalization: shared only when equal.
                let excerpt = (excerpt_hash == text.excerpt_hash).then_some(first.excerpt);
                repeat = first.paragraph.is_some() && unit.paragraph.is_some();
                (first.norm, first.sig.clone(), excerpt)
            };
            let excerpt = match excerpt {
                Some(shared) => shared,
                None => self
                    .texts
                    .put(text.excerpt.as_bytes())
                    .map_err(spill_error)?,
            };
            let unit = &mut digest.units[u];
            (unit.norm, unit.sig, unit.excerpt) = (norm, sig, excerpt);
            if repeat {
                self.first_sentences(&mut digest, fd, fu)
                    .iter_mut()
                    .for_each(|s| s.paragraphs += 1);
            }
            repeats.push(repeat);
        }
        // A paragraph that repeats an earlier one exactly keeps no sentences: the earlier one
        // stands for it in shared passages, counting it (see `cluster::shared_passages`).
        digest.sentences.retain(|s| !repeats[s.unit as usize]);
        digest.units = digest.units.clone();
        digest.sentences = digest.sentences.clone();
        self.list.push(digest);
        Ok(())
    }

    /// The sentences kept of unit `u` of document `d` (`digest`, being added, when `d` is
    /// past the list).
    fn first_sentences<'a>(
        &'a mut self,
        digest: &'a mut DocDigest,
        d: u32,
        u: u32,
    ) -> &'a mut [SentenceKey] {
        let sentences = match self.list.get_mut(d as usize) {
            Some(doc) => &mut doc.sentences,
            None => &mut digest.sentences,
        };
        let start = sentences.partition_point(|s| s.unit < u);
        let end = sentences.partition_point(|s| s.unit <= u);
        &mut sentences[start..end]
    }

    /// The digests, to be read (without the table of first occurrences that only adding
    /// needs).
    pub fn finish(self) -> Result<Digested> {
        Ok(Digested {
            list: self.list,
            texts: self.texts.finish().map_err(spill_error)?,
        })
    }
}

/// The digests of a corpus, collected: the units' texts are read back from the spill file.
pub struct Digested {
    list: Vec<DocDigest>,
    texts: Texts,
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
    pub fn norm(&self, unit: &Unit) -> Vec<char> {
        self.texts.utf16_chars(unit.norm)
    }

    /// A unit's excerpt: the first chars of its text.
    pub fn excerpt(&self, unit: &Unit) -> String {
        self.texts.string(unit.excerpt)
    }

    /// Whether every text read so far could be read (see [`Texts::check`]).
    pub fn check(&self) -> Result<()> {
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
    normalize_chars(text.chars())
}

fn normalize_chars(chars: impl Iterator<Item = char>) -> Vec<char> {
    chars
        .filter_map(|c| {
            let c = crate::clean::chars::half_width(c);
            crate::clean::chars::is_content(c).then(|| c.to_ascii_lowercase())
        })
        .collect()
}

const EXCERPT_CHARS: usize = 40;

/// A unit, its texts, its normalized chars, and its signature's bins before densification.
type Made = (Unit, UnitText, Vec<char>, Option<Bins>);

fn unit(
    paragraph: Option<u32>,
    span: Span,
    bytes: (u32, u32),
    text: &[char],
    norm: Vec<char>,
) -> Option<Made> {
    if norm.len() < MIN_EXACT_CHARS {
        return None;
    }
    let raw = (paragraph.is_some() && norm.len() >= MIN_NEAR_CHARS)
        .then(|| bins(shingle_hashes(&norm, NEAR_SHINGLE)));
    let sig = raw.map(|r| Arc::new(kept(densify(r))));
    let unit = Unit {
        paragraph,
        span: span.into(),
        bytes,
        norm: TextRef::default(),
        norm_len: norm.len() as u32,
        key: hash_chars(&norm),
        sig,
        excerpt: TextRef::default(),
    };
    let excerpt: String = text.iter().take(EXCERPT_CHARS).collect();
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    excerpt.hash(&mut hasher);
    let texts = UnitText {
        norm: utf16le(&norm),
        excerpt,
        excerpt_hash: hasher.finish(),
    };
    Some((unit, texts, norm, raw))
}

/// Digests a cleaned document.
pub fn digest(doc: &CleanDocument) -> DocDigest {
    let chars: Vec<char> = doc.text.chars().collect();
    let mut units = Vec::new();
    let mut texts = Vec::new();
    let mut norms = Vec::new();
    // The document's bins: those of the union of its paragraphs' shingles.
    let mut doc_bins: Option<Bins> = None;
    let mut sentences = Vec::new();
    for (i, p) in doc.paragraphs.iter().enumerate() {
        let text = &chars[p.span.start..p.span.end];
        // Sentences cover the paragraph but for white space, which normalization drops: the
        // paragraph's normalized text is its sentences' joined.
        let mut norm = Vec::with_capacity(text.len());
        let mut keys = Vec::new();
        for &span in &p.sentences {
            let start = norm.len();
            norm.extend(normalize_chars(chars[span.start..span.end].iter().copied()));
            if p.sentences.len() > 1 && norm.len() - start >= MIN_SENTENCE_CHARS {
                keys.push((hash_chars(&norm[start..]), span));
            }
        }
        if let Some((u, t, norm, raw)) = unit(Some(i as u32), p.span, doc.bytes(p.span), text, norm)
        {
            for (key, span) in keys {
                let bytes = doc.bytes(span);
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
    let whole: Vec<char> = norms.concat();
    let passages = passages(&units, &norms);
    // Removed lines that repeat are worth reporting (a byline printed twice); markup is not.
    let reported =
        |r: &&crate::document::Removal| !matches!(r.reason, Reason::Markup | Reason::Decoration);
    for r in doc.removals.iter().filter(reported) {
        let text: Vec<char> = r.text.trim().chars().collect();
        let norm = normalize_chars(text.iter().copied());
        if let Some((u, t, _, _)) = unit(None, Span::new(r.at, r.at), r.bytes, &text, norm) {
            units.push(u);
            texts.push(t);
        }
    }
    let sig = doc_bins.map(|b| Box::new(kept(densify(b))));
    DocDigest {
        id: doc.id.clone(),
        units,
        passages,
        sentences,
        key: hash_chars(&whole),
        sig,
        norm_len: whole.len(),
        chars: chars.len(),
        texts,
    }
}

/// Leading paragraphs checked for being previews of their document: a truncated preview, a
/// lead or a summary stands at the top.
const PREVIEW_PARAGRAPHS: usize = 3;

/// Leading paragraphs whose shingles mostly occur in the rest of the document, but not mostly
/// in any single other paragraph (single-paragraph copies are found corpus-wide).
fn passages(units: &[Unit], norms: &[Vec<char>]) -> Vec<Passage> {
    const K: usize = 5;
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
    let mut para_of = Vec::with_capacity(whole.len());
    for (p, n) in norms.iter().enumerate() {
        para_of.extend(std::iter::repeat_n(p as u32, n.len()));
    }
    let windows: Vec<u64> = whole.windows(K).map(shingle_hash).collect();
    let mut out = Vec::new();
    for i in candidates {
        let set = shingles(&norms[i], K);
        let mut found = vec![false; set.len()];
        let mut hits = vec![0usize; norms.len()];
        for (pos, h) in windows.iter().enumerate() {
            let p = para_of[pos] as usize;
            if p != i {
                if let Ok(ix) = set.binary_search(h) {
                    found[ix] = true;
                    hits[p] += 1;
                }
            }
        }
        let covers = found.iter().filter(|&&f| f).count() as f64 / set.len() as f64;
        if covers < CONTAINMENT {
            continue;
        }
        let top = (0..norms.len())
            .max_by_key(|&p| (hits[p], std::cmp::Reverse(p)))
            .unwrap_or(0);
        if intersection(&set, &shingles(&norms[top], K)) as f64 >= CONTAINMENT * set.len() as f64 {
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
        assert!(Arc::ptr_eq(
            a[0].sig.as_ref().unwrap(),
            b[1].sig.as_ref().unwrap()
        ));
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
