//! The comparison of two versions: the input split in two (the first byte gives where), each
//! half read and cleaned as a text file, then compared and rendered.
#![no_main]

#[path = "common/mod.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| common::diff(bytes));
