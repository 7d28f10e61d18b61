//! The boilerplate rules: one table, read top to bottom. Each rule names the reason recorded
//! with every removal it makes.

use regex::{Regex, RegexSet};
use std::sync::OnceLock;

pub use crate::document::Reason;

/// What a rule's match removes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The pattern is tested on a trimmed line; a match removes the whole line.
    Line,
    /// Every match inside a line is removed, the rest of the line stays.
    Inline,
    /// Matched on the whole text; a match may span lines.
    Block,
    /// A match removes everything from its line to the end of the text, if little follows.
    Tail,
}

/// One boilerplate rule.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// The rule's name, as `removals[].rule` gives it.
    pub name: &'static str,
    /// Why what it matches is removed.
    pub reason: Reason,
    /// What it matches: a whole line, a run inside a line, a block, the tail.
    pub scope: Scope,
    /// Its regular expression.
    pub pattern: &'static str,
    /// A line rule applies only to lines of at most this many chars.
    pub max_chars: usize,
}

const fn rule(name: &'static str, reason: Reason, scope: Scope, pattern: &'static str) -> Rule {
    short(name, reason, scope, pattern, usize::MAX)
}

const fn short(
    name: &'static str,
    reason: Reason,
    scope: Scope,
    pattern: &'static str,
    max_chars: usize,
) -> Rule {
    Rule {
        name,
        reason,
        scope,
        pattern,
        max_chars,
    }
}

use Reason::*;
use Scope::*;

/// Every boilerplate rule. Line patterns see the line with surrounding white space trimmed.
#[rustfmt::skip]
pub const RULES: &[Rule] = &[
    // Captions.
    rule("caption_triangle", Caption, Line, r"^▲"),
    short("caption_picture_note", Caption, Line, r"[（(](资料图片|图片|供图|受访者供图|[^（）()]{0,30}摄)[）)]$", 120),
    short("caption_photographer", Caption, Line, r"(记者|通讯员|摄影|特约摄影)[^，。；：！？]{1,16}摄$", 120),
    short("caption_picture_credit", Caption, Line, r"^(本版|本期)?(图片来源|图片|制图|供图|摄影)[：:]", 50),
    rule("caption_photo_report", Caption, Line, r"^(图片报道|图片新闻|组图)$"),
    // Bylines and credits.
    short("byline_square", Byline, Line, r"^[■□]", 40),
    rule("byline_author_unit", Byline, Line, r"^[（(]作者(单位|系)[：:]"),
    short("byline_editor", Byline, Line, r"^(本版|本期)?(责任编辑|责编|编辑|统筹|策划|版式设计|版面设计|美编|校对|监制)([：:]|\s)", 60),
    rule("byline_mailbox", Byline, Line, r"^(本版|栏目投稿)?邮箱[：:]"),
    // Page chrome.
    rule("chrome_location", PageChrome, Line, r"^当前位置[：:]"),
    rule("chrome_font_size", PageChrome, Block, r"【字体[：:]\s*[大中小](\s*[大中小]){2}\s*】"),
    rule("chrome_widget", PageChrome, Line, r"^【(E-mail推荐|打印|关闭|收藏|打印本页|关闭窗口)"),
    rule("chrome_site_header", PageChrome, Inline, r"中央政府门户网站\s*www\.gov\.cn(\s*\d{4}年\d{2}月\d{2}日\s*\d{1,2}时\d{2}分)?(\s*来源[：:]\s*\S+)?"),
    rule("chrome_nav", PageChrome, Line, r"^(首页|返回首页|网站首页|打印本页|关闭窗口|返回顶部|上一页|下一页|分享到[：:]?)$"),
    rule("chrome_meta_label", PageChrome, Line, r"^(发表时间|发布时间|来源|阅读量|浏览次数|点击数|字号)[：:]$"),
    rule("chrome_timestamp", PageChrome, Line, r"^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?$"),
    // The buttons of a page's tool bar, scraped one a line (下载 / 打印 / 全屏 / 收藏, 【字号： /
    // 加大 / 还原 / 减小 / 】, 登录 / 注册), or run together when the scraper kept them on one line.
    rule("chrome_toolbar", PageChrome, Line, r"^(【?字号[：:]?|】|(下载|打印|全屏|收藏|加大|还原|减小|放大|缩小|分享|登录|注册)+)$"),
    // A script's settings, one `key: value` a line (require: [, url: "//n.sinaimg.cn/….js",
    // ad_state: '1'): ASCII only, a value that is code. ASCII classes and boundaries keep the
    // rule set on the lazy DFA: one Unicode `\b` sends every line to the slow PikeVM.
    rule("markup_script_setting", Markup, Line, r#"^[A-Za-z_$][A-Za-z0-9_$]*[ \t]*:[ \t]*(["'\[{]|[0-9]|(true|false|null|function)(?-u:\b))[\x20-\x7e]*$"#),
    // A comment line of a page's script or stylesheet (/*图片*/, //iPhone,android…): a whole
    // block comment, or a line comment without a Han char (often undecodable: ת��wapҳ).
    rule("markup_code_comment", Markup, Line, r"^(/\*.*\*/|//[^@\p{Han}][^\p{Han}]*)$"),
    // Adverts and promotions.
    rule("advert_docx_footer", Advert, Line, r"本DOCX文档由"),
    rule("advert_label", Advert, Line, r"^广告$"),
    rule("advert_sina_zhongce", Advert, Line, r"新酷产品第一时间免费试玩"),
    short("advert_app_download", Advert, Line, r"^(下载|打开)[^，。]{0,12}(客户端|APP|App|app)", 40),
    short("advert_app_promo", Advert, Line, r"尽在[^，。]{0,12}(客户端|APP|App|app)$", 40),
    // Markup.
    rule("markup_front_matter", Markup, Block, r"\A\s*---\n(?s:.*?)\n---[ \t]*\n"),
    rule("markup_html_comment", Markup, Block, r"(?s)<!--.*?-->"),
    rule("markup_script", Markup, Block, r"(?is)<script\b.*?</script\s*>"),
    rule("markup_style", Markup, Block, r"(?is)<style\b.*?</style\s*>"),
    // A tag may be split over lines between its attributes (<a\nhref="x">); on one line, anything but <> may follow a space.
    rule("markup_html_tag", Markup, Block, r#"</?[A-Za-z][A-Za-z0-9]*([ \t][^<>\n]*|(\s+[A-Za-z_:@][-A-Za-z0-9_:.@]*(\s*=\s*("[^"<>]*"|'[^'<>]*'|[^\s<>"']+))?)+\s*)?/?>"#),
    rule("markup_md_heading", Markup, Inline, r"^#{1,6}\s+"),
    rule("markup_codepoint_escape", Markup, Inline, r"<U\+(00A0|200[B-D]|2060|FEFF|3000)>"),
    // Licence blocks.
    rule("licence_wikisource", Licence, Tail, r"(?m)^(本作品是中华人民共和国的|注：中文维基文库社群认为|Public domain$)"),
];

/// The rule that removes script and stylesheet lines (found by shape, not by a pattern).
pub const CODE_RULE: Rule = rule("markup_code_lines", Markup, Line, "");
/// The rule for lines with nothing but punctuation and symbols.
pub const DECORATION_RULE: Rule = rule("decoration_only", Decoration, Line, "");

/// Rules compiled once.
pub struct Compiled {
    /// The line rules, in table order.
    pub line_rules: Vec<&'static Rule>,
    /// The line rules anchored at a line's start (`^`), as one set: its search stops within a
    /// few chars of most lines.
    line_starts: RegexSet,
    /// The index in `line_rules` of each rule of `line_starts`.
    line_start_rules: Vec<usize>,
    /// The other line rules, each searched on its own (a literal by a substring search, an
    /// anchor at the line's end from the end), with its index in `line_rules`, in order.
    line_others: Vec<(usize, Regex)>,
    /// The inline rules and their expressions.
    pub inline: Vec<(&'static Rule, Regex)>,
    /// Each inline rule's expression without its leading `^`, if any: it matches somewhere in
    /// every text that holds a match of the rule in a part of it (see [`Compiled::inline_in`]).
    inline_loose: Vec<Regex>,
    /// The block rules and their expressions.
    pub block: Vec<(&'static Rule, Regex)>,
    /// The tail rules and their expressions.
    pub tail: Vec<(&'static Rule, Regex)>,
}

impl Compiled {
    /// The first line rule, in table order, that matches `line` and applies to a line of its
    /// length. (Which rules share the set is a matter of speed: any split finds the same.)
    pub fn line_rule(&self, line: &str) -> Option<&'static Rule> {
        let chars = std::cell::OnceCell::new();
        let applies = |i: usize| {
            let limit = self.line_rules[i].max_chars;
            line.len() <= limit || *chars.get_or_init(|| line.chars().count()) <= limit
        };
        let mut first = None;
        if self.line_starts.is_match(line) {
            first = (self.line_starts.matches(line).into_iter())
                .map(|k| self.line_start_rules[k])
                .filter(|&i| applies(i))
                .min();
        }
        for (i, re) in &self.line_others {
            if first.is_some_and(|f| f < *i) {
                break;
            }
            if applies(*i) && re.is_match(line) {
                first = Some(*i);
                break;
            }
        }
        first.map(|i| self.line_rules[i])
    }

    /// The inline rules (a bit each, in order) that may match in a part of `text`: a rule
    /// none of whose matches stands anywhere in `text` matches in none of its parts, since
    /// its pattern asserts nothing about what lies around a match but `^`, dropped here (see
    /// the test `inline_rules_assert_nothing_around_a_match`).
    pub fn inline_in(&self, text: &str) -> u64 {
        let found = self.inline_loose.iter().enumerate();
        found.fold(0, |m, (i, re)| m | (u64::from(re.is_match(text)) << i))
    }

    /// Whether an inline rule anchored at the start of its text (`^`) matches `text`.
    pub fn inline_anchored(&self, text: &str) -> bool {
        self.inline
            .iter()
            .any(|(rule, re)| rule.pattern.starts_with('^') && re.is_match(text))
    }
}

/// The compiled rule table, shared by all threads.
pub fn compiled() -> &'static Compiled {
    static COMPILED: OnceLock<Compiled> = OnceLock::new();
    COMPILED.get_or_init(|| {
        let of = |scope| RULES.iter().filter(move |r| r.scope == scope);
        let regex = |pattern| Regex::new(pattern).expect("rule pattern");
        let compile = |r: &'static Rule| (r, regex(r.pattern));
        let line_rules: Vec<&Rule> = of(Line).collect();
        let (starts, others): (Vec<usize>, Vec<usize>) =
            (0..line_rules.len()).partition(|&i| line_rules[i].pattern.starts_with('^'));
        Compiled {
            line_starts: RegexSet::new(starts.iter().map(|&i| line_rules[i].pattern))
                .expect("rule set"),
            line_start_rules: starts,
            line_others: others
                .into_iter()
                .map(|i| (i, regex(line_rules[i].pattern)))
                .collect(),
            line_rules,
            inline: of(Inline).map(compile).collect(),
            inline_loose: of(Inline)
                .map(|r| regex(r.pattern.strip_prefix('^').unwrap_or(r.pattern)))
                .collect(),
            block: of(Block).map(compile).collect(),
            tail: of(Tail).map(compile).collect(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line_rule(line: &str) -> Option<&'static str> {
        compiled().line_rule(line).map(|r| r.name)
    }

    /// The first line rule in table order whose pattern matches and whose limit allows the
    /// line, each pattern tried alone.
    fn line_rule_alone(line: &str) -> Option<&'static str> {
        let chars = line.chars().count();
        compiled()
            .line_rules
            .iter()
            .find(|r| chars <= r.max_chars && Regex::new(r.pattern).unwrap().is_match(line))
            .map(|r| r.name)
    }

    #[test]
    fn the_split_set_finds_what_each_rule_alone_does() {
        let lines = [
            "▲图片说明。（资料图片）",
            "本报记者  贺  勇摄",
            "广告",
            "本DOCX文档由 www.zciku.com/中词库网 生成",
            "下载新浪财经客户端",
            "海量资讯、精准解读，尽在新浪财经APP",
            "■新重庆-重庆日报记者 张珺（资料图片）",
            "//iPhone,android wap",
            "正文一段，没有规则。",
        ];
        for line in lines {
            for n in [0, 30, 60, 130] {
                let long = format!("{line}{}", "长".repeat(n));
                let tail = format!("{}{line}", "长".repeat(n));
                for l in [line.to_string(), long, tail] {
                    assert_eq!(line_rule(&l), line_rule_alone(&l), "{l}");
                }
            }
        }
    }

    #[test]
    fn code_chars_are_the_half_width_test() {
        use crate::clean::chars::has_code_char;
        let code = |c: char| {
            matches!(
                crate::clean::chars::half_width(c),
                '{' | '}' | ';' | 'v' | 'f' | 'd'
            )
        };
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            let line = format!("中{c}文");
            assert_eq!(has_code_char(&line), code(c), "{c:?}");
            // Inside a text read a chunk at a time, at every place in a chunk.
            let pad = "a".repeat(c as usize % 67);
            let line = format!("{pad}{}“{c}”{}", "中".repeat(30), "，".repeat(30));
            assert_eq!(has_code_char(&line), code(c), "{c:?}");
        }
    }

    #[test]
    fn inline_rules_assert_nothing_around_a_match() {
        let c = compiled();
        assert!(c.inline.len() <= 64, "a bit each in `inline_in`");
        for (rule, _) in &c.inline {
            let loose = rule.pattern.strip_prefix('^').unwrap_or(rule.pattern);
            let loose = loose.replace("[^", "[");
            for assertion in ["^", "$", r"\b", r"\B", r"\A", r"\z", "(?m", "(?-m"] {
                assert!(!loose.contains(assertion), "{}: {assertion}", rule.name);
            }
        }
        let text = "正文\n## 标题\n中央政府门户网站 www.gov.cn";
        assert_eq!(c.inline_in(text).count_ones(), 2);
        assert_eq!(c.inline_in("正文，没有规则。"), 0);
    }

    #[test]
    fn every_pattern_compiles() {
        let c = compiled();
        assert_eq!(
            c.line_rules.len() + c.inline.len() + c.block.len() + c.tail.len(),
            RULES.len()
        );
    }

    #[test]
    fn captions() {
        assert_eq!(
            line_rule("▲新就业群体党员在社区党委的带领下开展党纪学习教育。（资料图片）"),
            Some("caption_triangle")
        );
        assert_eq!(
            line_rule("图为游客在景区游览。（新华社记者 李鑫摄）"),
            Some("caption_picture_note")
        );
        assert_eq!(
            line_rule("本报记者  贺  勇摄"),
            Some("caption_photographer")
        );
        assert_eq!(
            line_rule("2月3日，自治区人民政府主席张雨浦作政府工作报告。宁夏日报记者 王鼎 摄"),
            Some("caption_photographer")
        );
        assert_eq!(line_rule("制图：张丹峰"), Some("caption_picture_credit"));
        // The page's credit (People's Daily, 15 pages): kept, it left a roster page one line
        // short of an emptied page.
        assert_eq!(
            line_rule("本版制图：汪哲平"),
            Some("caption_picture_credit")
        );
        assert_eq!(
            line_rule("本版图片及数据来源：大道之行——“八八战略”实施20周年大型主题展览"),
            None
        );
        assert_eq!(
            line_rule("记者在现场采访了多位群众，大家纷纷表示满意。"),
            None
        );
    }

    #[test]
    fn bylines() {
        assert_eq!(
            line_rule("■新重庆-重庆日报记者 张珺"),
            Some("byline_square")
        );
        assert_eq!(line_rule(&format!("■{}", "长".repeat(60))), None);
        assert_eq!(line_rule("□李旭阁"), Some("byline_square"));
        assert_eq!(line_rule("■高度 ■深度 ■力度 ■温度"), Some("byline_square"));
        assert_eq!(
            line_rule("(作者单位:重庆大学马克思主义学院)"),
            Some("byline_author_unit")
        );
        assert_eq!(
            line_rule("本版责编：莽九晨  刘  刚  姜  波"),
            Some("byline_editor")
        );
        assert_eq!(line_rule("版式设计：蔡华伟"), Some("byline_editor"));
        // The same design credit under its other name (People's Daily, 2023-10-18, page 6):
        // kept as a paragraph, it left the page one roster short of an emptied page.
        assert_eq!(line_rule("版面设计：张芳曼"), Some("byline_editor"));
        assert_eq!(line_rule("印刷版面设计确实与时俱进了"), None);
        assert_eq!(
            line_rule("本版责编 纪雅林 臧春蕾 崔杨臻"),
            Some("byline_editor")
        );
        assert_eq!(
            line_rule("本版责编 巩育华 唐天奕 王 博"),
            Some("byline_editor")
        );
        assert_eq!(line_rule("编辑部的故事很好看，大家都说好。"), None);
        assert_eq!(
            line_rule("本版邮箱：rmrbxxx@people.cn"),
            Some("byline_mailbox")
        );
        assert_eq!(
            line_rule("责任编辑是报社的重要岗位，承担着把关职责。"),
            None
        );
    }

    #[test]
    fn site_header_inside_a_line() {
        let c = compiled();
        let header = &c
            .inline
            .iter()
            .find(|(r, _)| r.name == "chrome_site_header")
            .unwrap()
            .1;
        let line = "1954年国务院政府工作报告 中央政府门户网站\u{3000}www.gov.cn\u{3000} 2006年02月23日 14时43分\u{3000} 来源：人民网";
        assert_eq!(header.replace(line, ""), "1954年国务院政府工作报告 ");
    }

    #[test]
    fn chrome_and_adverts() {
        assert_eq!(
            line_rule("当前位置： 首页>> 中国概况"),
            Some("chrome_location")
        );
        assert_eq!(line_rule("【E-mail推荐"), Some("chrome_widget"));
        assert_eq!(
            line_rule("本DOCX文档由 www.zciku.com/中词库网 生成，海量范文文档任你选"),
            Some("advert_docx_footer")
        );
        assert_eq!(line_rule("广告"), Some("advert_label"));
        assert_eq!(
            line_rule("海量资讯、精准解读，尽在新浪财经APP"),
            Some("advert_app_promo")
        );
        assert_eq!(line_rule("发表时间："), Some("chrome_meta_label"));
        assert_eq!(line_rule("2026-02-09 09:45:30"), Some("chrome_timestamp"));
        for chrome in [
            "下载",
            "全屏",
            "【字号：",
            "加大还原减小",
            "下载打印全屏收藏",
            "】",
            "登录注册",
        ] {
            assert_eq!(line_rule(chrome), Some("chrome_toolbar"), "{chrome}");
        }
        assert_eq!(line_rule("图片报道"), Some("caption_photo_report"));
        for comment in [
            "/*图集*/",
            "/* 图片 141013 begin */",
            "//iPhone,android \u{FFFD}wap",
        ] {
            assert_eq!(line_rule(comment), Some("markup_code_comment"), "{comment}");
        }
        assert_eq!(line_rule("//@人民日报：转发"), None);
        assert_eq!(
            line_rule(r#"url: "//n.sinaimg.cn/x/y.js","#),
            Some("markup_script_setting")
        );
        assert_eq!(line_rule("ad_state: '1'"), Some("markup_script_setting"));
        assert_eq!(line_rule("require: ["), Some("markup_script_setting"));
        // Text is not a setting, and a toolbar word inside a sentence stays.
        assert_eq!(line_rule("Note: the report was revised."), None);
        assert_eq!(line_rule("下载量突破1亿次。"), None);
        assert_eq!(
            line_rule(
                "新酷产品第一时间免费试玩，还有众多优质达人分享独到生活经验，快来新浪众测，体验"
            ),
            Some("advert_sina_zhongce")
        );
        let font = &compiled()
            .block
            .iter()
            .find(|(r, _)| r.name == "chrome_font_size")
            .unwrap()
            .1;
        assert!(font.is_match("【字体：\n大\n中\n小\n】"));
    }

    #[test]
    fn markup() {
        let c = compiled();
        let tag = &c
            .block
            .iter()
            .find(|(r, _)| r.name == "markup_html_tag")
            .unwrap()
            .1;
        assert_eq!(tag.replace_all("<p class=\"x\">正文</p><br/>", ""), "正文");
        assert!(!tag.is_match("a < b 且 c > d"));
        assert_eq!(
            tag.replace_all("点<a\nhref=\"x\"\n  class='y z'>此", ""),
            "点此"
        );
        assert!(!tag.is_match("x<b\n且c>d"));
        let comment = &c
            .block
            .iter()
            .find(|(r, _)| r.name == "markup_html_comment")
            .unwrap()
            .1;
        assert_eq!(comment.replace_all("甲<!--\n x \n-->乙", ""), "甲乙");
        let front = &c
            .block
            .iter()
            .find(|(r, _)| r.name == "markup_front_matter")
            .unwrap()
            .1;
        assert_eq!(front.replace_all("\n---\ntitle: x\n---\n正文", ""), "正文");
    }
}
