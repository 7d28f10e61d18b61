//! Typed errors. Every error that concerns an input names its path and, where it has one, its line.

use std::path::PathBuf;
use std::sync::Arc;

/// Where an input problem was found: a file and optionally a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub path: PathBuf,
    pub line: Option<usize>,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}", self.path.display(), line),
            None => write!(f, "{}", self.path.display()),
        }
    }
}

/// The library's error type. I/O errors are shared, so errors can be copied: the problems
/// found collecting a corpus are reported by every pass over it.
#[derive(Debug, Clone, thiserror::Error)]
pub enum Error {
    #[error("{at}: {source}")]
    Io {
        at: Location,
        #[source]
        source: Arc<std::io::Error>,
    },
    #[error("{at}: not a text file ({why})")]
    NotText { at: Location, why: String },
    #[error("{at}: invalid JSON: {message}")]
    Json { at: Location, message: String },
    #[error("{at}: field `{field}` {problem}")]
    Field {
        at: Location,
        field: String,
        problem: String,
    },
    #[error("{pattern}: {message}")]
    Pattern { pattern: String, message: String },
    #[error("{0}: no such file or folder")]
    NotFound(PathBuf),
    /// A warning: a folder given as input holds no file that is read.
    #[error("{0}: no .txt, .md or .jsonl file in this folder")]
    NoText(PathBuf),
    #[error("{at}: cannot write output: {source}")]
    Output {
        at: Location,
        #[source]
        source: Arc<std::io::Error>,
    },
    /// Writing to an output failed (the message of an output's writer names it).
    #[error("cannot write {0}")]
    Write(#[source] Arc<std::io::Error>),
    /// An output would overwrite, delete or be read back as an input.
    #[error("refusing to write {output}: {why} {input} (choose an output outside the inputs)")]
    Clobber {
        output: PathBuf,
        input: PathBuf,
        why: &'static str,
    },
    /// An output folder that tifa did not write is never replaced.
    #[error("refusing to replace {0}: {1}")]
    NotOurs(PathBuf, String),
    /// A file changed between two passes over it, or while it was read.
    #[error("{0}: changed while tifa read it; run again once it is complete")]
    Changed(PathBuf),
    /// Standard input or a pipe beyond what is kept in memory.
    #[error("{path}: more than {limit} bytes from a stream; save it to a file and give the file")]
    TooLarge { path: PathBuf, limit: u64 },
    /// Every input failed: nothing was written.
    #[error("no document could be read; nothing was written")]
    NoDocuments(Vec<Error>),
    #[error("{at}: document {id}: internal error, document skipped: {message}")]
    Internal {
        at: Location,
        id: String,
        message: String,
    },
    #[error("invalid setting: {0}")]
    Config(String),
    /// A warning, not a skipped input: the document is kept with U+FFFD in place of the bytes.
    #[error("{at}: {bytes} malformed byte(s) replaced by U+FFFD")]
    Lossy { at: Location, bytes: usize },
    /// A warning: the text was read, but its encoding was mixed or uncertain.
    #[error("{at}: {caveat}")]
    Decoding {
        at: Location,
        caveat: crate::document::Caveat,
    },
    /// A warning: documents of one side of `tifa diff` share an id; they are paired in order.
    #[error("{side} side {}: {count} documents have id `{id}`; paired in order with the other side's", path.display())]
    SharedId {
        side: &'static str,
        path: PathBuf,
        id: String,
        count: usize,
    },
    /// A warning: two documents of one JSONL source share an id; both are kept.
    #[error("{at}: id `{id}` was already given to line {first}; both documents kept")]
    DuplicateId {
        at: Location,
        id: String,
        first: usize,
    },
}

impl Error {
    /// Whether the input was still processed (a warning), not skipped.
    pub fn is_warning(&self) -> bool {
        matches!(
            self,
            Error::Lossy { .. }
                | Error::NoText(_)
                | Error::Decoding { .. }
                | Error::DuplicateId { .. }
                | Error::SharedId { .. }
        )
    }

    /// The file (and line) the problem is at, for errors that name one.
    pub fn location(&self) -> Option<&Location> {
        match self {
            Error::Io { at, .. }
            | Error::NotText { at, .. }
            | Error::Json { at, .. }
            | Error::Field { at, .. }
            | Error::Output { at, .. }
            | Error::Internal { at, .. }
            | Error::Lossy { at, .. }
            | Error::Decoding { at, .. }
            | Error::DuplicateId { at, .. } => Some(at),
            _ => None,
        }
    }

    /// An I/O error at a path.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            at: Location {
                path: path.into(),
                line: None,
            },
            source: Arc::new(source),
        }
    }

    /// A failed write.
    pub fn write(source: std::io::Error) -> Self {
        Error::Write(Arc::new(source))
    }

    /// Whether this is a write to a pipe whose reader has gone (`tifa … | head`).
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io { source, .. } | Error::Write(source)
            if source.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
