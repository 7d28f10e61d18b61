//! Near-duplicate documents: identical normalized texts, or candidates whose Jaccard is high,
//! or whose smaller text lies mostly in the other (a truncated or edited repost).

use super::super::digest::{Digested, UnitDigest, MIN_EXACT_CHARS};
use super::super::minhash::{intersection, jaccard, shingles, Signature, LOOSE_BANDS, LOOSE_ROWS};
use super::super::templated::{SlotFinder, Vetoes};
use super::candidates::{band_keys, banded_pairs, bucket_pairs, could_contain};
use super::contained::{CONTAINMENT_SHINGLE, MIN_COPY_SHINGLES};
use super::credit::{follow_up, independent_writeups, other_authors, other_days};
use super::near::lead;
use super::short::{
    aligned_copy, excerpt, headlines, own_stretch, refilled_frame, short_pairs, written_apart,
    SHORT_DOCUMENT,
};
use super::{At, Contained, CopySource, Dedup, DedupOptions, DocCluster, RepeatKind};
use rustc_hash::FxHashMap;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::{Arc, Mutex};

/// Near-duplicate documents: identical normalized texts, or candidates (see
/// [`document_pairs`]) whose Jaccard is high, or whose smaller text lies mostly in the other
/// (in repeated paragraphs, or by its 5-char shingles: a truncated or edited repost); in no
/// order (see [`super::find`]).
pub(super) fn documents(
    docs: &Digested,
    dedup: &Dedup,
    opts: &DedupOptions,
    checks: (&SlotFinder, &Vetoes<u32>),
) -> Vec<DocCluster> {
    let clusters_of = paragraph_clusters(docs, dedup);
    let exact = exact_groups(docs);
    let reps: Vec<usize> = exact.iter().map(|g| g[0]).collect();
    let texts = DocTexts::new(docs);
    let leaders = near_reps(
        &texts,
        (&exact, &reps),
        (&clusters_of, &dedup.contained),
        opts,
        checks,
    );
    let held = |d: usize, lead: usize| {
        let shared = share(&clusters_of[d], &clusters_of[lead], docs[d].chars);
        shared.max(found_in(&texts.get(d).set, &texts.get(lead).set))
    };
    groups_clusters((&exact, &reps), leaders, held, false)
}

/// A document's text as documents are compared ([`doc_norm`]) and its 5-char shingle set.
struct DocText {
    norm: Vec<char>,
    set: Vec<u64>,
}

/// The documents' texts and shingle sets ([`DocText`]) as the documents stage reads them, each
/// made once and kept for the pairs and clusters the document is in, up to
/// [`DOC_TEXTS_BYTES`] (then all dropped and made again as they come: the stage's memory stays
/// bounded at any corpus size). Before, each was made again for every pair it was in.
struct DocTexts<'a> {
    docs: &'a Digested,
    made: Mutex<(FxHashMap<usize, Arc<DocText>>, usize)>,
}

/// Bytes of documents' texts and sets [`DocTexts`] keeps at most.
const DOC_TEXTS_BYTES: usize = 16 << 20;

impl<'a> DocTexts<'a> {
    fn new(docs: &'a Digested) -> Self {
        DocTexts {
            docs,
            made: Mutex::default(),
        }
    }

    /// Document `d`'s text and set: kept, or made (outside the lock) and kept.
    fn get(&self, d: usize) -> Arc<DocText> {
        if let Some(made) = self.made.lock().ok().and_then(|m| m.0.get(&d).cloned()) {
            return made;
        }
        let norm = doc_norm(self.docs, d);
        let set = shingles(&norm, CONTAINMENT_SHINGLE);
        let text = Arc::new(DocText { norm, set });
        let size = text.norm.len() * 4 + text.set.len() * 8;
        if let Ok(mut made) = self.made.lock() {
            let (map, bytes) = &mut *made;
            if *bytes + size > DOC_TEXTS_BYTES {
                map.clear();
                *bytes = 0;
            }
            if map.insert(d, Arc::clone(&text)).is_none() {
                *bytes += size;
            }
        }
        text
    }
}

/// The clusters of documents from their `exact` groups (each standing for its group by its
/// first, `reps`) and the leaders found among the reps: one cluster a leader with its
/// followers' groups, and one a group of exact copies outside them. `held(d, leader)`: how
/// much of member `d` the leader holds.
pub(super) fn groups_clusters(
    (exact, reps): (&[Vec<usize>], &[usize]),
    leaders: Vec<(usize, Vec<(usize, f64)>)>,
    held: impl Fn(usize, usize) -> f64,
    removed_lines: bool,
) -> Vec<DocCluster> {
    let mut out = Vec::new();
    let mut in_near = vec![false; reps.len()];
    for (leader, followers) in leaders {
        in_near[leader] = true;
        for &(r, _) in &followers {
            in_near[r] = true;
        }
        let lead_doc = reps[leader];
        let mut cluster = near_cluster(exact, leader, followers, |d| held(d, lead_doc));
        cluster.removed_lines = removed_lines;
        out.push(cluster);
    }
    for (r, group) in exact.iter().enumerate() {
        if group.len() > 1 && !in_near[r] {
            let members = group.iter().map(|&d| (d as u32, 1.0, 1.0)).collect();
            out.push(DocCluster {
                kind: RepeatKind::Exact,
                members,
                canonical: 0,
                removed_lines,
            });
        }
    }
    out
}

/// The paragraph clusters a document's paragraphs belong to, each with the paragraph's chars.
type ParagraphClusters = Vec<(usize, u32)>;

/// Which clusters each document's paragraphs belong to, with their chars.
fn paragraph_clusters(docs: &Digested, dedup: &Dedup) -> Vec<ParagraphClusters> {
    let mut clusters_of: Vec<ParagraphClusters> = vec![Vec::new(); docs.len()];
    for (c, cluster) in dedup.clusters.iter().enumerate() {
        for m in &cluster.members {
            let u = &docs[m.at.doc as usize].units[m.at.unit as usize];
            if u.paragraph.is_some() {
                clusters_of[m.at.doc as usize].push((c, u.span.get().len() as u32));
            }
        }
    }
    clusters_of
}

/// Documents long enough grouped by their normalized text's key, groups in order of their
/// first document.
fn exact_groups(docs: &Digested) -> Vec<Vec<usize>> {
    let mut by_key: HashMap<u64, Vec<usize>> = HashMap::new();
    for (d, doc) in docs.iter().enumerate() {
        if doc.norm_len >= MIN_EXACT_CHARS {
            by_key.entry(doc.key).or_default().push(d);
        }
    }
    let mut exact: Vec<Vec<usize>> = by_key.into_values().collect();
    exact.sort();
    exact
}

/// A document's normalized paragraphs as one text, each paragraph's text once ([`compared`]).
fn doc_norm(docs: &Digested, d: usize) -> Vec<char> {
    compared_units(docs, d).flat_map(|u| docs.norm(u)).collect()
}

/// Normalized chars of a document's text as documents are compared ([`doc_norm`]).
fn doc_norm_len(docs: &Digested, d: usize) -> u32 {
    compared_units(docs, d).map(|u| u.norm_len).sum()
}

/// The units of a document's text as documents are compared ([`compared`]).
fn compared_units(docs: &Digested, d: usize) -> impl Iterator<Item = &UnitDigest> {
    let units = &docs[d].units;
    let keep = compared(units.iter().map(|u| (u.paragraph.is_some(), u.key)));
    (units.iter().zip(keep)).filter_map(|(u, k)| k.then_some(u))
}

/// Which units (whether a paragraph, exact key) make a document's text as documents are
/// compared: its paragraphs, each text once, where it first stands. A page scraped with its
/// body repeated is the body once (the raw scrapes of the government reports hold theirs five
/// or six times: as a text 2–6 times the report's length, a copy of it is neither near in
/// length nor aligned word for word, where its set of shingles is the report's).
pub(in crate::dedup) fn compared(units: impl Iterator<Item = (bool, u64)>) -> Vec<bool> {
    let mut seen = HashSet::new();
    units
        .map(|(paragraph, key)| paragraph && seen.insert(key))
        .collect()
}

/// Leader clustering of the document reps (one a group of exact copies): candidates from
/// [`document_pairs`], linked when their Jaccard is high or the smaller lies mostly in the
/// other, unless they differ in their facts.
fn near_reps(
    texts: &DocTexts,
    (exact, reps): (&[Vec<usize>], &[usize]),
    (clusters_of, contained): (&[ParagraphClusters], &[Contained]),
    opts: &DedupOptions,
    (facts, templated): (&SlotFinder, &Vetoes<u32>),
) -> Vec<(usize, Vec<(usize, f64)>)> {
    let docs = texts.docs;
    let rep_at: Vec<At> = reps
        .iter()
        .map(|&d| At {
            doc: d as u32,
            unit: 0,
        })
        .collect();
    let doc_sigs = docs.doc_signatures();
    let signed: Vec<(u32, &Signature)> = reps
        .iter()
        .enumerate()
        .filter_map(|(r, &d)| doc_sigs.get(docs[d].sig).map(|s| (r as u32, s)))
        .collect();
    let lens: Vec<u32> = reps.iter().map(|&d| doc_norm_len(docs, d)).collect();
    let mut pairs = document_pairs(&signed, &lens, opts, &rep_at);
    let short: Vec<(u32, Vec<char>)> = (reps.iter().enumerate())
        .filter(|&(r, _)| (lens[r] as usize) < SHORT_DOCUMENT)
        .map(|(r, &d)| (r as u32, doc_norm(docs, d)))
        .collect();
    pairs.extend(short_pairs(&short, opts.bucket_cap, &rep_at));
    let lopsided = |&(a, b): &(u32, u32)| {
        let (a, b) = (lens[a as usize], lens[b as usize]);
        (a.min(b) as f64) < MIN_COPY_OF_SOURCE * a.max(b) as f64
    };
    pairs.extend(
        contained_pairs(exact, contained)
            .into_iter()
            .filter(lopsided),
    );
    radsort::sort_by_key(&mut pairs, |&p| p);
    pairs.dedup();
    let prepare = |a: usize| texts.get(reps[a]);
    lead(reps.len(), &pairs, prepare, |ta, a, b| {
        let (da, db) = (reps[a], reps[b]);
        let tb = texts.get(db);
        let (na, nb, sa, sb) = (&ta.norm[..], &tb.norm[..], &ta.set, &tb.set);
        let j = jaccard(sa, sb);
        let small = if docs[da].chars <= docs[db].chars {
            (da, db)
        } else {
            (db, da)
        };
        let shared = share(
            &clusters_of[small.0],
            &clusters_of[small.1],
            docs[small.0].chars,
        );
        let covered = covered_share(sa, sb);
        // Headlines are copies only when identical (an exact group): reported if templated.
        let headline = headlines(na, nb);
        // A template is reported before the datelines are read: its members are dated apart.
        documents_linked((na, nb), (j, shared, covered), opts)
            .then(|| {
                let pair = ((da as u32, na), (db as u32, nb));
                templated.unless(facts, pair, j, headline)
            })
            .flatten()
            .filter(|_| !linked_apart(na, nb, j, opts))
    })
}

/// Candidate pairs of document reps (indices into `exact`, each pair in order) whose
/// paragraphs hold a truncated copy and its source (`contained`): a short repost cut from the
/// first screens of a story shares too few shingles with the whole story to share a band of
/// their signatures (a tenth of it has a Jaccard near 0.1), while its paragraph is found
/// inside the story's. Verified like every candidate ([`documents_linked`]); the caller keeps
/// the pairs whose smaller is under [`MIN_COPY_OF_SOURCE`] of the other (the excerpts the
/// bands miss; above it the loose bands find the copies, and each pair costs a comparison).
fn contained_pairs(exact: &[Vec<usize>], contained: &[Contained]) -> Vec<(u32, u32)> {
    let mut rep_of: HashMap<usize, u32> = HashMap::new();
    for (r, group) in exact.iter().enumerate() {
        for &d in group {
            rep_of.insert(d, r as u32);
        }
    }
    (contained.iter())
        .filter_map(|c| {
            let source = match c.source {
                CopySource::Unit(at) => at.doc,
                CopySource::Passage { doc, .. } => doc,
            };
            let a = *rep_of.get(&(c.copy.doc as usize))?;
            let b = *rep_of.get(&(source as usize))?;
            (a != b).then(|| (a.min(b), a.max(b)))
        })
        .collect()
}

/// Whether two documents (normalized texts) are one story copied, before the word-level
/// check, by their Jaccard `j`, the `shared` share of the smaller in repeated paragraphs and
/// the share `covered` of its 5-char shingles in the other: a high Jaccard, an edited copy
/// aligned ([`aligned_copy`]), or the smaller mostly inside the other when it makes at least
/// [`MIN_COPY_OF_SOURCE`] of it, or, however small, whole and in one piece near the other's
/// start ([`excerpt`]: the first screens of a long story); the last three unless the smaller is only partly in a longer
/// text of its own ([`quoted`]); never two write-ups credited to other outlets and
/// reporters ([`independent_writeups`]). A pair it links is still refused, after the
/// word-level check, when the two are dated on other days or a short frame filled with another
/// clause ([`linked_apart`]).
pub(in crate::dedup) fn documents_linked(
    (na, nb): (&[char], &[char]),
    (j, shared, covered): (f64, f64, f64),
    opts: &DedupOptions,
) -> bool {
    let (short, long) = (na.len().min(nb.len()), na.len().max(nb.len()));
    let whole = short as f64 >= MIN_COPY_OF_SOURCE * long as f64;
    (j >= opts.document_threshold
        || (((whole && (shared >= opts.containment || covered >= opts.containment))
            || aligned_copy(na, nb, covered)
            || (covered >= opts.containment && excerpt(na, nb)))
            && !quoted(na, nb, covered)))
        && !independent_writeups(na, nb)
}

/// Whether two documents the measures ([`documents_linked`]) and the word-level check would
/// link are still two documents: dated on other days ([`other_days`]), credited to other
/// reporters or outlets ([`other_authors`], twentieth session), the longer a follow-up that
/// quotes the shorter under a lead of a later event ([`follow_up`], twenty-first session), or,
/// unless their Jaccard links them, a short frame filled with another clause ([`refilled_frame`]: a call for letters
/// on another topic, a treaty with another country) or two write-ups with sentences of their
/// own between the passages they share ([`written_apart`], seventeenth session). Read after the
/// word-level check, so that a template's members are still reported in `templated_documents`;
/// the CLI ([`documents`]) and the Spark document verdict (`dedup::distributed`) both call it.
pub(in crate::dedup) fn linked_apart(
    na: &[char],
    nb: &[char],
    j: f64,
    opts: &DedupOptions,
) -> bool {
    other_days(na, nb)
        || other_authors(na, nb)
        || follow_up(na, nb)
        || (j < opts.document_threshold && (refilled_frame(na, nb) || written_apart(na, nb)))
}

/// Whether the smaller of two documents is a story quoted, not copied, in the longer: the
/// longer holds a stretch of text of its own, before or between the passages they share,
/// of at least [`OWN_STRETCH`] of it (an intro, a commentary, other news), or such text
/// between the passages makes at least [`OWN_TEXT`] of it in all (a follow-up that quotes
/// the story passage by passage between text of its own), and the smaller is not whole in
/// it (under [`WHOLE_COPY`] of its 5-char shingles: the quoting article edited the quote's
/// lead, dateline or ending). A repost rewrites a lead or a headline, cuts the story's tail
/// (text after the last shared passage is not counted), or is an excerpt, whole in its
/// source.
fn quoted(na: &[char], nb: &[char], covered: f64) -> bool {
    let (short, long) = if na.len() <= nb.len() {
        (na, nb)
    } else {
        (nb, na)
    };
    if covered >= WHOLE_COPY {
        return false;
    }
    let (longest, total) = own_stretch(short, long);
    let len = long.len() as f64;
    longest >= OWN_STRETCH * len || total >= OWN_TEXT * len
}

/// Share of the longer text a stretch of its own makes in a story quoted in it (see
/// [`quoted`]): in the labelled pairs, edited and truncated reposts not whole in their source
/// hold at most 0.35 (a rewritten lead, an added paragraph); articles quoting a story 0.42–0.77.
const OWN_STRETCH: f64 = 0.4;
/// Share of the longer text its own stretches make together, before its last passage shared
/// with a story quoted in it (see [`quoted`]): the edited reposts the labelled sets link hold
/// at most 0.46 (a lead and words rewritten throughout), the follow-ups and second write-ups
/// they link 0.47–0.75 (raw texts, `docs/dedup.md`, eleventh session): the edited-copy rule's
/// half of the longer ([`super::short`]), counted before the tail a truncation cuts.
const OWN_TEXT: f64 = 0.5;
/// Share of its 5-char shingles a document whole in another has there: a truncated repost
/// or an excerpt (0.95–1.0 in the labelled pairs).
const WHOLE_COPY: f64 = 0.95;

/// Least share of its source's normalized chars a document found inside it is (by its
/// paragraphs or its shingles): a truncated repost is the first screens of its story (a
/// third of it or more in the labelled Sina pairs), while a letter, notice or obituary
/// quoted whole in a report on it is a small part of an article about other things too
/// (a seventh or less in the held-out pairs).
const MIN_COPY_OF_SOURCE: f64 = 0.25;

/// The cluster of a leading rep and its followers (with their Jaccard), each standing for
/// its group of `exact` copies; a member's share is how much of it the leader holds (`held`).
fn near_cluster(
    exact: &[Vec<usize>],
    leader: usize,
    followers: Vec<(usize, f64)>,
    held: impl Fn(usize) -> f64,
) -> DocCluster {
    let lead_doc = exact[leader][0];
    let mut members = Vec::new();
    for (r, j) in std::iter::once((leader, 1.0)).chain(followers) {
        members.extend(exact[r].iter().map(|&d| {
            let shared = if d == lead_doc { 1.0 } else { held(d) };
            (d as u32, j, shared)
        }));
    }
    members.sort_by_key(|m| m.0);
    let canonical = members
        .iter()
        .position(|m| m.0 as usize == lead_doc)
        .unwrap_or(0);
    DocCluster {
        kind: RepeatKind::Near,
        members,
        canonical,
        removed_lines: false,
    }
}

/// Share of `a`'s shingles found in `b` (how much of a document its group's leader holds).
pub(in crate::dedup) fn found_in(a: &[u64], b: &[u64]) -> f64 {
    intersection(a, b) as f64 / a.len().max(1) as f64
}

/// Whether two documents `(normalized length, signature)` sharing a loose band could be one
/// mostly inside the other (the shorter in the longer; see [`could_contain`]).
pub(in crate::dedup) fn could_contain_either(
    a: (u32, Option<&Signature>),
    b: (u32, Option<&Signature>),
    containment: f64,
) -> bool {
    let (small, large) = if a.0 <= b.0 { (a, b) } else { (b, a) };
    could_contain((small.1, small.0), (large.1, large.0), containment)
}

/// Share of the smaller shingle set found in the larger: how much of a truncated or edited
/// copy its source holds; 0 when the smaller has under [`MIN_COPY_SHINGLES`].
pub(in crate::dedup) fn covered_share(a: &[u64], b: &[u64]) -> f64 {
    let small = a.len().min(b.len());
    if small < MIN_COPY_SHINGLES {
        return 0.0;
    }
    intersection(a, b) as f64 / small as f64
}

/// Candidate pairs of document reps: a shared LSH band (near-duplicates), or a shared loose
/// band when the signatures leave room for one text to lie mostly inside the other (a
/// truncated repost, or one whose headline or lead was rewritten: their Jaccard can be far
/// below the threshold while the copy is whole in its source).
fn document_pairs(
    signed: &[(u32, &Signature)],
    lens: &[u32],
    opts: &DedupOptions,
    reps: &[At],
) -> Vec<(u32, u32)> {
    let mut pairs = banded_pairs(signed, opts.bucket_cap, reps, &mut Vec::new());
    let mut sig_of: Vec<Option<&Signature>> = vec![None; lens.len()];
    for &(r, sig) in signed {
        sig_of[r as usize] = Some(sig);
    }
    let keys = |b: usize, out: &mut Vec<(u64, u32)>| band_keys(signed, b, LOOSE_ROWS, out);
    let info = |r: usize| (lens[r], sig_of[r]);
    let plausible = |a: (u32, Option<&Signature>), b: (u32, Option<&Signature>)| {
        could_contain_either(a, b, opts.containment)
    };
    let loose = bucket_pairs(
        LOOSE_BANDS,
        keys,
        info,
        plausible,
        opts.bucket_cap,
        reps,
        &mut Vec::new(),
    );
    pairs.extend(loose);
    radsort::sort_by_key(&mut pairs, |&p| p);
    pairs.dedup();
    pairs
}

/// Share of a document's `chars` in its paragraphs (cluster, chars) whose clusters `theirs`
/// (another document's paragraphs) has too.
pub(in crate::dedup) fn share<C: Ord + Copy>(
    ours: &[(C, u32)],
    theirs: &[(C, u32)],
    chars: usize,
) -> f64 {
    let theirs: BTreeSet<C> = theirs.iter().map(|&(c, _)| c).collect();
    let repeated: u32 = (ours.iter())
        .filter(|(c, _)| theirs.contains(c))
        .map(|&(_, n)| n)
        .sum();
    repeated as f64 / chars.max(1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_documents_text_and_set_are_made_once_as_they_were_made_for_each_pair() {
        let docs = super::super::tests::digested(&[
            "市交通运输局今天发布消息，全市新开通公交线路十二条。\n\n新线路采用新能源车辆运营。",
            "今年以来，全省农业农村系统扎实推进高标准农田建设。",
        ]);
        let texts = DocTexts::new(&docs);
        for d in 0..docs.len() {
            let made = texts.get(d);
            assert_eq!(made.norm, doc_norm(&docs, d));
            assert_eq!(made.set, shingles(&doc_norm(&docs, d), CONTAINMENT_SHINGLE));
            assert!(Arc::ptr_eq(&made, &texts.get(d)));
        }
    }

    #[test]
    fn documents_holding_a_truncated_paragraph_and_its_source_are_candidates() {
        // Documents 0 and 2 are one exact group (rep 0), 1 and 3 are groups of their own.
        let exact = vec![vec![0, 2], vec![1], vec![3]];
        let at = |doc: u32, unit: u32| At { doc, unit };
        let held = |copy: At, source: CopySource| Contained {
            copy,
            source,
            covers_copy: 0.9,
            covers_source: None,
        };
        let contained = [
            // A copy in document 3 of a paragraph of document 2: reps 2 and 0.
            held(at(3, 1), CopySource::Unit(at(2, 0))),
            // Within one document, or within one exact group: no pair.
            held(at(1, 2), CopySource::Unit(at(1, 0))),
            held(at(0, 1), CopySource::Unit(at(2, 3))),
            held(
                at(1, 4),
                CopySource::Passage {
                    doc: 1,
                    first: 0,
                    last: 1,
                    span: crate::document::Span::default(),
                },
            ),
        ];
        assert_eq!(contained_pairs(&exact, &contained), vec![(0, 2)]);
    }

    #[test]
    fn a_document_is_compared_by_each_paragraph_text_once() {
        // Paragraphs 1, 2, 1 again, a removed line, 3, 2 again.
        let units = [
            (true, 1),
            (true, 2),
            (true, 1),
            (false, 9),
            (true, 3),
            (true, 2),
        ];
        assert_eq!(
            compared(units.into_iter()),
            [true, true, false, false, true, false]
        );
    }

    #[test]
    fn write_ups_by_other_reporters_are_not_linked_at_any_jaccard() {
        let opts = DedupOptions::default();
        let norm = crate::dedup::digest::normalize;
        let notice = "市发改委公布新的停车收费标准，自4月起对中心城区的路内停车实行分时段收费。";
        let zhao = norm(&format!("停车收费将调整\n记者 赵明远\n{notice}"));
        let bao = norm(&format!("停车新规\n记者 包春华\n{notice}"));
        assert!(linked_apart(&zhao, &bao, 0.8, &opts));
        // The same reporter's text reposted under another headline stays a copy.
        let repost = norm(&format!("新规来了\n记者 赵明远\n{notice}"));
        assert!(!linked_apart(&zhao, &repost, 0.8, &opts));
    }

    #[test]
    fn two_write_ups_with_sentences_of_their_own_between_shared_quotes_are_not_copies() {
        let opts = DedupOptions::default();
        let norm = crate::dedup::digest::normalize;
        let (a, b, c) = (
            "本场比赛主队凭借下半场的连续进球以三比一战胜客队，",
            "主教练赛后表示球队在防守端的专注是取胜的关键，",
            "这场胜利让主队以二十六分的积分重回积分榜第二位。",
        );
        let other = format!(
            "{a}{b}{c}下一轮比赛主队将在客场挑战排名垫底的球队，\
             俱乐部表示伤愈的主力后卫有望在那场比赛中复出，门票已于昨日开始发售。\
             据统计，本赛季主队的主场上座率位居联赛前列，场均观众超过三万人。"
        );
        // Another reporter's write-up: the score, the coach's words and the table shared, a
        // sentence of its own between each of them.
        let own = format!(
            "{a}记者在现场看到，看台上的球迷从开场起就不停地挥舞着旗帜，{b}\
             替补登场的小将两次突破制造了点球，成为全场最受关注的球员，{c}"
        );
        assert!(linked_apart(&norm(&own), &norm(&other), 0.4, &opts));
        // Linked by a Jaccard of 0.7: not read.
        assert!(!linked_apart(&norm(&own), &norm(&other), 0.7, &opts));
        // A repost under a lead of its own, cut before the other's tail: a copy.
        let repost = format!("据本报消息，{a}{b}{c}");
        assert!(!linked_apart(&norm(&repost), &norm(&other), 0.4, &opts));
        // Words changed here and there inside a repost are no sentence of its own.
        let edited = format!("{a}主教练赛后说球队在防守端的专注是取胜的关键，{c}");
        assert!(!linked_apart(&norm(&edited), &norm(&other), 0.4, &opts));
    }

    #[test]
    fn a_story_quoted_in_a_much_longer_one_is_not_its_copy() {
        let opts = DedupOptions::default();
        // Distinct chars, so that no alignment links the texts by itself.
        let text = |from: u32, n: u32| -> Vec<char> {
            (from..from + n)
                .filter_map(|c| char::from_u32(0x4e00 + c))
                .collect()
        };
        let long = text(0, 1000);
        // Wholly inside (shingles covered): the first screens, a third of the story.
        assert!(documents_linked(
            (&long[..300], &long[..]),
            (0.3, 0.0, 1.0),
            &opts
        ));
        // A notice a tenth of the article quoting it.
        assert!(!documents_linked(
            (&long[400..500], &long[..]),
            (0.1, 0.0, 1.0),
            &opts
        ));
        assert!(!documents_linked(
            (&long[400..500], &long[..]),
            (0.1, 1.0, 0.0),
            &opts
        ));
        // A story quoted, edited, after an intro of the article's own: not its copy; the same
        // story before the rest of its source (a truncated repost), or under a short new lead, is.
        let story = text(0, 300);
        let intro = text(2000, 250);
        let article: Vec<char> = intro.iter().chain(&story).copied().collect();
        assert!(!documents_linked(
            (&story, &article),
            (0.5, 0.0, 0.85),
            &opts
        ));
        let source: Vec<char> = story.iter().chain(&intro).copied().collect();
        assert!(documents_linked((&story, &source), (0.5, 0.0, 0.85), &opts));
        let lead: Vec<char> = intro[..50].iter().chain(&story).copied().collect();
        assert!(documents_linked((&story, &lead), (0.5, 0.0, 0.85), &opts));
        // A follow-up quoting the story passage by passage, each under a comment of its own
        // (no single stretch 40% of it, half of it in all): not its copy; a repost with its lead
        // and a few sentences rewritten between the same passages is.
        let part = |i: u32| text(i * 100, 100);
        let between = |own: u32| -> Vec<char> {
            (0..3)
                .flat_map(|i| text(3000 + i * 200, own).into_iter().chain(part(i)))
                .collect()
        };
        assert!(!documents_linked(
            (&story, &between(100)),
            (0.4, 0.0, 0.85),
            &opts
        ));
        assert!(documents_linked(
            (&story, &between(40)),
            (0.6, 0.0, 0.85),
            &opts
        ));
        // An excerpt a fifth of its source, whole and in one piece near its start (the first
        // screens, a list printed again on its own): a copy; the same text a tenth of its
        // source, or quoted at the end of a longer one, or in two pieces with text of the
        // source's own between them, is not.
        for (range, copy) in [(50..250, true), (0..100, true), (700..900, false)] {
            let linked = documents_linked((&long[range.clone()], &long), (0.2, 0.0, 1.0), &opts);
            assert_eq!(linked, copy, "{range:?}");
        }
        let pieces: Vec<char> = long[50..150]
            .iter()
            .chain(&long[250..350])
            .copied()
            .collect();
        assert!(!documents_linked(
            (&pieces, &long[..]),
            (0.2, 0.0, 1.0),
            &opts
        ));
        // Whole in the article (an excerpt): a copy.
        assert!(documents_linked((&story, &article), (0.5, 0.0, 1.0), &opts));
        // A high Jaccard links whatever the sizes.
        assert!(documents_linked(
            (&text(0, 10), &text(0, 50)),
            (0.9, 0.0, 0.0),
            &opts
        ));
    }
}
