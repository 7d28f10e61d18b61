//! Finding and typing terms: quoted names, book titles, numbered frameworks and parallel
//! formulations. The word lists are the tables to extend.

use super::{evidence, term, Category, Term};
use crate::claims::numeral::{digit, is_numeral_char, parse_chinese, small_unit};
use crate::claims::units::{ends_with, starts_with};
use crate::wordsets::{first_bits, last_bits, low_bit};
use jieba_rs::Jieba;

/// Heads after a quote (“红岩先锋”品牌) or after a numbered name (六个区) that make it a
/// program, longest first where they share an ending.
const PROGRAM_HEADS: &[&str] = &[
    "工作体系",
    "构想",
    "倡议",
    "宏愿",
    "措施",
    "计划",
    "品牌",
    "机制",
    "行动",
    "工程",
    "平台",
    "体系",
    "应用",
    "改革",
    "能力",
    "专项",
    "战略",
    "模式",
    "中心",
    "示范区",
    "试验区",
    "新区",
    "区",
    "项目",
    "服务",
    "系统",
    "通道",
    "基地",
    "工作法",
    "大脑",
    "驿站",
    "一张网",
    "一件事",
    "交通圈",
    "生活圈",
    "经济圈",
    "攻坚战",
    "保卫战",
];
/// Heads that name a program by themselves: they close a quoted name (千万工程, 数字党建大脑)
/// and type even a common word quoted before them (“菜篮子”工程). The other heads (服务, 中心,
/// 区, 通道…) follow common words as often as names (“一站式”服务).
const STRONG_HEADS: &[&str] = &[
    "工作体系",
    "工作法",
    "工程",
    "行动",
    "计划",
    "战略",
    "倡议",
    "构想",
    "宏愿",
    "专项",
    "品牌",
    "机制",
    "体系",
    "改革",
    "大脑",
    "一张网",
    "一件事",
];
/// Heads and words that make a numbered name a slogan (两个确立, 四个意识, 八项规定).
const SLOGAN_HEADS: &[&str] = &[
    "确立",
    "维护",
    "意识",
    "自信",
    "规定",
    "坚持",
    "务必",
    "必须",
    "不动摇",
    "全面",
    "统筹",
    "保",
    "稳",
    "一流",
    "倍增",
    "禁令",
    "作用",
    "定位",
    "之问",
    "结合",
    "优先",
    "创新",
];
/// Document types of 《…》 titles, longest first where they share an ending.
const DOC_TYPES: &[&str] = &[
    "实施细则",
    "若干措施",
    "若干意见",
    "行动方案",
    "工作方案",
    "五年规划",
    "暂行办法",
    "管理办法",
    "实施办法",
    "实施意见",
    "实施方案",
    "行动计划",
    "指导意见",
    "白皮书",
    "条例",
    "法典",
    "纲要",
    "规划",
    "方案",
    "意见",
    "规定",
    "办法",
    "决定",
    "决议",
    "通知",
    "报告",
    "条约",
    "协定",
    "公约",
    "章程",
    "准则",
    "细则",
    "措施",
    "建议",
    "计划",
    "法",
    "宪法",
    "规则",
    "标准",
    "指南",
    "目录",
    "清单",
    "议程",
    "宪章",
    "公报",
    "声明",
    "宣言",
    "纲领",
    "守则",
    "指引",
    "要点",
    "议定书",
    "备忘录",
    "路线图",
    "倡议",
    "法案",
    "草案",
    "修正案",
    "批复",
    "公告",
    "告知函",
    "问询函",
    "函",
    "规范",
    "规程",
    "通告",
    "协议",
];
/// Classifiers of numbered frameworks.
const CLASSIFIERS: &[&str] = &["个", "项", "大", "条", "类", "种", "张", "支", "件", "方面"];

/// Longest names taken as terms; longer quotes are speech (unless a program head follows:
/// “基层组织凝心聚力、基础工作强基筑底、基本能力达标提升”工程).
const MAX_NAME: usize = 24;
const MAX_NAMED_PROGRAM: usize = 40;

/// Endings of app, service and platform names: 深港通, 苏服办, 赣通码, 最多跑一次.
const SERVICE_ENDINGS: &[&str] = &["跑一次", "通", "办", "码"];
/// Openings of place-themed programs: 智慧海南, 诚信海南, 数字重庆.
const THEMED_PROGRAMS: &[&str] = &[
    "智慧", "数字", "诚信", "平安", "美丽", "健康", "法治", "幸福", "品质", "活力", "书香",
];
/// Words after a quote that make it a slogan: 以“心心相融，爱达未来”为口号.
const SLOGAN_CUES: &[&str] = &["为口号", "的口号", "口号", "为主题口号"];

/// Verbs of 做好“…”文章 (make the most of): the quote is a formulation (做好“土特产”文章).
const WRITING_VERBS: &[&str] = &[
    "做好", "做足", "做活", "做实", "做深", "做大", "写好", "做强",
];

/// Terms in quotes and book-title marks.
pub(crate) fn quoted(chars: &[char], typing: Typing) -> Vec<Term> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (open, close) = match chars[i] {
            '“' => ('“', '”'),
            '《' => ('《', '》'),
            '「' => ('「', '」'),
            _ => {
                i += 1;
                continue;
            }
        };
        let Some(end) = matching(chars, i, open, close) else {
            i += 1;
            continue;
        };
        let inner: String = chars[i + 1..end]
            .iter()
            .filter(|c| !c.is_whitespace())
            .collect();
        let name: String = inner
            .chars()
            .filter(|c| !matches!(c, '“' | '”' | '‘' | '’'))
            .collect();
        if open == '《' {
            if !name.is_empty() {
                let mut t = cited(name, [i, end + 1]);
                if title_of_work(chars, [i, end + 1]) {
                    t.category = Category::Other;
                    t.doc_type = None;
                }
                out.push(t);
            }
        } else if i > 0 && matches!(chars[i - 1], '：' | ':') {
            // Quoted speech (指出：“…”): not a name, but names quoted inside it are.
            out.extend(quoted_inside(&chars[i + 1..end], i + 1, typing));
        } else if let Some(t) = named(&name, chars, [i, end], typing) {
            out.push(t);
        }
        i = end + 1;
    }
    out
}

/// Document types that are also the title of one document: 《宪法》 is the Constitution.
const NAMED_TYPES: &[&str] = &["宪法"];

/// Shortest 《…》 titles cited as documents without a document type (习近平谈治国理政);
/// shorter ones are films, books, songs and papers (长安三万里, 红楼梦, 求是): `other`.
const MIN_UNTYPED_TITLE: usize = 8;

/// The term of a 《…》 title: a document when it ends with a document type after some words
/// of its own (《意见》 alone is a back-reference) or is long; otherwise a work, `other`.
fn cited(name: String, span: [usize; 2]) -> Term {
    // 《…规则（2026年修订）》: the type stands before the edition.
    let title = match name.strip_suffix(['）', ')']) {
        Some(rest) => rest.rsplit_once(['（', '(']).map_or(rest, |(t, _)| t),
        None => &name,
    };
    // The longest type the title ends with, and words of the title's own before it (or a
    // type that names one document).
    let doc_type = DOC_TYPES
        .iter()
        .filter(|t| title.ends_with(*t))
        .max_by_key(|t| t.len())
        .filter(|t| title.len() > t.len() || NAMED_TYPES.contains(t));
    let category = if doc_type.is_some() || title.chars().count() >= MIN_UNTYPED_TITLE {
        Category::Document
    } else {
        Category::Other
    };
    term(name, category, span, true, doc_type.map(|t| t.to_string()))
}

/// The term of a quoted name (`chars[open]` and `chars[close]` the marks), typed by the name
/// and by what follows it; `None` for speech.
fn named(name: &str, chars: &[char], [open, close]: [usize; 2], typing: Typing) -> Option<Term> {
    let jieba = typing.tagger();
    let after = list_end(chars, close + 1);
    let slogan_cue = SLOGAN_CUES.iter().any(|c| starts_with(after, c))
        || (starts_with(after, "文章") && evidence::verb_before(&chars[..open], WRITING_VERBS));
    let len = name.chars().count();
    let fits =
        (2..=MAX_NAME).contains(&len) || (len <= MAX_NAMED_PROGRAM && head_after(after).is_some());
    if !fits || (speech(name, &chars[..open]) && !slogan_cue) {
        return None;
    }
    let mut t = typing.classify(name);
    t.span = [open, close + 1];
    t.quoted = true;
    let before = &chars[..open];
    let goods_brand = evidence::brand_of_goods(after);
    // “885”工作体系: the head after the quotes belongs to the term; so does one after 等
    // (“换位跑一次”“苏服办”等为民服务平台).
    let after = match after.first() {
        Some('等') => skip_modifier(&after[1..]),
        _ => after,
    };
    let head = head_after(after).or_else(|| strong_head_after_modifier(after));
    let final_evidence = evidence::abbreviation(before)
        || evidence::occasion(before)
        || evidence::about_words(after)
        || evidence::goods_after(after)
        || evidence::edition(name)
        || evidence::organisation_after(after).is_some_and(|w| head_after(&after[w..]).is_none());
    if final_evidence
        || evidence::company_label(before)
        || goods_brand
        || head.is_some_and(|h| evidence::event_or_goods(&after[h.chars().count()..]))
    {
        // （以下简称“国铁集团”）, 某基金“一起投”, 一场“夜观星空”, “基金”字样, “固收+”产品,
        // “深度思维”公司, “川超”等品牌赛事: an entity, a label, an occasion, a word, goods, a
        // body, an event. Final (the learned typing leaves it) but after a body or before a
        // brand, which may name a campaign (浙江大学“一圈一网一高地”, “投资重庆”品牌活动,
        // “少必入川”等文旅消费品牌): the learned typing weighs those (`ev:company`, `ev:brand`).
        t.category = Category::Other;
        t.kept_out = final_evidence;
    } else if let Some(h) = head.filter(|h| program_by_head(name, h, jieba)) {
        if t.head.is_none() {
            t.head = Some(h.to_string());
        }
        t.category = Category::Program;
    } else if slogan_cue {
        t.category = Category::Slogan;
    } else if figurative_cue(before)
        || evidence::works_listed(before)
        || adverb_before(before, jieba)
        || (by_form_alone(&t) && figure(name, before, after, jieba))
        || (listed_problems(&t) && problem_after(after))
    {
        // 号称“中国硅谷”, 当好“红细胞”, 各自的“一亩三分地”: a figure of speech.
        t.category = Category::Other;
    } else if by_form_alone(&t) {
        t.applied = evidence::applying_verb_before(before);
    }
    Some(t)
}

/// Nouns of a problem after a quote: “难、繁、慢”问题, “两张皮”现象 describe a problem.
const PROBLEM_NOUNS: &[&str] = &[
    "问题", "现象", "难题", "困境", "痛点", "顽疾", "弊端", "怪圈",
];

/// A problem noun follows the quote.
pub(crate) fn problem_after(after: &[char]) -> bool {
    PROBLEM_NOUNS.iter().any(|n| starts_with(after, n))
}

/// A list of single ideographs with no head (“难、繁、慢”): before a problem noun, the
/// qualities complained of. Longer members name the problems (看病难、看病贵), and a single
/// name before one stays a name (“一地多证”问题整改, “三农”问题).
fn listed_problems(t: &Term) -> bool {
    !t.members.is_empty() && t.head.is_none() && t.members.iter().all(|m| m.chars().count() == 1)
}

/// A strong head after a modifier of two ideographs: “双盲”评审改革, “接诉即办”工作机制.
fn strong_head_after_modifier(after: &[char]) -> Option<&'static str> {
    let modifier = after.get(..2)?;
    if !modifier.iter().all(|&c| crate::clean::chars::is_han(c)) {
        return None;
    }
    head_after(&after[2..]).filter(|h| STRONG_HEADS.contains(h))
}

/// A slogan by its form alone: no head, count, members or code (four ideographs or more).
fn by_form_alone(t: &Term) -> bool {
    t.category == Category::Slogan
        && t.head.is_none()
        && t.n.is_none()
        && t.members.is_empty()
        && t.code.is_none()
}

/// Evidence that a quote is a figure where it stands, not a formulation: a noun qualified by
/// 的 (科技帮扶的“最后一公里”; not 提出的“…”), the ends of a change (从“双向两车道”升级为…,
/// 由“沙进人退”到“绿进沙退”), alternatives (“概念炒作”还是“量产前夜”), or a quantity inside it
/// (最后一公里).
fn figure(name: &str, before: &[char], after: &[char], jieba: &Jieba) -> bool {
    let qualified =
        before.last() == Some(&'的') && !evidence::cue_verb_before(&before[..before.len() - 1]);
    let from = matches!(before.last(), Some('从' | '由'))
        && CHANGE_WORDS.iter().any(|w| starts_with(after, w));
    let to = CHANGE_WORDS.iter().any(|w| {
        let w: Vec<char> = w.chars().collect();
        before.ends_with(&w) && before[..before.len() - w.len()].ends_with(&['”'])
    });
    // “概念炒作”还是“量产前夜”: alternatives of a question.
    let alternative = starts_with(after, "还是“") || before.ends_with(&['”', '还', '是']);
    let change = from || to || alternative;
    qualified || change || attribute(after) || evidence::quantity_inside(name, jieba)
}

/// Nouns after 的 that a formulation introduces: “久久为功”的精神, “两山”的重要论断.
const FORMULATION_NOUNS: &[&str] = &[
    "理念", "精神", "要求", "原则", "思想", "目标", "方针", "战略", "理论", "号召", "口号", "重要",
    "论断", "指示", "部署", "路子", "思路", "做法", "经验", "模式", "机制", "作风", "初心", "使命",
    "工作", "发展", "格局", "局面", "责任", "担当", "宗旨",
];

/// The quote qualifies a noun through 的 that is not one a formulation introduces: an
/// attribute (“当家吃饭”的传统产业, “看球吃饭”的传统框架), not a name.
fn attribute(after: &[char]) -> bool {
    after.first() == Some(&'的')
        && !FORMULATION_NOUNS
            .iter()
            .any(|n| starts_with(&after[1..], n))
}

/// Words after 从“…” that make the quote one end of a change.
const CHANGE_WORDS: &[&str] = &[
    "到", "向", "走向", "迈向", "转向", "升级", "变为", "变成", "转为", "跃升",
];

/// Whether `head` after a quoted name makes it a program: a strong head always (“菜篮子”工程),
/// a weak one (服务, 中心, 通道) only after a name that is not a common word or an entity
/// (“一站式”服务 is a service, not a program).
fn program_by_head(name: &str, head: &str, jieba: &Jieba) -> bool {
    STRONG_HEADS.contains(&head)
        || !(evidence::generic(name, jieba) || evidence::entity(name, jieba))
}

/// What follows a run of quoted names (“冰超”“雪超”等品牌: 等品牌 for both).
fn list_end(chars: &[char], at: usize) -> &[char] {
    run_end(chars, at, ['“', '”'])
}

/// What follows the run of quotes in `marks` from `at` (one after another or joined by 、).
fn run_end(chars: &[char], mut at: usize, [open, close]: [char; 2]) -> &[char] {
    while let Some(&c) = chars.get(at) {
        if c == open {
            match matching(chars, at, open, close) {
                Some(end) => at = end + 1,
                None => break,
            }
        } else if c == '、' && chars.get(at + 1) == Some(&open) {
            at += 1;
        } else {
            break;
        }
    }
    &chars[at.min(chars.len())..]
}

/// Whether the 《…》 title at `span` of `chars` (its marks included) names a work by its
/// context, whatever the title says: 电影《长安三万里》, 《…》上映, 《…》《…》两部电影.
pub(crate) fn title_of_work(chars: &[char], [start, end]: [usize; 2]) -> bool {
    evidence::work(&chars[..titles_start(chars, start)])
        || evidence::work_after(run_end(chars, end, ['《', '》']))
}

/// Where the titles listed before the 《…》 title opening at `start` begin (电影《…》《…》).
fn titles_start(chars: &[char], mut start: usize) -> usize {
    loop {
        let close = match chars[..start] {
            [.., '》'] => start - 1,
            [.., '》', '、'] => start - 2,
            _ => return start,
        };
        match chars[..close].iter().rposition(|&c| c == '《') {
            Some(open) => start = open,
            None => return start,
        }
    }
}

/// Whether a 《…》 title is only a document type (《条例》, 《意见》): a back-reference to a
/// document named before, not a title of its own.
pub(crate) fn bare_document_type(name: &str) -> bool {
    DOC_TYPES.contains(&name) && !NAMED_TYPES.contains(&name)
}

/// Names in single quotes inside quoted speech: ‘第二个结合’.
fn quoted_inside(chars: &[char], base: usize, typing: Typing) -> Vec<Term> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '‘' {
            if let Some(end) = matching(chars, i, '‘', '’') {
                let name: String = chars[i + 1..end].iter().collect();
                if (2..=MAX_NAME).contains(&name.chars().count()) && !speech(&name, &chars[..i]) {
                    let mut t = typing.classify(&name);
                    t.span = [base + i, base + end + 1];
                    t.quoted = true;
                    out.push(t);
                }
                i = end;
            }
        }
        i += 1;
    }
    out
}

/// The index of the close mark matching the open mark at `i`, with nesting.
fn matching(chars: &[char], i: usize, open: char, close: char) -> Option<usize> {
    let mut depth = 0;
    for (j, &c) in chars.iter().enumerate().skip(i) {
        if c == open {
            depth += 1;
        } else if c == close {
            depth -= 1;
            if depth == 0 {
                return Some(j);
            }
        }
        if j - i > 200 {
            return None;
        }
    }
    None
}

/// Quoted speech, not a name: a full sentence, or clauses joined by commas that are neither
/// parallel nor short clauses a verb applies (深化“中国式现代化，民生为大”实践 is a
/// formulation; 他表示，“要加强交流，促进互鉴” is speech).
fn speech(name: &str, before: &[char]) -> bool {
    name.contains(['。', '？', '！', '：'])
        || (name.contains('，')
            && !parallel_clauses(name)
            && !(short_clauses(name) && evidence::applying_verb_before(before)))
}

/// Two or three comma-joined clauses of two to eight ideographs each, with no pronoun or
/// particle and no final mark: 中国式现代化，民生为大.
fn short_clauses(name: &str) -> bool {
    let parts: Vec<&str> = name.split(['，', ',']).collect();
    (2..=3).contains(&parts.len())
        && parts.iter().all(|p| {
            (2..=8).contains(&p.chars().count())
                && p.chars()
                    .all(|c| crate::clean::chars::is_han(c) && !SPOKEN.contains(&c))
        })
}

/// Two to four clauses of one length (three to eight ideographs), or of lengths one apart
/// that share a word, with no pronoun or particle: 小事不出村，大事不出镇; 不忘初心，牢记使命;
/// 房子是用来住的，不是用来炒的.
fn parallel_clauses(name: &str) -> bool {
    let parts: Vec<Vec<char>> = name
        .split(['，', ','])
        .map(|p| p.chars().collect())
        .collect();
    let lengths = parts.iter().map(Vec::len);
    let (shortest, longest) = (lengths.clone().min(), lengths.max());
    let (Some(shortest), Some(longest)) = (shortest, longest) else {
        return false;
    };
    let shares_word = || {
        parts[0]
            .windows(2)
            .any(|w| parts[1..].iter().all(|p| p.windows(2).any(|v| v == w)))
    };
    (2..=4).contains(&parts.len())
        && shortest >= 3
        && longest <= 8
        && parts
            .iter()
            .flatten()
            .all(|&c| crate::clean::chars::is_han(c))
        && !parts.iter().flatten().any(|c| SPOKEN.contains(c))
        && (shortest == longest || (longest - shortest == 1 && shares_word()))
}

/// A program head right after a closing quote: “885”工作体系, “红岩先锋”品牌.
fn head_after(after: &[char]) -> Option<&'static str> {
    PROGRAM_HEADS
        .iter()
        .find(|h| starts_with(after, h))
        .copied()
}

/// A term of a list: its name and key, `other` until typed.
pub(crate) fn listed(name: &str) -> Term {
    term(name.to_string(), Category::Other, [0, 0], false, None)
}

/// A name typed by its code alone: codes (885, 1+4+N), combinations (人工智能+) and the
/// periods of five-year plans (十五五).
fn coded(name: &str, chars: &[char]) -> Option<Term> {
    let mut t = term(name.to_string(), Category::Other, [0, 0], false, None);
    // Codes: 885, 1+4+N, 1361, 人工智能+.
    if chars.iter().any(|c| c.is_ascii_digit())
        && chars.iter().all(|c| c.is_ascii_alphanumeric() || *c == '+')
    {
        // 618, 1111: days, not programs (with a head after the quote they are: “211”工程).
        if !evidence::date_code(name) {
            t.category = Category::Program;
        }
        t.code = Some(name.to_string());
        return Some(t);
    }
    // 人工智能+, 中文+导游: a plus joins a field to what it is combined with.
    if name.contains(['+', '＋']) {
        t.category = Category::Program;
        return Some(t);
    }
    // Five-year plan periods (十四五, 十五五): programs of one series.
    if chars.len() == 3 && chars[0] == '十' && chars[2] == '五' && digit(chars[1]).is_some() {
        t.category = Category::Program;
        t.head = Some("规划".to_string());
        return Some(t);
    }
    None
}

/// Longest names typed slogans by their form alone (four ideographs or more, no head, no cue):
/// longer quotes with no other evidence are descriptions, titles or speech.
const MAX_PLAIN_SLOGAN: usize = 12;

/// Names a run remembers having typed, at most: then it forgets them all.
const TYPED_NAMES: usize = 1 << 14;

/// The names a run typed with its tagger, shared by its threads (see [`Typing`]):
/// the typing of a name depends on the name and the tagger alone, and a corpus quotes a name
/// in many documents, in the learning pass and again in the documents' pass.
#[derive(Default)]
pub(crate) struct TypedNames(std::sync::Mutex<rustc_hash::FxHashMap<Box<str>, Term>>);

impl TypedNames {
    fn names(&self) -> std::sync::MutexGuard<'_, rustc_hash::FxHashMap<Box<str>, Term>> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// The tagger that types names, and where a run remembers the names it typed with it (none:
/// each name typed anew): a context value the pass that types names owns and passes down.
#[derive(Clone, Copy)]
pub(crate) struct Typing<'a> {
    tagger: &'a Jieba,
    names: Option<&'a TypedNames>,
}

impl<'a> Typing<'a> {
    /// Names typed with `tagger`, looked up in and remembered in `names` when given (the
    /// table must be `tagger`'s alone: the typing of a name depends on the name and the tagger).
    pub(crate) fn new(tagger: &'a Jieba, names: Option<&'a TypedNames>) -> Self {
        Typing { tagger, names }
    }

    /// The tagger.
    pub(crate) fn tagger(&self) -> &'a Jieba {
        self.tagger
    }

    /// [`classify`], through the run's table when there is one (the same terms).
    fn classify(&self, name: &str) -> Term {
        let Some(names) = self.names else {
            return typed_name(name, self.tagger);
        };
        if let Some(t) = names.names().get(name) {
            return t.clone();
        }
        let t = typed_name(name, self.tagger);
        let mut remembered = names.names();
        if remembered.len() >= TYPED_NAMES {
            remembered.clear();
        }
        remembered.insert(name.into(), t.clone());
        t
    }
}

/// Types a name (without quotes).
pub fn classify(name: &str, jieba: &Jieba) -> Term {
    typed_name(name, jieba)
}

/// [`classify`], without remembering.
fn typed_name(name: &str, jieba: &Jieba) -> Term {
    let chars: Vec<char> = name.chars().collect();
    let mut t = term(name.to_string(), Category::Other, [0, 0], false, None);
    // 健身博主, 一年级生, IP+流量明星: people; 十年之约, 相处之道: descriptions.
    if evidence::people(name, jieba) || evidence::descriptive(name, jieba) {
        return t;
    }
    if let Some(coded) = coded(name, &chars) {
        return coded;
    }
    let numbered = numbered(&chars);
    // A common word is not a name (一站式, 一体化, 一盘棋), unless it counts (五位一体).
    if evidence::generic(name, jieba) && numbered.as_ref().is_none_or(|(n, _)| !(2..10).contains(n))
    {
        return t;
    }
    if let Some((n, rest)) = numbered {
        // 两院, 两委, 两会: a pair of bodies or their sessions; 三站一场: facilities counted.
        if !BODIES.iter().any(|b| rest == *b) && numbered_parts(&chars) != Some(Category::Other) {
            type_numbered(&mut t, n, rest, jieba);
        }
        return t;
    }
    // Parallel formulations: 不敢腐、不能腐、不想腐; 马上就办、办就办好; 小事不出村，大事不出镇;
    // and three or more single ideographs listed with 、 (人、房、地、钱; 稳、进、高、新).
    let members: Vec<&str> = name.split(['、', '，', ',']).collect();
    let single = |m: &&str| {
        let mut c = m.chars();
        c.next()
            .is_some_and(|c| crate::clean::chars::is_han(c) && !SPOKEN.contains(&c))
            && c.next().is_none()
    };
    let singles = members.len() >= 3 && !name.contains(['，', ',']) && members.iter().all(single);
    if singles || parallel_members(&members) && !evidence::listed_things(&members, jieba) {
        t.category = Category::Slogan;
        t.members = members.iter().map(|m| m.to_string()).collect();
        return t;
    }
    // 优化再融资审核注册机制: a task (improve the mechanism), not the name of one.
    if evidence::task(name) {
        return t;
    }
    if let Some(h) = closing_head(name, jieba) {
        t.category = Category::Program;
        t.head = Some(h.to_string());
        return t;
    }
    if let Some(category) = numbered_parts(&chars) {
        t.category = category;
        return t;
    }
    if (3..=6).contains(&chars.len())
        && (SERVICE_ENDINGS.iter().any(|e| name.ends_with(e))
            || themed(name, jieba)
            || conversion(&chars, jieba))
    {
        t.category = Category::Program;
        return t;
    }
    // Four chars and more are formulations (港人治港, 九二共识, 揭榜挂帅); shorter quoted
    // names stay `other` (金名片, 钉钉子) unless a head follows them; so do organisations,
    // places, events and products (上合组织, 成都大运会) and descriptions (更自动化的研究).
    if (4..=MAX_PLAIN_SLOGAN).contains(&chars.len())
        && chars
            .iter()
            .all(|&c| crate::clean::chars::is_han(c) || c == '·')
        && !chars.iter().any(|c| SPOKEN.contains(c) || *c == '的')
        && !evidence::entity(name, jieba)
        && !evidence::compound(name, jieba)
        && !evidence::particle(name, jieba)
        && !DOC_TYPES.iter().any(|t| t.len() > 3 && name.ends_with(t))
        && !char_play(name, jieba)
    {
        t.category = Category::Slogan;
    }
    t
}

/// A play on chars: four single-char words, nouns and two or more qualities (adjectives,
/// adverbs), a shuffle of qualities (特新精优); a formulation of four chars holds words
/// (揭榜挂帅, 专精|特|新), actions (接|诉|即|办), particles (国之大者) or one quality (大思政课).
fn char_play(name: &str, jieba: &Jieba) -> bool {
    let tags = jieba.tag(name, false);
    let quality = |t: &&jieba_rs::Tag| matches!(t.tag, "a" | "ag" | "ad" | "d");
    tags.len() == 4
        && tags
            .iter()
            .all(|t| t.word.chars().count() == 1 && (quality(&t) || matches!(t.tag, "n" | "ng")))
        && tags.iter().filter(quality).count() >= 2
}

/// Members of a parallel formulation: two or more, of 2–8 ideographs each, without 的
/// (马上就办、办就办好; not 都有政府、基金的人来帮忙, nor a gloss: 三网（围网、拦网、网箱）).
/// Two words of two chars are a plain coordination (更能、更好), and members opening with
/// 边 or 一边 are things done at once (边观赛、边互动): not formulations.
fn parallel_members(members: &[&str]) -> bool {
    let pair_of_words = members.len() == 2 && members.iter().all(|m| m.chars().count() == 2);
    let at_once = members
        .iter()
        .all(|m| m.starts_with('边') || m.starts_with("一边"));
    members.len() >= 2
        && !pair_of_words
        && !at_once
        && members.iter().all(|m| {
            (2..=8).contains(&m.chars().count())
                && m.chars()
                    .all(|c| (crate::clean::chars::is_han(c) && c != '的') || c == '·')
        })
}

/// A formulation of numbered parts, each a numeral and one to three chars: 三基地一屏障一高地,
/// 一圈一网一高地, 五税两费, 三攻坚一盘活. A program when a part ends with a program head
/// (三基地…), `other` when every part counts facilities (三站一场), a slogan otherwise.
fn numbered_parts(chars: &[char]) -> Option<Category> {
    let starts: Vec<usize> = (0..chars.len())
        .filter(|&i| digit(chars[i]).is_some() && !FINANCIAL_NUMERALS.contains(&chars[i]))
        .collect();
    let ends = starts.iter().skip(1).copied().chain([chars.len()]);
    let parts: Vec<String> = starts
        .iter()
        .zip(ends)
        .map(|(&a, b)| chars[a..b].iter().collect())
        .collect();
    let fits = starts.first() == Some(&0)
        && parts.len() >= 2
        && parts.iter().all(|p| (2..=4).contains(&p.chars().count()))
        && chars.iter().all(|&c| crate::clean::chars::is_han(c));
    let headed = |p: &String| {
        PROGRAM_HEADS
            .iter()
            .any(|h| p.ends_with(h) && p.len() > h.len())
    };
    // 三站一场, 两馆一中心: facilities counted, not a formulation.
    let facility = |p: &String| FACILITIES.iter().any(|f| p.ends_with(f));
    fits.then(|| {
        if parts.iter().all(facility) {
            Category::Other
        } else if parts.iter().any(headed) {
            Category::Program
        } else {
            Category::Slogan
        }
    })
}

/// Facilities that numbered parts may count: 三站一场 (stations and an airport).
const FACILITIES: &[&str] = &[
    "站", "场", "馆", "港", "园", "院", "校", "厂", "桥", "库", "楼", "中心",
];

/// A conversion named by its two ends, one char each: 煤改气, 营改增, 村改支, 农转非; not a
/// modifier and a word (大|转变, 微|改造).
fn conversion(chars: &[char], jieba: &Jieba) -> bool {
    let word: String = chars.iter().skip(1).collect();
    matches!(chars, [a, '改' | '转', b]
        if crate::clean::chars::is_han(*a) && crate::clean::chars::is_han(*b))
        && !jieba.has_word(&word)
}

/// A place-themed program: an opening of [`THEMED_PROGRAMS`] and a place (智慧海南, 数字中国;
/// not 数字鸿沟).
fn themed(name: &str, jieba: &Jieba) -> bool {
    let themed_opening = THEMED_PROGRAMS.iter().any(|p| {
        name.strip_prefix(p).is_some_and(|place| {
            let tags = jieba.tag(place, false);
            tags.len() == 1 && tags[0].tag == "ns"
        })
    });
    // A word of one or two chars and a province or city: 电动贵州, 水运江苏, 乐·上海, 投资重庆;
    // not two places (南京江宁).
    let tags = jieba.tag(name, false);
    let tags: Vec<_> = tags.iter().filter(|t| t.word != "·").collect();
    let word_and_place = matches!(tags[..], [w, place]
        if place.tag == "ns"
            && place.word.chars().count() >= 2
            && w.word.chars().count() <= 2
            && w.word.chars().all(crate::clean::chars::is_han)
            && !evidence::proper(w.tag)
            && w.tag != "m");
    themed_opening || word_and_place
}

/// Bodies counted by a numeral: 两院 (the academies), 两委 (the village committees), 两会.
const BODIES: &[&str] = &[
    "院", "委", "会", "局", "厅", "所", "校", "馆", "部", "办", "司", "社", "团", "军",
];

/// Pronouns of address and sentence particles: a quote holding one is speech, not a
/// formulation (我 is not one: 我为群众办实事).
const SPOKEN: &[char] = &[
    '你', '您', '他', '她', '咱', '哪', '吗', '呢', '吧', '啊', '呀', '啦', '嘛', '哦',
];

/// Types a numbered name: 两个确立 and 五位一体 are slogans, 六项工程 and 六个区 programs. A
/// weak head standing alone that jieba reads as a verb is a duty counted, not a program
/// (四个服务: a slogan, as 两个维护).
fn type_numbered(t: &mut Term, n: u32, rest: String, jieba: &Jieba) {
    t.n = Some(n);
    let duty = || {
        PROGRAM_HEADS.contains(&rest.as_str())
            && !STRONG_HEADS.contains(&rest.as_str())
            && jieba
                .tag(&rest, false)
                .first()
                .is_some_and(|w| w.word == rest && matches!(w.tag, "v" | "vn"))
    };
    if let Some(h) = SLOGAN_HEADS
        .iter()
        .find(|h| rest.ends_with(*h) || rest.starts_with(*h))
    {
        t.category = Category::Slogan;
        t.head = Some(h.to_string());
    } else if n > 1 && (!PROGRAM_HEADS.iter().any(|h| rest.ends_with(*h)) || duty()) {
        // 五位一体, 六稳, 两个大局: a numbered formulation with no program head (一表通,
        // 一带一路 name one thing: programs; 五个中心, 十大工程 have a head).
        t.category = Category::Slogan;
        t.head = Some(rest);
    } else {
        t.category = Category::Program;
        t.head = PROGRAM_HEADS
            .iter()
            .find(|h| rest.ends_with(*h))
            .map(|h| h.to_string())
            .or(Some(rest));
    }
}

/// A strong head that closes a name as a word of its own: 千万工程 (千万|工程), not 系统工程
/// (one word) nor 伍体系.
fn closing_head(name: &str, jieba: &Jieba) -> Option<&'static str> {
    let len = name.chars().count();
    let h = STRONG_HEADS
        .iter()
        .find(|h| name.ends_with(*h) && len > h.chars().count() + 1)?;
    let start = name.len() - h.len();
    let mut at = 0;
    for w in jieba.cut(name, false) {
        if at == start {
            return Some(h);
        }
        at += w.word.len();
    }
    None
}

/// Words before a quote that make it a figure of speech or a nickname.
const FIGURATIVE_CUES: &[&str] = &[
    "号称",
    "誉为",
    "称为",
    "称作",
    "堪称",
    "俗称",
    "人称",
    "昵称",
    "所谓",
    "变成",
    "成为",
    "当好",
    "争当",
    "化身",
    "比作",
    "打造成",
    "叫作",
    "被称",
    "命名为",
    "定义",
    "诊断为",
    "获评",
    "评为",
    "荣获",
    "授予",
];

pub(crate) fn figurative_cue(before: &[char]) -> bool {
    let tail: String = before
        .iter()
        .rev()
        .take(4)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    // The tail without 的 and 是 is trimmed once, and a tail whose last byte ends no cue is
    // tested no further.
    const LAST: u64 = crate::wordsets::last_bits(FIGURATIVE_CUES);
    let trimmed = tail.trim_end_matches(['的', '是']);
    let ends = |text: &str| {
        crate::wordsets::may_end_with_one(text, LAST)
            && FIGURATIVE_CUES.iter().any(|c| text.ends_with(c))
    };
    ends(&tail) || ends(trimmed)
}

/// Adverbs of one char that make the quote a predicate (都“择一事，终一生”, 很“不规矩”).
const ADVERBS: &[&str] = &["都", "也", "还", "就", "更", "很", "最", "才", "又"];

/// An adverb of one char stands right before the quote as a word of its own (但都, not 首都):
/// the quote is used as a verb or an adjective, not named.
fn adverb_before(before: &[char], jieba: &Jieba) -> bool {
    let tail: String = before[before.len().saturating_sub(4)..].iter().collect();
    jieba
        .cut(&tail, false)
        .last()
        .is_some_and(|w| ADVERBS.contains(&w.word))
}

/// Skips up to four modifier chars before a head: 等|为民服务|平台.
fn skip_modifier(after: &[char]) -> &[char] {
    (0..=4.min(after.len()))
        .map(|k| &after[k..])
        .find(|rest| head_after(rest).is_some())
        .unwrap_or(after)
}

/// Numerals of amounts written out (壹, 伍, 拾): they never count a framework.
const FINANCIAL_NUMERALS: &[char] = &[
    '壹', '贰', '貳', '叁', '參', '肆', '伍', '陆', '陸', '柒', '捌', '玖', '拾', '佰', '仟',
];

/// A leading numeral and classifier: its value and the rest of the name.
fn numbered(chars: &[char]) -> Option<(u32, String)> {
    let digits = chars
        .iter()
        .take_while(|&&c| c.is_ascii_digit() || digit(c).is_some() || small_unit(c).is_some())
        .count();
    // Frameworks are counted in plain numerals: 伍 of 队伍 or 叁 of an amount never starts one.
    if digits == 0 || digits > 3 || FINANCIAL_NUMERALS.contains(&chars[0]) {
        return None;
    }
    let n = if chars[0].is_ascii_digit() {
        chars[..digits].iter().collect::<String>().parse().ok()?
    } else {
        parse_chinese(&chars[..digits])?.value as u32
    };
    let rest: String = chars[digits..].iter().collect();
    // 六稳, 六保, 五位一体: a numeral and a short word, with no classifier.
    let bare = (1..=3).contains(&rest.chars().count())
        && rest.chars().all(crate::clean::chars::is_han)
        && !rest.starts_with(['的', '之', '地', '得', '是', '和', '与']);
    let tail = CLASSIFIERS
        .iter()
        .find(|c| rest.starts_with(*c))
        .map(|c| rest[c.len()..].to_string())
        .or_else(|| bare.then(|| rest.clone()))?;
    ((1..=30).contains(&n) && (1..=8).contains(&tail.chars().count())).then_some((n, tail))
}

/// Terms outside quotes: numbered frameworks (健全五个体系, 提升7个能力) and parallel lists
/// (一体推进不敢腐、不能腐、不想腐), where they do not overlap `taken`.
pub(crate) fn unquoted(chars: &[char], taken: &[Term], jieba: &Jieba) -> Vec<Term> {
    let free = |s: usize, e: usize| taken.iter().all(|t| e <= t.span[0] || s >= t.span[1]);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if !(c.is_ascii_digit() || is_numeral_char(c)) {
            i += 1;
            continue;
        }
        let starts_number = (digit(c).is_some() && c != '零' && c != '〇')
            || c == '十'
            || (c.is_ascii_digit()
                && !i
                    .checked_sub(1)
                    .is_some_and(|p| chars[p].is_ascii_digit() || chars[p] == '.'));
        if starts_number
            && !i
                .checked_sub(1)
                .is_some_and(|p| digit(chars[p]).is_some() || chars[p] == '第')
        {
            if let Some(t) = numbered_at(chars, i, jieba) {
                if free(t.span[0], t.span[1]) {
                    i = t.span[1];
                    out.push(t);
                    continue;
                }
            }
        }
        i += 1;
    }
    out.extend(parallel_lists(chars, jieba).into_iter().filter(|t| {
        let members: Vec<&str> = t.members.iter().map(String::as_str).collect();
        free(t.span[0], t.span[1]) && !evidence::listed_things(&members, jieba)
    }));
    // Overlaps between rules are settled with the lexicon's names (leftmost, then longest).
    out.extend(
        headed_programs(chars, jieba)
            .into_iter()
            .chain(super::laws::law_titles(chars, jieba))
            .chain(super::issued::issued_titles(chars))
            .filter(|t| free(t.span[0], t.span[1])),
    );
    out
}

/// Verbs that launch a named program written without quotes: 实施|新时代立德树人工程; and
/// verbs that complete or obtain one: 完成|X三年行动任务, 获批|X试点.
const LAUNCH_VERBS: &[&str] = &[
    "实施",
    "开展",
    "启动",
    "推进",
    "深化",
    "组织实施",
    "抓好",
    "落实好",
    "完成",
    "获批",
];
/// Verbs of [`LAUNCH_VERBS`] that complete or obtain a program rather than launch it: their
/// object is named only with a program's own head ([`STRICT_HEADS`]), as a subject is
/// (完成|全部在役机组超低排放改造 is construction).
const COMPLETING_VERBS: &[&str] = &["完成", "获批"];
/// The heads of a name that opens a clause or follows a completing verb: a campaign or a
/// pilot (not 主体工程, 立法规划, 经济体系, 改造 of works).
const STRICT_HEADS: &[&str] = &["三年行动", "行动计划", "行动", "试点"];
/// Heads that close such a name, longest first where they share an ending. 教育 heads a
/// campaign only as 学习教育 or 主题教育 (开展|党史学习教育; not 人工智能通识教育).
const LAUNCHED_HEADS: &[&str] = &[
    "三年行动",
    "行动计划",
    "学习教育",
    "主题教育",
    "工作法",
    "攻坚战",
    "新机制",
    "改革",
    "工程",
    "行动",
    "计划",
    "战略",
    "试点",
    "改造",
    "规划",
    "体系",
    "专项整治",
    "集中整治",
    "运动",
];
/// The heads of a campaign or a pilot, whose names run long (开展|森林火灾重大隐患动态清零和查处
/// 违规用火行为专项行动): their modifier may have up to [`CAMPAIGN_MODIFIER`] chars, that of
/// the other heads fourteen.
const CAMPAIGN_HEADS: &[&str] = &[
    "三年行动",
    "行动计划",
    "行动",
    "试点",
    "专项整治",
    "集中整治",
];
/// The longest modifier of a campaign's name.
const CAMPAIGN_MODIFIER: usize = 24;
/// Openings of a generic object, not a name: 实施|一批重大工程, 开展|专项整治行动,
/// 深化|体制机制改革, 推进|系统集成改革.
const GENERIC_OPENINGS: &[&str] = &[
    "一批",
    "一系列",
    "系列",
    "各类",
    "各项",
    "多项",
    "若干",
    "重大",
    "重点",
    "相关",
    "有关",
    "专项",
    "一项",
    "一场",
    "好",
    "体制机制",
    "关键",
    "更多",
    "系统",
];
/// Openings of [`GENERIC_OPENINGS`] that begin a name when a long modifier follows them
/// (重点青少年群体关爱服务行动; not 重点领域专项行动).
const SCOPE_OPENINGS: &[&str] = &["重点", "重大"];
/// The shortest modifier after a [`SCOPE_OPENINGS`] opening, and of a name that opens a clause.
const LONG_MODIFIER: usize = 8;

/// Determiners and scopes between a launching verb and the program it names: 开展|新一轮|
/// 禁毒专项行动, 开展|重点行业|节能降碳改造.
const DETERMINERS: &[&str] = &[
    "新一轮",
    "这项",
    "该项",
    "此次",
    "本次",
    "新一期",
    "第一批",
    "第二批",
    "全国首个",
    "全国首批",
    "首个",
    "首批",
    "重点行业领域",
    "重点行业",
    "重点领域",
];

/// Verbs of a clause that a name does not hold: 实施A并加快B工程 holds two clauses, and so does
/// a list that runs on (实施A规划、落实B规划); 开展|深入贯彻中央八项规定精神学习教育 names the
/// formulation it applies.
const CLAUSE_VERBS: &[&str] = &["确保", "贯彻", "落实", "并"];

/// Words after a launched name's head that close the name as an object: 完成|X三年行动|任务.
const OBJECT_ENDS: &[&str] = &["任务"];
/// Words after a name that opens a clause as its subject: X行动计划|顺利完成, X试点|获批.
const SUBJECT_ENDS: &[&str] = &["顺利", "圆满", "获批", "取得", "形成", "正式", "全面"];

/// Programs named without quotes and closed by a program head: after a verb that launches
/// them, at the end of the phrase or before 任务 (深入推进城市基础设施生命线安全工程，), and the
/// names of the same form listed after them (实施医疗卫生强基工程、康复护理扩容提升工程); or
/// as the subject of a clause (。X改革攻坚深化提升行动顺利收官).
fn headed_programs(chars: &[char], jieba: &Jieba) -> Vec<Term> {
    // Most positions end no verb: their last chars are checked first.
    let last: Vec<char> = LAUNCH_VERBS
        .iter()
        .filter_map(|v| v.chars().last())
        .collect();
    const VERB_ENDS: u64 = last_bits(LAUNCH_VERBS);
    let subject_ends = subject_ends(chars);
    let mut out = Vec::new();
    for i in 0..chars.len() {
        let opens = i == 0 || matches!(chars[i - 1], '，' | '。' | '；' | '：' | '！' | '？');
        if opens && may_name_subject(chars, i, &subject_ends) {
            out.extend(launched_name(chars, i, jieba, [true, true]));
        }
        let launched = i >= 2
            && VERB_ENDS & low_bit(chars[i - 1]) != 0
            && last.contains(&chars[i - 1])
            && LAUNCH_VERBS.iter().any(|v| ends_with(&chars[..i], v));
        if !launched {
            continue;
        }
        let strict = COMPLETING_VERBS.iter().any(|v| ends_with(&chars[..i], v));
        // The first name, then each name listed after it with 、, each after its
        // determiner (实施A行动、新一轮|B行动).
        let mut at = after_determiner(chars, i);
        while let Some(t) = launched_name(chars, at, jieba, [false, strict]) {
            at = t.span[1] + 1;
            out.push(t);
            if chars.get(at - 1) != Some(&'、') {
                break;
            }
            at = after_determiner(chars, at);
        }
    }
    out
}

/// The positions where a name that opens a clause may end ([`launched_end`] for a subject):
/// right after one of [`STRICT_HEADS`] and before one of [`SUBJECT_ENDS`]. Most paragraphs
/// have none, so most clauses are passed over without reading their phrase.
fn subject_ends(chars: &[char]) -> Vec<usize> {
    const ENDS: u64 = first_bits(SUBJECT_ENDS);
    (2..chars.len())
        .filter(|&e| {
            ENDS & low_bit(chars[e]) != 0
                && SUBJECT_ENDS.iter().any(|w| starts_with(&chars[e..], w))
                && STRICT_HEADS.iter().any(|h| ends_with(&chars[..e], h))
        })
        .collect()
}

/// Whether a subject's name may open at `at`: one of `subject_ends` ([`subject_ends`]) lies
/// two chars or more after it, within its phrase (no char that is no letter, digit or
/// ideograph between).
fn may_name_subject(chars: &[char], at: usize, subject_ends: &[usize]) -> bool {
    let word = |c: char| crate::clean::chars::is_han(c) || c.is_ascii_alphanumeric();
    let next = subject_ends.partition_point(|&e| e < at + 2);
    subject_ends
        .get(next)
        .is_some_and(|&e| chars[at..e].iter().all(|&c| word(c)))
}

/// Where a name after a launching verb starts: after a determiner of [`DETERMINERS`] at `at`
/// (开展|新一轮|禁毒专项行动), else at `at`.
fn after_determiner(chars: &[char], at: usize) -> usize {
    let rest = &chars[at..chars.len().min(at + 6)];
    at + DETERMINERS
        .iter()
        .find(|d| starts_with(rest, d))
        .map_or(0, |d| d.chars().count())
}

/// Where a launched name from `at` ends: the last position of its phrase (up to the next char
/// that is no letter, digit or ideograph) closed by a launched head and followed by the
/// phrase's end or a word of `ends` (a subject always by one of `ends`); a `strict` name by
/// one of [`STRICT_HEADS`] only.
fn launched_end(
    chars: &[char],
    at: usize,
    [subject, strict]: [bool; 2],
) -> Option<(usize, &'static str)> {
    let word = |c: char| crate::clean::chars::is_han(c) || c.is_ascii_alphanumeric();
    let phrase_end = (at..chars.len())
        .find(|&j| !word(chars[j]))
        .unwrap_or(chars.len());
    let ends = if subject { SUBJECT_ENDS } else { OBJECT_ENDS };
    let heads = if strict { STRICT_HEADS } else { LAUNCHED_HEADS };
    // The end words' first chars (their low bits): most chars open none.
    let firsts = first_bits(ends);
    (at + 2..=phrase_end).rev().find_map(|e| {
        let rest = &chars[e..phrase_end];
        let opens_end = rest.first().is_some_and(|&c| firsts & low_bit(c) != 0);
        let closed = (e == phrase_end && !subject)
            || (opens_end && ends.iter().any(|w| starts_with(rest, w)));
        // Closed first: most positions are not, and the heads are many.
        let head = closed.then(|| heads.iter().find(|h| ends_with(&chars[at..e], h)));
        head.flatten().map(|h| (e, *h))
    })
}

/// The program named from `at` ([`launched_end`]), six chars or more in all after a modifier
/// of two to fourteen chars (a campaign's to [`CAMPAIGN_MODIFIER`]) that is no generic object nor a count in figures (30多项, 数十栋;
/// 千亿斤粮食产能提升行动 is a name; a scope such as 重点 before a long
/// modifier is one), holds no 的, no 是 and no verb of the clause (but the verb that names the
/// action: 深化提升|行动), and is no construction at a place nor a 系统工程 (a figure); a name
/// that opens a clause as its subject has a long modifier and opens with no verb, adverb,
/// preposition, conjunction, pronoun or time (全年).
fn launched_name(chars: &[char], at: usize, jieba: &Jieba, kind: [bool; 2]) -> Option<Term> {
    let [subject, _] = kind;
    let (end, head) = launched_end(chars, at, kind)?;
    let name: String = chars[at..end].iter().collect();
    let modifier = name.chars().count() - head.chars().count();
    let scoped = SCOPE_OPENINGS.iter().any(|g| name.starts_with(g)) && modifier >= LONG_MODIFIER;
    // A launching verb inside names the action when another verb follows it before the
    // head (深化提升|行动; not 开展|主题教育).
    let action = |b: usize, v: &str| {
        let from = name[..b].chars().count();
        from >= modifier.saturating_sub(4) && from + v.chars().count() < modifier
    };
    let longest = if CAMPAIGN_HEADS.contains(&head) {
        CAMPAIGN_MODIFIER
    } else {
        14
    };
    let fits = (2..=longest).contains(&modifier)
        && modifier + head.chars().count() >= 6
        && (scoped || !GENERIC_OPENINGS.iter().any(|g| name.starts_with(g)))
        && !name.starts_with(['了', '和', '与', '及', '等'])
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && !["数十", "数百", "数千", "数万"]
            .iter()
            .any(|g| name.starts_with(g))
        && !name.contains(['的', '是'])
        && !name[..name.len() - head.len()].ends_with(['和', '与', '及', '等'])
        && !name
            .split('等')
            .skip(1)
            .any(|rest| rest.starts_with(|c: char| c.is_ascii_digit() || is_numeral_char(c)))
        && !name.ends_with("系统工程")
        && !joins_two(&name, head)
        && !CLAUSE_VERBS.iter().any(|v| name.contains(v))
        && !LAUNCH_VERBS
            .iter()
            .any(|v| name.match_indices(v).any(|(b, _)| !action(b, v)));
    // 改造 of a place's facility is construction (奇姆肯特炼厂改造).
    let first = || jieba.tag(&name, false).into_iter().next();
    let built = || head == "改造" && first().is_some_and(|w| matches!(w.tag, "ns" | "nr" | "nt"));
    let opening = || {
        !subject
            || (modifier >= LONG_MODIFIER
                && first()
                    .is_some_and(|w| !matches!(&w.tag[..1], "v" | "d" | "p" | "c" | "r" | "t")))
    };
    (fits && !built() && opening()).then(|| {
        let mut t = term(name.clone(), Category::Program, [at, end], false, None);
        t.head = Some(head.to_string());
        t
    })
}

/// Whether a launched name joins two names with 和, 与 or 及, the first closed by a launched
/// head: 金融化险改革和低空空域管理改革 are two reforms, 健康中国行动和爱国卫生运动 two programs.
fn joins_two(name: &str, head: &str) -> bool {
    LAUNCHED_HEADS.iter().chain([&head]).any(|h| {
        name.match_indices(h)
            .any(|(b, _)| name[b + h.len()..].starts_with(['和', '与', '及']))
    })
}

/// Heads of numbered frameworks found outside quotes (counts like 4个服务 are not names).
const UNQUOTED_HEADS: &[&str] = &[
    "体系",
    "能力",
    "工程",
    "确立",
    "维护",
    "意识",
    "自信",
    "作用",
    "定位",
    "规定",
    "坚持",
    "务必",
    "行动",
    "机制",
    "战略",
    "攻坚战",
];

/// 五个体系 at `i`: a number up to 12, a classifier, and a framework head, in one word.
fn numbered_at(chars: &[char], i: usize, jieba: &Jieba) -> Option<Term> {
    let end = chars.len().min(i + 10);
    let stop = chars[i..end]
        .iter()
        .position(|&c| !(crate::clean::chars::is_han(c) || c.is_ascii_digit()))
        .map_or(end, |p| i + p);
    let wchars = &chars[i..stop];
    // Most numbers (一 above all) stand before no framework head: skip them cheaply.
    if !holds_any(wchars.get(1..).unwrap_or_default(), UNQUOTED_HEADS) {
        return None;
    }
    let (n, rest) = numbered(wchars)?;
    // 一项系统工程 counts nothing; the 伍 of 队伍体系 is inside a word.
    let in_word = |p: usize| {
        let pair: String = chars[p..=i].iter().collect();
        jieba.has_word(&pair)
    };
    if !(2..=12).contains(&n) || i.checked_sub(1).is_some_and(in_word) {
        return None;
    }
    let prefix_len = wchars.len() - rest.chars().count();
    // The head must close the name: 五个体系, 七个能力, 两个确立.
    for len in (1..=rest.chars().count().min(6)).rev() {
        let cand: String = rest.chars().take(len).collect();
        let framework = |h: &&&str| {
            cand.ends_with(**h) && cand.chars().count() <= 4 && UNQUOTED_HEADS.contains(*h)
        };
        let slogan = SLOGAN_HEADS.iter().find(framework);
        let program = PROGRAM_HEADS.iter().find(framework);
        if slogan.is_some() || program.is_some() {
            let name: String = wchars[..prefix_len + len].iter().collect();
            let mut t = term(
                name,
                if slogan.is_some() {
                    Category::Slogan
                } else {
                    Category::Program
                },
                [i, i + prefix_len + len],
                false,
                None,
            );
            t.n = Some(n);
            t.head = slogan.or(program).map(|h| h.to_string());
            return Some(t);
        }
    }
    None
}

/// Whether one of `words` stands anywhere in `chars` (as a search of the text they spell
/// finds it, without the text): the words' first chars rule out most positions.
fn holds_any(chars: &[char], words: &[&str]) -> bool {
    let firsts = first_bits(words);
    (0..chars.len()).any(|k| {
        firsts & low_bit(chars[k]) != 0 && words.iter().any(|w| starts_with(&chars[k..], w))
    })
}

/// Parallel lists of three or more items of one length (2–8 chars) that are parallel by
/// [`parallel_items`] and stand as a phrase by [`list_fits`]: 不敢腐、不能腐、不想腐, 营造|尊商、
/// 重商、亲商、护商的氛围, 全力|防风险、保安全、护稳定.
fn parallel_lists(chars: &[char], jieba: &Jieba) -> Vec<Term> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // A list needs 、 right after its first item: only those lengths are tried.
        for len in (2..=8)
            .rev()
            .filter(|&len| chars.get(i + len) == Some(&'、'))
        {
            let mut items = Vec::new();
            let mut j = i;
            while j + len <= chars.len()
                && chars[j..j + len]
                    .iter()
                    .all(|&c| crate::clean::chars::is_han(c))
            {
                items.push(&chars[j..j + len]);
                j += len;
                if chars.get(j) == Some(&'、') {
                    j += 1;
                } else {
                    break;
                }
            }
            let end = if chars.get(j.wrapping_sub(1)) == Some(&'、') {
                j - 1
            } else {
                j
            };
            if items.len() >= 3 && list_fits(chars, [i, end], &items, jieba) {
                let name: String = chars[i..end].iter().collect();
                let mut t = term(name, Category::Slogan, [i, end], false, None);
                t.members = items.iter().map(|it| it.iter().collect()).collect();
                out.push(t);
                i = end;
                break;
            }
        }
        i += 1;
    }
    out
}

/// Whether the parallel list of `items` at `span` stands as a phrase. Four items or more
/// mark the first one's start by themselves (营造|尊商、重商、亲商、护商); three need the
/// phrase's start or a verb before them, or a word's end by jieba's cut, items of three chars
/// or more and no list of kinds ([`kinds`]); none is read from its second item. Items of up
/// to four chars may run on when four or more or opened without the cut (规规矩矩、老老实实、
/// 干干净净|为党…); others close at punctuation or 的 (not 发展为了人民、发展依靠人民、
/// 发展成果由人|民共享).
fn list_fits(chars: &[char], [i, end]: [usize; 2], items: &[&[char]], jieba: &Jieba) -> bool {
    let len = items[0].len();
    if i > 0 && chars[i - 1] == '、' {
        return false;
    }
    let opening = list_opens(chars, i, len, jieba);
    let opens = match opening {
        Some(false) => true,
        Some(true) => len >= 3 && !kinds(items, jieba),
        None => false,
    };
    let closes = chars
        .get(end)
        .is_none_or(|&c| !crate::clean::chars::is_han(c) || c == '的');
    (items.len() >= 4 || opens)
        && ((len <= 4 && (items.len() >= 4 || opening != Some(true))) || closes)
        && parallel_items(items, jieba)
}

/// Whether a list's first item of `len` chars at `i` opens a phrase: `Some(false)` at the
/// text's start, after a char that is no ideograph (not 、: a list is not read from its
/// second item) or after a verb ([`is_verb_before`]); `Some(true)` after a word ending right
/// before it by jieba's cut of the two chars before and the item (但|求和平, 多做|打基础;
/// not 的含|金量); `None` otherwise.
fn list_opens(chars: &[char], i: usize, len: usize, jieba: &Jieba) -> Option<bool> {
    if i > 0 && chars[i - 1] == '、' {
        return None;
    }
    if i == 0 || !crate::clean::chars::is_han(chars[i - 1]) || is_verb_before(chars, i) {
        return Some(false);
    }
    let from = i.saturating_sub(2);
    let window: String = chars[from..i + len].iter().collect();
    let mut at = from;
    for w in jieba.cut(&window, false) {
        if at == i {
            return Some(true);
        }
        at += w.word.chars().count();
        if at > i {
            return None;
        }
    }
    None
}

/// Whether a list names kinds of one thing, not a formulation: every item one noun by
/// jieba's tags (乱收费、乱罚款、乱摊派), the chars the items share all at their end, a
/// common head (服务贸易、数字贸易、绿色贸易; 美丽江西、平安江西、法治江西), or all at their
/// start before one noun each, a common modifier (不同层级、不同领域; 跨地区、跨部门; not
/// 老有所学、老有所乐).
fn kinds(items: &[&[char]], jieba: &Jieba) -> bool {
    let len = items[0].len();
    let shared: Vec<usize> = (0..len)
        .filter(|&p| items.iter().all(|it| it[p] == items[0][p]))
        .collect();
    let n = shared.len();
    let head = n > 0 && (0..n).all(|k| shared[k] == len - n + k);
    let nouns = |from: usize| {
        items
            .iter()
            .all(|it| one_noun(&it[from..].iter().collect::<String>(), jieba))
    };
    let modifier = n > 0 && n < len && (0..n).all(|k| shared[k] == k) && nouns(n);
    head || modifier || nouns(0)
}

/// Whether `text` is one noun, place, name or organisation by jieba's tags.
fn one_noun(text: &str, jieba: &Jieba) -> bool {
    matches!(&jieba.tag(text, false)[..], [t] if matches!(t.tag, "n" | "ns" | "nr" | "nt" | "nrt" | "nrfg" | "j"))
}

/// Whether the items of a list are parallel: they share a char in the same place (two
/// places for items of five chars or more: 农业全面升级、农村全面进步; one char may be chance
/// there), repeat their chars in the same non-trivial pattern (规规矩矩、老老实实;
/// 较真较劲攻难关、过经过脉抓具体), or are of three chars, each a verb and its object or
/// complement, most opening with a verb by jieba's tags and none one noun or name
/// (防风险、保安全、护稳定; 打基础、增后劲、利长远; not 乱收费、乱罚款, not a list of names).
fn parallel_items(items: &[&[char]], jieba: &Jieba) -> bool {
    let len = items[0].len();
    let shared = (0..len)
        .filter(|&p| items.iter().all(|it| it[p] == items[0][p]))
        .count();
    if shared >= if len <= 4 { 1 } else { 2 } {
        return true;
    }
    let pattern = |it: &[char]| -> Vec<usize> {
        it.iter()
            .map(|c| it.iter().position(|d| d == c).unwrap_or(0))
            .collect()
    };
    let first = pattern(items[0]);
    if len >= 4
        && first.iter().enumerate().any(|(k, &p)| p != k)
        && items.iter().all(|it| pattern(it) == first)
    {
        return true;
    }
    len == 3 && verb_objects(items, jieba)
}

/// Items of three chars that read as verbs and their objects or complements: more than half
/// open with a verb, an idiom or a phrase by jieba's tags (防|风险, 打基础, 落下去), and none is
/// one noun, place, name or organisation (乱收费, 哈尔滨).
fn verb_objects(items: &[&[char]], jieba: &Jieba) -> bool {
    let mut verbal = 0;
    for it in items {
        let text: String = it.iter().collect();
        let tags = jieba.tag(&text, false);
        let Some(first) = tags.first() else {
            return false;
        };
        if one_noun(&text, jieba) {
            return false;
        }
        verbal += usize::from(matches!(first.tag, "v" | "l" | "i"));
    }
    2 * verbal > items.len()
}

/// A short verb before a list (一体推进|不敢腐、…) leaves the list a term of its own.
fn is_verb_before(chars: &[char], i: usize) -> bool {
    [
        "推进", "推动", "坚持", "做到", "实现", "落实", "践行", "树牢", "增强", "坚定", "促进",
    ]
    .iter()
    .any(|v| i >= 2 && chars[i - 2..i].iter().copied().eq(v.chars()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_subject_prefilter_passes_over_no_subject() {
        let jieba = Jieba::new();
        let mut opened = 0;
        for text in [
            "。全市老旧街区更新改造提升三年行动顺利收尾，",
            "，城乡融合发展体制机制改革试点获批。",
            "本市青少年科学素养提升行动全面展开；实施乡村建设行动，取得成效。",
            "，两项试点，形成经验。",
        ] {
            let chars: Vec<char> = text.chars().collect();
            let ends = subject_ends(&chars);
            for i in 0..chars.len() {
                let may = may_name_subject(&chars, i, &ends);
                opened += usize::from(may);
                if launched_name(&chars, i, &jieba, [true, true]).is_some() {
                    assert!(may, "{text} at {i}");
                }
            }
        }
        assert!(opened > 0);
    }

    /// Round 20: a series of three verb-object maxims, of repeated patterns or of long items
    /// sharing two places is a slogan after a word's end by jieba's cut (但|求和平, 多做|打基础); a list
    /// of kinds there (one noun each, or a common head), names, a list read from its second
    /// item or two items are not (sentences written for the test).
    #[test]
    fn parallel_maxims_are_slogans_and_lists_of_kinds_are_not() {
        let jieba = Jieba::new();
        let lists = |text: &str| -> Vec<String> {
            let chars: Vec<char> = text.chars().collect();
            parallel_lists(&chars, &jieba)
                .into_iter()
                .map(|t| t.name)
                .collect()
        };
        for (text, name) in [
            (
                "全市上下全力防风险、保安全、护稳定，成效明显。",
                "防风险、保安全、护稳定",
            ),
            (
                "但求和平、促发展、谋合作的潮流不可阻挡。",
                "求和平、促发展、谋合作",
            ),
            (
                "多做打基础、增后劲、利长远的实事。",
                "打基础、增后劲、利长远",
            ),
            (
                "让每项工作都落下去、实起来、干到位。",
                "落下去、实起来、干到位",
            ),
            (
                "干部要守纪律，规规矩矩、老老实实、干干净净为人民做事。",
                "规规矩矩、老老实实、干干净净",
            ),
            (
                "着眼于促进农业全面升级、农村全面进步、农民全面发展，宣传政策。",
                "农业全面升级、农村全面进步、农民全面发展",
            ),
            (
                "提高产业的含金量、含新量、含绿量，增强竞争力。",
                "含金量、含新量、含绿量",
            ),
        ] {
            assert_eq!(lists(text), [name], "{text}");
        }
        for text in [
            "坚决查处乱收费、乱罚款、乱摊派。",
            "积极发展服务贸易、数字贸易、绿色贸易。",
            "持续深化美丽江西、平安江西、法治江西建设。",
            "获奖者有王小明、李建国、张红梅三人。",
            "城市有地铁、公交、出租车。",
            "确保平时产得出、供得足。",
            "加强跨地区、跨部门、跨层级协同。",
            "坚持发展为了人民、发展依靠人民、发展成果由人民共享。",
        ] {
            assert!(lists(text).is_empty(), "{text}: {:?}", lists(text));
        }
        // Not read from a list's second item: 稳增长 opens it, and the rest is no list alone.
        assert!(lists("坚持稳增长、促转型、惠民生、防风险。")
            .iter()
            .all(|n| n.starts_with('稳')));
    }
}
