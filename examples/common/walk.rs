//! The `.txt` files under folders: the corpus walk of the examples that read `../shared/corpora`.

use std::path::PathBuf;

/// Every `.txt` file under `dirs` (their subfolders too), sorted by path.
pub fn txt_files(dirs: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut walk = dirs.to_vec();
    while let Some(dir) = walk.pop() {
        for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk.push(p);
            } else if p.extension().is_some_and(|x| x == "txt") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}
