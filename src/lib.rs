//! tifa: clean, segment and analyze corpora of Chinese news and official text.
//!
//! Stages are modules with typed values between them: [`input`] gives
//! [`document::RawDocument`]s, [`clean`] turns them into [`document::CleanDocument`]s,
//! [`segment`] into [`document::SegmentedDocument`]s; [`pipeline`] runs them in parallel and
//! [`json`] writes the public JSON.
//!
//! # Examples
//!
//! Clean a text, split it into words, extract its numeric claims, find its repeated
//! paragraphs and compare it with a later version:
//!
//! ```
//! use tifa::clean::{clean, CleanOptions};
//! use tifa::dedup::{digest, find, DedupOptions, Digested};
//! use tifa::input::from_text;
//! use tifa::lexicon::Lexicon;
//!
//! let text = "全年粮食产量1.4万亿斤，增长1.6%。\n\n图片来源：新华社\n\n全年粮食产量1.4万亿斤，增长1.6%。\n";
//! let doc = clean(&from_text(text, "2024")?, &CleanOptions::default());
//! // The caption is removed, and recorded with its reason.
//! assert_eq!(doc.removals[0].reason.as_str(), "caption");
//! assert_eq!(doc.paragraphs.len(), 2);
//!
//! let lexicon = Lexicon::new(&[]);
//! let (words, terms) = tifa::segment::segment_terms(&lexicon, doc.clone());
//! assert!(words.tokens.len() > 5 && terms.is_empty());
//!
//! let claims = tifa::claims::extract(&doc, lexicon.jieba(), lexicon.compounds());
//! assert_eq!((claims[0].text.as_str(), claims[0].value), ("1.4万亿斤", 1.4e12));
//! assert_eq!(claims[1].unit, "%");
//!
//! let dedup = find(&Digested::of([digest(&doc)])?, &DedupOptions::default());
//! assert_eq!(dedup.clusters[0].members.len(), 2);
//!
//! let next = clean(&from_text("全年粮食产量1.5万亿斤，增长2%。\n", "2025")?, &CleanOptions::default());
//! let diff = tifa::diff::compare(&doc, &next, &lexicon);
//! assert_eq!(diff.claims.changed.len(), 2);
//! println!("{}", tifa::json::diff_line(&diff));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod analyze;
pub mod claims;
pub mod clean;
pub mod commands;
pub mod dedup;
pub mod diff;
pub mod document;
pub mod error;
pub(crate) mod html;
pub mod index;
pub mod input;
pub mod json;
pub mod learn;
pub mod lexicon;
pub mod memory;
pub mod output;
pub mod pipeline;
pub mod progress;
pub mod report;
pub mod segment;
pub mod summary;
pub mod table;
pub mod terminal;
pub mod terms;
pub(crate) mod vocabulary;
pub(crate) mod wordsets;

/// Version of the JSON written by every command.
pub const SCHEMA_VERSION: &str = "1.2";
