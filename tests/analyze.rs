//! `tifa analyze` as a user runs it: the output folder (every file, parsing, counts that
//! agree with `summary.json`), stages skipped, folders replaced whole, and `report.html` in
//! headless Chromium (sections, the claims filter, hostile text shown as text).

mod common;

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

fn tifa() -> Command {
    Command::cargo_bin("tifa").unwrap()
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn lines(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// A small corpus: two seeds and a scraped page with markup and a hostile file name.
fn corpus(dir: &Path) {
    for seed in ["001_7a5208351f7f5ae7.txt", "003_5d19bf7dfcacbb41.txt"] {
        std::fs::copy(Path::new("corpus").join(seed), dir.join(seed)).unwrap();
    }
    std::fs::write(
        dir.join("x<b>onmouseover=alert(1).txt"),
        "全年粮食产量1.4万亿斤。<script>document.title='pwned'</script>\n\n\
         <a href=\"javascript:alert(1)\">点击</a>坚决做到“两个维护”。\u{202E}右到左 e\u{301}\n",
    )
    .unwrap();
}

#[test]
fn the_output_folder_is_complete_and_consistent() {
    let input = tempfile::tempdir().unwrap();
    corpus(input.path());
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("run");
    tifa()
        .args(["analyze", "-q", "-o"])
        .arg(&dir)
        .arg(input.path())
        .assert()
        .success();
    let summary = read_json(&dir.join("summary.json"));
    assert_eq!(summary["schema_version"], tifa::SCHEMA_VERSION);
    assert_eq!(summary["tool_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(summary["settings"]["dedup"]["threshold"], 0.7);
    for stage in ["documents", "indexes", "dedup", "report"] {
        assert!(
            summary["timings"]["stage_wall_seconds"][stage].is_number(),
            "{stage}"
        );
    }
    let documents = summary["totals"]["documents"].as_u64().unwrap() as usize;
    assert_eq!(documents, 3);
    assert_eq!(lines(&dir.join("documents.jsonl")).len(), documents);
    assert_eq!(lines(&dir.join("terms.jsonl")).len(), documents);
    let claims: u64 = lines(&dir.join("claims.jsonl"))
        .iter()
        .map(|l| l["claims"].as_array().unwrap().len() as u64)
        .sum();
    let counted: u64 = summary["claims"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_u64().unwrap())
        .sum();
    assert_eq!(claims, counted);
    let duplicates = read_json(&dir.join("duplicates.json"));
    assert_eq!(duplicates["schema_version"], tifa::SCHEMA_VERSION);
    for name in [
        "keywords.json",
        "programs.json",
        "slogans.json",
        "documents-cited.json",
    ] {
        assert_eq!(
            read_json(&dir.join(name))["schema_version"],
            tifa::SCHEMA_VERSION,
            "{name}"
        );
    }
    let html = std::fs::read_to_string(dir.join("report.html")).unwrap();
    assert!(html.contains(&format!("<b>{documents}</b><span>documents</span>")));
    assert!(html.contains(&format!("<b>{claims}</b><span>numeric claims</span>")));
    let programs = read_json(&dir.join("programs.json"))["entries"]
        .as_array()
        .unwrap()
        .len();
    assert!(html.contains(&format!("{programs} programs;")));
}

/// The rows of a CSV file read by an RFC 4180 parser, as maps from the header's names.
fn csv_rows(path: &Path) -> Vec<std::collections::HashMap<String, String>> {
    let mut reader = csv::Reader::from_path(path).unwrap();
    let header = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            assert_eq!(r.len(), header.len());
            header
                .iter()
                .map(String::from)
                .zip(r.iter().map(String::from))
                .collect()
        })
        .collect()
}

#[test]
fn claims_and_terms_tables_hold_one_row_an_item() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("run");
    tifa()
        .args(["analyze", "-q", "--no-report", "-o"])
        .arg(&dir)
        .arg("corpus")
        .assert()
        .success();
    for (table, jsonl, list) in [
        ("claims.csv", "claims.jsonl", "claims"),
        ("terms.csv", "terms.jsonl", "terms"),
    ] {
        let rows = csv_rows(&dir.join(table));
        let items: Vec<(String, Value)> = lines(&dir.join(jsonl))
            .iter()
            .flat_map(|l| {
                let doc = l["doc"].as_str().unwrap().to_string();
                let items = l[list].as_array().unwrap().clone();
                items.into_iter().map(move |c| (doc.clone(), c))
            })
            .collect();
        assert!(items.len() > 50, "{table}");
        assert_eq!(rows.len(), items.len(), "{table}");
        for (row, (doc, item)) in rows.iter().zip(&items) {
            assert_eq!(row["doc"], *doc);
            assert_eq!(row["char_start"], item["span"][0].to_string());
            assert_eq!(row["char_end"], item["span"][1].to_string());
            let text = item.get("text").or(item.get("name")).unwrap();
            let field = if list == "claims" { "text" } else { "name" };
            assert_eq!(row[field], text.as_str().unwrap());
            assert!(row["sentence_text"].contains(text.as_str().unwrap()) || list == "terms");
            // Every field of the JSON has its column.
            for key in item.as_object().unwrap().keys() {
                assert!(
                    key == "span" || key == "sentence" || row.contains_key(key),
                    "{table} has no column {key}"
                );
            }
        }
    }
}

#[test]
fn stages_can_be_skipped() {
    let out = tempfile::tempdir().unwrap();
    tifa()
        .args([
            "analyze",
            "-q",
            "--no-dedup",
            "--no-extract",
            "--no-report",
            "-o",
        ])
        .arg(out.path())
        .arg("corpus/002_2294d6fd28cc15c6.txt")
        .assert()
        .success();
    for (name, present) in [
        ("documents.jsonl", true),
        ("summary.json", true),
        ("duplicates.json", false),
        ("claims.jsonl", false),
        ("claims.csv", false),
        ("terms.csv", true),
        ("report.html", false),
    ] {
        assert_eq!(out.path().join(name).exists(), present, "{name}");
    }
}

/// `--report-docs N` puts the text of the first N documents in the page and says how to get
/// the others; by default the seeds are all in it.
#[test]
fn the_report_embeds_the_documents_asked_for() {
    let embedded = |extra: &[&str]| {
        let out = tempfile::tempdir().unwrap();
        tifa()
            .args(["analyze", "-q", "corpus", "-o"])
            .arg(out.path())
            .args(extra)
            .assert()
            .success();
        let page = std::fs::read_to_string(out.path().join("report.html")).unwrap();
        let at = page.find("\"embedded\":").unwrap() + "\"embedded\":".len();
        let n: String = page[at..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        (
            n.parse::<usize>().unwrap(),
            page.contains("--report-docs all</code>"),
        )
    };
    assert_eq!(embedded(&[]), (5, false));
    assert_eq!(embedded(&["--report-docs", "all"]), (5, false));
    assert_eq!(embedded(&["--report-docs", "2"]), (2, true));
    tifa()
        .args(["analyze", "-q", "corpus", "--report-docs", "some", "-o"])
        .arg(tempfile::tempdir().unwrap().path().join("x"))
        .assert()
        .code(2);
}

#[test]
fn a_rerun_replaces_the_folder_whole() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("out");
    tifa()
        .args(["analyze", "-q", "--write-clean", "-o"])
        .arg(&dir)
        .arg("corpus/000_a428233bf100ad97.txt")
        .assert()
        .success();
    assert!(dir.join("clean").is_dir());
    tifa()
        .args(["analyze", "-q", "--no-dedup", "-o"])
        .arg(&dir)
        .arg("corpus/002_2294d6fd28cc15c6.txt")
        .assert()
        .success();
    // Nothing of the first run is left, and no staging folder beside it.
    assert!(!dir.join("clean").exists());
    assert!(!dir.join("duplicates.json").exists());
    assert_eq!(lines(&dir.join("documents.jsonl")).len(), 1);
    assert_eq!(std::fs::read_dir(parent.path()).unwrap().count(), 1);
}

#[test]
fn the_report_renders_in_a_browser() {
    let input = tempfile::tempdir().unwrap();
    corpus(input.path());
    let out = tempfile::tempdir().unwrap();
    tifa()
        .args(["analyze", "-q", "-o"])
        .arg(out.path())
        .arg(input.path())
        .assert()
        .success();
    let page = out.path().join("report.html");
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(!html.contains("<script>document.title"));
    assert!(!html.contains("<b>onmouseover"));
    assert!(!html.contains("http://") && !html.contains("https://") && !html.contains("src="));
    let Some((dom, log)) = common::chromium(&page, "") else {
        eprintln!("chromium not installed: browser checks skipped (.ci/run installs it)");
        return;
    };
    assert!(common::console_errors(&log).is_empty(), "{log}");
    assert!(
        dom.contains("<title>tifa report</title>"),
        "a document's script ran"
    );
    for section in [
        "overview",
        "repeats",
        "programs",
        "slogans",
        "claims",
        "keywords",
        "documents",
    ] {
        assert!(
            dom.contains(&format!("<section id=\"{section}\">")),
            "{section}"
        );
    }
    let rows = |dom: &str| -> usize {
        let at = dom
            .find("data-rows=\"")
            .expect("the claims table was drawn")
            + 11;
        dom[at..].split('"').next().unwrap().parse().unwrap()
    };
    let all = rows(&dom);
    assert!(all > 3, "{all} claims");
    // The claims table filters (the page applies #claims=… on load).
    let (filtered, _) = common::chromium(&page, "#claims=%E4%B8%87%E4%BA%BF%E6%96%A4").unwrap();
    assert_eq!(rows(&filtered), 1, "only 1.4万亿斤 matches 万亿斤");
    // The hostile document is shown as text in the document view.
    let docs: Vec<Value> = lines(&out.path().join("documents.jsonl"));
    let hostile = docs
        .iter()
        .position(|d| d["id"].as_str().unwrap().starts_with("x<b>"))
        .unwrap();
    let (view, log) = common::chromium(&page, &format!("#doc={hostile}")).unwrap();
    assert!(common::console_errors(&log).is_empty(), "{log}");
    assert!(view.contains("<h3>x&lt;b&gt;onmouseover=alert(1).txt</h3>"));
    assert!(view.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"));
    assert!(view.contains("<title>tifa report</title>"));
    assert!(!view.contains("<a href=\"javascript"));
}

/// The report of the provincial reports in a browser, used as a reader would: typing in the
/// document finder opens the one match with Enter (and another with the arrows), a click on a
/// match opens it, and a claim's link opens its document with the claim marked in view.
#[test]
fn report_finder_and_claim_links_in_a_browser() {
    let corpus =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/gov-reports/provincial-2026");
    if !corpus.exists() {
        eprintln!("skipped: ../shared/corpora is absent");
        return;
    }
    let out = tempfile::tempdir().unwrap();
    tifa()
        .arg("analyze")
        .arg(&corpus)
        .arg("-o")
        .arg(out.path())
        .arg("-q")
        .assert()
        .success();
    let page = format!("file://{}", out.path().join("report.html").display());
    let Some(mut b) = common::Browser::open(&page) else {
        eprintln!("chromium not installed: browser checks skipped (.ci/run installs it)");
        return;
    };
    // TIFA_SCREENSHOTS=folder keeps what the window showed at each step.
    let shots = std::env::var_os("TIFA_SCREENSHOTS").map(std::path::PathBuf::from);
    let shot = |b: &mut common::Browser, name: &str| {
        if let Some(dir) = &shots {
            b.screenshot(&dir.join(format!("{name}.png")));
        }
    };
    let shown = "document.querySelector('#doc-view').getAttribute('data-shown') === 'true' && \
                 document.querySelector('#doc-view h3').textContent";
    b.click("#doc-find");
    b.type_text("重庆");
    b.wait("document.querySelectorAll('#doc-results li').length === 1");
    shot(&mut b, "finder-typed");
    b.key("Enter");
    b.wait(&format!("{shown} === '重庆市.txt'"));
    assert!(b.eval("document.querySelector('#doc-view').textContent.includes('重庆')") == true);
    // The same single match again: it opens again (no `change` needed).
    b.eval("document.querySelector('#doc-view').removeAttribute('data-shown')");
    b.click("#doc-find");
    b.key("Enter");
    b.wait(&format!("{shown} === '重庆市.txt'"));
    // Arrows: 江苏省, 江西省, 浙江省 and 黑龙江省 match 江; the second is opened.
    b.eval("document.querySelector('#doc-find').value = ''");
    b.click("#doc-find");
    b.type_text("江");
    b.wait("document.querySelectorAll('#doc-results li').length === 4");
    b.key("ArrowDown");
    shot(&mut b, "finder-arrow");
    b.key("Enter");
    b.wait(&format!("{shown} === '江西省.txt'"));
    // A click on a match.
    b.click("#doc-find");
    b.type_text("省");
    b.wait("!document.querySelector('#doc-results').hidden");
    b.click("#doc-results li:nth-child(2)");
    b.wait(&format!(
        "{shown} === document.querySelector('#doc-results li:nth-child(2)').textContent"
    ));
    // A claim's link: its document opens with the claim marked, in view.
    let claim =
        b.eval("document.querySelector('#claim-table tbody tr td:nth-child(6)').textContent");
    b.click("#claim-table tbody tr a");
    b.wait("document.querySelector('#doc-view mark.hit') !== null");
    shot(&mut b, "claim-marked");
    let marked = b.eval(
        "Array.from(document.querySelectorAll('#doc-view mark.hit')).map(m => m.textContent).join('')",
    );
    assert!(
        claim.as_str().unwrap().contains(marked.as_str().unwrap()) && marked != "",
        "{marked} in {claim}"
    );
    let in_view = b.eval(
        "(() => { const r = document.querySelector('#doc-view mark.hit').getBoundingClientRect(); \
         return r.top >= 0 && r.bottom <= innerHeight; })()",
    );
    assert_eq!(in_view, true);
}

/// The index tables used as a reader would: a program filtered by name opens its documents
/// and its chart, a document link opens the document at the name, marked, a table pages and
/// sorts.
#[test]
fn index_tables_filter_list_documents_and_page_in_a_browser() {
    let out = tempfile::tempdir().unwrap();
    tifa()
        .args(["analyze", "-q", "corpus", "-o"])
        .arg(out.path())
        .assert()
        .success();
    let programs = read_json(&out.path().join("programs.json"));
    let entry = &programs["entries"][1];
    let (name, doc) = (
        entry["name"].as_str().unwrap(),
        &entry["documents"][0]["doc"],
    );
    let page = format!("file://{}", out.path().join("report.html").display());
    let Some(mut b) = common::Browser::open(&page) else {
        eprintln!("chromium not installed: browser checks skipped (.ci/run installs it)");
        return;
    };
    b.click("#programs input");
    b.type_text(name);
    b.wait("document.querySelector('#programs table').getAttribute('data-entries') === '1'");
    b.click("#programs button.name");
    b.wait("document.querySelector('#programs .index-docs svg rect') !== null");
    if let Some(dir) = std::env::var_os("TIFA_SCREENSHOTS") {
        b.screenshot(&std::path::Path::new(&dir).join("program-open.png"));
    }
    let listed = b.eval("document.querySelector('#programs .index-docs a').textContent");
    assert_eq!(&listed, doc);
    b.click("#programs .index-docs a");
    b.wait(&format!(
        "document.querySelector('#doc-view h3') && document.querySelector('#doc-view h3').textContent === {doc}"
    ));
    // The document opens at the program, marked (as written there: one of its variants).
    let marked = "Array.from(document.querySelectorAll('#doc-view mark.hit')).map(m => m.textContent).join('')";
    b.wait(&format!("{marked} !== ''"));
    let hit = b.eval(marked);
    assert!(
        entry["variants"].get(hit.as_str().unwrap()).is_some(),
        "{hit} marked for {name}"
    );
    // A keyword's document opens at the keyword.
    let word = b.eval("document.querySelector('#keywords button.name').textContent");
    b.click("#keywords button.name");
    b.click("#keywords .index-docs a");
    b.wait(&format!("{marked} === {word}"));
    // Pages of 50 rows, and a sort by name.
    let keywords = read_json(&out.path().join("keywords.json"))["entries"]
        .as_array()
        .unwrap()
        .len();
    assert!(keywords > 50, "{keywords} keywords");
    b.click("#keywords .index-table p button:last-child");
    let shown = b.eval("document.querySelector('#keywords .index-table > span').textContent");
    assert!(shown.as_str().unwrap().trim().starts_with("51–"), "{shown}");
    b.click("#slogans th");
    let first = b.eval("document.querySelector('#slogans button.name').textContent");
    let mut names: Vec<String> = read_json(&out.path().join("slogans.json"))["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap().to_string())
        .collect();
    names.sort();
    assert_eq!(first, names[0]);
}
