//! Text made safe to print to a terminal: chars that would act on the terminal (move the
//! cursor, clear the screen, set its title) or reorder what it shows are written as visible
//! `\u{1b}` escapes instead.

use std::borrow::Cow;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Columns of a terminal when neither `COLUMNS` nor the terminal says.
pub const DEFAULT_WIDTH: usize = 80;

/// The width of the terminal standard output goes to: `COLUMNS` when set, else the
/// terminal's, else [`DEFAULT_WIDTH`].
pub fn width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse().ok())
        .filter(|&c: &usize| c > 0)
        .or_else(|| terminal_size::terminal_size().map(|(w, _)| usize::from(w.0)))
        .unwrap_or(DEFAULT_WIDTH)
}

/// Display columns of `text` on a terminal (an ideograph takes two).
pub fn columns(text: &str) -> usize {
    text.width()
}

/// `text` padded with spaces to `width` display columns.
pub fn pad(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(columns(text))))
}

/// `text` cut at a grapheme boundary to at most `width` display columns, `…` ending a cut.
pub fn cut(text: &str, width: usize) -> Cow<'_, str> {
    if columns(text) <= width {
        return Cow::Borrowed(text);
    }
    let mut out = String::new();
    let mut used = 1;
    for g in text.graphemes(true) {
        used += columns(g);
        if used > width {
            break;
        }
        out.push_str(g);
    }
    out.push('…');
    Cow::Owned(out)
}

/// The longest start of `text` made of whole grapheme clusters and at most `max` chars: an
/// excerpt that splits no emoji, flag or combining sequence.
pub fn head_chars(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    // Most text is chars that are a grapheme whatever stands beside them: no segmentation.
    for (n, (i, c)) in text.char_indices().enumerate() {
        if !stands_alone(c) {
            return head_graphemes(text, max);
        }
        if n == max {
            return &text[..i];
        }
    }
    text
}

/// A char that forms a grapheme cluster by itself beside any neighbour (grapheme break
/// property Other, not extended pictographic): printable ASCII, CJK ideographs and
/// punctuation, full-width forms, dashes and quotes.
pub(crate) fn stands_alone(c: char) -> bool {
    matches!(c,
        ' '..='~' | '\u{B7}' | '\u{2010}'..='\u{2027}' | '\u{3000}'..='\u{3029}'
            | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{FF01}'..='\u{FF5E}')
}

/// [`head_chars`] by grapheme clusters.
fn head_graphemes(text: &str, max: usize) -> &str {
    let (mut chars, mut end) = (0, 0);
    for (i, g) in text.grapheme_indices(true) {
        chars += g.chars().count();
        if chars > max {
            break;
        }
        end = i + g.len();
    }
    &text[..end]
}

/// A char that acts on a terminal or reorders text rather than showing: C0 controls but tab
/// and newline, DEL, C1 controls, and the Unicode bidi controls (marks, embeddings,
/// overrides and isolates).
pub fn is_control(c: char) -> bool {
    matches!(
        c,
        '\0'..='\u{8}'
            | '\u{b}'..='\u{1f}'
            | '\u{7f}'..='\u{9f}'
            | '\u{61c}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
    )
}

/// `text` with each [`is_control`] char written as `\u{..}` (ESC as `\u{1b}`); tab and
/// newline stay. For text bodies: documents, sentences, claims, names.
pub fn safe(text: &str) -> Cow<'_, str> {
    escape(text, is_control)
}

/// [`safe`] for a one-line field (an id, a path, a file name): tab and newline are escaped
/// too, so that a name cannot start a line of its own.
pub fn safe_line(text: &str) -> Cow<'_, str> {
    escape(text, |c| is_control(c) || matches!(c, '\t' | '\n'))
}

fn escape(text: &str, unsafe_char: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !text.chars().any(&unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_escaped_visibly() {
        assert_eq!(
            safe("a\x1b[2Jb\x07\x1b]0;t\x07\u{9b}\u{202e}\u{2066}\r\x7f"),
            r"a\u{1b}[2Jb\u{7}\u{1b}]0;t\u{7}\u{9b}\u{202e}\u{2066}\u{d}\u{7f}"
        );
        assert_eq!(safe("行一\n\t行二"), "行一\n\t行二");
        assert_eq!(safe_line("a\nb\tc\x1b"), r"a\u{a}b\u{9}c\u{1b}");
    }

    #[test]
    fn display_columns() {
        assert_eq!(columns("重庆市.txt"), 10);
        assert_eq!(pad("重庆", 6), "重庆  ");
        assert_eq!(cut("十四五规划", 7), "十四五…");
        assert_eq!(cut("e\u{301}tude", 3), "e\u{301}t…");
        assert_eq!(cut("短", 4), "短");
    }

    #[test]
    fn emoji_flags_and_combining_marks_are_never_split() {
        let family = "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}";
        let text = format!("重庆{family}🇨🇳e\u{301}");
        let whole = |prefix: &str| {
            text.starts_with(prefix)
                && (prefix.len() == text.len()
                    || text.grapheme_indices(true).any(|(i, _)| i == prefix.len()))
        };
        for width in 1..=12 {
            let out = cut(&text, width);
            assert!(columns(&out) <= width, "{out} is wider than {width}");
            assert!(
                whole(out.strip_suffix('…').unwrap_or(&out)),
                "{out} splits a grapheme"
            );
            assert_eq!(columns(&pad(&out, width)), width);
        }
        assert_eq!(cut(&text, 6), "重庆…");
        assert_eq!(head_chars(&text, 2), "重庆");
        assert_eq!(head_chars(&text, 6), "重庆");
        assert_eq!(head_chars(&text, 7), format!("重庆{family}"));
        assert_eq!(head_chars(&text, 10), format!("重庆{family}🇨🇳"));
        assert_eq!(head_chars(&text, 11), text);
        for max in 0..=12 {
            assert!(whole(head_chars(&text, max)));
        }
    }

    #[test]
    fn head_chars_is_the_grapheme_cut() {
        // Every char of the fast path's set beside marks that join what stands before them.
        let alone: Vec<char> = (0..=0xFFFF)
            .filter_map(char::from_u32)
            .filter(|&c| stands_alone(c))
            .collect();
        let joiners = [
            '\u{302A}', '\u{0301}', '\u{200D}', '\u{FE0F}', '\u{FF9E}', '\n',
        ];
        for (k, chunk) in alone.chunks(7).enumerate() {
            let mut chars = chunk.to_vec();
            chars.insert(k % (chunk.len() + 1), joiners[k % joiners.len()]);
            let text: String = chars.iter().chain(&['中', '文']).collect();
            for max in 0..=10 {
                assert_eq!(
                    head_chars(&text, max),
                    head_graphemes(&text, max),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn clean_text_is_borrowed() {
        let text = "全年粮食产量1.4万亿斤。\u{FFFD}“两个维护”\n";
        assert!(matches!(safe(text), Cow::Borrowed(t) if t == text));
    }

    #[test]
    fn no_control_char_survives() {
        let all: String = (0..=0x10FFFF).filter_map(char::from_u32).collect();
        assert!(!safe(&all).chars().any(is_control));
        assert!(!safe_line(&all).chars().any(|c| is_control(c) || c == '\n'));
    }

    #[test]
    fn control_class() {
        for c in [
            '\x1b', '\x07', '\r', '\x7f', '\u{85}', '\u{9f}', '\u{202e}', '\u{2069}',
        ] {
            assert!(is_control(c), "{c:?}");
        }
        for c in ['\n', '\t', ' ', 'a', '中', '\u{a0}', '\u{FFFD}', '\u{2028}'] {
            assert!(!is_control(c), "{c:?}");
        }
    }
}
