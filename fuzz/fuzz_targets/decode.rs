//! Decoding: encoding detection, line ends, the char-to-byte map, and the JSONL splitter.
#![no_main]

#[path = "common/mod.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| common::decode(bytes));
