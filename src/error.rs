//! Typed errors. Every error that concerns an input names its path and, where it has one, its line.

use std::path::PathBuf;
use std::sync::Arc;

/// Where an input problem was found: a file and optionally a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The file.
    pub path: PathBuf,
    /// The 1-based line, where there is one.
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
    /// Reading an input failed.
    #[error("{at}: {source}")]
    Io {
        /// Where it was found.
        at: Location,
        /// The underlying error.
        #[source]
        source: Arc<std::io::Error>,
    },
    /// An input is binary, not text.
    #[error("{at}: not a text file ({why})")]
    NotText {
        /// Where it was found.
        at: Location,
        /// Why it is not text.
        why: String,
    },
    /// A JSONL line is not valid JSON.
    #[error("{at}: invalid JSON: {message}")]
    Json {
        /// Where it was found.
        at: Location,
        /// What the parser said.
        message: String,
    },
    /// A JSONL line lacks its text or id field, or it has the wrong type.
    #[error("{at}: field `{field}` {problem}")]
    Field {
        /// Where it was found.
        at: Location,
        /// The field.
        field: String,
        /// What is wrong with it.
        problem: String,
    },
    /// A glob pattern is invalid.
    #[error("{pattern}: {message}")]
    Pattern {
        /// The pattern given.
        pattern: String,
        /// What is wrong with it.
        message: String,
    },
    /// An input path does not exist.
    #[error("{0}: no such file or folder")]
    NotFound(PathBuf),
    /// A warning: a folder given as input holds no file that is read.
    #[error("{0}: no .txt, .md or .jsonl file in this folder")]
    NoText(PathBuf),
    /// An output could not be created or written.
    #[error("{at}: cannot write output: {source}")]
    Output {
        /// Where it was found.
        at: Location,
        /// The underlying error.
        #[source]
        source: Arc<std::io::Error>,
    },
    /// Writing to an output failed (the message of an output's writer names it).
    #[error("cannot write {0}")]
    Write(#[source] Arc<std::io::Error>),
    /// An output would overwrite, delete or be read back as an input.
    #[error("refusing to write {output}: {why} {input} (choose an output outside the inputs)")]
    Clobber {
        /// The output refused.
        output: PathBuf,
        /// The input it would harm.
        input: PathBuf,
        /// Why it is not text.
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
    TooLarge {
        /// The stream.
        path: PathBuf,
        /// The limit in bytes.
        limit: u64,
    },
    /// Every input failed: nothing was written.
    #[error("no document could be read; nothing was written")]
    NoDocuments(Vec<Error>),
    /// A panic while processing one document (the document is skipped).
    #[error("{at}: document {id}: internal error, document skipped: {message}")]
    Internal {
        /// Where it was found.
        at: Location,
        /// The document id.
        id: String,
        /// What went wrong.
        message: String,
    },
    /// A setting is invalid.
    #[error("invalid setting: {0}")]
    Config(String),
    /// A warning, not a skipped input: the document is kept with U+FFFD in place of the bytes.
    #[error("{at}: {bytes} malformed byte(s) replaced by U+FFFD")]
    Lossy {
        /// Where it was found.
        at: Location,
        /// Malformed bytes replaced.
        bytes: usize,
    },
    /// A warning: the text was read, but its encoding was mixed or uncertain.
    #[error("{at}: {caveat}")]
    Decoding {
        /// Where it was found.
        at: Location,
        /// What a reader must know.
        caveat: crate::document::Caveat,
    },
    /// A warning: documents of one side of `tifa diff` share an id; they are paired in order.
    #[error("{side} side {}: {count} documents have id `{id}`; paired in order with the other side's", path.display())]
    SharedId {
        /// `old` or `new`.
        side: &'static str,
        /// The file or stream.
        path: PathBuf,
        /// The document id.
        id: String,
        /// How many documents.
        count: usize,
    },
    /// A warning: two documents of one JSONL source share an id; both are kept.
    #[error("{at}: id `{id}` was already given to line {first}; both documents kept")]
    DuplicateId {
        /// Where it was found.
        at: Location,
        /// The document id.
        id: String,
        /// The line that had the id first.
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

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
