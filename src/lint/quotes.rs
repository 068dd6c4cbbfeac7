//! Whether a shell script's quotes close, read as the shell reads them, so that a script the
//! shell itself would refuse ("unexpected EOF while looking for matching `\"'") is reported as
//! unreadable instead of linted into "no findings": the commands after an open quote are
//! swallowed by it.
//!
//! By hand: the shell crates (shlex, shell-words, conch-parser) split words or build a full AST
//! that fails on much real bash; this needs only the quoting, comments and here-documents, and
//! must never fail on a script bash runs.

/// What is open at a point of the script.
enum Open {
    /// `'…'` (or `$'…'`, where `\'` does not close it), opened at the offset.
    Single { at: usize, ansi: bool },
    /// `"…"`, opened at the offset; `escaped`: opened by `\"` inside backquotes inside double
    /// quotes, where the inner shell reads `\"` as a quote, so `\"` closes it.
    Double { at: usize, escaped: bool },
    /// `$(…)` with its count of unclosed `(`, or `${…}` with its `{`: code again, inside. `cases`
    /// counts open `case … esac`, whose patterns' `)` close nothing; `arithmetic` is `$((…))` or
    /// `((…))`, where `<<` is a shift.
    Nested {
        closer: u8,
        depth: usize,
        cases: usize,
        arithmetic: bool,
    },
    /// `` `…` ``: code inside.
    Backquote,
}

/// The offset of a quote the end of `script` leaves open, the outermost one; `None` when every
/// quote closes. Comments, here-document bodies and escaped quotes are not quotes.
pub fn unclosed_quote(script: &str) -> Option<usize> {
    let b = script.as_bytes();
    let mut stack: Vec<Open> = Vec::new();
    // Here-documents whose bodies start at the next line end: (delimiter, tabs stripped).
    let mut here_docs: Vec<(Vec<u8>, bool)> = Vec::new();
    // Where a word starts after a subshell's `)`: a `#` there begins a comment.
    let mut word_after_paren = usize::MAX;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match stack.last_mut() {
            Some(Open::Single { ansi, .. }) => {
                if *ansi && c == b'\\' {
                    i += 2;
                    continue;
                }
                if c == b'\'' {
                    stack.pop();
                }
                i += 1;
                continue;
            }
            Some(&mut Open::Double { escaped, .. }) => {
                match c {
                    b'\\' if escaped && b.get(i + 1) == Some(&b'"') => {
                        stack.pop();
                        i += 1;
                    }
                    b'\\' => i += 1,
                    b'"' if !escaped => {
                        stack.pop();
                    }
                    b'`' => stack.push(Open::Backquote),
                    b'$' if matches!(b.get(i + 1), Some(b'(' | b'{')) => {
                        stack.push(nested(b[i + 1], b.get(i + 2) == Some(&b'(')));
                        i += 1;
                    }
                    _ => {}
                }
                i += 1;
                continue;
            }
            _ => {}
        }
        // Code: at the top, or inside `$(…)`, `${…}` or backquotes.
        let in_quoted_backquote =
            matches!(stack.as_slice(), [.., Open::Double { .. }, Open::Backquote]);
        let word_start = i == 0
            || matches!(b[i - 1], b' ' | b'\t' | b'\n' | b';' | b'&' | b'|' | b'(')
            || i == word_after_paren;
        match c {
            b'\\' if in_quoted_backquote && b.get(i + 1) == Some(&b'"') => {
                stack.push(Open::Double {
                    at: i,
                    escaped: true,
                });
                i += 1;
            }
            b'\\' => i += 1,
            b'\'' => stack.push(Open::Single { at: i, ansi: false }),
            b'"' => stack.push(Open::Double {
                at: i,
                escaped: false,
            }),
            b'$' if b.get(i + 1) == Some(&b'\'') => {
                stack.push(Open::Single { at: i, ansi: true });
                i += 1;
            }
            b'$' if matches!(b.get(i + 1), Some(b'(' | b'{')) => {
                stack.push(nested(b[i + 1], b.get(i + 2) == Some(&b'(')));
                i += 1;
            }
            b'(' if word_start && b.get(i + 1) == Some(&b'(') => {
                // `(( … ))`: arithmetic, its inner `(` counted as any other.
                stack.push(nested(b'(', true));
            }
            b'c' if word_start && is_word(b, i, b"case") => {
                if let Some(Open::Nested { cases, .. }) = stack.last_mut() {
                    *cases += 1;
                }
            }
            b'e' if word_start && is_word(b, i, b"esac") => {
                if let Some(Open::Nested { cases, .. }) = stack.last_mut() {
                    *cases = cases.saturating_sub(1);
                }
            }
            b'`' => match stack.last() {
                Some(Open::Backquote) => {
                    stack.pop();
                }
                _ => stack.push(Open::Backquote),
            },
            b'(' | b'{' | b')' | b'}' => {
                let mut closed_nested = false;
                if let Some(Open::Nested {
                    closer,
                    depth,
                    cases,
                    ..
                }) = stack.last_mut()
                {
                    let opener = if *closer == b')' { b'(' } else { b'{' };
                    let pattern_end = *closer == b')' && *cases > 0 && *depth == 0;
                    if c == opener {
                        *depth += 1;
                    } else if c == *closer && !pattern_end {
                        if *depth == 0 {
                            stack.pop();
                            closed_nested = true;
                        } else {
                            *depth -= 1;
                        }
                    }
                }
                if c == b')' && !closed_nested {
                    word_after_paren = i + 1;
                }
            }
            b'#' if word_start => {
                // A comment, to the end of its line (the line end itself is read next).
                i = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |n| i + n);
                continue;
            }
            b'<' if b.get(i + 1) == Some(&b'<')
                && b.get(i + 2) != Some(&b'<')
                && !stack.iter().any(|o| {
                    matches!(
                        o,
                        Open::Nested {
                            arithmetic: true,
                            ..
                        }
                    )
                }) =>
            {
                let (delimiter, strip_tabs, end) = here_doc_delimiter(b, i + 2);
                if !delimiter.is_empty() {
                    here_docs.push((delimiter, strip_tabs));
                }
                i = end;
                continue;
            }
            b'\n' if !here_docs.is_empty() => {
                i = skip_here_docs(b, i + 1, &mut here_docs);
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    stack.iter().find_map(|open| match open {
        Open::Single { at, .. } | Open::Double { at, .. } => Some(*at),
        _ => None,
    })
}

fn nested(opener: u8, arithmetic: bool) -> Open {
    Open::Nested {
        closer: if opener == b'(' { b')' } else { b'}' },
        depth: 0,
        cases: 0,
        arithmetic,
    }
}

/// Whether the word `word` stands at `i` (followed by a blank, `;`, `)` or the end).
fn is_word(b: &[u8], i: usize, word: &[u8]) -> bool {
    b[i..].starts_with(word)
        && b.get(i + word.len())
            .is_none_or(|c| matches!(c, b' ' | b'\t' | b'\n' | b';' | b')'))
}

/// After `<<`: the delimiter word with its quotes removed, whether `<<-` strips leading tabs,
/// and where the word ends. An arithmetic shift (`1 << 2`) has no word: an empty delimiter.
fn here_doc_delimiter(b: &[u8], mut i: usize) -> (Vec<u8>, bool, usize) {
    let strip_tabs = b.get(i) == Some(&b'-');
    if strip_tabs {
        i += 1;
    }
    while matches!(b.get(i), Some(b' ' | b'\t')) {
        i += 1;
    }
    let mut word = Vec::new();
    let mut quote: Option<u8> = None;
    while let Some(&c) = b.get(i) {
        match (quote, c) {
            (Some(q), _) if c == q => quote = None,
            (Some(_), _) => word.push(c),
            (None, b'\'' | b'"') => quote = Some(c),
            (None, b'\\') => {}
            (None, b' ' | b'\t' | b'\n' | b';' | b'&' | b'|' | b'<' | b'>' | b'(' | b')') => break,
            (None, _) => word.push(c),
        }
        i += 1;
    }
    if word.first().is_some_and(u8::is_ascii_digit) {
        word.clear();
    }
    (word, strip_tabs, i)
}

/// Skips the bodies of the pending here-documents, from `i` (the start of the line after their
/// command): each ends at a line that is its delimiter. Returns where code resumes.
fn skip_here_docs(b: &[u8], mut i: usize, pending: &mut Vec<(Vec<u8>, bool)>) -> usize {
    for (delimiter, strip_tabs) in pending.drain(..) {
        while i < b.len() {
            let end = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |n| i + n);
            let mut line = &b[i..end];
            if strip_tabs {
                while let [b'\t', rest @ ..] = line {
                    line = rest;
                }
            }
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            i = (end + 1).min(b.len());
            if line == delimiter.as_slice() {
                break;
            }
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closed_quotes_in_every_form_are_closed() {
        for script in [
            "curl -H \"Authorization: Bearer $TOKEN\" \"$API_URL/v1\"\n",
            "echo 'it'\\''s'\n",
            "echo $'it\\'s'\n",
            "# don't\necho ok\n",
            "echo \"$(printf '%s' \"a b\")\" `echo 'x'`\n",
            "cat <<EOF\ndon't\nEOF\necho ok\n",
            "cat <<-'EOF'\n\tit's\n\tEOF\n",
            "cat <<\"A\" <<B\n'\nA\n\"\nB\n",
            "echo $((1 << 2)) \"x\"\n",
            "echo \"${x:-\"default\"}\" ${#x} a#b 'c'\n",
            "echo \\\" \\'\n",
            "x=\"multi\nline\"\n",
            // Found by review, each accepted by bash -n.
            "x=\"$(case $1 in a) echo \"it's\";; esac)\"\n",
            "echo \"`echo \\\"it's\\\"`\"\n",
            "(echo a)# it's a subshell\n",
            "(( x <<= 2 ))\necho $((1<<n)) 'ok'\n",
        ] {
            assert_eq!(unclosed_quote(script), None, "{script:?}");
        }
    }

    #[test]
    fn an_open_quote_is_found_where_it_opens() {
        assert_eq!(
            unclosed_quote("curl -H \"Authorization: x\nmore\n"),
            Some(8)
        );
        assert_eq!(unclosed_quote("echo ok\necho 'it\n"), Some(13));
        assert_eq!(unclosed_quote("echo \"$(echo 'x)\"\n"), Some(5));
        assert_eq!(unclosed_quote("cat <<EOF\nfine\nEOF\necho \"\n"), Some(24));
        // A shift is no here-document: the quote after it is still seen.
        assert_eq!(unclosed_quote("echo $((1<<n))\necho 'x\n"), Some(20));
    }
}
