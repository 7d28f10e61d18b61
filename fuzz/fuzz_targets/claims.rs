//! The number scanner and claim context: no panic, claims well formed, intervals rising.
#![no_main]

#[path = "common/mod.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|text: &str| common::claims(text));
