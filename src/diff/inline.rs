//! Word-level changes inside a pair of sentences: `similar` over jieba tokens (terms and
//! numbers whole), mapped back to char spans; a deleted run that reappears elsewhere in the
//! pair is marked as moved.

use crate::document::Span;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use similar::{capture_diff_slices_deadline, Algorithm, DiffTag};
use std::time::Instant;

/// What an op does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OpKind {
    /// Kept.
    Equal,
    /// In the old sentence only.
    Delete,
    /// In the new sentence only.
    Insert,
}

/// One run of tokens: kept, deleted from the old sentence or inserted into the new one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Op {
    /// What the run does.
    pub op: OpKind,
    /// The run's text.
    pub text: String,
    /// Char range in the old document (equal and delete).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old: Option<[usize; 2]>,
    /// Char range in the new document (equal and insert).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<[usize; 2]>,
    /// A deleted run that is inserted elsewhere in the pair, or that insertion.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub moved: bool,
}

/// One side of a sentence pair: the document's chars and the sentence's token spans.
pub(crate) struct Side<'a> {
    /// The document's chars.
    pub chars: &'a [char],
    /// Char spans of the sentence's tokens.
    pub tokens: &'a [Span],
}

impl Side<'_> {
    fn words(&self) -> Vec<String> {
        self.tokens
            .iter()
            .map(|t| self.chars[t.start..t.end].iter().collect())
            .collect()
    }

    /// The text and char range of tokens `range` (the chars between them included).
    fn run(&self, range: std::ops::Range<usize>) -> (String, [usize; 2]) {
        let start = self.tokens[range.start].start;
        let end = self.tokens[range.end - 1].end;
        (self.chars[start..end].iter().collect(), [start, end])
    }
}

/// The ops that turn the old sentence into the new one. Past `deadline` the diff falls back
/// to a coarser one (similar's deadline), so no input can make it hang.
pub(crate) fn diff(old: &Side, new: &Side, deadline: Instant) -> Vec<Op> {
    let (old_words, new_words) = (old.words(), new.words());
    let ops =
        capture_diff_slices_deadline(Algorithm::Myers, &old_words, &new_words, Some(deadline));
    let mut out = Vec::new();
    for op in ops {
        let (tag, o, n) = op.as_tag_tuple();
        if matches!(tag, DiffTag::Delete | DiffTag::Replace) && !o.is_empty() {
            let (text, span) = old.run(o.clone());
            out.push(op_of(OpKind::Delete, text, Some(span), None));
        }
        if matches!(tag, DiffTag::Insert | DiffTag::Replace) && !n.is_empty() {
            let (text, span) = new.run(n.clone());
            out.push(op_of(OpKind::Insert, text, None, Some(span)));
        }
        if tag == DiffTag::Equal && !o.is_empty() {
            let (text, old_span) = old.run(o);
            let (_, new_span) = new.run(n);
            out.push(op_of(OpKind::Equal, text, Some(old_span), Some(new_span)));
        }
    }
    mark_moves(&mut out);
    out
}

fn op_of(op: OpKind, text: String, old: Option<[usize; 2]>, new: Option<[usize; 2]>) -> Op {
    Op {
        op,
        text,
        old,
        new,
        moved: false,
    }
}

/// Pairs each deletion with an insertion of the same words (punctuation aside, three chars
/// or more: shorter runs such as 左右 recur by chance): the clauses of 甲，乙 → 乙，甲 have
/// moved, not changed.
fn mark_moves(ops: &mut [Op]) {
    let key = |t: &str| -> String { t.chars().filter(|c| c.is_alphanumeric()).collect() };
    for d in 0..ops.len() {
        if ops[d].op != OpKind::Delete || ops[d].moved {
            continue;
        }
        let k = key(&ops[d].text);
        if k.chars().count() < 3 {
            continue;
        }
        if let Some(i) = (0..ops.len())
            .find(|&i| ops[i].op == OpKind::Insert && !ops[i].moved && key(&ops[i].text) == k)
        {
            ops[d].moved = true;
            ops[i].moved = true;
        }
    }
}

/// Whether the pair differs only by moved runs (and punctuation around them).
pub(crate) fn only_moves(ops: &[Op]) -> bool {
    let punctuation = |t: &str| t.chars().all(|c| !c.is_alphanumeric());
    ops.iter().any(|o| o.moved)
        && ops
            .iter()
            .all(|o| o.op == OpKind::Equal || o.moved || punctuation(&o.text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn side(text: &str, cuts: &[usize]) -> (Vec<char>, Vec<Span>) {
        let chars: Vec<char> = text.chars().collect();
        let mut spans = Vec::new();
        let mut at = 0;
        for &c in cuts.iter().chain([&chars.len()]) {
            spans.push(Span::new(at, c));
            at = c;
        }
        (chars, spans)
    }

    fn run(old: (Vec<char>, Vec<Span>), new: (Vec<char>, Vec<Span>)) -> Vec<Op> {
        diff(
            &Side {
                chars: &old.0,
                tokens: &old.1,
            },
            &Side {
                chars: &new.0,
                tokens: &new.1,
            },
            Instant::now() + Duration::from_secs(1),
        )
    }

    #[test]
    fn a_number_changes_as_a_whole_token() {
        // 粮食产量|1.3|万亿斤 → 粮食产量|1.4|万亿斤
        let ops = run(
            side("粮食产量1.3万亿斤", &[4, 7]),
            side("粮食产量1.4万亿斤", &[4, 7]),
        );
        let changed: Vec<(OpKind, &str)> = ops
            .iter()
            .filter(|o| o.op != OpKind::Equal)
            .map(|o| (o.op, o.text.as_str()))
            .collect();
        assert_eq!(changed, [(OpKind::Delete, "1.3"), (OpKind::Insert, "1.4")]);
        assert_eq!(ops[1].old, Some([4, 7]));
    }

    #[test]
    fn swapped_clauses_are_moves() {
        let ops = run(
            side("稳就业，保民生。", &[3, 4, 7]),
            side("保民生，稳就业。", &[3, 4, 7]),
        );
        assert!(only_moves(&ops), "{ops:?}");
    }
}
