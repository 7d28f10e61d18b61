//! A listed name with the head of a plan or a pilot written after it (sixteenth round): the
//! reports name a pilot, a zone, an action plan or a plan's document after the formulation it
//! carries out (美丽中国|先行区, 文化强省|建设|三年行动计划, 零基预算改革|试点,
//! 海南自由贸易港建设|总体方案). The dev sets label the longer name (the convention of
//! docs/terms.md, sixteenth round); the listed one is found inside it (`nested`, `within`).

use super::{key_of, Category, Term};
use crate::claims::units::starts_with;
use crate::clean::chars::is_han;
use jieba_rs::Jieba;

/// Heads of a plan, a pilot or a zone named after a listed formulation, longest first where
/// they share an ending, with the category of the longer name: a plan's text (方案) is a
/// document, the rest are programs. Not 建设 (交通强省建设 is the work of building the goal,
/// labelled 交通强省: 23 dev names against 3), nor the generic systems and mechanisms that
/// any field has (体系, 机制, 长效机制: 健全…长效机制 is an ordinary phrase, labelled so by the
/// tenth and twelfth samples).
const PLAN_HEADS: &[(&str, Category)] = &[
    ("先行示范区", Category::Program),
    ("示范区", Category::Program),
    ("先行区", Category::Program),
    ("核心区", Category::Program),
    ("三年行动计划", Category::Program),
    ("行动计划", Category::Program),
    ("三年行动", Category::Program),
    ("总体方案", Category::Document),
    ("实施方案", Category::Document),
    ("试点", Category::Program),
    ("战略", Category::Program),
    ("工程", Category::Program),
];

/// The most chars written between the listed name and its head (文化强省|建设|三年行动计划).
const GAP_MAX: usize = 4;

/// Scopes that make the words after a listed name a zone of that level, not the name's own
/// pilot (美丽中国|省域|先行区, labelled a zone; 县域, 全省, 国家级 alike).
const SCOPES: &[&str] = &[
    "域",
    "全省",
    "全市",
    "全国",
    "省级",
    "市级",
    "县级",
    "国家级",
];

/// Listed `t` (a program or slogan found unquoted) named with a plan's head after it
/// ([`PLAN_HEADS`]), with at most [`GAP_MAX`] chars of nouns between them by jieba's tags
/// (建设, 投融资; no verb, no scope of [`SCOPES`], no 的, no conjunction, no punctuation); the
/// head a word of its own (not 工程师, 战略性), overlapping no span of `taken`. `None` when no such head follows.
pub(super) fn with_plan_head(
    chars: &[char],
    t: &Term,
    taken: &[[usize; 2]],
    tagger: &Jieba,
) -> Option<Term> {
    if !super::modified::extendable(t) {
        return None;
    }
    let [start, end] = t.span;
    let rest = &chars[end..chars.len().min(end + GAP_MAX + 6)];
    // Most listed names stand before no head char: the heads' chars are checked first.
    let gap = rest
        .iter()
        .take(GAP_MAX + 1)
        .take_while(|&&c| is_han(c))
        .count();
    let (at, head, category) = (0..gap).find_map(|g| {
        PLAN_HEADS
            .iter()
            .find(|(h, _)| starts_with(&rest[g..], h))
            .map(|&(h, c)| (g, h, c))
    })?;
    let n = head.chars().count();
    let to = end + at + n;
    let between: String = rest[..at].iter().collect();
    let stop = "的和与及等、";
    let scoped = SCOPES.iter().any(|w| between.contains(w));
    // Refusals that need no tagging first.
    if scoped
        || between.chars().any(|c| stop.contains(c))
        || taken.iter().any(|s| s[0] < to && s[1] > end)
    {
        return None;
    }
    let next: String = rest[at..].iter().take(n + 3).collect();
    let words = tagger.tag(&next, false);
    let head_word = words.first().is_some_and(|w| w.word == head)
        // 先行区, 三年行动计划 may be read as two words.
        || head.chars().count() > 2 && words.first().is_some_and(|w| head.starts_with(w.word));
    let nouns = at == 0
        || tagger
            .tag(&between, false)
            .iter()
            .all(|w| matches!(w.tag, "n" | "vn" | "nz" | "b" | "j" | "an"));
    // 战略 and 工程 also qualify a noun (战略通道, 工程项目): they end the name only where
    // the word ends (`ends_word`).
    let qualifies = matches!(head, "战略" | "工程") && !super::ends_word(&chars[to..], tagger);
    if !head_word || !nouns || qualifies {
        return None;
    }
    let name: String = chars[start..to].iter().collect();
    let document = category == Category::Document;
    Some(Term {
        key: key_of(&name),
        name,
        span: [start, to],
        category,
        head: (!document).then(|| head.to_string()),
        doc_type: document.then(|| head.to_string()),
        n: None,
        code: None,
        members: Vec::new(),
        ..t.clone()
    })
}
