//! A learned typing of quoted names (issue 22, twelfth round): the features of a quoted span
//! — its text, the words before the opening mark and after the closing one, and the rules'
//! own typing — and a multinomial logistic regression over them, trained by
//! `examples/terms_classifier_train.rs` (which calls [`features`]: one implementation) on the
//! labelled term sets. Hybrid: the rules keep a quote they settle on evidence of their own
//! ([`settled`]); the model types the other quoted terms the rules make. See docs/terms.md.

use super::{Category, Term};
use crate::claims::units::{ends_with, starts_with};
use jieba_rs::{Jieba, Tag};

/// The weights of the model trained on every labelled set, written by
/// `cargo run --example terms_classifier_train -- ../shared/corpora --write
/// src/terms/learned.tsv` (its header says so).
const WEIGHTS: &str = include_str!("learned.tsv");

/// A multinomial logistic regression over [`features`]: a weight row a feature, one weight a
/// class of [`CLASSES`]. Parsed once a lexicon (`Lexicon::new`) and passed down.
#[derive(Debug, Clone, Default)]
pub struct Model {
    weights: Weights,
}

/// Weight rows by feature id ([`feature_id`]).
pub type Weights = rustc_hash::FxHashMap<u64, [f64; 4]>;

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
                let name = feature_id(f.next()?);
                let mut w = [0.0; 4];
                for x in &mut w {
                    *x = f.next()?.parse().ok()?;
                }
                Some((name, w))
            })
            .collect();
        Model { weights }
    }

    /// The most probable class for the features `ids`.
    pub fn predict(&self, ids: &[u64]) -> Category {
        let p = probabilities(&self.weights, ids);
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
    let mut f = Features::default();
    for t in terms.iter_mut().filter(|t| t.quoted) {
        let [start, end] = [t.span[0] - base, t.span[1] - base];
        let (Some(&open), Some(&close)) = (chars.get(start), chars.get(end.wrapping_sub(1))) else {
            continue;
        };
        let marks = (open, close);
        if end < start + 2
            || !matches!(marks, ('“', '”') | ('《', '》'))
            || settled_quote(chars, [start, end], Some(t), &t.name, t.known)
        {
            continue;
        }
        let context = [&chars[..start], &chars[end..]];
        f.ids.clear();
        features(&t.name, context, marks.0, Some(t), t.known, tagger, &mut f);
        t.category = match model.predict(&f.ids) {
            // Two chars with no numeral first (结合, 评价, 黄牛; not 双控, 八五): a common word or
            // a figure more often than a coined name.
            Category::Program | Category::Slogan if bare_pair(&t.name) => Category::Other,
            c => c,
        };
        t.learned = matches!(t.category, Category::Program | Category::Slogan);
    }
}

/// A name of two chars whose first counts nothing (双 and numerals count: 双控, 八五), which
/// the learned typing leaves `other`.
pub fn bare_pair(name: &str) -> bool {
    let mut c = name.chars();
    let count = |a: char| a == '双' || crate::claims::numeral::is_numeral_char(a);
    matches!((c.next(), c.next(), c.next()), (Some(a), Some(_), None) if !count(a))
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
    "称之为",
    "名为",
    "主打",
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
    "格局",
    "布局",
    "主题",
    "为主题",
    "号",
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

/// The features of one quote: each an id, the FNV-1a hash of its name (`kind:value`, as the
/// weights table writes it) computed from the parts without building the name. The trainer
/// asks for the names too ([`Features::named`]) to write its table.
#[derive(Debug, Clone, Default)]
pub struct Features {
    /// The ids, in the order found.
    pub ids: Vec<u64>,
    /// The names of the ids, when asked for.
    pub names: Option<Vec<String>>,
}

/// FNV-1a's offset basis and prime (64 bits): a byte-at-a-time hash, so that hashing a name's
/// parts one after the other gives the hash of the whole name.
const FNV: (u64, u64) = (0xcbf2_9ce4_8422_2325, 0x0100_0000_01b3);

/// The id of a feature named `name`.
pub fn feature_id(name: &str) -> u64 {
    fnv(FNV.0, name.as_bytes())
}

fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h = (h ^ u64::from(b)).wrapping_mul(FNV.1);
    }
    h
}

/// Decimal numbers of the counted features (lengths, words, members), clamped below 14.
const NUMBERS: [&str; 14] = [
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13",
];

impl Features {
    /// Features that keep their names (the trainer's).
    pub fn named() -> Features {
        Features {
            ids: Vec::new(),
            names: Some(Vec::new()),
        }
    }

    /// Adds the feature named by `parts` then `chars`, one after the other.
    fn add(&mut self, parts: &[&str], chars: &[char]) {
        let mut h = parts.iter().fold(FNV.0, |h, p| fnv(h, p.as_bytes()));
        for c in chars {
            h = fnv(h, c.encode_utf8(&mut [0; 4]).as_bytes());
        }
        self.ids.push(h);
        if let Some(names) = &mut self.names {
            names.push(parts.concat() + &chars.iter().collect::<String>());
        }
    }

    /// Adds the feature `kind` + `value`.
    fn text(&mut self, kind: &str, value: &str) {
        self.add(&[kind, value], &[]);
    }

    /// Adds the feature `kind` + the number `n` (at most 13).
    fn number(&mut self, kind: &str, n: usize) {
        self.text(kind, NUMBERS[n.min(13)]);
    }
}

/// The features of the quoted `name` (without its marks), `before` the opening mark and
/// `after` the closing one (the paragraph's chars), with `open` the opening mark and `rules`
/// the term the rules made of it (`None`: no term), `known` whether the run's lexicon lists
/// it. `f` receives them.
pub fn features(
    name: &str,
    [before, after]: [&[char]; 2],
    open: char,
    rules: Option<&Term>,
    known: bool,
    tagger: &Jieba,
    f: &mut Features,
) {
    let chars: Vec<char> = name.chars().collect();
    let n = chars.len();
    let window = Window::of(&chars, [before, after], open);
    let tags = tagger.tag(&window.text, false);
    f.text("bias", "");
    f.add(&["open:"], &[open]);
    f.number("len:", n);
    f.add(&["b1:"], &chars[..n.min(1)]);
    f.add(&["b2:"], &chars[..n.min(2)]);
    f.add(&["e1:"], &chars[n.saturating_sub(1)..]);
    f.add(&["e2:"], &chars[n.saturating_sub(2)..]);
    shape(name, &chars, f);
    words(window.name(&tags), f);
    evident(name, window.name(&tags), [before, after], tagger, f);
    let lb = before.len();
    f.add(&["p1:"], &before[lb.saturating_sub(1)..]);
    f.add(&["p2:"], &before[lb.saturating_sub(2)..]);
    f.add(&["a1:"], &after[..after.len().min(1)]);
    f.add(&["a2:"], &after[..after.len().min(2)]);
    for w in BEFORE_CUES.iter().filter(|w| ends_with(before, w)) {
        f.text("cb:", w);
    }
    for w in AFTER_CUES.iter().filter(|w| starts_with(after, w)) {
        f.text("ca:", w);
    }
    // Organisations by evidence's table (one-char endings such as 局, 部 are `e1:`).
    // A name whose last byte ends no organisation's ends with none: the list is not read.
    const ORG_LAST: u64 = crate::wordsets::last_bits(super::evidence::ORGANISATIONS);
    let organisations = match crate::wordsets::may_end_with_one(name, ORG_LAST) {
        true => super::evidence::ORGANISATIONS,
        false => &[],
    };
    for e in organisations.iter().filter(|e| name.ends_with(*e)) {
        f.text("org:", e);
    }
    around(window.around(&tags), f);
    ruled(rules, name, known, f);
}

/// The text jieba tags once for a quote: six chars before the opening mark, the quote with its
/// marks, six chars after the closing one. The marks end jieba's blocks, so each part is cut
/// as if tagged alone.
struct Window {
    text: String,
    /// The chars before the opening mark, and of the name.
    near: usize,
    name: usize,
}

impl Window {
    fn of(name: &[char], [before, after]: [&[char]; 2], open: char) -> Window {
        let close = if open == '《' { '》' } else { '”' };
        let near = &before[before.len().saturating_sub(6)..];
        let next = &after[..after.len().min(6)];
        let text = near
            .iter()
            .chain([&open])
            .chain(name)
            .chain([&close])
            .chain(next)
            .collect();
        Window {
            text,
            near: near.len(),
            name: name.len(),
        }
    }

    /// The words of the name among the window's `tags`.
    fn name<'a>(&self, tags: &'a [Tag<'a>]) -> &'a [Tag<'a>] {
        let from = tags.partition_point(|t| t.start <= self.near);
        let to = tags.partition_point(|t| t.end <= self.near + 1 + self.name);
        &tags[from..to.max(from)]
    }

    /// The word before the opening mark and the word after the closing one.
    fn around<'a>(&self, tags: &'a [Tag<'a>]) -> [Option<&'a Tag<'a>>; 2] {
        let before = tags.partition_point(|t| t.end <= self.near);
        let after = tags.partition_point(|t| t.start < self.near + self.name + 2);
        [before.checked_sub(1).map(|i| &tags[i]), tags.get(after)]
    }
}

/// Verbs before a quote that name a wrong to end (杜绝“…”, 打击“…”, 破解“…”): a problem,
/// not a policy.
const AGAINST: &[&str] = &[
    "杜绝", "打击", "破解", "防止", "避免", "摒弃", "告别", "整治", "遏制", "纠正", "克服", "根治",
    "反对",
];

/// Openings of an event's theme before the quote (主题为“…”); 为主题 after it is a cue.
const THEMES: &[&str] = &["主题为", "主题是", "主题："];

/// Features of the evidence a quote is no name (`ev:`): one common word or an idiom of
/// jieba's dictionary (`tags`: the name's words), a problem or a wrong named, a figure's cue,
/// an event's theme or edition, a brand of goods, a company before it, an occasion, a speaker's
/// pronoun.
fn evident(
    name: &str,
    tags: &[Tag],
    [before, after]: [&[char]; 2],
    tagger: &Jieba,
    f: &mut Features,
) {
    let one = match tags {
        [t] => Some(t.tag),
        _ => None,
    };
    let flags = [
        (
            "common",
            one.is_some_and(|t| !matches!(t, "nz" | "j" | "eng" | "x")) && tagger.has_word(name),
        ),
        ("idiom", matches!(one, Some("i" | "l"))),
        ("problem", super::classify::problem_after(after)),
        ("against", AGAINST.iter().any(|v| ends_with(before, v))),
        ("figure", super::classify::figurative_cue(before)),
        (
            "theme",
            starts_with(after, "为主题") || THEMES.iter().any(|c| ends_with(before, c)),
        ),
        ("edition", super::evidence::edition(name)),
        ("brand", super::evidence::brand_of_goods(after)),
        ("company", super::evidence::company_label(before)),
        ("occasion", super::evidence::occasion(before)),
        ("speaker", name.contains(['我', '你', '您', '咱'])),
    ];
    for (k, _) in flags.iter().filter(|(_, on)| *on) {
        f.text("ev:", k);
    }
}

/// Features of jieba's words next to the quote: the word before the opening mark and the
/// word after the closing one, with their tags.
fn around([before, after]: [Option<&Tag>; 2], f: &mut Features) {
    if let Some(t) = before {
        f.text("pw:", t.word);
        f.text("pt:", t.tag);
    }
    if let Some(t) = after {
        f.text("nw:", t.word);
        f.text("nt:", t.tag);
    }
}

/// Features of jieba's words of a name: their count, the tags of the first and last words,
/// and whether a person, place, organisation or other proper name is among them.
fn words(tags: &[Tag], f: &mut Features) {
    f.number("words:", tags.len().min(5));
    if let (Some(first), Some(last)) = (tags.first(), tags.last()) {
        f.text("t1:", first.tag);
        f.text("tn:", last.tag);
        f.text("wn:", last.word);
    }
    for t in tags {
        f.text("w:", t.word);
    }
    for proper in ["nr", "ns", "nt", "nz"] {
        if tags.iter().any(|t| t.tag == proper) {
            f.text("tag:", proper);
        }
    }
}

/// Features of the form of a name: its members (、), codes, numerals, repeated chars.
fn shape(name: &str, chars: &[char], f: &mut Features) {
    let members: Vec<usize> = name
        .split(['、', '，', ','])
        .map(|m| m.chars().count())
        .collect();
    if members.len() > 1 {
        f.number("members:", members.len().min(5));
        if members.iter().all(|&m| m == members[0]) {
            f.text("members:equal", "");
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
    for (k, _) in flags.iter().filter(|(_, on)| *on) {
        f.text(k, "");
    }
}

/// Features of the rules' term: its category and what typed it.
fn ruled(rules: Option<&Term>, name: &str, known: bool, f: &mut Features) {
    let Some(t) = rules else {
        f.text("r:none", "");
        return;
    };
    let c = match t.category {
        Category::Program => "P",
        Category::Slogan => "S",
        Category::Document => "D",
        Category::Other => "O",
    };
    f.text("r:", c);
    let how = [
        ("known", known),
        ("n", t.n.is_some()),
        ("code", t.code.is_some()),
        ("members", !t.members.is_empty()),
        ("doctype", t.doc_type.is_some()),
    ];
    for (k, _) in how.iter().filter(|(_, on)| *on) {
        f.add(&["r:", c, ":", k], &[]);
    }
    match &t.head {
        Some(h) if name.ends_with(h.as_str()) => f.add(&["r:", c, ":closing"], &[]),
        Some(_) => f.add(&["r:", c, ":head"], &[]),
        None => {}
    }
}

/// The probabilities of the classes of [`CLASSES`] for the features `ids` under weight rows
/// `weights` (a model's, or a trainer's while it learns them).
pub fn probabilities(weights: &Weights, ids: &[u64]) -> [f64; 4] {
    let mut z = [0.0; 4];
    for w in ids.iter().filter_map(|f| weights.get(f)) {
        for (z, w) in z.iter_mut().zip(w) {
            *z += w;
        }
    }
    let top = z.iter().cloned().fold(f64::MIN, f64::max);
    let e = z.map(|z| (z - top).exp());
    let sum: f64 = e.iter().sum();
    e.map(|e| e / sum)
}

/// [`settled`], or the quote at `span` of `chars` (its marks included) is a 《…》 title whose
/// rules' typing is final: a work by its context, or a back-reference (《条例》).
pub fn settled_quote(
    chars: &[char],
    span: [usize; 2],
    rules: Option<&Term>,
    name: &str,
    known: bool,
) -> bool {
    settled(rules, name, known)
        || (chars.get(span[0]) == Some(&'《')
            && (super::classify::bare_document_type(name)
                || super::classify::title_of_work(chars, span)))
}

/// Whether the rules' typing of a quote stands on evidence of its own, which the hybrid keeps:
/// a listed name, a cited document, a count, a code, parallel members, a head after the
/// quotes, or an `other` on evidence of its context (an entity's, a label's, an occasion's,
/// goods', an event's: `Term::kept_out`). A quote the rules leave untyped, type by its form alone or by its closing word
/// goes to the model.
pub fn settled(rules: Option<&Term>, name: &str, known: bool) -> bool {
    rules.is_some_and(|t| {
        known
            || t.kept_out
            || t.category == Category::Document
            || t.n.is_some()
            || t.code.is_some()
            || !t.members.is_empty()
            || t.head.as_deref().is_some_and(|h| !name.ends_with(h))
    })
}

#[cfg(test)]
mod tests {
    use super::super::classify::{quoted, Typing};
    use super::*;

    /// A quote the rules keep out on evidence of its context (an edition, goods after it) stays
    /// `other` under a model that makes every quote a program; the same quote without that
    /// context, or before a brand (which may name a campaign), is retyped (sentences written
    /// for the test).
    #[test]
    fn the_rules_other_on_evidence_is_final() {
        let jieba = Jieba::new();
        let model = Model::parse("bias\t9\t0\t0\t0\n");
        for (text, expected) in [
            ("举办“山城第9届乐跑节”。", Category::Other),
            ("推出“山水新韵”产品。", Category::Other),
            ("今年升级“山水新韵”系列。", Category::Program),
            ("今年升级“山水新韵”美食品牌。", Category::Program),
        ] {
            let chars: Vec<char> = text.chars().collect();
            let mut terms = quoted(&chars, Typing::new(&jieba, None));
            retype(&chars, 0, &mut terms, &model, &jieba);
            assert_eq!(terms[0].category, expected, "{text}: {terms:?}");
        }
    }

    /// The evidence features (`ev:`) read a wrong ended, an event's theme, a brand of goods,
    /// one common word and a speaker's pronoun; a coined name after a program's verb has none
    /// (sentences written for the test).
    #[test]
    fn evidence_features_read_the_context_and_the_word() {
        let jieba = Jieba::new();
        let evidence = |text: &str| -> Vec<String> {
            let chars: Vec<char> = text.chars().collect();
            let open = chars.iter().position(|&c| c == '“').unwrap();
            let close = chars.iter().position(|&c| c == '”').unwrap();
            let name: String = chars[open + 1..close].iter().collect();
            let mut f = Features::named();
            let context = [&chars[..open], &chars[close + 1..]];
            features(&name, context, '“', None, false, &jieba, &mut f);
            let names = f.names.unwrap_or_default();
            names.into_iter().filter(|n| n.starts_with("ev:")).collect()
        };
        let has = |text: &str, feature: &str| evidence(text).iter().any(|n| n == feature);
        assert!(has("坚决杜绝“新官不睬旧账”。", "ev:against"));
        assert!(has("论坛以“开放合作 共赢未来”为主题。", "ev:theme"));
        assert!(has("年会主题为“携手向前”。", "ev:theme"));
        assert!(has("今年推出“山水新韵”美食品牌。", "ev:brand"));
        assert!(has("搭建了一个“平台”。", "ev:common"));
        assert!(has("他说“我们一定办好”。", "ev:speaker"));
        assert!(evidence("全面推行“村改支”改革。").is_empty());
    }
}
