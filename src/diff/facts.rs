//! What changed in the numbers and the vocabulary: numeric claims paired by what they measure,
//! and programs and slogans new, dropped or kept (plan periods as a succession).

use crate::claims::numeral::is_numeral_char;
use crate::claims::Claim;
use crate::terms::{Category, Term};
use serde::Serialize;
use std::collections::BTreeMap;

/// A claim of the old version beside its counterpart in the new one.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimChange {
    /// What the claim measures (its subject, or the unit when there is none).
    pub measure: String,
    pub old: Claim,
    pub new: Claim,
    pub value_changed: bool,
    pub qualifier_changed: bool,
}

/// Claims paired across the versions, and those found in only one.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ClaimChanges {
    pub changed: Vec<ClaimChange>,
    pub unchanged: usize,
    pub added: Vec<Claim>,
    pub removed: Vec<Claim>,
}

/// Time words that do not change what a claim measures (今年赤字率 is 赤字率).
const TIME_WORDS: &[&str] = &["今年", "去年", "全年", "明年", "上年", "当年"];

/// What a claim measures, for pairing: its subject without a leading time word.
fn measure(c: &Claim) -> &str {
    let subject = c.subject.as_deref().unwrap_or("");
    TIME_WORDS
        .iter()
        .find_map(|w| subject.strip_prefix(w))
        .filter(|rest| rest.chars().count() >= 2)
        .unwrap_or(subject)
}

/// The same number (the interval follows from the qualifier, compared on its own).
fn same_value(a: &Claim, b: &Claim) -> bool {
    a.value == b.value
}

/// Pairs claims first within aligned sentences (`sentence_pairs`: old sentence → new
/// sentence), then across the documents by subject and unit, in text order.
pub fn claims(
    old: &[Claim],
    new: &[Claim],
    sentence_pairs: &BTreeMap<usize, usize>,
) -> ClaimChanges {
    let mut new_taken = vec![false; new.len()];
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut old_taken = vec![false; old.len()];
    type Same = fn(&Claim, &Claim) -> bool;
    let passes: [(bool, Same); 3] = [
        (true, |a, b| {
            a.unit == b.unit && a.kind == b.kind && measure(a) == measure(b)
        }),
        (true, |a, b| a.unit == b.unit && a.kind == b.kind),
        (false, |a, b| {
            a.subject.is_some() && measure(a) == measure(b) && a.unit == b.unit && a.kind == b.kind
        }),
    ];
    for (in_sentence, same) in passes {
        for (i, a) in old.iter().enumerate() {
            if old_taken[i] {
                continue;
            }
            let found = new.iter().enumerate().position(|(j, b)| {
                !new_taken[j]
                    && same(a, b)
                    && (!in_sentence || sentence_pairs.get(&a.sentence) == Some(&b.sentence))
            });
            if let Some(j) = found {
                old_taken[i] = true;
                new_taken[j] = true;
                pairs.push((i, j));
            }
        }
    }
    pairs.sort();
    let mut out = ClaimChanges::default();
    for (i, j) in pairs {
        let (a, b) = (&old[i], &new[j]);
        let value_changed = !same_value(a, b);
        let qualifier_changed = a.qualifier != b.qualifier;
        if value_changed || qualifier_changed {
            out.changed.push(ClaimChange {
                measure: a.subject.clone().unwrap_or_else(|| a.unit.clone()),
                old: a.clone(),
                new: b.clone(),
                value_changed,
                qualifier_changed,
            });
        } else {
            out.unchanged += 1;
        }
    }
    let left = |claims: &[Claim], taken: &[bool]| {
        claims
            .iter()
            .zip(taken)
            .filter(|(_, t)| !**t)
            .map(|(c, _)| c.clone())
            .collect()
    };
    out.added = left(new, &new_taken);
    out.removed = left(old, &old_taken);
    out
}

/// A program or slogan and its counts in each version.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TermCount {
    pub name: String,
    pub category: Category,
    pub old_count: usize,
    pub new_count: usize,
}

/// A term of a series replaced by its successor: 十四五 → 十五五.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Succession {
    pub old: TermCount,
    pub new: TermCount,
}

/// Programs and slogans by what happened to them.
#[derive(Debug, Clone, Default, Serialize)]
pub struct TermChanges {
    pub added: Vec<TermCount>,
    pub dropped: Vec<TermCount>,
    pub successions: Vec<Succession>,
    pub kept: Vec<TermCount>,
}

/// Counts the programs and slogans of each version by key and sorts them into new,
/// dropped, kept, and successions.
pub fn terms(old: &[Term], new: &[Term]) -> TermChanges {
    let mut all: BTreeMap<&str, TermCount> = BTreeMap::new();
    let indexed = |t: &&Term| matches!(t.category, Category::Program | Category::Slogan);
    for (t, is_old) in old
        .iter()
        .filter(indexed)
        .map(|t| (t, true))
        .chain(new.iter().filter(indexed).map(|t| (t, false)))
    {
        let e = all.entry(&t.key).or_insert_with(|| TermCount {
            name: t.name.clone(),
            category: t.category,
            old_count: 0,
            new_count: 0,
        });
        if is_old {
            e.old_count += 1;
        } else {
            e.new_count += 1;
        }
    }
    let mut out = TermChanges::default();
    for (_, c) in all {
        match (c.old_count, c.new_count) {
            (0, _) => out.added.push(c),
            (_, 0) => out.dropped.push(c),
            _ => out.kept.push(c),
        }
    }
    let mut i = 0;
    while i < out.dropped.len() {
        let old = &out.dropped[i].name;
        match out.added.iter().position(|n| successor(old, &n.name)) {
            Some(j) => {
                let new = out.added.remove(j);
                let old = out.dropped.remove(i);
                out.successions.push(Succession { old, new });
            }
            None => i += 1,
        }
    }
    let by_count = |v: &mut Vec<TermCount>| {
        v.sort_by(|a, b| {
            (b.old_count + b.new_count)
                .cmp(&(a.old_count + a.new_count))
                .then(a.name.cmp(&b.name))
        })
    };
    by_count(&mut out.added);
    by_count(&mut out.dropped);
    by_count(&mut out.kept);
    out
}

/// Two names of one series: the same but for one numeral (十四五 / 十五五, 2024行动 /
/// 2025行动).
fn successor(old: &str, new: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (old.chars().collect(), new.chars().collect());
    let numeral = |c: char| c.is_ascii_digit() || is_numeral_char(c);
    a.len() == b.len()
        && a.iter().zip(&b).filter(|(x, y)| x != y).count() == 1
        && a.iter()
            .zip(&b)
            .all(|(x, y)| x == y || (numeral(*x) && numeral(*y)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::terms::extract_text;

    #[test]
    fn plan_periods_succeed_each_other() {
        let old = extract_text("“十四五”规划。做好“六稳”工作。“千万工程”。");
        let new = extract_text("“十五五”规划。“人工智能+”行动。“千万工程”。");
        let t = terms(&old, &new);
        assert_eq!(t.successions.len(), 1, "{t:?}");
        assert_eq!(t.successions[0].old.name, "十四五");
        assert_eq!(t.successions[0].new.name, "十五五");
        assert!(t.dropped.iter().any(|c| c.name == "六稳"), "{t:?}");
        assert!(t.added.iter().any(|c| c.name == "人工智能+"), "{t:?}");
        assert!(t.kept.iter().any(|c| c.name == "千万工程"), "{t:?}");
    }

    #[test]
    fn claims_pair_by_what_they_measure() {
        let jieba = crate::segment::jieba();
        let old = crate::claims::extract_text(
            "城镇新增就业1200万人左右。居民消费价格涨幅3%左右。",
            jieba,
        );
        let new = crate::claims::extract_text(
            "居民消费价格涨幅2%左右。城镇新增就业1200万人以上。",
            jieba,
        );
        let c = claims(&old, &new, &BTreeMap::new());
        assert_eq!(c.changed.len(), 2, "{c:?}");
        let jobs = c.changed.iter().find(|c| c.old.unit == "人").unwrap();
        assert!(jobs.qualifier_changed && !jobs.value_changed);
        let prices = c.changed.iter().find(|c| c.old.unit == "%").unwrap();
        assert!(prices.value_changed && !prices.qualifier_changed);
    }
}
