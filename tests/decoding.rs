//! Reading what scraped text arrives as, with the real binary: UTF-16 without a BOM, Big5,
//! Shift_JIS and EUC-KR, a UTF-8 file with a GBK one appended; ids of files whose names are
//! not UTF-8; ids given twice in JSONL. The fixtures are written here; the corpora in
//! `../shared/corpora` are read back from other encodings when present.

mod common;

use assert_cmd::Command;
use encoding_rs::{Encoding, BIG5, EUC_KR, GB18030, GBK, SHIFT_JIS};
use serde_json::Value;
use std::path::{Path, PathBuf};
use tifa::input::decode::decode;

fn tifa() -> Command {
    Command::cargo_bin("tifa").unwrap()
}

/// `tifa clean` of `paths`, which must succeed: the documents and what went to stderr.
fn clean(paths: &[&Path]) -> (Vec<Value>, String) {
    let out = tifa()
        .arg("clean")
        .args(paths)
        .assert()
        .success()
        .get_output()
        .clone();
    let docs = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (docs, String::from_utf8(out.stderr).unwrap())
}

/// Writes `text` as UTF-8 and as `bytes` (its encoding) into `dir`; asserts that both clean
/// to the same text and that the encoded file is read as `encoding`.
fn reads_like_original(dir: &Path, text: &str, bytes: &[u8], encoding: &str) {
    let original = dir.join("original.txt");
    let encoded = dir.join(format!("{encoding}.txt"));
    std::fs::write(&original, text).unwrap();
    std::fs::write(&encoded, bytes).unwrap();
    let (docs, _) = clean(&[&encoded, &original]);
    assert_eq!(docs[0]["encoding"], encoding);
    assert_eq!(docs[0]["text"], docs[1]["text"], "{encoding}");
    assert_eq!(docs[0]["flags"]["replaced_bytes"], 0);
}

/// Chinese with few ASCII chars (newlines, a year), as scraped news has.
const NEWS: &str = "　　本报讯　今年一季度，全市规模以上工业增加值同比增长百分之六点二。\n　　开发区新开工项目四十个，总投资约一百二十亿元，其中先进制造业项目占一半以上。\n　　2024年，市政府将最大限度减轻企业负担，一是降低用地成本，二是缩短审批时间。\n";

#[test]
fn utf16_without_bom_reads_like_its_utf8_original() {
    let dir = tempfile::tempdir().unwrap();
    let le: Vec<u8> = NEWS.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = NEWS.encode_utf16().flat_map(u16::to_be_bytes).collect();
    reads_like_original(dir.path(), NEWS, &le, "UTF-16LE");
    reads_like_original(dir.path(), NEWS, &be, "UTF-16BE");
}

#[test]
fn big5_shift_jis_and_euc_kr_read_like_their_utf8_originals() {
    let cases: [(&'static Encoding, &str); 3] = [
        (BIG5, "　　本市今年第一季的工業生產總值比去年同期增長百分之六點二。\n　　新開工的建設項目共有四十個，總投資約為一百二十億元。\n"),
        (SHIFT_JIS, "今年の春は例年より暖かく、桜の開花も一週間ほど早まりました。\n公園には多くの家族連れが訪れ、満開の花の下でお弁当を広げていました。\n"),
        (EUC_KR, "올해 봄은 예년보다 따뜻해서 벚꽃이 일주일쯤 일찍 피었습니다.\n공원에는 가족 단위 나들이객이 많이 찾아왔습니다.\n"),
    ];
    let dir = tempfile::tempdir().unwrap();
    for (enc, text) in cases {
        reads_like_original(dir.path(), text, &enc.encode(text).0, enc.name());
    }
}

#[test]
fn a_gbk_scrape_appended_to_a_utf8_one_reads_like_the_original() {
    let utf8_part = "　　市政府昨天召开新闻发布会，介绍今年一季度经济运行情况。\n";
    let gbk_part = "　　记者从会上获悉，全市规模以上工业增加值同比增长百分之六点二。\n";
    let mut bytes = utf8_part.as_bytes().to_vec();
    bytes.extend_from_slice(&GBK.encode(gbk_part).0);
    let dir = tempfile::tempdir().unwrap();
    reads_like_original(
        dir.path(),
        &format!("{utf8_part}{gbk_part}"),
        &bytes,
        "UTF-8+GBK",
    );
}

#[cfg(unix)]
#[test]
fn names_that_are_not_utf8_get_ids_of_their_own() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    let names: [&[u8]; 3] = [b"r\xff.txt", b"r\xfe.txt", b"r\\xff.txt"];
    for (i, name) in names.iter().enumerate() {
        let text = format!("第{i}篇稿件的正文各不相同，编号是{i}。");
        std::fs::write(input.join(std::ffi::OsStr::from_bytes(name)), text).unwrap();
    }
    let (docs, _) = clean(&[&input]);
    let mut ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    ids.sort();
    assert_eq!(ids, ["r\\\\xff.txt", "r\\xfe.txt", "r\\xff.txt"]);
    let out = dir.path().join("clean");
    tifa()
        .args(["dedup", "-q"])
        .arg(&input)
        .arg("--write-clean")
        .arg(&out)
        .assert()
        .success();
    let written = std::fs::read_dir(&out)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension().unwrap() == "txt")
        .count();
    assert_eq!(written, 3);
}

#[test]
fn an_id_given_twice_in_jsonl_is_a_warning_naming_file_line_and_id() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("news.jsonl");
    let lines = [("a", "第一篇。"), ("b", "第二篇。"), ("a", "第三篇。")];
    let jsonl: String = lines
        .iter()
        .map(|(id, text)| format!("{}\n", serde_json::json!({"id": id, "text": text})))
        .collect();
    std::fs::write(&path, jsonl).unwrap();
    let (docs, stderr) = clean(&[&path]);
    assert_eq!(docs.len(), 3);
    assert!(
        stderr.contains("news.jsonl:3: id `a` was already given to line 1"),
        "{stderr}"
    );
}

#[test]
fn diff_pairs_documents_sharing_an_id_in_order_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let texts = [
        "今年经济增长百分之五左右。",
        "城镇新增就业一千二百万人以上。",
    ];
    let jsonl: String = texts
        .iter()
        .map(|t| format!("{}\n", serde_json::json!({"id": "r", "text": t})))
        .collect();
    let (old, new) = (dir.path().join("old.jsonl"), dir.path().join("new.jsonl"));
    std::fs::write(&old, &jsonl).unwrap();
    std::fs::write(&new, &jsonl).unwrap();
    let out = tifa()
        .args(["diff", "--json"])
        .args([&old, &new])
        .output()
        .unwrap();
    // The first old document is compared with the first new one, the second with the second:
    // nothing differs.
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 2);
    let stderr = String::from_utf8(out.stderr).unwrap();
    for side in ["old", "new"] {
        let warning = format!(
            "{side} side {}: 2 documents have id `r`",
            dir.path().join(format!("{side}.jsonl")).display()
        );
        assert!(stderr.contains(&warning), "{stderr}");
    }
}

#[test]
fn corpus_articles_read_back_from_gb18030_utf16_and_appended_files() {
    let Some(c) = common::corpora() else { return };
    let mut paths: Vec<PathBuf> = walk(&c.join("news/peoples-daily-2023h2"));
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .step_by(20)
        .map(|p| std::fs::read_to_string(p).unwrap().replace("\r\n", "\n"))
        .collect();
    assert!(texts.len() > 400, "{} articles", texts.len());
    for pair in texts.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let read = |bytes: &[u8], encoding: &str| {
            let d = decode(bytes).unwrap_or_else(|e| panic!("{encoding}: {e:?}"));
            assert_eq!(d.encoding, encoding);
            d.text
        };
        assert_eq!(read(&GB18030.encode(b).0, "GBK"), *b);
        let le: Vec<u8> = b.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(read(&le, "UTF-16LE"), *b);
        let be: Vec<u8> = b.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(read(&be, "UTF-16BE"), *b);
        let a = format!("{}\n", a.trim_end());
        let mut appended = a.as_bytes().to_vec();
        appended.extend_from_slice(&GB18030.encode(b).0);
        assert_eq!(read(&appended, "UTF-8+GBK"), format!("{a}{b}"));
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
    out
}
