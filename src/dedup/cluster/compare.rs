//! How two texts compare as deduplication sees them: the measures, for people and bindings.

use super::super::digest::normalize;
use super::super::minhash::{intersection, jaccard, shingles, NEAR_SHINGLE};
use super::CONTAINMENT_SHINGLE;

/// How two texts compare as deduplication sees them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Similarity {
    /// Jaccard similarity of their 3-char shingle sets.
    pub jaccard: f64,
    /// Share of the shorter text's 5-char shingles found in the longer one.
    pub containment: f64,
}

/// Compares two texts with the measures that verify near-duplicates and truncated copies.
pub fn compare(a: &str, b: &str) -> Similarity {
    let (na, nb) = (normalize(a), normalize(b));
    let jaccard = jaccard(&shingles(&na, NEAR_SHINGLE), &shingles(&nb, NEAR_SHINGLE));
    let (small, large) = if na.len() <= nb.len() {
        (&na, &nb)
    } else {
        (&nb, &na)
    };
    let (ss, sl) = (
        shingles(small, CONTAINMENT_SHINGLE),
        shingles(large, CONTAINMENT_SHINGLE),
    );
    let containment = intersection(&ss, &sl) as f64 / ss.len().max(1) as f64;
    Similarity {
        jaccard,
        containment,
    }
}
