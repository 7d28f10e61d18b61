//! The commands behind the binary's subcommands, taking a validated [`Config`]. They write to
//! the given writer or atomically to files, and return the input errors they skipped.

use crate::claims;
use crate::clean::clean;
use crate::dedup::write::{drops, CleanWriter};
use crate::dedup::{self, digest, find, Dedup, DedupOptions, DocDigest};
use crate::document::{RawDocument, SegmentedDocument};
use crate::error::{Error, Result};
use crate::index;
use crate::output::{prepare_dir, write_atomic, write_line, AtomicFile};
use crate::pipeline::{run, Config};
use crate::segment::segment_terms;
use crate::summary::{Summary, Timings, Totals};
use crate::terms;
use crate::{json, SCHEMA_VERSION};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// How documents are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Json,
    Text,
}

/// Where a command's document output goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sink {
    Stdout,
    File(PathBuf),
}

/// Runs `work` over the corpus and writes each result as a line to the sink (atomically when
/// it is a file). Returns the inputs that were skipped.
fn write_lines(
    config: &Config,
    sink: &Sink,
    stdout: &mut dyn Write,
    work: impl Fn(RawDocument) -> String + Sync + Send,
) -> Result<Vec<Error>> {
    let body = |w: &mut dyn Write| run(config, &work, |line| write_line(w, &line));
    match sink {
        Sink::Stdout => body(stdout),
        Sink::File(path) => {
            let mut skipped = Vec::new();
            write_atomic(path, |w| {
                skipped = body(w)?;
                Ok(())
            })?;
            Ok(skipped)
        }
    }
}

/// `tifa clean`: cleaned documents as JSONL, or their text.
pub fn clean_command(
    config: &Config,
    format: Format,
    sink: &Sink,
    stdout: &mut dyn Write,
) -> Result<Vec<Error>> {
    write_lines(config, sink, stdout, |raw| {
        let doc = clean(&raw, &config.clean);
        match format {
            Format::Json => json::clean_line(&doc),
            Format::Text => format!("=== {} ===\n{}\n", doc.id, doc.text),
        }
    })
}

/// `tifa segment`: tokens of each document, as JSONL or as words separated by spaces, one
/// sentence a line.
pub fn segment_command(
    config: &Config,
    format: Format,
    sink: &Sink,
    stdout: &mut dyn Write,
) -> Result<Vec<Error>> {
    write_lines(config, sink, stdout, |raw| {
        let seg = segment_terms(&config.lexicon, clean(&raw, &config.clean)).0;
        match format {
            Format::Json => json::segmented_line(&seg),
            Format::Text => words_by_sentence(&seg),
        }
    })
}

fn words_by_sentence(seg: &SegmentedDocument) -> String {
    let chars: Vec<char> = seg.doc.text.chars().collect();
    let mut out = format!("=== {} ===\n", seg.doc.id);
    let mut sentence = seg.tokens.first().map_or(0, |t| t.sentence);
    for (i, t) in seg.tokens.iter().enumerate() {
        if t.sentence != sentence {
            out.push('\n');
            sentence = t.sentence;
        } else if i > 0 {
            out.push(' ');
        }
        out.extend(&chars[t.span.start..t.span.end]);
    }
    out.push('\n');
    out
}

/// What `tifa analyze` runs and where it writes.
#[derive(Debug, Clone)]
pub struct AnalyzeOptions {
    pub out_dir: PathBuf,
    /// Deduplication settings; `None` skips the stage.
    pub dedup: Option<DedupOptions>,
    /// Extract numeric claims.
    pub extract: bool,
    /// Also write the deduplicated corpus into `out_dir/clean`.
    pub write_clean: bool,
}

/// What the workers hand back for one document.
struct Analyzed {
    document: String,
    terms_line: String,
    entry: index::DocumentEntry,
    claims: Option<String>,
    claim_kinds: Vec<&'static str>,
    totals: Totals,
    digest: Option<DocDigest>,
    times: [(&'static str, std::time::Duration); 5],
}

/// `tifa analyze`: every stage over the corpus in one parallel pass; writes
/// `documents.jsonl`, `claims.jsonl`, `duplicates.json` and `summary.json` into the output
/// folder and returns the summary.
pub fn analyze_command(config: &Config, opts: &AnalyzeOptions) -> Result<(Summary, Vec<Error>)> {
    let out_dir = &opts.out_dir;
    prepare_dir(out_dir)?;
    let start = Instant::now();
    let jieba = config.lexicon.jieba();
    let mut totals = Totals::default();
    let mut timings = Timings::default();
    let mut digests = Vec::new();
    let mut claim_counts: std::collections::BTreeMap<&'static str, usize> = Default::default();
    let work = |raw: RawDocument| {
        let t0 = Instant::now();
        let doc = clean(&raw, &config.clean);
        let t1 = Instant::now();
        let (seg, terms) = segment_terms(&config.lexicon, doc);
        let t2 = Instant::now();
        let digest = opts.dedup.map(|_| digest(&seg.doc));
        let t3 = Instant::now();
        let claims = opts.extract.then(|| claims::extract(&seg.doc, jieba));
        let t4 = Instant::now();
        let document = json::clean_line(&seg.doc);
        let claim_kinds = claims
            .iter()
            .flatten()
            .map(|c| claims::kind_name(c.kind))
            .collect();
        let claims = claims.map(|c| json::extract_line(&seg.doc.id, &c, None, None));
        let terms_line = json::terms_line(&seg.doc.id, &terms);
        let entry = index::entry(&seg, terms);
        let mut totals = Totals::default();
        totals.add(&seg);
        let times = [
            ("clean", t1 - t0),
            ("segment", t2 - t1),
            ("dedup_signatures", t3 - t2),
            ("extract", t4 - t3),
            ("json", t4.elapsed()),
        ];
        Analyzed {
            document,
            terms_line,
            entry,
            claims,
            claim_kinds,
            totals,
            digest,
            times,
        }
    };
    let mut documents = AtomicFile::create(&out_dir.join("documents.jsonl"))?;
    let mut claims_file = if opts.extract {
        Some(AtomicFile::create(&out_dir.join("claims.jsonl"))?)
    } else {
        None
    };
    let mut terms_file = AtomicFile::create(&out_dir.join("terms.jsonl"))?;
    let mut corpus_index = index::Index::default();
    let errors = run(config, work, |a| {
        totals.merge(a.totals);
        for (stage, d) in a.times {
            timings.add(stage, d);
        }
        for k in a.claim_kinds {
            *claim_counts.entry(k).or_default() += 1;
        }
        digests.extend(a.digest);
        corpus_index.add(a.entry);
        write_line(terms_file.writer(), &a.terms_line)?;
        write_line(documents.writer(), &a.document)?;
        match (&mut claims_file, a.claims) {
            (Some(file), Some(line)) => write_line(file.writer(), &line),
            _ => Ok(()),
        }
    })?;
    documents.commit()?;
    terms_file.commit()?;
    if let Some(file) = claims_file {
        file.commit()?;
    }
    write_indexes(&corpus_index, out_dir, "documents-cited.json")?;
    let mut dedup_screen = String::new();
    let mut dedup_counts = None;
    if let Some(dedup_opts) = &opts.dedup {
        let t = Instant::now();
        let found = find(&digests, dedup_opts);
        timings.add("dedup_clusters", t.elapsed());
        let report = dedup::report::to_json(&digests, &found, dedup_opts);
        write_atomic(&out_dir.join("duplicates.json"), |w| write_line(w, &report))?;
        if opts.write_clean {
            write_clean(config, &digests, &found, &out_dir.join("clean"))?;
        }
        dedup_screen = dedup::report::render(&digests, &found, 5);
        dedup_counts = Some(dedup::report::counts(&digests, &found));
    }
    timings.wall_seconds = start.elapsed().as_secs_f64();
    let summary = Summary {
        schema_version: SCHEMA_VERSION,
        tool_version: env!("CARGO_PKG_VERSION"),
        inputs: config
            .inputs
            .iter()
            .map(|p| p.display().to_string())
            .collect(),
        threads: if config.threads == 0 {
            rayon::current_num_threads()
        } else {
            config.threads
        },
        totals,
        dedup: dedup_counts,
        claims: opts.extract.then_some(claim_counts),
        errors: errors.iter().map(|e| e.to_string()).collect(),
        timings,
        dedup_screen,
    };
    let text = serde_json::to_string_pretty(&summary).expect("serializable");
    write_atomic(&out_dir.join("summary.json"), |w| write_line(w, &text))?;
    Ok((summary, errors))
}

/// `tifa extract`: the numeric claims, terms and keywords of each document, as JSONL, or the
/// claims as a readable table.
pub fn extract_command(
    config: &Config,
    format: Format,
    sink: &Sink,
    stdout: &mut dyn Write,
) -> Result<Vec<Error>> {
    let jieba = config.lexicon.jieba();
    write_lines(config, sink, stdout, |raw| {
        let doc = clean(&raw, &config.clean);
        let claims = claims::extract(&doc, jieba);
        match format {
            Format::Json => {
                let terms = terms::extract(&doc, config.lexicon.terms());
                let keywords = terms::keywords::document(jieba, &doc.text, &terms, 10);
                json::extract_line(&doc.id, &claims, Some(&terms), Some(&keywords))
            }
            Format::Text => claims::table(&doc.id, &claims),
        }
    })
}

/// Writes `keywords.json`, `programs.json`, `slogans.json` and the cited documents.
fn write_indexes(corpus: &index::Index, dir: &Path, documents_name: &str) -> Result<()> {
    let files = [
        ("keywords.json", index::Index::json(&corpus.keywords())),
        (
            "programs.json",
            index::Index::json(&corpus.terms(terms::Category::Program)),
        ),
        (
            "slogans.json",
            index::Index::json(&corpus.terms(terms::Category::Slogan)),
        ),
        (
            documents_name,
            index::Index::json(&corpus.terms(terms::Category::Document)),
        ),
    ];
    for (name, text) in files {
        write_atomic(&dir.join(name), |w| write_line(w, &text))?;
    }
    Ok(())
}

/// `tifa index`: keywords, programs, slogans and cited documents of the corpus, into `dir`;
/// returns a screen of the top entries.
pub fn index_command(config: &Config, dir: &Path) -> Result<(String, Vec<Error>)> {
    prepare_dir(dir)?;
    let mut corpus = index::Index::default();
    let work = |raw: RawDocument| {
        let (seg, terms) = segment_terms(&config.lexicon, clean(&raw, &config.clean));
        index::entry(&seg, terms)
    };
    let errors = run(config, work, |entry| {
        corpus.add(entry);
        Ok(())
    })?;
    write_indexes(&corpus, dir, "documents.json")?;
    Ok((index_screen(&corpus), errors))
}

/// The top entries of each index as tables.
fn index_screen(corpus: &index::Index) -> String {
    let mut out = String::new();
    let categories = [
        ("programs", terms::Category::Program),
        ("slogans", terms::Category::Slogan),
        ("documents", terms::Category::Document),
    ];
    for (title, category) in categories {
        out.push_str(&format!(
            "{title:<28}{:>7}{:>7}  first · last\n",
            "count", "docs"
        ));
        for e in corpus.terms(category).iter().take(15) {
            out.push_str(&format!(
                "  {:<26}{:>7}{:>7}  {} · {}\n",
                e.name, e.count, e.document_count, e.first, e.last
            ));
        }
        out.push('\n');
    }
    out.push_str(&format!("{:<28}{:>7}{:>7}\n", "keywords", "docs", "count"));
    for k in corpus.keywords().iter().take(20) {
        out.push_str(&format!(
            "  {:<26}{:>7}{:>7}\n",
            k.word, k.document_frequency, k.count
        ));
    }
    out
}

/// What `tifa dedup` produced.
pub struct DedupRun {
    pub json: String,
    pub summary: String,
    pub errors: Vec<Error>,
}

/// Digests every document (first pass) and finds repeats.
fn dedup_pass(config: &Config, opts: &DedupOptions) -> Result<(Vec<DocDigest>, Dedup, Vec<Error>)> {
    let mut digests = Vec::new();
    let errors = run(
        config,
        |raw| digest(&clean(&raw, &config.clean)),
        |d| {
            digests.push(d);
            Ok(())
        },
    )?;
    let found = find(&digests, opts);
    Ok((digests, found, errors))
}

/// Writes the deduplicated corpus into `dir` (second pass over the input).
fn write_clean(config: &Config, digests: &[DocDigest], found: &Dedup, dir: &Path) -> Result<()> {
    prepare_dir(dir)?;
    let drops = drops(digests, found);
    let mut writer = CleanWriter::new(dir, &config.input.text_field, &config.input.id_field)?;
    let mut index = 0;
    run(
        config,
        |raw| clean(&raw, &config.clean),
        |doc| {
            let none = Vec::new();
            writer.write(&doc, drops.get(&index).unwrap_or(&none))?;
            index += 1;
            Ok(())
        },
    )?;
    writer.finish()
}

/// `tifa dedup`: clusters of repeated paragraphs and documents as JSON, a summary, and
/// optionally the deduplicated corpus.
pub fn dedup_command(
    config: &Config,
    opts: &DedupOptions,
    clean_dir: Option<&Path>,
) -> Result<DedupRun> {
    let (digests, found, errors) = dedup_pass(config, opts)?;
    if let Some(dir) = clean_dir {
        write_clean(config, &digests, &found, dir)?;
    }
    Ok(DedupRun {
        json: dedup::report::to_json(&digests, &found, opts),
        summary: dedup::report::render(&digests, &found, 10),
        errors,
    })
}

/// What `tifa diff` found: the compared pairs and the documents without a counterpart.
pub struct DiffRun {
    pub diffs: Vec<crate::diff::DocDiff>,
    pub only_old: Vec<String>,
    pub only_new: Vec<String>,
    pub errors: Vec<Error>,
}

impl DiffRun {
    /// Whether anything differs after cleaning.
    pub fn differs(&self) -> bool {
        !self.only_old.is_empty()
            || !self.only_new.is_empty()
            || self.diffs.iter().any(|d| !d.identical)
    }
}

/// `tifa diff`: compares two documents, or the documents of two folders or JSONL files
/// paired by id (two single documents are paired whatever their ids).
pub fn diff_command(config: &Config, old: &Path, new: &Path) -> Result<DiffRun> {
    use rayon::prelude::*;
    let read = |path: &Path| -> Result<(Vec<crate::document::CleanDocument>, Vec<Error>)> {
        let side = Config {
            inputs: vec![path.to_path_buf()],
            ..config.clone()
        };
        let mut docs = Vec::new();
        let errors = run(
            &side,
            |raw| clean(&raw, &config.clean),
            |d| {
                docs.push(d);
                Ok(())
            },
        )?;
        Ok((docs, errors))
    };
    let (old_docs, mut errors) = read(old)?;
    let (new_docs, new_errors) = read(new)?;
    errors.extend(new_errors);
    let mut pairs = Vec::new();
    let (mut only_old, mut only_new) = (Vec::new(), Vec::new());
    if old_docs.len() == 1 && new_docs.len() == 1 {
        pairs.push((&old_docs[0], &new_docs[0]));
    } else {
        let by_id: std::collections::BTreeMap<&str, &crate::document::CleanDocument> =
            new_docs.iter().map(|d| (d.id.as_str(), d)).collect();
        for d in &old_docs {
            match by_id.get(d.id.as_str()) {
                Some(n) => pairs.push((d, n)),
                None => only_old.push(d.id.clone()),
            }
        }
        let old_ids: std::collections::BTreeSet<&str> =
            old_docs.iter().map(|d| d.id.as_str()).collect();
        only_new = new_docs
            .iter()
            .filter(|d| !old_ids.contains(d.id.as_str()))
            .map(|d| d.id.clone())
            .collect();
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(config.threads)
        .build()
        .map_err(|e| Error::Config(e.to_string()))?;
    let diffs = pool.install(|| {
        pairs
            .par_iter()
            .map(|(o, n)| crate::diff::compare(o, n, &config.lexicon))
            .collect()
    });
    Ok(DiffRun {
        diffs,
        only_old,
        only_new,
        errors,
    })
}
