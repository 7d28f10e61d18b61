//! Self-contained HTML pages: escaping and the shared page frame (inline CSS, no network, no
//! external fonts or scripts).

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `n` with thousands separators: 32,911,060.
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() * 4 / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Text made safe to embed in an inline `<script type="application/json">` block: `<` is
/// written as `\u003c`, so no `</script>` can close it.
pub fn script_json(json: &str) -> String {
    json.replace('<', "\\u003c")
}

const STYLE: &str = r#"
:root{--fg:#1d232a;--muted:#68717a;--line:#dde1e5;--bg:#fff;--soft:#f5f7f9;--del:#fde2e1;--del-fg:#a4161a;--ins:#dcf5e3;--ins-fg:#176b32;--mv:#e4ecfb;--mv-fg:#1f4d9a;--accent:#2f6fba}
*{box-sizing:border-box}
body{margin:0;font:15px/1.6 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:var(--fg);background:var(--bg)}
header{padding:18px 28px;border-bottom:1px solid var(--line);background:var(--soft)}
header h1{margin:0;font-size:20px}
header p{margin:4px 0 0;color:var(--muted)}
nav{position:sticky;top:0;background:var(--bg);border-bottom:1px solid var(--line);padding:6px 28px;z-index:2}
nav a{margin-right:16px;color:var(--accent);text-decoration:none}
main{padding:8px 28px 48px;max-width:1400px}
section{margin:26px 0}
h2{font-size:17px;border-bottom:2px solid var(--line);padding-bottom:4px}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:var(--soft);position:sticky;top:38px;cursor:default}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{border:1px solid var(--line);border-radius:6px;padding:8px 14px;min-width:120px}
.card b{display:block;font-size:20px}
.card span{color:var(--muted);font-size:13px}
del{background:var(--del);color:var(--del-fg);text-decoration:line-through}
ins{background:var(--ins);color:var(--ins-fg);text-decoration:none}
del.mv,ins.mv{background:var(--mv);color:var(--mv-fg)}
.muted{color:var(--muted)}
button.name{border:0;background:none;padding:0;font:inherit;color:var(--accent);cursor:pointer;text-align:left}
button.name[aria-expanded=true]{font-weight:600}
.index-docs{padding:6px 0;font-size:13px}
section{scroll-margin-top:48px}
.index-docs svg{display:block;margin-bottom:6px}
.tag{display:inline-block;border-radius:3px;padding:0 5px;font-size:12px;background:var(--soft);border:1px solid var(--line)}
mark.claim{background:#fff1c2}
mark.term{background:#e4ecfb}
mark.dup{background:#fde2e1}
.removed{color:var(--muted);text-decoration:line-through;font-size:12px;border:1px dashed var(--line);padding:0 3px;margin:0 2px}
p.dup{border-left:4px solid var(--del-fg);padding-left:8px;background:#fff6f6}
#doc-view p{margin:8px 0}
.bar{background:var(--accent);height:12px;display:inline-block;vertical-align:middle}
input[type=search],select{font:inherit;padding:3px 6px;margin:0 8px 8px 0}
.finder{position:relative;display:inline-block}
#doc-find{width:34em}
#doc-results{position:absolute;z-index:3;left:0;top:2.2em;width:34em;max-height:22em;overflow:auto;margin:0;padding:0;list-style:none;background:var(--bg);border:1px solid var(--line);box-shadow:0 4px 12px rgba(0,0,0,.12)}
#doc-results li{padding:2px 8px;cursor:pointer;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
#doc-results li[aria-selected=true]{background:var(--mv)}
#doc-results li.more{color:var(--muted);cursor:default}
.note{border-left:4px solid var(--accent);background:var(--soft);padding:6px 10px}
mark.hit{outline:2px solid #d97706;background:#ffd27a}
"#;

/// A whole page: `title`, a header line, navigation links (anchor, label) and the body.
pub fn page(title: &str, subtitle: &str, nav: &[(&str, &str)], body: &str, script: &str) -> String {
    let links: String = nav
        .iter()
        .map(|(id, label)| format!("<a href=\"#{id}\">{}</a>", escape(label)))
        .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <header><h1>{}</h1><p>{}</p></header>\n<nav>{links}</nav>\n<main>\n{body}</main>\n\
         <script>{script}</script>\n</body>\n</html>\n",
        escape(title),
        escape(title),
        escape(subtitle),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        assert!(!script_json(r#"{"t":"</script><b>"}"#).contains("</"));
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1,000");
        assert_eq!(grouped(32_911_060_000_000), "32,911,060,000,000");
    }
}
