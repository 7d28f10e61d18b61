//! What a claim measures: the subject, the verb, the direction, the time spoken of and the
//! role of the number, read from the clause around it with jieba's part-of-speech tags.

pub(crate) use super::words::{direction_of, is_measure_noun, is_stating_verb, FRAME_ADVERBS};
use super::words::{
    CONTROL, DECREASE, FIELD_VERBS, INCREASE, KNOWN_VERBS, MEASURE_NOUNS, PREDICATES, RESULT,
};
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

/// Words jieba splits in running text (占|比) that are one noun of measurement.
const SPLIT_NOUNS: &[&str] = &["占比"];

/// jieba's tags of `text`, corrected for the words of reports (`retag`), with the nouns of
/// measurement it splits (权重占|比, 占|比) joined again.
pub(crate) fn tag<'a>(jieba: &'a Jieba, text: &'a str) -> Vec<jieba_rs::Tag<'a>> {
    let mut tags = jieba.tag(text, true);
    super::retag::correct(&mut tags);
    let mut out: Vec<jieba_rs::Tag<'a>> = Vec::with_capacity(tags.len());
    let mut i = 0;
    while i < tags.len() {
        let (this, next) = (&tags[i], tags.get(i + 1));
        // 财政赤字|率控制, 居民消费|价格上涨: jieba joins a measure noun to the predicate
        // after it.
        // 数据|港跌, 工业|富联跌: a name glued to a one-char change verb of prices.
        let closing = next.is_none_or(|n| matches!(n.word, "逾" | "超" | "近" | "约" | "了"));
        if let Some((cut, first)) = closing.then(|| change_inside(this)).flatten() {
            out.push(retag(this, text, this.byte_start, cut, first));
            out.push(retag(this, text, cut, this.byte_end, "v"));
            i += 1;
            continue;
        }
        if let Some(cut) = predicate_inside(this) {
            // 全面完成/l: a fixed expression of a manner word and a predicate is an adverb and
            // its verb (价格上涨/l: a noun and its verb).
            let manner = MANNER.contains(&&this.word[..cut - this.byte_start]);
            let first = if this.tag == "l" && manner { "d" } else { "n" };
            out.push(retag(this, text, this.byte_start, cut, first));
            out.push(retag(this, text, cut, this.byte_end, "v"));
            i += 1;
            continue;
        }
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

/// Words of manner jieba joins to the predicate after them (全面完成/l, 基本实现/l).
const MANNER: &[&str] = &[
    "全面", "基本", "圆满", "顺利", "提前", "超额", "如期", "按期", "全部", "大幅", "稳步",
];

/// Where a noun token ends in a predicate of two chars or more (率控制, 价格上涨), the byte
/// where that predicate starts.
fn predicate_inside(t: &jieba_rs::Tag) -> Option<usize> {
    if !matches!(t.tag.chars().next(), Some('n' | 'l')) {
        return None;
    }
    // Most words end with no verb's last byte: one test rules them out.
    const LAST: u64 = crate::wordsets::last_bits(PREDICATES.list())
        | crate::wordsets::last_bits(INCREASE)
        | crate::wordsets::last_bits(DECREASE);
    if !crate::wordsets::may_end_with_one(t.word, LAST) {
        return None;
    }
    let stating =
        |v: &&&str| t.word.len() > v.len() && t.word.ends_with(**v) && v.chars().count() >= 2;
    let verb = PREDICATES
        .iter()
        .chain(INCREASE)
        .chain(DECREASE)
        .find(stating)?;
    Some(t.byte_end - verb.len())
}

/// Chars before 涨 or 跌 that make one word of change with it (上涨, 大跌, 领涨, 止跌).
const CHANGE_PREFIXES: &str =
    "上下大暴狂猛飙微小回反续齐领普收再又也同环共累逆走看冲止补急低高跟追杀抗滞飞不未";

/// Where a word jieba glued to a one-char change verb ends, and the tag of what precedes it:
/// a name before 涨 or 跌 (港跌, 富联跌, 粉材涨: `n`) or an adverb before a change (再降: `d`);
/// none for a word of change itself (上涨, 领跌, 止跌).
fn change_inside(t: &jieba_rs::Tag) -> Option<(usize, &'static str)> {
    if matches!(t.tag, "m" | "x") {
        return None;
    }
    let verb = t.word.chars().last()?;
    if !matches!(verb, '涨' | '跌' | '降' | '增' | '减' | '升') {
        return None;
    }
    let rest = &t.word[..t.word.len() - verb.len_utf8()];
    let last = rest.chars().last()?;
    let cut = t.byte_start + rest.len();
    // 再降, 又增: an adverb glued to a one-char change verb.
    if rest.chars().count() == 1 && matches!(last, '再' | '又' | '还' | '将' | '已' | '均') {
        return Some((cut, "d"));
    }
    let price = matches!(verb, '涨' | '跌');
    (price && !CHANGE_PREFIXES.contains(last)).then_some((cut, "n"))
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

/// Verbs whose object is the subject of a verb after it (争取100个项目纳入…, 组织200名志愿者
/// 参与…, 使5000户用上…).
const PIVOTS: &[&str] = &[
    "争取", "动员", "吸引", "组织", "鼓励", "引导", "帮助", "促成", "推荐", "号召", "使", "让",
];

/// Goal words of a clause: 预期, 力争, 目标, 确保 … (a goal word wins over a result word:
/// 力争实现).
const GOAL: &[&str] = &[
    "预期", "目标", "力争", "争取", "确保", "拟", "计划", "将", "要",
];

/// The role a clause gives its number: a goal or result word in it decides; else a goal
/// named earlier in the sentence or paragraph makes it a target.
fn role_of(clause: &str, facts: &SentenceFacts, at: usize) -> Option<Role> {
    let holds = crate::wordsets::CharSet::of(clause);
    if GOAL
        .iter()
        .any(|g| holds.may_contain(g) && clause.contains(g))
    {
        return Some(Role::Target);
    }
    if RESULT
        .iter()
        .any(|r| holds.may_contain(r) && clause.contains(r))
    {
        return None;
    }
    (facts.after_target || facts.target_end.is_some_and(|e| e <= at)).then_some(Role::Target)
}

/// Verbs that state a level, not a change: the number measures what stands before them.
const COPULAS: &[&str] = &[
    "达", "达到", "为", "是", "约为", "可达", "高达", "多达", "突破", "超过", "保持", "稳定",
    "控制", "占",
];

/// Verbs that state a number as a share of a base (成本为铜的3倍, 相当于全国的70%).
const BASE_VERBS: &[&str] = &[
    "为",
    "是",
    "相当于",
    "占",
    "达",
    "达到",
    "超过",
    "不超过",
    "低于",
    "高于",
    "不低于",
    "不高于",
    "只有",
    "仅有",
    "约为",
    "不及",
];

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

/// Where the goal word of `sentence` that ends first ends (in chars), if it has one.
fn target_end(sentence: &[char]) -> Option<usize> {
    static FIRST: OnceLock<(Vec<char>, u64)> = OnceLock::new();
    // The words' first chars, and a mask of their low six bits: most chars fail the mask.
    let (first, mask) = FIRST.get_or_init(|| {
        let first: Vec<char> = TARGET.iter().filter_map(|t| t.chars().next()).collect();
        let mask = first
            .iter()
            .fold(0, |m, &c| m | crate::wordsets::low_bit(c));
        (first, mask)
    });
    let mut end: Option<usize> = None;
    for (i, c) in sentence.iter().enumerate() {
        // A word starting here or later ends after the one found.
        if end.is_some_and(|e| i >= e) {
            break;
        }
        if mask & crate::wordsets::low_bit(*c) == 0 || !first.contains(c) {
            continue;
        }
        for t in TARGET
            .iter()
            .filter(|t| super::units::starts_with(&sentence[i..], t))
        {
            let e = i + t.chars().count();
            end = Some(end.map_or(e, |m| m.min(e)));
        }
    }
    end
}

/// Chars that end a clause: the subject of a claim is looked for inside its clause. A line
/// break or tab separates the cells of a table.
fn clause_break(c: char) -> bool {
    "，；：、。！？（）,;:\n\t".contains(c)
}

/// Where the clause holding char `at` of `sentence` begins.
fn clause_start(sentence: &[char], at: usize) -> usize {
    sentence[..at]
        .iter()
        .rposition(|&c| clause_break(c))
        .map_or(0, |p| p + 1)
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
    /// Reads the facts of `sentence`; `after_target` when the paragraph named a goal before it;
    /// its times only when it has `claims` (their only readers).
    pub fn read(sentence: &[char], after_target: bool, claims: bool) -> SentenceFacts {
        // Every time expression holds 年, 月 or 期 (`time_pattern`): a sentence with none
        // skips the regex and the copy it reads.
        let times = if claims && sentence.iter().any(|&c| matches!(c, '年' | '月' | '期')) {
            let text: String = sentence.iter().collect();
            // Matches come in order: one pass turns their byte offsets into char offsets.
            let (mut chars, mut last) = (0, 0);
            time_pattern()
                .find_iter(&text)
                .map(|m| {
                    chars += text[last..m.start()].chars().count();
                    last = m.start();
                    (chars, m.as_str().to_string())
                })
                .collect()
        } else {
            Vec::new()
        };
        SentenceFacts {
            times,
            target_end: target_end(sentence),
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
    let (clause_start, pre) = clause_before(sentence, claim, from);
    let tags = clause_tags(jieba, &pre);
    let verbs = verb_positions(&tags);
    let measure_noun = MEASURE_NOUNS.iter().any(|n| pre.ends_with(n));
    // A count with a classifier counts things (390个); 5.5亿 alone may be an amount.
    let counts = claim.kind == super::ClaimKind::Count && !claim.unit.is_empty();
    let (verb, subject) = verb_and_subject(&tags, &verbs, measure_noun, counts);
    let subject = subject
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '“' && c != '”')
        .to_string();
    // A noun right after the number is what it counts: 有约7000家|各类合作社,
    // 吸引250万名|游客; else the words before it, else any noun after it.
    let after_noun = tags
        .last()
        .is_some_and(|t| matches!(t.tag.chars().next(), Some('n' | 'j')) && t.tag != "vn");
    // 能源综合生产能力达|2.3亿吨|标准煤: a measure a copula states is of the subject before
    // it; the noun after names what it is counted in.
    let stated = !counts
        && subject.chars().count() >= 2
        && tags
            .last()
            .is_some_and(|t| verb.as_deref() == Some(t.word) && COPULAS.contains(&t.word));
    // 支持160个|国家乡村振兴重点帮扶县: things counted in the object of a verb (an amount
    // there is followed by its purpose: 增加6万亿元限额|置换…).
    // …实验室等5个|高能级创新平台: so are things counted after a list closed by 等.
    // 争取100个项目|纳入…: after a verb whose object does something (a pivot), the verb after
    // the counted noun is its predicate, not part of its name.
    let after_verb = counts
        && tags.last().is_some_and(|t| {
            (matches!(t.tag, "v" | "vn") || KNOWN_VERBS.contains(&t.word) || t.word == "等")
                && !PIVOTS.contains(&t.word)
        });
    let subject = holding(&tags, claim)
        .or_else(|| extended(jieba, claim, &pre))
        .or_else(|| spanned(jieba, sentence, claim))
        .or_else(|| object_after(jieba, sentence, claim, &tags))
        .or_else(|| {
            (!stated).then(|| noun_after(jieba, sentence, claim, after_noun, after_verb))?
        })
        .or_else(|| closing_count(jieba, sentence, claim, &tags))
        .or_else(|| (subject.chars().count() >= 2).then_some(subject))
        .or_else(|| after_subject(jieba, sentence, claim))
        .or_else(|| growth_after(jieba, sentence, claim));
    let subject = stake(sentence, claim, subject).map(|s| governed(jieba, sentence, claim, s));
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

/// Round 17: the thing a duration extends (第二轮土地承包到期后再延长|30年): the noun
/// phrase before 延长, past the frame words between (到期后, 再, 将). The noun after the
/// number (…30年|整省试点) is what is done about it, not what lasts.
fn extended(jieba: &Jieba, claim: &Claim, pre: &str) -> Option<String> {
    if claim.kind != super::ClaimKind::Duration {
        return None;
    }
    let mut rest = pre.trim_end_matches('了').strip_suffix("延长")?;
    while let Some(r) = EXTENSION_FRAMES.iter().find_map(|f| rest.strip_suffix(f)) {
        rest = r;
    }
    let noun = super::phrase::tail(&tag(jieba, rest));
    (noun.chars().count() >= 2).then_some(noun)
}

/// Round 19: what lasts when the duration qualifies it (为期|两天|的|第二届俄罗斯—非洲峰会|7月
/// 28日闭幕, 历时三年的改造工程): the noun phrase after 的, up to the verb, number, time, adverb
/// or preposition that opens its predicate.
fn spanned(jieba: &Jieba, sentence: &[char], claim: &Claim) -> Option<String> {
    let before = sentence.get(..claim.span[0])?;
    let spans = SPANS.iter().any(|w| super::units::ends_with(before, w));
    if claim.kind != super::ClaimKind::Duration || !spans {
        return None;
    }
    let phrase = phrase_after(sentence, claim);
    let tags = tag(jieba, phrase.strip_prefix('的')?);
    let mut seen = false;
    let end = tags
        .iter()
        .position(|t| {
            let opens = matches!(t.tag, "v" | "d" | "p") || t.tag.starts_with('t');
            let stop = seen && (opens || super::phrase::is_number(t));
            seen |= super::phrase::is_head(t);
            stop
        })
        .unwrap_or(tags.len());
    let noun = super::phrase::tail(&tags[..end]);
    (noun.chars().count() >= 2).then_some(noun)
}

/// Words before a duration that qualifies what follows it (为期两天的峰会).
const SPANS: &[&str] = &["为期", "历时", "长达"];

/// Words between the thing a duration extends and 延长 (…到期后|再|延长).
const EXTENSION_FRAMES: &[&str] = &["再", "将", "可", "拟", "期满后", "到期后", "到期"];

/// Round 17: the measure named after the number when nothing else names it: `6.5%左右的|增速`,
/// `确定4.5%左右的|增长目标`, `经济增长“5.5%左右”的|预期目标` (jieba tags 增速 and 增长 as verbs, so
/// no noun phrase is read there): the words of growth and goal after 的, closing on one.
fn growth_after(jieba: &Jieba, sentence: &[char], claim: &Claim) -> Option<String> {
    let phrase = phrase_after(sentence, claim);
    let phrase = phrase.trim_start_matches(['”', '"']).strip_prefix('的')?;
    let words: Vec<&str> = tag(jieba, phrase)
        .iter()
        .map(|t| t.word)
        .take_while(|w| GROWTH_OPENERS.contains(w) || GROWTH_CLOSERS.contains(w))
        .collect();
    let last = words.iter().rposition(|w| GROWTH_CLOSERS.contains(w))?;
    let noun: String = words[..=last].concat();
    (noun.chars().count() >= 2).then_some(noun)
}

/// Words that open a growth measure or its goal after a number (…的|预期|增长|目标) and
/// cannot close one.
const GROWTH_OPENERS: &[&str] = &["经济", "年均", "预期"];

/// Words of a growth measure or its goal after a number that may close one (增长, 增速, 目标 …).
const GROWTH_CLOSERS: &[&str] = &[
    "增长",
    "增速",
    "增幅",
    "涨幅",
    "降幅",
    "增长率",
    "目标",
    "预期目标",
];

/// Round 16: a subject standing right before a bare number and opening with an acting verb is
/// the verb and its object, and the number measures the object (查实|涉案金额200余万元,
/// 安排|中央本级支出…亿元): the object is kept when it has two words or more and opens with a
/// noun, a distinguishing word or a verb (查实|涉案|金额). Only right before a bare number,
/// since names hold verbs jieba tags so elsewhere (发行价格为…, 务工规模超过…, 受困群众); a
/// change verb (下调), 新增, a stating verb and a verb naming a field (快递, 投资) stay.
fn governed(jieba: &Jieba, sentence: &[char], claim: &Claim, subject: String) -> String {
    let want: Vec<char> = subject.chars().collect();
    let bare = claim.text.starts_with(|c: char| {
        c.is_ascii_digit() || c == '十' || super::numeral::digit(c).is_some()
    });
    if !bare || !sentence[..claim.span[0]].ends_with(&want) {
        return subject;
    }
    let tags = tag(jieba, &subject);
    let acting = |t: &jieba_rs::Tag| {
        t.tag == "v"
            && t.word != "新增"
            && direction_of(t.word).is_none()
            && !super::words::is_stating_verb(t.word)
            && !FIELD_VERBS.contains(&t.word)
    };
    match &tags[..] {
        [verb, first, .., last]
            if acting(verb)
                && matches!(first.tag.chars().next(), Some('n' | 'b' | 'v'))
                && (last.tag.starts_with('n') || matches!(last.tag, "l" | "vn" | "v")) =>
        {
            subject[verb.word.len()..].to_string()
        }
        _ => subject,
    }
}

/// An amount between a verb and `的` + a noun phrase closing the clause is an amount of that
/// phrase: 处以50万元（…）的|罚款, 提供不超过4.5亿元的|专项贷款, 削减40%的|载货量; an amount
/// of money needs no 的 (筹集8万元|丧葬补助, round 14). A copula
/// before it (占, 为, 达) or a goal after it (…的目标) is no such verb.
fn object_after(
    jieba: &Jieba,
    sentence: &[char],
    claim: &Claim,
    tags: &[jieba_rs::Tag],
) -> Option<String> {
    use super::ClaimKind::{Money, Percent, Quantity};
    let verb = tags.last()?;
    let acts = verb.tag == "v"
        && verb.word.chars().count() >= 2
        && !COPULAS.contains(&verb.word)
        && !BASE_VERBS.contains(&verb.word)
        && !PREDICATES.contains(&verb.word);
    if !acts || !matches!(claim.kind, Money | Percent | Quantity) {
        return None;
    }
    let mut rest = &sentence[claim.span[1]..];
    // （约合64.4万美元）: a bracket restating the amount is skipped.
    if matches!(rest.first(), Some('（' | '(')) {
        let close = rest.iter().position(|&c| matches!(c, '）' | ')'))?;
        rest = &rest[close + 1..];
    }
    // 筹集8万元|丧葬补助, 设立2.1亿元|先行赔付专项基金: an amount of money right before a
    // noun phrase names what the money is.
    let bare = claim.kind == Money
        && rest
            .first()
            .is_some_and(|&c| crate::clean::chars::is_han(c) && c != '的');
    let rest = if bare {
        rest
    } else {
        rest.strip_prefix(&['的'])?
    };
    let phrase: String = rest
        .iter()
        .take(CLAUSE_WINDOW)
        .take_while(|&&c| !clause_break(c))
        .collect();
    // 削减40%的载货量|才能通行: the noun phrase closes the clause or its predicate follows.
    let tags = tag(jieba, &phrase);
    let opens_noun = tags
        .first()
        .is_some_and(|t| nominal(t.tag) || t.tag.starts_with('b'));
    if bare && (!opens_noun || CURRENCY_NOUNS.iter().any(|c| phrase.starts_with(c))) {
        return None;
    }
    let noun = noun_phrase_of(&tags, false).filter(|np| {
        let next = tags.iter().find(|t| t.byte_start == np.len());
        *np == phrase || next.is_some_and(|t| matches!(t.tag, "d" | "v" | "p"))
    })?;
    let goal = GOAL_NOUNS.iter().any(|g| noun.ends_with(g));
    (!goal && noun.chars().count() >= 2).then_some(noun)
}

/// Currency names that may follow an amount (5亿元|人民币): no object.
const CURRENCY_NOUNS: &[&str] = &["人民币", "美元", "港元", "港币", "欧元", "日元", "英镑"];

/// Where the clause before `claim` starts and its words (modals and 的/为 at its ends
/// trimmed); `from` is where it may start at the latest. A number in brackets right after a
/// noun (“教学质量”（66.46%）) speaks of the words before the bracket.
fn clause_before(sentence: &[char], claim: &Claim, from: usize) -> (usize, String) {
    let [start, end] = claim.span;
    let bracketed = start > 0
        && matches!(sentence[start - 1], '（' | '(')
        && matches!(sentence.get(end), Some('）' | ')'));
    let at = if bracketed { start - 1 } else { start };
    let lo = from.max(at.saturating_sub(CLAUSE_WINDOW));
    let clause_start = sentence[lo.min(at)..at]
        .iter()
        .rposition(|&c| clause_break(c))
        .map_or(lo, |p| lo + p + 1)
        .min(at);
    let (clause_start, pre) = over_note(sentence, lo, clause_start, at);
    // “院校排名”（70.16%）: the quoted term before the bracket is what it measures.
    if let Some(open) = pre.rfind('“').filter(|_| bracketed && pre.ends_with('”')) {
        return (clause_start, pre[open..].to_string());
    }
    let pre = pre
        .trim_start_matches(['的', '为', '是', '达', '共'])
        .trim_end_matches(MODALS)
        .to_string();
    (clause_start, pre)
}

/// Round 17: the clause from `start` to `at`, read over a bracketed note closing the words
/// before it (自治区级科技创新平台（基地）|10家, 中欧班列（义新欧）|开行): when the clause opens
/// right after `）`, holds at most two chars (the number's verb) and the `（` follows a word
/// (not a break), the clause starts where the words before the bracket start and the note is
/// left out. Only `lo` and after is read.
fn over_note(sentence: &[char], lo: usize, start: usize, at: usize) -> (usize, String) {
    let words = |a: usize, b: usize| sentence[a..b].iter().collect::<String>();
    let open = (start > lo + 1 && matches!(sentence[start - 1], '）' | ')'))
        .then(|| {
            sentence[lo..start - 1]
                .iter()
                .rposition(|&c| matches!(c, '（' | '('))
        })
        .flatten()
        .map(|p| lo + p);
    let Some(open) = open.filter(|&o| o > lo && !clause_break(sentence[o - 1])) else {
        return (start, words(start, at));
    };
    // The number or its verb follows the note (…（基地）|10家, …（义新欧）|开行); a noun
    // phrase after it (二氧化氮（NO2）|平均浓度) is what is measured, and the note stays a break.
    let inner = &sentence[open + 1..start - 1];
    if at - start > 2 || inner.iter().any(|&c| matches!(c, '（' | '(' | '）' | ')')) {
        return (start, words(start, at));
    }
    let before = sentence[lo..open]
        .iter()
        .rposition(|&c| clause_break(c))
        .map_or(lo, |p| lo + p + 1);
    (before, words(before, open) + &words(start, at))
}

/// The positions of the verbs that can govern an object; a prefix like 超 of 超长期 or a
/// modal like 拟 cannot, nor can a verbal noun inside a compound (城镇调查失业率) or ending the
/// clause; a verb of official reports (整治|群众身边…问题) or a predicate jieba tags otherwise
/// (稳定, 占) can.
fn verb_positions(tags: &[jieba_rs::Tag]) -> Vec<usize> {
    let starts = |i: usize, first: &[char]| {
        tags.get(i)
            .and_then(|t| t.tag.chars().next())
            .is_some_and(|c| first.contains(&c))
    };
    let is_verb = |i: usize, t: &jieba_rs::Tag| {
        // 新增|经营|主体, 城镇|调查|失业率: a verbal noun inside a compound names an
        // activity; one ending the clause states nothing, unless it is a predicate.
        // 公共卫生|服务|经费: and before another verbal noun.
        // 我国|服务|出口: and a verbal noun opening the clause before another.
        let next_vn = tags.get(i + 1).is_some_and(|n| n.tag == "vn");
        // 平均|审理|周期: and one before a period noun.
        let compound = i > 0
            && starts(i - 1, &['n', 'v', 'j', 's', 'a'])
            && (starts(i + 1, &['n', 'j']) || next_vn || super::phrase::period(tags, i + 1))
            || (i == 0 || starts(i - 1, &['r'])) && next_vn;
        // 发放的|回购|专项贷: a verb opening the phrase after 的, before a noun, names a kind.
        let after_de = i > 0 && tags[i - 1].tag == "uj" && starts(i + 1, &['n', 'j']);
        let states = PREDICATES.contains(&t.word) || direction_of(t.word).is_some();
        // 日均|快递|业务量: a verb naming a field before a noun is part of its name.
        let field = i > 0 && FIELD_VERBS.contains(&t.word) && starts(i + 1, &['n', 'j']);
        // 涉海|科技|创新|平台, 县域|快递|物流|中心: a verb closing a compound of nouns, before
        // the nouns that end the clause, names a kind of them.
        let named = t.tag == "v"
            && i >= 2
            && i + 1 < tags.len()
            && (i + 1..tags.len()).all(|k| starts(k, &['n', 'j']))
            && starts(i - 1, &['n', 'j', 's'])
            && starts(i + 1, &['n', 'j'])
            && (starts(i - 2, &['n', 'j', 's', 'b'])
                || KNOWN_VERBS.contains(&tags[i - 2].word)
                || tags[i - 2].word == "新增")
            && !is_stating_verb(t.word)
            && !KNOWN_VERBS.contains(&t.word);
        // 转移|受困|群众: a verb right after the clause's verb, before the one noun that ends
        // the clause, names a kind of that noun.
        let modifier = t.tag == "v"
            && i >= 1
            && i + 2 == tags.len()
            && tags[i - 1].tag == "v"
            && starts(i + 1, &['n'])
            && !is_measure_noun(tags[i + 1].word)
            && !BARE_MEASURES.contains(&tags[i + 1].word)
            && !is_stating_verb(t.word)
            && !KNOWN_VERBS.contains(&t.word)
            && !PIVOTS.contains(&t.word);
        // 棚户区|改造|项目, “三化”|改造|项目: any verb after a noun or a quoted term, before
        // the head of a program closing the clause, names the kind of program.
        let program = t.tag == "v"
            && i >= 1
            && i + 2 == tags.len()
            && PROGRAM_HEADS.contains(&tags[i + 1].word)
            && (starts(i - 1, &['n', 'j', 's'])
                || tags[i - 1].tag == "vn"
                || tags[i - 1].word == "”");
        let named = named || modifier;
        let verbal = t.tag.starts_with('v')
            && !named
            && (t.tag != "vn" || states || i + 1 < tags.len() && !compound);
        let long = t.word.chars().count() > 1;
        !program
            && (verbal && long && !after_de && !field
                || matches!(t.word, "达" | "占" | "报")
            // 数据港|跌: a one-char change verb of prices closing the clause.
            || i + 1 == tags.len()
                && matches!(t.word, "涨" | "跌" | "降" | "增" | "减" | "升")
                && t.tag.starts_with('v')
                || KNOWN_VERBS.contains(&t.word)
                || long && PREDICATES.contains(&t.word))
    };
    tags.iter()
        .enumerate()
        .filter(|(i, t)| is_verb(*i, t))
        .map(|(i, _)| i)
        .collect()
}

/// The tags of the words before a number, without what is not the clause's predicate or
/// subject: the preposition after a verb (提高到, 降至) and, in 成本仅为铜的3倍, what follows
/// 为 (the base the number is measured against).
fn clause_tags<'a>(jieba: &'a Jieba, pre: &'a str) -> Vec<jieba_rs::Tag<'a>> {
    let mut tags = tag(jieba, pre);
    // 提高了, 用过, 年均, 有望: an aspect particle or a frame adverb closing the clause is
    // neither verb nor subject.
    // 预计为: 为 after a frame word goes with it.
    while tags.len() > 1 && {
        let (t, before) = (&tags[tags.len() - 1], &tags[tags.len() - 2]);
        matches!(t.tag, "ul" | "ug" | "uz")
            || FRAME_ADVERBS.contains(&t.word)
            || t.word == "为" && FRAME_ADVERBS.contains(&before.word)
    } {
        tags.pop();
    }
    // 产能占全球: what follows 占 is the whole the share is of, not what is measured.
    if let Some(p) = tags.iter().rposition(|t| t.word == "占") {
        let nominal = |t: &jieba_rs::Tag| matches!(t.tag.chars().next(), Some('n' | 's' | 'j'));
        let share_named = tags.last().is_some_and(|t| is_measure_noun(t.word));
        if p > 0 && p + 1 < tags.len() && tags[p + 1..].iter().all(nominal) && !share_named {
            tags.truncate(p + 1);
        }
    }
    // 社员从最初的: a starting point in time (从, its times and 的) closes no subject.
    // 劳动生产率从|人均: a frame word of the starting point too.
    let timed = |t: &jieba_rs::Tag| {
        matches!(t.tag, "t" | "m" | "q" | "f" | "uj")
            || FRAME_ADVERBS.contains(&t.word)
            || matches!(t.word, "人均" | "平均" | "户均")
    };
    if let Some(p) = tags
        .iter()
        .rposition(|t| matches!(t.word, "从" | "由" | "自"))
    {
        if p > 0 && tags[p].tag == "p" && tags[p + 1..].iter().all(timed) {
            tags.truncate(p + 1);
        }
    }
    // 储备规模从: a preposition opening the starting point is no part of the subject; nor is
    // 为 as a preposition (发行价格为).
    if tags.len() > 1
        && (matches!(tags[tags.len() - 1].word, "从" | "由" | "自")
            || tags[tags.len() - 1].word == "为" && tags[tags.len() - 1].tag == "p")
    {
        tags.pop();
    }
    // 提高到, 降至: the preposition after the verb is not the verb.
    if tags.len() > 1
        && matches!(tags[tags.len() - 1].word, "到" | "至")
        && tags[tags.len() - 2].tag.starts_with('v')
    {
        tags.pop();
    }
    // 成本仅为铜的3倍: what stands before 为 is measured against what follows it.
    // 时限压缩至法定时限的50%: and what follows 至 after a verb.
    if tags.last().is_some_and(|t| t.tag == "uj") {
        let base = |(i, t): (usize, &jieba_rs::Tag)| {
            BASE_VERBS.contains(&t.word)
                || i > 0 && matches!(t.word, "至" | "到") && tags[i - 1].tag.starts_with('v')
        };
        if let Some(p) = tags.iter().enumerate().rposition(base) {
            tags.truncate(p);
        }
    }
    tags
}

/// The verb that states the number and the subject before it, from the tagged clause
/// (`verbs`: the positions of its verbs; `measure_noun`: the clause ends in one).
/// (`counts`: the number counts things).
fn verb_and_subject(
    tags: &[jieba_rs::Tag],
    verbs: &[usize],
    measure_noun: bool,
    counts: bool,
) -> (Option<String>, String) {
    // The subject before a predicate runs from the last verb that governs it:
    // 推动|基层议事协调机构|减少.
    let governed_from = |end: usize| {
        let governs = |v: &&usize| {
            **v < end
                && (CONTROL.contains(&tags[**v].word) || KNOWN_VERBS.contains(&tags[**v].word))
                && has_object(tags, **v, end)
        };
        verbs.iter().rev().find(governs).map_or(0, |&v| v + 1)
    };
    if let Some(found) = share_subject(tags, verbs) {
        return found;
    }
    match verbs.last() {
        // The predicate stands right before the number: 机构减少75.8%. The subject runs from
        // the first verb that governs it: 推动|基层议事协调机构|减少.
        Some(&last)
            if last + 1 == tags.len()
                && !measure_noun
                && (PREDICATES.contains(&tags[last].word)
                    || direction_of(tags[last].word).is_some()) =>
        {
            let from = governed_from(last);
            (
                Some(tags[last].word.to_string()),
                super::phrase::tail(&tags[from..last]),
            )
        }
        // A lone verb (帮助100多家…企业): the subject follows the number.
        Some(&last) if last + 1 == tags.len() && tags.len() == 1 => {
            (Some(tags[last].word.to_string()), String::new())
        }
        // 万里行|已累计|举办超15000场: adverbs or a stating verb before the last verb make it
        // the predicate of what stands before them; so does a verb after a noun before a count
        // of things (重大项目|开工390个).
        Some(&last) if last + 1 == tags.len() && predicate_of_topic(tags, last, counts) => {
            let end = predicate_start(tags, last);
            (
                Some(tags[last].word.to_string()),
                super::phrase::tail(&tags[governed_from(end).min(end)..end]),
            )
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
                super::phrase::tail(&tags[from..]),
            )
        }
        // 减持|金额, 经济增长|预期目标为: the verb's own measure or goal.
        Some(&last) if verb_measure(tags, last) => (
            Some(tags[last].word.to_string()),
            tags[compound_start(tags, last)..]
                .iter()
                .map(|t| t.word)
                .collect(),
        ),
        Some(&last) => (
            Some(tags[last].word.to_string()),
            object_or_name(tags, last),
        ),
        None => (None, super::phrase::tail(tags)),
    }
}

/// Whether the verb at `v` has an object before `end`: a noun that is not its own measure
/// (化解|率, 投入|强度). A verb right before the predicate, or before frame words only
/// (经费|投入|年均|增长), ends the subject: it is a nominal verb.
fn has_object(tags: &[jieba_rs::Tag], v: usize, end: usize) -> bool {
    let own_measure =
        end == v + 2 && (BARE_MEASURES.contains(&tags[v + 1].word) || tags[v + 1].word == "率");
    !own_measure
        && tags[v + 1..end]
            .iter()
            .any(|t| super::phrase::is_head(t) && !FRAME_ADVERBS.contains(&t.word))
}

/// Verbs of a comparison: the noun phrase after them is the base (高于|全国), not what the
/// number measures.
const COMPARISON_VERBS: &[&str] = &[
    "高于",
    "低于",
    "快于",
    "慢于",
    "多于",
    "少于",
    "好于",
    "优于",
    "领先",
    "落后于",
];

/// The subject a verb at `last` that is not the clause's predicate leaves: the noun phrase
/// after it (推动|基层议事协调机构); none after a verb of comparison (高于|全国: the base);
/// a goal after it is the verb's own (就业|预期目标: the phrase the clause closes with).
fn object_or_name(tags: &[jieba_rs::Tag], last: usize) -> String {
    if COMPARISON_VERBS.contains(&tags[last].word) {
        return String::new();
    }
    let object = super::phrase::tail(&tags[last + 1..]);
    if GOAL_NOUNS.contains(&object.as_str()) {
        return super::phrase::tail(tags);
    }
    object
}

/// Whether the words after the verb at `last` name its own measure or goal: a bare measure
/// noun (减持|金额), a noun and an amount noun (募集|资金|净额) or goal words (经济增长|预期
/// 目标为).
fn verb_measure(tags: &[jieba_rs::Tag], last: usize) -> bool {
    // 参保|率: a one-char measure noun jieba cuts off is the verb's own measure.
    let bare = tags.len() == last + 2
        && (BARE_MEASURES.contains(&tags[last + 1].word) || tags[last + 1].word == "率");
    let amount = tags.len() == last + 3
        && nominal(tags[last + 1].tag)
        && (BARE_MEASURES.contains(&tags[last + 2].word) || tags[last + 2].word.ends_with('额'))
        && !is_stating_verb(tags[last].word)
        && tags[last].word.chars().count() > 1;
    let goal = tags[last + 1..]
        .iter()
        .all(|t| GOAL_NOUNS.contains(&t.word));
    bare || amount || goal
}

/// The verb and subject of a share named with its whole ([`share_of`]), from the verb before
/// the share's owner.
fn share_subject(tags: &[jieba_rs::Tag], verbs: &[usize]) -> Option<(Option<String>, String)> {
    let (p, end) = share_of(tags)?;
    let from = verbs.iter().rev().find(|&&v| v < p).map_or(0, |&v| v + 1);
    let verb = tags.get(end).map_or("占", |t| t.word);
    // A's share of B: the noun phrase before 占 (or 在) and the rest whole.
    let owner = super::phrase::tail_range(&tags[from..p]).map_or(from, |(s, _)| from + s);
    let phrase: String = tags[owner..end].iter().map(|t| t.word).collect();
    Some((Some(verb.to_string()), phrase))
}

/// Nouns of a share of a whole (A占B的比重).
const SHARES: &[&str] = &["比重", "比例", "份额", "占比"];

/// A share named with its whole, `A占B的比重` (`A占B比重`) or `A在B中的占比` (before a predicate such as
/// 降至 or none): the measure is the whole phrase (A's share of B), not B's share. The
/// positions of 占 (or 在) and of the end of the phrase.
fn share_of(tags: &[jieba_rs::Tag]) -> Option<(usize, usize)> {
    let predicate = tags
        .last()
        .is_some_and(|t| PREDICATES.contains(&t.word) || direction_of(t.word).is_some());
    let end = tags.len() - usize::from(predicate);
    let [.., de, last] = &tags[..end] else {
        return None;
    };
    // A占B的比重, or A占B比重 with B a noun.
    let whole = de.tag == "uj" || matches!(de.tag.chars().next(), Some('n' | 'j'));
    if !SHARES.contains(&last.word) || !whole {
        return None;
    }
    let p = tags[..end]
        .iter()
        .rposition(|t| matches!(t.word, "占" | "在"))?;
    let whole_in = tags[p].word == "占" || end >= 3 && tags[end - 3].word == "中";
    let named = p > 0 && matches!(tags[p - 1].tag.chars().next(), Some('n' | 'j'));
    (whole_in && named && p + 2 < end).then_some((p, end))
}

/// Whether the verb at `last`, closing the clause, is the predicate of the topic before it:
/// adverbs or a stating verb stand before it (已|累计|举办), or it follows a noun before a count
/// of things (重大项目|开工). 盘活存量实现|收入: jieba's verb may be a measure noun.
fn predicate_of_topic(tags: &[jieba_rs::Tag], last: usize, counts: bool) -> bool {
    let end = predicate_start(tags, last);
    end > 0
        && !is_measure_noun(tags[last].word)
        && (end < last
            || counts
                && (tags[last].tag == "v" || mistagged(&tags[last]))
                && matches!(tags[last - 1].tag.chars().next(), Some('n' | 'j' | 'l'))
            || counts && mistagged(&tags[last]) && tags[last - 1].tag.starts_with('v'))
}

/// Heads of a program or project a verb before them names the kind of (改造|项目).
const PROGRAM_HEADS: &[&str] = &["项目", "工程"];

/// A verb of official reports jieba tags as something else (惠及/ns).
fn mistagged(t: &jieba_rs::Tag) -> bool {
    KNOWN_VERBS.contains(&t.word) && !t.tag.starts_with('v')
}

/// Words that name the goal set for what stands before them (经济增长|预期目标).
const GOAL_NOUNS: &[&str] = &["预期", "目标", "预期目标", "主要预期目标", "为"];

/// Shares held in the company (张某持有公司|1200万股) measure the holder's stake: `张某持股`.
/// The company after 持有 is the issuer, not what is measured.
fn holding(tags: &[jieba_rs::Tag], claim: &Claim) -> Option<String> {
    if !claim.unit.ends_with('股') {
        return None;
    }
    let p = tags.iter().rposition(|t| matches!(t.word, "持有" | "持"))?;
    let issuer = tags[p + 1..].iter().all(|t| {
        matches!(
            t.word,
            "公司" | "本公司" | "该公司" | "上市公司" | "本" | "该" | "其" | "股份"
        )
    });
    // 崔某直接|持有: an adverb between the holder and 持有 is no part of the name.
    let p_adverb = p - tags[..p]
        .iter()
        .rev()
        .take_while(|t| matches!(t.tag, "d" | "ad"))
        .count();
    let named = tags[..p_adverb]
        .iter()
        .rev()
        .take_while(|t| (nominal(t.tag) || matches!(t.tag, "vn" | "f")) && t.tag != "t")
        .count();
    let holder: String = tags[p_adverb - named..p_adverb]
        .iter()
        .map(|t| t.word)
        .collect();
    (issuer && holder.chars().count() >= 2).then(|| format!("{holder}持股"))
}

/// A percentage of shares (持有世纪数码88.24%的股份) measures a stake in the company named
/// before it: `世纪数码股份` (or `股份` when none is).
fn stake(sentence: &[char], claim: &Claim, subject: Option<String>) -> Option<String> {
    if claim.kind != super::ClaimKind::Percent {
        return subject;
    }
    let after: String = sentence[claim.span[1]..].iter().take(3).collect();
    let Some(kind) = ["股份", "股权"]
        .into_iter()
        .find(|k| after.strip_prefix('的').unwrap_or(&after).starts_with(k))
    else {
        return subject;
    };
    match subject {
        Some(s) if s.ends_with(kind) => Some(s),
        Some(s) => Some(format!("{s}{kind}")),
        None => Some(kind.to_string()),
    }
}

/// Where the compound that ends with the verb at `last` starts (一般公共|预算|支出|规模): the
/// nouns, modifiers and verbs before it that state and govern nothing.
fn compound_start(tags: &[jieba_rs::Tag], last: usize) -> usize {
    // 首次|公开|发行股票|募集|资金|总额: a word jieba tags as a numeral that holds no numeral
    // (首次, 首批) modifies the compound.
    let inner = |t: &jieba_rs::Tag| {
        (matches!(t.tag.chars().next(), Some('n' | 'j' | 'b' | 'a' | 'v')) || t.tag == "eng")
            && !is_stating_verb(t.word)
            && !KNOWN_VERBS.contains(&t.word)
            && !FRAME_ADVERBS.contains(&t.word)
            || t.tag == "m" && !super::phrase::is_number(t)
    };
    last - tags[..last].iter().rev().take_while(|t| inner(t)).count()
}

/// Measure nouns that name no activity of their own (金额, 规模): the verb before them does.
const BARE_MEASURES: &[&str] = &[
    "金额", "数量", "比例", "规模", "总额", "人数", "次数", "价格", "面积", "占比", "比重", "费用",
    "强度",
];

/// Where the predicate ending at the verb `last` starts: before the adverbs, frame words and
/// stating verbs right before it (已|累计|举办, 被|用).
fn predicate_start(tags: &[jieba_rs::Tag], last: usize) -> usize {
    let in_predicate = |t: &jieba_rs::Tag| {
        !matches!(t.word, "拟" | "将" | "要" | "计划" | "预计" | "力争") && t.tag.starts_with('d')
            || FRAME_ADVERBS.contains(&t.word)
            || t.word.chars().count() > 1 && PREDICATES.contains(&t.word)
    };
    last - tags[..last]
        .iter()
        .rev()
        .take_while(|t| in_predicate(t))
        .count()
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
    let mut s = subject
        .trim()
        .trim_start_matches(['但', '而', '并', '且', '的']);
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
/// predicate (成分股|调整). A phrase opening with an adverb or a preposition (50%|仅为…) is a
/// predicate, not a noun. `after_verb`: the number counts things in the object of a verb.
fn noun_after(
    jieba: &Jieba,
    sentence: &[char],
    claim: &Claim,
    after_noun: bool,
    after_verb: bool,
) -> Option<String> {
    let rest = &sentence[claim.span[1]..];
    if rest.first() == Some(&'“') {
        return quoted_after(jieba, &phrase_after(sentence, claim));
    }
    // 11个左右的县, 70%左右的地市: an approximate amount before 的 is of the noun after it.
    if rest.first() == Some(&'的') && approximate(claim) {
        let phrase: String = phrase_after(sentence, claim).chars().skip(1).collect();
        let noun = noun_phrase(jieba, &phrase, false)?;
        return (noun.chars().count() >= 2 || one_counted(jieba, claim, &phrase, &noun))
            .then_some(noun);
    }
    // 31.7万名|TPS移民: Latin letters open a noun too.
    if !rest
        .first()
        .is_some_and(|&c| crate::clean::chars::is_han(c) || c.is_ascii_alphabetic())
        || rest[0] == '的'
    {
        return None;
    }
    let phrase = phrase_after(sentence, claim);
    let opens = clause_start(sentence, claim.span[0]) == claim.span[0];
    let noun_phrase =
        |text: &str, object: bool| noun_phrase_of(&counted_tags(jieba, claim, opens, text), object);
    if let Some(named) = qualified_quote(jieba, &phrase) {
        return Some(named);
    }
    // 安排国债3000亿元|支持消费品以旧换新: after a noun, a verb after the number opens a
    // purpose, not a noun (提供2万个|来华研修名额 is one).
    let first_tag = tag(jieba, &phrase).first().map_or("", |t| t.tag);
    let verb_first = first_tag.starts_with('v') && first_tag != "vn";
    if verb_first && after_noun && !phrase.contains('的') || matches!(first_tag, "d" | "p") {
        return None;
    }
    // 发布4份|批复, 吸纳50多人|就业: a lone verb closing the clause after a count in a verb's
    // object is what it counts.
    if after_verb && phrase.chars().count() >= 2 {
        if let [only] = &tag(jieba, &phrase)[..] {
            if only.tag.starts_with('v') {
                return Some(phrase);
            }
        }
    }
    // 69个国家和地区的客户: a noun phrase before 的 is what is counted; 100多家党建评价为
    // “好”的中小微企业: a relative clause before 的 is not, the head noun follows the last 的.
    let (first, last) = match phrase.split_once('的') {
        Some((first, _)) => (
            among(jieba, first),
            phrase.rsplit('的').next().unwrap_or(""),
        ),
        None => (phrase.as_str(), phrase.as_str()),
    };
    // 由4家高校|联合承办的活动: after a preposition of agent the number counts its object.
    let before = claim.span[0].checked_sub(1).map(|i| sentence[i]);
    if matches!(before, Some('由' | '被' | '经' | '与' | '同' | '跟')) {
        return noun_phrase(first, false).filter(|np| np.chars().count() >= 2);
    }
    // 800个地点和各种各样的工作室: a noun phrase before a conjunction is what is counted.
    let possessive = noun_phrase(first, after_verb).filter(|np| {
        np.len() == first.len()
            || ["和", "与", "及"]
                .iter()
                .any(|c| first[np.len()..].starts_with(c))
    });
    let agent =
        || (first.len() < phrase.len()).then(|| agent_counted(jieba, first, &claim.unit))?;
    let noun = possessive
        .or_else(agent)
        .or_else(|| noun_phrase(last, after_verb))?;
    let noun = agreeing(jieba, &claim.unit, noun);
    let milestone = MILESTONES.iter().any(|m| noun.ends_with(m));
    let long = noun.chars().count() >= 2 || one_counted(jieba, claim, &phrase, &noun);
    (long && !milestone).then_some(noun)
}

/// Round 22: the words closing the clause after a count with a classifier right after a verb
/// (提出10项|务实/d举措/v，, 承办35个|大项/m，, 打了九个|赛季/t，) are what it counts, whatever
/// jieba tags them. Read where the noun grammar found nothing; `tags`: the clause before.
fn closing_count(
    jieba: &Jieba,
    sentence: &[char],
    claim: &Claim,
    tags: &[jieba_rs::Tag],
) -> Option<String> {
    let verb = match tags {
        [.., verb, aspect] if matches!(aspect.word, "了" | "过") => Some(verb),
        [.., verb] => Some(verb),
        [] => None,
    }
    .filter(|t| t.tag == "v")?;
    // 有876710人|提交报名申请, 还有3次|拦网得分: after 有 the count's verbs say what is
    // counted; after another verb (分三类|推进实施) a verb opening them is the predicate.
    let words = closing_words(jieba, sentence, claim)?;
    let verb_first = tag(jieba, &words).first().is_some_and(|t| t.tag == "v");
    (!verb_first || verb.word.ends_with('有')).then_some(words)
}

/// The words closing the clause after a count with a classifier, when they may name what it
/// counts: two to eight Han chars in at most three words, none a function word, pronoun,
/// place word, person's name or number (`subject::plausible` refuses them by their tags, so
/// the sentence's reader accepts them when [`closing_count`] gave them).
pub(crate) fn closing_words(jieba: &Jieba, sentence: &[char], claim: &Claim) -> Option<String> {
    let counts = claim.kind == super::ClaimKind::Count && !claim.unit.is_empty();
    if !counts {
        return None;
    }
    let phrase = phrase_after(sentence, claim);
    let words = tag(jieba, &phrase);
    let content = |t: &jieba_rs::Tag| {
        t.word.chars().all(crate::clean::chars::is_han)
            && !matches!(
                t.tag.chars().next(),
                Some('p' | 'c' | 'u' | 'r' | 'x' | 'y' | 'e' | 'o' | 'f')
            )
            && !t.tag.starts_with("nr")
            && !super::phrase::is_number(t)
    };
    let fits = (2..=8).contains(&phrase.chars().count()) && words.len() <= 3;
    (fits && words.iter().all(content)).then_some(phrase)
}

/// Round 20: the words after a count with a classifier, tagged; when the count `opens` its
/// clause (a part of a 、 list: …、|3架|无人机/l|追踪…), a fixed expression opening them is read
/// as a noun: a classifier stands before what it counts. After a noun (组成人员165人|出席会议/l)
/// the expression is the predicate.
fn counted_tags<'a>(
    jieba: &'a Jieba,
    claim: &Claim,
    opens: bool,
    text: &'a str,
) -> Vec<jieba_rs::Tag<'a>> {
    let mut tags = tag(jieba, text);
    let counts = opens && claim.kind == super::ClaimKind::Count && !claim.unit.is_empty();
    if let Some(first) = tags.first_mut().filter(|t| counts && t.tag == "l") {
        first.tag = "n";
    }
    tags
}

/// Round 20: the words before 的 after a count without a closing 中 (31.7万名|移民中|的98%:
/// the count is of the group a part is then taken from).
fn among<'a>(jieba: &Jieba, first: &'a str) -> &'a str {
    // Tagged only when it ends in 中 (高中 is a word, not 高 and a closing 中).
    let closing = first.ends_with('中')
        && tag(jieba, first)
            .last()
            .is_some_and(|t| t.word == "中" && t.tag == "f");
    if closing {
        first.strip_suffix('中').unwrap_or(first)
    } else {
        first
    }
}

/// Whether the claim's words end in a word of approximation (左右, 上下, 多, 余, 来).
fn approximate(claim: &Claim) -> bool {
    ["左右", "上下", "多", "余", "来"]
        .iter()
        .any(|w| claim.text.ends_with(w))
}

/// One-char nouns right after a classifier that are places or times, not things counted
/// (3个|月, 两家|中, 两位|数).
const NOT_COUNTED: &str = "年月日天时后前里中内外上下间次者边头底处数";

/// 5条|鱼, 104个|村, 30头|牛: a one-char noun opening `phrase` right after a count with a
/// classifier is the thing counted (jieba glues it to the classifier in running text: 条鱼,
/// 个村, 头牛), unless it names a place or time.
fn one_counted(jieba: &Jieba, claim: &Claim, phrase: &str, noun: &str) -> bool {
    let first = tag(jieba, phrase).into_iter().next();
    one_char(noun).is_some_and(|c| countable(claim, c))
        && first.is_some_and(|t| t.word == noun && nominal(t.tag) && !t.tag.starts_with("nr"))
}

/// Whether `claim` is a count with a classifier and `c` a char it may count (not a place or
/// time: [`NOT_COUNTED`]).
fn countable(claim: &Claim, c: char) -> bool {
    claim.kind == super::ClaimKind::Count && !claim.unit.is_empty() && !NOT_COUNTED.contains(c)
}

/// The char of a one-char text.
fn one_char(text: &str) -> Option<char> {
    let mut chars = text.chars();
    chars.next().filter(|_| chars.next().is_none())
}

/// The one-char thing a count with a classifier counts, standing right after it (or after
/// its 左右的): what [`noun_after`] gave; `subject::plausible` refuses one char.
pub(crate) fn counted_char(sentence: &[char], claim: &Claim, subject: &str) -> bool {
    let mut rest = &sentence[claim.span[1].min(sentence.len())..];
    if rest.first() == Some(&'的') && approximate(claim) {
        rest = &rest[1..];
    }
    one_char(subject).is_some_and(|c| rest.first() == Some(&c) && countable(claim, c))
}

/// 86家参展企业|涵盖…相关的科技研发, 41所高校|学生会联合发起的“…公约”: a noun phrase right
/// after the count that acts (a verb follows it, after adverbs) is what is counted, not the
/// noun after a later 的, when the verb has words of its own before that 的 (the 的 is inside
/// its object) or when the phrase holds a noun the classifier counts (所: 高校). A relative
/// clause before 的 (100多家|党建评价为“好”的中小微企业) opens with no acting noun.
fn agent_counted(jieba: &Jieba, first: &str, unit: &str) -> Option<String> {
    let tags = tag(jieba, first);
    let np = noun_phrase_of(&tags, false).filter(|np| np.chars().count() >= 2)?;
    let at = tags.iter().position(|t| t.byte_start >= np.len())?;
    let rest = &tags[at..];
    let verb = rest.iter().position(|t| t.tag != "d")?;
    let acts = rest[verb].tag == "v"
        && !COPULAS.contains(&rest[verb].word)
        && !is_stating_verb(rest[verb].word);
    let object = rest[verb + 1..]
        .iter()
        .any(|t| !matches!(t.tag, "ul" | "uz" | "ug" | "v" | "d"));
    let counted = tag(jieba, &np).iter().any(|t| agrees(unit, t.word));
    (acts && (object || counted)).then_some(np)
}

/// Classifiers that count one class of things, and the last chars of the nouns they count
/// (名 and 位 count people: see `names_person`).
const CLASSIFIED: &[(&str, &str)] = &[
    ("辆", "车"),
    ("家", "司业行构店厂社所馆院园校"),
    ("架", "机"),
    ("艘", "船舰艇轮"),
    ("所", "校学院园所"),
    ("台", "机器车床"),
    ("头", "牛猪羊驴象"),
    ("匹", "马"),
];

/// Words naming people that end in no suffix of `PERSON_ENDS`.
const PEOPLE: &[&str] = &[
    "干部", "代表", "人才", "青年", "少年", "群众", "人口", "孩子", "学子", "骨干", "嘉宾", "妇女",
    "家属", "家长",
];

/// Last chars of words naming a person (志愿者, 医生, 教师, 工人, 农民, 儿童 …).
const PERSON_ENDS: &str = "者员生师人工民士手友客童匠兵官家警";

/// Whether `word` names a person.
fn names_person(word: &str) -> bool {
    PEOPLE.contains(&word)
        || word.chars().count() >= 2 && word.ends_with(|c| PERSON_ENDS.contains(c))
}

/// Whether `word` is of the class the classifier `unit` counts (名 医生, 辆 商品车).
fn agrees(unit: &str, word: &str) -> bool {
    // 6000万农村人口|供水…: a count with no classifier counts people when it counts a person.
    if matches!(unit, "名" | "位" | "") {
        return names_person(word);
    }
    CLASSIFIED
        .iter()
        .any(|(u, ends)| *u == unit && word.ends_with(|c| ends.contains(c)))
}

/// The counted noun cut after its last word of the class its classifier counts, when words
/// run on past it: 1万名乡村医生|线下培训, 8000名志愿者|线上线下, 2561辆商品车|等待装船. A
/// thing's noun before another noun makes a compound (10家银行网点); one char closing the
/// noun is its suffix (老年人|口).
fn agreeing(jieba: &Jieba, unit: &str, noun: String) -> String {
    let tags = tag(jieba, &noun);
    let Some(i) = tags.iter().rposition(|t| agrees(unit, t.word)) else {
        return noun;
    };
    let Some(next) = tags.get(i + 1) else {
        return noun;
    };
    let suffix = i + 2 == tags.len() && next.word.chars().count() == 1;
    let compound = !matches!(unit, "名" | "位" | "") && nominal(next.tag);
    if suffix || compound {
        return noun;
    }
    noun[..next.byte_start].to_string()
}

/// 220个市级|“亚运文明驿站”, 8个县级|“共享法庭”服务站: a quoted term after a short modifier
/// of a count is the name it qualifies, quotes left out.
fn qualified_quote(jieba: &Jieba, phrase: &str) -> Option<String> {
    let open = phrase.find('“')?;
    let lead = &phrase[..open];
    // A distinguishing word or a level (市级/n), not a noun of its own (村镇银行“消失”).
    let modifier = |t: &jieba_rs::Tag| {
        matches!(t.tag.chars().next(), Some('b' | 'a')) || t.word.ends_with('级')
    };
    let short = (1..=4).contains(&lead.chars().count()) && tag(jieba, lead).iter().all(modifier);
    let quoted = quoted_after(jieba, &phrase[open..]).filter(|_| short)?;
    Some(format!("{lead}{}", quoted.replace(['“', '”'], "")))
}

/// A quoted term right after a count is what it counts (10个“更”字, 9个“一件事”全链条治理):
/// the quote, with the noun phrase after it.
fn quoted_after(jieba: &Jieba, phrase: &str) -> Option<String> {
    let close = phrase.find('”')? + '”'.len_utf8();
    let (quoted, after) = phrase.split_at(close);
    // 36个“一站式”公共转化平台: a noun phrase closing the clause after the quote is part of
    // what is counted; else a one-char noun (10个“更”字|来描述) is.
    let first = after.chars().next().map_or("", |c| &after[..c.len_utf8()]);
    let noun = || {
        tag(jieba, first)
            .first()
            .is_some_and(|t| t.tag.starts_with('n'))
    };
    let suffix = noun_phrase(jieba, after, false)
        .filter(|np| np.len() == after.len())
        .unwrap_or_else(|| {
            if noun() {
                first.to_string()
            } else {
                String::new()
            }
        });
    (quoted.chars().count() > 2).then(|| format!("{quoted}{suffix}"))
}

/// Nouns of a level reached, not of what is measured: 迈上1.4万亿斤|新台阶, 突破1.3万亿斤|大关,
/// 创下5000点|新高; the measure is named before the number.
const MILESTONES: &[&str] = &["台阶", "大关", "关口", "新高", "高位", "纪录", "里程碑"];

/// Quantifiers jieba tags as nouns: they end a noun phrase (项目|全部).
const QUANTIFIERS: &[&str] = &["全部", "所有", "部分", "全体", "大部分", "一体"];

/// Whether a jieba tag heads a noun phrase: a noun, name, abbreviation, place, a noun
/// morpheme (帮扶|县) or an English word.
fn nominal(tag: &str) -> bool {
    matches!(tag.chars().next(), Some('n' | 'j' | 's')) && tag != "vn"
        || matches!(tag, "eng" | "zg")
}

/// The noun phrase that opens `text`: its words up to the last noun before a function word,
/// a verb (not a verbal noun) after a noun, or a quantifier. In the `object` of a verb, a
/// verb between nouns is part of the name (支持|国家乡村振兴重点帮扶县); elsewhere it is the
/// predicate of the noun before it (9家企业|签约…).
fn noun_phrase(jieba: &Jieba, text: &str, object: bool) -> Option<String> {
    noun_phrase_of(&tag(jieba, text), object)
}

/// [`noun_phrase`] of a text already tagged.
fn noun_phrase_of(tags: &[jieba_rs::Tag], object: bool) -> Option<String> {
    let (mut len, mut end, mut seen_head) = (0, 0, false);
    let before_noun = |i: usize| tags.get(i + 1).is_some_and(|n| nominal(n.tag));
    // 服务业|扩大开放/l|综合/vn|试点: in a verb's object, verbs and fixed expressions in a row
    // before a noun are inside the name.
    let verbal = |t: &jieba_rs::Tag| t.tag.starts_with('v') || t.tag == "l";
    let before_noun_past_verbs = |i: usize| {
        tags[i + 1..]
            .iter()
            .find(|n| !verbal(n))
            .is_some_and(|n| nominal(n.tag))
    };
    for (i, t) in tags.iter().enumerate() {
        len += t.word.chars().count();
        // 专场|活动, 特色|活动: a verbal noun closing the phrase after a noun names a thing,
        // unless it states a change (成分股|调整).
        // 两项|进展|接连出现: a verbal noun opening the phrase before a verb is what is counted.
        let counted_activity = i == 0
            && t.tag == "vn"
            && tags.get(1).is_none_or(|n| n.tag.starts_with(['v', 'd']))
            && !tags.get(2).is_some_and(|n| nominal(n.tag));
        let head = nominal(t.tag)
            || seen_head && t.tag == "vn" && nominal_activity(tags, i)
            || counted_activity;
        // 公共|转化|平台, 早期|转化|资金: a verb after a modifier, before a noun, is part of
        // the name; in a verb's object any verb before a noun is.
        let after_modifier = i > 0 && matches!(tags[i - 1].tag.chars().next(), Some('b' | 't'));
        let inner_verb = (object || after_modifier) && t.tag.starts_with('v') && before_noun(i)
            || object && seen_head && verbal(t) && before_noun_past_verbs(i);
        let modifier = matches!(t.tag.chars().next(), Some('a' | 'b' | 'f'))
            || t.tag == "c"
            || t.tag == "vn"
            || t.tag == "t" && !seen_head && tags.get(i + 1).is_some_and(|n| n.tag != "t")
            || (t.tag.starts_with('v') && !seen_head)
            || inner_verb;
        // 3名航天员|景海鹏: a person's name after the head is in apposition, not the head.
        // 非遗作品|齐聚/nr|展区: a name after the head with more words after it is a verb
        // jieba tags as a name (网瘾|青少年/nr closing the phrase is a noun).
        let role = |w: &str| w.ends_with(['员', '者', '家', '长', '手', '师', '官']);
        let apposition =
            seen_head && t.tag == "nr" && (i > 0 && role(tags[i - 1].word) || i + 1 < tags.len());
        // 7枚金牌|收官: a verb jieba tags as a noun closes the phrase.
        // 区域|进行|水土保持试验, 投资|支持|农村…建设: a light verb after a noun opens the
        // predicate, in a verb's object too (round 16).
        let predicate = seen_head
            && (!object && KNOWN_VERBS.contains(&t.word) || LIGHT_VERBS.contains(&t.word));
        if len > MAX_SUBJECT
            || QUANTIFIERS.contains(&t.word)
            || !(head || modifier)
            || apposition
            || predicate
        {
            break;
        }
        if head {
            (end, seen_head) = (i + 1, true);
        }
    }
    let noun: String = tags[..end].iter().map(|t| t.word).collect();
    (!noun.is_empty()).then_some(noun)
}

/// Verbs that head a predicate and never sit inside a measure's name (round 16): after a
/// noun they end the noun phrase, in a verb's object too.
const LIGHT_VERBS: &[&str] = &[
    "进行", "开展", "实施", "支持", "获得", "迎来", "包括", "设置", "穿越", "用于", "推动", "带动",
];

/// Verbal nouns that state what happens to things counted (5只成分股|调整), not a thing.
const CHANGES: &[&str] = &[
    "调整", "变动", "变化", "退出", "上市", "退市", "参与", "参加", "入选", "签约", "到期", "获批",
];

/// Whether the verbal noun at `i`, closing a noun phrase (nothing nominal after it), names an
/// activity (专场活动) rather than stating a change of what precedes it (成分股调整).
fn nominal_activity(tags: &[jieba_rs::Tag], i: usize) -> bool {
    let word = tags[i].word;
    let after_noun = i > 0 && nominal(tags[i - 1].tag);
    let closing = tags.get(i + 1).is_none_or(|n| matches!(n.tag, "x" | "uj"));
    after_noun && closing && !CHANGES.contains(&word) && !is_stating_verb(word)
}

/// For a clause that is only a verb and its number (…发行超长期特别国债，…，今年先发行1万亿元):
/// the noun phrase the same verb took earlier in the sentence.
pub(crate) fn earlier_object(jieba: &Jieba, sentence: &[char], claim: &Claim) -> Option<String> {
    let at = claim.span[0];
    let start = clause_start(sentence, at);
    let pre: String = sentence[start..at].iter().collect();
    let tags = tag(jieba, &pre);
    let verb = tags
        .last()
        .filter(|t| t.tag.starts_with('v') && t.word.chars().count() >= 2)?
        .word;
    let before: String = sentence[..start].iter().collect();
    let Some(at) = before.rfind(verb) else {
        return previous_object(jieba, sentence, start, &tags);
    };
    let after = &before[at + verb.len()..];
    let phrase: String = after.chars().take_while(|&c| !clause_break(c)).collect();
    let last = tag(jieba, &phrase).last().map(|t| t.tag)?;
    let nominal = matches!(last.chars().next(), Some('n' | 'j')) && last != "vn";
    (nominal && (2..=MAX_SUBJECT / 2).contains(&phrase.chars().count())).then_some(phrase)
}

/// Round 20: for a clause of times, adverbs and modals before its verb and number
/// (继续实施退耕还林还草，|今年|拟|安排|500万亩), `tags` its words: the object closing the clause
/// before, when that clause opens with its verb (it has no subject of its own: both speak of
/// one topic), holds no number and its object is a noun phrase with no verb.
fn previous_object(
    jieba: &Jieba,
    sentence: &[char],
    start: usize,
    tags: &[jieba_rs::Tag],
) -> Option<String> {
    let (_, frame) = tags.split_last()?;
    let framed = frame
        .iter()
        .all(|t| t.tag.starts_with('t') || t.tag == "d" || super::phrase::MODALS.contains(&t.word));
    if !framed || start < 2 || !matches!(sentence[start - 1], '，' | ',') {
        return None;
    }
    let prev = &sentence[clause_start(sentence, start - 1)..start - 1];
    if !super::scan::scan(prev).is_empty() {
        return None;
    }
    let text: String = prev.iter().collect();
    let words = tag(jieba, &text);
    let opening = words
        .iter()
        .take_while(|t| matches!(t.tag, "d" | "v"))
        .count();
    let object = &words[opening..];
    let verb_first = opening > 0 && words[opening - 1].tag == "v";
    let noun_end = object.last().is_some_and(|t| nominal(t.tag));
    let phrase: String = object.iter().map(|t| t.word).collect();
    // 退耕还林/l|还|草: no verb inside; 城乡…学校|改造|工程: a name with a verb before its noun.
    let named = object.iter().all(|t| !t.tag.starts_with('v'))
        || noun_phrase_of(object, true).is_some_and(|np| np == phrase);
    let size = (2..=MAX_SUBJECT / 2).contains(&phrase.chars().count());
    (verb_first && noun_end && named && size).then_some(phrase)
}

/// A bare measure opening its clause (…充实全国社保基金，储备规模从…) is of the noun phrase
/// closing the clause before: `全国社保基金储备规模`. `subject` is the claim's.
pub(crate) fn owner_before(
    jieba: &Jieba,
    sentence: &[char],
    claim: &Claim,
    subject: &str,
) -> Option<String> {
    let at = claim.span[0];
    let start = sentence[..at].iter().rposition(|&c| clause_break(c))?;
    let clause: String = sentence[start + 1..at].iter().collect();
    if !matches!(sentence[start], '，' | ',') || !clause.starts_with(subject) {
        return None;
    }
    let measure = |t: &jieba_rs::Tag| is_measure_noun(t.word) || BARE_MEASURES.contains(&t.word);
    let tags = tag(jieba, subject);
    let bare = tags.len() >= 2
        && tags.last().is_some_and(measure)
        && tags.iter().all(|t| t.tag.starts_with('v') || measure(t));
    if !bare {
        return None;
    }
    let from = clause_start(sentence, start);
    let before: String = sentence[from..start].iter().collect();
    let before = tag(jieba, &before);
    let run = before
        .iter()
        .rev()
        .take_while(|t| nominal(t.tag) || t.tag == "vn")
        .count();
    let owner: String = before[before.len() - run..]
        .iter()
        .map(|t| t.word)
        .collect();
    let fits = (2..=MAX_SUBJECT - subject.chars().count()).contains(&owner.chars().count());
    fits.then(|| format!("{owner}{subject}"))
}

/// Demonstratives that mark a clause as the topic of the next (像这样的音乐会，…举办了4场).
const TOPIC_MARKS: &[&str] = &["像这样的", "这样的", "这类", "此类", "这些", "这种"];

/// The topic the clause before the claim's sets up, when the claim's own clause names none: a
/// noun phrase after a demonstrative (像这样的专场音乐会，…) or before a closing 中 (接待的
/// 采购商中，…).
pub(crate) fn earlier_topic(jieba: &Jieba, sentence: &[char], claim: &Claim) -> Option<String> {
    let at = claim.span[0];
    let start = sentence[..at].iter().rposition(|&c| clause_break(c))?;
    if !matches!(sentence[start], '，' | ',') {
        return None;
    }
    let from = clause_start(sentence, start);
    let clause: String = sentence[from..start].iter().collect();
    let marked = TOPIC_MARKS
        .iter()
        .find_map(|m| clause.find(m).map(|p| &clause[p + m.len()..]));
    let among = clause
        .strip_suffix('中')
        .map(|c| c.rsplit('的').next().unwrap_or(c));
    let phrase = marked.or(among)?;
    noun_phrase(jieba, phrase, false)
        .filter(|np| np.len() == phrase.len() && np.chars().count() >= 2)
}

/// For a claim whose clause names nothing (从不足100亿件到突破1000亿件，…): the subject of the
/// next clause when it states a change or level of its own without a number
/// (快递业务量|连年|增长).
pub(crate) fn later_subject(jieba: &Jieba, sentence: &[char], claim: &Claim) -> Option<String> {
    let end = claim.span[1]
        + sentence[claim.span[1]..]
            .iter()
            .position(|&c| clause_break(c))?;
    if !matches!(sentence[end], '，' | ',') {
        return None;
    }
    // The clause holds its numbers and the words of a span between them, nothing else.
    let start = clause_start(sentence, claim.span[0]);
    let clause = &sentence[start..end];
    let mut bare = clause.to_vec();
    for c in super::scan::scan(clause).iter().rev() {
        bare.drain(c.span[0]..c.span[1]);
    }
    if !bare.iter().all(|c| "从由自到至和及与".contains(*c)) {
        return None;
    }
    let next: Vec<char> = sentence[end + 1..]
        .iter()
        .take(CLAUSE_WINDOW)
        .take_while(|&&c| !clause_break(c))
        .copied()
        .collect();
    if !super::scan::scan(&next).is_empty() || next.iter().any(char::is_ascii_digit) {
        return None;
    }
    let text: String = next.iter().collect();
    let tags = tag(jieba, &text);
    let states = |t: &jieba_rs::Tag| {
        t.tag.starts_with('v') && (PREDICATES.contains(&t.word) || direction_of(t.word).is_some())
    };
    let v = tags.iter().position(states)?;
    let subject = super::phrase::tail(&tags[..v]);
    (subject.chars().count() >= 2).then_some(subject)
}

/// Whether the claim follows a headless relative clause (来自海外的|达300多人): its phrase
/// names a part of a topic set up before, not a measure.
pub(crate) fn headless(sentence: &[char], claim: &Claim) -> bool {
    let before = &sentence[..claim.span[0]];
    let copulas = before
        .iter()
        .rev()
        .take_while(|c| "达为有是占约共".contains(**c))
        .count();
    copulas > 0 && before.len() > copulas && before[before.len() - copulas - 1] == '的'
}

/// When nothing before the number names what it counts, the noun after it does:
/// 帮助100多家党建评价为“好”的中小微企业 → 中小微企业. The next number of a list (1000万元
/// 1001万元, 14个80%以上) is not a noun.
fn after_subject(jieba: &Jieba, sentence: &[char], claim: &Claim) -> Option<String> {
    let phrase = phrase_after(sentence, claim);
    // 97.1%的胜率|位居…的宝座: the noun after the first 的 (the relative clause before a
    // later 的 is its predicate).
    let last = phrase
        .split_once('的')
        .map_or(phrase.as_str(), |(_, a)| a)
        .trim();
    // 5.5%左右的预期增长目标|与…衔接, 分三类|推进实施: the noun phrase opening it, if any.
    let one_word = || {
        let tags = tag(jieba, last);
        (tags.len() == 1 && !is_stating_verb(last)).then(|| last.to_string())
    };
    let noun = if last.starts_with(crate::clean::chars::is_opener) {
        last.chars().take(MAX_SUBJECT).collect()
    } else {
        noun_phrase(jieba, last, false).or_else(one_word)?
    };
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

#[cfg(test)]
mod tests {
    /// The goal word that ends first, as the byte search of each word finds it.
    fn by_search(text: &str) -> Option<usize> {
        super::TARGET
            .iter()
            .filter_map(|t| text.find(t).map(|at| text[..at + t.len()].chars().count()))
            .min()
    }

    #[test]
    fn target_end_is_where_the_first_ending_goal_word_ends() {
        for text in [
            "力争取得新突破，预期目标是增长5%",
            "计划拟投资3亿元",
            "今年目标为增长6%左右，确保完成",
            "争取力争",
            "没有目标",
            "",
            "预期目标",
        ] {
            let chars: Vec<char> = text.chars().collect();
            assert_eq!(super::target_end(&chars), by_search(text), "{text}");
        }
    }

    /// Round 19: a duration after 为期, 历时 or 长达 and before 的 lasts as long as the noun
    /// phrase after 的 (up to its predicate's verb, time or number).
    #[test]
    fn a_span_before_de_is_the_length_of_what_follows() {
        let jieba = jieba_rs::Jieba::new();
        let subject = |text: &str| {
            let found = crate::claims::extract_text(text, &jieba);
            found.first().and_then(|c| c.subject.clone())
        };
        assert_eq!(
            subject("为期三天的数字经济博览会昨日开幕").as_deref(),
            Some("数字经济博览会")
        );
        assert_eq!(
            subject("历时三个月的职业技能培训班昨日结业").as_deref(),
            Some("职业技能培训班")
        );
    }

    /// The subject of the claim of `text` whose words are `claim`, as `tifa extract` reads it.
    fn subject_of(jieba: &jieba_rs::Jieba, text: &str, claim: &str) -> Option<String> {
        let found = crate::claims::extract_text(text, jieba);
        found.into_iter().find(|c| c.text == claim)?.subject
    }

    /// Round 22: the words closing the clause after a count right after a verb are what it
    /// counts, whatever jieba tags them (务实/d举措/v, 大项/m, 赛季/t).
    #[test]
    fn the_words_closing_the_clause_after_a_count_are_what_it_counts() {
        let jieba = jieba_rs::Jieba::new();
        let text = "两部门近日签署合作协议，提出10项务实举措，共同推动科技创新";
        assert_eq!(
            subject_of(&jieba, text, "10项").as_deref(),
            Some("务实举措")
        );
        let text = "本届运动会共设39个大项，其中省里承办35个大项，其余在外省";
        assert_eq!(subject_of(&jieba, text, "35个").as_deref(), Some("大项"));
        let text = "他在联赛一共打了九个赛季，退役后转任教练";
        assert_eq!(subject_of(&jieba, text, "九个").as_deref(), Some("赛季"));
        // A verb opening them is the predicate, except after 有 (what the counted do).
        let text = "住建部提出具体措施，分三类推进实施";
        assert_eq!(subject_of(&jieba, text, "三类"), None);
        let text = "整场比赛，她还有3次拦网得分";
        assert_eq!(subject_of(&jieba, text, "3次").as_deref(), Some("拦网得分"));
    }

    /// Round 22: a number with a grade suffix before a head noun is part of its name
    /// (世界500|强|企业, 千亿元|级|企业), not the end of the subject.
    #[test]
    fn a_grade_before_a_noun_is_part_of_its_name() {
        let jieba = jieba_rs::Jieba::new();
        let text = "全省共有世界500强企业325家";
        let subject = subject_of(&jieba, text, "325家");
        assert_eq!(subject.as_deref(), Some("世界500强企业"));
        let text = "榜单中，千亿元级企业有17家";
        let subject = subject_of(&jieba, text, "17家");
        assert_eq!(subject.as_deref(), Some("千亿元级企业"));
    }

    /// Round 20: each count of a 、 list counts the noun after its own classifier, a fixed
    /// expression there too (3架|无人机/l), not the noun of the count before.
    #[test]
    fn each_count_of_a_list_counts_its_own_noun() {
        let jieba = jieba_rs::Jieba::new();
        let text = "救援指挥部调来6辆消防车、2架无人机巡查河道";
        assert_eq!(subject_of(&jieba, text, "6辆").as_deref(), Some("消防车"));
        assert_eq!(subject_of(&jieba, text, "2架").as_deref(), Some("无人机"));
        // After the noun it counts, a fixed expression is the predicate.
        let acts = "理事会成员35人出席会议";
        assert_eq!(
            subject_of(&jieba, acts, "35人").as_deref(),
            Some("理事会成员")
        );
    }

    /// Round 20: `X只有Y的N` measures X against Y, as `X为Y的N倍` does (直径|只有|皮肤细胞的
    /// 百分之一: the base after the verb is not the subject).
    #[test]
    fn a_share_of_a_base_after_only_measures_what_stands_before() {
        let jieba = jieba_rs::Jieba::new();
        let text = "这款芯片的功耗只有同类产品的三分之一";
        let subject = subject_of(&jieba, text, "三分之一");
        assert_eq!(subject.as_deref(), Some("这款芯片的功耗"));
    }

    /// Round 20: a clause of a time, a modal and a verb before its number speaks of the
    /// object of the clause before when that clause opens with its verb.
    #[test]
    fn a_clause_of_a_modal_and_verb_takes_the_object_before() {
        let jieba = jieba_rs::Jieba::new();
        let text = "继续实施城乡义务教育学校改造工程，今年拟安排300亿元。";
        assert_eq!(
            subject_of(&jieba, text, "300亿元").as_deref(),
            Some("城乡义务教育学校改造工程")
        );
    }

    /// Round 20: a count after a place or scope counts the noun after it, Latin letters
    /// opening it too; before 中的 it counts the group a part is taken from (not the
    /// scope before it).
    #[test]
    fn a_count_after_a_scope_counts_the_noun_after_it() {
        let jieba = jieba_rs::Jieba::new();
        let latin = "全美12万名DACA受益人将失去工作许可";
        assert_eq!(
            subject_of(&jieba, latin, "12万名").as_deref(),
            Some("DACA受益人")
        );
        let among = "全美12万名受益人中的六成来自加州";
        assert_eq!(
            subject_of(&jieba, among, "12万名").as_deref(),
            Some("受益人")
        );
        let games = "今天是湖人队5个客场中的最后一场";
        assert_eq!(subject_of(&jieba, games, "5个").as_deref(), Some("客场"));
    }
}
