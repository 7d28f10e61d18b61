//! An output folder: built aside and swapped in whole. A folder is replaced only when it is
//! missing, empty, or an earlier output of the same command: its marker file names the
//! command and every file it wrote, and a folder holding anything else is never replaced.

use super::file::output_error;
use super::{aside, register, remove_stale, unregister};
use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// The file naming the command that wrote a folder and the files it wrote.
pub const MARKER: &str = ".tifa-output.json";

/// An output folder being built under a temporary name beside its target;
/// [`StagingDir::commit`] swaps it in. Dropped without commit, it is removed and the old
/// folder stays as it was.
pub struct StagingDir {
    target: PathBuf,
    tmp: PathBuf,
    command: String,
    committed: bool,
}

impl StagingDir {
    /// Checks that `target` may be replaced by an output of `command` (e.g. `analyze`) and
    /// creates the folder it is built in (parents too), before any work.
    pub fn create(target: &Path, command: &str) -> Result<Self> {
        let target = super::canonical(target);
        replaceable(&target, command)?;
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| output_error(parent, e))?;
        }
        remove_stale(&target);
        let tmp = aside(&target, "stage");
        std::fs::create_dir(&tmp).map_err(|e| output_error(&target, e))?;
        register(&tmp);
        Ok(StagingDir {
            target,
            tmp,
            command: command.to_string(),
            committed: false,
        })
    }

    /// Where the files are written until the commit.
    pub fn path(&self) -> &Path {
        &self.tmp
    }

    /// Marks the new folder as this command's and puts it in place of the old one.
    pub fn commit(mut self) -> Result<()> {
        let fail = |e| output_error(&self.target, e);
        let marker = serde_json::json!({
            "tool": "tifa",
            "command": self.command,
            "files": files(&self.tmp),
        });
        std::fs::write(self.tmp.join(MARKER), format!("{marker:#}\n")).map_err(fail)?;
        replaceable(&self.target, &self.command)?;
        let old = aside(&self.target, "old");
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
        unregister(&self.tmp);
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
            unregister(&self.tmp);
        }
    }
}

/// The files under `dir`, relative, sorted (the marker itself left out).
fn files(dir: &Path) -> Vec<String> {
    let mut out: Vec<String> = walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| !e.file_type().is_dir())
        .filter_map(|e| {
            let rel = e.path().strip_prefix(dir).ok()?;
            Some(rel.to_string_lossy().into_owned())
        })
        .filter(|rel| rel != MARKER)
        .collect();
    out.sort();
    out
}

/// Whether `target` may be replaced by an output of `command`: missing, an empty folder, or
/// a folder whose marker names `command` and lists every file in it.
fn replaceable(target: &Path, command: &str) -> Result<()> {
    let refuse = |why: String| Err(Error::NotOurs(target.to_path_buf(), why));
    let Ok(meta) = std::fs::metadata(target) else {
        return Ok(());
    };
    if !meta.is_dir() {
        return refuse("it exists and is not a folder".into());
    }
    let present = files(target);
    let marker = std::fs::read_to_string(target.join(MARKER)).ok();
    let Some(marker) = marker.and_then(|m| serde_json::from_str::<serde_json::Value>(&m).ok())
    else {
        return match present.first() {
            None if is_empty(target) => Ok(()),
            _ => refuse(format!(
                "it is not empty and was not written by `tifa {command}` (no {MARKER}); \
                 give a new or empty folder, or move its content away first"
            )),
        };
    };
    if marker["command"] != command {
        return refuse(format!(
            "it was written by `tifa {}`, not `tifa {command}`; give another folder",
            marker["command"].as_str().unwrap_or("?")
        ));
    }
    let written: std::collections::HashSet<&str> = marker["files"]
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
        .unwrap_or_default();
    match present.iter().find(|f| !written.contains(f.as_str())) {
        Some(foreign) => refuse(format!(
            "it holds {foreign}, which tifa did not write; move it away first"
        )),
        None => Ok(()),
    }
}

fn is_empty(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|mut e| e.next().is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(dir: &Path) -> usize {
        std::fs::read_dir(dir).unwrap().count()
    }

    #[test]
    fn a_staged_folder_replaces_its_earlier_output_whole() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out");
        let first = StagingDir::create(&target, "index").unwrap();
        std::fs::write(first.path().join("stale.json"), "old").unwrap();
        first.commit().unwrap();
        let staged = StagingDir::create(&target, "index").unwrap();
        std::fs::write(staged.path().join("new.json"), "new").unwrap();
        // Until the commit the old folder is intact.
        assert!(target.join("stale.json").exists());
        staged.commit().unwrap();
        assert!(!target.join("stale.json").exists());
        assert!(target.join("new.json").exists());
        assert_eq!(entries(dir.path()), 1);
    }

    #[test]
    fn an_abandoned_staging_folder_leaves_the_old_one() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out");
        let first = StagingDir::create(&target, "index").unwrap();
        std::fs::write(first.path().join("a.json"), "old").unwrap();
        first.commit().unwrap();
        drop(StagingDir::create(&target, "index").unwrap());
        assert!(target.join("a.json").exists());
        assert_eq!(entries(dir.path()), 1);
    }

    #[test]
    fn a_folder_tifa_did_not_write_is_never_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("proj");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("thesis.tex"), "mine").unwrap();
        assert!(matches!(
            StagingDir::create(&target, "analyze"),
            Err(Error::NotOurs(..))
        ));
        // An earlier output holding a file tifa did not write is refused too, and so is
        // another command's output.
        let out = dir.path().join("out");
        StagingDir::create(&out, "analyze")
            .unwrap()
            .commit()
            .unwrap();
        assert!(StagingDir::create(&out, "index").is_err());
        std::fs::write(out.join("notes.txt"), "mine").unwrap();
        assert!(StagingDir::create(&out, "analyze").is_err());
        assert_eq!(
            std::fs::read_to_string(target.join("thesis.tex")).unwrap(),
            "mine"
        );
        assert_eq!(entries(dir.path()), 2);
    }
}
