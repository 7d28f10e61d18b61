//! Laws and regulations cited without 《》 (eighteenth round): the reports and the papers name
//! a law plainly where the act on it says what it is (出台实施|保障农民工工资支付条例,
//! 退役军人保障法|实施以来, 专利法、商标法|等修改完善). A title ends in 法, 法典 or 条例 as a
//! word of its own, after a stem of two chars or more; it is a cited document only beside a
//! verb of making or applying law, or in a 、-list with one that is.

use super::{term, Category, Term};
use crate::claims::units::{ends_with, starts_with};
use crate::clean::chars::is_han;
use jieba_rs::Jieba;

/// The heads of a law's title, longest first where they share an ending.
const HEADS: &[&str] = &["法典", "条例", "法"];

/// Verbs of making or applying a law before its title (出台|…条例, 深入贯彻|…促进法), longest
/// first where they share an ending.
const BEFORE: &[&str] = &[
    "出台实施",
    "颁布实施",
    "出台",
    "制定",
    "修订",
    "修改",
    "颁布",
    "施行",
    "实施",
    "落实",
    "贯彻",
    "执行",
    "遵守",
    "依据",
    "根据",
    "依照",
    "违反",
    "审议",
    "宣传",
];

/// Words after a title that act on it (…保障法|实施以来, …条例|规定, …法|第十条).
const AFTER: &[&str] = &[
    "实施", "施行", "颁布", "出台", "修订", "修改", "规定", "明确", "生效", "第",
];

/// Fields and kinds of law, no title (遵守国际法, 上位法): jieba's words of law that name none.
const FIELDS: &[&str] = &[
    "国际法",
    "国内法",
    "经济法",
    "行政法",
    "民商法",
    "部门法",
    "程序法",
    "实体法",
    "成文法",
    "习惯法",
    "普通法",
    "自然法",
    "国际私法",
    "国际公法",
    "一般法",
    "特别法",
    "上位法",
    "下位法",
];

/// The longest title read (中华人民共和国…法 of the reports fit).
const NAME_MAX: usize = 24;

/// Titles of laws and regulations standing without 《》 in `chars`, typed documents (their
/// `doc_type` the head): each beside a verb of [`BEFORE`] or a word of [`AFTER`], or joined by
/// 、, 和 or 与 to a title that is.
pub(super) fn law_titles(chars: &[char], jieba: &Jieba) -> Vec<Term> {
    let mut found: Vec<(Term, bool)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !matches!(chars[i], '法' | '条') {
            i += 1;
            continue;
        }
        match HEADS.iter().find(|h| starts_with(&chars[i..], h)) {
            Some(head) => {
                let end = i + head.chars().count();
                if let Some(title) = title_ending(chars, end, head, jieba) {
                    found.push(title);
                }
                i = end;
            }
            None => i += 1,
        }
    }
    // A title in a list with one that is cited is cited too (专利法、商标法等修改完善).
    for _ in 0..2 {
        for k in 0..found.len() {
            let joined = |a: &Term, b: &Term| {
                if b.span[0] < a.span[1] {
                    return false;
                }
                matches!(&chars[a.span[1]..b.span[0]], ['、' | '和' | '与' | '及'])
            };
            let next = found
                .get(k + 1)
                .is_some_and(|(b, c)| *c && joined(&found[k].0, b));
            let prev = k > 0 && found[k - 1].1 && joined(&found[k - 1].0, &found[k].0);
            found[k].1 |= next || prev;
        }
    }
    found
        .into_iter()
        .filter_map(|(t, cited)| cited.then_some(t))
        .collect()
}

/// The title whose head ends at `end`, and whether a word of making or applying law stands
/// beside it: from the verb before it, or from the clause's start without its leading
/// function words (以|退役军人保障法), to `end`. `None` when the head is part of a longer
/// word (法律, 法规) or of a common word (方法, 执法, 办法), when the stem is shorter than two
/// chars or holds 的, or when a word that is no noun or verb stands just before the head.
fn title_ending(chars: &[char], end: usize, head: &str, jieba: &Jieba) -> Option<(Term, bool)> {
    let at = end - head.chars().count();
    let clause = at
        - chars[..at]
            .iter()
            .rev()
            .take(NAME_MAX)
            .take_while(|&&c| is_han(c))
            .count();
    let verb_end = (clause..at)
        .rev()
        .find(|&e| BEFORE.iter().any(|v| ends_with(&chars[..e], v)));
    let left = verb_end.unwrap_or(clause);
    let after = &chars[end..];
    let after_list = starts_with(after, "等")
        && ["修改", "修订", "法律", "法规", "实施"]
            .iter()
            .any(|w| starts_with(&after[1..], w));
    let cited = verb_end.is_some() || AFTER.iter().any(|w| starts_with(after, w)) || after_list;
    // Untagged refusals first: no act of law and no list, or too short a stem.
    let in_list = matches!(after.first(), Some('、' | '和' | '与' | '及'))
        || clause.checked_sub(1).is_some_and(|p| chars[p] == '、');
    if !(cited || in_list) || at - left < 2 {
        return None;
    }
    let tail = chars[end..]
        .iter()
        .take(2)
        .take_while(|&&c| is_han(c))
        .count();
    let text: String = chars[left..end + tail].iter().collect();
    let spans = tagged_spans(&text, left, jieba);
    let h = spans.iter().position(|s| s.1 == end)?;
    let head_word: String = chars[spans[h].0..end].iter().collect();
    let n = head_word.chars().count();
    let bare = n == head.chars().count();
    let field = FIELDS.iter().any(|f| head_word.ends_with(f));
    if !head_word.ends_with(head) || n == 2 && !bare || head_word.ends_with("工作法") || field {
        return None;
    }
    let function = |tag: &str| {
        matches!(
            tag.chars().next(),
            Some('p' | 'c' | 'd' | 'r' | 'u' | 'f' | 'm' | 'q')
        )
    };
    // A title starts after a conjunction or an earlier title (个人信息保护法和|数据安全法).
    let from = spans[..h]
        .iter()
        .rposition(|s| s.2.starts_with('c') || HEADS.iter().any(|x| ends_with(&chars[s.0..s.1], x)))
        .map_or(0, |p| p + 1);
    let first = (from..h).find(|&k| !function(spans[k].2)).unwrap_or(h);
    if bare && (h == 0 || function(spans[h - 1].2) || first == h) {
        return None;
    }
    let start = spans[first].0;
    let name: String = chars[start..end].iter().collect();
    if end - start < head.chars().count() + 2 || name.contains('的') {
        return None;
    }
    let title = term(
        name,
        Category::Document,
        [start, end],
        false,
        Some(head.to_string()),
    );
    Some((title, cited))
}

/// The words of `text`, which starts at char `from`, as char spans with their tags.
fn tagged_spans<'a>(text: &'a str, from: usize, jieba: &'a Jieba) -> Vec<(usize, usize, &'a str)> {
    let mut pos = from;
    let mut spans = Vec::new();
    for w in jieba.tag(text, false) {
        let n = w.word.chars().count();
        spans.push((pos, pos + n, w.tag));
        pos += n;
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        law_titles(&chars, &Jieba::new())
            .into_iter()
            .map(|t| t.name)
            .collect()
    }

    /// Sentences written for the test: titles beside an act of law, in a list with one, or
    /// after a preposition; not methods, not common words, not a law's bare type, not a
    /// title no act names.
    #[test]
    fn laws_are_cited_beside_an_act_of_law() {
        let cases: [(&str, &[&str]); 11] = [
            (
                "推动出台城市更新促进条例，改善人居环境。",
                &["城市更新促进条例"],
            ),
            ("“数据安全法实施以来，各部门认真宣传。”", &["数据安全法"]),
            (
                "近些年来，专利法、商标法等修改完善。",
                &["专利法", "商标法"],
            ),
            ("以未成年人保护法出台为牵引。", &["未成年人保护法"]),
            ("认真落实本市物业管理条例。", &["本市物业管理条例"]),
            ("他们总结出一套科学方法，落实执法责任。", &[]),
            ("落实本条例的规定。", &[]),
            ("专利法保护发明人的权利。", &[]),
            ("推广稻鸭共生分析法。", &[]),
            ("各国都应遵守国际法，实施上位法。", &[]),
            (
                "落实个人信息保护法和数据安全法。",
                &["个人信息保护法", "数据安全法"],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(titles(text), expected, "{text}");
        }
    }
}
