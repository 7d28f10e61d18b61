//! The scanner: numeric expressions found on the characters of a sentence (not on jieba
//! tokens, which split 9/万/多次), with their qualifiers, scales, units and ranges, and the
//! filters that keep dates, ordinals, codes and numbered formulations out.

use super::numeral::{
    big_unit, digit, is_numeral_char, parse_chinese, parse_digits, small_unit, Number,
};
use super::units::{after_at, before_at, is_range_separator, starts_with, unit_at, Qualifier};
use super::{Claim, Kind};

/// A number read at a position: value, end, the scale chars that followed it, and whether
/// it was written in Chinese numerals.
pub(crate) struct Read {
    pub(crate) number: Number,
    pub(crate) end: usize,
    scale: Option<String>,
    chinese: bool,
    /// A second value for "五六百" (500–600).
    upper: Option<f64>,
}

fn is_ascii_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Reads digits (with separators and decimals) or a Chinese numeral at `i`, with a trailing
/// scale (万, 亿, 万亿, 千万 …).
pub(crate) fn read_number(chars: &[char], i: usize) -> Option<Read> {
    let c = *chars.get(i)?;
    let (mut number, mut end, chinese, mut upper) = if is_ascii_digit(c) {
        let mut j = i;
        let mut text = String::new();
        while j < chars.len() {
            let ch = chars[j];
            if is_ascii_digit(ch) {
                text.push(
                    char::from_digit(
                        ch.to_digit(10).unwrap_or_else(|| ch as u32 - '０' as u32),
                        10,
                    )
                    .unwrap_or('0'),
                );
            } else if ch == ','
                && chars
                    .get(j + 1..j + 4)
                    .is_some_and(|w| w.iter().all(|&d| d.is_ascii_digit()))
                && !chars.get(j + 4).is_some_and(|&d| d.is_ascii_digit())
            {
                // thousands separator
            } else if ch == '.'
                && chars.get(j + 1).is_some_and(|&d| is_ascii_digit(d))
                && !text.contains('.')
            {
                text.push('.');
            } else {
                break;
            }
            j += 1;
        }
        (parse_digits(&text)?, j, false, None)
    } else if is_numeral_char(c) && c != '点' {
        let mut j = i;
        while j < chars.len() && is_numeral_char(chars[j]) {
            j += 1;
        }
        let run = &chars[i..j];
        // 五六百, 三四十: two neighbouring digits and a unit are a range.
        if run.len() >= 3
            && digit(run[0]).is_some()
            && digit(run[1]).is_some()
            && digit(run[1]) == digit(run[0]).map(|d| d + 1)
        {
            if let Some(u) = small_unit(run[2]) {
                let (a, b) = (digit(run[0])? as f64 * u, digit(run[1])? as f64 * u);
                let rest = parse_chinese(&run[3..]).map_or(1.0, |n| n.value.max(1.0));
                let scale = if run.len() > 3 { rest } else { 1.0 };
                return Some(Read {
                    number: Number {
                        value: a * scale,
                        place: u * scale,
                    },
                    end: j,
                    scale: None,
                    chinese: true,
                    upper: Some(b * scale),
                });
            }
        }
        // 两三场, 四五倍: two neighbouring digits alone are a range.
        if run.len() == 2 {
            if let (Some(a), Some(b)) = (digit(run[0]), digit(run[1])) {
                if b == a + 1 && a > 0 {
                    let number = Number {
                        value: a as f64,
                        place: 1.0,
                    };
                    return Some(Read {
                        number,
                        end: j,
                        scale: None,
                        chinese: true,
                        upper: Some(b as f64),
                    });
                }
            }
        }
        // 近千场, 上千: a unit alone after 近 or 上 is one of it.
        if run.len() == 1 && i > 0 && matches!(chars[i - 1], '近' | '逾' | '超') {
            if let Some(u) = small_unit(run[0]).or_else(|| big_unit(run[0])) {
                return Some(Read {
                    number: Number { value: u, place: u },
                    end: j,
                    scale: None,
                    chinese: true,
                    upper: None,
                });
            }
        }
        // Units alone are words, not numbers (万泉社区, 千万要): a numeral has a digit or starts
        // with 十.
        if run[0] != '十' && !run.iter().any(|&c| digit(c).is_some()) {
            return None;
        }
        (parse_chinese(run)?, j, true, None)
    } else {
        return None;
    };
    // A scale written after digits: 3.5万, 1.3万亿, 300十万, 3.1千万.
    let mut scale = String::new();
    let mut factor = 1.0;
    if !chinese {
        while end < chars.len() {
            let ch = chars[end];
            if let Some(u) = big_unit(ch) {
                factor *= u;
            } else if let Some(u) = small_unit(ch).filter(|_| {
                // 3.1千万, 20千 — but not the 千 of 千米 or 千克.
                chars.get(end + 1).and_then(|&n| big_unit(n)).is_some()
                    || unit_at(&chars[end..]).is_none()
            }) {
                factor *= u;
            } else {
                break;
            }
            scale.push(ch);
            end += 1;
        }
    } else {
        // The scale chars of a Chinese numeral are part of it; name them for the record.
        scale = chars[i..end]
            .iter()
            .rev()
            .take_while(|&&c| big_unit(c).is_some())
            .collect::<String>()
            .chars()
            .rev()
            .collect();
    }
    number.value = scaled(number.value, factor);
    number.place *= factor;
    upper = upper.map(|u| scaled(u, factor));
    Some(Read {
        number,
        end,
        scale: (!scale.is_empty()).then_some(scale),
        chinese,
        upper,
    })
}

/// Heads of numbered formulations and programs (两个确立, 七个能力, 六项工程, 五个体系).
const FORMULATION_HEADS: &[&str] = &[
    "确立",
    "维护",
    "意识",
    "自信",
    "能力",
    "体系",
    "工程",
    "作用",
    "定位",
    "区",
    "坚持",
    "优先",
    "行动",
    "计划",
    "机制",
    "攻坚",
    "战略",
    "布局",
    "中心",
    "示范",
    "清单",
    "原则",
    "方针",
    "保障",
    "关系",
    "抓手",
    "平台",
    "必须",
    "务必",
    "不动摇",
    "全面",
    "文明",
    "统筹",
    "一流",
    "高地",
    "之都",
    "重点",
    "任务",
    "目标",
    "导向",
    "融合",
    "提升",
    "倍增",
    "规定",
    "禁令",
];

/// Classifiers that number a formulation.
const FORMULATION_CLASSIFIERS: &[&str] = &["个", "项", "大", "条", "类", "种", "方面"];

/// Finds the numeric claims of a sentence.
pub fn scan(chars: &[char]) -> Vec<Claim> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !may_start_claim(chars[i]) {
            i += 1;
            continue;
        }
        match claim_at(chars, i) {
            Some((found, next)) => {
                // An after-qualifier (以上) is part of the claim: resume past it.
                let end = found.as_ref().map_or(next, |f| f.span[1].max(next));
                i = end.max(i + 1);
                out.extend(found);
            }
            None => i += 1,
        }
    }
    out
}

/// Whether an expression can start with `c`: a digit, a numeral, or the 数/上/几 of a vague
/// amount (most chars of a text are none, and are passed over at once).
fn may_start_claim(c: char) -> bool {
    is_ascii_digit(c) || (is_numeral_char(c) && c != '点') || matches!(c, '数' | '上' | '几')
}

/// Reads the expression starting at `i`. Returns what it found (or nothing, for a number that
/// is no claim) and where scanning resumes; `None` when no number starts here.
fn claim_at(chars: &[char], i: usize) -> Option<(Option<Claim>, usize)> {
    // A number inside a word of numerals started earlier was already read.
    if i > 0
        && (is_ascii_digit(chars[i - 1])
            || (is_numeral_char(chars[i - 1]) && is_numeral_char(chars[i])))
    {
        return None;
    }
    if starts_with(&chars[i..], "百分之") || starts_with(&chars[i..], "千分之") {
        let per = if chars[i] == '百' { 1.0 } else { 0.1 };
        let r = read_number(chars, i + 3)?;
        let found = finish(
            chars,
            i,
            r.end,
            r.end,
            Kind::Percent,
            r.number.value * per,
            r.number,
            None,
            "%".into(),
            None,
            r.upper.map(|u| u * per),
        );
        return Some((found, r.end));
    }
    if let Some(v) = vague_at(chars, i) {
        return Some(v);
    }
    // 一半: a half.
    if starts_with(&chars[i..], "一半") {
        let number = Number {
            value: 0.5,
            place: 0.0,
        };
        let found = finish(
            chars,
            i,
            i + 2,
            i + 2,
            Kind::Ratio,
            0.5,
            number,
            None,
            "半".into(),
            None,
            None,
        );
        return Some((found, i + 2));
    }
    let first = read_number(chars, i)?;
    let mut end = first.end;
    // X分之Y: a fraction.
    if starts_with(&chars[end..], "分之") {
        let second = read_number(chars, end + 2)?;
        let value = second.number.value / first.number.value.max(f64::MIN_POSITIVE);
        let found = finish(
            chars,
            i,
            second.end,
            second.end,
            Kind::Ratio,
            value,
            Number { value, place: 0.0 },
            None,
            "分之".into(),
            None,
            None,
        );
        return Some((found, second.end));
    }
    // 1/3: a fraction in digits.
    if let Some((value, stop)) = slash_fraction(chars, i).filter(|_| !first.chinese) {
        let number = Number { value, place: 0.0 };
        let found = finish(
            chars,
            i,
            stop,
            stop,
            Kind::Ratio,
            value,
            number,
            None,
            "/".into(),
            None,
            None,
        );
        return Some((found, stop));
    }
    if skip_number(chars, i, &first) {
        return Some((None, end));
    }
    // 余/多 between the number and its scale or unit: 2300余个, 100多家, 一百多万.
    let mut plus = false;
    if matches!(chars.get(end), Some('余' | '多'))
        && (unit_at(&chars[end + 1..]).is_some()
            || chars.get(end + 1).is_some_and(|&c| big_unit(c).is_some()))
    {
        plus = true;
        end += 1;
    }
    let mut number = first.number;
    let mut scale = first.scale.clone();
    if plus {
        let mut factor = 1.0;
        let mut s = String::new();
        while let Some(u) = chars.get(end).and_then(|&c| big_unit(c)) {
            factor *= u;
            s.push(chars[end]);
            end += 1;
        }
        if factor > 1.0 {
            number = Number {
                value: scaled(number.value, factor),
                place: number.place * factor,
            };
            scale = Some(scale.unwrap_or_default() + &s);
        }
    }
    if !plus && matches!(chars.get(end), Some('余' | '多')) {
        // 9万多次: 多 after the scale; 3亿多农村人口: and before a noun.
        let scaled_number = scale.as_deref().is_some_and(|s| s.contains(['万', '亿']));
        if unit_at(&chars[end + 1..]).is_some() || scaled_number {
            plus = true;
            end += 1;
        }
    }
    // A range: 3至5年, 3—5年, 6.5%—7%, 3到5万元.
    let mut upper = first.upper;
    let unit_here = unit_at(&chars[end..]);
    // The first end may repeat the unit: 6.5%—7%, 100万元至300万元.
    let sep_at = end + unit_here.map_or(0, |u| u.text.chars().count());
    let sep_at = if chars.get(sep_at).is_some_and(|&c| is_range_separator(c)) {
        sep_at
    } else {
        end
    };
    if upper.is_none() && chars.get(sep_at).is_some_and(|&c| is_range_separator(c)) {
        if let Some(second) = read_number(chars, sep_at + 1) {
            let mut low = number.value;
            let mut range_scale = scale.clone();
            if first.scale.is_none() && second.scale.is_some() {
                low *= second.number.value / parse_unscaled(&second).max(f64::MIN_POSITIVE);
                range_scale = second.scale.clone();
            }
            // A range rises: 9-0 (a score) or 2亿~2 is not one.
            if (second.chinese == first.chinese || !first.chinese) && low <= second.number.value {
                scale = range_scale;
                number = Number {
                    value: low,
                    place: number.place,
                };
                upper = Some(second.number.value);
                end = second.end;
            }
        }
    }
    let unit = unit_at(&chars[end..]);
    let has_scale = scale.as_deref().is_some_and(|s| s.contains(['万', '亿']));
    let (kind, unit_text, factor, unit_len) = match unit {
        Some(u) => (u.kind, u.text.to_string(), u.factor, u.text.chars().count()),
        None if chars.get(end) == Some(&'成') && number.value <= 100.0 && first.chinese => (
            Kind::Percent,
            "成".to_string(),
            10.0 / (number.value / first.number.value.max(1e-9)).max(1.0),
            1,
        ),
        // 一百多万群众: a scaled number before a noun counts it, with no classifier.
        None if has_scale
            && chars.get(end).is_none_or(|&c| {
                crate::clean::chars::is_han(c) || !crate::clean::chars::is_content(c)
            }) =>
        {
            (Kind::Count, String::new(), 1.0, 0)
        }
        None => return Some((None, end)),
    };
    // Sessions: 六届五次全会.
    if unit_text == "次"
        && ["全会", "会议", "全体会议", "代表大会", "常委会"]
            .iter()
            .any(|m| starts_with(&chars[end + 1..], m))
    {
        return Some((None, end + 1));
    }
    // Periods: 前三季度, 前两个月.
    if kind == Kind::Duration && i > 0 && chars[i - 1] == '前' {
        return Some((None, end + unit_len));
    }
    // Time phrases: 两年来, 三年以来.
    if unit_text == "年"
        && (starts_with(&chars[end + 1..], "来") || starts_with(&chars[end + 1..], "以来"))
    {
        return Some((None, end + 1));
    }
    let body_end = end + unit_len;
    // Dates and years are not claims: 2024年, 5月, 24日, 1990年代.
    if kind == Kind::Duration
        && unit_text == "年"
        && is_year(&first, number.value)
        && upper.is_none_or(|u| u.fract() == 0.0 && (1000.0..=2100.0).contains(&u))
    {
        return Some((None, body_end));
    }
    let found = finish(
        chars,
        i,
        end,
        body_end,
        kind,
        scaled(number.value, factor),
        Number {
            value: scaled(number.value, factor),
            place: number.place * factor,
        },
        scale,
        unit_text,
        plus.then_some(Qualifier::Plus),
        upper.map(|u| scaled(u, factor)),
    );
    Some((found, body_end))
}

/// `value × factor` without binary rounding: 4.06 × 10¹² is 4060000000000, not
/// 4059999999999.9995 (factors of ten are applied in decimal).
fn scaled(value: f64, factor: f64) -> f64 {
    let exp = factor.log10().round();
    if factor > 0.0 && 10f64.powi(exp as i32) == factor {
        format!("{value}e{exp}").parse().unwrap_or(value * factor)
    } else {
        value * factor
    }
}

/// The value a scaled read would have without its scale (3到5万元: 5 for 5万).
fn parse_unscaled(r: &Read) -> f64 {
    let factor: f64 = r
        .scale
        .as_deref()
        .unwrap_or("")
        .chars()
        .filter_map(big_unit)
        .product();
    r.number.value / factor.max(1.0)
}

fn is_year(r: &Read, value: f64) -> bool {
    value.fract() == 0.0
        && (1000.0..=2100.0).contains(&value)
        && r.scale.is_none()
        && (r.chinese || r.end > 0)
}

/// Numbers that are never claims, whatever follows: ordinals, sessions, dates, codes, a lone
/// 一 used as an article, and numbered formulations.
fn skip_number(chars: &[char], i: usize, r: &Read) -> bool {
    let before = |n: usize| i.checked_sub(n).map(|p| chars[p]);
    let after = &chars[r.end..];
    // 第一个五年: a number right after a classifier is a name; 每50公斤: a basis, not a claim.
    let ordinal = matches!(before(1), Some('第' | '个' | '每'));
    let session = after.first().is_some_and(|&c| {
        matches!(
            c,
            '届' | '月'
                | '日'
                | '号'
                | '时'
                | '点'
                | '路'
                | '级'
                | '期'
                | '版'
                | '章'
                | '节'
                | '款'
        )
    });
    let code = before(1)
        .is_some_and(|c| matches!(c, '+' | '＋' | '#' | '/' | '-' | '.' | 'x' | 'X' | '×'))
        || after
            .first()
            .is_some_and(|&c| matches!(c, '+' | '＋' | '.' | ':' | '：'))
        || (after.first() == Some(&'/') && slash_fraction(chars, r.end).is_none())
        || after.first().is_some_and(|c| c.is_ascii_alphabetic());
    let article = r.chinese
        && r.number.value == 1.0
        && r.scale.is_none()
        && !after.first().is_some_and(|&c| matches!(c, '倍' | '半'));
    let quoted = inside_short_quote(chars, i);
    let formulation =
        r.number.value <= 12.0 && r.number.value.fract() == 0.0 && r.scale.is_none() && {
            let rest = after;
            FORMULATION_CLASSIFIERS.iter().any(|cl| {
                starts_with(rest, cl) && {
                    let noun: String = rest[cl.chars().count()..]
                        .iter()
                        .take_while(|c| crate::clean::chars::is_han(**c))
                        .take(6)
                        .collect();
                    FORMULATION_HEADS.iter().any(|h| {
                        noun.starts_with(h) || (noun.chars().count() <= 4 && noun.ends_with(h))
                    }) || rest
                        .get(cl.chars().count() + noun.chars().count())
                        .is_some_and(|&c| c == '”')
                }
            })
        };
    ordinal
        || session
        || code
        || article
        || quoted
        || formulation
        || before(1).is_some_and(|c| c.is_ascii_alphabetic())
}

/// A fraction written a/b in small whole numbers (1/3, 3/4), read at `i`: its value and end.
fn slash_fraction(chars: &[char], i: usize) -> Option<(f64, usize)> {
    let whole = |from: usize| {
        let n = chars[from..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        (n > 0 && n <= 2).then(|| {
            (
                chars[from..from + n]
                    .iter()
                    .collect::<String>()
                    .parse::<f64>()
                    .ok(),
                from + n,
            )
        })
    };
    let (a, slash) = whole(i)?;
    if chars.get(slash) != Some(&'/') {
        return None;
    }
    let (b, stop) = whole(slash + 1)?;
    let (a, b) = (a?, b?);
    let date_like = chars
        .get(stop)
        .is_some_and(|&c| c == '/' || c.is_ascii_digit());
    (b > a && b > 0.0 && !date_like).then_some((a / b, stop))
}

/// The longest quote or title whose numbers are a code or name, not a claim.
const SHORT_QUOTE: usize = 16;

/// Inside “…” or 《…》 of at most [`SHORT_QUOTE`] chars: a code or title, not a claim (“885”,
/// 《条例》). Only that many chars around `i` are looked at.
fn inside_short_quote(chars: &[char], i: usize) -> bool {
    let lo = i.saturating_sub(SHORT_QUOTE);
    let open = chars[lo..i]
        .iter()
        .rposition(|&c| matches!(c, '“' | '《' | '”' | '》'));
    let Some(o) = open.map(|p| lo + p) else {
        return false;
    };
    if !matches!(chars[o], '“' | '《') {
        return false;
    }
    chars[i..chars.len().min(o + SHORT_QUOTE + 1)]
        .iter()
        .any(|&c| matches!(c, '”' | '》'))
}

/// Vague amounts: 数十亿, 上千, 几百, 数万.
fn vague_at(chars: &[char], i: usize) -> Option<(Option<Claim>, usize)> {
    if !matches!(chars[i], '数' | '上' | '几') {
        return None;
    }
    let mut j = i + 1;
    let mut factor = 1.0;
    while let Some(u) = chars
        .get(j)
        .and_then(|&c| small_unit(c).or_else(|| big_unit(c)))
    {
        factor *= u;
        j += 1;
    }
    if factor == 1.0 || (chars[i] == '上' && j - i > 2) {
        return None;
    }
    let unit = unit_at(&chars[j..])?;
    let low = factor * unit.factor;
    let high = if chars[i] == '上' {
        factor * 10.0 * unit.factor
    } else {
        low * 10.0
    };
    let (low, high) = if chars[i] == '上' {
        (low, high)
    } else {
        (low * 2.0, high)
    };
    let end = j + unit.text.chars().count();
    let scale = Some(chars[i + 1..j].iter().collect());
    let bounds = (Some(low), Some(high), true, false);
    let found = make(
        chars,
        [i, end],
        unit.kind,
        low,
        bounds,
        Qualifier::Vague,
        unit.text,
        scale,
    );
    Some((Some(found), end))
}

/// Completes a claim: looks for qualifiers before and after, and sets the interval.
#[allow(clippy::too_many_arguments)]
fn finish(
    chars: &[char],
    start: usize,
    end: usize,
    body_end: usize,
    kind: Kind,
    value: f64,
    number: Number,
    scale: Option<String>,
    unit: String,
    plus: Option<Qualifier>,
    upper: Option<f64>,
) -> Option<Claim> {
    let mut start = start;
    let mut stop = body_end.max(end);
    let mut qualifier = Qualifier::Exact;
    // A range states its own bounds; qualifiers around it are not looked for.
    if let Some(u) = upper {
        let bounds = (Some(value), Some(u), true, true);
        let span = [start, stop];
        return Some(make(
            chars,
            span,
            kind,
            value,
            bounds,
            Qualifier::Range,
            &unit,
            scale,
        ));
    }
    if let Some(q) = plus {
        qualifier = q;
    }
    if let Some((text, q)) = before_at(&chars[..start]) {
        // 超 of 超长期 is not a qualifier: only one standing right before the number counts.
        qualifier = if qualifier == Qualifier::Plus {
            qualifier
        } else {
            q
        };
        start -= text.chars().count();
    } else if qualifier == Qualifier::Exact {
        // 至少培训1000名: a bound may stand before a short verb.
        let window = &chars[start.saturating_sub(6)..start];
        let bounds = [
            ("约占", Qualifier::Approx),
            ("约相当于", Qualifier::Approx),
            ("约为", Qualifier::Approx),
            ("至少", Qualifier::AtLeast),
            ("最多", Qualifier::AtMost),
            ("不少于", Qualifier::AtLeast),
        ];
        for (word, q) in bounds {
            let n = word.chars().count();
            let has = window
                .windows(n)
                .any(|w| w.iter().copied().eq(word.chars()));
            if has && !window.iter().any(|&c| "，；。、".contains(c)) {
                qualifier = q;
            }
        }
    }
    if let Some((text, q)) = after_at(&chars[stop..]) {
        if qualifier == Qualifier::Exact || qualifier == Qualifier::Approx {
            qualifier = q;
        }
        stop += text.chars().count();
    }
    let (low, high, low_inclusive, high_inclusive) = match qualifier {
        Qualifier::Exact | Qualifier::Approx => (Some(value), Some(value), true, true),
        Qualifier::Nearly => (None, Some(value), false, false),
        Qualifier::MoreThan => (Some(value), None, false, false),
        Qualifier::AtLeast => (Some(value), None, true, false),
        Qualifier::LessThan => (None, Some(value), false, false),
        Qualifier::AtMost => (None, Some(value), false, true),
        Qualifier::Plus => (Some(value), Some(value + next_place(number)), true, false),
        Qualifier::Range | Qualifier::Vague => (Some(value), Some(value), true, true),
    };
    let bounds = (low, high, low_inclusive, high_inclusive);
    Some(make(
        chars,
        [start, stop],
        kind,
        value,
        bounds,
        qualifier,
        &unit,
        scale,
    ))
}

/// Foreign currencies keep their name as the unit; 亿元 is 元 with the scale 亿.
const CURRENCIES: &[&str] = &["美元", "欧元", "港元", "日元"];

/// A claim over `span` of the sentence, with no context yet.
#[allow(clippy::too_many_arguments)]
fn make(
    chars: &[char],
    span: [usize; 2],
    kind: Kind,
    value: f64,
    (low, high, low_inclusive, high_inclusive): (Option<f64>, Option<f64>, bool, bool),
    qualifier: Qualifier,
    unit: &str,
    scale: Option<String>,
) -> Claim {
    let yuan_scale = unit
        .strip_suffix('元')
        .filter(|s| !s.is_empty() && !CURRENCIES.contains(&unit));
    Claim {
        text: chars[span[0]..span[1]].iter().collect(),
        span,
        sentence: 0,
        kind,
        value,
        low,
        high,
        low_inclusive,
        high_inclusive,
        qualifier,
        unit: if yuan_scale.is_some() {
            "元".to_string()
        } else {
            unit.to_string()
        },
        scale: scale.or_else(|| yuan_scale.map(str::to_string)),
        subject: None,
        verb: None,
        direction: None,
        time: None,
        role: None,
    }
}

/// The next unit of the last stated place: 2300 → +100; 9万 → +1万; 一百多万 → +100万.
fn next_place(n: Number) -> f64 {
    n.place.max(1.0)
}
