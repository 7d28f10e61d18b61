//! Money: currencies by name or symbol (before or after the amount), and the 角/分/毛 and
//! 整 that follow a yuan amount.

use super::numeral::{digit, parse_chinese};
use super::read::{is_ascii_digit, read_number};
use super::units::{name_at, NAMES};

/// Currency symbols written before an amount.
#[rustfmt::skip]
const SYMBOLS: &[(&str, &str)] = &[
    ("HK$", "HKD"), ("US$", "USD"), ("NT$", "TWD"), ("S$", "SGD"), ("A$", "AUD"), ("C$", "CAD"),
    ("$", "USD"), ("¥", "CNY"), ("￥", "CNY"), ("€", "EUR"), ("£", "GBP"), ("₩", "KRW"),
    ("₽", "RUB"), ("₹", "INR"),
];

/// The code of a currency named or symbolised right before `at` (港币两千元, 人民币 500元,
/// HK$300), with where that name starts.
pub fn before(chars: &[char], at: usize) -> Option<(&'static str, usize)> {
    let end = if at > 0 && chars[at - 1] == ' ' {
        at - 1
    } else {
        at
    };
    let head = &chars[..end];
    NAMES
        .iter()
        .chain(SYMBOLS)
        .filter(|(n, _)| super::units::ends_with(head, n))
        .max_by_key(|(n, _)| n.len())
        .map(|(n, code)| (*code, end - n.chars().count()))
}

/// The code of a currency symbol right before `at` (HK$300, €20亿): an amount after one is
/// money even with no unit.
pub fn symbol_before(chars: &[char], at: usize) -> Option<&'static str> {
    SYMBOLS
        .iter()
        .find(|(s, _)| super::units::ends_with(&chars[..at], s))
        .map(|(_, code)| *code)
}

/// The currency a money unit names (元 and 块 are yuan; 美元 is USD).
pub fn of_unit(unit: &str) -> Option<&'static str> {
    let chars: Vec<char> = unit.chars().collect();
    let start = chars
        .iter()
        .position(|&c| !matches!(c, '万' | '亿' | '千'))
        .unwrap_or(0);
    match name_at(&chars[start..]) {
        Some((name, code)) if name.chars().count() == chars.len() - start => Some(code),
        _ if matches!(&chars[start..], ['元'] | ['块'] | ['块', '钱'] | ['圆']) => Some("CNY"),
        _ => None,
    }
}

/// The jiao and fen after a yuan amount (一角七分, 六角七分钱, 三毛, 1角1分) or its 整: the
/// value they add and how many chars they take.
pub fn fractions(chars: &[char]) -> (f64, usize) {
    let mut add = 0.0;
    let mut at = 0;
    for (marks, worth) in [(&['角', '毛'][..], 0.1), (&['分'][..], 0.01)] {
        let Some((value, len)) = small_amount(&chars[at..]) else {
            break;
        };
        let mark = at + len;
        if !chars.get(mark).is_some_and(|c| marks.contains(c)) || chars.get(mark + 1) == Some(&'之')
        {
            continue;
        }
        add += value * worth;
        at += len + 1;
    }
    if at > 0 && chars.get(at) == Some(&'钱') {
        at += 1;
    }
    if at == 0 && chars.first() == Some(&'整') {
        at = 1;
    }
    ((add * 100.0).round() / 100.0, at)
}

/// One digit (or 零 and a digit) that counts jiao or fen.
fn small_amount(chars: &[char]) -> Option<(f64, usize)> {
    let first = *chars.first()?;
    if first == '零' {
        let (v, n) = small_amount(&chars[1..])?;
        return Some((v, n + 1));
    }
    if is_ascii_digit(first) {
        let r = read_number(chars, 0)?;
        return (r.end == 1).then_some((r.number.value, 1));
    }
    digit(first)?;
    Some((parse_chinese(&chars[..1])?.value, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn jiao_and_fen_follow_yuan() {
        let (v, n) = fractions(&chars("一角七分"));
        assert!((v - 0.17).abs() < 1e-9 && n == 4);
        let (v, n) = fractions(&chars("六角七分钱"));
        assert!((v - 0.67).abs() < 1e-9 && n == 5);
        assert_eq!(fractions(&chars("三毛")), (0.3, 2));
        let (v, n) = fractions(&chars("零五分"));
        assert!((v - 0.05).abs() < 1e-9 && n == 3);
        assert_eq!(fractions(&chars("整")), (0.0, 1));
        // 分 of a duration or a score is not a fen.
        assert_eq!(fractions(&chars("的")), (0.0, 0));
        assert_eq!(fractions(&chars("三分之一")).1, 0);
    }

    #[test]
    fn currencies_by_name_and_symbol() {
        assert_eq!(name_at(&chars("新台币")), Some(("新台币", "TWD")));
        assert_eq!(name_at(&chars("台币")), Some(("台币", "TWD")));
        assert_eq!(before(&chars("港币"), 2), Some(("HKD", 0)));
        assert_eq!(before(&chars("约HK$"), 4), Some(("HKD", 1)));
        assert_eq!(before(&chars("人民币 "), 4), Some(("CNY", 0)));
        assert_eq!(of_unit("亿元"), Some("CNY"));
        assert_eq!(of_unit("美元"), Some("USD"));
        assert_eq!(of_unit("块钱"), Some("CNY"));
        assert_eq!(of_unit("人"), None);
    }
}
