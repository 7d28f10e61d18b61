//! Hostile text and file names (terminal escapes, bell, C1 and bidi controls) reach no
//! terminal view raw: cleaning drops the controls, every view escapes what is left.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;
use tempfile::TempDir;

fn tifa() -> Command {
    Command::cargo_bin("tifa").unwrap()
}

/// Clears the screen, rings the bell, retitles the terminal, sends a C1 CSI and reverses
/// the digits of a number.
const HOSTILE: &str = "\u{1b}[2J全年粮食产量1.4万亿斤，比上年增长\u{9b}2.2%。\u{7}\n\n\
    \u{1b}]0;被改的标题\u{7}国内生产总值增长\u{202e}5.2%，城镇新增\u{1b}就业1244万人。\n\n\
    坚持以“两个维护”为根本，推进《乡村振兴\u{1b}[8m促进法》落实，统筹发展和安全。\n\n\
    各地区各部门要坚决贯彻党中央决策部署，扎实推进\u{1b}[2J高质量发展。\n";

/// File names that hold escapes too.
const OLD: &str = "old\u{1b}]0;pwned\u{7}.txt";
const NEW: &str = "new\u{1b}[2J.txt";

/// Two versions of the hostile document; the new one changes a number and a slogan.
fn corpus() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(OLD), HOSTILE).unwrap();
    let new = HOSTILE
        .replace("1244万", "1256万")
        .replace("“两个维护”", "“四个\u{1b}自信”");
    std::fs::write(dir.path().join(NEW), new).unwrap();
    dir
}

/// The control chars in `out` other than newline and tab.
fn raw_controls(out: &[u8]) -> Vec<char> {
    let bidi = |c: char| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    String::from_utf8_lossy(out)
        .chars()
        .filter(|&c| (c.is_control() && !matches!(c, '\n' | '\t')) || bidi(c))
        .collect()
}

/// Runs tifa with `args` then `extra`, cleaning with and without normalization, and checks
/// that stdout holds no raw control char.
fn assert_safe(args: &[&str], paths: &[&Path], success: bool) {
    for extra in [&[][..], &["--no-normalize"]] {
        let assert = tifa().args(args).args(extra).args(paths).assert();
        let out = &assert.get_output().stdout;
        if success {
            assert_eq!(assert.get_output().status.code(), Some(0), "{args:?}");
        }
        assert!(!out.is_empty(), "{args:?} {extra:?} printed nothing");
        assert_eq!(raw_controls(out), [], "{args:?} {extra:?}");
    }
}

#[test]
fn document_views_escape_control_chars() {
    let dir = corpus();
    let old = dir.path().join(OLD);
    for args in [
        &["clean", "--format", "text"][..],
        &["segment", "--format", "text"],
        &["extract", "--format", "text"],
    ] {
        assert_safe(args, &[&old], true);
    }
}

#[test]
fn kept_controls_and_ids_are_shown_as_escapes() {
    let dir = corpus();
    let out = tifa()
        .args(["clean", "--no-normalize", "--format", "text"])
        .arg(dir.path().join(OLD))
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with(r"=== old\u{1b}]0;pwned\u{7}.txt ==="),
        "{text}"
    );
    assert!(text.contains(r"比上年增长\u{9b}2.2%"), "{text}");
    assert!(text.contains(r"增长\u{202e}5.2%"), "{text}");
}

#[test]
fn diff_view_escapes_control_chars() {
    let dir = corpus();
    let (old, new) = (dir.path().join(OLD), dir.path().join(NEW));
    assert_safe(&["diff"], &[&old, &new], false);
}

#[test]
fn colored_diff_holds_no_escape_but_its_colors() {
    let dir = corpus();
    let out = tifa()
        .args(["diff", "--color", "always", "--no-normalize"])
        .arg(dir.path().join(OLD))
        .arg(dir.path().join(NEW))
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let colors = regex::Regex::new("\x1b\\[[0-9;]*m").unwrap();
    assert!(colors.is_match(&text));
    assert_eq!(raw_controls(colors.replace_all(&text, "").as_bytes()), []);
}

#[test]
fn corpus_screens_escape_control_chars() {
    let dir = corpus();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("dups.json");
    let folder = out.path().join("index");
    let run = out.path().join("run");
    let screens: [&[&str]; 3] = [
        &["dedup", "-o", file.to_str().unwrap()],
        &["index", "-o", folder.to_str().unwrap()],
        &["analyze", "--no-report", "-o", run.to_str().unwrap()],
    ];
    for args in screens {
        assert_safe(args, &[dir.path()], true);
    }
}

#[test]
fn clean_json_records_the_removed_controls() {
    let dir = corpus();
    let out = tifa()
        .arg("clean")
        .arg(dir.path().join(OLD))
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let text = doc["text"].as_str().unwrap();
    assert_eq!(raw_controls(text.as_bytes()), []);
    assert!(
        text.contains("比上年增长2.2%") && text.contains("增长5.2%"),
        "{text}"
    );
    let removed = doc["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["step"] == "normalize" && c["rule"] == "control_char");
    // ESC ×5, BEL ×2, CSI, RLO.
    assert_eq!(removed.map(|c| c["count"].clone()), Some(Value::from(9)));
}
