//! jieba's part-of-speech tags corrected for the words of reports and news whose one
//! dictionary tag disagrees with how those texts use them (办理/n is a verb, 提案/v a noun):
//! the table `tags.tsv`, mined by `examples/subject_tag_mine.rs` and reviewed by reading
//! (docs/claims.md, "Round 21"). Only the claims' readers of tags apply it
//! (`context::tag`, `rank::Tagged`); segmentation and every other stage keep jieba's tags.

use jieba_rs::Tag;
use std::collections::HashMap;
use std::sync::OnceLock;

/// When a correction applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum When {
    /// Wherever the word stands.
    Always,
    /// Only as the head of a noun phrase: after a noun (`n*`, `vn`) and before no noun
    /// (工人|组织 is a noun; 组织|开展 and 政府|组织|专家论证 are not; 农民|组织|起来 is read a
    /// noun too: a verb after it is taken for the phrase's predicate).
    Head,
    /// Only where the next word is no number and the word does not close the text (tagged
    /// words before a number end there): 办理|省人大代表建议 is a verb; in 试种|1200亩 the
    /// word stays jieba's noun, which names what is counted.
    Apart,
}

/// One row of the table: the corrected tag and its condition.
#[derive(Debug, Clone, Copy)]
struct Correction {
    tag: &'static str,
    when: When,
}

/// The table: word → correction (rows whose corrected tag is `-`, candidates the review
/// refused, are left out).
fn table() -> &'static HashMap<&'static str, Correction> {
    static TABLE: OnceLock<HashMap<&'static str, Correction>> = OnceLock::new();
    TABLE.get_or_init(|| parse(include_str!("tags.tsv")))
}

/// Parses rows `word, jieba's tag, corrected tag, count[, condition]` (`#` lines are
/// comments; the condition `head`, `apart`, `out` — reviewed, not applied — or nothing).
fn parse(text: &'static str) -> HashMap<&'static str, Correction> {
    let mut out = HashMap::new();
    for row in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let cols: Vec<&str> = row.split('\t').collect();
        let (word, tag) = (cols[0], cols[2]);
        if tag == "-" {
            continue;
        }
        let when = match cols.get(4) {
            Some(&"head") => When::Head,
            Some(&"apart") => When::Apart,
            Some(&"out") => continue,
            _ => When::Always,
        };
        out.insert(word, Correction { tag, when });
    }
    out
}

fn noun(t: &Tag) -> bool {
    t.tag.starts_with('n') || t.tag == "vn"
}

/// `tags` with the table's corrections applied.
pub(crate) fn correct(tags: &mut [Tag]) {
    let table = table();
    for i in 0..tags.len() {
        // Every word of the table has two chars or more.
        if tags[i].word.len() < 6 {
            continue;
        }
        let Some(c) = table.get(tags[i].word) else {
            continue;
        };
        if c.tag == tags[i].tag {
            continue;
        }
        let applies = match c.when {
            When::Always => true,
            When::Head => i > 0 && noun(&tags[i - 1]) && !tags.get(i + 1).is_some_and(noun),
            When::Apart => tags
                .get(i + 1)
                .is_some_and(|next| !super::phrase::is_number(next)),
        };
        if applies {
            tags[i].tag = c.tag;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags_of(text: &str) -> Vec<(String, String)> {
        let jieba = jieba_rs::Jieba::new();
        let mut tags = jieba.tag(text, true);
        correct(&mut tags);
        tags.iter()
            .map(|t| (t.word.to_string(), t.tag.to_string()))
            .collect()
    }

    fn tag_of(text: &str, word: &str) -> String {
        tags_of(text)
            .into_iter()
            .find(|(w, _)| w == word)
            .map(|(_, t)| t)
            .unwrap_or_default()
    }

    #[test]
    fn a_word_of_the_table_is_corrected() {
        // jieba's dictionary tags 提案 and 增速 verbs; reports count and measure them.
        assert_eq!(tag_of("全国政协提案5件", "提案"), "n");
        assert_eq!(tag_of("贷款增速比各项贷款平均增速高", "增速"), "n");
        // 办理 is a verb before its object (`apart`).
        assert_eq!(tag_of("办理省人大代表建议", "办理"), "v");
    }

    #[test]
    fn a_word_with_a_condition_is_corrected_only_where_it_holds() {
        // 组织 heads 工人组织 (a noun); before its object, or with no noun before it, it is
        // jieba's verb.
        assert_eq!(tag_of("广州产生了两个工人组织，", "组织"), "n");
        assert_eq!(tag_of("政府组织专家论证", "组织"), "v");
        assert_eq!(tag_of("组织开展活动", "组织"), "v");
        // Round 22: a verb of the `apart` family right before its number, or closing the words
        // before it, keeps jieba's noun: it names what is counted (试种|1200亩).
        assert_eq!(tag_of("村里原计划试种1200亩", "试种"), "n");
        assert_eq!(tag_of("村里原计划试种", "试种"), "n");
        assert_eq!(tag_of("村里原计划试种玉米", "试种"), "v");
    }

    #[test]
    fn the_table_parses_its_conditions_and_refusals() {
        let rows =
            "# a comment\n甲乙\tn\tv\t10\n丙丁\tv\tn\t9\thead\n戊己\tn\t-\t8\n庚辛\tn\tv\t7\tout\n壬癸\tn\tv\t6\tapart\n";
        let t = parse(rows);
        assert_eq!(t["甲乙"].when, When::Always);
        assert_eq!(t["丙丁"].when, When::Head);
        assert_eq!(t["壬癸"].when, When::Apart);
        assert!(!t.contains_key("戊己") && !t.contains_key("庚辛"));
    }
}
