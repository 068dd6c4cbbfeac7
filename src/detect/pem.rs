//! PEM private key blocks as people commit them: in key files, in JSON with `\n` escapes, and
//! split over string literals (`"-----BEGIN …-----\n" "MIIE…"`, `"…" +`, one array item a
//! line). Every label that names a private key counts (`RSA`, `EC`, `DSA`, `OPENSSH`,
//! `ENCRYPTED`, PGP's `PRIVATE KEY BLOCK`), a body that does not parse or is cut short still
//! leaks, and only placeholders (`MIIE...`, `<your key here>`) are not keys.
//!
//! By hand: the `pem` crate reads well-formed blocks only; these are not.

use std::ops::Range;

use base64::Engine;
use base64::engine::general_purpose::STANDARD_NO_PAD;

/// The longest block looked at: a 16 384-bit RSA key in PEM is about 12 KiB.
const MAX_BLOCK: usize = 64 * 1024;

/// A private key block found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub span: Range<usize>,
    /// No END line follows: the key is cut short.
    pub cut_short: bool,
}

/// Whether a label (`RSA PRIVATE KEY`, `PGP PRIVATE KEY BLOCK`) names a private key.
fn is_private_label(label: &[u8]) -> bool {
    let label = label.strip_suffix(b" BLOCK").unwrap_or(label);
    label.ends_with(b"PRIVATE KEY")
        && label
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b' ')
}

/// The private key block whose `-----BEGIN ` is at `begin`, if its label names one: up to its
/// END line, or, when none follows before the next BEGIN, up to where its body ends.
pub fn block_at(text: &[u8], begin: usize) -> Option<Block> {
    let label_at = begin + b"-----BEGIN ".len();
    let rest = &text[label_at..text.len().min(label_at + 64)];
    let label_len = memchr::memmem::find(rest, b"-----")?;
    let label = &rest[..label_len];
    if !is_private_label(label) {
        return None;
    }
    let body_at = label_at + label_len + 5;
    let limit = text.len().min(begin + MAX_BLOCK);
    let window = &text[body_at..limit];
    let next_begin = memchr::memmem::find(window, b"-----BEGIN ").unwrap_or(window.len());
    let mut end_marker = b"-----END ".to_vec();
    end_marker.extend_from_slice(label);
    end_marker.extend_from_slice(b"-----");
    if let Some(end) = memchr::memmem::find(&window[..next_begin], &end_marker) {
        let end = body_at + end + end_marker.len();
        return Some(Block {
            span: begin..end,
            cut_short: false,
        });
    }
    // No END: the body is the lines that follow while they hold base64 (quoted or not).
    let mut end = body_at;
    let mut at = body_at;
    for line in window[..next_begin].split_inclusive(|b| *b == b'\n') {
        let content = line.trim_ascii();
        let base64 = content
            .iter()
            .filter(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
            .count();
        if at > body_at && (content.is_empty() || base64 * 10 < content.len() * 7) {
            break;
        }
        at += line.len();
        end = at - (line.len() - line.trim_ascii_end().len());
    }
    Some(Block {
        span: begin..end,
        cut_short: true,
    })
}

/// The base64 text of a PEM block: between its BEGIN and END lines, without header lines
/// (`Proc-Type: …`), PGP's checksum line, line breaks (also written as `\n` escapes), the
/// comment leader of a block in a comment (`//! `, ` * `, `# `), and, for a block split over
/// string literals, everything outside the literals (quotes, `+`, commas): a `+` inside one is
/// base64.
pub fn body(value: &str) -> Option<String> {
    let after_begin = value.split_once("-----BEGIN ")?.1;
    let after_label = after_begin.split_once("-----")?.1;
    let (body, has_end) = match after_label.split_once("-----END ") {
        Some((body, _)) => (body, true),
        None => (after_label, false),
    };
    let leader = comment_leader(body, has_end);
    // Quotes on key lines mean literals; a header's apostrophe (`Comment: Bob's key`) does not.
    let literals = body
        .lines()
        .any(|l| l.contains(['"', '\'']) && !l.contains(": "));
    // The BEGIN line sits inside a literal, so text right after its label is inside one.
    let mut inside = true;
    let mut text = String::new();
    for line in body.lines() {
        let line = line.trim();
        let line = leader.and_then(|l| line.strip_prefix(l)).unwrap_or(line);
        let line = line.replace("\\\\", "\\");
        for logical in line.split("\\n").flat_map(|l| l.split("\\r")) {
            let mut content = String::new();
            for c in logical.chars() {
                match c {
                    '"' | '\'' if literals => inside = !inside,
                    _ if inside || !literals => content.push(c),
                    _ => {}
                }
            }
            let content = content.trim();
            // Headers (`Proc-Type: 4,ENCRYPTED`, PGP's `Version: …`), and PGP's checksum (`=8xQN`).
            if content.contains(": ") || content.starts_with('=') {
                continue;
            }
            text.extend(
                content
                    .chars()
                    .filter(|c| !c.is_whitespace() && !matches!(c, '"' | '\'' | '\\')),
            );
        }
    }
    (!text.is_empty()).then_some(text)
}

/// The comment leaders a key block may be written behind, longest first.
const COMMENT_LEADERS: &[&str] = &["//!", "///", "//", "#", "*", "--", ";"];

/// The comment leader every line of a block's body starts with, if any: the block sits in a
/// doc or code comment (`//! MIIE…`, ` * MIIE…`, `# MIIE…`). When the block has an END line, its
/// lead counts too, so a base64 line that merely starts with `//` (0xFF bytes) is never cut.
fn comment_leader(body: &str, has_end: bool) -> Option<&'static str> {
    let mut lines = body.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next()?;
    let leader = COMMENT_LEADERS.iter().find(|l| first.starts_with(**l))?;
    let end_lead = body.rsplit('\n').next().unwrap_or("").trim();
    let every_line = lines.all(|l| l.starts_with(leader));
    (every_line && (!has_end || end_lead.starts_with(leader))).then_some(*leader)
}

/// Whether a block only shows where a key would go: a few characters (`MIIE...`), an ellipsis,
/// words (`<your key here>`), filler, or base64 of plain text.
pub fn is_placeholder(value: &str) -> bool {
    let Some(body) = body(value) else {
        return true;
    };
    let base64 = body
        .bytes()
        .filter(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
        .count();
    if base64 < 40 || body.contains("...") || body.contains('…') || body.contains(['<', '>']) {
        return true;
    }
    if super::random::is_filler(&body) {
        return true;
    }
    decoded(&body).is_some_and(|bytes| {
        bytes.len() >= 16
            && bytes
                .iter()
                .all(|b| b.is_ascii_graphic() || b.is_ascii_whitespace())
    })
}

fn decoded(body: &str) -> Option<Vec<u8>> {
    STANDARD_NO_PAD.decode(body.trim_end_matches('=')).ok()
}

/// Whether a block's body is the key its label says: DER (a SEQUENCE) for PKCS#1, SEC1, DSA and
/// PKCS#8, the `openssh-key-v1` magic for OpenSSH (under any label), a PGP packet, or, for an
/// encrypted key, ciphertext.
pub fn body_is_a_key(value: &str) -> bool {
    let Some(bytes) = body(value).as_deref().and_then(decoded) else {
        return false;
    };
    if bytes.starts_with(b"openssh-key-v1\0") {
        return true;
    }
    if value.contains("OPENSSH PRIVATE KEY") {
        return false;
    }
    if value.contains("PGP PRIVATE KEY BLOCK") {
        return bytes.first().is_some_and(|tag| tag & 0x80 != 0);
    }
    if value.contains("Proc-Type: 4,ENCRYPTED") {
        return bytes.len() >= 32;
    }
    // A SEQUENCE with a definite length, whatever the algorithm (RSA, EC, Ed448, ML-KEM…):
    // short form, or long form with 1 to 3 length bytes.
    bytes.len() > 8 && bytes[0] == 0x30 && (bytes[1] < 0x80 || (0x81..=0x83).contains(&bytes[1]))
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSA: &str = "-----BEGIN RSA PRIVATE KEY-----\nMIIBOwIBAAJBAGC+MSAeaf7aoO7ouZl/XHwpmf2v5ZMlPNZUr0361xQnoK6z/ukjL4ryIR+e5JHFsQvs\n-----END RSA PRIVATE KEY-----";

    #[test]
    fn blocks_under_every_private_label() {
        for label in [
            "PRIVATE KEY",
            "RSA PRIVATE KEY",
            "ENCRYPTED PRIVATE KEY",
            "DSA PRIVATE KEY",
            "PGP PRIVATE KEY BLOCK",
            "OPENSSH PRIVATE KEY",
        ] {
            let text = format!("x\n-----BEGIN {label}-----\nQUJD\n-----END {label}-----\ny");
            let block = block_at(text.as_bytes(), 2).unwrap();
            assert!(!block.cut_short, "{label}");
            assert!(text[block.span].ends_with(&format!("END {label}-----")));
        }
        let public = "-----BEGIN PUBLIC KEY-----\nQUJD\n-----END PUBLIC KEY-----";
        assert_eq!(block_at(public.as_bytes(), 0), None);
    }

    #[test]
    fn a_block_without_an_end_is_cut_short_where_its_base64_ends() {
        let text = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSj\nqMJ9QyvAY42n1+m0aOk5DAvPgKwaAFOWzxPxp7Y4\n\nmore prose here, not base64 at all.\n";
        let block = block_at(text.as_bytes(), 0).unwrap();
        assert!(block.cut_short);
        assert!(text[block.span].ends_with("p7Y4"));
    }

    #[test]
    fn bodies_split_over_string_literals_are_joined() {
        let c = "\"-----BEGIN RSA PRIVATE KEY-----\\n\"\n\"MIIBOwIBAAJBAGC+MSAeaf7aoO7ouZl/XHwpmf2v5ZMlPNZUr0361xQnoK6z/ukjL4ryIR+e5JHFsQvs\\n\"\n\"-----END RSA PRIVATE KEY-----\\n\"";
        let js = "'-----BEGIN RSA PRIVATE KEY-----' +\n'MIIBOwIBAAJBAGC+MSAeaf7aoO7ouZl/XHwpmf2v5ZMlPNZUr0361xQnoK6z/ukjL4ryIR+e5JHFsQvs' +\n'-----END RSA PRIVATE KEY-----'";
        for text in [RSA, c, js] {
            assert_eq!(body(RSA), body(text), "{text}");
            assert!(body_is_a_key(text), "{text}");
            assert!(!is_placeholder(text), "{text}");
        }
    }

    /// ML-KEM-512 in PKCS#8 (seed form), made here: its first line ends with a `+`.
    const ML_KEM: [&str; 2] = [
        "MFQCAQAwCwYJYIZIAWUDBAQBBEKAQMthql4HBK7tRXI+R1ji0qXfR5xTPe2sHk5+",
        "4mVwWgd46Az+wcXxIvtLwwZGQNufCkQ1K8WSrG7euwztt6fHUbE=",
    ];

    #[test]
    fn a_plus_that_ends_a_string_literal_is_base64() {
        let [a, b] = ML_KEM;
        let c = format!(
            "\"-----BEGIN PRIVATE KEY-----\\n\"\n    \"{a}\\n\"\n    \"{b}\\n\"\n    \"-----END PRIVATE KEY-----\\n\";"
        );
        let java = format!(
            "\"-----BEGIN PRIVATE KEY-----\\n\" +\n\"{a}\\n\" +\n\"{b}\\n\" +\n\"-----END PRIVATE KEY-----\""
        );
        let one_line = format!(
            "\"-----BEGIN PRIVATE KEY-----\\n\" + \"{a}\" + \"{b}\" + \"\\n-----END PRIVATE KEY-----\""
        );
        for text in [c, java, one_line] {
            assert_eq!(
                body(&text).as_deref(),
                Some(format!("{a}{b}").as_str()),
                "{text}"
            );
            assert!(body_is_a_key(&text), "{text}");
        }
    }

    #[test]
    fn bodies_in_comments_are_read_without_their_leaders() {
        let lines: Vec<&str> = RSA.lines().collect();
        for leader in ["//! ", "/// ", "// ", "# ", " * ", "-- ", "; "] {
            let text: String = lines.iter().map(|l| format!("{leader}{l}\n")).collect();
            let text = &text[leader.len()..];
            assert_eq!(body(text), body(RSA), "{leader}");
            assert!(body_is_a_key(text), "{leader}");
            assert!(!is_placeholder(text), "{leader}");
        }
        // A block quoted in a comment: the leader, then the literals.
        let [a, b] = ML_KEM;
        let commented = format!(
            "\"-----BEGIN PRIVATE KEY-----\\n\"\n//   \"{a}\\n\"\n//   \"{b}\\n\"\n//   \"-----END PRIVATE KEY-----\""
        );
        assert!(body_is_a_key(&commented), "{commented}");
    }

    #[test]
    fn a_base64_line_that_starts_with_slashes_is_not_a_comment() {
        let a = "MFQCAQAwCwYJYIZIAWUDBAQBBEKAQC5IAut7yrcFPnjXiFUOoUS1mSftA3GZ3Sbh";
        let b = "//nt2m0lkdEztDOoEoftqeMdyGT9Qkz+2qnH1aO9fY4IQ1Bj6XY=";
        let text = format!("-----BEGIN PRIVATE KEY-----\n{a}\n{b}\n-----END PRIVATE KEY-----");
        assert_eq!(body(&text), Some(format!("{a}{b}")));
        assert!(body_is_a_key(&text));
        let cut_short = format!("-----BEGIN PRIVATE KEY-----\n{a}\n{b}\n");
        assert_eq!(body(&cut_short), Some(format!("{a}{b}")));
    }

    #[test]
    fn placeholders_are_not_keys() {
        for text in [
            "-----BEGIN PRIVATE KEY-----\nMIIE...\n-----END PRIVATE KEY-----",
            "-----BEGIN PRIVATE KEY-----\n...your key here...\n-----END PRIVATE KEY-----",
            "-----BEGIN PRIVATE KEY-----\n<YOUR PRIVATE KEY GOES IN THIS PLACE, ALL OF IT>\n-----END PRIVATE KEY-----",
            "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5IGF0IGFsbCwganVzdCB0ZXh0IGhlcmU=\n-----END PRIVATE KEY-----",
            "-----BEGIN PRIVATE KEY-----\nXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n-----END PRIVATE KEY-----",
        ] {
            assert!(is_placeholder(text), "{text}");
        }
    }
}
