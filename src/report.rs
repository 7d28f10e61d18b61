//! `report.html` of `tifa analyze`: one self-contained page (inline CSS and JS, no network)
//! with the overview, heavy repeats, programs, slogans, cited documents and keywords over the
//! corpus, a filterable claims table and each document's cleaned text with its marks. The
//! overview and repeats are HTML written here (escaped); index rows, claims and documents
//! travel as JSON in inline data blocks and are drawn by the page's script with
//! `textContent`, never as markup.

use crate::claims::{kind_name, qualifier_name, Claim};
use crate::dedup::Dedup;
use crate::document::CleanDocument;
use crate::html::{escape, grouped, page, script_json};
use crate::index::{KeywordIndexEntry, Ranked, TermIndexEntry};
use crate::summary::{stage_times, Summary};
use crate::terms::{Category, Term};
use base64::prelude::{Engine, BASE64_STANDARD};
use serde::Serialize;
use std::collections::HashMap;
use std::fmt::Write as _;

/// Document text and marks embedded in the report by default, at most: bytes of base64 of
/// gzip. Documents past it are listed without text, so that the page stays fast on large
/// corpora (`--report-docs` embeds more).
const TEXT_BUDGET: usize = 9 << 20;
/// Uncompressed bytes of text per gzip chunk: the page inflates only the chunk it shows.
const CHUNK_BYTES: usize = 1 << 20;
/// Claims embedded in the report's table, at most.
const MAX_CLAIMS: usize = 50_000;
/// Removed pieces are shown up to this many chars.
const REMOVAL_CHARS: usize = 120;
/// Rows of the program and slogan tables and heavy repeats shown.
const REPEAT_ROWS: usize = 50;
const KEYWORD_BARS: usize = 40;

/// A numeric claim as a row of the claims table: document, kind, value, qualifier, unit,
/// subject, text, span.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimRow(
    /// Index of the document.
    pub usize,
    /// The kind.
    pub &'static str,
    /// The value in base units.
    pub f64,
    /// The qualifier.
    pub String,
    /// The unit.
    pub String,
    /// The subject.
    pub String,
    /// The text.
    pub String,
    /// The char span.
    pub [usize; 2],
);

impl ClaimRow {
    /// The row of a claim (document 0 until placed).
    pub fn of(c: &Claim) -> ClaimRow {
        ClaimRow(
            0,
            kind_name(c.kind),
            c.value,
            qualifier_name(c.qualifier),
            c.unit.clone(),
            c.subject.clone().unwrap_or_default(),
            c.text.clone(),
            c.span,
        )
    }

    /// The claim's kind.
    pub fn kind(&self) -> &'static str {
        self.1
    }
}

/// What the report shows of one document: its id and repeated paragraphs in the page's
/// data, the rest compressed with the texts (keys kept short: they repeat 10,000 times).
#[derive(Debug, Clone, Serialize)]
pub struct DocView {
    id: String,
    /// Text and marks, until [`Views::add`] compresses them.
    #[serde(skip)]
    body: Body,
    /// Repeated paragraphs: span and the number of the repeat in the repeats table.
    d: Vec<(usize, usize, usize)>,
}

/// A document's cleaned text and marks, written `{"text":…,"p":…,"r":…,"c":…,"t":…}`.
#[derive(Debug, Clone, Default)]
struct Body {
    /// The text as a JSON string (quotes included), as `documents.jsonl` has it.
    text: String,
    marks: Marks,
}

/// The marks of a document's text.
#[derive(Debug, Clone, Default, Serialize)]
struct Marks {
    /// Paragraph spans.
    p: Vec<[usize; 2]>,
    /// Removed pieces: where they stood, why, and their text (cut).
    r: Vec<(usize, &'static str, String)>,
    /// Claim spans.
    c: Vec<[usize; 2]>,
    /// Term spans and categories.
    t: Vec<(usize, usize, Category)>,
}

impl DocView {
    /// The view of a document: its text (`text`: the document's text as a JSON string, as
    /// `crate::json`'s `string_literal` writes it), paragraphs, removals, claims and terms.
    pub fn of(doc: &CleanDocument, text: String, terms: &[Term], claims: &[ClaimRow]) -> DocView {
        let marks = Marks {
            p: doc
                .paragraphs
                .iter()
                .map(|p| [p.span.start, p.span.end])
                .collect(),
            r: doc
                .removals
                .iter()
                .map(|r| {
                    let text = crate::terminal::head_chars(&r.text, REMOVAL_CHARS).to_string();
                    (r.at, r.reason.as_str(), text)
                })
                .collect(),
            c: claims.iter().map(|c| c.7).collect(),
            // The outermost terms: a name inside a longer one (`within`) is not marked twice.
            t: terms
                .iter()
                .filter(|t| t.within.is_none())
                .map(|t| (t.span[0], t.span[1], t.category))
                .collect(),
        };
        DocView {
            id: doc.id.clone(),
            body: Body { text, marks },
            d: Vec::new(),
        }
    }
}

/// Which documents' text the report embeds, in corpus order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Embed {
    /// As many as fit in about 9 MB of compressed text.
    #[default]
    Budget,
    /// The first `n` documents (`usize::MAX`: all of them).
    First(usize),
}

/// Document bodies in chunks: JSON arrays of bodies, each deflated whole by libdeflate when it
/// is closed (gzip, level [`GZIP_LEVEL`]), base64.
#[derive(Default)]
struct Texts {
    limit: Embed,
    /// Finished chunks (base64) and the index of their first document.
    chunks: Vec<(usize, String)>,
    /// The open chunk's JSON array so far (empty when no chunk is open).
    open: Vec<u8>,
    /// Bytes of the bodies in the open chunk (without the array's brackets and commas).
    open_bytes: usize,
    /// Compressed (base64) and uncompressed bytes of the chunks closed.
    packed: (usize, usize),
    /// Documents embedded: the first `embedded` of the corpus.
    embedded: usize,
    full: bool,
}

/// libdeflate's level for the texts: at 4 it makes chunks the size zlib's level 6 made
/// (0.423 against 0.422 of the JSON on People's Daily) with ~45% fewer instructions.
const GZIP_LEVEL: i32 = 4;

impl Texts {
    /// Embeds the next document's body, unless the budget is spent.
    fn push(&mut self, body: &Body) {
        let full = match self.limit {
            Embed::Budget => self.weight() >= TEXT_BUDGET,
            Embed::First(n) => self.embedded >= n,
        };
        if self.full || full {
            self.full = true;
            return;
        }
        let first = self.open.is_empty();
        self.open.push(if first { b'[' } else { b',' });
        let start = self.open.len();
        // The text is a JSON string already; the marks' object follows it in the same braces.
        self.open.extend_from_slice(b"{\"text\":");
        self.open.extend_from_slice(body.text.as_bytes());
        let marks = self.open.len();
        serde_json::to_writer(&mut self.open, &body.marks).expect("serializable");
        self.open[marks] = b',';
        if first {
            self.chunks.push((self.embedded, String::new()));
        }
        self.open_bytes += self.open.len() - start;
        self.embedded += 1;
        if self.open_bytes >= CHUNK_BYTES {
            self.close();
        }
    }

    /// Bytes in the page so far: the chunks closed, and the open one as the closed ones
    /// compressed (as it is, before the first is closed).
    fn weight(&self) -> usize {
        let (packed, raw) = self.packed;
        let open = match raw {
            0 => self.open.len(),
            _ => (self.open.len() as f64 * packed as f64 / raw as f64) as usize,
        };
        packed + open
    }

    /// Finishes the open chunk.
    fn close(&mut self) {
        if self.open.is_empty() {
            return;
        }
        self.open.push(b']');
        let bytes = gzip(&self.open);
        if let Some(last) = self.chunks.last_mut() {
            last.1 = BASE64_STANDARD.encode(bytes);
            self.packed.0 += last.1.len();
        }
        self.packed.1 += self.open.len();
        self.open = Vec::new();
        self.open_bytes = 0;
    }
}

/// `bytes` as gzip (libdeflate, level [`GZIP_LEVEL`]).
fn gzip(bytes: &[u8]) -> Vec<u8> {
    let level = libdeflater::CompressionLvl::new(GZIP_LEVEL).expect("a valid level");
    let mut deflater = libdeflater::Compressor::new(level);
    let mut out = vec![0; deflater.gzip_compress_bound(bytes.len())];
    let n = deflater
        .gzip_compress(bytes, &mut out)
        .expect("the bound holds the output");
    out.truncate(n);
    out
}

/// Bodies sent to the compressing thread together: one wake-up of it a batch, not a body (a
/// thread woken for every document took a core from the workers ~20,000 times a run of People's
/// Daily with `-j2`).
const BATCHED_BODIES: usize = 64;
/// Batches on their way to the compressing thread, at most.
const QUEUED_BATCHES: usize = 2;

/// The thread compressing the texts, fed the bodies in corpus order, a batch at a time.
struct Compressor {
    batches: std::sync::mpsc::SyncSender<Vec<Body>>,
    /// The bodies not sent yet.
    batch: Vec<Body>,
    done: std::thread::JoinHandle<Texts>,
}

impl Compressor {
    /// A thread that compresses the bodies it is sent into `texts`, as [`Texts::push`] does.
    fn spawn(mut texts: Texts) -> Compressor {
        let (batches, queue) = std::sync::mpsc::sync_channel::<Vec<Body>>(QUEUED_BATCHES);
        let done = std::thread::spawn(move || {
            queue.iter().flatten().for_each(|body| texts.push(&body));
            texts
        });
        Compressor {
            batches,
            batch: Vec::with_capacity(BATCHED_BODIES),
            done,
        }
    }

    /// Sends the next body, with the batch it completes.
    fn send(&mut self, body: Body) {
        self.batch.push(body);
        if self.batch.len() >= BATCHED_BODIES {
            self.flush();
        }
    }

    fn flush(&mut self) {
        let batch = std::mem::replace(&mut self.batch, Vec::with_capacity(BATCHED_BODIES));
        if !batch.is_empty() {
            self.batches
                .send(batch)
                .expect("the compressing thread runs");
        }
    }

    /// The texts, once every body sent is compressed.
    fn finish(mut self) -> Texts {
        self.flush();
        drop(self.batches);
        self.done
            .join()
            .expect("the compressing thread does not panic")
    }
}

/// The documents and claims of the report, gathered in corpus order.
#[derive(Default)]
pub struct Views {
    docs: Vec<DocView>,
    claims: Vec<ClaimRow>,
    texts: Texts,
    /// Where the texts are compressed while documents come, when not on the caller's thread.
    compressor: Option<Compressor>,
    claims_total: usize,
}

impl Views {
    /// No documents yet; the text of those that `embed` names will be in the page. With
    /// `threaded`, the texts are compressed on a thread of their own (the same bytes), off the
    /// thread that collects the documents.
    pub fn new(embed: Embed, threaded: bool) -> Views {
        let texts = Texts {
            limit: embed,
            ..Texts::default()
        };
        let (texts, compressor) = match threaded {
            true => (Texts::default(), Some(Compressor::spawn(texts))),
            false => (texts, None),
        };
        Views {
            texts,
            compressor,
            ..Views::default()
        }
    }

    /// The texts compressed so far: every one, once the compressing thread is done.
    fn settle(&mut self) {
        if let Some(compressor) = self.compressor.take() {
            self.texts = compressor.finish();
        }
    }

    /// Compresses the texts still open, once every document is added (the page does it
    /// otherwise): `analyze` does it beside the corpus-level dedup.
    pub fn close_texts(&mut self) {
        self.settle();
        self.texts.close();
    }

    /// Adds the next document and its claims.
    pub fn add(&mut self, mut view: DocView, claims: Vec<ClaimRow>) {
        let d = self.docs.len();
        let body = std::mem::take(&mut view.body);
        match &mut self.compressor {
            Some(c) => c.send(body),
            None => self.texts.push(&body),
        }
        self.claims_total += claims.len();
        for mut c in claims {
            if self.claims.len() < MAX_CLAIMS {
                c.0 = d;
                self.claims.push(c);
            }
        }
        self.docs.push(view);
    }

    /// The heaviest repeated paragraphs, and each document's repeated paragraphs marked.
    pub fn repeats(&mut self, digests: &crate::dedup::Digested, found: &Dedup) -> Vec<Repeat> {
        self.settle();
        let unit = |at: crate::dedup::At| &digests[at.doc as usize].units[at.unit as usize];
        let mut out = Vec::new();
        for (r, i) in crate::dedup::report::heaviest(digests, found)
            .into_iter()
            .take(REPEAT_ROWS)
            .enumerate()
        {
            let cl = &found.clusters[i];
            let canon = unit(cl.members[cl.canonical].at);
            let places: Vec<(usize, [usize; 2])> = cl
                .members
                .iter()
                .map(|m| {
                    let span = unit(m.at).span.get();
                    (m.at.doc as usize, [span.start, span.end])
                })
                .collect();
            for &(doc, [s, e]) in &places {
                if let Some(v) = self.docs.get_mut(doc).filter(|_| doc < self.texts.embedded) {
                    v.d.push((s, e, r));
                }
            }
            out.push(Repeat {
                count: cl.members.len(),
                chars: canon.norm_len as usize,
                excerpt: digests.excerpt(canon),
                places,
            });
        }
        out
    }
}

/// A repeated paragraph: how often, how long, an excerpt and where (document, span).
pub struct Repeat {
    /// Copies.
    pub count: usize,
    /// Chars of one copy.
    pub chars: usize,
    /// The start of its text.
    pub excerpt: String,
    /// Where the copies stand: document index and char span.
    pub places: Vec<(usize, [usize; 2])>,
}

fn card(out: &mut String, value: impl std::fmt::Display, label: &str) {
    let _ = write!(
        out,
        "<div class=\"card\"><b>{value}</b><span>{}</span></div>",
        escape(label)
    );
}

/// Horizontal bars: label, value, shown value.
fn bars(out: &mut String, rows: &[(String, f64, String)]) {
    let max = rows.iter().map(|r| r.1).fold(0.0, f64::max).max(1e-9);
    out.push_str("<table class=\"bars\">");
    for (label, v, shown) in rows {
        let _ = write!(
            out,
            "<tr><td>{}</td><td class=\"n\">{}</td><td style=\"width:60%\"><span class=\"bar\" style=\"width:{:.1}%\"></span></td></tr>",
            escape(label),
            escape(shown),
            100.0 * v / max
        );
    }
    out.push_str("</table>");
}

fn overview(out: &mut String, s: &Summary, views: &Views) {
    let t = &s.totals;
    out.push_str("<section id=\"overview\"><h2>Overview</h2><div class=\"cards\">");
    card(out, grouped(t.documents), "documents");
    card(out, format!("{:.1}", t.bytes_in as f64 / 1e6), "MB in");
    card(out, grouped(t.chars_in), "chars in");
    card(out, grouped(t.chars_out), "chars after cleaning");
    card(
        out,
        grouped(t.empty_documents),
        "documents empty after cleaning",
    );
    card(out, grouped(t.paragraphs), "paragraphs");
    card(out, grouped(t.sentences), "sentences");
    card(out, grouped(t.tokens), "tokens");
    if let Some(d) = &s.dedup {
        card(out, grouped(d.duplicate_documents), "duplicate documents");
        card(out, grouped(d.duplicate_paragraphs), "duplicate paragraphs");
        card(out, grouped(d.removable_chars), "chars removable");
    }
    card(out, grouped(views.claims_total), "numeric claims");
    card(out, grouped(s.errors.len()), "inputs skipped");
    out.push_str("</div><h3>Time per stage (wall)</h3>");
    let time: Vec<(String, f64, String)> = stage_times(&s.timings)
        .into_iter()
        .map(|(k, v)| (k.to_string(), v, format!("{v:.2} s")))
        .collect();
    bars(out, &time);
    out.push_str("<h3>Size per stage (chars)</h3>");
    let mut size = vec![("read", t.chars_in), ("cleaned", t.chars_out)];
    if let Some(d) = &s.dedup {
        size.push((
            "deduplicated",
            t.chars_out.saturating_sub(d.removable_chars),
        ));
    }
    let size: Vec<(String, f64, String)> = size
        .into_iter()
        .map(|(k, n)| (k.to_string(), n as f64, grouped(n)))
        .collect();
    bars(out, &size);
    if !s.totals.removals.is_empty() {
        out.push_str("<h3>Removed by reason</h3><table><thead><tr><th>reason</th><th class=\"n\">count</th><th class=\"n\">chars</th></tr></thead><tbody>");
        for (reason, r) in &s.totals.removals {
            let _ = write!(
                out,
                "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                escape(reason),
                grouped(r.count),
                grouped(r.chars)
            );
        }
        out.push_str("</tbody></table>");
    }
    if !s.errors.is_empty() {
        out.push_str("<h3>Inputs skipped</h3><ul>");
        for e in &s.errors {
            let _ = write!(out, "<li>{}</li>", escape(e));
        }
        out.push_str("</ul>");
    }
    out.push_str("</section>");
}

fn doc_link(views: &Views, doc: usize, span: Option<[usize; 2]>) -> String {
    let id = views.docs.get(doc).map_or("", |v| v.id.as_str());
    let at = span.map_or(String::new(), |[s, e]| format!("@{s}-{e}"));
    format!("<a href=\"#doc={doc}{at}\">{}</a>", escape(id))
}

fn repeats_section(out: &mut String, views: &Views, repeats: &[Repeat]) {
    out.push_str("<section id=\"repeats\"><h2>Heavy repeats</h2>");
    if repeats.is_empty() {
        out.push_str("<p class=\"muted\">No repeated paragraphs (or deduplication was skipped).</p></section>");
        return;
    }
    out.push_str("<table><thead><tr><th class=\"n\">count</th><th class=\"n\">chars</th><th>excerpt</th><th>where</th></tr></thead><tbody>");
    for r in repeats {
        let mut docs: Vec<&(usize, [usize; 2])> = r.places.iter().collect();
        docs.dedup_by_key(|p| p.0);
        let links: Vec<String> = docs
            .iter()
            .take(8)
            .map(|&&(d, s)| doc_link(views, d, Some(s)))
            .collect();
        let more = if docs.len() > 8 {
            format!(
                " <span class=\"muted\">+{} documents</span>",
                docs.len() - 8
            )
        } else {
            String::new()
        };
        let _ = write!(
            out,
            "<tr><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td><td>{}{more}</td></tr>",
            grouped(r.count),
            grouped(r.chars),
            escape(&r.excerpt),
            links.join(" · ")
        );
    }
    out.push_str("</tbody></table></section>");
}

/// One row of an index table in the page: name, count, documents, the documents where it
/// occurs (their places in corpus order) and, when known, its first char span in each (else
/// the page finds the name in the text).
#[derive(Serialize)]
struct IndexRow<'a>(&'a str, usize, usize, Vec<usize>, Vec<[u32; 2]>);

/// The rows of a table of programs, slogans or cited documents.
fn term_rows<'a>(entries: &[TermIndexEntry<'a>]) -> Vec<IndexRow<'a>> {
    entries
        .iter()
        .map(|e| {
            let places = e.documents.iter().map(|p| p.position).collect();
            let spans = e.documents.iter().map(|p| p.spans.first()).collect();
            IndexRow(e.name, e.count, e.document_count, places, spans)
        })
        .collect()
}

/// The rows of the keywords table: the documents are those where the keyword weighs most.
fn keyword_rows<'a>(keywords: &[KeywordIndexEntry<'a>], views: &Views) -> Vec<IndexRow<'a>> {
    let at: HashMap<&str, usize> = views
        .docs
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    keywords
        .iter()
        .map(|k| {
            let mut places: Vec<usize> = k
                .top_documents
                .iter()
                .filter_map(|id| at.get(id).copied())
                .collect();
            places.sort_unstable();
            IndexRow(
                k.word,
                k.count as usize,
                k.document_frequency,
                places,
                vec![],
            )
        })
        .collect()
}

/// A section drawn by the page's script as a filterable, sortable, paged table (`set` names
/// its rows in the index data).
fn index_table_section(out: &mut String, set: &str, title: &str, what: &str, rows: usize) {
    let _ = write!(
        out,
        "<section id=\"{set}\"><h2>{title}</h2><p class=\"muted\">{} {what}; click a name for its \
         documents and how often it occurs over the corpus, a column to sort.</p>\
         <div class=\"index-table\" data-set=\"{set}\"></div></section>",
        grouped(rows)
    );
}

fn keywords_section(out: &mut String, keywords: &[KeywordIndexEntry]) {
    let _ = write!(
        out,
        "<section id=\"keywords\"><h2>Keywords</h2><p class=\"muted\">{} keywords, by TF-IDF with \
         the corpus's own IDF; click a word for the documents where it weighs most.</p>",
        grouped(keywords.len())
    );
    let rows: Vec<(String, f64, String)> = keywords
        .iter()
        .take(KEYWORD_BARS)
        .map(|k| {
            (
                k.word.to_string(),
                k.score,
                format!(
                    "{} · {} docs",
                    grouped(k.count as usize),
                    grouped(k.document_frequency)
                ),
            )
        })
        .collect();
    bars(out, &rows);
    out.push_str("<div class=\"index-table\" data-set=\"keywords\"></div></section>");
}

const SCRIPT: &str = include_str!("report.js");

/// The sections of the page drawn from the corpus indexes, rendered while the indexes are in
/// memory: `analyze` drops them before deduplication, which needs the room.
pub struct IndexSections {
    terms: String,
    keywords: String,
    /// The rows of the index tables, as inline JSON.
    data: String,
}

impl IndexSections {
    /// Programs, slogans, cited documents and keywords: tables the page's script draws from
    /// inline data (documents as places in `views`).
    pub fn of(ranked: &Ranked, views: &Views) -> IndexSections {
        let mut terms = String::new();
        let sets = [
            ("programs", "Programs", &ranked.programs),
            ("slogans", "Slogans", &ranked.slogans),
            ("cited", "Cited documents", &ranked.cited),
        ];
        let mut data = serde_json::Map::new();
        for (set, title, entries) in sets {
            let what = if set == "cited" {
                "documents cited"
            } else {
                set
            };
            index_table_section(&mut terms, set, title, what, entries.len());
            data.insert(set.into(), json_of(&term_rows(entries)));
        }
        let mut bars = String::new();
        keywords_section(&mut bars, &ranked.keywords);
        data.insert(
            "keywords".into(),
            json_of(&keyword_rows(&ranked.keywords, views)),
        );
        let data = serde_json::to_string(&data).expect("serializable");
        IndexSections {
            terms,
            keywords: bars,
            data: format!(
                "<script type=\"application/json\" id=\"index-data\">{}</script>",
                script_json(&data)
            ),
        }
    }
}

/// What the documents section says of the texts that are not in the page, and how to put
/// them in.
fn not_embedded(views: &Views) -> String {
    let (embedded, total) = (views.texts.embedded, views.docs.len());
    if embedded == total {
        return String::new();
    }
    let all_mb = (views.texts.weight() as f64 * total as f64 / embedded.max(1) as f64) / 1e6;
    format!(
        "<p class=\"note\" id=\"not-embedded\">The text of documents {}–{} (from {} on: {} of {}) \
         is not embedded: the page holds {} MB of compressed text. Their text is in \
         documents.jsonl (line <i>n</i> holds document <i>n</i>); <code>tifa analyze \
         --report-docs all</code> puts every document in the page (about {} MB here).</p>",
        grouped(embedded + 1),
        grouped(total),
        escape(&views.docs[embedded].id),
        grouped(total - embedded),
        grouped(total),
        grouped(views.texts.weight().div_ceil(1_000_000)),
        grouped(all_mb.ceil() as usize)
    )
}

/// The page's inline data: documents, claims and the compressed texts.
fn data_block(views: &Views) -> String {
    #[derive(Serialize)]
    struct Data<'a> {
        docs: &'a [DocView],
        claims: &'a [ClaimRow],
        /// Chunks of bodies: first document, base64 of gzip of a JSON array of bodies.
        texts: &'a [(usize, String)],
        embedded: usize,
    }
    let data = serde_json::to_string(&Data {
        docs: &views.docs,
        claims: &views.claims,
        texts: &views.texts.chunks,
        embedded: views.texts.embedded,
    })
    .expect("serializable");
    format!(
        "<script type=\"application/json\" id=\"data\">{}</script>",
        script_json(&data)
    )
}

/// The whole page.
pub fn html(
    summary: &Summary,
    index: &IndexSections,
    mut views: Views,
    repeats: &[Repeat],
) -> String {
    views.settle();
    views.texts.close();
    let mut body = String::new();
    overview(&mut body, summary, &views);
    repeats_section(&mut body, &views, repeats);
    body.push_str(&index.terms);
    let shown = if views.claims.len() < views.claims_total {
        format!(
            " (the first {} of {} are in this table; all are in claims.jsonl)",
            grouped(views.claims.len()),
            grouped(views.claims_total)
        )
    } else {
        String::new()
    };
    let _ = write!(
        body,
        "<section id=\"claims\"><h2>Numeric claims</h2><p class=\"muted\">{} claims{}. Click a column to sort.</p>\
         <input type=\"search\" id=\"claim-filter\" placeholder=\"filter: subject, unit, text, document\"> \
         <select id=\"claim-kind\"><option value=\"\">every kind</option></select> \
         <span id=\"claim-count\" class=\"muted\"></span>\
         <table id=\"claim-table\"><thead><tr><th data-col=\"1\">kind</th><th data-col=\"2\" class=\"n\">value</th><th data-col=\"3\">qualifier</th><th data-col=\"4\">unit</th><th data-col=\"5\">subject</th><th data-col=\"6\">text</th><th data-col=\"0\">document</th></tr></thead><tbody></tbody></table>\
         <p><button id=\"claim-prev\">previous</button> <button id=\"claim-next\">next</button></p></section>",
        grouped(views.claims_total), shown
    );
    body.push_str(&index.keywords);
    let _ = write!(
        body,
        "<section id=\"documents\"><h2>Documents</h2><p class=\"muted\">Cleaned text with \
         <mark class=\"dup\">repeated paragraphs</mark>, <span class=\"removed\">removed boilerplate</span>, \
         <mark class=\"claim\">claims</mark> and <mark class=\"term\">terms</mark> marked.</p>{}\
         <div class=\"finder\"><input type=\"search\" id=\"doc-find\" role=\"combobox\" autocomplete=\"off\" \
         aria-controls=\"doc-results\" aria-expanded=\"false\" placeholder=\"find a document: type part of its id, ↑ ↓ and Enter\"> \
         <span id=\"doc-count\" class=\"muted\"></span><ul id=\"doc-results\" role=\"listbox\" hidden></ul></div> \
         <button id=\"doc-prev\">previous</button> <button id=\"doc-next\">next</button>\
         <div id=\"doc-view\"></div></section>",
        not_embedded(&views)
    );
    body.push_str(&data_block(&views));
    body.push_str(&index.data);
    page(
        "tifa report",
        &format!(
            "{} documents · {} · tifa {}",
            grouped(summary.totals.documents),
            summary.inputs.join(", "),
            summary.tool_version
        ),
        &[
            ("overview", "Overview"),
            ("repeats", "Repeats"),
            ("programs", "Programs"),
            ("slogans", "Slogans"),
            ("cited", "Cited"),
            ("claims", "Claims"),
            ("keywords", "Keywords"),
            ("documents", "Documents"),
        ],
        &body,
        SCRIPT,
    )
}

fn json_of(value: &impl Serialize) -> serde_json::Value {
    serde_json::to_value(value).expect("serializable")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The chunks inflate (as the page's `DecompressionStream("gzip")` does) to the JSON
    /// arrays of the bodies pushed, split where a chunk's bodies pass [`CHUNK_BYTES`].
    #[test]
    fn text_chunks_inflate_to_the_bodies() {
        let mut texts = Texts {
            limit: Embed::First(usize::MAX),
            ..Texts::default()
        };
        let bodies: Vec<Body> = (0..40)
            .map(|i| Body {
                text: serde_json::to_string(&format!("第{i}篇。\n").repeat(9_000 + i * 100))
                    .unwrap(),
                marks: Marks {
                    p: vec![[0, 3]],
                    r: vec![(2, "advert", "“广告”".into())],
                    ..Marks::default()
                },
            })
            .collect();
        bodies.iter().for_each(|b| texts.push(b));
        texts.close();
        assert!(texts.chunks.len() > 1, "{}", texts.chunks.len());
        let mut inflater = libdeflater::Decompressor::new();
        let mut all = Vec::new();
        for (i, (first, chunk)) in texts.chunks.iter().enumerate() {
            let gz = BASE64_STANDARD.decode(chunk).unwrap();
            let mut json = vec![0; 4 << 20];
            let n = inflater.gzip_decompress(&gz, &mut json).unwrap();
            // Each body is the bytes serde writes for its text and marks in one object.
            let whole = |b: &Body| {
                let marks = serde_json::to_string(&b.marks).unwrap();
                format!("{{\"text\":{},{}", b.text, &marks[1..])
            };
            let bodies = &bodies[*first..*first + 1];
            assert!(json[..n].starts_with(format!("[{}", whole(&bodies[0])).as_bytes()));
            let list: Vec<serde_json::Value> = serde_json::from_slice(&json[..n]).unwrap();
            assert_eq!(*first, all.len(), "chunk {i}");
            all.extend(list);
        }
        let want: Vec<serde_json::Value> = bodies
            .iter()
            .map(|b| {
                let mut v = json_of(&b.marks);
                v["text"] = serde_json::from_str(&b.text).unwrap();
                v
            })
            .collect();
        assert_eq!(all, want);
        assert_eq!(
            texts.weight(),
            texts.chunks.iter().map(|c| c.1.len()).sum::<usize>()
        );
    }
}
