//! Reading one number at a position: digits (separators, decimals, k/w) or Chinese numerals,
//! neighbouring numerals as ranges (三五, 八九亿), and the scale written after it (3.5万).

use super::numeral::{
    big_unit, digit, is_numeral_char, parse_chinese, parse_digits, small_unit, Number,
};
use super::units::unit_at;

/// A number read at a position: value, end, the scale chars that followed it, and whether
/// it was written in Chinese numerals.
pub(crate) struct NumberRead {
    pub(crate) number: Number,
    pub(crate) end: usize,
    pub(crate) scale: Option<String>,
    pub(crate) chinese: bool,
    /// A second value for "五六百" (500–600).
    pub(crate) upper: Option<f64>,
}

pub(crate) fn is_ascii_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

fn digit_value(c: char) -> char {
    char::from_digit(c.to_digit(10).unwrap_or_else(|| c as u32 - '０' as u32), 10).unwrap_or('0')
}

/// Whether a comma at `j` separates thousands: three digits follow and then no digit; a
/// full-width comma only inside a number that goes on (82，225.00, 333，333,434).
fn thousands_separator(chars: &[char], j: usize) -> bool {
    let three = chars
        .get(j + 1..j + 4)
        .is_some_and(|w| w.iter().all(|&d| d.is_ascii_digit()));
    let next = chars.get(j + 4).copied();
    match chars[j] {
        ',' => three && !next.is_some_and(|d| d.is_ascii_digit()),
        '，' => three && matches!(next, Some('.' | ',' | '，')),
        _ => false,
    }
}

/// Digits at `i` (ASCII or full width, thousands separators, one decimal point): the number
/// and where it ends.
fn read_digits(chars: &[char], i: usize) -> Option<(Number, usize)> {
    let mut j = i;
    let mut text = String::new();
    while j < chars.len() {
        let ch = chars[j];
        if is_ascii_digit(ch) {
            text.push(digit_value(ch));
        } else if thousands_separator(chars, j) {
            // skipped
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
    Some((parse_digits(&text)?, j))
}

/// Neighbouring digits as a range, with the units after them: 三五 (3–5), 两三场, 五六百
/// (500–600), 八九亿, 三五佰. The second digit is one or two above the first.
fn neighbours(run: &[char]) -> Option<(Number, f64)> {
    let (a, b) = (digit(*run.first()?)?, digit(*run.get(1)?)?);
    if a == 0 || b <= a || b - a > 2 {
        return None;
    }
    let rest = &run[2..];
    if !rest
        .iter()
        .all(|&c| small_unit(c).is_some() || big_unit(c).is_some())
    {
        return None;
    }
    let unit = if rest.is_empty() {
        1.0
    } else {
        parse_chinese(rest)?.value
    };
    let number = Number {
        value: a as f64 * unit,
        place: unit,
    };
    Some((number, b as f64 * unit))
}

/// A Chinese numeral at `i`: the number, its end, and a second value for a range.
fn read_chinese(chars: &[char], i: usize) -> Option<(Number, usize, Option<f64>)> {
    let mut j = i;
    while j < chars.len() && is_numeral_char(chars[j]) {
        j += 1;
    }
    let run = &chars[i..j];
    if let Some((number, upper)) = neighbours(run) {
        return Some((number, j, Some(upper)));
    }
    // 近千场, 上千: a unit alone after 近 or 上 is one of it.
    if run.len() == 1 && i > 0 && matches!(chars[i - 1], '近' | '逾' | '超') {
        if let Some(u) = small_unit(run[0]).or_else(|| big_unit(run[0])) {
            return Some((Number { value: u, place: u }, j, None));
        }
    }
    // 百亿元, 千万人: 百 or 千 and a scale before a unit are one of them.
    if let Some(number) = bare_scale(chars, run, j) {
        return Some((number, j, None));
    }
    // Units alone are words, not numbers (万泉社区, 千万要): a numeral has a digit or starts
    // with 十 (or 廿, 卅).
    if !matches!(run[0], '十' | '拾' | '廿' | '卅' | '卌')
        && !run.iter().any(|&c| digit(c).is_some())
    {
        return None;
    }
    Some((parse_chinese(run)?, j, None))
}

/// 百亿, 千万 with no digit, right before a money unit (百亿元, 千万元; not 千万要, 百万吨): one
/// hundred or thousand of the scale.
fn bare_scale(chars: &[char], run: &[char], end: usize) -> Option<Number> {
    let [first @ ('百' | '千'), scales @ ..] = run else {
        return None;
    };
    if scales.is_empty() || !scales.iter().all(|c| matches!(c, '万' | '亿')) {
        return None;
    }
    // 百万吨化工基地 names a class of plant: only money is read so.
    if unit_at(&chars[end..])?.kind != super::ClaimKind::Money {
        return None;
    }
    let value = scales
        .iter()
        .filter_map(|&c| big_unit(c))
        .fold(small_unit(*first)?, |v, u| v * u);
    Some(Number {
        value,
        place: value,
    })
}

/// The scale after digits (3.5万, 1.3万亿, 300十万, 3.1千万, 15k, 30w, 177.1 亿): its
/// chars, factor and end. 千 of 千米 or 千克 is the unit's.
fn digit_scale(chars: &[char], mut end: usize) -> (String, f64, usize) {
    let (mut scale, mut factor) = (String::new(), 1.0);
    if chars.get(end) == Some(&' ') && chars.get(end + 1).and_then(|&c| big_unit(c)).is_some() {
        end += 1;
    }
    if let Some(&c @ ('k' | 'K' | 'w' | 'W')) = chars.get(end) {
        if !chars
            .get(end + 1)
            .is_some_and(|n| n.is_ascii_alphanumeric())
        {
            let f = if matches!(c, 'k' | 'K') { 1e3 } else { 1e4 };
            return (c.to_string(), f, end + 1);
        }
    }
    while end < chars.len() {
        let ch = chars[end];
        if let Some(u) = big_unit(ch) {
            factor *= u;
        } else if let Some(u) = small_unit(ch).filter(|_| {
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
    (scale, factor, end)
}

/// The big-unit chars that end a Chinese numeral, named as its scale (一百多万 → 万).
fn chinese_scale(chars: &[char]) -> String {
    let n = chars
        .iter()
        .rev()
        .take_while(|&&c| big_unit(c).is_some())
        .count();
    chars[chars.len() - n..].iter().collect()
}

/// Reads digits (with separators and decimals) or a Chinese numeral at `i`, with a trailing
/// scale (万, 亿, 万亿, 千万, k, w; 两个亿).
pub(crate) fn read_number(chars: &[char], i: usize) -> Option<NumberRead> {
    let c = *chars.get(i)?;
    let (mut number, end, chinese, mut upper) = if is_ascii_digit(c) {
        let (n, end) = read_digits(chars, i)?;
        (n, end, false, None)
    } else if is_numeral_char(c) && c != '点' {
        let (n, end, upper) = read_chinese(chars, i)?;
        (n, end, true, upper)
    } else {
        return None;
    };
    let (mut scale, mut factor, mut end) = if chinese {
        (chinese_scale(&chars[i..end]), 1.0, end)
    } else {
        digit_scale(chars, end)
    };
    // 两个亿, 三个多亿: a classifier before the scale.
    if chars.get(end) == Some(&'个') {
        if let Some(u) = chars.get(end + 1).and_then(|&c| big_unit(c)) {
            factor *= u;
            scale.push(chars[end + 1]);
            end += 2;
        }
    }
    number.value = scaled(number.value, factor);
    number.place *= factor;
    upper = upper.map(|u| scaled(u, factor));
    Some(NumberRead {
        number,
        end,
        scale: (!scale.is_empty()).then_some(scale),
        chinese,
        upper,
    })
}

/// `value × factor` without binary rounding: 4.06 × 10¹² is 4060000000000, not
/// 4059999999999.9995 (factors of ten are applied in decimal).
pub(crate) fn scaled(value: f64, factor: f64) -> f64 {
    let exp = factor.log10().round();
    if !(factor > 0.0 && 10f64.powi(exp as i32) == factor) {
        return value * factor;
    }
    // No text is needed where the product is exact: a factor of one, or a whole value below
    // 2^53 times a power of ten f64 holds exactly (10^22 at most): the product is then rounded
    // once, as the parse of the text is.
    let whole = value.fract() == 0.0 && value.abs() < 2f64.powi(53);
    if exp == 0.0 || (whole && (1.0..=22.0).contains(&exp)) {
        return value * factor;
    }
    format!("{value}e{exp}").parse().unwrap_or(value * factor)
}

/// The factor the end of a range lends its start (3到5万元: 万; 两到三仟: 仟; 十八至三十万:
/// 万): a lone digit takes all the units of a "digit + units" end, other numbers its scale.
pub(crate) fn range_factor(
    chars: &[char],
    first: &NumberRead,
    second: &NumberRead,
    at: usize,
) -> f64 {
    let text = &chars[at..second.end];
    let lone_digit = first.scale.is_none()
        && first.number.value.fract() == 0.0
        && (1.0..10.0).contains(&first.number.value);
    let lead = text.first().and_then(|&c| digit(c)).map(f64::from);
    let units_only = text.len() > 1
        && text[1..]
            .iter()
            .all(|&c| small_unit(c).is_some() || big_unit(c).is_some());
    if let (true, Some(d), true) = (lone_digit, lead, units_only) {
        return second.number.value / d.max(1.0);
    }
    if lone_digit && !second.chinese && second.scale.is_some() {
        let unscaled = text
            .iter()
            .take_while(|c| is_ascii_digit(**c) || **c == '.')
            .collect::<String>();
        if let Ok(v) = unscaled.parse::<f64>() {
            return second.number.value / v.max(f64::MIN_POSITIVE);
        }
    }
    second
        .scale
        .as_deref()
        .unwrap_or("")
        .chars()
        .map(|c| match c {
            'k' | 'K' => 1e3,
            'w' | 'W' => 1e4,
            _ => big_unit(c).unwrap_or(1.0),
        })
        .product()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scaled_is_the_decimal_product_without_its_text() {
        let by_text = |value: f64, factor: f64| -> f64 {
            let exp = factor.log10().round();
            match factor > 0.0 && 10f64.powi(exp as i32) == factor {
                true => format!("{value}e{exp}").parse().unwrap_or(value * factor),
                false => value * factor,
            }
        };
        let values = [
            0.0,
            -0.0,
            1.0,
            7.0,
            12.0,
            4.06,
            0.1,
            3.5,
            999.0,
            123_456_789.0,
            9_007_199_254_740_991.0,
            9_007_199_254_740_992.0,
            1e20,
            -42.0,
            f64::NAN,
            f64::INFINITY,
        ];
        let mut seed = 0x9E37_79B9_7F4A_7C15_u64;
        let mut more = Vec::new();
        for _ in 0..2000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            more.push((seed % 100_000_000_000) as f64);
            more.push((seed % 10_000) as f64 / 100.0);
        }
        for &v in values.iter().chain(&more) {
            for exp in -4..=24 {
                let f = 10f64.powi(exp);
                let (a, b) = (scaled(v, f), by_text(v, f));
                assert!(
                    a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan()),
                    "{v} × {f}"
                );
            }
            for f in [0.5, 2.0, 1.5e3] {
                assert_eq!(scaled(v, f).to_bits(), by_text(v, f).to_bits(), "{v} × {f}");
            }
        }
    }

    fn read(s: &str) -> (f64, Option<f64>, usize) {
        let chars: Vec<char> = s.chars().collect();
        let r = read_number(&chars, 0).unwrap_or_else(|| panic!("{s}"));
        (r.number.value, r.upper, r.end)
    }

    #[test]
    fn neighbouring_numerals_are_ranges() {
        assert_eq!(read("三五天"), (3.0, Some(5.0), 2));
        assert_eq!(read("八九亿韩元"), (8e8, Some(9e8), 3));
        assert_eq!(read("三五佰块"), (300.0, Some(500.0), 3));
        assert_eq!(read("五六十万"), (5e5, Some(6e5), 4));
        // A year written digit by digit is one number.
        assert_eq!(read("二〇二三年"), (2023.0, None, 4));
    }

    #[test]
    fn colloquial_scales_and_classifiers() {
        assert_eq!(read("15k左右"), (15000.0, None, 3));
        assert_eq!(read("30w上下"), (300000.0, None, 3));
        assert_eq!(read("两个亿卢布"), (2e8, None, 3));
        assert_eq!(read("177.1 亿元"), (1.771e10, None, 7));
        assert_eq!(read("82，225.00元"), (82225.0, None, 9));
        // A code with letters after the digits is not scaled.
        assert_eq!(read("5kg"), (5.0, None, 1));
        // A list with full-width commas is not one number.
        assert_eq!(read("12，345人").0, 12.0);
    }

    #[test]
    fn old_forms_of_tens() {
        assert_eq!(read("廿三日"), (23.0, None, 2));
        assert_eq!(read("兩千人"), (2000.0, None, 2));
    }

    #[test]
    fn range_ends_lend_their_scale() {
        let f = |a: &str, b: &str| {
            let chars: Vec<char> = format!("{a}到{b}").chars().collect();
            let first = read_number(&chars, 0).unwrap();
            let at = first.end + 1;
            let second = read_number(&chars, at).unwrap();
            range_factor(&chars, &first, &second, at)
        };
        assert_eq!(f("两", "三仟"), 1000.0);
        assert_eq!(f("3", "5万"), 1e4);
        assert_eq!(f("十八", "三十万"), 1e4);
        assert_eq!(f("两", "3百"), 100.0);
        assert_eq!(f("10", "15k"), 1e3);
    }
}
