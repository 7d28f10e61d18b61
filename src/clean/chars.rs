//! Character classes used by the cleaning rules.

/// A CJK ideograph.
pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0x20000..=0x2EBEF | 0xF900..=0xFAFF | 0x3007)
}

/// Chinese punctuation: the CJK symbols block, full-width forms and curly quotes.
pub fn is_cjk_punct(c: char) -> bool {
    matches!(c as u32, 0x3001..=0x303F | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65)
        || matches!(c, '“' | '”' | '‘' | '’' | '…' | '—' | '·' | '•')
}

/// The half-width form of a full-width ASCII char (Ａ → A, ｛ → {); other chars unchanged.
pub fn half_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        c => c,
    }
}

/// Chinese text: an ideograph or Chinese punctuation.
pub fn is_chinese(c: char) -> bool {
    is_han(c) || is_cjk_punct(c)
}

/// Chars that end a sentence.
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '…' | '!' | '?' | ';')
}

/// Closing quotes and brackets that stay with the sentence before them.
pub fn is_closer(c: char) -> bool {
    matches!(
        c,
        '”' | '’' | '」' | '』' | '）' | '》' | '〉' | '】' | ')' | '"' | '\''
    )
}

/// Opening quotes and brackets.
pub fn is_opener(c: char) -> bool {
    matches!(c, '“' | '‘' | '「' | '『' | '（' | '《' | '〈' | '【' | '(')
}

/// Chars a paragraph cannot start with: what follows one must continue the line before.
pub fn continues_line(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '？'
            | '！'
            | '）'
            | '》'
            | '」'
            | '』'
            | '〉'
            | '…'
            | ','
            | '.'
            | ')'
            | '%'
            | '％'
    )
}

/// A line ending that closes a paragraph: sentence-final punctuation, a colon or a full stop
/// (ASCII dots end a line only as an ellipsis or a Latin sentence), optionally
/// followed by closing quotes.
pub fn ends_paragraph(chars: &[char]) -> bool {
    let mut it = chars.iter().rev().skip_while(|&&c| is_closer(c));
    match it.next() {
        Some(&c) => is_sentence_end(c) || matches!(c, '：' | ':' | '.'),
        None => false,
    }
}

/// Zero-width and invisible formatting chars.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'
            | '\u{200C}'
            | '\u{200D}'
            | '\u{2060}'
            | '\u{FEFF}'
            | '\u{00AD}'
            | '\u{200E}'
            | '\u{200F}'
    )
}

/// Whether `text` has an [`is_invisible`] or control char ([`crate::terminal::is_control`]),
/// read from its bytes: each is a byte that no continuation byte is, with the one or two
/// bytes after it (see `any_at`).
pub fn has_hidden(text: &str) -> bool {
    any_at(text.as_bytes(), |b0, b1, b2| {
        // C0 controls but tab and newline, DEL.
        let control = (b0 < 0x20) & (b0 != b'\t') & (b0 != b'\n') | (b0 == 0x7F);
        // U+0080–U+009F, U+00AD; U+061C.
        let c2 = (b0 == 0xC2) & ((b1 & 0xE0 == 0x80) | (b1 == 0xAD));
        let d8 = (b0 == 0xD8) & (b1 == 0x9C);
        // U+200B–U+200F, U+202A–U+202E; U+2060, U+2066–U+2069.
        let e2_80 = (b1 == 0x80) & ((b2.wrapping_sub(0x8B) < 5) | (b2.wrapping_sub(0xAA) < 5));
        let e2_81 = (b1 == 0x81) & ((b2 == 0xA0) | (b2.wrapping_sub(0xA6) < 4));
        let e2 = (b0 == 0xE2) & (e2_80 | e2_81);
        // U+FEFF.
        let ef = (b0 == 0xEF) & (b1 == 0xBB) & (b2 == 0xBF);
        control | c2 | d8 | e2 | ef
    })
}

/// Whether `line` has one of the chars every shape of a code line needs (`{};vfd`) or its
/// full-width form (`｛｝；ｖｆｄ`: `EF BC 9B`, `EF BD 9B`/`9D`/`96`/`86`/`84`), read from its
/// bytes (see `any_at`).
pub(crate) fn has_code_char(line: &str) -> bool {
    any_at(line.as_bytes(), |b0, b1, b2| {
        let ascii = (b0 == b'{') | (b0 == b'}') | (b0 == b';') | (b0 == b'v') | (b0 == b'f');
        let bd = (b1 == 0xBD)
            & ((b2 == 0x9B) | (b2 == 0x9D) | (b2 == 0x96) | (b2 == 0x86) | (b2 == 0x84));
        let full = (b0 == 0xEF) & (((b1 == 0xBC) & (b2 == 0x9B)) | bd);
        ascii | (b0 == b'd') | full
    })
}

/// Whether `at` holds for some byte of `bytes`, given it and the two bytes after it (zero
/// past the end): a test of a char's bytes made at every byte, which is sound when the char's
/// first byte is one no continuation byte is (ASCII or a leading byte). Tested 64 bytes at
/// a time without a branch a byte, so that the compiler compares them in vector lanes.
#[inline]
fn any_at(bytes: &[u8], at: impl Fn(u8, u8, u8) -> bool) -> bool {
    const CHUNK: usize = 64;
    let mut i = 0;
    while i + CHUNK + 2 <= bytes.len() {
        let b0 = &bytes[i..i + CHUNK];
        let b1 = &bytes[i + 1..i + 1 + CHUNK];
        let b2 = &bytes[i + 2..i + 2 + CHUNK];
        let mut any = false;
        for k in 0..CHUNK {
            any |= at(b0[k], b1[k], b2[k]);
        }
        if any {
            return true;
        }
        i += CHUNK;
    }
    let byte = |k: usize| bytes.get(k).copied().unwrap_or(0);
    (i..bytes.len()).any(|k| at(bytes[k], byte(k + 1), byte(k + 2)))
}

/// Horizontal white space of any width, including NBSP and the ideographic space.
pub fn is_space(c: char) -> bool {
    c == ' '
        || c == '\t'
        || c == '\u{A0}'
        || c == '\u{3000}'
        || ('\u{2000}'..='\u{200A}').contains(&c)
        || c == '\u{202F}'
        || c == '\u{205F}'
}

/// A letter, digit or ideograph (`char::is_alphanumeric`): a line with none of these is
/// decoration. ASCII and the CJK Unified Ideographs block, nearly every char of the corpora,
/// are answered without the Unicode tables.
#[inline]
pub fn is_content(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric(),
        0x4E00..=0x9FFF => true,
        // General punctuation (quotes, dashes, ellipses): no letter or digit.
        0x2000..=0x206F => false,
        // CJK symbols and punctuation: 々〆〇, the Hangzhou numerals, the kana repeat marks…
        n @ 0x3000..=0x303F => CJK_SYMBOL_CONTENT >> (n - 0x3000) & 1 == 1,
        _ => c.is_alphanumeric(),
    }
}

/// The letters and digits of U+3000–U+303F, a bit each.
const CJK_SYMBOL_CONTENT: u64 = 0x1f3e_03fe_0000_00e0;

/// A letter or ideograph (`char::is_alphabetic`), fast for ASCII and common ideographs.
#[inline]
pub fn is_letter(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphabetic(),
        0x4E00..=0x9FFF => true,
        _ => c.is_alphabetic(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn hidden_chars_found_from_bytes_as_from_chars() {
        let hidden = |c: char| super::is_invisible(c) || crate::terminal::is_control(c);
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            let text = format!("中{c}a");
            assert_eq!(super::has_hidden(&text), hidden(c), "{:x}", c as u32);
            // Inside a text read a chunk at a time, at every place in a chunk.
            let pad = "a".repeat(c as usize % 67);
            let text = format!("{pad}{}“{c}”{}", "中".repeat(30), "，".repeat(30));
            assert_eq!(super::has_hidden(&text), hidden(c), "{:x}", c as u32);
        }
        assert!(!super::has_hidden("“人民日报”——评论…😀"));
    }

    use super::*;

    #[test]
    fn classes() {
        assert!(is_han('党') && !is_han('A') && is_han('〇'));
        assert!(is_cjk_punct('，') && is_cjk_punct('“') && !is_cjk_punct(','));
        assert!(ends_paragraph(&['好', '。', '”']));
        assert!(ends_paragraph(&['们', '：']));
        assert!(!ends_paragraph(&['大', '党']));
        assert!(!ends_paragraph(&['”']));
        assert!(continues_line('、') && !continues_line('委'));
        assert!(is_space('\u{3000}') && is_space('\u{A0}') && !is_space('\n'));
    }

    #[test]
    fn fast_classes_agree_with_unicode() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_content(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }
}
