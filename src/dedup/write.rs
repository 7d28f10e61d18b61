//! The deduplicated corpus: a second pass over the input that writes each document again,
//! cleaned and without the paragraphs deduplication drops, in the format it came in, plus a
//! record of what was dropped from which document and why.

use super::cluster::Dedup;
use super::digest::DocDigest;
use crate::document::CleanDocument;
use crate::error::Result;
use crate::output::{write_line, AtomicFile};
use serde_json::{json, Map, Value};
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

/// A document of a corpus: its id, and which document of that id it is (JSONL files can
/// repeat an id), counted in corpus order.
pub(crate) type DocKey = (String, u32);

/// Paragraphs to drop, by document: paragraph index → cluster label.
pub(crate) fn drops(docs: &[DocDigest], dedup: &Dedup) -> HashMap<DocKey, Vec<(u32, String)>> {
    let mut nth: HashMap<&str, u32> = HashMap::new();
    let keys: Vec<DocKey> = docs
        .iter()
        .map(|d| {
            let n = nth.entry(d.id.as_str()).or_default();
            *n += 1;
            (d.id.clone(), *n - 1)
        })
        .collect();
    let mut out: HashMap<DocKey, Vec<(u32, String)>> = HashMap::new();
    for &(at, c) in &dedup.removable {
        let unit = &docs[at.doc as usize].units[at.unit as usize];
        let label = if c < dedup.clusters.len() {
            format!("c{}", c + 1)
        } else {
            format!("t{}", c - dedup.clusters.len() + 1)
        };
        if let Some(p) = unit.paragraph {
            out.entry(keys[at.doc as usize].clone())
                .or_default()
                .push((p, label));
        }
    }
    out
}

/// A document's text without the paragraphs `drop` names (an error if it has no such
/// paragraph: the input changed since it was deduplicated).
pub fn kept_text(doc: &CleanDocument, drop: &[(u32, String)]) -> Result<String> {
    if drop
        .iter()
        .any(|(p, _)| *p as usize >= doc.paragraphs.len())
    {
        return Err(crate::error::Error::Changed(doc.origin.path.clone().into()));
    }
    let chars = doc.chars();
    let kept: Vec<String> = doc
        .paragraphs
        .iter()
        .enumerate()
        .filter(|(i, _)| !drop.iter().any(|(p, _)| *p as usize == *i))
        .map(|(_, p)| chars[p.span.start..p.span.end].iter().collect())
        .collect();
    Ok(kept.join(crate::clean::PARAGRAPH_SEPARATOR))
}

/// The line of `dedup-removed.jsonl` for a document: which paragraphs were dropped and why;
/// none when nothing was.
pub fn removed_line(doc: &CleanDocument, drop: &[(u32, String)]) -> Option<String> {
    if drop.is_empty() {
        return None;
    }
    let removed: Vec<Value> = drop
        .iter()
        .map(|(p, c)| {
            let span = doc.paragraphs[*p as usize].span;
            json!({"paragraph": p, "span": [span.start, span.end], "cluster": c})
        })
        .collect();
    Some(json!({"id": doc.id, "removed": removed}).to_string())
}

/// A JSONL document of the clean corpus: its record's other fields, its id and `text`.
pub fn jsonl_line(doc: &CleanDocument, text: String, text_field: &str, id_field: &str) -> String {
    let mut object: Map<String, Value> = doc.metadata.clone();
    object.insert(id_field.to_string(), Value::String(doc.id.clone()));
    object.insert(text_field.to_string(), Value::String(text));
    Value::Object(object).to_string()
}

/// A relative path that stays inside the output folder: no root, no `..`, no NUL.
fn safe_relative(id: &str) -> PathBuf {
    let mut out = PathBuf::new();
    for part in Path::new(&id.replace('\0', "_")).components() {
        if let Component::Normal(p) = part {
            let p = p.to_string_lossy();
            let p: String = p.chars().take(200).collect();
            out.push(p);
        }
    }
    if out.as_os_str().is_empty() {
        out.push("_");
    }
    out
}

/// Writes documents in corpus order into a folder, each under a safe name; `clean-paths.jsonl`
/// records which document (or JSONL source) went to which file.
pub(crate) struct CleanWriter {
    dir: PathBuf,
    jsonl: Option<(PathBuf, AtomicFile)>,
    removed: AtomicFile,
    paths: AtomicFile,
    /// The file chosen for each text document id or JSONL source path.
    names: HashMap<String, PathBuf>,
    used: std::collections::HashSet<PathBuf>,
    text_field: String,
    id_field: String,
}

impl CleanWriter {
    /// A writer into `dir` (created if need be); JSONL input is written back with its
    /// text under `text_field` and its id under `id_field`.
    pub fn new(dir: &Path, text_field: &str, id_field: &str) -> Result<Self> {
        Ok(CleanWriter {
            dir: dir.to_path_buf(),
            jsonl: None,
            removed: AtomicFile::create(&dir.join("dedup-removed.jsonl"))?,
            paths: AtomicFile::create(&dir.join("clean-paths.jsonl"))?,
            names: HashMap::new(),
            used: ["dedup-removed.jsonl", "clean-paths.jsonl"]
                .map(PathBuf::from)
                .into(),
            text_field: text_field.to_string(),
            id_field: id_field.to_string(),
        })
    }

    /// Writes one document without the given paragraphs.
    pub fn write(&mut self, doc: &CleanDocument, drop: &[(u32, String)]) -> Result<()> {
        let text = kept_text(doc, drop)?;
        if let Some(removed) = removed_line(doc, drop) {
            write_line(self.removed.writer(), &removed)?;
        }
        if doc.origin.line.is_some() {
            self.write_jsonl(doc, text)
        } else {
            let name = if doc.id == "-" {
                PathBuf::from("stdin.txt")
            } else {
                safe_relative(&doc.id)
            };
            let name = self.name_for(&doc.id, name)?;
            let path = self.dir.join(name);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(|e| crate::error::Error::io(parent, e))?;
            }
            crate::output::write_atomic(&path, |w| write_line(w, &text))
        }
    }

    fn write_jsonl(&mut self, doc: &CleanDocument, text: String) -> Result<()> {
        let name = Path::new(&doc.origin.path).file_name().map_or_else(
            || "stdin.jsonl".into(),
            |n| n.to_string_lossy().into_owned(),
        );
        let name = self.name_for(&doc.origin.path, safe_relative(&name))?;
        let path = self.dir.join(name);
        if self.jsonl.as_ref().is_none_or(|(p, _)| *p != path) {
            if let Some((_, file)) = self.jsonl.take() {
                file.commit()?;
            }
            self.jsonl = Some((path.clone(), AtomicFile::create(&path)?));
        }
        let line = jsonl_line(doc, text, &self.text_field, &self.id_field);
        let (_, file) = self.jsonl.as_mut().expect("opened above");
        write_line(file.writer(), &line)
    }

    /// The file (relative to the folder) for `key`, a text document's id or a JSONL source's
    /// path: `wanted`, or `wanted~2`, `wanted~3`… when another key already took it; recorded
    /// in `clean-paths.jsonl` the first time.
    fn name_for(&mut self, key: &str, wanted: PathBuf) -> Result<PathBuf> {
        if let Some(name) = self.names.get(key) {
            return Ok(name.clone());
        }
        let mut name = wanted.clone();
        let mut n = 1;
        while self.used.contains(&name) {
            n += 1;
            let file = wanted
                .file_name()
                .map_or_else(String::new, |f| f.to_string_lossy().into_owned());
            let (stem, ext) = match file.rsplit_once('.') {
                Some((s, e)) if !s.is_empty() => (s.to_string(), format!(".{e}")),
                _ => (file.clone(), String::new()),
            };
            name = wanted.with_file_name(format!("{stem}~{n}{ext}"));
        }
        self.used.insert(name.clone());
        self.names.insert(key.to_string(), name.clone());
        write_line(
            self.paths.writer(),
            &json!({"id": key, "path": name.to_string_lossy()}).to_string(),
        )?;
        Ok(name)
    }

    /// Renames every file into place.
    pub fn finish(mut self) -> Result<()> {
        if let Some((_, file)) = self.jsonl.take() {
            file.commit()?;
        }
        self.paths.commit()?;
        self.removed.commit()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_cannot_leave_the_folder() {
        assert_eq!(safe_relative("../../etc/x"), PathBuf::from("etc/x"));
        assert_eq!(
            safe_relative("/abs/path.txt"),
            PathBuf::from("abs/path.txt")
        );
        assert_eq!(safe_relative("a\0b"), PathBuf::from("a_b"));
        assert_eq!(safe_relative(".."), PathBuf::from("_"));
    }
}
