//! A long text written as a JSON string once, eight bytes at a time, and spliced into the
//! lines that carry it (a document's text is in `documents.jsonl` and in the report's texts):
//! serde_json tests and copies each byte of a string on its own, every time it is written.

use serde::Serialize;
use serde_json::ser::{CharEscape, CompactFormatter, Formatter};
use std::io;

/// Eight copies of a byte.
const fn lanes(b: u8) -> u64 {
    u64::from_ne_bytes([b; 8])
}

/// Whether any of the eight bytes of `w` is one JSON escapes: a control char (below 0x20), `"`
/// or `\` (each test is exact for "any byte": a borrow reaches a lane only past a hit).
fn needs_escape(w: u64) -> bool {
    let zero = |v: u64| v.wrapping_sub(lanes(1)) & !v & lanes(0x80);
    let control = w.wrapping_sub(lanes(0x20)) & !w & lanes(0x80);
    control | zero(w ^ lanes(b'"')) | zero(w ^ lanes(b'\\')) != 0
}

/// Appends the escape of byte `b`, if it has one, as serde_json writes it.
fn escape(out: &mut String, b: u8) -> bool {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let short = match b {
        b'"' => "\\\"",
        b'\\' => "\\\\",
        0x08 => "\\b",
        0x0c => "\\f",
        b'\n' => "\\n",
        b'\r' => "\\r",
        b'\t' => "\\t",
        0x20.. => return false,
        _ => {
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xf)]));
            return true;
        }
    };
    out.push_str(short);
    true
}

/// `text` as a JSON string, quotes included: the bytes `serde_json::to_string(text)` gives.
pub(crate) fn string_literal(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 32 + 2);
    out.push('"');
    // `run` is where the bytes not yet copied start; both it and `i` stand after an ASCII
    // byte or at the start when a run is copied, so the slices fall on char boundaries.
    let (mut run, mut i) = (0, 0);
    while i < bytes.len() {
        if let Some(word) = bytes.get(i..i + 8) {
            let w = u64::from_ne_bytes(word.try_into().expect("eight bytes"));
            if !needs_escape(w) {
                i += 8;
                continue;
            }
        }
        let end = (i + 8).min(bytes.len());
        for j in i..end {
            let b = bytes[j];
            if b < 0x20 || b == b'"' || b == b'\\' {
                out.push_str(&text[run..j]);
                escape(&mut out, b);
                run = j + 1;
            }
        }
        i = end;
    }
    out.push_str(&text[run..]);
    out.push('"');
    out
}

/// `value` as compact JSON, its top-level `text` field (an empty string in `value`) written as
/// `literal` (a JSON string, see [`string_literal`]): the bytes serde_json gives for `value`
/// with that text (UTF-8, not checked again: a check costs as much as the escaping saved).
pub(crate) fn with_text(value: &impl Serialize, literal: &str, capacity: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(capacity + literal.len());
    let splice = Splice {
        literal,
        depth: 0,
        key: String::new(),
        in_key: false,
        text_next: false,
        splicing: false,
    };
    let mut ser = serde_json::Serializer::with_formatter(&mut out, splice);
    value.serialize(&mut ser).expect("serializable");
    out
}

/// The compact formatter, but the string value of the key `text` of the outermost object is
/// written as a literal given.
struct Splice<'a> {
    literal: &'a str,
    /// Objects open.
    depth: usize,
    /// The outermost object's key being written, and whether one is.
    key: String,
    in_key: bool,
    /// The next value is the outermost `text`; its string is being replaced.
    text_next: bool,
    splicing: bool,
}

impl Formatter for Splice<'_> {
    fn begin_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.depth += 1;
        CompactFormatter.begin_object(writer)
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.depth -= 1;
        CompactFormatter.end_object(writer)
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.in_key = self.depth == 1;
        self.key.clear();
        CompactFormatter.begin_object_key(writer, first)
    }

    fn end_object_key<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.text_next = self.in_key && self.key == "text";
        self.in_key = false;
        CompactFormatter.end_object_key(writer)
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.text_next = false;
        CompactFormatter.end_object_value(writer)
    }

    fn begin_string<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        if self.text_next {
            self.splicing = true;
            return writer.write_all(self.literal.as_bytes());
        }
        CompactFormatter.begin_string(writer)
    }

    fn end_string<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        if self.splicing {
            self.splicing = false;
            return Ok(());
        }
        CompactFormatter.end_string(writer)
    }

    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        if self.in_key {
            self.key.push_str(fragment);
        }
        match self.splicing {
            true => Ok(()),
            false => CompactFormatter.write_string_fragment(writer, fragment),
        }
    }

    fn write_char_escape<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        char_escape: CharEscape,
    ) -> io::Result<()> {
        if self.in_key {
            // A key with an escape is not `text`.
            self.key.push('\\');
        }
        match self.splicing {
            true => Ok(()),
            false => CompactFormatter.write_char_escape(writer, char_escape),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_are_what_serde_json_writes() {
        let mut texts: Vec<String> = (0u8..0x80)
            .map(|b| format!("前{}后", char::from(b)))
            .collect();
        texts.push(String::new());
        texts.push("平安\n\n乡村“振兴”\t\\ \"a\"\u{7f}\u{1f}\u{0}".into());
        // Every alignment of an escape against the eight-byte words.
        for pad in 0..17 {
            texts.push(format!("{}\"{}\n", "x".repeat(pad), "中".repeat(pad)));
            texts.push(format!("{}\\", "文".repeat(pad)));
        }
        for t in &texts {
            assert_eq!(
                string_literal(t),
                serde_json::to_string(t).unwrap(),
                "{t:?}"
            );
        }
    }

    #[derive(Serialize)]
    struct Line<'a> {
        id: &'a str,
        meta: serde_json::Value,
        text: &'a str,
        more: Vec<Inner<'a>>,
    }

    #[derive(Serialize)]
    struct Inner<'a> {
        text: &'a str,
    }

    #[test]
    fn the_outermost_text_is_spliced_and_nothing_else() {
        let text = "第一段“甲”\n\n第二段\\";
        let line = |text| Line {
            id: "a\"b",
            meta: serde_json::json!({"text": "inner", "x": {"text": "deep"}}),
            text,
            more: vec![Inner { text: "kept" }],
        };
        assert_eq!(
            with_text(&line(""), &string_literal(text), 0),
            serde_json::to_vec(&line(text)).unwrap()
        );
    }
}
