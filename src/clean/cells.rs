//! Cells of flattened tables: lines that hold a number, a short label or a row of cells
//! separated by spaces. Reflow keeps them apart, so no number is fused with the next.

use super::chars::{continues_line, ends_paragraph, is_han, is_space};
use super::Line;

/// The longest label cell (公司名称, 托伦斯精密制造（江苏）股份有限公司), in chars.
const LABEL: usize = 24;
/// The longest row of cells separated by spaces, in chars.
const ROW: usize = 64;
/// The longest unit written after a number in a cell (万元, 亿股, 年).
const UNIT: usize = 4;

/// What a line is, as a cell of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cell {
    Blank,
    /// A number, or a row of cells with one.
    Number,
    /// A short line with no clause punctuation.
    Label,
    /// Running text.
    Text,
}

/// Which lines are cells of a table and stand alone: every line of a run of cells (blank
/// lines included) with at least two numbers, numbers in at least a quarter of its lines;
/// and a lone number without a unit, unless the line before holds it: a bracket left open
/// (the wiki break of 细颗粒物（PM\n2.5\n）) or a Latin letter it is the index of (M\n2).
pub fn table_cells(lines: &[Line]) -> Vec<bool> {
    let kinds: Vec<Cell> = lines.iter().map(|l| cell_kind(&l.text.chars)).collect();
    let mut cells = vec![false; lines.len()];
    let mut start = 0;
    while start < kinds.len() {
        let end = (start..kinds.len())
            .find(|&i| kinds[i] == Cell::Text)
            .unwrap_or(kinds.len());
        let run = &kinds[start..end];
        let numbers = run.iter().filter(|&&k| k == Cell::Number).count();
        let filled = run.iter().filter(|&&k| k != Cell::Blank).count();
        if numbers >= 2 && numbers * 4 >= filled {
            cells[start..end].fill(true);
        }
        start = end + 1;
    }
    // The last line that was not blank, asked whether it holds a lone number only then.
    let mut before: Option<&[char]> = None;
    let held = |chars: &[char]| {
        leaves_bracket_open(chars) || chars.last().is_some_and(char::is_ascii_alphabetic)
    };
    for (i, line) in lines.iter().enumerate() {
        let chars = &line.text.chars;
        let unitless = chars.last().is_some_and(|&c| !is_han(c));
        if kinds[i] == Cell::Number && unitless && !before.is_some_and(held) {
            cells[i] = true;
        }
        if kinds[i] != Cell::Blank {
            before = Some(chars);
        }
    }
    cells
}

fn cell_kind(line: &[char]) -> Cell {
    if line.is_empty() {
        return Cell::Blank;
    }
    if is_number(line) {
        return Cell::Number;
    }
    let clause = |c: &char| {
        matches!(
            c,
            '，' | '。' | '；' | '：' | '！' | '？' | '、' | ',' | ';' | ':' | '!' | '?'
        )
    };
    if line.len() > ROW
        || line.iter().any(clause)
        || continues_line(line[0])
        || ends_paragraph(line)
    {
        return Cell::Text;
    }
    let tokens: Vec<&[char]> = line
        .split(|&c| is_space(c))
        .filter(|t| !t.is_empty())
        .collect();
    if tokens.len() >= 2 && tokens.iter().all(|t| t.len() <= LABEL) {
        if tokens.iter().any(|t| is_number(t)) {
            return Cell::Number;
        }
        return Cell::Label;
    }
    if line.len() <= LABEL {
        Cell::Label
    } else {
        Cell::Text
    }
}

/// An ASCII or full-width digit.
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// A number as a table writes it: an optional sign, digits with separators (1,100.00,
/// 2026/1/13, 09:45), then a percent sign or a short unit (1000万元, 88.24%).
pub fn is_number(cell: &[char]) -> bool {
    // A unit longer than `UNIT` makes no number: counted no further.
    let unit = (cell.iter().rev().take_while(|&&c| !is_digit(c)))
        .take(UNIT + 1)
        .count();
    let body = &cell[..cell.len() - unit];
    let body = body
        .strip_prefix(&['-'])
        .or_else(|| body.strip_prefix(&['+']))
        .or_else(|| body.strip_prefix(&['−']))
        .unwrap_or(body);
    let unit_ok = unit <= UNIT
        && cell[cell.len() - unit..]
            .iter()
            .all(|&c| is_han(c) || matches!(c, '%' | '％' | '‰'));
    unit_ok
        && body.first().copied().is_some_and(is_digit)
        && body
            .iter()
            .all(|&c| is_digit(c) || matches!(c, '.' | ',' | '/' | ':' | '-' | '．'))
}

/// More opening than closing brackets and quotes on the line.
fn leaves_bracket_open(line: &[char]) -> bool {
    let depth = line.iter().fold(0i32, |d, c| match c {
        '（' | '(' | '《' | '“' | '【' | '[' => d + 1,
        '）' | ')' | '》' | '”' | '】' | ']' => d - 1,
        _ => d,
    });
    depth > 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::tracked::Tracked;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn cells(text: &str) -> Vec<bool> {
        let lines: Vec<Line> = text
            .split('\n')
            .map(|l| Line {
                text: Tracked::from_slice(l, 0, l.len()),
                indented: false,
            })
            .collect();
        table_cells(&lines)
    }

    #[test]
    fn numbers_as_tables_write_them() {
        for n in [
            "1234",
            "1,100.00万股",
            "2026/1/13",
            "-5.6%",
            "88.24%",
            "1000万元",
            "２０２４年",
        ] {
            assert!(is_number(&chars(n)), "{n}");
        }
        for n in [
            "PM2.5",
            "1.",
            "第1名",
            "2026年6月11日",
            "12345万元人民币以上",
            "%",
        ] {
            assert!(!is_number(&chars(n)), "{n}");
        }
    }

    #[test]
    fn rows_labels_and_text() {
        assert_eq!(cell_kind(&chars("北京 2185")), Cell::Number);
        assert_eq!(cell_kind(&chars("地区 人口")), Cell::Label);
        assert_eq!(cell_kind(&chars("营业收入（万元）")), Cell::Label);
        assert_eq!(
            cell_kind(&chars("营业收入增长5.6%，利润下降。")),
            Cell::Text
        );
        assert_eq!(cell_kind(&chars("）平均浓度")), Cell::Text);
    }

    #[test]
    fn a_flattened_table_is_all_cells() {
        assert!(cells("营业收入（万元）\n1234\n5678\n9012")
            .iter()
            .all(|&c| c));
        assert!(cells(
            "公司名称\n上会日期\n甲股份有限公司\n2026/1/13\n乙证券\n丙公司\n2026/2/5\n丁证券"
        )
        .iter()
        .all(|&c| c));
        assert!(cells("地区 人口\n北京 2185\n上海 2487").iter().all(|&c| c));
    }

    #[test]
    fn wrapped_text_is_not_a_table() {
        assert_eq!(
            cells("细颗粒物（PM\n2.5\n）平均浓度下降9.1%。"),
            [false, false, false]
        );
        assert_eq!(
            cells("初夏时节在涪陵区罗云\n乡四川红军第二路游击队\n陵园，一场活动正在开展。"),
            [false, false, false]
        );
        assert_eq!(cells("广义货币M\n2\n增长13.6%。"), [false, false, false]);
        assert_eq!(cells("1985年的\n工资改革，"), [false, false]);
        assert_eq!(cells("上年营业收入为\n1234\n万元。"), [false, true, false]);
    }
}
