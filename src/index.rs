//! Corpus indexes of keywords, programs, slogans and cited documents, built as documents
//! stream past in corpus order (so that first and last seen follow the order of the ids:
//! dates of People's Daily folders, years of reports).

use crate::document::SegmentedDocument;
use crate::error::{Error, Result};
use crate::terms::keywords::is_keyword;
use crate::terms::{Category, Term};
use crate::SCHEMA_VERSION;
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::io::Write;

/// Words kept per document for choosing each keyword's top documents.
const WORDS_PER_DOCUMENT: usize = 40;
/// Entries written per index.
const KEYWORDS_KEPT: usize = 500;

/// What one document adds to the indexes.
pub struct DocumentEntry {
    /// The document's id.
    pub id: String,
    /// Its terms, in text order.
    pub terms: Vec<Term>,
    /// Keyword candidates, the most frequent first and in order: where each ends in
    /// `words_text`, and its count in the document.
    words: Vec<(usize, u32)>,
    words_text: String,
    /// The document's text, white space aside ([`crate::terms::fingerprint`]): copies share it.
    fingerprint: u128,
}

/// The entry of a segmented document: its terms and its countable words.
pub fn entry(seg: &SegmentedDocument, terms: Vec<Term>) -> DocumentEntry {
    let text = &seg.doc.text;
    // Tokens are in text order: their byte offsets are found walking the chars once.
    let mut bytes = seg.doc.byte_offsets();
    // Words of two chars or more are counted, then the keyword test runs once a word.
    // Sized for the words at once (about one token in two is a new word of the document): a
    // map grown from empty rehashes every word several times.
    let mut counts: FxHashMap<&str, u32> =
        FxHashMap::with_capacity_and_hasher(seg.tokens.len() / 2, Default::default());
    for t in seg.tokens.iter().filter(|t| t.span.len() >= 2) {
        *counts
            .entry(&text[bytes.at(t.span.start)..bytes.at(t.span.end)])
            .or_default() += 1;
    }
    let mut sorted: Vec<(&str, u32)> = counts.into_iter().filter(|(w, _)| keyword(w)).collect();
    // Only the most frequent words, kept for the keywords' top documents, need an order.
    let order = |a: &(&str, u32), b: &(&str, u32)| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0));
    if sorted.len() > WORDS_PER_DOCUMENT {
        sorted.select_nth_unstable_by(WORDS_PER_DOCUMENT, order);
    }
    let top = sorted.len().min(WORDS_PER_DOCUMENT);
    sorted[..top].sort_unstable_by(order);
    let mut words_text = String::with_capacity(sorted.iter().map(|(w, _)| w.len()).sum());
    let words = sorted
        .into_iter()
        .map(|(w, c)| {
            words_text.push_str(w);
            (words_text.len(), c)
        })
        .collect();
    DocumentEntry {
        id: seg.doc.id.clone(),
        terms,
        words,
        words_text,
        fingerprint: crate::terms::fingerprint(text),
    }
}

/// Words a thread remembers the keyword test of, at most (then it starts again).
const REMEMBERED_WORDS: usize = 1 << 15;

/// [`is_keyword`], remembered by word on each thread: a corpus repeats its words, and the test
/// (the word's chars walked three times, a stop-word lookup) costs several times a lookup.
fn keyword(word: &str) -> bool {
    thread_local! {
        static KNOWN: std::cell::RefCell<FxHashMap<Box<str>, bool>> = Default::default();
    }
    KNOWN.with_borrow_mut(|known| {
        if let Some(&k) = known.get(word) {
            return k;
        }
        if known.len() >= REMEMBERED_WORDS {
            known.clear();
        }
        let k = is_keyword(word);
        known.insert(word.into(), k);
        k
    })
}

#[derive(Default)]
struct TermEntry {
    /// Occurrences by category: a name typed `other` in one place and `program` in another
    /// (“红岩先锋” alone, “红岩先锋”品牌) is one term, filed where most typed occurrences put it.
    categories: BTreeMap<Category, usize>,
    n: Option<u32>,
    code: Option<String>,
    head: Option<String>,
    doc_type: Option<String>,
    variants: BTreeMap<String, usize>,
    /// Occurrences and documents, a group of exact copies counted once …
    count: usize,
    documents: usize,
    /// … and every copy counted.
    count_raw: usize,
    documents_raw: usize,
    /// Every occurrence in corpus order: document and char span (12 bytes, not a map of
    /// vectors: a large corpus has millions).
    places: Vec<(u32, [u32; 2])>,
    /// Whether an occurrence is typed by evidence of its own ([`crate::terms::self_evident`]).
    self_evident: bool,
    /// Distinct documents typing it a program or slogan, and the last of them.
    typed_documents: usize,
    last_typed: Option<u32>,
}

/// How often a keyword candidate occurs in the corpus.
#[derive(Clone, Copy, Default)]
struct WordStats {
    /// Documents and occurrences, a group of exact copies counted once.
    df: u32,
    count: u64,
    /// Documents, every copy counted.
    df_raw: u32,
}

/// The keyword candidates of the corpus, numbered in the order first seen. A large corpus has
/// millions: their text is kept in one buffer and the table holds only their numbers.
#[derive(Default)]
struct Words {
    text: String,
    /// Where each word ends in `text` (it starts where the previous one ends).
    ends: Vec<usize>,
    stats: Vec<WordStats>,
    table: hashbrown::HashTable<u32>,
}

impl Words {
    fn get(&self, id: u32) -> &str {
        word_at(&self.text, &self.ends, id)
    }

    /// The number of `word`, added if new.
    fn id(&mut self, word: &str) -> u32 {
        use std::hash::BuildHasher;
        let hash = |w: &str| rustc_hash::FxBuildHasher.hash_one(w);
        let Words {
            text, ends, table, ..
        } = self;
        if let Some(&id) = table.find(hash(word), |&id| word_at(text, ends, id) == word) {
            return id;
        }
        let id = ends.len() as u32;
        table.insert_unique(hash(word), id, |&id| hash(word_at(text, ends, id)));
        text.push_str(word);
        ends.push(text.len());
        self.stats.push(WordStats::default());
        id
    }
}

fn word_at<'a>(text: &'a str, ends: &[usize], id: u32) -> &'a str {
    let start = id.checked_sub(1).map_or(0, |p| ends[p as usize]);
    &text[start..ends[id as usize]]
}

/// The indexes, filled one document at a time.
#[derive(Default)]
pub struct Index {
    docs: Vec<String>,
    /// Fingerprints of the documents seen: a document whose fingerprint was seen is a copy.
    seen: rustc_hash::FxHashSet<u128>,
    /// Documents that are not copies of an earlier one.
    distinct: usize,
    /// Programs, slogans and other terms by key; cited documents (《…》) apart.
    terms: FxHashMap<String, TermEntry>,
    cited: FxHashMap<String, TermEntry>,
    words: Words,
    /// Each document's most frequent words (by id) and their counts.
    top_words: Vec<Box<[(u32, u32)]>>,
}

impl TermEntry {
    /// The category most typed occurrences give, unless `other` occurrences (figures, common
    /// words, abbreviations) outnumber them more than twice: “一对一”专项 once and “一对一”
    /// thirty times is a common word. A name typed by its form alone needs support
    /// ([`TermEntry::supported`]), else it is filed `other`.
    fn category(&self) -> Option<Category> {
        let other = self.categories.get(&Category::Other).copied().unwrap_or(0);
        let typed_total: usize = self.categories.values().sum::<usize>() - other;
        let typed = self
            .categories
            .iter()
            .filter(|(c, _)| **c != Category::Other)
            .max_by_key(|(c, n)| (**n, std::cmp::Reverse(**c)));
        match typed {
            Some((c, _)) if other <= 2 * typed_total && self.supported(other, typed_total) => {
                Some(*c)
            }
            _ if other > 0 || typed.is_some() => Some(Category::Other),
            _ => None,
        }
    }

    /// Evidence beyond one quotation: an occurrence typed by evidence of its own (a head, a
    /// count, the lexicon), or several distinct documents typing it, or one document using it
    /// as a name more than once and never as a figure, a label or an entity (看球吃饭 quoted
    /// once as the end of a change and once plainly is not a slogan; neither is 全网最低,
    /// quoted once).
    fn supported(&self, other: usize, typed: usize) -> bool {
        self.self_evident || self.typed_documents >= 2 || (typed >= 2 && other == 0)
    }
}

impl Index {
    /// Adds the next document in corpus order.
    pub fn add(&mut self, entry: DocumentEntry) {
        let d = self.docs.len();
        self.docs.push(entry.id);
        let copy = !self.seen.insert(entry.fingerprint);
        self.distinct += usize::from(!copy);
        // A listed name inside a longer one is a term of its own (乡村振兴 of 乡村振兴战略).
        for t in entry.terms {
            let family = match t.category {
                Category::Document => &mut self.cited,
                _ => &mut self.terms,
            };
            let evident = crate::terms::self_evident(&t);
            let e = family.entry(t.key).or_default();
            e.n = e.n.or(t.n);
            e.code = e.code.take().or(t.code);
            e.head = e.head.take().or(t.head);
            e.doc_type = e.doc_type.take().or(t.doc_type);
            let new_document = e.places.last().is_none_or(|p| p.0 as usize != d);
            e.count_raw += 1;
            e.documents_raw += usize::from(new_document);
            // A copy's occurrences are listed but not counted again (nor its typing).
            if !copy {
                if t.category != Category::Other {
                    e.self_evident |= evident;
                    e.typed_documents += usize::from(e.last_typed != Some(d as u32));
                    e.last_typed = Some(d as u32);
                }
                *e.categories.entry(t.category).or_default() += 1;
                *e.variants.entry(t.name).or_default() += 1;
                e.count += 1;
                e.documents += usize::from(new_document);
            }
            e.places.push((d as u32, t.span.map(|c| c as u32)));
        }
        let mut top = Vec::with_capacity(entry.words.len().min(WORDS_PER_DOCUMENT));
        let mut start = 0;
        for (end, c) in entry.words {
            let id = self.words.id(&entry.words_text[start..end]);
            start = end;
            let e = &mut self.words.stats[id as usize];
            e.df_raw += 1;
            if copy {
                continue;
            }
            e.df += 1;
            e.count += u64::from(c);
            if top.len() < WORDS_PER_DOCUMENT {
                top.push((id, c));
            }
        }
        self.top_words.push(top.into_boxed_slice());
    }

    /// The index of one category, most frequent first.
    pub fn terms(&self, category: Category) -> Vec<TermIndexEntry<'_>> {
        let family = match category {
            Category::Document => &self.cited,
            _ => &self.terms,
        };
        let mut found: Vec<(&String, &TermEntry)> = family
            .iter()
            .filter(|(_, e)| e.category() == Some(category))
            .collect();
        // Key order first, so that the sort below (stable) breaks ties by key.
        found.sort_unstable_by_key(|&(key, _)| key);
        let mut out: Vec<TermIndexEntry> = found
            .into_iter()
            .map(|(_, e)| {
                let name = e
                    .variants
                    .iter()
                    .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                    .map(|(n, _)| n.as_str())
                    .unwrap_or("");
                let first = e.places.first().map_or(0, |p| p.0 as usize);
                let last = e.places.last().map_or(0, |p| p.0 as usize);
                TermIndexEntry {
                    name,
                    category,
                    n: e.n,
                    code: e.code.as_deref(),
                    head: e.head.as_deref(),
                    doc_type: e.doc_type.as_deref(),
                    count: e.count,
                    count_raw: e.count_raw,
                    document_count: e.documents,
                    document_count_raw: e.documents_raw,
                    first: &self.docs[first],
                    last: &self.docs[last],
                    variants: e.variants.iter().map(|(k, v)| (k.as_str(), *v)).collect(),
                    documents: Places {
                        docs: &self.docs,
                        places: &e.places,
                    },
                }
            })
            .collect();
        out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(b.name)));
        out
    }

    /// Corpus keywords by TF-IDF with the corpus's own IDF, best first.
    pub fn keywords(&self) -> Vec<KeywordIndexEntry<'_>> {
        let n = self.distinct.max(1) as f64;
        let mut scored: Vec<(u32, WordStats, f64)> = (0..self.words.stats.len() as u32)
            .map(|id| {
                let e = self.words.stats[id as usize];
                let idf = (n / f64::from(e.df)).ln() + 1.0;
                (id, e, e.count as f64 * idf)
            })
            .collect();
        let order = |a: &(u32, WordStats, f64), b: &(u32, WordStats, f64)| {
            b.2.total_cmp(&a.2)
                .then_with(|| self.words.get(a.0).cmp(self.words.get(b.0)))
        };
        if scored.len() > KEYWORDS_KEPT {
            scored.select_nth_unstable_by(KEYWORDS_KEPT, order);
            scored.truncate(KEYWORDS_KEPT);
        }
        scored.sort_by(order);
        let mut best_docs: HashMap<u32, Vec<(f64, usize)>> =
            scored.iter().map(|&(id, _, _)| (id, Vec::new())).collect();
        for (d, words) in self.top_words.iter().enumerate() {
            for (w, c) in words.iter() {
                if let Some(list) = best_docs.get_mut(w) {
                    list.push((f64::from(*c), d));
                }
            }
        }
        scored
            .into_iter()
            .map(|(id, e, score)| {
                let mut docs = best_docs.remove(&id).unwrap_or_default();
                docs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
                KeywordIndexEntry {
                    word: self.words.get(id),
                    score: (score * 100.0).round() / 100.0,
                    document_frequency: e.df as usize,
                    document_frequency_raw: e.df_raw as usize,
                    count: e.count,
                    top_documents: docs
                        .iter()
                        .take(5)
                        .map(|&(_, d)| self.docs[d].as_str())
                        .collect(),
                }
            })
            .collect()
    }

    /// Writes one index file's JSON and a newline, entry by entry.
    pub fn write_json<T: Serialize>(w: &mut dyn Write, entries: &[T]) -> Result<()> {
        #[derive(Serialize)]
        struct File<'a, T> {
            schema_version: &'static str,
            entries: &'a [T],
        }
        let file = File {
            schema_version: SCHEMA_VERSION,
            entries,
        };
        serde_json::to_writer_pretty(&mut *w, &file)
            .map_err(std::io::Error::from)
            .and_then(|()| w.write_all(b"\n"))
            .map_err(|e| Error::io("output", e))
    }
}

/// The entries of an index, best first, as written: what summaries and reports show of it.
pub struct Ranked<'a> {
    /// Keywords, best first.
    pub keywords: Vec<KeywordIndexEntry<'a>>,
    /// Programs, most occurrences first.
    pub programs: Vec<TermIndexEntry<'a>>,
    /// Slogans, most occurrences first.
    pub slogans: Vec<TermIndexEntry<'a>>,
    /// Cited documents, most occurrences first.
    pub cited: Vec<TermIndexEntry<'a>>,
}

/// Where a term stands, document by document: read from the index as it is written, not
/// copied (a large corpus has millions of places).
#[derive(Clone, Copy)]
pub struct Places<'a> {
    docs: &'a [String],
    /// Document and char span, in corpus order.
    places: &'a [(u32, [u32; 2])],
}

impl<'a> Places<'a> {
    /// The term's documents in corpus order.
    pub fn iter(self) -> impl DoubleEndedIterator<Item = TermPlaces<'a>> {
        (self.places.chunk_by(|a, b| a.0 == b.0)).map(|run| TermPlaces {
            doc: &self.docs[run[0].0 as usize],
            position: run[0].0 as usize,
            spans: Spans(run),
        })
    }
}

impl Serialize for Places<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

/// Where a term stands in one document.
#[derive(Serialize)]
pub struct TermPlaces<'a> {
    /// The document's id.
    pub doc: &'a str,
    /// The document's place in corpus order.
    #[serde(skip)]
    pub position: usize,
    /// The term's char spans in it.
    pub spans: Spans<'a>,
}

/// The char spans of a term in one document, written as `[start, end]` pairs.
pub struct Spans<'a>(&'a [(u32, [u32; 2])]);

impl Spans<'_> {
    /// The first span in the document (a term's places in a document are never empty).
    pub fn first(&self) -> [u32; 2] {
        self.0[0].1
    }
}

impl Serialize for Spans<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|p| p.1))
    }
}

/// A program, slogan or cited document across the corpus.
#[derive(Serialize)]
pub struct TermIndexEntry<'a> {
    /// The name, as most often typed.
    pub name: &'a str,
    /// Its category: program, slogan, cited document or other.
    pub category: Category,
    /// The number of a numbered framework (两个确立: 2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub n: Option<u32>,
    /// A program named by a code (885, 1+4+N).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<&'a str>,
    /// The head word of a program or slogan (工程, 行动, 规划).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub head: Option<&'a str>,
    /// A cited document's type (法, 条例, 意见).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doc_type: Option<&'a str>,
    /// Occurrences, and documents holding the term, a group of exact copies counted once.
    pub count: usize,
    /// Occurrences, every copy counted.
    pub count_raw: usize,
    /// Documents holding the term, a group of exact copies counted once.
    pub document_count: usize,
    /// Documents, every copy counted.
    pub document_count_raw: usize,
    /// The first document holding it, in corpus order.
    pub first: &'a str,
    /// The last document holding it.
    pub last: &'a str,
    /// The spellings seen, with their occurrences.
    pub variants: BTreeMap<&'a str, usize>,
    /// Where it stands, document by document.
    pub documents: Places<'a>,
}

/// A keyword across the corpus.
#[derive(Serialize)]
pub struct KeywordIndexEntry<'a> {
    /// The word.
    pub word: &'a str,
    /// Its TF-IDF score over the corpus.
    pub score: f64,
    /// Documents holding the word, a group of exact copies counted once.
    pub document_frequency: usize,
    /// Documents, every copy counted.
    pub document_frequency_raw: usize,
    /// Occurrences, a group of exact copies counted once.
    pub count: u64,
    /// The documents where it weighs most.
    pub top_documents: Vec<&'a str>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, spans: &[[usize; 2]]) -> DocumentEntry {
        copy_of(id, id, spans)
    }

    /// The entry of document `id` whose text is `text` (documents of one text are copies).
    fn copy_of(id: &str, text: &str, spans: &[[usize; 2]]) -> DocumentEntry {
        let terms = spans
            .iter()
            .map(|&span| Term {
                span,
                ..crate::terms::classify("六项工程", &jieba_rs::Jieba::new())
            })
            .collect();
        DocumentEntry {
            id: id.to_string(),
            terms,
            words: Vec::new(),
            words_text: String::new(),
            fingerprint: crate::terms::fingerprint(text),
        }
    }

    #[test]
    fn places_are_grouped_by_document_in_corpus_order() {
        let mut index = Index::default();
        index.add(entry("a", &[[0, 4], [9, 13]]));
        index.add(entry("b", &[]));
        index.add(entry("c", &[[2, 6]]));
        let found = index.terms(Category::Program);
        let e = &found[0];
        assert_eq!((e.count, e.document_count), (3, 2));
        assert_eq!((e.first, e.last), ("a", "c"));
        let places: Vec<(&str, usize)> = e.documents.iter().map(|p| (p.doc, p.position)).collect();
        assert_eq!(places, [("a", 0), ("c", 2)]);
        let json = serde_json::to_value(e.documents).unwrap();
        assert_eq!(
            json,
            serde_json::json!([{"doc": "a", "spans": [[0, 4], [9, 13]]}, {"doc": "c", "spans": [[2, 6]]}])
        );
    }

    /// The entry of document `id` (text `text`) holding `terms` at successive spans.
    fn holding(id: &str, text: &str, terms: &[&Term]) -> DocumentEntry {
        let terms = terms
            .iter()
            .enumerate()
            .map(|(i, t)| Term {
                span: [10 * i, 10 * i + 4],
                ..(*t).clone()
            })
            .collect();
        DocumentEntry {
            terms,
            ..copy_of(id, text, &[])
        }
    }

    /// The slogans indexed from documents given as (id, text, terms).
    fn slogans(docs: &[(&str, &str, &[&Term])]) -> Vec<String> {
        let mut index = Index::default();
        for (id, text, terms) in docs {
            index.add(holding(id, text, terms));
        }
        let found = index.terms(Category::Slogan);
        found.iter().map(|e| e.name.to_string()).collect()
    }

    #[test]
    fn a_name_typed_by_its_form_alone_needs_evidence_beyond_one_quotation() {
        let listed = |line: &str| crate::terms::parse_list(line).unwrap().remove(0);
        let plain = Term {
            quoted: true,
            ..listed("晨读夜跑 slogan")
        };
        let figure = Term {
            category: Category::Other,
            ..plain.clone()
        };
        let known = Term {
            known: true,
            ..plain.clone()
        };
        let jieba = jieba_rs::Jieba::new();
        let counted = crate::terms::classify("两个确立", &jieba);
        let years = Term {
            quoted: true,
            ..crate::terms::classify("十年守望", &jieba)
        };
        assert_eq!(years.n, Some(10));
        // Quoted once in one document, or in exact copies of it: no evidence.
        assert!(slogans(&[("a", "甲", &[&plain])]).is_empty());
        assert!(slogans(&[("a", "甲", &[&plain]), ("b", "甲 ", &[&plain])]).is_empty());
        // Two distinct documents, or one using it twice and never as a figure.
        let two = slogans(&[("a", "甲", &[&plain]), ("b", "乙", &[&plain])]);
        assert_eq!(two, ["晨读夜跑"]);
        assert_eq!(slogans(&[("a", "甲", &[&plain, &plain])]), ["晨读夜跑"]);
        assert!(slogans(&[("a", "甲", &[&plain, &figure])]).is_empty());
        // A span of time is no count: 十年守望 quoted once is a phrase (五年之约 is a
        // description before any count is read).
        assert!(slogans(&[("a", "甲", &[&years])]).is_empty());
        // A count, or the lexicon, is evidence of its own.
        assert_eq!(slogans(&[("a", "甲", &[&counted])]), ["两个确立"]);
        assert_eq!(slogans(&[("a", "甲", &[&known])]), ["晨读夜跑"]);
    }

    #[test]
    fn a_name_inside_a_longer_one_counts_as_a_mention() {
        let known = |line: &str| Term {
            known: true,
            ..crate::terms::parse_list(line).unwrap().remove(0)
        };
        let stem = known("乡村振兴 program");
        let longer = known("乡村振兴战略 program");
        let inside = Term {
            within: Some([0, 6]),
            ..stem.clone()
        };
        let mut index = Index::default();
        index.add(holding("a", "甲", &[&longer, &inside, &stem]));
        let counts: Vec<(&str, usize)> = index
            .terms(Category::Program)
            .iter()
            .map(|e| (e.name, e.count))
            .collect();
        assert_eq!(counts, [("乡村振兴", 2), ("乡村振兴战略", 1)]);
    }

    #[test]
    fn exact_copies_count_once_and_raw_counts_keep_them() {
        let mut index = Index::default();
        index.add(copy_of("a", "同一篇稿子", &[[0, 4]]));
        index.add(copy_of("a-copy", "同一 篇稿子\n", &[[0, 4]]));
        index.add(copy_of("b", "另一篇稿子", &[[0, 4], [5, 9]]));
        let e = &index.terms(Category::Program)[0];
        assert_eq!((e.count, e.document_count), (3, 2));
        assert_eq!((e.count_raw, e.document_count_raw), (4, 3));
        assert_eq!(e.documents.iter().count(), 3);
    }
}
