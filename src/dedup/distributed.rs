//! Deduplication spread over machines (`python/tifa/spark.py`): what one document contributes
//! (units, exact keys, LSH bucket keys, signatures) and the verdicts and leader clustering that
//! decide every output, each a thin layer over the functions [`super::find`] uses. The engine
//! groups keys, makes the candidate pairs, shuffles and finds connected components; these
//! functions decide. Places are numbered in corpus order as `document ordinal << 32 | unit`.
//!
//! `call` runs one of them on JSON, for bindings that pass batches as text.

use super::cluster::{
    best_sources, compared, could_be_copy, could_be_short_copy, could_contain_either,
    covered_share, covers, documents_linked, edge_keys, finish, found_in, headlines, is_passage,
    is_shared_sentence, lead, lines_key, lines_linked, lines_shared, linked_apart,
    refused_short_copy, removable, removed_lines, sentence_pairs, share, short_keys,
    truncation_keys, At, Cluster, Contained, CopySource, Dedup, DedupOptions, Holder, Keep, Member,
    RepeatKind, SharedPassage, Stretch, Template, TruncationKeys, CONTAINMENT_SHINGLE,
    SHORT_DOCUMENT,
};
use super::digest::{digest, UnitDigest, MIN_EXACT_CHARS};
use super::minhash::{
    band_hash, jaccard, shingles, Signature, BANDS, LOOSE_BANDS, LOOSE_ROWS, NEAR_SHINGLE, ROWS,
};
use super::templated::{Facts, Slot, SlotFinder, Vetoes};
use crate::document::{CleanDocument, Span};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::Mutex;

/// A place's number: corpus order is number order.
pub fn number(at: At) -> i64 {
    (i64::from(at.doc) << 32) | i64::from(at.unit)
}

fn place(n: i64) -> At {
    At {
        doc: (n >> 32) as u32,
        unit: n as u32,
    }
}

/// Keys as the engine's signed 64-bit integers.
fn signed(key: u64) -> i64 {
    key as i64
}

/// A unit as a distributed job needs it.
#[derive(Debug, Serialize)]
pub struct UnitRow {
    /// Its index in the document's units.
    pub unit: u32,
    /// Its paragraph; none for a line cleaning removed.
    pub paragraph: Option<u32>,
    /// Char span in the cleaned text.
    pub span: [usize; 2],
    /// Byte span in the original text.
    pub bytes: [u32; 2],
    /// Exact key of the normalized text.
    pub key: i64,
    /// The normalized text.
    pub norm: String,
    /// Chars of the normalized text.
    pub norm_len: u32,
    /// The first chars of its text, as reports show it.
    pub excerpt: String,
    /// The MinHash signature (empty under `MIN_NEAR_CHARS`).
    pub sig: Vec<u16>,
    /// Near-duplicate band keys, band `i` at `i`.
    pub bands: Vec<i64>,
    /// Truncation bucket keys `(band, key)`: the start and end (band 0), the loose bands.
    pub contain: Vec<(u32, i64)>,
}

/// A truncated copy of a passage of its own document (found by [`digest`]).
#[derive(Debug, Serialize)]
pub struct PassageRow {
    /// Unit index of the copy.
    pub copy: u32,
    /// First and last paragraph holding the source text.
    pub paragraphs: [u32; 2],
    /// Char span of the source text.
    pub span: [usize; 2],
    /// Share of the copy found in the source.
    pub covers_copy: f64,
}

/// A sentence keyed for shared passages: the key, its unit, and where it stands.
#[derive(Debug, Serialize)]
pub struct SentenceRow {
    /// Exact key of its normalized text.
    pub key: i64,
    /// Unit index of its paragraph.
    pub unit: u32,
    /// Char span in the cleaned text.
    pub span: [usize; 2],
    /// Byte span in the original text.
    pub bytes: [u32; 2],
}

/// A document as a distributed job needs it.
#[derive(Debug, Serialize)]
pub struct DocRow {
    /// The document's id.
    pub id: String,
    /// Exact key of the whole normalized text; none under [`MIN_EXACT_CHARS`].
    pub key: Option<i64>,
    /// Chars of the cleaned text.
    pub chars: usize,
    /// Paragraphs of the cleaned text.
    pub paragraphs: usize,
    /// Paragraphs long enough to compare.
    pub compared: usize,
    /// The normalized text documents are compared by: its paragraphs', each text once.
    pub norm: String,
    /// Chars of `norm`.
    pub norm_len: u32,
    /// The document's MinHash signature (empty when it has none).
    pub sig: Vec<u16>,
    /// Near-duplicate band keys, band `i` at `i`.
    pub bands: Vec<i64>,
    /// Loose band keys (candidate reposts, kept when [`doc_candidate`] holds).
    pub loose: Vec<i64>,
    /// Keys of a short document (a headline, a snippet): its runs of three normalized chars,
    /// one band (pairs kept when the `short` block holds); none for a longer document.
    pub short: Vec<i64>,
    /// Its paragraphs' truncated copies of its own passages.
    pub passages: Vec<PassageRow>,
    /// Sentences of its paragraphs with more than one (for shared passages).
    pub sentences: Vec<SentenceRow>,
    /// Its paragraphs and reported removed lines.
    pub units: Vec<UnitRow>,
    /// For a document that cleaning left no paragraph: its removed lines `(key, normalized
    /// chars)`, each text once (compared by [`lines_verdict`]); empty otherwise.
    pub lines: Vec<(i64, u32)>,
    /// Exact key of `lines`; none when empty.
    pub lines_key: Option<i64>,
}

/// One document's contribution, as [`digest`] makes it.
pub fn doc_row(doc: &CleanDocument) -> DocRow {
    let d = digest(doc);
    let spill = d.spill.as_deref().cloned().unwrap_or_default();
    let units: Vec<UnitRow> = (d.units.iter().zip(&spill.texts).enumerate())
        .map(|(i, (u, t))| {
            let norm: Vec<char> = decode_utf16(&t.norm);
            unit_row(i as u32, u, &norm, t.excerpt.clone(), t.sig)
        })
        .collect();
    // The text documents are compared by: each paragraph's text once, as `tifa dedup` does.
    let keep = compared(units.iter().map(|u| (u.paragraph.is_some(), u.key as u64)));
    let norm: String = (units.iter().zip(keep))
        .filter(|&(_, k)| k)
        .map(|(u, _)| u.norm.as_str())
        .collect();
    let norm_len = norm.chars().count();
    let lines = removed_lines(
        d.paragraphs,
        (d.units.iter()).map(|u| (u.paragraph.is_some(), u.key, u.norm_len)),
    );
    let short = if norm_len < SHORT_DOCUMENT {
        short_keys(&chars(&norm)).map(signed).collect()
    } else {
        Vec::new()
    };
    DocRow {
        id: d.id,
        key: (d.norm_len >= MIN_EXACT_CHARS).then_some(signed(d.key)),
        chars: d.chars,
        paragraphs: d.paragraphs,
        compared: units.iter().filter(|u| u.paragraph.is_some()).count(),
        norm,
        norm_len: norm_len as u32,
        sig: spill.sig.as_ref().map_or_else(Vec::new, |s| s.to_vec()),
        bands: (spill.sig.as_ref()).map_or_else(Vec::new, |s| bands(s, BANDS, ROWS)),
        loose: (spill.sig.as_ref()).map_or_else(Vec::new, |s| bands(s, LOOSE_BANDS, LOOSE_ROWS)),
        short,
        passages: (d.passages.iter())
            .map(|p| PassageRow {
                copy: p.copy,
                paragraphs: [p.first_paragraph, p.last_paragraph],
                span: [p.span.start, p.span.end],
                covers_copy: p.covers_copy,
            })
            .collect(),
        sentences: (spill.sentences.iter())
            .map(|s| {
                let span = s.span.get();
                SentenceRow {
                    key: signed(s.key),
                    unit: s.unit,
                    span: [span.start, span.end],
                    bytes: [s.bytes.0, s.bytes.1],
                }
            })
            .collect(),
        units,
        lines_key: (!lines.is_empty()).then(|| signed(lines_key(&lines))),
        lines: lines.iter().map(|&(key, n)| (signed(key), n)).collect(),
    }
}

/// The [`DocRow`] of line `line` (from 1) of JSONL file `path`, cleaned with the CLI's
/// defaults; none for a line the CLI skips (blank, or no document).
pub fn jsonl_doc_row(
    path: &str,
    line: usize,
    text: &str,
    opts: &crate::input::InputOptions,
) -> Option<DocRow> {
    cleaned(path, line, text, opts).map(|doc| doc_row(&doc))
}

/// Line `line` of JSONL file `path` read and cleaned as `tifa dedup` does.
fn cleaned(
    path: &str,
    line: usize,
    text: &str,
    opts: &crate::input::InputOptions,
) -> Option<CleanDocument> {
    let read = crate::input::read_from(text.as_bytes(), path.as_ref(), path, Some(line), opts);
    let raw = read.documents.into_iter().next()?;
    Some(crate::clean::clean(&raw, &Default::default()))
}

/// A document of the deduplicated corpus (`tifa dedup --write-clean`): its JSONL line
/// without the paragraphs `drop` names (paragraph, and the cluster or copy that explains it),
/// and its line of `dedup-removed.jsonl` if any; none for a line the CLI skips.
pub fn clean_record(
    (path, line, text): (&str, usize, &str),
    drop: &[(u32, String)],
    opts: &crate::input::InputOptions,
) -> Result<Option<(String, Option<String>)>, String> {
    let Some(doc) = cleaned(path, line, text, opts) else {
        return Ok(None);
    };
    let kept = super::write::kept_text(&doc, drop).map_err(|e| e.to_string())?;
    let line = super::write::jsonl_line(&doc, kept, &opts.text_field, &opts.id_field);
    Ok(Some((line, super::write::removed_line(&doc, drop))))
}

fn decode_utf16(bytes: &[u8]) -> Vec<char> {
    let units = (bytes.chunks_exact(2)).map(|b| u16::from_le_bytes([b[0], b[1]]));
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

fn bands(sig: &Signature, n: usize, rows: usize) -> Vec<i64> {
    (0..n).map(|b| signed(band_hash(sig, b, rows))).collect()
}

fn unit_row(
    i: u32,
    u: &UnitDigest,
    norm: &[char],
    excerpt: String,
    sig: Option<Signature>,
) -> UnitRow {
    // Truncation candidates, keyed as `tifa dedup` keys them.
    let keys = truncation_keys(u);
    let mut contain = Vec::new();
    if keys.is_some() {
        contain.extend(edge_keys(norm).map(|k| (0, signed(k))));
    }
    if let (Some(TruncationKeys::EdgesAndBands), Some(sig)) = (keys, &sig) {
        let loose = bands(sig, LOOSE_BANDS, LOOSE_ROWS).into_iter();
        contain.extend((1..).zip(loose));
    }
    let span = u.span.get();
    UnitRow {
        unit: i,
        paragraph: u.paragraph,
        span: [span.start, span.end],
        bytes: [u.bytes.0, u.bytes.1],
        key: signed(u.key),
        norm: norm.iter().collect(),
        norm_len: u.norm_len,
        excerpt,
        sig: sig.map_or_else(Vec::new, |s| s.to_vec()),
        bands: sig
            .as_ref()
            .map_or_else(Vec::new, |s| bands(s, BANDS, ROWS)),
        contain,
    }
}

/// The building blocks with the model they share: jieba's tagger for template checks, loaded
/// on the first check. Make one a worker process and keep it (the caller owns the model, as
/// the CLI's `find` does; the library holds no global).
#[derive(Default)]
pub struct Blocks {
    facts: SlotFinder,
}

impl Blocks {
    /// Near-duplicate paragraphs (normalized texts, the earlier first): Jaccard of 3-char shingles.
    pub fn near_verdict(&self, a: &str, b: &str, opts: &DedupOptions) -> Verdict {
        let (a, b) = (chars(a), chars(b));
        let j = jaccard(&shingles(&a, NEAR_SHINGLE), &shingles(&b, NEAR_SHINGLE));
        if j < opts.threshold {
            return Verdict::default();
        }
        self.unless_templated(&a, &b, [j, j], false)
    }

    /// A truncated copy (normalized texts of the shorter, then the longer, and whether they stand
    /// in one document): the shares covered of the copy and of the source.
    pub fn contain_verdict(
        &self,
        copy: &str,
        source: &str,
        same_document: bool,
        opts: &DedupOptions,
    ) -> Verdict {
        let (c, s) = (chars(copy), chars(source));
        let sets = (
            shingles(&c, CONTAINMENT_SHINGLE),
            shingles(&s, CONTAINMENT_SHINGLE),
        );
        match covers(&sets.0, &sets.1, opts.containment) {
            Some((copy, _)) if refused_short_copy(c.len(), copy, same_document) => {
                Verdict::default()
            }
            Some((copy, source)) => self.unless_templated(&c, &s, [copy, source], false),
            None => Verdict::default(),
        }
    }

    /// Near-duplicate documents (the earlier first): Jaccard of 5-char shingles, or the share of
    /// the smaller's text in paragraphs clustered with the other's, or of the smaller shingle set
    /// in the larger (a truncated or edited repost), or one edited from the other, aligned.
    pub fn doc_verdict(&self, a: &DocSide, b: &DocSide, opts: &DedupOptions) -> Verdict {
        let (na, nb) = (chars(&a.norm), chars(&b.norm));
        let (sa, sb) = (
            shingles(&na, CONTAINMENT_SHINGLE),
            shingles(&nb, CONTAINMENT_SHINGLE),
        );
        let j = jaccard(&sa, &sb);
        let (small, large) = if a.chars <= b.chars { (a, b) } else { (b, a) };
        let covered = covered_share(&sa, &sb);
        if documents_linked((&na, &nb), (j, doc_share(small, large), covered), opts) {
            // Headlines are copies only when identical (an exact group): reported if templated;
            // then items dated on other days, or a short frame filled with another clause, are
            // not linked, as in `cluster::documents`.
            let verdict = self.unless_templated(&na, &nb, [j, j], headlines(&na, &nb));
            if verdict.link.is_some() && linked_apart(&na, &nb, j, opts) {
                Verdict::default()
            } else {
                verdict
            }
        } else {
            Verdict::default()
        }
    }

    /// `scores` for a pair that passes its measure, unless the word-level check finds it
    /// templated or apart (`headline`: two short documents).
    fn unless_templated(
        &self,
        a: &[char],
        b: &[char],
        scores: [f64; 2],
        headline: bool,
    ) -> Verdict {
        match self.facts.compare(a, b, headline) {
            Facts::Copy => Verdict {
                link: Some(scores),
                slots: Vec::new(),
            },
            Facts::Template(slots) => Verdict {
                link: None,
                slots: slots.into_iter().map(|s| [s.old, s.new]).collect(),
            },
            Facts::Apart => Verdict::default(),
        }
    }

    /// Runs building block `stage` on a JSON call `{"items": [...], "threshold": …,
    /// "keep_longest": …}` and returns one JSON result an item: `near` ([a, b] normalized texts
    /// → [`Verdict`]), `contain` ([copy, source, same document] → [`Verdict`]), `copy_candidate` ([a, b]
    /// [`CopySide`]s → bool), `doc_candidate` ([a, b] [`DocLen`]s → bool), `short` ([a, b] lengths of short
    /// documents' normalized texts → whether they could be a short copy), `doc` ([a, b]
    /// [`DocSide`]s → [`Verdict`]), `share` ([a, b] → [`doc_shared`]), `lines` and `lines_share`
    /// ([a, b] [`DocRow::lines`] → [`lines_verdict`], [`lines_held`]),
    /// `lead` ([`Link`]s of a component → [`Led`]), `cluster` ([near, members] → [`ClusterRow`]),
    /// `best_source` (a copy's [`Covered`] pairs → the best), `templated` (all templated pairs
    /// → groups), `sentence` (a sentence key's [`HolderRow`]s → [`RunRow`]s), `passage` (a pair's
    /// [`RunRow`]s → the passage or null), `removed` ([`Found`] → what a clean corpus drops),
    /// `settings` (null → the report's settings as JSON text), `clean` ([path, line, record,
    /// dropped paragraphs] → [`clean_record`], with `text_field` and `id_field` in the call).
    pub fn call(&self, stage: &str, json: &str) -> Result<String, String> {
        let out = match stage {
            "near" => each(json, |(a, b): (String, String), o| {
                self.near_verdict(&a, &b, o)
            }),
            "contain" => each(json, |(c, s, same): (String, String, bool), o| {
                self.contain_verdict(&c, &s, same, o)
            }),
            "copy_candidate" => each(json, |(a, b): (CopySide, CopySide), o| {
                copy_candidate(&a, &b, o)
            }),
            "doc" => each(json, |(a, b): (DocSide, DocSide), o| {
                self.doc_verdict(&a, &b, o)
            }),
            "doc_candidate" => each(json, |(a, b): (DocLen, DocLen), o| doc_candidate(&a, &b, o)),
            "short" => each(json, |(a, b): (u32, u32), _| could_be_short_copy(a, b)),
            "share" => each(json, |(a, b): (DocSide, DocSide), _| doc_shared(&a, &b)),
            "lines" => each(json, |(a, b): (Lines, Lines), _| lines_verdict(&a, &b)),
            "lines_share" => each(json, |(a, b): (Lines, Lines), _| lines_held(&a, &b)),
            "lead" => each(json, |links: Vec<Link>, _| lead_component(&links)),
            "cluster" => each(json, |(near, m): (bool, Vec<MemberRow>), o| {
                finish_cluster(near, m, o.keep)
            }),
            "best_source" => each(json, |pairs: Vec<Covered>, _| best_source(pairs)),
            "sentence" => each(json, |h: Vec<HolderRow>, o| sentence_runs(h, o)),
            "passage" => each(json, |runs: Vec<RunRow>, _| passage_run(runs)),
            "removed" => each(json, |found: Found, _| removed(found)),
            "settings" => each(json, |(): (), o| super::report::settings_json(o)),
            "clean" => clean_records(json),
            "templated" => each(json, |pairs: Vec<(i64, i64, Vec<[String; 2]>)>, _| {
                (templated_groups(pairs).into_iter())
                    .map(|t| TemplateRow {
                        members: t.members,
                        pairs: t
                            .pairs
                            .into_iter()
                            .map(|(a, b, s)| (a, b, slots_json(s)))
                            .collect(),
                    })
                    .collect::<Vec<_>>()
            }),
            _ => return Err(format!("no building block {stage:?}")),
        };
        out.map_err(|e| format!("{stage}: {e}"))
    }
}

/// What a verified pair is: linked with its scores, a template filled twice (its slots), or
/// neither.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    /// The pair's two scores when linked (Jaccard twice, or the shares covered of copy and
    /// source).
    pub link: Option<[f64; 2]>,
    /// Where a templated pair differs (`[old, new]`); empty when it is not templated.
    pub slots: Vec<[String; 2]>,
}

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

/// A unit's normalized length, signature and cluster (any number naming it) for
/// `could_be_copy`.
#[derive(Debug, Deserialize)]
pub struct CopySide {
    /// Chars of the normalized text.
    pub norm_len: u32,
    /// MinHash signature (empty when none).
    pub sig: Vec<u16>,
    /// The unit's cluster, if any.
    pub cluster: Option<i64>,
}

/// Whether a candidate pair could be a truncated copy and its source.
pub fn copy_candidate(a: &CopySide, b: &CopySide, opts: &DedupOptions) -> bool {
    let same = a.cluster.is_some() && a.cluster == b.cluster;
    could_be_copy(
        (a.norm_len, sig(&a.sig)),
        (b.norm_len, sig(&b.sig)),
        same,
        opts.containment,
    )
}

fn sig(s: &[u16]) -> Option<&Signature> {
    <&Signature>::try_from(s).ok()
}

/// A document's normalized length and signature (empty for none), for [`doc_candidate`].
#[derive(Debug, Deserialize)]
pub struct DocLen {
    /// Chars of the normalized text.
    pub norm_len: u32,
    /// MinHash signature (empty when none).
    pub sig: Vec<u16>,
}

/// Whether documents sharing a loose band are a candidate pair: one could lie mostly inside
/// the other (`tifa dedup`'s filter on loose document buckets).
pub fn doc_candidate(a: &DocLen, b: &DocLen, opts: &DedupOptions) -> bool {
    could_contain_either(
        (a.norm_len, sig(&a.sig)),
        (b.norm_len, sig(&b.sig)),
        opts.containment,
    )
}

/// A document's side of a candidate pair: normalized text, chars, and its paragraphs in
/// clusters (cluster, chars).
#[derive(Debug, Deserialize)]
pub struct DocSide {
    /// The whole normalized text.
    pub norm: String,
    /// Chars of the cleaned text.
    pub chars: usize,
    /// Its paragraphs in clusters: (cluster, chars).
    pub clusters: Vec<(i64, u32)>,
}

/// A [`DocRow::lines`] (or a call's item) as the cluster rules read it.
type Lines = Vec<(i64, u32)>;

fn unsigned(lines: &[(i64, u32)]) -> Vec<(u64, u32)> {
    lines.iter().map(|&(key, n)| (key as u64, n)).collect()
}

/// Documents that cleaning emptied (their [`DocRow::lines`], the earlier first): one page
/// with a line added or dropped, scored by the smaller's share of the larger's chars.
pub fn lines_verdict(a: &[(i64, u32)], b: &[(i64, u32)]) -> Verdict {
    Verdict {
        link: lines_linked(&unsigned(a), &unsigned(b)).map(|j| [j, j]),
        slots: Vec::new(),
    }
}

/// How much of member `a` (its [`DocRow::lines`]) its group's leader `b` holds.
pub fn lines_held(a: &[(i64, u32)], b: &[(i64, u32)]) -> f64 {
    lines_shared(&unsigned(a), &unsigned(b))
}

/// Share of `a`'s text in paragraphs clustered with `b`'s.
pub fn doc_share(a: &DocSide, b: &DocSide) -> f64 {
    share(&a.clusters, &b.clusters, a.chars)
}

/// How much of member `a` its group's leader `b` holds, as `tifa dedup` reports it: the
/// larger of [`doc_share`] and the share of `a`'s 5-char shingles found in `b`.
pub fn doc_shared(a: &DocSide, b: &DocSide) -> f64 {
    let set = |s: &DocSide| shingles(&chars(&s.norm), CONTAINMENT_SHINGLE);
    doc_share(a, b).max(found_in(&set(a), &set(b)))
}

/// A verified pair, `a` before `b`.
#[derive(Debug, Clone, Deserialize)]
pub struct Link {
    /// The earlier place.
    pub a: i64,
    /// The later place.
    pub b: i64,
    /// What the pair is.
    pub verdict: Verdict,
}

/// What leader clustering of one connected component found: each leader with its followers
/// and scores, and the templated pairs it compared (those a single machine reports).
#[derive(Debug, Default, PartialEq, Serialize)]
pub struct Led {
    /// Each leader, with its followers and their scores.
    pub leaders: Vec<(i64, Vec<(i64, f64)>)>,
    /// The templated pairs compared: `(a, b, slots)`.
    pub templated: Vec<(i64, i64, Vec<[String; 2]>)>,
}

/// tifa's leader clustering over the verified pairs of one connected component (linked or
/// templated pairs; others change nothing). Its outcome for a component is its outcome for
/// the corpus: a unit is assigned only through its own verified links.
pub fn lead_component(links: &[Link]) -> Led {
    let mut nodes: Vec<i64> = links.iter().flat_map(|l| [l.a, l.b]).collect();
    nodes.sort_unstable();
    nodes.dedup();
    let index = |n: i64| nodes.binary_search(&n).expect("a node") as u32;
    let mut pairs: Vec<(u32, u32)> = links.iter().map(|l| (index(l.a), index(l.b))).collect();
    pairs.sort_unstable();
    pairs.dedup();
    let verdicts: HashMap<(u32, u32), &Verdict> = (links.iter())
        .map(|l| ((index(l.a), index(l.b)), &l.verdict))
        .collect();
    let compared = Mutex::new(Vec::new());
    let leaders = lead(
        nodes.len(),
        &pairs,
        |_| (),
        |_, a, b| {
            let v = verdicts[&(a as u32, b as u32)];
            if !v.slots.is_empty() {
                let pair = (nodes[a], nodes[b], v.slots.clone());
                compared.lock().expect("not poisoned").push(pair);
            }
            v.link.map(|[score, _]| score)
        },
    );
    let mut templated = compared.into_inner().expect("not poisoned");
    templated.sort();
    Led {
        leaders: (leaders.into_iter())
            .map(|(l, f)| {
                (
                    nodes[l],
                    f.into_iter().map(|(f, s)| (nodes[f], s)).collect(),
                )
            })
            .collect(),
        templated,
    }
}

/// A member of a paragraph cluster as the engine gathered it.
#[derive(Debug, Deserialize)]
pub struct MemberRow {
    /// Its place.
    pub at: i64,
    /// Similarity to the cluster's leader.
    pub score: f64,
    /// Its paragraph; none for a removed line.
    pub paragraph: Option<u32>,
    /// Chars of the normalized text.
    pub norm_len: u32,
}

/// A finished paragraph cluster: members in corpus order, the kept copy, short or not.
#[derive(Debug, PartialEq, Serialize)]
pub struct ClusterRow {
    /// Places and scores, in corpus order.
    pub members: Vec<(i64, f64)>,
    /// Index into `members` of the kept copy.
    pub canonical: usize,
    /// Whether the kept copy is too short for near matching.
    pub short: bool,
}

/// A paragraph cluster's canonical copy and shortness, as `tifa dedup` decides them.
pub fn finish_cluster(near: bool, mut members: Vec<MemberRow>, keep: Keep) -> ClusterRow {
    members.sort_by_key(|m| m.at);
    let units: HashMap<i64, UnitDigest> = (members.iter())
        .map(|m| (m.at, bare_unit(m.paragraph, m.norm_len)))
        .collect();
    let kind = if near {
        RepeatKind::Near
    } else {
        RepeatKind::Exact
    };
    let list = (members.iter())
        .map(|m| Member {
            at: place(m.at),
            score: m.score,
        })
        .collect();
    let c = finish(kind, list, &|at| &units[&number(at)], keep);
    ClusterRow {
        members: c.members.iter().map(|m| (number(m.at), m.score)).collect(),
        canonical: c.canonical,
        short: c.short,
    }
}

/// A unit as the cluster rules read it: only its paragraph and normalized length.
fn bare_unit(paragraph: Option<u32>, norm_len: u32) -> UnitDigest {
    UnitDigest {
        paragraph,
        span: Span::new(0, 0).into(),
        bytes: (0, 0),
        norm: Default::default(),
        norm_len,
        key: 0,
        sig: None,
        excerpt: Default::default(),
    }
}

/// A verified truncated copy: `(copy, source, covers_copy, covers_source)`.
pub type Covered = (i64, i64, f64, f64);

/// The best source of one copy among its verified pairs, as `tifa dedup` picks it (pairs
/// taken in the order of their places).
pub fn best_source(mut pairs: Vec<Covered>) -> Option<Covered> {
    pairs.sort_by_key(|&(c, s, _, _)| (c.min(s), c.max(s)));
    let copy = pairs.first()?.0;
    let best = best_sources(pairs);
    best.get(&copy).map(|&(s, c, cs)| (copy, s, c, cs))
}

/// A holder of a repeated sentence as the engine gathered it.
#[derive(Debug, Deserialize)]
pub struct HolderRow {
    /// Its paragraph's identity: the earliest member of the paragraph's cluster, else the
    /// paragraph.
    pub identity: i64,
    /// Its paragraph's place.
    pub at: i64,
    /// Char span of the sentence.
    pub span: [usize; 2],
    /// Byte span of the sentence.
    pub bytes: [u32; 2],
    /// Paragraphs it stands for: its own and the exact repeats of it.
    pub paragraphs: usize,
}

/// Sentences of paragraph `copy` found in the earlier paragraph `source` (one, for a pair of
/// holders; the run, once merged by [`passage_run`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunRow {
    /// The later paragraph's place.
    pub copy: i64,
    /// The earlier paragraph's place.
    pub source: i64,
    /// The copy's identity (see [`HolderRow`]).
    pub copy_identity: i64,
    /// The source's identity.
    pub source_identity: i64,
    /// Char span of the run in the copy.
    pub copy_span: [usize; 2],
    /// Byte span of the run in the copy.
    pub copy_bytes: [u32; 2],
    /// Char span of the run in the source.
    pub source_span: [usize; 2],
    /// Byte span of the run in the source.
    pub source_bytes: [u32; 2],
    /// Sentences in the run.
    pub sentences: usize,
}

fn stretch(span: [usize; 2], bytes: [u32; 2]) -> Stretch {
    Stretch {
        span: Span::new(span[0], span[1]),
        bytes: (bytes[0], bytes[1]),
    }
}

/// The pairs of paragraphs holding one sentence key (holders in any order), as `tifa
/// dedup` pairs them; none when the sentence is not repeated or is boilerplate. Pairs whose
/// identities are linked as wholes (a truncated copy and its source) are the engine's to drop.
pub fn sentence_runs(mut holders: Vec<HolderRow>, opts: &DedupOptions) -> Vec<RunRow> {
    let paragraphs = holders.iter().map(|h| h.paragraphs).sum();
    if !is_shared_sentence(holders.len(), paragraphs, opts.bucket_cap) {
        return Vec::new();
    }
    holders.sort_by_key(|h| (h.at, h.span[0]));
    let mut list: Vec<Holder> = (holders.iter())
        .map(|h| (place(h.identity), place(h.at), stretch(h.span, h.bytes)))
        .collect();
    let mut out = Vec::new();
    sentence_pairs(&mut list, |source, copy| {
        out.push(RunRow {
            copy: number(copy.1),
            source: number(source.1),
            copy_identity: number(copy.0),
            source_identity: number(source.0),
            copy_span: [copy.2.span.start, copy.2.span.end],
            copy_bytes: [copy.2.bytes.0, copy.2.bytes.1],
            source_span: [source.2.span.start, source.2.span.end],
            source_bytes: [source.2.bytes.0, source.2.bytes.1],
            sentences: 1,
        })
    });
    out
}

/// The runs of one pair of paragraphs merged into one shared passage, if `tifa dedup`
/// reports it.
pub fn passage_run(runs: Vec<RunRow>) -> Option<RunRow> {
    let first = runs.first()?.clone();
    let mut p = SharedPassage {
        copy: place(first.copy),
        copy_span: stretch(first.copy_span, first.copy_bytes),
        source: place(first.source),
        source_span: stretch(first.source_span, first.source_bytes),
        sentences: 0,
    };
    for r in &runs {
        p.copy_span = p.copy_span.union(stretch(r.copy_span, r.copy_bytes));
        p.source_span = p.source_span.union(stretch(r.source_span, r.source_bytes));
        p.sentences += r.sentences;
    }
    is_passage(&p).then_some(RunRow {
        copy_span: [p.copy_span.span.start, p.copy_span.span.end],
        copy_bytes: [p.copy_span.bytes.0, p.copy_span.bytes.1],
        source_span: [p.source_span.span.start, p.source_span.span.end],
        source_bytes: [p.source_span.bytes.0, p.source_span.bytes.1],
        sentences: p.sentences,
        ..first
    })
}

/// A paragraph cluster as [`removed`] reads it.
#[derive(Debug, Deserialize)]
pub struct RemovableCluster {
    /// Near (else exact).
    pub near: bool,
    /// Too short for near matching.
    pub short: bool,
    /// Index of the kept copy in `members`.
    pub canonical: usize,
    /// Places in corpus order, each with its paragraph (none for a removed line).
    pub members: Vec<(i64, Option<u32>)>,
}

/// A truncated copy as [`removed`] reads it.
#[derive(Debug, Deserialize)]
pub struct RemovableCopy {
    /// The copy's place.
    pub copy: i64,
    /// The source's place; none for a passage of the copy's own document.
    pub source: Option<i64>,
    /// Share of the copy found in the source.
    pub covers_copy: f64,
    /// Chars of the copy's normalized text (a short copy is never dropped).
    pub norm_len: u32,
    /// Every occurrence of the copy's exact group, with its paragraph.
    pub occurrences: Vec<(i64, Option<u32>)>,
}

/// What a corpus's deduplication found, as [`removed`] reads it: clusters and copies in the
/// report's order.
#[derive(Debug, Deserialize)]
pub struct Found {
    /// The paragraph clusters.
    pub clusters: Vec<RemovableCluster>,
    /// The truncated copies.
    pub contained: Vec<RemovableCopy>,
}

/// The occurrences a deduplicated corpus drops, each with the index of the cluster (or, past
/// the clusters, of the copy) that explains it, in corpus order: `tifa dedup`'s rule.
pub fn removed(found: Found) -> Vec<(i64, usize)> {
    let mut units: HashMap<i64, UnitDigest> = HashMap::new();
    let mut dedup = Dedup::default();
    for c in found.clusters {
        units.extend(c.members.iter().map(|&(at, p)| (at, bare_unit(p, 0))));
        dedup.clusters.push(Cluster {
            kind: if c.near {
                RepeatKind::Near
            } else {
                RepeatKind::Exact
            },
            short: c.short,
            members: (c.members.iter())
                .map(|&(at, _)| Member {
                    at: place(at),
                    score: 1.0,
                })
                .collect(),
            canonical: c.canonical,
        });
    }
    let mut occurrences: HashMap<At, Vec<At>> = HashMap::new();
    for c in found.contained {
        let unit = |&(at, p): &(i64, Option<u32>)| (at, bare_unit(p, c.norm_len));
        units.extend(c.occurrences.iter().map(unit));
        occurrences.insert(
            place(c.copy),
            c.occurrences.iter().map(|&(at, _)| place(at)).collect(),
        );
        dedup.contained.push(Contained {
            copy: place(c.copy),
            source: c.source.map_or(
                CopySource::Passage {
                    doc: 0,
                    first: 0,
                    last: 0,
                    span: Span::new(0, 0),
                },
                |s| CopySource::Unit(place(s)),
            ),
            covers_copy: c.covers_copy,
            covers_source: None,
        });
    }
    let of = |copy: At| occurrences.get(&copy).map_or(&[][..], Vec::as_slice);
    let list = removable(&dedup, of, &|at: At| &units[&number(at)]);
    list.into_iter().map(|(at, c)| (number(at), c)).collect()
}

/// Templated pairs gathered from every stage, made into groups in corpus order.
pub fn templated_groups(pairs: Vec<(i64, i64, Vec<[String; 2]>)>) -> Vec<Template<i64>> {
    let slots = |s: Vec<[String; 2]>| {
        (s.into_iter())
            .map(|[old, new]| Slot { old, new })
            .collect()
    };
    let pairs = pairs
        .into_iter()
        .map(|(a, b, s)| (a, b, slots(s)))
        .collect();
    Vetoes(Mutex::new(pairs)).groups()
}

/// [`Template`] as JSON: members and pairs (indexes into members, and slots).
#[derive(Serialize)]
struct TemplateRow {
    members: Vec<i64>,
    pairs: Vec<(u32, u32, Vec<[String; 2]>)>,
}

/// Settings for [`call`]: the CLI's defaults unless given.
#[derive(Deserialize)]
struct Call<T> {
    #[serde(default)]
    threshold: Option<f64>,
    #[serde(default)]
    keep_longest: bool,
    #[serde(default)]
    text_field: Option<String>,
    #[serde(default)]
    id_field: Option<String>,
    items: Vec<T>,
}

impl<T> Call<T> {
    fn options(&self) -> DedupOptions {
        let d = DedupOptions::default();
        DedupOptions {
            threshold: self.threshold.unwrap_or(d.threshold),
            keep: if self.keep_longest {
                Keep::Longest
            } else {
                Keep::Earliest
            },
            ..d
        }
    }

    fn input(&self) -> crate::input::InputOptions {
        let d = crate::input::InputOptions::default();
        crate::input::InputOptions {
            text_field: self.text_field.clone().unwrap_or(d.text_field),
            id_field: self.id_field.clone().unwrap_or(d.id_field),
        }
    }
}

/// Runs `each` over the items of a JSON call, with its options.
fn each<T: for<'a> Deserialize<'a>, R: Serialize>(
    json: &str,
    each: impl Fn(T, &DedupOptions) -> R,
) -> serde_json::Result<String> {
    let call: Call<T> = serde_json::from_str(json)?;
    let opts = call.options();
    let out: Vec<R> = call.items.into_iter().map(|t| each(t, &opts)).collect();
    serde_json::to_string(&out)
}

/// A clean-corpus item: path, line, record and the paragraphs dropped.
type CleanItem = (String, usize, String, Vec<(u32, String)>);

/// [`clean_record`] over the items of a JSON call.
fn clean_records(json: &str) -> serde_json::Result<String> {
    let call: Call<CleanItem> = serde_json::from_str(json)?;
    let input = call.input();
    let out: Vec<_> = (call.items.iter())
        .map(|(path, line, text, drop)| clean_record((path, *line, text), drop, &input))
        .collect();
    serde_json::to_string(&out)
}

fn slots_json(slots: Vec<Slot>) -> Vec<[String; 2]> {
    slots.into_iter().map(|s| [s.old, s.new]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(a: i64, b: i64, score: Option<f64>, slots: bool) -> Link {
        Link {
            a,
            b,
            verdict: Verdict {
                link: score.map(|s| [s, s]),
                slots: if slots {
                    vec![["王".into(), "李".into()]]
                } else {
                    Vec::new()
                },
            },
        }
    }

    #[test]
    fn a_component_is_led_as_the_corpus_is() {
        // 1~2 and 2~3 linked, 1/3 templated: 1 leads 2; 3, linked only to the assigned 2,
        // stays alone; 1/3 was compared (both open when 1 led), so it is reported.
        let led = lead_component(&[
            link(1, 2, Some(0.9), false),
            link(2, 3, Some(0.8), false),
            link(1, 3, None, true),
        ]);
        assert_eq!(led.leaders, vec![(1, vec![(2, 0.9)])]);
        assert_eq!(led.templated.len(), 1);
        // 2/3 templated but never compared: 1 took 3 before 2 led.
        let led = lead_component(&[link(1, 3, Some(0.9), false), link(2, 3, None, true)]);
        assert_eq!(led.leaders, vec![(1, vec![(3, 0.9)])]);
        assert!(led.templated.is_empty());
    }

    #[test]
    fn the_best_source_is_the_highest_cover_then_the_first_pair() {
        let best = best_source(vec![(5, 9, 0.9, 0.5), (5, 2, 0.9, 0.4), (5, 7, 0.8, 0.9)]);
        assert_eq!(best, Some((5, 2, 0.9, 0.4)));
    }

    fn holder(identity: i64, at: i64, start: usize) -> HolderRow {
        HolderRow {
            identity,
            at,
            span: [start, start + 30],
            bytes: [0, 90],
            paragraphs: 1,
        }
    }

    #[test]
    fn a_sentence_pairs_each_paragraph_identity_once_and_runs_merge() {
        let opts = DedupOptions::default();
        // Places 1 and 2 are one cluster (identity 1): 3 pairs with 1 only.
        let runs = sentence_runs(
            vec![holder(3, 3, 0), holder(1, 2, 0), holder(1, 1, 40)],
            &opts,
        );
        let pairs: Vec<(i64, i64)> = runs.iter().map(|r| (r.copy, r.source)).collect();
        assert_eq!(pairs, [(3, 1)]);
        assert!(sentence_runs(vec![holder(1, 1, 0)], &opts).is_empty());
        let mut second = runs[0].clone();
        second.copy_span = [50, 60];
        let merged = passage_run(vec![runs[0].clone(), second]).expect("two sentences");
        assert_eq!((merged.copy_span, merged.sentences), ([0, 60], 2));
        let mut short = runs[0].clone();
        short.copy_span = [0, 10];
        assert_eq!(passage_run(vec![short]), None);
    }

    /// A document side of the verdict with no paragraph clusters.
    fn side(text: &str) -> DocSide {
        DocSide {
            norm: text.to_string(),
            chars: text.chars().count(),
            clusters: Vec::new(),
        }
    }

    #[test]
    fn items_dated_on_other_days_are_not_linked_as_the_cli_decides() {
        let body = "影片远山发布新海报讲述一位护林员在深山里守护森林三十年的故事由青年导演执导众多演员参演五月九日上映";
        let a = side(&format!("晨光娱乐讯北京时间3月2日消息{body}"));
        let other = side(&format!("晨光娱乐讯北京时间3月5日消息{body}角色海报"));
        let redated = side(&format!("晨光娱乐讯北京时间3月5日消息{body}"));
        let (blocks, opts) = (Blocks::default(), DedupOptions::default());
        assert!(blocks.doc_verdict(&a, &other, &opts).link.is_none());
        assert!(blocks.doc_verdict(&a, &redated, &opts).link.is_some());
    }

    #[test]
    fn a_follow_up_quoting_an_item_is_not_linked_as_the_cli_decides() {
        let story = "3月4日歌手晨星发行新歌随后榜单榜首始终被另一位歌手的新歌占据3月7日该歌手所属公司发布声明称榜单数据真实有效截图显示专辑仍可下载只是排名跌落";
        let item = side(&format!("晨光娱乐讯据外媒{story}"));
        let follow = side(&format!(
            "晨光娱乐讯3月9日外媒称该专辑销量不计入榜单此前{story}"
        ));
        let repost = side(&format!("晨光娱乐讯3月9日消息据外媒{story}"));
        let (blocks, opts) = (Blocks::default(), DedupOptions::default());
        assert!(blocks.doc_verdict(&item, &follow, &opts).link.is_none());
        assert!(blocks.doc_verdict(&item, &repost, &opts).link.is_some());
    }

    #[test]
    fn a_clean_corpus_drops_copies_but_keeps_the_canonical() {
        let found = Found {
            clusters: vec![RemovableCluster {
                near: false,
                short: false,
                canonical: 0,
                members: vec![(1 << 32, Some(0)), (2 << 32, Some(0)), (2 << 32 | 1, None)],
            }],
            contained: Vec::new(),
        };
        assert_eq!(removed(found), [(2 << 32, 0)]);
    }
}
