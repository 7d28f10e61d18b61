//! The corpus of a run, collected once: every pass reads the same documents. A file's size
//! and time of change are taken when it is collected, and a file that differs when a pass
//! reads it is an error for that file, never a silent mix of two versions. Standard input,
//! pipes and devices are read once, up to [`STREAM_LIMIT`] bytes, and kept for later passes.

use super::decode;
use super::{collect_sources, is_jsonl_path, read_from, InputSource, ReadOutcome};
use crate::error::{Error, Location, Result};
use std::io::{BufRead, Read as _};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::SystemTime;

/// Bytes of standard input (or of a pipe or device given as a path) read at most: they are
/// kept in memory for every pass. Larger input must be saved to a file first.
pub const STREAM_LIMIT: u64 = 2 << 30;
/// Bytes read before the rest of a file: a file that is not text is refused on them alone.
const HEAD: usize = 64 << 10;

/// The inputs of a run: the paths as given, the sources behind them in corpus order, and
/// the problems found collecting them (reported by every pass).
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    paths: Vec<PathBuf>,
    inputs: Arc<[Input]>,
    folders: Vec<PathBuf>,
    errors: Vec<Error>,
}

/// One source and how it is read.
#[derive(Debug, Clone)]
pub struct Input {
    /// What is read.
    pub source: InputSource,
    how: How,
}

#[derive(Debug, Clone)]
enum How {
    /// A regular file, as it was when collected.
    File(Stamp),
    /// Standard input, a pipe or a device: read once by the first pass that needs it.
    Stream(Arc<OnceLock<Result<Arc<[u8]>>>>),
}

/// What tells that a file changed: its size and time of change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
}

impl Stamp {
    fn of(meta: &std::fs::Metadata) -> Stamp {
        Stamp {
            len: meta.len(),
            modified: meta.modified().ok(),
        }
    }
}

impl Corpus {
    /// Collects the sources behind `paths` (files, folders, globs, `-`), in corpus order:
    /// by id, then path. Reads nothing but folder listings and file metadata.
    pub fn collect(paths: &[PathBuf]) -> Corpus {
        let (mut sources, mut errors) = collect_sources(paths);
        sources.sort_by(|a, b| a.key().cmp(&b.key()));
        let inputs = sources
            .into_iter()
            .filter_map(|source| match Input::new(source) {
                Ok(input) => Some(input),
                Err(e) => {
                    errors.push(e);
                    None
                }
            })
            .collect();
        Corpus {
            paths: paths.to_vec(),
            inputs,
            folders: paths
                .iter()
                .filter(|p| p.is_dir())
                .filter_map(|p| std::fs::canonicalize(p).ok())
                .collect(),
            errors,
        }
    }

    /// The paths as given.
    pub fn paths(&self) -> &[PathBuf] {
        &self.paths
    }

    /// The sources, in corpus order.
    pub fn inputs(&self) -> &[Input] {
        &self.inputs
    }

    /// The folders given (canonical), whose whole content is read.
    pub fn folders(&self) -> &[PathBuf] {
        &self.folders
    }

    /// Problems found collecting the sources (a missing path, a folder with nothing to read).
    pub fn errors(&self) -> &[Error] {
        &self.errors
    }

    /// Bytes of input the files hold (streams not counted), for progress.
    pub fn file_bytes(&self) -> u64 {
        self.inputs
            .iter()
            .map(|i| match i.how {
                How::File(stamp) => stamp.len,
                How::Stream(_) => 0,
            })
            .sum()
    }
}

impl InputSource {
    /// The order of sources in a corpus: by id, then path.
    fn key(&self) -> (&str, &Path) {
        match self {
            InputSource::Stdin => ("-", Path::new("-")),
            InputSource::File { path, id } => (id, path),
        }
    }
}

impl Input {
    fn new(source: InputSource) -> Result<Input> {
        let how = match &source {
            InputSource::Stdin => How::Stream(Arc::default()),
            InputSource::File { path, .. } => {
                let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
                if meta.is_file() {
                    How::File(Stamp::of(&meta))
                } else {
                    How::Stream(Arc::default())
                }
            }
        };
        Ok(Input { source, how })
    }

    /// The path shown for this input (`-` for standard input).
    pub fn path(&self) -> &Path {
        match &self.source {
            InputSource::Stdin => Path::new("-"),
            InputSource::File { path, .. } => path,
        }
    }

    fn id(&self) -> &str {
        match &self.source {
            InputSource::Stdin => "-",
            InputSource::File { id, .. } => id,
        }
    }

    /// Reads the whole input (a stream from memory after the first time).
    fn bytes(&self) -> Result<Arc<[u8]>> {
        match &self.how {
            How::File(stamp) => read_file(self.path(), *stamp).map(Arc::from),
            How::Stream(kept) => kept.get_or_init(|| read_stream(self)).clone(),
        }
    }

    /// Whether this is a JSONL file to read a run of lines at a time.
    fn streams_lines(&self) -> bool {
        matches!(self.how, How::File(_)) && is_jsonl_path(self.path())
    }
}

/// Reads a regular file: its head first (a file that is not text is refused on it, however
/// large), then the rest; an error if it is not as it was when collected.
fn read_file(path: &Path, stamp: Stamp) -> Result<Vec<u8>> {
    let file = open_unchanged(path, stamp)?;
    // Room for the whole file and the read that finds its end.
    let mut bytes = Vec::with_capacity(usize::try_from(stamp.len).map_or(0, |n| n + 1));
    let mut file = file.take(HEAD as u64);
    file.read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    refuse_binary(path, &bytes)?;
    file.into_inner()
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    if bytes.len() as u64 != stamp.len {
        return Err(changed(path));
    }
    Ok(bytes)
}

/// Opens a file, checking that its size and time of change are as collected.
fn open_unchanged(path: &Path, stamp: Stamp) -> Result<std::fs::File> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let meta = file.metadata().map_err(|e| Error::io(path, e))?;
    if Stamp::of(&meta) != stamp {
        return Err(changed(path));
    }
    Ok(file)
}

fn changed(path: &Path) -> Error {
    Error::Changed(path.to_path_buf())
}

/// Reads standard input or a pipe or device once: its head first, then up to the limit.
fn read_stream(input: &Input) -> Result<Arc<[u8]>> {
    let path = input.path();
    let mut reader: Box<dyn std::io::Read> = match &input.source {
        InputSource::Stdin => Box::new(std::io::stdin().lock()),
        InputSource::File { path, .. } => {
            Box::new(std::fs::File::open(path).map_err(|e| Error::io(path, e))?)
        }
    };
    let mut bytes = Vec::new();
    (&mut reader)
        .take(HEAD as u64)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    refuse_binary(path, &bytes)?;
    reader
        .take(STREAM_LIMIT + 1 - bytes.len() as u64)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    if bytes.len() as u64 > STREAM_LIMIT {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            limit: STREAM_LIMIT,
        });
    }
    Ok(bytes.into())
}

/// The first bytes of a source decide whether it is text at all.
fn refuse_binary(path: &Path, head: &[u8]) -> Result<()> {
    let head = &head[..head.len().min(8192)];
    if decode::is_text(head) {
        return Ok(());
    }
    match decode::decode(head) {
        Err(decode::NotText(why)) => Err(Error::NotText {
            at: Location {
                path: path.to_path_buf(),
                line: None,
            },
            why,
        }),
        Ok(_) => Ok(()),
    }
}

/// What a worker reads at once: a whole input, or a run of lines of a JSONL file (so a
/// large JSONL file streams through the pipeline instead of being held whole).
#[derive(Debug)]
pub enum Part {
    /// A whole input.
    Whole(Input),
    /// A run of lines of a JSONL file.
    Lines {
        /// The file.
        path: PathBuf,
        /// Line number of the first line, from 1.
        first_line: usize,
        /// The lines' bytes.
        bytes: Vec<u8>,
    },
}

impl Part {
    /// Documents the part holds at most (for sizing the pipeline's chunks).
    pub fn weight(&self) -> usize {
        match self {
            Part::Whole(_) => 1,
            Part::Lines { bytes, .. } => bytes.iter().filter(|&&b| b == b'\n').count().max(1),
        }
    }
}

/// Lines of a JSONL file read into one part.
const PART_LINES: usize = 256;
/// Bytes of a JSONL file read into one part at most (a line is never cut).
const PART_BYTES: usize = 8 << 20;

/// The parts of the corpus, read lazily in order: a UTF-8 (or legacy-encoded) `.jsonl` file
/// as runs of lines, anything else whole. Problems opening a file come out as errors.
pub fn parts(corpus: &Corpus) -> impl Iterator<Item = Result<Part>> + '_ {
    let mut inputs = corpus.inputs.iter();
    let mut lines: Option<LineReader> = None;
    std::iter::from_fn(move || loop {
        if let Some(reader) = &mut lines {
            match reader.next_part() {
                Some(part) => return Some(part),
                None => lines = None,
            }
        }
        let input = inputs.next()?;
        if !input.streams_lines() {
            return Some(Ok(Part::Whole(input.clone())));
        }
        let How::File(stamp) = input.how else {
            unreachable!("only files stream lines")
        };
        match LineReader::open(input.path(), stamp) {
            Ok(Some(reader)) => lines = Some(reader),
            Ok(None) => return Some(Ok(Part::Whole(input.clone()))),
            Err(e) => return Some(Err(e)),
        }
    })
}

/// A JSONL file read a run of lines at a time.
struct LineReader {
    path: PathBuf,
    reader: std::io::BufReader<std::fs::File>,
    next_line: usize,
    read: u64,
    stamp: Stamp,
    done: bool,
}

impl LineReader {
    /// `None` when the file must be read whole: UTF-16 or binary, whose bytes cannot be cut
    /// at newline bytes.
    fn open(path: &Path, stamp: Stamp) -> Result<Option<LineReader>> {
        let file = open_unchanged(path, stamp)?;
        let mut reader = std::io::BufReader::with_capacity(1 << 16, file);
        let head = reader.fill_buf().map_err(|e| Error::io(path, e))?;
        if !decode::cuttable_at_newlines(head) {
            return Ok(None);
        }
        Ok(Some(LineReader {
            path: path.to_path_buf(),
            reader,
            next_line: 1,
            read: 0,
            stamp,
            done: false,
        }))
    }

    fn next_part(&mut self) -> Option<Result<Part>> {
        if self.done {
            return None;
        }
        let mut bytes = Vec::new();
        let first_line = self.next_line;
        while self.next_line - first_line < PART_LINES && bytes.len() < PART_BYTES {
            match self.reader.read_until(b'\n', &mut bytes) {
                Ok(0) => break,
                Ok(_) => self.next_line += 1,
                Err(e) => return Some(Err(Error::io(self.path.clone(), e))),
            }
        }
        self.read += bytes.len() as u64;
        if bytes.is_empty() {
            self.done = true;
            // The end: the file must have been read as it was collected.
            let now = std::fs::metadata(&self.path).map(|m| Stamp::of(&m)).ok();
            return (self.read != self.stamp.len || now != Some(self.stamp))
                .then(|| Err(changed(&self.path)));
        }
        Some(Ok(Part::Lines {
            path: self.path.clone(),
            first_line,
            bytes,
        }))
    }
}

/// Reads one part: the documents of an input, or of a run of JSONL lines.
pub fn read_part(part: &Part, opts: &super::InputOptions) -> ReadOutcome {
    match part {
        Part::Whole(input) => match input.bytes() {
            Ok(bytes) => read_from(&bytes, input.path(), input.id(), None, opts),
            Err(e) => ReadOutcome {
                documents: Vec::new(),
                errors: vec![e],
            },
        },
        Part::Lines {
            path,
            first_line,
            bytes,
        } => read_from(bytes, path, "", Some(*first_line), opts),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn documents(corpus: &Corpus) -> (usize, Vec<Error>) {
        let opts = super::super::InputOptions::default();
        let (mut docs, mut errors) = (0, Vec::new());
        for part in parts(corpus) {
            match part {
                Ok(part) => {
                    let read = read_part(&part, &opts);
                    docs += read.documents.len();
                    errors.extend(read.errors);
                }
                Err(e) => errors.push(e),
            }
        }
        (docs, errors)
    }

    #[test]
    fn a_file_changed_after_it_was_collected_is_an_error_not_a_mix() {
        let dir = tempfile::tempdir().unwrap();
        let (txt, jsonl) = (dir.path().join("a.txt"), dir.path().join("b.jsonl"));
        std::fs::write(&txt, "第一段。").unwrap();
        std::fs::write(&jsonl, "{\"id\":\"1\",\"text\":\"甲。\"}\n").unwrap();
        let corpus = Corpus::collect(&[dir.path().to_path_buf()]);
        assert_eq!(documents(&corpus).0, 2);
        std::fs::write(&txt, "第一段。第二段是新的。").unwrap();
        let mut f = std::fs::OpenOptions::new()
            .append(true)
            .open(&jsonl)
            .unwrap();
        std::io::Write::write_all(&mut f, "{\"id\":\"2\",\"text\":\"乙。\"}\n".as_bytes()).unwrap();
        let (docs, errors) = documents(&corpus);
        assert_eq!(docs, 0);
        assert_eq!(errors.len(), 2);
        assert!(errors.iter().all(|e| matches!(e, Error::Changed(_))));
    }
}
