//! The subject ranker (round 12, `docs/claims.md`): for a number the rules give no subject,
//! the noun phrases its sentence offers, ranked by a logistic model over their features
//! learned from the hand-labelled subjects of `tests/data/claims_*.tsv` (weights in
//! `rank_weights.rs`, written by `cargo run --example subject_ranker -- --write-weights`).

use super::{Claim, ClaimKind};
use jieba_rs::{Jieba, Tag};
use std::collections::HashSet;

/// Names of the features, in the order of the weight vector.
pub const FEATURES: &[&str] = &[
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

/// The index of feature `name` in [`FEATURES`], at compile time.
const fn index(name: &str) -> usize {
    let mut i = 0;
    while i < FEATURES.len() {
        let (a, b) = (FEATURES[i].as_bytes(), name.as_bytes());
        if a.len() == b.len() {
            let mut k = 0;
            while k < a.len() && a[k] == b[k] {
                k += 1;
            }
            if k == a.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("unknown feature")
}

/// The index of a feature, checked when compiling.
macro_rules! ix {
    ($name:literal) => {{
        const I: usize = index($name);
        I
    }};
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

/// One candidate subject of a number, with its features.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// The noun phrase, or `None` for "no subject".
    pub text: Option<String>,
    /// The non-zero features, by index in [`FEATURES`]: (index, value).
    pub features: Vec<(usize, f64)>,
    /// Whether [`choose`] never takes it: headed by a verb, or the base of a comparison
    /// (相较传统材料).
    pub refused: bool,
}

/// A sentence tagged once by jieba, for the candidates of all its numbers.
pub struct Tagged<'a> {
    tags: Vec<Tag<'a>>,
    /// The clause of each token (clauses end at ，；：、。！？ and brackets).
    clause: Vec<usize>,
    /// Whether each clause holds 分别, and 其中.
    marks: Vec<(bool, bool)>,
}

impl<'a> Tagged<'a> {
    /// Tags `sentence` (jieba's HMM on; the tags corrected as claims read them, `retag`).
    pub fn new(jieba: &'a Jieba, sentence: &'a str) -> Self {
        let mut tags = jieba.tag(sentence, true);
        super::retag::correct(&mut tags);
        let mut clause = Vec::with_capacity(tags.len());
        let mut marks = vec![(false, false)];
        for t in &tags {
            if is_clause_mark(t.word) {
                marks.push((false, false));
            }
            let last = marks.len() - 1;
            marks[last].0 |= t.word == "分别";
            marks[last].1 |= t.word == "其中";
            clause.push(last);
        }
        Tagged {
            tags,
            clause,
            marks,
        }
    }
}

/// The weights of [`FEATURES`] as trained (`rank_weights.rs`).
pub fn weights() -> Vec<f64> {
    super::rank_weights::WEIGHTS
        .iter()
        .map(|(_, w)| *w)
        .collect()
}

/// A candidate's score: its features weighted, summed in the order of their indices.
pub fn score(weights: &[f64], features: &[(usize, f64)]) -> f64 {
    features.iter().map(|(i, v)| weights[*i] * v).sum()
}

/// The subject the ranker gives: the best-scored candidate not refused (headed by a verb:
/// 分四类推进实施, 拟发行1万亿元, the rules may read a verb as an activity measured, the ranker
/// does not; the base of a comparison: 相较传统材料) that is a noun phrase
/// (`subject::plausible`, trimmed as it trims); `None` when "no subject" comes first.
/// Equal scores keep the candidates' order.
pub fn choose(jieba: &Jieba, weights: &[f64], candidates: &[Candidate]) -> Option<String> {
    choose_at(jieba, weights, candidates, MIN_MARGIN)
}

/// The least margin by which the chosen candidate's score must pass "no subject"'s for
/// `fill` to give it (round 13, `docs/claims.md`: chosen on the leave-one-set-out scores;
/// a subject an analyst rejects is worse than none).
pub const MIN_MARGIN: f64 = 1.0;

/// [`choose`] with the least `margin` over "no subject" (0: the best candidate that beats
/// it).
pub fn choose_at(
    jieba: &Jieba,
    weights: &[f64],
    candidates: &[Candidate],
    margin: f64,
) -> Option<String> {
    let null = candidates
        .iter()
        .find(|c| c.text.is_none())
        .map_or(0.0, |c| score(weights, &c.features));
    let mut order: Vec<(f64, usize)> = candidates
        .iter()
        .enumerate()
        .map(|(k, c)| (score(weights, &c.features), k))
        .collect();
    order.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    for (s, k) in order {
        let c = &candidates[k];
        let Some(text) = &c.text else { return None };
        if c.refused {
            continue;
        }
        if let Some(p) = super::subject::plausible(jieba, text) {
            return (s - null >= margin).then_some(p);
        }
    }
    None
}

/// Gives the claims of one sentence (spans relative to it) that the rules leave without a
/// subject the ranker's best candidate; tags the sentence once, and only when needed.
pub(super) fn fill(jieba: &Jieba, sentence: &[char], claims: &mut [Claim]) {
    if claims.iter().all(|c| c.subject.is_some()) {
        return;
    }
    let text: String = sentence.iter().collect();
    let tagged = Tagged::new(jieba, &text);
    static WEIGHTS: std::sync::OnceLock<Vec<f64>> = std::sync::OnceLock::new();
    let weights = WEIGHTS.get_or_init(weights);
    for c in claims.iter_mut().filter(|c| c.subject.is_none()) {
        c.subject = choose(jieba, weights, &offered(jieba, &tagged, c, true));
    }
}

/// Where a candidate stands: before the number in its clause, in the clause before, or
/// after the number.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Place {
    Before,
    PreviousClause,
    After,
}

struct Context<'a, 'b> {
    tags: &'b [Tag<'a>],
    clause: &'b [usize],
    marks: &'b [(bool, bool)],
    first_num: usize,
    after_num: usize,
    claim: &'b Claim,
    rules: Option<&'b str>,
    nouns_only: bool,
}

/// The candidate subjects of `claim` (its span in chars of the tagged sentence, its
/// subject the rules' answer) and their features; "no subject" last.
pub fn candidates(jieba: &Jieba, tagged: &Tagged, claim: &Claim) -> Vec<Candidate> {
    offered(jieba, tagged, claim, false)
}

/// [`candidates`]; with `nouns_only`, the refused ones (which [`choose`] never takes) are
/// left out after being counted as seen, so that the others are the same.
fn offered(jieba: &Jieba, tagged: &Tagged, claim: &Claim, nouns_only: bool) -> Vec<Candidate> {
    let tags = &tagged.tags;
    let [a, b] = claim.span;
    let first_num = tags.iter().position(|t| t.end > a).unwrap_or(tags.len());
    let after_num = tags.iter().position(|t| t.start >= b).unwrap_or(tags.len());
    let ctx = Context {
        tags,
        clause: &tagged.clause,
        marks: &tagged.marks,
        first_num,
        after_num,
        claim,
        rules: claim.subject.as_deref(),
        nouns_only,
    };
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    before(&ctx, &mut out, &mut seen);
    after(&ctx, &mut out, &mut seen);
    if let Some(r) = ctx.rules {
        // The rules' answer and its suffixes at jieba's cuts, where not found above.
        let mut offset = 0;
        for w in jieba.cut(r, true) {
            let suffix = &r[offset..];
            if !suffix.is_empty() && seen.insert(suffix.to_string()) {
                let features = sparse(&elsewhere(&ctx, suffix));
                out.push(Candidate {
                    text: Some(suffix.to_string()),
                    features,
                    refused: false,
                });
            }
            offset += w.word.len();
        }
    }
    let mut null = [0.0; FEATURES.len()];
    null[ix!("null")] = 1.0;
    set(&mut null, ix!("null_rules_none"), ctx.rules.is_none());
    out.push(Candidate {
        text: None,
        features: sparse(&null),
        refused: false,
    });
    out
}

/// Candidates before the number: runs of up to 7 tokens in its clause and the one before.
fn before(ctx: &Context, out: &mut Vec<Candidate>, seen: &mut HashSet<String>) {
    let num_clause = ctx
        .clause
        .get(ctx.first_num)
        .or(ctx.clause.last())
        .copied()
        .unwrap_or(0);
    for j in (0..ctx.first_num).rev() {
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
            if opens(ctx.tags[i].word, ctx.tags[i].tag) {
                let place = if cl == num_clause {
                    Place::Before
                } else {
                    Place::PreviousClause
                };
                push(ctx, out, seen, i, j + 1, place);
            }
        }
    }
}

/// Candidates after the number: counted nouns up to its clause's end (at most 8 tokens).
fn after(ctx: &Context, out: &mut Vec<Candidate>, seen: &mut HashSet<String>) {
    let end = (ctx.after_num..ctx.tags.len())
        .find(|&k| is_punct(ctx.tags[k].word))
        .unwrap_or(ctx.tags.len())
        .min(ctx.after_num + 8);
    for i in ctx.after_num..end {
        if !opens(ctx.tags[i].word, ctx.tags[i].tag) {
            continue;
        }
        for j in i..end.min(i + 7) {
            if head_like(ctx.tags[j].word, ctx.tags[j].tag) {
                push(ctx, out, seen, i, j + 1, Place::After);
            }
        }
    }
}

/// Adds tokens [i, j) as a candidate at `place`, unless its text was offered already.
fn push(
    ctx: &Context,
    out: &mut Vec<Candidate>,
    seen: &mut HashSet<String>,
    i: usize,
    j: usize,
    place: Place,
) {
    let text = strip_quotes(&words(&ctx.tags[i..j]));
    if text.is_empty() || !seen.insert(text.clone()) {
        return;
    }
    // 镇街|3万多名|群众: a run holding another number is two phrases, not one.
    let number = ctx.tags[i..j]
        .iter()
        .any(|t| t.tag == "m" && t.word.chars().any(|c| c.is_ascii_digit()));
    let refused = ctx.tags[j - 1].tag == "v" || comparison_base(ctx.tags, i) || number;
    if ctx.nouns_only && refused {
        return;
    }
    let mut f = [0.0; FEATURES.len()];
    rules_features(ctx, &text, &mut f);
    shape_features(ctx, i, j, place, &text, &mut f);
    context_features(ctx, i, j, place, &mut f);
    rules_tag_features(ctx, i, j, place, &text, &mut f);
    out.push(Candidate {
        text: Some(text),
        features: sparse(&f),
        refused,
    });
}

/// Whether tokens from `i` on are the base of a comparison (相较传统材料, 比|上年): a word of
/// comparison opens them or stands before them with no verb or mark between.
fn comparison_base(tags: &[Tag], i: usize) -> bool {
    for t in tags[..=i].iter().rev() {
        if super::words::COMPARISONS.contains(&t.word) {
            return true;
        }
        if t.tag == "v" || is_punct(t.word) {
            return false;
        }
    }
    false
}

fn sparse(f: &[f64]) -> Vec<(usize, f64)> {
    f.iter()
        .copied()
        .enumerate()
        .filter(|(_, v)| *v != 0.0)
        .collect()
}

fn set(f: &mut [f64], i: usize, on: bool) {
    if on {
        f[i] = 1.0;
    }
}

/// The features of a candidate that stands nowhere in the clauses read (the rules' answer
/// from another clause, or a suffix of it).
fn elsewhere(ctx: &Context, text: &str) -> [f64; FEATURES.len()] {
    let mut f = [0.0; FEATURES.len()];
    f[ix!("elsewhere")] = 1.0;
    rules_features(ctx, text, &mut f);
    set(&mut f, ix!("rules_elsewhere"), ctx.rules == Some(text));
    let n = text.chars().count();
    f[ix!("chars")] = n as f64 / 10.0;
    set(&mut f, ix!("one_char"), n == 1);
    set(&mut f, ix!("head_measure"), ends_with_any(text, MEASURES));
    f
}

fn rules_features(ctx: &Context, text: &str, f: &mut [f64]) {
    if let Some(r) = ctx.rules {
        set(f, ix!("rules"), r == text);
        set(f, ix!("rules_suffix"), r != text && r.ends_with(text));
        set(f, ix!("rules_inside"), r != text && text.ends_with(r));
    }
}

/// The tokens between the candidate [i, j) and the number.
fn between<'b, 'a>(ctx: &Context<'a, 'b>, i: usize, j: usize, place: Place) -> &'b [Tag<'a>] {
    if place == Place::After {
        &ctx.tags[ctx.after_num..i]
    } else {
        &ctx.tags[j..ctx.first_num]
    }
}

/// Where it stands, how far, how long, and its head.
fn shape_features(ctx: &Context, i: usize, j: usize, place: Place, text: &str, f: &mut [f64]) {
    set(f, ix!("before_same"), place == Place::Before);
    set(f, ix!("before_prev"), place == Place::PreviousClause);
    set(f, ix!("after"), place == Place::After);
    let gap = between(ctx, i, j, place).len();
    set(f, ix!("gap0"), gap == 0);
    set(f, ix!("gap1"), gap == 1);
    set(f, ix!("gap2"), gap == 2);
    set(f, ix!("gap3_4"), (3..=4).contains(&gap));
    set(f, ix!("gap5"), gap >= 5);
    let len = j - i;
    set(f, ix!("len1"), len == 1);
    set(f, ix!("len2"), len == 2);
    set(f, ix!("len3"), len == 3);
    set(f, ix!("len4"), len >= 4);
    let n = text.chars().count();
    f[ix!("chars")] = n as f64 / 10.0;
    set(f, ix!("one_char"), n == 1);
    let head = &ctx.tags[j - 1];
    let (ht, hw) = (head.tag, head.word);
    set(f, ix!("head_n"), ht == "n");
    set(f, ix!("head_vn"), ht == "vn");
    set(f, ix!("head_v"), ht == "v");
    let name = matches!(ht, "nr" | "ns" | "nt" | "nrt" | "nrfg");
    set(f, ix!("head_name"), name);
    let other = matches!(ht, "nz" | "j" | "eng" | "l" | "ng");
    set(f, ix!("head_other_noun"), other);
    let measure = ends_with_any(hw, MEASURES);
    let person = ends_with_any(hw, PERSONS);
    set(f, ix!("head_measure"), measure);
    set(f, ix!("head_person"), person);
    let unit_person = matches!(ctx.claim.unit.as_str(), "人" | "名" | "位" | "人次");
    set(f, ix!("unit_person_head_person"), unit_person && person);
    set(f, ix!("unit_person_head_other"), unit_person && !person);
    let percent = ctx.claim.kind == ClaimKind::Percent;
    set(f, ix!("percent_head_measure"), percent && measure);
    set(f, ix!("after_measure"), place == Place::After && measure);
    set(f, ix!("after_len1"), place == Place::After && len == 1);
    set(
        f,
        ix!("prev_head_measure"),
        place == Place::PreviousClause && measure,
    );
    set(f, ix!("after_head_v"), place == Place::After && ht == "v");
    set(f, ix!("before_head_v"), place != Place::After && ht == "v");
    let adjacent = place == Place::Before && gap <= 1 && measure;
    set(f, ix!("adjacent_measure"), adjacent);
    let rules_end = ctx.rules.is_some_and(|r| r.ends_with(hw));
    set(f, ix!("rules_ends_here"), rules_end);
}

/// What it opens with and holds, what stands between it and the number, and around it.
fn context_features(ctx: &Context, i: usize, j: usize, place: Place, f: &mut [f64]) {
    let tags = ctx.tags;
    let first = tags[i].tag;
    set(f, ix!("first_v"), first == "v");
    set(f, ix!("first_vn"), first == "vn");
    set(f, ix!("first_a"), matches!(first, "a" | "b" | "ad"));
    set(f, ix!("first_m_t"), matches!(first, "m" | "t" | "mq"));
    let inner = &tags[i..j];
    set(
        f,
        ix!("has_v"),
        inner[..j - i - 1].iter().any(|t| t.tag == "v"),
    );
    set(f, ix!("has_de"), inner.iter().any(|t| t.word == "的"));
    set(f, ix!("has_p"), inner.iter().any(|t| t.tag == "p"));
    let name = inner.iter().any(|t| matches!(t.tag, "nr" | "ns" | "nt"));
    set(f, ix!("has_name"), name);
    let between = between(ctx, i, j, place);
    let pred = between.iter().any(|t| PREDICATES.contains(&t.word));
    set(f, ix!("between_pred"), pred);
    set(f, ix!("between_v"), between.iter().any(|t| t.tag == "v"));
    set(f, ix!("between_de"), between.iter().any(|t| t.word == "的"));
    set(f, ix!("between_p"), between.iter().any(|t| t.tag == "p"));
    set(f, ix!("between_n"), between.iter().any(|t| nounish(t.tag)));
    let clause_start = i == 0 || is_punct(tags[i - 1].word);
    set(f, ix!("clause_start"), clause_start);
    if !clause_start {
        let prev = &tags[i - 1];
        set(f, ix!("prev_v"), prev.tag == "v");
        set(f, ix!("prev_de"), prev.word == "的");
        set(f, ix!("prev_p"), prev.tag == "p");
        set(f, ix!("prev_n"), nounish(prev.tag));
    }
    let next_noun = tags.get(j).is_some_and(|t| nounish(t.tag));
    set(f, ix!("next_n"), next_noun);
    let prev_noun = !clause_start && nounish(tags[i - 1].tag);
    set(f, ix!("maximal"), !prev_noun && !next_noun);
    let (fenbie, qizhong) = ctx.marks[ctx.clause[i]];
    let after = place == Place::After;
    set(f, ix!("fenbie_before"), !after && fenbie);
    set(f, ix!("qizhong"), qizhong);
    let de = between.iter().any(|t| t.word == "的");
    set(f, ix!("after_de"), after && de);
    let next_v = tags.get(j).is_some_and(|t| t.tag == "v");
    set(f, ix!("after_next_v"), after && next_v);
}

/// What the candidate says of the rules' answer and the claim's kind.
fn rules_tag_features(ctx: &Context, i: usize, j: usize, place: Place, text: &str, f: &mut [f64]) {
    let after = place == Place::After;
    let none = ctx.rules.is_none();
    set(f, ix!("rules_none_after"), none && after);
    set(f, ix!("rules_none_before"), none && !after);
    let kind = ctx.claim.kind;
    set(f, ix!("percent_after"), kind == ClaimKind::Percent && after);
    set(f, ix!("count_after"), kind == ClaimKind::Count && after);
    set(f, ix!("money_after"), kind == ClaimKind::Money && after);
    if ctx.rules == Some(text) {
        let inner = &ctx.tags[i..j];
        set(f, ix!("rules_head_v"), ctx.tags[j - 1].tag == "v");
        let verb = inner[..j - i - 1].iter().any(|t| t.tag == "v");
        set(f, ix!("rules_has_v"), verb);
        set(f, ix!("rules_long"), j - i >= 4);
        set(f, ix!("rules_gap3"), between(ctx, i, j, place).len() >= 3);
    }
    if let Some(dropped) = dropped_prefix(ctx, i, j) {
        set(f, ix!("dropped_v"), dropped.iter().any(|t| t.tag == "v"));
        let name = |t: &Tag| matches!(t.tag, "ns" | "nt" | "nr" | "nrt");
        set(f, ix!("dropped_name"), dropped.iter().any(name));
        let time = dropped.iter().any(|t| matches!(t.tag, "t" | "m"));
        set(f, ix!("dropped_time"), time);
        let nouns = dropped.iter().all(|t| nounish(t.tag));
        set(f, ix!("dropped_nouns"), nouns);
        let adjective = dropped.iter().any(|t| matches!(t.tag, "a" | "b"));
        set(f, ix!("dropped_a"), adjective);
    }
}

/// Where candidate [i, j) is a suffix of the rules' answer standing at [k, j), the tokens
/// [k, i) it drops.
fn dropped_prefix<'b, 'a>(ctx: &Context<'a, 'b>, i: usize, j: usize) -> Option<&'b [Tag<'a>]> {
    let rules = ctx.rules?;
    let rest = words(&ctx.tags[i..j]);
    let mut text = String::new();
    for k in (i.saturating_sub(8)..i).rev() {
        text.insert_str(0, ctx.tags[k].word);
        if strip_quotes(&format!("{text}{rest}")) == rules {
            return Some(&ctx.tags[k..i]);
        }
    }
    None
}

fn words(tags: &[Tag]) -> String {
    tags.iter().map(|t| t.word).collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_weights_name_the_features_in_order() {
        let names: Vec<&str> = super::super::rank_weights::WEIGHTS
            .iter()
            .map(|(n, _)| *n)
            .collect();
        assert_eq!(names, FEATURES);
    }
}
