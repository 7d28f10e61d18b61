//! Bare jieba-rs segmentation over files, the floor that tifa's throughput is compared with.
//! Usage: cargo run --release --example bare_jieba -- FOLDER
//!
//! `bare_jieba FOLDER tag` (or `cut`) runs jieba-rs's `tag` (or `cut`) once over the texts, hmm
//! on, after the posseg model's one-time load: under callgrind, what tagging costs over cutting
//! (benches/README.md, sixteenth session).

use std::time::Instant;

fn main() {
    let root = std::env::args().nth(1).expect("a folder");
    let texts: Vec<String> = walkdir::WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let jieba = jieba_rs::Jieba::new();
    if let Some(mode) = std::env::args().nth(2) {
        // The posseg model loads on the first guess of an unknown word: paid here in both modes.
        let warm = jieba.tag("阿斯蒂芬", true).len();
        let words: usize = match mode.as_str() {
            "tag" => texts.iter().map(|t| jieba.tag(t, true).len()).sum(),
            _ => texts.iter().map(|t| jieba.cut(t, true).len()).sum(),
        };
        println!("{mode}: {} texts, {words} words ({warm})", texts.len());
        return;
    }
    for hmm in [true, false] {
        let start = Instant::now();
        let tokens: usize = texts.iter().map(|t| jieba.cut(t, hmm).len()).sum();
        let secs = start.elapsed().as_secs_f64();
        println!(
            "hmm={hmm} docs={} bytes={bytes} tokens={tokens} {secs:.2}s {:.1} MB/s",
            texts.len(),
            bytes as f64 / 1e6 / secs
        );
    }
}
