//! Bytes to text: encoding detection (BOM, UTF-8, UTF-16 without BOM, chardetng for legacy
//! encodings), line-end normalization, and a map from every char back to its original bytes.

use encoding_rs::{DecoderResult, Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// Text decoded from bytes, with CRLF and CR turned into LF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// Name of the encoding the bytes were read as (`UTF-8`, `UTF-16LE`, `GBK`, …).
    pub encoding: &'static str,
    /// Whether a byte-order mark was present (and skipped).
    pub bom: bool,
    /// Where each char of `text` came from.
    pub origin: ByteMap,
    /// How many malformed bytes were replaced (by one U+FFFD per malformed sequence).
    pub replaced: usize,
}

/// The original byte range of each char of a decoded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ByteMap {
    /// The text is the source's bytes unchanged (UTF-8, no BOM, no CR): a char at byte `b` of
    /// the text is at byte `b` of the source. Costs nothing, so most files need no table.
    Identity,
    /// One range a char, in order.
    Table(Vec<(u32, u32)>),
}

impl Decoded {
    /// Number of chars of the text.
    pub fn char_count(&self) -> usize {
        match &self.origin {
            ByteMap::Identity => self.text.chars().count(),
            ByteMap::Table(t) => t.len(),
        }
    }
}

/// Why bytes could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotText(pub String);

/// Decodes a file's bytes, detecting the encoding.
pub fn decode(bytes: &[u8]) -> Result<Decoded, NotText> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return Ok(decode_with(enc, bytes, bom_len, true));
    }
    if let Some(enc) = sniff_utf16(bytes) {
        return Ok(decode_with(enc, bytes, 0, false));
    }
    if looks_binary(bytes) {
        return Err(NotText("contains NUL or control bytes".into()));
    }
    if !bytes.contains(&b'\r') {
        if let Ok(text) = std::str::from_utf8(bytes) {
            return Ok(identity(text.to_string()));
        }
    }
    if mostly_utf8(bytes) {
        return Ok(decode_with(UTF_8, bytes, 0, false));
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let enc = detector.guess(Some(b"cn"), true);
    Ok(decode_with(enc, bytes, 0, false))
}

/// Whether a file starting with `head` can be decoded a run of lines at a time: no UTF-16
/// (by BOM or by its NUL pattern) and no binary bytes.
pub fn cuttable_at_newlines(head: &[u8]) -> bool {
    let utf16 = matches!(Encoding::for_bom(head), Some((enc, _)) if enc != UTF_8);
    !utf16 && sniff_utf16(head).is_none() && !looks_binary(head)
}

/// Takes a string that is already UTF-8 (a JSONL field): byte offsets are into its UTF-8 bytes.
pub fn from_utf8_string(text: String) -> Decoded {
    if text.contains('\r') {
        decode_with(UTF_8, text.as_bytes(), 0, false)
    } else {
        identity(text)
    }
}

fn identity(text: String) -> Decoded {
    Decoded {
        text,
        encoding: UTF_8.name(),
        bom: false,
        origin: ByteMap::Identity,
        replaced: 0,
    }
}

/// Valid UTF-8, or UTF-8 with a few bad bytes: at least 20 valid multi-byte chars per error.
/// Text in a legacy encoding read as UTF-8 gives errors on nearly every non-ASCII char.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut errors, mut multibyte, mut rest) = (0usize, 0usize, bytes);
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                multibyte += s.chars().filter(|c| !c.is_ascii()).count();
                break;
            }
            Err(e) => {
                let valid = e.valid_up_to();
                multibyte += rest[..valid].iter().filter(|&&b| b >= 0xC0).count();
                errors += 1;
                rest = &rest[valid + e.error_len().unwrap_or(rest.len() - valid)..];
            }
        }
    }
    errors == 0 || multibyte >= errors * 20
}

/// UTF-16 without a BOM: many NUL bytes on one side of each pair.
fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let zeros_even = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let zeros_odd = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    if zeros_odd * 10 >= pairs * 3 && zeros_even * 20 < pairs {
        Some(UTF_16LE)
    } else if zeros_even * 10 >= pairs * 3 && zeros_odd * 20 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// NUL bytes, or many C0 control bytes, in the first 8 KiB mean this is not text.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b))
        .count();
    sample.contains(&0) || controls * 100 > sample.len().max(1)
}

fn decode_with(enc: &'static Encoding, bytes: &[u8], skip: usize, bom: bool) -> Decoded {
    let body = &bytes[skip..];
    let mut out = Builder::with_capacity(body.len());
    if enc == UTF_8 {
        decode_utf8(body, skip, &mut out);
    } else {
        decode_stepwise(enc, body, skip, &mut out);
    }
    Decoded {
        text: out.text,
        encoding: enc.name(),
        bom,
        origin: ByteMap::Table(out.origin),
        replaced: out.replaced,
    }
}

/// Accumulates decoded chars, folding CRLF and CR into LF.
struct Builder {
    text: String,
    origin: Vec<(u32, u32)>,
    replaced: usize,
    after_cr: bool,
}

impl Builder {
    fn with_capacity(n: usize) -> Self {
        Builder {
            text: String::with_capacity(n),
            origin: Vec::with_capacity(n),
            replaced: 0,
            after_cr: false,
        }
    }

    fn push(&mut self, c: char, start: usize, end: usize) {
        let (start, end) = (start as u32, end as u32);
        match c {
            '\r' => {
                self.text.push('\n');
                self.origin.push((start, end));
                self.after_cr = true;
                return;
            }
            '\n' if self.after_cr => {
                // CRLF: the LF already stands for both bytes.
                if let Some(last) = self.origin.last_mut() {
                    last.1 = end;
                }
            }
            _ => {
                self.text.push(c);
                self.origin.push((start, end));
            }
        }
        self.after_cr = false;
    }
}

fn decode_utf8(body: &[u8], base: usize, out: &mut Builder) {
    let mut rest = body;
    let mut offset = base;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                push_str(s, offset, out);
                return;
            }
            Err(e) => {
                let valid = e.valid_up_to();
                // SAFETY-free: the prefix was just validated.
                push_str(
                    std::str::from_utf8(&rest[..valid]).unwrap_or(""),
                    offset,
                    out,
                );
                let bad = e.error_len().unwrap_or(rest.len() - valid);
                out.replaced += bad;
                out.push('\u{FFFD}', offset + valid, offset + valid + bad);
                rest = &rest[valid + bad..];
                offset += valid + bad;
            }
        }
    }
}

fn push_str(s: &str, offset: usize, out: &mut Builder) {
    for (i, c) in s.char_indices() {
        out.push(c, offset + i, offset + i + c.len_utf8());
    }
}

/// Feeds the decoder one byte at a time so that each char knows exactly which bytes made it.
fn decode_stepwise(enc: &'static Encoding, body: &[u8], base: usize, out: &mut Builder) {
    let mut decoder = enc.new_decoder_without_bom_handling();
    let mut buf = [0u8; 16];
    let mut char_start = 0usize;
    for i in 0..=body.len() {
        let last = i == body.len();
        let input = if last { &[][..] } else { &body[i..i + 1] };
        let mut consumed = 0;
        loop {
            let (result, read, written) =
                decoder.decode_to_utf8_without_replacement(&input[consumed..], &mut buf, last);
            consumed += read;
            let end = base + i + consumed;
            if written > 0 {
                let s = std::str::from_utf8(&buf[..written]).unwrap_or("\u{FFFD}");
                for c in s.chars() {
                    out.push(c, base + char_start, end);
                }
                char_start = i + consumed;
            }
            match result {
                DecoderResult::InputEmpty => break,
                DecoderResult::OutputFull => continue,
                DecoderResult::Malformed(bad, _) => {
                    out.replaced += usize::from(bad).max(1);
                    out.push('\u{FFFD}', base + char_start, end);
                    char_start = i + consumed;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(d: &Decoded) -> &[(u32, u32)] {
        match &d.origin {
            ByteMap::Table(t) => t,
            ByteMap::Identity => panic!("expected a table"),
        }
    }

    fn roundtrip(bytes: &[u8]) -> Decoded {
        decode(bytes).expect("text")
    }

    #[test]
    fn utf8_with_and_without_bom_and_crlf() {
        let d = roundtrip(b"\xEF\xBB\xBF\xE4\xB8\xAD\r\nA\rB");
        assert_eq!(d.text, "中\nA\nB");
        assert!(d.bom);
        assert_eq!(
            d.origin,
            ByteMap::Table(vec![(3, 6), (6, 8), (8, 9), (9, 10), (10, 11)])
        );
        let d = roundtrip("中文".as_bytes());
        assert_eq!(d.encoding, "UTF-8");
        assert!(!d.bom);
        assert_eq!(d.origin, ByteMap::Identity);
    }

    #[test]
    fn utf16_with_bom_and_sniffed() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "政府工作报告\r\n2024".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let d = roundtrip(&bytes);
        assert_eq!(d.text, "政府工作报告\n2024");
        assert_eq!(table(&d)[0], (2, 4));
        let d = roundtrip(&bytes[2..]);
        assert_eq!(d.text, "政府工作报告\n2024");
        assert_eq!(d.encoding, "UTF-16LE");
    }

    #[test]
    fn gbk_is_detected_and_mapped_per_char() {
        let text = "各位代表：现在，我代表国务院，向大会报告政府工作，请予审议。2024年";
        let (bytes, _, _) = encoding_rs::GBK.encode(text);
        let d = roundtrip(&bytes);
        assert_eq!(d.text, text);
        assert_eq!(d.encoding, "GBK");
        assert_eq!(table(&d)[0], (0, 2));
        assert_eq!(
            table(&d).last().copied(),
            Some((bytes.len() as u32 - 2, bytes.len() as u32))
        );
    }

    #[test]
    fn invalid_utf8_is_replaced_and_counted() {
        let mut bytes = "中文".repeat(200).into_bytes();
        bytes.insert(3, 0xFF);
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert_eq!(d.replaced, 1);
        assert_eq!(d.text.chars().nth(1), Some('\u{FFFD}'));
        assert_eq!(table(&d)[1], (3, 4));
    }

    #[test]
    fn binary_is_not_text() {
        assert!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").is_err());
    }
}
