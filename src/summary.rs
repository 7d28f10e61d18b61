//! The corpus summary of `tifa analyze`: counts, removals by reason, and time per stage.

use crate::document::SegmentedDocument;
use crate::index::{Ranked, TermIndexEntry};
use crate::terminal::{columns, cut, pad, safe};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::time::Duration;

/// Removals of one reason.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct RemovalCount {
    /// Pieces removed.
    pub count: usize,
    /// Their chars.
    pub chars: usize,
}

/// Totals over a corpus.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Totals {
    /// Documents read.
    pub documents: usize,
    /// Bytes of the sources.
    pub bytes_in: usize,
    /// Chars decoded.
    pub chars_in: usize,
    /// Chars of the cleaned texts.
    pub chars_out: usize,
    /// Paragraphs of the cleaned texts.
    pub paragraphs: usize,
    /// Sentences of the cleaned texts.
    pub sentences: usize,
    /// Word tokens.
    pub tokens: usize,
    /// What cleaning removed, by reason.
    pub removals: BTreeMap<Cow<'static, str>, RemovalCount>,
    /// Documents that are templates with anonymized placeholders.
    pub template_documents: usize,
    /// Documents with malformed bytes replaced when decoding.
    pub lossy_documents: usize,
    /// Documents with no text left after cleaning.
    pub empty_documents: usize,
}

impl Totals {
    /// Adds one document.
    pub(crate) fn add(&mut self, seg: &SegmentedDocument) {
        let doc = &seg.doc;
        self.documents += 1;
        self.bytes_in += doc.bytes_in;
        self.chars_in += doc.chars_in;
        self.chars_out += doc.chars_out();
        self.paragraphs += doc.paragraphs.len();
        self.sentences += doc.sentence_count();
        self.tokens += seg.tokens.len();
        for r in &doc.removals {
            let entry = self.removals.entry(r.reason.as_str().into()).or_default();
            entry.count += 1;
            entry.chars += r.text.chars().count();
        }
        self.template_documents += usize::from(doc.flags.template);
        self.lossy_documents += usize::from(doc.flags.replaced_bytes > 0);
        self.empty_documents += usize::from(doc.text.is_empty());
    }

    /// Adds another total.
    pub(crate) fn merge(&mut self, t: Totals) {
        self.documents += t.documents;
        self.bytes_in += t.bytes_in;
        self.chars_in += t.chars_in;
        self.chars_out += t.chars_out;
        self.paragraphs += t.paragraphs;
        self.sentences += t.sentences;
        self.tokens += t.tokens;
        self.template_documents += t.template_documents;
        self.lossy_documents += t.lossy_documents;
        self.empty_documents += t.empty_documents;
        for (k, v) in t.removals {
            let e = self.removals.entry(k).or_default();
            e.count += v.count;
            e.chars += v.chars;
        }
    }
}

/// Time spent: wall time of the run and of each corpus stage, and worker time of each
/// per-document step summed over threads.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Timings {
    /// Wall time of the whole run.
    pub wall_seconds: f64,
    /// Wall time of each corpus stage.
    pub stage_wall_seconds: BTreeMap<Cow<'static, str>, f64>,
    /// Worker time of each per-document step, summed over threads.
    pub stage_cpu_seconds: BTreeMap<Cow<'static, str>, f64>,
}

impl Timings {
    /// Adds worker time of a per-document step.
    pub(crate) fn add(&mut self, step: &'static str, d: Duration) {
        *self.stage_cpu_seconds.entry(step.into()).or_default() += d.as_secs_f64();
    }

    /// Records the wall time of a stage.
    pub(crate) fn wall(&mut self, stage: &'static str, d: Duration) {
        *self.stage_wall_seconds.entry(stage.into()).or_default() += d.as_secs_f64();
    }

    /// Adds the times of `other`.
    pub(crate) fn merge(&mut self, other: Timings) {
        for (stage, s) in other.stage_wall_seconds {
            *self.stage_wall_seconds.entry(stage).or_default() += s;
        }
        for (stage, s) in other.stage_cpu_seconds {
            *self.stage_cpu_seconds.entry(stage).or_default() += s;
        }
    }
}

/// The stages of `analyze` in the order they run, with the names people read.
const STAGES: [(&str, &str); 6] = [
    ("learn_terms", "learning terms"),
    ("documents", "reading documents"),
    ("indexes", "indexes"),
    ("dedup", "deduplication"),
    ("write_clean", "writing clean corpus"),
    ("report", "report"),
];

/// The readable name of a stage of [`Timings`].
fn stage_label(stage: &str) -> &str {
    STAGES.iter().find(|s| s.0 == stage).map_or(stage, |s| s.1)
}

/// Wall time per stage in the order the stages run: readable name, seconds.
pub(crate) fn stage_times(timings: &Timings) -> Vec<(&str, f64)> {
    let mut out: Vec<(&str, f64)> = timings
        .stage_wall_seconds
        .iter()
        .map(|(k, v)| (stage_label(k), *v))
        .collect();
    out.sort_by_key(|s| STAGES.iter().position(|k| k.1 == s.0));
    out
}

/// A name of a ranking and how often it occurs.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Ranking {
    /// The program, slogan or keyword.
    pub name: String,
    /// Occurrences, a group of exact copies counted once.
    pub count: u64,
    /// Documents holding it, a group of exact copies counted once.
    pub documents: usize,
}

/// The most frequent programs, slogans and keywords.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Top {
    /// The most frequent programs.
    pub programs: Vec<Ranking>,
    /// The most frequent slogans.
    pub slogans: Vec<Ranking>,
    /// The heaviest keywords.
    pub keywords: Vec<Ranking>,
}

impl Top {
    /// The first `n` of each ranking.
    pub(crate) fn of(ranked: &Ranked, n: usize) -> Top {
        let terms = |entries: &[TermIndexEntry]| {
            entries
                .iter()
                .take(n)
                .map(|e| Ranking {
                    name: e.name.to_string(),
                    count: e.count as u64,
                    documents: e.document_count,
                })
                .collect()
        };
        Top {
            programs: terms(&ranked.programs),
            slogans: terms(&ranked.slogans),
            keywords: ranked
                .keywords
                .iter()
                .take(n)
                .map(|k| Ranking {
                    name: k.word.to_string(),
                    count: k.count,
                    documents: k.document_frequency,
                })
                .collect(),
        }
    }
}

/// The cleaning steps that ran (keys in alphabetical order, as written).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct CleanSettings {
    /// Captions, bylines and other boilerplate removed.
    pub boilerplate: bool,
    /// White space, width and punctuation normalized.
    pub normalize: bool,
    /// Hard-wrapped lines rejoined.
    pub reflow: bool,
    /// Paragraphs cut by captions rejoined.
    pub repair: bool,
    /// Template placeholders looked for.
    pub template: bool,
}

/// The dedup settings of a run (keys in alphabetical order, as written).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DedupSettings {
    /// LSH buckets larger than this are reported, not compared.
    pub bucket_cap: usize,
    /// Share of the shorter text inside the longer that makes a truncated copy.
    pub containment: f64,
    /// Jaccard similarity that makes near-duplicate documents.
    pub document_threshold: f64,
    /// Which copy is kept.
    pub keep: crate::dedup::Keep,
    /// Jaccard similarity that makes a near-duplicate.
    pub threshold: f64,
}

/// The settings of an `analyze` run (keys in alphabetical order, as written).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AnalyzeSettings {
    /// The cleaning steps.
    pub clean: CleanSettings,
    /// The dedup settings, when the stage ran.
    pub dedup: Option<DedupSettings>,
    /// Claims extracted.
    pub extract: bool,
    /// Terms in the lexicon, given and learned.
    pub lexicon_terms: usize,
    /// `report.html` written.
    pub report: bool,
    /// Documents a learned term must appear in.
    pub taught_in_documents: usize,
    /// The deduplicated corpus written.
    pub write_clean: bool,
}

/// Everything `summary.json` holds.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Summary {
    /// The version of this schema.
    pub schema_version: Cow<'static, str>,
    /// The version of tifa that wrote it.
    pub tool_version: Cow<'static, str>,
    /// The corpus paths given.
    pub inputs: Vec<String>,
    /// Worker threads.
    pub threads: usize,
    /// The settings of the run (cleaning steps, dedup thresholds, stages).
    pub settings: AnalyzeSettings,
    /// Totals over the corpus.
    pub totals: Totals,
    /// Deduplication counts, when the stage ran.
    pub dedup: Option<crate::dedup::report::DedupCounts>,
    /// Numeric claims by kind, when extraction ran.
    pub claims: Option<BTreeMap<Cow<'static, str>, usize>>,
    /// Inputs skipped and why.
    pub errors: Vec<String>,
    /// Time spent.
    pub timings: Timings,
    /// The most frequent programs, slogans and keywords.
    pub top: Top,
    /// The dedup stage's own screen (counts and heaviest repeats), for `render`.
    #[serde(skip)]
    pub dedup_screen: String,
}

impl Summary {
    /// The summary for standard output's terminal ([`crate::terminal::width`]).
    pub fn render(&self) -> String {
        self.render_at(crate::terminal::width())
    }

    /// The summary as aligned columns for a terminal `width` columns wide: blocks two a
    /// row from 120 columns, one a row below; no line is wider (names and excerpts are cut,
    /// escaped for the terminal).
    pub(crate) fn render_at(&self, width: usize) -> String {
        let per_row = if width >= 120 { 2 } else { 1 };
        let col = width / per_row;
        let mut out = columns_of(&[self.corpus_block(), self.kinds_block()], per_row, col);
        if let Some(d) = &self.dedup {
            out.push_str(&format!(
                "\nduplicates: {} of {} paragraphs, {} chars removable\n",
                d.duplicate_paragraphs, d.paragraphs, d.removable_chars
            ));
            for line in self.dedup_screen.lines() {
                out.push_str(&cut(line, width));
                out.push('\n');
            }
        }
        out.push('\n');
        out.push_str(&columns_of(&self.top_blocks(col), per_row, col));
        out.push_str(&self.time_lines(width));
        out
    }

    fn corpus_block(&self) -> Vec<String> {
        let t = &self.totals;
        let mut corpus = vec!["corpus".to_string()];
        for (k, v) in [
            ("documents", t.documents),
            ("bytes in", t.bytes_in),
            ("chars in", t.chars_in),
            ("chars out", t.chars_out),
            ("empty after cleaning", t.empty_documents),
            ("paragraphs", t.paragraphs),
            ("sentences", t.sentences),
            ("tokens", t.tokens),
            ("template documents", t.template_documents),
            ("lossy decodes", t.lossy_documents),
            ("inputs skipped", self.errors.len()),
        ] {
            corpus.push(format!("  {k:<20}{v:>12}"));
        }
        corpus
    }

    /// Removals by reason and claims by kind.
    fn kinds_block(&self) -> Vec<String> {
        let mut lines = vec![format!(
            "{:<20}{:>8}{:>10}",
            "removals by reason", "count", "chars"
        )];
        for (reason, r) in &self.totals.removals {
            lines.push(format!("  {reason:<18}{:>8}{:>10}", r.count, r.chars));
        }
        if let Some(claims) = &self.claims {
            lines.push(String::new());
            lines.push(format!("{:<20}{:>8}", "claims by kind", "count"));
            for (kind, n) in claims {
                lines.push(format!("  {kind:<18}{n:>8}"));
            }
        }
        lines
    }

    /// Programs, slogans and keywords, names cut to fit `col` columns.
    fn top_blocks(&self, col: usize) -> Vec<Vec<String>> {
        let name_cols = col.saturating_sub(16).clamp(8, 24);
        let row = |name: &str, count: u64, docs: usize| {
            let name = pad(&cut(&safe(name), name_cols), name_cols);
            format!("  {name}{count:>7}{docs:>6}")
        };
        let head =
            |title: &str| format!("{}{:>7}{:>6}", pad(title, name_cols + 2), "count", "docs");
        let block = |title: &str, list: &[Ranking]| {
            let rows = list.iter().map(|r| row(&r.name, r.count, r.documents));
            std::iter::once(head(title)).chain(rows).collect()
        };
        vec![
            block("programs", &self.top.programs),
            block("slogans", &self.top.slogans),
            block("keywords", &self.top.keywords),
        ]
    }

    /// Time per stage and in all, wrapped at `width`.
    fn time_lines(&self, width: usize) -> String {
        let wall = self.timings.wall_seconds;
        let mut items: Vec<String> = stage_times(&self.timings)
            .into_iter()
            .map(|(stage, secs)| format!("{stage} {secs:.2} s"))
            .collect();
        items.push(format!(
            "wall {wall:.2} s ({:.1} MB/s)",
            self.totals.bytes_in as f64 / 1e6 / wall.max(1e-9)
        ));
        let mut out = String::from("\ntime:");
        let mut line = 5;
        for (i, item) in items.iter().enumerate() {
            let sep = if i == 0 { " " } else { " · " };
            if line + sep.len() + columns(item) > width {
                out.push_str("\n     ");
                line = 5;
            } else {
                out.push_str(sep);
                line += columns(sep);
            }
            let item = cut(item, width.saturating_sub(line + 1));
            out.push_str(&item);
            line += columns(&item);
        }
        out.push('\n');
        out
    }
}

/// Blocks laid out `per_row` a row, each `col` columns wide, rows of blocks apart by a blank
/// line.
fn columns_of(blocks: &[Vec<String>], per_row: usize, col: usize) -> String {
    blocks
        .chunks(per_row)
        .map(|row| side_by_side(row, col))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Blocks of lines printed next to each other, each `width` columns wide.
fn side_by_side(blocks: &[Vec<String>], width: usize) -> String {
    let rows = blocks.iter().map(Vec::len).max().unwrap_or(0);
    let mut out = String::new();
    for r in 0..rows {
        let mut line = String::new();
        for (b, block) in blocks.iter().enumerate() {
            let cell = block.get(r).map_or("", String::as_str);
            if b + 1 < blocks.len() {
                line.push_str(&pad(cell, width));
            } else {
                line.push_str(cell);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
