//! Numeric claims: every number a text asserts, with its value in base units, its unit and
//! qualifier, the interval it states, and what it measures.

pub mod compounds;
mod context;
mod filters;
pub mod money;
pub mod numeral;
mod phrase;
pub mod rank;
mod rank_weights;
mod read;
mod retag;
mod scan;
mod subject;
pub mod units;
mod words;

use crate::document::CleanDocument;
pub use compounds::Compounds;
use jieba_rs::Jieba;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use context::{Direction, Role};
pub use units::Qualifier;

/// What kind of quantity a claim states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// A number of things or people (个, 家, 人, 股).
    Count,
    /// An amount of money (元, 美元 …), in the currency's base unit.
    Money,
    /// A percentage (5%, 百分之五).
    Percent,
    /// A difference of percentages (1个百分点).
    PercentagePoint,
    /// Basis points (41个基点).
    BasisPoint,
    /// A fraction of one (千分之五, 1/3, ‰).
    Ratio,
    /// A multiple (3倍).
    Multiple,
    /// A physical quantity with its unit (吨, 千瓦, 公里).
    Quantity,
    /// A span of time (3年, 6个月).
    Duration,
}

/// One numeric claim (schema in `docs/schema.md`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// The surface text, qualifiers included.
    pub text: String,
    /// Char range in the cleaned text.
    pub span: [usize; 2],
    /// Index of the sentence in the document.
    pub sentence: usize,
    /// What kind of quantity it states.
    pub kind: ClaimKind,
    /// Value in base units: yuan, persons, 75.8 for 75.8%.
    pub value: f64,
    /// The interval's lower end, if it has one.
    pub low: Option<f64>,
    /// The interval's upper end, if it has one.
    pub high: Option<f64>,
    /// Whether `low` is in the interval.
    pub low_inclusive: bool,
    /// Whether `high` is in the interval.
    pub high_inclusive: bool,
    /// What the words around the number say of it (约, 以上, 多 …).
    pub qualifier: Qualifier,
    /// The unit or classifier as written (元 of 亿元 is the unit, 亿 the scale).
    pub unit: String,
    /// The scale as written (万, 亿, 万亿).
    pub scale: Option<String>,
    /// ISO 4217 code of a money claim's currency (CNY for 元, 块, 人民币; HKD for 港币 or
    /// HK$ …); `None` for other kinds.
    pub currency: Option<String>,
    /// What the number measures: a noun phrase (城镇调查失业率).
    pub subject: Option<String>,
    /// The verb that states the number (增长, 达到).
    pub verb: Option<String>,
    /// Whether the verb says it grew or shrank.
    pub direction: Option<Direction>,
    /// The time the sentence speaks of (2024年, 今年).
    pub time: Option<String>,
    /// A target or a threshold, where the text makes it clear.
    pub role: Option<Role>,
}

/// The name of a qualifier, as in the JSON.
pub fn qualifier_name(q: Qualifier) -> String {
    serde_json::to_value(q)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The name of a kind, as in the JSON.
pub fn kind_name(kind: ClaimKind) -> &'static str {
    match kind {
        ClaimKind::Count => "count",
        ClaimKind::Money => "money",
        ClaimKind::Percent => "percent",
        ClaimKind::PercentagePoint => "percentage_point",
        ClaimKind::BasisPoint => "basis_point",
        ClaimKind::Ratio => "ratio",
        ClaimKind::Multiple => "multiple",
        ClaimKind::Quantity => "quantity",
        ClaimKind::Duration => "duration",
    }
}

/// The claims of a document as a table for people (text from the document escaped for the
/// terminal).
pub fn table(doc: &str, claims: &[Claim]) -> String {
    use crate::terminal::{safe, safe_line};
    let mut out = format!("=== {} ===\n", safe_line(doc));
    for c in claims {
        let bound = |v: Option<f64>| v.map_or("·".to_string(), human);
        out.push_str(&format!(
            "{:<16} {:>16} {:<10} [{}, {}] {:<6} {} «{}»\n",
            kind_name(c.kind),
            human(c.value),
            qualifier_name(c.qualifier),
            bound(c.low),
            bound(c.high),
            safe(&c.unit),
            safe(c.subject.as_deref().unwrap_or("-")),
            safe(&c.text)
        ));
    }
    out
}

/// A number for people: whole numbers with thousands separators (12,000,000), others to at
/// most four decimals (0.1724).
fn human(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        let digits = format!("{}", v.abs() as u64);
        let mut out = String::new();
        for (i, d) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(d);
        }
        return if v < 0.0 { format!("-{out}") } else { out };
    }
    let fixed = format!("{v:.4}");
    fixed
        .trim_end_matches('0')
        .trim_end_matches('.')
        .to_string()
}

/// The claims of a cleaned document, in text order; `compounds` is the dictionary of measure
/// noun phrases ([`Compounds::builtin`], loaded once a run by `Lexicon::compounds`).
pub fn extract(doc: &CleanDocument, jieba: &Jieba, compounds: &Compounds) -> Vec<Claim> {
    let chars = doc.chars();
    let mut claims = Vec::new();
    let mut index = 0;
    for p in &doc.paragraphs {
        let mut reader = ParagraphReader::new(jieba, compounds);
        for s in &p.sentences {
            claims.extend(
                reader
                    .sentence(chars, s.start..s.end)
                    .into_iter()
                    .map(|mut c| {
                        c.sentence = index;
                        c
                    }),
            );
            index += 1;
        }
    }
    claims
}

/// Reads the sentences of one paragraph in order, remembering what the paragraph said
/// before (a 预期目标 there makes later numbers targets).
struct ParagraphReader<'a> {
    jieba: &'a Jieba,
    compounds: &'a Compounds,
    after_target: bool,
}

impl<'a> ParagraphReader<'a> {
    fn new(jieba: &'a Jieba, compounds: &'a Compounds) -> Self {
        ParagraphReader {
            jieba,
            compounds,
            after_target: false,
        }
    }

    /// The claims of the paragraph's next sentence, `range` of `text`; spans are char
    /// ranges in `text`.
    fn sentence(&mut self, text: &[char], range: std::ops::Range<usize>) -> Vec<Claim> {
        let (start, sentence) = (range.start, &text[range]);
        let mut claims = self.rules(sentence);
        // Round 12: where the rules give no subject, the ranker's best candidate.
        rank::fill(self.jieba, sentence, &mut claims);
        for c in &mut claims {
            c.span = [c.span[0] + start, c.span[1] + start];
        }
        claims
    }

    /// The claims of the paragraph's next sentence as the rules read them (no ranker);
    /// spans are relative to it.
    fn rules(&mut self, sentence: &[char]) -> Vec<Claim> {
        let found = scan::scan(sentence);
        let facts = context::SentenceFacts::read(sentence, self.after_target, !found.is_empty());
        self.after_target = facts.names_target();
        sentence_claims(self.jieba, self.compounds, sentence, found, &facts)
    }
}

/// The claims of one sentence (`found` by the scan), with the facts read from it; spans are
/// relative to it.
fn sentence_claims(
    jieba: &Jieba,
    compounds: &Compounds,
    sentence: &[char],
    mut out: Vec<Claim>,
    facts: &context::SentenceFacts,
) -> Vec<Claim> {
    out.retain(|c| !filters::inside_a_word(jieba, sentence, c.span));
    let mut from = 0;
    for i in 0..out.len() {
        let mut ctx = context::read(jieba, sentence, &out[i], from, facts);
        from = out[i].span[1];
        // 社会消费品零售总额34.2万亿元，同比增长6.8%: a clause with no subject of its own
        // speaks of the previous claim's.
        ctx.subject = ctx
            .subject
            .and_then(|s| {
                subject::plausible(jieba, &context::tidy_subject(&s))
                    .or_else(|| {
                        let closing = context::closing_words(jieba, sentence, &out[i]);
                        closing.filter(|w| *w == s)
                    })
                    .or_else(|| context::counted_char(sentence, &out[i], &s).then_some(s))
            })
            .map(|s| context::owner_before(jieba, sentence, &out[i], &s).unwrap_or(s))
            .map(|s| widened(jieba, compounds, sentence, &out[i], s));
        // 采购商中，来自…的达1500多人: a headless relative clause counts part of the topic.
        if context::headless(sentence, &out[i]) {
            let topic = context::earlier_topic(jieba, sentence, &out[i]);
            ctx.subject = topic.or(ctx.subject);
        }
        if ctx.subject.is_none() {
            ctx.subject = context::earlier_object(jieba, sentence, &out[i])
                .or_else(|| context::earlier_topic(jieba, sentence, &out[i]))
                .or_else(|| context::later_subject(jieba, sentence, &out[i]));
        }
        if ctx.subject.is_none() && i > 0 {
            ctx.subject = out[i - 1].subject.clone();
        }
        let claim = &mut out[i];
        claim.subject = ctx.subject;
        claim.verb = ctx.verb;
        claim.direction = ctx.direction;
        claim.time = ctx.time;
        claim.role = ctx.role;
    }
    subject::distribute(jieba, sentence, &mut out);
    out
}

/// A subject the rules cut inside a listed compound, widened to it (round 15) when the
/// compound is a subject as it stands (no leading word or predicate to trim) and what it
/// adds after the subject ends in a noun (企业|调整 is a clause's subject and its verb).
fn widened(
    jieba: &Jieba,
    compounds: &Compounds,
    sentence: &[char],
    claim: &Claim,
    subject: String,
) -> String {
    let noun_end = |w: &str| {
        w.ends_with(subject.as_str())
            || context::tag(jieba, w)
                .last()
                .is_some_and(|t| t.tag.starts_with('n'))
    };
    compounds
        .widen(sentence, claim.span, &subject)
        .filter(|w| subject::plausible(jieba, w).as_deref() == Some(w.as_str()) && noun_end(w))
        .filter(|w| subject::widening_adds_no_verb(jieba, &subject, w))
        .unwrap_or(subject)
}

/// The value of a text that is one number (12.550万, 三万二, 百分之5 → 5), or `None`.
pub fn number_value(text: &str) -> Option<f64> {
    let chars: Vec<char> = text.chars().collect();
    let start = if units::starts_with(&chars, "百分之") {
        3
    } else {
        0
    };
    let read = read::read_number(&chars, start)?;
    (read.end == chars.len()).then_some(read.number.value)
}

/// A text that is one money expression (港币两千九百六十元, 三五百块, 15k左右, 肆佰叁拾萬圆整)
/// read as a money claim; an amount with no unit is yuan.
pub fn parse_money(text: &str) -> Option<Claim> {
    let chars: Vec<char> = text.trim().chars().collect();
    let options = scan::Options { money: true };
    scan::scan_with(&chars, options)
        .into_iter()
        .find(|c| c.kind == ClaimKind::Money)
}

/// The claims of a plain text (one paragraph a line), for tools and tests; spans are
/// char ranges in their line. Parses the built-in dictionary of compounds on each call: for
/// many texts, [`extract_text_with`] and one [`Compounds::builtin`].
pub fn extract_text(text: &str, jieba: &Jieba) -> Vec<Claim> {
    extract_text_with(text, jieba, &Compounds::builtin())
}

/// [`extract_text`] with a dictionary of compounds loaded once.
pub fn extract_text_with(text: &str, jieba: &Jieba, compounds: &Compounds) -> Vec<Claim> {
    let mut out = Vec::new();
    for line in text.lines() {
        let chars: Vec<char> = line.chars().collect();
        let mut reader = ParagraphReader::new(jieba, compounds);
        for s in crate::clean::split_sentences(&chars, 0) {
            out.extend(reader.sentence(&chars, s.start..s.end));
        }
    }
    out
}

/// The claims of a plain text as the rules alone read them (no ranker), each with the
/// candidate subjects the ranker chooses from (`rank::candidates`): what
/// `examples/subject_ranker.rs` trains on. Spans are char ranges in their line.
pub fn rules_and_candidates(
    text: &str,
    jieba: &Jieba,
    compounds: &Compounds,
) -> Vec<(Claim, Vec<rank::Candidate>)> {
    let mut out = Vec::new();
    for line in text.lines() {
        let chars: Vec<char> = line.chars().collect();
        let mut reader = ParagraphReader::new(jieba, compounds);
        for s in crate::clean::split_sentences(&chars, 0) {
            let sentence = &chars[s.start..s.end];
            let claims = reader.rules(sentence);
            if claims.is_empty() {
                continue;
            }
            let text: String = sentence.iter().collect();
            let tagged = rank::Tagged::new(jieba, &text);
            for mut c in claims {
                let candidates = rank::candidates(jieba, &tagged, &c);
                c.span = [c.span[0] + s.start, c.span[1] + s.start];
                out.push((c, candidates));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::human;

    #[test]
    fn numbers_for_people() {
        assert_eq!(human(12000000.0), "12,000,000");
        assert_eq!(human(-1200.0), "-1,200");
        assert_eq!(human(0.1724137931034483), "0.1724");
        assert_eq!(human(2.5), "2.5");
        assert_eq!(human(1e20), "100000000000000000000");
    }
}
