//! Input: finds the files behind paths, folders and globs, reads them (or stdin), detects
//! their encoding, and splits JSONL into documents.

mod corpus;
/// Bytes to text with the original byte range of every char.
pub mod decode;
mod jsonl;

pub use corpus::{parts, read_part, Corpus, Input, Part, STREAM_LIMIT};
pub use jsonl::DuplicateIds;

use crate::document::{Origin, RawDocument};
use crate::error::{Error, Location};
use serde_json::Map;
use std::io::Read as _;
use std::path::{Path, PathBuf};

/// How input is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputOptions {
    /// JSONL field holding the text.
    pub text_field: String,
    /// JSONL field holding the document id.
    pub id_field: String,
}

impl Default for InputOptions {
    fn default() -> Self {
        InputOptions {
            text_field: "text".into(),
            id_field: "id".into(),
        }
    }
}

/// One input to read: a file (with the id it gets) or standard input.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum InputSource {
    /// A file.
    File {
        /// Its path.
        path: PathBuf,
        /// The id its document gets.
        id: String,
    },
    /// Standard input.
    Stdin,
}

/// File endings read when walking a folder.
const TEXT_EXTENSIONS: &[&str] = &["txt", "md", "jsonl"];

/// Expands paths, folders (recursively, following links but not a link back into the folder)
/// and globs into sources, sorted. Problems (a missing path, an unreadable folder entry,
/// a folder with nothing to read) are returned beside the sources. Files named alike under
/// two folders given (`a/2024.txt`, `b/2024.txt`) take their paths as ids.
pub fn collect_sources(args: &[PathBuf]) -> (Vec<InputSource>, Vec<Error>) {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    for arg in args {
        if arg.as_os_str() == "-" {
            sources.push(InputSource::Stdin);
        } else if arg.is_dir() {
            walk(arg, &mut sources, &mut errors);
        } else if arg.exists() {
            let id = id_text(arg.file_name().unwrap_or(arg.as_os_str()));
            sources.push(InputSource::File {
                path: arg.clone(),
                id,
            });
        } else if is_glob(arg) {
            expand_glob(arg, &mut sources, &mut errors);
        } else {
            errors.push(Error::NotFound(arg.clone()));
        }
    }
    sources.sort();
    sources.dedup();
    distinct_ids(&mut sources);
    (sources, errors)
}

/// Gives each file sharing its id with another file its path as id, until no two files
/// share one (a path taken as id can meet another file's relative path).
fn distinct_ids(sources: &mut [InputSource]) {
    loop {
        let mut seen = std::collections::HashMap::new();
        for s in sources.iter() {
            if let InputSource::File { id, .. } = s {
                *seen.entry(id.clone()).or_insert(0) += 1;
            }
        }
        let mut changed = false;
        for s in sources.iter_mut() {
            if let InputSource::File { path, id } = s {
                let as_path = id_text(path.as_os_str());
                if seen[id.as_str()] > 1 && *id != as_path {
                    *id = as_path;
                    changed = true;
                }
            }
        }
        if !changed {
            return;
        }
    }
}

/// A file name or path as an id: its UTF-8 as it is, each byte that is not UTF-8 as `\xNN`,
/// and `\` as `\\`, so that no name reads like an escape: distinct names, distinct ids.
fn id_text(name: &std::ffi::OsStr) -> String {
    use std::fmt::Write as _;
    let mut id = String::new();
    for chunk in name.as_encoded_bytes().utf8_chunks() {
        id.push_str(&chunk.valid().replace('\\', "\\\\"));
        for b in chunk.invalid() {
            let _ = write!(id, "\\x{b:02x}");
        }
    }
    id
}

fn is_glob(path: &Path) -> bool {
    path.to_string_lossy().contains(['*', '?', '['])
}

fn expand_glob(pattern: &Path, sources: &mut Vec<InputSource>, errors: &mut Vec<Error>) {
    let text = pattern.to_string_lossy();
    let paths = match glob::glob(&text) {
        Ok(paths) => paths,
        Err(e) => {
            errors.push(Error::Pattern {
                pattern: text.into_owned(),
                message: e.to_string(),
            });
            return;
        }
    };
    let before = sources.len();
    for entry in paths {
        match entry {
            Ok(path) if path.is_dir() => walk(&path, sources, errors),
            Ok(path) => {
                let id = id_text(path.as_os_str());
                sources.push(InputSource::File { path, id });
            }
            Err(e) => errors.push(Error::io(e.path().to_path_buf(), e.into())),
        }
    }
    if sources.len() == before {
        errors.push(Error::Pattern {
            pattern: text.into_owned(),
            message: "matched no file".into(),
        });
    }
}

fn walk(root: &Path, sources: &mut Vec<InputSource>, errors: &mut Vec<Error>) {
    let before = sources.len();
    let mut linked = false;
    for entry in walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
    {
        match entry {
            Ok(e) => {
                linked |= e.path_is_symlink();
                if e.file_type().is_file() && has_text_extension(e.path()) {
                    let rel = e.path().strip_prefix(root).unwrap_or(e.path());
                    let id = rel
                        .components()
                        .map(|c| id_text(c.as_os_str()))
                        .collect::<Vec<_>>()
                        .join("/");
                    sources.push(InputSource::File {
                        path: e.path().to_path_buf(),
                        id,
                    });
                }
            }
            // A link back to a folder being walked: its files are read through the real path.
            Err(e) if e.loop_ancestor().is_some() => {}
            Err(e) => {
                let path = e
                    .path()
                    .map_or_else(|| root.to_path_buf(), Path::to_path_buf);
                let io = e
                    .into_io_error()
                    .unwrap_or_else(|| std::io::Error::other("unreadable folder entry"));
                errors.push(Error::io(path, io));
            }
        }
    }
    if linked {
        once_each(&mut *sources, before);
    }
    if sources.len() == before {
        errors.push(Error::NoText(root.to_path_buf()));
    }
}

/// Drops the sources from `from` on that are a file already listed under another path (two
/// links to one folder).
fn once_each(sources: &mut Vec<InputSource>, from: usize) {
    let mut seen = std::collections::HashSet::new();
    let walked = sources.split_off(from);
    sources.extend(walked.into_iter().filter(|s| match s {
        InputSource::File { path, .. } => {
            std::fs::canonicalize(path).map_or(true, |p| seen.insert(p))
        }
        InputSource::Stdin => true,
    }));
}

fn has_text_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| TEXT_EXTENSIONS.iter().any(|t| t.eq_ignore_ascii_case(e)))
}

/// The documents of one source, and the errors of the lines or file that could not be read.
#[derive(Debug, Clone)]
pub struct ReadOutcome {
    /// The documents read, in source order.
    pub documents: Vec<RawDocument>,
    /// What could not be read, and warnings.
    pub errors: Vec<Error>,
}

/// Reads one source. A `.jsonl` file (or stdin starting with a JSON object) gives one
/// document a line; anything else is one document.
pub fn read_source(source: &InputSource, opts: &InputOptions) -> ReadOutcome {
    let (bytes, path, id) = match source {
        InputSource::Stdin => {
            let mut bytes = Vec::new();
            if let Err(e) = std::io::stdin().lock().read_to_end(&mut bytes) {
                return failed(Error::io("-", e));
            }
            (bytes, PathBuf::from("-"), "-".to_string())
        }
        InputSource::File { path, id } => match std::fs::read(path) {
            Ok(bytes) => (bytes, path.clone(), id.clone()),
            Err(e) => return failed(Error::io(path.clone(), e)),
        },
    };
    read_bytes(&bytes, &path, &id, opts)
}

/// A text given in memory (a library caller's string), read as a file of those bytes would
/// be and never as JSONL; its source path is `-`, as standard input's.
pub fn from_text(text: &str, id: &str) -> Result<RawDocument, Error> {
    let decoded =
        decode::decode(text.as_bytes()).map_err(|decode::NotText(why)| Error::NotText {
            at: Location {
                path: PathBuf::from("-"),
                line: None,
            },
            why,
        })?;
    Ok(RawDocument {
        id: id.to_string(),
        origin: Origin {
            path: "-".into(),
            line: None,
        },
        metadata: Map::new(),
        decoded,
        bytes_in: text.len(),
    })
}

/// Records given in memory as JSONL text, read as standard input's JSONL would be (path `-`;
/// a record without an id gets `-:LINE`).
pub fn from_jsonl(text: &str, opts: &InputOptions) -> ReadOutcome {
    jsonl::split(text, Path::new("-"), 1, opts)
}

/// Reads a source's bytes (see [`read_source`]).
pub fn read_bytes(bytes: &[u8], path: &Path, id: &str, opts: &InputOptions) -> ReadOutcome {
    read_from(bytes, path, id, None, opts)
}

/// Reads bytes that are a whole source, or the run of JSONL lines from line `first_line`.
pub(crate) fn read_from(
    bytes: &[u8],
    path: &Path,
    id: &str,
    first_line: Option<usize>,
    opts: &InputOptions,
) -> ReadOutcome {
    let at = Location {
        path: path.to_path_buf(),
        line: first_line,
    };
    let decoded = match decode::decode(bytes) {
        Ok(d) => d,
        Err(decode::NotText(why)) => return failed(Error::NotText { at, why }),
    };
    // Replaced bytes and decoding caveats are told per file (or run of lines), not per line.
    let warnings = decode::warnings(&decoded, path);
    let is_jsonl = is_jsonl_path(path)
        || (path.as_os_str() == "-" && decoded.text.trim_start().starts_with('{'));
    if is_jsonl {
        let mut read = jsonl::split(&decoded.text, path, first_line.unwrap_or(1), opts);
        read.errors.extend(warnings);
        return read;
    }
    let origin = Origin {
        path: path.display().to_string(),
        line: None,
    };
    ReadOutcome {
        documents: vec![RawDocument {
            id: id.to_string(),
            origin,
            metadata: Map::new(),
            decoded,
            bytes_in: bytes.len(),
        }],
        errors: warnings,
    }
}

fn failed(e: Error) -> ReadOutcome {
    ReadOutcome {
        documents: Vec::new(),
        errors: vec![e],
    }
}

pub(crate) fn is_jsonl_path(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl"))
}

/// The one document of `text` read as the file `a.txt` (for tests).
#[cfg(test)]
pub(crate) fn test_document(text: &str) -> crate::document::RawDocument {
    let path = Path::new("a.txt");
    read_bytes(text.as_bytes(), path, "a.txt", &Default::default())
        .documents
        .remove(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_in_memory_is_one_document_even_when_it_looks_like_json() {
        let doc = from_text("{\"text\":\"正文\"}", "a").unwrap();
        assert_eq!((doc.id.as_str(), doc.origin.path.as_str()), ("a", "-"));
        assert_eq!(doc.decoded.text, "{\"text\":\"正文\"}");
        assert!(from_text("a\0b", "a").is_err());
    }

    #[test]
    fn records_in_memory_are_read_as_jsonl_on_stdin() {
        let read = from_jsonl(
            "{\"text\":\"一\"}\n{\"id\":\"b\",\"text\":\"二\"}",
            &InputOptions::default(),
        );
        let ids: Vec<_> = read.documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["-:1", "b"]);
    }
}
