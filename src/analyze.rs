//! `tifa analyze`: every stage over a corpus in one parallel pass (clean → terms → segment →
//! dedup signatures → claims → output lines, each over a batch of documents before the next;
//! then clusters and indexes over the corpus), into an output folder that replaces the
//! previous one whole, with a summary and an HTML report.

use crate::claims::{self, Claim};
use crate::clean::clean;
use crate::commands::{write_clean, write_indexes};
use crate::dedup::cluster::find_with;
use crate::dedup::templated::SlotFinder;
use crate::dedup::{self, digest, Dedup, DedupOptions, Digested, Digests, DocDigest};
use crate::document::{CleanDocument, RawDocument, SegmentedDocument};
use crate::error::{Error, Result};
use crate::index;
use crate::lexicon::Lexicon;
use crate::output::{check_targets, write_atomic, write_line, AtomicFile, StagingDir, Target};
use crate::pipeline::{self, run_kept_batched, Batch, Batched, Config, Kept};
use crate::progress::Reporting;
use crate::report::{self, ClaimRow, DocView};
use crate::segment::segment_keeping;
use crate::summary::{
    AnalyzeSettings, CleanSettings, DedupSettings, Summary, Timings, Top, Totals,
};
use crate::terms::Term;
use crate::{json, table, SCHEMA_VERSION};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

/// What `tifa analyze` runs and where it writes.
#[derive(Debug, Clone)]
pub struct AnalyzeOptions {
    /// The output folder.
    pub out_dir: std::path::PathBuf,
    /// Deduplication settings; `None` skips the stage.
    pub dedup: Option<DedupOptions>,
    /// Extract numeric claims.
    pub extract: bool,
    /// Write `report.html`.
    pub report: bool,
    /// Which documents' text `report.html` holds.
    pub embed: report::Embed,
    /// Also write the deduplicated corpus into `out_dir/clean`.
    pub write_clean: bool,
    /// Progress bars and stage times on stderr.
    pub reporting: Reporting,
}

/// What the workers hand back for one document.
struct Analyzed {
    /// Its line of documents.jsonl, newline included.
    document: Vec<u8>,
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
}

/// `terms.csv` and `claims.csv` (without `--no-extract`), their headers written.
struct Tables {
    terms: AtomicFile,
    claims: Option<AtomicFile>,
}

impl Tables {
    fn create(dir: &Path, claims: bool) -> Result<Self> {
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

/// Documents a worker takes at once, each stage running over all of them before the next.
const BATCH: usize = 16;

/// How many per-document stages [`STAGES`] names.
const STAGE_COUNT: usize = 5;

/// The per-document stages, in the order they run, with their names in `summary.json`.
const STAGES: [&str; STAGE_COUNT] = [
    "clean",
    "segment_terms",
    "dedup_signatures",
    "claims",
    "json",
];

/// Worker time of each of [`STAGES`], summed over the batches.
#[derive(Default)]
struct StageTimes(std::sync::Mutex<[Duration; STAGE_COUNT]>);

impl StageTimes {
    /// Adds a batch's times.
    fn add(&self, times: [Duration; STAGE_COUNT]) {
        let mut sum = self.0.lock().unwrap_or_else(|e| e.into_inner());
        for (s, t) in sum.iter_mut().zip(times) {
            *s += t;
        }
    }

    /// The sums into `timings`.
    fn into_timings(self, timings: &mut Timings) {
        let sum = self.0.into_inner().unwrap_or_else(|e| e.into_inner());
        for (name, d) in STAGES.into_iter().zip(sum) {
            timings.add(name, d);
        }
    }
}

/// A document after segmentation, and what the later stages found in it.
struct Found {
    seg: SegmentedDocument,
    terms: Vec<Term>,
    digest: Option<DocDigest>,
    claims: Option<Vec<Claim>>,
}

/// The document segmented, its terms' words kept whole.
fn segmented(lexicon: &Lexicon, doc: CleanDocument, terms: Vec<Term>) -> Found {
    Found {
        seg: segment_keeping(lexicon, doc, &terms),
        terms,
        digest: None,
        claims: None,
    }
}

/// The work on a batch of documents, stage by stage: each stage over the whole batch before
/// the next, so that its tables (cleaning's rules, jieba's dictionary, the terms finder, the
/// claims tables, the hashers) stay in cache across documents.
fn analyze_batch(
    (config, lexicon, opts): (&Config, &Lexicon, &AnalyzeOptions),
    times: &StageTimes,
    batch: Batch<RawDocument>,
) -> Batch<Analyzed> {
    let mut took = [Duration::ZERO; STAGE_COUNT];
    let mut clock = Instant::now();
    let mut lap = |stage: usize| {
        let now = Instant::now();
        took[stage] = now - clock;
        clock = now;
    };
    let batch = batch.then(|raw| clean(&raw, &config.clean));
    lap(0);
    let batch = batch.then(|doc| (lexicon.extract_terms(&doc), doc));
    let batch = batch.then(|(terms, doc)| segmented(lexicon, doc, terms));
    lap(1);
    let batch = batch.then(|found| Found {
        digest: opts.dedup.map(|_| digest(&found.seg.doc)),
        ..found
    });
    lap(2);
    let batch = batch.then(|found| Found {
        claims: (opts.extract)
            .then(|| claims::extract(&found.seg.doc, lexicon.jieba(), lexicon.compounds())),
        ..found
    });
    lap(3);
    let batch = batch.then(output_lines);
    lap(4);
    times.add(took);
    batch
}

/// A document's lines of the output files, its index entry, its view in the report and its
/// totals.
fn output_lines(found: Found) -> Analyzed {
    let Found {
        seg,
        terms,
        digest,
        claims,
    } = found;
    // The text as a JSON string once, for documents.jsonl and the report.
    let text = json::string_literal(&seg.doc.text);
    let document = json::document_line(&seg.doc, &text);
    let claim_rows: Vec<ClaimRow> = claims.iter().flatten().map(ClaimRow::of).collect();
    let claims_csv = claims.as_ref().map(|c| table::claim_rows(&seg.doc, c));
    let claims = claims.map(|c| json::extract_line(&seg.doc.id, &c, None, None));
    let terms_line = json::terms_line(&seg.doc.id, &terms);
    let terms_csv = table::term_rows(&seg.doc, &terms);
    let view = DocView::of(&seg.doc, text, &terms, &claim_rows);
    let bytes_in = seg.doc.bytes_in;
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
        bytes_in,
        digest,
    }
}

/// The files written as documents come: `documents.jsonl`, `terms.jsonl`, `claims.jsonl`
/// and the CSV tables.
struct DocumentFiles {
    documents: AtomicFile,
    terms: AtomicFile,
    claims: Option<AtomicFile>,
    tables: Tables,
}

impl DocumentFiles {
    fn create(dir: &Path, extract: bool) -> Result<Self> {
        Ok(DocumentFiles {
            documents: AtomicFile::create(&dir.join("documents.jsonl"))?,
            terms: AtomicFile::create(&dir.join("terms.jsonl"))?,
            claims: match extract {
                true => Some(AtomicFile::create(&dir.join("claims.jsonl"))?),
                false => None,
            },
            tables: Tables::create(dir, extract)?,
        })
    }

    fn write(&mut self, a: &Analyzed) -> Result<()> {
        write_line(self.terms.writer(), &a.terms_line)?;
        self.tables.write(&a.terms_csv, a.claims_csv.as_deref())?;
        (self.documents.writer())
            .write_all(&a.document)
            .map_err(Error::write)?;
        match (&mut self.claims, &a.claims) {
            (Some(file), Some(line)) => write_line(file.writer(), line),
            _ => Ok(()),
        }
    }

    fn commit(self) -> Result<()> {
        self.documents.commit()?;
        self.terms.commit()?;
        self.tables.commit()?;
        self.claims.map_or(Ok(()), AtomicFile::commit)
    }
}

/// What the pass over the documents leaves for the corpus-level stages.
struct Documents {
    totals: Totals,
    digests: Digests,
    claim_counts: BTreeMap<std::borrow::Cow<'static, str>, usize>,
    views: report::Views,
    index: index::Index,
    errors: Vec<Error>,
}

/// What deduplication found, with the digests it was found in.
struct Deduplicated {
    digests: Digested,
    found: Option<Dedup>,
    screen: String,
    counts: Option<dedup::report::DedupCounts>,
}

/// Runs `work` as the stage `name` (`label` on the progress line), recording its wall time.
fn timed<T>(
    opts: &AnalyzeOptions,
    timings: &mut Timings,
    (name, label): (&'static str, &'static str),
    work: impl FnOnce() -> Result<T>,
) -> Result<T> {
    let start = Instant::now();
    let stage = opts.reporting.stage(label, 0);
    let out = work()?;
    stage.finish();
    timings.wall(name, start.elapsed());
    Ok(out)
}

/// The pass over the documents (as the learning pass kept them, or read again): every
/// per-document stage in the workers, their results written and collected in corpus order.
fn documents(
    config: &Config,
    (lexicon, kept): (&Lexicon, Option<Kept>),
    opts: &AnalyzeOptions,
    dir: &Path,
    timings: &mut Timings,
) -> Result<Documents> {
    let start = Instant::now();
    let mut files = DocumentFiles::create(dir, opts.extract)?;
    let mut out = Documents {
        totals: Totals::default(),
        digests: Digests::new()?,
        claim_counts: BTreeMap::new(),
        // Without a report, no text is compressed for it.
        views: match opts.report {
            true => report::Views::new(opts.embed, threads(config) > 1),
            false => report::Views::new(report::Embed::First(0), false),
        },
        index: index::Index::default(),
        errors: Vec::new(),
    };
    let mut stage = opts
        .reporting
        .stage("documents", config.corpus.file_bytes());
    let times = StageTimes::default();
    let work = Batched {
        size: BATCH,
        work: |batch| analyze_batch((config, lexicon, opts), &times, batch),
    };
    out.errors = run_kept_batched(config, kept, work, |a| {
        stage.document(a.bytes_in);
        files.write(&a)?;
        out.totals.merge(a.totals);
        for row in &a.claim_rows {
            *out.claim_counts.entry(row.kind().into()).or_default() += 1;
        }
        if let Some(d) = a.digest {
            out.digests.push(d)?;
        }
        out.index.add(a.entry);
        out.views.add(a.view, a.claim_rows);
        Ok(())
    })?;
    times.into_timings(timings);
    stage.finish();
    files.commit()?;
    timings.wall("documents", start.elapsed());
    Ok(out)
}

/// The indexes written, and what the summary and the report show of them. The index is
/// released when this returns: the corpus-level dedup's peak of memory comes without it.
fn indexes(
    index: index::Index,
    views: &report::Views,
    dir: &Path,
    report: bool,
) -> Result<(Top, Option<report::IndexSections>)> {
    let ranked = write_indexes(&index, dir, "documents-cited.json")?;
    let sections = report.then(|| report::IndexSections::of(&ranked, views));
    Ok((Top::of(&ranked, 5), sections))
}

/// Clusters over the corpus (the digests read back from their spill file), `duplicates.json`
/// unless `json_later` (then [`write_duplicates`] writes it beside the report) and, when asked,
/// the deduplicated corpus.
fn deduplicate(
    config: &Config,
    opts: &AnalyzeOptions,
    (digests, facts): (Digests, SlotFinder),
    (dir, json_later): (&Path, bool),
    timings: &mut Timings,
) -> Result<Deduplicated> {
    let digests = digests.finish()?;
    let Some(dedup_opts) = &opts.dedup else {
        return Ok(Deduplicated {
            digests,
            found: None,
            screen: String::new(),
            counts: None,
        });
    };
    let found = timed(opts, timings, ("dedup", "dedup"), || {
        let found = pipeline::pool(config)?.install(|| find_with(&digests, dedup_opts, facts));
        if !json_later {
            write_duplicates(&digests, Some(&found), opts, dir)?;
        }
        Ok(found)
    })?;
    if opts.write_clean {
        timed(opts, timings, ("write_clean", "write clean"), || {
            write_clean(config, &digests, &found, &dir.join("clean"))
        })?;
    }
    Ok(Deduplicated {
        screen: dedup::report::render_heavy(&digests, &found, 5),
        counts: Some(dedup::report::counts(&digests, &found)),
        found: Some(found),
        digests,
    })
}

/// `duplicates.json`, its texts read back from the spill file and checked before the file is
/// committed.
fn write_duplicates(
    digests: &Digested,
    found: Option<&Dedup>,
    opts: &AnalyzeOptions,
    dir: &Path,
) -> Result<()> {
    let (Some(found), Some(dedup_opts)) = (found, &opts.dedup) else {
        return Ok(());
    };
    write_atomic(&dir.join("duplicates.json"), |w| {
        dedup::report::write_json(w, digests, found, dedup_opts)?;
        digests.check()
    })
}

/// `report.html`, built once the digests and clusters are released; with `json_beside` (more
/// than one worker), `duplicates.json` is written on a thread of its own meanwhile, and the
/// digests are released once both are done.
fn write_report(
    summary: &Summary,
    sections: &report::IndexSections,
    mut views: report::Views,
    deduplicated: Deduplicated,
    (opts, dir, json_beside): (&AnalyzeOptions, &Path, bool),
) -> Result<()> {
    let Deduplicated { digests, found, .. } = deduplicated;
    let repeats = found
        .as_ref()
        .map(|f| views.repeats(&digests, f))
        .unwrap_or_default();
    digests.check()?;
    let page = |views| report::html(summary, sections, views, &repeats);
    let page = if json_beside {
        std::thread::scope(|s| {
            let json = s.spawn(|| write_duplicates(&digests, found.as_ref(), opts, dir));
            let page = page(views);
            joined(json).map(|()| page)
        })?
    } else {
        drop((digests, found));
        page(views)
    };
    write_atomic(&dir.join("report.html"), |w| {
        w.write_all(page.as_bytes()).map_err(Error::write)
    })
}

/// What a scoped thread returned; its panic goes on in the caller.
fn joined<T>(thread: std::thread::ScopedJoinHandle<'_, T>) -> T {
    thread
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// The indexes and the clusters over the corpus. With more than one worker, the indexes are
/// written on a thread of their own while the clusters are found (the report's texts
/// compressed there first), and `duplicates.json` later, beside the report (`json_later`).
fn corpus_stages(
    config: &Config,
    opts: &AnalyzeOptions,
    (index, views, digests, facts): (index::Index, &mut report::Views, Digests, SlotFinder),
    (dir, json_later): (&Path, bool),
    timings: &mut Timings,
) -> Result<(Indexed, Deduplicated)> {
    if threads(config) == 1 {
        let indexed = timed(opts, timings, ("indexes", "indexes"), || {
            indexes(index, views, dir, opts.report)
        })?;
        let deduplicated = deduplicate(config, opts, (digests, facts), (dir, json_later), timings)?;
        return Ok((indexed, deduplicated));
    }
    std::thread::scope(|s| {
        let start = Instant::now();
        let indexed = s.spawn(move || {
            views.close_texts();
            (indexes(index, views, dir, opts.report), start.elapsed())
        });
        let deduplicated = deduplicate(config, opts, (digests, facts), (dir, json_later), timings);
        let (indexed, took) = joined(indexed);
        timings.wall("indexes", took);
        Ok((indexed?, deduplicated?))
    })
}

/// What the summary and the report show of the indexes.
type Indexed = (Top, Option<report::IndexSections>);

/// The run's workers.
fn threads(config: &Config) -> usize {
    match config.threads {
        0 => rayon::current_num_threads(),
        n => n,
    }
}

/// The settings a summary records.
fn settings(config: &Config, opts: &AnalyzeOptions, lexicon_terms: usize) -> AnalyzeSettings {
    let clean = config.clean;
    AnalyzeSettings {
        clean: CleanSettings {
            boilerplate: clean.boilerplate,
            normalize: clean.normalize,
            reflow: clean.reflow,
            repair: clean.repair,
            template: clean.template,
        },
        dedup: opts.dedup.map(|d| DedupSettings {
            bucket_cap: d.bucket_cap,
            containment: d.containment,
            document_threshold: d.document_threshold,
            keep: d.keep,
            threshold: d.threshold,
        }),
        extract: opts.extract,
        lexicon_terms,
        report: opts.report,
        taught_in_documents: crate::learn::TAUGHT_IN,
        write_clean: opts.write_clean,
    }
}

/// `tifa analyze`: writes `documents.jsonl`, `terms.jsonl`, `claims.jsonl`, the CSV tables,
/// the indexes, `duplicates.json`, `summary.json` and `report.html` into a staging folder that
/// then replaces the output folder; returns the summary and the inputs skipped.
pub fn analyze_command(config: &Config, opts: &AnalyzeOptions) -> Result<(Summary, Vec<Error>)> {
    check_targets(&config.corpus, &[Target::Folder(&opts.out_dir)])?;
    let staging = StagingDir::create(&opts.out_dir, "analyze")?;
    let dir = staging.path();
    let start = Instant::now();
    let mut timings = Timings::default();
    let (lexicon, kept) = timed(opts, &mut timings, ("learn_terms", "learn terms"), || {
        // The dictionary loads on a thread of its own while the first pass reads the corpus,
        // at -j1 too: a one-off piece of work beside the reading, not a second worker.
        let load = || Lexicon::loaded(&config.terms, true);
        crate::learn::learn_loading(config, load, true)
    })?;
    let mut docs = documents(config, (&lexicon, kept), opts, dir, &mut timings)?;
    let lexicon_terms = lexicon.terms().len();
    // The dictionary is not resident with the corpus-level stages, but for jieba's own, which
    // dedup's check of fact slots uses.
    let facts = SlotFinder::with(lexicon.shared_tagger());
    drop(lexicon);
    let json_later = threads(config) > 1 && opts.report;
    let ((top, sections), deduplicated) = corpus_stages(
        config,
        opts,
        (docs.index, &mut docs.views, docs.digests, facts),
        (dir, json_later),
        &mut timings,
    )?;
    let mut summary = Summary {
        schema_version: SCHEMA_VERSION.into(),
        tool_version: env!("CARGO_PKG_VERSION").into(),
        inputs: config
            .corpus
            .paths()
            .iter()
            .map(|p| p.display().to_string())
            .collect(),
        threads: threads(config),
        settings: settings(config, opts, lexicon_terms),
        totals: docs.totals,
        dedup: deduplicated.counts,
        claims: opts.extract.then_some(docs.claim_counts),
        errors: docs
            .errors
            .iter()
            .filter(|e| !e.is_warning())
            .map(|e| e.to_string())
            .collect(),
        timings,
        top,
        dedup_screen: deduplicated.screen.clone(),
    };
    if let Some(sections) = sections {
        let mut report_timings = Timings::default();
        timed(opts, &mut report_timings, ("report", "report"), || {
            write_report(
                &summary,
                &sections,
                docs.views,
                deduplicated,
                (opts, dir, json_later),
            )
        })?;
        summary.timings.merge(report_timings);
    }
    summary.timings.wall_seconds = start.elapsed().as_secs_f64();
    let text = serde_json::to_string_pretty(&summary).expect("serializable");
    write_atomic(&dir.join("summary.json"), |w| write_line(w, &text))?;
    staging.commit()?;
    Ok((summary, docs.errors))
}
