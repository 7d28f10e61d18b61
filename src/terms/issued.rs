//! Plans and opinions cited without 《》 (round 19): the reports name the document a
//! government issued right after the verb of issuing it (出台|深化投资体制改革实施意见,
//! 制定实施|建设美丽中国先行区方案, 出台|构建新型能源体系实施意见). The title runs from the
//! verb to a document type that ends the phrase; a listed name inside it is found inside it.

use super::{term, Category, Term};
use crate::claims::units::starts_with;
use crate::clean::chars::is_han;

/// Verbs of issuing a document, longest first where one holds another (制定实施 before 制定).
const ISSUING: &[&str] = &[
    "制定出台",
    "制定实施",
    "出台实施",
    "编制实施",
    "研究出台",
    "出台",
    "制定",
    "印发",
    "编制",
];

/// Types that end a plan's or an opinion's title, longest first where they share an ending.
/// Not 措施, 办法 or 细则 (出台|若干政策措施, 20条措施: counts and bare kinds), nor 行动计划
/// (a program's head: 文化强省建设三年行动计划).
const TYPES: &[&str] = &[
    "实施意见",
    "指导意见",
    "若干意见",
    "意见",
    "总体方案",
    "实施方案",
    "行动方案",
    "工作方案",
    "方案",
    "规划纲要",
    "总体规划",
    "专项规划",
    "发展规划",
    "规划",
];

/// Openings of a stem that names no document (出台|相关意见, 制定|工作方案, 出台|一批规划) and
/// function words that open none (编制|作为…规划, 研制|出…方案).
const GENERIC: &[&str] = &[
    "相关",
    "有关",
    "配套",
    "具体",
    "工作",
    "一批",
    "系列",
    "若干",
    "专项",
    "年度",
    "新的",
    "一系列",
    "作为",
    "出",
    "之",
    "的",
    "和",
    "与",
    "好",
    "并",
    "完",
];

/// Whether `stem` opens with a count (11份…方案, 3个…方案, 两项…规划): kinds counted, no title.
fn counted(stem: &[char]) -> bool {
    let numeral = |c: char| c.is_ascii_digit() || "一二两三四五六七八九十百几多".contains(c);
    let measure = |c: char| "份个项套批部".contains(c);
    let digits = stem.iter().take_while(|&&c| numeral(c)).count();
    stem.first().is_some_and(|c| c.is_ascii_digit())
        || digits > 0 && stem.get(digits).is_some_and(|&c| measure(c))
}

/// The fewest chars of a title's stem, without 的 (一体推进的|实施方案 names none).
const STEM_MIN: usize = 6;

/// The longest title read.
const NAME_MAX: usize = 30;

/// Titles of plans and opinions standing without 《》 right after a verb of issuing
/// ([`ISSUING`]) in `chars`, typed documents (`doc_type` the type of [`TYPES`]): the stem
/// ideographs (digits and latin letters too) of [`STEM_MIN`] chars or more, opening with no
/// word of [`GENERIC`] and holding no 等 (a list's kinds), the type ending the phrase (before
/// punctuation, 和, 与, 及 or the text's end).
pub(super) fn issued_titles(chars: &[char]) -> Vec<Term> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // 出, 制, 印, 编, 研 open every verb: most chars are passed at once.
        if !matches!(chars[i], '出' | '制' | '印' | '编' | '研') {
            i += 1;
            continue;
        }
        let Some(verb) = ISSUING.iter().find(|v| starts_with(&chars[i..], v)) else {
            i += 1;
            continue;
        };
        // 出台了|…意见: the particle is no part of the title.
        let mut from = i + verb.chars().count();
        from += usize::from(chars.get(from) == Some(&'了'));
        i = from;
        // A title joined to an issued one is issued too (…方案和|城市更新专项规划).
        while let Some(t) = title_after(chars, from) {
            i = t.span[1];
            out.push(t);
            match chars.get(i) {
                Some('和' | '与' | '及' | '、') => from = i + 1,
                _ => break,
            }
        }
    }
    out
}

/// The title opening at `from` and ending in a type of [`TYPES`] at the end of its phrase.
fn title_after(chars: &[char], from: usize) -> Option<Term> {
    let run = chars[from..]
        .iter()
        .take(NAME_MAX)
        .take_while(|&&c| is_han(c) || c.is_ascii_alphanumeric() || c == '.')
        .count();
    let stem = &chars[from..from + run];
    if GENERIC.iter().any(|g| starts_with(stem, g)) || stem.contains(&'等') || counted(stem) {
        return None;
    }
    // The phrase ends at the run's end, or before a conjunction inside it.
    let mut ends = (1..=run).filter(|&n| n == run || "和与及".contains(stem[n]));
    ends.find_map(|n| {
        let head = TYPES.iter().find(|t| {
            let k = t.chars().count();
            n > k && starts_with(&stem[n - k..n], t)
        })?;
        let k = head.chars().count();
        let body = &stem[..n - k];
        let own = body.iter().filter(|&&c| c != '的').count();
        // 的 only before the type (…发展的实施意见; not 一户一策的改造方案), and after a
        // conjunction a stem of its own (…治理和统筹发展规划纲要; not 教材和培养方案).
        let de = body.iter().position(|&c| c == '的');
        let late_de = de.is_some_and(|d| d + 1 != body.len());
        let joined = body.iter().rposition(|&c| "和与及".contains(c));
        let short_tail = joined.is_some_and(|j| body.len() - j - 1 < 4);
        (own >= STEM_MIN && !late_de && !short_tail).then(|| {
            let name: String = stem[..n].iter().collect();
            term(
                name,
                Category::Document,
                [from, from + n],
                false,
                Some(head.to_string()),
            )
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        issued_titles(&chars).into_iter().map(|t| t.name).collect()
    }

    /// Sentences written for the test: a plan or an opinion right after the verb issuing it,
    /// ended by punctuation or a conjunction; not a bare or generic type, not a list's kinds,
    /// not kinds counted, not a title qualified through 的, not measures, not a short stem, not a plan no verb of issuing names.
    #[test]
    fn plans_and_opinions_are_cited_after_the_verb_issuing_them() {
        let cases: [(&str, &[&str]); 16] = [
            (
                "省政府出台深化医药卫生体制改革实施意见，明确任务。",
                &["深化医药卫生体制改革实施意见"],
            ),
            (
                "制定实施建设美丽城市先行区方案和中心城区城市更新专项规划。",
                &["建设美丽城市先行区方案", "中心城区城市更新专项规划"],
            ),
            (
                "出台推动民营经济高质量发展的实施意见。",
                &["推动民营经济高质量发展的实施意见"],
            ),
            ("印发服务业扩大开放3.0方案。", &["服务业扩大开放3.0方案"]),
            ("出台相关实施意见。", &[]),
            ("制定工作方案，压实责任。", &[]),
            ("出台促进消费和投资等方案。", &[]),
            ("出台稳就业20条政策措施。", &[]),
            ("制定实施方案。", &[]),
            ("制定一体推进的实施方案。", &[]),
            ("实施城市更新专项规划。", &[]),
            ("出台民营经济发展方案设计指引。", &[]),
            ("制定一户一策的改造方案。", &[]),
            ("出台11份支撑保障方案和两项专项规划。", &[]),
            ("制定内部教材和培养方案。", &[]),
            (
                "编制流域综合治理和统筹发展规划纲要。",
                &["流域综合治理和统筹发展规划纲要"],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(titles(text), expected, "{text}");
        }
    }
}
