//! What changed in the numbers and the vocabulary: numeric claims paired by what they measure,
//! and programs and slogans new, dropped or kept (plan periods as a succession).

use crate::claims::numeral::is_numeral_char;
use crate::claims::{Claim, Role};
use crate::terms::{Category, Term};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A claim of the old version beside its counterpart in the new one.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClaimChange {
    /// What the claim measures: its subject, without time words and frames.
    pub measure: String,
    /// The claim in the old version.
    pub old: Claim,
    /// Its counterpart in the new version.
    pub new: Claim,
    /// Whether the value differs.
    pub value_changed: bool,
    /// Whether the qualifier differs (以上 → 左右).
    pub qualifier_changed: bool,
}

/// Claims paired across the versions, and those found in only one.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClaimChanges {
    /// Pairs whose value or qualifier changed.
    pub changed: Vec<ClaimChange>,
    /// How many pairs are the same.
    pub unchanged: usize,
    /// Targets stated again with the same value and qualifier (GDP 5%左右 → 5%左右): an
    /// analyst wants to see a goal kept, not only goals moved.
    pub kept_targets: Vec<ClaimChange>,
    /// Claims of the new version with no counterpart, listed by what they measure.
    pub added: Vec<Claim>,
    /// Claims of the old version with no counterpart, listed by what they measure.
    pub removed: Vec<Claim>,
    /// How many claims of the old and of the new version with no counterpart have no
    /// subject: what they measure is unknown, so they are neither paired nor listed.
    pub without_subject: [usize; 2],
}

/// Words that do not change what a claim measures (今年赤字率 is 赤字率, 全国城镇调查失业率 is
/// 城镇调查失业率).
const FRAME_WORDS: &[&str] = &[
    "今年", "去年", "全年", "明年", "上年", "当年", "全国", "全省", "全市", "主要", "预期",
];

/// What a claim measures, for pairing: its subject without leading time and frame words;
/// empty when it has none.
pub fn measure(c: &Claim) -> &str {
    let mut s = c.subject.as_deref().unwrap_or("");
    while let Some(rest) = FRAME_WORDS
        .iter()
        .find_map(|w| s.strip_prefix(w))
        .filter(|rest| rest.chars().count() >= 2)
    {
        s = rest;
    }
    s
}

/// Two measures name the same thing: equal, or one the end of the other (失业率 and
/// 城镇调查失业率), with at least two chars in common.
fn same_measure(a: &str, b: &str) -> bool {
    !a.is_empty()
        && !b.is_empty()
        && (a == b
            || (a.chars().count().min(b.chars().count()) >= 2
                && (a.ends_with(b) || b.ends_with(a))))
}

/// One measure a shorter form of the other, as restated with the same value (居民医保 and
/// 居民医保人均财政补助标准, 基础养老金最低标准 and 基础养老金月最低标准): the shorter, of
/// three chars or more, opens like the longer and its chars come in the longer in order.
fn shorter_form(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let opening: String = short.chars().take(2).collect();
    let mut rest = long.chars();
    short.chars().count() >= 3
        && long.starts_with(&opening)
        && short.chars().all(|c| rest.any(|l| l == c))
}

/// The parts of a claim's normalised measure besides its subject: unit, kind and role.
fn same_kind(a: &Claim, b: &Claim) -> bool {
    a.unit == b.unit && a.kind == b.kind && a.role == b.role && a.currency == b.currency
}

/// How far apart two values are, as a ratio (signs apart are far).
fn distance(a: &Claim, b: &Claim) -> f64 {
    if a.value == b.value {
        return 0.0;
    }
    if a.value <= 0.0 || b.value <= 0.0 {
        return f64::INFINITY;
    }
    (a.value / b.value).ln().abs()
}

/// The claims not taken: those with a measure, listed, and how many have none.
fn left(claims: &[Claim], taken: &[bool]) -> (Vec<Claim>, usize) {
    let (listed, unknown): (Vec<&Claim>, Vec<&Claim>) = claims
        .iter()
        .zip(taken)
        .filter(|(_, t)| !**t)
        .map(|(c, _)| c)
        .partition(|c| !measure(c).is_empty());
    (listed.into_iter().cloned().collect(), unknown.len())
}

/// Pairs claims by their normalised measure (subject, unit, kind, role): first within aligned
/// sentences (`sentence_pairs`: old sentence → new sentence), then across the documents, the
/// exact subject before a shorter form of it (a shorter form across the documents only for
/// targets), in text order. Claims with no subject are not paired (what they measure is
/// unknown).
pub fn claims(
    old: &[Claim],
    new: &[Claim],
    sentence_pairs: &BTreeMap<usize, usize>,
) -> ClaimChanges {
    let mut new_taken = vec![false; new.len()];
    let mut old_taken = vec![false; old.len()];
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    type Same = fn(&Claim, &Claim) -> bool;
    let exact: Same = |a, b| same_kind(a, b) && !measure(a).is_empty() && measure(a) == measure(b);
    let near: Same = |a, b| same_kind(a, b) && same_measure(measure(a), measure(b));
    // A shorter form of a measure (国债 for 超长期特别国债) pairs across the documents only
    // for targets, which are restated in a list of goals; other claims need aligned sentences.
    let near_target: Same = |a, b| {
        a.role == Some(Role::Target) && same_kind(a, b) && same_measure(measure(a), measure(b))
    };
    // A longer and a shorter form of one measure stating the same number pair anywhere.
    let restated: Same = |a, b| {
        same_kind(a, b)
            && a.value == b.value
            && a.qualifier == b.qualifier
            && shorter_form(measure(a), measure(b))
    };
    for (in_sentence, same) in [
        (true, exact),
        (false, exact),
        (true, near),
        (false, near_target),
        (false, restated),
    ] {
        for (i, a) in old.iter().enumerate() {
            if old_taken[i] {
                continue;
            }
            // Of the candidates, the one nearest in value (1万亿元 → 1.3万亿元, not the
            // 3000亿元 of the same sentence).
            let found = new
                .iter()
                .enumerate()
                .filter(|(j, b)| {
                    !new_taken[*j]
                        && same(a, b)
                        && (!in_sentence || sentence_pairs.get(&a.sentence) == Some(&b.sentence))
                })
                .min_by(|(_, x), (_, y)| distance(a, x).total_cmp(&distance(a, y)))
                .map(|(j, _)| j);
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
        let change = ClaimChange {
            measure: measure(b).to_string(),
            old: a.clone(),
            new: b.clone(),
            value_changed: a.value != b.value,
            qualifier_changed: a.qualifier != b.qualifier,
        };
        if change.value_changed || change.qualifier_changed {
            out.changed.push(change);
        } else {
            out.unchanged += 1;
            if a.role == Some(Role::Target) {
                out.kept_targets.push(change);
            }
        }
    }
    let (added, new_unknown) = left(new, &new_taken);
    let (removed, old_unknown) = left(old, &old_taken);
    (out.added, out.removed) = (added, removed);
    out.without_subject = [old_unknown, new_unknown];
    out
}

/// A program or slogan and its counts in each version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TermCount {
    /// The term as written.
    pub name: String,
    /// Program or slogan.
    pub category: Category,
    /// Times it occurs in the old version.
    pub old_count: usize,
    /// Times it occurs in the new version.
    pub new_count: usize,
}

/// A term of a series replaced by its successor: 十四五 → 十五五.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Succession {
    /// The term dropped.
    pub old: TermCount,
    /// Its successor.
    pub new: TermCount,
}

/// Programs and slogans by what happened to them.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TermChanges {
    /// Terms only the new version has.
    pub added: Vec<TermCount>,
    /// Terms only the old version has.
    pub dropped: Vec<TermCount>,
    /// Terms replaced by their successor (十四五 → 十五五).
    pub successions: Vec<Succession>,
    /// Terms both versions have.
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
        let jieba = jieba_rs::Jieba::new();
        let old = extract_text("“十四五”规划。做好“六稳”工作。“千万工程”。", &jieba);
        let new = extract_text("“十五五”规划。“人工智能+”行动。“千万工程”。", &jieba);
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
        let jieba = &jieba_rs::Jieba::new();
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

    #[test]
    fn a_shorter_form_with_the_same_value_is_the_same_measure() {
        let jieba = &jieba_rs::Jieba::new();
        let old = crate::claims::extract_text(
            "农村低保人均补助标准提高到每月50元。\n职工年金月最低缴费标准为20元。",
            jieba,
        );
        let new = crate::claims::extract_text(
            "农村低保人均补助标准提高到每月50元。\n职工年金最低缴费标准为20元。\n农村低保增加50元。",
            jieba,
        );
        let c = claims(&old, &new, &BTreeMap::new());
        assert_eq!(c.unchanged, 2, "{c:?}");
        assert!(c.removed.is_empty(), "{c:?}");
        assert!(shorter_form("农村低保", "农村低保人均补助标准"));
        assert!(!shorter_form("低保", "农村低保人均补助标准"));
        assert!(!shorter_form("城镇低保", "农村低保人均补助标准"));
    }

    #[test]
    fn a_shorter_measure_pairs_across_the_document_only_for_targets() {
        let jieba = &jieba_rs::Jieba::new();
        let old = crate::claims::extract_text(
            "增发1万亿元国债支持灾后重建。\n拟发行超长期特别国债，专项用于重大项目，今年先发行1万亿元。",
            jieba,
        );
        let new = crate::claims::extract_text(
            "拟发行超长期特别国债1.3万亿元。\n安排超长期特别国债3000亿元支持消费品以旧换新。",
            jieba,
        );
        let c = claims(&old, &new, &BTreeMap::new());
        let pairs: Vec<_> = c
            .changed
            .iter()
            .map(|c| (c.old.value, c.new.value))
            .collect();
        assert_eq!(pairs, [(1e12, 1.3e12)], "{c:?}");
    }

    #[test]
    fn kept_targets_are_shown_and_measures_are_normalised() {
        let jieba = &jieba_rs::Jieba::new();
        let old = crate::claims::extract_text(
            "今年预期目标是：国内生产总值增长5%左右，全国城镇调查失业率5.5%左右。学生3700多万人。",
            jieba,
        );
        let new = crate::claims::extract_text(
            "今年预期目标是：国内生产总值增长5%左右，城镇调查失业率5.3%左右。惠及1100多万人。",
            jieba,
        );
        let c = claims(&old, &new, &BTreeMap::new());
        assert_eq!(c.kept_targets.len(), 1, "{c:?}");
        assert_eq!(c.kept_targets[0].measure, "国内生产总值");
        assert_eq!(c.changed.len(), 1, "{c:?}");
        assert!(c.changed[0].measure.ends_with("失业率"), "{c:?}");
        // Counts with no common subject are not paired; one with no subject is counted,
        // not listed.
        assert_eq!((c.added.len(), c.removed.len()), (0, 1), "{c:?}");
        assert_eq!(c.without_subject, [0, 1], "{c:?}");
    }
}
