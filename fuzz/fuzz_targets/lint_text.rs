//! Every text parser of `keyward lint` (shell words, curl, wget, HTTPie, raw HTTP and .http files,
//! Markdown) and the rules, on arbitrary input: none may panic. The first byte picks the parser.
#![no_main]

use keyward::cli::InputKind;
use keyward::lint::{Source, lint_source, rules::Origin};
use libfuzzer_sys::fuzz_target;

const KINDS: [InputKind; 7] = [
    InputKind::Auto,
    InputKind::Curl,
    InputKind::Wget,
    InputKind::Httpie,
    InputKind::Http,
    InputKind::Script,
    InputKind::Markdown,
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let kind = KINDS[usize::from(pick) % KINDS.len()];
    // The name decides how a text is read: a script is searched for commands, code and logs too.
    let name = ["fuzz", "fuzz.py", "fuzz.log"][usize::from(pick / 8) % 3];
    let source = Source::new(name, String::from_utf8_lossy(rest).into_owned());
    for origin in [Origin::File, Origin::CommandLine] {
        let _ = lint_source(&source, kind, origin);
    }
});
