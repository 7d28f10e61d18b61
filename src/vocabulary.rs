//! The list format of programs, slogans and formulations, and the built-in list
//! (`terms/vocabulary.txt`): one reader for every module that uses a list (the lexicon, terms,
//! the claims' filters), so claims read the vocabulary without depending on terms.

/// The built-in vocabulary as written.
pub(crate) const BUILT_IN: &str = include_str!("terms/vocabulary.txt");

/// One entry of a list: a name and, after a tab or a space, its category as written.
pub(crate) struct Entry<'a> {
    /// The entry's line, from 1.
    pub line: usize,
    /// The name.
    pub name: &'a str,
    /// The category as written (`program`, `slogan`, `document`, `other`), if any.
    pub category: Option<&'a str>,
}

/// The entries of a list: one a line, blank lines and lines opening with `#` skipped.
pub(crate) fn entries(text: &str) -> impl Iterator<Item = Entry<'_>> {
    text.lines().enumerate().filter_map(|(i, line)| {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            return None;
        }
        let (name, category) = match line.rsplit_once(['\t', ' ']) {
            Some((name, c)) => (name.trim(), Some(c.trim())),
            None => (line, None),
        };
        Some(Entry {
            line: i + 1,
            name,
            category,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_skip_comments_and_split_the_category() {
        let got: Vec<(usize, &str, Option<&str>)> =
            entries("# 注\n\n扫黑除恶 slogan\n三大攻坚战\n河长制\tprogram\n")
                .map(|e| (e.line, e.name, e.category))
                .collect();
        assert_eq!(
            got,
            [
                (3, "扫黑除恶", Some("slogan")),
                (4, "三大攻坚战", None),
                (5, "河长制", Some("program"))
            ]
        );
    }

    #[test]
    fn the_built_in_list_has_entries() {
        assert!(entries(BUILT_IN).count() > 1000);
    }
}
