//! A learned typing of quoted names, trained on the labelled term sets and measured against
//! the rules, leave one set out (issue 22, twelfth round; docs/terms.md). Not integrated into
//! `tifa::terms`: it did not beat the rules (the figures are in the docs), so its features
//! live here, with the trainer, and the library keeps none of it.
//!
//!     cargo run --example terms_classifier_train -- [CORPORA] [--write FILE] [--score TSV]
//!
//! Reads every `tests/data/terms-*.tsv` but the fourth blind set (never opened) and the eighth
//! sample (the self-blind check), keeps the rows whose name the text quotes (“…” or 《…》), and
//! for each: the rules' term of the name in its line (`terms::extract` with the built-in
//! vocabulary, as the evaluation reads it) and the features of `features` below: the quoted
//! text (length, first and last chars, members, codes, numerals, repeated chars, jieba's words
//! and tags, organisation endings), its context (the chars, cue words and jieba's word before
//! the opening mark and after the closing one) and the rules' typing. A multinomial logistic
//! regression (the likelihood of the accepted classes: P|S accepts either; AdaGrad in row
//! order; L2). For every set in turn it trains on the others and scores that set six ways:
//! the rules; the model; the hybrid (the rules where `settled`, the model elsewhere); the model
//! only where the rules make no term; the model only where it is sure (probability 0.8);
//! the model's veto (`other` at 0.9 where the rules do not settle): real names typed with an
//! accepted category, other quotes kept out of programs and slogans. With `--write`, the model
//! trained on all sets is written as a weights table; with `--score`, that model scores a set
//! kept out of training (the eighth sample), once. Deterministic: rows in file order, fixed
//! epochs and rates, no randomness.

use jieba_rs::Jieba;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use tifa::lexicon::Lexicon;
use tifa::terms::{Category, Term};

/// A multinomial logistic regression: a weight row a feature, one weight a class of
/// [`CLASSES`].
type Weights = HashMap<String, [f64; 4]>;

/// Passes over the rows, AdaGrad's rate, the L2 penalty, and the fewest rows a feature must
/// occur in: the best pooled figures of the few settings tried (docs/terms.md, twelfth round).
const EPOCHS: usize = 40;
const RATE: f64 = 0.2;
const L2: f64 = 1e-3;
const MIN_COUNT: usize = 1;

/// One labelled quote: its set, features, accepted classes, the rules' category and whether
/// the rules settled it.
struct Row {
    set: String,
    features: Vec<String>,
    accepted: [bool; 4],
    other: bool,
    rules: Option<Category>,
    settled: bool,
}

/// The text of a set's file: a corpus file, or the `text` of one record of a JSON lines file
/// (`news/sina-2018.jsonl#LINE`); files read once into `files`.
fn text_of(root: &Path, file: &str, files: &mut HashMap<String, String>) -> String {
    let (path, record) = match file.split_once('#') {
        Some((path, n)) => (path, n.parse::<usize>().ok()),
        None => (file, None),
    };
    let all = files
        .entry(path.to_string())
        .or_insert_with(|| std::fs::read_to_string(root.join(path)).unwrap());
    match record {
        Some(n) => {
            let doc: serde_json::Value =
                serde_json::from_str(all.split('\n').nth(n - 1).unwrap()).unwrap();
            doc["text"].as_str().unwrap().to_string()
        }
        None => all.clone(),
    }
}

fn cleaned(text: &str) -> tifa::document::CleanDocument {
    let opts = tifa::input::InputOptions::default();
    let raw = tifa::input::read_bytes(text.as_bytes(), Path::new("a.txt"), "a", &opts)
        .documents
        .remove(0);
    tifa::clean::clean(&raw, &tifa::clean::CleanOptions::default())
}

/// The quoted rows of one set.
fn rows_of(root: &Path, set: &str, tsv: &str, lexicon: &Lexicon) -> Vec<Row> {
    let mut cache = HashMap::new();
    let mut rows = Vec::new();
    for line in tsv.lines().filter(|l| !l.starts_with('#')) {
        let f: Vec<&str> = line.split('\t').collect();
        let [file, offset, label, name] = f[..] else {
            continue;
        };
        let chars: Vec<char> = text_of(root, file, &mut cache).chars().collect();
        let at: usize = offset.parse().unwrap();
        let end = at + name.chars().count();
        let (Some(&open), Some(&close)) = (chars.get(at.wrapping_sub(1)), chars.get(end)) else {
            continue;
        };
        if !matches!((open, close), ('“', '”') | ('《', '》')) {
            continue;
        }
        // The line holding the name: the evaluation types a name in its line.
        let lines = chars.split(|&c| c == '\n').scan(0, |from, l| {
            let span = (*from, *from + l.len());
            *from += l.len() + 1;
            Some(span)
        });
        let Some((start, stop)) = lines.into_iter().find(|&(_, stop)| stop >= end) else {
            continue;
        };
        let text: String = chars[start..stop].iter().collect();
        let terms = tifa::terms::extract(&cleaned(&text), lexicon.finder(), lexicon.tagger());
        let key = tifa::terms::key_of(name);
        let rules: Option<&Term> = terms.iter().find(|t| t.key == key);
        let context = [&chars[start..at - 1], &chars[end + 1..stop]];
        let letters = ["P", "S", "D", "O"];
        let accepted = letters.map(|l| label.split('|').any(|x| x == l));
        rows.push(Row {
            set: set.to_string(),
            features: features(name, context, open, rules, lexicon),
            accepted,
            other: label == "O",
            rules: rules.map(|t| t.category),
            settled: settled(rules, name, lexicon),
        });
    }
    rows
}

/// Trains a model on `rows`: the likelihood of the accepted classes (a label such as P|S
/// accepts either), AdaGrad steps in row order, L2.
fn train(rows: &[&Row]) -> Weights {
    let mut count: HashMap<&str, usize> = HashMap::new();
    for r in rows {
        for f in &r.features {
            *count.entry(f.as_str()).or_default() += 1;
        }
    }
    let mut w: HashMap<String, [f64; 4]> = count
        .iter()
        .filter(|(_, &n)| n >= MIN_COUNT)
        .map(|(f, _)| (f.to_string(), [0.0; 4]))
        .collect();
    let mut g2: HashMap<String, [f64; 4]> = w.keys().map(|k| (k.clone(), [1e-8; 4])).collect();
    for _ in 0..EPOCHS {
        for r in rows {
            let p = probabilities(&w, &r.features);
            let mass: f64 = (0..4).filter(|&k| r.accepted[k]).map(|k| p[k]).sum();
            let grad: [f64; 4] =
                std::array::from_fn(|k| p[k] - if r.accepted[k] { p[k] / mass } else { 0.0 });
            for f in &r.features {
                let (Some(wf), Some(gf)) = (w.get_mut(f), g2.get_mut(f)) else {
                    continue;
                };
                for k in 0..4 {
                    let g = grad[k] + L2 * wf[k];
                    gf[k] += g * g;
                    wf[k] -= RATE * g / gf[k].sqrt();
                }
            }
        }
    }
    w
}

/// Whether a row is typed right by `c`: an accepted class for a name, not a program or
/// slogan for another quote.
fn right(r: &Row, c: Option<Category>) -> bool {
    if r.other {
        !matches!(c, Some(Category::Program | Category::Slogan))
    } else {
        c.is_some_and(|c| r.accepted[CLASSES.iter().position(|&k| k == c).unwrap()])
    }
}

/// Counts [names right, names, others out, others] of the rules, the model, the hybrid
/// (the model where the rules do not settle a quote), the model only where the rules make
/// no term, the model only where it is confident (probability 0.8 or more), and the model's
/// veto (`other` at 0.9 where the rules do not settle the quote).
fn score(rows: &[&Row], model: &Weights) -> [[usize; 4]; 6] {
    let mut s = [[0; 4]; 6];
    for r in rows {
        let p = probabilities(model, &r.features);
        let m = CLASSES[(0..4).fold(0, |b, i| if p[i] > p[b] { i } else { b })];
        let h = if r.settled { r.rules } else { Some(m) };
        let none = r.rules.or(Some(m));
        let sure = if p.iter().any(|&p| p >= 0.8) {
            Some(m)
        } else {
            r.rules
        };
        let veto = if !r.settled && p[3] >= 0.9 {
            Some(Category::Other)
        } else {
            r.rules
        };
        for (s, c) in s.iter_mut().zip([r.rules, Some(m), h, none, sure, veto]) {
            let i = if r.other { 2 } else { 0 };
            s[i] += usize::from(right(r, c));
            s[i + 1] += 1;
        }
    }
    s
}

/// The labelled sets the model learns from: every terms set but the fourth blind set (never
/// opened) and the eighth sample (the self-blind check).
fn training_sets() -> Vec<PathBuf> {
    let mut sets: Vec<PathBuf> = std::fs::read_dir("tests/data")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy();
            n.starts_with("terms-")
                && n.ends_with(".tsv")
                && n != "terms-blind4.tsv"
                && n != "terms-sample8.tsv"
        })
        .collect();
    sets.sort();
    sets
}

/// A table cell pair: names right of names, others kept out of others, with percents.
fn cell(s: [usize; 4]) -> String {
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    format!(
        "{}/{} ({:.1}%) | {}/{} ({:.1}%)",
        s[0],
        s[1],
        pct(s[0], s[1]),
        s[2],
        s[3],
        pct(s[2], s[3])
    )
}

/// Prints the leave-one-set-out table of `rows` over `sets`, with the pooled figures.
fn leave_one_set_out(sets: &[String], rows: &[Row]) {
    println!(
        "| set | quotes | rules: names | others out | model: names | others out | hybrid: names \
         | others out | where no rule term: names | others out | where sure: names | others out \
         | veto: names | others out |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    let mut pooled = [[0; 4]; 6];
    for set in sets {
        let (test, rest): (Vec<&Row>, Vec<&Row>) = rows.iter().partition(|r| &r.set == set);
        if test.is_empty() {
            continue;
        }
        let s = score(&test, &train(&rest));
        println!("| {set} | {} | {} |", test.len(), s.map(cell).join(" | "));
        for (p, s) in pooled.iter_mut().zip(s) {
            for (p, s) in p.iter_mut().zip(s) {
                *p += s;
            }
        }
    }
    println!(
        "| pooled | {} | {} |",
        rows.len(),
        pooled.map(cell).join(" | ")
    );
}

/// Writes the weights table of `model` (rows with a weight of 0.001 or more).
fn write_weights(model: &Weights, path: &str) {
    let mut out = String::from(
        "# Weights of examples/terms_classifier_train.rs (--write): feature, then P S D O.\n",
    );
    let mut rows: Vec<(&String, &[f64; 4])> = model.iter().collect();
    rows.sort_by(|a, b| a.0.cmp(b.0));
    for (f, w) in rows
        .into_iter()
        .filter(|(_, w)| w.iter().any(|x| x.abs() >= 1e-3))
    {
        let w = w.map(|x| format!("{x:.4}")).join("\t");
        out.push_str(&format!("{f}\t{w}\n"));
    }
    std::fs::write(path, out).unwrap();
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = PathBuf::from(args.first().map_or("../shared/corpora", |s| s.as_str()));
    let option = |name: &str| args.iter().position(|a| a == name).map(|i| &args[i + 1]);
    let lexicon = tifa::lexicon::Lexicon::new(&[]);
    let mut sets = Vec::new();
    let mut rows = Vec::new();
    for p in training_sets() {
        let set = p.file_stem().unwrap().to_string_lossy().to_string();
        let tsv = std::fs::read_to_string(&p).unwrap();
        rows.extend(rows_of(&root, &set, &tsv, &lexicon));
        sets.push(set);
    }
    leave_one_set_out(&sets, &rows);
    let all: Vec<&Row> = rows.iter().collect();
    let model = train(&all);
    if let Some(path) = option("--score") {
        // A set kept out of training and tuning (the eighth sample), scored by the model
        // trained on every set.
        let tsv = std::fs::read_to_string(path).unwrap();
        let kept = rows_of(&root, "check", &tsv, &lexicon);
        let kept: Vec<&Row> = kept.iter().collect();
        let s = score(&kept, &model);
        println!("| {path} | {} | {} |", kept.len(), s.map(cell).join(" | "));
    }
    if let Some(path) = option("--write") {
        write_weights(&model, path);
    }
}

/// The classes, in the order of a weight row.
const CLASSES: [Category; 4] = [
    Category::Program,
    Category::Slogan,
    Category::Document,
    Category::Other,
];

/// Words before the opening mark that introduce a policy, a formulation or a figure.
const BEFORE_CUES: &[&str] = &[
    "实施",
    "推进",
    "坚持",
    "践行",
    "打造",
    "被誉为",
    "誉为",
    "称为",
    "叫做",
    "号称",
    "开展",
    "深化",
    "落实",
    "推行",
    "实行",
    "贯彻",
    "做到",
    "增强",
    "坚定",
    "树立",
    "弘扬",
    "构建",
    "推动",
    "启动",
    "举办",
    "主题为",
    "简称",
    "下称",
    "成为",
    "当好",
    "变成",
    "提出",
    "聚焦",
    "围绕",
    "探索",
    "创新",
    "推广",
    "建设",
    "发布",
    "印发",
    "出台",
    "电影",
    "栏目",
    "品牌",
    "公司",
    "平台",
    "活动",
    "所谓",
    "戏称",
    "俗称",
    "的",
    "从",
    "由",
    "和",
    "与",
    "以",
    "在",
    "是",
];

/// Words after the closing mark that name what the quote is.
const AFTER_CUES: &[&str] = &[
    "工程",
    "行动",
    "理念",
    "战略",
    "活动",
    "计划",
    "品牌",
    "模式",
    "机制",
    "体系",
    "改革",
    "建设",
    "工作",
    "要求",
    "原则",
    "精神",
    "重要思想",
    "目标",
    "问题",
    "现象",
    "公司",
    "集团",
    "平台",
    "项目",
    "试点",
    "政策",
    "服务",
    "专项",
    "系列",
    "字样",
    "称号",
    "方针",
    "战略",
    "格局",
    "布局",
    "主题",
    "比赛",
    "大赛",
    "展览",
    "节",
    "产品",
    "之",
    "的",
    "等",
    "为",
    "是",
];

/// Endings of organisations, companies and bodies.
const ORG_ENDS: &[&str] = &[
    "集团",
    "公司",
    "组织",
    "银行",
    "委员会",
    "协会",
    "学会",
    "大学",
    "学院",
    "医院",
    "中心",
    "研究院",
    "办",
    "局",
    "部",
    "厅",
    "会",
    "社",
    "报",
    "台",
    "队",
];

/// The features of the quoted `name` (without its marks), `before` the opening mark and
/// `after` the closing one (the paragraph's chars), with `open` the opening mark and `rules`
/// the term the rules made of it (`None`: no term).
fn features(
    name: &str,
    [before, after]: [&[char]; 2],
    open: char,
    rules: Option<&Term>,
    lexicon: &Lexicon,
) -> Vec<String> {
    let tagger = lexicon.tagger();
    let chars: Vec<char> = name.chars().collect();
    let n = chars.len();
    let mut f = vec!["bias".to_string(), format!("open:{open}")];
    f.push(format!("len:{}", n.min(13)));
    let take = |c: &[char]| c.iter().collect::<String>();
    f.push(format!("b1:{}", take(&chars[..n.min(1)])));
    f.push(format!("b2:{}", take(&chars[..n.min(2)])));
    f.push(format!("e1:{}", take(&chars[n.saturating_sub(1)..])));
    f.push(format!("e2:{}", take(&chars[n.saturating_sub(2)..])));
    shape(name, &chars, &mut f);
    words(name, tagger, &mut f);
    let lb = before.len();
    f.push(format!("p1:{}", take(&before[lb.saturating_sub(1)..])));
    f.push(format!("p2:{}", take(&before[lb.saturating_sub(2)..])));
    f.push(format!("a1:{}", take(&after[..after.len().min(1)])));
    f.push(format!("a2:{}", take(&after[..after.len().min(2)])));
    let ends = |w: &str| before.ends_with(&w.chars().collect::<Vec<char>>());
    let starts = |w: &str| after.starts_with(&w.chars().collect::<Vec<char>>());
    f.extend(
        BEFORE_CUES
            .iter()
            .filter(|w| ends(w))
            .map(|w| format!("cb:{w}")),
    );
    f.extend(
        AFTER_CUES
            .iter()
            .filter(|w| starts(w))
            .map(|w| format!("ca:{w}")),
    );
    f.extend(
        ORG_ENDS
            .iter()
            .filter(|e| name.ends_with(*e))
            .map(|e| format!("org:{e}")),
    );
    around([before, after], tagger, &mut f);
    let known = rules.is_some_and(|t| lexicon.finder().get(&t.key).is_some());
    ruled(rules, name, known, &mut f);
    f
}

/// Features of jieba's words next to the quote: the word before the opening mark and the
/// word after the closing one, with their tags.
fn around([before, after]: [&[char]; 2], tagger: &Jieba, f: &mut Vec<String>) {
    let near: String = before[before.len().saturating_sub(6)..].iter().collect();
    if let Some(t) = tagger.tag(&near, false).last() {
        f.push(format!("pw:{}", t.word));
        f.push(format!("pt:{}", t.tag));
    }
    let next: String = after[..after.len().min(6)].iter().collect();
    if let Some(t) = tagger.tag(&next, false).first() {
        f.push(format!("nw:{}", t.word));
        f.push(format!("nt:{}", t.tag));
    }
}

/// Features of the form of a name: its members (、), codes, numerals, repeated chars.
fn shape(name: &str, chars: &[char], f: &mut Vec<String>) {
    let members: Vec<usize> = name
        .split(['、', '，', ','])
        .map(|m| m.chars().count())
        .collect();
    if members.len() > 1 {
        f.push(format!("members:{}", members.len().min(5)));
        if members.iter().all(|&m| m == members[0]) {
            f.push("members:equal".into());
        }
    }
    let flags = [
        ("plus", name.contains('+')),
        ("dot", name.contains('·')),
        ("digit", chars.iter().any(|c| c.is_ascii_digit())),
        ("latin", chars.iter().any(|c| c.is_ascii_alphabetic())),
        (
            "numeral",
            chars
                .first()
                .is_some_and(|&c| tifa::claims::numeral::is_numeral_char(c)),
        ),
        ("de", name.contains('的')),
        (
            "mark",
            chars
                .iter()
                .any(|&c| !tifa::clean::chars::is_han(c) && !c.is_ascii_alphanumeric()),
        ),
        (
            "repeat",
            chars
                .iter()
                .enumerate()
                .any(|(i, c)| chars[..i].contains(c)),
        ),
    ];
    f.extend(
        flags
            .iter()
            .filter(|(_, on)| *on)
            .map(|(k, _)| k.to_string()),
    );
}

/// Features of jieba's words of a name: their count, the tags of the first and last words,
/// and whether a person, place, organisation or other proper name is among them.
fn words(name: &str, tagger: &Jieba, f: &mut Vec<String>) {
    let tags = tagger.tag(name, false);
    f.push(format!("words:{}", tags.len().min(5)));
    if let (Some(first), Some(last)) = (tags.first(), tags.last()) {
        f.push(format!("t1:{}", first.tag));
        f.push(format!("tn:{}", last.tag));
        f.push(format!("wn:{}", last.word));
    }
    for t in &tags {
        f.push(format!("w:{}", t.word));
    }
    for proper in ["nr", "ns", "nt", "nz"] {
        if tags.iter().any(|t| t.tag == proper) {
            f.push(format!("tag:{proper}"));
        }
    }
}

/// Features of the rules' term: its category and what typed it.
fn ruled(rules: Option<&Term>, name: &str, known: bool, f: &mut Vec<String>) {
    let Some(t) = rules else {
        f.push("r:none".into());
        return;
    };
    let letter = |c: Category| match c {
        Category::Program => 'P',
        Category::Slogan => 'S',
        Category::Document => 'D',
        Category::Other => 'O',
    };
    let c = letter(t.category);
    f.push(format!("r:{c}"));
    let how = [
        ("known", known),
        ("n", t.n.is_some()),
        ("code", t.code.is_some()),
        ("members", !t.members.is_empty()),
        ("doctype", t.doc_type.is_some()),
    ];
    f.extend(
        how.iter()
            .filter(|(_, on)| *on)
            .map(|(k, _)| format!("r:{c}:{k}")),
    );
    match &t.head {
        Some(h) if name.ends_with(h.as_str()) => f.push(format!("r:{c}:closing")),
        Some(_) => f.push(format!("r:{c}:head")),
        None => {}
    }
}

/// The probabilities of the classes of [`CLASSES`] for `features` under weight rows `weights`
/// (a model's, or a trainer's while it learns them).
fn probabilities(weights: &HashMap<String, [f64; 4]>, features: &[String]) -> [f64; 4] {
    let mut z = [0.0; 4];
    for w in features.iter().filter_map(|f| weights.get(f)) {
        for (z, w) in z.iter_mut().zip(w) {
            *z += w;
        }
    }
    let top = z.iter().cloned().fold(f64::MIN, f64::max);
    let e = z.map(|z| (z - top).exp());
    let sum: f64 = e.iter().sum();
    e.map(|e| e / sum)
}

/// Whether the rules' typing of a quote stands on evidence of its own, which the hybrid keeps:
/// a listed name, a cited document, a count, a code, parallel members, a head after the
/// quotes. A quote the rules leave untyped, type by its form alone or by its closing word
/// goes to the model.
fn settled(rules: Option<&Term>, name: &str, lexicon: &Lexicon) -> bool {
    rules.is_some_and(|t| {
        lexicon.finder().get(&t.key).is_some()
            || t.category == Category::Document
            || t.n.is_some()
            || t.code.is_some()
            || !t.members.is_empty()
            || t.head.as_deref().is_some_and(|h| !name.ends_with(h))
    })
}
