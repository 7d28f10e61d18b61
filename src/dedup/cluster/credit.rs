//! Two write-ups of one event told apart by their credits: the outlet of the dateline
//! (`新华社杭州11月8日电`, `新京报讯`, `DoNews 11月4日消息`) and the reporter after it
//! (`（记者 梁辰）`). Two outlets that rewrite one notice or press release sentence for sentence
//! make texts an edited repost is measured like; what tells a reader they are two stories is
//! that each is credited to another outlet *and* another reporter, and neither cites the
//! other. A repost keeps the original's credit, or cites it (`据新华社…`, `来源：新京报`), or
//! drops it; a re-dated dateline is the same credit.

use super::short::first_shared_run;
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
        .map(|c| outlet_key(&c[1]))
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

/// Chinese surnames a byline's name begins with (`dedup::cluster::credit::other_authors`): the
/// common single-char surnames, without those that are also words a reporter's sentence goes on
/// with (`记者向…了解`, `记者于…`, `记者曾…`, `记者来到`, `记者查询`, `作者简介`).
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭肖田董袁潘\
    蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾\
    毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘\
    祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾阳穆农司\
    卓吉缪芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩\
    佘池麻苑迟邝封谈匡鞠惠荆冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺楼盘闻厉伊仝区郜阚花权帅屠豆朴盖练廉禹井\
    祖漆巴丰卿狄索宣晋云容敬扈晁芮普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况宿鲜印逯隆茹诸战慕危玉银\
    亢嵇哈湛宾戎勾茅利於呼居揭干尉冶斯束檀衣阴昝智幸奉植衡尧闭";

/// A byline in normalized text: 记者 or 作者, then the first two chars of a name.
fn byline() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?:记者|作者)(\p{Han}{2})").expect("byline pattern"))
}

/// A source line in normalized text: 来源, 原载 or 来自, then an outlet (`来源北京商报`,
/// `本文原载证券日报`).
fn source_line() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(&format!("(?:来源|原载|来自)({OUTLET})")).expect("source pattern"))
}

/// Channel words a portal puts after its name (`新浪科技讯`, `新浪娱乐讯`): one portal's
/// channels are one outlet.
const CHANNELS: [&str; 8] = [
    "娱乐", "科技", "体育", "财经", "教育", "时尚", "健康", "汽车",
];

/// An outlet's name as [`other_authors`] compares it: a portal's channel by the portal (the two
/// chars before the channel word), any other as [`outlet_key`] has it.
fn author_outlet(name: &str) -> String {
    let Some(channel) = CHANNELS.iter().find(|c| name.ends_with(*c)) else {
        return outlet_key(name);
    };
    let chars: Vec<char> = name.chars().collect();
    let end = chars.len() - channel.chars().count();
    if end < 2 {
        return name.to_string();
    }
    chars[end - 2..end].iter().collect()
}

/// An outlet's name as credits compare it: `本报` as itself (every paper calls itself so), any
/// other by its last [`OUTLET_CHARS`] chars.
fn outlet_key(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    if chars.ends_with(&['本', '报']) {
        return "本报".to_string();
    }
    chars[chars.len().saturating_sub(OUTLET_CHARS)..]
        .iter()
        .collect()
}

/// Who a text's head says wrote it: the outlets of its datelines and source lines
/// ([`author_outlet`]) and the names of its bylines ([`SURNAMES`]).
struct Authors {
    outlets: BTreeSet<String>,
    persons: BTreeSet<String>,
}

impl Authors {
    fn of(norm: &[char]) -> Self {
        let head: String = norm.iter().take(CREDIT_HEAD).collect();
        let outlets = (dateline().captures_iter(&head))
            .chain(source_line().captures_iter(&head))
            .map(|c| author_outlet(&c[1]))
            .collect();
        let persons = (byline().captures_iter(&head))
            .map(|c| c[1].to_string())
            .filter(|name| name.chars().next().is_some_and(|c| SURNAMES.contains(c)))
            .collect();
        Authors { outlets, persons }
    }

    /// Whether `text` names any of these outlets or persons.
    fn named_in(&self, text: &str) -> bool {
        (self.outlets.iter().chain(&self.persons)).any(|n| text.contains(n.as_str()))
    }
}

/// Whether two documents (normalized texts) say that other people wrote them (twentieth
/// session): both heads name a reporter or author and the names differ (`记者 赵白执南` /
/// `记者 包兴安` on one ministry notice), or both name an outlet, the outlets differ (a portal's
/// channels one outlet) and one names a reporter too (`新京报讯（记者 陈维城）` / `新浪科技讯`,
/// `本文原载《证券日报》，作者张敏` / `新浪科技讯`); and neither text names the other's outlets or
/// people anywhere (a repost citing its source, or quoting its reporter, is not another author's).
/// A repost keeps its source's byline, cites it or drops it; a portal's channel reposting a
/// wire story under its own dateline names no reporter of its own.
pub(in crate::dedup) fn other_authors(na: &[char], nb: &[char]) -> bool {
    let (a, b) = (Authors::of(na), Authors::of(nb));
    let apart = |x: &BTreeSet<String>, y: &BTreeSet<String>| {
        !x.is_empty() && !y.is_empty() && x.is_disjoint(y)
    };
    let persons = apart(&a.persons, &b.persons);
    let outlets = apart(&a.outlets, &b.outlets)
        && !(a.persons.is_empty() && b.persons.is_empty())
        && a.persons.is_disjoint(&b.persons);
    if !(persons || outlets) {
        return false;
    }
    let text = |n: &[char]| -> String { n.iter().collect() };
    !a.named_in(&text(nb)) && !b.named_in(&text(na))
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

/// A month and day in normalized text (`11月9日`; a year before it is not read).
fn month_day() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(\d{1,2})月(\d{1,2})日").expect("month and day pattern"))
}

/// The (month, day) dates a normalized text names.
fn month_days(text: &str) -> impl Iterator<Item = (u32, u32)> + '_ {
    month_day().captures_iter(text).filter_map(|c| {
        let (month, day) = (c[1].parse::<u32>().ok()?, c[2].parse::<u32>().ok()?);
        ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((month, day))
    })
}

/// Words that lead a follow-up's own news back to the earlier story it then quotes: earlier
/// (此前, 日前, 前不久, 不久前, 早前, 先前, 之前), as reported (据报道), looking back (回顾, 背景).
fn lead_in() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new("此前|日前|前不久|不久前|早前|先前|之前|据报道|回顾|背景")
            .expect("lead-in words")
    })
}

/// Normalized chars before the quoted story within which a follow-up's lead-in word stands
/// (see [`follow_up`]): 0–2 in the dev sets' follow-ups; the same counts hold from 8 to 30.
const LEAD_IN_REACH: usize = 16;

/// Whether the longer of two documents (normalized texts) is a follow-up that quotes the
/// shorter (twenty-first session): before the first run of 8 chars it shares with the shorter
/// (aligned in order, Myers), it has a lead of its own that names a date later than every date
/// of the shorter (`11月9日` over an item of `11月4日` and `11月7日`: a later event) and leads into
/// the quoted story with a word for earlier (`…不会计入排行榜。此前，Billboard…`, `而前不久，10月27日
/// 是…`) in its last [`LEAD_IN_REACH`] chars. A repost keeps the story's lead, or puts a
/// dateline or a headline before it, re-dated or not, with no word turning back to an earlier
/// event. Months are compared before days; the year is not read.
pub(in crate::dedup) fn follow_up(na: &[char], nb: &[char]) -> bool {
    let (short, long) = if na.len() <= nb.len() {
        (na, nb)
    } else {
        (nb, na)
    };
    let text = |n: &[char]| -> String { n.iter().collect() };
    let Some(quoted) = month_days(&text(short)).max() else {
        return false;
    };
    let later = |t: &str| month_days(t).any(|d| d > quoted);
    // Both must be somewhere in the longer before the alignment is worth making.
    let whole = text(long);
    if !later(&whole) || !lead_in().is_match(&whole) {
        return false;
    }
    let Some(first) = first_shared_run(short, long) else {
        return false;
    };
    let reach = text(&long[first.saturating_sub(LEAD_IN_REACH)..first]);
    later(&text(&long[..first])) && lead_in().is_match(&reach)
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

    fn authors_apart(a: &str, b: &str) -> bool {
        other_authors(&chars(a), &chars(b))
    }

    #[test]
    fn other_reporters_or_other_outlets_are_other_authors() {
        let notice = "市发改委公布新的停车收费标准自4月起对中心城区的路内停车实行分时段收费";
        // Two reporters on one notice, no outlet named.
        let zhao = format!("停车收费将调整记者赵明远{notice}");
        assert!(authors_apart(
            &zhao,
            &format!("原标题停车新规记者包春华{notice}")
        ));
        // Two outlets, a reporter on one side; a source line names an outlet too.
        let paper = format!("晨光日报讯记者陈维城3月2日{notice}");
        assert!(authors_apart(
            &paper,
            &format!("新浪科技讯3月2日午间消息{notice}")
        ));
        assert!(authors_apart(
            &format!("本文原载证券日报作者张敏{notice}"),
            &format!("新浪科技讯3月2日上午消息{notice}")
        ));
    }

    #[test]
    fn a_repost_keeps_cites_or_drops_its_byline() {
        let notice = "市发改委公布新的停车收费标准自4月起对中心城区的路内停车实行分时段收费";
        let zhao = format!("停车收费将调整记者赵明远{notice}");
        // The same reporter under another headline; no byline; citing the reporter.
        assert!(!authors_apart(
            &zhao,
            &format!("新规来了记者赵明远{notice}")
        ));
        assert!(!authors_apart(&zhao, notice));
        assert!(!authors_apart(
            &zhao,
            &format!("记者包春华据赵明远报道{notice}")
        ));
        // A verb after 记者 is no name: the repost's own sentence about its source.
        assert!(!authors_apart(&zhao, &format!("记者了解到{notice}")));
        assert!(!authors_apart(
            &zhao,
            &format!("记者向市发改委求证{notice}")
        ));
        // One portal's channels are one outlet; two outlets without a reporter decide nothing
        // (a channel's own dateline over a wire story).
        let ent = format!("新浪娱乐讯记者陈维城{notice}");
        assert!(!authors_apart(
            &ent,
            &format!("新浪科技讯3月2日消息{notice}")
        ));
        assert!(!authors_apart(
            &format!("晨光日报讯3月2日{notice}"),
            &format!("新浪科技讯3月2日消息{notice}")
        ));
    }

    /// A story of 3月4日 and 3月7日, long enough to share runs of 8 with any text holding it.
    const STORY: &str = "3月4日歌手晨星发行新歌随后榜单榜首始终被另一位歌手的新歌占据3月7日该歌手所属公司发布声明称榜单数据真实有效";

    #[test]
    fn a_follow_up_that_quotes_an_earlier_item_under_a_later_lead_is_not_its_copy() {
        let item = chars(&format!("晨光娱乐讯据外媒{STORY}"));
        // A later event, then a word turning back to the item, then the item.
        let later = format!("晨光娱乐讯3月9日外媒报道称该专辑销量不计入榜单此前{STORY}");
        assert!(follow_up(&item, &chars(&later)));
        assert!(follow_up(&chars(&later), &item));
        let looking_back = format!("3月12日晨星宣布巡演而前不久{STORY}");
        assert!(follow_up(&item, &chars(&looking_back)));
    }

    #[test]
    fn a_repost_redated_or_with_a_lead_of_the_same_days_stays_a_copy() {
        let item = chars(&format!("晨光娱乐讯据外媒{STORY}"));
        let f = |s: String| follow_up(&item, &chars(&s));
        // Re-dated under a new dateline, no word turning back: a repost.
        assert!(!f(format!("晨光娱乐讯3月9日消息据外媒{STORY}")));
        // A word for earlier, but the lead's date is no later than the item's.
        assert!(!f(format!("3月7日晨星回应此前{STORY}")));
        // A later date and a word for earlier, far from where the item starts.
        assert!(!f(format!(
            "3月9日此前有网友称晨星将推出新专辑并在多个城市举办巡回演唱会门票很快售罄{STORY}"
        )));
        // The item has no date to be later than.
        let undated =
            chars("晨光娱乐讯据外媒歌手晨星发行新歌随后榜单榜首始终被另一位歌手的新歌占据");
        assert!(!follow_up(
            &undated,
            &chars("3月9日外媒报道此前歌手晨星发行新歌随后榜单榜首始终被另一位歌手的新歌占据")
        ));
    }

    #[test]
    fn every_paper_is_its_own_benbao() {
        let a = chars("公告本报北京3月2日电记者王小川近日有关部门公布");
        let b = chars("通知本报上海3月2日电记者赵一丁近日有关部门公布");
        assert!(!independent_writeups(&a, &b));
    }
}
