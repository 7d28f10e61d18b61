//! The files of `tifa dedup`: `duplicates.json` (`-o`, and in `tifa analyze`), and with
//! `--write-clean` the lines of `dedup-removed.jsonl` and `clean-paths.jsonl`.
//! `dedup::report` writes `duplicates.json` with these types (its arrays item by item); they
//! read every file back (re-exported by the `json` module).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Text borrowed when written, owned when read back.
type Text<'a> = Cow<'a, str>;

/// `duplicates.json`: every repeat found, with the settings and counts of the run.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DuplicatesJson<'a> {
    /// The version of this schema.
    pub schema_version: Text<'a>,
    /// The settings of the run.
    pub settings: DedupSettingsJson<'a>,
    /// Counts of the run.
    pub stats: DedupStatsJson,
    /// Paragraphs repeated exactly or nearly.
    pub clusters: Vec<ClusterJson<'a>>,
    /// Paragraphs contained in a longer one (truncated copies).
    pub contained: Vec<ContainedJson<'a>>,
    /// Documents repeated whole or nearly.
    pub documents: Vec<DocumentClusterJson<'a>>,
    /// Runs of sentences shared by two documents.
    pub passages: Vec<SharedPassageJson<'a>>,
    /// Paragraphs of one template with different slots filled in.
    pub templated: Vec<TemplatedJson<'a>>,
    /// Documents of one template.
    pub templated_documents: Vec<TemplatedDocumentsJson<'a>>,
    /// LSH buckets too large to compare pair by pair.
    pub giant_buckets: Vec<GiantBucketJson<'a>>,
}

/// The settings of a dedup run.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DedupSettingsJson<'a> {
    /// Jaccard similarity that makes a near-duplicate.
    pub threshold: f64,
    /// Share of the shorter text inside the longer that makes a truncated copy.
    pub containment: f64,
    /// Jaccard similarity that makes near-duplicate documents.
    pub document_threshold: f64,
    /// Which copy is kept: `earliest` or `longest`.
    pub keep: Text<'a>,
    /// LSH buckets larger than this are reported, not compared.
    pub bucket_cap: usize,
    /// How texts are shingled.
    pub shingles: Text<'a>,
    /// MinHash hashes per text.
    pub hashes: usize,
    /// LSH bands.
    pub bands: usize,
    /// Rows per band.
    pub rows: usize,
}

/// Counts of a dedup run.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DedupStatsJson {
    /// Documents read.
    pub documents: usize,
    /// Paragraphs of the cleaned documents.
    pub paragraphs: usize,
    /// Paragraphs too short to compare.
    pub paragraphs_too_short: usize,
    /// Paragraphs a deduplicated corpus drops.
    pub duplicate_paragraphs: usize,
    /// Chars a deduplicated corpus drops.
    pub removable_chars: usize,
    /// Entries of `clusters`.
    pub clusters: usize,
    /// Entries of `contained`.
    pub contained: usize,
    /// Entries of `documents`.
    pub document_clusters: usize,
    /// Entries of `passages`.
    pub passages: usize,
    /// Entries of `giant_buckets`.
    pub giant_buckets: usize,
    /// Entries of `templated`.
    pub templated: usize,
    /// Entries of `templated_documents`.
    pub templated_documents: usize,
}

/// A paragraph (or a line cleaning removed) of a document.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlaceJson<'a> {
    /// The document's id.
    pub doc: Text<'a>,
    /// Index of the paragraph; `null` for a line cleaning removed.
    pub paragraph: Option<u32>,
    /// `[start, end)` in chars of the cleaned text.
    pub span: [usize; 2],
    /// `[start, end)` in bytes of the source.
    pub bytes: [u32; 2],
    /// Similarity to the cluster's canonical member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// A line cleaning already removed (a byline, a caption).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub removed_line: bool,
}

/// Paragraphs repeated exactly (`exact`) or nearly (`near`).
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClusterJson<'a> {
    /// `c1`, `c2`, …
    pub id: Text<'a>,
    /// `exact` or `near`.
    pub kind: Text<'a>,
    /// Under 20 normalized chars: compared exactly only.
    pub short: bool,
    /// Members.
    pub size: usize,
    /// Chars of the canonical member.
    pub chars: usize,
    /// Chars a deduplicated corpus drops.
    pub removable_chars: usize,
    /// Index in `members` of the copy kept.
    pub canonical: usize,
    /// The start of the canonical text.
    pub excerpt: Text<'a>,
    /// Where the copies stand.
    pub members: Vec<PlaceJson<'a>>,
    /// Only the first 10,000 of `size` members are listed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub members_truncated: bool,
}

/// A run of paragraphs of one document.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PassageJson<'a> {
    /// The document's id.
    pub doc: Text<'a>,
    /// `[first, last]` paragraph indexes.
    pub paragraphs: [u32; 2],
    /// `[start, end)` in chars of the cleaned text.
    pub span: [usize; 2],
}

/// What a truncated copy is contained in: a paragraph or a run of paragraphs.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum ContainerJson<'a> {
    /// One paragraph.
    Paragraph(PlaceJson<'a>),
    /// Consecutive paragraphs.
    Passage(PassageJson<'a>),
}

/// A paragraph contained in a longer text.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ContainedJson<'a> {
    /// `t1`, `t2`, …
    pub id: Text<'a>,
    /// `contained`.
    pub kind: Text<'a>,
    /// The shorter text.
    pub copy: PlaceJson<'a>,
    /// The longer text holding it.
    pub source: ContainerJson<'a>,
    /// Share of the copy's shingles found in the source.
    pub covers_copy: f64,
    /// Share of the source's shingles found in the copy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub covers_source: Option<f64>,
    /// The start of the copy.
    pub excerpt: Text<'a>,
}

/// A member of a group of duplicate documents.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentMemberJson<'a> {
    /// The document's id.
    pub doc: Text<'a>,
    /// Jaccard similarity to the canonical document.
    pub jaccard: f64,
    /// Share of its text repeated in the canonical document.
    pub shared: f64,
}

/// Documents repeated whole (`exact`) or nearly (`near`).
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentClusterJson<'a> {
    /// `exact` or `near`.
    pub kind: Text<'a>,
    /// Members.
    pub size: usize,
    /// Index in `members` of the copy kept.
    pub canonical: usize,
    /// The documents.
    pub members: Vec<DocumentMemberJson<'a>>,
    /// Documents that cleaning emptied (an editor roster), compared by the lines it removed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub removed_lines: bool,
}

/// A run of sentences one document shares with another.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SharedPassageJson<'a> {
    /// `s1`, `s2`, …
    pub id: Text<'a>,
    /// `passage`.
    pub kind: Text<'a>,
    /// The later copy.
    pub copy: PlaceJson<'a>,
    /// The text it repeats.
    pub source: PlaceJson<'a>,
    /// Sentences shared.
    pub sentences: usize,
}

/// Two members of a template and the slots where they differ.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SlotsJson<'a> {
    /// Indexes of the two members.
    pub members: [u32; 2],
    /// `[old, new]` text of each slot that differs.
    pub differ: Vec<[Text<'a>; 2]>,
}

/// Paragraphs of one template with different slots filled in.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TemplatedJson<'a> {
    /// `m1`, `m2`, …
    pub id: Text<'a>,
    /// `templated`.
    pub kind: Text<'a>,
    /// Members.
    pub size: usize,
    /// The start of the first member.
    pub excerpt: Text<'a>,
    /// Where the members stand.
    pub members: Vec<PlaceJson<'a>>,
    /// Pairs of members and their slots.
    pub pairs: Vec<SlotsJson<'a>>,
}

/// Documents of one template.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TemplatedDocumentsJson<'a> {
    /// `md1`, `md2`, …
    pub id: Text<'a>,
    /// `templated`.
    pub kind: Text<'a>,
    /// Members.
    pub size: usize,
    /// The documents' ids.
    pub members: Vec<Text<'a>>,
    /// Pairs of members and their slots.
    pub pairs: Vec<SlotsJson<'a>>,
}

/// An LSH bucket too large to compare pair by pair.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GiantBucketJson<'a> {
    /// Texts in the bucket.
    pub size: usize,
    /// One of them.
    pub example: PlaceJson<'a>,
    /// Its start.
    pub excerpt: Text<'a>,
}

/// A line of `dedup-removed.jsonl`: the paragraphs a deduplicated document lost.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RemovedJson<'a> {
    /// The document's id.
    pub id: Text<'a>,
    /// The paragraphs dropped, in text order.
    pub removed: Vec<RemovedParagraphJson<'a>>,
}

/// A paragraph a deduplicated document lost.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RemovedParagraphJson<'a> {
    /// The id of the entry of `duplicates.json` it repeats.
    pub cluster: Text<'a>,
    /// Index of the paragraph in the cleaned document.
    pub paragraph: u32,
    /// `[start, end)` in chars of the cleaned text.
    pub span: [usize; 2],
}

/// A line of `clean-paths.jsonl`: where a JSONL document's deduplicated text was written.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CleanPathJson<'a> {
    /// The document's id.
    pub id: Text<'a>,
    /// The file written, relative to the output folder.
    pub path: Text<'a>,
}
