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

/// Words of money: a scaled amount with no unit after one of them in its clause is a sum
/// (拟套现5.5亿, 欠债4000万, 指导价8.99万; 扣非…0.18亿), not a count.
#[rustfmt::skip]
const MONEY_WORDS: &[&str] = &[
    "套现", "欠债", "欠款", "负债", "债务", "融资", "募资", "筹资", "投资", "出资", "增资",
    "注资", "营收", "收入", "利润", "净利", "扣非", "亏损", "盈利", "赔偿", "罚款", "罚金",
    "资金", "金额", "价", "薪", "估值", "市值", "票房", "奖金", "耗资", "贷款", "补贴",
    "拨款", "成本", "身价", "交易额", "销售额", "成交额", "营业额", "借款", "存款",
];

/// Words right after a scaled amount that make it a sum (1.6亿合同, 3000万年薪).
const MONEY_AFTER: &[&str] = &["合同", "的合同", "年薪", "的年薪", "奖金", "的奖金"];

/// How far back in its clause a money word is looked for.
const MONEY_REACH: usize = 10;

/// Whether a scaled amount with no unit over `start..end` is a sum of money: a money word
/// (`MONEY_WORDS`) ends within `MONEY_REACH` chars before it in its clause (not 投资者, an
/// investor), or one of `MONEY_AFTER` follows it.
pub fn cued(chars: &[char], start: usize, end: usize) -> bool {
    let after = &chars[end.min(chars.len())..];
    if MONEY_AFTER
        .iter()
        .any(|w| super::units::starts_with(after, w))
    {
        return true;
    }
    let lo = start.saturating_sub(MONEY_REACH);
    let clause = chars[lo..start]
        .iter()
        .rposition(|&c| "，,；;。！？：:、\n".contains(c))
        .map_or(lo, |p| lo + p + 1);
    (clause..start).any(|e| {
        MONEY_WORDS.iter().any(|w| {
            super::units::ends_with(&chars[clause..=e], w)
                && !matches!(chars.get(e + 1), Some('者' | '人' | '方'))
        })
    })
}

/// The currency a money unit names (元 and 块 are yuan; 美元 is USD).
pub fn of_unit(unit: &str) -> Option<&'static str> {
    let chars: Vec<char> = unit.chars().collect();
    let start = chars
        .iter()
        .position(|&c| !matches!(c, '万' | '亿' | '千'))
        .unwrap_or(0);
    if let Some((_, code)) = super::units::CENTS.iter().find(|(c, _)| *c == unit) {
        return Some(code);
    }
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
    fn scaled_amounts_after_money_words_are_sums() {
        let cued_at = |text: &str, number: &str| {
            let c = chars(text);
            let start = text
                .find(number)
                .map(|b| text[..b].chars().count())
                .unwrap();
            cued(&c, start, start + number.chars().count())
        };
        assert!(cued_at(
            "实控人方拟套现5.5亿 扣非亏3年后去年0.18亿",
            "5.5亿"
        ));
        assert!(cued_at(
            "实控人方拟套现5.5亿 扣非亏3年后去年0.18亿",
            "0.18亿"
        ));
        assert!(cued_at("中书控股公司欠债4000万拒不还款", "4000万"));
        assert!(cued_at("分别是指导价8.99万的哈弗H2", "8.99万"));
        assert!(cued_at("当初火箭队1.6亿合同给保罗", "1.6亿"));
        // No money word in the clause, an investor, or one in the clause before.
        assert!(!cued_at("全国人口14亿", "14亿"));
        assert!(!cued_at("个人投资者2亿", "2亿"));
        assert!(!cued_at("收入增长，覆盖1200万", "1200万"));
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
