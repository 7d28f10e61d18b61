//! What a claim measures: the subject, the verb, the direction, the time spoken of and the
//! role of the number, read from the clause around it with jieba's part-of-speech tags.

use super::Claim;
use jieba_rs::Jieba;
use regex::Regex;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// Whether the claim says something grew or shrank.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// It grew (增长, 提高).
    Increase,
    /// It shrank (下降, 减少).
    Decrease,
}

/// What the number is for, where the text makes it clear.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A goal: 预期目标, 力争, 拟.
    Target,
    /// A number that defines a set: 10万元以上的村.
    Threshold,
}

/// The context of one claim.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Context {
    pub subject: Option<String>,
    pub verb: Option<String>,
    pub direction: Option<Direction>,
    pub time: Option<String>,
    pub role: Option<Role>,
}

const INCREASE: &[&str] = &[
    "增长", "增加", "提高", "提升", "上升", "上涨", "扩大", "增至", "增", "涨", "攀升", "新增",
    "多",
];
const DECREASE: &[&str] = &[
    "减少", "下降", "降低", "下跌", "缩小", "回落", "压减", "削减", "降至", "减", "降", "跌",
    "收窄", "压缩",
];
/// Verbs that state a number: what stands before them is the subject.
const PREDICATES: &[&str] = &[
    "达", "达到", "超过", "为", "是", "占", "完成", "实现", "累计", "共计", "合计", "总计", "约为",
    "保持", "突破", "增长", "减少", "提高", "下降",
];
/// Verbs of official reports that jieba's dictionary tags as nouns.
const KNOWN_VERBS: &[&str] = &[
    "整治", "查处", "处理", "调解", "培训", "帮扶", "救助", "改造", "引进", "培育", "发放", "减免",
    "投入", "排查", "整改", "问责", "处分", "立案", "化解", "受理", "办理", "审结", "惠及", "覆盖",
    "吸纳", "招聘", "接待", "新建", "建成", "改建",
];
/// Verbs that govern a clause whose subject is counted: 推动…减少.
const CONTROL: &[&str] = &[
    "推动", "促进", "带动", "确保", "推进", "使", "让", "力争", "实现",
];
/// Nouns of measurement that end a subject: 占比, 涨幅.
const MEASURE_NOUNS: &[&str] = &[
    "占比", "比重", "比例", "增速", "增幅", "涨幅", "降幅", "规模", "总量", "总额", "产量", "收入",
    "人数", "强度", "率",
];
/// Words jieba splits in running text (占|比) that are one noun of measurement.
const SPLIT_NOUNS: &[&str] = &["占比"];

/// jieba's tags of `text`, with the nouns of measurement it splits (权重占|比, 占|比)
/// joined again.
pub(crate) fn tag<'a>(jieba: &'a Jieba, text: &'a str) -> Vec<jieba_rs::Tag<'a>> {
    let tags = jieba.tag(text, true);
    let mut out: Vec<jieba_rs::Tag<'a>> = Vec::with_capacity(tags.len());
    let mut i = 0;
    while i < tags.len() {
        let (this, next) = (&tags[i], tags.get(i + 1));
        let noun = next.and_then(|next| {
            let pair = &text[this.byte_start..next.byte_end];
            SPLIT_NOUNS
                .iter()
                .find(|n| pair.ends_with(*n) && n.len() > next.word.len())
                .map(|n| next.byte_end - n.len())
        });
        let Some(cut) = noun else {
            out.push(this.clone());
            i += 1;
            continue;
        };
        if cut > this.byte_start {
            out.push(retag(this, text, this.byte_start, cut, this.tag));
        }
        out.push(retag(this, text, cut, tags[i + 1].byte_end, "n"));
        i += 2;
    }
    out
}

/// `base` re-cut to the bytes `from..to` of `text`, tagged `tag`.
fn retag<'a>(
    base: &jieba_rs::Tag<'a>,
    text: &'a str,
    from: usize,
    to: usize,
    tag: &'a str,
) -> jieba_rs::Tag<'a> {
    let mut t = base.clone();
    t.word = &text[from..to];
    t.tag = tag;
    (t.byte_start, t.byte_end) = (from, to);
    t.start = text[..from].chars().count();
    t.end = t.start + t.word.chars().count();
    t
}

/// Whether a word names a measurement (占比, 增加值, 率).
pub fn is_measure_noun(word: &str) -> bool {
    MEASURE_NOUNS.iter().any(|n| word.ends_with(n)) || word.ends_with("增加值")
}

/// Words of a clause that report a result, not a goal: 实现, 完成, 达到, 突破, 去年 …
const RESULT: &[&str] = &[
    "实现",
    "完成",
    "达到",
    "突破",
    "去年",
    "上年",
    "过去",
    "已",
    "累计",
    "同比",
    "比上年",
    "较上年",
    "年末",
    "末",
    "截至",
];

/// Goal words of a clause: 预期, 力争, 目标, 确保 … (a goal word wins over a result word:
/// 力争实现).
const GOAL: &[&str] = &[
    "预期", "目标", "力争", "争取", "确保", "拟", "计划", "将", "要",
];

/// The role a clause gives its number: a goal or result word in it decides; else a goal
/// named earlier in the sentence or paragraph makes it a target.
fn role_of(clause: &str, facts: &SentenceFacts, at: usize) -> Option<Role> {
    if GOAL.iter().any(|g| clause.contains(g)) {
        return Some(Role::Target);
    }
    if RESULT.iter().any(|r| clause.contains(r)) {
        return None;
    }
    (facts.after_target || facts.target_end.is_some_and(|e| e <= at)).then_some(Role::Target)
}

/// Verbs that state a number as a share of a base (成本为铜的3倍, 相当于全国的70%).
const BASE_VERBS: &[&str] = &["为", "是", "相当于", "占", "达", "达到"];

/// Modal and prepositional words between a subject and its number: 赤字率拟按4%.
const MODALS: &[char] = &['拟', '按', '将', '在', '于', '已', '又', '再', '仍', '也'];
const TARGET: &[&str] = &[
    "预期目标",
    "目标是",
    "目标为",
    "力争",
    "拟",
    "计划",
    "确保",
    "争取",
];

/// Chars that end a clause: the subject of a claim is looked for inside its clause. A line
/// break or tab separates the cells of a table.
fn clause_break(c: char) -> bool {
    "，；：、。！？（）,;:\n\t".contains(c)
}

/// How far from the number its clause is read, on either side: a clause longer than this is
/// not one (a flattened table, a list of numbers), and reading stays linear in the sentence.
const CLAUSE_WINDOW: usize = 64;
/// The longest subject kept, in chars: a subject is a short noun phrase.
const MAX_SUBJECT: usize = 32;

/// What a sentence says once for all its claims: its time expressions (char start, text)
/// and where its first goal word (预期目标, 力争 …) ends, if it has one.
pub struct SentenceFacts {
    times: Vec<(usize, String)>,
    target_end: Option<usize>,
    /// An earlier sentence of the paragraph named a goal.
    after_target: bool,
}

impl SentenceFacts {
    /// Reads the facts of `sentence`; `after_target` when the paragraph named a goal before it.
    pub fn read(sentence: &[char], after_target: bool) -> SentenceFacts {
        let text: String = sentence.iter().collect();
        let char_at = |byte: usize| text[..byte].chars().count();
        // Matches come in order: one pass turns their byte offsets into char offsets.
        let (mut chars, mut last) = (0, 0);
        let times = time_pattern()
            .find_iter(&text)
            .map(|m| {
                chars += text[last..m.start()].chars().count();
                last = m.start();
                (chars, m.as_str().to_string())
            })
            .collect();
        let target_end = TARGET
            .iter()
            .filter_map(|t| text.find(t).map(|at| char_at(at + t.len())))
            .min();
        SentenceFacts {
            times,
            target_end,
            after_target,
        }
    }

    /// Whether the sentence names a goal (so later sentences of the paragraph speak of one).
    pub fn names_target(&self) -> bool {
        self.after_target || self.target_end.is_some()
    }
}

/// Reads the context of `claim` in `sentence`; `from` is where the clause may start at the
/// latest (the end of the previous claim); `facts` are the sentence's.
pub fn read(
    jieba: &Jieba,
    sentence: &[char],
    claim: &Claim,
    from: usize,
    facts: &SentenceFacts,
) -> Context {
    let lo = from.max(claim.span[0].saturating_sub(CLAUSE_WINDOW));
    let clause_start = sentence[lo.min(claim.span[0])..claim.span[0]]
        .iter()
        .rposition(|&c| clause_break(c))
        .map_or(lo, |p| lo + p + 1)
        .min(claim.span[0]);
    let pre: String = sentence[clause_start..claim.span[0]].iter().collect();
    let pre = pre
        .trim_start_matches(['的', '为', '是', '达', '共'])
        .trim_end_matches(MODALS)
        .to_string();
    let tags = clause_tags(jieba, &pre);
    // Verbs that can govern an object; a prefix like 超 of 超长期 or a modal like 拟 cannot.
    // A verbal noun governs what follows it (整治|群众身边…问题) unless it ends the clause.
    let is_verb = |i: usize, t: &jieba_rs::Tag| {
        let verbal = t.tag.starts_with('v')
            && (t.tag != "vn" || i + 1 < tags.len() || PREDICATES.contains(&t.word));
        verbal && t.word.chars().count() > 1 || t.word == "达" || KNOWN_VERBS.contains(&t.word)
    };
    let verbs: Vec<usize> = tags
        .iter()
        .enumerate()
        .filter(|(i, t)| is_verb(*i, t))
        .map(|(i, _)| i)
        .collect();
    let measure_noun = MEASURE_NOUNS.iter().any(|n| pre.ends_with(n));
    let (verb, subject) = verb_and_subject(&tags, &verbs, measure_noun);
    let subject = subject
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '“' && c != '”')
        .to_string();
    // A noun right after the number is what it counts: 有约7000家|各类合作社,
    // 吸引250万名|游客; else the words before it, else any noun after it.
    let subject = noun_after(jieba, sentence, claim)
        .or_else(|| (subject.chars().count() >= 2).then_some(subject))
        .or_else(|| after_subject(sentence, claim));
    let direction = verb.as_deref().and_then(direction_of).or_else(|| {
        // 比上年提高: the verb may be the last word even when tagged otherwise.
        tags.last().and_then(|t| direction_of(t.word))
    });
    let after: String = sentence[claim.span[1]..].iter().take(2).collect();
    let role = if after.starts_with('的')
        && matches!(
            claim.qualifier,
            super::Qualifier::AtLeast
                | super::Qualifier::AtMost
                | super::Qualifier::MoreThan
                | super::Qualifier::LessThan
        ) {
        Some(Role::Threshold)
    } else {
        // The claim's own words count (突破1万亿元 reports a result).
        let clause: String = sentence[clause_start..claim.span[1]].iter().collect();
        role_of(&clause, facts, claim.span[0])
    };
    Context {
        subject,
        verb,
        direction,
        time: time_of(&facts.times, claim.span[0]),
        role,
    }
}

/// The tags of the words before a number, without what is not the clause's predicate or
/// subject: the preposition after a verb (提高到, 降至) and, in 成本仅为铜的3倍, what follows
/// 为 (the base the number is measured against).
fn clause_tags<'a>(jieba: &'a Jieba, pre: &'a str) -> Vec<jieba_rs::Tag<'a>> {
    let mut tags = tag(jieba, pre);
    // 提高到, 降至: the preposition after the verb is not the verb.
    if tags.len() > 1
        && matches!(tags[tags.len() - 1].word, "到" | "至")
        && tags[tags.len() - 2].tag.starts_with('v')
    {
        tags.pop();
    }
    // 成本仅为铜的3倍: what stands before 为 is measured against what follows it.
    if tags.last().is_some_and(|t| t.tag == "uj") {
        if let Some(p) = tags.iter().rposition(|t| BASE_VERBS.contains(&t.word)) {
            tags.truncate(p);
        }
    }
    tags
}

/// The verb that states the number and the subject before it, from the tagged clause
/// (`verbs`: the positions of its verbs; `measure_noun`: the clause ends in one).
fn verb_and_subject(
    tags: &[jieba_rs::Tag],
    verbs: &[usize],
    measure_noun: bool,
) -> (Option<String>, String) {
    match verbs.last() {
        // The predicate stands right before the number: 机构减少75.8%. The subject runs from
        // the first verb that governs it: 推动|基层议事协调机构|减少.
        Some(&last)
            if last + 1 == tags.len()
                && !measure_noun
                && (PREDICATES.contains(&tags[last].word)
                    || direction_of(tags[last].word).is_some()) =>
        {
            let governs = |v: &&usize| {
                CONTROL.contains(&tags[**v].word) || KNOWN_VERBS.contains(&tags[**v].word)
            };
            let from = verbs[..verbs.len() - 1]
                .iter()
                .rev()
                .find(governs)
                .map_or(0, |&v| v + 1);
            (
                Some(tags[last].word.to_string()),
                nearest(&tags[from..last]),
            )
        }
        // A lone verb (帮助100多家…企业): the subject follows the number.
        Some(&last) if last + 1 == tags.len() && tags.len() == 1 => {
            (Some(tags[last].word.to_string()), String::new())
        }
        // A verb ending a noun phrase (城镇新增就业, 经营性收入): the phrase is the subject.
        Some(&last) if last + 1 == tags.len() => {
            let from = verbs
                .iter()
                .rev()
                .nth(1)
                .filter(|&&v| PREDICATES.contains(&tags[v].word) || CONTROL.contains(&tags[v].word))
                .map_or(0, |&v| v + 1);
            (
                verbs.iter().rev().nth(1).map(|&v| tags[v].word.to_string()),
                nearest(&tags[from..]),
            )
        }
        Some(&last) => (
            Some(tags[last].word.to_string()),
            nearest(&tags[last + 1..]),
        ),
        None => (None, nearest(tags)),
    }
}

/// Comparisons and adverbs that frame a number but are not what it measures.
const FRAMES: &[&str] = &[
    "同比",
    "环比",
    "比上年",
    "较上年",
    "比去年",
    "较去年",
    "累计",
    "分别",
    "平均",
    "其中",
    "全年",
    "共计",
    "总计",
    "合计",
];

/// A subject without the frames around it: 其中出口 → 出口, 城镇化率为 → 城镇化率,
/// 比1—8月份加快, 但相较传统铜材 → nothing.
pub fn tidy_subject(subject: &str) -> String {
    let mut s = subject.trim().trim_start_matches(['但', '而', '并', '且']);
    // 相较传统铜材提升近一倍: the base of a comparison is not what is measured.
    if ["比", "较", "相较", "相比", "对比", "与"]
        .iter()
        .any(|c| s.starts_with(c))
    {
        return String::new();
    }
    loop {
        let before = s;
        for f in FRAMES {
            s = s.strip_prefix(f).unwrap_or(s);
            s = s.strip_suffix(f).unwrap_or(s);
        }
        s = s.trim_end_matches(['的', '为', '是', '达', '约', '共', '了']);
        if s == before {
            return s.to_string();
        }
    }
}

fn direction_of(word: &str) -> Option<Direction> {
    if DECREASE.iter().any(|d| word.ends_with(d)) {
        Some(Direction::Decrease)
    } else if INCREASE.iter().any(|d| word.ends_with(d)) {
        Some(Direction::Increase)
    } else {
        None
    }
}

/// The words of a pre-number phrase nearest the number that fit in a subject (a Chinese noun
/// phrase ends in its head, next to the number).
fn nearest(tags: &[jieba_rs::Tag]) -> String {
    let mut len = 0;
    let kept = tags
        .iter()
        .rev()
        .take_while(|t| {
            len += t.word.chars().count();
            len <= MAX_SUBJECT
        })
        .count();
    tags[tags.len() - kept..].iter().map(|t| t.word).collect()
}

/// The phrase after the claim up to the end of its clause, within the clause window.
fn phrase_after(sentence: &[char], claim: &Claim) -> String {
    sentence[claim.span[1]..]
        .iter()
        .take(CLAUSE_WINDOW)
        .take_while(|&&c| !clause_break(c))
        .collect()
}

/// The noun phrase that directly follows the claim (not after 的, which makes the number a
/// threshold): its leading words up to its last noun, stopping at a function word, at a verb
/// after a noun (项目|并网) and at a quantifier (全部); a verbal noun ending it is a
/// predicate (成分股|调整).
fn noun_after(jieba: &Jieba, sentence: &[char], claim: &Claim) -> Option<String> {
    let rest = &sentence[claim.span[1]..];
    if !rest
        .first()
        .is_some_and(|&c| crate::clean::chars::is_han(c))
        || rest[0] == '的'
    {
        return None;
    }
    let phrase = phrase_after(sentence, claim);
    // 69个国家和地区的客户: a noun phrase before 的 is what is counted; 100多家党建评价为
    // “好”的中小微企业: a relative clause before 的 is not, the head noun follows the last 的.
    let (first, last) = match phrase.split_once('的') {
        Some((first, _)) => (first, phrase.rsplit('的').next().unwrap_or("")),
        None => (phrase.as_str(), phrase.as_str()),
    };
    let possessive = noun_phrase(jieba, first).filter(|np| np.len() == first.len());
    let noun = possessive.or_else(|| noun_phrase(jieba, last))?;
    let milestone = MILESTONES.iter().any(|m| noun.ends_with(m));
    (noun.chars().count() >= 2 && !milestone).then_some(noun)
}

/// Nouns of a level reached, not of what is measured: 迈上1.4万亿斤|新台阶, 突破1.3万亿斤|大关,
/// 创下5000点|新高; the measure is named before the number.
const MILESTONES: &[&str] = &["台阶", "大关", "关口", "新高", "高位", "纪录", "里程碑"];

/// Quantifiers jieba tags as nouns: they end a noun phrase (项目|全部).
const QUANTIFIERS: &[&str] = &["全部", "所有", "部分", "全体", "大部分"];

/// The noun phrase that opens `text`: its words up to the last noun before a function word,
/// a verb (not a verbal noun) after a noun, or a quantifier.
fn noun_phrase(jieba: &Jieba, text: &str) -> Option<String> {
    let tags = tag(jieba, text);
    let (mut len, mut end, mut seen_head) = (0, 0, false);
    for (i, t) in tags.iter().enumerate() {
        len += t.word.chars().count();
        let head = matches!(t.tag.chars().next(), Some('n' | 'j' | 's')) && t.tag != "vn"
            || t.tag == "eng";
        let modifier = matches!(t.tag.chars().next(), Some('a' | 'b' | 'f'))
            || t.tag == "c"
            || t.tag == "vn"
            || (t.tag.starts_with('v') && !seen_head);
        if len > MAX_SUBJECT || QUANTIFIERS.contains(&t.word) || !(head || modifier) {
            break;
        }
        if head {
            (end, seen_head) = (i + 1, true);
        }
    }
    let noun: String = tags[..end].iter().map(|t| t.word).collect();
    (!noun.is_empty()).then_some(noun)
}

/// For a clause that is only a verb and its number (…发行超长期特别国债，…，今年先发行1万亿元):
/// the noun phrase the same verb took earlier in the sentence.
pub(crate) fn earlier_object(jieba: &Jieba, sentence: &[char], claim: &Claim) -> Option<String> {
    let at = claim.span[0];
    let start = sentence[..at]
        .iter()
        .rposition(|&c| clause_break(c))
        .map_or(0, |p| p + 1);
    let pre: String = sentence[start..at].iter().collect();
    let tags = tag(jieba, &pre);
    let verb = tags
        .last()
        .filter(|t| t.tag.starts_with('v') && t.word.chars().count() >= 2)?
        .word;
    let before: String = sentence[..start].iter().collect();
    let after = &before[before.rfind(verb)? + verb.len()..];
    let phrase: String = after.chars().take_while(|&c| !clause_break(c)).collect();
    let last = tag(jieba, &phrase).last().map(|t| t.tag)?;
    let nominal = matches!(last.chars().next(), Some('n' | 'j')) && last != "vn";
    (nominal && (2..=MAX_SUBJECT / 2).contains(&phrase.chars().count())).then_some(phrase)
}

/// When nothing before the number names what it counts, the noun after it does:
/// 帮助100多家党建评价为“好”的中小微企业 → 中小微企业. The next number of a list (1000万元
/// 1001万元, 14个80%以上) is not a noun.
fn after_subject(sentence: &[char], claim: &Claim) -> Option<String> {
    let phrase = phrase_after(sentence, claim);
    let noun: String = phrase
        .rsplit('的')
        .next()
        .unwrap_or("")
        .trim()
        .chars()
        .take(MAX_SUBJECT)
        .collect();
    let chars: Vec<char> = noun.chars().collect();
    let nominal = chars
        .first()
        .is_some_and(|&c| c.is_alphanumeric() || crate::clean::chars::is_opener(c))
        && super::scan::scan(&chars)
            .first()
            .is_none_or(|c| c.span[0] > 0);
    (nominal && chars.len() >= 2).then_some(noun)
}

fn time_pattern() -> &'static Regex {
    static TIME: OnceLock<Regex> = OnceLock::new();
    TIME.get_or_init(|| {
        Regex::new(r"\d{4}年(\d{1,2}月(\d{1,2}日)?)?|[一二三四五六七八九十]{1,3}五时期|今年|去年|上年|明年|前年|当年|本年度|一年来|近年来|近\d+年|过去\d+年|\d{1,2}月份").expect("time pattern")
    })
}

/// The time the sentence speaks of: the last time expression before the claim at `at`, else
/// the first after it.
fn time_of(times: &[(usize, String)], at: usize) -> Option<String> {
    let before = times.partition_point(|(start, _)| *start < at);
    let (_, t) = times.get(before.checked_sub(1).unwrap_or(before))?;
    Some(t.clone())
}
