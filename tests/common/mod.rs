//! Helpers shared by the integration tests (each test crate uses some of them).
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The DOM of a page after headless Chromium loaded it and ran its scripts, and what the
/// browser logged (console messages included); `None` when Chromium is not installed
/// (`.ci/run` installs it).
pub fn chromium(page: &Path, fragment: &str) -> Option<(String, String)> {
    let out = std::process::Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--enable-logging=stderr",
            "--v=0",
            "--dump-dom",
        ])
        .arg(format!("file://{}{fragment}", page.display()))
        .output()
        .ok()?;
    Some((
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    ))
}

/// Console errors in a Chromium log.
pub fn console_errors(log: &str) -> Vec<&str> {
    log.lines()
        .filter(|l| l.contains("CONSOLE") && (l.contains("Uncaught") || l.contains("rror")))
        .collect()
}

/// The names of one list of a `tifa diff --json` comparison's terms (`added`, `dropped`, …).
pub fn term_names(diff: &serde_json::Value, list: &str) -> Vec<String> {
    diff["terms"][list]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap().to_string())
        .collect()
}

/// `../shared/corpora` when present (tests over real text skip when it is absent).
pub fn corpora() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: ../shared/corpora is absent");
        None
    }
}

/// Every file under `dir` (links not followed) with its bytes (empty for what is not a
/// regular file), by path relative to `dir`.
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    for path in paths_under(dir) {
        let kind = std::fs::symlink_metadata(&path).unwrap().file_type();
        if !kind.is_dir() {
            let bytes = if kind.is_file() {
                std::fs::read(&path).unwrap()
            } else {
                Vec::new()
            };
            out.insert(path.strip_prefix(dir).unwrap().to_path_buf(), bytes);
        }
    }
    out
}

/// Every path (files and folders, links not followed) under `dir`.
pub fn paths_under(dir: &Path) -> BTreeSet<PathBuf> {
    let mut out = BTreeSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let e = e.unwrap();
            if e.file_type().unwrap().is_dir() {
                stack.push(e.path());
            }
            out.insert(e.path());
        }
    }
    out
}
