
use builtin;
use str;

set edit:completion:arg-completer[keyward] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'keyward'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'keyward'= {
            cand --keyfile 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]'
            cand --color 'When to colour the output (NO_COLOR turns "auto" off)'
            cand -q 'Print no notes on stderr (warnings and errors still appear)'
            cand --quiet 'Print no notes on stderr (warnings and errors still appear)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand keygen 'Generate API keys, store their hashes in the keyfile and print each key once'
            cand hash 'Hash a secret with argon2id, or check a secret against a PHC hash string'
            cand keys 'List, show, check, revoke, remove and rotate the keys in the keyfile'
            cand completions 'Print a shell completion script: source <(keyward completions bash)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keyward;keygen'= {
            cand --prefix 'Human-readable prefix that starts the key: a letter, then letters, digits and _'
            cand --name 'A name to recognise the key by (who or what uses it)'
            cand --scope 'A scope the key grants; repeat the flag or separate scopes with commas'
            cand --expires 'When the key expires: a duration (90d, 12h), a date (2027-01-31, at 00:00 UTC), an RFC 3339 time or a Unix timestamp [default: never]'
            cand --count 'How many keys to generate'
            cand --format 'Output format'
            cand --keyfile 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]'
            cand --color 'When to colour the output (NO_COLOR turns "auto" off)'
            cand --no-store 'Print the key (and, with --format json, its hash) without touching the keyfile'
            cand -q 'Print no notes on stderr (warnings and errors still appear)'
            cand --quiet 'Print no notes on stderr (warnings and errors still appear)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keyward;hash'= {
            cand --check 'Check the secret against this PHC string instead of hashing it (exit 0 on a match, 1 on a mismatch, 2 if the string is malformed); argon2id, argon2i and argon2d, versions 16 and 19'
            cand --memory 'Memory cost in KiB, or with a unit: 19MiB, 1GiB'
            cand --iterations 'Number of passes over memory (argon2 t)'
            cand --parallelism 'Degree of parallelism (argon2 p, lanes)'
            cand --max-memory 'With --check: refuse hashes that ask for more memory than this'
            cand --max-iterations 'With --check: refuse hashes that ask for more passes than this'
            cand --format 'Output format'
            cand --keyfile 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]'
            cand --color 'When to colour the output (NO_COLOR turns "auto" off)'
            cand -q 'Print no notes on stderr (warnings and errors still appear)'
            cand --quiet 'Print no notes on stderr (warnings and errors still appear)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keyward;keys'= {
            cand --keyfile 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]'
            cand --color 'When to colour the output (NO_COLOR turns "auto" off)'
            cand -q 'Print no notes on stderr (warnings and errors still appear)'
            cand --quiet 'Print no notes on stderr (warnings and errors still appear)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the keys in the keyfile, without their hashes'
            cand show 'Show one key''s record, without its hash'
            cand check 'Check a key: format, checksum, hash, revocation, expiry and scopes'
            cand revoke 'Revoke a key: it stays in the keyfile and no longer checks as valid'
            cand rm 'Remove a key''s record from the keyfile'
            cand rotate 'Replace a key with a new one of the same name, prefix and scopes; print the new key once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keyward;keys;list'= {
            cand --status 'Show only keys with this status; repeat or separate with commas'
            cand --format 'Output format'
            cand --keyfile 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]'
            cand --color 'When to colour the output (NO_COLOR turns "auto" off)'
            cand -q 'Print no notes on stderr (warnings and errors still appear)'
            cand --quiet 'Print no notes on stderr (warnings and errors still appear)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keyward;keys;show'= {
            cand --format 'Output format'
            cand --keyfile 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]'
            cand --color 'When to colour the output (NO_COLOR turns "auto" off)'
            cand -q 'Print no notes on stderr (warnings and errors still appear)'
            cand --quiet 'Print no notes on stderr (warnings and errors still appear)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keyward;keys;check'= {
            cand --scope 'Require this scope; repeat or separate with commas'
            cand --format 'Output format'
            cand --keyfile 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]'
            cand --color 'When to colour the output (NO_COLOR turns "auto" off)'
            cand -q 'Print no notes on stderr (warnings and errors still appear)'
            cand --quiet 'Print no notes on stderr (warnings and errors still appear)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keyward;keys;revoke'= {
            cand --reason 'Why the key is revoked (kept in the keyfile)'
            cand --format 'Output format'
            cand --keyfile 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]'
            cand --color 'When to colour the output (NO_COLOR turns "auto" off)'
            cand -q 'Print no notes on stderr (warnings and errors still appear)'
            cand --quiet 'Print no notes on stderr (warnings and errors still appear)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keyward;keys;rm'= {
            cand --format 'Output format'
            cand --keyfile 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]'
            cand --color 'When to colour the output (NO_COLOR turns "auto" off)'
            cand -q 'Print no notes on stderr (warnings and errors still appear)'
            cand --quiet 'Print no notes on stderr (warnings and errors still appear)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keyward;keys;rotate'= {
            cand --grace 'How long the old key keeps working: 0s (now), 24h, 7d'
            cand --expires 'When the new key expires [default: as long after now as the old key lived, or never]'
            cand --format 'Output format'
            cand --keyfile 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]'
            cand --color 'When to colour the output (NO_COLOR turns "auto" off)'
            cand -q 'Print no notes on stderr (warnings and errors still appear)'
            cand --quiet 'Print no notes on stderr (warnings and errors still appear)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keyward;keys;help'= {
            cand list 'List the keys in the keyfile, without their hashes'
            cand show 'Show one key''s record, without its hash'
            cand check 'Check a key: format, checksum, hash, revocation, expiry and scopes'
            cand revoke 'Revoke a key: it stays in the keyfile and no longer checks as valid'
            cand rm 'Remove a key''s record from the keyfile'
            cand rotate 'Replace a key with a new one of the same name, prefix and scopes; print the new key once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keyward;keys;help;list'= {
        }
        &'keyward;keys;help;show'= {
        }
        &'keyward;keys;help;check'= {
        }
        &'keyward;keys;help;revoke'= {
        }
        &'keyward;keys;help;rm'= {
        }
        &'keyward;keys;help;rotate'= {
        }
        &'keyward;keys;help;help'= {
        }
        &'keyward;completions'= {
            cand --keyfile 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]'
            cand --color 'When to colour the output (NO_COLOR turns "auto" off)'
            cand -q 'Print no notes on stderr (warnings and errors still appear)'
            cand --quiet 'Print no notes on stderr (warnings and errors still appear)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keyward;help'= {
            cand keygen 'Generate API keys, store their hashes in the keyfile and print each key once'
            cand hash 'Hash a secret with argon2id, or check a secret against a PHC hash string'
            cand keys 'List, show, check, revoke, remove and rotate the keys in the keyfile'
            cand completions 'Print a shell completion script: source <(keyward completions bash)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keyward;help;keygen'= {
        }
        &'keyward;help;hash'= {
        }
        &'keyward;help;keys'= {
            cand list 'List the keys in the keyfile, without their hashes'
            cand show 'Show one key''s record, without its hash'
            cand check 'Check a key: format, checksum, hash, revocation, expiry and scopes'
            cand revoke 'Revoke a key: it stays in the keyfile and no longer checks as valid'
            cand rm 'Remove a key''s record from the keyfile'
            cand rotate 'Replace a key with a new one of the same name, prefix and scopes; print the new key once'
        }
        &'keyward;help;keys;list'= {
        }
        &'keyward;help;keys;show'= {
        }
        &'keyward;help;keys;check'= {
        }
        &'keyward;help;keys;revoke'= {
        }
        &'keyward;help;keys;rm'= {
        }
        &'keyward;help;keys;rotate'= {
        }
        &'keyward;help;completions'= {
        }
        &'keyward;help;help'= {
        }
    ]
    $completions[$command]
}
