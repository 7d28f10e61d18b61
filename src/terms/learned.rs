//! A learned typing of quoted names (issue 22, twelfth round): the features of a quoted span
//! — its text, the words before the opening mark and after the closing one, and the rules'
//! own typing — and a multinomial logistic regression over them, trained by
//! `examples/terms_classifier_train.rs` (which calls [`features`]: one implementation) on the
//! labelled term sets. Hybrid: the rules keep a quote they settle on evidence of their own
//! ([`settled`]); the model types the other quoted terms the rules make. See docs/terms.md.

use super::{Category, Term};
use jieba_rs::Jieba;
use std::collections::HashMap;

/// The weights of the model trained on every labelled set, written by
/// `cargo run --example terms_classifier_train -- ../shared/corpora --write
/// src/terms/learned.tsv` (its header says so).
const WEIGHTS: &str = include_str!("learned.tsv");

/// A multinomial logistic regression over [`features`]: a weight row a feature, one weight a
/// class of [`CLASSES`]. Parsed once a lexicon (`Lexicon::new`) and passed down.
#[derive(Debug, Clone, Default)]
pub struct Model {
    weights: HashMap<String, [f64; 4]>,
}

impl Model {
    /// The built-in model (`src/terms/learned.tsv`).
    pub fn builtin() -> Model {
        Model::parse(WEIGHTS)
    }

    /// The model of a weights table: a line a feature, its name and four weights (P, S, D, O),
    /// tab-separated; lines starting with `#` are comments.
    pub fn parse(table: &str) -> Model {
        let weights = table
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut f = l.split('\t');
                let name = f.next()?.to_string();
                let mut w = [0.0; 4];
                for x in &mut w {
                    *x = f.next()?.parse().ok()?;
                }
                Some((name, w))
            })
            .collect();
        Model { weights }
    }

    /// The most probable class for `features`.
    pub fn predict(&self, features: &[String]) -> Category {
        let p = probabilities(&self.weights, features);
        CLASSES[(0..4).fold(0, |b, i| if p[i] > p[b] { i } else { b })]
    }
}

/// Types the quoted terms of a paragraph (`chars`, whose first char is at `base` in the
/// document) that the rules do not settle ([`settled`]) by `model`: “…” and 《…》 quotes (a
/// quoted term's span holds its marks).
pub(crate) fn retype(
    chars: &[char],
    base: usize,
    terms: &mut [Term],
    model: &Model,
    tagger: &Jieba,
) {
    for t in terms.iter_mut().filter(|t| t.quoted) {
        let [start, end] = [t.span[0] - base, t.span[1] - base];
        let (Some(&open), Some(&close)) = (chars.get(start), chars.get(end.wrapping_sub(1))) else {
            continue;
        };
        let marks = (open, close);
        if end < start + 2
            || !matches!(marks, ('“', '”') | ('《', '》'))
            || settled(Some(t), &t.name, t.known)
        {
            continue;
        }
        let context = [&chars[..start], &chars[end..]];
        let f = features(&t.name, context, marks.0, Some(t), t.known, tagger);
        t.category = model.predict(&f);
    }
}

/// The classes, in the order of a weight row.
pub const CLASSES: [Category; 4] = [
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
/// the term the rules made of it (`None`: no term), `known` whether the run's lexicon lists
/// it.
pub fn features(
    name: &str,
    [before, after]: [&[char]; 2],
    open: char,
    rules: Option<&Term>,
    known: bool,
    tagger: &Jieba,
) -> Vec<String> {
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
                .is_some_and(|&c| crate::claims::numeral::is_numeral_char(c)),
        ),
        ("de", name.contains('的')),
        (
            "mark",
            chars
                .iter()
                .any(|&c| !crate::clean::chars::is_han(c) && !c.is_ascii_alphanumeric()),
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
pub fn probabilities(weights: &HashMap<String, [f64; 4]>, features: &[String]) -> [f64; 4] {
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
pub fn settled(rules: Option<&Term>, name: &str, known: bool) -> bool {
    rules.is_some_and(|t| {
        known
            || t.category == Category::Document
            || t.n.is_some()
            || t.code.is_some()
            || !t.members.is_empty()
            || t.head.as_deref().is_some_and(|h| !name.ends_with(h))
    })
}
