//! Text that remembers, for every char, the byte offset in the decoded source it came from.

/// A string with the decoded-source byte offset of each of its chars.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tracked {
    /// The chars.
    pub chars: Vec<char>,
    /// The source byte offset of each char.
    pub src: Vec<u32>,
}

impl Tracked {
    /// The chars of `text[start..end]`, each tracked to its own byte offset.
    #[cfg(test)]
    pub fn from_slice(text: &str, start: usize, end: usize) -> Self {
        let mut t = Tracked::default();
        t.push_slice(text, start, end);
        t
    }

    /// An empty text with room for `chars` chars.
    pub fn with_capacity(chars: usize) -> Self {
        Tracked {
            chars: Vec::with_capacity(chars),
            src: Vec::with_capacity(chars),
        }
    }

    /// Appends the chars of `text[start..end]`, each tracked to its own byte offset: decoded
    /// once, the offsets then summed from the chars' lengths (a loop the compiler unrolls).
    pub fn push_slice(&mut self, text: &str, start: usize, end: usize) {
        let slice = &text[start..end];
        let old = self.chars.len();
        self.chars.extend(slice.chars());
        let mut at = start as u32;
        self.src.extend(self.chars[old..].iter().map(|c| {
            let here = at;
            at += c.len_utf8() as u32;
            here
        }));
    }

    /// Appends `c`, which came from byte `src`.
    pub fn push(&mut self, c: char, src: u32) {
        self.chars.push(c);
        self.src.push(src);
    }

    /// The number of chars.
    pub fn len(&self) -> usize {
        self.chars.len()
    }

    /// Whether it has no char.
    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    /// The first char.
    pub fn first(&self) -> Option<char> {
        self.chars.first().copied()
    }

    /// The last char.
    pub fn last(&self) -> Option<char> {
        self.chars.last().copied()
    }

    /// Appends another tracked text.
    pub fn extend(&mut self, other: &Tracked) {
        self.chars.extend_from_slice(&other.chars);
        self.src.extend_from_slice(&other.src);
    }

    /// Removes leading and trailing white space.
    pub fn trim(&mut self) {
        let end = self
            .chars
            .iter()
            .rposition(|c| !c.is_whitespace())
            .map_or(0, |i| i + 1);
        self.chars.truncate(end);
        self.src.truncate(end);
        let start = self
            .chars
            .iter()
            .position(|c| !c.is_whitespace())
            .unwrap_or(0);
        self.chars.drain(..start);
        self.src.drain(..start);
    }
}

impl std::fmt::Display for Tracked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.chars
            .iter()
            .try_for_each(|c| std::fmt::Write::write_char(f, *c))
    }
}
