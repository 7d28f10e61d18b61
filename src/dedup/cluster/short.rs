//! Edited copies of short documents (a headline or a snippet, under [`SHORT_DOCUMENT`]
//! normalized chars): a changed word or an added tag (`快讯！`, `（经济新方位）`) removes a large
//! share of so few shingles, so these pairs are found by shared runs of chars and verified
//! on the chars themselves, aligned: the shorter text must be mostly found, in order and in
//! runs, in the longer.

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

/// Whether two normalized lengths could make a short copy (see [`short_copy`]).
pub(in crate::dedup) fn could_be_short_copy(a: u32, b: u32) -> bool {
    let (short, long) = (a.min(b) as f64, a.max(b) as f64);
    (a.max(b) as usize) < SHORT_DOCUMENT
        && short >= MIN_SHORT_COPY as f64
        && short >= SHORT_OF_LONGER * long
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
    let ops = capture_diff_slices(Algorithm::Myers, short, long);
    let digit = |chars: &[char]| chars.iter().any(char::is_ascii_digit);
    let mut matched = 0;
    for op in ops {
        match op {
            DiffOp::Equal { len, .. } if len >= SHORT_RUN => matched += len,
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } if digit(&short[old_index..old_index + old_len])
                && digit(&long[new_index..new_index + new_len]) =>
            {
                return false
            }
            _ => {}
        }
    }
    let matched = matched as f64;
    matched >= SHORT_COVER * short.len() as f64 && matched >= SHORT_OF_LONGER * long.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn another_headline_on_the_topic_is_not() {
        assert!(!copy(
            "紧急提醒：当心这种口罩",
            "紧急提醒！这种网红口罩别用"
        ));
        assert!(!copy("信息披露", "信息披露"));
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
}
