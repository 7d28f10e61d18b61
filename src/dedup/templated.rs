//! Templated text is not duplicated text. Two near-duplicate texts that differ in what
//! carries the facts — a person, a place, a number or date — are one template filled in twice
//! (eleven expulsion notices, two state visits), not one story copied: they are never merged,
//! and a deduplicated corpus keeps both. The words of both texts are tagged by jieba and
//! aligned; a *slot* is a run of words replaced by another run, one of which holds a name
//! (`nr…`), a place (`ns…`) or a number. Words only inserted or deleted (a dropped sentence,
//! an added clause) and replaced ordinary words (a reworded headline) leave a copy a copy.

use jieba_rs::Jieba;
use rustc_hash::FxHashMap;
use similar::{capture_diff_slices, Algorithm, DiffOp};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex, OnceLock};

/// Near-duplicate texts that differ in what carries their facts (names, places, numbers):
/// one template filled in more than once, never merged (see this module).
#[derive(Debug, Clone, PartialEq)]
pub struct Template<T> {
    /// In corpus order: paragraphs (each standing for its exact copies), or documents.
    pub members: Vec<T>,
    /// The pairs compared, as indexes into `members`, with the slots where they differ.
    pub pairs: Vec<(u32, u32, Vec<Slot>)>,
}
/// A run of words of one text replaced by a run of the other that carries a fact.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Slot {
    /// The words of the first text (at most a few dozen chars).
    pub old: String,
    /// The words that replace them in the second.
    pub new: String,
}

/// Words of each text compared: the alignment is exact (no time limit, so every engine, thread
/// count and machine load decides alike) and bounded by this many words a side.
const MAX_WORDS: usize = 20_000;
/// Bytes of input from which [`SlotFinder::for_corpus`] loads the dictionary beside the
/// reading (its ~0.6 G instructions are ~4 MB of `tifa dedup`'s reading and digesting).
const LOAD_BESIDE_BYTES: u64 = 4 << 20;
/// Two chars in no word of jieba's dictionary (丄丅): tagged by its model of unknown words.
const UNKNOWN_WORD: &str = "\u{4e04}\u{4e05}";

/// Slots kept for a report of one pair.
const MAX_SLOTS: usize = 8;
/// Chars of a slot's text kept for a report.
const SLOT_CHARS: usize = 24;

/// Finds the fact-bearing slots of text pairs. jieba's dictionary is loaded on the first
/// comparison only, so a run that compares nothing does not pay for it, unless the run has it
/// loaded already; it is jieba's own dictionary, never a corpus's, so every engine and
/// command decides alike.
#[derive(Default)]
pub(crate) struct SlotFinder {
    jieba: OnceLock<Arc<Jieba>>,
    /// The dictionary being loaded on another thread ([`SlotFinder::loading`]), taken by the
    /// first comparison.
    loader: Mutex<Option<std::thread::JoinHandle<Arc<Jieba>>>>,
    /// Texts tagged already: a text is in as many pairs as it has candidates (a leader with
    /// each of its followers, a source with each of its copies).
    tagged: TagCache,
}

impl SlotFinder {
    /// A finder with jieba's own dictionary as a run loaded it (a lexicon's tagger).
    pub fn with(jieba: Arc<Jieba>) -> SlotFinder {
        SlotFinder {
            jieba: OnceLock::from(jieba),
            ..SlotFinder::default()
        }
    }

    /// A finder whose dictionary, and jieba's model of unknown words' tags, load on another
    /// thread from now on, while a run reads and digests its corpus: its first comparison
    /// waits for them instead of loading them. A run that compares nothing never waits (the
    /// thread is left to the process's end).
    pub fn loading() -> SlotFinder {
        let load = || {
            let jieba = Jieba::new();
            // An unknown word's tag loads jieba's tag model, once for the process.
            jieba.tag(UNKNOWN_WORD, true);
            Arc::new(jieba)
        };
        let loader = std::thread::Builder::new()
            .name("tifa-jieba".into())
            .spawn(load);
        SlotFinder {
            loader: Mutex::new(loader.ok()),
            ..SlotFinder::default()
        }
    }

    /// The finder for a run over `bytes` of input: [`SlotFinder::loading`] when the corpus is
    /// large enough that its reading outlasts the load and some pair is likely compared,
    /// else one that loads on its first comparison.
    pub fn for_corpus(bytes: u64) -> SlotFinder {
        match bytes >= LOAD_BESIDE_BYTES {
            true => SlotFinder::loading(),
            false => SlotFinder::default(),
        }
    }

    /// The dictionary: from the loading thread if there is one, else loaded now.
    fn load(&self) -> Arc<Jieba> {
        let loader = self.loader.lock().ok().and_then(|mut l| l.take());
        (loader.and_then(|l| l.join().ok())).unwrap_or_else(|| Arc::new(Jieba::new()))
    }

    /// What the words of `a` and `b` (normalized chars: content only, no punctuation) make of
    /// a pair that deduplication would link (see [`Facts`]); `headline` when they are short
    /// documents, a headline or a kicker line each: such lines are copies only when identical
    /// (an exact group, never compared here), so the pair is a template or apart, never a copy;
    /// as the story's who, where and what in a few words, a name added to a name narrows it
    /// ([`narrows`]) and a name in the place of other words is another who or where: a slot.
    pub fn compare(&self, a: &[char], b: &[char], headline: bool) -> Facts {
        let jieba = self.jieba.get_or_init(|| self.load());
        let (a, b) = (self.tagged.get(jieba, a), self.tagged.get(jieba, b));
        let (old, new) = (a.tags(), b.tags());
        let (a, b) = (&a.text, &b.text);
        let (old_ids, new_ids) = word_ids(&old, &new);
        let ops = capture_diff_slices(Algorithm::Myers, &old_ids, &new_ids);
        let mut slots = Vec::new();
        for op in ops {
            let (o, n) = (&old[op.old_range()], &new[op.new_range()]);
            // A long run of words changed is a rewording, whatever it holds.
            let short = o.len() <= SLOT_WORDS && n.len() <= SLOT_WORDS;
            let slot = match op {
                DiffOp::Replace { .. } => {
                    let texts = (a.as_str(), b.as_str());
                    short
                        && (substitutes_a_fact(o, n, texts, headline)
                            || reverses_a_fact(o, n, jieba))
                }
                DiffOp::Insert { .. } | DiffOp::Delete { .. } => {
                    headline && short && narrows(&old, &new, op)
                }
                DiffOp::Equal { .. } => false,
            };
            if slot {
                // A name added is shown with the name it narrows.
                let before = match (op, op.old_range().start.checked_sub(1)) {
                    (DiffOp::Replace { .. }, _) | (_, None) => String::new(),
                    (_, Some(i)) => old[i].word.to_string(),
                };
                slots.push(Slot {
                    old: before.clone() + &joined(o),
                    new: before + &joined(n),
                });
            }
        }
        if slots.len() >= slots_needed(a.len().min(b.len())) {
            slots.truncate(MAX_SLOTS);
            Facts::Template(slots)
        } else if headline {
            Facts::Apart
        } else {
            Facts::Copy
        }
    }
}

/// Slots a pair needs to be a template when the shorter text has `chars` chars: one, and one
/// more for every [`CHARS_PER_SLOT`] past the first. A template's blanks recur through it (a
/// notice names its official, post and dates); two versions of one long text differing in a
/// figure or two are one text edited (the 2010 and 2012 government reports: `588万公顷` /
/// `8827万亩`, one area in other units, in 18,000 chars).
fn slots_needed(chars: usize) -> usize {
    chars.div_ceil(CHARS_PER_SLOT).max(1)
}

/// Normalized chars of the shorter text a slot stands for at most (see [`slots_needed`]):
/// every text up to this length needs one slot, as before (two admission brochures of 2,800
/// chars filled with other programmes differ in one number and their wording).
const CHARS_PER_SLOT: usize = 3_000;

/// What the word-level check makes of a pair of texts that deduplication would link.
#[derive(Debug, PartialEq)]
pub(crate) enum Facts {
    /// One text copied or edited: a link.
    Copy,
    /// One template filled with other facts: no link, reported with the slots where they differ.
    Template(Vec<Slot>),
    /// Two short lines (headlines, kicker lines) that fill no template: neither linked (short
    /// documents are copies only when identical) nor reported.
    Apart,
}

/// The words of a normalized text, tagged, with days, organisations and places marked.
fn tagged<'a>(jieba: &'a Jieba, text: &'a str) -> Vec<jieba_rs::Tag<'a>> {
    let mut tags = jieba.tag(text, true);
    mark_days(&mut tags);
    mark_names(&mut tags);
    tags.truncate(MAX_WORDS);
    tags
}

/// A text tagged once ([`tagged`]), owned: its words by their places in it.
struct Tagged {
    text: String,
    words: Vec<Word>,
}

/// A word of a [`Tagged`] text.
struct Word {
    /// Byte range in the text.
    bytes: (u32, u32),
    /// Char range in the text.
    chars: (u32, u32),
    tag: TagName,
}

/// A word's tag: a few ASCII letters held inline (jieba's tags are one to four), a longer
/// one boxed.
enum TagName {
    Inline(u8, [u8; 6]),
    Boxed(Box<str>),
}

impl TagName {
    fn of(tag: &str) -> TagName {
        let mut bytes = [0; 6];
        match bytes.get_mut(..tag.len()) {
            Some(inline) => {
                inline.copy_from_slice(tag.as_bytes());
                TagName::Inline(tag.len() as u8, bytes)
            }
            None => TagName::Boxed(tag.into()),
        }
    }

    fn as_str(&self) -> &str {
        match self {
            TagName::Inline(len, bytes) => {
                std::str::from_utf8(&bytes[..*len as usize]).unwrap_or_default()
            }
            TagName::Boxed(tag) => tag,
        }
    }
}

impl Tagged {
    fn new(jieba: &Jieba, chars: &[char]) -> Tagged {
        let text: String = chars.iter().collect();
        let words = (tagged(jieba, &text).iter())
            .map(|t| Word {
                bytes: (t.byte_start as u32, t.byte_end as u32),
                chars: (t.start as u32, t.end as u32),
                tag: TagName::of(t.tag),
            })
            .collect();
        Tagged { text, words }
    }

    /// The words as jieba's tags, borrowing the text.
    fn tags(&self) -> Vec<jieba_rs::Tag<'_>> {
        (self.words.iter())
            .map(|w| jieba_rs::Tag {
                word: &self.text[w.bytes.0 as usize..w.bytes.1 as usize],
                tag: w.tag.as_str(),
                start: w.chars.0 as usize,
                end: w.chars.1 as usize,
                byte_start: w.bytes.0 as usize,
                byte_end: w.bytes.1 as usize,
            })
            .collect()
    }

    /// Bytes it holds, roughly.
    fn size(&self) -> usize {
        self.text.len() + self.words.len() * std::mem::size_of::<Word>()
    }
}

/// Tagged texts by the hash of their chars, shared by the threads that compare pairs; cleared
/// when it holds more than [`TAG_CACHE_BYTES`], so memory stays bounded on any corpus. What a
/// comparison finds does not depend on what the cache holds.
#[derive(Default)]
struct TagCache(Mutex<(FxHashMap<u64, Arc<Tagged>>, usize)>);

/// Bytes of tagged texts kept at most (People's Daily's compared texts hold about 3 MB).
const TAG_CACHE_BYTES: usize = 64 << 20;

impl TagCache {
    /// `chars` tagged: looked up, or tagged and kept.
    fn get(&self, jieba: &Jieba, chars: &[char]) -> Arc<Tagged> {
        let key = super::minhash::hash_chars(chars);
        let same = |t: &Tagged| t.text.chars().eq(chars.iter().copied());
        if let Ok(cache) = self.0.lock() {
            if let Some(t) = cache.0.get(&key).filter(|t| same(t)) {
                return Arc::clone(t);
            }
        }
        // Tagged outside the lock: another thread may tag the same text meanwhile (both
        // results are the same).
        let tagged = Arc::new(Tagged::new(jieba, chars));
        if let Ok(mut cache) = self.0.lock() {
            let (map, bytes) = &mut *cache;
            if *bytes + tagged.size() > TAG_CACHE_BYTES {
                map.clear();
                *bytes = 0;
            }
            *bytes += tagged.size();
            if let Some(old) = map.insert(key, Arc::clone(&tagged)) {
                *bytes -= old.size().min(*bytes);
            }
        }
        tagged
    }
}

/// A text of a pair: what it is (a paragraph's place, a document's number) and its
/// normalized chars.
pub(crate) type Side<'a, T> = (T, &'a [char]);

/// The pairs found templated while clustering (from worker threads), made into groups.
pub(crate) struct Vetoes<T>(pub(super) Mutex<Vec<(T, T, Vec<Slot>)>>);

impl<T> Default for Vetoes<T> {
    fn default() -> Self {
        Vetoes(Mutex::new(Vec::new()))
    }
}

impl<T: Copy + Ord> Vetoes<T> {
    /// `score` when `a` and `b` (with their normalized texts) are copies; `None`, and the
    /// pair recorded when they share a template (see [`Facts`]; `headline`: two short
    /// documents, never copies).
    pub fn unless(
        &self,
        facts: &SlotFinder,
        (a, b): (Side<'_, T>, Side<'_, T>),
        score: f64,
        headline: bool,
    ) -> Option<f64> {
        match facts.compare(a.1, b.1, headline) {
            Facts::Copy => Some(score),
            Facts::Template(slots) => {
                if let Ok(mut found) = self.0.lock() {
                    found.push((a.0, b.0, slots));
                }
                None
            }
            Facts::Apart => None,
        }
    }

    /// The groups of texts linked by templated pairs, in corpus order.
    pub fn groups(self) -> Vec<Template<T>> {
        let mut pairs = self.0.into_inner().unwrap_or_default();
        pairs.sort();
        let mut parent: BTreeMap<T, T> = BTreeMap::new();
        fn root<T: Copy + Ord>(parent: &BTreeMap<T, T>, mut x: T) -> T {
            while let Some(&p) = parent.get(&x).filter(|&&p| p != x) {
                x = p;
            }
            x
        }
        for &(a, b, _) in &pairs {
            let (ra, rb) = (root(&parent, a), root(&parent, b));
            parent.entry(a).or_insert(a);
            parent.entry(b).or_insert(b);
            parent.insert(ra.max(rb), ra.min(rb));
        }
        let mut groups: BTreeMap<T, Template<T>> = BTreeMap::new();
        let members: Vec<T> = parent.keys().copied().collect();
        for m in members {
            let group = groups.entry(root(&parent, m)).or_insert(Template {
                members: Vec::new(),
                pairs: Vec::new(),
            });
            group.members.push(m);
        }
        for (a, b, slots) in pairs {
            let group = groups.get_mut(&root(&parent, a)).expect("grouped");
            let index = |x| group.members.binary_search(&x).expect("member") as u32;
            let (ia, ib) = (index(a), index(b));
            group.pairs.push((ia, ib, slots));
        }
        groups.into_values().collect()
    }
}

/// The tag of a number that is a day or month (`11月`, `2日`): reposts date their dateline
/// by the day they ran, so these are no facts of a template.
const DAY: &str = "day";

/// Tags the numbers of days and months as [`DAY`].
fn mark_days(tags: &mut [jieba_rs::Tag]) {
    let dated = |w: &str| w.starts_with(['月', '日', '号']);
    for i in 0..tags.len() {
        let word = tags[i].word;
        let next_dated = tags.get(i + 1).is_some_and(|t| dated(t.word));
        let own = word.ends_with(['月', '日', '号']) && word.chars().count() > 1;
        if is_number(word.trim_end_matches(['月', '日', '号'])) && (next_dated || own) {
            tags[i].tag = DAY;
        }
    }
}

/// Suffixes of organisations' names (公安部, 清华大学, 国家信访局, 装配厂) and of places' (东胜区,
/// 正蓝旗, 街道): jieba tags many such names as common nouns, or cuts them into several.
const NAME_SUFFIXES: [(&[&str], &str); 2] = [
    (
        &[
            "部",
            "厅",
            "局",
            "委",
            "署",
            "院",
            "所",
            "厂",
            "办",
            "大学",
            "学院",
            "学校",
            "中学",
            "小学",
            "医院",
            "银行",
            "公司",
            "集团",
            "中心",
            "委员会",
            "工会",
            "协会",
            "学会",
            "商会",
            "联合会",
            "基金会",
            "电视台",
            "报社",
            "出版社",
            "俱乐部",
        ],
        "nt",
    ),
    (
        &[
            "省", "市", "县", "区", "镇", "乡", "村", "旗", "盟", "州", "街道", "社区",
        ],
        "ns",
    ),
];

/// Marks as organisations (`nt`) or places (`ns`) the nouns that end in one of
/// [`NAME_SUFFIXES`] with at least two chars before it (`公安部`, `东胜区`; not `干部`, `格局`,
/// `小区`), or are the bare suffix cut off a name (`信访`/`局`), with the nouns before them.
fn mark_names(tags: &mut [jieba_rs::Tag]) {
    let nounlike = |t: &jieba_rs::Tag| t.tag.starts_with('n') || ["j", "vn"].contains(&t.tag);
    for end in 0..tags.len() {
        if !nounlike(&tags[end]) {
            continue;
        }
        // Chars are counted only for a suffix the word ends with.
        let word = tags[end].word;
        let found = NAME_SUFFIXES.iter().find_map(|(suffixes, tag)| {
            let fits = |s: &&str| {
                let (n, chars) = (s.chars().count(), word.chars().count());
                (chars == n || chars >= n + 2).then_some((n, *tag))
            };
            suffixes
                .iter()
                .filter(|s| word.ends_with(**s))
                .find_map(fits)
        });
        let Some((suffix, tag)) = found else {
            continue;
        };
        let mut start = end;
        while start > 0 && nounlike(&tags[start - 1]) && !tags[start - 1].tag.starts_with("nr") {
            start -= 1;
        }
        let run: usize = tags[start..=end]
            .iter()
            .map(|t| t.word.chars().count())
            .sum();
        if run >= suffix + 2 {
            for t in &mut tags[start..=end] {
                if !["nt", "ns"].iter().any(|k| t.tag.starts_with(k)) {
                    t.tag = tag;
                }
            }
        }
    }
}

/// Whether a run of words only one of two headlines holds (`op`, an insert or a delete)
/// narrows a name both hold: the run starts with a name and follows one (`锡林郭勒盟` /
/// `锡林郭勒盟正蓝旗`, `中共中央政治局` / `…政治局常务委员会`): another county, another body. A name
/// added where none stood (`幼儿园…` / `武汉一幼儿园…`) is a copy's added detail.
fn narrows(old: &[jieba_rs::Tag], new: &[jieba_rs::Tag], op: DiffOp) -> bool {
    let (side, range) = match op {
        DiffOp::Insert { .. } => (new, op.new_range()),
        _ => (old, op.old_range()),
    };
    let before = range.start.checked_sub(1).map(|i| &side[i]);
    let added = &side[range];
    let name = |t: &jieba_rs::Tag| FactKind::Name.is(t);
    before.is_some_and(name) && added.first().is_some_and(name)
}

fn words<'a>(tags: &[jieba_rs::Tag<'a>]) -> Vec<&'a str> {
    tags.iter().map(|t| t.word).collect()
}

/// The words of two texts as numbers, one a distinct word: they align as the words do (only
/// equality counts), with a number compared where a string was.
fn word_ids<'a>(old: &[jieba_rs::Tag<'a>], new: &[jieba_rs::Tag<'a>]) -> (Vec<u32>, Vec<u32>) {
    let mut ids: rustc_hash::FxHashMap<&'a str, u32> = Default::default();
    let mut id = |t: &jieba_rs::Tag<'a>| {
        let next = ids.len() as u32;
        *ids.entry(t.word).or_insert(next)
    };
    let old = old.iter().map(&mut id).collect();
    (old, new.iter().map(&mut id).collect())
}

fn joined(tags: &[jieba_rs::Tag]) -> String {
    tags.iter()
        .flat_map(|t| t.word.chars())
        .take(SLOT_CHARS)
        .collect()
}

/// Words a slot holds at most on either side: a template's blank takes a name, a post or a
/// number, not a clause (a lead-in such as 习近平总书记强调 set against a sentence is an edit).
const SLOT_WORDS: usize = 8;

/// Whether one short run of words puts another fact in the place of the other's: each side
/// names a person or place (or holds a number) that the other does not. A name that only
/// moves within a reworded sentence (习近平 on both sides) is no slot, nor a name both whole
/// texts hold (`a`, `b`: a repost that swaps or corrects a name in one sentence), nor a name
/// or number only added or only dropped, nor a run that holds a dateline (`7日电`: a lead
/// rewritten). In a `headline` a name in the place of other words is a slot too: another who
/// or where (`上海…` / `各地…`).
fn substitutes_a_fact(
    old: &[jieba_rs::Tag],
    new: &[jieba_rs::Tag],
    (a, b): (&str, &str),
    headline: bool,
) -> bool {
    let dateline = |tags: &[jieba_rs::Tag]| tags.iter().any(|t| t.tag == DAY || t.word == "电");
    if dateline(old) || dateline(new) {
        return false;
    }
    let (old_text, new_text) = (joined(old), joined(new));
    [FactKind::Name, FactKind::Number].into_iter().any(|kind| {
        let (x, y) = (kind.facts(old, &old_text), kind.facts(new, &new_text));
        let name = matches!(kind, FactKind::Name);
        // A fact of one side the other side does not hold in any form (榕江 and 榕江县,
        // 京 and 北京 name one place; a name's abbreviation, 世贸组织 or 中办国办, is made of
        // its chars in order).
        let abbreviates = |short: &str, long: &str| name && in_order(short, long);
        let own = |x: &BTreeSet<String>, y: &BTreeSet<String>, other: &str, whole: &str| {
            x.iter().any(|f| {
                let held = other.contains(f.as_str())
                    || (name && whole.contains(f.as_str()))
                    || abbreviates(f, other)
                    || one_char_changed_in(f, other);
                !held
                    && !y.iter().any(|g| {
                        f.contains(g.as_str()) || one_edit_apart(f, g) || abbreviates(g, f)
                    })
            })
        };
        let old_own = own(&x, &y, &new_text, b) && kind.fills(old, &old_text);
        let new_own = own(&y, &x, &old_text, a) && kind.fills(new, &new_text);
        (old_own && new_own) || (headline && name && (old_own || new_own))
    })
}

/// Whether `short` (two chars or more) is made of chars of `long` in order.
fn in_order(short: &str, long: &str) -> bool {
    let mut rest = long.chars();
    short.chars().nth(1).is_some() && short.chars().all(|c| rest.any(|l| l == c))
}

/// Chars of opposite sense, in pairs: a word turned into its opposite by one of them
/// (开幕/闭幕, 上调/下调, 涨停/跌停, 进口/出口) states the other fact.
const OPPOSED_CHARS: [[char; 2]; 48] = [
    ['开', '闭'],
    ['开', '关'],
    ['开', '收'],
    ['上', '下'],
    ['涨', '跌'],
    ['升', '降'],
    ['涨', '降'],
    ['升', '跌'],
    ['增', '减'],
    ['加', '减'],
    ['多', '少'],
    ['高', '低'],
    ['大', '小'],
    ['长', '短'],
    ['快', '慢'],
    ['正', '负'],
    ['盈', '亏'],
    ['胜', '负'],
    ['胜', '败'],
    ['赢', '输'],
    ['得', '失'],
    ['买', '卖'],
    ['进', '出'],
    ['入', '出'],
    ['生', '死'],
    ['始', '终'],
    ['起', '止'],
    ['新', '旧'],
    ['冷', '热'],
    ['真', '假'],
    ['有', '无'],
    ['强', '弱'],
    ['轻', '重'],
    ['前', '后'],
    ['左', '右'],
    ['东', '西'],
    ['南', '北'],
    ['男', '女'],
    ['内', '外'],
    ['主', '客'],
    ['攻', '守'],
    ['成', '败'],
    ['早', '晚'],
    ['扩', '缩'],
    ['首', '末'],
    ['升', '贬'],
    ['利', '损'],
    ['涨', '落'],
];

/// Opposite words whose chars do not pair off one by one.
const OPPOSED_WORDS: [[&str; 2]; 14] = [
    ["增长", "下降"],
    ["增长", "减少"],
    ["增加", "减少"],
    ["增加", "下降"],
    ["上涨", "下降"],
    ["提高", "降低"],
    ["成功", "失败"],
    ["赞成", "反对"],
    ["支持", "反对"],
    ["同意", "反对"],
    ["批准", "否决"],
    ["通过", "否决"],
    ["当选", "落选"],
    ["获胜", "失利"],
];

/// Whether a short run of words puts a word's opposite in its place (开幕 → 闭幕, 上涨 → 下跌,
/// 增长 → 下降): the same length and every differing char the opposite of the other, or a
/// pair of [`OPPOSED_WORDS`]. A reworded headline puts a synonym in place (公司 → 企业) or
/// drops a word; an opening is not a closing, a rise not a fall. Both must be words of
/// jieba's dictionary: a garbled char (促进 → 促出) is a typo, not an opposite.
fn reverses_a_fact(old: &[jieba_rs::Tag], new: &[jieba_rs::Tag], jieba: &Jieba) -> bool {
    let (old_words, new_words) = (words(old), words(new));
    old_words.iter().any(|&a| {
        !new_words.contains(&a)
            && jieba.has_word(a)
            && new_words
                .iter()
                .any(|&b| !old_words.contains(&b) && opposite(a, b) && jieba.has_word(b))
    })
}

/// Whether two words are opposites (see [`reverses_a_fact`]).
fn opposite(a: &str, b: &str) -> bool {
    let pair = |x, y| {
        OPPOSED_WORDS
            .iter()
            .any(|&[p, q]| (p, q) == (x, y) || (q, p) == (x, y))
    };
    if pair(a, b) {
        return true;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let opposed = |x: char, y: char| {
        (OPPOSED_CHARS.iter()).any(|&[p, q]| (p, q) == (x, y) || (q, p) == (x, y))
    };
    a.len() == b.len() && a != b && a.iter().zip(&b).all(|(&x, &y)| x == y || opposed(x, y))
}

/// What fills a template's blank.
#[derive(Clone, Copy)]
enum FactKind {
    /// A person, a place or an organisation.
    Name,
    Number,
}

impl FactKind {
    fn is(self, t: &jieba_rs::Tag) -> bool {
        match self {
            FactKind::Name => ["nr", "ns", "nt"].iter().any(|k| t.tag.starts_with(k)),
            FactKind::Number => t.tag != DAY && (is_number(t.word) || is_ordinal(t.word)),
        }
    }

    /// The facts of this kind a run holds: numbers by value (74 and 七十四 are one fact), a
    /// name jieba does not know as the whole run.
    fn facts(self, tags: &[jieba_rs::Tag], text: &str) -> BTreeSet<String> {
        let mut found: BTreeSet<String> = tags
            .iter()
            .filter(|t| self.is(t))
            .map(|t| match self {
                FactKind::Number => number_value(ordinal_core(t.word)),
                FactKind::Name => t.word.to_string(),
            })
            .collect();
        if found.is_empty() && self.unknown_name(tags, text) {
            found.insert(text.to_string());
        }
        found
    }

    /// Whether facts of this kind make at least half of the run's chars: a blank filled with
    /// a name or number, not a phrase that happens to hold one.
    fn fills(self, tags: &[jieba_rs::Tag], text: &str) -> bool {
        let chars = |t: &&jieba_rs::Tag| t.word.chars().count();
        let facts: usize = tags.iter().filter(|t| self.is(t)).map(|t| chars(&t)).sum();
        2 * facts >= text.chars().count() || self.unknown_name(tags, text)
    }

    /// A name jieba does not know, which it cuts into pieces (易/a 鹏飞/nz): two to four
    /// chars, a common surname first, not one dictionary word (方面 is no name).
    fn unknown_name(self, tags: &[jieba_rs::Tag], text: &str) -> bool {
        let n = text.chars().count();
        matches!(self, FactKind::Name)
            && (2..=4).contains(&n)
            && text.chars().next().is_some_and(|c| SURNAMES.contains(c))
            && (tags.len() > 1 || tags.iter().all(|t| t.tag.starts_with('n') && t.tag != "n"))
    }
}

/// Common surnames (about nine in ten Chinese people bear one of them).
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董\
    袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎\
    段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤易常温康施文牛樊葛邢安齐伍庞颜倪焦栾祁牟\
    柴鲁欧单柳申聂骆岳翟司章耿关纪俞辛管甘左殷尚景";

/// Whether two facts of three chars or more differ by one char inserted, deleted or
/// replaced: a typo or a variant spelling (王雪峰/王雪锋, 2019/209), not another fact. Shorter
/// ones differ whole by one char (江苏/江西).
fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() < 3 || long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short.iter().zip(&long).take_while(|(x, y)| x == y).count();
    let suffix = (short.iter().rev())
        .zip(long.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    prefix + suffix + 1 >= long.len()
}

/// Whether `other` holds `fact` (three chars or more) with one char replaced: a typo or a
/// garbled char (中央财政 / 中其财政), not another fact.
fn one_char_changed_in(fact: &str, other: &str) -> bool {
    let (f, o): (Vec<char>, Vec<char>) = (fact.chars().collect(), other.chars().collect());
    f.len() >= 3
        && o.windows(f.len())
            .any(|w| w.iter().zip(&f).filter(|(x, y)| x != y).count() == 1)
}

/// A number's value as text (`七十四` → `74`), or the word when it does not parse.
fn number_value(word: &str) -> String {
    use crate::claims::numeral::{parse_chinese, parse_digits};
    let chars: Vec<char> = word.chars().collect();
    parse_digits(word)
        .or_else(|| parse_chinese(&chars))
        .map_or_else(|| word.to_string(), |n| n.value.to_string())
}

/// An ordinal or a count of a series (`第六`, `第七次`, `二十届`, `第2批`): which meeting or
/// session a text reports is its fact.
fn is_ordinal(word: &str) -> bool {
    let core = ordinal_core(word);
    (word.starts_with('第') || core.chars().any(|c| c.is_ascii_digit()))
        && core.len() < word.len()
        && is_number(core)
}

/// The number of an ordinal or count (`第六次` → `六`); the word itself otherwise.
fn ordinal_core(word: &str) -> &str {
    let rest = word.strip_prefix('第').unwrap_or(word);
    rest.trim_end_matches(['次', '届', '期', '批', '轮', '号'])
}

/// Digits, or Chinese numerals only (`三`, `二〇二三`, `十八`), not words that merely start
/// with one (`一些`, `统一`).
fn is_number(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_digit())
        || (!word.is_empty()
            && word
                .chars()
                .all(|c| "〇○零一二三四五六七八九十百千万亿两".contains(c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slots(a: &str, b: &str) -> Vec<Slot> {
        let norm = crate::dedup::digest::normalize;
        match SlotFinder::default().compare(&norm(a), &norm(b), false) {
            Facts::Template(slots) => slots,
            _ => Vec::new(),
        }
    }

    #[test]
    fn a_dictionary_loaded_beside_finds_the_same_slots() {
        let norm = crate::dedup::digest::normalize;
        let (a, b) = (
            norm("张三同志任市发展改革委主任"),
            norm("李四同志任市发展改革委主任"),
        );
        let beside = SlotFinder::loading().compare(&a, &b, false);
        assert_eq!(beside, SlotFinder::default().compare(&a, &b, false));
        assert!(matches!(beside, Facts::Template(_)));
        // The word that loads jieba's model of unknown words is one.
        let jieba = Jieba::new();
        assert!(jieba
            .cut(UNKNOWN_WORD, false)
            .iter()
            .all(|w| !jieba.has_word(w.word)));
    }

    #[test]
    fn a_long_text_needs_a_slot_every_three_thousand_chars() {
        assert_eq!(slots_needed(0), 1);
        assert_eq!(slots_needed(3_000), 1);
        assert_eq!(slots_needed(3_001), 2);
        assert_eq!(slots_needed(18_000), 6);
    }

    #[test]
    fn names_places_and_numbers_are_facts() {
        let a = "王雪峰严重违反党的组织纪律，构成严重职务违法，决定给予王雪峰开除党籍处分。";
        let b =
            "何泽华严重违反党的政治纪律、组织纪律，构成严重职务违法，决定给予何泽华开除党籍处分。";
        let found = slots(a, b);
        assert!(
            found.iter().any(|s| s.old == "王雪峰" && s.new == "何泽华"),
            "{found:?}"
        );
        let a = "习近平会见匈牙利总理欧尔班，双方就深化两国全面战略伙伴关系交换意见。";
        let b = "习近平会见埃塞俄比亚总理阿比，双方就深化两国全面战略伙伴关系交换意见。";
        assert!(!slots(a, b).is_empty());
        let a = "前三季度全国规模以上工业增加值同比增长4.0%，增速比上半年加快。";
        let b = "前三季度全国规模以上工业增加值同比增长3.8%，增速比上半年加快。";
        assert!(!slots(a, b).is_empty());
    }

    #[test]
    fn a_name_jieba_does_not_know_is_still_a_name() {
        let a = "经查，易鹏飞严重违反党的政治纪律，决定给予易鹏飞开除党籍处分。";
        let b = "经查，焦小平严重违反党的政治纪律，决定给予焦小平开除党籍处分。";
        assert!(!slots(a, b).is_empty());
        // One dictionary word in place of a name is an edit, not a blank filled.
        let a = "王毅表示，双方在各方面合作成果丰硕，愿同各方一道推动关系发展。";
        let b = "方面表示，双方在各方面合作成果丰硕，愿同各方一道推动关系发展。";
        assert_eq!(slots(a, b), []);
    }

    #[test]
    fn the_day_of_a_dateline_is_no_fact() {
        let a = "新浪娱乐讯 北京时间11月2日消息，据外媒报道，这部电影的续集已经确定导演人选。";
        let b = "新浪娱乐讯 北京时间11月1日消息，据外媒报道，这部电影的续集已经确定导演人选。";
        assert_eq!(slots(a, b), []);
    }

    #[test]
    fn one_number_written_two_ways_is_one_fact() {
        let a = "这是中华人民共和国成立74周年，全国各地举行了丰富多彩的庆祝活动。";
        let b = "这是中华人民共和国成立七十四周年，全国各地举行了丰富多彩的庆祝活动。";
        assert_eq!(slots(a, b), []);
    }

    #[test]
    fn a_reworded_or_shortened_copy_has_no_slot() {
        let a =
            "全市各级党组织深入推进基层治理现代化建设，持续整治形式主义为基层减负，取得明显成效。";
        // A word replaced, a clause dropped, punctuation changed: the same story.
        let b = "全市各级党组织扎实推进基层治理现代化建设；持续整治形式主义为基层减负。";
        assert_eq!(slots(a, b), []);
    }

    #[test]
    fn one_char_apart_is_a_variant_only_in_longer_facts() {
        assert!(one_edit_apart("王雪峰", "王雪锋") && one_edit_apart("2019", "209"));
        assert!(one_edit_apart("2019", "20019") && !one_edit_apart("江苏", "江西"));
        assert!(!one_edit_apart("10111", "10160") && !one_edit_apart("王雪峰", "何泽华"));
    }

    #[test]
    fn numbers_are_numerals_not_words_starting_with_one() {
        assert!(is_number("2023") && is_number("十八") && is_number("二〇二三"));
        assert!(!is_number("一些") && !is_number("统一") && !is_number(""));
    }

    #[test]
    fn a_word_turned_into_its_opposite_is_another_fact() {
        let a = "第十二届全国少数民族传统体育运动会今日在三亚开幕";
        let b = "第十二届全国少数民族传统体育运动会在三亚圆满闭幕";
        assert!(!slots(a, b).is_empty());
        let a = "受多重因素影响，本周国内成品油价格上调，市场人士预计后期仍有变化";
        let b = "受多重因素影响，本周国内成品油价格下调，市场人士预计后期仍有变化";
        assert!(!slots(a, b).is_empty());
        let a = "沪深两市午后震荡，创业板指数上涨，半导体板块表现活跃";
        let b = "沪深两市午后震荡，创业板指数下跌，半导体板块表现活跃";
        assert!(!slots(a, b).is_empty());
        // A synonym in the place of a word, or a word dropped, is an edit.
        let a = "河南一公司拿出大量现金举办数钱比赛";
        let b = "河南一企业拿出大量现金办数钱比赛";
        assert_eq!(slots(a, b), []);
    }

    #[test]
    fn an_abbreviation_or_a_dateline_is_no_slot() {
        let a =
            "世界贸易组织总干事伊维拉在日内瓦表示，多边贸易体制面临严峻挑战，各成员应加强合作。";
        let b = "世贸组织总干事伊维拉在日内瓦表示，多边贸易体制面临严峻挑战，各成员应加强合作。";
        assert_eq!(slots(a, b), []);
        let a = "据新华社报道，习近平近日对防汛救灾工作作出重要指示，要求全力做好各项工作。";
        let b =
            "据新华社报道，7日电 中共中央近日对防汛救灾工作作出重要指示，要求全力做好各项工作。";
        assert_eq!(slots(a, b), []);
        assert!(in_order("中办国办", "中共中央办公厅国务院办公厅") && !in_order("江苏", "江西省"));
    }

    #[test]
    fn a_garbled_char_is_no_fact_nor_an_opposite() {
        let a = "中央财政安排专项资金支持地方开展农村公路建设和养护工作，促进世界贸易发展。";
        let b = "中其财政安排专项资金支持地方开展农村公路建设和养护工作，促出世界贸易发展。";
        assert_eq!(slots(a, b), []);
        assert!(
            one_char_changed_in("中央财政", "中其财政") && !one_char_changed_in("王雪峰", "何泽华")
        );
    }

    #[test]
    fn opposites_pair_off_char_by_char_or_by_the_table() {
        assert!(opposite("开幕", "闭幕") && opposite("上涨", "下跌") && opposite("增长", "下降"));
        assert!(opposite("涨", "跌") && opposite("进口", "出口"));
        assert!(
            !opposite("公司", "企业") && !opposite("开幕", "开幕") && !opposite("开幕", "闭会")
        );
    }

    fn compared(a: &str, b: &str) -> Facts {
        let norm = crate::dedup::digest::normalize;
        SlotFinder::default().compare(&norm(a), &norm(b), true)
    }

    #[test]
    fn a_headline_naming_a_narrower_place_or_body_is_another_story() {
        let templated = |a, b| matches!(compared(a, b), Facts::Template(_));
        assert!(templated("浙江省杭州市——", "浙江省杭州市西湖区——"));
        let a = "中共中央政治局召开会议研究部署经济工作";
        let b = "中共中央政治局常务委员会召开会议研究部署经济工作";
        assert!(templated(a, b));
        // In a paragraph, a name added is a detail.
        assert_eq!(slots(a, b), []);
        // A place added where none stood is a detail a copy adds: no slot.
        let a = "一小区电梯困人两小时物业被责令整改";
        let b = "成都一小区电梯困人两小时，物业被责令整改";
        assert_eq!(compared(a, b), Facts::Apart);
    }

    #[test]
    fn organisations_jieba_does_not_tag_are_named_by_their_suffix() {
        let a = "外交部推动主题教育走深走实——";
        let b = "北京大学推动主题教育走深走实——";
        assert!(!slots(a, b).is_empty());
        // 干部 and 格局 are no organisations: no slot.
        let a = "年轻干部要在新格局中担当作为";
        let b = "年轻干部要在新格局中勇于担当作为";
        assert_eq!(compared(a, b), Facts::Apart);
    }

    #[test]
    fn headlines_are_a_template_or_apart_never_a_copy() {
        assert_eq!(
            compared("教育部负责人——", "教育部举行新闻发布会——"),
            Facts::Apart
        );
        let a = "张三当选某某市市长";
        let b = "快讯！张三当选某某市市长";
        assert_eq!(compared(a, b), Facts::Apart);
        // Compared as longer texts, the same lines are a copy.
        let norm = crate::dedup::digest::normalize;
        assert_eq!(
            SlotFinder::default().compare(&norm(a), &norm(b), false),
            Facts::Copy
        );
    }

    #[test]
    fn organisations_and_ordinals_are_facts() {
        assert!(!slots("上海深入开展主题教育", "最高人民检察院深入开展主题教育").is_empty());
        let a = "中央全面深化改革委员会第二次会议在京召开";
        let b = "中央全面深化改革委员会第三次会议在京召开";
        assert!(!slots(a, b).is_empty());
        assert!(is_ordinal("第六次") && is_ordinal("第2批") && is_ordinal("30届"));
        assert!(!is_ordinal("一批") && !is_ordinal("六") && !is_ordinal("次"));
    }
}
