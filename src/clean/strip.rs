//! Boilerplate removal: applies the rule table to the decoded text and cuts it into lines.

use super::chars::{has_hidden, is_content, is_han, is_invisible, is_space};
use super::rules::{compiled, Rule, CODE_RULE, DECORATION_RULE};
use super::tracked::Tracked;
use super::Line;
use std::ops::Range;

/// A removed byte range of the decoded text and the rule that removed it.
#[derive(Debug, Clone)]
pub struct Removed {
    /// Start byte.
    pub start: u32,
    /// End byte (exclusive).
    pub end: u32,
    /// The rule that removed it.
    pub rule: &'static Rule,
}

/// The lines that remain and what was removed.
pub struct Stripped {
    /// The lines that remain.
    pub lines: Vec<Line>,
    /// What was removed, in source order.
    pub removals: Vec<Removed>,
}

/// A tail rule only fires when at most this many bytes follow its match.
const TAIL_LIMIT: usize = 4000;

/// Removes boilerplate (when `enabled`) and splits the rest into lines.
pub fn strip(text: &str, enabled: bool) -> Stripped {
    let rules = compiled();
    let mut blocks: Vec<Removed> = Vec::new();
    if enabled {
        blocks = block_matches(text);
        for (rule, re) in &rules.tail {
            if let Some(m) = re
                .find_iter(text)
                .find(|m| text.len() - m.start() <= TAIL_LIMIT)
            {
                blocks.push(removed(m.start()..text.len(), rule));
            }
        }
        blocks = disjoint(blocks);
    }
    // What the whole text tells every line: most texts hold no hidden char and no match of
    // most inline rules, which then are not looked for line by line.
    let known = Known {
        visible: !enabled || !has_hidden(text),
        inline: if enabled { rules.inline_in(text) } else { 0 },
    };
    let mut removals = Vec::new();
    let mut lines = Vec::new();
    let mut next_block = 0;
    let mut start = 0;
    // A line break inside a removed block (a tag split over two lines) joins the lines.
    let mut kept = Vec::new();
    for piece in text.split_inclusive('\n') {
        let end = start + piece.trim_end_matches('\n').len();
        while next_block < blocks.len() && (blocks[next_block].end as usize) <= start {
            next_block += 1;
        }
        kept.extend(subtract(start..end, &blocks[next_block..]));
        if end == text.len() || !covered(&blocks[next_block..], end) {
            let line = std::mem::take(&mut kept);
            lines.push(strip_line(
                text,
                line,
                enabled.then_some(known),
                &mut removals,
            ));
        }
        start += piece.len();
    }
    removals.extend(blocks);
    removals.sort_by_key(|r| (r.start, r.end));
    Stripped { lines, removals }
}

/// The matches of the block rules in `text`, unsorted.
fn block_matches(text: &str) -> Vec<Removed> {
    let mut blocks = Vec::new();
    for (rule, re) in &compiled().block {
        blocks.extend(re.find_iter(text).map(|m| removed(m.range(), rule)));
    }
    blocks
}

fn removed(range: Range<usize>, rule: &'static Rule) -> Removed {
    Removed {
        start: range.start as u32,
        end: range.end as u32,
        rule,
    }
}

/// Sorts removals and drops those inside an earlier one.
fn disjoint(mut blocks: Vec<Removed>) -> Vec<Removed> {
    blocks.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut out: Vec<Removed> = Vec::with_capacity(blocks.len());
    for b in blocks {
        match out.last_mut() {
            Some(last) if b.start < last.end => last.end = last.end.max(b.end),
            _ => out.push(b),
        }
    }
    out
}

/// Whether byte `at` lies inside one of the (sorted, disjoint) removals.
fn covered(blocks: &[Removed], at: usize) -> bool {
    let k = blocks.partition_point(|b| (b.end as usize) <= at);
    blocks.get(k).is_some_and(|b| b.start as usize <= at)
}

/// The parts of `range` outside the (sorted, disjoint) removals.
fn subtract(range: Range<usize>, blocks: &[Removed]) -> Vec<Range<usize>> {
    let mut kept = Vec::new();
    let mut at = range.start;
    for b in blocks {
        let (bs, be) = (b.start as usize, b.end as usize);
        if bs >= range.end {
            break;
        }
        if bs > at {
            kept.push(at..bs);
        }
        at = at.max(be);
    }
    if at < range.end {
        kept.push(at..range.end);
    }
    kept
}

/// Applies the block, inline and line rules again to a cleaned paragraph (of the decoded `text`):
/// what it keeps and what it removed (byte ranges of `text`), or `None` when nothing matches.
/// A `normalized` paragraph has no invisible or control char left to look for.
pub fn restrip(para: &Tracked, text: &str, normalized: bool) -> Option<(Tracked, Vec<Removed>)> {
    let line: String = para.chars.iter().collect();
    let mut found = disjoint(block_matches(&line));
    let kept = subtract(0..line.len(), &found);
    let known = Known {
        visible: normalized,
        inline: u64::MAX,
    };
    let pieces = apply_rules(&line, kept, known, &mut found);
    if found.is_empty() {
        return None;
    }
    // Byte offsets of `line` back to chars of the paragraph, and so to the source.
    let starts: Vec<usize> = line.char_indices().map(|(b, _)| b).collect();
    let index = |byte: usize| starts.partition_point(|&b| b < byte);
    let mut out = Tracked::default();
    for piece in pieces {
        for (i, c) in line[piece.clone()].char_indices() {
            out.push(c, para.src[index(piece.start + i)]);
        }
    }
    let char_end = |src: u32| {
        src as usize
            + text[src as usize..]
                .chars()
                .next()
                .map_or(0, char::len_utf8)
    };
    // A removal inside joined lines is recorded line by line: the line breaks were not its.
    let mut removals = Vec::new();
    for r in found {
        let src = &para.src[index(r.start as usize)..index(r.end as usize)];
        let mut run: Option<(usize, usize)> = None;
        for &s in src {
            run = match run {
                Some((a, b)) if (s as usize) <= b => Some((a, b.max(char_end(s)))),
                Some((a, b)) => {
                    removals.push(removed(a..b, r.rule));
                    Some((s as usize, char_end(s)))
                }
                None => Some((s as usize, char_end(s))),
            };
        }
        removals.extend(run.map(|(a, b)| removed(a..b, r.rule)));
    }
    out.trim();
    Some((out, removals))
}

/// Whether `para` is, char for char, the whole of one source line of the decoded `text` (white
/// space around it aside), so that [`restrip`] can find nothing in it: the first run saw the
/// same chars and removed none of them. Its line rule saw the same trimmed line; a match of an
/// inline or block rule inside the line is a match in the line and in the text (their patterns
/// assert nothing at a line's edges but `^`, tested here on the paragraph, and `\A` before a
/// line break; see the test `second_run_assumptions`), and would have removed a char of it.
pub fn unchanged_line(para: &Tracked, text: &str) -> bool {
    let (Some(&first), Some(&last)) = (para.src.first(), para.src.last()) else {
        return false;
    };
    let (start, last) = (first as usize, last as usize);
    let Some(end) = text
        .get(last..)
        .and_then(|t| t.chars().next())
        .map(|c| last + c.len_utf8())
    else {
        return false;
    };
    let Some(slice) = text.get(start..end) else {
        return false;
    };
    let one_line = memchr::memchr(b'\n', slice.as_bytes()).is_none();
    if !one_line || !slice.chars().eq(para.chars.iter().copied()) {
        return false;
    }
    let mut before = text[..start].chars().rev().take_while(|&c| c != '\n');
    let mut after = text[end..].chars().take_while(|&c| c != '\n');
    let indented = text[..start].ends_with(|c: char| c != '\n');
    before.all(char::is_whitespace)
        && after.all(char::is_whitespace)
        && !(indented && compiled().inline_anchored(slice))
}

/// What is known of a text before its lines are stripped.
#[derive(Clone, Copy)]
struct Known {
    /// It has no invisible or control char.
    visible: bool,
    /// The inline rules that may match in it, a bit each (see [`super::rules::Compiled::inline_in`]).
    inline: u64,
}

/// Applies the inline and line rules to the kept parts of one line (if the rules are on: what
/// is known of the text then).
fn strip_line(
    text: &str,
    kept: Vec<Range<usize>>,
    rules: Option<Known>,
    removals: &mut Vec<Removed>,
) -> Line {
    let indented = kept
        .first()
        .is_some_and(|r| text[r.clone()].starts_with(is_space));
    let pieces = match rules {
        Some(known) => apply_rules(text, kept, known, removals),
        None => kept,
    };
    let mut t = Tracked::default();
    for piece in &pieces {
        t.push_slice(text, piece.start, piece.end);
    }
    Line { text: t, indented }
}

/// Applies the inline and line rules to the kept parts of one line: the parts that remain.
/// `known`: what is known of the text the line is of (`pieces` are ranges of `text`).
fn apply_rules(
    text: &str,
    mut pieces: Vec<Range<usize>>,
    known: Known,
    removals: &mut Vec<Removed>,
) -> Vec<Range<usize>> {
    let rules = compiled();
    let inline = rules.inline.iter().enumerate();
    for (_, (rule, re)) in inline.filter(|&(i, _)| known.inline >> i & 1 == 1) {
        let mut next = Vec::with_capacity(pieces.len());
        for piece in pieces {
            let mut at = piece.start;
            for m in re.find_iter(&text[piece.clone()]) {
                let (s, e) = (piece.start + m.start(), piece.start + m.end());
                removals.push(removed(s..e, rule));
                if s > at {
                    next.push(at..s);
                }
                at = e;
            }
            if at < piece.end {
                next.push(at..piece.end);
            }
        }
        pieces = next;
    }
    let joined: std::borrow::Cow<str> = match pieces.as_slice() {
        [one] => text[one.clone()].into(),
        _ => pieces
            .iter()
            .map(|r| &text[r.clone()])
            .collect::<String>()
            .into(),
    };
    // Line rules see the line as normalization will leave it: without invisible and
    // control chars (a leading U+009B must not hide a byline until the second pass).
    let hidden = |c: char| is_invisible(c) || crate::terminal::is_control(c);
    let visible: std::borrow::Cow<str> = if !known.visible && has_hidden(&joined) {
        joined
            .chars()
            .filter(|&c| !hidden(c))
            .collect::<String>()
            .into()
    } else {
        joined
    };
    let trimmed = visible.trim_matches(|c: char| c.is_whitespace() || is_space(c));
    if !trimmed.is_empty() {
        if let Some(rule) = line_rule(trimmed) {
            let (s, e) = trimmed_bounds(text, &pieces);
            removals.push(removed(s..e, rule));
            pieces.clear();
        }
    }
    pieces
}

/// The rule that removes this whole (trimmed) line, if any.
fn line_rule(line: &str) -> Option<&'static Rule> {
    if let Some(rule) = compiled().line_rule(line) {
        return Some(rule);
    }
    if is_code(line) {
        return Some(&CODE_RULE);
    }
    // Punctuation that ends or continues a sentence is text split off by a line break.
    let textual = |c: char| is_content(c) || "。，、；：？！》」』”）《「『“（".contains(c);
    if !line.chars().any(textual) {
        return Some(&DECORATION_RULE);
    }
    None
}

/// A line of script or stylesheet: almost no Chinese, the punctuation of code, and words of
/// it (a brace among replacement chars is not code).
fn is_code(line: &str) -> bool {
    // Every shape below needs one of these chars or their full-width forms (most lines of
    // Chinese have none): one search for them all, without decoding the line.
    if !super::chars::has_code_char(line) {
        return false;
    }
    // Judged as normalization will leave it (ＲＲ｛ is RR{), so cleaning stays idempotent.
    let line: String = line.chars().map(super::chars::half_width).collect();
    let trimmed = line.trim();
    let shaped = trimmed.contains(['{', '}'])
        || (trimmed.ends_with(';') && trimmed.contains(['=', '(', ':']))
        || trimmed.starts_with("var ")
        || trimmed.starts_with("function")
        || trimmed.starts_with("document.");
    shaped
        && line.chars().filter(|&c| is_han(c)).count() * 10 <= line.chars().count()
        && line.chars().filter(char::is_ascii_alphabetic).count() >= 2
}

/// The byte range from the first to the last non-space char of the pieces.
fn trimmed_bounds(text: &str, pieces: &[Range<usize>]) -> (usize, usize) {
    let is_blank = |c: char| c.is_whitespace() || is_space(c);
    let start = pieces
        .iter()
        .find_map(|r| text[r.clone()].find(|c| !is_blank(c)).map(|i| r.start + i))
        .unwrap_or(0);
    let end = pieces
        .iter()
        .rev()
        .find_map(|r| {
            text[r.clone()]
                .char_indices()
                .rev()
                .find(|&(_, c)| !is_blank(c))
                .map(|(i, c)| r.start + i + c.len_utf8())
        })
        .unwrap_or(start);
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::rules::Scope;

    fn kept(text: &str) -> Vec<String> {
        strip(text, true)
            .lines
            .iter()
            .map(|l| l.text.to_string().trim().to_string())
            .collect()
    }

    fn reasons(text: &str) -> Vec<&'static str> {
        strip(text, true)
            .removals
            .iter()
            .map(|r| r.rule.name)
            .collect()
    }

    #[test]
    fn removes_caption_lines_and_keeps_text() {
        let text = "正文一。\n▲图片说明。（资料图片）\n正文二。";
        assert_eq!(kept(text), ["正文一。", "", "正文二。"]);
        assert_eq!(reasons(text), ["caption_triangle"]);
    }

    #[test]
    fn html_comments_tags_and_scripts() {
        let text = "<!--\n  -->\n<p class=\"a\">正文</p>\n(function(){\nvar adScript = document.createElement('script');\n})();";
        assert_eq!(kept(text), ["", "正文", "", "", ""]);
        let r = reasons(text);
        assert!(
            r.contains(&"markup_html_comment")
                && r.contains(&"markup_html_tag")
                && r.contains(&"markup_code_lines")
        );
    }

    #[test]
    fn editor_line_inside_tags_is_a_byline() {
        assert_eq!(
            reasons("<p class=\"article-editor\">责任编辑：郭建 </p>"),
            ["markup_html_tag", "byline_editor", "markup_html_tag"]
        );
    }

    #[test]
    fn wikisource_licence_tail() {
        let text = "报告正文。\n\n本作品是中华人民共和国的\n法律\n、\n法规\n\nPublic domain\nfalse";
        assert_eq!(kept(text)[0], "报告正文。");
        assert!(kept(text)[1..].iter().all(|l| l.is_empty()));
        assert_eq!(reasons(text), ["licence_wikisource"]);
    }

    #[test]
    fn inline_font_widget_and_decoration() {
        assert_eq!(
            kept("【字体：大 中 小】正文\n…………\n【\n》。"),
            ["正文", "", "", "》。"]
        );
        assert_eq!(
            kept("<U+00A0> 当前位置：首页>> 中国概况\n正文"),
            ["", "正文"]
        );
    }

    #[test]
    fn disabled_keeps_everything() {
        assert_eq!(
            strip("▲说明\n<p>x</p>", false).lines[0].text.to_string(),
            "▲说明"
        );
    }

    #[test]
    fn a_tag_split_over_lines_is_markup_and_joins_them() {
        let text = "他说<a\nhref=\"x\">点此</a>查看。";
        assert_eq!(kept(text), ["他说点此查看。"]);
        assert_eq!(reasons(text), ["markup_html_tag", "markup_html_tag"]);
    }

    #[test]
    fn restrip_removes_what_joined_lines_make() {
        let text = "责任编辑\n：张三";
        let mut para = Tracked::default();
        para.push_slice(text, 0, 12);
        para.push_slice(text, 13, text.len());
        let (kept, removed) = restrip(&para, text, false).expect("a byline");
        assert!(kept.is_empty());
        let parts: Vec<&str> = removed
            .iter()
            .map(|r| &text[r.start as usize..r.end as usize])
            .collect();
        assert_eq!(parts, ["责任编辑", "：张三"]);
        assert!(restrip(&para_of("正文。"), "正文。", true).is_none());
    }

    fn para_of(text: &str) -> Tracked {
        let mut t = Tracked::default();
        t.push_slice(text, 0, text.len());
        t
    }

    /// What [`unchanged_line`] relies on: the block and inline patterns, outside their classes,
    /// assert nothing about a line's edges but `^` (inline rules only, at the start) and `\A`
    /// (followed by a line break the match needs), and `\b`, which sees a line's end as the
    /// white space or line break after it. A new pattern that breaks this fails here.
    #[test]
    fn second_run_assumptions() {
        let rules = compiled();
        let patterns = rules.block.iter().chain(&rules.inline);
        for (rule, _) in patterns {
            let mut bare = String::new();
            let mut depth = 0;
            let mut chars = rule.pattern.chars();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => {
                        let next = chars.next().unwrap_or(' ');
                        if depth == 0 {
                            bare.extend(['\\', next]);
                        }
                    }
                    '[' => depth += 1,
                    ']' => depth -= 1,
                    c if depth == 0 => bare.push(c),
                    _ => {}
                }
            }
            let name = rule.name;
            assert!(
                !bare.contains('$') && !bare.contains("(?m") && !bare.contains("\\z"),
                "{name}"
            );
            assert!(
                !bare.contains("\\B") && !bare.chars().skip(1).any(|c| c == '^'),
                "{name}"
            );
            assert!(
                !bare.starts_with('^') || rule.scope == Scope::Inline,
                "{name}"
            );
            assert!(!bare.contains("\\A") || bare.contains("\\n"), "{name}");
        }
    }

    #[test]
    fn unchanged_lines_are_found() {
        let text = "标题\n\u{3000}\u{3000}正文一段。 \r\n 正文\n二段。\n\u{3000}## 小标题";
        let lines = strip(text, true).lines;
        let mut paras: Vec<Tracked> = lines.into_iter().map(|l| l.text).collect();
        paras.iter_mut().for_each(Tracked::trim);
        let found: Vec<bool> = paras.iter().map(|p| unchanged_line(p, text)).collect();
        assert_eq!(found, [true, true, true, true, false]);
        let mut joined = paras[2].clone();
        joined.extend(&paras[3]);
        assert!(!unchanged_line(&joined, text));
        assert!(restrip(&paras[4], text, true).is_some());
    }

    #[test]
    fn indentation_is_seen_before_trimming() {
        let s = strip("\u{3000}\u{3000}段落\n段落", true);
        assert!(s.lines[0].indented && !s.lines[1].indented);
    }
}

#[cfg(test)]
mod every_rule {
    use super::*;
    use crate::clean::rules::RULES;

    /// One real example for every rule of the table, removed by that rule.
    const EXAMPLES: &[(&str, &str)] = &[
        (
            "caption_triangle",
            "▲新就业群体党员开展党纪学习教育。（资料图片）",
        ),
        (
            "caption_picture_note",
            "图为游客在景区游览。（新华社记者 李鑫摄）",
        ),
        ("caption_photographer", "本报记者  贺  勇摄"),
        ("caption_picture_credit", "制图：张丹峰"),
        ("byline_square", "■新重庆-重庆日报记者 张珺"),
        ("byline_author_unit", "（作者单位：重庆大学马克思主义学院）"),
        ("byline_editor", "本版责编：莽九晨  刘  刚"),
        ("byline_mailbox", "本版邮箱：rmrb@people.cn"),
        ("chrome_location", "当前位置： 首页>> 中国概况"),
        ("chrome_font_size", "【字体：大 中 小】"),
        ("chrome_widget", "【E-mail推荐"),
        (
            "chrome_site_header",
            "中央政府门户网站　www.gov.cn　 2012年03月15日 12时05分　 来源：新华社",
        ),
        ("chrome_nav", "打印本页"),
        ("chrome_meta_label", "发布时间："),
        ("chrome_timestamp", "2026-02-09 09:45:30"),
        ("chrome_toolbar", "下载\n打印\n全屏\n收藏"),
        ("caption_photo_report", "图片报道"),
        ("markup_script_setting", "ad_state: '1',"),
        ("markup_code_comment", "/*图集*/\n//iPhone,android wap"),
        (
            "advert_docx_footer",
            "本DOCX文档由 www.zciku.com/中词库网 生成，海量范文文档任你选",
        ),
        ("advert_label", "广告"),
        (
            "advert_sina_zhongce",
            "新酷产品第一时间免费试玩，还有众多优质达人分享独到生活经验，快来新浪众测",
        ),
        ("advert_app_download", "下载新浪财经客户端"),
        ("advert_app_promo", "海量资讯、精准解读，尽在新浪财经APP"),
        ("markup_front_matter", "---\ntitle: 'GDP'\n---\n"),
        ("markup_html_comment", "<!-- 文末二维码 start -->"),
        ("markup_script", "<script>var a = 1;</script>"),
        ("markup_style", "<style>p { color: red }</style>"),
        ("markup_html_tag", "<p class=\"article-editor\">"),
        ("markup_md_heading", "## 牢记殷殷嘱托"),
        ("markup_codepoint_escape", "<U+00A0>"),
        (
            "licence_wikisource",
            "本作品是中华人民共和国的\n法律\n、\n法规",
        ),
        (
            "markup_code_lines",
            "var adScript = document.createElement('script');",
        ),
        ("decoration_only", "…………"),
    ];

    #[test]
    fn every_rule_has_an_example_it_removes() {
        for rule in RULES.iter().chain([&CODE_RULE, &DECORATION_RULE]) {
            let (_, example) = EXAMPLES
                .iter()
                .find(|(name, _)| *name == rule.name)
                .unwrap_or_else(|| panic!("no example for {}", rule.name));
            let text = format!("{example}\n正文第二段。");
            let names: Vec<&str> = strip(&text, true)
                .removals
                .iter()
                .map(|r| r.rule.name)
                .collect();
            assert!(names.contains(&rule.name), "{}: {names:?}", rule.name);
        }
    }

    #[test]
    fn body_text_is_not_removed() {
        for line in [
            "记者在现场采访了多位群众，大家纷纷表示满意。",
            "编辑部的故事很好看，大家都说好。",
            "下载量同比增长20%，用户规模再创新高。",
            "广告行业规模持续扩大。",
        ] {
            let text = format!("{line}\n");
            assert!(strip(&text, true).removals.is_empty(), "{line}");
        }
    }
}
