//! What a subject may be, and subjects shared out over a list of numbers: a subject is a
//! noun phrase (never a bare time, a quantity, a verb, a function word or punctuation), and
//! `A、B分别增长8.9%、7.7%` gives 8.9% to A and 7.7% to B.

use super::Claim;
use jieba_rs::Jieba;

/// Words that open a phrase but are not part of what it names.
const LEADING: &[&str] = &[
    "力争",
    "确保",
    "争取",
    "主要预期目标",
    "预期目标",
    "目标",
    "其中",
    "全年",
    "同期",
    "当年",
    "今年",
    "去年",
    "上年",
    "全省",
    "全市",
    "以来",
    "目前",
    "我国",
];

/// Prepositions and particles that may trail a subject cut before its number (率从, 比例由).
const TRAILING: &[char] = &[
    '从', '由', '在', '到', '比', '较', '对', '向', '于', '自', '用', '以',
];

/// A phrase without the date opening it (6月12日|沪深两市成交额: jieba joins 日 to the next
/// word, so the date is cut on chars).
fn without_date(s: &str) -> &str {
    let mut rest = s;
    loop {
        let digits = rest
            .char_indices()
            .find(|(_, c)| {
                !(c.is_ascii_digit()
                    || "０１２３４５６７８９一二三四五六七八九十〇○零".contains(*c))
            })
            .map_or(rest.len(), |(i, _)| i);
        let after = &rest[digits..];
        let Some(next) = ["年", "月", "日", "号"]
            .iter()
            .find_map(|u| after.strip_prefix(u))
        else {
            return rest;
        };
        if digits == 0 {
            return rest;
        }
        rest = next;
    }
}

/// Modal words before a verb that ends a clause (拟安排, 将达).
const MODAL_WORDS: &[&str] = &[
    "拟", "将", "要", "再", "计划", "预计", "力争", "可", "能", "会",
];

/// Goal and control words that are no subject on their own (计划用3年, 力争); words of how
/// long a thing lasts (持续|5天, 历时, round 17).
const NOT_NOUNS: &[&str] = &[
    "计划", "力争", "确保", "争取", "目标", "预期", "时间", "过去", "持续", "历时", "为期", "长达",
];

/// Whether a jieba tag is nominal enough to end a subject: nouns, names, nominal verbs,
/// distinguishing words, abbreviations, English words (PM2.5).
/// Modal verbs: never inside a noun phrase; after one, the predicate (round 13).
const MODALS: &[&str] = &[
    "不得", "需要", "应", "应当", "应该", "能", "能够", "可以", "须", "必须", "不能", "不应",
    "不宜", "不可", "将",
];

fn head_tag(tag: &str) -> bool {
    matches!(
        tag.chars().next(),
        Some('n' | 'j' | 'b' | 'l' | 'i' | 'e' | 's')
    ) || matches!(tag, "vn" | "zg")
        || tag == "eng"
}

/// A phrase without what closes it but names nothing: a trailing preposition (率从), a
/// modal or adverb and its verb (拟安排, 已下达), a closing adverb, modal or frame word
/// (安全感连续, 每年可).
fn trim_end<'a, 'b>(tags: &'b [jieba_rs::Tag<'a>]) -> &'b [jieba_rs::Tag<'a>] {
    let mut kept = tags;
    // A trailing preposition (率从, 比例由) is a word of its own; 费用 keeps its 用.
    while let [rest @ .., last] = kept {
        let one = last.word.chars().count() == 1;
        if !(one && last.word.chars().all(|c| TRAILING.contains(&c)) || last.tag == "x") {
            break;
        }
        kept = rest;
    }
    // 中央预算内投资拟安排, 转移支付已下达: a modal or adverb and its verb end the clause,
    // not the subject; so does a closing adverb (群众安全感连续).
    loop {
        let n = kept.len();
        if n > 2
            && (MODAL_WORDS.contains(&kept[n - 2].word) || kept[n - 2].tag.starts_with('d'))
            && kept[n - 1].tag.starts_with('v')
        {
            kept = &kept[..n - 2];
        } else if n > 1
            && (matches!(kept[n - 1].tag, "d" | "a" | "ad")
                || MODAL_WORDS.contains(&kept[n - 1].word)
                || super::context::FRAME_ADVERBS.contains(&kept[n - 1].word))
        {
            kept = &kept[..n - 1];
        } else {
            break;
        }
    }
    kept
}

/// Where a frame opening a phrase ends, if it has one: a copula (X是一位|Y上粉丝), a
/// preposition of topic (国家关于|土地承包期) or a place word after a noun (Instagram上|粉丝,
/// 板块中|甲公司); what follows it is what is measured.
fn frame_end(tags: &[jieba_rs::Tag]) -> Option<usize> {
    let nominal = |t: &jieba_rs::Tag| matches!(t.tag.chars().next(), Some('n' | 'j' | 'e'));
    (0..tags.len().saturating_sub(1)).rev().find(|&p| {
        let t = &tags[p];
        let place = t.tag == "f"
            && matches!(t.word, "中" | "上" | "里" | "内")
            && p > 0
            && nominal(&tags[p - 1])
            && nominal(&tags[p + 1]);
        t.word == "是" && t.tag.starts_with('v') || matches!(t.word, "关于" | "对于") || place
    })
}

/// Whether a number opening `tags` is part of the name after it: a size (4|英寸|金刚石散热片)
/// or a numeral glued to a one-char word (一|产|增加值), before a noun.
fn names_with_number(tags: &[jieba_rs::Tag]) -> bool {
    super::phrase::names_with_number(tags, 0) && tags.get(2).is_some_and(|t| head_tag(t.tag))
}

/// Personal pronouns: the actor, not what is measured (他|出场).
const PERSONAL: &[&str] = &[
    "他", "她", "它", "我", "你", "我们", "他们", "她们", "你们", "咱们",
];

/// Whether the first word of `tags` opens a phrase but is no part of what it names, when a
/// noun follows: an adverb before a noun (通常|过氧化氢浓度), a personal pronoun (他|出场,
/// 我们把|面包; not 这条, 某某), a
/// stating verb that is no change (保持|东盟最大贸易伙伴地位), or 把 (…把|面包).
fn opens_no_name(tags: &[jieba_rs::Tag]) -> bool {
    let [t, next, ..] = tags else {
        return false;
    };
    let named_next = head_tag(next.tag) || next.tag.starts_with('v');
    let stating = t.tag == "v"
        && super::context::is_stating_verb(t.word)
        && super::context::direction_of(t.word).is_none()
        && head_tag(next.tag);
    // 再|推出 is a predicate.
    let adverb = t.tag == "d" && head_tag(next.tag);
    let pronoun = t.tag == "r" && next.tag != "uj" && PERSONAL.contains(&t.word);
    named_next && (adverb || pronoun || stating || t.word == "把")
}

/// Round 16: whether the first word of `tags` is a function word cut off the words before
/// it, when a noun follows: a particle (的|时间, 了|常规赛) or a one-char place word
/// (建成后|年发电量: 后 closes the time clause before the subject).
fn function_word(tags: &[jieba_rs::Tag]) -> bool {
    let [t, next, ..] = tags else {
        return false;
    };
    t.word.chars().count() == 1 && matches!(t.tag, "uj" | "ul" | "f") && head_tag(next.tag)
}

/// Where the name in `tags` starts: after leading time words (2022年, 1—8月, 5月份; 早期
/// names a kind), frame adverbs, possessive pronouns and words that open no name, but not
/// inside a name with a number (一产, 4英寸…).
fn name_start(tags: &[jieba_rs::Tag]) -> usize {
    // A leading time word (2022年, 1—8月, 5月份) is when, not what; 早期 names a kind.
    let mut from = 0;
    while let Some(t) = tags.get(from) {
        if names_with_number(&tags[from..]) {
            break;
        }
        // 她的|世锦赛金牌总数: a possessive pronoun opens no name.
        if PERSONAL.contains(&t.word) && tags.len() > from + 2 && tags[from + 1].tag == "uj" {
            from += 2;
            continue;
        }
        let after_number = from > 0 && tags[from - 1].tag == "m";
        let time = matches!(t.tag, "m" | "x" | "q") && t.word != "“"
            || t.tag == "t" && !super::phrase::PHASES.contains(&t.word)
            || after_number && super::phrase::TIME_NOUNS.contains(&t.word);
        // 年均|临时救助: a frame adverb opening the phrase (实际使用外资 is a name).
        let frame = super::context::FRAME_ADVERBS.contains(&t.word)
            && !matches!(t.word, "实际" | "名义")
            && tags.len() > from + 1;
        if !time && !frame && !function_word(&tags[from..]) && !opens_no_name(&tags[from..]) {
            break;
        }
        from += 1;
    }
    // 周期占比: a time word before a bare measure noun is what the measure is of.
    if tags.len() == from + 1
        && from > 0
        && tags[from - 1].tag == "t"
        && super::context::is_measure_noun(tags[from].word)
    {
        from - 1
    } else {
        from
    }
}

/// Round 16: whether widening `subject` to `wide` (a listed compound holding it) adds no
/// verb: the words added after it hold none jieba tags `v` (成绩|获得冠军: the clause's
/// predicate), and those added before it open with no verb (培育|企业, 解决|…问题: the
/// clause's verb and its object).
pub(super) fn widening_adds_no_verb(jieba: &Jieba, subject: &str, wide: &str) -> bool {
    let Some(at) = wide.rfind(subject) else {
        return false;
    };
    let (left, right) = (&wide[..at], &wide[at + subject.len()..]);
    let right_verb = super::context::tag(jieba, right)
        .iter()
        .any(|t| t.tag == "v");
    let left_verb = super::context::tag(jieba, left)
        .first()
        .is_some_and(|t| matches!(t.tag, "v" | "vn"));
    !right_verb && !left_verb
}

/// The subject as a noun phrase, or `None` when it is none: opening quotes, leading time
/// words and trailing prepositions are trimmed; a bare time, quantity, verb or function word
/// is refused.
pub fn plausible(jieba: &Jieba, subject: &str) -> Option<String> {
    // “一站式”公共平台: an opening quote stays when its closing one does.
    let keep = |c: char| {
        c.is_alphanumeric() || matches!(c, '”' | '》') || c == '“' && subject.contains('”')
    };
    let mut s = subject.trim_matches(|c: char| !keep(c));
    s = without_date(s);
    // 力争全年…: leading words may follow one another.
    while let Some(rest) = LEADING.iter().find_map(|lead| s.strip_prefix(lead)) {
        s = rest;
    }
    let mut tags = super::context::tag(jieba, s);
    if let Some(p) = frame_end(&tags) {
        tags.drain(..=p);
    }
    // 按摩座椅数量|不得, 充电器|需要|另附: a modal after a noun opens the predicate (before a
    // later 的 it is inside a relative clause: 全球需要人道主义援助的人口数量).
    let modal = |i: usize| {
        MODALS.contains(&tags[i].word)
            && head_tag(tags[i - 1].tag)
            && !tags[i..].iter().any(|t| t.word == "的")
    };
    if let Some(p) = (1..tags.len()).find(|&i| modal(i)) {
        tags.truncate(p);
    }
    // 收益率较4月份, 总量比2020年: the base of a comparison closing it is not what is measured.
    // 失业率从上半年: so is a starting point in time.
    let timed = |i: usize| {
        tags[i + 1..]
            .iter()
            .all(|t| matches!(t.tag, "t" | "m" | "q" | "f"))
    };
    if let Some(p) = (1..tags.len()).find(|&i| {
        super::words::COMPARISONS.contains(&tags[i].word)
            || matches!(tags[i].word, "从" | "由") && timed(i)
    }) {
        tags.truncate(p);
    }
    let from = name_start(&tags);
    let kept = trim_end(&tags[from..]);
    let last = kept.last()?;
    let text: String = kept.iter().map(|t| t.word).collect();
    // An opening quote whose closing one was cut goes too (“内容深度”).
    let text = match text.strip_prefix('“') {
        Some(rest) if !rest.contains('”') => rest.to_string(),
        _ => text,
    };
    // A verb may name an activity measured (城镇新增就业, 出口) unless an adverb makes it a
    // predicate (再推出) or it is one char.
    let adverb_before = kept.len() > 1 && kept[kept.len() - 2].tag.starts_with('d');
    let verbal = last.tag.starts_with('v') && !adverb_before && last.word.chars().count() >= 2;
    // 下调政策利率: a change verb opening the phrase makes it an action, not a measure
    // (新增贷款 names one).
    // 增长|目标 names the goal of a change (round 17).
    let action = kept.len() > 1
        && kept[0].tag == "v"
        && kept[0].word != "新增"
        && super::context::direction_of(kept[0].word).is_some()
        && !matches!(last.word, "目标" | "预期目标");
    let refused = action
        || super::phrase::names_nothing(kept)
        || text.chars().count() < 2
        || !head_tag(last.tag)
            && !verbal
            && !super::context::is_measure_noun(last.word)
            && !super::phrase::period(kept, kept.len() - 1)
        || (kept.len() == 1
            && (NOT_NOUNS.contains(&last.word)
                || super::context::is_stating_verb(last.word)
                || super::context::FRAME_ADVERBS.contains(&last.word)));
    (!refused).then_some(text)
}

/// A list of claims stated together: `分别增长8.9%、7.7%` or `8.9%、7.7%`. Returns the
/// index past the run that starts at `i` (only 、 和 及 between them).
fn run_end(sentence: &[char], claims: &[Claim], i: usize) -> usize {
    let mut j = i + 1;
    while j < claims.len() {
        // Claims that overlap (a number read in two ways) make no list.
        let gap = sentence.get(claims[j - 1].span[1]..claims[j].span[0]);
        let gap: String = gap.unwrap_or_default().iter().collect();
        if !matches!(gap.as_str(), "、" | "和" | "及" | "以及") {
            break;
        }
        j += 1;
    }
    j
}

/// The text of a list's coordinated subjects before its first claim: its clause up to 分别
/// (or the verb); for a clause naming nothing (甲、乙、丙净流入金额居前，分别为…), the clause
/// before it, whose predicate (居前) is then no part of its last item (the flag says so).
fn list_text(sentence: &[char], first: &Claim) -> (String, bool) {
    let clause_start = |at: usize| {
        sentence[..at]
            .iter()
            .rposition(|&c| "，；：。！？（）,;:\n\t".contains(c))
            .map_or(0, |p| p + 1)
    };
    let start = clause_start(first.span[0]);
    let phrase: String = sentence[start..first.span[0]].iter().collect();
    let cut = match (phrase.find("分别"), first.verb.as_deref()) {
        (Some(p), _) => &phrase[..p],
        (None, Some(v)) => phrase.rfind(v).map_or(phrase.as_str(), |p| &phrase[..p]),
        (None, None) => phrase.as_str(),
    };
    if cut.trim().is_empty() && start > 0 && matches!(sentence[start - 1], '，' | ',') {
        let from = clause_start(start - 1);
        return (sentence[from..start - 1].iter().collect(), true);
    }
    (cut.to_string(), false)
}

/// The coordinated subjects before the first claim of a list (A、B增加值分别增长): the
/// phrase from its clause start (、 does not end it) to 分别 (or the verb), split at 、 (or
/// at 和 及 与 when 、 gives too few parts); a comparison closing the last part (比2020年) is
/// cut. The last part's final word, when it names a measurement, is shared by parts that
/// name none (高技术制造业 → 高技术制造业增加值, 煤炭 → 煤炭产量; 起数 keeps its own).
fn coordinated(jieba: &Jieba, sentence: &[char], first: &Claim, n: usize) -> Vec<String> {
    let (text, earlier) = list_text(sentence, first);
    let cut = text.as_str();
    let mut parts: Vec<Vec<jieba_rs::Tag>> = Vec::new();
    for part in cut.split('、') {
        let tags = super::context::tag(jieba, part);
        let joined = parts.len() + 1 < n && tags.iter().any(|t| t.tag == "c");
        // 城镇和农村居民收入 with two numbers: 和 joins the parts.
        if joined && cut.matches('、').count() + 1 < n {
            for piece in tags.split(|t| t.tag == "c") {
                parts.push(piece.to_vec());
            }
        } else {
            parts.push(tags);
        }
    }
    // 力争全年|交通: goal and time words open the list, they are no part of its first item.
    if let Some(first) = parts.first_mut() {
        let lead = first
            .iter()
            .take_while(|t| LEADING.contains(&t.word))
            .count();
        first.drain(..lead.min(first.len().saturating_sub(1)));
    }
    if let Some(last) = parts.last_mut() {
        // 死亡人数比2020年: a comparison is not part of the name.
        if let Some(p) = last.iter().position(|t| t.tag == "p") {
            last.truncate(p);
        }
        if earlier {
            let named = last.iter().rposition(|t| t.tag.starts_with(['n', 'j']));
            last.truncate(named.map_or(last.len(), |p| p + 1));
        }
    }
    // What the other parts share when it names a measurement: the last part's final word
    // (煤炭、原油|产量); after parts of one word each, its words after the first
    // (交通、水利、能源|领域投资额, 城镇和农村|常住居民人均可支配收入).
    let single = parts[..parts.len().saturating_sub(1)]
        .iter()
        .all(|p| p.len() == 1);
    // The last part parallels the first: its words past the first part's length are what
    // they share (美丽河湖、美丽海湾|建成率, 文化产业、旅游产业|增加值占地区生产总值比重).
    let first_len = parts.first().map_or(1, Vec::len).max(1);
    let tail: &[jieba_rs::Tag] = match parts.last() {
        Some(l) if l.len() > 1 => &l[first_len.min(l.len() - 1)..],
        _ => &[],
    };
    let head = tail.last().map(|t| t.word);
    let names_measure = head.is_some_and(|h| {
        super::context::is_measure_noun(h)
            || single && h.chars().count() > 1 && h.ends_with(['额', '量', '值'])
    });
    parts
        .iter()
        .map(|p| {
            let own: String = p.iter().map(|t| t.word).collect();
            // 生产安全事故起数 already names a measurement.
            let measured = own.ends_with(['数', '额', '量', '值', '率', '比', '度']);
            if !names_measure || measured || own.ends_with(head.unwrap_or("")) {
                return own;
            }
            // 高技术制造业 + 制造业|增加值: the words it ends with already are not repeated.
            let skip = (0..tail.len())
                .rev()
                .find(|&k| {
                    let shared: String = tail[..=k].iter().map(|t| t.word).collect();
                    own.ends_with(&shared)
                })
                .map_or(0, |k| k + 1);
            own + &tail[skip..].iter().map(|t| t.word).collect::<String>()
        })
        .collect()
}

/// One subject of 城乡 (town and country) shared by two numbers names two: 城乡居民人均可支配收入
/// 分别增长4.4%、5.6% → 城镇居民…, 农村居民….
fn urban_and_rural(parts: Vec<String>) -> Vec<String> {
    match &parts[..] {
        [one] if one.starts_with("城乡") => {
            let rest = &one["城乡".len()..];
            vec![format!("城镇{rest}"), format!("农村{rest}")]
        }
        _ => parts,
    }
}

/// A part of a list that jieba reads as one idiom or fixed expression (再贴现/i): among
/// coordinated noun phrases it is a name too.
fn one_term(jieba: &Jieba, part: &str) -> Option<String> {
    let tags = super::context::tag(jieba, part);
    let term =
        matches!(&tags[..], [t] if matches!(t.tag, "i" | "l") && t.word.chars().count() >= 2);
    term.then(|| part.to_string())
}

/// Shares subjects, verbs and directions out over the lists of a sentence's claims: each
/// number of `A、B分别增长8.9%、7.7%` gets its own subject and the list's verb.
pub fn distribute(jieba: &Jieba, sentence: &[char], claims: &mut [Claim]) {
    let mut i = 0;
    while i < claims.len() {
        let end = run_end(sentence, claims, i);
        if end - i >= 2 {
            let parts = urban_and_rural(coordinated(jieba, sentence, &claims[i], end - i));
            let subjects: Vec<Option<String>> = parts
                .iter()
                .map(|p| plausible(jieba, p).or_else(|| one_term(jieba, p)))
                .collect();
            let shared = subjects.len() == end - i && subjects.iter().all(Option::is_some);
            let (verb, direction) = (claims[i].verb.clone(), claims[i].direction);
            for (k, c) in claims[i..end].iter_mut().enumerate() {
                if shared {
                    c.subject = subjects[k].clone();
                }
                if c.direction.is_none() {
                    (c.verb, c.direction) = (verb.clone(), direction);
                }
            }
        }
        i = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// jieba's dictionary, loaded once for these tests (the library keeps no model).
    fn jieba() -> &'static Jieba {
        static JIEBA: std::sync::OnceLock<Jieba> = std::sync::OnceLock::new();
        JIEBA.get_or_init(Jieba::new)
    }

    /// Round 16: a widening that adds the clause's verb (成绩|获得冠军, 培育|企业) is refused;
    /// one that adds a modifier (平均|浓度) is kept.
    #[test]
    fn widenings_add_no_verb() {
        let j = jieba();
        assert!(!widening_adds_no_verb(j, "成绩", "成绩获得冠军"));
        assert!(!widening_adds_no_verb(j, "企业", "培育企业"));
        assert!(widening_adds_no_verb(j, "浓度", "平均浓度"));
        assert!(widening_adds_no_verb(j, "人员", "常委会组成人员"));
    }

    /// Round 16: a particle or a one-char place word opening the phrase is cut off.
    #[test]
    fn function_words_open_no_subject() {
        let j = jieba();
        assert_eq!(plausible(j, "后年发电量").as_deref(), Some("年发电量"));
        assert_eq!(plausible(j, "的时间"), None);
    }

    #[test]
    fn subjects_are_noun_phrases() {
        let j = jieba();
        assert_eq!(plausible(j, "2022年"), None);
        assert_eq!(plausible(j, "率从"), None);
        assert_eq!(plausible(j, "“过去"), None);
        assert_eq!(plausible(j, "计划用"), None);
        assert_eq!(plausible(j, "再推出"), None);
        assert_eq!(plausible(j, "%"), None);
        assert_eq!(plausible(j, "预期目标"), None);
        assert_eq!(plausible(j, "·"), None);
        assert_eq!(plausible(j, "降低存款利率"), None);
        assert_eq!(plausible(j, "新增贷款").as_deref(), Some("新增贷款"));
        assert_eq!(plausible(j, "全年粮食产量").as_deref(), Some("粮食产量"));
        assert_eq!(
            plausible(j, "2024年城镇调查失业率").as_deref(),
            Some("城镇调查失业率")
        );
        assert_eq!(
            plausible(j, "中央预算内投资拟安排").as_deref(),
            Some("中央预算内投资")
        );
        assert_eq!(
            plausible(j, "研发投入强度").as_deref(),
            Some("研发投入强度")
        );
        assert_eq!(
            plausible(j, "城镇新增就业").as_deref(),
            Some("城镇新增就业")
        );
    }

    #[test]
    fn lists_share_their_subjects_in_order() {
        let found = crate::claims::extract_text("甲产业、乙产业增加值分别增长8.9%、7.7%", jieba());
        let subjects: Vec<_> = found.iter().map(|c| c.subject.as_deref()).collect();
        assert_eq!(subjects, [Some("甲产业增加值"), Some("乙产业增加值")]);
        assert!(found
            .iter()
            .all(|c| c.direction == Some(crate::claims::Direction::Increase)));
        let found = crate::claims::extract_text("煤炭、原油产量分别为4亿吨、2亿吨", jieba());
        let subjects: Vec<_> = found.iter().map(|c| c.subject.as_deref()).collect();
        assert_eq!(subjects, [Some("煤炭产量"), Some("原油产量")]);
    }

    #[test]
    fn subjects_from_structure() {
        let cases: &[(&str, Option<&str>)] = &[
            // A split 占|比, a preposition after the verb, an adverb and verb closing it.
            ("甲乙丙权重占比提升3%", Some("甲乙丙权重占比")),
            ("工科专业点占比提高到72%", Some("工科专业点占比")),
            ("中央对地方转移支付已下达91%", Some("中央对地方转移支付")),
            // X为Y的N倍 measures X; the base of a comparison is no subject.
            ("成本仅为铜的3倍", Some("成本")),
            ("相较传统材料提升一倍", None),
            // The noun after a count: a verb after it is the predicate, a noun before 的 is
            // what is counted.
            ("有5只成分股调整", Some("成分股")),
            ("为69个国家和地区的客户提供服务", Some("国家和地区")),
            ("建成100万千瓦光伏发电项目全部并网", Some("光伏发电项目")),
            // A frame adverb or an aspect particle between subject and verb or number.
            ("全县粮食产量年均增长3.1%", Some("全县粮食产量")),
            ("林场职工收入提高了800元", Some("林场职工收入")),
            ("水质达标率有望达到92%", Some("水质达标率")),
            ("返乡创业人数实际达到2万人", Some("返乡创业人数")),
            ("合唱团先后9次出国演出", Some("合唱团")),
            // Predicates jieba tags otherwise; what follows 占 or 至…的 is a base.
            ("医保参保率稳定在96%以上", Some("医保参保率")),
            ("茶叶产量占全国12%", Some("茶叶产量")),
            ("办结时限缩短至规定时限的60%", Some("办结时限")),
            // The base of a comparison and a leading month are cut.
            ("3月份存款利率较2月份下降0.2个百分点", Some("存款利率")),
            ("2026年税收比2021年增加超300亿元", Some("税收")),
            // The topic before adverbs and a stating verb, or before 被 and its verb; a
            // count of things after a noun and its verb.
            ("“乡村书屋”项目已累计开展超800场", Some("“乡村书屋”项目")),
            ("这条线路被停运过3次", Some("这条线路")),
            ("县级重点工程开工57个", Some("县级重点工程")),
            // A number in brackets after a quoted term, a quoted term after a count.
            ("读者最看重“内容深度”（48.2%）", Some("内容深度")),
            ("文中用了6个“新”字", Some("“新”字")),
            // After a noun, a verb after the number opens a purpose; after a verb, a
            // verb-led noun phrase is what is counted.
            ("下达专项资金500万元用于修缮校舍", Some("专项资金")),
            ("本校将提供300个赴外研修名额", Some("赴外研修名额")),
            // A quantifier-like 一体 ends the noun after a count.
            ("把8个街区一体纳入规划", Some("街区")),
            // Round 5. Frame adverbs and modals before the predicate (首次突破, 每年可达).
            ("全县茶叶产量首次突破5万吨", Some("全县茶叶产量")),
            ("工伤保险基金支出每年可达12亿元", Some("工伤保险基金支出")),
            // jieba's 率控制 is a measure and its predicate.
            ("城镇登记失业率控制在4%以内", Some("城镇登记失业率")),
            // A verbal noun after a verb modifies its object.
            ("全市新增经营主体5600户", Some("经营主体")),
            // A copula's measure is of the subject before it, not the noun after it.
            ("全省能源生产总量达3.1亿吨标准煤", Some("能源生产总量")),
            // An adverb after the number opens a predicate, not a noun counted.
            ("用水量节约30%仅相当于一座水库的库容", Some("用水量")),
            // Things counted in a verb's object keep the verbs inside their name; an amount
            // is followed by its purpose.
            (
                "确定并重点扶持20个省级乡村振兴示范县",
                Some("省级乡村振兴示范县"),
            ),
            (
                "一次性增加5000亿元专项债务限额置换旧债",
                Some("专项债务限额"),
            ),
            // A bare measure noun takes the verb before it (预计为 is one predicate).
            ("本次回购金额预计为3亿元", Some("回购金额")),
            // A stating verb alone is no subject (实现 is refused; the ranker then fills the
            // noun before the streak, round 12).
            ("销量连续三个月实现同比增长", Some("销量")),
            // What a change verb acts on, not the action, is what a count of times measures.
            ("年内降低贷款利率两次", Some("贷款利率")),
            // A verbal noun inside a compound is no verb; jieba's noun+predicate tokens are
            // split; a starting point in time closes no subject.
            ("农村调查贫困率为3.1%", Some("农村调查贫困率")),
            ("全省居民消费价格上涨1.8%", Some("居民消费价格")),
            (
                "全市城镇调查失业率从去年5.1%降到4.9%",
                Some("城镇调查失业率"),
            ),
        ];
        for (text, want) in cases {
            let found = crate::claims::extract_text(text, jieba());
            let got = found.last().and_then(|c| c.subject.as_deref());
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn lists_share_the_words_after_their_parts() {
        let found = crate::claims::extract_text(
            "力争公路、港口、机场领域投资额分别达90亿元、40亿元、30亿元",
            jieba(),
        );
        let subjects: Vec<_> = found.iter().map(|c| c.subject.as_deref()).collect();
        assert_eq!(
            subjects,
            [
                Some("公路领域投资额"),
                Some("港口领域投资额"),
                Some("机场领域投资额")
            ]
        );
        let found = crate::claims::extract_text("城镇和农村常住居民收入分别增长4%和6%", jieba());
        let subjects: Vec<_> = found.iter().map(|c| c.subject.as_deref()).collect();
        assert_eq!(
            subjects,
            [Some("城镇常住居民收入"), Some("农村常住居民收入")]
        );
    }

    #[test]
    fn list_parts_parallel_the_first() {
        // The last part's words past the first part's length are what the parts share.
        let found =
            crate::claims::extract_text("绿色工厂、绿色园区认定率分别达到40%、60%", jieba());
        let subjects: Vec<_> = found.iter().map(|c| c.subject.as_deref()).collect();
        assert_eq!(subjects, [Some("绿色工厂认定率"), Some("绿色园区认定率")]);
    }

    #[test]
    fn lists_keep_their_own_measures() {
        let found =
            crate::claims::extract_text("事故起数、死亡人数比2020年分别下降65%、58%", jieba());
        let subjects: Vec<_> = found.iter().map(|c| c.subject.as_deref()).collect();
        assert_eq!(subjects, [Some("事故起数"), Some("死亡人数")]);
        let found = crate::claims::extract_text("甲省、乙省分别增至37座、14座", jieba());
        let subjects: Vec<_> = found.iter().map(|c| c.subject.as_deref()).collect();
        assert_eq!(subjects, [Some("甲省"), Some("乙省")]);
        let found = crate::claims::extract_text("金融、周期占比分别降低2%、1%", jieba());
        let subjects: Vec<_> = found.iter().map(|c| c.subject.as_deref()).collect();
        assert_eq!(subjects, [Some("金融占比"), Some("周期占比")]);
    }

    #[test]
    fn a_clause_without_its_own_subject_keeps_the_last_one() {
        let found = crate::claims::extract_text("全省外贸总额5000亿元，其中增长12%", jieba());
        assert_eq!(found[1].subject, found[0].subject);
        let found = crate::claims::extract_text("合格率从95%提高到98%", jieba());
        assert!(found.iter().all(|c| c.subject.as_deref() != Some("率从")));
    }
}
