//! JSONL input: one document a line, its text and id taken from named fields and every other
//! field kept as metadata. Byte offsets of such a document are into its text field's UTF-8.

use super::decode::from_utf8_string;
use super::{InputOptions, ReadOutcome};
use crate::document::{Origin, RawDocument};
use crate::error::{Error, Location};
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

/// Splits decoded JSONL text into documents; bad lines become errors with their line number
/// (the text's first line is line `first_line` of the file), and so does an id already given
/// to an earlier line of the text, as a warning (both documents are kept).
pub fn split(text: &str, path: &Path, first_line: usize, opts: &InputOptions) -> ReadOutcome {
    let mut read = ReadOutcome {
        documents: Vec::new(),
        errors: Vec::new(),
    };
    let mut ids = DuplicateIds::default();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match parse_line(line, path, first_line + i, opts) {
            Ok(doc) => {
                read.errors.extend(ids.note(path, first_line + i, &doc.id));
                read.documents.push(doc);
            }
            Err(e) => read.errors.push(e),
        }
    }
    read
}

/// Finds ids given to more than one document of a JSONL file read in several runs of lines
/// (see [`super::Part`]): fed each run's documents in order, it warns for an id that an
/// earlier run gave. Repeats within one run are reported as a run is split. It keeps a 64-bit
/// hash and the first line of each id of the file being read, and forgets them when the
/// documents of another file come.
#[derive(Debug, Default)]
pub struct DuplicateIds {
    path: PathBuf,
    first: HashMap<u64, usize>,
}

impl DuplicateIds {
    /// Notes the `(path, line, id)` of one run of JSONL lines, in corpus order; warnings
    /// for the ids an earlier run of the same file gave.
    pub fn check_lines<'a>(
        &mut self,
        lines: impl IntoIterator<Item = (&'a Path, usize, &'a str)>,
    ) -> Vec<Error> {
        let mut in_run = HashSet::new();
        lines
            .into_iter()
            .filter(|(_, _, id)| in_run.insert(key(id)))
            .filter_map(|(path, line, id)| self.note(path, line, id))
            .collect()
    }

    /// Notes that `line` of `path` gives `id`: a warning when an earlier line gave it.
    fn note(&mut self, path: &Path, line: usize, id: &str) -> Option<Error> {
        if self.path != path {
            self.path = path.to_path_buf();
            self.first.clear();
        }
        let first = *self.first.entry(key(id)).or_insert(line);
        (first != line).then(|| Error::DuplicateId {
            at: Location {
                path: path.to_path_buf(),
                line: Some(line),
            },
            id: id.to_string(),
            first,
        })
    }
}

fn key(id: &str) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    id.hash(&mut hasher);
    hasher.finish()
}

fn parse_line(
    line: &str,
    path: &Path,
    number: usize,
    opts: &InputOptions,
) -> Result<RawDocument, Error> {
    let at = Location {
        path: path.to_path_buf(),
        line: Some(number),
    };
    let field_error = |field: &str, problem: &str| Error::Field {
        at: at.clone(),
        field: field.to_string(),
        problem: problem.to_string(),
    };
    let value: Value = serde_json::from_str(line).map_err(|e| Error::Json {
        at: at.clone(),
        message: e.to_string(),
    })?;
    let Value::Object(mut fields) = value else {
        return Err(Error::Json {
            at,
            message: "a line must be a JSON object".into(),
        });
    };
    let text = match fields.remove(&opts.text_field) {
        Some(Value::String(s)) => s,
        Some(_) => return Err(field_error(&opts.text_field, "is not a string")),
        None => return Err(field_error(&opts.text_field, "is missing")),
    };
    let id = match fields.remove(&opts.id_field) {
        Some(Value::String(s)) => s,
        Some(Value::Number(n)) => n.to_string(),
        Some(_) => return Err(field_error(&opts.id_field, "is not a string or number")),
        None => format!("{}:{}", path.display(), number),
    };
    let bytes_in = text.len();
    let decoded = from_utf8_string(text);
    Ok(RawDocument {
        id,
        origin: Origin {
            path: path.display().to_string(),
            line: Some(number),
        },
        metadata: fields,
        decoded,
        bytes_in,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(ids: &mut DuplicateIds, documents: &[RawDocument]) -> Vec<Error> {
        ids.check_lines(
            documents
                .iter()
                .filter_map(|d| Some((Path::new(&d.origin.path), d.origin.line?, d.id.as_str()))),
        )
    }

    fn read(text: &str) -> ReadOutcome {
        split(text, Path::new("x.jsonl"), 1, &InputOptions::default())
    }

    #[test]
    fn documents_and_metadata() {
        let r = read("{\"id\":\"a\",\"text\":\"正文\",\"title\":\"标题\"}\n\n{\"id\":7,\"text\":\"二\"}\n{\"text\":\"无\"}");
        assert!(r.errors.is_empty());
        let ids: Vec<_> = r.documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a", "7", "x.jsonl:4"]);
        assert_eq!(r.documents[0].metadata["title"], "标题");
        assert_eq!(r.documents[1].origin.line, Some(3));
    }

    #[test]
    fn bad_lines_are_errors_with_line_numbers() {
        let r = read("{\"text\":\"好\"}\n{\"text\":\n{\"id\":\"b\"}\n{\"text\":3}\n[1]");
        assert_eq!(r.documents.len(), 1);
        let messages: Vec<String> = r.errors.iter().map(|e| e.to_string()).collect();
        assert!(
            messages[0].starts_with("x.jsonl:2: invalid JSON"),
            "{messages:?}"
        );
        assert_eq!(messages[1], "x.jsonl:3: field `text` is missing");
        assert_eq!(messages[2], "x.jsonl:4: field `text` is not a string");
        assert!(messages[3].starts_with("x.jsonl:5: invalid JSON: a line must be"));
    }

    fn messages(errors: &[Error]) -> Vec<String> {
        errors.iter().map(|e| e.to_string()).collect()
    }

    #[test]
    fn a_repeated_id_is_a_warning_naming_file_line_and_id() {
        let r = read("{\"id\":\"a\",\"text\":\"一\"}\n{\"id\":\"b\",\"text\":\"二\"}\n{\"id\":\"a\",\"text\":\"三\"}");
        assert_eq!(r.documents.len(), 3);
        assert!(r.errors.iter().all(Error::is_warning));
        assert_eq!(
            messages(&r.errors),
            ["x.jsonl:3: id `a` was already given to line 1; both documents kept"]
        );
    }

    #[test]
    fn repeated_ids_are_found_across_runs_of_lines_once_each() {
        let run = |text: &str, path: &str, first_line| {
            split(text, Path::new(path), first_line, &InputOptions::default())
        };
        let first = run(
            "{\"id\":\"a\",\"text\":\"一\"}\n{\"id\":\"b\",\"text\":\"二\"}",
            "x.jsonl",
            1,
        );
        let second = run(
            "{\"id\":\"b\",\"text\":\"三\"}\n{\"id\":\"b\",\"text\":\"四\"}",
            "x.jsonl",
            3,
        );
        assert_eq!(
            messages(&second.errors),
            ["x.jsonl:4: id `b` was already given to line 3; both documents kept"]
        );
        let mut ids = DuplicateIds::default();
        assert!(check(&mut ids, &first.documents).is_empty());
        assert_eq!(
            messages(&check(&mut ids, &second.documents)),
            ["x.jsonl:3: id `b` was already given to line 2; both documents kept"]
        );
        // Another file starts afresh.
        let other = run("{\"id\":\"a\",\"text\":\"五\"}", "y.jsonl", 1);
        assert!(check(&mut ids, &other.documents).is_empty());
    }
}
