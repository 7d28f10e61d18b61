//! Evidence that a quoted name is not a program or slogan: organisations, companies, places,
//! people, events and products (by jieba's tags and suffix tables), common dictionary words,
//! defined abbreviations and labels a company gives its products. The tables are the part to
//! extend.

use crate::claims::numeral;
use crate::claims::units::{ends_with, starts_with};
use jieba_rs::Jieba;

/// Endings of organisations and companies: 三峡集团, 上合组织, 富国基金 (also the learned
/// typing's `org:` features).
pub(crate) const ORGANISATIONS: &[&str] = &[
    "集团",
    "公司",
    "组织",
    "银行",
    "协会",
    "学会",
    "商会",
    "委员会",
    "联合会",
    "基金会",
    "大学",
    "学院",
    "研究院",
    "研究所",
    "实验室",
    "医院",
    "法院",
    "检察院",
    "政府",
    "交易所",
    "合作社",
    "俱乐部",
    "出版社",
    "电视台",
    "博物馆",
    "图书馆",
    "美术馆",
    "日报",
    "基金",
    "证券",
    "保险",
    "控股",
    "资管",
    "资产管理",
    "联盟",
    "人寿",
    "联合体",
    "中心",
    "服务站",
    "网站",
    "公众号",
    "客户端",
    "小程序",
    "书店",
    "连锁",
];

/// The chars of a kind of organisation right after the quote (“深度思维”公司, “某某保”保险:
/// the name of a body or of a policy it sells; 中心 also heads programs and is left to them);
/// the caller checks that no program head follows it (“1313”实验室体系).
pub(crate) fn organisation_after(after: &[char]) -> Option<usize> {
    // Most chars open no organisation's name: one test of their low bits rules them out.
    const FIRSTS: u64 = crate::wordsets::first_bits(ORGANISATIONS);
    if after
        .first()
        .is_none_or(|&c| FIRSTS & crate::wordsets::low_bit(c) == 0)
    {
        return None;
    }
    ORGANISATIONS
        .iter()
        .filter(|w| **w != "中心" && starts_with(after, w))
        .map(|w| w.chars().count())
        .max()
}

/// Endings of events, places, products and topics: 成都大运会, 西港特区, 上证高成长产业债指数,
/// 某某问题.
const EVENTS_PLACES_PRODUCTS: &[&str] = &[
    "运动会",
    "博览会",
    "展览会",
    "交易会",
    "洽谈会",
    "发布会",
    "推介会",
    "峰会",
    "论坛",
    "大会",
    "年会",
    "会议",
    "大赛",
    "锦标赛",
    "联赛",
    "世界杯",
    "马拉松",
    "首日",
    "纪念日",
    "特区",
    "新区",
    "园区",
    "开发区",
    "合作区",
    "示范区",
    "试验区",
    "产业园",
    "指数",
    "课程",
    "套餐",
    "算法",
    "讲堂",
    "展区",
    "问题",
    "元年",
    "奖",
    "汽车",
    "手机",
    "芯片",
    "电池",
    "系统",
    "设备",
    "装置",
    "平台",
    "勋章",
    "奖章",
];
/// Last words of one char that name a place, a body, an event or an object: 市, 局, 节, 赛, 号.
const LAST_CHARS: &[&str] = &[
    "区", "市", "省", "县", "镇", "乡", "村", "港", "湾", "岛", "局", "部", "厅", "署", "院", "所",
    "社", "馆", "台", "报", "队", "会", "节", "赛", "展", "日", "号", "杯", "店", "厂",
];
/// Last words of [`LAST_CHARS`] that name a place: after a verb they are its object
/// (万企兴万村), not the name's kind.
const PLACE_CHARS: &[&str] = &["区", "市", "省", "县", "镇", "乡", "村", "港", "湾", "岛"];
/// Last chars of a last word that name a body or an object: 马背宣传队, 某某一号.
const BODIES_AND_OBJECTS: &[char] = &['队', '号', '馆', '厂', '店', '站'];
/// jieba's tags of places, organisations and people.
const PROPER_TAGS: &[&str] = &["ns", "nt", "nr", "nrt", "nrfg", "nrf"];
/// A tag of jieba's for a place, an organisation or a person.
pub(crate) fn proper(tag: &str) -> bool {
    PROPER_TAGS.contains(&tag)
}

/// Words before a quote that define an abbreviation: （以下简称“国铁集团”）.
const ABBREVIATION_CUES: &[&str] = &["简称", "下称", "以下称", "又称", "简称为"];
/// Words after a quote that speak of the words themselves: “基金”字样, “元年”一词, “AI”概念股.
/// Honours and search words too: “全国文明城市”称号, “户外徒步”关键词.
const WORD_CUES: &[&str] = &[
    "字样",
    "一词",
    "二字",
    "两字",
    "这个词",
    "等字",
    "概念",
    "关键词",
    "热词",
    "词条",
    "话题",
    "字眼",
    "用语",
    "称号",
    "荣誉称号",
];

/// Words before a 《…》 title that make it a work: a film, a book, a play, a song, a paper.
const WORKS: &[&str] = &[
    "电影",
    "影片",
    "纪录片",
    "动画片",
    "电视剧",
    "网剧",
    "剧集",
    "话剧",
    "歌剧",
    "舞剧",
    "京剧",
    "昆曲",
    "越剧",
    "音乐剧",
    "戏曲",
    "小说",
    "诗集",
    "散文",
    "长诗",
    "诗歌",
    "名著",
    "歌曲",
    "专辑",
    "节目",
    "综艺",
    "绘本",
    "漫画",
    "游戏",
    "画作",
    "名画",
    "杂志",
    "期刊",
    "报纸",
    "栏目",
    "专栏",
    "作品",
    "新作",
    "主演",
    "导演",
    "执导",
    "出演",
    "作曲",
    "演唱",
];

/// Kinds of goods after a quote that make it a product label: “固收+”产品, “高资质”资产.
const GOODS: &[&str] = &[
    "产品",
    "资产",
    "板块",
    "理财",
    "赛道",
    "标签",
    "人设",
    "商品",
    "单品",
    "解决方案",
    "软件",
    "经费",
];

/// Words after a program head that make the quote name an event, a company or goods of that
/// brand or plan: “川超”等品牌赛事, “某某”品牌企业.
const AFTER_HEAD: &[&str] = &["赛事", "赛", "企业", "店", "门店"];

/// What follows a head names an event, a company or goods (品牌|赛事, 品牌|产品).
pub(crate) fn event_or_goods(after_head: &[char]) -> bool {
    goods_after(after_head) || AFTER_HEAD.iter().any(|w| starts_with(after_head, w))
}

/// Kinds of goods, trips and shows that make a brand after a quote a product label
/// (“渝味360碗”美食品牌, “江南古镇”等旅游品牌, “彩云汇”科创品牌), not a program's brand
/// (“暖心文化”服务品牌, “青春戏曲”等文化品牌 stay).
const BRAND_KINDS: &[&str] = &[
    "美食",
    "旅游",
    "文旅",
    "宣传",
    "展演",
    "演艺",
    "科创",
    "投教",
    "消费",
    "农产品",
    "公用",
];

/// The most chars of nouns read before 品牌 after a quote (无人机灯光秀展演|品牌).
const BRAND_MODIFIER: usize = 8;

/// After the quote (and its 等), a brand of a kind of [`BRAND_KINDS`] within
/// [`BRAND_MODIFIER`] chars, or brands promoted (等品牌推介): a product or an occasion.
pub(crate) fn brand_of_goods(after: &[char]) -> bool {
    let after = after.strip_prefix(&['等']).unwrap_or(after);
    if starts_with(after, "品牌推介") {
        return true;
    }
    let run = after
        .iter()
        .take(BRAND_MODIFIER + 2)
        .take_while(|&&c| crate::clean::chars::is_han(c))
        .count();
    (2..=run).any(|e| {
        ends_with(&after[..e], "品牌") && BRAND_KINDS.iter().any(|k| ends_with(&after[..e - 2], k))
    })
}

/// A quoted name holding an edition (第33届, 第十次): an event or a meeting.
pub(crate) fn edition(name: &str) -> bool {
    let chars: Vec<char> = name.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        c == '第' && {
            let n = chars[i + 1..]
                .iter()
                .take_while(|&&d| d.is_ascii_digit() || numeral::is_numeral_char(d))
                .count();
            n > 0 && matches!(chars.get(i + 1 + n), Some('届' | '次'))
        }
    })
}

/// Counted occasions before a quote: 一场“夜观星空”活动, 一次“…”: an event, not a program.
const OCCASIONS: &[&str] = &["一场", "一次", "一届", "这场", "首场"];

/// The quote names one occasion (带来了一场“夜观星空”活动).
pub(crate) fn occasion(before: &[char]) -> bool {
    let tail: String = before[before.len().saturating_sub(2)..].iter().collect();
    OCCASIONS.contains(&tail.as_str())
}

/// The quote is followed by a kind of goods (“固收+”产品): a product label.
pub(crate) fn goods_after(after: &[char]) -> bool {
    GOODS.iter().any(|g| starts_with(after, g))
}

/// Verbs that introduce a formulation through 的: 提出的“两个结合”, 倡导的“…”.
const CUE_VERBS: &[&str] = &[
    "提出", "倡导", "确立", "强调", "实施", "开展", "推进", "推动", "坚持", "践行", "弘扬", "贯彻",
    "落实", "部署", "作出", "概括", "总结", "首创", "创立", "发起", "制定", "印发",
];

/// Verbs that apply a quoted name as a policy: 实行“非禁即入”, 推行“…”.
const APPLYING_VERBS: &[&str] = &[
    "实行", "推行", "落实", "坚持", "推广", "实施", "开展", "推进", "深化", "践行", "贯彻", "执行",
];

/// A verb that applies a policy ends `before` (after an adverb of manner: 严格实行).
pub(crate) fn applying_verb_before(before: &[char]) -> bool {
    verb_before(before, APPLYING_VERBS)
}

/// A verb that introduces formulations ends `before`.
pub(crate) fn cue_verb_before(before: &[char]) -> bool {
    verb_before(before, CUE_VERBS)
}

/// One of `verbs` (two chars each) ends `before`.
pub(crate) fn verb_before(before: &[char], verbs: &[&str]) -> bool {
    let tail: String = before[before.len().saturating_sub(2)..].iter().collect();
    verbs.contains(&tail.as_str())
}

/// The name holds a particle of speech (了, 的, 着, 过 as words: 进入了英伟达产业链): a
/// description or a clause, not a formulation.
pub(crate) fn particle(name: &str, jieba: &Jieba) -> bool {
    jieba
        .tag(name, false)
        .iter()
        .any(|t| matches!(t.tag, "ul" | "uj" | "uz" | "ug"))
}

/// A code that reads as a month and a day (618, 315, 1111): a shopping festival or a day,
/// not a program.
pub(crate) fn date_code(code: &str) -> bool {
    let digits: Vec<u32> = code.chars().filter_map(|c| c.to_digit(10)).collect();
    let (month, day) = match digits[..] {
        [m, d1, d2] if d1 > 0 => (m, d1 * 10 + d2),
        [1, m2, d1, d2] => (10 + m2, d1 * 10 + d2),
        _ => return false,
    };
    digits.len() == code.chars().count() && (1..=12).contains(&month) && (10..=31).contains(&day)
}

/// The name holds a number after words of its own (最后一公里, 双向两车道, 最后三单): a
/// quantity. A name that opens with a numeral is a counted formulation (一次备案管三年).
pub(crate) fn quantity_inside(name: &str, jieba: &Jieba) -> bool {
    let tags = jieba.tag(name, false);
    tags.first().is_some_and(|t| t.tag != "m") && tags.iter().any(|t| t.tag == "m")
}

/// Words after a 《…》 title (and the titles listed with it) that make it a work: it is
/// shown, sung or staged (《…》上映, 《…》剧组, 《…》等歌曲, 《…》《…》两部电影).
const WORKS_AFTER: &[&str] = &[
    "上映",
    "热映",
    "首映",
    "公映",
    "定档",
    "票房",
    "剧组",
    "主题曲",
    "片尾",
    "片中",
    "剧中",
];

/// A 《…》 title right after a kind of work (电影《…》, 舞剧《…》, 主演的《…》, 古装片《…》).
pub(crate) fn work(before: &[char]) -> bool {
    let tail: String = before[before.len().saturating_sub(4)..].iter().collect();
    let tail = tail.trim_end_matches(['的', '之']);
    WORKS.iter().any(|w| tail.ends_with(w)) || film_kind(tail)
}

/// A kind of film, a word ending in 片 (古装片, 大片, 纪录片), not a count (一片, 这片).
fn film_kind(tail: &str) -> bool {
    let mut back = tail.chars().rev();
    back.next() == Some('片')
        && back
            .next()
            .is_some_and(|c| !matches!(c, '一' | '这' | '那' | '整' | '两' | '几' | '半'))
}

/// Words after a 《…》 title that make it a work (`after`: what follows the title and the
/// titles listed with it): a kind of work after 等 or a count of works (《…》等歌曲,
/// 《…》两部电影), or a word of showing (《…》上映, 《…》剧组).
pub(crate) fn work_after(after: &[char]) -> bool {
    let mut after = after.strip_prefix(&['等']).unwrap_or(after);
    // 两部, 三首, 这部: a count of works.
    if let [n, unit, rest @ ..] = after {
        if (numeral::is_numeral_char(*n) || matches!(n, '这' | '那' | '几' | '多'))
            && matches!(unit, '部' | '首' | '出' | '本')
        {
            after = rest;
        }
    }
    let text: String = after.iter().take(4).collect();
    WORKS_AFTER.iter().chain(WORKS).any(|w| text.starts_with(w))
}

/// The quote names the kind of the works just listed (越剧《…》、电视剧《…》等“…”): a label.
pub(crate) fn works_listed(before: &[char]) -> bool {
    before.ends_with(&['》', '等'])
}

/// Two common words of two chars, the first not a verb (调查研究, 网络保护, 口袋公园): a
/// phrase, not a coined formulation. Verb and object twice (揭榜挂帅) is coined; a place first
/// (上海精神, 枫桥经验) makes a name.
pub(crate) fn compound(name: &str, jieba: &Jieba) -> bool {
    let tags = jieba.tag(name, false);
    tags.len() == 2
        && matches!(tags[1].tag, "n" | "vn" | "an" | "v")
        && !matches!(tags[0].tag, "v" | "nz" | "j")
        && tags.iter().all(|t| {
            t.word.chars().count() == 2 && jieba.has_word(t.word) && !PROPER_TAGS.contains(&t.tag)
        })
}

/// An organisation, company, place, person, event or product: by its ending, or by jieba's
/// tag of its last word.
pub(crate) fn entity(name: &str, jieba: &Jieba) -> bool {
    // 成都大运会, 董事会决议公告日, 研发管线贷: a body, an event, a day, a loan or bond.
    if ORGANISATIONS
        .iter()
        .chain(EVENTS_PLACES_PRODUCTS)
        .any(|s| name.ends_with(s) && name.len() > s.len())
        || (name.ends_with('日') && name.chars().count() >= 4)
        || (name.ends_with(['债', '贷']) && name.chars().count() >= 4)
    {
        return true;
    }
    let tags = jieba.tag(name, false);
    // A place after a verb is the verb's object (投资重庆, 一泓清水入黄河), not the name's kind.
    let verb = tags.iter().any(|t| matches!(t.tag, "v" | "vn"));
    tags.last().is_some_and(|last| {
        (PROPER_TAGS.contains(&last.tag) && !verb)
            || (tags.len() > 1
                && LAST_CHARS.contains(&last.word)
                && !(verb && PLACE_CHARS.contains(&last.word)))
            || (name.chars().count() >= 4 && last.word.ends_with(BODIES_AND_OBJECTS))
    })
}

/// Endings that name people by what they do or are (健身博主, 美妆博主, 偶像练习生): a name
/// of people is no program or slogan.
const PEOPLE: &[&str] = &[
    "博主",
    "主播",
    "网红",
    "达人",
    "明星",
    "粉丝",
    "练习生",
    "学生",
];
/// Single chars that end a name of people when they stand as its last word (一年级|生,
/// 美好生活领创|者) or end a noun of three chars or more that is its last word (城市生活|领跑者).
const PEOPLE_CHARS: &[&str] = &["生", "者", "员", "师"];

/// A name of people: ending with one of [`PEOPLE`] after words of its own, or with one of
/// [`PEOPLE_CHARS`] standing as a word; not a classical phrase with 之 (国之大者).
pub(crate) fn people(name: &str, jieba: &Jieba) -> bool {
    if PEOPLE
        .iter()
        .any(|p| name.ends_with(p) && name.len() > p.len())
    {
        return true;
    }
    let tags = jieba.tag(name, false);
    tags.len() > 1
        && !name.contains('之')
        && tags.last().is_some_and(|last| {
            PEOPLE_CHARS.contains(&last.word)
                || PEOPLE_CHARS.iter().any(|c| last.word.ends_with(c))
                    && last.tag == "n"
                    && last.word.chars().count() >= 3
        })
}

/// A phrase of the form X之Y, Y one char or a word opening with 之 (十年之约, 相处之道, 综合
/// 工业之冠, 一方之全史): a description or a figure, not a coined name (丝绸之路 is one word of
/// jieba's and stays).
pub(crate) fn descriptive(name: &str, jieba: &Jieba) -> bool {
    let tags = jieba.tag(name, false);
    let n = tags.len();
    n >= 2
        && name.chars().count() >= 4
        && ((tags[n - 1].word.starts_with('之') && tags[n - 1].word.chars().count() == 2)
            || tags[n - 2].word == "之")
}

/// Openings of listed companies' stock names: 退市华嵘, ST熊猫.
const STOCK_MARKERS: &[&str] = &["退市", "ST", "*ST"];

/// Members of a list that are not a formulation's: stock names (退市华嵘、退市熊猫) or
/// quantities of things (一台电视、几瓶啤酒).
pub(crate) fn listed_things(members: &[&str], jieba: &Jieba) -> bool {
    members.iter().all(|m| {
        STOCK_MARKERS.iter().any(|s| m.starts_with(s))
            || jieba.tag(m, false).first().is_some_and(|t| t.tag == "m")
    })
}

/// A common word of jieba's dictionary (一站式, 一体化, 绿色通道, 一盘棋, 家门口, 虚位以待):
/// one word that is not a proper name (nz) or an abbreviation (j).
pub(crate) fn generic(name: &str, jieba: &Jieba) -> bool {
    let tags = jieba.tag(name, false);
    tags.len() == 1
        && name.chars().count() >= 2
        && jieba.has_word(name)
        && !matches!(tags[0].tag, "nz" | "j" | "eng" | "x")
}

/// Verbs that open a task of reform: 优化, 完善, 健全…
const TASK_VERBS: &[&str] = &[
    "优化", "完善", "健全", "建立", "加强", "强化", "深化", "构建", "推进", "提升", "改进",
];
/// Institutions a task improves.
const INSTITUTIONS: &[&str] = &["机制", "体系", "制度"];

/// A task of reform named in full (优化再融资审核注册机制, 健全某某体系): a verb of improving
/// and the institution it improves, not the name of a program (提振消费专项行动 is one).
pub(crate) fn task(name: &str) -> bool {
    TASK_VERBS.iter().any(|v| name.starts_with(v)) && INSTITUTIONS.iter().any(|i| name.ends_with(i))
}

/// The quote defines an abbreviation (以下简称“X”): it names the entity spelled out before.
pub(crate) fn abbreviation(before: &[char]) -> bool {
    let tail: String = before[before.len().saturating_sub(5)..].iter().collect();
    ABBREVIATION_CUES
        .iter()
        .any(|c| tail.trim_end_matches(['为', '：', ':']).ends_with(c))
}

/// The quote stands right after an organisation (富国基金“一起投”): a label of its products.
pub(crate) fn company_label(before: &[char]) -> bool {
    let tail: String = before[before.len().saturating_sub(6)..].iter().collect();
    ORGANISATIONS.iter().any(|s| tail.ends_with(s))
}

/// The quote is followed by words about the words (“基金管理”字样).
pub(crate) fn about_words(after: &[char]) -> bool {
    WORD_CUES.iter().any(|c| starts_with(after, c))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Asserts that `rule` holds for every name of `yes` and for none of `no`.
    fn holds(rule: fn(&str, &Jieba) -> bool, yes: &[&str], no: &[&str]) {
        let jieba = Jieba::new();
        for name in yes {
            assert!(rule(name, &jieba), "{name}");
        }
        for name in no {
            assert!(!rule(name, &jieba), "{name}");
        }
    }

    #[test]
    fn organisations_events_and_places_are_entities() {
        holds(
            entity,
            &[
                "长江电力集团",
                "东盟组织",
                "天府运动会",
                "临港合作区",
                "山城日报",
            ],
            &["以学促干", "红岩先锋", "头雁领航", "马上就办"],
        );
    }

    #[test]
    fn people_and_descriptions_are_not_names() {
        holds(
            people,
            &[
                "健身博主",
                "一年级生",
                "美好生活领创者",
                "偶像练习生",
                "城市生活领跑者",
            ],
            &["国之大者", "人与自然和谐共生", "执行者", "马上就办"],
        );
        holds(
            descriptive,
            &["十年之约", "相处之道", "综合工业之冠"],
            &["数字丝绸之路", "国之大者", "以学促干"],
        );
    }

    #[test]
    fn dictionary_words_are_generic() {
        let jieba = Jieba::new();
        for name in ["一站式", "一体化", "绿色通道", "家门口", "一盘棋"] {
            assert!(generic(name, &jieba), "{name}");
        }
        for name in ["红岩先锋", "三农", "一表通"] {
            assert!(!generic(name, &jieba), "{name}");
        }
        for name in ["调查研究", "网络保护"] {
            assert!(compound(name, &jieba), "{name}");
        }
        for name in ["枫桥经验", "罚赔同步", "揭榜挂帅", "以学促干"] {
            assert!(!compound(name, &jieba), "{name}");
        }
    }

    #[test]
    fn tasks_of_reform_are_not_names() {
        assert!(task("完善跨区域协作机制"));
        assert!(task("健全数据资产定价体系"));
        assert!(!task("提振消费专项行动"));
        assert!(!task("现代化产业体系"));
    }

    #[test]
    fn cues_before_and_after_a_quote() {
        let chars = |s: &str| s.chars().collect::<Vec<char>>();
        assert!(abbreviation(&chars("某某铁路有限公司（以下简称")));
        assert!(abbreviation(&chars("（简称为")));
        assert!(!abbreviation(&chars("大力推进")));
        assert!(company_label(&chars("某某基金")));
        assert!(!company_label(&chars("实施")));
        assert!(about_words(&chars("字样的名称")));
        assert_eq!(organisation_after(&chars("公司开发的模型")), Some(2));
        assert_eq!(organisation_after(&chars("保险。")), Some(2));
        assert_eq!(organisation_after(&chars("中心建成")), None);
        assert_eq!(organisation_after(&chars("工程")), None);
        assert!(work(&chars("去看了电影")));
        assert!(work(&chars("由她主演的")));
        assert!(!work(&chars("认真贯彻")));
    }

    /// A brand of goods, trips or shows, or brands promoted, after a quote; not a brand of
    /// services or culture, nor a bare 品牌 (sentences written for the test).
    #[test]
    fn brands_of_goods_are_labels() {
        let chars = |s: &str| s.chars().collect::<Vec<char>>();
        assert!(brand_of_goods(&chars("美食品牌，升级")));
        assert!(brand_of_goods(&chars("等旅游品牌，推动")));
        assert!(brand_of_goods(&chars("无人机灯光秀展演品牌。")));
        assert!(brand_of_goods(&chars("等品牌推介，落地")));
        assert!(!brand_of_goods(&chars("服务品牌，实现")));
        assert!(!brand_of_goods(&chars("等文化品牌出圈")));
        assert!(!brand_of_goods(&chars("品牌，强化招商")));
    }

    /// An edition inside a quoted name makes it an event (sentences written for the test).
    #[test]
    fn editions_are_events() {
        assert!(edition("内蒙古第33届旅游节"));
        assert!(edition("第十次全国代表大会"));
        assert!(!edition("第一议题"));
        assert!(!edition("两个确立"));
    }
}
