//! Edited copies of short documents (a headline or a snippet, under [`SHORT_DOCUMENT`]
//! normalized chars): a changed word or an added tag (`快讯！`, `（经济新方位）`) removes a large
//! share of so few shingles, so these pairs are found by shared runs of chars and verified
//! on the chars themselves, aligned: the shorter text must be mostly found, in order and in
//! runs, in the longer. Longer documents edited in many places (a lead rewritten, words
//! changed throughout) are aligned the same way, in runs of a clause ([`edited_copy`]).

use super::super::minhash::hash_chars;
use super::candidates::bucket_pairs;
use super::At;
use similar::{capture_diff_slices, Algorithm, DiffOp};

/// Normalized chars under which a document is compared by [`short_copy`].
pub(in crate::dedup) const SHORT_DOCUMENT: usize = 64;
/// Fewest normalized chars of the shorter text of a short copy: a headline, not a label.
pub(in crate::dedup) const MIN_SHORT_COPY: usize = 8;
/// Fewest chars of a run of the shorter text found in the longer that counts as copied
/// wording: two chars are often one word, which headlines on one topic share by chance (紧急,
/// 口罩); three in a row rarely are. Also the length of the runs that key short documents, so
/// every pair that could pass shares at least one.
pub(in crate::dedup) const SHORT_RUN: usize = 3;
/// Share of the shorter text that must be found in the longer, in order, in runs of
/// [`SHORT_RUN`] chars or more: about one word changed in four.
const SHORT_COVER: f64 = 0.7;
/// Share of the longer text those chars must make: a headline under a column tag as long as
/// itself is a copy, a headline quoted in a story is not.
const SHORT_OF_LONGER: f64 = 0.45;

/// Fewest chars of a run that counts as copied wording between longer texts: a clause, not
/// a phrase two write-ups of one event share.
const EDIT_RUN: usize = 8;
/// Share of the shorter text an edited copy holds in such runs, in order.
const EDIT_COVER: f64 = 0.75;
/// Share of the longer text those runs must make: a story quoted in a longer one is not its copy.
const EDIT_OF_LONGER: f64 = 0.5;
/// Share of the shorter's 5-char shingles found in the longer below which two texts are not
/// aligned at all (the alignment costs time in the chars they do not share).
const EDIT_GATE: f64 = 0.5;
/// Longest text aligned char by char.
const MAX_ALIGNED: usize = 20_000;

/// Whether two normalized lengths could make a short copy (see [`short_copy`]).
pub(in crate::dedup) fn could_be_short_copy(a: u32, b: u32) -> bool {
    let (short, long) = (a.min(b) as f64, a.max(b) as f64);
    (a.max(b) as usize) < SHORT_DOCUMENT
        && short >= MIN_SHORT_COPY as f64
        && short >= SHORT_OF_LONGER * long
}

/// Whether two documents (normalized texts) are both short: a headline, a kicker line or a
/// snippet each, which the word-level check reads as such (`templated`). Such a pair is
/// linked only when identical (an exact group): near-identical lines head different stories
/// as often as the same one (`三部门联合下发通知` / `三部门联合印发通知`, `杭州亚运会即将拉开大幕` /
/// `…即将开幕` head other articles), and the lines alone cannot tell which; a pair that
/// fills one template with other facts is still reported as `templated`.
pub(in crate::dedup) fn headlines(a: &[char], b: &[char]) -> bool {
    a.len() < SHORT_DOCUMENT && b.len() < SHORT_DOCUMENT
}

/// The keys of a short document's normalized text: every run of [`SHORT_RUN`] chars
/// (hashed); none when it is not short.
pub(in crate::dedup) fn short_keys(norm: &[char]) -> impl Iterator<Item = u64> + '_ {
    let short = (MIN_SHORT_COPY..SHORT_DOCUMENT).contains(&norm.len());
    (if short { norm } else { &[] })
        .windows(SHORT_RUN)
        .map(hash_chars)
}

/// Candidate pairs of short documents (rep, normalized text): those sharing a run of
/// [`SHORT_RUN`] chars whose lengths could make a short copy. Runs shared by more than `cap`
/// documents (a common phrase) are skipped, not reported.
pub(super) fn short_pairs(short: &[(u32, Vec<char>)], cap: usize, reps: &[At]) -> Vec<(u32, u32)> {
    let mut len_of = vec![0; reps.len()];
    for (r, norm) in short {
        len_of[*r as usize] = norm.len() as u32;
    }
    let keys = |_, out: &mut Vec<(u64, u32)>| {
        for (r, norm) in short {
            out.extend(short_keys(norm).map(|k| (k, *r)));
        }
    };
    let info = |r: usize| len_of[r];
    bucket_pairs(
        1,
        keys,
        info,
        could_be_short_copy,
        cap,
        reps,
        &mut Vec::new(),
    )
}

/// Whether short normalized texts are one copied with edits: each under [`SHORT_DOCUMENT`]
/// chars, the shorter at least [`MIN_SHORT_COPY`], and aligned char by char (Myers), its
/// chars found in the longer in runs of [`SHORT_RUN`] or more make 70% of it and 45% of the
/// longer (`向良种良田要高质量发展` in the same headline with a column tag; `…同比下降七成以上`
/// / `…同比下降超七成`), and no digits stand in the place of other digits: in a headline a
/// date is no dateline but the item's own (the medal table of 9月25日 is not that of 9月28日).
/// Whether the differing words carry other facts is the caller's check (`templated`).
pub(in crate::dedup) fn short_copy(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if !could_be_short_copy(short.len() as u32, long.len() as u32) {
        return false;
    }
    aligned(short, long, SHORT_RUN, true).is_some_and(|matched| {
        let matched = matched as f64;
        matched >= SHORT_COVER * short.len() as f64
            && matched >= SHORT_OF_LONGER * long.len() as f64
    })
}

/// Whether two documents are one copied with edits ([`short_copy`] for short ones; see
/// [`edited_copy`]); `covered` is the share of the smaller's 5-char shingles in the other.
pub(in crate::dedup) fn aligned_copy(a: &[char], b: &[char], covered: f64) -> bool {
    short_copy(a, b) || (covered >= EDIT_GATE && edited_copy(a, b))
}

/// Whether longer normalized texts are one edited in many places (a rewritten lead, words
/// changed throughout: their shingles' Jaccard and containment are both low): aligned char by
/// char, the shorter's chars found in the longer in order, in runs of [`EDIT_RUN`] or more,
/// make 75% of it and half of the longer. Two write-ups of one event share phrases and
/// quotes, not their sentences in order. A shorter text under half the longer is measured
/// against the longer's head instead ([`edited_head`]: the first screens of a story, edited).
fn edited_copy(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() < SHORT_DOCUMENT || long.len() > MAX_ALIGNED {
        return false;
    }
    if (short.len() as f64) < EDIT_OF_LONGER * long.len() as f64 {
        return edited_head(short, long);
    }
    let need = (EDIT_COVER * short.len() as f64).max(EDIT_OF_LONGER * long.len() as f64);
    common_at_least(short, long, need)
        && aligned(short, long, EDIT_RUN, false).is_some_and(|matched| matched as f64 >= need)
}

/// Whether `short`, under half of `long` but at least [`HEAD_OF_SOURCE`] of it, is the first
/// screens of `long` edited in many places (a truncated repost whose words were changed: its
/// shingles' containment is low, and it is no excerpt, not whole in its source): aligned char
/// by char (Myers) against the head of `long` twice its length, its chars found there in order
/// in runs of [`EDIT_RUN`] or more make [`EDIT_COVER`] of it, the first run stands in the first
/// [`HEAD_START`] of `long`, and the runs make half of `long` up to the end of the last one —
/// the edited-copy test asked of the text the copy stops in. A story quoted after an intro of
/// the article's own starts later; a second write-up shares phrases, not its sentences in
/// order; a story quoted passage by passage between comments is half comments.
fn edited_head(short: &[char], long: &[char]) -> bool {
    if (short.len() as f64) < HEAD_OF_SOURCE * long.len() as f64 {
        return false;
    }
    // Runs that make half of the text up to the last one end within twice the shorter.
    let head = &long[..long.len().min(2 * short.len() + 1)];
    let need = EDIT_COVER * short.len() as f64;
    if !common_at_least(short, head, need) {
        return false;
    }
    let (mut matched, mut first, mut last) = (0, None, 0);
    for op in capture_diff_slices(Algorithm::Myers, short, head) {
        if let DiffOp::Equal { len, new_index, .. } = op {
            if len >= EDIT_RUN {
                matched += len;
                first.get_or_insert(new_index);
                last = new_index + len;
            }
        }
    }
    first.is_some_and(|first| {
        matched as f64 >= need
            && first as f64 <= HEAD_START * long.len() as f64
            && matched as f64 >= EDIT_OF_LONGER * last as f64
    })
}

/// Least share of the longer text an edited truncation is ([`edited_head`]): the containment
/// links' quarter (`documents::MIN_COPY_OF_SOURCE`). Under it, short items the longer opens
/// with on the same topic are as well aligned as the copies (dev sets, thirteenth session).
const HEAD_OF_SOURCE: f64 = 0.25;
/// Share of the longer text before which an edited truncation's first shared run stands
/// ([`edited_head`]): the copies of the dev sets start within its first 4%, the nearest text
/// labelled no copy (a death notice inside the cremation report) at 21%.
const HEAD_START: f64 = 0.1;

/// Text of `long`'s own before the last run of [`EDIT_RUN`] chars or more it shares with
/// `short` (aligned in order, Myers): `(longest, total)`, the chars of its longest stretch not
/// in such a run and of all of them, the tail after the last shared run left out (where a
/// truncated copy stops). `(0, 0)` for texts longer than the alignment takes.
pub(in crate::dedup) fn own_stretch(short: &[char], long: &[char]) -> (f64, f64) {
    if long.len() > MAX_ALIGNED {
        return (0.0, 0.0);
    }
    let (mut own, mut longest, mut total) = (0, 0, 0);
    for op in capture_diff_slices(Algorithm::Myers, short, long) {
        match op {
            DiffOp::Equal { len, .. } if len >= EDIT_RUN => {
                longest = longest.max(own);
                total += own;
                own = 0;
            }
            _ => own += op.new_range().len(),
        }
    }
    (longest as f64, total as f64)
}

/// Where `long`'s first run of [`EDIT_RUN`] chars or more shared with `short` starts (aligned
/// in order, Myers): the end of the longer's lead of its own. `None` when they share no such
/// run, or the longer is longer than the alignment takes.
pub(in crate::dedup) fn first_shared_run(short: &[char], long: &[char]) -> Option<usize> {
    if long.len() > MAX_ALIGNED {
        return None;
    }
    (capture_diff_slices(Algorithm::Myers, short, long).into_iter()).find_map(|op| match op {
        DiffOp::Equal { len, new_index, .. } if len >= EDIT_RUN => Some(new_index),
        _ => None,
    })
}

/// Whether two normalized texts are two write-ups of one event, not one text edited
/// (seventeenth session): aligned char by char (Myers, the shorter against the longer), the
/// shorter's own chars between its first and last shared run of [`EDIT_RUN`] or more make at
/// least [`OWN_INSIDE`] of it. Two write-ups share quotes, figures and phrases, each with
/// sentences of its own between them; an edited repost differs at its edges (a headline, a
/// lead, credits, a cut tail) and in words changed here and there. False for texts longer
/// than the alignment takes.
pub(in crate::dedup) fn written_apart(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() > MAX_ALIGNED {
        return false;
    }
    // The shorter's own chars since its last shared run, and in all between shared runs.
    let (mut pending, mut inside, mut shared) = (0, 0, false);
    for op in capture_diff_slices(Algorithm::Myers, short, long) {
        match op {
            DiffOp::Equal { len, .. } if len >= EDIT_RUN => {
                if shared {
                    inside += pending;
                }
                (pending, shared) = (0, true);
            }
            _ => pending += op.old_range().len(),
        }
    }
    inside as f64 >= OWN_INSIDE * short.len() as f64
}

/// Share of the shorter text its own chars between its first and last shared run make in two
/// write-ups of one event ([`written_apart`]): over every labelled pair of the dev sets the
/// copies linked hold at most 0.27 (a repost cut to a third of its source, with words
/// changed), the one false link above them 0.40 (one match written up twice); a third lies
/// between them (`docs/dedup.md`, seventeenth session).
const OWN_INSIDE: f64 = 1.0 / 3.0;

/// Whether the shorter of two normalized texts is an excerpt of the longer in one piece near
/// its start: aligned char by char (Myers), at least [`EXCERPT_WHOLE`] of its chars are found
/// in the longer in runs of [`EDIT_RUN`] or more, the longer's own text between the first and
/// the last such run is at most [`EXCERPT_GAP`] of the shorter's length, and the first run
/// stands in the first [`EXCERPT_START`] of the longer: the first screens of a long story,
/// or a list printed again on its own (the eight actions of a long statement), however short
/// beside their source. A story quoted whole in a report on it stands after the report's own
/// intro; one quoted in pieces, or edited, is not found whole in one piece. Or the first
/// screens **with a few words changed** (fourteenth session): at least [`HEAD_CUT_WHOLE`] of
/// the shorter in such runs, the first at the very start of the longer (its first
/// [`HEAD_CUT_START`]), the longer's own text between the runs at most [`HEAD_CUT_GAP`] of the
/// shorter — a truncated repost that rewords a phrase or two, however short beside its source.
pub(in crate::dedup) fn excerpt(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() < SHORT_DOCUMENT || long.len() > MAX_ALIGNED {
        return false;
    }
    let (s, l) = (short.len() as f64, long.len() as f64);
    // Every run that counts ends by the first run's latest start plus the shorter's length
    // and the gap allowed: aligning against that head is the same test, and cheaper.
    let reach = (EXCERPT_START * l + (1.0 + EXCERPT_GAP) * s)
        .max(HEAD_CUT_START * l + (1.0 + HEAD_CUT_GAP) * s);
    let head = &long[..long.len().min(reach.ceil() as usize + 1)];
    if !common_at_least(short, head, HEAD_CUT_WHOLE.min(EXCERPT_WHOLE) * s) {
        return false;
    }
    let (mut matched, mut first, mut last, mut at_last) = (0, None, 0, 0);
    for op in capture_diff_slices(Algorithm::Myers, short, long) {
        if let DiffOp::Equal { len, new_index, .. } = op {
            if len >= EDIT_RUN {
                matched += len;
                first.get_or_insert(new_index);
                (last, at_last) = (new_index + len, matched);
            }
        }
    }
    let Some(first) = first else {
        return false;
    };
    let gap = (last - first).saturating_sub(at_last) as f64;
    let (matched, first) = (matched as f64, first as f64);
    (matched >= EXCERPT_WHOLE * s && gap <= EXCERPT_GAP * s && first <= EXCERPT_START * l)
        || (matched >= HEAD_CUT_WHOLE * s && gap <= HEAD_CUT_GAP * s && first <= HEAD_CUT_START * l)
}

/// Share of an excerpt's chars found in its source in runs of [`EDIT_RUN`] (see [`excerpt`]):
/// the excerpts of the labelled sets 0.96–1.0 (raw texts), the nearest text labelled no copy
/// (a short item whose lead a longer one on the same topic opens with) 0.90.
const EXCERPT_WHOLE: f64 = 0.95;
/// Most text of its own the source holds inside the excerpt, as a share of the excerpt.
const EXCERPT_GAP: f64 = 0.05;
/// Share of the source before which the excerpt starts: the first screens, or a list near
/// the top of a long statement (0.07); a tribute quoted whole at the end of a follow-up 0.61.
const EXCERPT_START: f64 = 0.25;
/// Share of a truncated repost with words changed found in its source's head in runs of
/// [`EDIT_RUN`] (see [`excerpt`]): the missed truncations under a quarter of their source in
/// the dev sets 0.92 and 0.94 (tifa's compared text); the texts labelled no copy that stand as
/// near the longer's start with as little text of the longer's own inside them at most 0.79
/// (a short item a longer one on the same topic opens with, an obituary's lead inside the
/// cremation report), the one at 0.90 holds 1.5 times its length of the longer's own text.
const HEAD_CUT_WHOLE: f64 = 0.88;
/// Most text of its own the source holds between the first and last shared runs of a
/// truncated repost with words changed, as a share of it: the copies 0.13–0.25 (a phrase
/// replaced by a longer one), the negative aligned as well 1.47 (see [`HEAD_CUT_WHOLE`]); a
/// text in two pieces with half its length of the source's own between them is no excerpt.
const HEAD_CUT_GAP: f64 = 0.35;
/// Share of the source before which a truncated repost with words changed starts: at its
/// first char in the dev sets (a headline line of the source's own may stand before it).
const HEAD_CUT_START: f64 = 0.05;

/// Whether `a` and `b` can have `need` chars in common, in order: Myers's greedy walk of the
/// edit graph, given up once more edits are spent than a common subsequence of `need` chars
/// leaves (`a.len() + b.len() - 2 * need`). The alignment matches no more chars than their
/// longest common subsequence, so a pair refused here fails it too, at a fraction of its cost
/// when the texts differ widely. When that many edits could cost more steps than counting
/// the longest common subsequence outright ([`longest_common`], about a word operation for
/// every char of one text and 64 of the other), it is counted instead: the same answer.
fn common_at_least(a: &[char], b: &[char], need: f64) -> bool {
    let budget = (a.len() + b.len()) as f64 - 2.0 * need;
    if budget < 0.0 {
        return false;
    }
    let max_d = budget.floor() as usize;
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let counted = long.len().saturating_mul(short.len().div_ceil(64)) * 8;
    if max_d.saturating_mul(max_d) > counted {
        return longest_common(long, short) as f64 >= need;
    }
    let (n, m) = (a.len() as isize, b.len() as isize);
    let off = max_d as isize + 1;
    // Furthest x reached on each diagonal k = x - y, at index k + off.
    let mut furthest = vec![0isize; 2 * max_d + 3];
    for d in 0..=max_d as isize {
        for k in (-d..=d).step_by(2) {
            let i = (k + off) as usize;
            let mut x = if k == -d || (k != d && furthest[i - 1] < furthest[i + 1]) {
                furthest[i + 1]
            } else {
                furthest[i - 1] + 1
            };
            let mut y = x - k;
            while x < n && y < m && a[x as usize] == b[y as usize] {
                (x, y) = (x + 1, y + 1);
            }
            furthest[i] = x;
            if x >= n && y >= m {
                return true;
            }
        }
    }
    false
}

/// The length of the longest common subsequence of `a` and `b`, bit-parallel (Hyyrö 2004):
/// a bit for each char of `b`, one pass over `a`, each step an addition with carry over the
/// words of `b`'s bits; the bits left zero count the chars in common.
fn longest_common(a: &[char], b: &[char]) -> usize {
    let words = b.len().div_ceil(64);
    // Each distinct char of `b`, its row of bits: where it stands in `b`.
    let mut row_of: rustc_hash::FxHashMap<char, usize> = Default::default();
    let mut rows: Vec<u64> = Vec::new();
    for (j, c) in b.iter().enumerate() {
        let row = *row_of.entry(*c).or_insert_with(|| {
            rows.resize(rows.len() + words, 0);
            rows.len() / words - 1
        });
        rows[row * words + j / 64] |= 1 << (j % 64);
    }
    let mut v = vec![u64::MAX; words];
    for c in a {
        // A char `b` lacks leaves every bit as it is.
        let Some(&row) = row_of.get(c) else {
            continue;
        };
        let mut carry = false;
        for (w, &m) in v.iter_mut().zip(&rows[row * words..(row + 1) * words]) {
            let (sum, over) = w.overflowing_add(*w & m);
            let (sum, over_carry) = sum.overflowing_add(u64::from(carry));
            carry = over || over_carry;
            *w = sum | (*w & !m);
        }
    }
    // The bits past `b`'s end stay set (no char matches there): the zeros are all `b`'s.
    let set: usize = v.iter().map(|w| w.count_ones() as usize).sum();
    words * 64 - set
}

/// Chars of `short` found in `long` in order (Myers) in runs of `run` chars or more; `None`
/// when `digits` and some digits stand in the place of other digits.
fn aligned(short: &[char], long: &[char], run: usize, digits: bool) -> Option<usize> {
    let ops = capture_diff_slices(Algorithm::Myers, short, long);
    let digit = |chars: &[char]| chars.iter().any(char::is_ascii_digit);
    let mut matched = 0;
    for op in ops {
        match op {
            DiffOp::Equal { len, .. } if len >= run => matched += len,
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } if digits
                && (digit(&short[old_index..old_index + old_len])
                    && digit(&long[new_index..new_index + new_len])
                    || other_topic(
                        &short[old_index..old_index + old_len],
                        &long[new_index..new_index + new_len],
                    )) =>
            {
                return None
            }
            _ => {}
        }
    }
    Some(matched)
}

/// Whether a replaced stretch of a headline names another topic: four chars or more on both
/// sides and not one char shared (`防汛救灾` / `妇女儿童`), where a reworded headline swaps a
/// word for its synonym (`公司` / `企业`) or changes a char (`开幕` / `闭幕`, the slot check's).
fn other_topic(old: &[char], new: &[char]) -> bool {
    old.len() >= 4 && new.len() >= 4 && !old.iter().any(|c| new.contains(c))
}

/// Whether two short texts (neither over [`FRAME_TEXT`] normalized chars: a notice, a call
/// for letters, a decision of a few lines) are one frame filled twice: aligned char by char,
/// a stretch of at least [`FRAME_SLOT`] chars on each side stands in the other's place between
/// shared runs of at least [`FRAME_RUN`] chars (differing stretches joined across shared runs
/// under [`FRAME_JOIN`] chars). A call for letters on another topic (`关注基层治理中的形式主义…` /
/// `你遭遇的不文明观演行为`), a treaty with another country and of another kind, an appointment
/// list naming other people: the frame is shared, the clause that is the news is not, and the
/// word-level check sees no slot when the clause holds common nouns or few names. A short copy
/// rewrites its lead or ending (not between shared runs), or a word or two inside (under
/// [`FRAME_SLOT`] chars: the reworded call for letters of the dev sets changes 7).
pub(in crate::dedup) fn refilled_frame(a: &[char], b: &[char]) -> bool {
    if a.len().max(b.len()) > FRAME_TEXT {
        return false;
    }
    // Whether a shared run of FRAME_RUN chars stands before the open differing stretch, and
    // that stretch's chars on each side.
    let (mut framed, mut open) = (false, None::<(usize, usize)>);
    for op in capture_diff_slices(Algorithm::Myers, a, b) {
        match op {
            DiffOp::Equal { len, .. } if len >= FRAME_JOIN => {
                if let Some((old, new)) = open.take() {
                    if framed && len >= FRAME_RUN && old.min(new) >= FRAME_SLOT {
                        return true;
                    }
                }
                framed = len >= FRAME_RUN;
            }
            _ => {
                let (old, new) = open.get_or_insert((0, 0));
                *old += op.old_range().len();
                *new += op.new_range().len();
            }
        }
    }
    false
}

/// Longest normalized text [`refilled_frame`] reads: a few lines (the templated notices of the
/// sixteenth session's sample are 68–166 chars; longer texts have room for a sentence rewritten
/// inside a copy).
const FRAME_TEXT: usize = 300;
/// Shared run that makes a frame around a differing stretch ([`refilled_frame`]): a clause, as
/// the edited-copy rule's runs.
const FRAME_RUN: usize = EDIT_RUN;
/// Shared runs shorter than this are inside a differing stretch ([`refilled_frame`]): a char or
/// a word two clauses happen to share.
const FRAME_JOIN: usize = 4;
/// Chars on each side that make a differing stretch another filling of the frame
/// ([`refilled_frame`]): the templated pairs of the dev sets 9–13 (one appointment list 6), the
/// copies 7 at most (a call for letters reworded, `欢迎提供问题线索或` / `请读者提供线索`).
const FRAME_SLOT: usize = 8;

#[cfg(test)]
mod tests {
    use super::*;

    /// The longest common subsequence by the alignment `aligned` runs.
    fn common(a: &[char], b: &[char]) -> usize {
        capture_diff_slices(Algorithm::Myers, a, b)
            .iter()
            .map(|op| match op {
                DiffOp::Equal { len, .. } => *len,
                _ => 0,
            })
            .sum()
    }

    /// Texts of the chars of `alphabet` drawn from a sequence that starts at `seed`.
    fn texts(mut seed: u64, alphabet: &[char]) -> impl FnMut(usize) -> Vec<char> + '_ {
        move |len| {
            (0..len)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    alphabet[(seed >> 33) as usize % alphabet.len()]
                })
                .collect()
        }
    }

    #[test]
    fn the_edit_bound_refuses_only_pairs_with_fewer_chars_in_common() {
        // Texts over a small alphabet, so that they share chars in many orders.
        let mut text = texts(7, &['甲', '乙', '丙', '丁']);
        for round in 0..300 {
            let (a, b) = (text(round % 23), text(round % 31 + 1));
            let lcs = common(&a, &b);
            assert_eq!(longest_common(&a, &b), lcs, "{a:?} {b:?}");
            assert_eq!(longest_common(&b, &a), lcs, "{a:?} {b:?}");
            for need in [
                lcs as f64 - 0.5,
                lcs as f64,
                lcs as f64 + 0.25,
                lcs as f64 + 1.0,
            ] {
                assert_eq!(
                    common_at_least(&a, &b, need),
                    lcs as f64 >= need,
                    "{a:?} {b:?} {need}"
                );
            }
        }
    }

    #[test]
    fn the_count_over_many_words_is_the_longest_common_subsequence() {
        let mut text = texts(11, &['甲', '乙', '丙', '丁', '戊', '己']);
        for (la, lb) in [
            (64, 64),
            (63, 65),
            (200, 129),
            (300, 190),
            (130, 400),
            (1, 257),
        ] {
            let (a, b) = (text(la), text(lb));
            let lcs = common(&a, &b);
            assert_eq!(longest_common(&a, &b), lcs, "{la} {lb}");
            // Both ways of deciding: the walk (a need close to the lengths) and the count.
            for need in [lcs as f64, lcs as f64 + 0.5, (lcs / 2) as f64] {
                assert_eq!(common_at_least(&a, &b, need), lcs as f64 >= need);
            }
        }
    }

    fn copy(a: &str, b: &str) -> bool {
        let norm = crate::dedup::digest::normalize;
        short_copy(&norm(a), &norm(b))
    }

    #[test]
    fn an_edited_headline_is_a_copy() {
        assert!(copy("侯红当选郑州市市长", "快讯！侯红当选郑州市市长"));
        assert!(copy(
            "向良种良田要高质量发展",
            "向良种良田要高质量发展（经济新方位·2021怎么干）"
        ));
        assert!(copy(
            "春运前三天全国铁路客流同比下降七成以上",
            "春运前三天全国铁路客流同比下降超七成"
        ));
        assert!(copy(
            "幼儿园厨房苍蝇乱飞，执法人员责令整改",
            "武汉一幼儿园厨房苍蝇乱飞 被现场责令整改"
        ));
    }

    #[test]
    fn a_story_edited_throughout_is_a_copy_a_second_write_up_is_not() {
        let norm = crate::dedup::digest::normalize;
        let story = "记者从市教育局获悉，明年起本市公办和民办小学将同步招生，民办学校不得提前组织考试选拔学生。\
            教育局负责人表示，这项改革旨在促进教育公平，减轻家长和学生的负担，各校须在规定时间内完成报名。";
        // Another lead, words changed in three places, punctuation changed.
        let edited = "近日，记者从市教育局获悉：明年起本市公办和民办小学将同步招生，民办学校不得提前组织考试选拔学生。\
            该局负责人说，这项改革旨在促进教育公平，减轻家长与学生的负担，各校须在规定时间内完成报名！";
        assert!(edited_copy(&norm(story), &norm(edited)));
        // The same event written again: shared phrases, not sentences in order.
        let other =
            "明年起公办民办小学同步招生。市教育局负责人说，民办学校今后不能再提前考试选拔学生，\
            改革是为了教育公平，也能减轻家长负担。报名须在规定时间内完成，具体安排另行通知。";
        assert!(!edited_copy(&norm(story), &norm(other)));
    }

    #[test]
    fn the_first_screens_of_a_story_edited_are_a_copy_a_story_quoted_after_an_intro_is_not() {
        let norm = crate::dedup::digest::normalize;
        let lead = "记者从市教育局获悉，明年起本市公办和民办小学将同步招生，民办学校不得提前组织考试选拔学生。\
            教育局负责人表示，这项改革旨在促进教育公平，减轻家长和学生的负担，各校须在规定时间内完成报名。";
        let rest = "报名分为网上登记、信息审核和现场确认三个阶段，适龄儿童的户籍和居住证明须在网上登记时一并上传。\
            对于随迁子女，各区将按照积分办法统筹安排学位，具体细则由各区教育行政部门另行公布。\
            此外，今年本市还将新建和改扩建二十余所中小学，新增学位一万余个，以缓解部分区域的入学压力。\
            教育局同时提醒家长，不要轻信所谓内部指标和捐资入学的说法，发现违规行为可拨打监督电话举报。";
        let story = format!("{lead}{rest}");
        // The first screens, another lead and words changed: a third of the story.
        let edited = "近日，记者从市教育局获悉：明年起本市公办和民办小学将同步招生，民办学校不得提前组织考试选拔学生。\
            该局负责人说，这项改革旨在促进教育公平，减轻家长与学生的负担，各校须在规定时间内完成报名！";
        assert!(edited_copy(&norm(&story), &norm(edited)));
        // The same lead quoted after an intro of the article's own as long as the story.
        let intro =
            "本报评论：义务教育阶段的招生改革关系千家万户，近年来各地陆续出台公民同招政策，\
            有人担心民办学校的办学特色会受影响，也有人认为这是回归教育本位的必然选择。\
            围绕这一话题，本报记者走访了多所学校和家长，听取各方意见，现将有关情况整理如下。\
            多位受访校长表示，招生方式的变化将倒逼学校在课程和师资上下功夫，而不是在生源上做文章。";
        let quoting = format!("{intro}{lead}");
        assert!(!edited_copy(&norm(&quoting), &norm(edited)));
    }

    #[test]
    fn the_first_screens_with_a_word_changed_are_an_excerpt_however_short() {
        let norm = crate::dedup::digest::normalize;
        let lead = "本报讯（记者 林晓）昨天上午，全市首条无人驾驶公交线路在高新区开通试运营，\
            首批投入运营的六辆车将在早晚高峰时段往返于地铁站和产业园之间，全程约九公里。\
            市交通局有关负责人介绍，试运营期间乘客可免费乘坐，车上配有安全员，遇到紧急情况可随时接管车辆。";
        let rest: String = (0..8)
            .map(|i| {
                format!(
                    "第{i}部分：据介绍，线路沿途设有十二个站点，车辆通过路侧感知设备与信号灯联动，\
                    在路口可提前获知红绿灯状态并调整车速，运营方将根据客流情况逐步增加班次和车辆，\
                    下一步还计划在机场和会展中心之间开通第二条线路，为市民出行提供更多选择。"
                )
            })
            .collect();
        let story = norm(&format!("{lead}{rest}"));
        // The story's first screens with a few words changed (not whole in it: 0.88–0.95 of it in
        // runs of 8): a copy, a tenth of its source.
        let cut = "本报讯（记者 林晓）昨天上午，全市首条无人驾驶公交线路在高新区正式开通试运营，\
            首批投入运营的六辆车将在早晚高峰时段往返于地铁站和产业园之间，全程大约九公里。\
            市交通局有关负责人介绍，试运营期间市民可免费搭乘，车上配有安全员，遇到紧急情况可随时接管车辆。";
        assert!(excerpt(&norm(cut), &story));
        // The same lead after an intro of the longer's own, or split by a paragraph of its
        // own as long as itself: not an excerpt.
        let intro = "编者按：自动驾驶技术正在走出实验室，越来越多的城市开始在公共交通领域试水，\
            本报今起推出系列报道，关注新技术给市民出行带来的变化，以及随之而来的安全与监管问题，\
            欢迎读者来信来电，分享你的乘车体验和意见建议，我们将择优刊发。";
        let quoting = norm(&format!("{intro}{lead}{rest}"));
        assert!(!excerpt(&norm(cut), &quoting));
        let (first, second) = lead.split_at(lead.find("市交通局").unwrap());
        let split = norm(&format!("{first}{intro}{second}{rest}"));
        assert!(!excerpt(&norm(cut), &split));
    }

    #[test]
    fn another_headline_on_the_topic_is_not() {
        assert!(!copy(
            "紧急提醒：当心这种口罩",
            "紧急提醒！这种网红口罩别用"
        ));
        assert!(!copy("信息披露", "信息披露"));
        assert!(!copy(
            "市政府召开防汛救灾工作推进会议",
            "市政府召开妇女儿童工作推进会议"
        ));
        assert!(!copy(
            "杭州亚运会奖牌榜（9月25日）",
            "杭州亚运会奖牌榜（9月28日）"
        ));
        // A headline quoted in a longer text.
        assert!(!copy(
            "侯红当选郑州市市长",
            "郑州市十五届人大六次会议选举侯红当选郑州市市长，会议还选举产生了其他人员。"
        ));
    }

    #[test]
    fn a_short_frame_filled_with_another_clause_is_not_a_copy() {
        let norm = crate::dedup::digest::normalize;
        let call = |topic: &str| {
            norm(&format!(
                "征集 近期，本刊读者来信版将与市民热线联合开展“{topic}”话题征集活动。\
                 欢迎提供问题线索，或提出意见建议。邮箱：letters@example.com"
            ))
        };
        let noise = call("夜间施工噪音扰民问题");
        assert!(refilled_frame(&noise, &call("校外培训机构乱收费")));
        // A word reworded, a lead or an ending rewritten: no other filling.
        assert!(!refilled_frame(&noise, &call("夜间施工噪声扰民问题")));
        let rest: String = noise[9..].iter().collect();
        let lead = norm(&format!("本刊讯 即日起，{rest}"));
        assert!(!refilled_frame(&noise, &lead));
        let cut: Vec<char> = noise[..noise.len() - 20].to_vec();
        assert!(!refilled_frame(&noise, &cut));
        // Longer texts have room for a sentence rewritten inside a copy: not read.
        let long = |topic: &str| -> Vec<char> { call(topic).repeat(5) };
        assert!(!refilled_frame(
            &long("夜间施工噪音扰民问题"),
            &long("校外培训机构乱收费")
        ));
    }
}
