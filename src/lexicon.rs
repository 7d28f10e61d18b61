//! The vocabulary of a run: jieba's dictionary plus the official terms tifa knows
//! (`terms/vocabulary.txt`) and the user's (`--terms FILE`), so that 不敢腐, 急难愁盼 and 1+4+N
//! stay whole words, and the same terms are found wherever they stand.

use crate::clean::chars::is_content;
use crate::document::Span;
use crate::error::Result;
use crate::pipeline::{run, Config};
use crate::terms::{parse_list, Category, Finder, Term};
use jieba_rs::Jieba;
use std::collections::BTreeMap;
use std::sync::Arc;

/// A segmenter and the terms it was taught. Cheap to clone.
#[derive(Clone)]
pub struct Lexicon {
    jieba: Arc<Jieba>,
    terms: Arc<Finder>,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Lexicon({} terms)", self.terms.terms().len())
    }
}

impl Lexicon {
    /// jieba's dictionary with the built-in vocabulary and `extra` (a user's list): the model
    /// of a run, built by the commands that segment (about 0.2 s and 80 MB) and passed to the
    /// work that needs it.
    pub fn new(extra: &[Term]) -> Lexicon {
        let mut terms = parse_list(include_str!("terms/vocabulary.txt"))
            .expect("the built-in vocabulary parses");
        terms.extend(extra.iter().cloned());
        Lexicon {
            jieba: Arc::new(with_words(Jieba::new(), &terms)),
            terms: Arc::new(Finder::new(terms)),
        }
    }

    /// The built-in vocabulary and `terms` (a user's list, or the terms found in documents
    /// about to be compared).
    pub fn with_terms(&self, terms: &[Term]) -> Lexicon {
        if terms.is_empty() {
            return self.clone();
        }
        let mut all = self.terms.terms().to_vec();
        all.extend(terms.iter().cloned());
        Lexicon {
            jieba: Arc::new(with_words((*self.jieba).clone(), terms)),
            terms: Arc::new(Finder::new(all)),
        }
    }

    /// The segmenter.
    pub fn jieba(&self) -> &Jieba {
        &self.jieba
    }

    /// The terms to find wherever they stand.
    pub fn terms(&self) -> &[Term] {
        self.terms.terms()
    }

    /// The same terms, prepared for finding.
    pub fn finder(&self) -> &Finder {
        &self.terms
    }
}

/// Documents that must quote a name before the corpus teaches it.
pub const TAUGHT_IN: usize = 2;
/// Share of the documents using a name that must quote it: coined names are quoted most of
/// the time (两个确立 99%, 千万工程 92%, 专精特新 22%), set phrases that a few writers quote
/// rarely (中国特色 0.2%, 国家安全 2.6%, 一体化 2.1% in People's Daily).
pub const TAUGHT_SHARE: f64 = 0.2;

/// The lexicon of `config` and the programs and slogans its corpus teaches: names (three
/// chars or more) that at least [`TAUGHT_IN`] distinct documents quote, and at least
/// [`TAUGHT_SHARE`] of the documents using them. Exact copies of a document (the same text,
/// white space aside) count once: a story printed twice is one piece of evidence. Two light passes over the decoded text (quoted
/// names, then which documents use them); standard input and pipes are read once and kept
/// for the passes after.
pub fn learn(config: &Config, base: &Lexicon) -> Result<Lexicon> {
    // By key: the name as typed, the documents quoting it as a program or slogan, and those
    // quoting it only as a figure, a common word or an abbreviation.
    let mut quoting: BTreeMap<String, (Term, usize, usize)> = BTreeMap::new();
    let mut seen = rustc_hash::FxHashSet::default();
    run(
        config,
        |raw| {
            let mut names: Vec<Term> = crate::terms::quoted_text(&raw.decoded.text)
                .into_iter()
                .filter(|t| t.category != Category::Document && t.name.chars().count() >= 3)
                .collect();
            // A name quoted both ways in one document counts as typed there.
            names.sort_by_key(|t| t.category == Category::Other);
            names.sort_by(|a, b| a.key.cmp(&b.key));
            names.dedup_by(|a, b| a.key == b.key);
            (crate::terms::fingerprint(&raw.decoded.text), names)
        },
        |(fingerprint, names)| {
            if !seen.insert(fingerprint) {
                return Ok(());
            }
            for t in names {
                let typed = t.category != Category::Other;
                let e = quoting
                    .entry(t.key.clone())
                    .or_insert_with(|| (t.clone(), 0, 0));
                if typed {
                    // The name is taught as a program or slogan, as the typed quotes have it.
                    if e.0.category == Category::Other {
                        e.0 = t;
                    }
                    e.1 += 1;
                } else {
                    e.2 += 1;
                }
            }
            Ok(())
        },
    )?;
    let candidates = Finder::new(
        quoting
            .values()
            .filter(|(_, typed, other)| *typed >= TAUGHT_IN && *typed >= *other)
            .map(|(t, _, _)| t.clone())
            .collect(),
    );
    let mut using = vec![0usize; candidates.terms().len()];
    seen.clear();
    run(
        config,
        |raw| {
            let chars: Vec<char> = raw.decoded.text.chars().collect();
            let mut found: Vec<usize> = candidates
                .find(&chars, &[])
                .into_iter()
                .map(|(_, t)| t)
                .collect();
            found.sort_unstable();
            found.dedup();
            (crate::terms::fingerprint(&raw.decoded.text), found)
        },
        |(fingerprint, found)| {
            if !seen.insert(fingerprint) {
                return Ok(());
            }
            for t in found {
                using[t] += 1;
            }
            Ok(())
        },
    )?;
    let learned: Vec<Term> = candidates
        .terms()
        .iter()
        .zip(using)
        .filter(|(t, used)| {
            let quoted = quoting.get(&t.key).map_or(0, |q| q.1 + q.2);
            quoted as f64 >= TAUGHT_SHARE * *used as f64
        })
        .map(|(t, _)| Term {
            span: [0, 0],
            quoted: false,
            ..t.clone()
        })
        .collect();
    Ok(base.with_terms(&learned))
}

/// `jieba` with the words of `terms` added (each part of a parallel slogan on its own).
fn with_words(mut jieba: Jieba, terms: &[Term]) -> Jieba {
    for t in terms.iter().filter(|t| t.category != Category::Document) {
        for word in words(&t.name) {
            jieba.add_word(word, None, None);
        }
    }
    jieba
}

/// The runs of a name that are words: letters, digits and `+`, two chars or more.
fn words(name: &str) -> impl Iterator<Item = &str> {
    name.split(|c: char| !(is_content(c) || c == '+'))
        .filter(|w| w.chars().count() >= 2)
}

/// The char spans that must stay single tokens: the words of each program, slogan and
/// figurative term found in a document (not 《…》 titles), sorted and without overlaps.
pub fn whole_words(text_chars: &[char], terms: &[Term]) -> Vec<Span> {
    let mut spans = Vec::new();
    for t in terms.iter().filter(|t| t.category != Category::Document) {
        let [start, end] = t.span;
        let mut i = start;
        while i < end {
            let word_char = |c: char| is_content(c) || c == '+';
            if !word_char(text_chars[i]) {
                i += 1;
                continue;
            }
            let j = (i..end).find(|&j| !word_char(text_chars[j])).unwrap_or(end);
            if j - i >= 2 {
                spans.push(Span::new(i, j));
            }
            i = j;
        }
    }
    spans.sort();
    let mut kept: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match kept.last() {
            Some(last) if s.start < last.end => {}
            _ => kept.push(s),
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(lexicon: &Lexicon, text: &str) -> Vec<String> {
        lexicon
            .jieba()
            .cut(text, true)
            .iter()
            .map(|w| w.word.to_string())
            .collect()
    }

    #[test]
    fn the_builtin_vocabulary_stays_whole() {
        let words = cut(
            &Lexicon::new(&[]),
            "坚持不敢腐、不能腐、不想腐一体推进，解决群众急难愁盼问题",
        );
        for w in ["不敢腐", "不能腐", "不想腐", "急难愁盼"] {
            assert!(words.contains(&w.to_string()), "{w}: {words:?}");
        }
    }

    #[test]
    fn added_terms_stay_whole() {
        let lexicon = Lexicon::new(&[]).with_terms(&[crate::terms::classify("1+4+N")]);
        let words = cut(&lexicon, "构建1+4+N体系");
        assert!(words.contains(&"1+4+N".to_string()), "{words:?}");
        assert!(lexicon.terms().iter().any(|t| t.name == "1+4+N"));
    }

    #[test]
    fn whole_words_split_parallel_slogans_and_skip_titles() {
        let text = "“不敢腐、不能腐”和《村务管理条例》";
        let chars: Vec<char> = text.chars().collect();
        let terms = crate::terms::extract_text(text);
        let spans = whole_words(&chars, &terms);
        let words: Vec<String> = spans
            .iter()
            .map(|s| chars[s.start..s.end].iter().collect())
            .collect();
        assert_eq!(words, ["不敢腐", "不能腐"]);
    }
}
