//! Integration tests that run the real binary on `corpus/` and on fixtures written for them.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

fn tifa() -> Command {
    Command::cargo_bin("tifa").unwrap()
}

/// Runs `tifa clean ARGS` and parses every output line.
fn clean_json(args: &[&str]) -> Vec<Value> {
    let out = tifa()
        .arg("clean")
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn paragraphs(doc: &Value) -> Vec<String> {
    let text: Vec<char> = doc["text"].as_str().unwrap().chars().collect();
    doc["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let (s, e) = (
                p["span"][0].as_u64().unwrap() as usize,
                p["span"][1].as_u64().unwrap() as usize,
            );
            text[s..e].iter().collect()
        })
        .collect()
}

#[test]
fn seed_002_is_reflowed_into_real_paragraphs() {
    let doc = &clean_json(&["corpus/002_2294d6fd28cc15c6.txt"])[0];
    let paras = paragraphs(doc);
    assert!(
        (30..=60).contains(&paras.len()),
        "{} paragraphs",
        paras.len()
    );
    let last = paras.len() - 1;
    for (i, p) in paras.iter().enumerate() {
        let ends = p.ends_with(['。', '”', '！', '？', '…', '：']);
        // Headings are short and have no sentence end; the source itself stops mid-sentence.
        assert!(
            ends || p.chars().count() <= 24 || i == last,
            "cut paragraph: {p}"
        );
    }
    assert!(
        paras.iter().any(|p| p.contains("人才队伍建设四个方面")),
        "column break not joined"
    );
}

#[test]
fn seed_000_fragment_is_rejoined_and_captions_removed() {
    let doc = &clean_json(&["corpus/000_a428233bf100ad97.txt"])[0];
    let paras = paragraphs(doc);
    let joined: Vec<_> = paras
        .iter()
        .filter(|p| p.contains("社区“大党委”建设，深化培育"))
        .collect();
    assert_eq!(joined.len(), 1, "大党/委 not rejoined");
    let captions = doc["removals"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["reason"] == "caption")
        .count();
    assert_eq!(captions, 2);
}

#[test]
fn seed_001_fragment_across_side_block_is_rejoined() {
    let doc = &clean_json(&["corpus/001_7a5208351f7f5ae7.txt"])[0];
    assert!(paragraphs(doc)
        .iter()
        .any(|p| p.contains("大力践行“马上就办、办就办好”优良作风。")));
    // Half-width punctuation inside Chinese becomes full-width.
    assert!(doc["text"]
        .as_str()
        .unwrap()
        .contains("2月13日，重庆市政府新闻办公室"));
}

#[test]
fn no_seed_paragraph_starts_with_a_byline_or_caption_mark() {
    for doc in clean_json(&["corpus"]) {
        for p in paragraphs(&doc) {
            assert!(!p.starts_with(['▲', '■', '□']), "{}: {p}", doc["id"]);
        }
    }
}

#[test]
fn seed_004_footer_is_a_removal_and_the_speech_is_a_template() {
    let doc = &clean_json(&["corpus/004_661bff59ee7f4186.txt"])[0];
    let footer = doc["removals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["text"].as_str().unwrap().starts_with("本DOCX文档由"));
    let footer = footer.expect("footer removed");
    assert_eq!(footer["reason"], "advert");
    assert!(!doc["text"].as_str().unwrap().contains("本DOCX"));
    assert_eq!(doc["flags"]["template"], true);
}

#[test]
fn spans_map_back_to_the_original_bytes() {
    let path = "corpus/003_5d19bf7dfcacbb41.txt";
    let original = std::fs::read(path).unwrap();
    let doc = &clean_json(&[path])[0];
    for r in doc["removals"].as_array().unwrap() {
        let (a, b) = (
            r["bytes"][0].as_u64().unwrap() as usize,
            r["bytes"][1].as_u64().unwrap() as usize,
        );
        assert_eq!(
            std::str::from_utf8(&original[a..b]).unwrap(),
            r["text"].as_str().unwrap()
        );
    }
    let text: Vec<char> = doc["text"].as_str().unwrap().chars().collect();
    for p in doc["paragraphs"].as_array().unwrap() {
        for s in p["sentences"].as_array().unwrap() {
            let (a, b) = (
                s["bytes"][0].as_u64().unwrap() as usize,
                s["bytes"][1].as_u64().unwrap() as usize,
            );
            let source = std::str::from_utf8(&original[a..b]).expect("char boundaries");
            let first = text[s["span"][0].as_u64().unwrap() as usize];
            assert!(
                source.starts_with(first) || !first.is_ascii(),
                "{source} vs {first}"
            );
        }
    }
}

#[test]
fn output_is_the_same_for_any_thread_count_and_argument_order() {
    let run = |args: &[&str]| {
        tifa()
            .arg("clean")
            .args(args)
            .assert()
            .code(2)
            .get_output()
            .stdout
            .clone()
    };
    let one = run(&[
        "-j",
        "1",
        "corpus",
        "tests/fixtures/news.jsonl",
        "tests/fixtures/wrapped.txt",
    ]);
    let two = run(&[
        "-j",
        "2",
        "tests/fixtures/wrapped.txt",
        "tests/fixtures/news.jsonl",
        "corpus",
    ]);
    assert_eq!(one, two);
}

#[test]
fn jsonl_documents_metadata_and_bad_lines() {
    let assert = tifa()
        .args(["clean", "tests/fixtures/news.jsonl"])
        .assert()
        .code(2);
    let out = assert.get_output();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("tests/fixtures/news.jsonl:3: invalid JSON"),
        "{stderr}"
    );
    assert!(
        stderr.contains("tests/fixtures/news.jsonl:4: field `text` is missing"),
        "{stderr}"
    );
    assert!(
        stderr.contains("tests/fixtures/news.jsonl:5: field `text` is not a string"),
        "{stderr}"
    );
    let docs: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<_> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["b-2", "a-1"], "in line order");
    assert_eq!(docs[1]["metadata"]["title"], "第一篇");
    assert_eq!(docs[1]["text"], "GDP预期目标5.5%左右。");
    assert_eq!(
        docs[0]["text"],
        "记者从发布会上获悉，全市新增就业12万人。\n\n下一步将继续推进。"
    );
    assert!(docs
        .iter()
        .all(|d| d["schema_version"] == tifa::SCHEMA_VERSION));
}

#[test]
fn a_large_jsonl_file_streams_in_line_order_with_its_line_numbers() {
    // 600 lines: more than one run of lines is read; line 400 is bad.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.jsonl");
    let lines: Vec<String> = (1..=600)
        .map(|i| match i {
            400 => "{not json".to_string(),
            _ => format!("{{\"id\":\"n{:03}\",\"text\":\"第{i}条新闻。\"}}", 601 - i),
        })
        .collect();
    std::fs::write(&path, lines.join("\n")).unwrap();
    let out = tifa()
        .args(["clean", "-j", "2"])
        .arg(&path)
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr);
    assert!(stderr.contains("big.jsonl:400: invalid JSON"), "{stderr}");
    let texts: Vec<String> = String::from_utf8_lossy(&out.get_output().stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["text"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let expected: Vec<String> = (1..=600)
        .filter(|&i| i != 400)
        .map(|i| format!("第{i}条新闻。"))
        .collect();
    assert_eq!(texts, expected);
}

#[test]
fn stdin_is_one_document_or_jsonl() {
    let out = tifa()
        .args(["clean", "--format", "text", "-"])
        .write_stdin("拥有 43 年党龄的老党员,说：好。")
        .assert()
        .success();
    assert_eq!(
        String::from_utf8_lossy(&out.get_output().stdout),
        "=== - ===\n拥有43年党龄的老党员，说：好。\n\n"
    );
    let out = tifa()
        .args(["clean", "-"])
        .write_stdin("{\"id\":\"x\",\"text\":\"正文\"}\n")
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&out.get_output().stdout).contains("\"id\":\"x\""));
}

#[test]
fn missing_input_is_reported_and_skipped() {
    let out = tifa()
        .args([
            "clean",
            "corpus/000_a428233bf100ad97.txt",
            "no/such/file.txt",
        ])
        .assert()
        .code(2);
    let out = out.get_output();
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("no/such/file.txt: no such file or folder")
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
}

#[test]
fn cleaning_steps_can_be_turned_off() {
    let on = &clean_json(&["tests/fixtures/wrapped.txt"])[0];
    let off = &clean_json(&[
        "--no-reflow",
        "--no-boilerplate",
        "--no-normalize",
        "tests/fixtures/wrapped.txt",
    ])[0];
    assert_eq!(paragraphs(on).len(), 3);
    assert!(paragraphs(off).len() > 10);
    assert!(
        off["text"].as_str().unwrap().contains("▲")
            && off["text"].as_str().unwrap().contains("43 年")
    );
    assert!(off["removals"].as_array().unwrap().is_empty());
}

#[test]
fn clean_writes_a_file_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("clean.jsonl");
    tifa()
        .args(["clean", "corpus", "-o"])
        .arg(&out)
        .assert()
        .success()
        .stdout("");
    assert_eq!(std::fs::read_to_string(&out).unwrap().lines().count(), 5);
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left"
    );
}

#[test]
fn segment_shows_words() {
    let out = tifa()
        .args(["segment", "tests/fixtures/wrapped.txt"])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    insta::assert_snapshot!("segment_wrapped", text);
}

#[test]
fn clean_text_format_snapshot() {
    let out = tifa()
        .args(["clean", "--format", "text", "tests/fixtures/wrapped.txt"])
        .assert()
        .success();
    insta::assert_snapshot!(
        "clean_wrapped",
        String::from_utf8_lossy(&out.get_output().stdout)
    );
}

#[test]
fn analyze_runs_on_the_embedded_corpus_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let project = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tifa()
        .current_dir(project)
        .env("COLUMNS", "80")
        .args(["analyze", "-j", "2", "-o"])
        .arg(dir.path())
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let summary: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("summary.json")).unwrap())
            .unwrap();
    assert_eq!(summary["totals"]["documents"], 5);
    assert_eq!(summary["schema_version"], tifa::SCHEMA_VERSION);
    let docs = std::fs::read_to_string(dir.path().join("documents.jsonl")).unwrap();
    assert_eq!(docs.lines().count(), 5);
    let paragraphs: u64 = docs
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["stats"]["paragraphs"]
                .as_u64()
                .unwrap()
        })
        .sum();
    assert_eq!(
        summary["totals"]["paragraphs"].as_u64().unwrap(),
        paragraphs
    );
    let claims = std::fs::read_to_string(dir.path().join("claims.jsonl")).unwrap();
    let found: usize = claims
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["claims"]
                .as_array()
                .unwrap()
                .len()
        })
        .sum();
    let counted: u64 = summary["claims"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_u64().unwrap())
        .sum();
    assert_eq!(found as u64, counted);
    for name in [
        "duplicates.json",
        "keywords.json",
        "programs.json",
        "slogans.json",
        "documents-cited.json",
    ] {
        let v: Value =
            serde_json::from_str(&std::fs::read_to_string(dir.path().join(name)).unwrap()).unwrap();
        assert_eq!(v["schema_version"], tifa::SCHEMA_VERSION, "{name}");
    }
    let terms = std::fs::read_to_string(dir.path().join("terms.jsonl")).unwrap();
    assert_eq!(terms.lines().count(), 5);
    // The counts part of the screen, without the timings that vary from run to run.
    let counts = stdout.split("\ntime: ").next().unwrap();
    insta::assert_snapshot!("analyze_summary_corpus", counts);
}

#[test]
fn unwritable_output_folder_fails_before_any_work() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("file");
    std::fs::write(&blocker, "x").unwrap();
    let out = tifa()
        .args(["analyze", "corpus", "-o"])
        .arg(blocker.join("sub"))
        .assert()
        .code(2);
    assert!(String::from_utf8_lossy(&out.get_output().stderr).contains("cannot write output"));
}

#[test]
fn extract_reads_stdin_and_prints_claims() {
    let out = tifa()
        .args(["extract", "-"])
        .write_stdin("涉及金额近20亿元，链接各类党组织2300余个。坚定拥护“两个确立”。")
        .assert()
        .success();
    let doc: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(doc["schema_version"], tifa::SCHEMA_VERSION);
    assert_eq!(doc["doc"], "-");
    let claims = doc["claims"].as_array().unwrap();
    assert_eq!(claims.len(), 2);
    assert_eq!(
        (claims[0]["kind"].as_str(), claims[0]["qualifier"].as_str()),
        (Some("money"), Some("nearly"))
    );
    assert_eq!(claims[0]["high"], 2e9);
    assert_eq!(
        (claims[1]["low"].as_f64(), claims[1]["high"].as_f64()),
        (Some(2300.0), Some(2400.0))
    );
    let text = tifa()
        .args(["extract", "--format", "text", "-"])
        .write_stdin("城镇新增就业1200万人以上")
        .assert()
        .success();
    insta::assert_snapshot!(
        "extract_text",
        String::from_utf8_lossy(&text.get_output().stdout)
    );
}

/// `tifa index corpus -o dir`: what it prints.
fn index_screen(dir: &std::path::Path) -> String {
    let out = tifa()
        .args(["index", "corpus", "-o"])
        .arg(dir)
        .assert()
        .success();
    String::from_utf8_lossy(&out.get_output().stdout).into_owned()
}

#[test]
fn index_writes_sorted_term_and_keyword_indexes() {
    let dir = tempfile::tempdir().unwrap();
    let screen = index_screen(dir.path());
    assert!(screen.contains("programs") && screen.contains("keywords"));
    let read = |name: &str| -> Value {
        serde_json::from_str(&std::fs::read_to_string(dir.path().join(name)).unwrap()).unwrap()
    };
    let programs = read("programs.json");
    assert_eq!(programs["schema_version"], tifa::SCHEMA_VERSION);
    let names: Vec<&str> = programs["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    for expected in ["六项工程", "885", "1+4+N", "一表通", "五个体系"] {
        assert!(
            names.contains(&expected),
            "{expected} missing from {names:?}"
        );
    }
    let slogans = read("slogans.json");
    let two = slogans["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "两个确立")
        .expect("两个确立");
    assert_eq!(two["n"], 2);
    assert!(two["count"].as_u64().unwrap() >= 2);
    let documents = read("documents.json");
    assert!(documents["entries"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["name"] == "中国共产党纪律处分条例" && e["doc_type"] == "条例"));
    let keywords = read("keywords.json");
    let top: Vec<&str> = keywords["entries"]
        .as_array()
        .unwrap()
        .iter()
        .take(50)
        .map(|e| e["word"].as_str().unwrap())
        .collect();
    assert!(
        top.iter().all(|w| !w.chars().any(|c| c.is_ascii_digit())),
        "{top:?}"
    );
    // The same bytes for another thread count.
    let again = tempfile::tempdir().unwrap();
    tifa()
        .args(["index", "-q", "-j", "1", "corpus", "-o"])
        .arg(again.path())
        .assert()
        .success();
    for name in [
        "programs.json",
        "slogans.json",
        "documents.json",
        "keywords.json",
    ] {
        assert_eq!(
            std::fs::read(dir.path().join(name)).unwrap(),
            std::fs::read(again.path().join(name)).unwrap(),
            "{name}"
        );
    }
}

#[test]
fn extract_lists_terms_and_keywords() {
    let out = tifa()
        .args(["extract", "-"])
        .write_stdin(
            "坚定拥护“两个确立”、坚决做到“两个维护”，深入实施“六项工程”，推动基层治理现代化。",
        )
        .assert()
        .success();
    let doc: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let terms: Vec<&str> = doc["terms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(terms, ["两个确立", "两个维护", "六项工程"]);
    assert!(!doc["keywords"]["tfidf"].as_array().unwrap().is_empty());
    assert!(!doc["keywords"]["textrank"].as_array().unwrap().is_empty());
}

#[test]
fn the_builtin_vocabulary_types_and_finds_official_terms() {
    let out = tifa()
        .args(["extract", "-"])
        .write_stdin("“保交房”任务完成，扫黑除恶常态化，坚持不敢腐、不能腐、不想腐一体推进。")
        .assert()
        .success();
    let doc: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let terms: Vec<(&str, &str, bool)> = doc["terms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["name"].as_str().unwrap(),
                t["category"].as_str().unwrap(),
                t["quoted"].as_bool().unwrap(),
            )
        })
        .collect();
    assert!(terms.contains(&("保交房", "program", true)), "{terms:?}");
    assert!(terms.contains(&("扫黑除恶", "program", false)), "{terms:?}");
    assert!(
        terms.contains(&("不敢腐、不能腐、不想腐", "slogan", false)),
        "{terms:?}"
    );
    // The vocabulary's words are whole keywords.
    let words: Vec<&str> = doc["keywords"]["tfidf"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["word"].as_str().unwrap())
        .collect();
    assert!(words.contains(&"不敢腐"), "{words:?}");
}

/// The widest line of `text` in terminal columns (an ideograph takes two).
fn widest(text: &str) -> usize {
    text.lines()
        .map(unicode_width::UnicodeWidthStr::width)
        .max()
        .unwrap_or(0)
}

#[test]
fn analyze_summary_fits_the_terminal_width() {
    let dir = tempfile::tempdir().unwrap();
    let screen = |columns: &str| {
        let out = tifa()
            .env("COLUMNS", columns)
            .args(["analyze", "corpus", "-o"])
            .arg(dir.path())
            .assert()
            .success();
        String::from_utf8_lossy(&out.get_output().stdout).into_owned()
    };
    let narrow = screen("80");
    assert!(widest(&narrow) <= 80, "{narrow}");
    assert!(
        narrow.lines().any(|l| l.starts_with("removals by reason")),
        "one column: {narrow}"
    );
    let wide = screen("160");
    assert!(widest(&wide) <= 160, "{wide}");
    assert!(
        wide.lines()
            .any(|l| l.starts_with("corpus ") && l.contains("removals by reason")),
        "two columns: {wide}"
    );
}

#[test]
fn index_columns_line_up_with_chinese_names() {
    let dir = tempfile::tempdir().unwrap();
    let screen = index_screen(dir.path());
    // Every row ends its numbers at the same column as its header, Chinese names or not.
    let mut rows = 0;
    for line in screen.lines().filter(|l| !l.trim().is_empty()) {
        let numbers = match line.split_once(" · ") {
            Some((left, _)) => left.trim_end().rsplit_once(' ').unwrap().0,
            None => line,
        };
        let header = !line.starts_with("  ");
        let numbers = if header {
            line.split("  first").next().unwrap()
        } else {
            numbers
        };
        assert_eq!(
            unicode_width::UnicodeWidthStr::width(numbers.trim_end()),
            42,
            "{line}"
        );
        rows += usize::from(!header && !line.is_ascii());
    }
    assert!(rows > 10, "rows with Chinese names: {rows}\n{screen}");
}

#[test]
fn diff_titles_tell_files_named_alike_apart_and_skip_empty_sections() {
    let dir = tempfile::tempdir().unwrap();
    for (side, text) in [
        ("a", "今年国内生产总值增长5%。\n\n第二段。\n"),
        ("b", "今年国内生产总值增长6%。\n\n第二段。\n"),
    ] {
        std::fs::create_dir(dir.path().join(side)).unwrap();
        std::fs::write(dir.path().join(side).join("2018.txt"), text).unwrap();
    }
    let out = tifa()
        .current_dir(dir.path())
        .args(["diff", "--color", "never", "a/2018.txt", "b/2018.txt"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(out.starts_with("a/2018.txt → b/2018.txt\n"), "{out}");
    assert!(!out.contains("Programs and slogans"), "{out}");
    assert!(out.contains("Numeric claims\n  ~ "), "{out}");
    assert!(out.contains("Text\n  ~ "), "{out}");
}

#[test]
fn output_files_get_their_missing_folders() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("new/deeper/claims.csv");
    tifa()
        .args(["extract", "--format", "csv", "-o"])
        .arg(&out)
        .arg("corpus/003_5d19bf7dfcacbb41.txt")
        .assert()
        .success();
    let table = std::fs::read_to_string(&out).unwrap();
    assert!(table.starts_with("doc,sentence,char_start,char_end,byte_start,byte_end,"));
    let page = dir.path().join("pages/diff.html");
    tifa()
        .args(["diff", "--color", "never", "--html"])
        .arg(&page)
        .args([
            "corpus/000_a428233bf100ad97.txt",
            "corpus/001_7a5208351f7f5ae7.txt",
        ])
        .assert()
        .code(1);
    assert!(page.exists());
}
