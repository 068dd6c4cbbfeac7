
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
            cand --insecure-keyfile 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
            cand -q 'Print no notes on stderr (warnings and errors still appear)'
            cand --quiet 'Print no notes on stderr (warnings and errors still appear)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand keygen 'Generate API keys, store their hashes in the keyfile and print each key once'
            cand hash 'Hash a secret with argon2id, or check a secret against a PHC hash string'
            cand keys 'List, show, check, revoke, remove and rotate the keys in the keyfile'
            cand jwt 'Create, decode and verify JSON Web Tokens, and make keys for them'
            cand lint 'Find credentials placed where they leak in HTTP requests: query strings, URLs, bodies, plain http://'
            cand inspect 'Tell what a credential is: API key or token, whose, live or test, and what it holds'
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
            cand --insecure-keyfile 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
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
            cand --insecure-keyfile 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
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
            cand --insecure-keyfile 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
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
            cand --status 'Show only keys with this status (active includes keys expiring soon); repeat or separate with commas'
            cand --format 'Output format'
            cand --keyfile 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]'
            cand --color 'When to colour the output (NO_COLOR turns "auto" off)'
            cand --insecure-keyfile 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
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
            cand --insecure-keyfile 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
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
            cand --insecure-keyfile 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
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
            cand --insecure-keyfile 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
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
            cand --insecure-keyfile 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
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
            cand --insecure-keyfile 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
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
        &'keyward;jwt'= {
            cand --keyfile 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]'
            cand --color 'When to colour the output (NO_COLOR turns "auto" off)'
            cand --insecure-keyfile 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
            cand -q 'Print no notes on stderr (warnings and errors still appear)'
            cand --quiet 'Print no notes on stderr (warnings and errors still appear)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand encode 'Create and sign a token; prints the token and nothing else'
            cand sign 'Create and sign a token; prints the token and nothing else'
            cand decode 'Show a token''s header and claims, without verifying it'
            cand verify 'Verify a token''s signature and claims'
            cand keygen 'Generate a signing key: an HMAC secret, or a private key and its public key'
            cand jwk 'Print the public JWK of a key (PEM, DER or JWK), with its thumbprint as kid'
            cand thumbprint 'Print the RFC 7638 SHA-256 thumbprint of a key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keyward;jwt;encode'= {
            cand --secret 'HMAC secret: @FILE, env:NAME, - (stdin), b64:BASE64, b64url:BASE64URL (also b64url:@FILE, b64:env:NAME: the encoded text from a source), or the text itself. Omitted with no --key on a terminal: prompt without echo'
            cand --key 'Key file, or - for stdin: PEM (PKCS#8, PKCS#1, SEC1, SPKI, certificate), DER, a JWK or a JWK Set, recognised by content'
            cand --alg 'Signing algorithm [default: HS256 with --secret, else the key''s: RS256, ES256/384/512, ES256K or EdDSA]'
            cand --sub 'Subject (sub)'
            cand --iss 'Issuer (iss)'
            cand --aud 'Audience (aud); repeat for several'
            cand --exp 'Expiry (exp): a duration (1h, +15m, 90d), an RFC 3339 time or a Unix timestamp'
            cand --nbf 'Not before (nbf), in the same forms as --exp'
            cand --jti 'Token id (jti); "auto" makes a random one'
            cand -c 'A claim: name=text, or name:=JSON for numbers, booleans, arrays and objects'
            cand --claim 'A claim: name=text, or name:=JSON for numbers, booleans, arrays and objects'
            cand --claims 'A whole claims object: JSON, @FILE or - (stdin); other flags add to it'
            cand --kid 'Key id (kid) in the header; '''' for none [default: the JWK''s kid, if the key is a JWK with one]'
            cand --typ 'Token type (typ) in the header, such as at+jwt'
            cand --header 'A header parameter: name=text or name:=JSON'
            cand --from-json 'Re-sign the output of `keyward jwt decode --format json` (JSON, @FILE or -)'
            cand --keyfile 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]'
            cand --color 'When to colour the output (NO_COLOR turns "auto" off)'
            cand --allow-weak-key 'Accept HMAC secrets shorter than the hash (RFC 7518 §3.2 asks for at least as long)'
            cand --no-iat 'Leave out iat (issued at), which is now by default'
            cand --insecure-keyfile 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
            cand -q 'Print no notes on stderr (warnings and errors still appear)'
            cand --quiet 'Print no notes on stderr (warnings and errors still appear)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keyward;jwt;sign'= {
            cand --secret 'HMAC secret: @FILE, env:NAME, - (stdin), b64:BASE64, b64url:BASE64URL (also b64url:@FILE, b64:env:NAME: the encoded text from a source), or the text itself. Omitted with no --key on a terminal: prompt without echo'
            cand --key 'Key file, or - for stdin: PEM (PKCS#8, PKCS#1, SEC1, SPKI, certificate), DER, a JWK or a JWK Set, recognised by content'
            cand --alg 'Signing algorithm [default: HS256 with --secret, else the key''s: RS256, ES256/384/512, ES256K or EdDSA]'
            cand --sub 'Subject (sub)'
            cand --iss 'Issuer (iss)'
            cand --aud 'Audience (aud); repeat for several'
            cand --exp 'Expiry (exp): a duration (1h, +15m, 90d), an RFC 3339 time or a Unix timestamp'
            cand --nbf 'Not before (nbf), in the same forms as --exp'
            cand --jti 'Token id (jti); "auto" makes a random one'
            cand -c 'A claim: name=text, or name:=JSON for numbers, booleans, arrays and objects'
            cand --claim 'A claim: name=text, or name:=JSON for numbers, booleans, arrays and objects'
            cand --claims 'A whole claims object: JSON, @FILE or - (stdin); other flags add to it'
            cand --kid 'Key id (kid) in the header; '''' for none [default: the JWK''s kid, if the key is a JWK with one]'
            cand --typ 'Token type (typ) in the header, such as at+jwt'
            cand --header 'A header parameter: name=text or name:=JSON'
            cand --from-json 'Re-sign the output of `keyward jwt decode --format json` (JSON, @FILE or -)'
            cand --keyfile 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]'
            cand --color 'When to colour the output (NO_COLOR turns "auto" off)'
            cand --allow-weak-key 'Accept HMAC secrets shorter than the hash (RFC 7518 §3.2 asks for at least as long)'
            cand --no-iat 'Leave out iat (issued at), which is now by default'
            cand --insecure-keyfile 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
            cand -q 'Print no notes on stderr (warnings and errors still appear)'
            cand --quiet 'Print no notes on stderr (warnings and errors still appear)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keyward;jwt;decode'= {
            cand --format 'Output format'
            cand --keyfile 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]'
            cand --color 'When to colour the output (NO_COLOR turns "auto" off)'
            cand --insecure-keyfile 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
            cand -q 'Print no notes on stderr (warnings and errors still appear)'
            cand --quiet 'Print no notes on stderr (warnings and errors still appear)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keyward;jwt;verify'= {
            cand --secret 'HMAC secret: @FILE, env:NAME, - (stdin), b64:BASE64, b64url:BASE64URL (also b64url:@FILE, b64:env:NAME: the encoded text from a source), or the text itself. Omitted with no --key on a terminal: prompt without echo'
            cand --key 'Key file, or - for stdin: PEM (PKCS#8, PKCS#1, SEC1, SPKI, certificate), DER, a JWK or a JWK Set, recognised by content'
            cand --jwks 'Fetch the JWK Set from this HTTPS URL'
            cand --oidc 'Find the JWK Set through OpenID Connect discovery at this issuer URL (and expect it as iss)'
            cand --alg 'Accept only this algorithm; repeat for several [default: what the key can verify]'
            cand --leeway 'Tolerance for clock skew when checking exp, nbf and iat'
            cand --iss 'Require this issuer (iss)'
            cand --aud 'Require this audience (aud) among the token''s; repeat to accept any of several'
            cand --sub 'Require this subject (sub)'
            cand --require 'Require this claim to be present; repeat for several'
            cand --max-age 'Reject tokens issued (iat) longer ago than this'
            cand --timeout 'Seconds to wait for --jwks or --oidc'
            cand --format 'Output format'
            cand --keyfile 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]'
            cand --color 'When to colour the output (NO_COLOR turns "auto" off)'
            cand --allow-weak-key 'Accept HMAC secrets shorter than the hash (RFC 7518 §3.2 asks for at least as long)'
            cand --ignore-exp 'Accept expired tokens'
            cand --insecure-keyfile 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
            cand -q 'Print no notes on stderr (warnings and errors still appear)'
            cand --quiet 'Print no notes on stderr (warnings and errors still appear)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keyward;jwt;keygen'= {
            cand --alg 'Algorithm the key is for'
            cand --bits 'RSA modulus size, for RS* and PS* only [default: 2048]'
            cand -o 'Write the private key to this file (mode 0600) and the public key beside it, with .pub inserted before the extension; without it, print both'
            cand --out 'Write the private key to this file (mode 0600) and the public key beside it, with .pub inserted before the extension; without it, print both'
            cand --format 'Key format: PKCS#8 and SPKI PEM, or a private JWK and a public JWK Set'
            cand --kid 'Key id for JWKs [default: the RFC 7638 thumbprint]'
            cand --keyfile 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]'
            cand --color 'When to colour the output (NO_COLOR turns "auto" off)'
            cand --insecure-keyfile 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
            cand -q 'Print no notes on stderr (warnings and errors still appear)'
            cand --quiet 'Print no notes on stderr (warnings and errors still appear)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keyward;jwt;jwk'= {
            cand --keyfile 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]'
            cand --color 'When to colour the output (NO_COLOR turns "auto" off)'
            cand --insecure-keyfile 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
            cand -q 'Print no notes on stderr (warnings and errors still appear)'
            cand --quiet 'Print no notes on stderr (warnings and errors still appear)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keyward;jwt;thumbprint'= {
            cand --keyfile 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]'
            cand --color 'When to colour the output (NO_COLOR turns "auto" off)'
            cand --insecure-keyfile 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
            cand -q 'Print no notes on stderr (warnings and errors still appear)'
            cand --quiet 'Print no notes on stderr (warnings and errors still appear)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keyward;jwt;help'= {
            cand encode 'Create and sign a token; prints the token and nothing else'
            cand decode 'Show a token''s header and claims, without verifying it'
            cand verify 'Verify a token''s signature and claims'
            cand keygen 'Generate a signing key: an HMAC secret, or a private key and its public key'
            cand jwk 'Print the public JWK of a key (PEM, DER or JWK), with its thumbprint as kid'
            cand thumbprint 'Print the RFC 7638 SHA-256 thumbprint of a key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'keyward;jwt;help;encode'= {
        }
        &'keyward;jwt;help;decode'= {
        }
        &'keyward;jwt;help;verify'= {
        }
        &'keyward;jwt;help;keygen'= {
        }
        &'keyward;jwt;help;jwk'= {
        }
        &'keyward;jwt;help;thumbprint'= {
        }
        &'keyward;jwt;help;help'= {
        }
        &'keyward;lint'= {
            cand -c 'A command to lint, as one string'
            cand --command 'A command to lint, as one string'
            cand --from 'Read inputs as this kind instead of guessing from the file name and content'
            cand --fail-on 'Exit 1 when a finding has this severity or a higher one [default: warning]'
            cand --ignore 'Do not report this rule; repeat for several'
            cand --baseline 'Do not report the findings accepted in this file (written by --write-baseline: a new secret at an accepted place is still reported; a JSON report or a list of fingerprints matches by place only)'
            cand --write-baseline 'Accept every finding of this run: write them to FILE, to use as a --baseline later (no baseline is applied while writing one)'
            cand --config 'Project settings [default: .keyward.toml in the current directory, if there is one]'
            cand --format 'Output format: text, JSON, SARIF 2.1.0 (for code scanning), or GitHub workflow annotations'
            cand --explain 'Explain one rule: why it matters and how to fix what it finds'
            cand --keyfile 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]'
            cand --color 'When to colour the output (NO_COLOR turns "auto" off)'
            cand --list-rules 'List the rules, with their ids and severities, and lint nothing'
            cand --list-detectors 'List the credential formats recognised (the `secret_kind` of findings), and lint nothing'
            cand --insecure-keyfile 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
            cand -q 'Print no notes on stderr (warnings and errors still appear)'
            cand --quiet 'Print no notes on stderr (warnings and errors still appear)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keyward;inspect'= {
            cand --format 'Output format'
            cand --keyfile 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]'
            cand --color 'When to colour the output (NO_COLOR turns "auto" off)'
            cand --check 'For a keyward key: also verify it against the hash in its keyfile record, as keys check does, and exit 1 unless it is valid'
            cand --insecure-keyfile 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
            cand -q 'Print no notes on stderr (warnings and errors still appear)'
            cand --quiet 'Print no notes on stderr (warnings and errors still appear)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'keyward;completions'= {
            cand --keyfile 'The keyfile [default: keys.json in the platform''s data directory, e.g. ~/.local/share/keyward]'
            cand --color 'When to colour the output (NO_COLOR turns "auto" off)'
            cand --insecure-keyfile 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
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
            cand jwt 'Create, decode and verify JSON Web Tokens, and make keys for them'
            cand lint 'Find credentials placed where they leak in HTTP requests: query strings, URLs, bodies, plain http://'
            cand inspect 'Tell what a credential is: API key or token, whose, live or test, and what it holds'
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
        &'keyward;help;jwt'= {
            cand encode 'Create and sign a token; prints the token and nothing else'
            cand decode 'Show a token''s header and claims, without verifying it'
            cand verify 'Verify a token''s signature and claims'
            cand keygen 'Generate a signing key: an HMAC secret, or a private key and its public key'
            cand jwk 'Print the public JWK of a key (PEM, DER or JWK), with its thumbprint as kid'
            cand thumbprint 'Print the RFC 7638 SHA-256 thumbprint of a key'
        }
        &'keyward;help;jwt;encode'= {
        }
        &'keyward;help;jwt;decode'= {
        }
        &'keyward;help;jwt;verify'= {
        }
        &'keyward;help;jwt;keygen'= {
        }
        &'keyward;help;jwt;jwk'= {
        }
        &'keyward;help;jwt;thumbprint'= {
        }
        &'keyward;help;lint'= {
        }
        &'keyward;help;inspect'= {
        }
        &'keyward;help;completions'= {
        }
        &'keyward;help;help'= {
        }
    ]
    $completions[$command]
}
