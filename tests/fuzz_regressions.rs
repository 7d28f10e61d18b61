//! The inputs the fuzz targets (`fuzz/`) found, minimized and kept in `tests/fixtures/fuzz/`
//! (named `TARGET-what`), run through the same checks as the targets.

#[path = "../fuzz/fuzz_targets/common/mod.rs"]
mod checks;

use std::path::Path;

/// The fixtures of one target.
fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(&format!("{target}-")))
        })
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect();
    out.sort();
    out
}

fn text(name: &str, bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec())
        .unwrap_or_else(|_| panic!("{name}: a text target's input is UTF-8"))
}

#[test]
fn decode() {
    for (_, bytes) in inputs("decode") {
        checks::decode(&bytes);
    }
}

#[test]
fn clean() {
    let found = inputs("clean");
    assert!(!found.is_empty(), "the clean target's finding is kept");
    for (_, bytes) in found {
        checks::clean_input(&bytes);
    }
}

#[test]
fn claims() {
    let found = inputs("claims");
    assert!(!found.is_empty(), "the claims target's findings are kept");
    for (name, bytes) in found {
        checks::claims(&text(&name, &bytes));
    }
}

#[test]
fn terms() {
    for (name, bytes) in inputs("terms") {
        checks::terms(&text(&name, &bytes));
    }
}

#[test]
fn diff() {
    for (_, bytes) in inputs("diff") {
        checks::diff(&bytes);
    }
}
