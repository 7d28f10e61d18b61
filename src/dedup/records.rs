//! Digests spilled to anonymous temporary files while the corpus is read: the documents' units
//! are read back once for the corpus-level stage, their signatures and sentences (columns of
//! fixed-size records) only by the step of that stage that needs them. At 1 GB of input the
//! digests are about 0.6 GB that need not be resident beside the indexes the first pass builds,
//! nor all at once after it.

use super::minhash::{Signature, HASHES};
use super::model::{DocDigest, Passage, SentenceKey, SigId, UnitDigest};
use super::texts::{spill_file, written, TextRef};
use crate::document::{CompactSpan, Span};
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Seek as _, SeekFrom, Write as _};
use std::os::unix::fs::FileExt as _;

/// Digests being written, one record a document.
pub struct RecordWriter {
    file: BufWriter<File>,
    buf: Vec<u8>,
}

impl RecordWriter {
    /// A store in a new anonymous file in the temporary folder (`TMPDIR`).
    pub fn new() -> std::io::Result<RecordWriter> {
        Ok(RecordWriter {
            file: spill_file()?,
            buf: Vec::new(),
        })
    }

    /// Writes a document's digest (what the worker made to be spilled apart is not written).
    pub fn put(&mut self, d: &DocDigest) -> std::io::Result<()> {
        let out = &mut self.buf;
        out.clear();
        put_u32(out, d.id.len() as u32);
        out.extend_from_slice(d.id.as_bytes());
        put_u64(out, d.key);
        put_u64(out, d.norm_len as u64);
        put_u64(out, d.chars as u64);
        put_u64(out, d.paragraphs as u64);
        put_u32(out, d.sig.map_or(0, SigId::number));
        put_u32(out, d.units.len() as u32);
        for u in &d.units {
            put_u32(out, u.paragraph.unwrap_or(u32::MAX));
            put_span(out, u.span);
            put_pair(out, u.bytes);
            put_u64(out, u.norm.to_bits());
            put_u32(out, u.norm_len);
            put_u64(out, u.key);
            put_u32(out, u.sig.map_or(0, SigId::number));
            put_u64(out, u.excerpt.to_bits());
        }
        put_u32(out, d.passages.len() as u32);
        for p in &d.passages {
            put_u32(out, p.copy);
            put_u32(out, p.first_paragraph);
            put_u32(out, p.last_paragraph);
            put_u64(out, p.span.start as u64);
            put_u64(out, p.span.end as u64);
            put_u64(out, p.covers_copy.to_bits());
        }
        self.file.write_all(out)
    }

    /// The records, to be read from the first.
    pub fn finish(self) -> std::io::Result<RecordReader> {
        let mut file = written(self.file)?;
        file.seek(SeekFrom::Start(0))?;
        Ok(RecordReader {
            file: BufReader::with_capacity(1 << 20, file),
        })
    }
}

/// Records read back in the order they were written.
pub struct RecordReader {
    file: BufReader<File>,
}

impl RecordReader {
    /// The next digest.
    pub fn next(&mut self) -> std::io::Result<DocDigest> {
        let r = &mut self.file;
        let mut id = vec![0; get_u32(r)? as usize];
        r.read_exact(&mut id)?;
        let id = String::from_utf8(id)
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e.utf8_error()))?;
        let (key, norm_len, chars) = (get_u64(r)?, get_u64(r)? as usize, get_u64(r)? as usize);
        let paragraphs = get_u64(r)? as usize;
        let sig = SigId::from_number(get_u32(r)?);
        let units = exact((0..get_u32(r)?).map(|_| {
            Ok(UnitDigest {
                paragraph: Some(get_u32(r)?).filter(|&p| p != u32::MAX),
                span: get_span(r)?,
                bytes: get_pair(r)?,
                norm: TextRef::from_bits(get_u64(r)?),
                norm_len: get_u32(r)?,
                key: get_u64(r)?,
                sig: SigId::from_number(get_u32(r)?),
                excerpt: TextRef::from_bits(get_u64(r)?),
            })
        }))?;
        let passages = exact((0..get_u32(r)?).map(|_| {
            Ok(Passage {
                copy: get_u32(r)?,
                first_paragraph: get_u32(r)?,
                last_paragraph: get_u32(r)?,
                span: Span::new(get_u64(r)? as usize, get_u64(r)? as usize),
                covers_copy: f64::from_bits(get_u64(r)?),
            })
        }))?;
        Ok(DocDigest {
            id,
            units,
            passages,
            key,
            sig,
            norm_len,
            chars,
            paragraphs,
            spill: None,
        })
    }
}

/// The items read, in a vector of their number (a digest kept is allocated once).
fn exact<T>(items: impl ExactSizeIterator<Item = std::io::Result<T>>) -> std::io::Result<Vec<T>> {
    let mut out = Vec::with_capacity(items.len().min(1 << 20));
    for item in items {
        out.push(item?);
    }
    Ok(out)
}

/// Records of one size appended to a temporary file.
pub struct Column {
    file: BufWriter<File>,
    size: usize,
    len: usize,
}

impl Column {
    /// An empty column of records of `size` bytes, in a new anonymous file.
    pub fn new(size: usize) -> std::io::Result<Column> {
        Ok(Column {
            file: spill_file()?,
            size,
            len: 0,
        })
    }

    /// Appends a record; its number is the count of records before it.
    pub fn push(&mut self, record: &[u8]) -> std::io::Result<()> {
        debug_assert_eq!(record.len(), self.size);
        self.len += 1;
        self.file.write_all(record)
    }

    pub fn len(&self) -> usize {
        self.len
    }

    /// The column, to be read.
    pub fn finish(self) -> std::io::Result<Columned> {
        Ok(Columned {
            file: written(self.file)?,
            size: self.size,
            len: self.len,
        })
    }
}

/// A column written, read whole by position from any thread.
pub struct Columned {
    file: File,
    size: usize,
    len: usize,
}

impl Columned {
    /// Every record, decoded, read a few thousand at a time.
    pub fn read<T>(&self, decode: impl Fn(&[u8]) -> T) -> std::io::Result<Vec<T>> {
        const CHUNK: usize = 4096;
        let mut out = Vec::with_capacity(self.len);
        let mut buf = vec![0; CHUNK * self.size];
        while out.len() < self.len {
            let bytes = &mut buf[..(self.len - out.len()).min(CHUNK) * self.size];
            self.file
                .read_exact_at(bytes, (out.len() * self.size) as u64)?;
            out.extend(bytes.chunks_exact(self.size).map(&decode));
        }
        Ok(out)
    }
}

/// Bytes of a signature record.
pub const SIG_SIZE: usize = 2 * HASHES;

pub fn sig_record(sig: &Signature) -> [u8; SIG_SIZE] {
    let mut out = [0; SIG_SIZE];
    for (b, v) in out.chunks_exact_mut(2).zip(sig) {
        b.copy_from_slice(&v.to_le_bytes());
    }
    out
}

pub fn sig_of_record(b: &[u8]) -> Signature {
    std::array::from_fn(|i| u16::from_le_bytes([b[2 * i], b[2 * i + 1]]))
}

/// Bytes of a sentence record (its count of paragraphs is not written).
pub const SENTENCE_SIZE: usize = 28;

pub fn sentence_record(s: &SentenceKey) -> [u8; SENTENCE_SIZE] {
    let span = s.span.get();
    let words = [
        s.key as u32,
        (s.key >> 32) as u32,
        s.unit,
        span.start as u32,
        span.end as u32,
        s.bytes.0,
        s.bytes.1,
    ];
    let mut out = [0; SENTENCE_SIZE];
    for (b, w) in out.chunks_exact_mut(4).zip(words) {
        b.copy_from_slice(&w.to_le_bytes());
    }
    out
}

/// A sentence read back from its record, counting one paragraph.
pub fn sentence_of_record(b: &[u8]) -> SentenceKey {
    let word = |i: usize| u32::from_le_bytes([b[4 * i], b[4 * i + 1], b[4 * i + 2], b[4 * i + 3]]);
    SentenceKey {
        key: u64::from(word(0)) | u64::from(word(1)) << 32,
        unit: word(2),
        span: Span::new(word(3) as usize, word(4) as usize).into(),
        bytes: (word(5), word(6)),
        paragraphs: 1,
    }
}

fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put_u64(out: &mut Vec<u8>, v: u64) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put_pair(out: &mut Vec<u8>, (a, b): (u32, u32)) {
    put_u32(out, a);
    put_u32(out, b);
}

fn put_span(out: &mut Vec<u8>, span: CompactSpan) {
    let span = span.get();
    put_pair(out, (span.start as u32, span.end as u32));
}

fn get<const N: usize>(r: &mut impl Read) -> std::io::Result<[u8; N]> {
    let mut b = [0; N];
    r.read_exact(&mut b)?;
    Ok(b)
}

fn get_u32(r: &mut impl Read) -> std::io::Result<u32> {
    get(r).map(u32::from_le_bytes)
}

fn get_u64(r: &mut impl Read) -> std::io::Result<u64> {
    get(r).map(u64::from_le_bytes)
}

fn get_pair(r: &mut impl Read) -> std::io::Result<(u32, u32)> {
    Ok((get_u32(r)?, get_u32(r)?))
}

fn get_span(r: &mut impl Read) -> std::io::Result<CompactSpan> {
    let (start, end) = get_pair(r)?;
    Ok(Span::new(start as usize, end as usize).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests_read_back_as_written() {
        let text = "第一段讲基层治理体系和治理能力现代化建设的新进展。\n\n第二段是完全不同的内容，讲述乡村振兴与产业发展。";
        let raw = crate::input::test_document(text);
        let mut d = super::super::digest(&crate::clean::clean(&raw, &Default::default()));
        d.spill = None;
        d.sig = SigId::from_number(7);
        d.units[1].sig = SigId::from_number(3);
        d.units[0].paragraph = None;
        d.passages.push(Passage {
            copy: 1,
            first_paragraph: 0,
            last_paragraph: 1,
            span: Span::new(2, 40),
            covers_copy: 0.85,
        });
        let mut w = RecordWriter::new().unwrap();
        w.put(&d).unwrap();
        w.put(&d).unwrap();
        let mut r = w.finish().unwrap();
        for _ in 0..2 {
            let back = r.next().unwrap();
            assert_eq!(format!("{back:?}"), format!("{d:?}"));
        }
        assert!(r.next().is_err(), "past the last record");
    }

    #[test]
    fn columns_read_back_whole() {
        let sentences: Vec<SentenceKey> = (0..5000u32)
            .map(|i| SentenceKey {
                key: u64::MAX - i as u64,
                unit: i,
                span: Span::new(i as usize, i as usize + 20).into(),
                bytes: (3 * i, 3 * i + 60),
                paragraphs: 1,
            })
            .collect();
        let mut column = Column::new(SENTENCE_SIZE).unwrap();
        for s in &sentences {
            column.push(&sentence_record(s)).unwrap();
        }
        assert_eq!(
            column.finish().unwrap().read(sentence_of_record).unwrap(),
            sentences
        );
        let sig: Signature = std::array::from_fn(|i| (i * 517) as u16);
        let mut column = Column::new(SIG_SIZE).unwrap();
        column.push(&sig_record(&sig)).unwrap();
        assert_eq!(column.finish().unwrap().read(sig_of_record).unwrap(), [sig]);
    }
}
