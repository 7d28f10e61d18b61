//! The JSON contract: every line and file tifa writes reads back into its public type with
//! unknown fields refused and serializes to the same bytes; the schema files in
//! `docs/schema/` are the ones the code generates (`TIFA_BLESS=1 cargo test --test schema`
//! rewrites them).

use assert_cmd::Command;
use serde::{de::DeserializeOwned, Serialize};
use std::path::Path;
use tifa::json::*;

/// The standard output of `tifa ARGS` as lines; `tifa diff` exits 1 when versions differ.
fn lines(args: &[&str]) -> Vec<String> {
    let out = Command::cargo_bin("tifa")
        .unwrap()
        .args(args)
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0) | Some(1) if args[0] == "diff") || out.status.success(),
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

/// Reads the lines of a JSONL file as `T` and writes each back byte for byte; how many.
fn jsonl_round_trip<T: DeserializeOwned + Serialize>(path: &Path) -> usize {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines().for_each(round_trip::<T>);
    text.lines().count()
}

/// Reads a pretty JSON file as `T` and writes it back byte for byte; the value read.
fn file_round_trip<T: DeserializeOwned + Serialize>(path: &Path) -> T {
    let text = std::fs::read_to_string(path).unwrap();
    let value: T = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let again = serde_json::to_string_pretty(&value).unwrap() + "\n";
    assert!(again == text, "{path:?} does not write back as read");
    value
}

fn tifa(args: &[&str]) {
    lines(args);
}

#[test]
fn extract_lines_read_back_to_the_same_bytes() {
    let out = lines(&["extract", "corpus"]);
    assert_eq!(out.len(), 5);
    for line in &out {
        round_trip::<ExtractJson>(line);
    }
    let parsed: ExtractJson = serde_json::from_str(&out[0]).unwrap();
    assert!(parsed.terms.is_some() && parsed.keywords.is_some() && !parsed.claims.is_empty());
}

#[test]
fn analyze_and_index_files_read_back_to_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let (a, i) = (dir.path().join("a"), dir.path().join("i"));
    tifa(&["analyze", "-o", a.to_str().unwrap(), "corpus"]);
    tifa(&["index", "-o", i.to_str().unwrap(), "corpus"]);
    assert_eq!(
        jsonl_round_trip::<DocumentJson>(&a.join("documents.jsonl")),
        5
    );
    assert_eq!(jsonl_round_trip::<TermsJson>(&a.join("terms.jsonl")), 5);
    assert_eq!(jsonl_round_trip::<ExtractJson>(&a.join("claims.jsonl")), 5);
    let summary: tifa::summary::Summary = file_round_trip(&a.join("summary.json"));
    assert_eq!(summary.totals.documents, 5);
    file_round_trip::<DuplicatesJson>(&a.join("duplicates.json"));
    for dir in [&a, &i] {
        let keywords: KeywordIndexJson = file_round_trip(&dir.join("keywords.json"));
        assert!(!keywords.entries.is_empty());
        for name in ["programs.json", "slogans.json"] {
            file_round_trip::<TermIndexJson>(&dir.join(name));
        }
    }
    file_round_trip::<TermIndexJson>(&a.join("documents-cited.json"));
    file_round_trip::<TermIndexJson>(&i.join("documents.json"));
}

#[test]
fn dedup_files_read_back_to_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    let mut texts = Vec::new();
    for entry in std::fs::read_dir("corpus").unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, corpus.join(path.file_name().unwrap())).unwrap();
        texts.push(std::fs::read_to_string(&path).unwrap());
    }
    texts.sort();
    // A whole copy (a duplicate document), and a JSONL document that repeats a paragraph.
    std::fs::write(corpus.join("zz_copy.txt"), &texts[0]).unwrap();
    let paragraph = texts[1].split("\n").max_by_key(|p| p.len()).unwrap();
    let record = serde_json::json!({"id": "j1", "text": format!("导语。\n{paragraph}\n")});
    std::fs::write(corpus.join("zz.jsonl"), format!("{record}\n")).unwrap();
    let (report, clean) = (dir.path().join("dup.json"), dir.path().join("clean"));
    tifa(&[
        "dedup",
        "-o",
        report.to_str().unwrap(),
        "--write-clean",
        clean.to_str().unwrap(),
        corpus.to_str().unwrap(),
    ]);
    let dups: DuplicatesJson = file_round_trip(&report);
    assert!(!dups.documents.is_empty() && !dups.clusters.is_empty());
    assert!(jsonl_round_trip::<RemovedJson>(&clean.join("dedup-removed.jsonl")) > 0);
    assert!(jsonl_round_trip::<CleanPathJson>(&clean.join("clean-paths.jsonl")) > 0);
}

#[test]
fn diff_lines_read_back_to_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (dir.path().join("old"), dir.path().join("new"));
    std::fs::create_dir(&old).unwrap();
    std::fs::create_dir(&new).unwrap();
    let mut names: Vec<_> = std::fs::read_dir("corpus")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    let text = std::fs::read_to_string(&names[0]).unwrap();
    let mut paragraphs: Vec<&str> = text.split("\n").filter(|p| !p.trim().is_empty()).collect();
    // The new version: a paragraph moved, one dropped, numbers and words changed.
    let moved = paragraphs.remove(6);
    paragraphs.push(moved);
    paragraphs.remove(5);
    let edited = paragraphs
        .join("\n")
        .replace("2024", "2025")
        .replace("党建", "党的建设");
    std::fs::write(old.join("a.txt"), &text).unwrap();
    std::fs::write(new.join("a.txt"), edited).unwrap();
    std::fs::copy(&names[1], old.join("b.txt")).unwrap();
    std::fs::copy(&names[2], new.join("c.txt")).unwrap();
    let out = lines(&[
        "diff",
        "--json",
        old.to_str().unwrap(),
        new.to_str().unwrap(),
    ]);
    let (unpaired, pairs): (Vec<_>, Vec<_>) = out.iter().partition(|l| l.contains("\"unpaired\""));
    assert_eq!((unpaired.len(), pairs.len()), (2, 1));
    unpaired.iter().for_each(|l| round_trip::<UnpairedJson>(l));
    round_trip::<tifa::diff::DocDiff>(pairs[0]);
    let diff: tifa::diff::DocDiff = serde_json::from_str(pairs[0]).unwrap();
    let c = diff.paragraph_counts;
    assert!(c.changed > 0 && c.moved > 0 && c.removed > 0);
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
