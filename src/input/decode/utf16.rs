//! UTF-16 without a byte-order mark, told by how the first code units read in each order.
//!
//! No share of NUL bytes is required (Chinese text has few ASCII chars, a tenth of its units
//! or less, and `　` U+3000 and `一` U+4E00 put NULs on the other side). The units must read
//! as text in one byte order and not in the other: nearly all in the scripts and symbols of
//! CJK and Western text, next to none a control, an unpaired surrogate or a private-use
//! char. Without NULs, only CJK text is taken. Byte text that passes all that is ruled out
//! by reading it as such: UTF-8 or ASCII with stray NULs; without NULs, UTF-8 and the CJK
//! double-byte encodings.

use encoding_rs::{Encoding, BIG5, GBK, SHIFT_JIS, UTF_16BE, UTF_16LE};

/// Bytes looked at.
const SAMPLE: usize = 4096;

/// The UTF-16 byte order of `bytes` if they look like UTF-16 text without a BOM.
pub(super) fn sniff(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(SAMPLE) & !1];
    let nuls = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    // Most files hold no NUL: one fast search instead of counting both sides.
    let (even, odd) = if sample.contains(&0) {
        (nuls(0), nuls(1))
    } else {
        (0, 0)
    };
    let nul_free = even + odd == 0;
    if nul_free && utf8_prefix(sample) {
        // What `byte_text` would conclude, without reading the units twice.
        return None;
    }
    let fits = |enc| Units::read(sample, enc).fit(nul_free);
    let enc = match (fits(UTF_16LE), fits(UTF_16BE)) {
        (true, false) => UTF_16LE,
        (false, true) => UTF_16BE,
        // ASCII text can read as text both ways: its NULs tell.
        (true, true) if odd >= even => UTF_16LE,
        (true, true) => UTF_16BE,
        (false, false) => return None,
    };
    (!byte_text(sample, even + odd)).then_some(enc)
}

/// The code units of a sample, counted by kind.
#[derive(Debug, Default)]
struct Units {
    all: usize,
    /// ASCII letters, digits, punctuation and white space.
    ascii: usize,
    /// Letters, digits, punctuation and symbols of CJK and Western text, and white space.
    text: usize,
    /// CJK ideographs, CJK punctuation and full-width forms.
    han: usize,
    /// Controls other than white space, unpaired surrogates, private use, non-characters.
    bad: usize,
    /// U+0000, which no text holds.
    nul: usize,
}

impl Units {
    fn read(sample: &[u8], enc: &'static Encoding) -> Units {
        let order = if enc == UTF_16LE {
            u16::from_le_bytes
        } else {
            u16::from_be_bytes
        };
        let units = sample.chunks_exact(2).map(|p| order([p[0], p[1]]));
        let mut counts = Units::default();
        for c in char::decode_utf16(units) {
            // A pair counts as two units.
            let n = c.as_ref().map_or(1, |c| c.len_utf16());
            counts.all += n;
            match c {
                Ok('\0') => counts.nul += 1,
                Ok(c) if is_han(c) => {
                    counts.han += n;
                    counts.text += n;
                }
                Ok(c) if c.is_ascii() && is_text(c) => {
                    counts.ascii += n;
                    counts.text += n;
                }
                Ok(c) if is_text(c) => counts.text += n,
                Ok(c) if !is_bad(c) => {}
                _ => counts.bad += n,
            }
        }
        counts
    }

    /// Whether the units read as text: at least two, 95% text, at most 1% bad, no U+0000;
    /// fewer than 8 units all ASCII or CJK. Without any NUL byte (no ASCII at all), only CJK
    /// text is taken: 8 units or more, 90% CJK.
    fn fit(&self, nul_free: bool) -> bool {
        let clean = self.nul == 0 && self.bad * 100 <= self.all;
        let enough = if nul_free {
            self.all >= 8 && self.han * 10 >= self.all * 9
        } else {
            self.all >= 8 || self.ascii + self.han == self.all
        };
        self.all >= 2 && self.text * 100 >= self.all * 95 && clean && enough
    }
}

fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303F}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}' | '\u{20000}'..='\u{3FFFF}')
}

/// Scripts and symbols met in CJK and Western text; any char outside the BMP.
fn is_text(c: char) -> bool {
    matches!(c,
        '\t' | '\n' | '\r' | '\u{0C}' | ' '..='~' | '\u{A0}'..='\u{24F}' | '\u{300}'..='\u{52F}'
        | '\u{2000}'..='\u{2BFF}' | '\u{3000}'..='\u{33FF}' | '\u{AC00}'..='\u{D7A3}'
        | '\u{FE00}'..='\u{FE0F}' | '\u{FE30}'..='\u{FE4F}' | '\u{10000}'..)
        || is_han(c)
}

fn is_bad(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{1F}' | '\u{7F}'..='\u{9F}' | '\u{E000}'..='\u{F8FF}' | '\u{FFFE}' | '\u{FFFF}')
}

/// Whether `sample`, holding `nuls` NUL bytes, is rather text in a byte encoding that reads
/// as UTF-16 by chance. With NULs: when its other bytes are UTF-8 (ASCII text with a stray
/// NUL reads as CJK in UTF-16), unless NULs stand on nearly every unit (ASCII text in
/// UTF-16), or the units without NUL are too few (under 8) to tell and NULs stand on 30% of
/// the units. Without NULs: when UTF-8, GBK, Big5 or Shift_JIS read it cleanly (short Big5
/// such as `一、2009年工作回顧` reads as CJK in UTF-16LE; a short UTF-16 text without ASCII
/// may read cleanly in GBK and is then not taken).
fn byte_text(sample: &[u8], nuls: usize) -> bool {
    let units = sample.len() / 2;
    let bytes: Vec<u8> = sample.iter().copied().filter(|&b| b != 0).collect();
    let utf8 = utf8_prefix(&bytes);
    if nuls == 0 {
        return utf8
            || [GBK, BIG5, SHIFT_JIS]
                .into_iter()
                .any(|enc| clean(enc, sample));
    }
    let utf16_like = nuls * 10 >= units * 9 || (units - nuls < 8 && nuls * 10 >= units * 3);
    utf8 && !utf16_like
}

/// Whether `bytes` are UTF-8, but for a char cut at their end.
fn utf8_prefix(bytes: &[u8]) -> bool {
    match std::str::from_utf8(bytes) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none(),
    }
}

/// Whether `enc` reads `sample` without error (a char cut at its end is no error).
fn clean(enc: &'static Encoding, sample: &[u8]) -> bool {
    let mut decoder = enc.new_decoder_without_bom_handling();
    let mut out = vec![0u8; sample.len() * 3 + 16];
    let (result, _, _) = decoder.decode_to_utf8_without_replacement(sample, &mut out, false);
    result == encoding_rs::DecoderResult::InputEmpty
}
