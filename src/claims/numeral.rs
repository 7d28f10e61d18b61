//! Numbers written in digits or Chinese numerals: their value and the place of their last
//! stated digit (2300 → 100, 9万 → 10000, 一百 → 100), which bounds "2300余" and "9万多".

/// A parsed number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    /// The value.
    pub value: f64,
    /// Place value of the last non-zero stated digit.
    pub place: f64,
}

/// Value of a Chinese digit (including financial capitals and 两/〇).
pub fn digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' | '○' => 0,
        '一' | '壹' | '幺' => 1,
        '二' | '两' | '兩' | '贰' | '貳' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// Value of a Chinese unit inside a section (十, 百, 千).
pub fn small_unit(c: char) -> Option<f64> {
    Some(match c {
        '十' | '拾' => 10.0,
        '百' | '佰' => 100.0,
        '千' | '仟' => 1000.0,
        _ => return None,
    })
}

/// Value of a Chinese section unit (万, 亿).
pub fn big_unit(c: char) -> Option<f64> {
    Some(match c {
        '万' | '萬' => 1e4,
        '亿' | '億' => 1e8,
        _ => return None,
    })
}

/// Chars that can be part of a Chinese numeral. Hot loops test every char of a text, so the
/// answer is one look-up in a table of the Basic Multilingual Plane (where they all are), not
/// a cascade of comparisons that random ideographs mispredict.
pub fn is_numeral_char(c: char) -> bool {
    static TABLE: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut bits = vec![0u64; 1024];
        for c in (0..0x10000)
            .filter_map(char::from_u32)
            .filter(|&c| numeral_char(c))
        {
            bits[c as usize / 64] |= 1 << (c as usize % 64);
        }
        bits
    });
    let c = c as usize;
    c < 0x10000 && table[c / 64] & (1 << (c % 64)) != 0
}

fn numeral_char(c: char) -> bool {
    digit(c).is_some()
        || small_unit(c).is_some()
        || big_unit(c).is_some()
        || tens(c).is_some()
        || c == '点'
}

/// The tens written as one char: 廿 (20), 卅 (30), 卌 (40).
fn tens(c: char) -> Option<&'static [char]> {
    Some(match c {
        '廿' => &['二', '十'],
        '卅' => &['三', '十'],
        '卌' => &['四', '十'],
        _ => return None,
    })
}

/// Digits read one by one (二〇二三 → 2023).
fn digit_by_digit(chars: &[char]) -> Number {
    let value = chars
        .iter()
        .fold(0.0, |v, &c| v * 10.0 + digit(c).unwrap_or(0) as f64);
    let zeros = chars
        .iter()
        .rev()
        .take_while(|&&c| digit(c) == Some(0))
        .count();
    Number {
        value,
        place: 10f64.powi(zeros as i32),
    }
}

/// A Chinese decimal (三百四十点零零三四, 零点零零三四二万) whose point is at `dot`.
fn parse_decimal(chars: &[char], dot: usize) -> Option<Number> {
    let whole = if dot == 0 {
        Number {
            value: 0.0,
            place: 1.0,
        }
    } else {
        parse_chinese(&chars[..dot])?
    };
    // Scale chars after the decimals apply to the whole: 零点零零三四二万 is 34.2.
    let digits_end = chars.len()
        - chars
            .iter()
            .rev()
            .take_while(|&&c| big_unit(c).is_some())
            .count();
    let factor: f64 = chars[digits_end..]
        .iter()
        .filter_map(|&c| big_unit(c))
        .product();
    let mut frac = 0.0;
    let mut scale = 0.1;
    for &c in &chars[dot + 1..digits_end] {
        frac += digit(c)? as f64 * scale;
        scale /= 10.0;
    }
    let decimals = digits_end - dot - 1;
    Some(Number {
        value: (whole.value + frac) * factor,
        place: 10f64.powi(-(decimals as i32)) * factor,
    })
}

/// Parses a Chinese numeral (一千零一十, 两千三百, 二〇二三, 三百四十点零零三四, 一亿二千万).
pub fn parse_chinese(chars: &[char]) -> Option<Number> {
    if chars.is_empty() {
        return None;
    }
    if chars.iter().any(|&c| tens(c).is_some()) {
        let spelled: Vec<char> = chars
            .iter()
            .flat_map(|&c| tens(c).map_or(vec![c], <[char]>::to_vec))
            .collect();
        return parse_chinese(&spelled);
    }
    if let Some(dot) = chars.iter().position(|&c| c == '点') {
        return parse_decimal(chars, dot);
    }
    // A run of digits with no unit is read digit by digit (二〇二三).
    if chars.len() > 1 && chars.iter().all(|&c| digit(c).is_some()) {
        return Some(digit_by_digit(chars));
    }
    let (mut total, mut section, mut pending) = (0.0, 0.0, None::<f64>);
    let mut place = 1.0;
    let mut last_unit = 1.0;
    let mut after_digit = false;
    for &c in chars {
        if let Some(d) = digit(c) {
            pending = match pending {
                // Digits in a row are read one by one: 三零万 is 30万.
                Some(p) if after_digit => Some(p * 10.0 + d as f64),
                // 零 after a unit only holds a place: 一千零十 is 1010.
                _ => (d != 0).then_some(d as f64),
            };
            if d != 0 {
                place = 1.0;
            }
            after_digit = pending.is_some();
            continue;
        } else if let Some(u) = small_unit(c) {
            let n = pending.take().unwrap_or(1.0);
            // 十七百 is 1700: a unit larger than the section so far multiplies all of it.
            section = if section > 0.0 && section < u {
                (section + n) * u
            } else {
                section + n * u
            };
            place = u;
            last_unit = u;
        } else if let Some(u) = big_unit(c) {
            let value = section
                + pending.take().unwrap_or(if section == 0.0 && total == 0.0 {
                    1.0
                } else {
                    0.0
                });
            if u > 1e4 && total > 0.0 && total < u {
                // 万亿: the whole so far is scaled again.
                total = (total + value) * u;
            } else {
                total += value * u;
            }
            place *= u;
            section = 0.0;
            last_unit = u;
        } else {
            return None;
        }
        after_digit = false;
    }
    if let Some(d) = pending {
        (section, place) = trailing_digit(chars, d, last_unit, section, place);
    }
    Some(Number {
        value: total + section,
        place,
    })
}

/// A numeral's last digit `d` added to its `section`: after a unit it is the next place down
/// (四千三 = 4300, 三万二 = 32000), else units. Returns the section and its place.
fn trailing_digit(chars: &[char], d: f64, last_unit: f64, section: f64, place: f64) -> (f64, f64) {
    let prev = chars.len().checked_sub(2).map(|p| chars[p]);
    let abbreviated =
        prev.is_some_and(|c| small_unit(c).is_some() || big_unit(c).is_some()) && d != 0.0;
    if abbreviated && last_unit >= 100.0 {
        let down = last_unit / 10.0;
        (section + d * down, down)
    } else {
        (section + d, if d != 0.0 { 1.0 } else { place })
    }
}

/// Parses digits with optional thousands separators and decimals (1,234.5).
pub fn parse_digits(text: &str) -> Option<Number> {
    let clean: String = text.chars().filter(|&c| c != ',').collect();
    let value: f64 = clean.parse().ok()?;
    let place = match clean.split_once('.') {
        Some((_, frac)) => 10f64.powi(-(frac.len() as i32)),
        None => {
            let zeros = clean.chars().rev().take_while(|&c| c == '0').count();
            if zeros == clean.len() {
                1.0
            } else {
                10f64.powi(zeros as i32)
            }
        }
    };
    Some(Number { value, place })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeral_table_agrees_with_the_lists() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_numeral_char(c), numeral_char(c), "{c:?}");
        }
        assert!(is_numeral_char('两') && is_numeral_char('億') && !is_numeral_char('党'));
    }

    fn cn(s: &str) -> f64 {
        parse_chinese(&s.chars().collect::<Vec<_>>())
            .unwrap_or_else(|| panic!("{s}"))
            .value
    }

    #[test]
    fn chinese_numerals() {
        for (s, v) in [
            ("零", 0.0),
            ("十", 10.0),
            ("十一", 11.0),
            ("一十一", 11.0),
            ("一百零一", 101.0),
            ("一千零一十", 1010.0),
            ("一千零十一", 1011.0),
            ("两千三百", 2300.0),
            ("一万一千一百一十一", 11111.0),
            ("一亿一千一百一十一万一千一百一十一", 111111111.0),
            ("二〇二三", 2023.0),
            ("三百四十点零零三四", 340.0034),
            ("四千三", 4300.0),
            ("三万二", 32000.0),
            ("伍亿柒仟万拾柒", 570000017.0),
            ("一万亿", 1e12),
            ("七", 7.0),
            ("零点零零三四二万", 34.2),
            ("三零万二零千", 320000.0),
            ("五亿七千万十七百", 570001700.0),
            ("廿三", 23.0),
            ("卅", 30.0),
            ("兩千", 2000.0),
            ("二○一八", 2018.0),
        ] {
            assert!((cn(s) - v).abs() < 1e-6, "{s}: {} != {v}", cn(s));
        }
    }

    #[test]
    fn places_bound_approximate_numbers() {
        assert_eq!(parse_digits("2300").unwrap().place, 100.0);
        assert_eq!(parse_digits("75.8").unwrap().place, 0.1);
        assert_eq!(parse_digits("1,200").unwrap().value, 1200.0);
        assert_eq!(
            parse_chinese(&"一百".chars().collect::<Vec<_>>())
                .unwrap()
                .place,
            100.0
        );
        assert_eq!(
            parse_chinese(&"两千三百".chars().collect::<Vec<_>>())
                .unwrap()
                .place,
            100.0
        );
    }
}
