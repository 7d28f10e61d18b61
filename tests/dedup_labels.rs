//! Deduplication judged against pairs of real news labelled by reading them
//! (`tests/fixtures/dedup_labels/sina-2018.jsonl`: ids of `sina-2018.jsonl` documents, whether
//! they are one story copied, and how the copy differs or why it is not one; never the text).
//! The texts are read from `../shared/corpora` at test time; the test skips when it is absent.
//!
//! Every labelled document goes through clean → digest → find once, as one corpus, with
//! default options; a pair is judged a duplicate when tifa puts both documents in one
//! document cluster. The figures are printed per kind (`cargo test --release --test
//! dedup_labels -- --nocapture`) and documented in `docs/dedup.md`.

mod common;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use tifa::clean::{clean, CleanOptions};
use tifa::dedup::{digest, find, Dedup, DedupOptions, Digested};
use tifa::input::{read_bytes, InputOptions};

const LABELS: &str = "tests/fixtures/dedup_labels/sina-2018.jsonl";

/// One labelled pair: document ids, the truth, and its kind.
struct Label {
    a: String,
    b: String,
    duplicate: bool,
    kind: String,
}

fn labels() -> Vec<Label> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(LABELS);
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let s = |k: &str| v[k].as_str().unwrap().to_string();
            Label {
                a: s("a"),
                b: s("b"),
                duplicate: v["duplicate"].as_bool().unwrap(),
                kind: s("kind"),
            }
        })
        .collect()
}

/// The JSONL lines of the labelled documents, in corpus order, with their ids.
fn documents(corpus: &Path, wanted: &[&str]) -> (Vec<u8>, Vec<String>) {
    let text = std::fs::read_to_string(corpus).unwrap();
    let (mut lines, mut ids) = (Vec::new(), Vec::new());
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let id = v["id"].as_str().unwrap();
        if wanted.contains(&id) {
            lines.extend_from_slice(line.as_bytes());
            lines.push(b'\n');
            ids.push(id.to_string());
        }
    }
    (lines, ids)
}

/// Reads, cleans, digests and deduplicates JSONL documents with default options.
fn dedup(jsonl: &[u8]) -> Dedup {
    let read = read_bytes(
        jsonl,
        Path::new("pairs.jsonl"),
        "pairs",
        &InputOptions::default(),
    );
    let digests = (read.documents.iter()).map(|d| digest(&clean(d, &CleanOptions::default())));
    find(&Digested::of(digests).unwrap(), &DedupOptions::default())
}

/// Document index → its document cluster, if any.
fn clusters(found: &Dedup) -> HashMap<u32, usize> {
    let mut of = HashMap::new();
    for (c, cluster) in found.documents.iter().enumerate() {
        for m in &cluster.members {
            of.insert(m.0, c);
        }
    }
    of
}

#[test]
fn labelled_sina_pairs() {
    let Some(corpora) = common::corpora() else {
        return;
    };
    let labels = labels();
    let mut wanted: Vec<&str> = labels
        .iter()
        .flat_map(|l| [l.a.as_str(), l.b.as_str()])
        .collect();
    wanted.sort_unstable();
    wanted.dedup();
    let (jsonl, ids) = documents(&corpora.join("news/sina-2018.jsonl"), &wanted);
    assert_eq!(
        ids.len(),
        wanted.len(),
        "every labelled id is in the corpus"
    );
    let of = clusters(&dedup(&jsonl));
    let index: HashMap<&str, u32> = (ids.iter().enumerate())
        .map(|(i, id)| (id.as_str(), i as u32))
        .collect();
    // Per kind: pairs, pairs judged duplicates.
    let mut kinds: BTreeMap<(bool, String), (usize, usize)> = BTreeMap::new();
    for l in &labels {
        let (a, b) = (index[l.a.as_str()], index[l.b.as_str()]);
        let linked = of.contains_key(&a) && of.get(&a) == of.get(&b);
        let row = kinds.entry((l.duplicate, l.kind.clone())).or_default();
        row.0 += 1;
        row.1 += usize::from(linked);
        if linked != l.duplicate {
            println!("wrong: {} {} ({})", l.a, l.b, l.kind);
        }
    }
    let (precision, recall) = report(&kinds);
    // Reached: precision 0.991 (a cast announcement filled with two foreign names jieba does
    // not tag), recall 0.973 (0.982 before short documents were copies only when identical:
    // a one-sentence snippet under a source tag; old document rule: recall 0.839).
    assert!(precision >= 0.97, "precision {precision:.3}");
    assert!(recall >= 0.95, "recall {recall:.3}");
}

/// Prints recall per kind of duplicates and the share linked per kind of non-duplicates;
/// returns precision and recall over all pairs.
fn report(kinds: &BTreeMap<(bool, String), (usize, usize)>) -> (f64, f64) {
    let (mut tp, mut fp, mut positives) = (0, 0, 0);
    for ((duplicate, kind), &(n, linked)) in kinds {
        let what = if *duplicate { "recall" } else { "linked" };
        println!(
            "{kind:<20} {n:>4} pairs, {what} {:.3}",
            linked as f64 / n as f64
        );
        if *duplicate {
            (tp, positives) = (tp + linked, positives + n);
        } else {
            fp += linked;
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / positives.max(1) as f64;
    println!("all: precision {precision:.3}, recall {recall:.3} ({tp} of {positives}; {fp} false)");
    (precision, recall)
}

/// The Sohu 2021 text-matching pairs (label 1: same topic, not a copy): the positives that are
/// copies (`tests/fixtures/dedup_labels/sohu2021.jsonl`: identical, contained, edited, edited
/// headlines; what counts as a copy: `docs/dedup.md`) against
/// every negative and the positives that fill one template with other facts. Each pair is
/// deduplicated on its own, as a corpus of two documents.
#[test]
fn labelled_sohu_pairs() {
    let Some(corpora) = common::corpora() else {
        return;
    };
    let path = corpora.join("labeled/sohu2021_text_match_samples/pairs.tsv.txt");
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dedup_labels/sohu2021.jsonl");
    let mut judged: HashMap<String, (bool, String)> = HashMap::new();
    for line in std::fs::read_to_string(fixture).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let s = |k: &str| v[k].as_str().unwrap().to_string();
        judged.insert(s("id"), (v["duplicate"].as_bool().unwrap(), s("kind")));
    }
    let mut kinds: BTreeMap<(bool, String), (usize, usize)> = BTreeMap::new();
    for line in std::fs::read_to_string(path).unwrap().lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let (duplicate, kind) = match (judged.get(f[0]), f[2]) {
            (Some((d, k)), _) => (*d, k.clone()),
            (None, "0") => (false, "different".to_string()),
            _ => (false, "same_topic".to_string()),
        };
        let doc = |text: &str| serde_json::json!({ "text": text }).to_string();
        let jsonl = format!("{}\n{}\n", doc(f[5]), doc(f[6]));
        let found = dedup(jsonl.as_bytes());
        let linked = !found.documents.is_empty();
        if linked != duplicate {
            println!("wrong: {} ({kind})", f[0]);
        }
        let row = kinds.entry((duplicate, kind)).or_default();
        row.0 += 1;
        row.1 += usize::from(linked);
    }
    let (precision, recall) = report(&kinds);
    // Reached: precision 1.000, recall 0.673. Headlines and snippets (both documents under 64
    // normalized chars) are copies only when identical since the seventh session: this set
    // counts edited headlines and tagged ones as copies (recall 0.945 before, precision
    // 0.981), while the held-out sets' near-identical kicker lines head other stories
    // (docs/dedup.md, short units).
    assert!(precision >= 0.97, "precision {precision:.3}");
    assert!(recall >= 0.65, "recall {recall:.3}");
}

/// Kinds of the held-out set that are copies (the others: `templated`, `same_topic`,
/// `unrelated`).
const COPIES: [&str; 3] = ["exact", "edited_repost", "truncated_repost"];

/// 64-bit FNV-1a of bytes, as 12 hex digits: checks that a labelled text is the one read.
fn short_hash(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")[..12].to_string()
}

/// The text a held-out pair compares: a whole file (`doc`), its first line (`title`), or a
/// `sina-2018.jsonl` document by id (`sina`, from `sina`: id → text).
fn heldout_text(
    corpora: &Path,
    sina: &HashMap<String, String>,
    (unit, path, hash): (&str, &str, &str),
) -> String {
    let bytes = match unit {
        "sina" => sina[path].as_bytes().to_vec(),
        _ => std::fs::read(corpora.join(path)).unwrap(),
    };
    let bytes = match unit {
        "title" => bytes.split(|&b| b == b'\n').next().unwrap_or_default(),
        _ => &bytes[..],
    };
    assert_eq!(
        short_hash(bytes),
        hash,
        "{path} ({unit}) is the labelled text"
    );
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// The texts of `sina-2018.jsonl` by id.
fn sina_texts(corpora: &Path) -> HashMap<String, String> {
    let text = std::fs::read_to_string(corpora.join("news/sina-2018.jsonl")).unwrap();
    (text.lines())
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let s = |k: &str| v[k].as_str().unwrap().to_string();
            (s("id"), s("text"))
        })
        .collect()
}

/// Labelled pairs and how many tifa links, by whether the label is a copy and by unit/kind,
/// for a held-out file of `tests/data` (columns: unit, a, b, kind, hash of a, hash of b); each
/// pair is deduplicated on its own, as a corpus of two documents, and each wrong verdict printed.
fn score_heldout(corpora: &Path, file: &str) -> BTreeMap<(bool, String), (usize, usize)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(file);
    let text = std::fs::read_to_string(path).unwrap();
    let sina = sina_texts(corpora);
    let mut kinds: BTreeMap<(bool, String), (usize, usize)> = BTreeMap::new();
    for line in (text.lines().filter(|l| !l.starts_with('#'))).skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let (unit, kind) = (f[0], f[3]);
        let doc = |path: &str, hash: &str| {
            let text = heldout_text(corpora, &sina, (unit, path, hash));
            serde_json::json!({ "text": text }).to_string()
        };
        let jsonl = format!("{}\n{}\n", doc(f[1], f[4]), doc(f[2], f[5]));
        let linked = !dedup(jsonl.as_bytes()).documents.is_empty();
        let duplicate = COPIES.contains(&kind);
        if linked != duplicate {
            println!("wrong: {unit} {} {} ({kind})", f[1], f[2]);
        }
        let row = kinds
            .entry((duplicate, format!("{unit}/{kind}")))
            .or_default();
        row.0 += 1;
        row.1 += usize::from(linked);
    }
    kinds
}

/// A held-out set built after the rules were tuned, from corpora whose pairs were never
/// used for tuning (`tests/data/dedup_heldout.tsv`: People's Daily files and their first lines,
/// finance-2026, sina-finance-2022, and `sina-2018.jsonl` pairs of documents never labelled; how the pairs were drawn and labelled: `docs/dedup.md`).
/// Each pair is deduplicated on its own, as a corpus of two documents.
#[test]
fn heldout_pairs() {
    let Some(corpora) = common::corpora() else {
        return;
    };
    let kinds = score_heldout(&corpora, "dedup_heldout.tsv");
    let (precision, recall) = report(&kinds);
    // Reached: precision 0.947, recall 0.923 (0.878 before a story quoted passage by passage
    // was no copy; 0.857 before a story quoted beside text of its own was no copy; 0.837
    // before short documents were copies only when identical; 0.818 before script comment
    // lines were cleaned; 0.648, 0.897 before headlines were read for who
    // and where, organisations and places by their suffix, names both texts hold, and quoted
    // stories; 0.508, 0.821 before organisations, ordinals, opposites, edited copies). Short of
    // the 0.97 aimed at: an obituary's lead inside the cremation report, two Sina write-ups of
    // one story (docs/dedup.md).
    assert!(precision >= 0.94, "precision {precision:.3}");
    assert!(recall >= 0.92, "recall {recall:.3}");
}

/// A second, blind held-out set (`tests/data/dedup_heldout2.tsv`, drawn by
/// `examples/dedup_pairs_heldout2.py` from People's Daily, `sina-2018.jsonl`, finance-2026,
/// sina-finance-2022 and the government reports, none of its files or ids in the first set, and
/// labelled by reading both texts; `quoted` is a story quoted whole inside a longer one, not a
/// copy). Scored like `heldout_pairs`: figures printed for all pairs, documents (`doc`, `sina`)
/// and titles (`cargo test --release --test dedup_labels heldout2 -- --nocapture`); no threshold.
#[test]
fn heldout2_pairs() {
    let Some(corpora) = common::corpora() else {
        return;
    };
    report_by_unit(&score_heldout(&corpora, "dedup_heldout2.tsv"));
}

/// A third blind held-out set (`tests/data/dedup_heldout3.tsv`, drawn by
/// `examples/dedup_pairs_heldout3.py` with a new seed from People's Daily, `sina-2018.jsonl`,
/// finance-2026, sina-finance-2022 and the government reports and resolutions, none of its
/// files or ids in the first two sets, and labelled by reading both texts, never by tifa).
/// Scored like `heldout2_pairs`: precision and recall per kind, for all pairs, documents and
/// titles (`cargo test --test dedup_labels heldout3 -- --nocapture`); no threshold.
#[test]
fn heldout3_pairs() {
    let Some(corpora) = common::corpora() else {
        return;
    };
    report_by_unit(&score_heldout(&corpora, "dedup_heldout3.tsv"));
}

/// Prints the figures of a held-out set for all pairs, documents (`doc`, `sina`) and titles.
fn report_by_unit(kinds: &BTreeMap<(bool, String), (usize, usize)>) {
    let groups: [(&str, &[&str]); 3] = [
        ("all", &["doc/", "sina/", "title/"]),
        ("documents (doc + sina)", &["doc/", "sina/"]),
        ("titles", &["title/"]),
    ];
    for (name, units) in groups {
        let part = (kinds.iter())
            .filter(|((_, kind), _)| units.iter().any(|u| kind.starts_with(u)))
            .map(|(k, v)| (k.clone(), *v))
            .collect();
        println!("-- {name}");
        report(&part);
    }
}

/// A fourth blind held-out set (`tests/data/dedup_heldout4.tsv`, drawn by
/// `examples/dedup_heldout4_draw.py` with a new seed and sampling residue from People's Daily,
/// `sina-2018.jsonl`, finance-2026 and the government reports and resolutions, none of its files
/// or ids in the first three sets, and labelled by reading both texts, never by tifa). Scored like
/// `heldout3_pairs`: precision and recall per kind, for all pairs, documents and titles
/// (`cargo test --test dedup_labels heldout4 -- --nocapture`); no threshold.
#[test]
fn heldout4_pairs() {
    let Some(corpora) = common::corpora() else {
        return;
    };
    report_by_unit(&score_heldout(&corpora, "dedup_heldout4.tsv"));
}

/// A self-blind sample of the tenth session (`tests/data/dedup_sample5.tsv`, drawn by
/// `examples/dedup_sample5_draw.py` with a new seed and sampling residue, weighted toward the
/// hard kinds: same topic, quoted, edited and truncated reposts, templated; none of its files or
/// ids in the four held-out sets or the Sina labelled set; labelled by reading both texts before
/// the session's rules). Scored like `heldout3_pairs` (`cargo test --test dedup_labels sample5
/// -- --nocapture`); no threshold.
#[test]
fn sample5_pairs() {
    let Some(corpora) = common::corpora() else {
        return;
    };
    report_by_unit(&score_heldout(&corpora, "dedup_sample5.tsv"));
}

/// A self-blind sample of the eleventh session (`tests/data/dedup_sample6.tsv`, drawn by
/// `examples/dedup_sample6_draw.py` with a new seed and sampling residue, weighted toward the
/// hard kinds; none of its files or ids in the four held-out sets, the tenth session's sample or
/// the Sina labelled set; labelled by reading both texts before the session's rules). Scored like
/// `heldout3_pairs` (`cargo test --test dedup_labels sample6 -- --nocapture`); no threshold.
#[test]
fn sample6_pairs() {
    let Some(corpora) = common::corpora() else {
        return;
    };
    report_by_unit(&score_heldout(&corpora, "dedup_sample6.tsv"));
}

/// A self-blind sample of the twelfth session (`tests/data/dedup_sample7.tsv`, drawn by
/// `examples/dedup_sample7_draw.py` with a new seed and sampling residue, weighted toward the
/// hard kinds; none of its files or ids in the four held-out sets, the tenth and eleventh
/// sessions' samples or the Sina labelled set; labelled by reading both texts before the
/// session's rules). Scored like `heldout3_pairs` (`cargo test --test dedup_labels sample7 --
/// --nocapture`); no threshold.
#[test]
fn sample7_pairs() {
    let Some(corpora) = common::corpora() else {
        return;
    };
    report_by_unit(&score_heldout(&corpora, "dedup_sample7.tsv"));
}

/// A self-blind sample of the thirteenth session (`tests/data/dedup_sample8.tsv`, drawn by
/// `examples/dedup_sample8_draw.py` with a new seed and the last unused sampling residue,
/// weighted toward the hard kinds; none of its files or ids in the four held-out sets, samples
/// 5–7 or the Sina labelled set; labelled by reading both texts before the session's rules).
/// Scored like `heldout3_pairs` (`cargo test --test dedup_labels sample8 -- --nocapture`); no
/// threshold.
#[test]
fn sample8_pairs() {
    let Some(corpora) = common::corpora() else {
        return;
    };
    report_by_unit(&score_heldout(&corpora, "dedup_sample8.tsv"));
}

/// A self-blind sample of the fourteenth session (`tests/data/dedup_sample9.tsv`, drawn by
/// `examples/dedup_sample9_draw.py` with a new seed, weighted toward the hard kinds; none of
/// its files or ids in the four held-out sets, samples 5–8 or the Sina labelled set; labelled
/// by reading both texts before the session's rules). Scored like `heldout3_pairs` (`cargo
/// test --test dedup_labels sample9 -- --nocapture`); no threshold.
#[test]
fn sample9_pairs() {
    let Some(corpora) = common::corpora() else {
        return;
    };
    report_by_unit(&score_heldout(&corpora, "dedup_sample9.tsv"));
}

/// A self-blind sample of the fifteenth session (`tests/data/dedup_sample10.tsv`, drawn by
/// `examples/dedup_sample10_draw.py` with a new seed, weighted toward the hard kinds; none of
/// its files or ids in the four held-out sets, samples 5–9 or the Sina labelled set; labelled
/// by reading both texts before the session's rules). Scored like `heldout3_pairs` (`cargo
/// test --test dedup_labels sample10 -- --nocapture`); no threshold.
#[test]
fn sample10_pairs() {
    let Some(corpora) = common::corpora() else {
        return;
    };
    report_by_unit(&score_heldout(&corpora, "dedup_sample10.tsv"));
}

/// A self-blind sample of the sixteenth session (`tests/data/dedup_sample11.tsv`, drawn by
/// `examples/dedup_sample11_draw.py` with a new seed from what tifa links: the leader–member
/// pairs of its near document clusters over People's Daily, Sina, finance and the government
/// reports, stratified toward the decision boundary, and candidate pairs it refuses just under
/// its thresholds; none of its pairs in an earlier set; labelled by reading both texts before the
/// session's rules). Scored like `heldout3_pairs` (`cargo test --test dedup_labels sample11 --
/// --nocapture`); no threshold.
#[test]
fn sample11_pairs() {
    let Some(corpora) = common::corpora() else {
        return;
    };
    report_by_unit(&score_heldout(&corpora, "dedup_sample11.tsv"));
}

/// A self-blind sample of the seventeenth session (`tests/data/dedup_sample12.tsv`, drawn by
/// `examples/dedup_sample12_draw.py` with a new seed as sample 11 was, from the pools sample 11
/// used least: Sina's categories other than TechNews and Entertainment, the raw scrapes of the
/// government reports, the finance news; then sample 11's strata over the other linked pairs,
/// and candidate pairs tifa refuses just under its thresholds; none of its pairs in an earlier
/// set; labelled by reading both texts before the session's rules). Scored like
/// `heldout3_pairs` (`cargo test --test dedup_labels sample12 -- --nocapture`); no threshold.
#[test]
fn sample12_pairs() {
    let Some(corpora) = common::corpora() else {
        return;
    };
    report_by_unit(&score_heldout(&corpora, "dedup_sample12.tsv"));
}

/// A self-blind sample of the eighteenth session (`tests/data/dedup_sample13.tsv`, drawn by
/// `examples/dedup_sample13_draw.py` with a new seed as sample 12 was, over every pool again and
/// weighted toward the hard kinds: linked pairs with the most own text or differing numbers, and
/// candidate pairs tifa refuses just under its thresholds — templates filled with other names or
/// numbers, other outlets' text; none of its pairs in an earlier set; labelled by reading both
/// texts before the session's rules). Scored like `heldout3_pairs` (`cargo test --test
/// dedup_labels sample13 -- --nocapture`); no threshold.
#[test]
fn sample13_pairs() {
    let Some(corpora) = common::corpora() else {
        return;
    };
    report_by_unit(&score_heldout(&corpora, "dedup_sample13.tsv"));
}

/// A self-blind sample of the twenty-second session (`tests/data/dedup_sample14.tsv`, drawn by
/// `examples/dedup_sample14_draw.py` exactly as the fourth held-out set was, with a new seed and a
/// 3-gram selector no earlier set used; none of its files or ids in an earlier set; labelled by
/// reading both texts before the session's rules). Scored like `heldout3_pairs` (`cargo test
/// --test dedup_labels sample14 -- --nocapture`); no threshold.
#[test]
fn sample14_pairs() {
    let Some(corpora) = common::corpora() else {
        return;
    };
    report_by_unit(&score_heldout(&corpora, "dedup_sample14.tsv"));
}
