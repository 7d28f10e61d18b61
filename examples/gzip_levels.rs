//! Size and time of the report's text chunks deflated at each level by zlib-rs (flate2), or by
//! libdeflate with `LIBDEFLATE=1` (issue 20, eleventh session): `gzip_levels FILE`, FILE
//! holding chunks as a 4-byte little-endian length and the bytes (the inflated chunks of a
//! report.html); `gzip_levels FILE 3 6` only levels 3 and 6. Instructions: run it under
//! `valgrind --tool=callgrind` one level at a time.

use flate2::{write::GzEncoder, Compression};
use std::io::Write;

fn main() {
    let path = std::env::args().nth(1).expect("a file of chunks");
    let data = std::fs::read(path).expect("readable");
    let mut chunks = Vec::new();
    let mut rest = &data[..];
    while rest.len() >= 4 {
        let n = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]) as usize;
        chunks.push(&rest[4..4 + n]);
        rest = &rest[4 + n..];
    }
    let total: usize = chunks.iter().map(|c| c.len()).sum();
    let mut levels: Vec<u32> = std::env::args()
        .skip(2)
        .filter_map(|a| a.parse().ok())
        .collect();
    if levels.is_empty() {
        levels = (1..=9).collect();
    }
    let libdeflate = std::env::var_os("LIBDEFLATE").is_some();
    for level in levels {
        if libdeflate {
            let start = std::time::Instant::now();
            let mut c = libdeflater::Compressor::new(
                libdeflater::CompressionLvl::new(level as i32).unwrap(),
            );
            let mut out = 0;
            for chunk in &chunks {
                let mut buf = vec![0; c.gzip_compress_bound(chunk.len())];
                out += c.gzip_compress(chunk, &mut buf).unwrap();
            }
            let secs = start.elapsed().as_secs_f64();
            println!(
                "libdeflate {level}: {out} bytes ({:.3}), {secs:.3} s",
                out as f64 / total as f64
            );
            continue;
        }
        let start = std::time::Instant::now();
        let mut out = 0;
        for c in &chunks {
            let mut gz = GzEncoder::new(Vec::new(), Compression::new(level));
            gz.write_all(c).expect("in memory");
            out += gz.finish().expect("in memory").len();
        }
        let secs = start.elapsed().as_secs_f64();
        println!(
            "level {level}: {out} bytes ({:.3} of {total}), {secs:.3} s, {:.1} MB/s",
            out as f64 / total as f64,
            total as f64 / secs / 1e6
        );
    }
}
