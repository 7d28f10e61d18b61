//! Criterion benches per stage (clean, segment, terms, claims, CSV tables, dedup signatures
//! and clusters), the per-document pass of `tifa analyze` end to end and bare jieba-rs, over
//! real text: the People's Daily articles of `../shared/corpora` when present
//! (TIFA_BENCH_DIR overrides), else the embedded `corpus/`. Throughput is reported in bytes of
//! input (MB/s).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::PathBuf;
use tifa::clean::{clean, CleanOptions};
use tifa::dedup::{digest, find, DedupOptions, Digested};
use tifa::document::RawDocument;
use tifa::input::{collect_sources, read_source, InputOptions};
use tifa::lexicon::Lexicon;
use tifa::segment::{segment, segment_terms};

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn corpus() -> Vec<RawDocument> {
    let dir = std::env::var_os("TIFA_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let shared = PathBuf::from("../shared/corpora/news/peoples-daily-2023h2");
            if shared.is_dir() {
                shared
            } else {
                PathBuf::from("corpus")
            }
        });
    let (sources, _) = collect_sources(&[dir]);
    let opts = InputOptions::default();
    sources
        .iter()
        .flat_map(|s| read_source(s, &opts).documents)
        .collect()
}

fn stages(c: &mut Criterion) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(|d| d.bytes_in).sum();
    let opts = CleanOptions::default();
    let jieba = &jieba_rs::Jieba::new();
    let cleaned: Vec<_> = docs.iter().map(|d| clean(d, &opts)).collect();
    let mut group = c.benchmark_group("stages");
    group
        .sample_size(10)
        .throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("clean", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| clean(d, &opts).text.len())
                .sum::<usize>()
        })
    });
    group.bench_function("segment", |b| {
        b.iter(|| {
            cleaned
                .iter()
                .map(|d| segment(d.clone(), jieba, &[]).tokens.len())
                .sum::<usize>()
        })
    });
    let lexicon = Lexicon::new(&[]);
    group.bench_function("terms", |b| {
        b.iter(|| {
            cleaned
                .iter()
                .map(|d| {
                    tifa::terms::extract(
                        d,
                        lexicon.finder(),
                        lexicon.tagger(),
                        Some(lexicon.quote_model()),
                    )
                    .len()
                })
                .sum::<usize>()
        })
    });
    group.bench_function("clean+terms+segment", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| segment_terms(&lexicon, clean(d, &opts)).0.tokens.len())
                .sum::<usize>()
        })
    });
    group.bench_function("claims", |b| {
        b.iter(|| {
            cleaned
                .iter()
                .map(|d| tifa::claims::extract(d, lexicon.jieba(), lexicon.compounds()).len())
                .sum::<usize>()
        })
    });
    // What `analyze`'s workers do for a document, but for its CSV rows and report view.
    group.bench_function("documents_pass", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| {
                    let (seg, terms) = segment_terms(&lexicon, clean(d, &opts));
                    let units = digest(&seg.doc).units.len();
                    let claims =
                        tifa::claims::extract(&seg.doc, lexicon.jieba(), lexicon.compounds()).len();
                    let lines = tifa::json::clean_line(&seg.doc).len()
                        + tifa::json::terms_line(&seg.doc.id, &terms).len();
                    units + claims + lines
                })
                .sum::<usize>()
        })
    });
    // The CSV rows of `claims.csv` and `terms.csv` (the claims and terms found beforehand).
    let found: Vec<_> = cleaned
        .iter()
        .map(|d| {
            let terms = tifa::terms::extract(
                d,
                lexicon.finder(),
                lexicon.tagger(),
                Some(lexicon.quote_model()),
            );
            (
                tifa::claims::extract(d, lexicon.jieba(), lexicon.compounds()),
                terms,
            )
        })
        .collect();
    group.bench_function("tables", |b| {
        b.iter(|| {
            cleaned
                .iter()
                .zip(&found)
                .map(|(d, (claims, terms))| {
                    tifa::table::claim_rows(d, claims).len()
                        + tifa::table::term_rows(d, terms).len()
                })
                .sum::<usize>()
        })
    });
    group.bench_function("dedup_digest", |b| {
        b.iter(|| cleaned.iter().map(|d| digest(d).units.len()).sum::<usize>())
    });
    let digests = Digested::of(cleaned.iter().map(digest)).expect("temporary file");
    group.bench_function("dedup_find", |b| {
        b.iter(|| find(&digests, &DedupOptions::default()).clusters.len())
    });
    group.bench_function("bare_jieba_cut", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| jieba.cut(&d.decoded.text, true).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
