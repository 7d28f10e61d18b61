//! Bytes that are not all UTF-8: read in one legacy encoding, or, when some lines are UTF-8
//! and others are not (scrapes appended to one file), each line in its own encoding.

use super::{Builder, Caveat, Decoded};
use chardetng::EncodingDetector;
use encoding_rs::{Encoding, GBK, UTF_8};

/// Double-byte chars of legacy text from which chardetng's unhinted guess (Big5, Shift_JIS,
/// EUC-KR…) is taken over GBK, the encoding Chinese text is expected in. Over 68,000 GBK
/// paragraphs and documents of the corpora, the unhinted guess missed GBK for one in 6,600
/// of 17–24 such chars and for none of the 48,000 above; it missed Big5 for 6 of 6,700
/// Big5 texts (the corpora in traditional characters), the short ones included.
const TRUSTED_PAIRS: usize = 32;

/// How a line reads as UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineEncoding {
    /// ASCII only: the same in UTF-8 and in every legacy encoding read here.
    Ascii,
    /// Chars of three bytes or more (CJK, most symbols), more of them than bad sequences.
    /// Legacy double-byte text almost never holds such a char.
    Utf8,
    /// Valid UTF-8 of one- and two-byte chars only, which legacy double-byte text can be by
    /// chance (`目录` in GBK is the bytes of `Ŀ¼`).
    Short,
    /// Not UTF-8.
    Legacy,
}

/// A line: where it ends (after its LF, CRLF or CR) and how it reads as UTF-8.
#[derive(Debug)]
struct Line {
    end: usize,
    kind: LineEncoding,
}

/// Decodes bytes that are not valid UTF-8.
pub(super) fn decode(bytes: &[u8]) -> Decoded {
    let lines = lines(bytes);
    let has = |kind| lines.iter().any(|l| l.kind == kind);
    if !has(LineEncoding::Legacy) {
        // UTF-8 with a few bad bytes.
        return super::decode_with(UTF_8, bytes, 0, false);
    }
    if has(LineEncoding::Utf8) {
        return mixed(bytes, &lines);
    }
    let (enc, caveat) = guess(&[bytes]);
    let mut decoded = super::decode_with(enc, bytes, 0, false);
    decoded.caveats.extend(caveat);
    decoded
}

/// Reads each line with non-ASCII text as UTF-8 or in the legacy encoding of the lines that
/// are not UTF-8, a run of lines of one encoding at a time.
fn mixed(bytes: &[u8], lines: &[Line]) -> Decoded {
    let starts: Vec<usize> = std::iter::once(0)
        .chain(lines.iter().map(|l| l.end))
        .collect();
    let legacy_lines: Vec<&[u8]> = lines
        .iter()
        .zip(&starts)
        .filter(|(l, _)| l.kind == LineEncoding::Legacy)
        .map(|(l, &start)| &bytes[start..l.end])
        .collect();
    let (legacy, caveat) = guess(&legacy_lines);
    let encodings = line_encodings(bytes, lines, legacy);
    let mut out = Builder::with_capacity(bytes.len());
    let mut counts = [0usize; 2];
    // The start of the run of lines being gathered, and its encoding.
    let mut run: Option<(usize, &'static Encoding)> = None;
    for (&start, enc) in starts.iter().zip(encodings) {
        let Some(enc) = enc else { continue };
        counts[usize::from(enc != UTF_8)] += 1;
        match run {
            Some((from, current)) if current != enc => {
                out.add(current, bytes, from..start);
                run = Some((start, enc));
            }
            Some(_) => {}
            None => run = Some((0, enc)),
        }
    }
    let (from, current) = run.unwrap_or((0, UTF_8));
    out.add(current, bytes, from..bytes.len());
    let mut decoded = out.finish(mixed_name(legacy), false);
    decoded.caveats.push(Caveat::Mixed {
        utf8_lines: counts[0],
        legacy_lines: counts[1],
        legacy: legacy.name(),
    });
    decoded.caveats.extend(caveat);
    decoded
}

/// The encoding of each line, `None` for ASCII lines: UTF-8 lines as UTF-8, the others in
/// `legacy`. A line of one- and two-byte UTF-8 chars (a no-break space, or GBK `目录`) is
/// read in `legacy` when it reads cleanly in it and the nearest lines before and after it
/// that tell are in `legacy` too (appended scrapes come in runs of lines).
fn line_encodings(
    bytes: &[u8],
    lines: &[Line],
    legacy: &'static Encoding,
) -> Vec<Option<&'static Encoding>> {
    let told = |kind| match kind {
        LineEncoding::Utf8 => Some(UTF_8),
        LineEncoding::Legacy => Some(legacy),
        LineEncoding::Ascii | LineEncoding::Short => None,
    };
    let nearest = |lines: &mut dyn Iterator<Item = &Line>| -> Vec<Option<&'static Encoding>> {
        let mut last = None;
        lines
            .map(|l| {
                let before = last;
                last = told(l.kind).or(last);
                before
            })
            .collect()
    };
    let before = nearest(&mut lines.iter());
    let mut after = nearest(&mut lines.iter().rev());
    after.reverse();
    let mut start = 0;
    let mut out = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        let text = &bytes[start..line.end];
        start = line.end;
        out.push(match line.kind {
            LineEncoding::Short => {
                let amid_legacy = [before[i], after[i]].iter().all(|&e| e != Some(UTF_8));
                Some(if amid_legacy && reads_cleanly(legacy, text) {
                    legacy
                } else {
                    UTF_8
                })
            }
            kind => told(kind),
        });
    }
    out
}

/// The legacy encoding of `text` (given in pieces), and a caveat when it is uncertain.
/// chardetng is asked twice: told the text is Chinese (`.cn`), it reads any bytes GBK can
/// read as GBK, Big5 and Shift_JIS included; untold, it weighs every encoding, but mistakes
/// short GBK text for another. The untold guess wins when the text is long enough, or when
/// it is a double-byte encoding reading the text with fewer private-use chars than GBK
/// (Big5 read as GBK gives many).
fn guess(text: &[&[u8]]) -> (&'static Encoding, Option<Caveat>) {
    let mut detector = EncodingDetector::new();
    for (i, piece) in text.iter().enumerate() {
        detector.feed(piece, i + 1 == text.len());
    }
    let hinted = detector.guess(Some(b"cn"), true);
    let unhinted = detector.guess(None, true);
    let high: usize = text
        .iter()
        .map(|p| p.iter().filter(|&&b| b >= 0x80).count())
        .sum();
    let untold_wins = || {
        let fewer_oddities =
            || !unhinted.is_single_byte() && oddities(unhinted, text) < oddities(GBK, text);
        hinted == GBK && (high / 2 >= TRUSTED_PAIRS || fewer_oddities())
    };
    if hinted == unhinted {
        (hinted, None)
    } else if untold_wins() {
        (unhinted, None)
    } else {
        let caveat = Caveat::Uncertain {
            chosen: hinted.name(),
            other: unhinted.name(),
        };
        (hinted, Some(caveat))
    }
}

/// Private-use chars and malformed sequences in `enc`'s reading of `text`.
fn oddities(enc: &'static Encoding, text: &[&[u8]]) -> usize {
    text.iter()
        .map(|piece| {
            let (s, _) = enc.decode_without_bom_handling(piece);
            s.chars()
                .filter(|c| matches!(c, '\u{E000}'..='\u{F8FF}' | '\u{FFFD}'))
                .count()
        })
        .sum()
}

fn lines(bytes: &[u8]) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < bytes.len() {
        let end = match bytes[start..]
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
        {
            None => bytes.len(),
            Some(i) if bytes[start + i..].starts_with(b"\r\n") => start + i + 2,
            Some(i) => start + i + 1,
        };
        out.push(Line {
            end,
            kind: kind(&bytes[start..end]),
        });
        start = end;
    }
    out
}

fn kind(line: &[u8]) -> LineEncoding {
    if line.is_ascii() {
        return LineEncoding::Ascii;
    }
    let (mut long, mut bad) = (0usize, 0usize);
    for chunk in line.utf8_chunks() {
        long += chunk.valid().chars().filter(|c| c.len_utf8() >= 3).count();
        bad += usize::from(!chunk.invalid().is_empty());
    }
    match (long, bad) {
        (0, 0) => LineEncoding::Short,
        (long, bad) if long > bad => LineEncoding::Utf8,
        _ => LineEncoding::Legacy,
    }
}

fn reads_cleanly(enc: &'static Encoding, bytes: &[u8]) -> bool {
    enc.decode_without_bom_handling_and_without_replacement(bytes)
        .is_some()
}

/// `UTF-8+` and the legacy encoding's name, made once per legacy encoding (there are few).
fn mixed_name(legacy: &'static Encoding) -> &'static str {
    use std::sync::{Mutex, PoisonError};
    static NAMES: Mutex<Vec<(&Encoding, &str)>> = Mutex::new(Vec::new());
    let mut names = NAMES.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(&(_, name)) = names.iter().find(|(enc, _)| *enc == legacy) {
        return name;
    }
    let name: &'static str = Box::leak(format!("UTF-8+{}", legacy.name()).into_boxed_str());
    names.push((legacy, name));
    name
}
