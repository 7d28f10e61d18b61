//! The words claims are read with: predicates, change verbs, frame adverbs and nouns of
//! measurement (shared by the clause reader and the noun-phrase grammar).

use super::Direction;
use crate::wordsets::Words;

pub(crate) const INCREASE: &[&str] = &[
    "增长", "增加", "提高", "提升", "上升", "上涨", "扩大", "增至", "升至", "增", "涨", "攀升",
    "新增", "多", "延长", "升", "上调",
];

pub(crate) const DECREASE: &[&str] = &[
    "减少", "下降", "降低", "下跌", "缩小", "回落", "压减", "削减", "降至", "减", "降", "跌",
    "收窄", "压缩", "缩短", "节省", "节约", "下调",
];

/// Verbs that state a number: what stands before them is the subject.
pub(crate) const PREDICATES: Words = Words::new(&[
    "达", "达到", "超过", "为", "是", "占", "完成", "实现", "累计", "共计", "合计", "总计", "约为",
    "保持", "突破", "增长", "减少", "提高", "下降", "稳定", "控制", "可达", "高达", "多达", "收报",
    "报收", "收于", "报", "已有", "共有", "只有", "仅有", "为期", "迈上", "站上", "跃上", "登上",
    "跨上", "迈过", "跨过",
]);

/// Adverbs and frame words that stand between a subject and its verb or number and are
/// part of neither (地区生产总值|年均|增长, 国产化率|有望|达到, 乐团|先后|12次).
pub(crate) const FRAME_ADVERBS: Words = Words::new(&[
    "年均", "实际", "有望", "先后", "一体", "累计", "名义", "预计", "分别", "同比", "环比", "均",
    "已", "仅", "共", "约", "被", "首次", "再次", "首度", "一举", "已经", "每年", "每月", "每天",
]);

/// Verbs of official reports that jieba's dictionary tags as nouns.
pub(crate) const KNOWN_VERBS: Words = Words::new(&[
    "整治", "查处", "处理", "调解", "培训", "帮扶", "救助", "改造", "引进", "培育", "发放", "减免",
    "投入", "排查", "整改", "问责", "处分", "立案", "化解", "受理", "办理", "审结", "惠及", "覆盖",
    "吸纳", "招聘", "接待", "新建", "建成", "改建", "节省", "节约", "收官",
]);
/// Verbs that name a trade or field: before a noun they are part of its name (日均|快递|业务量,
/// 县域|快递|物流中心), not a verb taking it as object.
pub(crate) const FIELD_VERBS: Words = Words::new(&[
    "快递", "寄递", "物流", "养老", "托育", "就业", "创业", "旅游", "消费", "投资", "出口", "进口",
    "零售", "批发", "融资",
]);
/// Verbs that govern a clause whose subject is counted: 推动…减少.
pub(crate) const CONTROL: &[&str] = &[
    "推动", "促进", "带动", "确保", "推进", "使", "让", "力争", "实现",
];

/// Words that open the base of a comparison (较4月份, 比2020年, 同比): what follows them is
/// not what is measured.
pub(crate) const COMPARISONS: &[&str] =
    &["较", "比", "相比", "相较", "较之", "对比", "同比", "环比"];

/// Nouns of measurement that end a subject: 占比, 涨幅.
pub(crate) const MEASURE_NOUNS: &[&str] = &[
    "占比", "比重", "比例", "增速", "增幅", "涨幅", "降幅", "规模", "总量", "总额", "产量", "收入",
    "人数", "强度", "率",
];

/// Whether a word is a verb that states or governs a number (实现, 达到, 推动): alone it is
/// no subject.
pub(crate) fn is_stating_verb(word: &str) -> bool {
    PREDICATES.contains(&word)
        || CONTROL.contains(&word)
        || RESULT.contains(&word)
        || direction_of(word).is_some()
}

/// Whether a word names a measurement (占比, 增加值, 率).
pub(crate) fn is_measure_noun(word: &str) -> bool {
    MEASURE_NOUNS.iter().any(|n| word.ends_with(n)) || word.ends_with("增加值")
}

/// Words of a clause that report a result, not a goal: 实现, 完成, 达到, 突破, 去年 …
pub(crate) const RESULT: &[&str] = &[
    "实现",
    "完成",
    "达到",
    "突破",
    "去年",
    "上年",
    "过去",
    "已",
    "累计",
    "同比",
    "比上年",
    "较上年",
    "年末",
    "末",
    "截至",
];

/// The direction a verb states (提高, 下调), if any.
pub(crate) fn direction_of(word: &str) -> Option<Direction> {
    // Most words end with no change verb's last byte: one test rules them out.
    const LAST: u64 = crate::wordsets::last_bits(DECREASE) | crate::wordsets::last_bits(INCREASE);
    if !crate::wordsets::may_end_with_one(word, LAST) {
        None
    } else if DECREASE.iter().any(|d| word.ends_with(d)) {
        Some(Direction::Decrease)
    } else if INCREASE.iter().any(|d| word.ends_with(d)) {
        Some(Direction::Increase)
    } else {
        None
    }
}
