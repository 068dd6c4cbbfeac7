//! Shell words with their place in the source: POSIX and bash quoting (`'…'`, `"…"`, `$'…'`,
//! backslash escapes and continuations) and Windows cmd's caret escapes (Chrome's "Copy as cURL
//! (cmd)").
//!
//! By hand: the shell-splitting crates (shlex, shell-words) return strings, not where each character
//! came from, and findings must point at the exact characters of a value.

use std::ops::Range;

/// One shell word after quote removal, with the source offset of every byte of its text.
#[derive(Debug, Clone)]
pub struct Word {
    pub text: String,
    offsets: Offsets,
    /// Byte indices of `$` characters that were quoted or escaped (`'$x'`, `\$x`): literal
    /// dollars, which a rewritten command must keep from expanding. Other `$`s are expansions.
    literal_dollars: Vec<usize>,
}

/// Where a word's bytes came from.
#[derive(Debug, Clone)]
enum Offsets {
    /// Byte `i` came from `start + i`: a word taken verbatim (most words, every raw HTTP line).
    Linear(usize),
    /// `mapped[i]` is the source offset of byte `i`; one more entry marks the end.
    Mapped(Vec<usize>),
}

impl Word {
    /// A word whose text is exactly the source from `start` on.
    pub fn verbatim(text: &str, start: usize) -> Word {
        Word {
            text: text.to_owned(),
            offsets: Offsets::Linear(start),
            literal_dollars: Vec::new(),
        }
    }

    fn mapped(text: String, mapped: Vec<usize>) -> Word {
        Word {
            text,
            offsets: Offsets::Mapped(mapped),
            literal_dollars: Vec::new(),
        }
    }

    /// Whether the `$` at byte `i` of the text was quoted or escaped.
    pub fn is_literal_dollar(&self, i: usize) -> bool {
        self.literal_dollars.binary_search(&i).is_ok()
    }

    fn with_literal_dollars(mut self, literal_dollars: Vec<usize>) -> Word {
        self.literal_dollars = literal_dollars;
        self
    }

    /// The source offset of text byte `i` (`i == len` gives the end).
    fn offset(&self, i: usize) -> usize {
        match &self.offsets {
            Offsets::Linear(start) => start + i,
            Offsets::Mapped(mapped) => mapped[i.min(mapped.len() - 1)],
        }
    }

    /// Where the whole word sits in the source.
    pub fn span(&self) -> Range<usize> {
        self.source_range(0..self.text.len())
    }

    /// Where the bytes `range` of the text came from.
    pub fn source_range(&self, range: Range<usize>) -> Range<usize> {
        let start = self.offset(range.start.min(self.text.len()));
        let end = if range.end == 0 {
            start
        } else {
            // The end of the last byte's source character.
            self.offset((range.end - 1).min(self.text.len().saturating_sub(1))) + 1
        };
        start..end.max(start)
    }

    /// The bytes of the text that came from the source range `source` (all of them inside it).
    pub fn text_range_of(&self, source: Range<usize>) -> Option<Range<usize>> {
        let inside = |i: &usize| source.contains(&self.offset(*i));
        let start = (0..self.text.len()).find(inside)?;
        let end = (start..self.text.len()).take_while(inside).last()? + 1;
        Some(start..end)
    }

    /// Moves the word's offsets by `by` bytes (a part of a text, placed in the whole), in
    /// place: a word can be as long as its text.
    pub fn shift(&mut self, by: usize) {
        match &mut self.offsets {
            Offsets::Linear(start) => *start += by,
            Offsets::Mapped(mapped) => mapped.iter_mut().for_each(|o| *o += by),
        }
    }

    /// The word with text put in front that is not in the source (a scheme and host a raw request
    /// leaves implicit): the added bytes all point at the word's start.
    pub fn prefixed(&self, prefix: &str) -> Word {
        let start = self.span().start;
        let mut mapped = vec![start; prefix.len()];
        mapped.extend((0..=self.text.len()).map(|i| self.offset(i)));
        let dollars = self
            .literal_dollars
            .iter()
            .map(|i| i + prefix.len())
            .collect();
        Word::mapped(format!("{prefix}{}", self.text), mapped).with_literal_dollars(dollars)
    }

    /// The same word read from a text made of the source (a string's unquoted content):
    /// `map[i]` is the source offset of that text's byte `i`, one more entry marks its end.
    pub fn remapped(&self, map: &[usize]) -> Word {
        let at = |i: usize| map[i.min(map.len() - 1)];
        let mapped = (0..=self.text.len()).map(|i| at(self.offset(i))).collect();
        Word::mapped(self.text.clone(), mapped).with_literal_dollars(self.literal_dollars.clone())
    }

    /// A part of this word, keeping offsets.
    pub fn slice(&self, range: Range<usize>) -> Word {
        let text = self.text[range.clone()].to_owned();
        let dollars = self
            .literal_dollars
            .iter()
            .filter(|i| range.contains(i))
            .map(|i| i - range.start)
            .collect();
        let word = match &self.offsets {
            Offsets::Linear(start) => Word::verbatim(&text, start + range.start),
            Offsets::Mapped(_) => {
                let mut mapped: Vec<usize> = range.clone().map(|i| self.offset(i)).collect();
                mapped.push(self.source_range(range).end);
                Word::mapped(text, mapped)
            }
        };
        word.with_literal_dollars(dollars)
    }
}

/// Words are equal when their text, their literal dollars and where each byte came from are:
/// however the offsets are kept.
impl PartialEq for Word {
    fn eq(&self, other: &Word) -> bool {
        self.text == other.text
            && self.literal_dollars == other.literal_dollars
            && (0..=self.text.len()).all(|i| self.offset(i) == other.offset(i))
    }
}

impl Eq for Word {}

/// Builds a word character by character.
#[derive(Default)]
struct Builder {
    text: String,
    /// The source offset of each byte of `text`, once they stop following one another (a
    /// quote or an escape inside the word); until then `text` is a copy of the source from
    /// `start`, which most words are, and no offsets are kept.
    offsets: Vec<usize>,
    start: usize,
    mapped: bool,
    started: bool,
    literal_dollars: Vec<usize>,
}

impl Builder {
    fn push(&mut self, c: char, at: usize) {
        self.started = true;
        if !self.mapped {
            if self.text.is_empty() {
                self.start = at;
            } else if at != self.start + self.text.len() {
                self.offsets = (self.start..self.start + self.text.len()).collect();
                self.mapped = true;
            }
        }
        // Byte k of a character maps to `at + k`: a span that ends after a multi-byte
        // character then ends on a character boundary of the source too.
        self.text.push(c);
        if self.mapped {
            self.offsets.extend((0..c.len_utf8()).map(|k| at + k));
        }
    }

    /// A character that was quoted or escaped: a `$` among them is literal.
    fn push_quoted(&mut self, c: char, at: usize) {
        if c == '$' {
            self.literal_dollars.push(self.text.len());
        }
        self.push(c, at);
    }

    fn finish(&mut self, end: usize) -> Option<Word> {
        if !self.started {
            return None;
        }
        let mut word = std::mem::take(self);
        let linear = !word.mapped && (word.text.is_empty() || end == word.start + word.text.len());
        let offsets = if linear {
            Offsets::Linear(if word.text.is_empty() {
                end
            } else {
                word.start
            })
        } else {
            if !word.mapped {
                word.offsets = (word.start..word.start + word.text.len()).collect();
            }
            word.offsets.push(end);
            Offsets::Mapped(word.offsets)
        };
        Some(Word {
            text: word.text,
            offsets,
            literal_dollars: word.literal_dollars,
        })
    }
}

/// The content of the double-quoted string that starts at `start` (just after its opening
/// quote) as the shell passes it on: `\"`, `\\`, `\$` and `` \` `` lose their backslash, so a
/// script in a string (`bash -c "curl -u \"admin:$PASSWORD\" …"`) reads as it runs. Returns the
/// text, the source offset of each of its bytes (and of its end), and where the string ends.
pub fn double_quoted(
    source: &str,
    start: usize,
    across_lines: bool,
) -> (String, Vec<usize>, usize) {
    let mut text = String::new();
    let mut map = Vec::new();
    let mut chars = source[start..].char_indices().peekable();
    let mut end = source.len();
    while let Some((i, c)) = chars.next() {
        let at = start + i;
        match c {
            '"' => {
                end = at;
                break;
            }
            '\n' if !across_lines => {
                end = at;
                break;
            }
            '\\' if chars
                .peek()
                .is_some_and(|&(_, n)| matches!(n, '"' | '\\' | '$' | '`')) =>
            {
                let (j, n) = chars.next().unwrap_or((i, c));
                text.push(n);
                map.extend((0..n.len_utf8()).map(|k| start + j + k));
            }
            _ => {
                text.push(c);
                map.extend((0..c.len_utf8()).map(|k| at + k));
            }
        }
    }
    map.push(end);
    (text, map, end)
}

/// Splits a script into commands (at newlines, `;`, `&&`, `||`, `|`, `&`) of words. Comments are
/// skipped. Unbalanced quotes end at the end of the input rather than failing.
pub fn commands(source: &str) -> Vec<Vec<Word>> {
    let mut commands = Vec::new();
    for_each_command(source, &mut |words| commands.push(words));
    commands
}

/// [`commands`], each handed to `each` as soon as it ends, in the same order: a long script is
/// never held split into words whole.
pub fn for_each_command(source: &str, each: &mut dyn FnMut(Vec<Word>)) {
    if looks_like_cmd(source) {
        cmd_commands(source).into_iter().for_each(each);
        return;
    }
    let chars: Vec<(usize, char)> = source.char_indices().collect();
    let mut words = Vec::new();
    let mut word = Builder::default();
    // Indices in `words` of redirection targets, dropped when the command ends.
    let mut redirects: Vec<usize> = Vec::new();
    let mut i = 0;
    let end_of = |i: usize| chars.get(i).map_or(source.len(), |&(at, _)| at);
    // `$(…)` and `…`: the commands inside are commands of their own; the outer word keeps the
    // substitution's text, which reads as a reference.
    let substitute = |i: usize, word: &mut Builder, each: &mut dyn FnMut(Vec<Word>)| -> usize {
        let (open, close) = substitution(&chars, i);
        let inner = end_of(open)..end_of(close);
        for_each_command(&source[inner.clone()], &mut |mut nested| {
            for w in &mut nested {
                w.shift(inner.start);
            }
            each(nested);
        });
        let end = (close + 1).min(chars.len());
        for &(at, c) in &chars[i..end] {
            word.push(c, at);
        }
        end
    };
    while i < chars.len() {
        let (at, c) = chars[i];
        match c {
            ' ' | '\t' | '\r' => {
                words.extend(word.finish(at));
                i += 1;
            }
            '$' if chars.get(i + 1).is_some_and(|&(_, c)| c == '(') => {
                i = substitute(i, &mut word, each);
            }
            '`' => {
                i = substitute(i, &mut word, each);
            }
            '>' | '<' => {
                // A redirection: `> file`, `2>&1`, `<<EOF`. Its target is not an argument.
                if word.text.bytes().all(|b| b.is_ascii_digit()) {
                    word = Builder::default();
                }
                words.extend(word.finish(at));
                while chars
                    .get(i)
                    .is_some_and(|&(_, c)| matches!(c, '>' | '<' | '&'))
                {
                    i += 1;
                }
                redirects.push(words.len());
            }
            '(' | ')' if !word.started || c == ')' => {
                // A subshell or group: its commands are commands.
                words.extend(word.finish(at));
                if !words.is_empty() {
                    each(without_targets(&mut words, &mut redirects));
                }
                i += 1;
            }
            '\n' | ';' | '|' | '&' => {
                words.extend(word.finish(at));
                if !words.is_empty() {
                    each(without_targets(&mut words, &mut redirects));
                }
                i += 1;
            }
            '#' if !word.started => {
                while i < chars.len() && chars[i].1 != '\n' {
                    i += 1;
                }
            }
            '\\' => match chars.get(i + 1) {
                Some((_, '\n')) => i += 2,
                Some((_, '\r')) if chars.get(i + 2).is_some_and(|&(_, c)| c == '\n') => i += 3,
                Some(&(next_at, next)) => {
                    word.push_quoted(next, next_at);
                    i += 2;
                }
                None => i += 1,
            },
            '\'' => {
                word.started = true;
                i += 1;
                while i < chars.len() && chars[i].1 != '\'' {
                    word.push_quoted(chars[i].1, chars[i].0);
                    i += 1;
                }
                i += 1;
            }
            '"' => {
                word.started = true;
                i += 1;
                while i < chars.len() && chars[i].1 != '"' {
                    let (at, c) = chars[i];
                    if c == '`' || (c == '$' && chars.get(i + 1).is_some_and(|&(_, c)| c == '(')) {
                        i = substitute(i, &mut word, each);
                        continue;
                    }
                    if c == '\\' {
                        match chars.get(i + 1) {
                            Some((_, '\n')) => {
                                i += 2;
                                continue;
                            }
                            Some((_, '\r'))
                                if chars.get(i + 2).is_some_and(|&(_, c)| c == '\n') =>
                            {
                                i += 3;
                                continue;
                            }
                            Some(&(next_at, next)) if matches!(next, '"' | '\\' | '$' | '`') => {
                                word.push_quoted(next, next_at);
                                i += 2;
                                continue;
                            }
                            _ => {}
                        }
                    }
                    word.push(c, at);
                    i += 1;
                }
                i += 1;
            }
            '$' if chars.get(i + 1).is_some_and(|&(_, c)| c == '\'') => {
                word.started = true;
                i = ansi_c(&chars, i + 2, &mut word);
            }
            _ => {
                word.push(c, at);
                i += 1;
            }
        }
    }
    words.extend(word.finish(end_of(i)));
    if !words.is_empty() {
        each(without_targets(&mut words, &mut redirects));
    }
}

/// A command's words without its redirection targets.
fn without_targets(words: &mut Vec<Word>, targets: &mut Vec<usize>) -> Vec<Word> {
    let mut command = std::mem::take(words);
    for &t in targets.iter().rev() {
        if t < command.len() {
            command.remove(t);
        }
    }
    targets.clear();
    command
}

/// The command substitution at `i` (`$(` or a backtick): the index of its first inner character
/// and of its closing `)` or backtick (`chars.len()` when it is not closed). Quotes and nested
/// parentheses inside are skipped over.
fn substitution(chars: &[(usize, char)], i: usize) -> (usize, usize) {
    if chars[i].1 == '`' {
        let mut j = i + 1;
        while j < chars.len() && chars[j].1 != '`' {
            j += if chars[j].1 == '\\' { 2 } else { 1 };
        }
        return (i + 1, j.min(chars.len()));
    }
    let mut depth = 0usize;
    let mut j = i + 2;
    while j < chars.len() {
        match chars[j].1 {
            '\\' => j += 1,
            '\'' | '"' => {
                let quote = chars[j].1;
                j += 1;
                while j < chars.len() && chars[j].1 != quote {
                    j += if quote == '"' && chars[j].1 == '\\' {
                        2
                    } else {
                        1
                    };
                }
            }
            '(' => depth += 1,
            ')' if depth == 0 => return (i + 2, j),
            ')' => depth -= 1,
            _ => {}
        }
        j += 1;
    }
    (i + 2, chars.len())
}

/// `$'…'` from `start` (after the opening quote); returns the index after the closing quote.
fn ansi_c(chars: &[(usize, char)], start: usize, word: &mut Builder) -> usize {
    let mut i = start;
    while i < chars.len() && chars[i].1 != '\'' {
        let (at, c) = chars[i];
        if c != '\\' || i + 1 >= chars.len() {
            word.push_quoted(c, at);
            i += 1;
            continue;
        }
        let next = chars[i + 1].1;
        let simple = match next {
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            'a' => Some('\x07'),
            'b' => Some('\x08'),
            'e' | 'E' => Some('\x1b'),
            'f' => Some('\x0c'),
            'v' => Some('\x0b'),
            '\\' | '\'' | '"' | '?' => Some(next),
            _ => None,
        };
        if let Some(c) = simple {
            word.push_quoted(c, at);
            i += 2;
            continue;
        }
        let (radix, max, skip) = match next {
            'x' => (16, 2, 2),
            'u' => (16, 4, 2),
            'U' => (16, 8, 2),
            '0'..='7' => (8, 3, 1),
            _ => {
                word.push_quoted('\\', at);
                i += 1;
                continue;
            }
        };
        let digits: String = chars[i + skip..]
            .iter()
            .take(max)
            .map(|&(_, c)| c)
            .take_while(|c| c.is_digit(radix))
            .collect();
        match u32::from_str_radix(&digits, radix)
            .ok()
            .and_then(char::from_u32)
        {
            Some(c) if !digits.is_empty() => {
                word.push_quoted(c, at);
                i += skip + digits.len();
            }
            _ => {
                word.push_quoted('\\', at);
                i += 1;
            }
        }
    }
    i + 1
}

/// Chrome's "Copy as cURL (cmd)" writes `curl ^"URL^"` and `^` line ends. A `^"` elsewhere (a
/// regex in a bash script) does not make a text cmd, and neither does anything in a text whose
/// lines continue with `\`.
fn looks_like_cmd(source: &str) -> bool {
    let mut caret_ends = false;
    for line in source.lines() {
        let line = line.trim();
        if line.ends_with(" \\") {
            return false;
        }
        caret_ends |= line.ends_with(" ^");
        let program = line.split(' ').next().unwrap_or("");
        if (program.eq_ignore_ascii_case("curl") || program.eq_ignore_ascii_case("curl.exe"))
            && line[program.len()..].trim_start().starts_with("^\"")
        {
            return true;
        }
    }
    caret_ends
}

/// cmd.exe: `^` escapes the next character (a newline: the line continues); the program then
/// splits its command line MSVCRT-style, where `"` quotes and `\"` is a literal quote.
fn cmd_commands(source: &str) -> Vec<Vec<Word>> {
    let chars: Vec<(usize, char)> = source.char_indices().collect();
    let mut commands = Vec::new();
    let mut words = Vec::new();
    let mut word = Builder::default();
    let mut in_quotes = false;
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        match c {
            '^' if chars.get(i + 1).is_some_and(|&(_, c)| c == '\\')
                && chars.get(i + 2).is_some_and(|&(_, c)| c == '^')
                && chars.get(i + 3).is_some_and(|&(_, c)| c == '"') =>
            {
                // `^\^"`: cmd hands `\"` to the program, which reads a literal quote.
                word.push_quoted('"', chars[i + 3].0);
                i += 4;
            }
            '^' => match chars.get(i + 1) {
                Some((_, '\n')) => i += 2,
                Some((_, '\r')) if chars.get(i + 2).is_some_and(|&(_, c)| c == '\n') => i += 3,
                Some(&(_, '"')) => {
                    in_quotes = !in_quotes;
                    word.started = true;
                    i += 2;
                }
                Some(&(next_at, next)) => {
                    word.push_quoted(next, next_at);
                    i += 2;
                }
                None => i += 1,
            },
            '\\' if chars.get(i + 1).is_some_and(|&(_, c)| c == '"') => {
                word.push_quoted('"', chars[i + 1].0);
                i += 2;
            }
            '\\' if chars.get(i + 1).is_some_and(|&(_, c)| c == '^')
                && chars.get(i + 2).is_some_and(|&(_, c)| c == '"') =>
            {
                word.push_quoted('"', chars[i + 2].0);
                i += 3;
            }
            '"' => {
                in_quotes = !in_quotes;
                word.started = true;
                i += 1;
            }
            ' ' | '\t' | '\r' if !in_quotes => {
                words.extend(word.finish(at));
                i += 1;
            }
            '\n' | '&' | '|' if !in_quotes => {
                words.extend(word.finish(at));
                if !words.is_empty() {
                    commands.push(std::mem::take(&mut words));
                }
                i += 1;
            }
            _ => {
                word.push_quoted(c, at);
                i += 1;
            }
        }
    }
    words.extend(word.finish(source.len()));
    if !words.is_empty() {
        commands.push(words);
    }
    commands
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(source: &str) -> Vec<Vec<String>> {
        commands(source)
            .into_iter()
            .map(|c| c.into_iter().map(|w| w.text).collect())
            .collect()
    }

    #[test]
    fn quoting_forms_are_removed() {
        assert_eq!(
            texts(r#"curl 'a b' "c \"d\" \$e" f\ g $'h\ni\x41\u00e9' "$VAR""#),
            [["curl", "a b", "c \"d\" $e", "f g", "h\niAé", "$VAR"]]
        );
    }

    #[test]
    fn continuations_comments_and_separators() {
        let script =
            "# get it\ncurl -s \\\n  -H 'X: y' \\\n  https://a.example; echo done\ncurl b | jq .";
        assert_eq!(
            texts(script),
            [
                vec!["curl", "-s", "-H", "X: y", "https://a.example"],
                vec!["echo", "done"],
                vec!["curl", "b"],
                vec!["jq", "."],
            ]
        );
    }

    #[test]
    fn chrome_cmd_copies_are_understood() {
        let cmd = "curl ^\"https://api.example/v1?key=abc^\" ^\n  -H ^\"accept: */*^\" ^\n  --data-raw ^\"^{^\\^\"a^\\^\":1^}^\" ^\n  --compressed";
        assert_eq!(
            texts(cmd),
            [[
                "curl",
                "https://api.example/v1?key=abc",
                "-H",
                "accept: */*",
                "--data-raw",
                "{\"a\":1}",
                "--compressed"
            ]]
        );
    }

    #[test]
    fn every_byte_knows_where_it_came_from() {
        let source = r#"curl "https://x.example/?api_key=s3cret" -u 'u:p'"#;
        let words = &commands(source)[0];
        let url = &words[1];
        let at = url.text.find("s3cret").unwrap();
        let range = url.source_range(at..at + 6);
        assert_eq!(&source[range], "s3cret");
        assert_eq!(&source[words[3].span()], "u:p");
        let part = url.slice(at..at + 6);
        assert_eq!(&source[part.span()], "s3cret");
    }

    #[test]
    fn a_double_quoted_string_is_unescaped_with_its_offsets() {
        let source = r#"bash -c "curl -u \"a:$P\" x" y"#;
        let start = source.find('"').unwrap() + 1;
        let (text, map, end) = double_quoted(source, start, false);
        assert_eq!(text, r#"curl -u "a:$P" x"#);
        assert_eq!(&source[end..], "\" y");
        let words = &commands(&text)[0];
        let value = words[2].remapped(&map);
        assert_eq!(value.text, "a:$P");
        assert_eq!(&source[value.span()], r#"a:$P"#);
    }

    #[test]
    fn unbalanced_quotes_do_not_panic() {
        for source in [
            "curl 'abc",
            "curl \"abc\\",
            "curl $'\\x",
            "curl ^\"abc",
            "\\",
            "$'",
            "\"\\",
        ] {
            let _ = commands(source);
        }
    }
}
