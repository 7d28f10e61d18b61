//! Data safety: no command overwrites or deletes an input, a device or anything it did not
//! write, whatever the flags; outputs appear whole or not at all; pipes are read once; every
//! failure is loud. Each test runs the real binary in a temporary folder and checks that
//! inputs, their neighbours and earlier outputs are byte-identical afterwards.

#![cfg(unix)]

mod common;

use assert_cmd::Command;
use common::snapshot;
use std::io::Write as _;
use std::os::unix::fs::{FileTypeExt as _, PermissionsExt as _};
use std::path::Path;
use std::process::Stdio;

const MANIFEST: &str = env!("CARGO_MANIFEST_DIR");
const BIN: &str = env!("CARGO_BIN_EXE_tifa");

fn tifa(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("tifa").unwrap();
    c.current_dir(dir);
    c
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A work folder holding a copy of the seed corpus as `in/`.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    for e in std::fs::read_dir(Path::new(MANIFEST).join("corpus")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), input.join(e.file_name())).unwrap();
    }
    dir
}

/// Runs `args` in `dir`, expecting exit 2, the folder unchanged, and stderr naming `names`.
fn refused(dir: &Path, args: &[&str], names: &[&str]) {
    let before = snapshot(dir);
    let out = tifa(dir).args(args).assert().code(2);
    let message = stderr(out.get_output());
    for name in names {
        assert!(message.contains(name), "{args:?}: {message}");
    }
    assert!(message.contains("refusing"), "{args:?}: {message}");
    assert!(snapshot(dir) == before, "{args:?} changed the folder");
}

#[test]
fn an_output_that_is_an_input_or_inside_or_around_one_is_refused() {
    let dir = workspace();
    let d = dir.path();
    let one = "in/000_a428233bf100ad97.txt";
    refused(d, &["analyze", "in", "-o", "in"], &["in"]);
    refused(
        d,
        &["analyze", "in", "-o", "in/out"],
        &["in/out", "input folder"],
    );
    refused(d, &["analyze", "in", "-o", "."], &["holds the input"]);
    refused(d, &["clean", one, "-o", one], &[one, "is the input"]);
    refused(
        d,
        &["clean", "in", "-o", "in/clean.jsonl"],
        &["in/clean.jsonl"],
    );
    refused(d, &["extract", one, "-o", one], &[one]);
    refused(d, &["dedup", "in", "--write-clean", "in"], &["in"]);
    refused(d, &["dedup", "in", "-o", one], &[one]);
    refused(d, &["index", "in", "-o", "in"], &["in"]);
    refused(
        d,
        &["diff", one, "in/001_7a5208351f7f5ae7.txt", "--html", one],
        &[one],
    );
    // Through a link and `..`: the same file.
    std::os::unix::fs::symlink("in", d.join("alias")).unwrap();
    refused(
        d,
        &["clean", one, "-o", "alias/../in/000_a428233bf100ad97.txt"],
        &[one],
    );
    refused(d, &["analyze", "alias", "-o", "in"], &["in"]);
    // An input folder inside another folder: the folder around it holds it.
    std::fs::create_dir_all(d.join("inner/corpus")).unwrap();
    std::fs::write(d.join("inner/corpus/a.txt"), "我的文件。").unwrap();
    std::fs::write(d.join("inner/keep.txt"), "我的文件。").unwrap();
    refused(
        d,
        &["analyze", "inner/corpus", "-o", "inner"],
        &["holds the input"],
    );
}

#[test]
fn a_folder_tifa_did_not_write_is_never_replaced() {
    let dir = workspace();
    let d = dir.path();
    std::fs::create_dir(d.join("proj")).unwrap();
    std::fs::write(d.join("proj/thesis.tex"), "\\documentclass{article}").unwrap();
    for args in [
        ["analyze", "in", "-o", "proj"],
        ["index", "in", "-o", "proj"],
        ["dedup", "in", "--write-clean", "proj"],
    ] {
        refused(d, &args, &["proj", "move its content away"]);
    }
    // An earlier output is replaced; once a file of the user's is put in it, it is not.
    tifa(d)
        .args(["analyze", "-q", "in", "-o", "out"])
        .assert()
        .code(0);
    tifa(d)
        .args(["analyze", "-q", "in", "-o", "out"])
        .assert()
        .code(0);
    std::fs::write(d.join("out/notes.md"), "mine").unwrap();
    refused(d, &["analyze", "in", "-o", "out"], &["notes.md"]);
    // Nor is one command's output replaced by another's.
    refused(d, &["index", "in", "-o", "out"], &["tifa analyze"]);
}

#[test]
fn devices_links_and_modes_survive_every_file_output() {
    let dir = workspace();
    let d = dir.path();
    let one = "in/000_a428233bf100ad97.txt";
    let two = "in/001_7a5208351f7f5ae7.txt";
    let target = d.join("real.json");
    std::os::unix::fs::symlink(&target, d.join("link.json")).unwrap();
    let commands: [&[&str]; 4] = [
        &["clean", one, "-o"],
        &["extract", one, "-o"],
        &["dedup", "-q", one, "-o"],
        &["diff", one, two, "--html"],
    ];
    for args in commands {
        // A link is written through, and stays a link.
        std::fs::write(&target, "old").unwrap();
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o600)).unwrap();
        let code = if args[0] == "diff" { 1 } else { 0 };
        tifa(d).args(args).arg("link.json").assert().code(code);
        let link = std::fs::symlink_metadata(d.join("link.json")).unwrap();
        assert!(link.file_type().is_symlink(), "{args:?}");
        assert_ne!(std::fs::read(&target).unwrap(), b"old", "{args:?}");
        // A replaced file keeps its mode.
        let mode = std::fs::metadata(&target).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{args:?}");
        // A pipe is written into, never replaced by a file.
        let fifo = d.join("fifo");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.unwrap().success());
        let reader = std::thread::spawn({
            let fifo = fifo.clone();
            move || std::fs::read(fifo).unwrap().len()
        });
        tifa(d).args(args).arg(&fifo).assert().code(code);
        assert!(reader.join().unwrap() > 0, "{args:?}");
        let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
        assert!(kind.is_fifo(), "{args:?}");
        std::fs::remove_file(&fifo).unwrap();
    }
    // `-o /dev/null` writes into the device (not replaced); a full disk names the file.
    tifa(d)
        .args(["clean", one, "-o", "/dev/null"])
        .assert()
        .code(0);
    assert!(std::fs::metadata("/dev/null")
        .unwrap()
        .file_type()
        .is_char_device());
    let out = tifa(d)
        .args(["clean", one, "-o", "/dev/full"])
        .assert()
        .code(2);
    let message = stderr(out.get_output());
    assert!(
        message.contains("/dev/full") && message.contains("No space left"),
        "{message}"
    );
    let names: Vec<_> = std::fs::read_dir(d)
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names.len(), 3, "nothing left beside the outputs: {names:?}");
}

#[test]
fn no_input_no_harm() {
    let dir = workspace();
    let d = dir.path();
    tifa(d)
        .args(["analyze", "-q", "in", "-o", "keep"])
        .assert()
        .code(0);
    tifa(d)
        .args(["dedup", "-q", "in", "-o", "keep.json"])
        .assert()
        .code(0);
    tifa(d)
        .args(["index", "-q", "in", "-o", "idx"])
        .assert()
        .code(0);
    let before = snapshot(d);
    for args in [
        &["analyze", "corpsu", "-o", "keep"][..],
        &["dedup", "corpsu", "-o", "keep.json"],
        &["index", "corpsu", "-o", "idx"],
        &["clean", "corpsu", "-o", "keep.json"],
    ] {
        let out = tifa(d).args(args).assert().code(2);
        let out = out.get_output();
        assert!(out.stdout.is_empty(), "{args:?}: no summary");
        let message = stderr(out);
        assert!(
            message.starts_with("tifa: error: no document could be read")
                && message
                    .trim_end()
                    .ends_with("corpsu: no such file or folder"),
            "{args:?}: the reasons come last: {message}"
        );
        assert!(snapshot(d) == before, "{args:?} changed an earlier output");
    }
    // `tifa analyze` with no `./corpus`: the same, nothing written.
    let empty = tempfile::tempdir().unwrap();
    let out = tifa(empty.path()).arg("analyze").assert().code(2);
    assert!(stderr(out.get_output())
        .trim_end()
        .ends_with("corpus: no such file or folder"));
    assert_eq!(std::fs::read_dir(empty.path()).unwrap().count(), 0);
}

/// Standard input, `/dev/stdin` and a named pipe are read once and kept for every pass: the
/// same documents as the file itself, and the clean corpus holds them.
#[test]
fn pipes_are_read_once_for_every_pass() {
    let dir = workspace();
    let d = dir.path();
    let seed = std::fs::read(d.join("in/000_a428233bf100ad97.txt")).unwrap();
    let piped = |args: &[&str]| {
        let mut child = std::process::Command::new(BIN)
            .current_dir(d)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // A command that refuses its arguments exits without reading: a broken pipe then.
        if let Err(e) = child.stdin.take().unwrap().write_all(&seed) {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
        }
        child.wait_with_output().unwrap()
    };
    let out = piped(&["analyze", "-q", "/dev/stdin", "-o", "a"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let docs = std::fs::read_to_string(d.join("a/documents.jsonl")).unwrap();
    assert_eq!(docs.lines().count(), 1);
    assert!(
        docs.contains("\"paragraphs\":[{"),
        "the document is not empty"
    );
    let out = piped(&["dedup", "-", "--write-clean", "wc", "-o", "d.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let kept = std::fs::read_to_string(d.join("wc/stdin.txt")).unwrap();
    let removed = std::fs::read_to_string(d.join("wc/dedup-removed.jsonl")).unwrap();
    assert!(kept.chars().count() > 1000 && !removed.is_empty());
    // A named pipe given as a path.
    let fifo = d.join("fifo.txt");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let writer = std::thread::spawn({
        let (fifo, seed) = (fifo.clone(), seed.clone());
        move || std::fs::write(fifo, seed).unwrap()
    });
    tifa(d)
        .args(["analyze", "-q", "fifo.txt", "-o", "b"])
        .assert()
        .code(0);
    writer.join().unwrap();
    let docs = std::fs::read_to_string(d.join("b/documents.jsonl")).unwrap();
    assert!(docs.contains("\"paragraphs\":[{"));
    // Standard input cannot be both sides of a diff.
    let out = piped(&["diff", "-", "-"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("only one side"));
}

#[test]
fn devices_and_huge_sparse_files_are_refused_on_their_first_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let sparse = dir.path().join("sparse.txt");
    std::fs::File::create(&sparse)
        .unwrap()
        .set_len(2 << 30)
        .unwrap();
    for input in [Path::new("/dev/zero"), sparse.as_path()] {
        let out = tifa(dir.path()).arg("clean").arg(input).assert().code(2);
        assert!(
            stderr(out.get_output()).contains("not a text file"),
            "{}",
            stderr(out.get_output())
        );
    }
}

#[test]
fn settings_out_of_range_are_refused_before_any_work() {
    let d = Path::new(MANIFEST);
    for args in [
        &["clean", "corpus", "-j", "100000"][..],
        &["clean", "corpus", "-j", "18446744073709551615"],
        &["dedup", "corpus", "--threshold", "0"],
        &["dedup", "corpus", "--threshold", "1.5"],
    ] {
        let out = tifa(d).args(args).assert().code(2);
        assert!(out.get_output().stdout.is_empty(), "{args:?}");
        assert!(stderr(out.get_output()).contains("error"), "{args:?}");
    }
}

/// `tifa diff … --html p.html | head`: the page is written before anything is printed, and
/// the reader leaving does not turn "differ" (1) into "identical" (0).
#[test]
fn a_closed_pipe_keeps_the_diff_and_its_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("p.html");
    let corpus = Path::new(MANIFEST).join("corpus");
    let mut child = std::process::Command::new(BIN)
        .arg("diff")
        .arg(corpus.join("000_a428233bf100ad97.txt"))
        .arg(corpus.join("004_661bff59ee7f4186.txt"))
        .arg("--html")
        .arg(&page)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(std::fs::read_to_string(&page).unwrap().contains("</html>"));
}

/// A panic outside a document's work is printed and exits 2 (test builds can be asked for
/// one).
#[cfg(debug_assertions)]
#[test]
fn a_panic_is_reported_never_silent() {
    let out = tifa(Path::new(MANIFEST))
        .env("TIFA_TEST_PANIC", "1")
        .args(["clean", "corpus"])
        .assert()
        .code(2);
    let message = stderr(out.get_output());
    assert!(
        message.contains("tifa: internal error at src/main.rs")
            && message.contains("TIFA_TEST_PANIC"),
        "{message}"
    );
}

/// A problem repeated on every line of a JSONL file is told once, with its count and first
/// places, not once a line; the reasons still come last.
#[test]
fn a_cause_repeated_on_many_lines_is_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let lines: String = (0..500)
        .map(|i| format!("{{\"id\":\"{i}\",\"text\":\"第{i}篇。\"}}\n"))
        .collect();
    std::fs::write(dir.path().join("a.jsonl"), lines).unwrap();
    let out = tifa(dir.path())
        .args(["clean", "--text-field", "nosuch", "a.jsonl"])
        .assert()
        .code(2);
    let message = stderr(out.get_output());
    assert_eq!(message.lines().count(), 2, "{message}");
    assert!(
        message
            .contains("field `nosuch` is missing (500 times: a.jsonl:1, a.jsonl:2, a.jsonl:3, …)"),
        "{message}"
    );
}
