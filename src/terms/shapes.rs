//! Productive shapes of official formulations written without quotes: a place's brand
//! (美丽 + a place name: 美丽河北) and a strong-province goal (a noun + 强省, 强市, 强县 or
//! 强区: 标准强省). Typed slogans by their form alone, so the index wants the corpus's
//! evidence before it files them (see `self_evident`).

use super::{Category, Term};
use jieba_rs::Jieba;

/// Common nouns jieba tags as places: 美丽城市, 美丽海湾 are kinds, not a place's brand.
const GENERIC_PLACES: &[&str] = &[
    "城市", "乡村", "城镇", "海湾", "河湖", "家园", "街区", "圩镇", "宜居", "庭院", "村庄", "田园",
    "校园", "海岸", "山川",
];
/// The level after 强 in a strong-place goal.
const LEVELS: &[char] = &['省', '市', '县', '区'];
/// Chars that continue a word after 强省, 强市, …: 强市场, 强区域, 强省会, 强县级.
const CONTINUING: &[char] = &['场', '域', '会', '级', '化', '委', '长'];

/// The place brands and strong-place goals of `chars`, in text order.
pub(crate) fn shaped(chars: &[char], jieba: &Jieba) -> Vec<Term> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < chars.len() {
        let found = match chars[i] {
            '美' if chars[i + 1] == '丽' => place_brand(chars, i, jieba),
            '强' => strong_place(chars, i, jieba),
            _ => None,
        };
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

/// 美丽 at `at` and a place name (jieba's `ns`) as the next word: 美丽河北, 美丽浙江.
fn place_brand(chars: &[char], at: usize, jieba: &Jieba) -> Option<Term> {
    let rest: String = chars[at + 2..chars.len().min(at + 8)].iter().collect();
    let tags = jieba.tag(&rest, false);
    let first = tags
        .first()
        .filter(|t| t.tag == "ns" && !GENERIC_PLACES.contains(&t.word))?;
    let n = first.word.chars().count();
    (n >= 2).then(|| slogan(chars, [at, at + 2 + n]))
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

/// The slogan written at `span`.
fn slogan(chars: &[char], span: [usize; 2]) -> Term {
    let name: String = chars[span[0]..span[1]].iter().collect();
    Term {
        category: Category::Slogan,
        span,
        ..super::classify::listed(&name)
    }
}
