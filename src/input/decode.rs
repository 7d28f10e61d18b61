//! Bytes to text: encoding detection (BOM, UTF-16 without BOM, UTF-8, chardetng for legacy
//! encodings, line by line when a file mixes UTF-8 with a legacy encoding), line-end
//! normalization, and a map from every char back to its original bytes.

mod legacy;
mod utf16;

pub use crate::document::{ByteMap, Caveat, Decoded};
use crate::error::{Error, Location};
use encoding_rs::{DecoderResult, Encoding, UTF_8};
use std::path::Path;

/// The warnings to give about the text read from `path`: replaced bytes and caveats.
/// Both concern the whole file (or run of lines), so they name no line.
pub fn warnings(decoded: &Decoded, path: &Path) -> Vec<Error> {
    let at = || Location {
        path: path.to_path_buf(),
        line: None,
    };
    let lossy = (decoded.replaced > 0).then(|| Error::Lossy {
        at: at(),
        bytes: decoded.replaced,
    });
    let caveats = decoded.caveats.iter().map(|caveat| Error::Decoding {
        at: at(),
        caveat: caveat.clone(),
    });
    lossy.into_iter().chain(caveats).collect()
}

/// Why bytes could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotText(pub String);

/// Decodes a file's bytes, detecting the encoding.
pub fn decode(bytes: &[u8]) -> Result<Decoded, NotText> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return Ok(decode_with(enc, bytes, bom_len, true));
    }
    // Bytes that are UTF-8 throughout without a NUL are not UTF-16: `utf16::sniff` would read
    // their first 4 KB as UTF-8 a second time to conclude so.
    let utf8 = match has_nul(bytes) {
        false => as_utf8(bytes),
        true => None,
    };
    if let Some(enc) = utf8.is_none().then(|| utf16::sniff(bytes)).flatten() {
        return Ok(decode_with(enc, bytes, 0, false));
    }
    if looks_binary(bytes) {
        return Err(NotText("contains NUL or control bytes".into()));
    }
    match utf8.or_else(|| as_utf8(bytes)) {
        Some(text) if memchr::memchr(b'\r', text.as_bytes()).is_none() => {
            Ok(identity(text.to_string()))
        }
        Some(_) => Ok(decode_with(UTF_8, bytes, 0, false)),
        None => Ok(legacy::decode(bytes)),
    }
}

/// Whether `bytes` hold a NUL: searched 32 bytes at a time (`memchr`; the standard library's
/// search goes a word at a time).
fn has_nul(bytes: &[u8]) -> bool {
    memchr::memchr(0, bytes).is_some()
}

/// `bytes` as text if they are UTF-8 throughout: checked 32 bytes at a time (`simdutf8`;
/// the standard library's check takes ~10 instructions a byte of Chinese text).
fn as_utf8(bytes: &[u8]) -> Option<&str> {
    simdutf8::basic::from_utf8(bytes).ok()
}

/// Whether [`decode`] takes `bytes` as text, without decoding them: a BOM, UTF-16 by its
/// code units, or no sign of binary bytes.
pub(crate) fn is_text(bytes: &[u8]) -> bool {
    !looks_binary(bytes) || Encoding::for_bom(bytes).is_some() || utf16::sniff(bytes).is_some()
}

/// Whether a file starting with `head` can be decoded a run of lines at a time: no UTF-16
/// (by BOM or by its code units) and no binary bytes.
pub fn cuttable_at_newlines(head: &[u8]) -> bool {
    let utf16 = matches!(Encoding::for_bom(head), Some((enc, _)) if enc != UTF_8);
    !utf16 && utf16::sniff(head).is_none() && !looks_binary(head)
}

/// Takes a string that is already UTF-8 (a JSONL field): byte offsets are into its UTF-8 bytes.
pub fn from_utf8_string(text: String) -> Decoded {
    if memchr::memchr(b'\r', text.as_bytes()).is_some() {
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
        caveats: Vec::new(),
    }
}

/// NUL bytes, or many C0 control bytes, in the first 8 KiB mean this is not text.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    // Counted in byte lanes, 255 bytes at a time, without a branch: the compiler does it in
    // vector registers.
    let control =
        |b: u8| (b < 0x20) & (b != b'\n') & (b != b'\r') & (b != b'\t') & (b != 0x0c) & (b != 0x1b);
    let controls: usize = (sample.chunks(255))
        .map(|run| run.iter().map(|&b| control(b) as u8).sum::<u8>() as usize)
        .sum();
    has_nul(sample) || controls * 100 > sample.len().max(1)
}

fn decode_with(enc: &'static Encoding, bytes: &[u8], skip: usize, bom: bool) -> Decoded {
    let mut out = Builder::with_capacity(bytes.len() - skip);
    out.add(enc, bytes, skip..bytes.len());
    out.finish(enc.name(), bom)
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

    /// Decodes `bytes[range]` as `enc`; the chars map to offsets within `bytes`.
    fn add(&mut self, enc: &'static Encoding, bytes: &[u8], range: std::ops::Range<usize>) {
        let body = &bytes[range.clone()];
        if enc == UTF_8 {
            decode_utf8(body, range.start, self);
        } else {
            decode_stepwise(enc, body, range.start, self);
        }
    }

    fn finish(self, encoding: &'static str, bom: bool) -> Decoded {
        Decoded {
            text: self.text,
            encoding,
            bom,
            origin: ByteMap::Table(self.origin),
            replaced: self.replaced,
            caveats: Vec::new(),
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

    #[test]
    fn control_bytes_are_counted_as_one_by_one() {
        // Every byte value, in runs longer and shorter than a lane's 255.
        for n in [1, 40, 255, 256, 700] {
            let bytes: Vec<u8> = (0..n * 37).map(|i| (i * 7 % 256) as u8 | 1).collect();
            let slow = bytes[..bytes.len().min(8192)]
                .iter()
                .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b))
                .count();
            let sample = &bytes[..bytes.len().min(8192)];
            assert_eq!(
                looks_binary(&bytes),
                slow * 100 > sample.len().max(1),
                "{n}"
            );
        }
        assert!(!looks_binary("一段\n正文\t\r\n".as_bytes()));
        assert!(looks_binary(&[1, 2, 3, b'a']));
    }

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

    /// Chinese with one ASCII char (a newline) in twenty: about 5% NUL bytes, and `　` and
    /// `一` put NULs on the low side too.
    const REPORT: &str = "　　今年一季度，全市规模以上工业增加值同比增长百分之六点二，开发区新开工项目四十个。\n　　一是加快培育新兴产业；二是推动传统产业转型升级；三是最大限度减轻企业负担。\n";

    fn utf16(text: &str, le: bool) -> Vec<u8> {
        let order = if le {
            u16::to_le_bytes
        } else {
            u16::to_be_bytes
        };
        text.encode_utf16().flat_map(order).collect()
    }

    /// No ASCII at all, so no NUL; `上` holds an LF byte.
    const NOTICE: &str = "上海市人民政府关于加快发展新兴产业的意见，各区人民政府，市政府各委、办、局：现将《关于加快发展新兴产业的实施方案》印发给你们，请认真按照执行。";

    #[test]
    fn utf16_without_bom_is_read_by_its_code_units_not_a_share_of_nuls() {
        for (le, name) in [(true, "UTF-16LE"), (false, "UTF-16BE")] {
            for text in [REPORT, NOTICE] {
                let d = roundtrip(&utf16(text, le));
                assert_eq!((d.text.as_str(), d.encoding), (text, name));
                assert_eq!(table(&d)[1], (2, 4));
            }
        }
        // Byte text never reads as UTF-16, nor do UTF-8 or ASCII with stray NULs (as CJK) or
        // a binary header (as Latin letters and a combining mark).
        let cases: [(&'static Encoding, &str); 5] = [
            (encoding_rs::GBK, REPORT),
            (encoding_rs::BIG5, "本市今年第一季的工業生產總值比去年同期增長百分之六點二，新開工的建設項目共有四十個。"),
            (encoding_rs::BIG5, "一、2009年工作回顧"),
            (encoding_rs::SHIFT_JIS, "今年の春は例年より暖かく、桜の開花も一週間ほど早まりました。公園には多くの家族連れが訪れました。"),
            (UTF_8, REPORT),
        ];
        for (enc, text) in cases {
            let (bytes, _, _) = enc.encode(text);
            assert!(!roundtrip(&bytes).encoding.starts_with("UTF-16"), "{text}");
        }
        assert!(decode(b"Every line of this file is plain English text.\n\0").is_err());
        assert!(decode(&[REPORT.as_bytes(), b"\0"].concat()).is_err());
        assert!(decode(b"\0\x01\x02\x03").is_err());
    }

    #[test]
    fn a_file_read_as_utf16_is_not_cut_at_newline_bytes() {
        for text in [REPORT, NOTICE] {
            for le in [true, false] {
                let bytes = utf16(text, le);
                assert!(decode(&bytes).is_ok_and(|d| d.encoding.starts_with("UTF-16")));
                assert!(!cuttable_at_newlines(&bytes));
            }
        }
        assert!(cuttable_at_newlines(&encoding_rs::GBK.encode(REPORT).0));
    }

    #[test]
    fn big5_shift_jis_and_euc_kr_are_read_as_what_they_are() {
        let cases = [
            (encoding_rs::BIG5, "本市今年第一季的工業生產總值比去年同期增長百分之六點二，新開工的建設項目共有四十個，總投資約為一百二十億元。"),
            (encoding_rs::SHIFT_JIS, "今年の春は例年より暖かく、桜の開花も一週間ほど早まりました。公園には多くの家族連れが訪れました。"),
            (encoding_rs::EUC_KR, "올해 봄은 예년보다 따뜻해서 벚꽃이 일주일쯤 일찍 피었습니다. 공원에는 가족 단위 나들이객이 많이 찾아왔습니다."),
        ];
        for (enc, text) in cases {
            let d = roundtrip(&enc.encode(text).0);
            assert_eq!((d.text.as_str(), d.encoding), (text, enc.name()));
            assert!(d.caveats.is_empty());
        }
        // Short Big5 that GBK reads into private-use chars.
        assert_eq!(
            roundtrip(&encoding_rs::BIG5.encode("天氣預報").0).text,
            "天氣預報"
        );
    }

    #[test]
    fn too_short_to_tell_is_read_as_gbk_with_a_caveat() {
        let d = roundtrip(&encoding_rs::BIG5.encode("體育新聞").0);
        assert_eq!(d.encoding, "GBK");
        assert_eq!(
            d.caveats,
            [Caveat::Uncertain {
                chosen: "GBK",
                other: "Big5"
            }]
        );
        let warnings = warnings(&d, Path::new("a.txt"));
        assert!(warnings.iter().all(Error::is_warning));
        assert_eq!(
            warnings[0].to_string(),
            "a.txt: encoding uncertain: read as GBK, but it may be Big5"
        );
    }

    /// A UTF-8 scrape with a GBK one appended: lines with a no-break space only, or GBK
    /// `目录` (valid UTF-8 by chance), go with the lines around them.
    fn appended() -> (Vec<u8>, usize, String) {
        let utf8 = "政府工作报告\n\u{a0}\n　　过去一年，经济回升向好。\r\n";
        let gbk = "　　一、2024年工作回顾\r\n\r\n目录\r\n　　二、今年工作总体部署\r\n";
        let mut bytes = utf8.as_bytes().to_vec();
        bytes.extend_from_slice(&encoding_rs::GBK.encode(gbk).0);
        let text = format!("{utf8}{gbk}").replace("\r\n", "\n");
        (bytes, utf8.len(), text)
    }

    #[test]
    fn mixed_utf8_and_gbk_lines_are_each_read_in_their_own() {
        let (bytes, _, text) = appended();
        let d = roundtrip(&bytes);
        assert_eq!(d.text, text);
        assert_eq!(d.encoding, "UTF-8+GBK");
        assert_eq!(
            d.caveats,
            [Caveat::Mixed {
                utf8_lines: 3,
                legacy_lines: 3,
                legacy: "GBK"
            }]
        );
        assert_eq!(
            warnings(&d, Path::new("a.txt"))[0].to_string(),
            "a.txt: mixed encodings: 3 line(s) read as UTF-8, 3 as GBK"
        );
    }

    #[test]
    fn mixed_text_maps_every_char_back_to_its_bytes() {
        let (bytes, gbk_from, text) = appended();
        let d = roundtrip(&bytes);
        assert_eq!(d.char_count(), text.chars().count());
        let mut last = 0;
        for (c, &(a, b)) in d.text.chars().zip(table(&d)) {
            let (a, b) = (a as usize, b as usize);
            assert!(a >= last);
            last = b;
            let enc = if a < gbk_from {
                UTF_8
            } else {
                encoding_rs::GBK
            };
            let source = enc.decode_without_bom_handling(&bytes[a..b]).0;
            let lf = c == '\n' && (source == "\n" || source == "\r\n");
            assert!(lf || source == c.to_string(), "{c:?} from {source:?}");
        }
        assert_eq!(last, bytes.len());
    }

    #[test]
    fn utf8_with_a_bad_byte_among_gbk_lines_keeps_its_line() {
        let mut bytes = "第一行是正常的中文句子。\n".as_bytes().to_vec();
        bytes.extend_from_slice(&"第二行少了最后一个字节".as_bytes()[..32]);
        bytes.push(b'\n');
        bytes.extend_from_slice(&encoding_rs::GBK.encode("第三行是国标码。\n").0);
        let d = roundtrip(&bytes);
        assert_eq!(
            d.text,
            "第一行是正常的中文句子。\n第二行少了最后一个字\u{FFFD}\n第三行是国标码。\n"
        );
        assert_eq!(d.replaced, 2);
    }
}
