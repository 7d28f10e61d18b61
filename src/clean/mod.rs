//! Cleaning: boilerplate removal, reflow, normalization and fragment repair, turning a
//! [`RawDocument`] into a [`CleanDocument`] that records every removal and change.

mod cells;
pub mod chars;
pub mod normalize;
pub mod reflow;
pub mod rules;
mod sentences;
mod strip;
mod template;
pub mod tracked;

use crate::document::{ByteMap, Decoded};
use crate::document::{Change, CleanDocument, Flags, Paragraph, RawDocument, Removal, Span};
use std::collections::BTreeMap;
use tracked::Tracked;

pub use sentences::split_sentences;

/// One source line after boilerplate removal and normalization.
#[derive(Debug, Clone)]
pub struct Line {
    /// Trimmed text; empty for blank or removed lines.
    pub text: Tracked,
    /// The raw line started with white space (a paragraph indent).
    pub indented: bool,
}
/// Which cleaning steps run. Every step is on by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct CleanOptions {
    /// Normalize white space, width, punctuation and control chars.
    pub normalize: bool,
    /// Rejoin hard-wrapped lines into paragraphs.
    pub reflow: bool,
    /// Rejoin paragraphs cut by captions or side blocks.
    pub repair: bool,
    /// Remove captions, bylines, page chrome, adverts, markup and licences.
    pub boilerplate: bool,
    /// Look for template placeholders.
    pub template: bool,
}

impl Default for CleanOptions {
    fn default() -> Self {
        CleanOptions {
            normalize: true,
            reflow: true,
            repair: true,
            boilerplate: true,
            template: true,
        }
    }
}

/// Counts of changes by step and rule.
#[derive(Debug, Default, Clone)]
pub struct Tally(BTreeMap<(&'static str, &'static str), usize>);

impl Tally {
    /// Counts one change by `rule` of `step`.
    pub fn add(&mut self, step: &'static str, rule: &'static str) {
        *self.0.entry((step, rule)).or_default() += 1;
    }

    /// How many changes `rule` of `step` made.
    #[cfg(test)]
    pub fn get(&self, step: &'static str, rule: &'static str) -> usize {
        self.0.get(&(step, rule)).copied().unwrap_or(0)
    }

    fn into_changes(self) -> Vec<Change> {
        self.0
            .into_iter()
            .map(|((step, rule), count)| Change { step, rule, count })
            .collect()
    }
}

/// Separator between paragraphs in the cleaned text.
pub const PARAGRAPH_SEPARATOR: &str = "\n\n";

/// The cleaned paragraphs of `text` (stripped, reflowed, normalized, rejoined) and what the
/// rules removed, in source order.
fn paragraphs_of(
    text: &str,
    opts: &CleanOptions,
    tally: &mut Tally,
) -> (Vec<Tracked>, Vec<strip::Removed>) {
    let stripped = strip::strip(text, opts.boilerplate);
    let lines = stripped
        .lines
        .into_iter()
        .map(|mut line| {
            line.text.trim();
            line
        })
        .collect::<Vec<_>>();
    let mut paras = if opts.reflow {
        reflow::reflow(lines, tally)
    } else {
        lines
            .into_iter()
            .map(|l| l.text)
            .filter(|t| !t.is_empty())
            .collect()
    };
    if opts.normalize {
        paras = normalize_all(paras, tally);
    }
    let mut removed = stripped.removals;
    // The rules run again on cleaned paragraphs before fragments are rejoined (a heading's
    // `# ` goes first, so a second pass rejoins nothing the first did not), and after a join.
    if opts.boilerplate {
        paras = restrip_all(paras, text, opts.normalize, tally, &mut removed);
    }
    if opts.repair {
        let before = paras.len();
        paras = reflow::repair_fragments(paras, tally);
        if paras.len() != before {
            // A join gives the chars at the seam new neighbours.
            if opts.normalize {
                paras = normalize_all(paras, tally);
            }
            if opts.boilerplate {
                paras = restrip_all(paras, text, opts.normalize, tally, &mut removed);
            }
        }
    }
    (paras, removed)
}

/// Cleans one document.
pub fn clean(raw: &RawDocument, opts: &CleanOptions) -> CleanDocument {
    cleaned(raw, opts, true)
}

/// [`clean`] for deduplication's digests, which read the cleaned chars, paragraphs, offsets
/// and removals only: `text` is left empty (`chars` holds the cleaned text) and no template
/// markers are looked for.
pub(crate) fn clean_for_digest(raw: &RawDocument, opts: &CleanOptions) -> CleanDocument {
    let opts = CleanOptions {
        template: false,
        ..*opts
    };
    cleaned(raw, &opts, false)
}

/// [`clean`], the cleaned text written as UTF-8 when `utf8`.
fn cleaned(raw: &RawDocument, opts: &CleanOptions, utf8: bool) -> CleanDocument {
    let text = &raw.decoded.text;
    let mut tally = Tally::default();
    let (paras, removed) = paragraphs_of(text, opts, &mut tally);
    let assembled = assemble(&paras, utf8);
    let map = SourceMap::new(&raw.decoded);
    let offsets = map.offsets(&assembled.src);
    let removals = locate_removals(removed, &assembled.src, &map, text);
    let mut flags = Flags {
        replaced_bytes: raw.decoded.replaced,
        ..Flags::default()
    };
    if opts.template {
        flags.template_markers = template::markers(&assembled.chars);
        flags.template = template::is_template(&flags.template_markers);
    }
    let paragraphs = assembled
        .spans
        .iter()
        .map(|&span| Paragraph {
            span,
            sentences: split_sentences(&assembled.chars[span.start..span.end], span.start),
        })
        .collect();
    CleanDocument {
        id: raw.id.clone(),
        origin: raw.origin.clone(),
        encoding: raw.decoded.encoding,
        metadata: raw.metadata.clone(),
        text: assembled.text,
        chars: assembled.chars,
        paragraphs,
        removals,
        changes: tally.into_changes(),
        flags,
        bytes_in: raw.bytes_in,
        chars_in: raw.decoded.char_count(),
        offsets_ordered: offsets
            .windows(2)
            .all(|w| w[0].0 <= w[1].0 && w[0].1 <= w[1].1),
        offsets,
    }
}

fn normalize_all(paras: Vec<Tracked>, tally: &mut Tally) -> Vec<Tracked> {
    paras
        .into_iter()
        .map(|p| {
            let mut p = normalize::normalize(p, tally);
            p.trim();
            p
        })
        .filter(|p| !p.is_empty())
        .collect()
}

/// How often a paragraph is stripped again at most.
const RESTRIP_PASSES: usize = 4;

/// Applies the block, inline and line rules again to the paragraphs, as cleaning the cleaned text
/// would: joined lines and normalized chars can make boilerplate no source line was (`{x` and
/// `t` joined into code, a tag split over two lines, a byline cut after its label). A cut gives
/// chars new neighbours, so the paragraph is normalized again.
fn restrip_all(
    paras: Vec<Tracked>,
    text: &str,
    normalize: bool,
    tally: &mut Tally,
    removals: &mut Vec<strip::Removed>,
) -> Vec<Tracked> {
    let mut out = Vec::with_capacity(paras.len());
    for mut para in paras {
        if strip::unchanged_line(&para, text) {
            debug_assert!(strip::restrip(&para, text, normalize).is_none());
            out.push(para);
            continue;
        }
        for _ in 0..RESTRIP_PASSES {
            let Some((kept, found)) = strip::restrip(&para, text, normalize) else {
                break;
            };
            removals.extend(found);
            para = if normalize {
                let mut p = normalize::normalize(kept, tally);
                p.trim();
                p
            } else {
                kept
            };
        }
        if !para.is_empty() {
            out.push(para);
        }
    }
    removals.sort_by_key(|r| (r.start, r.end));
    out
}

/// Paragraphs joined into one text.
struct Assembled {
    text: String,
    chars: Vec<char>,
    src: Vec<u32>,
    spans: Vec<Span>,
}

fn assemble(paras: &[Tracked], utf8: bool) -> Assembled {
    let mut joined = Tracked::default();
    let mut spans = Vec::with_capacity(paras.len());
    for para in paras {
        if !joined.is_empty() {
            let at = joined.src.last().copied().unwrap_or(0);
            for c in PARAGRAPH_SEPARATOR.chars() {
                joined.push(c, at);
            }
        }
        let start = joined.len();
        joined.extend(para);
        spans.push(Span::new(start, joined.len()));
    }
    let mut text = String::new();
    if utf8 {
        // Its bytes counted first: the text is written once, never grown and copied.
        text.reserve_exact(joined.chars.iter().map(|c| c.len_utf8()).sum());
        joined.chars.iter().for_each(|&c| text.push(c));
    }
    Assembled {
        text,
        chars: joined.chars,
        src: joined.src,
        spans,
    }
}

/// Maps byte offsets of the decoded text to byte ranges of the original source.
struct SourceMap<'a> {
    text: &'a str,
    /// Byte start of each decoded char, and its original range (absent for an identity map).
    table: Option<CharTable<'a>>,
}

type CharTable<'a> = (Vec<u32>, &'a [(u32, u32)]);

impl<'a> SourceMap<'a> {
    fn new(decoded: &'a Decoded) -> Self {
        let table = match &decoded.origin {
            ByteMap::Identity => None,
            ByteMap::Table(origin) => Some((
                decoded.text.char_indices().map(|(i, _)| i as u32).collect(),
                &origin[..],
            )),
        };
        SourceMap {
            text: &decoded.text,
            table,
        }
    }

    /// Original byte range of the char at decoded byte `byte`; `hint` speeds up lookups that
    /// move forward.
    fn at(&self, byte: u32, hint: &mut usize) -> (u32, u32) {
        let Some((starts, origin)) = &self.table else {
            return (byte, byte + char_len(self.text.as_bytes(), byte));
        };
        let ok = |i: usize| starts[i] <= byte && starts.get(i + 1).is_none_or(|&n| n > byte);
        if !(*hint < starts.len() && ok(*hint)) {
            *hint = if *hint + 1 < starts.len() && ok(*hint + 1) {
                *hint + 1
            } else {
                starts.partition_point(|&x| x <= byte).saturating_sub(1)
            };
        }
        origin[*hint]
    }

    /// Original byte range of each char whose decoded byte offset is given.
    fn offsets(&self, src: &[u32]) -> Vec<(u32, u32)> {
        if self.table.is_none() {
            let bytes = self.text.as_bytes();
            return src.iter().map(|&b| (b, b + char_len(bytes, b))).collect();
        }
        let mut hint = 0;
        src.iter().map(|&b| self.at(b, &mut hint)).collect()
    }

    /// Original byte range of a decoded byte range.
    fn range(&self, start: u32, end: u32) -> (u32, u32) {
        let mut hint = 0;
        let first = self.at(start, &mut hint);
        let last_char = self.text[..end as usize]
            .char_indices()
            .next_back()
            .map_or(start, |(i, _)| i as u32);
        (first.0, self.at(last_char.max(start), &mut hint).1)
    }
}

/// The length of the char that starts at `byte` of valid UTF-8 `text`, read from its first
/// byte (0 at the end).
fn char_len(text: &[u8], byte: u32) -> u32 {
    text.get(byte as usize)
        .map_or(0, |&b| u32::from(CHAR_LEN[usize::from(b >> 4)]))
}

/// [`char_len`] by the high half of a first byte: ASCII 1, `C`–`D` 2, `E` 3, `F` (and a
/// continuation byte, which no char starts with) 4.
const CHAR_LEN: [u8; 16] = [1, 1, 1, 1, 1, 1, 1, 1, 4, 4, 4, 4, 2, 2, 3, 4];

/// Places each removal in the cleaned text: before the first kept char that came after it.
fn locate_removals(
    raw: Vec<strip::Removed>,
    src: &[u32],
    map: &SourceMap,
    text: &str,
) -> Vec<Removal> {
    if raw.is_empty() {
        return Vec::new();
    }
    // The cleaned chars by source offset: nearly always their own order, searched as it is.
    let order: Option<Vec<(u32, usize)>> = (!src.is_sorted()).then(|| {
        let mut order: Vec<(u32, usize)> = src.iter().enumerate().map(|(i, &s)| (s, i)).collect();
        order.sort_unstable();
        order
    });
    raw.into_iter()
        .map(|r| {
            let at = match &order {
                None => src.partition_point(|&s| s < r.end),
                Some(order) => {
                    let k = order.partition_point(|&(s, _)| s < r.end);
                    order.get(k).map_or(src.len(), |&(_, i)| i)
                }
            };
            Removal {
                reason: r.rule.reason,
                rule: r.rule.name,
                text: text[r.start as usize..r.end as usize].to_string(),
                at,
                bytes: map.range(r.start, r.end),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_digests_cleaning_differs_in_the_text_and_markers_only() {
        let text = "标题：关于XX同志的通报\n\n  第一段正文，今年产量达到1,100万吨。\n(记者 王明)\n\n| 地区 | 数量 |\n| 东部 | 12 |\n\n第二段 ____ 填写。";
        let raw = crate::input::test_document(text);
        for opts in [
            CleanOptions::default(),
            CleanOptions {
                normalize: false,
                ..Default::default()
            },
        ] {
            let (whole, digest) = (clean(&raw, &opts), clean_for_digest(&raw, &opts));
            assert!(digest.text.is_empty() && digest.flags.template_markers.is_empty());
            assert_eq!(whole.chars, digest.chars);
            assert_eq!(whole.offsets, digest.offsets);
            let shown =
                |d: &CleanDocument| format!("{:?}", (&d.paragraphs, &d.removals, &d.changes));
            assert_eq!(shown(&whole), shown(&digest));
        }
    }
}
