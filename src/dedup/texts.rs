//! The texts deduplication keeps of each distinct paragraph (normalized text, excerpt), spilled
//! to an anonymous temporary file while documents are digested and read back by position when
//! candidates are verified or reported: at 1 GB of input they are about 450 MB that need not
//! stay in memory, as the corpus-level stage reads only the texts of candidate pairs.

use std::fs::File;
use std::io::{BufWriter, Write as _};
use std::os::unix::fs::FileExt as _;
use std::sync::OnceLock;

/// Where a text stands in the store: byte offset and length.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TextRef {
    at: u64,
    len: u32,
}

/// Texts being written (while documents are digested).
pub struct TextWriter {
    file: BufWriter<File>,
    len: u64,
}

impl TextWriter {
    /// A store in a new anonymous file in the temporary folder (`TMPDIR`).
    pub fn new() -> std::io::Result<TextWriter> {
        Ok(TextWriter {
            file: BufWriter::with_capacity(1 << 20, tempfile::tempfile()?),
            len: 0,
        })
    }

    /// Appends `bytes`.
    pub fn put(&mut self, bytes: &[u8]) -> std::io::Result<TextRef> {
        self.file.write_all(bytes)?;
        let at = self.len;
        self.len += bytes.len() as u64;
        Ok(TextRef {
            at,
            len: bytes.len() as u32,
        })
    }

    /// The store, to be read from.
    pub fn finish(self) -> std::io::Result<Texts> {
        let file = self.file.into_inner().map_err(|e| e.into_error())?;
        Ok(Texts {
            file,
            failed: OnceLock::new(),
        })
    }
}

/// Texts written, read by position from any thread. A read that fails (the temporary file
/// truncated under the run) gives an empty text and is remembered: the caller asks
/// [`Texts::check`] once its reading is done, rather than every reader handling an error
/// that should not happen.
pub struct Texts {
    file: File,
    failed: OnceLock<std::io::Error>,
}

impl Texts {
    fn bytes(&self, r: TextRef) -> Vec<u8> {
        let mut out = vec![0; r.len as usize];
        match self.file.read_exact_at(&mut out, r.at) {
            Ok(()) => out,
            Err(e) => {
                let _ = self.failed.set(e);
                Vec::new()
            }
        }
    }

    /// A text written with [`TextWriter::put`].
    pub fn string(&self, r: TextRef) -> String {
        String::from_utf8(self.bytes(r)).unwrap_or_default()
    }

    /// The chars of a text written with [`TextWriter::put`] as [`utf16le`] bytes.
    pub fn utf16_chars(&self, r: TextRef) -> Vec<char> {
        let bytes = self.bytes(r);
        let units = bytes
            .chunks_exact(2)
            .map(|b| u16::from_le_bytes([b[0], b[1]]));
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect()
    }

    /// The first read that failed, if any.
    pub fn check(&self) -> std::io::Result<()> {
        match self.failed.get() {
            Some(e) => Err(std::io::Error::new(e.kind(), e.to_string())),
            None => Ok(()),
        }
    }
}

/// Chars as UTF-16 little-endian bytes (two bytes an ideograph, three in UTF-8), as
/// [`Texts::utf16_chars`] reads them.
pub fn utf16le(chars: &[char]) -> Vec<u8> {
    let mut out = Vec::with_capacity(2 * chars.len());
    let mut units = [0; 2];
    for c in chars {
        for u in c.encode_utf16(&mut units) {
            out.extend(u.to_le_bytes());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_read_back_where_they_were_written() {
        let mut w = TextWriter::new().unwrap();
        let a = w.put("两个确立".as_bytes()).unwrap();
        let chars: Vec<char> = "稳就业𠀀保民生".chars().collect();
        let b = w.put(&utf16le(&chars)).unwrap();
        let empty = w.put(b"").unwrap();
        let texts = w.finish().unwrap();
        assert_eq!(texts.string(a), "两个确立");
        assert_eq!(
            texts.utf16_chars(b),
            "稳就业𠀀保民生".chars().collect::<Vec<_>>()
        );
        assert_eq!(texts.string(empty), "");
        assert!(texts.check().is_ok());
    }

    #[test]
    fn a_failed_read_is_remembered() {
        let mut w = TextWriter::new().unwrap();
        w.put(b"abc").unwrap();
        let texts = w.finish().unwrap();
        let past_the_end = TextRef { at: 10, len: 4 };
        assert_eq!(texts.string(past_the_end), "");
        assert!(texts.check().is_err());
    }
}
