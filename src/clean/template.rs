//! Template markers: anonymized placeholders such as a bare X or × standing for a name, or a
//! run of underscores left for one.

use super::chars::is_han;
use crate::document::Span;

/// Spans of placeholder markers in the cleaned text's chars.
pub fn markers(chars: &[char]) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut i = 0;
    let mark = |c: &char| matches!(c, 'X' | '×' | 'Ｘ' | '_' | '＿');
    while let Some(k) = chars[i..].iter().position(mark) {
        i += k;
        let c = chars[i];
        let run = chars[i..].iter().take_while(|&&x| x == c).count();
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + run).copied();
        let marker = match c {
            'X' | '×' | 'Ｘ' => run <= 3 && bare(prev, next),
            '_' | '＿' => run >= 2,
            _ => false,
        };
        if marker {
            spans.push(Span::new(i, i + run));
        }
        i += run;
    }
    spans
}

/// A placeholder stands between Chinese text, not inside a Latin word or a number.
fn bare(prev: Option<char>, next: Option<char>) -> bool {
    let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    !latin(prev) && !latin(next) && (prev.is_some_and(is_han) || next.is_some_and(is_han))
}

/// Two or more markers, or any blank to fill in, make a template.
pub fn is_template(markers: &[Span]) -> bool {
    markers.len() >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn bare_x_and_blanks_are_markers() {
        let m = markers(&chars("推动X后发赶超，南江县X村，学习贯彻____总书记讲话"));
        assert_eq!(m, [Span::new(2, 3), Span::new(11, 12), Span::new(18, 22)]);
        assert!(is_template(&m));
    }

    #[test]
    fn latin_words_numbers_and_products_are_not() {
        assert!(markers(&chars("iPhone XS系列，3×4的矩阵，X光检查，Windows X")).len() <= 1);
        assert!(!is_template(&markers(&chars("X光检查很重要"))));
    }
}
