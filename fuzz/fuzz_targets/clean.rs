//! Cleaning: no panic, spans within the cleaned text, byte ranges within the source, and
//! cleaning the cleaned text again changes nothing.
#![no_main]

#[path = "common/mod.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| common::clean_input(bytes));
