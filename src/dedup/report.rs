//! The public JSON of deduplication (`docs/schema.md`) and its terminal summary.

use super::cluster::{
    At, Cluster, CopySource, Dedup, DedupOptions, DocCluster, Keep, RepeatKind, Stretch,
};
use super::digest::{Digested, DocDigest, UnitDigest};
#[cfg(doc)]
use super::json::DuplicatesJson;
use super::json::{
    ClusterJson, ContainedJson, ContainerJson, DedupSettingsJson, DedupStatsJson,
    DocumentClusterJson, DocumentMemberJson, GiantBucketJson, PassageJson, PlaceJson,
    SharedPassageJson, SlotsJson, TemplatedDocumentsJson, TemplatedJson,
};
use super::minhash::{BANDS, HASHES, ROWS};
use crate::terminal::{self, columns, cut, pad, safe, safe_line};
use crate::SCHEMA_VERSION;
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// Two members of a template and the slots where they differ (`[old, new]` pairs).
fn slots_json(pairs: &[(u32, u32, Vec<super::templated::Slot>)]) -> Vec<SlotsJson<'_>> {
    pairs
        .iter()
        .map(|(a, b, slots)| SlotsJson {
            members: [*a, *b],
            differ: slots
                .iter()
                .map(|s| [s.old.as_str().into(), s.new.as_str().into()])
                .collect(),
        })
        .collect()
}

/// Members listed per cluster, at most: a paragraph repeated a million times is one cluster
/// of size 1,000,000 with its first 10,000 places, not a 250 MB report.
pub const MEMBERS_LISTED: usize = 10_000;

/// `duplicates.json` as written: [`DuplicatesJson`] with its arrays made as they are written.
#[derive(Serialize)]
struct ReportJson<'a> {
    schema_version: &'static str,
    settings: DedupSettingsJson<'static>,
    stats: DedupStatsJson,
    clusters: Lazy<'a, ClusterJson<'a>>,
    contained: Lazy<'a, ContainedJson<'a>>,
    documents: Lazy<'a, DocumentClusterJson<'a>>,
    passages: Lazy<'a, SharedPassageJson<'a>>,
    templated: Lazy<'a, TemplatedJson<'a>>,
    templated_documents: Lazy<'a, TemplatedDocumentsJson<'a>>,
    giant_buckets: Lazy<'a, GiantBucketJson<'a>>,
}

/// A JSON array made item by item as it is written: at corpus scale the report's arrays are
/// not held whole beside the result they describe.
struct Lazy<'a, T>(Box<dyn Fn() -> Box<dyn Iterator<Item = T> + 'a> + 'a>);

impl<'a, T: 'a> Lazy<'a, T> {
    fn of<I: Iterator<Item = T> + 'a>(make: impl Fn() -> I + 'a) -> Self {
        Lazy(Box::new(move || Box::new(make())))
    }
}

impl<T: Serialize> Serialize for Lazy<'_, T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn kind_name(k: RepeatKind) -> &'static str {
    match k {
        RepeatKind::Exact => "exact",
        RepeatKind::Near => "near",
    }
}

/// Corpus counts of a dedup result.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(deny_unknown_fields)]
pub struct DedupCounts {
    /// Documents read.
    pub documents: usize,
    /// Every paragraph of the cleaned documents, as `tifa clean` counts them.
    pub paragraphs: usize,
    /// Paragraphs under 4 normalized chars (a lone number, a bullet): not compared.
    pub paragraphs_too_short: usize,
    /// Paragraphs a deduplicated corpus drops.
    pub duplicate_paragraphs: usize,
    /// Chars of the paragraphs it drops.
    pub removable_chars: usize,
    /// Documents that repeat another whole (each group's copies past its first).
    pub duplicate_documents: usize,
}

/// DedupCounts of documents, paragraphs and what a deduplicated corpus drops.
pub(crate) fn counts(docs: &[DocDigest], dedup: &Dedup) -> DedupCounts {
    let paragraphs = docs.iter().map(|d| d.paragraphs).sum::<usize>();
    let compared: usize = docs
        .iter()
        .map(|d| d.units.iter().filter(|u| u.paragraph.is_some()).count())
        .sum();
    DedupCounts {
        documents: docs.len(),
        paragraphs,
        paragraphs_too_short: paragraphs - compared,
        duplicate_paragraphs: dedup.removable.len(),
        removable_chars: dedup
            .removable
            .iter()
            .map(|(at, _)| {
                docs[at.doc as usize].units[at.unit as usize]
                    .span
                    .get()
                    .len()
            })
            .sum(),
        duplicate_documents: dedup.documents.iter().map(|d| d.members.len() - 1).sum(),
    }
}

/// The `settings` object of `duplicates.json` for `opts`, as JSON text (for reports written
/// elsewhere).
pub fn settings_json(opts: &DedupOptions) -> String {
    serde_json::to_string(&settings(opts)).expect("plain fields")
}

/// Writes the dedup result as pretty JSON (and a newline), straight to `w`: at corpus scale
/// the text runs to hundreds of megabytes.
pub(crate) fn write_json(
    w: &mut dyn std::io::Write,
    docs: &Digested,
    dedup: &Dedup,
    opts: &DedupOptions,
) -> crate::error::Result<()> {
    let report = ReportJson {
        schema_version: SCHEMA_VERSION,
        settings: settings(opts),
        stats: stats(docs, dedup),
        clusters: clusters_json(docs, dedup),
        contained: contained_json(docs, dedup),
        documents: documents_json(docs, dedup),
        passages: passages_json(docs, dedup),
        templated: templated_json(docs, dedup),
        templated_documents: templated_documents_json(docs, dedup),
        giant_buckets: Lazy::of(move || {
            dedup.giant_buckets.iter().map(move |g| GiantBucketJson {
                size: g.size,
                example: place(docs, g.example, None),
                excerpt: docs.excerpt(unit(docs, g.example)).into(),
            })
        }),
    };
    // The pretty printer writes a few bytes at a time (a bracket, each level of an indent):
    // buffered here, they are copies into one buffer rather than calls through `w`.
    use std::io::Write as _;
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, w);
    serde_json::to_writer_pretty(&mut buffered, &report)
        .map_err(std::io::Error::from)
        .and_then(|()| buffered.write_all(b"\n"))
        .and_then(|()| buffered.flush())
        .map_err(|e| crate::error::Error::io("duplicates JSON", e))
}

/// The unit at `at`.
fn unit(docs: &[DocDigest], at: At) -> &UnitDigest {
    &docs[at.doc as usize].units[at.unit as usize]
}

/// Where a unit stands, with its score when it has one.
fn place(docs: &Digested, at: At, score: Option<f64>) -> PlaceJson<'_> {
    let u = unit(docs, at);
    PlaceJson {
        doc: docs[at.doc as usize].id.as_str().into(),
        paragraph: u.paragraph,
        span: [u.span.get().start, u.span.get().end],
        bytes: [u.bytes.0, u.bytes.1],
        score: score.map(round),
        removed_line: u.paragraph.is_none(),
    }
}

/// The settings as the report shows them.
fn settings(opts: &DedupOptions) -> DedupSettingsJson<'static> {
    DedupSettingsJson {
        threshold: opts.threshold,
        containment: opts.containment,
        document_threshold: opts.document_threshold,
        keep: match opts.keep {
            Keep::Earliest => "earliest",
            Keep::Longest => "longest",
        }
        .into(),
        bucket_cap: opts.bucket_cap,
        shingles:
            "3 chars for near-duplicates, 5 for containment; exact only under 20 normalized chars"
                .into(),
        hashes: HASHES,
        bands: BANDS,
        rows: ROWS,
    }
}

/// The report's counts.
fn stats(docs: &Digested, dedup: &Dedup) -> DedupStatsJson {
    let c = counts(docs, dedup);
    DedupStatsJson {
        documents: c.documents,
        paragraphs: c.paragraphs,
        paragraphs_too_short: c.paragraphs_too_short,
        duplicate_paragraphs: c.duplicate_paragraphs,
        removable_chars: c.removable_chars,
        clusters: dedup.clusters.len(),
        contained: dedup.contained.len(),
        document_clusters: dedup.documents.len(),
        passages: dedup.passages.len(),
        giant_buckets: dedup.giant_buckets.len(),
        templated: dedup.templated.len(),
        templated_documents: dedup.templated_documents.len(),
    }
}

/// The clusters of paragraphs, each with the chars a clean corpus drops of it.
fn clusters_json<'a>(docs: &'a Digested, dedup: &'a Dedup) -> Lazy<'a, ClusterJson<'a>> {
    // Chars a clean corpus drops, per cluster (indexes past the clusters are containments).
    let mut removable_in = vec![0usize; dedup.clusters.len()];
    for &(at, c) in &dedup.removable {
        if let Some(n) = removable_in.get_mut(c) {
            *n += unit(docs, at).span.get().len();
        }
    }
    Lazy::of(move || {
        let removable_in = removable_in.clone();
        dedup.clusters.iter().enumerate().map(move |(i, cl)| {
            let canon = unit(docs, cl.members[cl.canonical].at);
            let excerpt = docs.excerpt(canon);
            ClusterJson {
                id: format!("c{}", i + 1).into(),
                kind: kind_name(cl.kind).into(),
                short: cl.short,
                size: cl.members.len(),
                chars: canon.span.get().len().max(excerpt.chars().count()),
                removable_chars: removable_in[i],
                canonical: cl.canonical,
                excerpt: excerpt.into(),
                members: (cl.members.iter().take(MEMBERS_LISTED))
                    .map(|m| place(docs, m.at, Some(m.score)))
                    .collect(),
                members_truncated: cl.members.len() > MEMBERS_LISTED,
            }
        })
    })
}

/// The truncated copies and their sources.
fn contained_json<'a>(docs: &'a Digested, dedup: &'a Dedup) -> Lazy<'a, ContainedJson<'a>> {
    Lazy::of(move || {
        dedup
            .contained
            .iter()
            .enumerate()
            .map(move |(i, t)| ContainedJson {
                id: format!("t{}", i + 1).into(),
                kind: "contained".into(),
                copy: place(docs, t.copy, None),
                source: match &t.source {
                    CopySource::Unit(at) => ContainerJson::Paragraph(place(docs, *at, None)),
                    CopySource::Passage {
                        doc,
                        first,
                        last,
                        span,
                    } => ContainerJson::Passage(PassageJson {
                        doc: docs[*doc as usize].id.as_str().into(),
                        paragraphs: [*first, *last],
                        span: [span.start, span.end],
                    }),
                },
                covers_copy: round(t.covers_copy),
                covers_source: t.covers_source.map(round),
                excerpt: docs.excerpt(unit(docs, t.copy)).into(),
            })
    })
}

/// The groups of near-duplicate or identical documents.
fn documents_json<'a>(docs: &'a Digested, dedup: &'a Dedup) -> Lazy<'a, DocumentClusterJson<'a>> {
    Lazy::of(move || {
        dedup.documents.iter().map(move |d| DocumentClusterJson {
            kind: kind_name(d.kind).into(),
            size: d.members.len(),
            canonical: d.canonical,
            members: (d.members.iter())
                .map(|&(doc, j, s)| DocumentMemberJson {
                    doc: docs[doc as usize].id.as_str().into(),
                    jaccard: round(j),
                    shared: round(s),
                })
                .collect(),
            removed_lines: d.removed_lines,
        })
    })
}

/// The passages shared by paragraphs, each place with the passage's own span.
fn passages_json<'a>(docs: &'a Digested, dedup: &'a Dedup) -> Lazy<'a, SharedPassageJson<'a>> {
    Lazy::of(move || {
        dedup.passages.iter().enumerate().map(move |(i, p)| {
            let at = |at: At, s: Stretch| PlaceJson {
                span: [s.span.start, s.span.end],
                bytes: [s.bytes.0, s.bytes.1],
                ..place(docs, at, None)
            };
            SharedPassageJson {
                id: format!("s{}", i + 1).into(),
                kind: "passage".into(),
                copy: at(p.copy, p.copy_span),
                source: at(p.source, p.source_span),
                sentences: p.sentences,
            }
        })
    })
}

/// The paragraphs that share a template.
fn templated_json<'a>(docs: &'a Digested, dedup: &'a Dedup) -> Lazy<'a, TemplatedJson<'a>> {
    Lazy::of(move || {
        dedup
            .templated
            .iter()
            .enumerate()
            .map(move |(i, t)| TemplatedJson {
                id: format!("m{}", i + 1).into(),
                kind: "templated".into(),
                size: t.members.len(),
                excerpt: docs.excerpt(unit(docs, t.members[0])).into(),
                members: t.members.iter().map(|&at| place(docs, at, None)).collect(),
                pairs: slots_json(&t.pairs),
            })
    })
}

/// The documents that share a template.
fn templated_documents_json<'a>(
    docs: &'a Digested,
    dedup: &'a Dedup,
) -> Lazy<'a, TemplatedDocumentsJson<'a>> {
    Lazy::of(move || {
        (dedup.templated_documents.iter().enumerate()).map(move |(i, t)| TemplatedDocumentsJson {
            id: format!("md{}", i + 1).into(),
            kind: "templated".into(),
            size: t.members.len(),
            members: t
                .members
                .iter()
                .map(|&d| docs[d as usize].id.as_str().into())
                .collect(),
            pairs: slots_json(&t.pairs),
        })
    })
}

/// The clusters of paragraphs, heaviest (count × length) first.
pub(crate) fn heaviest(docs: &[DocDigest], dedup: &Dedup) -> Vec<usize> {
    let unit = |at: At| &docs[at.doc as usize].units[at.unit as usize];
    let mut heavy: Vec<(usize, usize)> = dedup
        .clusters
        .iter()
        .enumerate()
        .filter(|(_, cl)| cl.members.iter().any(|m| unit(m.at).paragraph.is_some()))
        .map(|(i, cl)| {
            (
                i,
                cl.members.len() * unit(cl.members[cl.canonical].at).norm_len as usize,
            )
        })
        .collect();
    heavy.sort_by_key(|&(i, w)| (std::cmp::Reverse(w), i));
    heavy.into_iter().map(|(i, _)| i).collect()
}

/// The terminal summary: counts and the heaviest repeats.
pub(crate) fn render(docs: &Digested, dedup: &Dedup, top: usize) -> String {
    let c = counts(docs, dedup);
    let mut out = String::new();
    for (k, v) in [
        ("documents", c.documents),
        ("paragraphs", c.paragraphs),
        ("  too short to compare", c.paragraphs_too_short),
        ("duplicate paragraphs", c.duplicate_paragraphs),
        ("chars removable", c.removable_chars),
        ("clusters", dedup.clusters.len()),
        ("truncated copies", dedup.contained.len()),
        ("duplicate documents", c.duplicate_documents),
        ("copied passages", dedup.passages.len()),
        ("templated paragraphs", dedup.templated.len()),
        ("templated documents", dedup.templated_documents.len()),
        ("giant buckets", dedup.giant_buckets.len()),
    ] {
        out.push_str(&format!("{k:<22}{v:>12}\n"));
    }
    out.push_str(&render_heavy(docs, dedup, top));
    out
}

/// Display columns of the excerpts of [`render_heavy`].
const EXCERPT_COLS: usize = 30;

/// The heaviest repeats as lines: count, length, excerpt and where (escaped for the terminal,
/// excerpts cut and padded to one width).
pub(crate) fn render_heavy(docs: &Digested, dedup: &Dedup, top: usize) -> String {
    let heavy = heaviest(docs, dedup);
    if heavy.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "\nheaviest repeats (count × length)\n{:>6} {:>6}  {}\n",
        "count", "chars", "excerpt · where"
    );
    // A document printed more than once repeats all its paragraphs: it is one line.
    let whole: HashMap<Vec<u32>, usize> = (dedup.documents.iter().enumerate())
        .map(|(i, d)| (d.members.iter().map(|m| m.0).collect(), i))
        .collect();
    let mut shown_documents = HashSet::new();
    let mut lines = 0;
    let cols = terminal::width().saturating_sub(PLACES_FROM).max(12);
    for &i in &heavy {
        if lines == top {
            break;
        }
        let cl = &dedup.clusters[i];
        let mut in_docs: Vec<u32> = cl.members.iter().map(|m| m.at.doc).collect();
        in_docs.dedup();
        let line = match whole.get(&in_docs) {
            Some(&d) if !shown_documents.insert(d) => continue,
            Some(&d) => document_line(docs, &dedup.documents[d], cols),
            None => paragraph_line(docs, cl, cols),
        };
        out.push_str(&line);
        lines += 1;
    }
    out
}

/// A line of the heaviest repeats for a repeated paragraph.
fn paragraph_line(docs: &Digested, cl: &Cluster, cols: usize) -> String {
    let at = cl.members[cl.canonical].at;
    let canon = &docs[at.doc as usize].units[at.unit as usize];
    let ids: Vec<&str> = cl
        .members
        .iter()
        .map(|m| docs[m.at.doc as usize].id.as_str())
        .collect();
    let short = if cl.short { " (short)" } else { "" };
    let excerpt = format!("{}{short}", cut(&safe(&docs.excerpt(canon)), EXCERPT_COLS));
    format!(
        "{:>6} {:>6}  {} · {}\n",
        cl.members.len(),
        canon.norm_len,
        pad(&excerpt, EXCERPT_COLS + " (short)".len()),
        places(ids, cols)
    )
}

/// A line of the heaviest repeats for a document present more than once.
fn document_line(docs: &Digested, group: &DocCluster, cols: usize) -> String {
    let canon = &docs[group.members[group.canonical].0 as usize];
    let copies = match group.kind {
        RepeatKind::Exact => "copies",
        _ => "near copies",
    };
    let what = format!("{} {copies} of one document", group.members.len());
    let ids = group.members.iter().map(|m| docs[m.0 as usize].id.as_str());
    format!(
        "{:>6} {:>6}  {} · {}\n",
        group.members.len(),
        canon.chars,
        pad(&what, EXCERPT_COLS + " (short)".len()),
        places(ids.collect(), cols)
    )
}

/// Display columns before the places of a line of [`render_heavy`]: count, chars, excerpt, ` · `.
const PLACES_FROM: usize = 6 + 1 + 6 + 2 + EXCERPT_COLS + " (short)".len() + 3;

/// The first places a repeat stands in (each once, at most three), as many as fit in `cols`
/// display columns (the first cut if need be), and how many more.
fn places(mut ids: Vec<&str>, cols: usize) -> String {
    ids.dedup();
    let more = |shown: usize| match ids.len() - shown {
        0 => String::new(),
        n => format!(" +{n}"),
    };
    let mut out = String::new();
    for (k, id) in ids.iter().enumerate().take(3) {
        let name = safe_line(id);
        let sep = if k == 0 { "" } else { ", " };
        let fits = columns(&out) + columns(sep) + columns(&name) + columns(&more(k + 1)) <= cols;
        if !fits && k > 0 {
            return out + &more(k);
        }
        out.push_str(sep);
        if !fits {
            let room = cols.saturating_sub(columns(&more(1)));
            out.push_str(&cut(&name, room));
            return out + &more(1);
        }
        out.push_str(&name);
    }
    out + &more(ids.len().min(3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_fit_their_columns() {
        let ids = vec![
            "人民日报/2023-07-01/01.txt",
            "人民日报/2023-07-02/01.txt",
            "b",
            "c",
        ];
        let line = places(ids.clone(), 24);
        assert_eq!(line, "人民日报/2023-07-01/… +3");
        assert!(columns(&line) <= 24, "{line}");
        assert_eq!(
            places(vec!["a.txt", "b.txt", "c.txt", "d.txt"], 24),
            "a.txt, b.txt, c.txt +1"
        );
        assert_eq!(places(vec!["a.txt", "b.txt"], 80), "a.txt, b.txt");
        assert_eq!(places(vec!["a.txt", "a.txt"], 80), "a.txt");
        let two = places(vec!["长长长长长.txt", "短短短短短.txt", "c.txt"], 24);
        assert_eq!(two, "长长长长长.txt +2");
    }
}
