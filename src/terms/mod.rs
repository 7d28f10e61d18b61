//! Programs, slogans and cited documents: the vocabulary of official text (提法), found in
//! quotes, in 《…》, in numbered frameworks (五个体系) and in parallel formulations
//! (不敢腐、不能腐、不想腐), typed and keyed so that variants are one term.

mod classify;
mod evidence;
mod finder;
mod headed;
mod issued;
pub mod keywords;
mod laws;
pub mod learned;
mod modified;
mod paired;
mod shapes;

use crate::claims::units::starts_with;
use crate::clean::chars::is_content;
use crate::document::{CleanDocument, Span};
use jieba_rs::Jieba;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use classify::classify;
pub(crate) use classify::{TypedNames, Typing};
pub use finder::Finder;

/// What a term is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Named initiatives, projects, systems, platforms, apps, brands, numbered frameworks.
    Program,
    /// Formulations and catchphrases.
    Slogan,
    /// 《…》 titles.
    Document,
    /// Figurative scare quotes: kept, out of the program and slogan indexes.
    Other,
}

/// One occurrence of a term (schema in `docs/schema.md`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The name without quote marks, as written.
    pub name: String,
    /// The key that makes variants one term (punctuation and quote marks dropped).
    pub key: String,
    /// What the name is: program, slogan, cited document or other.
    pub category: Category,
    /// Char range in the cleaned text.
    pub span: [usize; 2],
    /// Whether the text quotes it here (“…”, 「…」, 《…》); `false` where a known name stands
    /// plainly.
    pub quoted: bool,
    /// The count of a numbered name: 5 for 五个体系, 2 for 两个确立.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub n: Option<u32>,
    /// The head that typed it: 工程 of 千万工程, 工作体系 after “885”, 确立 of 两个确立.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub head: Option<String>,
    /// The code of a coded name: 885, 1+4+N.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The document type of a 《…》 title: 条例, 规划, 指导意见.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doc_type: Option<String>,
    /// The parts of a parallel formulation: 不敢腐, 不能腐, 不想腐.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
    /// Whether the run's lexicon (built-in vocabulary, the user's list, the corpus's learned
    /// terms) lists the name: evidence beyond the quotes (not written out).
    #[serde(skip)]
    pub(crate) known: bool,
    /// Whether the text applies the quoted name as a policy (实行“非禁即入”, 推行“…”):
    /// evidence of form beyond the quotes (not written out).
    #[serde(skip)]
    pub(crate) applied: bool,
    /// Whether the learned typing (`terms::learned`) made it a program or slogan: no evidence
    /// of its own, so the index wants the corpus's (not written out).
    #[serde(skip)]
    pub(crate) learned: bool,
    /// Whether the rules typed the quote `other` on evidence of its context or its form (an
    /// entity's or a label's context, an occasion, goods, an edition, a brand of goods): final,
    /// the learned typing leaves it (not written out).
    #[serde(skip)]
    pub(crate) kept_out: bool,
    /// The span of the longer name this one stands inside (新型城镇化 inside
    /// 以县城为重要载体的新型城镇化, 乡村振兴 inside 乡村振兴战略): a listed name found within
    /// another term is a term of its own, counted in the indexes and `tifa diff` as a mention,
    /// but not a word of its own for segmentation. Absent for the outermost names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub within: Option<[usize; 2]>,
}

/// The key of a name: letters, digits, ideographs and `+`, so that 小事不出村,大事不出镇 and
/// 小事不出村，大事不出镇, or 党建暖‘新’·健康发展 and 党建暖·新·健康发展, are one term.
pub fn key_of(name: &str) -> String {
    name.chars()
        .map(crate::clean::chars::half_width)
        .filter(|&c| crate::clean::chars::is_content(c) || c == '+')
        .collect()
}

/// A 128-bit fingerprint of a text, white space aside: exact copies (the same text re-wrapped
/// or re-indented) share it. The runs between white space are gathered into one buffer (a
/// thread's, reused) and hashed whole by foldhash with two seeds, instead of streamed through
/// two SipHashes (a third fewer instructions; benches/README.md, twelfth session). The value
/// lives only in memory for one run.
pub(crate) fn fingerprint(text: &str) -> u128 {
    use std::hash::BuildHasher;
    thread_local! {
        static JOINED: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let hash = |joined: &[u8]| {
        let [a, b] = [0x7469_6661, 0x6669_6e67]
            .map(|seed| foldhash::quality::FixedState::with_seed(seed).hash_one(joined));
        (u128::from(a) << 64) | u128::from(b)
    };
    // The runs between white space are found in the bytes, not the chars.
    let bytes = text.as_bytes();
    let (mut at, mut run) = (0, 0);
    JOINED.with_borrow_mut(|joined| {
        joined.clear();
        while let Some(next) = bytes[at..]
            .iter()
            .position(|&b| MAY_START_WHITE[usize::from(b)])
        {
            at += next;
            match white_len(bytes, at) {
                0 => at += 1,
                n => {
                    joined.extend_from_slice(&bytes[run..at]);
                    at += n;
                    run = at;
                }
            }
        }
        if run == 0 {
            // No white space: the text is its own join.
            return hash(bytes);
        }
        joined.extend_from_slice(&bytes[run..]);
        hash(joined)
    })
}

/// The bytes that can start a white space char in UTF-8: ASCII white space and the lead
/// bytes of U+0085, U+00A0, U+1680, U+2000–U+205F and U+3000.
static MAY_START_WHITE: [bool; 256] = {
    let mut table = [false; 256];
    let starts = [
        b'\t', b'\n', 0x0B, 0x0C, b'\r', b' ', 0xC2, 0xE1, 0xE2, 0xE3,
    ];
    let mut i = 0;
    while i < starts.len() {
        table[starts[i] as usize] = true;
        i += 1;
    }
    table
};

/// The length in bytes of the white space char ([`char::is_whitespace`]) that starts at
/// `bytes[at]` of UTF-8 text, or 0: a continuation byte never starts one.
fn white_len(bytes: &[u8], at: usize) -> usize {
    let next = |k: usize| bytes.get(at + k).copied().unwrap_or(0);
    let white = match bytes[at] {
        b'\t'..=b'\r' | b' ' => return 1,
        // U+0085, U+00A0
        0xC2 => return 2 * usize::from(matches!(next(1), 0x85 | 0xA0)),
        // U+1680
        0xE1 => (next(1), next(2)) == (0x9A, 0x80),
        // U+2000–U+200A, U+2028, U+2029, U+202F, U+205F
        0xE2 => matches!(
            (next(1), next(2)),
            (0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF) | (0x81, 0x9F)
        ),
        // U+3000
        0xE3 => (next(1), next(2)) == (0x80, 0x80),
        _ => false,
    };
    3 * usize::from(white)
}

/// The terms of a cleaned document, in text order. The lexicon's terms (built-in, the
/// user's, those the corpus taught) are found wherever they stand; `tagger` (jieba's own
/// dictionary: `Lexicon::tagger`) gives the words and tags of the names; `model` (the
/// lexicon's: `Lexicon::quote_model`) types the quoted names the rules do not settle on
/// evidence of their own (`None`: the rules alone).
pub fn extract(
    doc: &CleanDocument,
    lexicon: &Finder,
    tagger: &Jieba,
    model: Option<&learned::Model>,
) -> Vec<Term> {
    extract_typed(doc, lexicon, Typing::new(tagger, None), model)
}

/// [`extract`], the quoted names typed through `typing` (a run's table of the names typed).
pub(crate) fn extract_typed(
    doc: &CleanDocument,
    lexicon: &Finder,
    typing: Typing,
    model: Option<&learned::Model>,
) -> Vec<Term> {
    let tagger = typing.tagger();
    let chars = doc.chars();
    let mut terms = Vec::new();
    for p in &doc.paragraphs {
        let paragraph = &chars[p.span.start..p.span.end];
        let mut found = extract_chars(paragraph, p.span.start, typing);
        // A quoted name the lexicon knows takes the lexicon's category (“保交房”任务: a
        // program).
        for t in &mut found {
            if let Some(known) = lexicon.get(&t.key) {
                t.category = known.category;
                t.known = true;
            }
        }
        if let Some(model) = model {
            learned::retype(paragraph, p.span.start, &mut found, model, tagger);
        }
        terms.extend(found);
    }
    works_throughout(chars, &mut terms);
    taught(chars, terms, lexicon, tagger)
}

/// A 《…》 title shown as a work somewhere in a document is a work wherever the document
/// cites it (电影《…》 once, then 《…》 alone).
fn works_throughout(chars: &[char], terms: &mut [Term]) {
    let title = |t: &Term| t.quoted && chars.get(t.span[0]) == Some(&'《');
    let works: Vec<String> = terms
        .iter()
        .filter(|t| title(t) && classify::title_of_work(chars, t.span))
        .map(|t| t.key.clone())
        .collect();
    for t in terms
        .iter_mut()
        .filter(|t| title(t) && works.contains(&t.key))
    {
        t.category = Category::Other;
        t.doc_type = None;
    }
}

/// `found` with the names the document quotes as programs or slogans, and the lexicon's
/// names, where the text does not quote them (a text quotes a name once, then uses it
/// plainly). Quoted terms stay; among unquoted ones, found by rule or by name, the leftmost
/// then longest wins (中央八项规定精神 over the 八项规定 inside it).
fn taught(chars: &[char], found: Vec<Term>, lexicon: &Finder, tagger: &Jieba) -> Vec<Term> {
    let quoted = Finder::new(
        found
            .iter()
            .filter(|t| {
                t.quoted
                    && matches!(t.category, Category::Program | Category::Slogan)
                    && t.name.chars().count() >= 3
            })
            .cloned()
            .collect(),
    );
    let (mut out, by_rule): (Vec<Term>, Vec<Term>) = found.into_iter().partition(|t| t.quoted);
    let taken: Vec<[usize; 2]> = out.iter().map(|t| t.span).collect();
    let by_name = |finder: &Finder, known: bool| {
        finder
            .find(chars, &taken)
            .into_iter()
            .map(|(span, t)| Term {
                // The spelling of the text: a listed name may be written another way.
                name: chars[span[0]..span[1]].iter().collect(),
                span,
                quoted: false,
                known: known || finder.terms()[t].known,
                ..finder.terms()[t].clone()
            })
            .collect::<Vec<Term>>()
    };
    let listed = by_name(lexicon, true);
    // A listed name with the head of a plan or a pilot after it (美丽中国|先行区), else with
    // its own head, and with its modifier when one stands before it, else a slogan with its
    // twin or its series' further members (the longer one wins where it overlaps nothing;
    // the listed name is nested in it).
    let listed: Vec<Term> = listed
        .into_iter()
        .map(
            |t| match headed::with_plan_head(chars, &t, &taken, tagger) {
                Some(longer) => longer,
                None => with_head(chars, t, &taken, tagger),
            },
        )
        .flat_map(|t| {
            let longer = modified::with_modifier(chars, &t, &taken, tagger)
                .or_else(|| paired::with_parallel_member(chars, &t, &taken, tagger));
            longer.into_iter().chain([t])
        })
        .collect();
    // A name before a rule where both give one span.
    let mut candidates: Vec<(bool, Term)> = by_name(&quoted, false)
        .into_iter()
        .chain(listed)
        .map(|t| (false, t))
        .chain(by_rule.into_iter().map(|t| (true, t)))
        .collect();
    candidates.sort_by_key(|(rule, t)| (t.span[0], std::cmp::Reverse(t.span[1]), *rule));
    let mut end = 0;
    for (_, t) in candidates {
        if t.span[0] >= end {
            end = t.span[1];
            out.push(t);
        }
    }
    let nested = nested(chars, &out, lexicon);
    out.extend(nested);
    out.sort_by_key(|t| (t.span[0], std::cmp::Reverse(t.span[1])));
    out
}

/// The lexicon's names standing inside the longer terms of `found` (not inside a 《…》
/// title): 新型城镇化 inside 以县城为重要载体的新型城镇化, 乡村振兴 inside 乡村振兴战略, 以旧换新
/// inside 消费品以旧换新, each marked `within` the longer one. Leftmost-longest inside each
/// term, not the term's own name; and so inside each name found so (藏粮于技 inside
/// 藏粮于地、藏粮于技 inside 藏粮于地、藏粮于技战略: sixteenth round).
fn nested(chars: &[char], found: &[Term], lexicon: &Finder) -> Vec<Term> {
    let mut out = Vec::new();
    for outer in found
        .iter()
        .filter(|t| !(t.quoted && t.category == Category::Document))
    {
        out.extend(inside(chars, outer, lexicon));
    }
    let mut i = 0;
    while i < out.len() {
        let deeper = inside(chars, &out[i], lexicon);
        out.extend(deeper);
        i += 1;
    }
    out
}

/// The lexicon's names inside `outer` ([`nested`]), leftmost-longest, not its own name.
fn inside(chars: &[char], outer: &Term, lexicon: &Finder) -> Vec<Term> {
    let [start, end] = outer.span;
    lexicon
        .find_inside(chars, outer.span)
        .into_iter()
        .filter_map(|(span, i)| {
            let listed = &lexicon.terms()[i];
            (listed.key != outer.key && span != [start, end]).then(|| Term {
                name: chars[span[0]..span[1]].iter().collect(),
                span,
                quoted: false,
                known: true,
                within: Some(outer.span),
                ..listed.clone()
            })
        })
        .collect()
}

/// The heads of programs that a listed name stands with unquoted: the final words shared by
/// fourteen or more program entries of the built-in vocabulary (measured by the test
/// `stem_heads_are_the_vocabulary_s_own`), but for 建设: 交通强省建设 is the work of building
/// the goal 交通强省, the name, and for 试点 (24 entries since the tenth round, whose pilots
/// are named whole): a pilot after a listed name is the pilot of that name, as is the policy
/// of a rarer head (政策 11): 以旧换新政策, 绿电直连试点 are labelled 以旧换新, 绿电直连.
const STEM_HEADS: &[&str] = &[
    "改革", "行动", "体系", "工程", "制度", "计划", "机制", "战略",
];

/// Heads of a slogan's fuller name, measured in the national 2013–2025 and provincial-2026
/// reports after a listed slogan (稳中求进 + 工作总基调 54 times; 根本任务, 总要求,
/// 重要思想): the name and its head are one formulation.
const SLOGAN_STEM_HEADS: &[&str] = &["工作总基调", "总基调", "根本任务", "总要求", "重要思想"];
/// Endings of a region's strategy (长江经济带, 粤港澳大湾区, 成渝地区双城经济圈), and the
/// heads such a strategy is named with (长江经济带 + 发展 19 times in the reports,
/// 粤港澳大湾区 + 建设 11, 成渝地区双城经济圈 + 建设 10).
const REGION_ENDS: &[&str] = &[
    "经济带",
    "大湾区",
    "经济圈",
    "城市群",
    "都市圈",
    "自由贸易港",
];
/// The heads of [`REGION_ENDS`], longest first.
const REGION_HEADS: &[&str] = &["高质量发展", "发展", "建设"];

/// The head that extends listed `t` before `rest`, with the category of the whole: a
/// program head after a program (not one that ends with a head already: 长期护理保险制度),
/// a region's head after a region's strategy (a word of its own: not 建设者), a slogan's
/// head after a slogan.
fn stem_head(t: &Term, rest: &[char], tagger: &Jieba) -> Option<(&'static str, Category)> {
    let at = |h: &&str| starts_with(rest, h);
    match t.category {
        Category::Program if !STEM_HEADS.iter().any(|h| t.name.ends_with(h)) => {
            let program = STEM_HEADS
                .iter()
                .find(|h| at(h) && ends_word(&rest[h.chars().count()..], tagger));
            let region = || {
                REGION_ENDS.iter().any(|e| t.name.ends_with(e)).then(|| {
                    REGION_HEADS.iter().find(|h| {
                        let next: String = rest.iter().take(h.chars().count() + 3).collect();
                        at(h)
                            && tagger
                                .tag(&next, false)
                                .first()
                                .is_some_and(|w| w.word == **h)
                    })
                })?
            };
            program.or_else(region).map(|h| (*h, Category::Program))
        }
        Category::Slogan => SLOGAN_STEM_HEADS
            .iter()
            .find(|h| at(h))
            .map(|h| (*h, Category::Slogan)),
        _ => None,
    }
}

/// A listed name found unquoted, extended by a head right after it ([`stem_head`]: 乡村振兴
/// and 战略 → 乡村振兴战略, a program; 长江经济带 and 发展; 稳中求进 and 工作总基调, a
/// slogan); the listed name is found inside it too ([`nested`]), so that the index counts
/// both.
fn with_head(chars: &[char], t: Term, taken: &[[usize; 2]], tagger: &Jieba) -> Term {
    let [start, end] = t.span;
    let Some((h, category)) = stem_head(&t, &chars[end..], tagger) else {
        return t;
    };
    let n = h.chars().count();
    if !taken.iter().all(|s| end + n <= s[0] || end >= s[1]) {
        return t;
    }
    let span = [start, end + n];
    let name: String = chars[span[0]..span[1]].iter().collect();
    Term {
        key: key_of(&name),
        name,
        span,
        category,
        head: Some(h.to_string()),
        n: None,
        code: None,
        members: Vec::new(),
        ..t
    }
}

/// Whether a head ends its word before `after`: punctuation, 的、和、与、及、等, or the verb
/// phrase of the clause by jieba's tags: a verb or adverb of two chars and a verb after it
/// (乡村振兴战略|统筹|实施; not 战略|通道, whose 通道 jieba also tags a verb, nor 战略性).
pub(super) fn ends_word(after: &[char], tagger: &Jieba) -> bool {
    match after.first() {
        None => true,
        Some(&c) if !crate::clean::chars::is_han(c) || "的和与及等".contains(c) => true,
        Some(_) => {
            let next: String = after.iter().take(6).collect();
            match &tagger.tag(&next, false)[..] {
                [first, second, ..] => {
                    first.word.chars().count() == 2
                        && matches!(first.tag, "v" | "d")
                        && second.tag == "v"
                }
                _ => false,
            }
        }
    }
}

/// A term of `name` with nothing found yet but its category, span, quoting and document type.
pub(super) fn term(
    name: String,
    category: Category,
    span: [usize; 2],
    quoted: bool,
    doc_type: Option<String>,
) -> Term {
    Term {
        key: key_of(&name),
        name,
        category,
        span,
        quoted,
        n: None,
        head: None,
        code: None,
        doc_type,
        members: Vec::new(),
        known: false,
        applied: false,
        learned: false,
        kept_out: false,
        within: None,
    }
}

/// Reads a term list: one term a line, optionally followed by a tab or space and its
/// category (`program` when absent); blank lines and lines starting with `#` are skipped.
/// The terms carry their name and category; `typed` completes them (head, count, members)
/// once a tagger is at hand (`Lexicon::new` does).
pub fn parse_list(text: &str) -> Result<Vec<Term>, String> {
    crate::vocabulary::entries(text)
        .map(|entry| {
            let category = match entry.category {
                None | Some("program") => Category::Program,
                Some("slogan") => Category::Slogan,
                Some("document") => Category::Document,
                Some("other") => Category::Other,
                Some(c) => return Err(format!("line {}: unknown category `{c}`", entry.line)),
            };
            Ok(Term {
                category,
                ..classify::listed(entry.name)
            })
        })
        .collect()
}

/// A listed term (from [`parse_list`]) typed by `tagger` as its name would be, in the
/// category its list gives it.
pub(crate) fn typed(listed: &Term, tagger: &Jieba) -> Term {
    Term {
        category: listed.category,
        ..classify(&listed.name, tagger)
    }
}

/// Units of time after a numeral: 十年之约 is a span, not ten things.
const TIME_UNITS: &[&str] = &["年", "月", "天", "日", "周", "岁", "小时", "分钟", "季度"];

/// Whether an occurrence is typed by evidence of its own: the lexicon lists the name, a head
/// or a count types it (“村改支”模式, 两个确立, 一业一证), it is a code (885) or a
/// combination (体育+), the text quotes it as parallel members of words (“扶优、扶科、限劣”;
/// single ideographs such as “逛、赏、购” need the corpus's evidence) or applies
/// it as a policy (实行“非禁即入”). A name the learned typing made a program or slogan, or one
/// typed by its form alone (a quoted phrase such as 看球吃饭, one of something such as 一起投,
/// a list found outside quotes) needs the corpus's evidence: see the index.
pub(crate) fn self_evident(t: &Term) -> bool {
    // 一业一证, 一岛一策 count their parts; 一起投 is not one of anything, and 十年之约 counts
    // years, not things.
    let parts = |h: &String| {
        h.chars()
            .any(|c| crate::claims::numeral::digit(c).is_some())
    };
    let span = |h: &String| TIME_UNITS.iter().any(|u| h.starts_with(u));
    let counted = match (t.n, &t.head) {
        (Some(1), Some(h)) => parts(h),
        (Some(_), Some(h)) => !span(h),
        (Some(n), None) => n >= 2,
        (None, _) => false,
    };
    // A closing head or a program's form counts unless the learned typing, not the rules,
    // made it a program or slogan.
    let headed = t.head.is_some() && t.n.is_none() && !t.learned;
    // Programs without head or count are codes, combinations, services and themed names.
    let structured =
        t.category == Category::Program && t.head.is_none() && t.n.is_none() && !t.learned;
    t.known
        || t.applied
        || t.category == Category::Document
        || counted
        || headed
        || structured
        || t.code.is_some()
        || (t.quoted && t.members.iter().any(|m| m.chars().count() > 1))
}

/// The quoted terms (in “…”, 「…」 and 《…》) of a plain text.
pub(crate) fn quoted_text(text: &str, typing: Typing) -> Vec<Term> {
    let chars: Vec<char> = text.chars().collect();
    classify::quoted(&chars, typing)
}

/// The terms of a plain text (one paragraph, no lexicon), for tools and tests.
pub fn extract_text(text: &str, tagger: &Jieba) -> Vec<Term> {
    let chars: Vec<char> = text.chars().collect();
    taught(
        &chars,
        extract_chars(&chars, 0, Typing::new(tagger, None)),
        &Finder::default(),
        tagger,
    )
}

fn extract_chars(chars: &[char], base: usize, typing: Typing) -> Vec<Term> {
    let tagger = typing.tagger();
    let mut out = classify::quoted(chars, typing);
    out.extend(classify::unquoted(chars, &out, tagger));
    // Shapes where no other rule stands, or over the unquoted terms they hold (the list
    // 市场化、法治化、国际化 inside 市场化、法治化、国际化一流营商环境).
    for s in shapes::shaped(chars, tagger) {
        let apart = |t: &Term| s.span[1] <= t.span[0] || s.span[0] >= t.span[1];
        let inside = |t: &Term| !t.quoted && s.span[0] <= t.span[0] && t.span[1] <= s.span[1];
        if out.iter().all(|t| apart(t) || inside(t)) {
            out.retain(apart);
            out.push(s);
        }
    }
    out.sort_by_key(|t| (t.span[0], t.span[1]));
    for t in &mut out {
        t.span = [t.span[0] + base, t.span[1] + base];
    }
    out
}

/// The char spans that must stay single tokens: the words of each program, slogan and
/// figurative term found in a document (not 《…》 titles), sorted and without overlaps.
pub(crate) fn whole_words(text_chars: &[char], terms: &[Term]) -> Vec<Span> {
    let mut spans = Vec::new();
    for t in terms
        .iter()
        .filter(|t| t.category != Category::Document && t.within.is_none())
    {
        let [start, end] = t.span;
        let mut i = start;
        while i < end {
            let word_char = |c: char| is_content(c) || c == '+';
            if !word_char(text_chars[i]) {
                i += 1;
                continue;
            }
            let j = (i..end).find(|&j| !word_char(text_chars[j])).unwrap_or(end);
            if j - i >= 2 {
                spans.push(Span::new(i, j));
            }
            i = j;
        }
    }
    spans.sort();
    let mut kept: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match kept.last() {
            Some(last) if s.start < last.end => {}
            _ => kept.push(s),
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_space_is_found_in_the_bytes_as_in_the_chars() {
        for c in (0..0x3100u32)
            .chain([0xFEFF, 0x1_F600])
            .filter_map(char::from_u32)
        {
            let text = format!("甲{c}乙");
            let expected = if c.is_whitespace() { c.len_utf8() } else { 0 };
            assert_eq!(white_len(text.as_bytes(), 3), expected, "{:04X}", c as u32);
        }
        // Spaces and breaks anywhere do not change a text's fingerprint.
        let a = fingerprint("新华社北京电\u{3000}记者\n从国家统计局获悉。 GDP 增长5%");
        let b = fingerprint("  新华社北京电记者从国家统计局获悉。GDP\t\u{a0}增长5%\u{2029}");
        assert_eq!(a, b);
        assert_ne!(
            a,
            fingerprint("新华社北京电记者从国家统计局获悉。GDP增长6%")
        );
        // The same value as the text without the white space that `split` finds.
        let by_chars =
            |text: &str| fingerprint(&text.split(char::is_whitespace).collect::<String>());
        for text in [
            "",
            " ",
            "甲",
            " 甲 乙\u{3000}",
            "\u{85}a\u{a0}b\u{2000}\u{200b}c\u{205f}",
        ] {
            assert_eq!(fingerprint(text), by_chars(text), "{text:?}");
        }
    }

    #[test]
    fn stem_heads_are_the_vocabulary_s_own() {
        let mut ends: std::collections::BTreeMap<String, usize> = Default::default();
        let listed = parse_list(crate::vocabulary::BUILT_IN).unwrap();
        for t in listed.iter().filter(|t| t.category == Category::Program) {
            let chars: Vec<char> = t.name.chars().collect();
            let end: String = chars[chars.len().saturating_sub(2)..].iter().collect();
            *ends.entry(end).or_default() += 1;
        }
        let mut measured: Vec<&str> = ends
            .iter()
            .filter(|(h, &n)| n >= 14 && !["建设", "试点"].contains(&h.as_str()))
            .map(|(h, _)| h.as_str())
            .collect();
        let mut heads = STEM_HEADS.to_vec();
        measured.sort_unstable();
        heads.sort_unstable();
        assert_eq!(heads, measured);
    }

    #[test]
    fn whole_words_split_parallel_slogans_and_skip_titles() {
        let text = "“不敢腐、不能腐”和《村务管理条例》";
        let chars: Vec<char> = text.chars().collect();
        let terms = crate::terms::extract_text(text, &Jieba::new());
        let spans = whole_words(&chars, &terms);
        let words: Vec<String> = spans
            .iter()
            .map(|s| chars[s.start..s.end].iter().collect())
            .collect();
        assert_eq!(words, ["不敢腐", "不能腐"]);
    }
}
