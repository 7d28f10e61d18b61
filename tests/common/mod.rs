//! Helpers shared by the integration tests (each test crate uses some of them).
#![allow(dead_code)]

use std::path::Path;

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
