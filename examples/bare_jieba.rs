//! Bare jieba-rs segmentation over files, the floor that tifa's throughput is compared with.
//! Usage: cargo run --release --example bare_jieba -- FOLDER

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
