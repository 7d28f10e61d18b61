//! Numbers that are not claims: dates and years, ordinals and demonstratives, sessions,
//! codes, anniversaries, time phrases, numbers in short quotes and numbered formulations.

use super::numeral::big_unit;
use super::read::NumberRead;
use super::units::{ends_with, starts_with, unit_at};
use super::ClaimKind;
use crate::clean::chars::is_han;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// Heads of numbered formulations and programs (两个确立, 七个能力, 六项工程, 五个体系).
#[rustfmt::skip]
const FORMULATION_HEADS: &[&str] = &[
    "确立", "维护", "意识", "自信", "能力", "体系", "工程", "作用", "定位", "区", "坚持", "优先",
    "行动", "计划", "机制", "攻坚", "战略", "布局", "中心", "示范", "清单", "原则", "方针", "保障",
    "关系", "抓手", "平台", "必须", "务必", "不动摇", "全面", "文明", "统筹", "一流", "高地", "之都",
    "重点", "任务", "目标", "导向", "融合", "提升", "倍增", "规定", "禁令",
];

/// Heads that make a numbered formulation only when they close the noun (实现四个现代化，,
/// 三个转变的要求): 5个现代化产业园 counts parks. Chinese numerals only.
const CLOSED_HEADS: &[&str] = &["现代化", "统一", "转变"];

/// A noun opening with a head of [`CLOSED_HEADS`] that nothing nominal continues: the phrase
/// ends, or a function word follows (四个现代化而奋斗, 四个现代化的目标).
fn closed_head(noun: &str) -> bool {
    CLOSED_HEADS.iter().any(|h| {
        noun.strip_prefix(h).is_some_and(|tail| {
            tail.chars()
                .next()
                .is_none_or(|t| "的而和与及并是为这就也都".contains(t))
        })
    })
}

/// What a span of years names when it follows it: a programme or goal, not a duration
/// (三年行动, 一百年奋斗目标, 十年禁渔), or the period a statement looks back on (五年历程).
const DURATION_PROGRAMMES: &[&str] = &[
    "行动",
    "计划",
    "规划",
    "工程",
    "攻坚",
    "专项",
    "奋斗目标",
    "禁渔",
    "禁捕",
    "禁牧",
    "历程",
    "蓝图",
    "計劃",
    "規劃",
    "义务教育",
];

/// Heads that close a programme's name a few chars after its span (三年提质行动, 五年攻坚行动):
/// the span names the programme, as [`DURATION_PROGRAMMES`] right after it.
const PROGRAMME_HEADS: &[&str] = &["行动", "攻坚"];

/// A span of time opening a programme's name: up to four chars (no 的, digit or stop) and
/// a head of [`PROGRAMME_HEADS`] after it (三年提质行动); 延长30年整省试点, which the sets label
/// both ways, stays a claim.
fn names_a_programme(rest: &[char]) -> bool {
    (1..=4).any(|k| {
        k < rest.len()
            && rest[..k]
                .iter()
                .all(|&r| is_han(r) && r != '的' && !numeral_or_digit(r))
            && PROGRAMME_HEADS.iter().any(|h| starts_with(&rest[k..], h))
    })
}

/// Classifiers that number a formulation.
const FORMULATION_CLASSIFIERS: &[&str] = &["个", "项", "大", "条", "类", "种", "方面"];

/// Classifiers of a count that names a list again (产业、科技、服务业三支招商队伍).
const LIST_CLASSIFIERS: &[&str] = &[
    "个", "项", "大", "条", "类", "种", "方面", "支", "家", "所", "座", "名", "位", "批", "部",
    "件", "只",
];

/// Chars after a number that make it a date, time, session, route, grade or article part.
fn names_a_slot(c: char) -> bool {
    matches!(
        c,
        '届' | '月' | '日' | '号' | '时' | '点' | '路' | '级' | '期' | '版' | '章' | '节'
    )
}

/// Demonstratives of an occasion before an amount of money (此次1万亿元国债, 这次1000亿元
/// 专项债): the amount names the issue already told, it is no new figure (此次60多位嘉宾
/// counts who came: a claim). 本次 stays out: a notice announces 本次发行… with it.
const OCCASIONS: &[&str] = &["此次", "这次", "那次", "该次", "上次", "此番", "这回"];

/// Numbers that are never claims, whatever follows: ordinals (第三, 每50公斤), demonstratives
/// (这三个), sessions and dates (5月29日), codes (600519.SH, 023-6389), a lone 一 used as an
/// article, numbers in short quotes, and numbered formulations. `signed`: a minus sign
/// before the number is a sign, not a code's hyphen.
pub(crate) fn skip_number(chars: &[char], i: usize, r: &NumberRead, signed: bool) -> bool {
    let before = |n: usize| i.checked_sub(n).map(|p| chars[p]);
    let after = &chars[r.end..];
    // 另外两个前辈: a demonstrative refers back; 唯一一场: 一 closes a word.
    let ordinal = matches!(
        before(1),
        Some('第' | '个' | '每' | '这' | '那' | '该' | '此' | '其')
    ) && !share_of_it(chars, i, after)
        || chars[..i].ends_with(&['另', '外']) && !adds_a_sum(after)
        || chars[..i].ends_with(&['述'])
        || chars[..i].ends_with(&['其', '他'])
        || chars[..i].ends_with(&['其', '余'])
        || OCCASIONS.iter().any(|w| ends_with(&chars[..i], w))
            && after.iter().take(3).any(|&c| c == '元')
        || chars[i] == '一' && matches!(before(1), Some('唯' | '统' | '万' | '之' | '逐'));
    // 日 of 日元 is a currency's.
    let slot = after.first().is_some_and(|&c| names_a_slot(c))
        && !index_points(r, after)
        && super::units::name_at(after).is_none();
    let code = (!signed
        && before(1)
            .is_some_and(|c| matches!(c, '+' | '＋' | '#' | '/' | '-' | '.' | 'x' | 'X' | '×'))
        && !summed_item(chars, i))
        || after
            .first()
            .is_some_and(|&c| matches!(c, '+' | '＋' | '.' | ':' | '：'))
        || (after.first() == Some(&'/') && slash_fraction(chars, r.end).is_none())
        || after.first().is_some_and(|c| c.is_ascii_alphabetic())
            && super::units::name_at(after).is_none()
        || before(1).is_some_and(|c| c.is_ascii_alphabetic()) && !named_percent(chars, i, after)
        || url_escape(chars, i, after);
    // 以上两个方面, 下列三类: a demonstrative opening its clause refers to the text's parts.
    let pointed = POINTING_BACK.iter().any(|w| {
        ends_with(&chars[..i], w)
            && (i == w.chars().count() || opens_clause(chars[i - w.chars().count() - 1]))
    });
    // 零部件: 零 alone opens a word, it is no number.
    let zero = r.chinese && r.end == i + 1 && matches!(chars[i], '零' | '〇' | '○');
    let article = r.chinese
        && r.number.value == 1.0
        && r.scale.is_none()
        && !after.first().is_some_and(|&c| matches!(c, '倍' | '半'));
    ordinal
        || pointed
        || spelled_year(chars, i)
        || slot
        || code
        || article
        || zero
        || inside_short_quote(chars, i) && !quoted_figure(chars, i, after)
        || formulation(r, after)
        || listed_formulation(r, &chars[i..])
        || policy_title(r, after)
        || appositive(chars, i, r, after)
}

/// A number inside a URL's escapes (`%E6%95%99%E8%82%B2`): right after an escape (`%8A%95`),
/// or before a `%` that opens one (`95%E6`): bytes, not a percent (`74%三项` stays).
fn url_escape(chars: &[char], i: usize, after: &[char]) -> bool {
    let hex = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_digit() || ('A'..='F').contains(c));
    let back = |n: usize| i.checked_sub(n).map(|p| &chars[p]);
    back(1) == Some(&'%') && hex(back(2)) && hex(back(3)) && back(4) == Some(&'%')
        || matches!(after.first(), Some('%'))
            && hex(after.get(1))
            && hex(after.get(2))
            && matches!(after.get(3), Some('%'))
}

/// 占其10%: 其 before a percent is "its", a share of what was named, not a demonstrative.
fn share_of_it(chars: &[char], i: usize, after: &[char]) -> bool {
    chars[i - 1] == '其' && unit_at(after).is_some_and(|u| u.kind == ClaimKind::Percent)
}

/// 另外200万美元: 另外 before an amount of money adds a sum; before a count it refers back.
fn adds_a_sum(after: &[char]) -> bool {
    let after = after
        .iter()
        .position(|&c| big_unit(c).is_none())
        .map_or(&after[after.len()..], |p| &after[p..]);
    unit_at(after).is_some_and(|u| u.kind == ClaimKind::Money)
}

/// 2场英超+5场意甲, 1篇完型填空+2篇阅读理解: a + after a word adds counted items; after a
/// digit or a letter (1+4+N, C+2) it is part of a code.
fn summed_item(chars: &[char], i: usize) -> bool {
    matches!(chars[i - 1], '+' | '＋')
        && i >= 2
        && is_han(chars[i - 2])
        && !numeral_or_digit(chars[i - 2])
        && chars[i..]
            .iter()
            .position(|&c| !numeral_or_digit(c))
            .and_then(|end| unit_at(&chars[i + end..]))
            .is_some_and(|u| u.kind == ClaimKind::Count)
}

/// 持有Alpha100%的股份: a percent after a name of letters is that name's share, not a code
/// (a letter and digits glued: G334, B1, 5G stay codes).
fn named_percent(chars: &[char], i: usize, after: &[char]) -> bool {
    let letters = chars[..i]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    letters >= 2 && matches!(after.first(), Some('%' | '％'))
}

/// “5.5%左右”: a quote that holds only a number, its unit and a qualifier after it quotes a
/// bound (a target): the figure is a claim. Without the qualifier (“66条”, “四片”, “5%”) the
/// quote names a policy, a plan or a figure of speech.
fn quoted_figure(chars: &[char], i: usize, after: &[char]) -> bool {
    if i == 0 || !matches!(chars[i - 1], '“' | '‘' | '「') {
        return false;
    }
    let Some(unit) = unit_at(after) else {
        return false;
    };
    let rest = &after[unit.text.chars().count()..];
    let Some((text, _)) = super::units::after_at(rest) else {
        return false;
    };
    matches!(rest.get(text.chars().count()), Some('”' | '’' | '」'))
}

/// Terms as chars, by their first two chars.
type ByFirstTwo = FxHashMap<(char, char), Vec<Vec<char>>>;

/// The numbered formulations and programs of the built-in vocabulary (两个大局, 三个离不开,
/// 五篇大文章, 八项规定): entries opening with a Chinese numeral, as chars, by their first two
/// chars. The vocabulary is read by `crate::vocabulary`: claims do not depend on the terms
/// module.
fn numbered_formulations() -> &'static ByFirstTwo {
    static LISTED: OnceLock<ByFirstTwo> = OnceLock::new();
    LISTED.get_or_init(|| {
        let mut listed = ByFirstTwo::default();
        let terms = crate::vocabulary::entries(crate::vocabulary::BUILT_IN)
            .map(|entry| entry.name.chars().collect::<Vec<char>>())
            .filter(|term| {
                term.len() >= 3
                    && "一二两三四五六七八九十".contains(term[0])
                    && term[1..].iter().all(|&c| is_han(c))
            });
        for term in terms {
            listed.entry((term[0], term[1])).or_default().push(term);
        }
        listed
    })
}

/// A number in Chinese numerals that opens a numbered formulation of the vocabulary (胸怀两个
/// 大局, “三个离不开”): it names the formulation, it counts nothing.
fn listed_formulation(r: &NumberRead, from: &[char]) -> bool {
    r.chinese
        && from.len() >= 3
        && numbered_formulations()
            .get(&(from[0], from[1]))
            .is_some_and(|terms| terms.iter().any(|term| from.starts_with(term)))
}

/// Words that point at the text's own parts before a number opening a clause (以上两个方面,
/// 下列三类情形): the count refers, it measures nothing.
const POINTING_BACK: &[&str] = &["以上", "以下", "上面", "下面", "下列", "前述", "如下"];

/// Chars that close the clause before a word.
fn opens_clause(c: char) -> bool {
    "，。；：！？、“”（）\n".contains(c)
}

/// A year spelled digit by digit in Chinese numerals, at least three of them and no 十百千
/// (二三五年 with its 〇 lost, 二〇三五年), or in Chinese numerals and digits mixed or digits
/// spaced, wherever the number starts in it (二0一0年, 二000年, 二○二0年, 2 0 1 0年): a date,
/// never a claim.
fn spelled_year(chars: &[char], i: usize) -> bool {
    const CHINESE: &str = "〇○零一二三四五六七八九";
    let digit = |c: &char| CHINESE.contains(*c) || super::read::is_ascii_digit(*c) || *c == ' ';
    let back = chars[..i].iter().rev().take_while(|c| digit(c)).count();
    let from = (i - back..i).find(|&p| chars[p] != ' ').unwrap_or(i);
    let run = &chars[from..];
    let digits = run.iter().take_while(|c| digit(c)).count();
    let count = |set: &str| run[..digits].iter().filter(|c| set.contains(**c)).count();
    let (chinese, spaced) = (count(CHINESE), count(" "));
    let mixed = chinese > 0 && chinese + spaced < digits || spaced > 0;
    (mixed || from == i && chinese == digits)
        && digits - spaced >= 3
        && run[digits - 1] != ' '
        && run.get(digits) == Some(&'年')
}

/// A count that restates the list right before it (垃圾分类和物业管理两个关键小事, A、B、C
/// 三大产业): a Chinese numeral from 2 to 12 with a classifier, after that many items joined
/// by 、 和 与 及 in its clause (or any number up to 12 of 方面 after a list: A、B、C等6个
/// 方面), names the items again; it measures nothing.
fn appositive(chars: &[char], i: usize, r: &NumberRead, after: &[char]) -> bool {
    let n = r.number.value;
    if !(2.0..=12.0).contains(&n) || n.fract() != 0.0 || r.scale.is_some() {
        return false;
    }
    // 4月份、5月份连续两个月 is a duration, not a list named again.
    let duration = super::units::UNITS
        .iter()
        .any(|u| u.kind == ClaimKind::Duration && starts_with(after, u.text));
    if duration || !LIST_CLASSIFIERS.iter().any(|cl| starts_with(after, cl)) {
        return false;
    }
    // “甲”“乙”等两个: 等 closing the quoted items they all are.
    let quoted = quoted_items(&chars[..i])
        .or_else(|| chars[..i].strip_suffix(&['等']).and_then(quoted_items));
    // In digits only three or more quoted items counted exactly (“甲”“乙”“丙”等3个); titles
    // may stand inside a list split by 、 (作者甲《A》、作者乙《B》…5部), read below.
    if let Some(items) = quoted {
        if items == n as usize && (r.chinese || items >= 3) {
            return true;
        }
        if chars[..i].last() != Some(&'》') {
            return false;
        }
    }
    let start = clause_start(&chars[..i]);
    // 蒙古文、藏文…壮文等七种: 等 closes a list the count names again.
    let clause: String = chars[start..i].iter().collect();
    // 夹克+长裤+皮靴三件: a plus joins items as 、 does.
    let commas = clause.matches(['、', '+', '＋']).count();
    let listed = clause.strip_suffix('等');
    let n = n as usize;
    // A、B、C等6个方面: the aspects of a list are summed up, in any numerals (其他 things
    // counted after 等, 等10家, may be more than those listed: a claim).
    let aspects = starts_with(after, "方面") || starts_with(after, "个方面");
    if aspects && commas >= 1 && commas < n {
        return true;
    }
    // 黄河中游和华北地区: a 和 may join words inside an item.
    let items = listed.unwrap_or(&clause);
    // 罗平、师宗、陆良3家, 甲、乙、丙、丁等4家: in digits only a list of exactly that many names
    // (a 和 inside a name, 太和 or 参与, may join nothing).
    // Beyond a plain list, the last item is a short name right before the count
    // (…损失率分别减少1个至3个百分点 is no list).
    let last_item = items.rsplit('、').next().unwrap_or(items);
    let last = last_item.chars().count();
    let plain = listed.is_none() && commas + 1 == n && joins(items) == commas;
    // 甲校、乙校、丙校和丁校等4所: before 等, one 和 joining two short names closes the list.
    let joined_last = listed.is_some()
        && commas + 2 == n
        && last_item.matches('和').count() == 1
        && last_item
            .split('和')
            .all(|h| (2..=10).contains(&h.chars().count()));
    let exact = commas >= 2
        && (plain
            || joined_last
            || last <= 10
                && !starts_with(after, "个百分点")
                && (commas + 1 == n || listed.is_none() && joins(items) + 1 == n));
    !items.is_empty() && (r.chinese && (commas + 1..=joins(items) + 1).contains(&n) || exact)
}

/// Where the clause before a count starts: after the last stop, comma or quote outside a
/// short bracket (艺术（文）、体育（文）六个: a bracket inside an item does not end it; one holding
/// a list or a comma does).
fn clause_start(before: &[char]) -> usize {
    let mut p = before.len();
    while p > 0 {
        let c = before[p - 1];
        if matches!(c, '）' | ')') {
            let open = before[..p - 1]
                .iter()
                .rposition(|&o| matches!(o, '（' | '('));
            if let Some(open) =
                open.filter(|&o| !before[o..p].iter().any(|&x| "、，,；;".contains(x)))
            {
                p = open;
                continue;
            }
        }
        if "，。；：！？（）,;:\n“”".contains(c) {
            return p;
        }
        p -= 1;
    }
    0
}

/// How many words join items in `text` (、 和 与 及).
fn joins(text: &str) -> usize {
    text.matches(['、', '+', '＋']).count()
        + ["和", "与", "及"]
            .iter()
            .map(|j| text.matches(j).count())
            .sum::<usize>()
}

/// The items quoted or titled right before a count: “甲”“乙”“丙” or 《甲》《乙》《丙》 (three),
/// or one quote listing them (“甲、乙、丙” three); `None` when no quote closes right before it.
fn quoted_items(before: &[char]) -> Option<usize> {
    let mut end = before.len();
    let mut quotes = Vec::new();
    while end > 0 && matches!(before[end - 1], '”' | '》') {
        let opener = if before[end - 1] == '》' {
            '《'
        } else {
            '“'
        };
        let open = before[..end - 1].iter().rposition(|&c| c == opener)?;
        quotes.push(before[open + 1..end - 1].iter().collect::<String>());
        end = open;
    }
    match quotes.len() {
        0 => None,
        1 => Some(joins(&quotes[0]) + 1),
        n => Some(n),
    }
}

/// An index move or level in points: 3,000.12点, 上涨25.3点 (digits of at least 100 or with
/// decimals; 3点 is a time).
pub(crate) fn index_points(r: &NumberRead, after: &[char]) -> bool {
    !r.chinese
        && r.scale.is_none()
        && after.first() == Some(&'点')
        && !after
            .get(1)
            .is_some_and(|&c| matches!(c, '钟' | '半' | '多'))
        && (r.number.value >= 100.0 || r.number.place < 1.0)
}

/// A policy named by its number of articles: 十二条措施, 二十条举措 (a Chinese numeral before
/// 条 and the measures): the title of a document, no count an analyst measures; 出台15条措施
/// in digits stays a count.
fn policy_title(r: &NumberRead, rest: &[char]) -> bool {
    r.chinese
        && r.scale.is_none()
        && ["条措施", "条举措", "条政策措施", "条意见"]
            .iter()
            .any(|w| starts_with(rest, w))
}

/// A numbered formulation: a number up to 12 with a classifier before a head word
/// (两个确立, 七个能力, 六项工程) or a closing quote.
fn formulation(r: &NumberRead, rest: &[char]) -> bool {
    if r.number.value > 12.0 || r.number.value.fract() != 0.0 || r.scale.is_some() {
        return false;
    }
    FORMULATION_CLASSIFIERS.iter().any(|cl| {
        if !starts_with(rest, cl) {
            return false;
        }
        let n = cl.chars().count();
        let noun: String = rest[n..]
            .iter()
            .take_while(|c| crate::clean::chars::is_han(**c))
            .take(6)
            .collect();
        // A head of one char closes the noun (三个区, not 2个区域品牌).
        FORMULATION_HEADS.iter().any(|h| {
            noun.starts_with(h) && (h.chars().count() > 1 || noun == *h)
                || (noun.chars().count() <= 4 && noun.ends_with(h))
        }) || rest
            .get(n + noun.chars().count())
            .is_some_and(|&q| matches!(q, '”' | '’' | '」'))
            || r.chinese && closed_head(&noun)
    })
}

/// An amount with its unit, before the filters that look at both.
pub(crate) struct Candidate<'a> {
    /// Where the number starts.
    pub start: usize,
    pub first: &'a NumberRead,
    /// Where the unit starts (after 余/多 and a range end).
    pub unit_start: usize,
    pub kind: ClaimKind,
    pub unit: &'a str,
    pub upper: Option<f64>,
}

/// An amount that reads as a session, date, period or time phrase rather than a quantity:
/// where scanning resumes.
pub(crate) fn not_a_claim(chars: &[char], c: &Candidate) -> Option<usize> {
    let after_unit = (c.unit_start + c.unit.chars().count()).min(chars.len());
    let rest = &chars[after_unit..];
    // Sessions: 六届五次全会.
    if c.unit == "次"
        && ["全会", "会议", "全体会议", "代表大会", "常委会"]
            .iter()
            .any(|m| starts_with(rest, m))
    {
        return Some(after_unit);
    }
    // Joint issuers named by their number (六部门印发, 两部委): a name, not a count measured;
    // 731部队: a troop's designation, 部 of 部队 is no classifier.
    if c.unit == "部" && ["门", "委", "队"].iter().any(|w| starts_with(rest, w)) {
        return Some(after_unit);
    }
    if session_list(c, rest)
        || model_or_group(chars, c, rest)
        || sums_named(c, rest)
        || refers_back(chars, c, rest)
        || each_of(c, rest)
        || text_parts(chars, c, rest)
        || selects(chars, c, rest)
        || couplet(chars, c, rest)
        || names_a_class(chars, c, rest)
        || names_again(chars, c, rest)
        || binary(chars, c)
        || clock_minute(chars, c, rest)
        || restates_a_pair(&chars[..c.start], c)
    {
        return Some(after_unit);
    }
    // 10-17处于下风: 处 of 处于 is a verb, not a classifier.
    if c.unit == "处" && rest.first() == Some(&'于') || ranks_or_surrounds(chars, c, rest) {
        return Some(after_unit);
    }
    if c.kind != ClaimKind::Duration {
        return None;
    }
    if generic_age(chars, c, rest) {
        return Some(after_unit);
    }
    // Periods (前三季度), which quarter (二季度: a unit right after a number up to 4),
    // anniversaries (30周年), decades (60年代), time phrases (两年来, 三年以来), programmes named by their span
    // (三年行动, 五年规划).
    let period =
        c.start > 0 && chars[c.start - 1] == '前' || part_of_period(&chars[..c.start], rest);
    let quarter = c.unit == "季度" && c.first.number.value <= 4.0 && c.upper.is_none();
    let programme = DURATION_PROGRAMMES.iter().any(|h| starts_with(rest, h))
        || names_a_programme(rest)
        || schooling_system(rest);
    let anniversary = c.unit == "周年" || founding_anniversary(&chars[..c.start], rest);
    // Time phrases: 两年来, 两年一度; the frame of a statement, in any unit: 过去五年, 三年多来,
    // 十个月以来, 两年过去了.
    let since = c.unit == "年" && starts_with(rest, "一度")
        || starts_with(rest, "来")
            && !["来自", "来源", "来回"]
                .iter()
                .any(|m| starts_with(rest, m));
    let frame = time_frame(&chars[..c.start], rest)
        || period_named(chars, c, rest)
        || relative_time(&chars[..c.start], rest)
        || frame_around(&chars[..c.start], rest);
    // A time point counted back or on: 40年前, 比五年前, (clause-opening) 三年后，; 亏3年后 is
    // a span.
    let opens = c.start == 0 || "，。；：！？、“”\n".contains(chars[c.start - 1]);
    let ago = ["前", "以前", "之前"].iter().any(|m| starts_with(rest, m))
        || opens && ["后", "以后", "之后"].iter().any(|m| starts_with(rest, m));
    // Decades: 60年代, 二十世纪九十年代; a tenor naming a class of product (10年期国债, 5年期
    // 以上LPR, 7天期逆回购): not 期间, 期限, 期满, 期内.
    let decade = c.unit == "年" && starts_with(rest, "代") || tenor(rest);
    // Dates and years: 2024年, 二○一八年, 2020—2024年.
    let year = c.unit == "年"
        && is_year(c.first)
        && c.upper
            .is_none_or(|u| u.fract() == 0.0 && (1000.0..=2100.0).contains(&u));
    (period || quarter || programme || anniversary || since || frame || ago || decade || year)
        .then_some(after_unit)
}

/// Bounds after an age that make it a threshold: 60岁以上老年人, 18岁以下, 65岁及以上.
const AGE_BOUNDS: &[&str] = &[
    "以上",
    "以下",
    "以内",
    "之上",
    "之下",
    "及以上",
    "及以下",
    "或以上",
    "或以下",
    "（含）以上",
    "（含）以下",
    "(含)以上",
    "(含)以下",
];

/// Words before an age that make it a condition: 年满18岁, 未满14周岁, 不满6岁.
const AGE_CONDITIONS: &[&str] = &["年满", "未满", "不满", "尚未满"];

/// Words right after an age that make it a time of life, not anyone's age: a time point
/// (40岁后, 7岁时, 18岁那年), the start of a change (25岁左右开始衰老) and an age as a topic or
/// the time of an act (四十岁还很年轻, 四十岁就是…, 只能20岁生孩子).
const AGE_POINTS: &[&str] = &[
    "后",
    "以后",
    "之后",
    "以前",
    "之前",
    "时",
    "那年",
    "那一年",
    "开始",
    "起",
    "还",
    "就",
    "才",
    "便",
    "生",
];

/// Words before an age that make it a stage reached or a figure (刚到三十岁, 到了60岁, 活成了20岁,
/// 新的二十岁).
const AGE_STAGES: &[&str] = &["刚到", "到了", "成了", "活成", "变成", "新的"];

/// Generic people after an age and 的 (20岁的小姑娘): an age of life, unless a determiner
/// before it points at one person (一名18岁的男孩).
const AGE_PEOPLE: &[&str] = &[
    "小姑娘",
    "姑娘",
    "女孩",
    "男孩",
    "孩子",
    "小伙子",
    "年轻人",
    "女人",
    "男人",
    "人",
];

/// The people an age range names as a class (3至6岁儿童, 15-64岁的人口, 60至69岁之间).
#[rustfmt::skip]
const AGE_CLASSES: &[&str] = &[
    "儿童", "幼儿", "婴幼儿", "婴儿", "少年", "青少年", "未成年", "老人", "老年", "人群", "人口",
    "群体", "居民", "人员", "妇女", "女性", "男性", "学生", "孩子", "青年", "中年", "之间", "年龄段",
    "劳动", "适龄", "段",
];

/// An age that names a class of people or a time of life rather than states anyone's age
/// (round 22): a threshold (60岁以上老年人, 18岁以下, 65岁及以上人口: [`AGE_BOUNDS`], not an
/// average's 平均年龄45岁以上), a condition (年满18周岁: [`AGE_CONDITIONS`]), a range before the
/// people it bounds (3至6岁儿童: [`AGE_CLASSES`]), a time point or stage ([`AGE_POINTS`],
/// [`AGE_STAGES`]), generic people ([`AGE_PEOPLE`]) and hundreds in Chinese numerals (百岁,
/// 一百岁的红领巾, 千岁, 万岁: a class, a centenary, a title, a cheer).
/// A person's age (享年76岁, 101岁的老人), a life expectancy (人均预期寿命78.6岁) and an
/// approximate age (三四十岁) stay claims.
fn generic_age(chars: &[char], c: &Candidate, rest: &[char]) -> bool {
    if !matches!(c.unit, "岁" | "周岁") {
        return false;
    }
    let before = &chars[c.start.saturating_sub(12)..c.start];
    // 平均年龄45岁以上: an average's bound, in the age's own clause.
    let average = before[clause_start(before)..]
        .windows(2)
        .any(|w| w == ['平', '均']);
    let bound = AGE_BOUNDS.iter().any(|b| starts_with(rest, b)) && !average;
    let condition = AGE_CONDITIONS.iter().any(|w| ends_with(before, w));
    let noun = rest.strip_prefix(&['的']).unwrap_or(rest);
    let class = c.upper.is_some() && AGE_CLASSES.iter().any(|w| starts_with(noun, w));
    // 百岁老人, 万岁, 一百岁的红领巾: hundreds in Chinese numerals personify or hail.
    let n = c.first.number.value;
    let hailed = c.first.chinese && c.upper.is_none() && n >= 100.0 && n % 100.0 == 0.0;
    let after = rest
        .iter()
        .position(|&r| r != '左' && r != '右')
        .map_or(rest, |p| &rest[p..]);
    let point = AGE_POINTS.iter().any(|w| starts_with(after, w));
    let stage = AGE_STAGES.iter().any(|w| ends_with(before, w));
    let one = ["一名", "一位", "一个", "名", "位", "个", "这", "该", "今年"];
    let people = rest.first() == Some(&'的')
        && AGE_PEOPLE.iter().any(|w| starts_with(&rest[1..], w))
        && !one.iter().any(|w| ends_with(before, w));
    bound || condition || class || hailed || point || stage || people
}

/// A span before 期 that names a tenor (10年期, 3个月期, 7天期), not a term (期间, 期限,
/// 期满, 期内) nor a word opening with 期 (七年期待, 期望, 期盼).
fn tenor(rest: &[char]) -> bool {
    rest.first() == Some(&'期')
        && !rest
            .get(1)
            .is_some_and(|&c| "间限满内末初中待望盼许".contains(c))
}

/// 二元 read as two yuan: a bare 二 before 元 is the morpheme "binary" (城乡二元结构, 二元对立,
/// 二元论); an amount of two yuan is written 两元 or 2元.
fn binary(chars: &[char], c: &Candidate) -> bool {
    c.unit == "元" && c.first.chinese && chars[c.start] == '二' && c.first.end == c.start + 1
}

/// A minute of a match or a clock reached, not a span: 在64分钟接到传球, 进行到80分钟时 (在3分钟
/// 内, 在3分钟时间里, 在30分钟或更短时间内 are limits and stay claims).
fn clock_minute(chars: &[char], c: &Candidate, rest: &[char]) -> bool {
    let before = &chars[..c.start];
    let at = ends_with(before, "在")
        && rest
            .first()
            .is_some_and(|&r| is_han(r) && !"内里之以左上的完时或到至".contains(r));
    let reached = ends_with(before, "到") && rest.first() == Some(&'时');
    matches!(c.unit, "分钟" | "秒" | "秒钟") && c.upper.is_none() && (at || reached)
}

/// Words ending in 前 or 后 that place in time or space, not in a ranking (目前两名患者, 随后两名).
#[rustfmt::skip]
const NOT_RANKS: &[&str] = &[
    "目前", "此前", "之前", "日前", "提前", "当前", "眼前", "先前", "从前", "以前", "生前", "事前",
    "面前", "空前", "随后", "然后", "之后", "此后", "以后", "其后", "而后", "事后", "过后", "今后",
    "往后", "背后", "身后", "赛后", "会后", "前后", "午后", "战后", "节后", "年后", "天后",
];

/// A number that ranks, surrounds or hails rather than counts: a rank (前三名, 后两位: who comes
/// first, not how many), 四周 as "all around" (房子的四周, 环顾四周, 四周围), and the people hailed
/// as a whole (14亿多人民: a nation hailed, 人 of 人民 is no classifier).
fn ranks_or_surrounds(chars: &[char], c: &Candidate, rest: &[char]) -> bool {
    let before = &chars[..c.start];
    let rank = matches!(c.unit, "名" | "位")
        && matches!(before.last(), Some('前' | '后'))
        && !NOT_RANKS.iter().any(|w| ends_with(before, w));
    let around = c.unit == "周"
        && c.first.chinese
        && c.first.number.value == 4.0
        && c.upper.is_none()
        && (matches!(before.last(), Some('的' | '顾' | '望')) || rest.first() == Some(&'围'));
    // 3万人民警察 counts police: only a nation's people (at least 1亿) is hailed.
    let people = c.unit == "人" && rest.first() == Some(&'民') && c.first.number.value >= 1e8;
    rank || around || people
}

/// Personal pronouns before a count of the people or things they are (我们3个人, 他们两位): the
/// count says who, it measures nothing.
const PRONOUNS: &[&str] = &["我们", "你们", "他们", "她们", "咱们", "它们"];

/// Verbs that announce the list an article goes on to give (为大家推荐12种风格, 盘点10种食物,
/// 教你3招): the count is the length of the writer's own list.
/// 分享, 给出 and 总结 stay out: 分享了…的三个经验：一是… is labelled a claim.
const LIST_ANNOUNCED: &[&str] = &[
    "推荐",
    "盘点",
    "盘点出",
    "支招",
    "教你",
    "教大家",
    "列出",
    "整理出",
];

/// A small count that names again rather than measures (round 17): the characters of a
/// phrase (“…”四个大字, 山本耀司四个字: a count of its written characters), the people a pronoun
/// stands for (我们3个人), and the items of a list the text announces (推荐12种风格).
fn names_again(chars: &[char], c: &Candidate, rest: &[char]) -> bool {
    let n = c.first.number.value;
    if n.fract() != 0.0 || n > 20.0 || c.upper.is_some() || c.first.scale.is_some() {
        return false;
    }
    let before = &chars[..c.start];
    let characters = c.unit == "个" && (starts_with(rest, "字") || starts_with(rest, "大字"));
    // 他们三次为…撰写, 距我们1公里: times and distances after a pronoun stay measures.
    let pronoun = n <= 12.0
        && matches!(c.unit, "人" | "个" | "位" | "名" | "家" | "口")
        && PRONOUNS.iter().any(|p| ends_with(before, p));
    // 推荐了12种, 为大家推荐12种: 了 may close the verb. Not across a 的 phrase: 分享了…的
    // 三个经验： is labelled a claim (strict sample 2).
    let verb_end = before.strip_suffix(&['了']).unwrap_or(before);
    // 推荐了14名专家 recommends people, a count: only kinds and items are announced.
    let announced = matches!(
        c.unit,
        "种" | "类" | "个" | "款" | "条" | "项" | "大" | "件"
    ) && LIST_ANNOUNCED.iter().any(|v| ends_with(verb_end, v));
    // 上任后两场比赛, 两场截然不同的比赛: a few matches, in Chinese numerals, count no measure
    // (90场比赛 in digits is a record and stays a claim).
    let matches = c.unit == "场"
        && c.first.chinese
        && (2.0..=4.0).contains(&n)
        && (0..=6).any(|k| k < rest.len() && starts_with(&rest[k..], "比赛"));
    characters || pronoun || announced || matches
}

/// A number naming a model or a group, not counting them (round 22): 2019款 (a model year),
/// 前三款 (an article's clauses), 二组组长, 明月村3组, 六组村民 (a village's group by its number;
/// two groups are 两组).
fn model_or_group(chars: &[char], c: &Candidate, rest: &[char]) -> bool {
    let before = &chars[..c.start];
    let model = c.unit == "款" && (is_year(c.first) || matches!(before.last(), Some('前' | '后')));
    let village = || {
        ends_with(before, "村")
            || ["组长", "村民", "群众"]
                .iter()
                .any(|w| starts_with(rest, w))
    };
    let group =
        c.unit == "组" && (chars[c.start] == '二' && c.first.end == c.start + 1 || village());
    model || group
}

/// Words after a small count that sum the items it stands for (三门总分400分, 两项加起来共980
/// 元): the count names the items already told, the sum is the claim (`3批次共计200余名`,
/// `5条总计5.2公里`: 共计 and 总计 add up what the count counts, which stays a claim).
const SUMS: &[&str] = &["总分", "加起来", "相加"];

/// A count of at most 12 in Chinese numerals with its classifier right before [`SUMS`]
/// (round 22).
fn sums_named(c: &Candidate, rest: &[char]) -> bool {
    c.kind == ClaimKind::Count
        && c.first.chinese
        && c.upper.is_none()
        && c.first.scale.is_none()
        && c.first.number.value <= 12.0
        && SUMS.iter().any(|w| starts_with(rest, w))
}

/// Sessions listed: 十二届七次、八次全会 (the first number is a session as the last is).
fn session_list(c: &Candidate, rest: &[char]) -> bool {
    if c.unit != "次" || rest.first() != Some(&'、') {
        return false;
    }
    let numerals = rest[1..]
        .iter()
        .take_while(|c| "一二三四五六七八九十0123456789".contains(**c))
        .count();
    numerals > 0
        && rest.get(1 + numerals) == Some(&'次')
        && ["全会", "会议", "全体会议"]
            .iter()
            .any(|m| starts_with(&rest[2 + numerals..], m))
}

/// Adverbs after a small count of people or things that make it the topic referred back to
/// (两人在篮板上…, 两种都带上).
const BACK_REFERENCE_ADVERBS: &[&str] = &[
    "都", "均", "也", "依旧", "依然", "一起", "一同", "共同", "合力", "携手", "同时", "之间",
];

/// A count written 二 to 四 that names people or things already mentioned: 二人 (not 二人转),
/// 两人在…, 两种都…; it identifies, it measures nothing.
fn refers_back(chars: &[char], c: &Candidate, rest: &[char]) -> bool {
    let n = c.first.number.value;
    if !c.first.chinese || c.first.scale.is_some() || c.upper.is_some() || !(2.0..=4.0).contains(&n)
    {
        return false;
    }
    let pronoun = c.unit == "人" && chars[c.start] == '二' && rest.first() != Some(&'转');
    let topic = BACK_REFERENCE_ADVERBS.iter().any(|a| starts_with(rest, a))
        || c.unit == "人" && matches!(rest.first(), Some('在' | '于' | '已' | '又' | '还' | '中'));
    // 当两人相爱时, 标志着两人感情…: the two as a pronoun after a preposition or before what
    // they share.
    let pair = c.unit == "人"
        && n == 2.0
        && (c.start > 0 && "当把让令对给与跟同着前".contains(chars[c.start - 1])
            || ["感情", "关系", "的"].iter().any(|w| starts_with(rest, w)));
    // 两人私底下也是朋友: the two opening a sentence, an adverb of what they share before
    // the verb (两人受伤 stays a count).
    let opening = c.unit == "人"
        && n <= 3.0
        && (c.start == 0 || "。！？”\n".contains(chars[c.start - 1]))
        && {
            let head: Vec<char> = rest
                .iter()
                .take(4)
                .take_while(|&&r| is_han(r))
                .copied()
                .collect();
            (1..=head.len()).any(|k| {
                BACK_REFERENCE_ADVERBS
                    .iter()
                    .chain(SHARED_ADVERBS)
                    .any(|a| ends_with(&head[..k], a))
            })
        };
    pronoun || topic || pair || opening || pair_opening(chars, c, rest)
}

/// What happens to people counted, after a count opening its clause: 两人受伤 reports a
/// count (a claim), 两人由此… speaks of the two already named.
const OUTCOMES: &[&str] = &[
    "死亡", "身亡", "遇难", "受伤", "重伤", "轻伤", "失踪", "获救", "被", "确诊", "感染", "中毒",
    "当选", "入选", "获", "落水", "涉嫌", "参加", "参与",
];

/// 两人 opening a clause or sentence (…，两人由此聊到…, 。两人既是好友): in running text the
/// pair of people just named, unless an outcome follows ([`OUTCOMES`]).
fn pair_opening(chars: &[char], c: &Candidate, rest: &[char]) -> bool {
    c.unit == "人"
        && c.first.number.value == 2.0
        && (c.start == 0 || "，。！？；：”\n".contains(chars[c.start - 1]))
        && rest.first().is_some_and(|&r| is_han(r))
        && !OUTCOMES.iter().any(|o| starts_with(rest, o))
}

/// Adverbs a pair of people opening a sentence shares, a few chars after it (两人私底下…,
/// 三人一直…), besides [`BACK_REFERENCE_ADVERBS`].
const SHARED_ADVERBS: &[&str] = &["私下", "私底下", "一直", "始终", "早已", "曾经"];

/// 3种技术路线均有储备: a small count (2 to 4, any numerals) whose noun is followed by 均 or
/// 都 names things already mentioned, each of which the clause speaks of.
fn each_of(c: &Candidate, rest: &[char]) -> bool {
    let noun = rest
        .iter()
        .take(5)
        .take_while(|&&c| crate::clean::chars::is_han(c) && !"均都".contains(c))
        .count();
    (2.0..=4.0).contains(&c.first.number.value)
        && c.upper.is_none()
        && noun > 0
        && matches!(rest.get(noun), Some('均' | '都'))
}

/// A count that selects rather than measures: 我最讨厌的四个 (a superlative selection: the
/// number of a top list is the writer's choice), 被合并的4家 (things a passive relative
/// clause refers back to), 1美元约合139日元 (the unit of a rate).
fn selects(chars: &[char], c: &Candidate, rest: &[char]) -> bool {
    let n = c.first.number.value;
    let small = n.fract() == 0.0 && n <= 12.0 && c.upper.is_none() && c.first.scale.is_none();
    let before = &chars[..c.start];
    let clause = before
        .iter()
        .rposition(|&c| "，。；：！？（）,;:\n“”".contains(c))
        .map_or(before, |p| &before[p + 1..]);
    let near = &clause[clause.len().saturating_sub(8)..];
    let relative = clause.last() == Some(&'的');
    let superlative = relative && near.contains(&'最');
    let passive = relative && near.contains(&'被');
    let rate = n == 1.0
        && c.kind == ClaimKind::Money
        && ["约合", "合", "兑", "折合", "等于", "="]
            .iter()
            .any(|w| starts_with(rest, w));
    small && (superlative || passive) || rate
}

/// Words that open the items of an enumeration (一是…, 首先…).
const ENUMERATION_OPENERS: &[&str] = &["一是", "一、", "一方面", "首先", "其一", "第一", "1."];

/// Verbs after N个方面 that announce the parts of the text (从3个方面展开).
const PARTS_ANNOUNCED: &[&str] = &["展开", "入手", "着手", "阐述", "介绍", "论述"];

/// A count of the text's own parts announced before they follow: 9个方面工作：, 五个方面：,
/// 两条清晰的路径：一是…, (从)3个方面展开.
fn text_parts(chars: &[char], c: &Candidate, rest: &[char]) -> bool {
    // 6个方面16条经验: the items summed up over counted aspects.
    let before = &chars[..c.start];
    let over_aspects = before.ends_with(&['方', '面']) && {
        let head = before[..before.len() - 2]
            .strip_suffix(&['个'])
            .unwrap_or(&before[..before.len() - 2]);
        head.last().is_some_and(|&d| numeral_or_digit(d))
    };
    if over_aspects {
        return true;
    }
    if c.first.number.value > 12.0 || !LIST_CLASSIFIERS.contains(&c.unit) {
        return false;
    }
    let noun: String = rest
        .iter()
        .take_while(|c| !"：:，。；！？\n".contains(**c))
        .collect();
    let len = noun.chars().count();
    let colon = matches!(rest.get(len), Some('：' | ':'));
    // 两个问题：一是…; 两个问题。首先… where the sentence runs on (inside a quote).
    let enumerated = (colon || rest.get(len) == Some(&'。'))
        && ENUMERATION_OPENERS
            .iter()
            .any(|o| starts_with(&rest[len + 1..], o));
    let own_parts = matches!(c.unit, "个" | "项" | "条")
        && colon
        && ["方面", "方面工作", "工作", "任务", "重点任务"].contains(&noun.as_str())
        // 要抓好十一个方面工作。: the work of the report's own sections, whatever closes it.
        || c.unit == "个" && ["方面工作", "方面的工作", "方面重点工作"].contains(&noun.as_str());
    // 两个部分: the parts of the thing spoken of.
    let parts = c.unit == "个" && noun.starts_with("部分");
    let aspects = noun
        .strip_prefix("方面")
        .or((c.unit == "方面").then_some(noun.as_str()));
    // 6个方面16条经验: the aspects a count of items is summed up over.
    let announced = aspects.is_some_and(|v| {
        PARTS_ANNOUNCED.iter().any(|p| v.starts_with(p))
            || v.chars().next().is_some_and(numeral_or_digit)
            || c.start > 0 && chars[c.start - 1] == '从'
    });
    enumerated || own_parts || parts || announced
}

/// A count paired with a second of the same numeral after a short noun (两个市场两种资源,
/// 一张图两张表): a couplet formulation, both numbers name, neither measures.
fn couplet(chars: &[char], c: &Candidate, rest: &[char]) -> bool {
    let r = c.first;
    if !r.chinese || r.scale.is_some() || c.upper.is_some() || r.number.value > 12.0 {
        return false;
    }
    let numeral = &chars[c.start..r.end];
    let noun = |w: &[char]| w.iter().all(|&ch| is_han(ch) && !numeral_or_digit(ch));
    let counted = |at: &[char]| {
        at.starts_with(numeral)
            && LIST_CLASSIFIERS
                .iter()
                .any(|cl| starts_with(&at[numeral.len()..], cl))
    };
    let before = &chars[..c.start];
    let ahead = (1..=4).any(|k| k < rest.len() && noun(&rest[..k]) && counted(&rest[k..]));
    let behind = (1..=4).any(|k| {
        k <= before.len() && noun(&before[before.len() - k..]) && {
            let head = &before[..before.len() - k];
            LIST_CLASSIFIERS.iter().any(|cl| {
                let n = cl.chars().count();
                ends_with(head, cl) && head.len() >= n + numeral.len() && {
                    let at = head.len() - n - numeral.len();
                    head[at..head.len() - n] == *numeral
                        && (at == 0 || !numeral_or_digit(head[at - 1]))
                }
            })
        }
    });
    ahead || behind
}

/// Words after a distance that make it the name of a race (男子100米冠军, 400米栏, 50米自由泳
/// 决赛): it names a class of event, it measures no length.
const EVENT_WORDS: &[&str] = &[
    "冠军",
    "亚军",
    "季军",
    "金牌",
    "银牌",
    "铜牌",
    "决赛",
    "半决赛",
    "预赛",
    "比赛",
    "项目",
    "纪录",
    "记录",
    "飞人",
    "栏",
    "跨栏",
    "自由泳",
    "蛙泳",
    "仰泳",
    "蝶泳",
    "混合泳",
    "接力",
    "竞走",
    "越野",
    "长跑",
];

/// Formats named by how many play or take turns (五人制足球, 三人篮球, 8人轮换, 8人或者9人
/// 常规轮换阵容) and groups named by their headcount (四人帮, 三人组合): a class, no count of
/// people.
const FORMATS: &[&str] = &["制", "篮球", "足球", "轮换", "阵容", "帮", "组合"];

/// A count of people naming a format of play ([`FORMATS`]), after an alternative count
/// (8人或者9人) and 常规 or 固定.
fn names_a_format(c: &Candidate, rest: &[char]) -> bool {
    if c.unit != "人" || c.upper.is_some() || c.first.number.value > 11.0 {
        return false;
    }
    let mut rest = rest;
    for alt in ["或者", "或", "到", "至"] {
        if starts_with(rest, alt) {
            let after = &rest[alt.chars().count()..];
            let n = after.iter().take_while(|&&d| numeral_or_digit(d)).count();
            if n > 0 && after.get(n) == Some(&'人') {
                rest = &after[n + 1..];
            }
            break;
        }
    }
    let rest = ["常规", "固定"]
        .iter()
        .find_map(|w| starts_with(rest, w).then(|| &rest[w.chars().count()..]))
        .unwrap_or(rest);
    FORMATS.iter().any(|f| starts_with(rest, f))
}

/// Products whose grade a percent before them names (55%黑钨精矿, 62%品位铁矿石, 75%酒精).
const GRADED_PRODUCTS: &[&str] = &[
    "矿",
    "矿石",
    "酒精",
    "乙醇",
    "硫酸",
    "盐酸",
    "硝酸",
    "烧碱",
    "液碱",
    "双氧水",
];

/// A number that names a class rather than measures: a distance before [`EVENT_WORDS`], a
/// percent opening its clause before a product of [`GRADED_PRODUCTS`] within six chars, or an
/// amount before 级 (a size class).
fn names_a_class(chars: &[char], c: &Candidate, rest: &[char]) -> bool {
    let race = matches!(c.unit, "米" | "公里" | "千米")
        && EVENT_WORDS.iter().any(|w| starts_with(rest, w));
    let opens = c.start == 0 || "，。；：！？、“（ \n".contains(chars[c.start - 1]);
    let grade = c.kind == ClaimKind::Percent
        && c.upper.is_none()
        && opens
        && (1..=6.min(rest.len())).any(|k| {
            rest[..k].iter().all(|&r| is_han(r) && r != '的')
                && GRADED_PRODUCTS.iter().any(|p| ends_with(&rest[..k], p))
        });
    // 30万吨级码头, 60万千瓦级机组: a size class.
    let size = rest.first() == Some(&'级') && rest.get(1) != Some(&'别');
    race || grade || size || names_a_format(c, rest)
}

/// A span inside the frame 在…中/里 (在15年的发展历程中, 在三年里, 在这两年间): the time of the
/// statement, no measure; 在3年内 is a limit and stays a claim.
fn frame_around(before: &[char], rest: &[char]) -> bool {
    let opens = [
        "在",
        "在这",
        "在过去",
        "在过去的",
        "在近",
        "在最近",
        "在短短",
    ]
    .iter()
    .any(|w| ends_with(before, w));
    let closes = |w: &[char]| {
        ["中", "里", "间", "当中", "期间"]
            .iter()
            .any(|e| starts_with(w, e))
    };
    let after_de = rest.first() == Some(&'的') && {
        let noun: Vec<char> = rest[1..]
            .iter()
            .take(8)
            .take_while(|&&r| is_han(r))
            .copied()
            .collect();
        (1..noun.len()).any(|k| closes(&noun[k..]))
    };
    opens && (closes(rest) || after_de)
}

/// Words before a span of time that make it a time point or frame, not a measure: 倒计时1天
/// (a countdown), 短短6天内 (a frame stressed), 最近两年, 时隔六年 (the interval before an
/// event told), 最后6秒 (the last seconds of a match).
const RELATIVE_BEFORE: &[&str] = &["倒计时", "短短", "最近", "时隔", "最后"];

/// Words before a span of time that make it the time ahead when they open a phrase (，今后五年,
/// 在未来三年里) or when 的 or 内 follows the span (瞄准未来5至10年的方向: a horizon): a frame;
/// after a verb (预期未来5年利润…) the span is what is measured.
const AHEAD: &[&str] = &["今后", "未来", "此后", "今后的", "未来的"];

/// Chars before 近 that open a phrase (同近两年, ，近两年): 近N年 there is "the last N years",
/// a frame; after a verb (持续近两年) it is "nearly".
const OPENS_NEAR: &str = "，。；：！？、“”（）\n同与和比在从及较的";

/// A span of time that places the statement rather than measures it: [`RELATIVE_BEFORE`],
/// 近两年 and [`AHEAD`] opening a phrase, 十年后的合作 (a time point before 的), 用了五年时间 (the time taken
/// as a frame), 第一个蓬勃十年 (an ordinal period).
fn relative_time(before: &[char], rest: &[char]) -> bool {
    let ends = |w: &str| ends_with(before, w);
    let near = before.last() == Some(&'近')
        && before
            .len()
            .checked_sub(2)
            .is_none_or(|p| OPENS_NEAR.contains(before[p]));
    let point = ["后的", "以后的", "之后的"]
        .iter()
        .any(|m| starts_with(rest, m));
    let taken = ends("用了") && starts_with(rest, "时间");
    // 第一个蓬勃十年: 第N个 and at most three chars of description before the span.
    let tail = &before[before.len().saturating_sub(6)..];
    let ordinal = tail.iter().rposition(|&c| c == '第').is_some_and(|p| {
        let after = &tail[p + 1..];
        after.iter().position(|&c| c == '个').is_some_and(|k| {
            k > 0
                && after[..k].iter().all(|&c| numeral_or_digit(c))
                && after[k + 1..]
                    .iter()
                    .all(|&c| crate::clean::chars::is_han(c))
        })
    });
    // 瞄准未来5至10年的方向, 今后三年内: a horizon before 的 or 内 wherever it stands.
    let horizon = starts_with(rest, "的") || starts_with(rest, "内");
    let ahead = AHEAD.iter().any(|w| {
        ends(w)
            && (horizon
                || before
                    .len()
                    .checked_sub(w.chars().count() + 1)
                    .is_none_or(|p| OPENS_NEAR.contains(before[p])))
    });
    RELATIVE_BEFORE.iter().any(|w| ends(w)) || near || ahead || point || taken || ordinal
}

/// Verbs a span of time is passed through with (经过八年持续努力, 经历三年疫情冲击, 再奋斗五年):
/// the span frames the statement, it measures nothing.
const PASSED_THROUGH: &[&str] = &["经过", "经历", "历经", "奋斗"];

/// A span of time that names or frames rather than measures: a grade (三年级), a span passed
/// through ([`PASSED_THROUGH`]), a period closing a sentence after 的 (…变化的五年。), the
/// span a change is stated over (五年增长29倍), the round-the-clock 24小时 before a verb
/// (24小时紧盯; 24小时内 is a limit), the years looked back over (十年间) and a new period
/// named by its span (新十年).
fn period_named(chars: &[char], c: &Candidate, rest: &[char]) -> bool {
    let before = &chars[..c.start];
    let ends = |w: &str| ends_with(before, w);
    let grade = c.unit == "年" && rest.first() == Some(&'级');
    let passed = PASSED_THROUGH.iter().any(|w| ends(w));
    // …变化的五年。, 显著增强的五年，是…: the period described, closing its sentence (or its
    // clause, for years: 失联的33个小时， measures).
    let closes = |r: char| "。！？；".contains(r) || r == '，' && c.unit == "年";
    let period = ends("的") && rest.first().is_none_or(|&r| closes(r));
    // 产量五年增长29倍: the span a change is stated over.
    let over = CHANGES_OVER.iter().any(|w| starts_with(rest, w));
    // 十九大以来的五年, 十三年的基本经验: the years looked back over.
    // 历时8年奋斗: the time taken is measured.
    let took = ["历时", "耗时", "用时", "用了", "花了"]
        .iter()
        .any(|w| ends(w));
    let since = ends("以来的") || ends("以来") || c.unit == "年" && looked_back(rest) && !took;
    // 十年间，…: the years a statement looks back over (间隔 and 间距 are measures).
    let between = starts_with(rest, "间") && !matches!(rest.get(1), Some('隔' | '距'));
    // 西部大开发新十年: a new period named by its span, in Chinese numerals.
    let named = ends("新") && c.first.chinese && c.upper.is_none();
    // ，五年建成铁路新线…: a span opening its clause before what was built over it.
    let opens = before.last().is_none_or(|&b| opens_clause(b));
    let built = opens && (BUILT_OVER.iter().any(|w| starts_with(rest, w)) || verb_over(rest))
        || amount_over(rest);
    let around_the_clock = c.unit == "小时"
        && c.first.number.value == 24.0
        && c.upper.is_none()
        && rest
            .first()
            .is_some_and(|&r| crate::clean::chars::is_han(r) && !"内之以后前的左不".contains(r))
        && !["时", "续", "达", "用", "耗", "超"].iter().any(|w| ends(w));
    grade || passed || period || over || around_the_clock || between || named || built || since
}

/// What the years a report looks back over give (十三年的基本经验, 十四年伟大实践, 五年的实践证明,
/// 十年的基本总结): experience drawn from a span of years is no measure of it (3—5天的实践活动
/// measures; 奋斗 stays out: 经过25年…的努力 is labelled a duration).
#[rustfmt::skip]
const LOOKED_BACK: &[&str] = &[
    "经验", "实践", "历史经验", "基本经验", "伟大实践", "基本总结", "伟大变革", "成绩", "成就",
];

/// A span naming a schooling system or course by its length (九年制义务教育, 五年制本科): 制 not
/// opening 制定, 制订, 制造, 制作, 制度 or 制约.
fn schooling_system(rest: &[char]) -> bool {
    rest.first() == Some(&'制')
        && !matches!(rest.get(1), Some('定' | '订' | '造' | '作' | '度' | '约'))
}

/// A span followed (after an optional 的) by [`LOOKED_BACK`].
fn looked_back(rest: &[char]) -> bool {
    let rest = rest.strip_prefix(&['的']).unwrap_or(rest);
    LOOKED_BACK.iter().any(|w| starts_with(rest, w))
}

/// A span right before an amount it is the period of (十年1.4亿农村人口落户, 两年4万亿元): a
/// frame; a span of time going on (1年3个月, 一年零九个月, 6天6夜) is one duration, and a lone Chinese
/// numeral after it opens a word (四十多年一直).
fn amount_over(rest: &[char]) -> bool {
    let n = rest
        .iter()
        .take_while(|&&r| numeral_or_digit(r) || r == '.')
        .count();
    // 四十多年一直…: a lone Chinese numeral opens a word (一直, 一贯), no amount.
    (n > 1 || rest.first().is_some_and(|r| r.is_ascii_digit()))
        && ![
            "个月", "月", "天", "日", "夜", "周", "星期", "小时", "分", "秒",
        ]
        .iter()
        .any(|u| starts_with(&rest[n..], u))
}

/// A verb of two chars and an amount after a span opening its clause (，两年开设26家门市,
/// ，三年投入100亿元): the span is the period the amount is stated over (round 22).
fn verb_over(rest: &[char]) -> bool {
    rest.len() > 2
        && rest[..2]
            .iter()
            .all(|&r| is_han(r) && !numeral_or_digit(r) && !"以之左内后前的".contains(r))
        && rest[2].is_ascii_digit()
        && amount_over(&rest[2..])
}

/// What a span opening its clause states was built or added over it (，五年建成铁路新线,
/// ，三年新增就业): the span frames the statement; after a goal word (计划两年建成) it stays a
/// duration.
const BUILT_OVER: &[&str] = &["建成", "新建", "新增"];

/// Words before a span that make it a part of a longer period (后两年的调整计划, 本世纪头二十年,
/// 前 is read by the caller): 后 before a span and 的, not of a verb (落后两年的, 滞后三年的
/// measure a lag; 受让后6个月内 is a limit), 头 after 世纪, 上任, 开 or opening a clause.
fn part_of_period(before: &[char], rest: &[char]) -> bool {
    let later = before.last() == Some(&'后')
        && rest.first() == Some(&'的')
        && !["落后", "滞后", "推后", "延后", "拖后", "靠后"]
            .iter()
            .any(|w| ends_with(before, w));
    let first = before.last() == Some(&'头')
        && (["世纪头", "上任头", "开头"]
            .iter()
            .any(|w| ends_with(before, w))
            || before.len() == 1
            || opens_clause(before[before.len() - 2]));
    later || first
}

/// A span after a founding (建党一百年, 建国一百年时, 新中国成立一百年之际): the anniversary, a
/// time point; 成立 needs 时 or 之际 after the span (成立3年的公司 measures an age).
fn founding_anniversary(before: &[char], rest: &[char]) -> bool {
    let founded = ["建党", "建国", "建军", "建校", "诞辰"]
        .iter()
        .any(|w| ends_with(before, w));
    let when = ["时", "之际"].iter().any(|w| starts_with(rest, w));
    founded || ends_with(before, "成立") && when
}

/// Countries abbreviated to one char, as pairs name them (美苏, 中美, 中俄).
const COUNTRIES: &str = "中美苏俄日韩朝英法德印欧";

/// A count of two after the pair it restates (美苏两个超级大国, 中美两国, 国际国内两个市场): the
/// two named again, no count.
fn restates_a_pair(before: &[char], c: &Candidate) -> bool {
    let pair = before.len() >= 2
        && before[before.len() - 2..]
            .iter()
            .all(|&b| COUNTRIES.contains(b))
        && before[before.len() - 2] != before[before.len() - 1];
    let markets = ["国际国内", "国内国际", "国内国外", "国内外", "中外"]
        .iter()
        .any(|w| ends_with(before, w));
    c.first.chinese && c.first.number.value == 2.0 && c.upper.is_none() && (pair || markets)
}

/// A vague span (几十年, 十几年, 上百年) that frames rather than measures: the frames of
/// [`time_frame`], the time ahead or near ([`relative_time`]), 在…中 ([`frame_around`]), years
/// passed through ([`PASSED_THROUGH`]: 再继续奋斗几十年; 经过数十个小时的运输 measures), looked
/// back over (以来的几十年, 几十年的
/// 实践经验) or part of a period (头几十年).
pub(crate) fn frames_vague_span(before: &[char], unit: &str, rest: &[char]) -> bool {
    time_frame(before, rest)
        || relative_time(before, rest)
        || frame_around(before, rest)
        || unit == "年" && PASSED_THROUGH.iter().any(|w| ends_with(before, w))
        || ends_with(before, "以来的")
        || unit == "年" && looked_back(rest)
        || part_of_period(before, rest)
}

/// Changes stated over a span of time right after it (五年增长29倍).
const CHANGES_OVER: &[&str] = &[
    "增长",
    "下降",
    "提高",
    "增加",
    "减少",
    "翻番",
    "翻一番",
    "累计",
];

/// The frame of a statement around a span of time, in any unit: 过去五年, 过去的五年, 三年多来,
/// 十个月以来, 两年过去了 (`before` and `rest`: the text before the number and after its unit).
fn time_frame(before: &[char], rest: &[char]) -> bool {
    ["过去", "过去的", "过去这"]
        .iter()
        .any(|w| ends_with(before, w))
        || ["多来", "多以来", "过去", "以来"]
            .iter()
            .any(|m| starts_with(rest, m))
}

/// A digit or a char of a Chinese numeral.
fn numeral_or_digit(c: char) -> bool {
    c.is_ascii_digit() || super::numeral::is_numeral_char(c)
}

fn is_year(r: &NumberRead) -> bool {
    let value = r.number.value;
    value.fract() == 0.0 && (1000.0..=2100.0).contains(&value) && r.scale.is_none()
}

/// A fraction written a/b in small whole numbers (1/3, 3/4), read at `i`: its value and end.
/// Not a date (2026/5/29, 5/29/2026).
pub(crate) fn slash_fraction(chars: &[char], i: usize) -> Option<(f64, usize)> {
    let whole = |from: usize| {
        let n = chars[from..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let text: String = chars[from..from + n].iter().collect();
        (n > 0 && n <= 2).then(|| (text.parse::<f64>().ok(), from + n))
    };
    if i > 0 && matches!(chars[i - 1], '/' | '-' | '.') {
        return None;
    }
    let (a, slash) = whole(i)?;
    if chars.get(slash) != Some(&'/') {
        return None;
    }
    let (b, stop) = whole(slash + 1)?;
    let (a, b) = (a?, b?);
    let date_like = chars
        .get(stop)
        .is_some_and(|&c| matches!(c, '/' | '-' | '.') || c.is_ascii_digit());
    (b > a && b > 0.0 && !date_like && !part_counter(chars, i, stop)).then_some((a / b, stop))
}

/// A page or part counter of a slideshow (1/6其实…, 。2/6还有…): a/b opening a sentence
/// right before its text, no fraction (1/3的受访者, 1/3以上 stay fractions; round 22).
fn part_counter(chars: &[char], i: usize, stop: usize) -> bool {
    let opens = i == 0 || matches!(chars[i - 1], '。' | '！' | '？' | '\n' | ' ' | '\u{3000}');
    opens
        && chars
            .get(stop)
            .is_some_and(|&c| is_han(c) && !"的以左强多弱之为是".contains(c))
}

/// The longest quote or title whose numbers are a code or name, not a claim.
const SHORT_QUOTE: usize = 16;

/// The longest title whose numbers name the work, not a claim.
const LONG_TITLE: usize = 60;

/// Inside “…” (or ‘…’, 「…」: ‘两个结合’, ‘三股势力’) of at most [`SHORT_QUOTE`] chars or 《…》 of at most [`LONG_TITLE`]: a code or
/// title, not a claim (“885”, 《条例》, 《关于…的二十条措施》). A short quote holding a sentence's
/// end (“满意度不到80%。”) is quoted speech, whose numbers stay claims; a slogan's halves are
/// joined by a comma (“三天学会，终身受用”) and stay names. Only that many
/// chars around `i` are looked at.
fn inside_short_quote(chars: &[char], i: usize) -> bool {
    let lo = i.saturating_sub(LONG_TITLE);
    let open = chars[lo..i]
        .iter()
        .rposition(|&c| matches!(c, '“' | '《' | '”' | '》' | '‘' | '’' | '「' | '」'));
    let Some(o) = open.map(|p| lo + p) else {
        return false;
    };
    let (close, limit) = match chars[o] {
        '“' => ('”', SHORT_QUOTE),
        '‘' => ('’', SHORT_QUOTE),
        '「' => ('」', SHORT_QUOTE),
        '《' => ('》', LONG_TITLE),
        _ => return false,
    };
    let inside = &chars[o + 1..chars.len().min(o + limit + 1)];
    let Some(end) = inside.iter().position(|&c| c == close) else {
        return false;
    };
    o + 1 + end > i && !inside[..end].iter().any(|&c| "。！？".contains(c))
}

/// Chars that may extend a count without making it part of another word (两年多, 三年来,
/// 近两年, 约5人).
const COUNT_EDGES: &str = "多余来左右近约超逾共整";

/// jieba's tags of words that name or say something figuratively (idioms, fixed expressions,
/// proper names, adverbs): a number inside them counts nothing. Nouns, numerals and times
/// (四间房, 好几十, 十年间) still count.
const WORD_TAGS: &[&str] = &["i", "l", "nz", "nr", "ns", "nt", "d"];

/// Whether jieba reads `word` as one token with a tag of [`WORD_TAGS`].
fn names_or_idiom(jieba: &jieba_rs::Jieba, word: &str) -> bool {
    let tags = jieba.tag(word, false);
    tags.len() == 1 && WORD_TAGS.contains(&tags[0].tag)
}

/// A number inside a word of the dictionary that is more than the number and its unit and
/// names or figures ([`WORD_TAGS`]): 铁人三项, 二人转, 脚踏两只船, 陆家嘴: it counts nothing.
/// `span` is the claim's chars in `sentence`.
pub(crate) fn inside_a_word(jieba: &jieba_rs::Jieba, sentence: &[char], span: [usize; 2]) -> bool {
    let [start, end] = span;
    let word_char = |c: char| {
        crate::clean::chars::is_han(c) && !numeral_or_digit(c) && !COUNT_EDGES.contains(c)
    };
    let left =
        (1..=2).filter(|&k| k <= start && sentence[start - k..start].iter().all(|&c| word_char(c)));
    let right = (1..=2).filter(|&k| {
        end + k <= sentence.len() && sentence[end..end + k].iter().all(|&c| word_char(c))
    });
    let lefts: Vec<usize> = std::iter::once(0).chain(left).collect();
    let rights: Vec<usize> = std::iter::once(0).chain(right).collect();
    lefts.iter().any(|&l| {
        rights.iter().any(|&r| {
            (l, r) != (0, 0) && {
                let word: String = sentence[start - l..end + r].iter().collect();
                jieba.has_word(&word) && names_or_idiom(jieba, &word)
            }
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(text: &str) -> Vec<char> {
        text.chars().collect()
    }

    #[test]
    fn a_part_counter_opens_a_sentence_before_its_text() {
        let fraction = |text: &str, i: usize| slash_fraction(&chars(text), i).map(|(v, _)| v);
        assert_eq!(fraction("1/6其实从上个赛季开始", 0), None);
        assert_eq!(fraction("好的。2/6还有就是", 3), None);
        assert_eq!(fraction("1/3的受访者", 0), Some(1.0 / 3.0));
        assert_eq!(fraction("1/3以上", 0), Some(1.0 / 3.0));
        assert_eq!(fraction("约1/3居民", 1), Some(1.0 / 3.0));
    }

    #[test]
    fn a_verb_and_an_amount_after_a_span() {
        assert!(verb_over(&chars("开设26家门市")));
        assert!(verb_over(&chars("投入100亿元")));
        assert!(!verb_over(&chars("以上100家")));
        assert!(!verb_over(&chars("开设门市")));
        assert!(!verb_over(&chars("开设3个月")));
    }
}
