//! Productive shapes of official formulations written without quotes: a place's brand
//! (美丽, 平安, 法治, 健康, 数字, 智慧, 诚信 or 书香 + a place name: 美丽河北, 平安江苏; a
//! program, as the vocabulary files 平安中国), a strong-province goal (a noun + 强省, 强市, 强县 or
//! 强区: 标准强省), and formulas of fixed form: paired four-char formulas (稳中求进、难中求成),
//! a list of …化 words before its noun (市场化、法治化、国际化一流营商环境), 以X带动Y (以城带乡,
//! with its reverse: 以大城市带动大京郊、大京郊服务大城市) and 以X为中心, X融合发展 of several
//! words (文旅体商融合发展), 共X共Y共Z (共建共治共享). Typed slogans by their form alone, so
//! the index wants the corpus's evidence before it files them (see `self_evident`).

use super::{Category, Term};
use crate::wordsets::low_bit;
use jieba_rs::Jieba;

/// Common nouns jieba tags as places: 美丽城市, 美丽海湾 are kinds, not a place's brand.
const GENERIC_PLACES: &[&str] = &[
    "城市", "乡村", "城镇", "海湾", "河湖", "家园", "街区", "圩镇", "宜居", "庭院", "村庄", "田园",
    "校园", "海岸", "山川",
];
/// The themes of a place's brand: 平安 + a place name.
const BRAND_THEMES: &[[char; 2]] = &[
    ['美', '丽'],
    ['平', '安'],
    ['法', '治'],
    ['健', '康'],
    ['数', '字'],
    ['智', '慧'],
    ['诚', '信'],
    ['书', '香'],
];
/// The level after 强 in a strong-place goal.
const LEVELS: &[char] = &['省', '市', '县', '区'];
/// Chars that continue a word after 强省, 强市, …: 强市场, 强区域, 强省会, 强县级.
const CONTINUING: &[char] = &['场', '域', '会', '级', '化', '委', '长'];

/// The place brands and strong-place goals of `chars`, in text order.
pub(crate) fn shaped(chars: &[char], jieba: &Jieba) -> Vec<Term> {
    // Most chars open no theme: one test of their low bits rules them out.
    let themes = BRAND_THEMES.iter().fold(0, |m, [c, _]| m | low_bit(*c));
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < chars.len() {
        let found = match chars[i] {
            c if themes & low_bit(c) != 0 && BRAND_THEMES.contains(&[c, chars[i + 1]]) => {
                place_brand(chars, i, jieba)
            }
            '强' => strong_place(chars, i, jieba),
            '、' => paired_formula(chars, i).or_else(|| hua_list(chars, i, jieba)),
            '以' => yi_formula(chars, i),
            '融' => fusion(chars, i, jieba),
            '共' => together(chars, i),
            c if chars.get(i + 3) == Some(&c) && chars.get(i + 6) == Some(&c) => {
                repeated(chars, i, jieba)
            }
            _ => None,
        };
        // A shape found at a 、 or a 融 may open before the last one found: the earlier wins.
        match found.filter(|t| out.last().is_none_or(|l: &Term| t.span[0] >= l.span[1])) {
            Some(t) => {
                i = t.span[1];
                out.push(t);
            }
            None => i += 1,
        }
    }
    out
}

/// A theme of [`BRAND_THEMES`] at `at` and a place name (jieba's `ns`) as the next word:
/// 美丽河北, 平安江苏, 健康四川; not 美丽乡村 (a kind) nor 数字化 (no place).
fn place_brand(chars: &[char], at: usize, jieba: &Jieba) -> Option<Term> {
    let rest: String = chars[at + 2..chars.len().min(at + 8)].iter().collect();
    let tags = jieba.tag(&rest, false);
    let first = tags
        .first()
        .filter(|t| t.tag == "ns" && !GENERIC_PLACES.contains(&t.word))?;
    let n = first.word.chars().count();
    (n >= 2).then(|| named(chars, [at, at + 2 + n], Category::Program))
}

/// 强 at `at` closing a noun of two chars (jieba's `n` or `vn`) and opening a level that
/// ends the word: 标准强省, 品牌强市; not 超强市场 nor 实施强省会战略.
fn strong_place(chars: &[char], at: usize, jieba: &Jieba) -> Option<Term> {
    let level = *chars.get(at + 1)?;
    if at < 2
        || !LEVELS.contains(&level)
        || chars.get(at + 2).is_some_and(|c| CONTINUING.contains(c))
    {
        return None;
    }
    let noun: String = chars[at - 2..at].iter().collect();
    let tags = jieba.tag(&noun, false);
    let [only] = &tags[..] else {
        return None;
    };
    matches!(only.tag, "n" | "vn").then(|| slogan(chars, [at - 2, at + 2]))
}

/// Whether `i` opens a clause: the text's start, a char that is no ideograph, or a verb
/// that states a principle (坚持|以人民为中心).
fn clause_opens(chars: &[char], i: usize) -> bool {
    const PRINCIPLE_VERBS: &[&str] = &[
        "坚持", "做到", "践行", "秉持", "坚守", "实现", "推动", "推进",
    ];
    i == 0
        || !crate::clean::chars::is_han(chars[i - 1])
        || PRINCIPLE_VERBS
            .iter()
            .any(|v| i >= 2 && chars[i - 2..i].iter().copied().eq(v.chars()))
}

/// Whether `i` closes a clause: the text's end or a char that is no ideograph.
fn clause_closes(chars: &[char], i: usize) -> bool {
    chars
        .get(i)
        .is_none_or(|&c| !crate::clean::chars::is_han(c))
}

/// Whether `chars[a..b]` are all ideographs.
fn han(chars: &[char], a: usize, b: usize) -> bool {
    b <= chars.len() && a <= b && chars[a..b].iter().all(|&c| crate::clean::chars::is_han(c))
}

/// Two four-char formulas around the 、 at `at` that share their middle chars (xABy、xCDy:
/// 稳中求进、难中求成) or alternate with them (AxAy: 向新向好、向优向强), each a clause of its
/// own: no longer list, no word running on; not one word shared (全面推进、全面加强) nor two
/// words of one frame (大农业观、大食物观).
fn paired_formula(chars: &[char], at: usize) -> Option<Term> {
    let (a, b) = (at.checked_sub(4)?, at + 1);
    if !(han(chars, a, at) && han(chars, b, b + 4))
        || chars.get(b + 4) == Some(&'、')
        || a.checked_sub(1).is_some_and(|p| chars[p] == '、')
        || !clause_opens(chars, a)
        || !clause_closes(chars, b + 4)
    {
        return None;
    }
    let shared: Vec<usize> = (0..4).filter(|&p| chars[a + p] == chars[b + p]).collect();
    (shared == [1, 2] || shared == [0, 2]).then(|| slogan(chars, [a, b + 4]))
}

/// A list of …化 words (three or four chars each, the first as long as the second) joined by
/// 、 at `at`, and the noun phrase of two to ten chars they qualify, up to the end of the
/// clause (nouns and adjectives by jieba's tags, or one verb of two chars):
/// 市场化、法治化、国际化一流营商环境, 数字化、绿色化转型; not 深化、内化工作 (verbs),
/// 科学化、精细化上下功夫, 数字化、智能化进程不断加快.
fn hua_list(chars: &[char], at: usize, jieba: &Jieba) -> Option<Term> {
    if at == 0 || chars[at - 1] != '化' {
        return None;
    }
    let item = |from: usize| (from + 2..(from + 4).min(chars.len())).find(|&j| chars[j] == '化');
    let second_end = item(at + 1)?;
    let len = second_end - at;
    let start = at.checked_sub(len)?;
    let mut end = second_end + 1;
    while chars.get(end) == Some(&'、') {
        end = item(end + 1)? + 1;
    }
    let noun_end = (end..chars.len().min(end + 11))
        .find(|&j| !crate::clean::chars::is_han(chars[j]))
        .unwrap_or(chars.len());
    let items_han = (start..end).all(|j| chars[j] == '、' || crate::clean::chars::is_han(chars[j]));
    if !items_han || !(2..=10).contains(&(noun_end - end)) || !clause_closes(chars, noun_end) {
        return None;
    }
    let noun: String = chars[end..noun_end].iter().collect();
    let tags = jieba.tag(&noun, false);
    let nominal =
        |t: &jieba_rs::Tag| t.tag.starts_with('n') || matches!(t.tag, "vn" | "a" | "b" | "j" | "l");
    let one_verb = matches!(&tags[..], [t] if t.tag == "v" && t.word.chars().count() == 2);
    (one_verb || tags.iter().all(nominal)).then(|| slogan(chars, [start, noun_end]))
}

/// The ends of a 以X为Y formula (以人民为中心); 以X带动Y takes any Y.
const YI_ENDS: &[&str] = &["中心", "主线", "主题", "根本", "核心", "导向", "纲"];

/// 以X带动Y, 以X促进Y, 以X引领Y or 以X为中心 (a formula in [`YI_ENDS`]) at `at`, with no 的,
/// standing as a clause of its own (以城带乡 inside 坚持以城带乡，…), with the clause after it when it is
/// the reverse (大京郊服务大城市 after 以大城市带动大京郊、).
fn yi_formula(chars: &[char], at: usize) -> Option<Term> {
    if !clause_opens(chars, at) {
        return None;
    }
    let end = (at + 1..chars.len().min(at + 20))
        .find(|&j| !crate::clean::chars::is_han(chars[j]))
        .unwrap_or(chars.len().min(at + 20));
    if !clause_closes(chars, end) {
        return None;
    }
    let clause: String = chars[at + 1..end].iter().collect();
    let (link, x, y) = ["带动", "促进", "引领", "为"]
        .iter()
        .find_map(|c| clause.split_once(c).map(|(x, y)| (*c, x, y)))?;
    let (nx, ny) = (x.chars().count(), y.chars().count());
    let fits = (1..=8).contains(&nx)
        && (1..=8).contains(&ny)
        && !clause.contains('的')
        && (link != "为" || YI_ENDS.contains(&y));
    if !fits {
        return None;
    }
    // The reverse clause after a 、 or a comma: both ends, the other way round.
    let next_end = (end + 1..chars.len().min(end + 20))
        .find(|&j| !crate::clean::chars::is_han(chars[j]))
        .unwrap_or(chars.len());
    let next: String = chars.get(end + 1..next_end).unwrap_or(&[]).iter().collect();
    let reverse = matches!(chars.get(end), Some('、' | '，'))
        && next
            .find(y)
            .is_some_and(|p| next[p + y.len()..].contains(x));
    Some(slogan(chars, [at, if reverse { next_end } else { end }]))
}

/// X融合发展 where 融 stands at `at`, X two to six chars after a verb or a clause's start,
/// of more than one word and with no adverb, conjunction, preposition or verb of two chars
/// (文旅体商融合发展, 站产城融合发展; not 产业融合发展, 文化和旅游深度融合发展, 完善城乡融合发展).
fn fusion(chars: &[char], at: usize, jieba: &Jieba) -> Option<Term> {
    const VERBS: &[&str] = &["推进", "推动", "促进", "深化", "加快", "实现", "坚持"];
    if !chars[at..].starts_with(&['融', '合', '发', '展']) {
        return None;
    }
    // After a verb, else after a clause's start.
    let starts = at.saturating_sub(6)..at.saturating_sub(1);
    let after_verb = |s: usize| {
        VERBS
            .iter()
            .any(|v| s >= 2 && chars[s - 2..s].iter().copied().eq(v.chars()))
    };
    let start = starts.clone().find(|&s| after_verb(s)).or_else(|| {
        starts
            .clone()
            .find(|&s| s == 0 || !crate::clean::chars::is_han(chars[s - 1]))
    })?;
    let x: String = chars[start..at].iter().collect();
    let tags = jieba.tag(&x, false);
    (han(chars, start, at)
        && tags.len() >= 2
        && !tags.iter().any(|t| {
            matches!(t.tag, "d" | "c" | "p" | "u")
                || (t.tag.starts_with('v') && t.word.chars().count() >= 2)
        }))
    .then(|| slogan(chars, [start, at + 4]))
}

/// 共X共Y共Z at `at`: three or more parts of 共 and one char (共建共治共享, 共商共建共享);
/// not the 共 of 公共.
fn together(chars: &[char], at: usize) -> Option<Term> {
    if at
        .checked_sub(1)
        .is_some_and(|p| "公总一".contains(chars[p]))
    {
        return None;
    }
    let mut end = at;
    while chars.get(end) == Some(&'共')
        && chars
            .get(end + 1)
            .is_some_and(|&c| c != '共' && crate::clean::chars::is_han(c))
    {
        end += 2;
    }
    (end - at >= 6).then(|| slogan(chars, [at, end]))
}

/// Chars that open no repeated formula: numerals, function words and determiners (一年一度,
/// 各地区各部门各单位, 本地区本部门本单位).
const NOT_REPEATED: &str = "一二三四五六七八九十百千万两不没的了是在有和与及也都又各本每该这那其";

/// A formula of one char repeated before nouns of two chars (jieba's tags) in the same place,
/// three or more parts: 新产业新业态新模式, 大发展大变革大调整. Not a name that opens with the
/// char (新华社|新德里: 华社 is no word, 新德里 a place), nor a list of words that end with the
/// char read across them (创新链|产业链|资金链|人才链, 思想上|政治上|行动上).
fn repeated(chars: &[char], at: usize, jieba: &Jieba) -> Option<Term> {
    let c = chars[at];
    if !crate::clean::chars::is_han(c) || NOT_REPEATED.contains(c) {
        return None;
    }
    let one = |w: String, tags: &[&str]| {
        let words = jieba.tag(&w, false);
        words.len() == 1 && tags.contains(&words[0].tag)
    };
    let part = |p: usize| {
        let item = chars
            .get(p..p + 3)
            .filter(|it| it[0] == c && han(chars, p + 1, p + 3))?;
        let noun = one(item[1..].iter().collect(), &["n", "vn", "an", "nz"]);
        let named = one(item.iter().collect(), &["ns", "nr", "nt", "nrt"]);
        (noun && !named).then_some(())
    };
    let mut end = at;
    while part(end).is_some() {
        end += 3;
    }
    // The list opens the phrase, or follows 的, a conjunction or a verb (培育|新产业…); a
    // noun before it reads the char as its suffix (思想上|政治上|行动上).
    let opens = at == 0
        || !crate::clean::chars::is_han(chars[at - 1])
        || "的和与及".contains(chars[at - 1])
        || {
            let before: String = chars[at.saturating_sub(2)..at].iter().collect();
            let words = jieba.tag(&before, false);
            words.len() == 1 && words[0].tag.starts_with('v')
        };
    let suffix = chars.get(end) == Some(&c) || !opens;
    ((end - at) / 3 >= 3 && !suffix).then(|| slogan(chars, [at, end]))
}

/// The slogan written at `span`.
fn slogan(chars: &[char], span: [usize; 2]) -> Term {
    named(chars, span, Category::Slogan)
}

/// The name written at `span`, of `category`.
fn named(chars: &[char], span: [usize; 2], category: Category) -> Term {
    let name: String = chars[span[0]..span[1]].iter().collect();
    Term {
        category,
        span,
        ..super::classify::listed(&name)
    }
}
