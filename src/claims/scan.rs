//! The scanner: numeric expressions found on the characters of a sentence (not on jieba
//! tokens, which split 9/万/多次). Each expression is read in three steps: the amount (sign,
//! number, 余/多, range), its unit (with currency, 角/分), then the filters that keep dates,
//! ordinals, codes and numbered formulations out; qualifiers around it set the interval.

use super::filters::{
    frames_vague_span, index_points, not_a_claim, skip_number, slash_fraction, Candidate,
};
use super::money;
use super::numeral::{big_unit, is_numeral_char, small_unit, Number};
use super::read::{is_ascii_digit, range_factor, read_number, scaled, NumberRead};
use super::units::{
    after_at, before_at, elided_points, is_range_separator, split_duration_at, starts_with,
    unit_at, Qualifier,
};
use super::{Claim, ClaimKind};

/// How a text is scanned.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// The text is a money expression: an amount with no unit is yuan (三百万, 15k左右).
    pub money: bool,
}

/// An expression before its qualifiers: where it starts and ends, what it states, and in
/// which unit and currency.
struct Body {
    start: usize,
    end: usize,
    kind: ClaimKind,
    /// The value in base units (signed) and the place of its last stated digit.
    number: Number,
    upper: Option<f64>,
    scale: Option<String>,
    unit: String,
    currency: Option<&'static str>,
    plus: bool,
    /// Chars of 多/余/半 written inside or before the unit (8个多月, 8年多).
    skipped: usize,
}

/// The number part of an expression: the first number read, the amount it states (with a
/// sign, 余/多 and a range end) and where it ends.
struct Amount {
    first: NumberRead,
    start: usize,
    number: Number,
    scale: Option<String>,
    upper: Option<f64>,
    plus: bool,
    end: usize,
}

/// Finds the numeric claims of a sentence.
pub fn scan(chars: &[char]) -> Vec<Claim> {
    scan_with(chars, Options::default())
}

/// Finds the numeric claims of a sentence, scanned as `options` say.
pub fn scan_with(chars: &[char], options: Options) -> Vec<Claim> {
    let mut out: Vec<Claim> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !may_start_claim(chars[i]) {
            i += 1;
            continue;
        }
        // 分别约为…的70%、60%: a number right after a listed one shares its bound.
        let listed = out
            .last()
            .filter(|c| c.span[1] + 1 == i && chars[c.span[1]] == '、')
            .and_then(shared_bound);
        match claim_at(chars, i, options, listed) {
            Some((mut found, next)) => {
                // An after-qualifier (以上) is part of the claim: resume past it.
                let end = found.as_ref().map_or(next, |f| f.span[1].max(next));
                i = end.max(i + 1);
                // Claims never overlap: a currency before the number (360人民币279人民币)
                // that the claim before took as its unit stays with that claim.
                let floor = out.last().map_or(0, |c| c.span[1]);
                if let Some(f) = found.as_mut().filter(|f| f.span[0] < floor) {
                    f.span[0] = floor;
                    f.text = chars[floor..f.span[1]].iter().collect();
                }
                out.extend(found);
            }
            None => i += 1,
        }
    }
    join_bounds(chars, &mut out);
    out
}

/// `3万元以上30万元以下`: a lower and an upper bound in a row are one range.
fn join_bounds(chars: &[char], claims: &mut Vec<Claim>) {
    let mut i = 0;
    while i + 1 < claims.len() {
        let (a, b) = (&claims[i], &claims[i + 1]);
        let joined = a.qualifier == Qualifier::AtLeast
            && b.qualifier == Qualifier::AtMost
            && a.span[1] == b.span[0]
            && a.kind == b.kind
            && a.unit == b.unit
            && a.value <= b.value;
        if joined {
            let high = b.value;
            let end = b.span[1];
            let a = &mut claims[i];
            a.qualifier = Qualifier::Range;
            (a.high, a.high_inclusive) = (Some(high), true);
            a.span[1] = end;
            a.text = chars[a.span[0]..end].iter().collect();
            claims.remove(i + 1);
        }
        i += 1;
    }
}

/// Whether an expression can start with `c`: a digit, a numeral, or the 数/上/几 of a vague
/// amount (most chars of a text are none, and are passed over at once).
fn may_start_claim(c: char) -> bool {
    is_ascii_digit(c) || (is_numeral_char(c) && c != '点') || matches!(c, '数' | '上' | '几')
}

/// Reads the expression starting at `i`: the amount, its unit, then the filters. Returns
/// what it found (or nothing, for a number that is no claim) and where scanning resumes;
/// `None` when no number starts here.
fn claim_at(
    chars: &[char],
    i: usize,
    options: Options,
    listed: Option<(Qualifier, ClaimKind, String)>,
) -> Option<(Option<Claim>, usize)> {
    // A number inside a word of numerals started earlier was already read.
    if i > 0
        && (is_ascii_digit(chars[i - 1])
            || (is_numeral_char(chars[i - 1]) && is_numeral_char(chars[i])))
    {
        return None;
    }
    if let Some(found) = fraction_at(chars, i).or_else(|| vague_at(chars, i)) {
        return Some(found);
    }
    let signed = sign_before(chars, i).is_some();
    let first = read_number(chars, i)?;
    if skip_number(chars, i, &first, signed) {
        return Some((None, first.end));
    }
    let amount = read_amount(chars, i, first);
    let stop = amount.end;
    let Some((body, amount)) = unit_of(chars, amount, options) else {
        return Some((None, stop));
    };
    let candidate = Candidate {
        start: i,
        first: &amount.first,
        unit_start: amount.end + body.skipped,
        kind: body.kind,
        unit: &body.unit,
        upper: body.upper,
    };
    if let Some(resume) = not_a_claim(chars, &candidate) {
        return Some((None, resume.max(stop)));
    }
    let end = body.end;
    Some((Some(finish(chars, body, listed)), end))
}

/// A minus sign right before the number at `i` (为-1.2亿元, 负十元), not a hyphen of a code
/// or a range (023-6389, 5-10), nor the 负 that ends a word (税负, 减负, 胜负): 负 is a sign
/// only after no Han char or after a word that states a value (为, 是, 至, 达 …): its position.
fn sign_before(chars: &[char], i: usize) -> Option<usize> {
    let at = i.checked_sub(1)?;
    let c = chars[at];
    let prev = at.checked_sub(1).map(|p| chars[p]);
    let hyphen_ok = !prev.is_some_and(|p| {
        p.is_ascii_alphanumeric() || is_numeral_char(p) || matches!(p, '%' | '-' | '—' | '~')
    });
    let minus = matches!(c, '-' | '－' | '−') && hyphen_ok;
    let states_value = |p: char| "为是至到达呈约从和与及或".contains(p);
    let fu = c == '负' && !prev.is_some_and(|p| crate::clean::chars::is_han(p) && !states_value(p));
    (minus || fu).then_some(at)
}

/// Reads the amount at `i` whose first number is `first`: the sign before it, 余/多/几
/// after it, and the end of a range.
fn read_amount(chars: &[char], i: usize, first: NumberRead) -> Amount {
    let start = sign_before(chars, i).unwrap_or(i);
    let mut amount = Amount {
        start,
        number: first.number,
        scale: first.scale.clone(),
        upper: first.upper,
        plus: false,
        end: first.end,
        first,
    };
    read_plus(chars, &mut amount);
    read_range(chars, &mut amount);
    if start < i {
        amount.number.value = -amount.number.value;
        amount.upper = amount.upper.map(|u| -u);
    }
    amount
}

/// 余/多/几 between the number and its scale or unit: 2300余个, 100多家, 一百多万, 十几块.
fn read_plus(chars: &[char], a: &mut Amount) {
    let next = chars.get(a.end).copied();
    let before_unit = unit_at(&chars[(a.end + 1).min(chars.len())..]).is_some()
        || chars.get(a.end + 1).is_some_and(|&c| big_unit(c).is_some());
    let plus = match next {
        Some('余' | '多') => before_unit,
        Some('几') => a.first.chinese,
        _ => false,
    };
    if plus {
        a.plus = true;
        a.end += 1;
        let mut factor = 1.0;
        let mut s = String::new();
        while let Some(u) = chars.get(a.end).and_then(|&c| big_unit(c)) {
            factor *= u;
            s.push(chars[a.end]);
            a.end += 1;
        }
        if factor > 1.0 {
            a.number = Number {
                value: scaled(a.number.value, factor),
                place: a.number.place * factor,
            };
            a.scale = Some(a.scale.take().unwrap_or_default() + &s);
        }
        return;
    }
    // 9万多次: 多 after the scale; 3亿多农村人口: and before a noun.
    let scaled_number = a.scale.as_deref().is_some_and(|s| s.contains(['万', '亿']));
    if matches!(next, Some('余' | '多'))
        && (unit_at(&chars[a.end + 1..]).is_some() || scaled_number)
    {
        a.plus = true;
        a.end += 1;
    }
}

/// `（含）` or `(含)` at `at`: its length.
fn inclusive_mark(chars: &[char], at: usize) -> usize {
    let rest = &chars[at.min(chars.len())..];
    if starts_with(rest, "（含）") || starts_with(rest, "(含)") {
        3
    } else {
        0
    }
}

/// Where the second number of a range starts after the separator at `at` (-, --, —, ——, ~,
/// 至, 到), if one is there.
fn after_separator(chars: &[char], at: usize) -> Option<usize> {
    let c = *chars.get(at)?;
    if !is_range_separator(c) {
        return None;
    }
    let mut j = at + 1;
    while chars.get(j) == Some(&c) && matches!(c, '-' | '—' | '~' | '～') {
        j += 1;
    }
    Some(j)
}

/// A range: 3至5年, 3—5年, 6.5%—7%, 3到5万元, 从8500到3万, 1万(含)-5万元, 两~3百. The
/// first end may repeat the unit (100万元至300万元) and borrows the scale of the second.
fn read_range(chars: &[char], a: &mut Amount) {
    if a.upper.is_some() || a.plus {
        return;
    }
    let unit_len = unit_at(&chars[a.end..]).map_or(0, |u| u.text.chars().count());
    let sep = [a.end + unit_len, a.end]
        .into_iter()
        .map(|at| at + inclusive_mark(chars, at))
        .find_map(|at| after_separator(chars, at));
    let Some(second_at) = sep else {
        return;
    };
    let Some(second) = read_number(chars, second_at) else {
        return;
    };
    // 回落1.32个百分点至2.08%: a change and the level it reaches, in other units, are no range.
    let second_unit = unit_at(&chars[second.end..]).map(|u| u.text);
    if unit_len > 0
        && second_unit.is_some_and(|u| Some(u) != unit_at(&chars[a.end..]).map(|u| u.text))
    {
        return;
    }
    let mut low = a.number.value;
    let mut scale = a.scale.clone();
    if a.first.scale.is_none() && second.scale.is_some() || second.chinese {
        let borrowed = scaled(low, range_factor(chars, &a.first, &second, second_at));
        if borrowed <= second.number.value {
            low = borrowed;
            scale = second.scale.clone();
        }
    }
    // A range rises: 9-0 (a score) or 2亿~2 is not one.
    if low <= second.number.value {
        a.scale = scale;
        a.number = Number {
            value: low,
            place: a.number.place,
        };
        a.upper = Some(second.number.value);
        a.end = second.end;
    }
}

/// The unit after the amount, with its currency and 角/分: the body of the claim (and the
/// amount back), or `None` when no unit follows.
fn unit_of(chars: &[char], a: Amount, options: Options) -> Option<(Body, Amount)> {
    let end = a.end;
    let has_scale = a.scale.as_deref().is_some_and(|s| s.contains(['万', '亿']));
    let (kind, unit, factor, len) = match unit_at(&chars[end..]) {
        // 12.7个、12个百分点: the list's unit, elided.
        Some(u) if u.text == "个" && elided_points(&chars[end + 1..]) => {
            (ClaimKind::PercentagePoint, "个百分点".to_string(), 1.0, 1)
        }
        Some(u) => (u.kind, u.text.to_string(), u.factor, u.text.chars().count()),
        None if index_points(&a.first, &chars[a.first.end..]) && end == a.first.end => {
            (ClaimKind::Quantity, "点".to_string(), 1.0, 1)
        }
        None if chars.get(end) == Some(&'成') && a.first.chinese && a.number.value <= 100.0 => {
            let per = 10.0 / (a.number.value / a.first.number.value.max(1e-9)).max(1.0);
            (ClaimKind::Percent, "成".to_string(), per, 1)
        }
        None if options.money => (ClaimKind::Money, "元".to_string(), 1.0, 0),
        None if money::symbol_before(chars, a.start).is_some() => {
            (ClaimKind::Money, String::new(), 1.0, 0)
        }
        // 一百多万群众: a scaled number before a noun counts it, with no classifier.
        None if has_scale
            && chars.get(end).is_none_or(|&c| {
                crate::clean::chars::is_han(c) || !crate::clean::chars::is_content(c)
            }) =>
        {
            // 拟套现5.5亿: after a word of money it is a sum.
            let kind = if money::cued(chars, a.start, end) {
                ClaimKind::Money
            } else {
                ClaimKind::Count
            };
            (kind, String::new(), 1.0, 0)
        }
        None => return None,
    };
    // 8个多月, 3个半小时, 8年多, 一年半: 多, 余 or 半 inside or after a duration's unit.
    let split = (kind != ClaimKind::Money && !a.plus && a.upper.is_none())
        .then(|| split_duration_at(&chars[end..]))
        .flatten();
    let (kind, unit, len, half) = match split {
        Some((u, n, half)) => (u.kind, u.text.to_string(), n, half),
        None => (kind, unit, len, false),
    };
    let value = a.number.value + if half { 0.5 } else { 0.0 };
    let mut body = Body {
        start: a.start,
        end: end + len,
        kind,
        number: Number {
            value: scaled(value, factor),
            place: if half { 0.5 } else { a.number.place * factor },
        },
        upper: a.upper.map(|u| scaled(u, factor)),
        scale: a.scale.clone(),
        unit,
        currency: None,
        plus: a.plus || split.is_some_and(|(_, _, half)| !half),
        skipped: usize::from(split.is_some()),
    };
    if kind == ClaimKind::Money {
        money_details(chars, &mut body);
    }
    Some((body, a))
}

/// The currency of a money body (by its unit, a name after it or a name or symbol before
/// it) and the 角/分/整 after a yuan amount.
fn money_details(chars: &[char], body: &mut Body) {
    body.currency = money::of_unit(&body.unit);
    if body.currency == Some("CNY") {
        let (add, len) = money::fractions(&chars[body.end..]);
        if add != 0.0 {
            body.number.value += add.copysign(body.number.value);
            body.number.place = 0.01;
        }
        body.end += len;
        // 三万元欧元, 9000元日币, 数十亿元人民币: the name after the unit is the currency.
        if let Some((name, code)) = super::units::name_at(&chars[body.end..]) {
            body.currency = Some(code);
            body.end += name.chars().count();
        }
    }
    if matches!(body.currency, Some("CNY") | None) {
        if let Some((code, at)) = money::before(chars, body.start) {
            body.currency = Some(code);
            body.start = at;
        }
    }
}

/// Fractions: 百分之X (a percent), X分之Y, 千分之五 and 1/3 (ratios: 0.005, 1/3), 一半.
fn fraction_at(chars: &[char], i: usize) -> Option<(Option<Claim>, usize)> {
    let rest = &chars[i..];
    let (number, end, kind, unit) = if starts_with(rest, "百分之") {
        let r = read_number(chars, i + 3)?;
        let body = fraction_body(i, r.end, ClaimKind::Percent, r.number, "%");
        let body = Body {
            upper: r.upper,
            ..body
        };
        return Some((Some(finish(chars, body, None)), r.end));
    } else if starts_with(rest, "一半") {
        let half = Number {
            value: 0.5,
            place: 0.0,
        };
        (half, i + 2, ClaimKind::Ratio, "半")
    } else if let Some((value, stop)) = slash_fraction(chars, i) {
        (Number { value, place: 0.0 }, stop, ClaimKind::Ratio, "/")
    } else {
        let (whole, at) = match rest.first() {
            Some('千') if starts_with(&rest[1..], "分之") => (1000.0, i + 1),
            Some('万') if starts_with(&rest[1..], "分之") => (1e4, i + 1),
            _ => {
                let first = read_number(chars, i)?;
                (first.number.value.max(f64::MIN_POSITIVE), first.end)
            }
        };
        if !starts_with(&chars[at..], "分之") {
            return None;
        }
        let part = read_number(chars, at + 2)?;
        let number = Number {
            value: part.number.value / whole,
            place: part.number.place / whole,
        };
        (number, part.end, ClaimKind::Ratio, "分之")
    };
    let body = fraction_body(i, end, kind, number, unit);
    Some((Some(finish(chars, body, None)), end))
}

fn fraction_body(start: usize, end: usize, kind: ClaimKind, number: Number, unit: &str) -> Body {
    Body {
        start,
        end,
        kind,
        number,
        upper: None,
        scale: None,
        unit: unit.to_string(),
        currency: None,
        plus: false,
        skipped: 0,
    }
}

/// Vague amounts: 数十亿, 上千, 几百, 几十万块: from one to ten of the scale (上千: one to
/// ten thousand).
fn vague_at(chars: &[char], i: usize) -> Option<(Option<Claim>, usize)> {
    if !matches!(chars[i], '数' | '上' | '几') {
        return None;
    }
    // 以上十条, 之上: 上 closes a word, it opens no vague amount.
    if chars[i] == '上' && i > 0 && matches!(chars[i - 1], '以' | '之') {
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
    let end = j + unit.text.chars().count();
    // 几十年来, 再继续奋斗几十年: the frame of a statement, not a duration measured.
    if unit.kind == ClaimKind::Duration
        && (starts_with(&chars[end..], "来")
            || frames_vague_span(&chars[..i], unit.text, &chars[end..]))
    {
        return Some((None, end));
    }
    let low = factor * unit.factor;
    let mut body = fraction_body(
        i,
        end,
        unit.kind,
        Number {
            value: low,
            place: low,
        },
        unit.text,
    );
    body.scale = Some(chars[i + 1..j].iter().collect());
    if unit.kind == ClaimKind::Money {
        money_details(chars, &mut body);
    }
    let span = [body.start, body.end];
    let bounds = (Some(low), Some(low * 10.0), true, false);
    let end = body.end;
    Some((Some(make(chars, span, body, bounds, Qualifier::Vague)), end))
}

/// The bound a listed claim shares with the number after its 、: one stated before the list
/// (约为70%、60%), not one after its own number (5%左右、6%).
fn shared_bound(c: &Claim) -> Option<(Qualifier, ClaimKind, String)> {
    let before_list = matches!(
        c.qualifier,
        Qualifier::Approx
            | Qualifier::Nearly
            | Qualifier::MoreThan
            | Qualifier::AtLeast
            | Qualifier::LessThan
            | Qualifier::AtMost
    ) && !super::units::AFTER.iter().any(|(t, _)| c.text.ends_with(t));
    before_list.then(|| (c.qualifier, c.kind, c.unit.clone()))
}

/// Completes a claim: looks for qualifiers before and after (or the bound `listed` shares
/// with it), and sets the interval.
fn finish(chars: &[char], body: Body, listed: Option<(Qualifier, ClaimKind, String)>) -> Claim {
    let mut start = body.start;
    let mut stop = body.end;
    let value = body.number.value;
    // A range states its own bounds; qualifiers around it are not looked for.
    if let Some(u) = body.upper {
        let bounds = (Some(value), Some(u), true, true);
        return make(chars, [start, stop], body, bounds, Qualifier::Range);
    }
    let mut from_afar = None;
    let mut qualifier = if body.plus {
        Qualifier::Plus
    } else {
        Qualifier::Exact
    };
    if let Some((text, q)) = before_at(&chars[..start]) {
        // 超 of 超长期 is not a qualifier: only one standing right before the number counts.
        if qualifier != Qualifier::Plus {
            qualifier = q;
        }
        start -= text.chars().count();
    } else if qualifier == Qualifier::Exact {
        // 近20种、68万盆: only a number of the same kind and unit shares it.
        let shared = listed
            .filter(|(_, kind, unit)| *kind == body.kind && *unit == body.unit)
            .map(|(q, _, _)| q);
        from_afar = bound_before_verb(chars, start)
            .or_else(|| approx_word_before(chars, start))
            .or(shared);
        qualifier = from_afar.unwrap_or(qualifier);
    }
    let mark = inclusive_mark(chars, stop);
    if let Some((text, q)) = after_at(&chars[stop + mark..]) {
        // 最高可达2倍以上: the qualifier after the number outweighs a bound words before it.
        if matches!(qualifier, Qualifier::Exact | Qualifier::Approx) || from_afar.is_some() {
            qualifier = q;
        }
        stop += mark + text.chars().count();
    }
    let bounds = interval(qualifier, body.number);
    make(chars, [start, stop], body, bounds, qualifier)
}

/// 至少培训1000名: a bound may stand before a short verb.
fn bound_before_verb(chars: &[char], start: usize) -> Option<Qualifier> {
    let window = &chars[start.saturating_sub(6)..start];
    if window.iter().any(|&c| "，；。、".contains(c)) {
        return None;
    }
    [
        ("约占", Qualifier::Approx),
        ("约相当于", Qualifier::Approx),
        ("约为", Qualifier::Approx),
        ("至少", Qualifier::AtLeast),
        ("最多", Qualifier::AtMost),
        ("最高可", Qualifier::AtMost),
        ("最高为", Qualifier::AtMost),
        ("最高达", Qualifier::AtMost),
        ("不少于", Qualifier::AtLeast),
    ]
    .into_iter()
    .rev()
    .find(|(word, _)| {
        let n = word.chars().count();
        window
            .windows(n)
            .any(|w| w.iter().copied().eq(word.chars()))
    })
    .map(|(_, q)| q)
}

/// How far before a number 约为, 约占 … still make it approximate.
const APPROX_REACH: usize = 14;

/// 分别约为全国平均的70%: 约为, 约占, 约是 or 约相当于 earlier in the clause, with no other
/// number between, make the first number after them approximate.
fn approx_word_before(chars: &[char], start: usize) -> Option<Qualifier> {
    let lo = start.saturating_sub(APPROX_REACH);
    let clause = chars[lo..start]
        .iter()
        .rposition(|&c| "，；。、：".contains(c))
        .map_or(lo, |p| lo + p + 1);
    let window = &chars[clause..start];
    let at = ["约为", "约占", "约是", "约相当于"]
        .iter()
        .filter_map(|w| {
            let w: Vec<char> = w.chars().collect();
            window
                .windows(w.len())
                .rposition(|x| x == w.as_slice())
                .map(|p| p + w.len())
        })
        .max()?;
    let number = |c: &char| is_ascii_digit(*c) || super::numeral::digit(*c).is_some();
    (!window[at..].iter().any(number)).then_some(Qualifier::Approx)
}

/// The interval a qualifier states about a number: `approx` is ± half a unit of the last
/// stated place (5%左右 → [4.5, 5.5]); `plus` runs to the next unit of that place.
fn interval(q: Qualifier, n: Number) -> (Option<f64>, Option<f64>, bool, bool) {
    let v = n.value;
    match q {
        Qualifier::Approx => (Some(v - n.place / 2.0), Some(v + n.place / 2.0), true, true),
        Qualifier::Nearly => (None, Some(v), false, false),
        Qualifier::MoreThan => (Some(v), None, false, false),
        Qualifier::AtLeast => (Some(v), None, true, false),
        Qualifier::LessThan => (None, Some(v), false, false),
        Qualifier::AtMost => (None, Some(v), false, true),
        Qualifier::Plus => (Some(v), Some(v + n.place.max(1.0)), true, false),
        Qualifier::Exact | Qualifier::Range | Qualifier::Vague => (Some(v), Some(v), true, true),
    }
}

/// A claim over `span` of the sentence, with no context yet.
fn make(
    chars: &[char],
    span: [usize; 2],
    body: Body,
    (low, high, low_inclusive, high_inclusive): (Option<f64>, Option<f64>, bool, bool),
    qualifier: Qualifier,
) -> Claim {
    // 亿元 is 元 with the scale 亿; 美元 keeps its name.
    let yuan_scale = body
        .unit
        .strip_suffix('元')
        .filter(|s| !s.is_empty() && s.chars().all(|c| big_unit(c).is_some() || c == '千'));
    let (unit, scale) = match yuan_scale {
        Some(s) => ("元".to_string(), body.scale.or_else(|| Some(s.to_string()))),
        None => (body.unit, body.scale),
    };
    Claim {
        text: chars[span[0]..span[1]].iter().collect(),
        span,
        sentence: 0,
        kind: body.kind,
        value: body.number.value,
        low,
        high,
        low_inclusive,
        high_inclusive,
        qualifier,
        unit,
        scale,
        currency: body.currency.map(str::to_string),
        subject: None,
        verb: None,
        direction: None,
        time: None,
        role: None,
    }
}
