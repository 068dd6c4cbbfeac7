//! Values written under credential-looking names: `api_key = "…"`, `"password": "…"`,
//! `TOKEN=…`, `<apiKey>…</apiKey>`, `os.Setenv("API_KEY", "…")`.
//!
//! Only values count, never code: a quoted literal, or a bare value where the text's syntax makes
//! one (a config or `.env` line, YAML, a shell assignment, a query string). In source code a bare
//! word after `=` is an identifier, a call or an expression (`key = Token::Bracket`,
//! `shared_secret: SharedSecret,`), and is not looked at.
//!
//! By hand: the assignment forms of a dozen languages in one pass over bytes, at the few places
//! the prefilter points to; no parser crate reads them all, and parsing whole files would cost a
//! hundred times more.

use std::ops::Range;

/// A value assigned to a credential-looking name, before it is judged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedValue {
    pub name: Range<usize>,
    pub value: Range<usize>,
    /// Whether the value was written in quotes.
    pub quoted: bool,
}

/// How values are written in a text: what counts as a value depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// Source code: values are literals. `char_quotes`: `'…'` writes a character, so a single
    /// quote says nothing about strings (C, Rust, Java, Go); `annotations`: `name: "T"` annotates
    /// a type (Python).
    Code {
        char_quotes: bool,
        annotations: bool,
    },
    /// Configuration, data and shell: a bare value after `=` or `: ` is a value.
    Config,
    /// Anything else (docs, logs, notes, stdin): literals, and bare values where a line is
    /// written as an assignment or a string holds one.
    Text,
}

impl Syntax {
    /// The syntax of a file, by its name.
    pub fn of_file(name: &str) -> Syntax {
        let file = name
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(name)
            .to_ascii_lowercase();
        let ext = file.rsplit_once('.').map_or("", |(_, e)| e);
        let code = |char_quotes, annotations| Syntax::Code {
            char_quotes,
            annotations,
        };
        match ext {
            "py" | "pyi" | "pyw" => code(false, true),
            "rs" | "go" | "java" | "kt" | "kts" | "scala" | "c" | "h" | "cc" | "cpp" | "cxx"
            | "hpp" | "hh" | "hxx" | "cs" | "swift" | "m" | "mm" | "dart" | "zig" => {
                code(true, false)
            }
            "js" | "mjs" | "cjs" | "jsx" | "ts" | "tsx" | "mts" | "cts" | "vue" | "svelte"
            | "rb" | "php" | "pl" | "pm" | "lua" | "r" | "ex" | "exs" | "erl" | "clj" | "cljs"
            | "groovy" | "gradle" | "ps1" | "psm1" | "jl" | "nim" | "cr" => code(false, false),
            "env" | "ini" | "cfg" | "conf" | "cnf" | "properties" | "yaml" | "yml" | "toml"
            | "tf" | "tfvars" | "hcl" | "json" | "jsonc" | "json5" | "xml" | "plist" | "sh"
            | "bash" | "zsh" | "ksh" | "fish" | "bat" | "cmd" | "mk" | "npmrc" | "pypirc"
            | "netrc" | "htpasswd" | "service" | "desktop" | "sql" | "http" | "rest" => {
                Syntax::Config
            }
            _ if file.starts_with(".env")
                || file.starts_with("dockerfile")
                || file.ends_with(".env")
                || matches!(
                    file.as_str(),
                    "makefile"
                        | "gnumakefile"
                        | ".netrc"
                        | "_netrc"
                        | ".npmrc"
                        | ".pypirc"
                        | ".git-credentials"
                        | "procfile"
                        | "containerfile"
                        | ".htpasswd"
                ) =>
            {
                Syntax::Config
            }
            _ => Syntax::Text,
        }
    }

    /// Whether `'` opens a string.
    fn single_quotes_strings(self) -> bool {
        !matches!(
            self,
            Syntax::Code {
                char_quotes: true,
                ..
            }
        )
    }
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

/// The identifier a keyword is part of (`aws_secret_access_key` around `secret`), without the
/// dashes of a command-line flag.
pub fn name_around(text: &[u8], start: usize, end: usize) -> Range<usize> {
    let mut from = start;
    while from > 0 && start - from < 64 && is_name_byte(text[from - 1]) {
        from -= 1;
    }
    while from < start && text[from] == b'-' {
        from += 1;
    }
    let mut to = end;
    while to < text.len() && to - end < 64 && is_name_byte(text[to]) {
        to += 1;
    }
    while to > end && text[to - 1] == b'-' {
        to -= 1;
    }
    // Names written as words: `public key: …`, `API key: …`, `client secret = …`.
    const QUALIFIERS: &[&[u8]] = &[
        b"public",
        b"publishable",
        b"private",
        b"secret",
        b"api",
        b"access",
        b"client",
        b"session",
        b"refresh",
        b"auth",
    ];
    if from > 0 && text[from - 1] == b' ' {
        let before = &text[..from - 1];
        if let Some(word) = QUALIFIERS.iter().find(|w| {
            before.len() >= w.len()
                && before[before.len() - w.len()..].eq_ignore_ascii_case(w)
                && (before.len() == w.len() || !is_name_byte(before[before.len() - w.len() - 1]))
        }) {
            from -= word.len() + 1;
        }
    }
    from..to
}

/// The value written under the name at `name`, if the name is assigned one.
pub fn value_of(text: &[u8], name: Range<usize>, syntax: Syntax) -> Option<NamedValue> {
    assignment_after(text, name.clone(), syntax)
        .or_else(|| listed_value(text, name.clone(), syntax))
        .or_else(|| spaced_value(text, name, syntax))
}

fn skip_blanks(text: &[u8], mut i: usize) -> usize {
    while matches!(text.get(i), Some(b' ' | b'\t')) {
        i += 1;
    }
    i
}

fn line_start(text: &[u8], at: usize) -> usize {
    let look = at.saturating_sub(512);
    memchr::memrchr(b'\n', &text[look..at]).map_or(look, |i| look + i + 1)
}

/// Whether `at` sits inside a string on its line: an odd number of quotes before it.
fn inside_string(text: &[u8], at: usize, syntax: Syntax) -> bool {
    let line = &text[line_start(text, at)..at];
    let count = |q: u8| {
        let mut n = 0;
        let mut escaped = false;
        for &b in line {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == q {
                n += 1;
            }
        }
        n
    };
    count(b'"') % 2 == 1
        || count(b'`') % 2 == 1
        || (syntax.single_quotes_strings() && count(b'\'') % 2 == 1)
}

/// Whether a bare (unquoted) value after the name at `name` is a value, not code: always in
/// configuration; in other text where the line is an assignment, a string holds it, a query
/// string or a connection string does, or it follows a command-line flag.
fn bare_values_at(text: &[u8], name: &Range<usize>, syntax: Syntax) -> bool {
    if syntax == Syntax::Config {
        return true;
    }
    let start = name.start;
    let before = text[..start].last().copied();
    let flag = start >= 1 && text[start - 1] == b'-';
    if flag || matches!(before, Some(b'?' | b'&' | b';')) || inside_string(text, start, syntax) {
        return true;
    }
    if syntax != Syntax::Text {
        return false;
    }
    let lead = text[line_start(text, start)..start].trim_ascii_start();
    const LEADS: &[&[u8]] = &[
        b"",
        b"export ",
        b"ENV ",
        b"ARG ",
        b"set ",
        b"SET ",
        b"- ",
        b"$ ",
        b"# ",
        b"#",
        b"// ",
        b"setenv ",
        b"declare -x ",
        b"local ",
        b"readonly ",
        b"$",
    ];
    LEADS.contains(&lead)
}

/// The value assigned to the name at `name`, if an assignment follows it.
fn assignment_after(text: &[u8], name: Range<usize>, syntax: Syntax) -> Option<NamedValue> {
    let at = |i: usize| text.get(i).copied();
    let mut i = name.end;
    let before = name.start.checked_sub(1).map(|j| text[j]);
    // An XML element: `<apiKey>…</apiKey>`, its text trimmed, also over lines.
    if before == Some(b'<') && at(i) == Some(b'>') {
        return element_text(text, name);
    }
    // A quoted name: `"api_key": …`, `['token'] = …`, `\"token\": \"…\"` (JSON in a string).
    let mut quoted_name = false;
    let escaped_quote = at(i) == Some(b'\\') && at(i + 1) == Some(b'"');
    if let Some(q @ (b'"' | b'\'' | b'`')) = at(i).filter(|_| !escaped_quote) {
        if before != Some(q) {
            return None;
        }
        quoted_name = true;
        i += 1;
    } else if escaped_quote {
        if !(before == Some(b'"') && name.start >= 2 && text[name.start - 2] == b'\\') {
            return None;
        }
        quoted_name = true;
        i += 2;
    }
    if quoted_name && at(i) == Some(b']') {
        i += 1;
    }
    // `char password[] = "…"`, `password[64] = …`.
    if !quoted_name && at(i) == Some(b'[') {
        let close = text[i..text.len().min(i + 8)]
            .iter()
            .position(|b| *b == b']')?;
        i += close + 1;
    }
    i = skip_blanks(text, i);
    // A name and value passed together: `os.Setenv("API_KEY", "…")`, `{"token", "…"}`,
    // `define('DB_PASSWORD', '…')`.
    if quoted_name && at(i) == Some(b',') {
        let open = text[..name.start - 1]
            .iter()
            .rposition(|b| !matches!(b, b' ' | b'\t' | b'\\'))
            .map(|j| text[j]);
        if !matches!(open, Some(b'(' | b'{')) {
            return None;
        }
        let j = skip_blanks(text, i + 1);
        return quoted_value(text, name, j);
    }
    // Go's `var token string = "…"`: a type between the name and the operator.
    if !quoted_name && at(i).is_some_and(|b| b.is_ascii_alphabetic()) {
        let lead = text[line_start(text, name.start)..name.start].trim_ascii_start();
        if !(lead.starts_with(b"var ") || lead.starts_with(b"const ")) {
            return spaced_assignment(text, name, i, syntax);
        }
        while at(i).is_some_and(|b| b.is_ascii_alphanumeric() || b"_.*[]".contains(&b)) {
            i += 1;
        }
        i = skip_blanks(text, i);
        if !(at(i) == Some(b'=') && at(i + 1) != Some(b'=')) {
            return None;
        }
    }
    // The operator.
    let colon = at(i) == Some(b':') && at(i + 1) != Some(b'=') && at(i + 1) != Some(b':');
    match (at(i), at(i + 1), at(i + 2), at(i + 3)) {
        (Some(b':'), Some(b':'), Some(b':'), Some(b'=')) => i += 4,
        (Some(b':'), Some(b':'), Some(b'='), _) => i += 3,
        (Some(b'|'), Some(b'|'), Some(b'='), _) => i += 3,
        (Some(b':'), Some(b'='), _, _)
        | (Some(b'='), Some(b'>'), _, _)
        | (Some(b'?' | b'+' | b'.'), Some(b'='), _, _) => i += 2,
        (Some(b'='), Some(b'=' | b'~'), _, _) => return None,
        (Some(b'='), _, _, _) => i += 1,
        // `name: value` wants a blank, a quote or the line's end after the colon: `a:b` and
        // `std::x` are not assignments.
        (Some(b':'), Some(b' ' | b'\t' | b'"' | b'\'' | b'\r' | b'\n') | None, _, _) if colon => {
            i += 1
        }
        // JSON in a string: `\"token\":\"…\"`.
        (Some(b':'), Some(b'\\'), Some(b'"'), _) if colon => i += 1,
        _ => return None,
    }
    i = skip_blanks(text, i);
    if colon && !quoted_name {
        // A typed declaration: `API_KEY: &str = "…"`, `const token: string = '…'`,
        // `password: str = "…"`.
        if let Some(j) = after_type(text, i) {
            return value_at(text, name, j, syntax);
        }
        // Python's `name: "T"` annotates; it assigns nothing.
        if matches!(
            syntax,
            Syntax::Code {
                annotations: true,
                ..
            }
        ) {
            return None;
        }
    }
    value_at(text, name, i, syntax)
}

/// Where the value starts after a type and `=` (`&str = "…"`), if a type is written at `i`.
fn after_type(text: &[u8], i: usize) -> Option<usize> {
    if matches!(text.get(i), Some(b'"' | b'\'' | b'`')) {
        return None;
    }
    let len = text[i..text.len().min(i + 48)]
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || b" _&'<>[],:.|?".contains(b)))?;
    let eq = i + len;
    if text.get(eq) != Some(&b'=') || matches!(text.get(eq + 1), Some(b'=' | b'>')) {
        return None;
    }
    // A declaration assigns a literal; `Basic dXNl…=` is a value, not a type.
    let j = skip_blanks(text, eq + 1);
    quote_at(text, j).map(|_| j)
}

/// `NAME value` where a format says so: a Dockerfile's `ENV API_KEY value`, a `.netrc`'s
/// `machine host login me password value`, a flag's `--password value`.
fn spaced_assignment(
    text: &[u8],
    name: Range<usize>,
    i: usize,
    syntax: Syntax,
) -> Option<NamedValue> {
    if name.end >= text.len() || text[name.end] != b' ' {
        return None;
    }
    let lead = &text[line_start(text, name.start)..name.start];
    let dockerfile = lead.trim_ascii_start() == b"ENV ";
    let netrc = text[name.clone()].eq_ignore_ascii_case(b"password")
        && (memchr::memmem::find(lead, b"login ").is_some()
            || memchr::memmem::find(lead, b"machine ").is_some());
    let flag = name.start >= 2 && &text[name.start - 2..name.start] == b"--";
    if !(dockerfile || netrc || flag) {
        return None;
    }
    let _ = syntax;
    value_at(text, name, i, Syntax::Config)
}

fn spaced_value(text: &[u8], name: Range<usize>, syntax: Syntax) -> Option<NamedValue> {
    let i = skip_blanks(text, name.end);
    if i == name.end {
        return None;
    }
    spaced_assignment(text, name, i, syntax)
}

/// A name and value written as a list entry, as Kubernetes and CI files do:
/// `- name: API_SECRET` with `value: "…"` on the next line.
fn listed_value(text: &[u8], name: Range<usize>, syntax: Syntax) -> Option<NamedValue> {
    // Only the few bytes before the name are looked at: `- name: ` and its indentation.
    let look = name.start.saturating_sub(24);
    let start = memchr::memrchr(b'\n', &text[look..name.start]).map_or(look, |i| look + i + 1);
    let before = text[start..name.start].trim_ascii();
    let before = before
        .strip_suffix(b"\"")
        .or_else(|| before.strip_suffix(b"'"))
        .unwrap_or(before);
    if !(before.ends_with(b"name:") || before.ends_with(b"\"name\":")) {
        return None;
    }
    let line_end = memchr::memchr(b'\n', &text[name.end..])? + name.end;
    let next_end =
        memchr::memchr(b'\n', &text[line_end + 1..]).map_or(text.len(), |i| line_end + 1 + i);
    let next = &text[line_end + 1..next_end];
    let key = memchr::memmem::find(next, b"value")?;
    let after = line_end + 1 + key + "value".len();
    let mut i = after + usize::from(text.get(after) == Some(&b'"'));
    if text.get(i) != Some(&b':') {
        return None;
    }
    i = skip_blanks(text, i + 1);
    let _ = syntax;
    value_at(text, name, i, Syntax::Config)
}

/// The text of the XML element named at `name` (`<password>…</password>`), trimmed, when it is
/// text only.
fn element_text(text: &[u8], name: Range<usize>) -> Option<NamedValue> {
    let from = name.end + 1;
    let window = &text[from..text.len().min(from + 1024)];
    let close = memchr::memchr(b'<', window)?;
    let content = &window[..close];
    let lead = content.len() - content.trim_ascii_start().len();
    let trimmed = content.trim_ascii();
    if trimmed.is_empty()
        || trimmed.contains(&b'\n')
        || !window[close..].starts_with(b"</")
        || !window[close + 2..].starts_with(&text[name.clone()])
    {
        return None;
    }
    let start = from + lead;
    Some(NamedValue {
        name,
        value: start..start + trimmed.len(),
        quoted: true,
    })
}

/// The quote that opens a string at `i`, past a literal's prefix (`r"…"`, `b'…'`, `f"…"`,
/// `@"…"`, `u8"…"`, `L"…"`), and where its text starts.
fn quote_at(text: &[u8], i: usize) -> Option<(u8, usize)> {
    for prefix_len in 0..=2 {
        let prefix = text.get(i..i + prefix_len)?;
        let known = match prefix {
            [] => true,
            [p] => b"rbfuRBFUL@$".contains(p),
            [a, b] => {
                matches!(
                    (a.to_ascii_lowercase(), b.to_ascii_lowercase()),
                    (b'r', b'b' | b'f') | (b'b' | b'f', b'r') | (b'u', b'8')
                ) || (*a == b'$' && *b == b'@')
            }
            _ => false,
        };
        if !known {
            return None;
        }
        match text.get(i + prefix_len) {
            Some(&q @ (b'"' | b'\'' | b'`')) => return Some((q, i + prefix_len + 1)),
            // Rust's raw strings: `r#"…"#`.
            Some(b'#') if prefix == b"r" => {
                return (text.get(i + 2) == Some(&b'"')).then_some((b'"', i + 3));
            }
            _ => {}
        }
    }
    None
}

/// A quoted value at `i` (no other form).
fn quoted_value(text: &[u8], name: Range<usize>, i: usize) -> Option<NamedValue> {
    let (quote, from) = quote_at(text, i)?;
    string_from(text, name, quote, from)
}

/// The string that starts at `from`, to its closing `quote` on the same line.
fn string_from(text: &[u8], name: Range<usize>, quote: u8, from: usize) -> Option<NamedValue> {
    // A docstring or a text block (`"""…"""`) is prose.
    if text.get(from) == Some(&quote) && text.get(from + 1) == Some(&quote) {
        return None;
    }
    let limit = text.len().min(from + 8192);
    let mut j = from;
    while j < limit {
        match text[j] {
            b'\n' => return None,
            b'\\' if quote != b'`' => j += 2,
            b if b == quote => break,
            _ => j += 1,
        }
    }
    if j >= limit || j == from {
        return None;
    }
    // A literal joined to more (`"_Screen." + name`, `"%s-%d" % …`) is only a piece of a value.
    let after = skip_blanks(text, j + 1);
    if matches!(text.get(after), Some(b'+' | b'%')) {
        return None;
    }
    let mut value = from..j;
    // `"Bearer abc"`: the value is what follows the scheme.
    let scheme = scheme_len(&text[value.clone()]);
    value.start += scheme;
    (!value.is_empty()).then_some(NamedValue {
        name,
        value,
        quoted: true,
    })
}

/// The length of an authentication scheme and its space at the start of a value.
fn scheme_len(value: &[u8]) -> usize {
    for scheme in [&b"Bearer "[..], b"bearer ", b"Basic ", b"Token ", b"token "] {
        if value.starts_with(scheme) {
            return scheme.len();
        }
    }
    0
}

/// Whether a bare value ends at `b`.
fn ends_bare(b: u8) -> bool {
    b.is_ascii_whitespace()
        || !b.is_ascii()
        || matches!(
            b,
            b',' | b';'
                | b')'
                | b'}'
                | b']'
                | b'"'
                | b'\''
                | b'`'
                | b'&'
                | b'<'
                | b'>'
                | b'\\'
                | b'|'
        )
}

/// The value written at `i`: quoted, or bare to the next delimiter where a bare value is one.
fn value_at(text: &[u8], name: Range<usize>, i: usize, syntax: Syntax) -> Option<NamedValue> {
    // JSON in a string: `\"token\": \"…\"`.
    if text.get(i) == Some(&b'\\') && text.get(i + 1) == Some(&b'"') {
        let from = i + 2;
        let window = &text[from..text.len().min(from + 8192)];
        let len = memchr::memmem::find(window, b"\\\"")?;
        return (len > 0 && !window[..len].contains(&b'\n')).then_some(NamedValue {
            name,
            value: from..from + len,
            quoted: true,
        });
    }
    if let Some((quote, from)) = quote_at(text, i) {
        return string_from(text, name, quote, from);
    }
    if !bare_values_at(text, &name, syntax) {
        return None;
    }
    let from = i + scheme_len(&text[i..text.len().min(i + 8)]);
    let limit = text.len().min(from + 8192);
    let mut to = from;
    while to < limit && !ends_bare(text[to]) {
        to += 1;
    }
    if to == from {
        return None;
    }
    // What follows a bare value ends it: the line's end, a comment, a separator, a quote or an
    // escape. Anything else (`+ group(…)`, `.method()`, more words) makes it an expression or
    // prose.
    let after = skip_blanks(text, to);
    let ends = match text.get(after) {
        None => true,
        Some(b) => {
            matches!(
                b,
                b'\r'
                    | b'\n'
                    | b'#'
                    | b';'
                    | b','
                    | b'"'
                    | b'\''
                    | b'`'
                    | b'&'
                    | b')'
                    | b'}'
                    | b']'
                    | b'<'
                    | b'\\'
                    | b'|'
            ) || (b == &b'/' && text.get(after + 1) == Some(&b'/'))
        }
    };
    ends.then_some(NamedValue {
        name,
        value: from..to,
        quoted: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The name and value found at the first credential keyword of `text`.
    fn found(text: &str, syntax: Syntax) -> Option<(String, String)> {
        let lower = text.to_ascii_lowercase();
        let at = ["key", "token", "secret", "pass", "pwd", "auth"]
            .iter()
            .filter_map(|k| lower.find(k).map(|i| (i, k.len())))
            .min()?;
        let name = name_around(text.as_bytes(), at.0, at.0 + at.1);
        let v = value_of(text.as_bytes(), name, syntax)?;
        Some((text[v.name].to_owned(), text[v.value].to_owned()))
    }

    fn pair(name: &str, value: &str) -> Option<(String, String)> {
        Some((name.to_owned(), value.to_owned()))
    }

    #[test]
    fn the_assignment_forms_of_the_languages_people_commit() {
        let go = Syntax::of_file("x.go");
        let py = Syntax::of_file("x.py");
        let text = Syntax::Text;
        for (source, syntax, expected) in [
            (
                "let api_key = \"f3a9c2\";",
                Syntax::of_file("x.rs"),
                pair("api_key", "f3a9c2"),
            ),
            (
                "pub static DB_PASSWORD: &str = \"e0ff\";",
                Syntax::of_file("x.rs"),
                pair("DB_PASSWORD", "e0ff"),
            ),
            (
                "var githubToken string = \"ghp_x1\"",
                go,
                pair("githubToken", "ghp_x1"),
            ),
            ("githubToken := `ghp_x2`", go, pair("githubToken", "ghp_x2")),
            (
                "String githubToken = \"ghp_x3\";",
                Syntax::of_file("A.java"),
                pair("githubToken", "ghp_x3"),
            ),
            (
                "const val API_KEY: String = \"k9\"",
                Syntax::of_file("a.kt"),
                pair("API_KEY", "k9"),
            ),
            (
                "string token = @\"t0\";",
                Syntax::of_file("a.cs"),
                pair("token", "t0"),
            ),
            (
                "static const char *api_key = \"c1\";",
                Syntax::of_file("a.c"),
                pair("api_key", "c1"),
            ),
            (
                "char password[] = \"c2\";",
                Syntax::of_file("a.c"),
                pair("password", "c2"),
            ),
            (
                "{ \"api_key\", \"c3\" },",
                Syntax::of_file("a.cpp"),
                pair("api_key", "c3"),
            ),
            (
                "export const API_KEY: string = 'k9';",
                Syntax::of_file("a.ts"),
                pair("API_KEY", "k9"),
            ),
            (
                "const cfg = { apiKey: 'j1' };",
                Syntax::of_file("a.js"),
                pair("apiKey", "j1"),
            ),
            ("token = r\"p1\"", py, pair("token", "p1")),
            ("password: str = \"p2\"", py, pair("password", "p2")),
            (
                "$githubToken .= \"ph1\"",
                Syntax::of_file("a.php"),
                pair("githubToken", "ph1"),
            ),
            (
                "'api_key' => 'ph2',",
                Syntax::of_file("a.php"),
                pair("api_key", "ph2"),
            ),
            (
                "define('DB_PASSWORD','pw9');",
                Syntax::of_file("a.php"),
                pair("DB_PASSWORD", "pw9"),
            ),
            (
                "  api_key: \"rb1\",",
                Syntax::of_file("a.rb"),
                pair("api_key", "rb1"),
            ),
            ("os.Setenv(\"API_KEY\", \"k7\")", go, pair("API_KEY", "k7")),
            (
                "System.setProperty(\"GITHUB_TOKEN\", \"k8\")",
                Syntax::of_file("A.java"),
                pair("GITHUB_TOKEN", "k8"),
            ),
            (
                "TOKEN=abc123\n",
                Syntax::of_file("deploy.sh"),
                pair("TOKEN", "abc123"),
            ),
            (
                "export API_KEY=\"abc\"\n",
                Syntax::of_file(".env"),
                pair("API_KEY", "abc"),
            ),
            (
                "password = \"hcl1\"",
                Syntax::of_file("main.tf"),
                pair("password", "hcl1"),
            ),
            (
                "password: Tz8#kLm2\n",
                Syntax::of_file("a.yml"),
                pair("password", "Tz8#kLm2"),
            ),
            (
                "db.password=pr0p\n",
                Syntax::of_file("a.properties"),
                pair("password", "pr0p"),
            ),
            (
                "ENV API_KEY k8s9\n",
                Syntax::of_file("Dockerfile"),
                pair("API_KEY", "k8s9"),
            ),
            (
                "ENV API_KEY=k8s0\n",
                Syntax::of_file("Dockerfile"),
                pair("API_KEY", "k8s0"),
            ),
            (
                "machine api.example.com login me password pw7\n",
                Syntax::of_file(".netrc"),
                pair("password", "pw7"),
            ),
            (
                "{\"config.ini\": \"TOKEN=3ih46d\\nBACKUP=true\"}",
                Syntax::of_file("a.json"),
                pair("TOKEN", "3ih46d"),
            ),
            (
                "{\"config.ini\": \"TOKEN=3ih46d\\nBACKUP=true\"}",
                text,
                pair("TOKEN", "3ih46d"),
            ),
            (
                "<githubToken>\n    ghp_x4\n</githubToken>",
                text,
                pair("githubToken", "ghp_x4"),
            ),
            ("github_TOKEN ?= \"m1\"", text, pair("github_TOKEN", "m1")),
            ("github_TOKEN :::= \"m2\"", text, pair("github_TOKEN", "m2")),
            ("github_TOKEN ::= \"m3\"", text, pair("github_TOKEN", "m3")),
            (
                "  \"githubToken\" => \"l1\"",
                text,
                pair("githubToken", "l1"),
            ),
            ("github_token: l2\n", text, pair("github_token", "l2")),
            (
                "- name: API_SECRET\n  value: \"5fbc\"\n",
                Syntax::of_file("k8s.yaml"),
                pair("API_SECRET", "5fbc"),
            ),
            ("headers['X-Api-Key'] = \"k1\"", py, pair("X-Api-Key", "k1")),
            (
                "{\"data\": \"{\\\"token\\\": \\\"j5\\\"}\"}",
                Syntax::of_file("a.json"),
                pair("token", "j5"),
            ),
            (
                "mysql --password=s3cr3t\n",
                text,
                pair("password", "s3cr3t"),
            ),
            (
                "{'Authorization': 'Bearer Qc1x'}",
                py,
                pair("Authorization", "Qc1x"),
            ),
        ] {
            assert_eq!(found(source, syntax), expected, "{source}");
        }
    }

    #[test]
    fn code_is_not_a_value() {
        let rs = Syntax::of_file("x.rs");
        let py = Syntax::of_file("x.py");
        for (source, syntax) in [
            ("let token = Token::Bracket {", rs),
            ("    shared_secret: SharedSecret,", rs),
            ("pub fn cfb128(key: UnboundCipherKey)", rs),
            (
                "#[deprecated(note = \"use aws_lc_rs::signature::ML_DSA_65_SIGNING\")]",
                rs,
            ),
            ("PseudoToken = Whitespace + group(PseudoExtras, Number)", py),
            ("    private_key: \"_DSAPrivateKey\", data: bytes", py),
            (":param password: Password to send", py),
            ("token = Punctuation", py),
            ("if token == other {", rs),
            ("the key is here", Syntax::Text),
            (
                "PseudoToken = Whitespace + group(PseudoExtras)",
                Syntax::Text,
            ),
            ("[ 'crc-16-buypass', 'Crc16Buypass', 0x18005 ]", py),
        ] {
            assert_eq!(found(source, syntax), None, "{source}");
        }
    }
}
