//! Round 21 (docs/claims.md, "Round 21"): what tifa makes of every number of the corpora,
//! grouped by the words around it, to find the units, currencies and non-claim shapes it reads
//! wrong as families rather than one dev miss at a time. Run from the repository root (needs
//! `../shared/corpora`; deterministic; the release build takes a few minutes over all five):
//!
//! `cargo run --release --example claims_coverage -- OUT_DIR [CORPUS…]`
//!
//! CORPUS is any of `pd` (People's Daily 2023h2), `finance` (finance-2026), `provincial`
//! (provincial-2026), `gov` (the national reports, CPC congress reports and NPC resolutions of
//! wikisource), `sina` (sina-2018); all five by default. Every line is read as the tests read
//! it (`extract_text_with`, one line at a time). A *number* is a run of digits (with its
//! separators and a scale 万/亿/千 after it) or of Chinese numerals (two chars or more, or one
//! numeral other than 一). It writes three tables, each row a group with its count, what tifa
//! made of the numbers of the group (`none`, or `kind/unit/currency`, the most frequent first;
//! `inside` for a number inside a claim that starts earlier) and three samples:
//!
//! - `after.tsv`: numbers grouped by the 1 to 4 word chars right after them (the unit-like word);
//! - `before.tsv`: by the 1 to 4 word chars right before them (currencies, symbols and cues);
//! - `shapes.tsv`: tifa's claims whose words around them have a shape that marks a non-claim
//!   by its form (第N, N号, 这三个, a code …: `SHAPES`), with 20 samples each.
//!
//! The corpora's text stays in OUT_DIR (put it outside the repository).

#[path = "common/walk.rs"]
mod walk;

use jieba_rs::Jieba;
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use tifa::claims::{kind_name, Claim, Compounds};

/// Samples kept for a group of `after.tsv` and `before.tsv`.
const SAMPLES: usize = 3;
/// Samples kept for a shape of `shapes.tsv`.
const SHAPE_SAMPLES: usize = 20;
/// Groups with fewer numbers are not written.
const MIN_COUNT: usize = 5;

/// The files of one corpus (`.txt` under its folders, or the JSONL file).
fn files(root: &Path, corpus: &str) -> Vec<PathBuf> {
    let dirs: &[&str] = match corpus {
        "pd" => &["news/peoples-daily-2023h2"],
        "finance" => &["news/finance-2026"],
        "provincial" => &["gov-reports/provincial-2026"],
        "gov" => &[
            "gov-reports/wikisource/reports",
            "gov-reports/wikisource/cpc_congress",
            "gov-reports/wikisource/resolutions",
        ],
        "sina" => return vec![root.join("news/sina-2018.jsonl")],
        other => panic!("unknown corpus {other}"),
    };
    let dirs: Vec<PathBuf> = dirs.iter().map(|d| root.join(d)).collect();
    walk::txt_files(&dirs)
}

/// The lines of a file (of a JSONL file, the lines of each record's `text`).
fn lines_of(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    if path.extension().is_some_and(|x| x == "jsonl") {
        return text
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_string))
            .flat_map(|t| t.lines().map(str::to_string).collect::<Vec<_>>())
            .collect();
    }
    text.lines().map(str::to_string).collect()
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

fn is_numeral(c: char) -> bool {
    "零〇○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬廿兩".contains(c)
}

/// A char that may be part of a unit-like word: a Han char, a Latin letter or a unit symbol.
fn word_char(c: char) -> bool {
    tifa::clean::chars::is_han(c) || c.is_ascii_alphabetic() || "%％‰℃$¥￥€£₩₽₹".contains(c)
}

/// The numbers of a line as char ranges (see the module's doc).
fn numbers(chars: &[char]) -> Vec<[usize; 2]> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        if is_digit(chars[i]) {
            while i < chars.len()
                && (is_digit(chars[i])
                    || (matches!(chars[i], '.' | ',' | '．' | '，' | '、')
                        && chars.get(i + 1).copied().is_some_and(is_digit)
                        && chars[i] != '，'
                        && chars[i] != '、'))
            {
                i += 1;
            }
            while i < chars.len() && matches!(chars[i], '万' | '亿' | '千') {
                i += 1;
            }
            out.push([start, i]);
        } else if is_numeral(chars[i]) {
            while i < chars.len() && is_numeral(chars[i]) {
                i += 1;
            }
            if i - start >= 2 || chars[start] != '一' && !"万亿千百".contains(chars[start]) {
                out.push([start, i]);
            }
        } else {
            i += 1;
        }
    }
    out
}

/// A group of numbers: how many, what tifa made of them, and a few samples.
#[derive(Default)]
struct Group {
    count: usize,
    outcomes: HashMap<String, usize>,
    samples: Vec<String>,
}

impl Group {
    fn add(&mut self, outcome: String, sample: impl FnOnce() -> String, keep: usize, draw: u64) {
        self.count += 1;
        *self.outcomes.entry(outcome).or_default() += 1;
        // A reservoir: the k-th number replaces a kept sample with probability keep / k.
        if self.samples.len() < keep {
            self.samples.push(sample());
        } else if (draw % self.count as u64) < keep as u64 {
            self.samples[(draw % keep as u64) as usize] = sample();
        }
    }

    fn row(&self, key: &str) -> String {
        let mut outcomes: Vec<_> = self.outcomes.iter().collect();
        outcomes.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let outcomes: Vec<String> = outcomes
            .iter()
            .take(6)
            .map(|(o, n)| format!("{o}:{n}"))
            .collect();
        let none = self.outcomes.get("none").copied().unwrap_or(0);
        format!(
            "{key}\t{}\t{none}\t{}\t{}",
            self.count,
            outcomes.join(" "),
            self.samples.join(" ‖ ")
        )
    }
}

/// What tifa made of the number at `span`: the claim starting there, `inside` one that
/// starts earlier, or `none`.
fn outcome(claims: &[Claim], span: [usize; 2]) -> String {
    match claims
        .iter()
        .find(|c| c.span[0] <= span[0] && span[0] < c.span[1])
    {
        None => "none".into(),
        Some(c) if c.span[0] + 1 < span[0] && !c.text.starts_with(['-', '负']) => "inside".into(),
        Some(c) => format!(
            "{}/{}/{}",
            kind_name(c.kind),
            c.unit,
            c.currency.as_deref().unwrap_or("-")
        ),
    }
}

/// The words around `span` of a line, the span marked.
fn around(chars: &[char], span: [usize; 2], wide: usize) -> String {
    let s = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
    let from = span[0].saturating_sub(wide);
    let to = (span[1] + wide).min(chars.len());
    format!(
        "{}【{}】{}",
        s(from, span[0]),
        s(span[0], span[1]),
        s(span[1], to)
    )
    .replace('\t', " ")
}

/// The keys of a number's group: the 1 to 4 word chars right after (or before) it.
fn keys(chars: &[char], span: [usize; 2], after: bool) -> Vec<String> {
    let run: Vec<char> = if after {
        chars[span[1]..]
            .iter()
            .copied()
            .take_while(|&c| word_char(c))
            .take(4)
            .collect()
    } else {
        let mut r: Vec<char> = chars[..span[0]]
            .iter()
            .rev()
            .copied()
            .take_while(|&c| word_char(c))
            .take(4)
            .collect();
        r.reverse();
        r
    };
    (1..=run.len())
        .map(|k| {
            let part = if after {
                &run[..k]
            } else {
                &run[run.len() - k..]
            };
            format!("{k}\t{}", part.iter().collect::<String>())
        })
        .collect()
}

/// A shape of the words around a claim that marks a non-claim by its form: its name and
/// whether the chars before the claim, the claim and the chars after it have it.
type Shape = (&'static str, fn(&[char], &Claim, &[char]) -> bool);

fn ends(before: &[char], words: &[&str]) -> bool {
    words.iter().any(|w| {
        let w: Vec<char> = w.chars().collect();
        before.ends_with(&w)
    })
}

fn starts(after: &[char], words: &[&str]) -> bool {
    words.iter().any(|w| {
        let w: Vec<char> = w.chars().collect();
        after.starts_with(&w)
    })
}

fn small_count(c: &Claim) -> bool {
    kind_name(c.kind) == "count" && c.value >= 2.0 && c.value <= 12.0
}

/// The shapes counted (step 3 of round 21).
const SHAPES: &[Shape] = &[
    ("ordinal 第/前/头/首", |b, _, _| {
        ends(b, &["第", "前", "头", "首", "第前"])
    }),
    ("N号/楼/路/层/室/栋/线/期/届/版", |_, c, a| {
        c.unit.chars().count() <= 1
            && starts(a, &["号", "楼", "路", "层", "室", "线", "期", "届", "版"])
    }),
    ("date or time after (年/月/日/时/点/分)", |_, c, a| {
        starts(a, &["年", "月", "日", "时", "点", "分", ":", "："])
            && !matches!(c.unit.as_str(), "年" | "个月" | "小时" | "分钟")
    }),
    ("date or time inside the claim", |_, c, _| {
        let t = &c.text;
        (t.contains('年') && t.contains('月')) || t.contains('/') && t.len() > 5 || t.contains(':')
    }),
    ("anniversary 周年/诞辰/华诞", |b, c, a| {
        c.unit == "周年" || starts(a, &["周年", "华诞"]) || ends(b, &["诞辰", "建党", "建国"])
    }),
    (
        "Latin letters or a hyphen around (model, product, code)",
        |b, _, a| {
            b.last()
                .is_some_and(|c| c.is_ascii_alphabetic() || *c == '-')
                || a.first()
                    .is_some_and(|c| c.is_ascii_alphabetic() || *c == '-')
        },
    ),
    ("long digit run (phone, stock code, id)", |_, c, _| {
        c.text.chars().filter(|c| c.is_ascii_digit()).count() >= 6 && !c.text.contains(['.', ','])
    }),
    ("article or clause 条/款/章/节", |b, c, _| {
        matches!(c.unit.as_str(), "条" | "款" | "章" | "节") && ends(b, &["第", "法", "例", "》"])
    }),
    (
        "back reference 这/那/上述/该/此/其/以上 + count",
        |b, c, _| {
            kind_name(c.kind) == "count"
                && ends(
                    b,
                    &[
                        "这", "那", "上述", "该", "此", "其", "以上", "前述", "这些", "上面",
                        "其中",
                    ],
                )
        },
    ),
    (
        "small count before a colon or 即 (a list follows)",
        |_, c, a| {
            small_count(c) && {
                let k = a.iter().take(8).position(|ch| "：:，。；".contains(*ch));
                k.is_some_and(|k| matches!(a[k], '：' | ':'))
                    || starts(a, &["，即", "：", "，分别是", "，包括"])
            }
        },
    ),
    (
        "small count + two chars + punctuation or quote (三个务必)",
        |_, c, a| {
            small_count(c)
                && a.len() >= 3
                && a[..2].iter().all(|&x| tifa::clean::chars::is_han(x))
                && "，。；、”“：）".contains(a[2])
        },
    ),
    ("small count in quotes (“两个确立”)", |b, c, a| {
        small_count(c) && b.last() == Some(&'“') && a.iter().take(8).any(|&x| x == '”')
    }),
    ("age 岁/年龄 or 周岁", |_, _, a| {
        starts(a, &["岁", "周岁"])
    }),
    (
        "percent with a letter or 度 after (grades, strength)",
        |_, c, a| {
            kind_name(c.kind) == "percent" && a.first().is_some_and(|x| x.is_ascii_alphabetic())
        },
    ),
];

/// Every table, filled from the corpora.
#[derive(Default)]
struct Tables {
    after: HashMap<String, Group>,
    before: HashMap<String, Group>,
    shapes: HashMap<&'static str, Group>,
    numbers: usize,
    claims: usize,
    state: u64,
}

impl Tables {
    fn draw(&mut self) -> u64 {
        self.state = self
            .state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.state >> 33
    }

    fn line(&mut self, corpus: &str, line: &str, jieba: &Jieba, compounds: &Compounds) {
        let chars: Vec<char> = line.chars().collect();
        let found = numbers(&chars);
        if found.is_empty() {
            return;
        }
        let claims = tifa::claims::extract_text_with(line, jieba, compounds);
        self.numbers += found.len();
        self.claims += claims.len();
        for span in found {
            let o = outcome(&claims, span);
            for after in [true, false] {
                for key in keys(&chars, span, after) {
                    let draw = self.draw();
                    let table = if after {
                        &mut self.after
                    } else {
                        &mut self.before
                    };
                    let sample = || format!("{corpus}: {}", around(&chars, span, 10));
                    table
                        .entry(key)
                        .or_default()
                        .add(o.clone(), sample, SAMPLES, draw);
                }
            }
        }
        for c in &claims {
            let (b, a) = (&chars[..c.span[0]], &chars[c.span[1]..]);
            for (name, has) in SHAPES {
                if has(b, c, a) {
                    let draw = self.draw();
                    let o = outcome(std::slice::from_ref(c), c.span);
                    let sample = || format!("{corpus}: {}", around(&chars, c.span, 14));
                    self.shapes
                        .entry(name)
                        .or_default()
                        .add(o, sample, SHAPE_SAMPLES, draw);
                }
            }
        }
    }
}

/// Writes one table, the largest groups first.
fn write(path: &Path, header: &str, rows: Vec<(usize, String)>) {
    let mut rows = rows;
    rows.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).expect("OUT_DIR writable"));
    writeln!(f, "{header}").unwrap();
    for (_, row) in rows {
        writeln!(f, "{row}").unwrap();
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(out) = args.first().map(PathBuf::from) else {
        eprintln!("usage: claims_coverage OUT_DIR [pd|finance|provincial|gov|sina …]");
        return;
    };
    let all = ["pd", "finance", "provincial", "gov", "sina"].map(String::from);
    let corpora = if args.len() > 1 { &args[1..] } else { &all[..] };
    let root = Path::new("../shared/corpora");
    let (jieba, compounds) = (Jieba::new(), Compounds::builtin());
    let mut t = Tables {
        state: 20_261_207,
        ..Tables::default()
    };
    for corpus in corpora {
        for f in files(root, corpus) {
            for line in lines_of(&f) {
                t.line(corpus, &line, &jieba, &compounds);
            }
        }
        eprintln!(
            "{corpus}: {} numbers, {} claims so far",
            t.numbers, t.claims
        );
    }
    std::fs::create_dir_all(&out).expect("OUT_DIR");
    let header = "len\tkey\tcount\tnone\toutcomes\tsamples";
    for (name, table) in [("after.tsv", &t.after), ("before.tsv", &t.before)] {
        let rows = table
            .iter()
            .filter(|(_, g)| g.count >= MIN_COUNT)
            .map(|(k, g)| (g.count, g.row(k)))
            .collect();
        write(&out.join(name), header, rows);
    }
    let rows = t.shapes.iter().map(|(k, g)| (g.count, g.row(k))).collect();
    write(
        &out.join("shapes.tsv"),
        "shape\tcount\tnone\toutcomes\tsamples",
        rows,
    );
}
