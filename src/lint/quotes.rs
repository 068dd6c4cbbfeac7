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
    /// `"…"`, opened at the offset.
    Double { at: usize },
    /// `$(…)` with its count of unclosed `(`, or `${…}` with its `{`: code again, inside.
    Nested { closer: u8, depth: usize },
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
            Some(Open::Double { .. }) => {
                match c {
                    b'\\' => i += 1,
                    b'"' => {
                        stack.pop();
                    }
                    b'`' => stack.push(Open::Backquote),
                    b'$' if matches!(b.get(i + 1), Some(b'(' | b'{')) => {
                        stack.push(nested(b[i + 1]));
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
        match c {
            b'\\' => i += 1,
            b'\'' => stack.push(Open::Single { at: i, ansi: false }),
            b'"' => stack.push(Open::Double { at: i }),
            b'$' if b.get(i + 1) == Some(&b'\'') => {
                stack.push(Open::Single { at: i, ansi: true });
                i += 1;
            }
            b'$' if matches!(b.get(i + 1), Some(b'(' | b'{')) => {
                stack.push(nested(b[i + 1]));
                i += 1;
            }
            b'`' => match stack.last() {
                Some(Open::Backquote) => {
                    stack.pop();
                }
                _ => stack.push(Open::Backquote),
            },
            b'(' | b'{' | b')' | b'}' => {
                if let Some(Open::Nested { closer, depth }) = stack.last_mut() {
                    let opener = if *closer == b')' { b'(' } else { b'{' };
                    if c == opener {
                        *depth += 1;
                    } else if c == *closer {
                        if *depth == 0 {
                            stack.pop();
                        } else {
                            *depth -= 1;
                        }
                    }
                }
            }
            b'#' if i == 0
                || matches!(b[i - 1], b' ' | b'\t' | b'\n' | b';' | b'&' | b'|' | b'(') =>
            {
                // A comment, to the end of its line (the line end itself is read next).
                i = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |n| i + n);
                continue;
            }
            b'<' if b.get(i + 1) == Some(&b'<') && b.get(i + 2) != Some(&b'<') => {
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
        Open::Single { at, .. } | Open::Double { at } => Some(*at),
        _ => None,
    })
}

fn nested(opener: u8) -> Open {
    Open::Nested {
        closer: if opener == b'(' { b')' } else { b'}' },
        depth: 0,
    }
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
    }
}
