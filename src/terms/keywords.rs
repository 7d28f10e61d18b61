//! Keywords for this register: TF-IDF (jieba's IDF for one document, the corpus's own IDF in
//! an index) and TextRank, HMM on, with Chinese stop words and without numbers, percentages,
//! punctuation or single characters.

use super::Term;
use jieba_rs::{Jieba, KeywordExtract, KeywordExtractConfig, TextRank, TfIdf};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Function words and the generic verbs of official prose.
const STOP_WORDS: &[&str] = &[
    "我们",
    "你们",
    "他们",
    "它们",
    "自己",
    "这个",
    "那个",
    "这些",
    "那些",
    "一个",
    "一些",
    "没有",
    "进行",
    "以及",
    "通过",
    "方面",
    "已经",
    "目前",
    "同时",
    "其中",
    "因此",
    "但是",
    "而且",
    "并且",
    "或者",
    "如果",
    "虽然",
    "所以",
    "还是",
    "就是",
    "不是",
    "可以",
    "能够",
    "应该",
    "需要",
    "必须",
    "不断",
    "持续",
    "进一步",
    "更加",
    "全面",
    "深入",
    "积极",
    "认真",
    "切实",
    "大力",
    "着力",
    "努力",
    "坚持",
    "加强",
    "推进",
    "推动",
    "加快",
    "实施",
    "提高",
    "提升",
    "促进",
    "实现",
    "开展",
    "做好",
    "完善",
    "健全",
    "强化",
    "落实",
    "支持",
    "发展",
    "建设",
    "工作",
    "有关",
    "相关",
    "主要",
    "重要",
    "重点",
    "各类",
    "各级",
    "一批",
    "一年",
    "今年",
    "去年",
    "明年",
    "表示",
    "介绍",
    "记者",
    "日前",
    "近日",
    "当前",
    "今后",
    "以来",
    "期间",
    "之一",
    "以上",
    "以下",
    "左右",
    "同比",
    "增长",
    "下降",
];

/// Markers of an approximate number (2300余个, 300多万) and the classifiers and units
/// jieba joins them with: 余个, 多万, 余家 are pieces of numbers, not words.
const APPROXIMATE: &[char] = &['余', '多', '几', '数'];
const MEASURES: &[char] = &[
    '个', '家', '名', '人', '位', '项', '次', '年', '条', '台', '座', '种', '件', '所', '户', '批',
    '辆', '吨', '亩', '元', '倍', '份', '场', '篇', '部', '套', '款', '起', '例', '支', '株', '块',
    '张', '只', '天', '岁', '米', '处', '间', '轮', '届', '期', '首', '本', '枚', '架', '艘',
];

/// A piece of a number: an approximation marker and classifiers or numerals (余个, 多万,
/// 余万元).
fn number_piece(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| APPROXIMATE.contains(&c))
        && chars.all(|c| MEASURES.contains(&c) || crate::claims::numeral::is_numeral_char(c))
}

/// Whether a word may be a keyword: two chars or more, with a letter or ideograph that is not
/// a numeral, not a piece of a number (余个, 多万) and not a stop word.
pub(crate) fn is_keyword(word: &str) -> bool {
    static STOP: OnceLock<rustc_hash::FxHashSet<&'static str>> = OnceLock::new();
    let numeral = |c: char| {
        c.is_ascii_digit()
            || crate::claims::numeral::is_numeral_char(c)
            || matches!(c, '.' | '%' | '％' | '‰')
    };
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    chars.next().is_some()
        && !numeral(first)
        && !word.chars().any(|c| c.is_ascii_digit())
        && word
            .chars()
            .any(|c| crate::clean::chars::is_letter(c) && !numeral(c))
        && !number_piece(word)
        && !STOP
            .get_or_init(|| STOP_WORDS.iter().copied().collect())
            .contains(word)
}

/// A keyword and its weight.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Keyword {
    /// The word (or a term's name, kept whole).
    pub word: String,
    /// Its weight: TF-IDF's, or TextRank's relative to the best keyword's (which is 1).
    pub weight: f64,
}

/// The keywords of one document by both methods.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentKeywords {
    /// By TF-IDF with jieba's IDF, best first.
    pub tfidf: Vec<Keyword>,
    /// By TextRank over nouns, verbs and set phrases, best first.
    pub textrank: Vec<Keyword>,
}

fn config() -> KeywordExtractConfig {
    let mut b = KeywordExtractConfig::builder()
        .use_hmm(true)
        .min_keyword_length(2);
    for w in STOP_WORDS {
        b = b.add_stop_word(w.to_string());
    }
    b.build()
}

/// The keyword extractors of a run: TF-IDF with jieba's IDF table and TextRank, with the
/// stop words of this register. Built by the lexicon that needs them (`Lexicon::keywords`).
pub struct Extractors {
    tfidf: TfIdf,
    textrank: TextRank,
}

impl Default for Extractors {
    fn default() -> Self {
        let mut tfidf = TfIdf::default();
        *tfidf.config_mut() = config();
        Extractors {
            tfidf,
            textrank: TextRank::new(5, config()),
        }
    }
}

const CANDIDATES: usize = 40;

/// The first `k` keywords of `found` (best first), their weights divided by `scale`.
fn top(found: Vec<jieba_rs::Keyword>, k: usize, scale: f64) -> Vec<Keyword> {
    found
        .into_iter()
        .filter(|kw| is_keyword(&kw.keyword))
        .take(k)
        .map(|kw| Keyword {
            word: kw.keyword,
            weight: (kw.weight / scale * 1e4).round() / 1e4,
        })
        .collect()
}

/// TextRank's ranks are on no fixed scale (near 1e11 on long texts): they are given relative
/// to the best keyword's, which weighs 1.
fn relative(found: Vec<jieba_rs::Keyword>, k: usize) -> Vec<Keyword> {
    let best = found
        .iter()
        .filter(|kw| is_keyword(&kw.keyword))
        .map(|kw| kw.weight)
        .fold(0.0, f64::max);
    top(found, k, if best > 0.0 { best } else { 1.0 })
}

/// The top `k` keywords of a text, with jieba's IDF and by TextRank. The words of `terms`
/// (found in this text) count as single words: each stands in the text given to jieba as a
/// placeholder word of ASCII letters, which jieba keeps whole and scores like any word
/// missing from its IDF table.
pub fn document(
    jieba: &Jieba,
    extractors: &Extractors,
    text: &str,
    terms: &[Term],
    k: usize,
) -> DocumentKeywords {
    let nouns = ["n", "nz", "ns", "nt", "nr", "vn", "v", "eng", "j", "l", "i"]
        .map(String::from)
        .to_vec();
    let (text, names) = with_placeholders(text, terms);
    let named = |found: Vec<jieba_rs::Keyword>| {
        found
            .into_iter()
            .map(|mut kw| {
                if let Some(name) = names.get(&kw.keyword) {
                    kw.keyword = name.clone();
                }
                kw
            })
            .collect::<Vec<_>>()
    };
    DocumentKeywords {
        tfidf: top(
            named(
                extractors
                    .tfidf
                    .extract_keywords(jieba, &text, CANDIDATES, Vec::new()),
            ),
            k,
            1.0,
        ),
        textrank: relative(
            named(
                extractors
                    .textrank
                    .extract_keywords(jieba, &text, CANDIDATES, nouns),
            ),
            k,
        ),
    }
}

/// The text with the words of its terms replaced by placeholders (` zqxa `, ` zqxb `, …),
/// and the names the placeholders stand for.
fn with_placeholders(text: &str, terms: &[Term]) -> (String, HashMap<String, String>) {
    let chars: Vec<char> = text.chars().collect();
    let whole = crate::terms::whole_words(&chars, terms);
    let mut names: HashMap<String, String> = HashMap::new();
    let mut placeholder_of: HashMap<String, String> = HashMap::new();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for span in whole {
        out.extend(&chars[at..span.start]);
        let word: String = chars[span.start..span.end].iter().collect();
        let next = placeholder_of.len();
        let placeholder = placeholder_of
            .entry(word.clone())
            .or_insert_with(|| placeholder(next));
        names.insert(placeholder.clone(), word);
        out.push(' ');
        out.push_str(placeholder);
        out.push(' ');
        at = span.end;
    }
    out.extend(&chars[at..]);
    (out, names)
}

/// The `i`th placeholder word: `zqx` and `i` in base 26 letters.
fn placeholder(mut i: usize) -> String {
    let mut s = String::from("zqx");
    loop {
        s.push((b'a' + (i % 26) as u8) as char);
        i /= 26;
        if i == 0 {
            return s;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_single_chars_and_stop_words_are_not_keywords() {
        for w in [
            "2852",
            "75.8%",
            "两个",
            "一是",
            "的",
            "我们",
            "推进",
            "2024年",
            "十四五",
            "余个",
            "多万",
            "余万元",
            "多家",
        ] {
            assert!(!is_keyword(w), "{w}");
        }
        for w in [
            "党建",
            "基层治理",
            "急难愁盼",
            "GDP",
            "红岩先锋",
            "余额",
            "数据",
            "多彩",
        ] {
            assert!(is_keyword(w), "{w}");
        }
    }

    #[test]
    fn a_document_gets_both_lists() {
        let text = "整治群众身边不正之风和腐败问题2852个，解决群众急难愁盼问题5251个。基层党建引领基层治理，基层党组织全面进步。";
        let k = document(&Jieba::new(), &Extractors::default(), text, &[], 5);
        assert!(!k.tfidf.is_empty() && !k.textrank.is_empty());
        // TextRank weights are relative to the best keyword's.
        assert_eq!(k.textrank[0].weight, 1.0, "{k:?}");
        assert!(k.textrank.iter().all(|kw| (0.0..=1.0).contains(&kw.weight)));
        assert!(
            k.tfidf
                .iter()
                .chain(&k.textrank)
                .all(|kw| is_keyword(&kw.word)),
            "{k:?}"
        );
    }

    #[test]
    fn terms_are_single_keywords() {
        let text =
            "“红岩先锋”品牌深入人心。红岩先锋引领基层治理，红岩先锋服务群众，红岩先锋暖人心。";
        let jieba = Jieba::new();
        let terms = crate::terms::extract_text(text, &jieba);
        let k = document(&jieba, &Extractors::default(), text, &terms, 3);
        assert_eq!(k.tfidf[0].word, "红岩先锋", "{k:?}");
        assert!(
            k.tfidf
                .iter()
                .all(|kw| kw.word != "红岩" && kw.word != "先锋"),
            "{k:?}"
        );
    }
}
