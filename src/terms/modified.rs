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

/// Levels and actors before a listed name: the name is at their level or their work, not a
/// field of it (国家|中小企业数字化转型试点, 政府|党风廉政建设).
const NOT_FIELDS: &[&str] = &[
    "国家", "地方", "基层", "政府", "企业", "部门", "单位", "机关", "干部", "群众", "社会",
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
    if !matches!(t.category, Category::Program | Category::Slogan)
        || t.name.chars().count() < 4
        || !chars.get(start.wrapping_sub(1)).is_some_and(|&c| is_han(c))
    {
        return None;
    }
    let m = modifier_len(&chars[..start], tagger)?;
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

/// The length of the modifier that ends `before` and makes one name with what follows: a
/// frame 以X为Y的 (以人为本的, 以县城为重要载体的; no punctuation inside), a degree
/// ([`DEGREES`]), or a field — a common noun of two chars by jieba's tags (财政, 农业, 政府)
/// right after a verb or the start of the phrase (推进|财政|零基预算改革; not a place, a
/// person or a body: 浙江乡村振兴 stays 乡村振兴; nor a scope or an actor: 全省乡村振兴, 政府党风廉政建设).
fn modifier_len(before: &[char], tagger: &Jieba) -> Option<usize> {
    if let Some(n) = frame_len(before) {
        return Some(n);
    }
    if let Some(d) = DEGREES
        .iter()
        .find(|d| before.ends_with(&d.chars().collect::<Vec<_>>()))
    {
        return Some(d.chars().count());
    }
    let phrase = before
        .iter()
        .rev()
        .take(6)
        .take_while(|&&c| is_han(c))
        .count();
    if phrase < 2 {
        return None;
    }
    let text: String = before[before.len() - phrase..].iter().collect();
    let words = tagger.tag(&text, false);
    let (field, rest) = words.split_last()?;
    let verb_before = rest.last().is_none_or(|w| w.tag == "v");
    // A scope is no field (全省, 本市, 我国, 各地, 国家), nor is an actor whose own work it is
    // (政府党风廉政建设: the government's).
    let scope = field.word.starts_with(['全', '本', '我', '各', '该', '此'])
        || NOT_FIELDS.contains(&field.word);
    (field.tag == "n" && field.word.chars().count() == 2 && verb_before && !scope).then_some(2)
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
    // 可以为, 所以为, 用以为: 以 of a word, not of a frame.
    let word_before = yi.checked_sub(1).map_or(window.len() > frame.len(), |i| {
        "可所足难得加予用借据".contains(frame[i])
    });
    let wei = frame[yi + 1..].iter().position(|&c| c == '为')? + yi + 1;
    (wei > yi + 1 && wei + 1 < frame.len() && !word_before && !starts_with(&frame[yi..], "以及"))
        .then_some(frame.len() - yi + 1)
}
