//! Term extraction and classification: no panic, spans within the text.
#![no_main]

#[path = "common/mod.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|text: &str| common::terms(text));
