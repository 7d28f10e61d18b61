//! Round 12 (docs/claims.md, "Round 12: a learned subject ranker"): an experiment, not part
//! of the library. For every labelled number of `tests/data/claims_*.tsv` (never the fourth
//! blind set, never the tenth sample), the candidate subjects a sentence offers (noun
//! phrases from jieba's tags before the number in its clause and the clause before, counted
//! nouns after it, the rules' own answer and its suffixes), their features, and a softmax
//! ranker (logistic regression over the candidates of one number) trained by deterministic
//! full-batch gradient descent; scored leave-one-set-out against the rules.
//!
//! Run from the repository root: `cargo run --example subject_ranker` (needs
//! `../shared/corpora`; about 40 s in a debug build): the oracle recall of the candidates a
//! set, then the leave-one-set-out table (train on every set but one, score that one), then
//! the weights trained on every set. `--recall` stops after the recall; `--misses` lists the
//! rows where the ranker and the rules differ in strict agreement, `--hard` the rows the
//! ranker misses though a right candidate was offered; `--score FILE` trains on every set
//! and scores one other file of tests/data. `RANKER_NO_RULES=1` drops the features that read
//! the rules' answer; `RANKER_L2`, `RANKER_STEPS`, `RANKER_RATE` set the trainer (defaults
//! 0.01, 800, 1.0). Deterministic: the same output on every run.

use std::collections::HashMap;
use tifa::claims::{extract_text, Claim, ClaimKind};

/// The labelled sets used (the fourth blind set and the tenth sample are never read).
const SETS: &[&str] = &[
    "claims_eval.tsv",
    "claims_heldout.tsv",
    "claims_fresh.tsv",
    "claims_sample.tsv",
    "claims_sample2.tsv",
    "claims_sample3.tsv",
    "claims_sample4.tsv",
    "claims_sample5.tsv",
    "claims_sample6.tsv",
    "claims_sample7.tsv",
    "claims_sample8.tsv",
    "claims_sample9.tsv",
    "claims_blind.tsv",
    "claims_blind2.tsv",
    "claims_blind3.tsv",
];

/// Names of the features, in the order of the weight vector.
const FEATURES: &[&str] = &[
    "rules",
    "rules_suffix",
    "rules_inside",
    "before_same",
    "before_prev",
    "after",
    "elsewhere",
    "gap0",
    "gap1",
    "gap2",
    "gap3_4",
    "gap5",
    "len1",
    "len2",
    "len3",
    "len4",
    "chars",
    "one_char",
    "head_n",
    "head_vn",
    "head_v",
    "head_name",
    "head_other_noun",
    "head_measure",
    "head_person",
    "unit_person_head_person",
    "unit_person_head_other",
    "percent_head_measure",
    "first_v",
    "first_vn",
    "first_a",
    "first_m_t",
    "has_v",
    "has_de",
    "has_p",
    "has_name",
    "between_pred",
    "between_v",
    "between_de",
    "between_p",
    "between_n",
    "clause_start",
    "prev_v",
    "prev_de",
    "prev_p",
    "prev_n",
    "next_n",
    "fenbie_before",
    "qizhong",
    "after_de",
    "after_next_v",
    "rules_none_after",
    "rules_none_before",
    "percent_after",
    "count_after",
    "money_after",
    "null",
    "null_rules_none",
    "maximal",
    "after_measure",
    "after_len1",
    "prev_head_measure",
    "after_head_v",
    "before_head_v",
    "adjacent_measure",
    "rules_ends_here",
    "rules_head_v",
    "rules_has_v",
    "rules_long",
    "rules_gap3",
    "rules_elsewhere",
    "dropped_v",
    "dropped_name",
    "dropped_time",
    "dropped_nouns",
    "dropped_a",
];

fn feature(name: &str) -> usize {
    FEATURES.iter().position(|f| *f == name).expect(name)
}

/// Words that relate a subject before them to the number (增长, 达到, 为, 占 …).
const PREDICATES: &[&str] = &[
    "增长",
    "达到",
    "达",
    "为",
    "占",
    "提高",
    "提升",
    "下降",
    "增加",
    "减少",
    "超过",
    "突破",
    "实现",
    "完成",
    "降至",
    "增至",
    "升至",
    "有",
    "共有",
    "超",
    "逾",
    "约",
    "近",
    "是",
    "到",
    "至",
    "降低",
    "减",
    "增",
    "下降到",
    "提高到",
    "达成",
    "累计",
    "共",
    "计",
    "合计",
    "分别",
    "分别为",
    "上涨",
    "下跌",
    "回落",
    "扩大",
    "缩小",
    "保持",
    "稳定",
    "控制",
    "突破了",
    "超出",
];
/// Ends of words that name a measurement.
const MEASURES: &[&str] = &[
    "率", "量", "额", "数", "值", "比重", "价", "价格", "收入", "规模", "增速", "幅", "面积",
    "人口", "占比", "比例", "总额", "产值", "利润", "营收", "支出", "投资", "指数", "浓度",
];
/// Ends of words that name people.
const PERSONS: &[&str] = &[
    "者", "员", "生", "师", "人", "工", "民", "干部", "代表", "人口", "人才", "队员", "医生",
    "家长", "儿童", "学生", "农户", "群众", "职工", "用户", "患者", "游客",
];

/// One labelled number: its set, the rules' claim, the label, candidates and features.
struct Row {
    set: usize,
    label: String,
    rules: Option<String>,
    candidates: Vec<(Option<String>, Vec<f64>)>,
    /// The same features, sparse: (index, value) of the non-zero ones.
    sparse: Vec<Vec<(usize, f64)>>,
}

fn corpus_line(root: &std::path::Path, file: &str, line: usize) -> String {
    let text = std::fs::read_to_string(root.join(file)).expect(file);
    let raw = text.split('\n').nth(line - 1).expect("line");
    if !file.ends_with(".jsonl") {
        return raw.to_string();
    }
    let record: serde_json::Value = serde_json::from_str(raw).expect("JSON");
    record["text"].as_str().expect("text").to_string()
}

fn line_holding(record: &str, start: usize) -> (String, usize) {
    let mut line_start = 0;
    for line in record.split('\n') {
        let chars = line.chars().count();
        if start <= line_start + chars {
            return (line.to_string(), start - line_start);
        }
        line_start += chars + 1;
    }
    panic!("offset past the end")
}

fn is_punct(t: &str) -> bool {
    t.chars().all(|c| {
        "，；：、。！？,;:!?（）()《》【】[]—…·/ \u{3000}\t".contains(c) || c.is_whitespace()
    })
}

fn is_clause_mark(t: &str) -> bool {
    t.chars().any(|c| "，；：、。！？,;:!?（）()".contains(c))
}

fn strip_quotes(s: &str) -> String {
    s.chars().filter(|c| !"“”‘’\"'「」".contains(*c)).collect()
}

fn nounish(tag: &str) -> bool {
    tag.starts_with('n') || matches!(tag, "vn" | "j" | "eng" | "l" | "nz" | "an")
}

fn head_like(word: &str, tag: &str) -> bool {
    nounish(tag) || (tag == "v" && word.chars().count() >= 2)
}

fn opens(word: &str, tag: &str) -> bool {
    let function =
        matches!(tag, "p" | "c" | "d" | "r" | "x" | "y" | "e" | "o" | "w") || tag.starts_with('u');
    !function && !word.chars().any(|c| c.is_ascii_digit()) && !is_punct(word)
}

fn ends_with_any(word: &str, list: &[&str]) -> bool {
    list.iter().any(|e| word.ends_with(e))
}

/// The sentence of `line` holding char `at`: [start, end) in chars.
fn sentence_around(chars: &[char], at: usize) -> (usize, usize) {
    let end_mark = |c: char| "。！？!?".contains(c);
    let start = (0..at)
        .rev()
        .find(|&i| end_mark(chars[i]))
        .map_or(0, |i| i + 1);
    let end = (at..chars.len())
        .find(|&i| end_mark(chars[i]))
        .map_or(chars.len(), |i| i + 1);
    (start, end)
}

struct Context<'a> {
    tags: Vec<jieba_rs::Tag<'a>>,
    clause: Vec<usize>,
    first_num: usize,
    after_num: usize,
    claim: &'a Claim,
    rules: Option<String>,
}

/// Candidates and their features for one claim of `line`.
fn candidates(
    jieba: &jieba_rs::Jieba,
    line: &str,
    claim: &Claim,
) -> Vec<(Option<String>, Vec<f64>)> {
    let chars: Vec<char> = line.chars().collect();
    let (ss, se) = sentence_around(&chars, claim.span[0]);
    let sentence: String = chars[ss..se].iter().collect();
    let tags = jieba.tag(&sentence, true);
    let (a, b) = (claim.span[0] - ss, claim.span[1] - ss);
    let mut clause = Vec::with_capacity(tags.len());
    let mut c = 0;
    for t in &tags {
        if is_clause_mark(t.word) {
            c += 1;
        }
        clause.push(c);
    }
    let first_num = tags.iter().position(|t| t.end > a).unwrap_or(tags.len());
    let after_num = tags.iter().position(|t| t.start >= b).unwrap_or(tags.len());
    let ctx = Context {
        tags,
        clause,
        first_num,
        after_num,
        claim,
        rules: claim.subject.clone(),
    };
    let mut out: Vec<(Option<String>, Vec<f64>)> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let num_clause = ctx.clause.get(first_num).copied().unwrap_or(c);
    // Before the number: its clause and the one before.
    for j in (0..first_num).rev() {
        let cl = ctx.clause[j];
        if cl + 1 < num_clause || cl > num_clause {
            break;
        }
        if !head_like(ctx.tags[j].word, ctx.tags[j].tag) {
            continue;
        }
        for i in (j.saturating_sub(6)..=j).rev() {
            if is_punct(ctx.tags[i].word) || ctx.clause[i] != cl {
                break;
            }
            if !opens(ctx.tags[i].word, ctx.tags[i].tag) {
                continue;
            }
            let place = if cl == num_clause { 0 } else { 1 };
            push(&ctx, &mut out, &mut seen, i, j + 1, place);
        }
    }
    // After the number: counted nouns up to the clause's end.
    let end = (after_num..ctx.tags.len())
        .find(|&k| is_punct(ctx.tags[k].word))
        .unwrap_or(ctx.tags.len())
        .min(after_num + 8);
    for i in after_num..end {
        if !opens(ctx.tags[i].word, ctx.tags[i].tag) {
            continue;
        }
        for j in i..end.min(i + 7) {
            if head_like(ctx.tags[j].word, ctx.tags[j].tag) {
                push(&ctx, &mut out, &mut seen, i, j + 1, 2);
            }
        }
    }
    // The rules' answer and its suffixes, where not found above.
    if let Some(r) = &ctx.rules {
        let words = jieba.cut(r, true);
        let mut offset = 0;
        for w in &words {
            let suffix = &r[offset..];
            if !seen.contains_key(suffix) && !suffix.is_empty() {
                seen.insert(suffix.to_string(), out.len());
                out.push((Some(suffix.to_string()), elsewhere(&ctx, suffix)));
            }
            offset += w.word.len();
        }
    }
    let mut null = vec![0.0; FEATURES.len()];
    null[feature("null")] = 1.0;
    null[feature("null_rules_none")] = f64::from(u8::from(ctx.rules.is_none()));
    out.push((None, null));
    out
}

/// The features of a candidate that stands nowhere in the clauses read (the rules' answer
/// from another clause, or a suffix of it).
fn elsewhere(ctx: &Context, text: &str) -> Vec<f64> {
    let mut f = vec![0.0; FEATURES.len()];
    f[feature("elsewhere")] = 1.0;
    rules_features(ctx, text, &mut f);
    set(
        &mut f,
        "rules_elsewhere",
        ctx.rules.as_deref() == Some(text),
    );
    let n = text.chars().count();
    f[feature("chars")] = n as f64 / 10.0;
    f[feature("one_char")] = f64::from(u8::from(n == 1));
    if ends_with_any(text, MEASURES) {
        f[feature("head_measure")] = 1.0;
    }
    f
}

fn rules_features(ctx: &Context, text: &str, f: &mut [f64]) {
    if let Some(r) = &ctx.rules {
        f[feature("rules")] = f64::from(u8::from(r == text));
        f[feature("rules_suffix")] = f64::from(u8::from(r != text && r.ends_with(text)));
        f[feature("rules_inside")] = f64::from(u8::from(r != text && text.ends_with(r.as_str())));
    }
}

/// Adds tokens [i, j) as a candidate at `place` (0 same clause before, 1 the clause before,
/// 2 after the number).
fn push(
    ctx: &Context,
    out: &mut Vec<(Option<String>, Vec<f64>)>,
    seen: &mut HashMap<String, usize>,
    i: usize,
    j: usize,
    place: u8,
) {
    let text: String = ctx.tags[i..j].iter().map(|t| t.word).collect();
    let text = strip_quotes(&text);
    if text.is_empty() || seen.contains_key(&text) {
        return;
    }
    let f = features(ctx, i, j, place, &text);
    seen.insert(text.clone(), out.len());
    out.push((Some(text), f));
}

fn set(f: &mut [f64], name: &str, on: bool) {
    if on {
        f[feature(name)] = 1.0;
    }
}

fn features(ctx: &Context, i: usize, j: usize, place: u8, text: &str) -> Vec<f64> {
    let tags = &ctx.tags;
    let mut f = vec![0.0; FEATURES.len()];
    rules_features(ctx, text, &mut f);
    set(&mut f, "before_same", place == 0);
    set(&mut f, "before_prev", place == 1);
    set(&mut f, "after", place == 2);
    let between = if place == 2 {
        &tags[ctx.after_num..i]
    } else {
        &tags[j..ctx.first_num]
    };
    let gap = between.len();
    set(&mut f, "gap0", gap == 0);
    set(&mut f, "gap1", gap == 1);
    set(&mut f, "gap2", gap == 2);
    set(&mut f, "gap3_4", (3..=4).contains(&gap));
    set(&mut f, "gap5", gap >= 5);
    let len = j - i;
    set(&mut f, "len1", len == 1);
    set(&mut f, "len2", len == 2);
    set(&mut f, "len3", len == 3);
    set(&mut f, "len4", len >= 4);
    let n = text.chars().count();
    f[feature("chars")] = n as f64 / 10.0;
    set(&mut f, "one_char", n == 1);
    let head = &tags[j - 1];
    let (ht, hw) = (head.tag, head.word);
    set(&mut f, "head_n", ht == "n");
    set(&mut f, "head_vn", ht == "vn");
    set(&mut f, "head_v", ht == "v");
    set(
        &mut f,
        "head_name",
        matches!(ht, "nr" | "ns" | "nt" | "nrt" | "nrfg"),
    );
    set(
        &mut f,
        "head_other_noun",
        matches!(ht, "nz" | "j" | "eng" | "l" | "ng"),
    );
    let measure = ends_with_any(hw, MEASURES);
    let person = ends_with_any(hw, PERSONS);
    set(&mut f, "head_measure", measure);
    set(&mut f, "head_person", person);
    let unit_person = matches!(ctx.claim.unit.as_str(), "人" | "名" | "位" | "人次");
    set(&mut f, "unit_person_head_person", unit_person && person);
    set(&mut f, "unit_person_head_other", unit_person && !person);
    let percent = ctx.claim.kind == ClaimKind::Percent;
    set(&mut f, "percent_head_measure", percent && measure);
    let first = tags[i].tag;
    set(&mut f, "first_v", first == "v");
    set(&mut f, "first_vn", first == "vn");
    set(&mut f, "first_a", matches!(first, "a" | "b" | "ad"));
    set(&mut f, "first_m_t", matches!(first, "m" | "t" | "mq"));
    let inner = &tags[i..j];
    set(
        &mut f,
        "has_v",
        inner[..len - 1].iter().any(|t| t.tag == "v"),
    );
    set(&mut f, "has_de", inner.iter().any(|t| t.word == "的"));
    set(&mut f, "has_p", inner.iter().any(|t| t.tag == "p"));
    set(
        &mut f,
        "has_name",
        inner.iter().any(|t| matches!(t.tag, "nr" | "ns" | "nt")),
    );
    set(
        &mut f,
        "between_pred",
        between.iter().any(|t| PREDICATES.contains(&t.word)),
    );
    set(&mut f, "between_v", between.iter().any(|t| t.tag == "v"));
    set(&mut f, "between_de", between.iter().any(|t| t.word == "的"));
    set(&mut f, "between_p", between.iter().any(|t| t.tag == "p"));
    set(&mut f, "between_n", between.iter().any(|t| nounish(t.tag)));
    let clause_start = i == 0 || is_punct(tags[i - 1].word);
    set(&mut f, "clause_start", clause_start);
    if !clause_start {
        let prev = &tags[i - 1];
        set(&mut f, "prev_v", prev.tag == "v");
        set(&mut f, "prev_de", prev.word == "的");
        set(&mut f, "prev_p", prev.tag == "p");
        set(&mut f, "prev_n", nounish(prev.tag));
    }
    set(
        &mut f,
        "next_n",
        tags.get(j).is_some_and(|t| nounish(t.tag)),
    );
    let clause = ctx.clause[i];
    let in_clause = |w: &str| {
        tags.iter()
            .zip(&ctx.clause)
            .any(|(t, c)| *c == clause && t.word == w)
    };
    set(&mut f, "fenbie_before", place < 2 && in_clause("分别"));
    set(&mut f, "qizhong", in_clause("其中"));
    set(
        &mut f,
        "after_de",
        place == 2 && between.iter().any(|t| t.word == "的"),
    );
    set(
        &mut f,
        "after_next_v",
        place == 2 && tags.get(j).is_some_and(|t| t.tag == "v"),
    );
    let none = ctx.rules.is_none();
    set(&mut f, "rules_none_after", none && place == 2);
    set(&mut f, "rules_none_before", none && place < 2);
    set(&mut f, "percent_after", percent && place == 2);
    set(
        &mut f,
        "count_after",
        ctx.claim.kind == ClaimKind::Count && place == 2,
    );
    set(
        &mut f,
        "money_after",
        ctx.claim.kind == ClaimKind::Money && place == 2,
    );
    let prev_noun = !clause_start && nounish(tags[i - 1].tag);
    let next_noun = tags.get(j).is_some_and(|t| nounish(t.tag));
    set(&mut f, "maximal", !prev_noun && !next_noun);
    set(&mut f, "after_measure", place == 2 && measure);
    set(&mut f, "after_len1", place == 2 && len == 1);
    set(&mut f, "prev_head_measure", place == 1 && measure);
    set(&mut f, "after_head_v", place == 2 && ht == "v");
    set(&mut f, "before_head_v", place < 2 && ht == "v");
    set(
        &mut f,
        "adjacent_measure",
        place == 0 && gap <= 1 && measure,
    );
    let rules_end = ctx.rules.as_deref().is_some_and(|r| r.ends_with(hw));
    set(&mut f, "rules_ends_here", rules_end);
    if ctx.rules.as_deref() == Some(text) {
        set(&mut f, "rules_head_v", ht == "v");
        set(
            &mut f,
            "rules_has_v",
            inner[..len - 1].iter().any(|t| t.tag == "v"),
        );
        set(&mut f, "rules_long", len >= 4);
        set(&mut f, "rules_gap3", gap >= 3);
    }
    if let Some(dropped) = dropped_prefix(ctx, i, j) {
        set(&mut f, "dropped_v", dropped.iter().any(|t| t.tag == "v"));
        let name = |t: &&jieba_rs::Tag| matches!(t.tag, "ns" | "nt" | "nr" | "nrt");
        set(&mut f, "dropped_name", dropped.iter().any(|t| name(&t)));
        set(
            &mut f,
            "dropped_time",
            dropped.iter().any(|t| matches!(t.tag, "t" | "m")),
        );
        set(
            &mut f,
            "dropped_nouns",
            dropped.iter().all(|t| nounish(t.tag)),
        );
        set(
            &mut f,
            "dropped_a",
            dropped.iter().any(|t| matches!(t.tag, "a" | "b")),
        );
    }
    f
}

/// Where candidate [i, j) is a suffix of the rules' answer standing at [k, j), the tokens
/// [k, i) it drops.
fn dropped_prefix<'a>(ctx: &'a Context, i: usize, j: usize) -> Option<&'a [jieba_rs::Tag<'a>]> {
    let rules = ctx.rules.as_deref()?;
    let mut text = String::new();
    for k in (i.saturating_sub(8)..i).rev() {
        text.insert_str(0, ctx.tags[k].word);
        let whole: String = strip_quotes(&format!("{text}{}", words(&ctx.tags[i..j])));
        if whole == rules {
            return Some(&ctx.tags[k..i]);
        }
    }
    None
}

fn words(tags: &[jieba_rs::Tag]) -> String {
    tags.iter().map(|t| t.word).collect()
}

fn strict(got: Option<&str>, label: &str) -> bool {
    match got {
        None => label == "!",
        Some(got) => label.split('|').any(|l| got == l),
    }
}

fn lenient(got: Option<&str>, label: &str) -> bool {
    let Some(got) = got else { return false };
    label != "!"
        && label
            .split('|')
            .any(|l| got == l || got.ends_with(l) || l.ends_with(got) && got.chars().count() >= 2)
}

fn load(root: &std::path::Path, jieba: &jieba_rs::Jieba, sets: &[&str]) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut lines: HashMap<(String, usize), String> = HashMap::new();
    for (set, name) in sets.iter().enumerate() {
        let text = std::fs::read_to_string(format!("tests/data/{name}")).expect(name);
        for row in text.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = row.split('\t').collect();
            let [file, line, start, _, kind, _, _, subject] = f[..] else {
                panic!("bad row {row}")
            };
            if kind == "none" || subject == "-" {
                continue;
            }
            let key = (file.to_string(), line.parse().unwrap());
            let record = lines
                .entry(key.clone())
                .or_insert_with(|| corpus_line(root, file, key.1))
                .clone();
            let (line, start) = line_holding(&record, start.parse().unwrap());
            let claims = extract_text(&line, jieba);
            let claim = claims
                .iter()
                .find(|c| c.span[0] <= start && start < c.span[1]);
            let candidates = claim.map_or_else(Vec::new, |c| candidates(jieba, &line, c));
            // RANKER_NO_RULES=1: the ranker without the rules' answer among its features.
            let blind = std::env::var_os("RANKER_NO_RULES").is_some();
            let sparse = candidates
                .iter()
                .map(|(_, f)| {
                    f.iter()
                        .copied()
                        .enumerate()
                        .filter(|(i, v)| *v != 0.0 && !(blind && rule_derived(*i)))
                        .collect()
                })
                .collect();
            rows.push(Row {
                sparse,
                set,
                label: subject.to_string(),
                rules: claim.and_then(|c| c.subject.clone()),
                candidates,
            });
        }
    }
    rows
}

/// Whether feature `i` reads the rules' answer.
fn rule_derived(i: usize) -> bool {
    FEATURES[i].contains("rules") || FEATURES[i].starts_with("dropped")
}

fn scores(w: &[f64], sparse: &[Vec<(usize, f64)>]) -> Vec<f64> {
    let s: Vec<f64> = sparse
        .iter()
        .map(|f| f.iter().map(|(i, v)| w[*i] * v).sum())
        .collect();
    let max = s.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let e: Vec<f64> = s.iter().map(|x| (x - max).exp()).collect();
    let z: f64 = e.iter().sum();
    e.into_iter().map(|x| x / z).collect()
}

/// Full-batch gradient descent on the softmax log-likelihood of the right candidates (any
/// strict variant), L2-regularised; deterministic.
fn train(rows: &[&Row]) -> Vec<f64> {
    let mut w = vec![0.0; FEATURES.len()];
    let usable: Vec<(&Row, Vec<bool>)> = rows
        .iter()
        .map(|r| {
            let right: Vec<bool> = r
                .candidates
                .iter()
                .map(|(t, _)| strict(t.as_deref(), &r.label))
                .collect();
            (*r, right)
        })
        .filter(|(_, right)| right.iter().any(|x| *x))
        .collect();
    let env = |k: &str, d: f64| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(d)
    };
    let (rate, l2, steps) = (
        env("RANKER_RATE", 1.0),
        env("RANKER_L2", 1e-2),
        env("RANKER_STEPS", 800.0),
    );
    for _ in 0..steps as usize {
        let mut g = vec![0.0; FEATURES.len()];
        for (r, right) in &usable {
            let p = scores(&w, &r.sparse);
            let z: f64 = p
                .iter()
                .zip(right)
                .filter(|(_, r)| **r)
                .map(|(p, _)| p)
                .sum();
            for (f, (pk, rk)) in r.sparse.iter().zip(p.iter().zip(right)) {
                // d log(sum_right p) / d s_k = [right] p_k / z − p_k
                let coef = if *rk { pk / z } else { 0.0 } - pk;
                for (i, v) in f {
                    g[*i] += coef * v;
                }
            }
        }
        let n = usable.len().max(1) as f64;
        for (wi, gi) in w.iter_mut().zip(&g) {
            *wi += rate * (gi / n - l2 * *wi);
        }
    }
    w
}

/// The ranker's answer, and the hybrid's at `margin` (the ranker overrides the rules only
/// when its top candidate's probability exceeds the rules' answer's by `margin`).
fn answer(w: &[f64], r: &Row, margin: f64) -> Option<String> {
    if r.candidates.is_empty() || margin > 1.0 && r.rules.is_some() {
        return r.rules.clone();
    }
    let p = scores(w, &r.sparse);
    let top = (0..p.len())
        .max_by(|&a, &b| p[a].total_cmp(&p[b]).then(b.cmp(&a)))
        .unwrap();
    let rules_p = r
        .candidates
        .iter()
        .position(|(t, _)| *t == r.rules)
        .map_or(0.0, |k| p[k]);
    let threshold = if margin > 1.0 { 0.0 } else { margin };
    if p[top] - rules_p >= threshold {
        r.candidates[top].0.clone()
    } else {
        r.rules.clone()
    }
}

#[derive(Default, Clone, Copy)]
struct Tally {
    n: usize,
    strict: usize,
    lenient: usize,
}

fn tally(rows: &[&Row], pick: impl Fn(&Row) -> Option<String>) -> Tally {
    let mut t = Tally::default();
    for r in rows {
        let got = pick(r);
        t.n += 1;
        t.strict += usize::from(strict(got.as_deref(), &r.label));
        t.lenient += usize::from(lenient(got.as_deref(), &r.label));
    }
    t
}

/// Trains on every labelled set and scores `name` (a file of tests/data, not one of them):
/// rules, ranker, and "fill", the ranker only where the rules give no subject.
fn score_one(root: &std::path::Path, jieba: &jieba_rs::Jieba, name: &str) {
    assert!(
        !name.contains("blind4"),
        "the fourth blind set is never read"
    );
    let rows = load(root, jieba, SETS);
    let all: Vec<&Row> = rows.iter().collect();
    let w = train(&all);
    let test = load(root, jieba, &[name]);
    let test: Vec<&Row> = test.iter().collect();
    let rules = tally(&test, |r| r.rules.clone());
    let ranker = tally(&test, |r| answer(&w, r, 0.0));
    let fill = tally(&test, |r| answer(&w, r, 2.0));
    println!(
        "{name}: {} subjects; strict / lenient: rules {}/{}, ranker {}/{}, fill {}/{}",
        rules.n,
        rules.strict,
        rules.lenient,
        ranker.strict,
        ranker.lenient,
        fill.strict,
        fill.lenient
    );
}

fn main() {
    let root = std::path::Path::new("../shared/corpora");
    let jieba = jieba_rs::Jieba::new();
    let args: Vec<String> = std::env::args().collect();
    if let Some(k) = args.iter().position(|a| a == "--score") {
        score_one(root, &jieba, &args[k + 1]);
        return;
    }
    let rows = load(root, &jieba, SETS);
    // Oracle recall: a right subject (strict) among the candidates.
    let mut total = (0, 0, 0);
    for (s, name) in SETS.iter().enumerate() {
        let set: Vec<&Row> = rows.iter().filter(|r| r.set == s).collect();
        let hit = set
            .iter()
            .filter(|r| {
                r.candidates
                    .iter()
                    .any(|(t, _)| strict(t.as_deref(), &r.label))
            })
            .count();
        let cands: usize = set.iter().map(|r| r.candidates.len()).sum();
        println!(
            "recall {name}: {hit}/{} ({} candidates a number)",
            set.len(),
            cands / set.len().max(1)
        );
        total = (total.0 + hit, total.1 + set.len(), total.2 + cands);
    }
    println!(
        "recall all: {}/{} ({} candidates a number)",
        total.0,
        total.1,
        total.2 / total.1.max(1)
    );
    if args.iter().any(|a| a == "--recall") {
        return;
    }
    let margins = [0.0, 0.2, 0.4, 0.6, 2.0];
    let mut pooled = vec![Tally::default(); 2 + margins.len()];
    println!("set\tn\trules strict/lenient\tranker strict/lenient\tfill strict/lenient");
    for (s, name) in SETS.iter().enumerate() {
        let train_rows: Vec<&Row> = rows.iter().filter(|r| r.set != s).collect();
        let test: Vec<&Row> = rows.iter().filter(|r| r.set == s).collect();
        let w = train(&train_rows);
        let mut t = vec![tally(&test, |r| r.rules.clone())];
        for m in margins {
            t.push(tally(&test, |r| answer(&w, r, m)));
        }
        for (p, x) in pooled.iter_mut().zip(&t) {
            p.n += x.n;
            p.strict += x.strict;
            p.lenient += x.lenient;
        }
        println!(
            "{name}\t{}\t{}/{}\t{}/{}\t{}/{}",
            t[0].n, t[0].strict, t[0].lenient, t[1].strict, t[1].lenient, t[5].strict, t[5].lenient
        );
        if args.iter().any(|a| a == "--hard") {
            for r in &test {
                let got = answer(&w, r, 0.0);
                let reachable = r
                    .candidates
                    .iter()
                    .any(|(t, _)| strict(t.as_deref(), &r.label));
                if reachable && !strict(got.as_deref(), &r.label) {
                    println!("  hard: {:?} (rules {:?}), want {}", got, r.rules, r.label);
                }
            }
        }
        if args.iter().any(|a| a == "--misses") {
            for r in &test {
                let got = answer(&w, r, 0.0);
                if strict(got.as_deref(), &r.label) != strict(r.rules.as_deref(), &r.label) {
                    println!("  {:?} vs rules {:?}, want {}", got, r.rules, r.label);
                }
            }
        }
    }
    let p = &pooled;
    println!(
        "pooled\t{}\t{}/{}\t{}/{}\t{}/{}",
        p[0].n, p[0].strict, p[0].lenient, p[1].strict, p[1].lenient, p[5].strict, p[5].lenient
    );
    for (m, x) in margins.iter().zip(&p[1..]) {
        println!(
            "margin {m} (2: only where the rules give none): strict {}/{} lenient {}/{}",
            x.strict, x.n, x.lenient, x.n
        );
    }
    let all: Vec<&Row> = rows.iter().collect();
    let w = train(&all);
    for (name, wi) in FEATURES.iter().zip(&w) {
        println!("weight {name}\t{wi:.3}");
    }
}
