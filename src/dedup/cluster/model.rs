//! What corpus-level deduplication finds, and its settings.

use super::super::digest::CONTAINMENT;
use super::Template;

/// Which copy of a cluster is kept.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Default,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Keep {
    /// The first in document id order, then position.
    #[default]
    Earliest,
    /// The longest; ties go to the earliest.
    Longest,
}

/// Deduplication settings (defaults and their reasons in `docs/dedup.md`).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct DedupOptions {
    /// Jaccard similarity of shingle sets that makes a near-duplicate.
    pub threshold: f64,
    /// Share of the smaller text's shingles inside the larger that makes a truncated copy.
    pub containment: f64,
    /// Which copy of a cluster is kept.
    pub keep: Keep,
    /// LSH buckets larger than this are reported, not compared pair by pair.
    pub bucket_cap: usize,
    /// Documents whose Jaccard is at least this are near-duplicate documents.
    pub document_threshold: f64,
}

impl Default for DedupOptions {
    fn default() -> Self {
        DedupOptions {
            threshold: 0.7,
            containment: CONTAINMENT,
            keep: Keep::Earliest,
            bucket_cap: 200,
            document_threshold: 0.7,
        }
    }
}

/// A paragraph (or removed line) occurrence: document index and unit index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct At {
    /// Document index, in corpus order.
    pub doc: u32,
    /// Unit index in the document's [`UnitDigest`](crate::dedup::UnitDigest)s.
    pub unit: u32,
}

/// How the members of a cluster repeat each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RepeatKind {
    /// The same normalized text.
    Exact,
    /// Near-duplicates: similar enough by Jaccard (or, for documents, containment).
    Near,
}

/// A member of a cluster with its similarity to the canonical member.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Member {
    /// Where it stands.
    pub at: At,
    /// Jaccard similarity with the leader that linked it (1 for exact copies).
    pub score: f64,
}

/// Repeated paragraphs.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    /// Exact or near repeats.
    pub kind: RepeatKind,
    /// Normalized text shorter than [`MIN_NEAR_CHARS`](crate::dedup::digest::MIN_NEAR_CHARS):
    /// a repeated heading, byline or label.
    pub short: bool,
    /// In document order.
    pub members: Vec<Member>,
    /// Index into `members` of the copy that is kept.
    pub canonical: usize,
}

/// Where a truncated copy's text stands in full.
#[derive(Debug, Clone, PartialEq)]
pub enum CopySource {
    /// A paragraph of another document (or of the same).
    Unit(At),
    /// Paragraphs `first..=last` of a document.
    Passage {
        /// Document index.
        doc: u32,
        /// First paragraph.
        first: u32,
        /// Last paragraph.
        last: u32,
        /// Char span of the passage in the cleaned text.
        span: crate::document::Span,
    },
}

/// "`copy` is a truncated copy of `source`, covering `covers_copy` of the copy and
/// `covers_source` of the source."
#[derive(Debug, Clone, PartialEq)]
pub struct Contained {
    /// The truncated copy.
    pub copy: At,
    /// Where its text stands in full.
    pub source: CopySource,
    /// Share of the copy's 5-char shingles found in the source.
    pub covers_copy: f64,
    /// Share of the source's shingles found in the copy (none for a passage).
    pub covers_source: Option<f64>,
}

/// A run of sentences of one paragraph found in another paragraph that is neither its copy
/// nor its source as a whole.
#[derive(Debug, Clone, PartialEq)]
pub struct SharedPassage {
    /// The later paragraph.
    pub copy: At,
    /// Where the shared sentences stand in it.
    pub copy_span: Stretch,
    /// The earlier paragraph.
    pub source: At,
    /// Where the shared sentences stand in it.
    pub source_span: Stretch,
    /// Sentences shared.
    pub sentences: usize,
}

/// A char span of the cleaned text and the original bytes that hold it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stretch {
    /// Char span of the cleaned text.
    pub span: crate::document::Span,
    /// Byte range of the original.
    pub bytes: (u32, u32),
}

impl Stretch {
    /// The stretch from the start of the earlier to the end of the later.
    /// The smallest stretch holding both.
    pub fn union(self, other: Stretch) -> Stretch {
        Stretch {
            span: crate::document::Span::new(
                self.span.start.min(other.span.start),
                self.span.end.max(other.span.end),
            ),
            bytes: (
                self.bytes.0.min(other.bytes.0),
                self.bytes.1.max(other.bytes.1),
            ),
        }
    }
}

/// Near-duplicate or identical documents.
#[derive(Debug, Clone, PartialEq)]
pub struct DocCluster {
    /// Identical or near-duplicate documents.
    pub kind: RepeatKind,
    /// Document index, Jaccard with the canonical, and share of its text found in the
    /// canonical (in paragraphs that repeat the canonical's, or as 5-char shingles).
    pub members: Vec<(u32, f64, f64)>,
    /// Index into `members` of the document that is kept.
    pub canonical: usize,
    /// Documents that cleaning emptied, compared by the lines it removed (editor rosters):
    /// they hold no paragraph.
    pub removed_lines: bool,
}

/// An LSH bucket too large to compare pair by pair.
#[derive(Debug, Clone, PartialEq)]
pub struct GiantBucket {
    /// Reps in the bucket.
    pub size: usize,
    /// Its first member.
    pub example: At,
}

/// What deduplication found.
#[derive(Debug, Clone, Default)]
pub struct Dedup {
    /// Repeated paragraphs, by canonical occurrence.
    pub clusters: Vec<Cluster>,
    /// Paragraphs that share a template: never merged, never dropped.
    pub templated: Vec<Template<At>>,
    /// Documents that share a template (by document index).
    pub templated_documents: Vec<Template<u32>>,
    /// Truncated copies, by copy.
    pub contained: Vec<Contained>,
    /// Identical or near-duplicate documents, by canonical.
    pub documents: Vec<DocCluster>,
    /// Runs of sentences shared by paragraphs, by copy and source.
    pub passages: Vec<SharedPassage>,
    /// LSH buckets too large to compare, largest first.
    pub giant_buckets: Vec<GiantBucket>,
    /// Occurrences a deduplicated corpus drops, with the index of the cluster (or, past the
    /// clusters, of the containment) that explains each.
    pub removable: Vec<(At, usize)>,
}
