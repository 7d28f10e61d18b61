//! Normalization of one paragraph: invisible chars, control chars, white space, full-width
//! letters and digits, half-width punctuation inside Chinese, and stray spaces between Chinese
//! and digits.

use super::chars::{is_chinese, is_han, is_invisible, is_space};
use super::tracked::Tracked;
use super::Tally;
use crate::terminal::is_control;

/// Normalizes a paragraph, counting each kind of change in `tally`.
pub fn normalize(line: Tracked, tally: &mut Tally) -> Tracked {
    let found = kinds(&line.chars);
    if found & MAP != 0 {
        let mapped = map_chars(&line, tally);
        let found = kinds(&mapped.chars);
        fix_context(mapped, found, tally)
    } else {
        fix_context(line, found, tally)
    }
}

/// [`kinds`]: a char [`map_chars`] may change.
const MAP: u8 = 1;
/// [`kinds`]: `-` (an arrow's).
const DASH: u8 = 2;
/// [`kinds`]: half-width punctuation [`widen_punct`] may change.
const PUNCT: u8 = 4;
/// [`kinds`]: an ASCII space.
const SPACE: u8 = 8;

/// Which kinds of chars normalization may change `chars` holds, in one pass: ideographs and
/// Chinese punctuation (U+3001–U+FEFE, none of which any step changes) and ASCII letters and
/// digits are passed over first.
fn kinds(chars: &[char]) -> u8 {
    let mut found = 0;
    for &c in chars {
        if matches!(c as u32, 0x3001..=0xFEFE) || c.is_ascii_alphanumeric() {
            continue;
        }
        found |= kind(c);
    }
    found
}

/// The kinds of [`kinds`] that `c` is.
fn kind(c: char) -> u8 {
    let mut k = 0;
    if needs_mapping(c) {
        k |= MAP;
    }
    match c {
        '-' => k |= DASH,
        ' ' => k |= SPACE,
        c if needs_context(c) => k |= PUNCT,
        _ => {}
    }
    k
}

/// Chars that [`map_chars`] may change.
fn needs_mapping(c: char) -> bool {
    (c != ' ' && is_space(c))
        || is_invisible(c)
        || is_control(c)
        || matches!(c, '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '％' | '．')
}

/// Chars that [`fix_context`] may change.
fn needs_context(c: char) -> bool {
    matches!(c, ' ' | ',' | ';' | '?' | '!' | ':' | '(' | ')' | '-')
}

/// Char-by-char replacements that need no context; invisible and control chars (which could
/// drive a terminal or reorder the text shown) are dropped.
fn map_chars(line: &Tracked, tally: &mut Tally) -> Tracked {
    let mut out = Tracked::with_capacity(line.len());
    for (i, (&c, &src)) in line.chars.iter().zip(&line.src).enumerate() {
        if is_invisible(c) {
            tally.add("normalize", "zero_width");
            continue;
        }
        if is_control(c) {
            tally.add("normalize", "control_char");
            continue;
        }
        let mapped = match c {
            ' ' => ' ',
            c if is_space(c) => {
                tally.add("normalize", "space_variant");
                ' '
            }
            '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '％' => {
                tally.add("normalize", "fullwidth_alnum");
                char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
            }
            '．' if digit_at(line, i.wrapping_sub(1)) && digit_at(line, i + 1) => {
                tally.add("normalize", "fullwidth_alnum");
                '.'
            }
            c => c,
        };
        out.push(mapped, src);
    }
    out
}

fn digit_at(t: &Tracked, i: usize) -> bool {
    t.chars
        .get(i)
        .is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
}

/// Replacements that depend on the neighbours: half-width punctuation between Chinese chars,
/// then space runs and spaces between Chinese and digits. Each step runs only on a paragraph
/// holding a char it changes (`found`, the [`kinds`] of `t`; a step changes no char another
/// step looks for), and leaves the others as they are.
fn fix_context(t: Tracked, found: u8, tally: &mut Tally) -> Tracked {
    let arrowed = if found & DASH != 0 {
        arrows(&t, tally)
    } else {
        t
    };
    let widened = if found & PUNCT != 0 {
        widen_punct(&arrowed, tally)
    } else {
        arrowed
    };
    if found & SPACE != 0 {
        fix_spaces(&widened, tally)
    } else {
        widened
    }
}

/// An ASCII arrow `-->` in running text becomes `→` (HTML comments are gone by now).
fn arrows(t: &Tracked, tally: &mut Tally) -> Tracked {
    let mut out = Tracked::with_capacity(t.len());
    let mut i = 0;
    while i < t.len() {
        if t.chars[i..].starts_with(&['-', '-', '>']) {
            tally.add("normalize", "ascii_arrow");
            out.push('→', t.src[i]);
            i += 3;
        } else {
            out.push(t.chars[i], t.src[i]);
            i += 1;
        }
    }
    out
}

/// Half-width punctuation inside Chinese text becomes full-width. Neighbours are looked for
/// past spaces and past a run of such marks, so that ",," and " ," convert as one.
fn widen_punct(t: &Tracked, tally: &mut Tally) -> Tracked {
    let mut out = Tracked::with_capacity(t.len());
    for (i, (&c, &src)) in t.chars.iter().zip(&t.src).enumerate() {
        let wide = if !matches!(c, ' ' | '-') && needs_context(c) {
            let prev = out.chars.iter().rev().copied().find(|&x| x != ' ');
            let next = t.chars[i + 1..]
                .iter()
                .copied()
                .find(|&x| !needs_context(x));
            chinese_context(c, prev, next)
        } else {
            None
        };
        if wide.is_some() {
            tally.add("normalize", "halfwidth_punct");
        }
        out.push(wide.unwrap_or(c), src);
    }
    out
}

/// Space runs become one space; a stray space between Chinese and a digit or next to Chinese
/// punctuation goes.
fn fix_spaces(t: &Tracked, tally: &mut Tally) -> Tracked {
    let mut out = Tracked::with_capacity(t.len());
    for (i, (&c, &src)) in t.chars.iter().zip(&t.src).enumerate() {
        if c == ' ' {
            let prev = out.last();
            if prev == Some(' ') {
                tally.add("normalize", "space_run");
                continue;
            }
            let after = t.chars[i + 1..].iter().copied().find(|&c| c != ' ');
            if stray_space(prev, after) {
                tally.add("normalize", "stray_space");
                continue;
            }
        }
        out.push(c, src);
    }
    out
}

/// A space with Chinese on one side and a digit or Chinese punctuation on the other, or
/// Chinese punctuation on either side.
fn stray_space(prev: Option<char>, next: Option<char>) -> bool {
    let (Some(p), Some(n)) = (prev, next) else {
        return false;
    };
    let punct = |c: char| is_chinese(c) && !is_han(c);
    (is_han(p) && n.is_ascii_digit()) || (p.is_ascii_digit() && is_han(n)) || punct(p) || punct(n)
}

/// The full-width form of `c` when it stands inside Chinese text.
fn chinese_context(c: char, prev: Option<char>, next: Option<char>) -> Option<char> {
    let digit = |x: Option<char>| x.is_some_and(|x| x.is_ascii_digit());
    if digit(prev) && digit(next) {
        return None; // 1,000 and 12:05
    }
    let cn = |x: Option<char>| x.is_some_and(is_chinese);
    let inside = match c {
        '(' => cn(next) || cn(prev),
        ')' => cn(prev) || cn(next),
        _ => cn(prev) || cn(next),
    };
    if !inside {
        return None;
    }
    Some(match c {
        ',' => '，',
        ';' => '；',
        '?' => '？',
        '!' => '！',
        ':' => '：',
        '(' => '（',
        _ => '）',
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        let t = Tracked::from_slice(s, 0, s.len());
        normalize(t, &mut Tally::default()).to_string()
    }

    #[test]
    fn fullwidth_digits_and_letters() {
        assert_eq!(norm("２００９年ＧＤＰ增长７．５％"), "2009年GDP增长7.5%");
    }

    #[test]
    fn spaces_and_invisibles() {
        assert_eq!(
            norm("国务院总理\u{3000}\u{3000}李克强"),
            "国务院总理 李克强"
        );
        assert_eq!(norm("拥有 43 年党龄"), "拥有43年党龄");
        assert_eq!(norm("中\u{200B}文\u{FEFF}"), "中文");
        assert_eq!(norm("发展\u{A0}\u{A0}，稳定"), "发展，稳定");
        assert_eq!(norm("一加6T 3399元起售"), "一加6T 3399元起售");
        assert_eq!(
            norm("抓基层强队伍促提升 党建引擎驱动高质量发展"),
            "抓基层强队伍促提升 党建引擎驱动高质量发展"
        );
    }

    #[test]
    fn halfwidth_punctuation_in_chinese() {
        assert_eq!(
            norm("2月13日,重庆市政府新闻办公室举行发布会(第七场),围绕"),
            "2月13日，重庆市政府新闻办公室举行发布会（第七场），围绕"
        );
        assert_eq!(norm("(作者单位:重庆大学)"), "（作者单位：重庆大学）");
        assert_eq!(norm("共1,000人，12:05开始"), "共1,000人，12:05开始");
        assert_eq!(norm("see (RCEP), ok"), "see (RCEP), ok");
    }

    #[test]
    fn ascii_arrows() {
        assert_eq!(
            norm("点击“导师工作”-->“导师风采”查询"),
            "点击“导师工作”→“导师风采”查询"
        );
        assert_eq!(norm("2023-2024"), "2023-2024");
    }

    #[test]
    fn tally_counts_changes() {
        let s = "２０２４年,好";
        let mut tally = Tally::default();
        normalize(Tracked::from_slice(s, 0, s.len()), &mut tally);
        assert_eq!(tally.get("normalize", "fullwidth_alnum"), 4);
        assert_eq!(tally.get("normalize", "halfwidth_punct"), 1);
    }

    #[test]
    fn control_chars_go_and_are_counted() {
        let s = "增长\x1b[2J7.5%\x07，\x1b]0;标题\x07\u{9b}1\u{202e}9\u{2066}年\u{7f}";
        let mut tally = Tally::default();
        let out = normalize(Tracked::from_slice(s, 0, s.len()), &mut tally);
        assert_eq!(out.to_string(), "增长[2J7.5%，]0；标题19年");
        assert_eq!(tally.get("normalize", "control_char"), 8);
        assert_eq!(normalize(out.clone(), &mut Tally::default()), out);
        // Every kept char keeps its own source byte.
        let kept: Vec<u32> = s
            .char_indices()
            .filter(|&(_, c)| !is_control(c))
            .map(|(i, _)| i as u32)
            .collect();
        assert_eq!(out.src, kept);
    }

    #[test]
    fn kinds_agree_with_each_test() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            let want = (u8::from(needs_mapping(c)) * MAP)
                | (u8::from(c == '-') * DASH)
                | (u8::from(needs_context(c) && !matches!(c, ' ' | '-')) * PUNCT)
                | (u8::from(c == ' ') * SPACE);
            assert_eq!(kinds(&['中', c, 'a']), want, "{c:?}");
        }
    }

    #[test]
    fn keeps_sources() {
        let s = "Ａ 1";
        let out = normalize(Tracked::from_slice(s, 0, s.len()), &mut Tally::default());
        assert_eq!(out.to_string(), "A 1");
        assert_eq!(out.src, vec![0, 3, 4]);
    }
}
