//! Robustness (issue 9): the real binary on hostile input generated in a temporary folder —
//! broken and binary files, huge lines and repeats, malformed JSONL, pathological quotes,
//! symlink loops, unreadable files and unwritable outputs, hostile ids, determinism and an
//! interrupted run. Each test checks the exact outcome: exit code, stderr and output.

#![cfg(unix)]

mod common;

use assert_cmd::Command;
use common::{paths_under, snapshot};
use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{ExitStatus, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_tifa");
const MANIFEST: &str = env!("CARGO_MANIFEST_DIR");

fn tifa() -> Command {
    Command::cargo_bin("tifa").unwrap()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Every line of a JSONL text, parsed.
fn json_lines(text: &[u8]) -> Vec<Value> {
    String::from_utf8(text.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn ids(docs: &[Value]) -> Vec<&str> {
    docs.iter().map(|d| d["id"].as_str().unwrap()).collect()
}

fn names_in(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

/// Runs the binary with stdout discarded, sampling its peak memory (VmHWM, Linux) until it
/// exits; kills it and fails after `limit`. Returns status, stderr, wall time and peak KiB.
fn run_measured(
    args: &[&std::ffi::OsStr],
    limit: Duration,
) -> (ExitStatus, String, Duration, Option<u64>) {
    let start = Instant::now();
    let mut child = std::process::Command::new(BIN)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak = None;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if let Ok(s) = std::fs::read_to_string(&status_file) {
            peak = s
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
                .or(peak);
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("tifa {args:?} still running after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    (status, err, start.elapsed(), peak)
}

/// Runs the binary with standard input held open (and never written): a command that reads
/// its input before checking its output place hangs. `None` if it has not exited within
/// `limit` (it is then killed).
fn run_with_open_stdin(args: &[&std::ffi::OsStr], limit: Duration) -> Option<std::process::Output> {
    let mut child = std::process::Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Some(child.wait_with_output().unwrap())
}

const SENTENCE: &str = "经济运行总体平稳，就业形势保持稳定。";

/// Case 1: Invalid bytes inside a UTF-8 Chinese file are replaced and counted; the document is kept
/// whole, and the run succeeds.
#[test]
fn invalid_utf8_bytes_are_replaced_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lossy.txt");
    let s = SENTENCE.as_bytes();
    let mut bytes = s.repeat(30);
    bytes.extend_from_slice(b"\xFF\xFE");
    bytes.extend_from_slice(&s.repeat(30));
    bytes.push(0xC3);
    bytes.extend_from_slice(&s.repeat(5));
    std::fs::write(&path, &bytes).unwrap();
    let out = tifa().arg("clean").arg(&path).assert().code(0);
    let out = out.get_output();
    // A warning names the file and the count; the document is kept (exit 0).
    assert_eq!(
        stderr(out),
        format!(
            "tifa: warning: {}: 3 malformed byte(s) replaced by U+FFFD\n",
            path.display()
        )
    );
    let docs = json_lines(&out.stdout);
    assert_eq!(docs.len(), 1);
    let doc = &docs[0];
    assert_eq!(doc["encoding"], "UTF-8");
    assert_eq!(doc["flags"]["replaced_bytes"], 3);
    let text = doc["text"].as_str().unwrap();
    assert_eq!(text.matches('\u{FFFD}').count(), 3);
    assert_eq!(text.matches(SENTENCE).count(), 65);
    assert_eq!(doc["stats"]["bytes_in"], bytes.len());
}

/// Case 1b: `replaced_bytes` counts bytes, as docs/schema.md says ("malformed bytes replaced by
/// U+FFFD"): a truncated 3-byte char is 2 replaced bytes.
#[test]
fn replaced_bytes_counts_bytes_not_sequences() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("truncated.txt");
    let mut bytes = SENTENCE.repeat(30).into_bytes();
    bytes.extend_from_slice(&"中".as_bytes()[..2]);
    bytes.extend_from_slice(SENTENCE.repeat(30).as_bytes());
    std::fs::write(&path, &bytes).unwrap();
    let out = tifa().arg("clean").arg(&path).assert().code(0);
    let doc = &json_lines(&out.get_output().stdout)[0];
    assert_eq!(doc["text"].as_str().unwrap().matches('\u{FFFD}').count(), 1);
    assert_eq!(doc["flags"]["replaced_bytes"], 2);
}

/// Case 2: A binary file named `.txt` is skipped as "not a text file", naming its path; the other
/// files of the folder are processed; exit 2.
#[test]
fn binary_file_with_txt_name_is_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("image.txt");
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    bytes.extend_from_slice(&[0u8; 256]);
    std::fs::write(&png, bytes).unwrap();
    std::fs::write(dir.path().join("ok.txt"), SENTENCE).unwrap();
    std::fs::write(dir.path().join("notes.md"), SENTENCE).unwrap();
    let out = tifa().arg("clean").arg(dir.path()).assert().code(2);
    let out = out.get_output();
    assert_eq!(
        stderr(out),
        format!(
            "tifa: skipped: {}: not a text file (contains NUL or control bytes)\n\
             tifa: 1 input(s) skipped\n",
            png.display()
        )
    );
    let docs = json_lines(&out.stdout);
    assert_eq!(ids(&docs), ["notes.md", "ok.txt"]);
    assert!(docs.iter().all(|d| d["text"] == SENTENCE));
}

/// Case 3: An empty file and a whitespace-only file are empty documents, not errors.
#[test]
fn empty_and_whitespace_files_are_empty_documents() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    std::fs::write(dir.path().join("blank.txt"), " \n\t\n\u{3000}\u{a0} \r\n\n").unwrap();
    let out = tifa().arg("clean").arg(dir.path()).assert().code(0);
    let out = out.get_output();
    assert_eq!(stderr(out), "");
    let docs = json_lines(&out.stdout);
    assert_eq!(ids(&docs), ["blank.txt", "empty.txt"]);
    for d in &docs {
        assert_eq!(d["text"], "", "{d}");
        assert_eq!(d["paragraphs"], serde_json::json!([]), "{d}");
        assert_eq!(d["stats"]["sentences"], 0, "{d}");
    }
}

/// Case 4: A single line of about 100 MB is cleaned to a file (9–12 s in the debug test profile,
/// 1.3–1.4 GB peak): one paragraph, every sentence found.
#[test]
fn a_100_mb_line_is_cleaned() {
    #[derive(Deserialize)]
    struct Doc {
        text: String,
        stats: Value,
        paragraphs: Vec<Paragraph>,
    }
    #[derive(Deserialize)]
    struct Paragraph {
        sentences: Vec<IgnoredAny>,
    }
    let dir = tempfile::tempdir().unwrap();
    let unit = "经济运行总体平稳。";
    let repeats = 100_000_000 / unit.len();
    let input = dir.path().join("line.txt");
    std::fs::write(&input, unit.repeat(repeats)).unwrap();
    let output = dir.path().join("out.jsonl");
    let (status, err, took, peak) = run_measured(
        &[
            "clean".as_ref(),
            input.as_ref(),
            "-o".as_ref(),
            output.as_ref(),
        ],
        Duration::from_secs(300),
    );
    eprintln!("100 MB line: {took:?}, peak {peak:?} KiB");
    assert_eq!((status.code(), err.as_str()), (Some(0), ""));
    let bytes = std::fs::read(&output).unwrap();
    assert_eq!(bytes.iter().filter(|&&b| b == b'\n').count(), 1);
    let doc: Doc = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(doc.text.len(), unit.len() * repeats);
    assert!(doc.text == unit.repeat(repeats));
    assert_eq!(doc.stats["bytes_in"], unit.len() * repeats);
    assert_eq!(doc.stats["sentences"], repeats);
    assert_eq!(doc.paragraphs.len(), 1);
    assert_eq!(doc.paragraphs[0].sentences.len(), repeats);
}

/// Case 5: One paragraph repeated 1,000,000 times (65 MB) is one exact cluster of a million
/// members, found in bounded time and memory (10–21 s and 1.6 GB in the debug test profile; the
/// bounds below catch blow-ups, not small regressions).
#[test]
fn a_paragraph_repeated_a_million_times_is_one_cluster() {
    #[derive(Deserialize)]
    struct Report {
        stats: Value,
        clusters: Vec<Cluster>,
        giant_buckets: Vec<Value>,
    }
    #[derive(Deserialize)]
    struct Cluster {
        kind: String,
        size: usize,
        canonical: usize,
        excerpt: String,
        members: Vec<IgnoredAny>,
        members_truncated: bool,
    }
    const N: usize = 1_000_000;
    let dir = tempfile::tempdir().unwrap();
    let paragraph = "全市各级党组织深入推进基层治理现代化建设。";
    let input = dir.path().join("repeated.txt");
    std::fs::write(&input, format!("{paragraph}\n\n").repeat(N)).unwrap();
    let output = dir.path().join("duplicates.json");
    let (status, err, took, peak) = run_measured(
        &[
            "dedup".as_ref(),
            "-q".as_ref(),
            input.as_ref(),
            "-o".as_ref(),
            output.as_ref(),
        ],
        Duration::from_secs(300),
    );
    eprintln!("1,000,000 repeats: {took:?}, peak {peak:?} KiB");
    assert_eq!((status.code(), err.as_str()), (Some(0), ""));
    if let Some(kib) = peak {
        assert!(kib < 4 << 20, "peak memory {kib} KiB");
    }
    let report: Report = serde_json::from_slice(&std::fs::read(&output).unwrap()).unwrap();
    assert_eq!(report.stats["documents"], 1);
    assert_eq!(report.stats["paragraphs"], N);
    assert_eq!(report.stats["duplicate_paragraphs"], N - 1);
    assert_eq!(report.stats["clusters"], 1);
    assert_eq!(
        report.stats["removable_chars"],
        (N - 1) * paragraph.chars().count()
    );
    assert_eq!(report.clusters.len(), 1);
    let c = &report.clusters[0];
    assert_eq!((c.kind.as_str(), c.size, c.canonical), ("exact", N, 0));
    assert_eq!(c.excerpt, paragraph);
    // The giant cluster is capped in the report and says so.
    assert_eq!(c.members.len(), tifa::dedup::report::MEMBERS_LISTED);
    assert!(c.members_truncated);
    let size = std::fs::metadata(&output).unwrap().len();
    assert!(size < 10 << 20, "duplicates.json is {size} bytes");
    // The copies are one exact group: a single representative reaches LSH, no giant bucket.
    assert!(report.giant_buckets.is_empty());
}

/// Case 6: Malformed JSONL lines (bad JSON, no text field, text not a string) are each reported
/// with path and line; the good lines are processed; exit 2.
#[test]
fn malformed_jsonl_lines_are_reported_with_their_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("news.jsonl");
    let lines = [
        r#"{"id":"a","text":"第一篇正文。"}"#,
        r#"{"id":"b","text":"#,
        r#"{"id":"c","title":"无正文"}"#,
        r#"{"id":"d","text":42}"#,
        r#"{"id":"e","text":"第五行正文。"}"#,
    ];
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let out = tifa().arg("clean").arg(&path).assert().code(2);
    let out = out.get_output();
    let p = path.display();
    assert_eq!(
        stderr(out),
        format!(
            "tifa: skipped: {p}:2: invalid JSON: EOF while parsing a value at line 1 column 17\n\
             tifa: skipped: {p}:3: field `text` is missing\n\
             tifa: skipped: {p}:4: field `text` is not a string\n\
             tifa: 3 input(s) skipped\n"
        )
    );
    let docs = json_lines(&out.stdout);
    assert_eq!(ids(&docs), ["a", "e"]);
    assert_eq!(docs[0]["source"]["line"], 1);
    assert_eq!(docs[1]["source"]["line"], 5);
    assert_eq!(docs[1]["text"], "第五行正文。");
    assert_eq!(docs[1]["metadata"], serde_json::json!({}));
}

/// Case 7: Unbalanced and 10,000-deep quotes and brackets, and numbers of 500 digits: `tifa
/// extract` succeeds, its output parses, and the huge numbers are claims whose value (beyond f64)
/// is null.
#[test]
fn deep_quotes_and_huge_numbers_do_not_break_extract() {
    const DEEP: usize = 10_000;
    let dir = tempfile::tempdir().unwrap();
    let nines = "9".repeat(500);
    let ones = format!("{}.{}", "1".repeat(500), "5".repeat(500));
    let eights = "8".repeat(500);
    let paragraphs = [
        format!(
            "{}{}全年经济增长{nines}亿元",
            "“".repeat(DEEP),
            "《".repeat(DEEP)
        ),
        format!("{}政府工作报告{}", "《".repeat(DEEP), "》".repeat(DEEP)),
        format!(
            "{}{}{}",
            "”".repeat(DEEP),
            "》".repeat(DEEP),
            "）".repeat(DEEP)
        ),
        format!("{}稳中求进{}", "“‘".repeat(DEEP / 2), "’”".repeat(DEEP / 2)),
        format!("居民收入增长{ones}%，城镇新增就业{eights}万人。"),
    ];
    let path = dir.path().join("quotes.txt");
    std::fs::write(&path, paragraphs.join("\n\n") + "\n").unwrap();
    let out = tifa()
        .arg("extract")
        .arg(&path)
        .timeout(Duration::from_secs(60))
        .assert()
        .code(0);
    let out = out.get_output();
    assert_eq!(stderr(out), "");
    let docs = json_lines(&out.stdout);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["doc"], "quotes.txt");
    let claims: Vec<(&str, &str, &Value)> = docs[0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["kind"].as_str().unwrap(),
                c["text"].as_str().unwrap(),
                &c["value"],
            )
        })
        .collect();
    let money = format!("{nines}亿元");
    let percent = format!("{ones}%");
    let count = format!("{eights}万人");
    assert_eq!(
        claims,
        [
            ("money", money.as_str(), &Value::Null),
            ("percent", percent.as_str(), &Value::Null),
            ("count", count.as_str(), &Value::Null),
        ]
    );
}

/// Case 8: A folder holding a symlink loop (a link to its parent) is walked without following
/// the loop: no hang, every real file once.
#[test]
fn symlink_loop_does_not_hang() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("corpus");
    std::fs::create_dir_all(root.join("sub")).unwrap();
    std::fs::write(root.join("a.txt"), "第一篇。").unwrap();
    std::fs::write(root.join("sub/b.txt"), "第二篇。").unwrap();
    std::os::unix::fs::symlink("..", root.join("sub/up")).unwrap();
    std::os::unix::fs::symlink(".", root.join("sub/here")).unwrap();
    for arg in [root.clone(), root.join("sub/up")] {
        let out = tifa()
            .arg("clean")
            .arg(&arg)
            .timeout(Duration::from_secs(30))
            .assert()
            .code(0);
        let out = out.get_output();
        assert_eq!(stderr(out), "", "{arg:?}");
        assert_eq!(
            ids(&json_lines(&out.stdout)),
            ["a.txt", "sub/b.txt"],
            "{arg:?}"
        );
    }
}

/// Links are followed: a folder of links to folders and files is read through them, a folder
/// linked twice is read once; a folder with nothing to read is a warning, not silence.
#[test]
fn linked_folders_are_read_and_empty_ones_reported() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real");
    std::fs::create_dir_all(real.join("2024")).unwrap();
    std::fs::write(real.join("2024/a.txt"), "第一篇。").unwrap();
    std::fs::write(real.join("b.txt"), "第二篇。").unwrap();
    let links = dir.path().join("links");
    std::fs::create_dir(&links).unwrap();
    std::os::unix::fs::symlink(real.join("2024"), links.join("x")).unwrap();
    std::os::unix::fs::symlink(real.join("2024"), links.join("y")).unwrap();
    std::os::unix::fs::symlink(real.join("b.txt"), links.join("b.txt")).unwrap();
    let out = tifa().arg("clean").arg(&links).assert().code(0);
    let out = out.get_output();
    assert_eq!(stderr(out), "");
    assert_eq!(ids(&json_lines(&out.stdout)), ["b.txt", "x/a.txt"]);

    let empty = dir.path().join("empty");
    std::fs::create_dir_all(empty.join("sub")).unwrap();
    std::fs::write(empty.join("sub/notes.pdf"), "not read").unwrap();
    // Nothing to read is an error: exit 2, the reason last.
    let out = tifa().arg("clean").arg(&empty).assert().code(2);
    let out = out.get_output();
    assert!(out.stdout.is_empty());
    assert!(
        stderr(out).starts_with("tifa: error: no document could be read")
            && stderr(out)
                .trim_end()
                .ends_with("no .txt, .md or .jsonl file in this folder"),
        "{}",
        stderr(out)
    );
}

/// Files named alike under two folders given take their paths as ids; other ids stay relative.
#[test]
fn ids_stay_distinct_across_folders() {
    let dir = tempfile::tempdir().unwrap();
    for (folder, text) in [("a", "甲。"), ("b", "乙。")] {
        std::fs::create_dir_all(dir.path().join(folder)).unwrap();
        std::fs::write(dir.path().join(folder).join("2024.txt"), text).unwrap();
    }
    std::fs::write(dir.path().join("b/only.txt"), "丙。").unwrap();
    let out = tifa()
        .current_dir(dir.path())
        .args(["clean", "a", "b"])
        .assert()
        .code(0);
    assert_eq!(
        ids(&json_lines(&out.get_output().stdout)),
        ["a/2024.txt", "b/2024.txt", "only.txt"]
    );
}

/// Case 9: An unreadable file is skipped with its path and the OS error; the others are processed;
/// exit 2. (As root, chmod 000 does not stop reading: the check is skipped.)
#[test]
fn unreadable_file_is_skipped() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("locked.txt");
    std::fs::write(&locked, "不可读。").unwrap();
    std::fs::write(dir.path().join("ok.txt"), "可读。").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&locked).is_ok() {
        eprintln!("unreadable_file_is_skipped: as root a chmod 000 file is readable; skipped");
        return;
    }
    let out = tifa().arg("clean").arg(dir.path()).assert().code(2);
    let out = out.get_output();
    assert_eq!(
        stderr(out),
        format!(
            "tifa: skipped: {}: Permission denied (os error 13)\ntifa: 1 input(s) skipped\n",
            locked.display()
        )
    );
    assert_eq!(ids(&json_lines(&out.stdout)), ["ok.txt"]);
}

/// Case 10: An output folder under a regular file: `tifa analyze` fails with a clear error before
/// any work (before reading its input: standard input is held open and never written), exit 2,
/// nothing created.
#[test]
fn unwritable_output_folder_fails_before_reading_input() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("file");
    std::fs::write(&blocker, "x").unwrap();
    let before = paths_under(dir.path());
    let target = blocker.join("sub");
    let out = run_with_open_stdin(
        &[
            "analyze".as_ref(),
            "-".as_ref(),
            "-o".as_ref(),
            target.as_ref(),
        ],
        Duration::from_secs(20),
    )
    .expect("tifa analyze read its input before checking the output folder");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "tifa: error: {}: cannot write output: File exists (os error 17)\n",
            blocker.display()
        )
    );
    assert!(out.stdout.is_empty());
    assert_eq!(paths_under(dir.path()), before);
    assert_eq!(std::fs::read(&blocker).unwrap(), b"x");
}

/// Case 10, the other commands with an output: the same check before reading input.
#[test]
fn unwritable_outputs_of_other_commands_fail_before_reading_input() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("file");
    std::fs::write(&blocker, "x").unwrap();
    let before = paths_under(dir.path());
    let sub = blocker.join("sub");
    let file = sub.join("out.jsonl");
    let cases: [(&str, &Path); 4] = [
        ("clean", &file),
        ("segment", &file),
        ("extract", &file),
        ("index", &sub),
    ];
    for (command, target) in cases {
        let out = run_with_open_stdin(
            &[
                command.as_ref(),
                "-".as_ref(),
                "-o".as_ref(),
                target.as_ref(),
            ],
            Duration::from_secs(20),
        )
        .unwrap_or_else(|| panic!("tifa {command} read its input before checking -o"));
        assert_eq!(out.status.code(), Some(2), "{command}");
        let message = stderr(&out);
        assert!(
            message.starts_with("tifa: error: ")
                && message.contains(&blocker.display().to_string())
                && message.contains("cannot write output")
                && message.lines().count() == 1,
            "{command}: {message}"
        );
    }
    assert_eq!(paths_under(dir.path()), before);
}

/// Case 10, `tifa dedup`: an unwritable `-o` or `--write-clean` fails before the input is read.
#[test]
fn unwritable_dedup_outputs_fail_before_reading_input() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("file");
    std::fs::write(&blocker, "x").unwrap();
    let sub = blocker.join("sub");
    let json = sub.join("d.json");
    for flag in ["-o", "--write-clean"] {
        let target = if flag == "-o" { &json } else { &sub };
        let out = run_with_open_stdin(
            &[
                "dedup".as_ref(),
                "-q".as_ref(),
                "-".as_ref(),
                flag.as_ref(),
                target.as_ref(),
            ],
            Duration::from_secs(10),
        )
        .unwrap_or_else(|| panic!("tifa dedup {flag} read its input before checking it"));
        assert_eq!(out.status.code(), Some(2), "{flag}");
        assert!(stderr(&out).contains("cannot write output"), "{flag}");
    }
}

/// Case 10, `-o` naming an existing regular file: refused, the file untouched, nothing created.
#[test]
fn analyze_refuses_to_replace_a_regular_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("file");
    std::fs::write(&file, "precious").unwrap();
    let out = tifa()
        .current_dir(MANIFEST)
        .args(["analyze", "-q", "--no-report", "corpus", "-o"])
        .arg(&file)
        .assert()
        .code(2);
    assert!(stderr(out.get_output()).contains("it exists and is not a folder"));
    assert_eq!(std::fs::read(&file).unwrap(), b"precious");
    assert_eq!(names_in(dir.path()), BTreeSet::from(["file".to_string()]));
}

const SHARED: &str = "全市各级党组织深入推进基层治理现代化建设，持续整治形式主义为基层减负。";

/// Case 11: `--write-clean` with hostile JSONL ids (`..`, absolute, NUL, 5,000 chars): JSONL is
/// written back as JSONL under its file name, so the ids stay data, verbatim, and nothing is
/// written outside the clean folder.
#[test]
fn hostile_jsonl_ids_stay_inside_the_clean_folder() {
    let dir = tempfile::tempdir().unwrap();
    let cwd = dir.path().join("a/b");
    std::fs::create_dir_all(&cwd).unwrap();
    let long = "长".repeat(5000);
    let hostile = ["../../etc/x", "/tmp/abs", "a\u{0}b", long.as_str()];
    let lines: Vec<String> = hostile
        .iter()
        .enumerate()
        .map(|(i, id)| {
            serde_json::json!({"id": id, "text": format!("{SHARED}\n\n第{i}篇独有的内容。")})
                .to_string()
        })
        .collect();
    std::fs::write(cwd.join("hostile.jsonl"), lines.join("\n") + "\n").unwrap();
    let abs_existed = Path::new("/tmp/abs").exists();
    let before = paths_under(dir.path());
    let clean = dir.path().join("clean");
    let out = tifa()
        .current_dir(&cwd)
        .args(["dedup", "-q", "hostile.jsonl", "--write-clean"])
        .arg(&clean)
        .assert()
        .code(0);
    assert_eq!(stderr(out.get_output()), "");
    let created: Vec<PathBuf> = paths_under(dir.path())
        .difference(&before)
        .cloned()
        .collect();
    assert!(created.iter().all(|p| p.starts_with(&clean)), "{created:?}");
    assert_eq!(abs_existed, Path::new("/tmp/abs").exists());
    assert_eq!(
        names_in(&clean),
        BTreeSet::from([
            ".tifa-output.json".to_string(),
            "clean-paths.jsonl".to_string(),
            "dedup-removed.jsonl".to_string(),
            "hostile.jsonl".to_string()
        ])
    );
    let written = json_lines(&std::fs::read(clean.join("hostile.jsonl")).unwrap());
    let mut expected = hostile.to_vec();
    expected.sort();
    assert_eq!(ids(&written), expected);
    // The shared paragraph is kept once, in the earliest id.
    let removed = json_lines(&std::fs::read(clean.join("dedup-removed.jsonl")).unwrap());
    assert_eq!(removed.len(), 3);
}

/// Two text files sharing a paragraph in `in/`, and a working folder `work/` beside it: globs
/// from there (`../in/*.txt`, or absolute) give ids that are those paths. Returns the temporary
/// folder, the working folder and the clean folder in it.
fn glob_corpus() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let cwd = dir.path().join("work");
    std::fs::create_dir_all(&input).unwrap();
    std::fs::create_dir_all(&cwd).unwrap();
    std::fs::write(input.join("a.txt"), format!("{SHARED}\n\n第一篇。\n")).unwrap();
    std::fs::write(input.join("b.txt"), format!("{SHARED}\n\n第二篇。\n")).unwrap();
    let clean = cwd.join("clean");
    (dir, cwd, clean)
}

/// Case 11, text files: ids that are paths with `..` or a root are written under the clean folder
/// (`..` and the root dropped), never outside it.
#[test]
fn path_ids_of_text_files_stay_inside_the_clean_folder() {
    let (dir, cwd, clean) = glob_corpus();
    let absolute = dir.path().join("in/b*.txt");
    let before = paths_under(dir.path());
    tifa()
        .current_dir(&cwd)
        .args(["dedup", "-q", "../in/*.txt"])
        .arg(&absolute)
        .arg("--write-clean")
        .arg(&clean)
        .assert()
        .code(0);
    let created: Vec<PathBuf> = paths_under(dir.path())
        .difference(&before)
        .cloned()
        .collect();
    assert!(created.iter().all(|p| p.starts_with(&clean)), "{created:?}");
    let files: Vec<PathBuf> = snapshot(&clean).into_keys().collect();
    let abs_rel = dir.path().strip_prefix("/").unwrap().join("in/b.txt");
    let mut expected = vec![
        PathBuf::from(".tifa-output.json"),
        PathBuf::from("clean-paths.jsonl"),
        PathBuf::from("dedup-removed.jsonl"),
        PathBuf::from("in/a.txt"),
        PathBuf::from("in/b.txt"),
        abs_rel,
    ];
    expected.sort();
    assert_eq!(files, expected);
}

/// Case 11, the mapping: when a document's file name is not its id, the clean folder records which
/// id went to which file.
#[test]
fn sanitized_names_are_recorded() {
    let (_dir, cwd, clean) = glob_corpus();
    tifa()
        .current_dir(&cwd)
        .args(["dedup", "-q", "../in/*.txt", "--write-clean"])
        .arg(&clean)
        .assert()
        .code(0);
    let records = json_lines(&std::fs::read(clean.join("clean-paths.jsonl")).unwrap());
    for (id, file) in [("../in/a.txt", "in/a.txt"), ("../in/b.txt", "in/b.txt")] {
        assert!(clean.join(file).is_file());
        let recorded = records.iter().any(|r| {
            r["id"] == id
                && r.as_object()
                    .unwrap()
                    .values()
                    .any(|v| v.as_str() == Some(file))
        });
        assert!(recorded, "no record of {id} → {file} in {records:?}");
    }
}

/// Case 11, collisions: two documents whose ids sanitize to the same name are both written.
#[test]
fn sanitized_names_never_collide() {
    let (_dir, cwd, clean) = glob_corpus();
    std::fs::create_dir_all(cwd.join("in")).unwrap();
    std::fs::write(cwd.join("in/a.txt"), "另一个目录里的同名文件。\n").unwrap();
    tifa()
        .current_dir(&cwd)
        .args(["dedup", "-q", "../in/a*.txt", "in/a*.txt", "--write-clean"])
        .arg(&clean)
        .assert()
        .code(0);
    let texts: Vec<String> = snapshot(&clean)
        .into_iter()
        .filter(|(p, _)| p.extension().is_some_and(|e| e == "txt"))
        .map(|(_, b)| String::from_utf8(b).unwrap())
        .collect();
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(texts.iter().any(|t| t.contains("第一篇")));
    assert!(texts.iter().any(|t| t.contains("另一个目录里的同名文件")));
}

/// Case 12: Determinism: `tifa analyze --no-report` on the embedded corpus gives byte-identical
/// files for -j 1, -j 2 and the default over five runs; summary.json differs only in `threads` and
/// `timings`.
#[test]
fn analyze_output_is_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    let runs: Vec<BTreeMap<PathBuf, Vec<u8>>> = ["1", "2", "1", "2", "0"]
        .iter()
        .enumerate()
        .map(|(i, threads)| {
            let out = dir.path().join(format!("out{i}"));
            tifa()
                .current_dir(MANIFEST)
                .args([
                    "analyze",
                    "-q",
                    "--no-report",
                    "-j",
                    threads,
                    "corpus",
                    "-o",
                ])
                .arg(&out)
                .assert()
                .code(0);
            snapshot(&out)
        })
        .collect();
    let summary = |files: &BTreeMap<PathBuf, Vec<u8>>| {
        let mut v: Value = serde_json::from_slice(&files[Path::new("summary.json")]).unwrap();
        let o = v.as_object_mut().unwrap();
        assert!(o.remove("timings").is_some() && o.remove("threads").is_some());
        v
    };
    let first = &runs[0];
    assert!(first.len() >= 9, "{:?}", first.keys());
    for (i, run) in runs.iter().enumerate().skip(1) {
        assert_eq!(
            run.keys().collect::<Vec<_>>(),
            first.keys().collect::<Vec<_>>()
        );
        for (name, bytes) in run {
            if name != Path::new("summary.json") {
                assert!(bytes == &first[name], "run {i}: {name:?} differs");
            }
        }
        assert_eq!(summary(run), summary(first), "run {i}: summary.json");
    }
}

/// Case 13: SIGTERM in the middle of `tifa analyze -o DIR` leaves DIR's previous complete output
/// byte for byte; the staging folder left beside it is removed by the next run.
#[test]
fn interrupted_analyze_keeps_the_previous_output() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    tifa()
        .current_dir(MANIFEST)
        .args(["analyze", "-q", "--no-report", "corpus", "-o"])
        .arg(&out)
        .assert()
        .code(0);
    let previous = snapshot(&out);
    // A corpus that takes several seconds: 2000 documents of six paragraphs.
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    let seed = std::fs::read_to_string(Path::new(MANIFEST).join("corpus/000_a428233bf100ad97.txt"))
        .unwrap();
    let paragraphs: Vec<&str> = seed.lines().filter(|l| l.chars().count() > 20).collect();
    for i in 0..2000 {
        let body: Vec<&str> = (0..6)
            .map(|k| paragraphs[(i * 7 + k) % paragraphs.len()])
            .collect();
        let text = format!("第{i}号文件\n\n{}\n", body.join("\n\n"));
        std::fs::write(input.join(format!("{i:04}.txt")), text).unwrap();
    }
    let mut child = std::process::Command::new(BIN)
        .args(["analyze", "-q"])
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let pid = child.id();
    // Midway: once documents are being written into the staging folder.
    let staging = dir.path().join(format!(".out.tifa-stage-{pid}-0"));
    let writing = || {
        std::fs::read_dir(&staging).ok()?.flatten().find(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.starts_with(".documents.jsonl.tifa-tmp-")
                && e.metadata().is_ok_and(|m| m.len() > 0)
        })
    };
    let start = Instant::now();
    while writing().is_none() {
        assert!(child.try_wait().unwrap().is_none(), "finished too soon");
        assert!(start.elapsed() < Duration::from_secs(60), "no progress");
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(child.try_wait().unwrap().is_none(), "finished too soon");
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    // Ended by the signal, after removing what it was writing.
    assert_eq!(child.wait().unwrap().code(), Some(128 + 15));
    // The previous output, whole and unchanged.
    assert!(snapshot(&out) == previous, "the output folder changed");
    for (name, bytes) in &previous {
        if name.extension().is_some_and(|e| e == "jsonl") {
            assert!(!json_lines(bytes).is_empty(), "{name:?}");
        } else if name.extension().is_some_and(|e| e == "csv") {
            assert!(bytes.starts_with(b"doc,sentence,"), "{name:?}");
        } else {
            serde_json::from_slice::<Value>(bytes).unwrap();
        }
    }
    assert_eq!(
        names_in(dir.path()),
        BTreeSet::from(["in".to_string(), "out".to_string()])
    );
    // A run killed outright (no chance to clean up) leaves its staging folder: the next run
    // clears it, and never one of a live run.
    let dead = dir.path().join(".out.tifa-stage-4194999-0");
    let live = dir
        .path()
        .join(format!(".out.tifa-stage-{}-0", std::process::id()));
    std::fs::create_dir(&dead).unwrap();
    std::fs::create_dir(&live).unwrap();
    tifa()
        .current_dir(MANIFEST)
        .args(["analyze", "-q", "--no-report", "corpus", "-o"])
        .arg(&out)
        .assert()
        .code(0);
    assert!(!dead.exists());
    assert!(live.exists());
}

/// `tifa diff` on two documents of 5,000 different but similar sentences (few distinct
/// chars, so every bigram is common) finishes: candidate search skips common bigrams and the
/// word-level diff has a deadline.
#[test]
fn diff_of_many_similar_sentences_finishes() {
    let dir = tempfile::tempdir().unwrap();
    let chars: Vec<char> = "经济社会发展主要目标任务顺利完成".chars().collect();
    let mut seed = 7u64;
    let mut text = |n: usize| {
        let mut out = String::new();
        for i in 0..n {
            for _ in 0..30 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                out.push(chars[(seed >> 33) as usize % chars.len()]);
            }
            out.push_str(if i % 5 == 4 { "。\n\n" } else { "。" });
        }
        out
    };
    let (old, new) = (dir.path().join("old.txt"), dir.path().join("new.txt"));
    std::fs::write(&old, text(5000)).unwrap();
    std::fs::write(&new, text(5000)).unwrap();
    let start = std::time::Instant::now();
    tifa()
        .args(["diff", "--json"])
        .arg(&old)
        .arg(&new)
        .timeout(Duration::from_secs(120))
        .assert()
        .code(1);
    eprintln!("diff of 2 × 5,000 sentences: {:?}", start.elapsed());
}

/// Deduplication spills texts and digests to the temporary folder: when it cannot be written,
/// `dedup` and `analyze` stop with exit 2 and say which folder, without a panic or a partial
/// output.
#[test]
fn an_unwritable_temporary_folder_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("a.txt");
    std::fs::write(&input, "两个确立是党的十八大以来最重要的政治成果。\n").unwrap();
    let missing = dir.path().join("no-such-folder");
    let out = tifa()
        .env("TMPDIR", &missing)
        .args(["dedup", "-q"])
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("no-such-folder"), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let report = dir.path().join("out");
    let out = tifa()
        .env("TMPDIR", &missing)
        .args(["analyze", "-q", "-o"])
        .arg(&report)
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("no-such-folder"), "{}", stderr(&out));
    assert!(!report.exists());
}
