//! tifa: clean, segment and analyze corpora of Chinese news and official text.
//!
//! Stages are modules with typed values between them: [`input`] gives
//! [`document::RawDocument`]s, [`clean`] turns them into [`document::CleanDocument`]s,
//! [`segment`] into [`document::SegmentedDocument`]s; [`pipeline`] runs them in parallel and
//! [`json`] writes the public JSON.

#![forbid(unsafe_code)]

pub mod analyze;
pub mod claims;
pub mod clean;
pub mod commands;
pub mod dedup;
pub mod diff;
pub mod document;
pub mod error;
pub mod html;
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

/// Version of the JSON written by every command.
pub const SCHEMA_VERSION: &str = "1.0";
