//! Two write-ups of one event told apart by their credits: the outlet of the dateline
//! (`新华社杭州11月8日电`, `新京报讯`, `DoNews 11月4日消息`) and the reporter after it
//! (`（记者 梁辰）`). Two outlets that rewrite one notice or press release sentence for sentence
//! make texts an edited repost is measured like; what tells a reader they are two stories is
//! that each is credited to another outlet *and* another reporter, and neither cites the
//! other. A repost keeps the original's credit, or cites it (`据新华社…`, `来源：新京报`), or
//! drops it; a re-dated dateline is the same credit.

use regex::Regex;
use std::collections::BTreeSet;
use std::sync::OnceLock;

/// Normalized chars at the head of a text read for its credit: a headline or two, the
/// dateline and the byline.
const CREDIT_HEAD: usize = 300;
/// Chars of a reporter's name compared: a given name of two chars, or a surname and the
/// first char of the given name (several reporters in a row run into one another once
/// punctuation is dropped).
const REPORTER_CHARS: usize = 2;
/// Chars of an outlet's name compared, from its end: the words before a dateline run into
/// it once punctuation is dropped (`…功亏一篑新京报讯`), so only the name's end is the name.
const OUTLET_CHARS: usize = 3;

/// A dateline credit in normalized text (no punctuation, no spaces, Latin lower-cased): an
/// outlet (a name ending in 社, 报, 网, 台, 在线, 新闻 or a channel word, or a Latin name),
/// then optionally a place and a date, then 电, 讯 or 消息.
fn dateline() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let date = r"(?:\d{1,4}年)?\d{1,2}月\d{1,2}日";
        let when = format!(r"(?:\p{{Han}}{{0,4}}?{date}|北京时间{date}\p{{Han}}{{0,2}})?");
        Regex::new(&format!("({OUTLET}){when}(?:电|讯|消息)")).expect("dateline pattern")
    })
}

/// An outlet's name in normalized text: a name ending in 社, 报, 网, 台, 在线, 新闻 or a channel
/// word, or a Latin name.
const OUTLET: &str =
    r"(?:\p{Han}{0,4}(?:社|报|网|台|在线|新闻|娱乐|科技|体育|财经|教育|时尚|健康|汽车)|[a-z]{3,})";

/// A reporter's credit in normalized text: 记者 and the first chars of a name.
fn reporter() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"记者(\p{Han}{2})").expect("reporter pattern"))
}

/// The outlets and reporters credited at the head of a normalized text (see [`dateline`]):
/// each outlet by the last [`OUTLET_CHARS`] chars of its name (`本报` as itself: every paper
/// calls itself so), each reporter by the first [`REPORTER_CHARS`] chars after 记者.
fn credits(norm: &[char]) -> (BTreeSet<String>, BTreeSet<String>) {
    let head: String = norm.iter().take(CREDIT_HEAD).collect();
    let outlets = (dateline().captures_iter(&head))
        .map(|c| {
            let name: Vec<char> = c[1].chars().collect();
            if name.ends_with(&['本', '报']) {
                return "本报".to_string();
            }
            name[name.len().saturating_sub(OUTLET_CHARS)..]
                .iter()
                .collect()
        })
        .collect();
    let reporters = (reporter().captures_iter(&head))
        .map(|c| c[1].chars().take(REPORTER_CHARS).collect())
        .collect();
    (outlets, reporters)
}

/// Whether two documents (normalized texts) are independent write-ups by their credits: both
/// carry a dateline and a reporter, the outlets of one are none of the other's, the reporters
/// neither, and neither text names an outlet of the other anywhere (a repost citing its
/// source, `据新华社…`, `来源：…`, is not independent).
pub(in crate::dedup) fn independent_writeups(na: &[char], nb: &[char]) -> bool {
    let ((oa, ra), (ob, rb)) = (credits(na), credits(nb));
    if oa.is_empty() || ob.is_empty() || ra.is_empty() || rb.is_empty() {
        return false;
    }
    if !oa.is_disjoint(&ob) || !ra.is_disjoint(&rb) {
        return false;
    }
    let names = |outlets: &BTreeSet<String>, text: &[char]| {
        let text: String = text.iter().collect();
        outlets.iter().any(|o| text.contains(o.as_str()))
    };
    !names(&oa, nb) && !names(&ob, na)
}

/// A dated dateline in normalized text: an outlet (as in [`dateline`]), then a place and a date
/// (month optional) before 电, 讯 or 消息 (`新华社北京11月3日电`, `财联社11月2日讯`), or 讯 or 电
/// and then the date (`新浪娱乐讯10月30日`, `本报讯11月1日`, `新浪娱乐讯北京时间11月9日消息`).
fn dated() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let date = r"(?:\d{1,4}年)?(?:(\d{1,2})月)?(\d{1,2})日";
        let hour = "(?:上午|下午|中午|晚间|早间|凌晨|晚|早)?";
        Regex::new(&format!(
            r"{OUTLET}\p{{Han}}{{0,4}}?{date}{hour}(?:电|讯|消息)|{OUTLET}(?:讯|电)(?:北京时间)?{date}"
        ))
        .expect("dated dateline pattern")
    })
}

/// A dateline's (month if given, day).
type Day = (Option<u32>, u32);

/// The day of the first dated dateline at the head of a normalized text (see [`dated`]), with
/// the bytes its date spans.
fn dateline_date(head: &str) -> Option<(Day, std::ops::Range<usize>)> {
    let c = dated().captures(head)?;
    let (month, day) = match (c.get(2), c.get(4)) {
        (Some(day), _) => (c.get(1), day),
        (None, Some(day)) => (c.get(3), day),
        (None, None) => return None,
    };
    let start = month.map_or(day.start(), |m| m.start());
    let number = |m: regex::Match<'_>| m.as_str().parse().ok();
    Some(((month.and_then(number), number(day)?), start..day.end()))
}

/// Whether two documents (normalized texts) are dated on other days by their datelines, and
/// differ elsewhere too: two items of one channel or wire on other days (a new poster, a new
/// cast member, the cremation after the death, a follow-up that quotes the first item) are
/// two news items, while a repost keeps the original's dateline or drops it, and a repost
/// re-dated and otherwise the same text stays a copy. Both texts must carry a dated dateline
/// in their first [`CREDIT_HEAD`] chars (see [`dated`]); a month missing on one side compares
/// the days only.
pub(in crate::dedup) fn other_days(na: &[char], nb: &[char]) -> bool {
    let head = |n: &[char]| -> String { n.iter().take(CREDIT_HEAD).collect() };
    let (ha, hb) = (head(na), head(nb));
    let (Some(((ma, da), ra)), Some(((mb, db), rb))) = (dateline_date(&ha), dateline_date(&hb))
    else {
        return false;
    };
    let months_differ = matches!((ma, mb), (Some(x), Some(y)) if x != y);
    if da == db && !months_differ {
        return false;
    }
    // The same text but for the date: a re-dated repost.
    let without = |n: &[char], h: &str, r: std::ops::Range<usize>| -> Vec<char> {
        let (from, to) = (h[..r.start].chars().count(), h[..r.end].chars().count());
        n[..from].iter().chain(&n[to..]).copied().collect()
    };
    without(na, &ha, ra) != without(nb, &hb, rb)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn two_outlets_and_two_reporters_are_two_writeups() {
        let a =
            chars("市里发布新规停车收费调整晨光日报讯记者周明远昨日市发改委公布新的停车收费标准");
        let b =
            chars("停车收费标准调整新华社南城3月2日电记者李春华市发改委2日公布新的停车收费标准");
        assert!(independent_writeups(&a, &b));
    }

    #[test]
    fn a_repost_keeps_or_cites_its_credit() {
        let a =
            chars("停车收费标准调整新华社南城3月2日电记者李春华市发改委2日公布新的停车收费标准");
        // Re-dated, the same outlet and reporter.
        let redated = chars("新华社南城3月3日电记者李春华市发改委公布新的停车收费标准");
        assert!(!independent_writeups(&a, &redated));
        // Another outlet's dateline, but citing the original.
        let cited = chars("晨光日报讯记者周明远据新华社报道市发改委公布新的停车收费标准");
        assert!(!independent_writeups(&a, &cited));
        // No reporter on one side: a channel's own dateline over a wire story.
        let bare = chars("晨光科技讯3月2日消息市发改委公布新的停车收费标准");
        assert!(!independent_writeups(&a, &bare));
    }

    fn apart(a: &str, b: &str) -> bool {
        other_days(&chars(a), &chars(b))
    }

    #[test]
    fn items_dated_on_other_days_are_two_items() {
        // One channel's items on two days: another poster, another cast member.
        let film = "影片远山发布新海报5月9日上映讲述一位护林员的故事";
        assert!(apart(
            &format!("晨光娱乐讯北京时间3月2日消息{film}"),
            &format!("晨光娱乐讯北京时间3月5日消息{film}角色海报")
        ));
        // A wire's notice and its follow-up a week later, dated before or after the credit.
        let death = "王明同志逝世新华社南城3月2日电王明同志因病于3月2日在南城逝世享年90岁";
        assert!(apart(
            death,
            "王明同志遗体火化新华社南城3月9日电王明同志的遗体9日在南城火化"
        ));
        assert!(apart(death, "晨光日报讯3月9日王明同志的遗体在南城火化"));
    }

    #[test]
    fn a_repost_redated_or_undated_stays_a_copy() {
        let notice = "市发改委公布新的停车收费标准自4月起执行";
        let a = format!("新华社南城3月2日电{notice}");
        // Re-dated, the same text otherwise; the same day under a headline; no dateline.
        assert!(!apart(&a, &format!("新华社南城3月3日电{notice}")));
        assert!(!apart(&a, &format!("停车费调整新华社南城2日电{notice}")));
        assert!(!apart(&a, notice));
        // A date in the text that is no dateline (a film's release).
        assert!(!apart(
            "影片远山5月9日上映讲述一位护林员的故事",
            "影片远山6月1日上映讲述一位护林员的故事"
        ));
    }

    #[test]
    fn every_paper_is_its_own_benbao() {
        let a = chars("公告本报北京3月2日电记者王小川近日有关部门公布");
        let b = chars("通知本报上海3月2日电记者赵一丁近日有关部门公布");
        assert!(!independent_writeups(&a, &b));
    }
}
