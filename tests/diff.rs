//! `tifa diff` on fixtures written for each kind of change: the real binary, its exit codes,
//! JSON, terminal view (snapshots) and HTML page (in headless Chromium when installed).

mod common;

use assert_cmd::Command;
use serde_json::Value;

const OLD: &str = "tests/fixtures/diff/old/report.txt";
const NEW: &str = "tests/fixtures/diff/new/report.txt";

fn tifa() -> Command {
    Command::cargo_bin("tifa").unwrap()
}

fn diff_json(old: &str, new: &str) -> (Value, i32) {
    let out = tifa().args(["diff", "--json", old, new]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    (
        serde_json::from_str(text.lines().next().unwrap()).unwrap(),
        out.status.code().unwrap(),
    )
}

fn sentence<'a>(d: &'a Value, new_text: &str) -> &'a Value {
    d["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["new"]["text"].as_str() == Some(new_text))
        .unwrap_or_else(|| panic!("no sentence {new_text}"))
}

fn changed_runs(unit: &Value) -> Vec<(String, String)> {
    unit["ops"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["op"] != "equal")
        .map(|o| {
            (
                o["op"].as_str().unwrap().to_string(),
                o["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn every_kind_of_change_is_found() {
    let (d, code) = diff_json(OLD, NEW);
    assert_eq!(code, 1);
    assert_eq!(d["schema_version"], "1.2");
    // A swap of two clauses inside a sentence and a swap of two sentences are moves.
    assert_eq!(
        sentence(&d, "我们坚持保民生，稳就业，守住了不发生规模性返贫的底线。")["status"],
        "moved"
    );
    assert_eq!(
        sentence(&d, "深入实施创新驱动发展战略。")["status"],
        "moved"
    );
    assert_eq!(
        sentence(&d, "加快建设现代化产业体系。")["status"],
        "unchanged"
    );
    // A number-only change: whole tokens, never 1.[-3-]{+4+}.
    let prices = sentence(&d, "居民消费价格涨幅2%左右。");
    assert_eq!(prices["status"], "changed");
    assert_eq!(
        changed_runs(prices),
        [
            ("delete".to_string(), "3%".to_string()),
            ("insert".to_string(), "2%".to_string())
        ]
    );
    let grain = sentence(&d, "城镇新增就业1200万人以上，粮食产量1.4万亿斤左右。");
    assert!(changed_runs(grain).contains(&("insert".to_string(), "1.4".to_string())));
    assert_eq!(
        sentence(&d, "新版增加了一段关于发展新质生产力的全新部署。")["status"],
        "added"
    );
    let removed: Vec<&str> = d["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|u| u["status"] == "removed")
        .map(|u| u["old"]["text"].as_str().unwrap())
        .collect();
    assert!(removed.contains(&"这一段只在旧版里出现，讲的是已经完成的试点任务。"));
    // Spans point into each version's cleaned text.
    let span = &prices["new"]["span"];
    assert!(span[0].as_u64().unwrap() < span[1].as_u64().unwrap());
}

#[test]
fn claims_and_terms_changes() {
    let (d, _) = diff_json(OLD, NEW);
    let changes: Vec<(String, String, String)> = d["claims"]["changed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["measure"].as_str().unwrap().to_string(),
                c["old"]["qualifier"].as_str().unwrap().to_string(),
                c["new"]["qualifier"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    for expected in [
        ("城镇新增就业", "approx", "at_least"),
        ("粮食产量", "at_least", "approx"),
        ("居民消费价格涨幅", "approx", "approx"),
        ("赤字率", "exact", "approx"),
    ] {
        let e = (
            expected.0.to_string(),
            expected.1.to_string(),
            expected.2.to_string(),
        );
        assert!(changes.contains(&e), "{e:?} in {changes:?}");
    }
    let names = |list: &str| common::term_names(&d, list);
    // 新质生产力 is in the built-in vocabulary: found unquoted.
    assert_eq!(names("added"), ["人工智能+", "新质生产力"]);
    assert!(names("dropped").contains(&"六稳".to_string()));
    assert!(names("dropped").contains(&"六保".to_string()));
    let succession = &d["terms"]["successions"][0];
    assert_eq!(succession["old"]["name"], "十四五");
    assert_eq!(succession["new"]["name"], "十五五");
}

#[test]
fn terminal_view_snapshot() {
    let out = tifa()
        .args(["diff", "--color", "never", OLD, NEW])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(!text.contains('\x1b'));
    insta::assert_snapshot!("diff_terminal", text);
}

#[test]
fn json_snapshot() {
    let (d, _) = diff_json(OLD, NEW);
    insta::assert_snapshot!("diff_json", serde_json::to_string_pretty(&d).unwrap());
}

#[test]
fn color_follows_the_flag_and_no_color() {
    let colored = tifa()
        .args(["diff", "--color", "always", OLD, NEW])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&colored.stdout).contains("\x1b[32"));
    let auto = tifa()
        .env("NO_COLOR", "1")
        .args(["diff", OLD, NEW])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&auto.stdout).contains('\x1b'));
}

#[test]
fn identical_documents_exit_zero() {
    tifa().args(["diff", OLD, OLD]).assert().code(0);
}

#[test]
fn missing_input_exits_two() {
    tifa()
        .args(["diff", OLD, "tests/fixtures/diff/none.txt"])
        .assert()
        .code(2);
    tifa().args(["diff", OLD]).assert().code(2);
}

#[test]
fn folders_pair_documents_by_id() {
    let out = tifa()
        .args([
            "diff",
            "--json",
            "tests/fixtures/diff/old",
            "tests/fixtures/diff/new",
        ])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let lines: Vec<Value> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["old"]["id"], "report.txt");
    assert_eq!(lines[0]["new"]["id"], "report.txt");
    assert_eq!(lines[1]["unpaired"], "new");
    assert_eq!(lines[1]["id"], "extra.txt");
}

#[test]
fn html_page_marks_changes_and_escapes_text() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("diff.html");
    tifa()
        // Markup is kept (--no-boilerplate) so that a <script> reaches the page as text.
        .args([
            "diff",
            "--no-boilerplate",
            "--html",
            page.to_str().unwrap(),
            OLD,
            NEW,
        ])
        .assert()
        .code(1);
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("<del>3%</del>") && html.contains("<ins>2%</ins>"));
    assert!(html.contains("class=\"mv\""));
    assert!(html.contains("&lt;script&gt;document.title"));
    assert!(!html.contains("<script>document.title"));
    assert!(!html.contains("http://") && !html.contains("https://"));
    let Some((dom, log)) = common::chromium(&page, "") else {
        eprintln!("chromium not installed: browser check skipped (.ci/run installs it)");
        return;
    };
    assert!(
        dom.contains("<del>3%</del>"),
        "rendered DOM lacks deletions"
    );
    assert!(
        dom.contains("<ins>2%</ins>"),
        "rendered DOM lacks insertions"
    );
    assert!(
        dom.contains("<title>old/report.txt → new/report.txt</title>"),
        "a document's script ran"
    );
    assert!(common::console_errors(&log).is_empty(), "{log}");
}

/// Claims with no subject are neither paired nor listed by a made-up measure (`(%)`): the
/// terminal view, the JSON and the HTML page all count them instead.
#[test]
fn claims_without_a_subject_are_counted_not_listed() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new, page) = (
        dir.path().join("old.txt"),
        dir.path().join("new.txt"),
        dir.path().join("diff.html"),
    );
    std::fs::write(&old, "全市茶叶产量达到8万吨。\n\n比上一年增长3%。\n").unwrap();
    std::fs::write(&new, "全市茶叶产量达到9万吨。\n\n比上一年下降2%。\n").unwrap();
    let (old, new) = (old.to_str().unwrap(), new.to_str().unwrap());
    let (d, _) = diff_json(old, new);
    let claims = &d["claims"];
    assert_eq!(
        claims["without_subject"],
        serde_json::json!([1, 1]),
        "{claims}"
    );
    assert_eq!(claims["changed"][0]["measure"], "茶叶产量", "{claims}");
    for list in ["added", "removed"] {
        assert_eq!(claims[list], serde_json::json!([]), "{list}: {claims}");
    }
    let out = tifa()
        .args([
            "diff",
            "--color",
            "never",
            "--html",
            page.to_str().unwrap(),
            old,
            new,
        ])
        .output()
        .unwrap();
    let terminal = String::from_utf8(out.stdout).unwrap();
    let note = "1 old and 1 new claims with no subject are not listed";
    assert!(
        terminal.contains(note) && !terminal.contains("(%)"),
        "{terminal}"
    );
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains(note) && !html.contains("(%)"));
}
