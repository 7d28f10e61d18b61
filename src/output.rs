//! Atomic file output: write to a temporary file beside the target, then rename.

use crate::error::{Error, Location, Result};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// A file being written under a temporary name beside its target; [`AtomicFile::commit`]
/// renames it into place. Dropped without commit, it is removed and the target is untouched.
pub struct AtomicFile {
    path: PathBuf,
    tmp: PathBuf,
    out: Option<BufWriter<File>>,
}

impl AtomicFile {
    pub fn create(path: &Path) -> Result<Self> {
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = path
            .file_name()
            .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
        let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
        let file = File::create(&tmp).map_err(|e| output_error(path, e))?;
        Ok(AtomicFile {
            path: path.to_path_buf(),
            tmp,
            out: Some(BufWriter::new(file)),
        })
    }

    pub fn writer(&mut self) -> &mut dyn Write {
        self.out.as_mut().expect("open until committed")
    }

    /// Flushes, syncs and renames the file into place.
    pub fn commit(mut self) -> Result<()> {
        let out = self.out.take().expect("open until committed");
        let file = out
            .into_inner()
            .map_err(|e| output_error(&self.path, e.into_error()))?;
        file.sync_all().map_err(|e| output_error(&self.path, e))?;
        std::fs::rename(&self.tmp, &self.path).map_err(|e| output_error(&self.path, e))
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.out.take().is_some() {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

fn output_error(path: &Path, source: std::io::Error) -> Error {
    Error::Output {
        at: Location {
            path: path.to_path_buf(),
            line: None,
        },
        source,
    }
}

/// Writes `path` atomically: readers see the old file or the complete new one, never a part.
/// On any error the temporary file is removed and the old file stays.
pub fn write_atomic(path: &Path, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let mut file = AtomicFile::create(path)?;
    write(file.writer())?;
    file.commit()
}

/// Writes a line and its newline.
pub fn write_line(w: &mut dyn Write, line: &str) -> Result<()> {
    w.write_all(line.as_bytes())
        .and_then(|()| w.write_all(b"\n"))
        .map_err(|e| Error::io("output", e))
}

/// An output folder built under a temporary name beside its target. [`StagingDir::commit`]
/// swaps it in (the previous folder is renamed away, then removed), so an interrupted or
/// failed run leaves the previous complete folder, never a mix of old and new files.
pub struct StagingDir {
    target: PathBuf,
    tmp: PathBuf,
    committed: bool,
}

impl StagingDir {
    /// Creates the temporary folder (checking that the place can be written, before any
    /// work), removing what an interrupted earlier run left there.
    pub fn create(target: &Path) -> Result<Self> {
        let parent = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = target
            .file_name()
            .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
        prepare_dir(parent)?;
        if target.exists() && !target.is_dir() {
            return Err(output_error(
                target,
                std::io::Error::new(
                    std::io::ErrorKind::AlreadyExists,
                    "exists and is not a folder",
                ),
            ));
        }
        let stale = [format!(".{name}.tmp-"), format!(".{name}.old-")];
        if let Ok(entries) = std::fs::read_dir(parent) {
            for e in entries.flatten() {
                let n = e.file_name().to_string_lossy().into_owned();
                if stale.iter().any(|s| n.starts_with(s.as_str())) {
                    let _ = std::fs::remove_dir_all(e.path());
                }
            }
        }
        let tmp = parent.join(format!(".{name}.tmp-{}", std::process::id()));
        std::fs::create_dir(&tmp).map_err(|e| output_error(target, e))?;
        Ok(StagingDir {
            target: target.to_path_buf(),
            tmp,
            committed: false,
        })
    }

    /// Where the files are written until the commit.
    pub fn path(&self) -> &Path {
        &self.tmp
    }

    /// Puts the new folder in place of the old one.
    pub fn commit(mut self) -> Result<()> {
        let fail = |e| output_error(&self.target, e);
        let old = self.tmp.with_file_name(
            self.tmp
                .file_name()
                .map(|n| n.to_string_lossy().replace(".tmp-", ".old-"))
                .unwrap_or_default(),
        );
        let had_old = self.target.exists();
        if had_old {
            std::fs::rename(&self.target, &old).map_err(fail)?;
        }
        if let Err(e) = std::fs::rename(&self.tmp, &self.target) {
            if had_old {
                let _ = std::fs::rename(&old, &self.target);
            }
            return Err(fail(e));
        }
        self.committed = true;
        if had_old {
            let _ = std::fs::remove_dir_all(&old);
        }
        Ok(())
    }
}

impl Drop for StagingDir {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.tmp);
        }
    }
}

/// Creates a folder (and its parents) and checks that it can be written, before any work.
pub fn prepare_dir(dir: &Path) -> Result<()> {
    let fail = |source| Error::Output {
        at: Location {
            path: dir.to_path_buf(),
            line: None,
        },
        source,
    };
    std::fs::create_dir_all(dir).map_err(fail)?;
    let probe = dir.join(format!(".tifa-probe-{}", std::process::id()));
    File::create(&probe).map_err(fail)?;
    std::fs::remove_file(&probe).map_err(fail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_whole_file_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.json");
        write_atomic(&path, |w| write_line(w, "one")).unwrap();
        write_atomic(&path, |w| write_line(w, "two")).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "two\n");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn failed_write_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.json");
        write_atomic(&path, |w| write_line(w, "old")).unwrap();
        let err = write_atomic(&path, |_| Err(Error::Config("boom".into())));
        assert!(err.is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old\n");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_staged_folder_replaces_the_old_one_whole() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("stale.json"), "old").unwrap();
        let staged = StagingDir::create(&target).unwrap();
        std::fs::write(staged.path().join("new.json"), "new").unwrap();
        // Until the commit the old folder is intact.
        assert!(target.join("stale.json").exists());
        staged.commit().unwrap();
        assert!(!target.join("stale.json").exists());
        assert!(target.join("new.json").exists());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn an_abandoned_staging_folder_leaves_the_old_one() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("a.json"), "old").unwrap();
        drop(StagingDir::create(&target).unwrap());
        assert!(target.join("a.json").exists());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
