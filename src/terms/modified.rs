//! A listed name with the modifier the text names it with (fifteenth round): the reports
//! write a listed formulation after a frame or a field that makes one longer name
//! (以县城为重要载体的|新型城镇化, 高水平|科技自立自强, 推进|财政|零基预算改革); the longer
//! name is the term, and the listed one is found inside it (`nested`, marked `within`).

use super::{key_of, Category, Term};
use crate::claims::units::starts_with;
use crate::clean::chars::is_han;
use jieba_rs::Jieba;

/// Modifiers of degree that make one name with the formulation after them (高水平科技自立自强,
/// 更加积极有为的宏观政策), longest first.
const DEGREES: &[&str] = &["更高水平", "高水平", "更加"];

/// Fields of policy that name a listed program or formulation as one longer name after a
/// verb (推进|财政|零基预算改革, 实施|农村|公路安全生命防护工程, 推动|种业|科技自立自强).
/// A table, not jieba's tags: its dictionary tags verbs as nouns (助力, 部署, 领会), and a
/// scope, a level or an actor (全省, 国家, 中央, 政府, 经济, 世界) is no field.
const FIELDS: &[&str] = &[
    "财政", "金融", "税收", "农业", "农村", "乡村", "城乡", "种业", "粮食", "林业", "渔业", "能源",
    "交通", "水利", "海洋", "教育", "科技", "人才", "文化", "旅游", "体育", "生态", "医疗", "医保",
    "养老", "就业", "社保", "住房", "国资", "数据",
];

/// The longest 以…为…的 frame read before a name (以县城为重要载体的: 10 chars).
const FRAME_MAX: usize = 14;

/// Listed `t` (a program or slogan of four chars or more, found unquoted) with the modifier
/// before it ([`modifier_len`]), when the modifier overlaps no span of `taken`; `None` when no
/// modifier stands there.
pub(super) fn with_modifier(
    chars: &[char],
    t: &Term,
    taken: &[[usize; 2]],
    tagger: &Jieba,
) -> Option<Term> {
    let [start, end] = t.span;
    if !extendable(t) || !chars.get(start.wrapping_sub(1)).is_some_and(|&c| is_han(c)) {
        return None;
    }
    let m = modifier_len(&chars[..start], tagger, t.name.chars().count())?;
    // The longer name ends where the listed one does (以宪法为核心的中国特色社会主义|法律体系
    // is no name).
    if !super::ends_word(&chars[end..], tagger) {
        return None;
    }
    let from = start - m;
    if taken.iter().any(|s| s[0] < start && s[1] > from) {
        return None;
    }
    let name: String = chars[from..end].iter().collect();
    Some(Term {
        key: key_of(&name),
        name,
        span: [from, end],
        n: None,
        code: None,
        members: Vec::new(),
        ..t.clone()
    })
}

/// Whether listed `t` may be named with a longer name: a program or a slogan of four chars or
/// more (here and in `headed`).
pub(super) fn extendable(t: &Term) -> bool {
    matches!(t.category, Category::Program | Category::Slogan) && t.name.chars().count() >= 4
}

/// The length of the modifier that ends `before` and makes one name with what follows: a
/// frame 以X为Y的 (以人为本的, 以县城为重要载体的; no punctuation inside), a degree
/// ([`DEGREES`]), or a field of policy ([`FIELDS`]) opening the phrase or right after a verb
/// of two chars or more by jieba's tags (推进|财政|零基预算改革; 浙江乡村振兴, 全省乡村振兴 and
/// 政府党风廉政建设 stay the listed name).
fn modifier_len(before: &[char], tagger: &Jieba, len: usize) -> Option<usize> {
    if let Some(n) = frame_len(before) {
        return Some(n);
    }
    let ends_with = |w: &str| {
        let n = w.chars().count();
        before.len() >= n && starts_with(&before[before.len() - n..], w)
    };
    // The last char rules out most names at once.
    let last = *before.last()?;
    if let Some(d) = DEGREES.iter().find(|d| d.ends_with(last) && ends_with(d)) {
        return Some(d.chars().count());
    }
    // A field names a formulation of five chars or more (农业|科技自立自强), not a four-char
    // formula of doing (学习|教育|走深走实, 数据|共建共享).
    if len < 5 || !FIELDS.iter().any(|f| f.ends_with(last) && ends_with(f)) {
        return None;
    }
    // The field opens its phrase or follows a verb (推进|财政; not 两地|教育).
    let phrase = before
        .iter()
        .rev()
        .skip(2)
        .take(4)
        .take_while(|&&c| is_han(c))
        .count();
    let text: String = before[before.len() - 2 - phrase..before.len() - 2]
        .iter()
        .collect();
    let verb_before = phrase == 0
        || tagger
            .tag(&text, false)
            .last()
            .is_some_and(|w| w.tag == "v" && w.word.chars().count() >= 2);
    verb_before.then_some(2)
}

/// The length of a frame 以X为Y的 ending `before`: 以 and 为 with one char or more after each,
/// no punctuation and no other 的 inside, [`FRAME_MAX`] chars at most.
fn frame_len(before: &[char]) -> Option<usize> {
    let (&last, head) = before.split_last()?;
    if last != '的' {
        return None;
    }
    let window = &head[head.len().saturating_sub(FRAME_MAX - 1)..];
    let inside = window
        .iter()
        .rev()
        .take_while(|&&c| is_han(c) && c != '的')
        .count();
    let frame = &window[window.len() - inside..];
    let yi = frame.iter().rposition(|&c| c == '以')?;
    // 可以为, 所以为, 用以为: 以 of a word, not of a frame; after punctuation or at the start
    // of the text it opens one (今年，以人为核心的新型城镇化).
    let at = head.len() - frame.len() + yi;
    let word_before = at
        .checked_sub(1)
        .is_some_and(|i| "可所足难得加予用借据".contains(head[i]));
    let wei = frame[yi + 1..].iter().position(|&c| c == '为')? + yi + 1;
    (wei > yi + 1 && wei + 1 < frame.len() && !word_before && !starts_with(&frame[yi..], "以及"))
        .then_some(frame.len() - yi + 1)
}
