//! One output file: written aside and renamed into place, keeping the mode of the file it
//! replaces; a link is written through to the file it names; a device, pipe or socket
//! (`-o /dev/null`) is written in place, never replaced.

use super::{aside, register, remove_stale, unregister, Named};
use crate::error::{Error, Location, Result};
use std::fs::{File, OpenOptions, Permissions};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A file being written. [`AtomicFile::commit`] puts it in place; dropped without commit,
/// what was written aside is removed and the target is untouched.
pub struct AtomicFile {
    /// The file written (links resolved).
    path: PathBuf,
    /// Written aside: the temporary file and the mode of the file it replaces.
    aside: Option<(PathBuf, Option<Permissions>)>,
    out: Option<Named<BufWriter<File>>>,
}

impl AtomicFile {
    /// Opens the output `path` (creating missing parent folders), before any work, so a
    /// place that cannot be written fails fast.
    pub fn create(path: &Path) -> Result<Self> {
        let path = resolve_link(path)?;
        let meta = std::fs::metadata(&path).ok();
        if meta.as_ref().is_some_and(|m| m.is_dir()) {
            return Err(output_error(&path, std::io::Error::other("is a folder")));
        }
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| output_error(parent, e))?;
        }
        let special = meta.as_ref().is_some_and(|m| !m.is_file());
        let (file, aside) = if special {
            let file = OpenOptions::new()
                .write(true)
                .open(&path)
                .map_err(|e| output_error(&path, e))?;
            (file, None)
        } else {
            remove_stale(&path);
            let tmp = aside(&path, "tmp");
            let file = File::create(&tmp).map_err(|e| output_error(&path, e))?;
            register(&tmp);
            (file, Some((tmp, meta.map(|m| m.permissions()))))
        };
        let name = path.display().to_string();
        Ok(AtomicFile {
            path,
            aside,
            out: Some(Named::new(name, BufWriter::new(file))),
        })
    }

    /// Where to write the content.
    pub fn writer(&mut self) -> &mut dyn Write {
        self.out.as_mut().expect("open until committed")
    }

    /// Flushes, syncs and puts the file in place.
    pub fn commit(mut self) -> Result<()> {
        let out = self.out.take().expect("open until committed");
        let fail = |e| output_error(&self.path, e);
        let file = out
            .into_inner()
            .into_inner()
            .map_err(|e| fail(e.into_error()))?;
        let Some((tmp, mode)) = self.aside.take() else {
            return Ok(());
        };
        let placed = file
            .sync_all()
            .and_then(|()| mode.map_or(Ok(()), |m| std::fs::set_permissions(&tmp, m)))
            .and_then(|()| std::fs::rename(&tmp, &self.path));
        if placed.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        unregister(&tmp);
        placed.map_err(fail)
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if let Some((tmp, _)) = self.aside.take() {
            self.out.take();
            let _ = std::fs::remove_file(&tmp);
            unregister(&tmp);
        }
    }
}

/// The file a link names (links followed to the end); other paths as they are. A link to
/// nothing is refused: what it should name is not known.
fn resolve_link(path: &Path) -> Result<PathBuf> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => std::fs::canonicalize(path).map_err(|e| {
            output_error(
                path,
                std::io::Error::new(e.kind(), format!("a link to nothing ({e})")),
            )
        }),
        _ => Ok(path.to_path_buf()),
    }
}

pub(super) fn output_error(path: &Path, source: std::io::Error) -> Error {
    Error::Output {
        at: Location {
            path: path.to_path_buf(),
            line: None,
        },
        source: Arc::new(source),
    }
}

/// Writes `path` atomically: readers see the old file or the complete new one, never a part.
/// On any error the temporary file is removed and the old file stays.
pub fn write_atomic(path: &Path, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let mut file = AtomicFile::create(path)?;
    write(file.writer())?;
    file.commit()
}

#[cfg(test)]
mod tests {
    use super::super::write_line;
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

    #[cfg(unix)]
    #[test]
    fn a_replaced_file_keeps_its_mode_and_a_link_is_written_through() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.json");
        std::fs::write(&real, "old").unwrap();
        std::fs::set_permissions(&real, Permissions::from_mode(0o600)).unwrap();
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_atomic(&link, |w| write_line(w, "new")).unwrap();
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new\n");
        let mode = std::fs::metadata(&real).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[cfg(unix)]
    #[test]
    fn a_pipe_is_written_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            return;
        }
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
        };
        write_atomic(&fifo, |w| write_line(w, "through")).unwrap();
        assert_eq!(reader.join().unwrap(), "through\n");
        let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
        assert!(std::os::unix::fs::FileTypeExt::is_fifo(&kind));
    }
}
