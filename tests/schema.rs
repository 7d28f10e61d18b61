//! The JSON contract: every line tifa writes reads back into its public type with unknown
//! fields refused and serializes to the same bytes; the schema files in `docs/schema/` are
//! the ones the code generates (`TIFA_BLESS=1 cargo test --test schema` rewrites them).

use assert_cmd::Command;
use serde::{de::DeserializeOwned, Serialize};
use std::path::Path;

fn lines(args: &[&str]) -> Vec<String> {
    let out = Command::cargo_bin("tifa")
        .unwrap()
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

/// Reads `line` as `T` (unknown fields refused) and writes it back byte for byte.
fn round_trip<T: DeserializeOwned + Serialize>(line: &str) {
    let value: T = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line:.200}"));
    assert_eq!(serde_json::to_string(&value).unwrap(), line);
}

#[test]
fn documents_read_back_to_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = dir.path().join("news.jsonl");
    let record = r#"{"id":"n1","text":"＂一带一路＂倡议提出十周年。\n图片报道\n","date":"2023-10-01","tags":["a"]}"#;
    std::fs::write(&jsonl, format!("{record}\n")).unwrap();
    let clean = lines(&["clean", "corpus", jsonl.to_str().unwrap()]);
    let segmented = lines(&["segment", "--format", "json", "corpus"]);
    assert!(clean.len() >= 5 && segmented.len() >= 5);
    for line in clean.iter().chain(&segmented) {
        round_trip::<tifa::json::DocumentJson>(line);
    }
}

#[test]
fn unknown_fields_are_refused() {
    let line = &lines(&["clean", "corpus"])[0];
    let extra = line.replacen('{', "{\"surprise\":1,", 1);
    assert!(serde_json::from_str::<tifa::json::DocumentJson>(&extra).is_err());
}

#[test]
fn schema_files_match_the_code() {
    let dir = Path::new("docs/schema");
    let bless = std::env::var_os("TIFA_BLESS").is_some();
    for (name, schema) in tifa::json::schemas() {
        let path = dir.join(name);
        if bless {
            std::fs::create_dir_all(dir).unwrap();
            std::fs::write(&path, &schema).unwrap();
        }
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            on_disk == schema,
            "{} is not what the code generates: run TIFA_BLESS=1 cargo test --test schema",
            path.display()
        );
    }
}
