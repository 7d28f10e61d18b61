//! Noun phrases read from jieba's tags, the small grammar a subject is found with:
//!
//! ```text
//! NP := (modifier | noun | vn | inner verb | NP 的 | NP (、|和|及|与))* head
//! ```
//!
//! The head is a noun, verbal noun, fixed expression or measure noun, or a verb of two chars
//! or more naming an activity (城镇新增|就业); a verb that states nothing stands inside
//! (日均|快递|业务量); `X的` is an attribute when X ends in no verb (a relative clause before 的
//! is left out: the phrase starts after it). A preposition, an adverb, a pronoun, a number, a
//! time word, a conjunction of clauses, a stating verb, a modal or clause punctuation ends the
//! phrase; what stands between it and the predicate (adverbs, times, a modal and its verb, the
//! base of a comparison) is skipped first.

use jieba_rs::Tag;

/// The longest phrase kept, in chars: a subject is a short noun phrase.
pub(crate) const MAX_CHARS: usize = 32;

/// Conjunctions that coordinate two noun phrases (A和B, A及B, A、B).
const COORDINATION: &[&str] = &["和", "及", "与", "以及", "、"];

/// Whether `t` can head a noun phrase: a noun, name, abbreviation, noun morpheme, verbal
/// noun, fixed expression (粮食产量/l), English word or a noun of measurement jieba tags
/// otherwise (参保|率/v).
pub(crate) fn is_head(t: &Tag) -> bool {
    matches!(t.tag.chars().next(), Some('n' | 'j' | 'l'))
        || matches!(t.tag, "vn" | "eng" | "zg")
        || super::words::is_measure_noun(t.word)
}

/// Words that end a phrase: punctuation (not 、 or quotes), prepositions, adverbs, pronouns,
/// numbers, times, conjunctions of clauses (且), particles (not 的), idioms, and the verbs
/// that state, govern or qualify a number (达, 实现, 推动, 拟).
fn breaks(t: &Tag) -> bool {
    let first = t.tag.chars().next().unwrap_or('x');
    let kept =
        matches!(t.word, "、" | "“" | "”" | "《" | "》" | "的") || COORDINATION.contains(&t.word);
    let number = is_number(t);
    let time = first == 't' && !PHASES.contains(&t.word);
    !kept
        && (matches!(first, 'x' | 'p' | 'd' | 'r' | 'q' | 'c' | 'u' | 'y' | 'i')
            || time
            || number
            || CLAUSE_CONJUNCTIONS.contains(&t.word)
            || first == 'v' && super::words::is_stating_verb(t.word) && t.word != "新增"
            || MODALS.contains(&t.word))
}

/// Whether jieba's numeral `t` holds a number (首次/m does not).
pub(crate) fn is_number(t: &Tag) -> bool {
    t.tag.starts_with('m')
        && t.word
            .chars()
            .any(|c| c.is_ascii_digit() || NUMERALS.contains(c))
}

/// Whether the word at `k` is a period a process takes (审理|周期/t, 建设|工期/t): a time
/// noun in -期 after a noun or verbal noun names a measure, not a time.
pub(crate) fn period(tags: &[Tag], k: usize) -> bool {
    let Some(t) = tags.get(k) else {
        return false;
    };
    t.tag == "t"
        && t.word.chars().count() == 2
        && t.word.ends_with('期')
        && !PHASES.contains(&t.word)
        && k > 0
        && matches!(tags[k - 1].tag.chars().next(), Some('n' | 'v' | 'j'))
}

/// Whether the word at `k` is inside a name though jieba reads it as a pronoun or a number:
/// a self-reference before a noun or verb (中央|本级/r|支出) or the number of an index or
/// series glued to a name and a noun (沪深|300|主力资金, 中证|1000|指数).
fn inside_name(tags: &[Tag], k: usize) -> bool {
    let (t, Some(next)) = (&tags[k], tags.get(k + 1)) else {
        return false;
    };
    let nominal_next = next.tag.starts_with('n') && next.tag != "nr";
    let own = t.tag == "r"
        && t.word.starts_with('本')
        && t.word.chars().count() == 2
        && (is_head(next) || next.tag == "v");
    let index = t.tag == "m"
        && t.word.chars().all(|c| c.is_ascii_digit())
        && k > 0
        && matches!(tags[k - 1].tag.chars().next(), Some('n' | 'j' | 'a'))
        && !is_number(&tags[k - 1])
        && nominal_next;
    own || index
}

/// Time words that name a kind, not a time (早期转化资金, 长期贷款).
pub(crate) const PHASES: &[&str] = &["早期", "中期", "长期", "短期", "初期", "远期", "晚期"];

/// Nouns of time after a number (5月份, 2025年度).
pub(crate) const TIME_NOUNS: &[&str] = &["月份", "年度", "季度", "年", "月", "日"];

/// Chars of a number (专业|点/m is no number).
const NUMERALS: &str = "零〇○一二两三四五六七八九十百千万亿几数多半";

/// Conjunctions of clauses jieba may tag otherwise (亏损|且/zg|营业收入).
const CLAUSE_CONJUNCTIONS: &[&str] = &["且", "并", "而", "但", "并且", "而且"];

/// Modal and goal words before a predicate (拟, 将, 计划).
pub(crate) const MODALS: &[&str] = &["拟", "将", "要", "计划", "预计", "力争"];

/// Whether `t` stands between a subject and its predicate or number and belongs to neither
/// phrase: an adverb, adjective (连续, 高|达), aspect particle, number, time, frame word (年均,
/// 累计), modal (可, 拟, 预期: 国内生产总值|预期|增长) or the preposition of a starting point
/// (失业率|从去年).
fn between(t: &Tag) -> bool {
    matches!(
        t.tag,
        "d" | "a" | "ad" | "ul" | "uz" | "ug" | "m" | "q" | "t"
    ) || super::words::FRAME_ADVERBS.contains(&t.word)
        || MODALS.contains(&t.word)
        || matches!(
            t.word,
            "可" | "能" | "会" | "从" | "由" | "自" | "预期" | "有"
        )
        || ADVERBIAL_NOUNS.contains(&t.word)
}

/// Nouns in -性 that jieba tags as nouns but that qualify the predicate after them (地区生产总值
/// |历史性|迈上).
const ADVERBIAL_NOUNS: &[&str] = &[
    "历史性",
    "阶段性",
    "突破性",
    "决定性",
    "标志性",
    "根本性",
    "全局性",
    "实质性",
    "开创性",
];

/// Units of a size that is part of a name (8英寸晶圆, 5纳米芯片).
pub(crate) const SIZE_UNITS: &[&str] = &["英寸", "寸", "纳米", "微米"];

/// Suffixes that make a number the grade or rank of the noun after it (世界500|强|企业,
/// 千亿元|级|企业, 5A|级|景区).
pub(crate) const GRADES: &[&str] = &["强", "级", "星级", "佳"];

/// Whether the number at `k` is part of the name after it: a size (8|英寸|衬底), a numeral
/// glued to a one-char word (一|产|增加值) or a grade before a head noun (500|强|企业).
pub(crate) fn names_with_number(tags: &[Tag], k: usize) -> bool {
    let (Some(n), Some(next)) = (tags.get(k), tags.get(k + 1)) else {
        return false;
    };
    let glued = matches!(n.word, "一" | "二" | "三")
        && next.word.chars().count() == 1
        && !matches!(next.tag, "q" | "m" | "t");
    let graded = GRADES.contains(&next.word) && tags.get(k + 2).is_some_and(is_head);
    n.tag == "m" && (SIZE_UNITS.contains(&next.word) || glued || graded)
}

/// Where the phrase closing `tags` may end: before the base of a comparison, and before the
/// adverbs, times, modals and a modal's verb that belong to the predicate.
fn phrase_end(tags: &[Tag]) -> usize {
    // 收益率|较4月份, 总量|比2020年: the base of a comparison follows what is measured; a
    // clause opening with one (较前一交易日|调升) names nothing.
    let mut end = tags
        .iter()
        .position(|t| super::words::COMPARISONS.contains(&t.word))
        .unwrap_or(tags.len());
    loop {
        while end > 1 && between(&tags[end - 1]) && !period(tags, end - 1) {
            end -= 1;
        }
        // 投资|拟安排, 转移支付|已下达: a modal or adverb and its verb are the predicate.
        // 街道已经|办: a one-char verb names no activity, the phrase is none.
        // 理由被|用: a passive verb of any length.
        let verb_after = end > 2
            && tags[end - 1].tag == "v"
            && (tags[end - 1].word.chars().count() >= 2 || tags[end - 2].word == "被")
            && between(&tags[end - 2]);
        if !verb_after {
            return end;
        }
        end -= 2;
    }
}

/// The noun phrase that closes `tags`, if they end in a head (adverbs, times, modals and a
/// modal's verb after it skipped: they belong to the predicate): the longest run of words the
/// grammar allows before it, within [`MAX_CHARS`]; `X的` joins when X ends in no verb or when
/// one word that is no noun follows 的 (获批设立的|分行/v); 对 joins two nouns (中央对地方);
/// a quoted term is taken whole; it opens on no 的, conjunction, closing quote or time noun of
/// a date (3月|份). Returns the phrase's start and end.
pub(crate) fn tail_range(tags: &[Tag]) -> Option<(usize, usize)> {
    let end = phrase_end(tags);
    let head = tags.get(end.checked_sub(1)?)?;
    let verbal = head.tag.starts_with('v') && head.word.chars().count() >= 2;
    let quoted = head.word == "”";
    let period = period(tags, end - 1);
    if breaks(head) && !period || !(is_head(head) || verbal || quoted || period) {
        return None;
    }
    let tags = &tags[..end];
    // “教学质量”: a quoted term is a name whatever its words.
    let mut start = match quoted {
        true => tags.iter().rposition(|t| t.word == "“")?,
        false => end - 1,
    };
    let mut len: usize = tags[start..].iter().map(|t| t.word.chars().count()).sum();
    while start > 0 && !quoted {
        let k = start - 1;
        let t = &tags[k];
        // 获批设立的|分行/v: one word after 的 that is no noun is named by the clause.
        let weak = end - start == 1 && !is_head(&tags[start]);
        // 中央对地方|转移支付, 人民币对美元|汇率: 对 between two nouns links them.
        let linked = k > 0 && is_head(&tags[k - 1]) && is_head(&tags[k + 1]);
        let inside = if t.word == "的" {
            k > 0 && tags[k - 1].tag != "v" && !breaks(&tags[k - 1]) || weak
        } else if t.word == "对" {
            linked
        } else if t.tag == "d" && matches!(tags[k + 1].tag.chars().next(), Some('n' | 'd')) {
            // 超长期|特别/d|国债: jieba's adverbs before a noun are part of its name.
            true
        } else if matches!(t.tag, "q" | "m") && k > 0 && is_head(&tags[k - 1]) {
            // 家电|类|商品, 玉米|年|出口量: a classifier or 年 after a noun is a suffix.
            t.tag == "q" || t.word == "年" || !breaks(t) || names_with_number(tags, k)
        } else {
            !breaks(t)
                || names_with_number(tags, k)
                || k > 0 && names_with_number(tags, k - 1)
                || inside_name(tags, k)
        };
        len += t.word.chars().count();
        if !inside || len > MAX_CHARS {
            break;
        }
        start = k;
    }
    // 3月|份, 2025|年度: a time noun after the number that opened a date is no part of it.
    let dated = |i: usize| i > 0 && tags[i - 1].tag == "m" && TIME_NOUNS.contains(&tags[i].word);
    while start + 1 < end
        && (matches!(tags[start].word, "的" | "”" | "》")
            || COORDINATION.contains(&tags[start].word)
            || dated(start))
    {
        start += 1;
    }
    // 这条|线路: a demonstrative before a classifier opening the phrase names the thing.
    let demonstrative = start > 0
        && matches!(tags[start - 1].word, "这" | "那" | "此")
        && tags[start].word.chars().count() == 1;
    Some((start - usize::from(demonstrative), end))
}

/// The noun phrase that closes `tags` (the words before a number or its predicate), or an
/// empty string when they end in no head.
pub(crate) fn tail(tags: &[Tag]) -> String {
    let Some((s, e)) = tail_range(tags) else {
        return String::new();
    };
    let phrase: String = tags[s..e].iter().map(|t| t.word).collect();
    // 6月11|日沪深: jieba joins the date's 日 to the next word.
    let dated = s > 0 && tags[s - 1].tag == "m" && phrase.chars().count() > 2;
    match phrase.strip_prefix(['日', '号']) {
        Some(rest) if dated => rest.to_string(),
        _ => phrase,
    }
}

/// Whether a phrase names nothing a number could measure: punctuation, a bare time, a
/// quantity, a function word, a stating verb, a place or direction word alone, or words none
/// of which is a noun or verb.
pub(crate) fn names_nothing(tags: &[Tag]) -> bool {
    match tags {
        [] => true,
        [one] => {
            breaks(one)
                || COORDINATION.contains(&one.word)
                || one.tag == "ns"
                || one.tag.starts_with('f')
        }
        _ => !tags
            .iter()
            .any(|t| is_head(t) || t.tag.starts_with('v') || t.tag == "eng"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jieba() -> &'static jieba_rs::Jieba {
        static JIEBA: std::sync::OnceLock<jieba_rs::Jieba> = std::sync::OnceLock::new();
        JIEBA.get_or_init(jieba_rs::Jieba::new)
    }

    fn tail_of(text: &str) -> String {
        tail(&jieba().tag(text, true))
    }

    #[test]
    fn the_phrase_ends_in_its_head() {
        // A conjunction of clauses, a preposition or a verb with its object ends it.
        assert_eq!(tail_of("该厂因去年亏损且营业收入"), "营业收入");
        assert_eq!(tail_of("县里为农户提供的小额贷款"), "小额贷款");
        // A demonstrative and its classifier name the thing (这条|线路).
        assert_eq!(tail_of("这条公路被封闭过"), "这条公路");
        // Trailing adverbs belong to the predicate; 关于 opens a topic.
        assert_eq!(tail_of("国家关于耕地承包期再"), "耕地承包期");
        assert_eq!(tail_of("公司股价"), "公司股价");
    }

    #[test]
    fn attributes_and_coordination_stay_inside() {
        // NP 的 NP is one phrase; a relative clause before 的 is not part of it.
        assert_eq!(tail_of("山区学校的图书数量"), "山区学校的图书数量");
        // …unless one word follows 的: the clause names which.
        assert_eq!(tail_of("近期获批设立的支行"), "获批设立的支行");
        assert_eq!(tail_of("课本和练习册"), "课本和练习册");
    }

    #[test]
    fn verbs_inside_a_compound_stay_inside() {
        assert_eq!(tail_of("全县新增就业"), "全县新增就业");
        assert_eq!(tail_of("日均快递业务量"), "日均快递业务量");
        // A classifier or 年 after a noun is a suffix of the name.
        assert_eq!(tail_of("小麦年出口量"), "小麦年出口量");
        // An adverb jieba tags before a noun is part of its name.
        assert_eq!(tail_of("超长期特别国债"), "超长期特别国债");
        // A modal and its verb, or a time between subject and predicate, are no part of it.
        assert_eq!(tail_of("专项资金拟安排"), "专项资金");
        assert_eq!(tail_of("棉花总产量连续8年"), "棉花总产量");
        // The base of a comparison is no part of the phrase; alone it names nothing.
        assert_eq!(tail_of("贷款余额较上月"), "贷款余额");
        assert_eq!(tail_of("较上月"), "");
        // The date's 日 jieba joins to the next word is cut.
        assert_eq!(tail_of("9月3日沪深两市融资余额"), "沪深两市融资余额");
        // A quoted term is a name.
        assert_eq!(tail_of("学生最看重“师资力量”"), "“师资力量”");
        // A size or a glued numeral is part of the name.
        assert_eq!(tail_of("8英寸晶圆的价格"), "8英寸晶圆的价格");
    }

    #[test]
    fn bare_words_name_nothing() {
        for text in ["2024年", "三个", "从", "和", "已经", "北京"] {
            assert!(names_nothing(&jieba().tag(text, true)), "{text}");
        }
        assert!(!names_nothing(&jieba().tag("粮食产量", true)));
    }
}
