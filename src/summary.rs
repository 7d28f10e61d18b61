//! The corpus summary of `tifa analyze`: counts, removals by reason, and time per stage.

use crate::document::SegmentedDocument;
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

/// Time spent per stage: wall time of the run and worker time summed over threads.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Timings {
    pub wall_seconds: f64,
    pub stage_cpu_seconds: BTreeMap<&'static str, f64>,
}

impl Timings {
    pub fn add(&mut self, stage: &'static str, d: Duration) {
        *self.stage_cpu_seconds.entry(stage).or_default() += d.as_secs_f64();
    }
}

/// Everything `summary.json` holds.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub schema_version: &'static str,
    pub tool_version: &'static str,
    pub inputs: Vec<String>,
    pub threads: usize,
    pub totals: Totals,
    /// Deduplication counts, when the stage ran.
    pub dedup: Option<crate::dedup::report::Counts>,
    /// Numeric claims by kind, when extraction ran.
    pub claims: Option<BTreeMap<&'static str, usize>>,
    pub errors: Vec<String>,
    pub timings: Timings,
    /// The dedup stage's own screen (counts and heaviest repeats), for `render`.
    #[serde(skip)]
    pub dedup_screen: String,
}

impl Summary {
    /// The summary as a screen of aligned text.
    pub fn render(&self) -> String {
        let t = &self.totals;
        let mut out = String::new();
        let mut row = |k: &str, v: String| out.push_str(&format!("{k:<22}{v:>14}\n"));
        row("documents", t.documents.to_string());
        row("bytes in", t.bytes_in.to_string());
        row("chars in", t.chars_in.to_string());
        row("chars out", t.chars_out.to_string());
        row("paragraphs", t.paragraphs.to_string());
        row("sentences", t.sentences.to_string());
        row("tokens", t.tokens.to_string());
        row("template documents", t.template_documents.to_string());
        row("lossy decodes", t.lossy_documents.to_string());
        row("input errors", self.errors.len().to_string());
        out.push_str("\nremovals by reason      count         chars\n");
        for (reason, r) in &t.removals {
            out.push_str(&format!("  {reason:<18}{:>9}{:>14}\n", r.count, r.chars));
        }
        if let Some(claims) = &self.claims {
            out.push_str("\nclaims by kind          count\n");
            for (kind, n) in claims {
                out.push_str(&format!("  {kind:<18}{n:>9}\n"));
            }
        }
        if !self.dedup_screen.is_empty() {
            out.push_str("\nduplicates\n");
            out.push_str(&self.dedup_screen);
        }
        out.push_str("\ntime\n");
        for (stage, secs) in &self.timings.stage_cpu_seconds {
            out.push_str(&format!("  {stage:<18}{secs:>12.3} s cpu\n"));
        }
        let mb = t.bytes_in as f64 / 1e6;
        let wall = self.timings.wall_seconds;
        out.push_str(&format!(
            "  {:<18}{wall:>12.3} s ({:.1} MB/s)\n",
            "wall",
            mb / wall.max(1e-9)
        ));
        out
    }
}
