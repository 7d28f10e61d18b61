//! Deduplication: repeated paragraphs (exact, near-duplicate, truncated copies), within and
//! across documents, near-duplicate documents, and a deduplicated corpus.

pub mod cluster;
pub mod digest;
pub mod distributed;
pub mod json;
pub mod minhash;
mod model;
mod records;
pub mod report;
pub mod templated;
pub mod texts;
pub mod write;

pub use cluster::{
    find, At, Cluster, Contained, CopySource, Dedup, DedupOptions, DocCluster, Keep, RepeatKind,
    Template,
};
pub use digest::{digest, Digested, Digests, DocDigest, Sentences, Signatures, UnitDigest};
