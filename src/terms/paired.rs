//! A listed slogan with the parallel member the text writes beside it (round 19): the reports
//! pair a formulation with its twin (目标导向和问题导向, 投资于物和投资于人: the same length,
//! sharing the first or the last two chars) and carry a listed series on by one more member
//! of its members' length (敢闯敢试、敢为人先|、埋头苦干). The samples label the whole; the
//! listed one is found inside it (`nested`, marked `within`).

use super::{key_of, Category, Term};
use crate::clean::chars::is_han;
use jieba_rs::Jieba;

/// Listed slogan `t` (found unquoted) with a twin joined by 和 or 与 after or before it, or a
/// series with its further members after it; `None` when none stands there or the longer
/// span overlaps one of `taken`.
pub(super) fn with_parallel_member(
    chars: &[char],
    t: &Term,
    taken: &[[usize; 2]],
    tagger: &Jieba,
) -> Option<Term> {
    if t.category != Category::Slogan || t.quoted {
        return None;
    }
    let name: Vec<char> = t.name.chars().collect();
    let [start, end] = t.span;
    let [from, to] = if name.contains(&'、') {
        [start, series_end(chars, end, &name)?]
    } else {
        twin_span(chars, t.span, &name, tagger)?
    };
    if taken.iter().any(|s| s[0] < to && s[1] > from) {
        return None;
    }
    let longer: String = chars[from..to].iter().collect();
    Some(Term {
        key: key_of(&longer),
        name: longer,
        span: [from, to],
        n: None,
        code: None,
        members: Vec::new(),
        ..t.clone()
    })
}

/// Whether `a` and `b` are twins: of the same length (three chars or more), not equal, without
/// 的, sharing their first or their last chars, half their length or more (目标导向|问题导向,
/// 亚洲|命运共同体; not 习近平|生态文明思想 and 习近平|总书记在全国, nor 城乡融合|发展 and
/// 区域协调|发展).
fn twins(a: &[char], b: &[char]) -> bool {
    let n = a.len();
    let first = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let last = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    n >= 3
        && b.len() == n
        && a != b
        && !a.contains(&'的')
        && !b.contains(&'的')
        && 2 * first.max(last) >= n
}

/// The span of `name` (at `span`) with its twin after it (…和Y, ending a word by jieba's
/// segmentation: 投资于人|紧密结合) or, failing that, before it (Y和…, starting a word), the twin all ideographs.
fn twin_span(
    chars: &[char],
    [start, end]: [usize; 2],
    name: &[char],
    tagger: &Jieba,
) -> Option<[usize; 2]> {
    let n = name.len();
    let ideographs = |s: &[char]| s.len() == n && s.iter().all(|&c| is_han(c));
    let joins = |c: Option<&char>| matches!(c, Some('和' | '与'));
    let after = chars.get(end + 1..end + 1 + n).unwrap_or(&[]);
    if joins(chars.get(end))
        && ideographs(after)
        && twins(name, after)
        && word_ends(chars, end + 1, n, tagger)
    {
        return Some([start, end + 1 + n]);
    }
    let before = chars
        .get(start.checked_sub(n + 1)?..start - 1)
        .unwrap_or(&[]);
    let from = start - n - 1;
    (joins(chars.get(start - 1))
        && ideographs(before)
        && twins(name, before)
        && word_starts(chars, from, tagger))
    .then_some([from, end])
}

/// Whether the `n` chars at `at` end a word: punctuation, 的 or the text's end after them, or
/// a word boundary there in jieba's segmentation of them and the four chars after.
fn word_ends(chars: &[char], at: usize, n: usize, tagger: &Jieba) -> bool {
    let Some(&next) = chars.get(at + n) else {
        return true;
    };
    if !is_han(next) || next == '的' {
        return true;
    }
    cut_at(chars, at, at + n + 4, at + n, tagger)
}

/// Whether a word starts at `at`: punctuation or the text's start before it, or a word
/// boundary there in jieba's segmentation of the four chars before and the four after.
fn word_starts(chars: &[char], at: usize, tagger: &Jieba) -> bool {
    if at == 0 || !is_han(chars[at - 1]) {
        return true;
    }
    cut_at(chars, at.saturating_sub(4), at + 4, at, tagger)
}

/// Whether jieba's segmentation of `chars[from..to]` (`to` capped at the text's end) has a
/// word boundary at `at`.
fn cut_at(chars: &[char], from: usize, to: usize, at: usize, tagger: &Jieba) -> bool {
    let text: String = chars[from..chars.len().min(to)].iter().collect();
    let mut pos = from;
    for w in tagger.cut(&text, false) {
        pos += w.word.chars().count();
        if pos >= at {
            return pos == at;
        }
    }
    false
}

/// The end of the series `name` (ending at `end`) carried on by further members of its
/// members' length after 、, each closing at punctuation, 的 or the text's end; `None` when no
/// member follows.
fn series_end(chars: &[char], end: usize, name: &[char]) -> Option<usize> {
    let members: Vec<&[char]> = name.split(|&c| c == '、').collect();
    let m = members[0].len();
    if m < 2 || members.iter().any(|w| w.len() != m) {
        return None;
    }
    let mut to = end;
    while chars.get(to) == Some(&'、') {
        let member = chars.get(to + 1..to + 1 + m)?;
        let next = chars.get(to + 1 + m);
        let closes = next.is_none_or(|&c| !is_han(c) || c == '的');
        if !member.iter().all(|&c| is_han(c)) || !closes {
            break;
        }
        to += 1 + m;
    }
    (to > end).then_some(to)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The longer name made of listed slogan `listed` in `text`, if any.
    fn longer(text: &str, listed: &str) -> Option<String> {
        let chars: Vec<char> = text.chars().collect();
        let at = text.find(listed).map(|b| text[..b].chars().count())?;
        let span = [at, at + listed.chars().count()];
        let t = super::super::term(listed.to_string(), Category::Slogan, span, false, None);
        with_parallel_member(&chars, &t, &[], &Jieba::new()).map(|t| t.name)
    }

    /// Sentences written for the test: a twin after or before a listed slogan, a series
    /// carried on by a member of its length; not a word of another length, not a pair sharing
    /// less than half its length, not a twin of another length, not a longer member.
    #[test]
    fn a_listed_slogan_with_its_parallel_member_is_one_name() {
        let cases: [(&str, &str, Option<&str>); 10] = [
            (
                "坚持目标导向和问题导向，抓好落实。",
                "目标导向",
                Some("目标导向和问题导向"),
            ),
            (
                "坚持目标导向和问题导向，抓好落实。",
                "问题导向",
                Some("目标导向和问题导向"),
            ),
            (
                "推动投资于物和投资于人紧密结合。",
                "投资于物",
                Some("投资于物和投资于人"),
            ),
            (
                "坚持投资于物和投资于人，双向赋能。",
                "投资于物",
                Some("投资于物和投资于人"),
            ),
            ("坚持目标导向和服务意识，抓好落实。", "目标导向", None),
            ("坚持目标导向和服务群众导向。", "目标导向", None),
            ("推进城乡融合发展和区域协调发展。", "城乡融合发展", None),
            (
                "发扬敢闯敢试、敢为人先、埋头苦干的特区精神。",
                "敢闯敢试、敢为人先",
                Some("敢闯敢试、敢为人先、埋头苦干"),
            ),
            (
                "发扬敢闯敢试、敢为人先、埋头苦干精神。",
                "敢闯敢试、敢为人先",
                None,
            ),
            ("坚持稳增长、稳就业、稳定物价。", "稳增长、稳就业", None),
        ];
        for (text, listed, expected) in cases {
            assert_eq!(longer(text, listed).as_deref(), expected, "{text}");
        }
    }
}
