//! The texts deduplication keeps of each distinct paragraph (normalized text, excerpt), spilled
//! to an anonymous temporary file while documents are digested and read back by position when
//! candidates are verified or reported: at 1 GB of input they are about 450 MB that need not
//! stay in memory, as the corpus-level stage reads only the texts of candidate pairs.

use std::fs::File;
use std::io::{BufWriter, Write as _};
use std::os::unix::fs::FileExt as _;
use std::sync::OnceLock;

/// Where a text stands in the store, in one word (millions of units keep two): the byte offset
/// in the high 40 bits, the length in the low 24. A text of 2²⁴ - 1 bytes or more has its
/// length written in 8 bytes before it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TextRef(u64);

const LEN_BITS: u32 = 24;
/// The length field of a text whose length is written before it.
const LONG: u64 = (1 << LEN_BITS) - 1;

impl TextRef {
    fn new(at: u64, len: u64) -> TextRef {
        TextRef(at << LEN_BITS | len.min(LONG))
    }

    fn at(self) -> u64 {
        self.0 >> LEN_BITS
    }

    fn len_field(self) -> u64 {
        self.0 & LONG
    }

    /// The word, to be written in a spill record.
    pub fn to_bits(self) -> u64 {
        self.0
    }

    /// The reference a spill record's word stands for ([`TextRef::to_bits`]).
    pub fn from_bits(bits: u64) -> TextRef {
        TextRef(bits)
    }
}

/// A new anonymous file in the temporary folder (`TMPDIR`), written through a 1 MiB buffer:
/// what every spill store of deduplication writes to.
pub(super) fn spill_file() -> std::io::Result<BufWriter<File>> {
    Ok(BufWriter::with_capacity(1 << 20, tempfile::tempfile()?))
}

/// The file behind a spill store, all that was written flushed.
pub(super) fn written(file: BufWriter<File>) -> std::io::Result<File> {
    file.into_inner().map_err(|e| e.into_error())
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
            file: spill_file()?,
            len: 0,
        })
    }

    /// Appends `bytes`.
    pub fn put(&mut self, bytes: &[u8]) -> std::io::Result<TextRef> {
        let (at, len) = (self.len, bytes.len() as u64);
        if at >> (64 - LEN_BITS) != 0 {
            return Err(std::io::Error::other("temporary text store over 1 TiB"));
        }
        if len >= LONG {
            self.file.write_all(&len.to_le_bytes())?;
            self.len += 8;
        }
        self.file.write_all(bytes)?;
        self.len += len;
        Ok(TextRef::new(at, len))
    }

    /// The store, to be read from: read back whole when it holds at most `RESIDENT`
    /// bytes, so that the corpus-level stage reads it from memory.
    pub fn finish(self) -> std::io::Result<Texts> {
        let file = written(self.file)?;
        let resident = match self.len <= RESIDENT {
            true => {
                let mut bytes = vec![0; self.len as usize];
                file.read_exact_at(&mut bytes, 0)?;
                Some(bytes)
            }
            false => None,
        };
        Ok(Texts {
            file,
            resident,
            failed: OnceLock::new(),
        })
    }
}

/// Bytes of texts read back into memory at most (People's Daily's 41 MB hold about 20 MB);
/// a larger store is read by position from its file.
const RESIDENT: u64 = 64 << 20;

/// Texts written, read by position from any thread. A read that fails (the temporary file
/// truncated under the run) gives an empty text and is remembered: the caller asks
/// [`Texts::check`] once its reading is done, rather than every reader handling an error
/// that should not happen.
pub struct Texts {
    file: File,
    /// The whole store, when it was small enough to read back.
    resident: Option<Vec<u8>>,
    failed: OnceLock<std::io::Error>,
}

impl Texts {
    fn bytes(&self, r: TextRef) -> Vec<u8> {
        self.read(r).unwrap_or_else(|e| {
            let _ = self.failed.set(e);
            Vec::new()
        })
    }

    fn read(&self, r: TextRef) -> std::io::Result<Vec<u8>> {
        let (mut at, mut len) = (r.at(), r.len_field());
        if len == LONG {
            let mut word = [0; 8];
            self.read_at(&mut word, at)?;
            (at, len) = (at + 8, u64::from_le_bytes(word));
        }
        let mut out = vec![0; len as usize];
        self.read_at(&mut out, at)?;
        Ok(out)
    }

    /// Fills `out` with the bytes from `at`, from memory or from the file.
    fn read_at(&self, out: &mut [u8], at: u64) -> std::io::Result<()> {
        let Some(bytes) = &self.resident else {
            return self.file.read_exact_at(out, at);
        };
        let range = usize::try_from(at)
            .ok()
            .and_then(|a| Some(a..a.checked_add(out.len())?));
        match range.and_then(|r| bytes.get(r)) {
            Some(stored) => {
                out.copy_from_slice(stored);
                Ok(())
            }
            None => Err(std::io::ErrorKind::UnexpectedEof.into()),
        }
    }

    /// A text written with [`TextWriter::put`].
    pub fn string(&self, r: TextRef) -> String {
        String::from_utf8(self.bytes(r)).unwrap_or_default()
    }

    /// The chars of a text written with [`TextWriter::put`] as [`utf16le`] bytes.
    pub fn utf16_chars(&self, r: TextRef) -> Vec<char> {
        self.with_bytes(r, decode_utf16le)
    }

    /// The first `n` chars and the last `n` chars of a text written as [`utf16le`] bytes
    /// (each the whole text when it is shorter), read without decoding the rest.
    pub fn utf16_edges(&self, r: TextRef, n: usize) -> [Vec<char>; 2] {
        self.with_bytes(r, |bytes| {
            // A char is one or two units: `n` chars lie within the first 2n units, and the last
            // `n` within the last 2n (a unit more is read and dropped: it may be half a pair).
            let head = decode_utf16le(&bytes[..bytes.len().min(4 * n)]);
            let tail = decode_utf16le(&bytes[bytes.len().saturating_sub(4 * n + 4)..]);
            let head = head[..n.min(head.len())].to_vec();
            let tail = tail[tail.len().saturating_sub(n)..].to_vec();
            [head, tail]
        })
    }

    /// `f` of a text's bytes, borrowed from memory when the store is resident.
    fn with_bytes<T>(&self, r: TextRef, f: impl FnOnce(&[u8]) -> T) -> T {
        let (at, len) = (r.at(), r.len_field());
        let stored = (self.resident.as_ref())
            .filter(|_| len != LONG)
            .and_then(|bytes| {
                bytes.get(usize::try_from(at).ok()?..usize::try_from(at + len).ok()?)
            });
        match stored {
            Some(bytes) => f(bytes),
            None => f(&self.bytes(r)),
        }
    }

    /// The first read that failed, if any.
    pub fn check(&self) -> std::io::Result<()> {
        match self.failed.get() {
            Some(e) => Err(std::io::Error::new(e.kind(), e.to_string())),
            None => Ok(()),
        }
    }
}

/// The chars of [`utf16le`] bytes (a unit that pairs with none is U+FFFD): units that are no
/// half of a pair, the most, are chars as they are.
fn decode_utf16le(bytes: &[u8]) -> Vec<char> {
    let units = bytes
        .chunks_exact(2)
        .map(|b| u16::from_le_bytes([b[0], b[1]]));
    let surrogate = |u: u16| (0xD800..0xE000).contains(&u);
    if units.clone().any(surrogate) {
        return char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect();
    }
    units
        .map(|u| char::from_u32(u32::from(u)).unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// Chars as UTF-16 little-endian bytes (two bytes an ideograph, three in UTF-8), as
/// [`Texts::utf16_chars`] reads them.
pub fn utf16le(chars: &[char]) -> Vec<u8> {
    // Chars of the basic plane (nearly all texts hold no other) are one unit each: written
    // straight into their places.
    if chars.iter().all(|&c| (c as u32) < 0x1_0000) {
        let mut out = vec![0; 2 * chars.len()];
        for (o, &c) in out.chunks_exact_mut(2).zip(chars) {
            o.copy_from_slice(&(c as u16).to_le_bytes());
        }
        return out;
    }
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
    fn utf16le_is_std_encoding() {
        for text in ["稳就业保民生，ＧＤＰ增长5.2%", "稳就业𠀀保民生", ""] {
            let chars: Vec<char> = text.chars().collect();
            let want: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
            assert_eq!(utf16le(&chars), want, "{text}");
        }
    }

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
    fn edges_are_the_first_and_last_chars() {
        let mut w = TextWriter::new().unwrap();
        let texts_of = [
            "",
            "稳",
            "稳就业保民生",
            "𠀀𠀁稳就业𠀂保民生𠀃𠀄",
            "一二三四五六七八九十𠀀𠀁𠀂𠀃",
        ];
        let refs: Vec<TextRef> = (texts_of.iter())
            .map(|t| w.put(&utf16le(&t.chars().collect::<Vec<_>>())).unwrap())
            .collect();
        let texts = w.finish().unwrap();
        for (t, &r) in texts_of.iter().zip(&refs) {
            let chars: Vec<char> = t.chars().collect();
            assert_eq!(texts.utf16_chars(r), chars);
            for n in 0..6 {
                let tail = chars.len().saturating_sub(n);
                let expected = [chars[..n.min(chars.len())].to_vec(), chars[tail..].to_vec()];
                assert_eq!(texts.utf16_edges(r, n), expected, "{t} {n}");
            }
        }
        assert!(texts.check().is_ok());
    }

    #[test]
    fn a_long_text_has_its_length_before_it() {
        let mut w = TextWriter::new().unwrap();
        let short = w.put(b"ab").unwrap();
        let long_text = vec![b'x'; LONG as usize + 3];
        let long = w.put(&long_text).unwrap();
        let after = w.put(b"cd").unwrap();
        let texts = w.finish().unwrap();
        assert_eq!(texts.bytes(long), long_text);
        assert_eq!(
            (texts.string(short), texts.string(after)),
            ("ab".into(), "cd".into())
        );
        assert_eq!(TextRef::from_bits(long.to_bits()), long);
        assert!(texts.check().is_ok());
    }

    #[test]
    fn a_failed_read_is_remembered() {
        let mut w = TextWriter::new().unwrap();
        w.put(b"abc").unwrap();
        let texts = w.finish().unwrap();
        let past_the_end = TextRef::new(10, 4);
        assert_eq!(texts.string(past_the_end), "");
        assert!(texts.check().is_err());
    }
}
