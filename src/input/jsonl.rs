//! JSONL input: one document a line, its text and id taken from named fields and every other
//! field kept as metadata. Byte offsets of such a document are into its text field's UTF-8.

use super::decode::from_utf8_string;
use super::{InputOptions, Read};
use crate::document::{Origin, RawDocument};
use crate::error::{Error, Location};
use serde_json::Value;
use std::path::Path;

/// Splits decoded JSONL text into documents; bad lines become errors with their line number
/// (the text's first line is line `first_line` of the file).
pub fn split(text: &str, path: &Path, first_line: usize, opts: &InputOptions) -> Read {
    let mut read = Read {
        documents: Vec::new(),
        errors: Vec::new(),
    };
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match parse_line(line, path, first_line + i, opts) {
            Ok(doc) => read.documents.push(doc),
            Err(e) => read.errors.push(e),
        }
    }
    read
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

    fn read(text: &str) -> Read {
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
}
