//! Units and classifiers after a number, and the qualifiers around it: tables, longest first.

use super::ClaimKind;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// A unit: its text, the kind of claim it makes, and the factor to base units.
#[derive(Debug, Clone, Copy)]
pub struct ClaimUnit {
    /// The unit as written.
    pub text: &'static str,
    /// The kind of claim it makes.
    pub kind: ClaimKind,
    /// The factor to base units (亿元 → 1e8).
    pub factor: f64,
}

const fn u(text: &'static str, kind: ClaimKind, factor: f64) -> ClaimUnit {
    ClaimUnit { text, kind, factor }
}

use ClaimKind::*;

/// Units, longest first within each shared prefix (matching takes the first that fits).
#[rustfmt::skip]
pub const UNITS: &[ClaimUnit] = &[
    u("个百分点", PercentagePoint, 1.0), u("百分点", PercentagePoint, 1.0),
    u("个基点", BasisPoint, 1.0), u("基点", BasisPoint, 1.0),
    u("%", Percent, 1.0), u("％", Percent, 1.0), u("‰", Ratio, 0.001), u("‱", Ratio, 0.0001),
    u("倍", Multiple, 1.0),
    u("万亿元", Money, 1e12), u("亿元", Money, 1e8), u("万元", Money, 1e4), u("千元", Money, 1e3), u("元", Money, 1.0),
    u("圆", Money, 1.0), u("块钱", Money, 1.0), u("块", Money, 1.0),
    u("个工作日", Duration, 1.0), u("个月", Duration, 1.0), u("个小时", Duration, 1.0), u("小时", Duration, 1.0),
    u("分钟", Duration, 1.0), u("季度", Duration, 1.0), u("周岁", Duration, 1.0), u("岁", Duration, 1.0), u("周年", Duration, 1.0), u("年", Duration, 1.0), u("天", Duration, 1.0), u("周", Duration, 1.0),
    u("亿股", Count, 1e8), u("万股", Count, 1e4), u("股", Count, 1.0),
    u("人次", Count, 1.0), u("户次", Count, 1.0), u("架次", Count, 1.0), u("余人", Count, 1.0),
    // Round 21: counts of trips and runs (辆次, 班次 …) before their one-char classifier.
    u("辆次", Count, 1.0), u("艘次", Count, 1.0), u("车次", Count, 1.0), u("班次", Count, 1.0),
    u("航次", Count, 1.0), u("批次", Count, 1.0), u("场次", Count, 1.0), u("件次", Count, 1.0),
    u("台次", Count, 1.0), u("人公里", Quantity, 1.0),
    u("个", Count, 1.0), u("名", Count, 1.0), u("家", Count, 1.0), u("项", Count, 1.0), u("次", Count, 1.0),
    u("人", Count, 1.0), u("户", Count, 1.0), u("件", Count, 1.0), u("所", Count, 1.0), u("座", Count, 1.0),
    u("条", Count, 1.0), u("只", Count, 1.0), u("头", Count, 1.0), u("台", Count, 1.0), u("辆", Count, 1.0),
    u("架", Count, 1.0), u("艘", Count, 1.0), u("套", Count, 1.0), u("处", Count, 1.0), u("批", Count, 1.0),
    u("场", Count, 1.0), u("篇", Count, 1.0), u("部", Count, 1.0), u("种", Count, 1.0), u("类", Count, 1.0),
    u("支", Count, 1.0), u("张", Count, 1.0), u("份", Count, 1.0), u("宗", Count, 1.0), u("起", Count, 1.0),
    u("间", Count, 1.0), u("栋", Count, 1.0), u("位", Count, 1.0), u("例", Count, 1.0), u("枚", Count, 1.0),
    u("株", Count, 1.0), u("棵", Count, 1.0), u("口", Count, 1.0), u("片", Count, 1.0), u("亿人", Count, 1e8),
    u("班", Count, 1.0), u("根", Count, 1.0), u("列", Count, 1.0), u("门", Count, 1.0), u("趟", Count, 1.0),
    u("颗", Count, 1.0), u("幅", Count, 1.0), u("册", Count, 1.0), u("匹", Count, 1.0), u("尾", Count, 1.0),
    u("笔", Count, 1.0), u("瓶", Count, 1.0),
    // Round 22: models of a product (3款车型; 2019款 is a model year, `filters`).
    u("款", Count, 1.0), u("组", Count, 1.0),
    u("标准煤", Quantity, 1.0), u("千瓦时", Quantity, 1.0), u("千瓦", Quantity, 1.0),
    u("兆瓦", Quantity, 1.0), u("吨公里", Quantity, 1.0), u("吨标准煤", Quantity, 1.0),
    u("平方公里", Quantity, 1.0), u("平方米", Quantity, 1.0), u("立方米", Quantity, 1.0), u("公里", Quantity, 1.0),
    u("千米", Quantity, 1.0), u("公顷", Quantity, 1.0), u("公斤", Quantity, 1.0), u("千克", Quantity, 1.0),
    u("吨", Quantity, 1.0), u("斤", Quantity, 1.0), u("亩", Quantity, 1.0), u("米", Quantity, 1.0),
    u("标箱", Quantity, 1.0), u("标准箱", Quantity, 1.0), u("摄氏度", Quantity, 1.0), u("℃", Quantity, 1.0),
    u("度", Quantity, 1.0), u("升", Quantity, 1.0), u("克", Quantity, 1.0), u("桶", Quantity, 1.0),
    u("盎司", Quantity, 1.0), u("吉瓦", Quantity, 1.0), u("兆瓦时", Quantity, 1.0), u("立方", Quantity, 1.0),
    // Round 21: lengths, volumes and masses of news and science text.
    u("毫米", Quantity, 1.0), u("毫升", Quantity, 1.0), u("毫克", Quantity, 1.0), u("厘米", Quantity, 1.0),
    u("公分", Quantity, 1.0), u("英尺", Quantity, 1.0), u("英里", Quantity, 1.0),
    u("海里", Quantity, 1.0), u("微克", Quantity, 1.0), u("微米", Quantity, 1.0),
    u("秒钟", Duration, 1.0), u("秒", Duration, 1.0),
    // Cents, in their currency's base unit (the code is in `CENTS`).
    u("美分", Money, 0.01), u("欧分", Money, 0.01), u("便士", Money, 0.01), u("分钱", Money, 0.01),
    u("毛钱", Money, 0.1), u("角钱", Money, 0.1),
];

/// What a qualifier says about the number.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// As stated.
    Exact,
    /// About (约, 左右): ± half a unit of the last stated place.
    Approx,
    /// Nearly (近, 接近): just under.
    Nearly,
    /// More than (超过, 突破, 逾).
    MoreThan,
    /// At least (以上, 不少于).
    AtLeast,
    /// Less than (不到, 不足).
    LessThan,
    /// At most (以下, 以内, 不超过).
    AtMost,
    /// And some (余, 多): up to the next unit of its place.
    Plus,
    /// A range (3至5, 三五).
    Range,
    /// A vague amount (数十亿, 几百): one to ten of its scale.
    Vague,
}

use Qualifier::*;

/// Qualifiers right before a number, longest first.
#[rustfmt::skip]
pub const BEFORE: &[(&str, Qualifier)] = &[
    ("不超过", AtMost), ("不高于", AtMost), ("不多于", AtMost), ("最多", AtMost),
    ("不少于", AtLeast), ("不低于", AtLeast), ("至少", AtLeast), ("最少", AtLeast),
    ("不到", LessThan), ("不足", LessThan), ("低于", LessThan), ("少于", LessThan), ("小于", LessThan),
    ("突破", MoreThan), ("超过", MoreThan), ("高于", MoreThan), ("多于", MoreThan), ("大于", MoreThan), ("超", MoreThan), ("逾", MoreThan),
    ("将近", Nearly), ("接近", Nearly), ("近", Nearly),
    ("大约", Approx), ("约", Approx), ("大概", Approx),
];

/// Qualifiers after a number (and its unit), longest first.
#[rustfmt::skip]
pub const AFTER: &[(&str, Qualifier)] = &[
    ("以上", AtLeast), ("以下", AtMost), ("以内", AtMost), ("之内", AtMost),
    ("左右", Approx), ("上下", Approx), ("不到", LessThan),
];

/// Range separators between two numbers.
pub fn is_range_separator(c: char) -> bool {
    matches!(c, '至' | '到' | '~' | '～' | '—' | '－' | '-' | '–')
}

/// The unit at the start of `chars`, if any: a currency name first (台币 before 台), then
/// the table; 股东 and 股份 are words, and 块 before a noun counts pieces (三块地), not yuan.
pub fn unit_at(chars: &[char]) -> Option<ClaimUnit> {
    if let Some((name, _)) = name_at(chars) {
        let next = chars.get(name.chars().count()).copied();
        return (!word_after(name, next)).then_some(u(name, Money, 1.0));
    }
    let found = *units_from(*chars.first()?)
        .iter()
        .map(|&i| &UNITS[i])
        .find(|u| starts_with(chars, u.text))?;
    let next = chars.get(found.text.chars().count()).copied();
    if word_after(found.text, next) {
        return None;
    }
    let noun = next.is_some_and(|c| {
        crate::clean::chars::is_han(c)
            && !"钱毛角".contains(c)
            && !super::numeral::is_numeral_char(c)
    });
    match found.text {
        "股" | "万股" | "亿股" if next.is_some_and(|c| "东份权票本价市民".contains(c)) => {
            None
        }
        "块" if noun => Some(u("块", Count, 1.0)),
        _ => Some(found),
    }
}

/// Chars that may follow a duration's 多 or 余 (两年多来, 8年多的, 一年多，): past them the
/// 多 would open a word (3年多次, 5天多地).
const AFTER_PLUS: &str = "来前后的时里中了间以";

/// 多, 余 or 半 written inside or after a duration's unit: 8个多月, 3个半小时, 8年多, 一年半.
/// Returns the unit (个月, 个小时, 年 …), the chars it takes with the 多/余/半, and whether it
/// is 半 (a half, added to the number) rather than 多/余 (and some).
pub fn split_duration_at(chars: &[char]) -> Option<(ClaimUnit, usize, bool)> {
    if let ['个', mid @ ('多' | '余' | '半'), rest @ ..] = chars {
        let unit = ["月", "小时"].into_iter().find(|w| starts_with(rest, w))?;
        let whole = if unit == "月" { "个月" } else { "个小时" };
        return Some((
            u(whole, Duration, 1.0),
            2 + unit.chars().count(),
            *mid == '半',
        ));
    }
    let unit = unit_at(chars).filter(|u| u.kind == Duration && u.text != "周年")?;
    let len = unit.text.chars().count();
    match chars.get(len).copied()? {
        '半' if matches!(unit.text, "年" | "天") => Some((unit, len + 1, true)),
        '多' | '余' => {
            let next = chars.get(len + 1).copied();
            let ends =
                next.is_none_or(|c| !crate::clean::chars::is_han(c) || AFTER_PLUS.contains(c));
            ends.then_some((unit, len + 1, false))
        }
        _ => None,
    }
}

/// Whether `chars` (what follows a 个) goes on with a list whose last item is in percentage
/// points: 12.7个、12个百分点, 0.5个、0.3个和0.2个百分点 (the first items' unit is elided; 个
/// there is no count). At most eight items are looked at.
pub fn elided_points(chars: &[char]) -> bool {
    let mut k = 0;
    for _ in 0..8 {
        if !chars.get(k).is_some_and(|c| "、和与及".contains(*c)) {
            return false;
        }
        k += 1;
        let from = k;
        while chars
            .get(k)
            .is_some_and(|&c| c.is_ascii_digit() || c == '.' || super::numeral::is_numeral_char(c))
        {
            // 0.8百分点: 百 opens the unit, it is no numeral.
            if k > from && starts_with(&chars[k..], "百分点") {
                return true;
            }
            k += 1;
        }
        if k == from {
            return false;
        }
        if starts_with(&chars[k..], "个百分点") {
            return true;
        }
        if chars.get(k) != Some(&'个') {
            return false;
        }
        k += 1;
    }
    false
}

/// The indices of the units that start with `first`, in table order.
fn units_from(first: char) -> &'static [usize] {
    static BY_FIRST: OnceLock<FxHashMap<char, Vec<usize>>> = OnceLock::new();
    let by_first = BY_FIRST.get_or_init(|| {
        let mut map: FxHashMap<char, Vec<usize>> = FxHashMap::default();
        for (i, u) in UNITS.iter().enumerate() {
            if let Some(c) = u.text.chars().next() {
                map.entry(c).or_default().push(i);
            }
        }
        map
    });
    by_first.get(&first).map_or(&[], Vec::as_slice)
}

/// The after-qualifier at the start of `chars`, if any.
pub fn after_at(chars: &[char]) -> Option<(&'static str, Qualifier)> {
    AFTER.iter().copied().find(|(t, _)| starts_with(chars, t))
}

/// Words ending in a one-char qualifier that are no qualifier (节约30%, 附近3公里).
const NOT_QUALIFIERS: &[&str] = &[
    "节约", "制约", "条约", "合约", "预约", "契约", "公约", "签约", "履约", "违约", "邀约", "相约",
    "最近", "附近", "邻近", "临近", "靠近", "亲近", "就近", "赶超",
];

/// Negations that turn a comparison before a number into the opposite bound: 不得超20% is at
/// most 20%, 不能低于 at least (不超过, 不低于 … are in [`BEFORE`] whole).
const NEGATIONS: &[&str] = &["不得", "不能", "不会", "不应", "不宜", "不可", "未", "不"];

/// The before-qualifier that ends exactly at the end of `chars`, if any; a comparison after a
/// negation (`NEGATIONS`) is the opposite bound.
pub fn before_at(chars: &[char]) -> Option<(&'static str, Qualifier)> {
    if NOT_QUALIFIERS.iter().any(|w| ends_with(chars, w)) {
        return None;
    }
    let (text, q) = BEFORE.iter().copied().find(|(t, _)| ends_with(chars, t))?;
    let rest = &chars[..chars.len() - text.chars().count()];
    let negated = || NEGATIONS.iter().any(|n| ends_with(rest, n));
    let q = match q {
        MoreThan if negated() => AtMost,
        LessThan if negated() => AtLeast,
        q => q,
    };
    Some((text, q))
}

/// Whether `chars` starts with `text`.
pub fn starts_with(chars: &[char], text: &str) -> bool {
    let mut it = chars.iter();
    text.chars().all(|c| it.next() == Some(&c))
}

/// Whether `chars` ends with `text`.
pub fn ends_with(chars: &[char], text: &str) -> bool {
    // Compared from the end: no count, and most fail at the first char.
    let mut rest = chars.iter().rev();
    text.chars().rev().all(|c| rest.next() == Some(&c))
}

/// Currency names and their ISO codes, longest first where one begins another.
#[rustfmt::skip]
pub const NAMES: &[(&str, &str)] = &[
    ("人民币", "CNY"),
    ("美元", "USD"), ("美金", "USD"), ("欧元", "EUR"), ("英镑", "GBP"),
    ("港元", "HKD"), ("港币", "HKD"), ("新台币", "TWD"), ("台币", "TWD"),
    ("日元", "JPY"), ("日币", "JPY"), ("韩元", "KRW"), ("韩币", "KRW"), ("卢布", "RUB"),
    ("泰铢", "THB"), ("澳元", "AUD"), ("加元", "CAD"), ("新加坡元", "SGD"), ("新元", "SGD"),
    ("瑞士法郎", "CHF"), ("瑞郎", "CHF"), ("卢比", "INR"), ("澳门元", "MOP"), ("澳门币", "MOP"),
    ("林吉特", "MYR"), ("越南盾", "VND"), ("比索", "PHP"), ("里拉", "TRY"), ("兰特", "ZAR"),
    ("迪拉姆", "AED"), ("雷亚尔", "BRL"), ("坚戈", "KZT"), ("新西兰元", "NZD"), ("纽元", "NZD"),
    // Round 21: every world currency's Chinese name, bare where it names one currency and
    // with its country where several share it (卢比, 比索, 第纳尔 …), and the ISO codes.
    ("日圆", "JPY"), ("镑", "GBP"), ("澳币", "AUD"), ("澳大利亚元", "AUD"), ("加拿大元", "CAD"),
    ("印度卢比", "INR"), ("巴基斯坦卢比", "PKR"), ("斯里兰卡卢比", "LKR"), ("尼泊尔卢比", "NPR"),
    ("印尼盾", "IDR"), ("印度尼西亚盾", "IDR"), ("菲律宾比索", "PHP"), ("墨西哥比索", "MXN"),
    ("阿根廷比索", "ARS"), ("智利比索", "CLP"), ("哥伦比亚比索", "COP"), ("巴西雷亚尔", "BRL"),
    ("南非兰特", "ZAR"), ("土耳其里拉", "TRY"), ("里亚尔", "SAR"), ("沙特里亚尔", "SAR"),
    ("卡塔尔里亚尔", "QAR"), ("伊朗里亚尔", "IRR"), ("阿曼里亚尔", "OMR"), ("科威特第纳尔", "KWD"),
    ("约旦第纳尔", "JOD"), ("伊拉克第纳尔", "IQD"), ("巴林第纳尔", "BHD"),
    ("阿尔及利亚第纳尔", "DZD"), ("突尼斯第纳尔", "TND"), ("塞尔维亚第纳尔", "RSD"),
    ("阿联酋迪拉姆", "AED"), ("摩洛哥迪拉姆", "MAD"), ("埃及镑", "EGP"), ("奈拉", "NGN"),
    ("尼日利亚奈拉", "NGN"), ("肯尼亚先令", "KES"), ("坦桑尼亚先令", "TZS"), ("乌干达先令", "UGX"),
    ("埃塞俄比亚比尔", "ETB"), ("哈萨克斯坦坚戈", "KZT"), ("乌兹别克斯坦苏姆", "UZS"),
    ("吉尔吉斯斯坦索姆", "KGS"), ("格鲁吉亚拉里", "GEL"), ("蒙古图格里克", "MNT"), ("图格里克", "MNT"),
    ("格里夫纳", "UAH"), ("兹罗提", "PLN"), ("福林", "HUF"), ("瑞典克朗", "SEK"), ("挪威克朗", "NOK"),
    ("丹麦克朗", "DKK"), ("捷克克朗", "CZK"), ("冰岛克朗", "ISK"), ("列伊", "RON"), ("列弗", "BGN"),
    ("俄罗斯卢布", "RUB"), ("白俄罗斯卢布", "BYN"), ("孟加拉塔卡", "BDT"), ("塔卡", "BDT"),
    ("缅元", "MMK"), ("缅甸元", "MMK"), ("老挝基普", "LAK"), ("基普", "LAK"), ("柬埔寨瑞尔", "KHR"),
    ("马来西亚林吉特", "MYR"), ("马币", "MYR"), ("文莱元", "BND"), ("新谢克尔", "ILS"),
    ("谢克尔", "ILS"), ("阿富汗尼", "AFN"), ("越南盾", "VND"), ("特别提款权", "XDR"),
    ("CNY", "CNY"), ("RMB", "CNY"), ("USD", "USD"), ("EUR", "EUR"), ("HKD", "HKD"), ("JPY", "JPY"),
    ("GBP", "GBP"),
];

/// Cents after an amount and their currency (50美分, 3分钱, 五毛钱): the factor is in
/// [`UNITS`].
pub const CENTS: &[(&str, &str)] = &[
    ("美分", "USD"),
    ("欧分", "EUR"),
    ("便士", "GBP"),
    ("分钱", "CNY"),
    ("毛钱", "CNY"),
    ("角钱", "CNY"),
];

/// Chars after a one-char classifier (or unit) that make a word with it, so that it is no
/// unit there: 颗粒, 幅度, 册子, 匹配, 尾气, 笔记, 瓶装, 秒杀, 三秒区, and a digit after 秒 (9秒58,
/// a time), 满 after 日圆 (10日圆满闭幕: a date).
const WORD_AFTER: &[(&str, &str)] = &[
    ("颗", "粒"),
    ("幅", "度员"),
    ("册", "子"),
    ("匹", "配"),
    ("尾", "气声巴部端款数狐随货盘"),
    ("笔", "记者画试名墨下直触"),
    ("瓶", "装颈子"),
    ("秒", "杀懂变拍赞区0123456789"),
    ("周", "岁"),
    // 岁月, 岁末, 岁首, 岁数, 岁寒, 岁尾, 岁出 (a year's spending), 岁入.
    ("岁", "月末首数寒尾出入"),
    ("款", "项式额"),
    ("组", "织成建合团委员长别件装图"),
    ("日圆", "满"),
];

/// Whether `next` makes a word with the unit `text` (`WORD_AFTER`).
fn word_after(text: &str, next: Option<char>) -> bool {
    next.is_some_and(|n| {
        WORD_AFTER
            .iter()
            .any(|(t, after)| *t == text && after.contains(n))
    })
}

/// The currency name that starts `chars` and its code.
pub fn name_at(chars: &[char]) -> Option<(&'static str, &'static str)> {
    // Most chars start no name: one test of their low bits rules them out.
    const FIRSTS: u64 = {
        let mut names = [""; NAMES.len()];
        let mut i = 0;
        while i < NAMES.len() {
            names[i] = NAMES[i].0;
            i += 1;
        }
        crate::wordsets::first_bits(&names)
    };
    if chars
        .first()
        .is_none_or(|&c| FIRSTS & crate::wordsets::low_bit(c) == 0)
    {
        return None;
    }
    NAMES
        .iter()
        .filter(|(n, _)| starts_with(chars, n))
        .max_by_key(|(n, _)| n.len())
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn before(text: &str) -> Option<Qualifier> {
        before_at(&text.chars().collect::<Vec<_>>()).map(|(_, q)| q)
    }

    #[test]
    fn and_some_or_a_half_of_a_duration() {
        let split = |text: &str| {
            split_duration_at(&text.chars().collect::<Vec<_>>())
                .map(|(u, n, half)| (u.text, n, half))
        };
        assert_eq!(split("个多月的身孕"), Some(("个月", 3, false)));
        assert_eq!(split("个半小时"), Some(("个小时", 4, true)));
        assert_eq!(split("年多……"), Some(("年", 2, false)));
        assert_eq!(split("年多来"), Some(("年", 2, false)));
        assert_eq!(split("年半"), Some(("年", 2, true)));
        // 多 opening a word, a plain unit, a count.
        assert_eq!(split("年多次获奖"), None);
        assert_eq!(split("年来"), None);
        assert_eq!(split("个多家"), None);
        assert_eq!(split("周年多"), None);
    }

    #[test]
    fn units_and_currencies_of_every_corpus() {
        let unit =
            |text: &str| unit_at(&text.chars().collect::<Vec<_>>()).map(|u| (u.text, u.kind));
        // Names with their country, codes and cents.
        assert_eq!(
            name_at(&"卡塔尔里亚尔".chars().collect::<Vec<_>>()),
            Some(("卡塔尔里亚尔", "QAR"))
        );
        assert_eq!(
            name_at(&"印度卢比".chars().collect::<Vec<_>>()),
            Some(("印度卢比", "INR"))
        );
        assert_eq!(unit("RMB"), Some(("RMB", Money)));
        assert_eq!(unit("美分"), Some(("美分", Money)));
        // Counts of trips before their classifier, lengths, seconds.
        assert_eq!(unit("辆次"), Some(("辆次", Count)));
        assert_eq!(unit("吨公里"), Some(("吨公里", Quantity)));
        assert_eq!(unit("毫米"), Some(("毫米", Quantity)));
        assert_eq!(unit("秒，"), Some(("秒", Duration)));
        assert_eq!(unit("颗卫星"), Some(("颗", Count)));
        // A char after the unit that makes a word with it.
        assert_eq!(unit("周岁"), Some(("周岁", Duration)));
        assert_eq!(unit("秒58"), None);
        assert_eq!(unit("颗粒"), None);
        assert_eq!(unit("笔记"), None);
        assert_eq!(unit("日圆满"), None);
        assert_eq!(unit("日圆"), Some(("日圆", Money)));
        // Round 22: ages in years, models, groups; the words they open.
        assert_eq!(unit("岁的"), Some(("岁", Duration)));
        assert_eq!(unit("岁月"), None);
        assert_eq!(unit("款车型"), Some(("款", Count)));
        assert_eq!(unit("款项"), None);
        assert_eq!(unit("组家庭"), Some(("组", Count)));
        assert_eq!(unit("组织"), None);
    }

    #[test]
    fn a_list_closed_by_percentage_points_elides_their_unit() {
        let elided = |text: &str| elided_points(&text.chars().collect::<Vec<_>>());
        assert!(elided("、12个百分点"));
        assert!(elided("、0.3个和0.2个百分点"));
        assert!(elided("和0.8百分点"));
        // A list of counts, or a count alone.
        assert!(!elided("、12个项目"));
        assert!(!elided("、12%"));
        assert!(!elided("项目"));
    }

    #[test]
    fn a_negated_comparison_is_the_opposite_bound() {
        assert_eq!(before("单笔贷款不得超"), Some(AtMost));
        assert_eq!(before("全年增速未超过"), Some(AtMost));
        assert_eq!(before("留存比例不能低于"), Some(AtLeast));
        // Not negated, or negated as a whole word in the table.
        assert_eq!(before("销售额超过"), Some(MoreThan));
        assert_eq!(before("费率低于"), Some(LessThan));
        assert_eq!(before("赤字率不超过"), Some(AtMost));
        assert_eq!(before("补贴不少于"), Some(AtLeast));
        // 不仅 is no negation of what follows.
        assert_eq!(before("产量不仅超过"), Some(MoreThan));
    }
}
