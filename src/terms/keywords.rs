//! Keywords for this register: TF-IDF (jieba's IDF for one document, the corpus's own IDF in
//! an index) and TextRank, HMM on, with Chinese stop words and without numbers, percentages,
//! punctuation or single characters.

use jieba_rs::{Jieba, KeywordExtract, KeywordExtractConfig, TextRank, TfIdf};
use serde::Serialize;
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

/// Whether a word may be a keyword: two chars or more, with a letter or ideograph that is not
/// a numeral, and not a stop word.
pub fn is_keyword(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    let numeral = |c: &char| {
        c.is_ascii_digit()
            || crate::claims::numeral::is_numeral_char(*c)
            || matches!(c, '.' | '%' | '％' | '‰')
    };
    chars.len() >= 2
        && chars.iter().any(|c| c.is_alphabetic() && !numeral(c))
        && !chars.iter().any(|c| c.is_ascii_digit())
        && !numeral(&chars[0])
        && !STOP_WORDS.contains(&word)
}

/// A keyword and its weight.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Keyword {
    pub word: String,
    pub weight: f64,
}

/// The keywords of one document by both methods.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentKeywords {
    pub tfidf: Vec<Keyword>,
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

fn tfidf() -> &'static TfIdf {
    static T: OnceLock<TfIdf> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = TfIdf::default();
        *t.config_mut() = config();
        t
    })
}

fn textrank() -> &'static TextRank {
    static T: OnceLock<TextRank> = OnceLock::new();
    T.get_or_init(|| TextRank::new(5, config()))
}

const CANDIDATES: usize = 40;

fn top(found: Vec<jieba_rs::Keyword>, k: usize) -> Vec<Keyword> {
    found
        .into_iter()
        .filter(|kw| is_keyword(&kw.keyword))
        .take(k)
        .map(|kw| Keyword {
            word: kw.keyword,
            weight: (kw.weight * 1e4).round() / 1e4,
        })
        .collect()
}

/// The top `k` keywords of a text, with jieba's IDF and by TextRank.
pub fn document(jieba: &Jieba, text: &str, k: usize) -> DocumentKeywords {
    let nouns = ["n", "nz", "ns", "nt", "nr", "vn", "v", "eng", "j", "l", "i"]
        .map(String::from)
        .to_vec();
    DocumentKeywords {
        tfidf: top(
            tfidf().extract_keywords(jieba, text, CANDIDATES, Vec::new()),
            k,
        ),
        textrank: top(
            textrank().extract_keywords(jieba, text, CANDIDATES, nouns),
            k,
        ),
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
        ] {
            assert!(!is_keyword(w), "{w}");
        }
        for w in ["党建", "基层治理", "急难愁盼", "GDP", "红岩先锋"] {
            assert!(is_keyword(w), "{w}");
        }
    }

    #[test]
    fn a_document_gets_both_lists() {
        let text = "整治群众身边不正之风和腐败问题2852个，解决群众急难愁盼问题5251个。基层党建引领基层治理，基层党组织全面进步。";
        let k = document(crate::segment::jieba(), text, 5);
        assert!(!k.tfidf.is_empty() && !k.textrank.is_empty());
        assert!(
            k.tfidf
                .iter()
                .chain(&k.textrank)
                .all(|kw| is_keyword(&kw.word)),
            "{k:?}"
        );
    }
}
