//! Deduplication on the seeds and on fixtures written for it, through the real binary.

use assert_cmd::Command;
use serde_json::Value;

fn dedup(args: &[&str]) -> Value {
    let out = Command::cargo_bin("tifa")
        .unwrap()
        .arg("dedup")
        .arg("-q")
        .args(args)
        .assert()
        .success();
    serde_json::from_slice(&out.get_output().stdout).unwrap()
}

fn paragraph_text(doc: &str, span: &Value) -> String {
    let out = Command::cargo_bin("tifa")
        .unwrap()
        .args(["clean", &format!("corpus/{doc}")])
        .assert()
        .success();
    let d: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let chars: Vec<char> = d["text"].as_str().unwrap().chars().collect();
    let (s, e) = (
        span[0].as_u64().unwrap() as usize,
        span[1].as_u64().unwrap() as usize,
    );
    chars[s..e].iter().collect()
}

fn clusters_starting(report: &Value, prefix: &str) -> Vec<Value> {
    report["clusters"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["excerpt"].as_str().unwrap().starts_with(prefix))
        .cloned()
        .collect()
}

#[test]
fn seed_000_repeats() {
    let report = dedup(&["corpus/000_a428233bf100ad97.txt"]);
    let six = clusters_starting(&report, "健全常态化驻村工作机制");
    assert_eq!(six.len(), 1);
    assert_eq!(six[0]["size"], 6);
    assert_eq!(six[0]["kind"], "exact");
    for prefix in [
        "始终把坚持“中国式现代化",
        "始终把“推动基层党组织",
        "始终把“探索推广",
        "为保持先进性",
        "依靠数智赋能",
        "突出引领带动",
        "聚焦“体系重塑”",
    ] {
        let c = clusters_starting(&report, prefix);
        assert_eq!(c.len(), 1, "{prefix}");
        assert_eq!(
            (c[0]["size"].as_u64(), c[0]["kind"].as_str()),
            (Some(2), Some("exact")),
            "{prefix}"
        );
    }
    let near: Vec<_> = report["clusters"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "near")
        .collect();
    assert_eq!(near.len(), 1);
    let texts: Vec<String> = near[0]["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| paragraph_text("000_a428233bf100ad97.txt", &m["span"]))
        .collect();
    assert!(
        texts.iter().any(|t| t.starts_with("坚持把服务“做实”"))
            && texts.iter().any(|t| t.starts_with("始终把服务“做实”"))
    );
    let truncated = report["contained"].as_array().unwrap();
    assert_eq!(truncated.len(), 1);
    let copy = paragraph_text("000_a428233bf100ad97.txt", &truncated[0]["copy"]["span"]);
    assert!(
        copy.starts_with("突出“上下贯通、全域联动”") && copy.ends_with("社区“大党"),
        "{copy}"
    );
    assert!(truncated[0]["covers_copy"].as_f64().unwrap() >= 0.8);
}

#[test]
fn seed_004_preview_is_a_truncated_copy_of_the_speech() {
    let report = dedup(&["corpus/004_661bff59ee7f4186.txt"]);
    let t = &report["contained"].as_array().unwrap()[0];
    assert_eq!(t["copy"]["paragraph"], 0);
    assert!(t["source"]["paragraphs"][0].as_u64().unwrap() >= 1);
}

#[test]
fn seed_001_short_repeats_are_classed_short() {
    let report = dedup(&["corpus/001_7a5208351f7f5ae7.txt"]);
    let heading = clusters_starting(&report, "着力构建“五个体系”");
    assert_eq!(heading.len(), 1);
    assert_eq!(heading[0]["short"], true);
    assert_eq!(heading[0]["size"], 2);
    let byline = clusters_starting(&report, "■新重庆-重庆日报记者");
    assert_eq!(byline.len(), 1);
    assert_eq!(byline[0]["short"], true);
    assert!(byline[0]["members"]
        .as_array()
        .unwrap()
        .iter()
        .all(|m| m["removed_line"] == true));
}

#[test]
fn the_same_result_for_any_thread_count_and_order() {
    let run = |args: &[&str]| {
        Command::cargo_bin("tifa")
            .unwrap()
            .arg("dedup")
            .arg("-q")
            .args(args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    let a = run(&["-j", "1", "corpus/000_a428233bf100ad97.txt", "corpus"]);
    let b = run(&["-j", "2", "corpus", "corpus/004_661bff59ee7f4186.txt"]);
    let c = run(&["-j", "2", "corpus"]);
    assert_eq!(a, b);
    assert_eq!(b, c);
}

#[test]
fn write_clean_keeps_one_copy_and_records_what_went() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("clean");
    Command::cargo_bin("tifa")
        .unwrap()
        .args([
            "dedup",
            "-q",
            "corpus",
            "tests/fixtures/news.jsonl",
            "--write-clean",
        ])
        .arg(&out)
        .assert()
        .code(2);
    let kept = std::fs::read_to_string(out.join("000_a428233bf100ad97.txt")).unwrap();
    assert_eq!(kept.matches("健全常态化驻村工作机制").count(), 1);
    assert_eq!(kept.matches("为保持先进性、纯洁性").count(), 1);
    let removed = std::fs::read_to_string(out.join("dedup-removed.jsonl")).unwrap();
    let first: Value = serde_json::from_str(removed.lines().next().unwrap()).unwrap();
    assert_eq!(first["id"], "000_a428233bf100ad97.txt");
    assert!(first["removed"].as_array().unwrap().len() >= 13);
    // JSONL input comes back as JSONL with the same ids and metadata.
    let jsonl = std::fs::read_to_string(out.join("news.jsonl")).unwrap();
    let docs: Vec<Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[1]["id"], "a-1");
    assert_eq!(docs[1]["title"], "第一篇");
}

#[test]
fn giant_repeats_are_capped_not_compared_pairwise() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::new();
    for i in 0..400 {
        // Near-identical paragraphs: one digit differs, so they are not exact copies.
        text.push_str(&format!("这是一段在每篇稿件末尾都会出现的推广文字，请关注我们的客户端获取更多精彩内容{i:03}。\n\n"));
    }
    let path = dir.path().join("promo.txt");
    std::fs::write(&path, text).unwrap();
    let report = dedup(&[path.to_str().unwrap()]);
    assert!(!report["giant_buckets"].as_array().unwrap().is_empty());
}

#[test]
fn a_run_of_sentences_copied_into_another_paragraph_is_a_passage() {
    let dir = tempfile::tempdir().unwrap();
    let shared = "全市各级党组织深入推进基层治理体系和治理能力现代化建设。持续整治形式主义为基层减负，推动基层议事协调机构减少百分之七十五。";
    std::fs::write(dir.path().join("a.txt"), format!("今年以来，我市坚持党建引领，统筹推进各项重点工作取得明显成效。{shared}下一步将继续巩固拓展各项成果，确保取得更大实效。")).unwrap();
    std::fs::write(dir.path().join("b.txt"), format!("记者从市委组织部获悉，围绕年度目标任务，各区县扎实开展专项行动。{shared}群众获得感幸福感安全感进一步增强。")).unwrap();
    let report = dedup(&[dir.path().to_str().unwrap()]);
    let passages = report["passages"].as_array().unwrap();
    assert_eq!(passages.len(), 1, "{report}");
    assert_eq!(passages[0]["sentences"], 2);
    assert_eq!(passages[0]["copy"]["doc"], "b.txt");
    assert_eq!(passages[0]["source"]["doc"], "a.txt");
    assert!(report["clusters"].as_array().unwrap().is_empty());
}

/// Notices printed from one template (a name, a post and a number change) are reported as a
/// template and never merged: a clean corpus keeps every paragraph of every notice. A true
/// repost of one of them (a clause dropped, punctuation changed) is still a duplicate.
#[test]
fn templated_notices_are_kept_and_reported_reposts_are_not() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("in");
    std::fs::create_dir(&dir).unwrap();
    let people = [
        ("赵立新", "某省交通运输厅原厅长", 3),
        ("钱振国", "某市发展改革委原主任", 5),
        ("孙海涛", "某集团原总经理", 7),
    ];
    let notice = |(name, post, n): (&str, &str, i32)| {
        format!(
            "{post}{name}严重违纪违法被开除党籍\n\n经查，{name}丧失理想信念，背弃初心使命，无视中央八项规定精神，违规接受宴请，\
             利用职务便利为他人在企业经营、工程承揽等方面谋利，并非法收受巨额财物，共涉及{n}个项目。\n\n\
             {name}严重违反党的组织纪律、廉洁纪律和生活纪律，构成严重职务违法并涉嫌受贿犯罪，性质严重，影响恶劣，\
             应予严肃处理。决定给予{name}开除党籍处分；按规定取消其享受的待遇；收缴其违纪违法所得。\n"
        )
    };
    for (i, p) in people.iter().enumerate() {
        std::fs::write(dir.join(format!("n{i}.txt")), notice(*p)).unwrap();
    }
    // A repost of the first: a clause dropped, a comma changed.
    let repost = notice(people[0])
        .replace("，背弃初心使命", "")
        .replace("性质严重，", "性质严重；");
    std::fs::write(dir.join("r0.txt"), repost).unwrap();
    let clean = root.path().join("clean");
    let report = dedup(&[
        dir.to_str().unwrap(),
        "--write-clean",
        clean.to_str().unwrap(),
    ]);
    let templated = report["templated"].as_array().unwrap();
    assert!(!templated.is_empty(), "{report:#}");
    let members: Vec<&str> = templated
        .iter()
        .flat_map(|t| t["members"].as_array().unwrap())
        .map(|m| m["doc"].as_str().unwrap())
        .collect();
    for doc in ["n1.txt", "n2.txt"] {
        assert!(members.contains(&doc), "{doc} in a template: {members:?}");
    }
    let differ = templated[0]["pairs"][0]["differ"].to_string();
    assert!(
        differ.contains("赵立新") || differ.contains("钱振国"),
        "{differ}"
    );
    // Nothing of the notices is dropped; the repost's copies are.
    let removed = std::fs::read_to_string(clean.join("dedup-removed.jsonl")).unwrap();
    let dropped: Vec<Value> = removed
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(dropped.iter().all(|d| d["id"] == "r0.txt"), "{removed}");
    assert!(!dropped.is_empty(), "the repost is a duplicate");
}

/// A document printed twice repeats every paragraph: the heaviest repeats show it as one
/// line, not one line a paragraph, and still list a paragraph repeated elsewhere.
#[test]
fn a_repeated_document_is_one_line_of_the_heaviest_repeats() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = &tmp.path().join("in");
    std::fs::create_dir(dir).unwrap();
    let story = "第一段讲述了这个城市近年来在交通建设方面取得的显著成绩和经验。\n\n\
                 第二段介绍了新开通的地铁线路如何方便沿线居民的日常出行需求。\n\n\
                 第三段展望了未来五年城市公共交通网络进一步完善的总体规划。\n";
    std::fs::write(dir.join("a.txt"), story).unwrap();
    std::fs::write(dir.join("b.txt"), story).unwrap();
    let notice = "本报讯各地防汛抗旱工作正在有序推进，相关部门持续加强值班值守。\n";
    std::fs::write(
        dir.join("c.txt"),
        format!("{notice}\n另一篇报道的正文内容与前文并不相同。\n"),
    )
    .unwrap();
    std::fs::write(
        dir.join("d.txt"),
        format!("{notice}\n这里是第四篇文章自己的独特的段落。\n"),
    )
    .unwrap();
    let out = Command::cargo_bin("tifa")
        .unwrap()
        .env("COLUMNS", "80")
        .args(["dedup", "-o"])
        .arg(tmp.path().join("out.json"))
        .arg(dir)
        .output()
        .unwrap();
    let screen = String::from_utf8(out.stdout).unwrap();
    let heavy = &screen[screen.find("heaviest repeats").expect(&screen)..];
    assert!(heavy.contains("2 copies of one document"), "{heavy}");
    assert!(!heavy.contains("第二段"), "{heavy}");
    assert!(heavy.contains("本报讯"), "{heavy}");
}

#[test]
fn pages_that_cleaning_empties_are_compared_by_their_removed_lines() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = &tmp.path().join("in");
    std::fs::create_dir(dir).unwrap();
    let roster = "本版责编：沈  寅  白之羽  林子夜\n";
    let pages = [
        ("a.txt", format!("\n{roster}\n")),
        ("b.txt", format!("\n{roster}\n\n")),
        ("c.txt", format!("\n{roster}\n　　版式设计：汪哲平\n")),
        ("d.txt", "\n本版责编：张彦春  宋  宇  刘涓溪\n".to_string()),
        (
            "e.txt",
            format!("{roster}\n这一页还有一篇报道自己的正文段落，讲述了城市交通建设的新进展。\n"),
        ),
    ];
    for (name, text) in &pages {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let clean = tmp.path().join("clean");
    let report = dedup(&[
        dir.to_str().unwrap(),
        "--write-clean",
        clean.to_str().unwrap(),
    ]);
    let docs = report["documents"].as_array().unwrap();
    let ids = |g: &Value| -> Vec<String> {
        let members = g["members"].as_array().unwrap();
        members
            .iter()
            .map(|m| m["doc"].as_str().unwrap().to_string())
            .collect()
    };
    // a and b the same page, c the same with a design credit: one near group; d another roster;
    // e has a paragraph, so it is compared by it.
    assert_eq!(docs.len(), 1, "{docs:?}");
    assert_eq!(ids(&docs[0]), ["a.txt", "b.txt", "c.txt"]);
    assert_eq!(docs[0]["kind"], "near");
    assert_eq!(docs[0]["removed_lines"], true);
    assert_eq!(report["stats"]["duplicate_paragraphs"], 0);
    assert_eq!(report["stats"]["paragraphs"], 1);
    // The clean corpus drops nothing: every page is written, none a paragraph the fewer.
    assert!(
        !clean.join("dedup-removed.jsonl").exists() || {
            std::fs::read_to_string(clean.join("dedup-removed.jsonl"))
                .unwrap()
                .is_empty()
        }
    );
    for (name, _) in &pages {
        assert!(clean.join(name).exists(), "{name}");
    }
}

/// Sixteenth session: two short notices of one frame filled with another clause (a call for
/// letters on another topic) are two documents, whatever their shared share; the same notice
/// reworded in a word is one. The CLI and the Spark document verdict decide alike.
#[test]
fn a_short_frame_filled_with_another_clause_is_not_a_copy() {
    let call = |topic: &str, verb: &str| {
        format!(
            "征集\n\n近期，本刊读者来信版将与市民服务热线联合开展“{topic}”话题征集活动，\
             请广大读者积极参与。{verb}提供问题线索，或提出意见建议，来信请注明联系方式。\n\n\
             邮箱：letters@example.com 传真：010-12345678\n"
        )
    };
    let docs = [
        ("a.txt", call("夜间施工噪音扰民问题", "欢迎")),
        ("b.txt", call("校外培训机构乱收费", "欢迎")),
        ("c.txt", call("夜间施工噪音扰民问题", "敬请")),
    ];
    let tmp = tempfile::tempdir().unwrap();
    for (name, text) in &docs {
        std::fs::write(tmp.path().join(name), text).unwrap();
    }
    let report = dedup(&[tmp.path().to_str().unwrap()]);
    let groups: Vec<Vec<String>> = (report["documents"].as_array().unwrap().iter())
        .map(|g| {
            (g["members"].as_array().unwrap().iter())
                .map(|m| m["doc"].as_str().unwrap().to_string())
                .collect()
        })
        .collect();
    // Before the rule the three were one cluster (the shorter's shingles 80% in the other).
    assert_eq!(groups, [["a.txt", "c.txt"]]);
    use tifa::dedup::cluster::DedupOptions;
    use tifa::dedup::distributed::{jsonl_doc_row, Blocks, DocSide};
    let opts = tifa::input::InputOptions::default();
    let side = |text: &str| {
        let line = serde_json::json!({ "text": text }).to_string();
        let norm = jsonl_doc_row("p.jsonl", 1, &line, &opts).unwrap().norm;
        DocSide {
            chars: norm.chars().count(),
            norm,
            clusters: Vec::new(),
        }
    };
    let (blocks, dedup_opts) = (Blocks::default(), DedupOptions::default());
    let verdict = |a: &str, b: &str| blocks.doc_verdict(&side(a), &side(b), &dedup_opts);
    assert!(verdict(&docs[0].1, &docs[1].1).link.is_none());
    assert!(verdict(&docs[0].1, &docs[2].1).link.is_some());
}
