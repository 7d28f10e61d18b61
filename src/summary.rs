//! The corpus summary of `tifa analyze`: counts, removals by reason, and time per stage.

use crate::document::SegmentedDocument;
use crate::index::{Ranked, TermIndexEntry};
use crate::terminal::safe;
use serde::Serialize;
use std::collections::BTreeMap;
use std::time::Duration;

/// Removals of one reason.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct RemovalCount {
    pub count: usize,
    pub chars: usize,
}

/// Totals over a corpus.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Totals {
    pub documents: usize,
    pub bytes_in: usize,
    pub chars_in: usize,
    pub chars_out: usize,
    pub paragraphs: usize,
    pub sentences: usize,
    pub tokens: usize,
    pub removals: BTreeMap<&'static str, RemovalCount>,
    pub template_documents: usize,
    pub lossy_documents: usize,
}

impl Totals {
    /// Adds one document.
    pub fn add(&mut self, seg: &SegmentedDocument) {
        let doc = &seg.doc;
        self.documents += 1;
        self.bytes_in += doc.bytes_in;
        self.chars_in += doc.chars_in;
        self.chars_out += doc.chars_out();
        self.paragraphs += doc.paragraphs.len();
        self.sentences += doc.sentence_count();
        self.tokens += seg.tokens.len();
        for r in &doc.removals {
            let entry = self.removals.entry(r.reason.as_str()).or_default();
            entry.count += 1;
            entry.chars += r.text.chars().count();
        }
        self.template_documents += usize::from(doc.flags.template);
        self.lossy_documents += usize::from(doc.flags.replaced_bytes > 0);
    }

    /// Adds another total.
    pub fn merge(&mut self, t: Totals) {
        self.documents += t.documents;
        self.bytes_in += t.bytes_in;
        self.chars_in += t.chars_in;
        self.chars_out += t.chars_out;
        self.paragraphs += t.paragraphs;
        self.sentences += t.sentences;
        self.tokens += t.tokens;
        self.template_documents += t.template_documents;
        self.lossy_documents += t.lossy_documents;
        for (k, v) in t.removals {
            let e = self.removals.entry(k).or_default();
            e.count += v.count;
            e.chars += v.chars;
        }
    }
}

/// Time spent: wall time of the run and of each corpus stage, and worker time of each
/// per-document step summed over threads.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Timings {
    pub wall_seconds: f64,
    pub stage_wall_seconds: BTreeMap<&'static str, f64>,
    pub stage_cpu_seconds: BTreeMap<&'static str, f64>,
}

impl Timings {
    /// Adds worker time of a per-document step.
    pub fn add(&mut self, step: &'static str, d: Duration) {
        *self.stage_cpu_seconds.entry(step).or_default() += d.as_secs_f64();
    }

    /// Records the wall time of a stage.
    pub fn wall(&mut self, stage: &'static str, d: Duration) {
        *self.stage_wall_seconds.entry(stage).or_default() += d.as_secs_f64();
    }
}

/// The most frequent programs, slogans and keywords: (name, count, documents).
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Top {
    pub programs: Vec<(String, usize, usize)>,
    pub slogans: Vec<(String, usize, usize)>,
    pub keywords: Vec<(String, u64, usize)>,
}

impl Top {
    /// The first `n` of each ranking.
    pub fn of(ranked: &Ranked, n: usize) -> Top {
        let terms = |entries: &[TermIndexEntry]| {
            entries
                .iter()
                .take(n)
                .map(|e| (e.name.to_string(), e.count, e.document_count))
                .collect()
        };
        Top {
            programs: terms(&ranked.programs),
            slogans: terms(&ranked.slogans),
            keywords: ranked
                .keywords
                .iter()
                .take(n)
                .map(|k| (k.word.to_string(), k.count, k.document_frequency))
                .collect(),
        }
    }
}

/// Everything `summary.json` holds.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub schema_version: &'static str,
    pub tool_version: &'static str,
    pub inputs: Vec<String>,
    pub threads: usize,
    /// The settings of the run (cleaning steps, dedup thresholds, stages).
    pub settings: serde_json::Value,
    pub totals: Totals,
    /// Deduplication counts, when the stage ran.
    pub dedup: Option<crate::dedup::report::Counts>,
    /// Numeric claims by kind, when extraction ran.
    pub claims: Option<BTreeMap<&'static str, usize>>,
    pub errors: Vec<String>,
    pub timings: Timings,
    pub top: Top,
    /// The dedup stage's own screen (counts and heaviest repeats), for `render`.
    #[serde(skip)]
    pub dedup_screen: String,
}

impl Summary {
    /// The summary as one screen of aligned columns, names escaped for the terminal.
    pub fn render(&self) -> String {
        let t = &self.totals;
        let mut corpus = vec![format!("{:<20}{:>12}", "corpus", "")];
        for (k, v) in [
            ("documents", t.documents),
            ("bytes in", t.bytes_in),
            ("chars in", t.chars_in),
            ("chars out", t.chars_out),
            ("paragraphs", t.paragraphs),
            ("sentences", t.sentences),
            ("tokens", t.tokens),
            ("template documents", t.template_documents),
            ("lossy decodes", t.lossy_documents),
            ("inputs skipped", self.errors.len()),
        ] {
            corpus.push(format!("  {k:<18}{v:>12}"));
        }
        let mut removals = vec![format!(
            "{:<20}{:>8}{:>10}",
            "removals by reason", "count", "chars"
        )];
        for (reason, r) in &t.removals {
            removals.push(format!("  {reason:<18}{:>8}{:>10}", r.count, r.chars));
        }
        if let Some(claims) = &self.claims {
            removals.push(String::new());
            removals.push(format!("{:<20}{:>8}", "claims by kind", "count"));
            for (kind, n) in claims {
                removals.push(format!("  {kind:<18}{n:>8}"));
            }
        }
        let mut out = side_by_side(&[corpus, removals], 34);
        if let Some(d) = &self.dedup {
            out.push_str(&format!(
                "\nduplicates: {} of {} paragraphs, {} chars removable\n",
                d.duplicate_paragraphs, d.paragraphs, d.removable_chars
            ));
            out.push_str(&self.dedup_screen);
        }
        let top = |title: &str, rows: Vec<(&str, u64, usize)>| -> Vec<String> {
            let mut lines = vec![format!("{}{:>6}{:>6}", pad(title, 14), "count", "docs")];
            for (name, count, docs) in rows {
                let name: String = name.chars().take(7).collect();
                lines.push(format!("  {}{count:>6}{docs:>6}", pad(&safe(&name), 14)));
            }
            lines
        };
        fn terms(list: &[(String, usize, usize)]) -> Vec<(&str, u64, usize)> {
            list.iter()
                .map(|(n, c, d)| (n.as_str(), *c as u64, *d))
                .collect()
        }
        out.push('\n');
        out.push_str(&side_by_side(
            &[
                top("programs", terms(&self.top.programs)),
                top("slogans", terms(&self.top.slogans)),
                top(
                    "keywords",
                    self.top
                        .keywords
                        .iter()
                        .map(|(w, c, d)| (w.as_str(), *c, *d))
                        .collect(),
                ),
            ],
            30,
        ));
        let wall = self.timings.wall_seconds;
        let stages: Vec<String> = self
            .timings
            .stage_wall_seconds
            .iter()
            .map(|(stage, secs)| format!("{stage} {secs:.2} s"))
            .collect();
        out.push_str(&format!(
            "\ntime: {} · wall {wall:.2} s ({:.1} MB/s)\n",
            stages.join(" · "),
            t.bytes_in as f64 / 1e6 / wall.max(1e-9)
        ));
        out
    }
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

/// `text` padded with spaces to `width` terminal columns (an ideograph takes two).
fn pad(text: &str, width: usize) -> String {
    let cols: usize = text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum();
    format!("{text}{}", " ".repeat(width.saturating_sub(cols)))
}
