//! `tifa._tifa`: the Python extension. Each function returns the JSON line the CLI prints
//! (built by the library's own functions); the `tifa` package parses it. Batches release the
//! GIL and run on rayon's pool. The lexicon is the library's, built once per process.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use rayon::prelude::*;
use tifa::clean::{clean as clean_document, CleanOptions};
use tifa::dedup::{distributed, DedupOptions, Keep};
use tifa::input::{from_jsonl, from_text, InputOptions};
use tifa::lexicon::Lexicon;
use tifa::output::{check_targets, StagingDir, Target};

/// Cleaning switches, in the order Python passes them.
type Switches = (bool, bool, bool, bool, bool);

fn options((normalize, reflow, repair, boilerplate, template): Switches) -> CleanOptions {
    CleanOptions {
        normalize,
        reflow,
        repair,
        boilerplate,
        template,
    }
}

/// The lexicon of the process: built on first use, shared by every call (the binding's
/// state; the library keeps none).
fn lexicon() -> &'static Lexicon {
    static LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    LEXICON.get_or_init(|| Lexicon::new(&[]))
}

fn value_error(e: tifa::error::Error) -> PyErr {
    PyValueError::new_err(e.to_string())
}

/// `tifa clean`'s line for one text.
fn clean_json(text: &str, id: &str, opts: &CleanOptions) -> tifa::error::Result<String> {
    Ok(tifa::json::clean_line(&clean_document(
        &from_text(text, id)?,
        opts,
    )))
}

/// `tifa segment --format json`'s line for one text.
fn segment_json(text: &str, id: &str) -> tifa::error::Result<String> {
    let doc = clean_document(&from_text(text, id)?, &CleanOptions::default());
    let seg = tifa::segment::segment_terms(lexicon(), doc).0;
    Ok(tifa::json::segmented_line(&seg))
}

/// `tifa extract`'s line for one text.
fn extract_json(text: &str, id: &str) -> tifa::error::Result<String> {
    let doc = clean_document(&from_text(text, id)?, &CleanOptions::default());
    Ok(tifa::commands::extract_line(&doc, lexicon()))
}

/// Runs `work` over (text, id) pairs in parallel without the GIL.
fn batch(
    py: Python<'_>,
    texts: Vec<String>,
    ids: Vec<String>,
    work: impl Fn(&str, &str) -> tifa::error::Result<String> + Sync,
) -> PyResult<Vec<String>> {
    if texts.len() != ids.len() {
        return Err(PyValueError::new_err(format!(
            "{} texts but {} ids",
            texts.len(),
            ids.len()
        )));
    }
    py.allow_threads(|| {
        texts
            .par_iter()
            .zip(&ids)
            .map(|(text, id)| work(text, id))
            .collect::<tifa::error::Result<Vec<String>>>()
    })
    .map_err(value_error)
}

#[pyfunction]
fn clean(py: Python<'_>, text: &str, id: &str, switches: Switches) -> PyResult<String> {
    py.allow_threads(|| clean_json(text, id, &options(switches)))
        .map_err(value_error)
}

#[pyfunction]
fn clean_batch(
    py: Python<'_>,
    texts: Vec<String>,
    ids: Vec<String>,
    switches: Switches,
) -> PyResult<Vec<String>> {
    let opts = options(switches);
    batch(py, texts, ids, |text, id| clean_json(text, id, &opts))
}

#[pyfunction]
fn segment(py: Python<'_>, text: &str, id: &str) -> PyResult<String> {
    py.allow_threads(|| segment_json(text, id))
        .map_err(value_error)
}

#[pyfunction]
fn extract(py: Python<'_>, text: &str, id: &str) -> PyResult<String> {
    py.allow_threads(|| extract_json(text, id))
        .map_err(value_error)
}

#[pyfunction]
fn extract_batch(py: Python<'_>, texts: Vec<String>, ids: Vec<String>) -> PyResult<Vec<String>> {
    batch(py, texts, ids, extract_json)
}

/// `tifa dedup`'s JSON for records given as JSONL text; a record that cannot be read is an
/// error (the CLI would skip it).
#[pyfunction]
fn dedup(
    py: Python<'_>,
    jsonl: &str,
    text_field: String,
    id_field: String,
    threshold: f64,
    keep_longest: bool,
) -> PyResult<String> {
    if !(threshold > 0.0 && threshold <= 1.0) {
        return Err(PyValueError::new_err(format!(
            "threshold {threshold}: a similarity above 0 and at most 1"
        )));
    }
    let input = InputOptions {
        text_field,
        id_field,
    };
    let opts = DedupOptions {
        threshold,
        keep: if keep_longest {
            Keep::Longest
        } else {
            Keep::Earliest
        },
        ..DedupOptions::default()
    };
    let read = from_jsonl(jsonl, &input);
    if let Some(e) = read.errors.into_iter().next() {
        return Err(value_error(e));
    }
    let json = py.allow_threads(|| {
        tifa::commands::dedup_documents(&read.documents, &CleanOptions::default(), &opts)
    });
    String::from_utf8(json.map_err(value_error)?).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// Dedup's units of one cleaned text: paragraph (null for a removed line), char span,
/// original bytes, exact key and the LSH band keys of its MinHash signature.
fn unit_keys_json(text: &str, id: &str) -> tifa::error::Result<String> {
    use tifa::dedup::minhash::{band_hash, BANDS, ROWS};
    let digest = tifa::dedup::digest(&clean_document(
        &from_text(text, id)?,
        &CleanOptions::default(),
    ));
    let units: Vec<serde_json::Value> = digest
        .units
        .iter()
        .zip(tifa::dedup::digest::unit_signatures(&digest))
        .map(|(u, sig)| {
            let bands: Vec<u64> = sig.map_or_else(Vec::new, |sig| {
                (0..BANDS).map(|b| band_hash(&sig, b, ROWS)).collect()
            });
            let span = u.span.get();
            serde_json::json!({
                "paragraph": u.paragraph,
                "span": [span.start, span.end],
                "bytes": [u.bytes.0, u.bytes.1],
                "key": u.key,
                "bands": bands,
            })
        })
        .collect();
    Ok(serde_json::Value::from(units).to_string())
}

#[pyfunction]
fn unit_keys(py: Python<'_>, text: &str, id: &str) -> PyResult<String> {
    py.allow_threads(|| unit_keys_json(text, id))
        .map_err(value_error)
}

/// Jaccard (3-char shingles) and containment (5-char, of the shorter) of two texts,
/// normalized as dedup normalizes paragraphs.
#[pyfunction]
fn similarity(py: Python<'_>, a: &str, b: &str) -> (f64, f64) {
    let s = py.allow_threads(|| tifa::dedup::cluster::compare(a, b));
    (s.jaccard, s.containment)
}

/// Dedup's view of lines `(path, line number, line)` of JSONL files: one JSON `DocRow`
/// (`tifa::dedup::distributed`) a line, none for a line the CLI skips. In parallel, without
/// the GIL.
#[pyfunction]
fn doc_rows(
    py: Python<'_>,
    lines: Vec<(String, usize, String)>,
    text_field: String,
    id_field: String,
) -> Vec<Option<String>> {
    let input = InputOptions {
        text_field,
        id_field,
    };
    py.allow_threads(|| {
        lines
            .par_iter()
            .map(|(path, line, text)| {
                let row = distributed::jsonl_doc_row(path, *line, text, &input)?;
                serde_json::to_string(&row).ok()
            })
            .collect()
    })
}

/// dedup's distributed building blocks (`tifa::dedup::distributed::Blocks`) with the model
/// they share, loaded on first use: make one a worker process and keep it.
#[pyclass(frozen)]
#[derive(Default)]
struct Blocks(distributed::Blocks);

#[pymethods]
impl Blocks {
    #[new]
    fn new() -> Self {
        Blocks::default()
    }

    /// Building block `stage` over a JSON batch, without the GIL.
    fn call(&self, py: Python<'_>, stage: &str, json: &str) -> PyResult<String> {
        py.allow_threads(|| self.0.call(stage, json))
            .map_err(PyValueError::new_err)
    }
}

/// An output folder built aside and swapped in whole, as the CLI's are
/// (`tifa::output::StagingDir`): refused when it is, holds or lies in one of `inputs`, or
/// holds files tifa did not write; dropped without `commit`, the old folder stays as it was.
#[pyclass(unsendable)]
struct OutputFolder(Option<StagingDir>);

#[pymethods]
impl OutputFolder {
    #[new]
    fn new(
        target: std::path::PathBuf,
        inputs: Vec<std::path::PathBuf>,
        command: &str,
    ) -> PyResult<Self> {
        let corpus = tifa::input::Corpus::collect(&inputs);
        check_targets(&corpus, &[Target::Folder(&target)]).map_err(value_error)?;
        let staging = StagingDir::create(&target, command).map_err(value_error)?;
        Ok(OutputFolder(Some(staging)))
    }

    /// Where the files are written until `commit`.
    fn path(&self) -> PyResult<std::path::PathBuf> {
        let staging = self
            .0
            .as_ref()
            .ok_or_else(|| PyValueError::new_err("committed"))?;
        Ok(staging.path().to_path_buf())
    }

    /// Puts the folder written in place of the old one.
    fn commit(&mut self) -> PyResult<()> {
        let staging = self
            .0
            .take()
            .ok_or_else(|| PyValueError::new_err("committed"))?;
        staging.commit().map_err(value_error)
    }
}

#[pymodule]
fn _tifa(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("SCHEMA_VERSION", tifa::SCHEMA_VERSION)?;
    m.add_function(wrap_pyfunction!(clean, m)?)?;
    m.add_function(wrap_pyfunction!(clean_batch, m)?)?;
    m.add_function(wrap_pyfunction!(segment, m)?)?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(extract_batch, m)?)?;
    m.add_function(wrap_pyfunction!(dedup, m)?)?;
    m.add_function(wrap_pyfunction!(unit_keys, m)?)?;
    m.add_function(wrap_pyfunction!(similarity, m)?)?;
    m.add_function(wrap_pyfunction!(doc_rows, m)?)?;
    m.add_class::<Blocks>()?;
    m.add_class::<OutputFolder>()?;
    m.add("BUCKET_CAP", DedupOptions::default().bucket_cap)?;
    m.add("NEAR_THRESHOLD", DedupOptions::default().threshold)?;
    m.add("CONTAINMENT", tifa::dedup::digest::CONTAINMENT)?;
    m.add("MEMBERS_LISTED", tifa::dedup::report::MEMBERS_LISTED)?;
    Ok(())
}
