//! The vocabulary of a run: jieba's dictionary plus the official terms tifa knows
//! (`terms/vocabulary.txt`) and the user's (`--terms FILE`), so that 不敢腐, 急难愁盼 and 1+4+N
//! stay whole words, and the same terms are found wherever they stand; and jieba's own
//! dictionary, which types the names.

use crate::clean::chars::is_content;
use crate::terms::keywords::Extractors;
use crate::terms::learned::Model;
use crate::terms::{parse_list, typed, Category, Finder, Term, TypedNames, Typing};
use jieba_rs::Jieba;
use std::sync::Arc;

/// A segmenter, the terms it was taught, and the tagger of names. Cheap to clone.
#[derive(Clone)]
pub struct Lexicon {
    jieba: Arc<Jieba>,
    tagger: Arc<Jieba>,
    terms: Arc<Finder>,
    /// The learned typing of quoted names (`terms::learned`), parsed once.
    quotes: Arc<Model>,
    /// Built on first use: only the commands that extract keywords need them.
    keywords: Arc<std::sync::OnceLock<Extractors>>,
    /// The dictionary of measure noun phrases of claims' subjects, parsed on first use: only
    /// the commands that extract claims read it.
    compounds: Arc<std::sync::OnceLock<crate::claims::Compounds>>,
    /// The names the tagger typed (`terms::classify`), remembered for the run.
    typed: Arc<TypedNames>,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Lexicon({} terms)", self.terms.terms().len())
    }
}

impl Lexicon {
    /// jieba's dictionary with the built-in vocabulary and `extra` (a user's list, from
    /// [`parse_list`]), and jieba's own dictionary as the tagger of names: the model of a run,
    /// built by the commands that segment (about 0.3 s and 160 MB) and passed to the work that
    /// needs it.
    pub fn new(extra: &[Term]) -> Lexicon {
        let tagger = Jieba::new();
        let listed =
            parse_list(crate::vocabulary::BUILT_IN).expect("the built-in vocabulary parses");
        let terms: Vec<Term> = listed
            .iter()
            .chain(extra)
            .map(|t| typed(t, &tagger))
            .collect();
        Lexicon {
            jieba: Arc::new(with_words(tagger.clone(), &terms)),
            tagger: Arc::new(tagger),
            terms: Arc::new(Finder::new(terms)),
            quotes: Arc::new(Model::builtin()),
            keywords: Arc::default(),
            compounds: Arc::default(),
            typed: Arc::default(),
        }
    }

    /// [`Lexicon::new`]; with `parallel`, jieba's part-of-speech table (parsed on the first
    /// tag of a word not in its dictionary, ~0.05 s) is parsed on a thread of its own while the
    /// dictionary loads, instead of holding up the first worker that tags.
    pub(crate) fn loaded(extra: &[Term], parallel: bool) -> Lexicon {
        if !parallel {
            return Lexicon::new(extra);
        }
        std::thread::scope(|s| {
            s.spawn(|| Jieba::empty().tag("中", false).len());
            Lexicon::new(extra)
        })
    }

    /// The built-in vocabulary and `terms` (a user's list, or the terms found in documents
    /// about to be compared).
    pub fn with_terms(&self, terms: &[Term]) -> Lexicon {
        if terms.is_empty() {
            return self.clone();
        }
        // Every spelling, not only the term each key keeps: 碳达峰碳中和 beside 碳达峰、碳中和.
        let mut all = self.terms.spellings().to_vec();
        all.extend(terms.iter().cloned());
        Lexicon {
            jieba: Arc::new(with_words((*self.jieba).clone(), terms)),
            tagger: Arc::clone(&self.tagger),
            terms: Arc::new(Finder::new(all)),
            quotes: Arc::clone(&self.quotes),
            keywords: Arc::clone(&self.keywords),
            compounds: Arc::clone(&self.compounds),
            typed: Arc::clone(&self.typed),
        }
    }

    /// The segmenter.
    pub fn jieba(&self) -> &Jieba {
        &self.jieba
    }

    /// The dictionary of compounds claims' subjects keep whole (`claims::compounds`), parsed
    /// once a run on first use.
    pub fn compounds(&self) -> &crate::claims::Compounds {
        self.compounds
            .get_or_init(crate::claims::Compounds::builtin)
    }

    /// jieba's own dictionary, without the run's words: the words and tags of a name
    /// (`terms::extract`, `terms::classify`).
    pub fn tagger(&self) -> &Jieba {
        &self.tagger
    }

    /// The tagger with the run's table of the names it typed ([`crate::terms::classify`]):
    /// the typing the passes over a corpus share.
    pub(crate) fn typing(&self) -> Typing<'_> {
        Typing::new(&self.tagger, Some(&self.typed))
    }

    /// The tagger, shared: for work that outlives the lexicon (the corpus-level dedup).
    pub(crate) fn shared_tagger(&self) -> Arc<Jieba> {
        Arc::clone(&self.tagger)
    }

    /// The learned typing of the quoted names the rules do not settle (`terms::extract`).
    pub fn quote_model(&self) -> &Model {
        &self.quotes
    }

    /// The terms of a cleaned document: [`crate::terms::extract`] with this lexicon's finder,
    /// tagger and quote model.
    pub fn extract_terms(&self, doc: &crate::document::CleanDocument) -> Vec<Term> {
        crate::terms::extract_typed(doc, self.finder(), self.typing(), Some(self.quote_model()))
    }

    /// The keyword extractors (TF-IDF with jieba's IDF, TextRank), built on first use.
    pub fn keywords(&self) -> &Extractors {
        self.keywords.get_or_init(Extractors::default)
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
        let base = Lexicon::new(&[]);
        let lexicon = base.with_terms(&[crate::terms::classify("1+4+N", base.tagger())]);
        let words = cut(&lexicon, "构建1+4+N体系");
        assert!(words.contains(&"1+4+N".to_string()), "{words:?}");
        assert!(lexicon.terms().iter().any(|t| t.name == "1+4+N"));
    }

    #[test]
    fn names_typed_through_the_run_s_table_are_typed_as_without() {
        let lexicon = Lexicon::new(&[]);
        let text =
            "推进“三个一批”工程，坚持“两个毫不动摇”，实施“数字乡村”行动。再推进“三个一批”工程。";
        let plain =
            crate::terms::quoted_text(text, crate::terms::Typing::new(lexicon.tagger(), None));
        // Twice through the table: typed the first time, remembered the second.
        for _ in 0..2 {
            assert_eq!(crate::terms::quoted_text(text, lexicon.typing()), plain);
        }
        assert!(!plain.is_empty());
    }
}
