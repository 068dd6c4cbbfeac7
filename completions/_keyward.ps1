
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'keyward' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'keyward'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'keyward' {
            [CompletionResult]::new('--keyfile', '--keyfile', [CompletionResultType]::ParameterName, 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR turns "auto" off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Generate API keys, store their hashes in the keyfile and print each key once')
            [CompletionResult]::new('hash', 'hash', [CompletionResultType]::ParameterValue, 'Hash a secret with argon2id, or check a secret against a PHC hash string')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'List, show, check, revoke, remove and rotate the keys in the keyfile')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script: source <(keyward completions bash)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keyward;keygen' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Human-readable prefix that starts the key: a letter, then letters, digits and _')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A name to recognise the key by (who or what uses it)')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'A scope the key grants; repeat the flag or separate scopes with commas')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'When the key expires: a duration (90d, 12h), a date (2027-01-31, at 00:00 UTC), an RFC 3339 time or a Unix timestamp [default: never]')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many keys to generate')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--keyfile', '--keyfile', [CompletionResultType]::ParameterName, 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR turns "auto" off)')
            [CompletionResult]::new('--no-store', '--no-store', [CompletionResultType]::ParameterName, 'Print the key (and, with --format json, its hash) without touching the keyfile')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keyward;hash' {
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Check the secret against this PHC string instead of hashing it (exit 0 on a match, 1 on a mismatch, 2 if the string is malformed); argon2id, argon2i and argon2d, versions 16 and 19')
            [CompletionResult]::new('--memory', '--memory', [CompletionResultType]::ParameterName, 'Memory cost in KiB, or with a unit: 19MiB, 1GiB')
            [CompletionResult]::new('--iterations', '--iterations', [CompletionResultType]::ParameterName, 'Number of passes over memory (argon2 t)')
            [CompletionResult]::new('--parallelism', '--parallelism', [CompletionResultType]::ParameterName, 'Degree of parallelism (argon2 p, lanes)')
            [CompletionResult]::new('--max-memory', '--max-memory', [CompletionResultType]::ParameterName, 'With --check: refuse hashes that ask for more memory than this')
            [CompletionResult]::new('--max-iterations', '--max-iterations', [CompletionResultType]::ParameterName, 'With --check: refuse hashes that ask for more passes than this')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--keyfile', '--keyfile', [CompletionResultType]::ParameterName, 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR turns "auto" off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keyward;keys' {
            [CompletionResult]::new('--keyfile', '--keyfile', [CompletionResultType]::ParameterName, 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR turns "auto" off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the keys in the keyfile, without their hashes')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one key''s record, without its hash')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a key: format, checksum, hash, revocation, expiry and scopes')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a key: it stays in the keyfile and no longer checks as valid')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a key''s record from the keyfile')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace a key with a new one of the same name, prefix and scopes; print the new key once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keyward;keys;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Show only keys with this status; repeat or separate with commas')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--keyfile', '--keyfile', [CompletionResultType]::ParameterName, 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR turns "auto" off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keyward;keys;show' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--keyfile', '--keyfile', [CompletionResultType]::ParameterName, 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR turns "auto" off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keyward;keys;check' {
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Require this scope; repeat or separate with commas')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--keyfile', '--keyfile', [CompletionResultType]::ParameterName, 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR turns "auto" off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keyward;keys;revoke' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the key is revoked (kept in the keyfile)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--keyfile', '--keyfile', [CompletionResultType]::ParameterName, 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR turns "auto" off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keyward;keys;rm' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--keyfile', '--keyfile', [CompletionResultType]::ParameterName, 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR turns "auto" off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keyward;keys;rotate' {
            [CompletionResult]::new('--grace', '--grace', [CompletionResultType]::ParameterName, 'How long the old key keeps working: 0s (now), 24h, 7d')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'When the new key expires [default: as long after now as the old key lived, or never]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--keyfile', '--keyfile', [CompletionResultType]::ParameterName, 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR turns "auto" off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keyward;keys;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the keys in the keyfile, without their hashes')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one key''s record, without its hash')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a key: format, checksum, hash, revocation, expiry and scopes')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a key: it stays in the keyfile and no longer checks as valid')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a key''s record from the keyfile')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace a key with a new one of the same name, prefix and scopes; print the new key once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keyward;keys;help;list' {
            break
        }
        'keyward;keys;help;show' {
            break
        }
        'keyward;keys;help;check' {
            break
        }
        'keyward;keys;help;revoke' {
            break
        }
        'keyward;keys;help;rm' {
            break
        }
        'keyward;keys;help;rotate' {
            break
        }
        'keyward;keys;help;help' {
            break
        }
        'keyward;completions' {
            [CompletionResult]::new('--keyfile', '--keyfile', [CompletionResultType]::ParameterName, 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR turns "auto" off)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keyward;help' {
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Generate API keys, store their hashes in the keyfile and print each key once')
            [CompletionResult]::new('hash', 'hash', [CompletionResultType]::ParameterValue, 'Hash a secret with argon2id, or check a secret against a PHC hash string')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'List, show, check, revoke, remove and rotate the keys in the keyfile')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script: source <(keyward completions bash)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keyward;help;keygen' {
            break
        }
        'keyward;help;hash' {
            break
        }
        'keyward;help;keys' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the keys in the keyfile, without their hashes')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one key''s record, without its hash')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a key: format, checksum, hash, revocation, expiry and scopes')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a key: it stays in the keyfile and no longer checks as valid')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a key''s record from the keyfile')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace a key with a new one of the same name, prefix and scopes; print the new key once')
            break
        }
        'keyward;help;keys;list' {
            break
        }
        'keyward;help;keys;show' {
            break
        }
        'keyward;help;keys;check' {
            break
        }
        'keyward;help;keys;revoke' {
            break
        }
        'keyward;help;keys;rm' {
            break
        }
        'keyward;help;keys;rotate' {
            break
        }
        'keyward;help;completions' {
            break
        }
        'keyward;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
