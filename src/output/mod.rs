//! Output that never destroys what tifa did not make. Before anything is read, every output
//! is checked against the inputs ([`check_targets`]); files are written aside and renamed into
//! place ([`AtomicFile`]), or written in place when the target is a device or a pipe; folders
//! are built aside and swapped in, replacing only a folder that is missing, empty or an earlier
//! output of the same command ([`StagingDir`]). What is being written aside is registered, so
//! an interrupted run can remove it ([`remove_unfinished`]).

mod file;
mod folder;

pub use file::{write_atomic, AtomicFile};
pub use folder::{StagingDir, MARKER};

use crate::error::{Error, Result};
use crate::input::Corpus;
use std::io::Write;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

/// An output of a command: a file, or a folder it fills.
#[derive(Debug, Clone, Copy)]
pub enum Target<'a> {
    /// A file written whole.
    File(&'a Path),
    /// A folder filled with files.
    Folder(&'a Path),
}

impl Target<'_> {
    fn path(&self) -> &Path {
        match self {
            Target::File(p) | Target::Folder(p) => p,
        }
    }
}

/// Refuses, before anything is read, an output that is an input, lies inside a folder that
/// is read, or (a folder) holds an input; and a file output inside a folder output. Paths are
/// compared canonical: links and `..` resolved.
pub fn check_targets(corpus: &Corpus, targets: &[Target]) -> Result<()> {
    let files: Vec<PathBuf> = corpus
        .inputs()
        .iter()
        .filter_map(|i| std::fs::canonicalize(i.path()).ok())
        .collect();
    for target in targets {
        let out = canonical(target.path());
        let refuse = |input: &Path, why| {
            Err(Error::Clobber {
                output: target.path().to_path_buf(),
                input: input.to_path_buf(),
                why,
            })
        };
        for folder in corpus.folders() {
            if out == *folder {
                return refuse(folder, "it is the input folder");
            }
            if out.starts_with(folder) {
                return refuse(folder, "it lies inside the input folder");
            }
            if matches!(target, Target::Folder(_)) && folder.starts_with(&out) {
                return refuse(folder, "it holds the input folder");
            }
        }
        for file in &files {
            match target {
                Target::File(_) if *file == out => return refuse(file, "it is the input"),
                Target::Folder(_) if file.starts_with(&out) => {
                    return refuse(file, "it holds the input")
                }
                _ => {}
            }
        }
        for other in targets {
            if let (Target::File(_), Target::Folder(dir)) = (target, other) {
                if out.starts_with(canonical(dir)) {
                    return refuse(dir, "it lies inside the output folder");
                }
            }
        }
    }
    Ok(())
}

/// The absolute path with links resolved as far as it exists, and `.` and `..` resolved in
/// the part that does not exist yet.
pub fn canonical(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut existing = absolute.as_path();
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = std::fs::canonicalize(existing) {
            let mut out = real;
            for part in rest.iter().rev() {
                match part {
                    Component::ParentDir => {
                        out.pop();
                    }
                    Component::Normal(name) => out.push(name),
                    _ => {}
                }
            }
            return out;
        }
        match (existing.parent(), existing.components().next_back()) {
            (Some(parent), Some(last)) => {
                rest.push(last);
                existing = parent;
            }
            _ => return absolute,
        }
    }
}

/// Files and folders being written aside, removed by [`remove_unfinished`].
static UNFINISHED: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn register(path: &Path) {
    if let Ok(mut list) = UNFINISHED.lock() {
        list.push(path.to_path_buf());
    }
}

fn unregister(path: &Path) {
    if let Ok(mut list) = UNFINISHED.lock() {
        list.retain(|p| p != path);
    }
}

/// Removes every file and folder still being written aside: for a signal handler, before
/// the process ends, so an interrupted run leaves no temporary file behind.
pub fn remove_unfinished() {
    let list = match UNFINISHED.lock() {
        Ok(mut list) => std::mem::take(&mut *list),
        Err(_) => return,
    };
    for path in list {
        let _ = std::fs::remove_dir_all(&path).or_else(|_| std::fs::remove_file(&path));
    }
}

/// A name for something written aside beside `target`: `.NAME.tifa-KIND-PID-N`, unique in
/// this run and to this process.
fn aside(target: &Path, kind: &str) -> PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let name = target
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
    target.with_file_name(format!(".{name}.tifa-{kind}-{}-{n}", std::process::id()))
}

/// Removes what runs that are no longer alive left beside `target` (a killed run cannot
/// clean up); never what a live run is writing.
fn remove_stale(target: &Path) {
    let (Some(dir), Some(name)) = (target.parent(), target.file_name()) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let prefix = format!(".{}.tifa-", name.to_string_lossy());
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = file.strip_prefix(&prefix) else {
            continue;
        };
        let pid = rest.split('-').nth(1).and_then(|p| p.parse::<u32>().ok());
        if pid.is_some_and(|pid| !alive(pid)) {
            let path = entry.path();
            let _ = std::fs::remove_dir_all(&path).or_else(|_| std::fs::remove_file(&path));
        }
    }
}

/// Whether a process runs (on systems without `/proc`, every process is taken as alive).
fn alive(pid: u32) -> bool {
    pid == std::process::id()
        || !Path::new("/proc/self").exists()
        || Path::new(&format!("/proc/{pid}")).exists()
}

/// Writes a line and its newline.
pub fn write_line(w: &mut dyn Write, line: &str) -> Result<()> {
    w.write_all(line.as_bytes())
        .and_then(|()| w.write_all(b"\n"))
        .map_err(Error::write)
}

/// A writer whose errors name what it writes to (`cannot write out.json: No space left`).
pub struct Named<W> {
    name: String,
    inner: W,
}

impl<W: Write> Named<W> {
    /// `inner`, whose errors name `name`.
    pub fn new(name: impl Into<String>, inner: W) -> Self {
        Named {
            name: name.into(),
            inner,
        }
    }

    /// The writer without its name.
    pub fn into_inner(self) -> W {
        self.inner
    }

    fn named(&self, e: std::io::Error) -> std::io::Error {
        std::io::Error::new(e.kind(), format!("{}: {e}", self.name))
    }
}

impl<W: Write> Write for Named<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.inner.write(buf).map_err(|e| self.named(e))
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush().map_err(|e| self.named(e))
    }
}
