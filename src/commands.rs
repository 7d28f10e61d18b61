//! The commands behind the binary's subcommands, taking a validated [`Config`]. They write to
//! the given writer or atomically to files, and return the input errors they skipped.

use crate::claims;
use crate::clean::{clean, clean_for_digest};
use crate::dedup::cluster::find_with;
use crate::dedup::templated::SlotFinder;
use crate::dedup::write::{drops, CleanWriter};
use crate::dedup::{self, digest, find, Dedup, DedupOptions, Digested, Digests, DocDigest};
use crate::document::{CleanDocument, RawDocument, SegmentedDocument};
use crate::error::{Error, Result};
use crate::index;
use crate::json;
use crate::lexicon::Lexicon;
use crate::output::{check_targets, AtomicFile, StagingDir, Target};
use crate::pipeline::{run, Config};
use crate::segment::segment_terms;
use crate::terms;
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// How documents are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// One JSON object a document ([`crate::json`]).
    #[default]
    Json,
    /// Text for people.
    Text,
    /// One row a claim (`tifa extract` only), columns in `docs/schema.md`.
    Csv,
}

/// Where a command's document output goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sink {
    /// Standard output.
    Stdout,
    /// A file, written aside and then put in place.
    File(PathBuf),
}

/// Runs `work` over the corpus and writes `header`, then each result as it is (its lines with
/// their line breaks), to the sink (atomically when it is a file). Returns the inputs that
/// were skipped.
fn write_lines(
    config: &Config,
    sink: &Sink,
    stdout: &mut dyn Write,
    header: &str,
    work: impl Fn(RawDocument) -> String + Sync + Send,
) -> Result<Vec<Error>> {
    let body = |w: &mut dyn Write| {
        let mut write = |text: &str| w.write_all(text.as_bytes()).map_err(Error::write);
        write(header)?;
        run(config, &work, |lines| write(&lines))
    };
    match sink.open(config)? {
        None => body(stdout),
        Some(mut file) => {
            let skipped = body(file.writer())?;
            file.commit()?;
            Ok(skipped)
        }
    }
}

impl Sink {
    /// The output file, checked against the inputs and opened before any work (`None`:
    /// standard output).
    fn open(&self, config: &Config) -> Result<Option<AtomicFile>> {
        match self {
            Sink::Stdout => Ok(None),
            Sink::File(path) => {
                check_targets(&config.corpus, &[Target::File(path)])?;
                create_file(path).map(Some)
            }
        }
    }
}

/// An output file opened aside, its missing parent folders created first (as `-o DIR` of
/// `analyze` and `index` creates them).
fn create_file(path: &Path) -> Result<AtomicFile> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| Error::Output {
            at: crate::error::Location {
                path: parent.to_path_buf(),
                line: None,
            },
            source: std::sync::Arc::new(e),
        })?;
    }
    AtomicFile::create(path)
}

/// `tifa clean`: cleaned documents as JSONL, or their text.
pub fn clean_command(
    config: &Config,
    format: Format,
    sink: &Sink,
    stdout: &mut dyn Write,
) -> Result<Vec<Error>> {
    write_lines(config, sink, stdout, "", |raw| {
        let doc = clean(&raw, &config.clean);
        match format {
            Format::Json | Format::Csv => json::clean_line(&doc) + "\n",
            Format::Text => format!(
                "=== {} ===\n{}\n\n",
                crate::terminal::safe_line(&doc.id),
                crate::terminal::safe(&doc.text)
            ),
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
    let lexicon = Lexicon::new(&config.terms);
    write_lines(config, sink, stdout, "", |raw| {
        let seg = segment_terms(&lexicon, clean(&raw, &config.clean)).0;
        match format {
            Format::Json | Format::Csv => json::segmented_line(&seg) + "\n",
            Format::Text => words_by_sentence(&seg) + "\n",
        }
    })
}

fn words_by_sentence(seg: &SegmentedDocument) -> String {
    let chars = seg.doc.chars();
    let mut words = String::new();
    let mut sentence = seg.tokens.first().map_or(0, |t| t.sentence);
    for (i, t) in seg.tokens.iter().enumerate() {
        if t.sentence != sentence {
            words.push('\n');
            sentence = t.sentence;
        } else if i > 0 {
            words.push(' ');
        }
        words.extend(&chars[t.span.start..t.span.end]);
    }
    format!(
        "=== {} ===\n{}\n",
        crate::terminal::safe_line(&seg.doc.id),
        crate::terminal::safe(&words)
    )
}

/// `tifa extract`: the numeric claims, terms and keywords of each document, as JSONL, or the
/// claims as a readable table, or as CSV (one row a claim).
pub fn extract_command(
    config: &Config,
    format: Format,
    sink: &Sink,
    stdout: &mut dyn Write,
) -> Result<Vec<Error>> {
    let lexicon = Lexicon::new(&config.terms);
    let header = match format {
        Format::Csv => crate::table::claims_header(),
        _ => String::new(),
    };
    write_lines(config, sink, stdout, &header, |raw| {
        let doc = clean(&raw, &config.clean);
        let claims = claims::extract(&doc, lexicon.jieba(), lexicon.compounds());
        match format {
            Format::Json => extract_json(&doc, claims, &lexicon) + "\n",
            Format::Text => claims::table(&doc.id, &claims) + "\n",
            Format::Csv => crate::table::claim_rows(&doc, &claims),
        }
    })
}

/// The line `tifa extract` prints for a cleaned document: its claims (found with
/// [`claims::extract`]), terms and keywords.
fn extract_json(doc: &CleanDocument, claims: Vec<claims::Claim>, lexicon: &Lexicon) -> String {
    let terms = lexicon.extract_terms(doc);
    let keywords =
        terms::keywords::document(lexicon.jieba(), lexicon.keywords(), &doc.text, &terms, 10);
    json::extract_line(&doc.id, &claims, Some(&terms), Some(&keywords))
}

/// The line `tifa extract` prints for a cleaned document, for callers of the library.
pub fn extract_line(doc: &CleanDocument, lexicon: &Lexicon) -> String {
    extract_json(
        doc,
        claims::extract(doc, lexicon.jieba(), lexicon.compounds()),
        lexicon,
    )
}

/// Writes `keywords.json`, `programs.json`, `slogans.json` and the cited documents (each
/// serialized straight to its file: the entries of a large corpus are big, their JSON bigger);
/// returns the entries written, for screens and reports.
pub(crate) fn write_indexes<'a>(
    corpus: &'a index::Index,
    dir: &Path,
    documents_name: &str,
) -> Result<index::Ranked<'a>> {
    let ranked = index::Ranked {
        keywords: corpus.keywords(),
        programs: corpus.terms(terms::Category::Program),
        slogans: corpus.terms(terms::Category::Slogan),
        cited: corpus.terms(terms::Category::Document),
    };
    crate::output::write_atomic(&dir.join("keywords.json"), |w| {
        index::Index::write_json(w, &ranked.keywords)
    })?;
    for (name, entries) in [
        ("programs.json", &ranked.programs),
        ("slogans.json", &ranked.slogans),
        (documents_name, &ranked.cited),
    ] {
        crate::output::write_atomic(&dir.join(name), |w| index::Index::write_json(w, entries))?;
    }
    Ok(ranked)
}

/// `tifa index`: keywords, programs, slogans and cited documents of the corpus, into `dir`
/// (built aside and swapped in whole); returns a screen of the top entries.
pub fn index_command(config: &Config, dir: &Path) -> Result<(String, Vec<Error>)> {
    check_targets(&config.corpus, &[Target::Folder(dir)])?;
    let staging = StagingDir::create(dir, "index")?;
    let parallel = config.threads != 1;
    let load = || Lexicon::loaded(&config.terms, parallel);
    let (lexicon, kept) = crate::learn::learn_loading(config, load, parallel)?;
    let mut corpus = index::Index::default();
    let work = |raw: RawDocument| {
        let (seg, terms) = segment_terms(&lexicon, clean(&raw, &config.clean));
        index::entry(&seg, terms)
    };
    let errors = crate::pipeline::run_kept(config, kept, work, |entry| {
        corpus.add(entry);
        Ok(())
    })?;
    let ranked = write_indexes(&corpus, staging.path(), "documents.json")?;
    let screen = index_screen(&ranked);
    staging.commit()?;
    Ok((screen, errors))
}

/// The top entries of each index as tables.
fn index_screen(ranked: &index::Ranked) -> String {
    let mut out = String::new();
    let categories = [
        ("programs", &ranked.programs),
        ("slogans", &ranked.slogans),
        ("documents", &ranked.cited),
    ];
    for (title, entries) in categories {
        out.push_str(&format!(
            "{title:<28}{:>7}{:>7}  first · last\n",
            "count", "docs"
        ));
        for e in entries.iter().take(15) {
            out.push_str(&format!(
                "  {}{:>7}{:>7}  {} · {}\n",
                name_cell(e.name),
                e.count,
                e.document_count,
                crate::terminal::safe_line(e.first),
                crate::terminal::safe_line(e.last)
            ));
        }
        out.push('\n');
    }
    out.push_str(&format!("{:<28}{:>7}{:>7}\n", "keywords", "docs", "count"));
    for k in ranked.keywords.iter().take(20) {
        out.push_str(&format!(
            "  {}{:>7}{:>7}\n",
            name_cell(k.word),
            k.document_frequency,
            k.count
        ));
    }
    out
}

/// A name of `index_screen`, escaped, cut and padded to 26 display columns.
fn name_cell(name: &str) -> String {
    use crate::terminal::{cut, pad, safe};
    pad(&cut(&safe(name), 26), 26)
}

/// What `tifa dedup` produced beside its JSON.
pub struct DedupRun {
    /// The terminal summary.
    pub summary: String,
    /// Inputs skipped.
    pub errors: Vec<Error>,
}

/// Digests every document (first pass) and finds repeats.
fn dedup_pass(config: &Config, opts: &DedupOptions) -> Result<(Digested, Dedup, Vec<Error>)> {
    let mut digests = Digests::new()?;
    // The word-level check's dictionary loads while the corpus is read.
    let facts = SlotFinder::for_corpus(config.corpus.file_bytes());
    let errors = run(
        config,
        |raw| digest(&clean_for_digest(&raw, &config.clean)),
        |d| digests.push(d),
    )?;
    let digests = digests.finish()?;
    let found = crate::pipeline::pool(config)?.install(|| find_with(&digests, opts, facts));
    digests.check()?;
    Ok((digests, found, errors))
}

/// `tifa dedup`'s JSON for documents in memory (a library caller's records), cleaned with
/// `clean_opts`; runs on the current rayon pool.
pub fn dedup_documents(
    raws: &[RawDocument],
    clean_opts: &crate::clean::CleanOptions,
    opts: &DedupOptions,
) -> Result<Vec<u8>> {
    use rayon::prelude::*;
    let digests: Vec<DocDigest> = raws
        .par_iter()
        .map(|raw| digest(&clean_for_digest(raw, clean_opts)))
        .collect();
    let digests = Digested::of(digests)?;
    let found = find(&digests, opts);
    let mut out = Vec::new();
    dedup::report::write_json(&mut out, &digests, &found, opts)?;
    digests.check()?;
    Ok(out)
}

/// Writes the deduplicated corpus into `dir`, a folder being staged (second pass over the
/// input). The passes are joined by document id (and occurrence, for ids a JSONL file
/// repeats), never by position: a document the second pass does not read as the first did
/// fails the whole write.
pub(crate) fn write_clean(
    config: &Config,
    digests: &[DocDigest],
    found: &Dedup,
    dir: &Path,
) -> Result<()> {
    let mut drops = drops(digests, found);
    let mut expected: HashMap<&str, u32> = HashMap::new();
    for d in digests {
        *expected.entry(d.id.as_str()).or_default() += 1;
    }
    let mut seen: HashMap<String, u32> = HashMap::new();
    let mut writer = CleanWriter::new(dir, &config.input.text_field, &config.input.id_field)?;
    run(
        config,
        |raw| clean(&raw, &config.clean),
        |doc| {
            let nth = seen.entry(doc.id.clone()).or_default();
            if *nth >= expected.get(doc.id.as_str()).copied().unwrap_or(0) {
                return Err(Error::Changed(PathBuf::from(&doc.origin.path)));
            }
            let drop = drops.remove(&(doc.id.clone(), *nth)).unwrap_or_default();
            *nth += 1;
            writer.write(&doc, &drop)
        },
    )?;
    if let Some((id, _)) = expected
        .iter()
        .find(|(id, n)| seen.get(**id).copied().unwrap_or(0) < **n)
    {
        return Err(Error::Config(format!(
            "document {id} was not read again for the clean corpus (its input changed or \
             could not be read); nothing was written"
        )));
    }
    writer.finish()
}

/// `tifa dedup`: clusters of repeated paragraphs and documents as JSON (to `json`), a
/// summary, and optionally the deduplicated corpus in `clean_dir`. Every output is checked
/// against the inputs and opened before any work, and put in place only when complete.
pub fn dedup_command(
    config: &Config,
    opts: &DedupOptions,
    json: &Sink,
    clean_dir: Option<&Path>,
    stdout: &mut dyn Write,
) -> Result<DedupRun> {
    if let Some(dir) = clean_dir {
        let mut targets = vec![Target::Folder(dir)];
        if let Sink::File(path) = json {
            targets.push(Target::File(path));
        }
        check_targets(&config.corpus, &targets)?;
    }
    let mut file = json.open(config)?;
    let staging = clean_dir
        .map(|dir| StagingDir::create(dir, "dedup --write-clean"))
        .transpose()?;
    let (digests, found, errors) = dedup_pass(config, opts)?;
    if let Some(staging) = &staging {
        write_clean(config, &digests, &found, staging.path())?;
    }
    let out: &mut dyn Write = match &mut file {
        Some(file) => file.writer(),
        None => stdout,
    };
    dedup::report::write_json(out, &digests, &found, opts)?;
    let summary = dedup::report::render(&digests, &found, 10);
    digests.check()?;
    if let Some(staging) = staging {
        staging.commit()?;
    }
    if let Some(file) = file {
        file.commit()?;
    }
    Ok(DedupRun { summary, errors })
}

/// What `tifa diff` found: the compared pairs and the documents without a counterpart.
pub struct DiffRun {
    /// The compared pairs.
    pub diffs: Vec<crate::diff::DocDiff>,
    /// Ids only in the old version.
    pub only_old: Vec<String>,
    /// Ids only in the new version.
    pub only_new: Vec<String>,
    /// Inputs skipped.
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
/// paired by id (two single documents are paired whatever their ids). The HTML page, when
/// asked for, is checked against the inputs and opened before any work, and written before
/// anything is printed.
pub fn diff_command(
    config: &Config,
    old: &Path,
    new: &Path,
    html: Option<&Path>,
) -> Result<DiffRun> {
    use rayon::prelude::*;
    if old.as_os_str() == "-" && new.as_os_str() == "-" {
        return Err(Error::Config(
            "standard input can be only one side of a diff".into(),
        ));
    }
    let side = |path: &Path| Config {
        corpus: crate::input::Corpus::collect(&[path.to_path_buf()]),
        ..config.clone()
    };
    let (old_side, new_side) = (side(old), side(new));
    let mut page = match html {
        Some(path) => {
            for side in [&old_side, &new_side] {
                check_targets(&side.corpus, &[Target::File(path)])?;
            }
            Some(create_file(path)?)
        }
        None => None,
    };
    let read = |side: &Config| -> Result<(Vec<crate::document::CleanDocument>, Vec<Error>)> {
        let mut docs = Vec::new();
        let errors = run(
            side,
            |raw| clean(&raw, &config.clean),
            |d| {
                docs.push(d);
                Ok(())
            },
        )?;
        Ok((docs, errors))
    };
    let (old_docs, mut errors) = read(&old_side)?;
    let (new_docs, new_errors) = read(&new_side)?;
    errors.extend(new_errors);
    errors.extend(shared_ids("old", old, &old_docs));
    errors.extend(shared_ids("new", new, &new_docs));
    let (pairs, only_old, only_new) = if old_docs.len() == 1 && new_docs.len() == 1 {
        (vec![(&old_docs[0], &new_docs[0])], Vec::new(), Vec::new())
    } else {
        pair_by_id(&old_docs, &new_docs)
    };
    let lexicon = Lexicon::new(&config.terms);
    let diffs = crate::pipeline::pool(config)?.install(|| {
        pairs
            .par_iter()
            .map(|(o, n)| crate::diff::compare(o, n, &lexicon))
            .collect()
    });
    let run = DiffRun {
        diffs,
        only_old,
        only_new,
        errors,
    };
    if let Some(mut file) = page.take() {
        let page = crate::diff::render::html_all(&run.diffs, &run.only_old, &run.only_new);
        file.writer()
            .write_all(page.as_bytes())
            .map_err(Error::write)?;
        file.commit()?;
    }
    Ok(run)
}

type Doc = crate::document::CleanDocument;

/// Pairs documents by id, the k-th of the old side with an id with the k-th of the new side
/// with it; the documents left over are listed by id, in corpus order.
fn pair_by_id<'a>(
    old: &'a [Doc],
    new: &'a [Doc],
) -> (Vec<(&'a Doc, &'a Doc)>, Vec<String>, Vec<String>) {
    let mut by_id: std::collections::HashMap<&str, std::collections::VecDeque<usize>> =
        std::collections::HashMap::new();
    for (i, d) in new.iter().enumerate() {
        by_id.entry(d.id.as_str()).or_default().push_back(i);
    }
    let mut paired = vec![false; new.len()];
    let (mut pairs, mut only_old) = (Vec::new(), Vec::new());
    for d in old {
        match by_id.get_mut(d.id.as_str()).and_then(|q| q.pop_front()) {
            Some(i) => {
                paired[i] = true;
                pairs.push((d, &new[i]));
            }
            None => only_old.push(d.id.clone()),
        }
    }
    let only_new = new
        .iter()
        .zip(&paired)
        .filter(|(_, &p)| !p)
        .map(|(d, _)| d.id.clone())
        .collect();
    (pairs, only_old, only_new)
}

/// A warning for each id that several documents of one side of a diff share.
fn shared_ids(side: &'static str, path: &Path, docs: &[Doc]) -> Vec<Error> {
    let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for d in docs {
        *counts.entry(d.id.as_str()).or_default() += 1;
    }
    counts
        .into_iter()
        .filter(|&(_, n)| n > 1)
        .map(|(id, count)| Error::SharedId {
            side,
            path: path.to_path_buf(),
            id: id.to_string(),
            count,
        })
        .collect()
}
