
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
            [CompletionResult]::new('--insecure-keyfile', '--insecure-keyfile', [CompletionResultType]::ParameterName, 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Generate API keys, store their hashes in the keyfile and print each key once')
            [CompletionResult]::new('hash', 'hash', [CompletionResultType]::ParameterValue, 'Hash a secret with argon2id, or check a secret against a PHC hash string')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'List, show, check, revoke, remove and rotate the keys in the keyfile')
            [CompletionResult]::new('jwt', 'jwt', [CompletionResultType]::ParameterValue, 'Create, decode and verify JSON Web Tokens, and make keys for them')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Find credentials placed where they leak in HTTP requests: query strings, URLs, bodies, plain http://')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Tell what a credential is: API key or token, whose, live or test, and what it holds')
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
            [CompletionResult]::new('--insecure-keyfile', '--insecure-keyfile', [CompletionResultType]::ParameterName, 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted')
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
            [CompletionResult]::new('--insecure-keyfile', '--insecure-keyfile', [CompletionResultType]::ParameterName, 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted')
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
            [CompletionResult]::new('--insecure-keyfile', '--insecure-keyfile', [CompletionResultType]::ParameterName, 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted')
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
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Show only keys with this status (active includes keys expiring soon); repeat or separate with commas')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--keyfile', '--keyfile', [CompletionResultType]::ParameterName, 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR turns "auto" off)')
            [CompletionResult]::new('--insecure-keyfile', '--insecure-keyfile', [CompletionResultType]::ParameterName, 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted')
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
            [CompletionResult]::new('--insecure-keyfile', '--insecure-keyfile', [CompletionResultType]::ParameterName, 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted')
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
            [CompletionResult]::new('--insecure-keyfile', '--insecure-keyfile', [CompletionResultType]::ParameterName, 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted')
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
            [CompletionResult]::new('--insecure-keyfile', '--insecure-keyfile', [CompletionResultType]::ParameterName, 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted')
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
            [CompletionResult]::new('--insecure-keyfile', '--insecure-keyfile', [CompletionResultType]::ParameterName, 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted')
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
            [CompletionResult]::new('--insecure-keyfile', '--insecure-keyfile', [CompletionResultType]::ParameterName, 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted')
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
        'keyward;jwt' {
            [CompletionResult]::new('--keyfile', '--keyfile', [CompletionResultType]::ParameterName, 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR turns "auto" off)')
            [CompletionResult]::new('--insecure-keyfile', '--insecure-keyfile', [CompletionResultType]::ParameterName, 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('encode', 'encode', [CompletionResultType]::ParameterValue, 'Create and sign a token; prints the token and nothing else')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Create and sign a token; prints the token and nothing else')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Show a token''s header and claims, without verifying it')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a token''s signature and claims')
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Generate a signing key: an HMAC secret, or a private key and its public key')
            [CompletionResult]::new('jwk', 'jwk', [CompletionResultType]::ParameterValue, 'Print the public JWK of a key (PEM, DER or JWK), with its thumbprint as kid')
            [CompletionResult]::new('thumbprint', 'thumbprint', [CompletionResultType]::ParameterValue, 'Print the RFC 7638 SHA-256 thumbprint of a key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keyward;jwt;encode' {
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'HMAC secret: @FILE, env:NAME, - (stdin), b64:BASE64, b64url:BASE64URL (also b64url:@FILE, b64:env:NAME: the encoded text from a source), or the text itself. Omitted with no --key on a terminal: prompt without echo')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Key file, or - for stdin: PEM (PKCS#8, PKCS#1, SEC1, SPKI, certificate), DER, a JWK or a JWK Set, recognised by content')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm [default: HS256 with --secret, else the key''s: RS256, ES256/384/512, ES256K or EdDSA]')
            [CompletionResult]::new('--sub', '--sub', [CompletionResultType]::ParameterName, 'Subject (sub)')
            [CompletionResult]::new('--iss', '--iss', [CompletionResultType]::ParameterName, 'Issuer (iss)')
            [CompletionResult]::new('--aud', '--aud', [CompletionResultType]::ParameterName, 'Audience (aud); repeat for several')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Expiry (exp): a duration (1h, +15m, 90d), an RFC 3339 time or a Unix timestamp')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Not before (nbf), in the same forms as --exp')
            [CompletionResult]::new('--jti', '--jti', [CompletionResultType]::ParameterName, 'Token id (jti); "auto" makes a random one')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A claim: name=text, or name:=JSON for numbers, booleans, arrays and objects')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'A claim: name=text, or name:=JSON for numbers, booleans, arrays and objects')
            [CompletionResult]::new('--claims', '--claims', [CompletionResultType]::ParameterName, 'A whole claims object: JSON, @FILE or - (stdin); other flags add to it')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Key id (kid) in the header; '''' for none [default: the JWK''s kid, if the key is a JWK with one]')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Token type (typ) in the header, such as at+jwt')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'A header parameter: name=text or name:=JSON')
            [CompletionResult]::new('--from-json', '--from-json', [CompletionResultType]::ParameterName, 'Re-sign the output of `keyward jwt decode --format json` (JSON, @FILE or -)')
            [CompletionResult]::new('--keyfile', '--keyfile', [CompletionResultType]::ParameterName, 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR turns "auto" off)')
            [CompletionResult]::new('--allow-weak-key', '--allow-weak-key', [CompletionResultType]::ParameterName, 'Accept HMAC secrets shorter than the hash (RFC 7518 §3.2 asks for at least as long)')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Leave out iat (issued at), which is now by default')
            [CompletionResult]::new('--insecure-keyfile', '--insecure-keyfile', [CompletionResultType]::ParameterName, 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keyward;jwt;sign' {
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'HMAC secret: @FILE, env:NAME, - (stdin), b64:BASE64, b64url:BASE64URL (also b64url:@FILE, b64:env:NAME: the encoded text from a source), or the text itself. Omitted with no --key on a terminal: prompt without echo')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Key file, or - for stdin: PEM (PKCS#8, PKCS#1, SEC1, SPKI, certificate), DER, a JWK or a JWK Set, recognised by content')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signing algorithm [default: HS256 with --secret, else the key''s: RS256, ES256/384/512, ES256K or EdDSA]')
            [CompletionResult]::new('--sub', '--sub', [CompletionResultType]::ParameterName, 'Subject (sub)')
            [CompletionResult]::new('--iss', '--iss', [CompletionResultType]::ParameterName, 'Issuer (iss)')
            [CompletionResult]::new('--aud', '--aud', [CompletionResultType]::ParameterName, 'Audience (aud); repeat for several')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Expiry (exp): a duration (1h, +15m, 90d), an RFC 3339 time or a Unix timestamp')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Not before (nbf), in the same forms as --exp')
            [CompletionResult]::new('--jti', '--jti', [CompletionResultType]::ParameterName, 'Token id (jti); "auto" makes a random one')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A claim: name=text, or name:=JSON for numbers, booleans, arrays and objects')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'A claim: name=text, or name:=JSON for numbers, booleans, arrays and objects')
            [CompletionResult]::new('--claims', '--claims', [CompletionResultType]::ParameterName, 'A whole claims object: JSON, @FILE or - (stdin); other flags add to it')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Key id (kid) in the header; '''' for none [default: the JWK''s kid, if the key is a JWK with one]')
            [CompletionResult]::new('--typ', '--typ', [CompletionResultType]::ParameterName, 'Token type (typ) in the header, such as at+jwt')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'A header parameter: name=text or name:=JSON')
            [CompletionResult]::new('--from-json', '--from-json', [CompletionResultType]::ParameterName, 'Re-sign the output of `keyward jwt decode --format json` (JSON, @FILE or -)')
            [CompletionResult]::new('--keyfile', '--keyfile', [CompletionResultType]::ParameterName, 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR turns "auto" off)')
            [CompletionResult]::new('--allow-weak-key', '--allow-weak-key', [CompletionResultType]::ParameterName, 'Accept HMAC secrets shorter than the hash (RFC 7518 §3.2 asks for at least as long)')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Leave out iat (issued at), which is now by default')
            [CompletionResult]::new('--insecure-keyfile', '--insecure-keyfile', [CompletionResultType]::ParameterName, 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keyward;jwt;decode' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--keyfile', '--keyfile', [CompletionResultType]::ParameterName, 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR turns "auto" off)')
            [CompletionResult]::new('--insecure-keyfile', '--insecure-keyfile', [CompletionResultType]::ParameterName, 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keyward;jwt;verify' {
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'HMAC secret: @FILE, env:NAME, - (stdin), b64:BASE64, b64url:BASE64URL (also b64url:@FILE, b64:env:NAME: the encoded text from a source), or the text itself. Omitted with no --key on a terminal: prompt without echo')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Key file, or - for stdin: PEM (PKCS#8, PKCS#1, SEC1, SPKI, certificate), DER, a JWK or a JWK Set, recognised by content')
            [CompletionResult]::new('--jwks', '--jwks', [CompletionResultType]::ParameterName, 'Fetch the JWK Set from this HTTPS URL')
            [CompletionResult]::new('--oidc', '--oidc', [CompletionResultType]::ParameterName, 'Find the JWK Set through OpenID Connect discovery at this issuer URL (and expect it as iss)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Accept only this algorithm; repeat for several [default: what the key can verify]')
            [CompletionResult]::new('--leeway', '--leeway', [CompletionResultType]::ParameterName, 'Tolerance for clock skew when checking exp, nbf and iat')
            [CompletionResult]::new('--iss', '--iss', [CompletionResultType]::ParameterName, 'Require this issuer (iss)')
            [CompletionResult]::new('--aud', '--aud', [CompletionResultType]::ParameterName, 'Require this audience (aud) among the token''s; repeat to accept any of several')
            [CompletionResult]::new('--sub', '--sub', [CompletionResultType]::ParameterName, 'Require this subject (sub)')
            [CompletionResult]::new('--require', '--require', [CompletionResultType]::ParameterName, 'Require this claim to be present; repeat for several')
            [CompletionResult]::new('--max-age', '--max-age', [CompletionResultType]::ParameterName, 'Reject tokens issued (iat) longer ago than this')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for --jwks or --oidc')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--keyfile', '--keyfile', [CompletionResultType]::ParameterName, 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR turns "auto" off)')
            [CompletionResult]::new('--allow-weak-key', '--allow-weak-key', [CompletionResultType]::ParameterName, 'Accept HMAC secrets shorter than the hash (RFC 7518 §3.2 asks for at least as long)')
            [CompletionResult]::new('--ignore-exp', '--ignore-exp', [CompletionResultType]::ParameterName, 'Accept expired tokens')
            [CompletionResult]::new('--insecure-keyfile', '--insecure-keyfile', [CompletionResultType]::ParameterName, 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keyward;jwt;keygen' {
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Algorithm the key is for')
            [CompletionResult]::new('--bits', '--bits', [CompletionResultType]::ParameterName, 'RSA modulus size, for RS* and PS* only [default: 2048]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the private key to this file (mode 0600) and the public key beside it, with .pub inserted before the extension; without it, print both')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the private key to this file (mode 0600) and the public key beside it, with .pub inserted before the extension; without it, print both')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Key format: PKCS#8 and SPKI PEM, or a private JWK and a public JWK Set')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Key id for JWKs [default: the RFC 7638 thumbprint]')
            [CompletionResult]::new('--keyfile', '--keyfile', [CompletionResultType]::ParameterName, 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR turns "auto" off)')
            [CompletionResult]::new('--insecure-keyfile', '--insecure-keyfile', [CompletionResultType]::ParameterName, 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keyward;jwt;jwk' {
            [CompletionResult]::new('--keyfile', '--keyfile', [CompletionResultType]::ParameterName, 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR turns "auto" off)')
            [CompletionResult]::new('--insecure-keyfile', '--insecure-keyfile', [CompletionResultType]::ParameterName, 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keyward;jwt;thumbprint' {
            [CompletionResult]::new('--keyfile', '--keyfile', [CompletionResultType]::ParameterName, 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR turns "auto" off)')
            [CompletionResult]::new('--insecure-keyfile', '--insecure-keyfile', [CompletionResultType]::ParameterName, 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keyward;jwt;help' {
            [CompletionResult]::new('encode', 'encode', [CompletionResultType]::ParameterValue, 'Create and sign a token; prints the token and nothing else')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Show a token''s header and claims, without verifying it')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a token''s signature and claims')
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Generate a signing key: an HMAC secret, or a private key and its public key')
            [CompletionResult]::new('jwk', 'jwk', [CompletionResultType]::ParameterValue, 'Print the public JWK of a key (PEM, DER or JWK), with its thumbprint as kid')
            [CompletionResult]::new('thumbprint', 'thumbprint', [CompletionResultType]::ParameterValue, 'Print the RFC 7638 SHA-256 thumbprint of a key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'keyward;jwt;help;encode' {
            break
        }
        'keyward;jwt;help;decode' {
            break
        }
        'keyward;jwt;help;verify' {
            break
        }
        'keyward;jwt;help;keygen' {
            break
        }
        'keyward;jwt;help;jwk' {
            break
        }
        'keyward;jwt;help;thumbprint' {
            break
        }
        'keyward;jwt;help;help' {
            break
        }
        'keyward;lint' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A command to lint, as one string')
            [CompletionResult]::new('--command', '--command', [CompletionResultType]::ParameterName, 'A command to lint, as one string')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Read inputs as this kind instead of guessing from the file name and content')
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'Exit 1 when a finding has this severity or a higher one [default: warning]')
            [CompletionResult]::new('--ignore', '--ignore', [CompletionResultType]::ParameterName, 'Do not report this rule; repeat for several')
            [CompletionResult]::new('--baseline', '--baseline', [CompletionResultType]::ParameterName, 'Do not report the findings accepted in this file (written by --write-baseline: a new secret at an accepted place is still reported; a JSON report or a list of fingerprints matches by place only)')
            [CompletionResult]::new('--write-baseline', '--write-baseline', [CompletionResultType]::ParameterName, 'Accept every finding of this run: write them to FILE, to use as a --baseline later (no baseline is applied while writing one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Project settings [default: .keyward.toml in the current directory, if there is one]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: text, JSON, SARIF 2.1.0 (for code scanning), or GitHub workflow annotations')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Explain one rule: why it matters and how to fix what it finds')
            [CompletionResult]::new('--keyfile', '--keyfile', [CompletionResultType]::ParameterName, 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR turns "auto" off)')
            [CompletionResult]::new('--list-rules', '--list-rules', [CompletionResultType]::ParameterName, 'List the rules, with their ids and severities, and lint nothing')
            [CompletionResult]::new('--list-detectors', '--list-detectors', [CompletionResultType]::ParameterName, 'List the credential formats recognised (the `secret_kind` of findings), and lint nothing')
            [CompletionResult]::new('--insecure-keyfile', '--insecure-keyfile', [CompletionResultType]::ParameterName, 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keyward;inspect' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--keyfile', '--keyfile', [CompletionResultType]::ParameterName, 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR turns "auto" off)')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'For a keyward key: also verify it against the hash in its keyfile record, as keys check does, and exit 1 unless it is valid')
            [CompletionResult]::new('--insecure-keyfile', '--insecure-keyfile', [CompletionResultType]::ParameterName, 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (warnings and errors still appear)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'keyward;completions' {
            [CompletionResult]::new('--keyfile', '--keyfile', [CompletionResultType]::ParameterName, 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output (NO_COLOR turns "auto" off)')
            [CompletionResult]::new('--insecure-keyfile', '--insecure-keyfile', [CompletionResultType]::ParameterName, 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted')
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
            [CompletionResult]::new('jwt', 'jwt', [CompletionResultType]::ParameterValue, 'Create, decode and verify JSON Web Tokens, and make keys for them')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Find credentials placed where they leak in HTTP requests: query strings, URLs, bodies, plain http://')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Tell what a credential is: API key or token, whose, live or test, and what it holds')
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
        'keyward;help;jwt' {
            [CompletionResult]::new('encode', 'encode', [CompletionResultType]::ParameterValue, 'Create and sign a token; prints the token and nothing else')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Show a token''s header and claims, without verifying it')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a token''s signature and claims')
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Generate a signing key: an HMAC secret, or a private key and its public key')
            [CompletionResult]::new('jwk', 'jwk', [CompletionResultType]::ParameterValue, 'Print the public JWK of a key (PEM, DER or JWK), with its thumbprint as kid')
            [CompletionResult]::new('thumbprint', 'thumbprint', [CompletionResultType]::ParameterValue, 'Print the RFC 7638 SHA-256 thumbprint of a key')
            break
        }
        'keyward;help;jwt;encode' {
            break
        }
        'keyward;help;jwt;decode' {
            break
        }
        'keyward;help;jwt;verify' {
            break
        }
        'keyward;help;jwt;keygen' {
            break
        }
        'keyward;help;jwt;jwk' {
            break
        }
        'keyward;help;jwt;thumbprint' {
            break
        }
        'keyward;help;lint' {
            break
        }
        'keyward;help;inspect' {
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
