//! Comparing two versions of a document (this year's report against last year's): sentences
//! and paragraphs aligned by similarity with moves found, word-level changes inside changed
//! sentences, numeric claims and programs/slogans compared. Rendering is in `render`.

pub(crate) mod align;
pub mod facts;
pub mod inline;
pub mod render;

use crate::claims;
use crate::document::{CleanDocument, Span};
use crate::lexicon::Lexicon;
use crate::segment::segment;
use crate::terms::whole_words;
use crate::terms::{self, Category};
use align::{align, normalized, Alignment};
use inline::{only_moves, Op, Side};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

/// Time allowed for all word-level diffs of one document pair; past it, `similar` gives
/// coarser diffs instead of hanging on pathological input.
const INLINE_DEADLINE: Duration = Duration::from_secs(2);

/// What happened to a unit.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The same text in both versions, in place.
    Unchanged,
    /// Paired with a text that differs.
    Changed,
    /// Paired out of order: moved (its text may differ too).
    Moved,
    /// Only in the new version.
    Added,
    /// Only in the old version.
    Removed,
}

/// A sentence or paragraph of one version.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UnitRef {
    /// Index of the unit in that version.
    pub index: usize,
    /// Char range in that version's cleaned text.
    pub span: [usize; 2],
    /// The unit's text.
    pub text: String,
}

/// One aligned unit: in both versions (unchanged, changed, moved) or in one.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AlignedUnit {
    /// What happened to it.
    pub status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// The unit in the old version.
    pub old: Option<UnitRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// The unit in the new version.
    pub new: Option<UnitRef>,
    /// Dice similarity over char bigrams, for paired units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub similarity: Option<f64>,
    /// Word-level changes of a changed pair (a moved pair too when its text changed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ops: Vec<Op>,
}

/// Units by status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UnitCounts {
    /// Units unchanged.
    pub unchanged: usize,
    /// Units changed.
    pub changed: usize,
    /// Units moved.
    pub moved: usize,
    /// Units added.
    pub added: usize,
    /// Units removed.
    pub removed: usize,
}

impl UnitCounts {
    fn of(units: &[AlignedUnit]) -> UnitCounts {
        let mut c = UnitCounts::default();
        for u in units {
            *match u.status {
                Status::Unchanged => &mut c.unchanged,
                Status::Changed => &mut c.changed,
                Status::Moved => &mut c.moved,
                Status::Added => &mut c.added,
                Status::Removed => &mut c.removed,
            } += 1;
        }
        c
    }
}

/// The version a side of the comparison comes from.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Version {
    /// The document's id.
    pub id: String,
    /// The file it was read from.
    pub path: String,
}

/// The comparison of two versions (schema in `docs/schema.md`).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DocDiff {
    /// The version of the JSON schema.
    pub schema_version: Cow<'static, str>,
    /// The old version.
    pub old: Version,
    /// The new version.
    pub new: Version,
    /// The cleaned texts are the same.
    pub identical: bool,
    /// Sentences by what happened to them.
    pub sentence_counts: UnitCounts,
    /// Paragraphs by what happened to them.
    pub paragraph_counts: UnitCounts,
    /// Programs and slogans new, dropped, succeeded or kept.
    pub terms: facts::TermChanges,
    /// Numeric claims paired across the versions.
    pub claims: facts::ClaimChanges,
    /// Paragraphs in the order of the new version, removed ones where they stood.
    pub paragraphs: Vec<AlignedUnit>,
    /// Sentences in the order of the new version, removed ones where they stood.
    pub sentences: Vec<AlignedUnit>,
}

/// One version made ready for comparison.
struct Prepared<'a> {
    doc: &'a CleanDocument,
    chars: &'a [char],
    sentences: Vec<Span>,
    /// Token spans of each sentence.
    tokens: Vec<Vec<Span>>,
    claims: Vec<claims::Claim>,
    terms: Vec<terms::Term>,
}

/// Compares two cleaned versions. The programs and slogans of both are added to the
/// lexicon first, so they are whole words in the word-level diff.
pub fn compare(old: &CleanDocument, new: &CleanDocument, lexicon: &Lexicon) -> DocDiff {
    let old_terms = lexicon.extract_terms(old);
    let new_terms = lexicon.extract_terms(new);
    let found: Vec<terms::Term> = old_terms
        .iter()
        .chain(&new_terms)
        .filter(|t| matches!(t.category, Category::Program | Category::Slogan))
        .cloned()
        .collect();
    let lexicon = lexicon.with_terms(&found);
    let old = prepare(old, old_terms, &lexicon);
    let new = prepare(new, new_terms, &lexicon);
    let deadline = Instant::now() + INLINE_DEADLINE;

    let sentence_units = |p: &Prepared| -> Vec<Vec<char>> {
        p.sentences
            .iter()
            .map(|s| normalized(&p.chars[s.start..s.end]))
            .collect()
    };
    let sentence_alignment = align(&sentence_units(&old), &sentence_units(&new));
    let sentences = sentence_list(&old, &new, &sentence_alignment, deadline);
    let paragraph_units = |p: &Prepared| -> Vec<Vec<char>> {
        p.doc
            .paragraphs
            .iter()
            .map(|para| normalized(&p.chars[para.span.start..para.span.end]))
            .collect()
    };
    let paragraph_alignment = align(&paragraph_units(&old), &paragraph_units(&new));
    let paragraph_spans =
        |p: &Prepared| -> Vec<Span> { p.doc.paragraphs.iter().map(|x| x.span).collect() };
    let (old_spans, new_spans) = (paragraph_spans(&old), paragraph_spans(&new));
    let paragraphs: Vec<AlignedUnit> = in_new_order(&paragraph_alignment)
        .into_iter()
        .map(|e| unit_of(e, &old, &new, &old_spans, &new_spans))
        .collect();
    let sentence_pairs: BTreeMap<usize, usize> = sentence_alignment
        .pairs
        .iter()
        .map(|p| (p.old, p.new))
        .collect();
    DocDiff {
        schema_version: crate::SCHEMA_VERSION.into(),
        old: version(old.doc),
        new: version(new.doc),
        identical: old.doc.text == new.doc.text,
        sentence_counts: UnitCounts::of(&sentences),
        paragraph_counts: UnitCounts::of(&paragraphs),
        terms: facts::terms(&old.terms, &new.terms),
        claims: facts::claims(&old.claims, &new.claims, &sentence_pairs),
        paragraphs,
        sentences,
    }
}

fn version(doc: &CleanDocument) -> Version {
    Version {
        id: doc.id.clone(),
        path: doc.origin.path.clone(),
    }
}

fn prepare<'a>(doc: &'a CleanDocument, terms: Vec<terms::Term>, lexicon: &Lexicon) -> Prepared<'a> {
    let chars = doc.chars();
    let sentences: Vec<Span> = doc
        .paragraphs
        .iter()
        .flat_map(|p| p.sentences.iter().copied())
        .collect();
    let whole = whole_words(chars, &terms);
    let seg = segment(doc.clone(), lexicon.jieba(), &whole);
    let mut tokens = vec![Vec::new(); sentences.len()];
    for t in &seg.tokens {
        if let Some(s) = tokens.get_mut(t.sentence as usize) {
            s.push(t.span);
        }
    }
    Prepared {
        claims: claims::extract(doc, lexicon.jieba(), lexicon.compounds()),
        doc,
        chars,
        sentences,
        tokens,
        terms,
    }
}

/// An entry of the output order: a pair, or a unit of one side.
#[derive(Debug, Clone, Copy)]
enum Entry {
    Pair(usize, usize, f64, bool),
    Added(usize),
    Removed(usize),
}

/// The alignment in the order of the new version, each removed unit after the new unit
/// that its predecessor in the old version was paired with.
fn in_new_order(a: &Alignment) -> Vec<Entry> {
    let mut keyed: Vec<((usize, usize, usize), Entry)> = Vec::new();
    for p in &a.pairs {
        keyed.push((
            (p.new, 0, 0),
            Entry::Pair(p.old, p.new, p.similarity, p.in_order),
        ));
    }
    for &j in &a.added {
        keyed.push(((j, 0, 0), Entry::Added(j)));
    }
    let new_of: BTreeMap<usize, usize> = a.pairs.iter().map(|p| (p.old, p.new)).collect();
    for &i in &a.removed {
        let after = new_of.range(..i).next_back().map_or(0, |(_, &j)| j);
        keyed.push(((after, 1, i), Entry::Removed(i)));
    }
    keyed.sort_by_key(|(k, _)| *k);
    keyed.into_iter().map(|(_, e)| e).collect()
}

fn unit_ref(p: &Prepared, spans: &[Span], index: usize) -> UnitRef {
    let s = spans[index];
    UnitRef {
        index,
        span: [s.start, s.end],
        text: p.chars[s.start..s.end].iter().collect(),
    }
}

/// A unit without word-level changes (paragraphs; sentences before their ops are added).
fn unit_of(
    e: Entry,
    old: &Prepared,
    new: &Prepared,
    old_spans: &[Span],
    new_spans: &[Span],
) -> AlignedUnit {
    let (status, o, n, similarity) = match e {
        Entry::Pair(i, j, s, in_order) => {
            let status = match (s == 1.0, in_order) {
                (_, false) => Status::Moved,
                (true, true) => Status::Unchanged,
                (false, true) => Status::Changed,
            };
            (status, Some(i), Some(j), Some(s))
        }
        Entry::Added(j) => (Status::Added, None, Some(j), None),
        Entry::Removed(i) => (Status::Removed, Some(i), None, None),
    };
    AlignedUnit {
        status,
        old: o.map(|i| unit_ref(old, old_spans, i)),
        new: n.map(|j| unit_ref(new, new_spans, j)),
        similarity,
        ops: Vec::new(),
    }
}

/// Sentences with word-level changes for pairs whose text differs (a pair that differs
/// only by moved clauses is `moved`).
fn sentence_list(
    old: &Prepared,
    new: &Prepared,
    a: &Alignment,
    deadline: Instant,
) -> Vec<AlignedUnit> {
    let with_changes = |e: Entry| {
        let mut unit = unit_of(e, old, new, &old.sentences, &new.sentences);
        if let Entry::Pair(i, j, _, _) = e {
            let (o, n) = (
                &unit.old.as_ref().expect("paired").text,
                &unit.new.as_ref().expect("paired").text,
            );
            if o != n {
                unit.ops = inline::diff(
                    &Side {
                        chars: old.chars,
                        tokens: &old.tokens[i],
                    },
                    &Side {
                        chars: new.chars,
                        tokens: &new.tokens[j],
                    },
                    deadline,
                );
                if unit.status == Status::Changed && only_moves(&unit.ops) {
                    unit.status = Status::Moved;
                }
                if unit.status == Status::Unchanged {
                    // Same letters, other punctuation or spacing.
                    unit.status = Status::Changed;
                }
            }
        }
        unit
    };
    in_new_order(a).into_iter().map(with_changes).collect()
}
