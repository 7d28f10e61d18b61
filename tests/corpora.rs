//! Tests over the real corpora in `../shared/corpora`, read in place (never copied into the
//! project). Each test skips, saying so, when the folder is absent.

mod common;

use std::path::Path;
use tifa::clean::{clean, CleanOptions};
use tifa::document::CleanDocument;
use tifa::input::{collect_sources, read_source, InputOptions};

/// Cleans every document under `path`, failing on any input error.
fn clean_all(path: &Path) -> Vec<CleanDocument> {
    let (sources, errors) = collect_sources(&[path.to_path_buf()]);
    assert!(errors.is_empty(), "{errors:?}");
    let opts = InputOptions::default();
    let mut docs = Vec::new();
    for source in &sources {
        let read = read_source(source, &opts);
        assert!(read.errors.is_empty(), "{:?}", read.errors);
        docs.extend(
            read.documents
                .iter()
                .map(|d| clean(d, &CleanOptions::default())),
        );
    }
    docs
}

fn paragraphs(doc: &CleanDocument) -> impl Iterator<Item = String> + '_ {
    let chars: Vec<char> = doc.text.chars().collect();
    doc.paragraphs
        .iter()
        .map(move |p| chars[p.span.start..p.span.end].iter().collect())
}

#[test]
fn encodings_read_exactly_like_their_originals() {
    let Some(c) = common::corpora() else { return };
    let pairs = [
        ("gwr-2018.gb18030.txt", "gov-reports/govcn/2018.txt", "GBK"),
        (
            "seed-001.gbk.txt",
            "../corpus-seeds/001_7a5208351f7f5ae7.txt",
            "GBK",
        ),
        (
            "seed-002.utf16.txt",
            "../corpus-seeds/002_2294d6fd28cc15c6.txt",
            "UTF-16LE",
        ),
        (
            "seed-003.utf8-bom.txt",
            "../corpus-seeds/003_5d19bf7dfcacbb41.txt",
            "UTF-8",
        ),
        (
            "seed-000.crlf.txt",
            "../corpus-seeds/000_a428233bf100ad97.txt",
            "UTF-8",
        ),
    ];
    for (encoded, original, encoding) in pairs {
        let a = &clean_all(&c.join("encodings").join(encoded))[0];
        let b = &clean_all(&c.join(original))[0];
        assert_eq!(a.encoding, encoding, "{encoded}");
        assert_eq!(
            a.text, b.text,
            "{encoded} reads differently from {original}"
        );
        assert_eq!(a.flags.replaced_bytes, 0);
    }
}

#[test]
fn rawscrape_loses_its_page_chrome() {
    let Some(c) = common::corpora() else { return };
    for doc in clean_all(&c.join("gov-reports/govcn-rawscrape")) {
        for p in paragraphs(&doc) {
            for chrome in [
                "当前位置",
                "【字体",
                "<!--",
                "-->",
                "中央政府门户网站",
                "<U+00A0>",
            ] {
                assert!(!p.contains(chrome), "{}: {chrome} in {p}", doc.id);
            }
        }
        assert!(
            !doc.text.contains('\u{A0}') && !doc.text.contains('２'),
            "{}",
            doc.id
        );
    }
}

#[test]
fn news_and_reports_clean_without_error_and_without_boilerplate() {
    let Some(c) = common::corpora() else { return };
    let mut docs = clean_all(&c.join("news"));
    assert!(docs.len() > 23_000, "{} documents", docs.len());
    docs.extend(clean_all(&c.join("gov-reports")));
    for doc in &docs {
        for p in paragraphs(doc) {
            for junk in [
                "var adScript",
                "本版邮箱",
                "【字体",
                "<p",
                "-->",
                "本版责编",
            ] {
                assert!(!p.contains(junk), "{}: {junk} in {p}", doc.id);
            }
        }
    }
}

#[test]
fn wikisource_reports_lose_the_licence_and_rejoin_broken_titles() {
    let Some(c) = common::corpora() else { return };
    for doc in clean_all(&c.join("gov-reports/wikisource/reports")) {
        assert!(
            !doc.text.contains("Public domain") && !doc.text.contains("维基文库"),
            "{}",
            doc.id
        );
        for p in paragraphs(&doc) {
            assert!(!p.starts_with(['》', '、', '，']), "{}: {p}", doc.id);
            assert!(!p.ends_with('《'), "{}: {p}", doc.id);
        }
    }
}

/// Every numbered heading line of the national reports (一、 （一） 第一章 …, short and without
/// final punctuation) stays a paragraph of its own: reflow never glues it to the text after it.
#[test]
fn wikisource_headings_stay_paragraphs() {
    let Some(c) = common::corpora() else { return };
    let folder = c.join("gov-reports/wikisource/reports");
    let mut headings = 0;
    for entry in std::fs::read_dir(&folder).unwrap() {
        let path = entry.unwrap().path();
        let docs = clean_all(&path);
        let kept: std::collections::HashSet<String> = docs
            .iter()
            .flat_map(paragraphs)
            .map(|p| comparable(&p))
            .collect();
        let source = std::fs::read_to_string(&path).unwrap();
        for line in source.lines().map(str::trim).filter(|l| is_heading(l)) {
            headings += 1;
            assert!(
                kept.contains(&comparable(line)),
                "{}: {line}",
                path.display()
            );
        }
    }
    assert!(headings > 300, "only {headings} headings found");
}

/// The header lines of the provincial reports (title, `——…会议上` dateline, 来源：, 时间：,
/// the speaker's line) stay apart: a 时间： paragraph holds the date and nothing after it.
#[test]
fn provincial_header_lines_stay_apart() {
    let Some(c) = common::corpora() else { return };
    let mut dated = 0;
    for doc in clean_all(&c.join("gov-reports/provincial-2026")) {
        for p in paragraphs(&doc).filter(|p| p.starts_with("时间：")) {
            dated += 1;
            let rest = p["时间：".len()..].trim();
            assert!(
                rest.chars().all(|c| c.is_ascii_digit() || c == '-'),
                "{}: {p}",
                doc.id
            );
        }
    }
    assert!(dated >= 20, "only {dated} 时间： lines");
}

/// A numbered heading: 一、 （一） or 第X章/部分/节, at most 40 chars, no final punctuation, not
/// a title broken by a link (ending in 《).
fn is_heading(line: &str) -> bool {
    let numeral = |c: char| "一二三四五六七八九十".contains(c);
    let rest = line.trim_start_matches(numeral);
    let numbered = (rest.len() < line.len() && rest.starts_with('、'))
        || line
            .strip_prefix('（')
            .map(|r| r.trim_start_matches(numeral))
            .is_some_and(|r| r.len() + '（'.len_utf8() < line.len() && r.starts_with('）'))
        || line.strip_prefix('第').is_some_and(|r| {
            let r = r.trim_start_matches(numeral);
            ["章", "部分", "节"].iter().any(|h| r.starts_with(h)) && r.len() + 3 < line.len()
        });
    numbered && line.chars().count() <= 40 && !line.ends_with(['。', '；', '：', '《'])
}

/// A line as cleaning writes it, for comparison: full-width digits as ASCII, no spaces.
fn comparable(line: &str) -> String {
    line.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// The index of the 2021–2025 government work reports: when formulations are born and
/// dropped, and keywords without numbers.
#[test]
fn report_index_dates_programs_and_slogans() {
    let Some(dir) = common::corpora() else { return };
    let reports = dir.join("gov-reports/wikisource/reports");
    let out = tempfile::tempdir().unwrap();
    let mut cmd = assert_cmd::Command::cargo_bin("tifa").unwrap();
    cmd.args(["index", "-q", "-o"]).arg(out.path());
    for year in 2021..=2025 {
        cmd.arg(reports.join(format!("{year}.txt")));
    }
    cmd.assert().success();
    let read = |name: &str| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(out.path().join(name)).unwrap()).unwrap()
    };
    let mut seen = std::collections::BTreeMap::new();
    for file in ["programs.json", "slogans.json"] {
        for e in read(file)["entries"].as_array().unwrap() {
            seen.insert(
                e["name"].as_str().unwrap().to_string(),
                (
                    e["first"].as_str().unwrap().to_string(),
                    e["last"].as_str().unwrap().to_string(),
                ),
            );
        }
    }
    let span = |name: &str| {
        seen.get(name)
            .cloned()
            .unwrap_or_else(|| panic!("{name} not indexed"))
    };
    assert_eq!(span("人工智能+"), ("2024.txt".into(), "2025.txt".into()));
    assert_eq!(span("千万工程").0, "2025.txt");
    assert_eq!(span("六稳").1, "2023.txt");
    assert_eq!(span("六保").1, "2023.txt");
    assert_eq!(span("十五五"), ("2025.txt".into(), "2025.txt".into()));
    let keywords = read("keywords.json");
    let top: Vec<&str> = keywords["entries"].as_array().unwrap()[..50]
        .iter()
        .map(|e| e["word"].as_str().unwrap())
        .collect();
    assert!(
        top.iter().all(|w| !w.chars().any(|c| c.is_ascii_digit())),
        "{top:?}"
    );
}

/// `tifa diff` on consecutive government work reports: the targets and formulations that
/// analysts look for.
#[test]
fn report_diff_finds_moved_targets_and_dropped_formulations() {
    let Some(dir) = common::corpora() else { return };
    let reports = dir.join("gov-reports/wikisource/reports");
    let diff = |old: &str, new: &str| -> serde_json::Value {
        let out = assert_cmd::Command::cargo_bin("tifa")
            .unwrap()
            .args(["diff", "--json"])
            .arg(reports.join(old))
            .arg(reports.join(new))
            .assert()
            .code(1)
            .get_output()
            .stdout
            .clone();
        serde_json::from_slice(&out).unwrap()
    };
    let d = diff("2023.txt", "2024.txt");
    let names = |list: &str| common::term_names(&d, list);
    assert!(names("added").contains(&"人工智能+".to_string()));
    assert!(names("dropped").contains(&"六稳".to_string()));
    assert!(names("dropped").contains(&"六保".to_string()));
    let changes = |d: &serde_json::Value, measure: &str| -> Vec<(String, String)> {
        d["claims"]["changed"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["measure"] == measure)
            .map(|c| {
                (
                    c["old"]["text"].as_str().unwrap().to_string(),
                    c["new"]["text"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let has = |d: &serde_json::Value, measure: &str, old: &str, new: &str| {
        let found = changes(d, measure);
        assert!(
            found.contains(&(old.to_string(), new.to_string())),
            "{measure}: {found:?}"
        );
    };
    has(&d, "城镇新增就业", "1200万人左右", "1200万人以上");
    let d = diff("2024.txt", "2025.txt");
    has(&d, "居民消费价格涨幅", "3%左右", "2%左右");
    has(&d, "赤字率", "3%", "4%左右");
    has(&d, "粮食产量", "1.3万亿斤以上", "1.4万亿斤左右");
}
