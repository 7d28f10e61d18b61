//! Reflow: lines into paragraphs. Hard-wrapped columns are joined, wiki line breaks inside
//! words and 《…》 are undone, and paragraphs cut by a caption or side block are rejoined.

use super::cells::{is_digit, table_cells};
use super::chars::{continues_line, ends_paragraph, is_closer, is_opener};
use super::tracked::Tracked;
use super::{Line, Tally};

/// A body line this long that does not end a sentence was cut in the middle.
const LONG_LINE: usize = 40;
/// A line this short that does not end a sentence is a fragment of its neighbours.
const FRAGMENT: usize = 12;

/// The width of a hard-wrapped column: the typical length of lines that are followed by
/// another line, when most such lines share it.
fn wrap_width(lines: &[Line]) -> Option<usize> {
    // A column never widens: a short line followed by a longer one is a heading or a
    // sub-head before its paragraph (一是深化粮棉流通体制改革。 / 购销市场化是…), not a wrap.
    let lengths: Vec<usize> = lines
        .windows(2)
        .filter(|w| !w[0].text.is_empty() && !w[1].text.is_empty())
        .filter(|w| w[1].text.len() <= w[0].text.len() + 3)
        .map(|w| w[0].text.len())
        .collect();
    if lengths.len() < 8 {
        return None;
    }
    let median = median(lengths.clone());
    let near = lengths.iter().filter(|&&l| l.abs_diff(median) <= 3).count();
    ((6..=60).contains(&median) && near * 10 >= lengths.len() * 6).then_some(median)
}

fn median(mut v: Vec<usize>) -> usize {
    v.sort_unstable();
    v[v.len() / 2]
}

/// For a hard-wrapped text, the column width around each line: the median length of the
/// non-final lines of its block (columns on one page differ), or the text's width.
fn local_widths(lines: &[Line], width: Option<usize>) -> Vec<Option<usize>> {
    let mut widths = vec![width; lines.len()];
    let Some(width) = width else {
        return widths;
    };
    let mut start = 0;
    while start < lines.len() {
        let end = (start..lines.len())
            .find(|&i| lines[i].text.is_empty())
            .unwrap_or(lines.len());
        let block = &lines[start..end];
        let inner: Vec<usize> = block[..block.len().saturating_sub(1)]
            .iter()
            .map(|l| l.text.len())
            .collect();
        let local = if inner.len() >= 3 {
            median(inner)
        } else {
            width
        };
        widths[start..end].fill(Some(local));
        start = end + 1;
    }
    widths
}

/// Joins lines into paragraphs. The cells of a flattened table stay paragraphs of their own.
pub fn reflow(lines: Vec<Line>, tally: &mut Tally) -> Vec<Tracked> {
    let widths = local_widths(&lines, wrap_width(&lines));
    let cells = table_cells(&lines);
    let mut paragraphs: Vec<Tracked> = Vec::new();
    let mut current: Option<Tracked> = None;
    let (mut gap, mut last, mut last_cell) = (0usize, (0usize, None), false);
    for ((line, width), cell) in lines.into_iter().zip(widths).zip(cells) {
        if line.text.is_empty() {
            gap += 1;
            continue;
        }
        let len = line.text.len();
        let apart = cell || last_cell;
        current = match current {
            Some(mut para) if !apart && joins(&para, last, &line, gap, paragraphs.is_empty()) => {
                tally.add("reflow", "lines_joined");
                append(&mut para, &line.text);
                Some(para)
            }
            Some(para) => {
                paragraphs.push(para);
                Some(line.text)
            }
            None => Some(line.text),
        };
        gap = 0;
        last = (len, width);
        last_cell = cell;
    }
    paragraphs.extend(current);
    paragraphs
}

/// Whether `next`, after `gap` blank lines, continues the paragraph `para`, whose last line
/// had the given length and column width (for hard-wrapped text); `opening` when `para` is the
/// document's first paragraph.
fn joins(
    para: &Tracked,
    (last_len, width): (usize, Option<usize>),
    next: &Line,
    gap: usize,
    opening: bool,
) -> bool {
    if next.indented || starts_block(&next.text) || starts_section(&next.text.chars) {
        return false;
    }
    // A numbered heading that stands alone in the source stays a paragraph of its own.
    if gap > 0
        && starts_section(&para.chars)
        && para.len() <= HEADING
        && !ends_paragraph(&para.chars)
    {
        return false;
    }
    let ended = ends_paragraph(&para.chars);
    let full = |w: usize| last_len + 3 >= w;
    if gap > 0 {
        // A column or page break inside a hard-wrapped paragraph.
        return width.is_some_and(|w| full(w) && !ended);
    }
    let first = next.text.first().unwrap_or(' ');
    // Two numbers are never fused, unless a full line of a hard-wrapped column cut one.
    if para.last().is_some_and(is_digit) && is_digit(first) && !width.is_some_and(full) {
        return false;
    }
    if continues_line(first) || para.last().is_some_and(is_opener) {
        return true;
    }
    match width {
        Some(w) if ended => full(w),
        Some(w) => last_len * 2 >= w,
        None if ended => false,
        None => {
            last_len >= LONG_LINE
                || (is_fragment(&next.text) && !is_header(para, &next.text, opening))
        }
    }
}

/// A short line that does not end a sentence.
fn is_fragment(line: &Tracked) -> bool {
    line.len() <= FRAGMENT && !ends_paragraph(&line.chars)
}

/// Chars a header line never ends with: a line ending in a particle, conjunction or
/// preposition was cut before a word (`…所作的` / `政府工作报告` / `。…`, a wiki link on its
/// own line).
const UNFINISHED: &str = "的之和与及或在对把被从向于为以将、，";

/// A line of a page's header that the short line `next` never continues: the title (the
/// document's first paragraph, unless a Latin or digit token is cut: `PM` / `2.5`), a header
/// field or numbered heading, a line with a `——` dateline or a wire dateline (`新华社北京3月15日电`). A
/// header is short, holds no sentence end, no open quote, and does not end unfinished.
fn is_header(para: &Tracked, next: &Tracked, opening: bool) -> bool {
    let last = para.last().unwrap_or(' ');
    let complete = para.len() <= HEADING
        && !UNFINISHED.contains(last)
        && open_quotes(&para.chars) <= 0
        && !para
            .chars
            .iter()
            .any(|&c| matches!(c, '。' | '！' | '？' | '；'));
    let title = opening && !last.is_ascii() && !next.first().unwrap_or(' ').is_ascii();
    complete
        && (title
            || starts_section(&para.chars)
            || para.chars.windows(2).any(|w| w == ['—', '—'])
            || para.chars.ends_with(&['日', '电']))
}

/// Lines that always start a paragraph: list bullets and markers.
fn starts_block(line: &Tracked) -> bool {
    matches!(line.first(), Some('-' | '◆' | '●' | '•' | '*' | '#' | '—'))
        && !line
            .chars
            .get(1)
            .is_some_and(|&c| c == '-' || c.is_ascii_digit())
}

/// Chars of a heading at most.
const HEADING: usize = 40;

/// Lines that open a section or a header field: numbered headings (一、 （一） 1. 第三章)
/// and the date, source and author lines of a page (来源： 时间：…).
fn starts_section(chars: &[char]) -> bool {
    let numeral = |c: &char| "一二三四五六七八九十百零〇".contains(*c);
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    let han = chars.iter().take_while(|c| numeral(c)).count();
    let marked = |n: usize, marks: &str| n > 0 && chars.get(n).is_some_and(|c| marks.contains(*c));
    let bracketed = matches!(chars.first(), Some('（' | '('))
        && chars[1..]
            .iter()
            .take_while(|c| numeral(c) || c.is_ascii_digit())
            .count()
            > 0;
    let chapter = chars.first() == Some(&'第')
        && chars[1..]
            .iter()
            .find(|c| !(numeral(c) || c.is_ascii_digit()))
            .is_some_and(|c| "章节篇部".contains(*c));
    let field = [
        "来源：",
        "时间：",
        "作者：",
        "日期：",
        "发布时间",
        "发布日期",
        "责任编辑",
    ]
    .iter()
    .any(|f| chars.iter().take(f.chars().count()).copied().eq(f.chars()));
    marked(han, "、")
        || (marked(digits, "、．.") && chars.get(digits + 1).is_some_and(|c| !c.is_ascii_digit()))
        || bracketed
        || chapter
        || field
}

/// Appends a line to a paragraph, with a space only between two Latin letters.
fn append(para: &mut Tracked, line: &Tracked) {
    let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
    if latin(para.last()) && latin(line.first()) {
        let src = para.src.last().copied().unwrap_or(0);
        para.push(' ', src);
    }
    para.extend(line);
}

/// How far ahead a continuation is looked for, and how long the paragraphs in between may be.
const REPAIR_LOOKAHEAD: usize = 8;
const SIDE_BLOCK_LINE: usize = 60;

/// Rejoins a paragraph that stops inside an open quote with the paragraph that closes it,
/// across a caption or a short side block; the side block follows the rejoined paragraph.
pub fn repair_fragments(mut paras: Vec<Tracked>, tally: &mut Tally) -> Vec<Tracked> {
    let mut i = 0;
    while i < paras.len() {
        if let Some(j) = continuation_of(&paras, i) {
            let tail = paras.remove(j);
            paras[i].extend(&tail);
            tally.add("fragment_repair", "unclosed_quote");
            continue; // the joined paragraph may still be open
        }
        i += 1;
    }
    paras
}

fn continuation_of(paras: &[Tracked], i: usize) -> Option<usize> {
    let para = &paras[i];
    if ends_paragraph(&para.chars) || open_quotes(&para.chars) <= 0 {
        return None;
    }
    for (j, next) in paras.iter().enumerate().skip(i + 1).take(REPAIR_LOOKAHEAD) {
        if closes_early(&next.chars) {
            return Some(j);
        }
        if next.len() > SIDE_BLOCK_LINE {
            return None;
        }
    }
    None
}

/// Opening minus closing double quotes and book-title marks.
fn open_quotes(chars: &[char]) -> i32 {
    chars.iter().fold(0, |n, c| match c {
        '“' | '《' => n + 1,
        '”' | '》' => n - 1,
        _ => n,
    })
}

/// A closing quote within the first few chars, before any opening one.
fn closes_early(chars: &[char]) -> bool {
    for &c in chars.iter().take(8) {
        if is_opener(c) {
            return false;
        }
        if is_closer(c) && matches!(c, '”' | '》') {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line> {
        let mut out = Vec::new();
        let mut offset = 0;
        for raw in text.split('\n') {
            let mut t = Tracked::from_slice(text, offset, offset + raw.len());
            let indented = raw.starts_with([' ', '\u{3000}']);
            t.trim();
            out.push(Line { text: t, indented });
            offset += raw.len() + 1;
        }
        out
    }

    fn paras(text: &str) -> Vec<String> {
        let mut tally = Tally::default();
        let p = reflow(lines(text), &mut tally);
        repair_fragments(p, &mut tally)
            .iter()
            .map(Tracked::to_string)
            .collect()
    }

    #[test]
    fn one_paragraph_a_line_stays() {
        assert_eq!(
            paras("第一段。\n\n第二段。\n第三段。"),
            ["第一段。", "第二段。", "第三段。"]
        );
    }

    #[test]
    fn titles_stay_apart() {
        assert_eq!(
            paras(
                "2025年在全市基层党建工作现场推进会上的讲话\n同志们：\n在党的十九大即将开幕之际。"
            ),
            [
                "2025年在全市基层党建工作现场推进会上的讲话",
                "同志们：",
                "在党的十九大即将开幕之际。"
            ]
        );
    }

    #[test]
    fn header_lines_stay_apart() {
        assert_eq!(
            paras("2018政府工作报告\n政府工作报告\n——2018年3月5日在第一次会议上\n国务院总理 李克强\n各位代表："),
            [
                "2018政府工作报告",
                "政府工作报告",
                "——2018年3月5日在第一次会议上",
                "国务院总理 李克强",
                "各位代表："
            ]
        );
        assert_eq!(
            paras("——基础设施支撑能力持续提升。新建\n高速铁路"),
            ["——基础设施支撑能力持续提升。新建高速铁路"]
        );
        assert_eq!(
            paras("正文第一句没有结束\n来源：本报\n时间：2026-02-09\n某市市长 张 三\n各位代表："),
            [
                "正文第一句没有结束",
                "来源：本报",
                "时间：2026-02-09",
                "某市市长 张 三",
                "各位代表："
            ]
        );
        assert_eq!(
            paras("2010年政府工作报告\n新华社北京3月15日电\n政府工作报告\n各位代表："),
            [
                "2010年政府工作报告",
                "新华社北京3月15日电",
                "政府工作报告",
                "各位代表："
            ]
        );
    }

    #[test]
    fn hard_wrapped_column_is_joined() {
        let column = "初夏时节，在涪陵区罗云\n乡四川红军第二路游击队烈士\n陵园，一场生动的党建活动正\n在这里开展。拥有43年党龄\n的老党员申德国说：“每次我们\n的党史学习和党建活动大家参\n与的积极性都非常高，党史学\n习可以正衣冠、知兴替、明得\n失。”\n\n练好内功\n队伍建设抓落实\n\n队伍建设要统筹政治思想建设、\n基层组织建设、干部队伍建设、人才队\n\n伍建设四个方面。";
        let p = paras(column);
        assert_eq!(p.len(), 4, "{p:?}");
        assert!(p[0].starts_with("初夏时节") && p[0].ends_with("明得失。”"));
        assert_eq!(p[1], "练好内功");
        assert_eq!(p[2], "队伍建设抓落实");
        assert!(p[3].contains("人才队伍建设四个方面"));
    }

    #[test]
    fn a_first_line_cut_before_a_link_is_joined() {
        assert_eq!(
            paras("会议听取了国务院总理所作的\n政府工作报告\n。会议认为"),
            ["会议听取了国务院总理所作的政府工作报告。会议认为"]
        );
    }

    #[test]
    fn wiki_breaks_inside_words_and_titles() {
        let p = paras(
            "细颗粒物（PM\n2.5\n）平均浓度下降9.1%。根据《\n中华人民共和国著作权法\n》第五条。",
        );
        assert_eq!(
            p,
            ["细颗粒物（PM2.5）平均浓度下降9.1%。根据《中华人民共和国著作权法》第五条。"]
        );
    }

    #[test]
    fn indented_lines_start_paragraphs() {
        assert_eq!(
            paras("\u{3000}\u{3000}第一段没有句号\n\u{3000}\u{3000}第二段"),
            ["第一段没有句号", "第二段"]
        );
    }

    #[test]
    fn fragment_cut_by_side_block_is_rejoined() {
        let text = "大力践行“马上就办、办就办\n\n着力构建“五个体系”\n\n- ◆完善政治铸魂体系\n\n好”优良作风。\n\n下一段。";
        assert_eq!(
            paras(text),
            [
                "大力践行“马上就办、办就办好”优良作风。",
                "着力构建“五个体系”",
                "- ◆完善政治铸魂体系",
                "下一段。"
            ]
        );
    }

    #[test]
    fn cells_of_a_flattened_table_stay_apart() {
        assert_eq!(
            paras("营业收入（万元）\n1234\n5678\n9012\n3456\n7890"),
            ["营业收入（万元）", "1234", "5678", "9012", "3456", "7890"]
        );
        assert_eq!(
            paras("地区 人口\n北京 2185\n上海 2487"),
            ["地区 人口", "北京 2185", "上海 2487"]
        );
        let column: String = (1000..1100).map(|n| format!("{n}万元\n")).collect();
        assert_eq!(paras(&column).len(), 100);
    }

    #[test]
    fn numbers_on_two_lines_are_not_fused() {
        assert_eq!(
            paras("附件1\n2026年十件民生实事"),
            ["附件1", "2026年十件民生实事"]
        );
        assert_eq!(
            paras("今年广义货币M\n2\n预期增长13%左右。")[0],
            "今年广义货币M2"
        );
    }

    #[test]
    fn closed_paragraphs_are_not_joined() {
        assert_eq!(paras("他说“好”。\n\n”不对"), ["他说“好”。", "”不对"]);
    }
}
