//! `tifa analyze`: every stage over a corpus in one parallel pass (clean → segment → terms →
//! claims → dedup signatures per document; then clusters and indexes over the corpus), into
//! an output folder that replaces the previous one whole, with a summary and an HTML report.

use crate::claims;
use crate::clean::clean;
use crate::commands::{write_clean, write_indexes};
use crate::dedup::{self, digest, find, DedupOptions, Digests, DocDigest};
use crate::document::RawDocument;
use crate::error::{Error, Result};
use crate::index;
use crate::lexicon::Lexicon;
use crate::output::{check_targets, write_atomic, write_line, AtomicFile, StagingDir, Target};
use crate::pipeline::{self, run, Config};
use crate::progress::Reporting;
use crate::report::{self, ClaimRow, DocView};
use crate::segment::segment_terms;
use crate::summary::{Summary, Timings, Top, Totals};
use crate::{json, table, SCHEMA_VERSION};
use std::time::{Duration, Instant};

/// What `tifa analyze` runs and where it writes.
#[derive(Debug, Clone)]
pub struct AnalyzeOptions {
    pub out_dir: std::path::PathBuf,
    /// Deduplication settings; `None` skips the stage.
    pub dedup: Option<DedupOptions>,
    /// Extract numeric claims.
    pub extract: bool,
    /// Write `report.html`.
    pub report: bool,
    /// Also write the deduplicated corpus into `out_dir/clean`.
    pub write_clean: bool,
    pub reporting: Reporting,
}

/// What the workers hand back for one document.
struct Analyzed {
    document: String,
    terms_line: String,
    /// The rows of `terms.csv` and of `claims.csv`.
    terms_csv: String,
    claims_csv: Option<String>,
    entry: index::DocumentEntry,
    claims: Option<String>,
    claim_rows: Vec<ClaimRow>,
    view: DocView,
    totals: Totals,
    bytes_in: usize,
    digest: Option<DocDigest>,
    times: [(&'static str, Duration); 5],
}

/// `terms.csv` and `claims.csv` (without `--no-extract`), their headers written.
struct Tables {
    terms: AtomicFile,
    claims: Option<AtomicFile>,
}

impl Tables {
    fn create(dir: &std::path::Path, claims: bool) -> Result<Self> {
        let open = |name: &str, header: String| -> Result<AtomicFile> {
            let mut file = AtomicFile::create(&dir.join(name))?;
            file.writer()
                .write_all(header.as_bytes())
                .map_err(Error::write)?;
            Ok(file)
        };
        Ok(Tables {
            terms: open("terms.csv", table::terms_header())?,
            claims: match claims {
                true => Some(open("claims.csv", table::claims_header())?),
                false => None,
            },
        })
    }

    /// A document's rows.
    fn write(&mut self, terms: &str, claims: Option<&str>) -> Result<()> {
        let write = |file: &mut AtomicFile, rows: &str| {
            file.writer()
                .write_all(rows.as_bytes())
                .map_err(Error::write)
        };
        write(&mut self.terms, terms)?;
        match (&mut self.claims, claims) {
            (Some(file), Some(rows)) => write(file, rows),
            _ => Ok(()),
        }
    }

    fn commit(self) -> Result<()> {
        self.terms.commit()?;
        self.claims.map_or(Ok(()), AtomicFile::commit)
    }
}

/// The work on one document.
fn analyze_document(
    config: &Config,
    lexicon: &Lexicon,
    opts: &AnalyzeOptions,
    raw: RawDocument,
) -> Analyzed {
    let t0 = Instant::now();
    let doc = clean(&raw, &config.clean);
    let t1 = Instant::now();
    let (seg, terms) = segment_terms(lexicon, doc);
    let t2 = Instant::now();
    let digest = opts.dedup.map(|_| digest(&seg.doc));
    let t3 = Instant::now();
    let claims = opts
        .extract
        .then(|| claims::extract(&seg.doc, lexicon.jieba()));
    let t4 = Instant::now();
    let document = json::clean_line(&seg.doc);
    let claim_rows: Vec<ClaimRow> = claims.iter().flatten().map(ClaimRow::of).collect();
    let claims_csv = claims.as_ref().map(|c| table::claim_rows(&seg.doc, c));
    let claims = claims.map(|c| json::extract_line(&seg.doc.id, &c, None, None));
    let terms_line = json::terms_line(&seg.doc.id, &terms);
    let terms_csv = table::term_rows(&seg.doc, &terms);
    let view = DocView::of(&seg.doc, &terms, &claim_rows);
    let entry = index::entry(&seg, terms);
    let mut totals = Totals::default();
    totals.add(&seg);
    Analyzed {
        document,
        terms_line,
        terms_csv,
        claims_csv,
        entry,
        claims,
        claim_rows,
        view,
        totals,
        bytes_in: raw.bytes_in,
        digest,
        times: [
            ("clean", t1 - t0),
            ("segment_terms", t2 - t1),
            ("dedup_signatures", t3 - t2),
            ("claims", t4 - t3),
            ("json", t4.elapsed()),
        ],
    }
}

/// `tifa analyze`: writes `documents.jsonl`, `terms.jsonl`, `claims.jsonl`, the indexes,
/// `duplicates.json`, `summary.json` and `report.html` into a staging folder that then
/// replaces the output folder; returns the summary and the inputs skipped.
pub fn analyze_command(config: &Config, opts: &AnalyzeOptions) -> Result<(Summary, Vec<Error>)> {
    check_targets(&config.corpus, &[Target::Folder(&opts.out_dir)])?;
    let staging = StagingDir::create(&opts.out_dir, "analyze")?;
    let dir = staging.path();
    let start = Instant::now();
    let stage = opts.reporting.stage("learn terms", 0);
    let lexicon = crate::lexicon::learn(config, &Lexicon::new(&config.terms))?;
    stage.finish();
    let mut timings = Timings::default();
    timings.wall("learn_terms", start.elapsed());
    let mut totals = Totals::default();
    let mut digests = Digests::new()?;
    let mut claim_counts: std::collections::BTreeMap<&'static str, usize> = Default::default();
    let mut views = report::Views::default();
    let mut documents = AtomicFile::create(&dir.join("documents.jsonl"))?;
    let mut claims_file = match opts.extract {
        true => Some(AtomicFile::create(&dir.join("claims.jsonl"))?),
        false => None,
    };
    let mut terms_file = AtomicFile::create(&dir.join("terms.jsonl"))?;
    let mut tables = Tables::create(dir, opts.extract)?;
    let mut corpus_index = index::Index::default();
    let documents_start = Instant::now();
    let mut stage = opts
        .reporting
        .stage("documents", config.corpus.file_bytes());
    let errors = run(
        config,
        |raw| analyze_document(config, &lexicon, opts, raw),
        |a| {
            stage.document(a.bytes_in);
            totals.merge(a.totals);
            for (name, d) in a.times {
                timings.add(name, d);
            }
            for row in &a.claim_rows {
                *claim_counts.entry(row.kind()).or_default() += 1;
            }
            if let Some(d) = a.digest {
                digests.push(d)?;
            }
            corpus_index.add(a.entry);
            views.add(a.view, a.claim_rows);
            write_line(terms_file.writer(), &a.terms_line)?;
            tables.write(&a.terms_csv, a.claims_csv.as_deref())?;
            write_line(documents.writer(), &a.document)?;
            match (&mut claims_file, a.claims) {
                (Some(file), Some(line)) => write_line(file.writer(), &line),
                _ => Ok(()),
            }
        },
    )?;
    stage.finish();
    timings.wall("documents", documents_start.elapsed());
    documents.commit()?;
    terms_file.commit()?;
    tables.commit()?;
    if let Some(file) = claims_file {
        file.commit()?;
    }
    // The indexes are written, and what the summary and the report show of them kept, before
    // the corpus-level dedup: its peak of memory comes without theirs.
    let t = Instant::now();
    let stage = opts.reporting.stage("indexes", 0);
    let ranked = write_indexes(&corpus_index, dir, "documents-cited.json")?;
    let top = Top::of(&ranked, 5);
    let index_sections = opts
        .report
        .then(|| report::IndexSections::of(&ranked, &views));
    drop(ranked);
    drop(corpus_index);
    stage.finish();
    timings.wall("indexes", t.elapsed());
    // Nor are the corpus's dictionary (the documents are segmented) and its digests resident
    // together with the index: the digests are read back from their spill file now.
    let lexicon_terms = lexicon.terms().len();
    drop(lexicon);
    let t = Instant::now();
    let digests = digests.finish()?;
    let mut dedup_screen = String::new();
    let mut dedup_counts = None;
    let mut found = None;
    if let Some(dedup_opts) = &opts.dedup {
        let stage = opts.reporting.stage("dedup", 0);
        let clusters = pipeline::pool(config)?.install(|| find(&digests, dedup_opts));
        dedup_screen = dedup::report::render_heavy(&digests, &clusters, 5);
        dedup_counts = Some(dedup::report::counts(&digests, &clusters));
        // Texts read back from the spill file, checked before the file is committed.
        write_atomic(&dir.join("duplicates.json"), |w| {
            dedup::report::write_json(w, &digests, &clusters, dedup_opts)?;
            digests.check()
        })?;
        stage.finish();
        timings.wall("dedup", t.elapsed());
        found = Some(clusters);
    }
    if let (true, Some(clusters)) = (opts.write_clean, &found) {
        let t = Instant::now();
        let stage = opts.reporting.stage("write clean", 0);
        write_clean(config, &digests, clusters, &dir.join("clean"))?;
        stage.finish();
        timings.wall("write_clean", t.elapsed());
    }
    let mut summary = Summary {
        schema_version: SCHEMA_VERSION,
        tool_version: env!("CARGO_PKG_VERSION"),
        inputs: config
            .corpus
            .paths()
            .iter()
            .map(|p| p.display().to_string())
            .collect(),
        threads: match config.threads {
            0 => rayon::current_num_threads(),
            n => n,
        },
        settings: serde_json::json!({
            "clean": config.clean,
            "dedup": opts.dedup,
            "extract": opts.extract,
            "report": opts.report,
            "write_clean": opts.write_clean,
            "lexicon_terms": lexicon_terms,
            "taught_in_documents": crate::lexicon::TAUGHT_IN,
        }),
        totals,
        dedup: dedup_counts,
        claims: opts.extract.then_some(claim_counts),
        errors: errors
            .iter()
            .filter(|e| !e.is_warning())
            .map(|e| e.to_string())
            .collect(),
        timings,
        top,
        dedup_screen,
    };
    if let Some(index_sections) = index_sections {
        let t = Instant::now();
        let stage = opts.reporting.stage("report", 0);
        let repeats = found
            .as_ref()
            .map(|f| views.repeats(&digests, f))
            .unwrap_or_default();
        digests.check()?;
        // The page is built without the digests and clusters.
        drop((digests, found));
        let page = report::html(&summary, &index_sections, views, &repeats);
        write_atomic(&dir.join("report.html"), |w| {
            w.write_all(page.as_bytes()).map_err(Error::write)
        })?;
        stage.finish();
        summary.timings.wall("report", t.elapsed());
    }
    summary.timings.wall_seconds = start.elapsed().as_secs_f64();
    let text = serde_json::to_string_pretty(&summary).expect("serializable");
    write_atomic(&dir.join("summary.json"), |w| write_line(w, &text))?;
    staging.commit()?;
    Ok((summary, errors))
}
