//! The comparison for people: a terminal view (colored or with wdiff-style marks) and a
//! self-contained side-by-side HTML page.

use super::facts::{ClaimChange, ClaimChanges, TermChanges, TermCount};
use super::inline::{Op, OpKind};
use super::{AlignedUnit, DocDiff, Status, UnitCounts};
use crate::claims::{qualifier_name, Claim};
use crate::html::{escape, page};
use crate::terminal::{safe, safe_line};
use std::fmt::Write;

/// Terminal styles: ANSI colors, or plain marks when color is off.
struct Style {
    color: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    /// A run of an inline diff on the old (`Delete`) or new (`Insert`) side.
    fn op(&self, op: &Op) -> String {
        let text = safe(&op.text);
        match (op.op, op.moved, self.color) {
            (OpKind::Equal, ..) => text.into_owned(),
            (OpKind::Delete, false, true) => self.paint("31;9", &text),
            (OpKind::Insert, false, true) => self.paint("32;4", &text),
            (_, true, true) => self.paint("36", &text),
            (OpKind::Delete, false, false) => format!("[-{text}-]"),
            (OpKind::Insert, false, false) => format!("{{+{text}+}}"),
            (OpKind::Delete, true, false) => format!("[~{text}~]"),
            (OpKind::Insert, true, false) => format!("{{~{text}~}}"),
        }
    }
}

fn counts_line(label: &str, c: &UnitCounts) -> String {
    format!(
        "{label:<11} unchanged {:>5}   changed {:>5}   moved {:>5}   added {:>5}   removed {:>5}\n",
        c.unchanged, c.changed, c.moved, c.added, c.removed
    )
}

/// How a claim reads: its text and qualifier.
fn claim_text(c: &Claim) -> String {
    format!("{} ({})", c.text, qualifier_name(c.qualifier))
}

/// The note on claims left out of the lists for want of a subject, if there are any.
fn without_subject_note(c: &ClaimChanges) -> Option<String> {
    let [old, new] = c.without_subject;
    (old + new > 0).then(|| {
        format!("{old} old and {new} new claims with no subject are not listed (what they measure is unknown)")
    })
}

/// The names the two versions go by: their ids, or when the ids are the same, the shortest
/// ends of their paths that tell them apart (`a/2018.txt`, `b/2018.txt`).
fn titles(d: &DocDiff) -> (String, String) {
    if d.old.id != d.new.id || d.old.path == d.new.path {
        return (d.old.id.clone(), d.new.id.clone());
    }
    let parts = |p: &str| -> Vec<String> {
        std::path::Path::new(p)
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect()
    };
    let (old, new) = (parts(&d.old.path), parts(&d.new.path));
    let tail = |v: &[String], k: usize| v[v.len().saturating_sub(k)..].join("/");
    let longest = old.len().max(new.len());
    (1..=longest)
        .map(|k| (tail(&old, k), tail(&new, k)))
        .find(|(o, n)| o != n)
        .unwrap_or_else(|| (d.old.path.clone(), d.new.path.clone()))
}

/// Removes a section's `heading` when nothing was written after it.
fn drop_empty(out: &mut String, heading: &str) {
    if out.ends_with(heading) {
        out.truncate(out.len() - heading.len());
    }
}

/// The terminal view: counts, then term and claim changes, then text changes in document
/// order; a section with nothing in it is left out. Text from the documents, ids included, is
/// escaped ([`safe`]).
pub fn terminal(d: &DocDiff, color: bool) -> String {
    let s = Style { color };
    let (old, new) = titles(d);
    let mut out = s.paint("1", &format!("{} → {}", safe_line(&old), safe_line(&new)));
    out.push('\n');
    if d.identical {
        out.push_str("identical after cleaning\n");
        return out;
    }
    counts_block(&mut out, d);
    section(&mut out, &s, "Programs and slogans", |out| {
        term_lines(out, &s, &d.terms)
    });
    section(&mut out, &s, "Numeric claims", |out| {
        claim_lines(out, &s, &d.claims)
    });
    section(&mut out, &s, "Text", |out| {
        for u in d.sentences.iter().filter(|u| u.status != Status::Unchanged) {
            out.push_str(&sentence_line(&s, u));
        }
    });
    out
}

/// The counts of units, terms and claims by what happened to them.
fn counts_block(out: &mut String, d: &DocDiff) {
    out.push_str(&counts_line("sentences", &d.sentence_counts));
    out.push_str(&counts_line("paragraphs", &d.paragraph_counts));
    let (t, c) = (&d.terms, &d.claims);
    let _ = writeln!(
        out,
        "{:<11} new {:>5}   dropped {:>5}   succeeded {:>3}   kept {:>5}",
        "terms",
        t.added.len(),
        t.dropped.len(),
        t.successions.len(),
        t.kept.len()
    );
    let _ = writeln!(
        out,
        "{:<11} changed {:>5}   unchanged {:>5}   added {:>5}   removed {:>5}",
        "claims",
        c.changed.len(),
        c.unchanged,
        c.added.len(),
        c.removed.len()
    );
}

/// A section under a bold `title`, left out when `write` writes nothing.
fn section(out: &mut String, s: &Style, title: &str, write: impl FnOnce(&mut String)) {
    let heading = format!("\n{}\n", s.paint("1", title));
    out.push_str(&heading);
    write(out);
    drop_empty(out, &heading);
}

/// Programs and slogans new, dropped, succeeded, and kept with other counts (20 at most).
fn term_lines(out: &mut String, s: &Style, t: &TermChanges) {
    let term = |sign: &str, code: &str, tc: &TermCount| {
        format!(
            "  {} {}  {} → {}\n",
            s.paint(code, sign),
            safe(&tc.name),
            tc.old_count,
            tc.new_count
        )
    };
    for tc in &t.added {
        out.push_str(&term("+", "32", tc));
    }
    for tc in &t.dropped {
        out.push_str(&term("-", "31", tc));
    }
    for sc in &t.successions {
        let _ = writeln!(
            out,
            "  {} {} → {}  {} → {}",
            s.paint("36", "»"),
            safe(&sc.old.name),
            safe(&sc.new.name),
            sc.old.old_count,
            sc.new.new_count
        );
    }
    for tc in t
        .kept
        .iter()
        .filter(|tc| tc.old_count != tc.new_count)
        .take(20)
    {
        out.push_str(&term("=", "0", tc));
    }
}

/// Claims changed, targets kept, claims added and removed.
fn claim_lines(out: &mut String, s: &Style, c: &ClaimChanges) {
    for ch in &c.changed {
        let _ = writeln!(
            out,
            "  {} {}: {} → {}",
            s.paint("33", "~"),
            safe(&ch.measure),
            safe(&claim_text(&ch.old)),
            safe(&claim_text(&ch.new))
        );
    }
    for ch in &c.kept_targets {
        let _ = writeln!(
            out,
            "  = {} (target): {} → {}, unchanged",
            safe(&ch.measure),
            safe(&claim_text(&ch.old)),
            safe(&claim_text(&ch.new))
        );
    }
    for (sign, code, list) in [("+", "32", &c.added), ("-", "31", &c.removed)] {
        for cl in list {
            let _ = writeln!(
                out,
                "  {} {}: {}",
                s.paint(code, sign),
                safe(super::facts::measure(cl)),
                safe(&claim_text(cl))
            );
        }
    }
    if let Some(note) = without_subject_note(c) {
        let _ = writeln!(out, "  {note}");
    }
}

fn sentence_line(s: &Style, u: &AlignedUnit) -> String {
    let place =
        |r: &Option<super::UnitRef>| r.as_ref().map_or("·".to_string(), |r| r.index.to_string());
    match u.status {
        Status::Added => format!(
            "  {} new {:>4}  {}\n",
            s.paint("32", "+"),
            place(&u.new),
            s.paint("32", &safe(&u.new.as_ref().expect("added").text))
        ),
        Status::Removed => format!(
            "  {} old {:>4}  {}\n",
            s.paint("31", "-"),
            place(&u.old),
            s.paint("31", &safe(&u.old.as_ref().expect("removed").text))
        ),
        status => {
            let text = if u.ops.is_empty() {
                safe(&u.new.as_ref().expect("paired").text).into_owned()
            } else {
                u.ops.iter().map(|o| s.op(o)).collect()
            };
            let (sign, label) = match status {
                Status::Moved => (s.paint("36", "↕"), "moved"),
                _ => (s.paint("33", "~"), "changed"),
            };
            format!(
                "  {sign} {label} {}→{} ({:.2})  {text}\n",
                place(&u.old),
                place(&u.new),
                u.similarity.unwrap_or(0.0)
            )
        }
    }
}

/// The runs of one side of a pair as HTML: deletions (`old`) or insertions (new) marked.
fn side_html(u: &AlignedUnit, old_side: bool) -> String {
    let plain = |r: &Option<super::UnitRef>| r.as_ref().map_or(String::new(), |r| escape(&r.text));
    if u.ops.is_empty() {
        return if old_side {
            plain(&u.old)
        } else {
            plain(&u.new)
        };
    }
    let mut out = String::new();
    for o in &u.ops {
        let text = escape(&o.text);
        let class = if o.moved { " class=\"mv\"" } else { "" };
        match (o.op, old_side) {
            (OpKind::Equal, _) => out.push_str(&text),
            (OpKind::Delete, true) => {
                let _ = write!(out, "<del{class}>{text}</del>");
            }
            (OpKind::Insert, false) => {
                let _ = write!(out, "<ins{class}>{text}</ins>");
            }
            _ => {}
        }
    }
    out
}

fn status_name(s: Status) -> &'static str {
    match s {
        Status::Unchanged => "unchanged",
        Status::Changed => "changed",
        Status::Moved => "moved",
        Status::Added => "added",
        Status::Removed => "removed",
    }
}

fn cards(label: &str, c: &UnitCounts) -> String {
    let items = [
        ("unchanged", c.unchanged),
        ("changed", c.changed),
        ("moved", c.moved),
        ("added", c.added),
        ("removed", c.removed),
    ];
    let mut out = format!("<h3>{}</h3><div class=\"cards\">", escape(label));
    for (name, n) in items {
        let _ = write!(
            out,
            "<div class=\"card\"><b>{n}</b><span>{name}</span></div>"
        );
    }
    out.push_str("</div>");
    out
}

fn term_rows(out: &mut String, change: &str, list: &[TermCount]) {
    for t in list {
        let _ = write!(
            out,
            "<tr><td>{change}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            escape(&t.name),
            if t.category == crate::terms::Category::Program { "program" } else { "slogan" },
            t.old_count,
            t.new_count
        );
    }
}

/// One row of the claims table; each claim links to its sentence in the text section
/// (anchors `{at}o{index}` and `{at}n{index}`).
fn claim_row(out: &mut String, at: &str, change: &str, measure: &str, pair: [Option<&Claim>; 2]) {
    let cell = |c: Option<&Claim>, side: char| {
        c.map_or(String::new(), |c| {
            format!(
                "<a href=\"#{at}{side}{}\">{}</a>",
                c.sentence,
                escape(&claim_text(c))
            )
        })
    };
    let _ = write!(
        out,
        "<tr><td>{change}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
        escape(measure),
        cell(pair[0], 'o'),
        cell(pair[1], 'n')
    );
}

/// The claims section of the page: pairs changed and targets kept, then claims added and
/// removed under their measure, and the note on those with no subject.
fn claims_section(body: &mut String, d: &DocDiff, at: &str) {
    let _ = write!(body, "<section id=\"{at}claims\"><h2>Numeric claims</h2><table><thead><tr><th>change</th><th>measure</th><th>old</th><th>new</th></tr></thead><tbody>");
    for (change, list) in [
        ("changed", &d.claims.changed),
        ("target kept", &d.claims.kept_targets),
    ] {
        for ClaimChange {
            measure, old, new, ..
        } in list
        {
            claim_row(body, at, change, measure, [Some(old), Some(new)]);
        }
    }
    for c in &d.claims.added {
        claim_row(body, at, "added", super::facts::measure(c), [None, Some(c)]);
    }
    for c in &d.claims.removed {
        claim_row(
            body,
            at,
            "removed",
            super::facts::measure(c),
            [Some(c), None],
        );
    }
    body.push_str("</tbody></table>");
    if let Some(note) = without_subject_note(&d.claims) {
        let _ = write!(body, "<p>{}</p>", escape(&note));
    }
    body.push_str("</section>");
}

/// The sections of one comparison, with anchors prefixed by `at`.
fn sections(d: &DocDiff, at: &str) -> String {
    let mut body = String::new();
    let _ = write!(
        body,
        "<section id=\"{at}summary\"><h2>{} → {}</h2>",
        escape(&titles(d).0),
        escape(&titles(d).1)
    );
    if d.identical {
        body.push_str("<p>Identical after cleaning.</p></section>");
        return body;
    }
    body.push_str(&cards("Sentences", &d.sentence_counts));
    body.push_str(&cards("Paragraphs", &d.paragraph_counts));
    body.push_str("</section>");

    let _ = write!(body, "<section id=\"{at}terms\"><h2>Programs and slogans</h2><table><thead><tr><th>change</th><th>term</th><th>category</th><th class=\"n\">old</th><th class=\"n\">new</th></tr></thead><tbody>");
    term_rows(&mut body, "new", &d.terms.added);
    term_rows(&mut body, "dropped", &d.terms.dropped);
    for sc in &d.terms.successions {
        let _ = write!(
            body,
            "<tr><td>succeeded</td><td>{} → {}</td><td></td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            escape(&sc.old.name),
            escape(&sc.new.name),
            sc.old.old_count,
            sc.new.new_count
        );
    }
    term_rows(&mut body, "kept", &d.terms.kept);
    body.push_str("</tbody></table></section>");

    claims_section(&mut body, d, at);

    let _ = write!(body, "<section id=\"{at}text\"><h2>Text</h2><label><input type=\"checkbox\" class=\"only-changes\"> only changes</label><table class=\"sbs\"><thead><tr><th>status</th><th>old</th><th>new</th></tr></thead><tbody>");
    for u in &d.sentences {
        let name = status_name(u.status);
        // Anchors for the claims table: the old and the new sentence of the row.
        let anchor = |r: &Option<super::UnitRef>, side: char| {
            r.as_ref().map_or(String::new(), |r| {
                format!("<span id=\"{at}{side}{}\"></span>", r.index)
            })
        };
        let _ = write!(
            body,
            "<tr class=\"{name}\"><td>{}{}<span class=\"tag\">{name}</span></td><td>{}</td><td>{}</td></tr>",
            anchor(&u.old, 'o'),
            anchor(&u.new, 'n'),
            side_html(u, true),
            side_html(u, false)
        );
    }
    body.push_str("</tbody></table></section>");
    body
}

/// The self-contained side-by-side page of one or more comparisons, and the documents
/// found on one side only.
pub(crate) fn html_all(diffs: &[DocDiff], only_old: &[String], only_new: &[String]) -> String {
    let mut body = String::new();
    for (k, d) in diffs.iter().enumerate() {
        body.push_str(&sections(d, &format!("d{k}-")));
    }
    for (label, ids) in [("Only in OLD", only_old), ("Only in NEW", only_new)] {
        if !ids.is_empty() {
            let items: String = ids
                .iter()
                .map(|id| format!("<li>{}</li>", escape(id)))
                .collect();
            let _ = write!(body, "<section><h2>{label}</h2><ul>{items}</ul></section>");
        }
    }
    let script = "document.querySelectorAll('.only-changes').forEach(function(box){\
        box.addEventListener('change',function(){\
        box.closest('section').querySelectorAll('tr.unchanged').forEach(function(r){r.hidden=box.checked;});});});";
    let (title, subtitle) = match diffs {
        [d] => (
            format!("{} → {}", titles(d).0, titles(d).1),
            format!("tifa diff · {} → {}", d.old.path, d.new.path),
        ),
        _ => (
            format!("{} comparisons", diffs.len()),
            "tifa diff".to_string(),
        ),
    };
    let nav: &[(&str, &str)] = if diffs.len() == 1 {
        &[
            ("d0-summary", "Summary"),
            ("d0-terms", "Programs and slogans"),
            ("d0-claims", "Numeric claims"),
            ("d0-text", "Text"),
        ]
    } else {
        &[]
    };
    page(&title, &subtitle, nav, &body, script)
}
