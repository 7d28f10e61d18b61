//! `tifa._tifa`: the Python extension. Each function returns the JSON line the CLI prints
//! (built by the library's own functions); the `tifa` package parses it. Batches release the
//! GIL and run on rayon's pool. The lexicon is the library's, built once per process.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use rayon::prelude::*;
use tifa::clean::{clean as clean_document, CleanOptions};
use tifa::dedup::{DedupOptions, Keep};
use tifa::input::{from_jsonl, from_text, InputOptions};
use tifa::lexicon::Lexicon;

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
    let seg = tifa::segment::segment_terms(&Lexicon::default(), doc).0;
    Ok(tifa::json::segmented_line(&seg))
}

/// `tifa extract`'s line for one text.
fn extract_json(text: &str, id: &str) -> tifa::error::Result<String> {
    let doc = clean_document(&from_text(text, id)?, &CleanOptions::default());
    Ok(tifa::commands::extract_line(&doc, &Lexicon::default()))
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

#[pymodule]
fn _tifa(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("SCHEMA_VERSION", tifa::SCHEMA_VERSION)?;
    m.add_function(wrap_pyfunction!(clean, m)?)?;
    m.add_function(wrap_pyfunction!(clean_batch, m)?)?;
    m.add_function(wrap_pyfunction!(segment, m)?)?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(extract_batch, m)?)?;
    m.add_function(wrap_pyfunction!(dedup, m)?)?;
    Ok(())
}
