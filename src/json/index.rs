//! The index files of `tifa index` and `tifa analyze`: `keywords.json`, and `programs.json`,
//! `slogans.json`, `documents.json` / `documents-cited.json` (terms). `crate::index` writes
//! them straight from the index; these types read them back.

use super::Text;
use crate::terms::Category;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `keywords.json`: the corpus keywords, best first.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KeywordIndexJson<'a> {
    /// The version of this schema.
    pub schema_version: Text<'a>,
    /// The keywords, best first.
    pub entries: Vec<KeywordEntryJson<'a>>,
}

/// A keyword across the corpus.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KeywordEntryJson<'a> {
    /// The word.
    pub word: Text<'a>,
    /// Its corpus weight (two decimals).
    pub score: f64,
    /// Documents holding the word, a group of exact copies counted once.
    pub document_frequency: usize,
    /// Documents holding the word, every copy counted.
    pub document_frequency_raw: usize,
    /// Occurrences, a group of exact copies counted once.
    pub count: u64,
    /// Ids of the documents where it weighs most (at most five).
    pub top_documents: Vec<Text<'a>>,
}

/// `programs.json`, `slogans.json`, `documents.json`: the terms of a category, most frequent
/// first.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TermIndexJson<'a> {
    /// The version of this schema.
    pub schema_version: Text<'a>,
    /// The terms, most frequent first.
    pub entries: Vec<TermEntryJson<'a>>,
}

/// A program, slogan or cited document across the corpus.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TermEntryJson<'a> {
    /// The most frequent spelling.
    pub name: Text<'a>,
    /// What the term is.
    pub category: Category,
    /// The number of a numbered framework (六项工程: 6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub n: Option<u32>,
    /// A code of letters and digits in the name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<Text<'a>>,
    /// The head word (工程 of 六项工程).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub head: Option<Text<'a>>,
    /// The kind of a cited document (意见, 条例, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_type: Option<Text<'a>>,
    /// Occurrences, a group of exact copies counted once.
    pub count: usize,
    /// Occurrences, every copy counted.
    pub count_raw: usize,
    /// Documents holding the term, a group of exact copies counted once.
    pub document_count: usize,
    /// Documents holding the term, every copy counted.
    pub document_count_raw: usize,
    /// The first document (in corpus order) holding it.
    pub first: Text<'a>,
    /// The last document holding it.
    pub last: Text<'a>,
    /// Each spelling and its occurrences.
    pub variants: BTreeMap<Text<'a>, usize>,
    /// Where it stands, document by document in corpus order.
    pub documents: Vec<TermPlacesJson<'a>>,
}

/// Where a term stands in one document.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TermPlacesJson<'a> {
    /// The document's id.
    pub doc: Text<'a>,
    /// `[start, end)` char spans in its cleaned text.
    pub spans: Vec<[u32; 2]>,
}
