# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_keyward_global_optspecs
    string join \n keyfile= insecure-keyfile color= q/quiet h/help V/version
end

function __fish_keyward_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_keyward_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_keyward_using_subcommand
    set -l cmd (__fish_keyward_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c keyward -n "__fish_keyward_needs_command" -l keyfile -d 'The keyfile [default: keys.json in the platform\'s data directory, e.g. ~/.local/share/keyward]' -r -F
complete -c keyward -n "__fish_keyward_needs_command" -l color -d 'When to colour the output (NO_COLOR turns "auto" off)' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c keyward -n "__fish_keyward_needs_command" -l insecure-keyfile -d 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
complete -c keyward -n "__fish_keyward_needs_command" -s q -l quiet -d 'Print no notes on stderr (warnings and errors still appear)'
complete -c keyward -n "__fish_keyward_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c keyward -n "__fish_keyward_needs_command" -s V -l version -d 'Print version'
complete -c keyward -n "__fish_keyward_needs_command" -f -a "keygen" -d 'Generate API keys, store their hashes in the keyfile and print each key once'
complete -c keyward -n "__fish_keyward_needs_command" -f -a "hash" -d 'Hash a secret with argon2id, or check a secret against a PHC hash string'
complete -c keyward -n "__fish_keyward_needs_command" -f -a "keys" -d 'List, show, check, revoke, remove and rotate the keys in the keyfile'
complete -c keyward -n "__fish_keyward_needs_command" -f -a "jwt" -d 'Create, decode and verify JSON Web Tokens, and make keys for them'
complete -c keyward -n "__fish_keyward_needs_command" -f -a "lint" -d 'Find credentials placed where they leak in HTTP requests: query strings, URLs, bodies, plain http://'
complete -c keyward -n "__fish_keyward_needs_command" -f -a "inspect" -d 'Tell what a credential is: API key or token, whose, live or test, and what it holds'
complete -c keyward -n "__fish_keyward_needs_command" -f -a "completions" -d 'Print a shell completion script: source <(keyward completions bash)'
complete -c keyward -n "__fish_keyward_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keyward -n "__fish_keyward_using_subcommand keygen" -l prefix -d 'Human-readable prefix that starts the key: a letter, then letters, digits and _' -r
complete -c keyward -n "__fish_keyward_using_subcommand keygen" -l name -d 'A name to recognise the key by (who or what uses it)' -r
complete -c keyward -n "__fish_keyward_using_subcommand keygen" -l scope -d 'A scope the key grants; repeat the flag or separate scopes with commas' -r
complete -c keyward -n "__fish_keyward_using_subcommand keygen" -l expires -d 'When the key expires: a duration (90d, 12h), a date (2027-01-31, at 00:00 UTC), an RFC 3339 time or a Unix timestamp [default: never]' -r
complete -c keyward -n "__fish_keyward_using_subcommand keygen" -l count -d 'How many keys to generate' -r
complete -c keyward -n "__fish_keyward_using_subcommand keygen" -l format -d 'Output format' -r -f -a "text\t''
json\t'One compact JSON document per line; the fields are documented in README.md'"
complete -c keyward -n "__fish_keyward_using_subcommand keygen" -l keyfile -d 'The keyfile [default: keys.json in the platform\'s data directory, e.g. ~/.local/share/keyward]' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand keygen" -l color -d 'When to colour the output (NO_COLOR turns "auto" off)' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c keyward -n "__fish_keyward_using_subcommand keygen" -l no-store -d 'Print the key (and, with --format json, its hash) without touching the keyfile'
complete -c keyward -n "__fish_keyward_using_subcommand keygen" -l insecure-keyfile -d 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
complete -c keyward -n "__fish_keyward_using_subcommand keygen" -s q -l quiet -d 'Print no notes on stderr (warnings and errors still appear)'
complete -c keyward -n "__fish_keyward_using_subcommand keygen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c keyward -n "__fish_keyward_using_subcommand keygen" -s V -l version -d 'Print version'
complete -c keyward -n "__fish_keyward_using_subcommand hash" -l check -d 'Check the secret against this PHC string instead of hashing it (exit 0 on a match, 1 on a mismatch, 2 if the string is malformed); argon2id, argon2i and argon2d, versions 16 and 19' -r
complete -c keyward -n "__fish_keyward_using_subcommand hash" -l memory -d 'Memory cost in KiB, or with a unit: 19MiB, 1GiB' -r
complete -c keyward -n "__fish_keyward_using_subcommand hash" -l iterations -d 'Number of passes over memory (argon2 t)' -r
complete -c keyward -n "__fish_keyward_using_subcommand hash" -l parallelism -d 'Degree of parallelism (argon2 p, lanes)' -r
complete -c keyward -n "__fish_keyward_using_subcommand hash" -l max-memory -d 'With --check: refuse hashes that ask for more memory than this' -r
complete -c keyward -n "__fish_keyward_using_subcommand hash" -l max-iterations -d 'With --check: refuse hashes that ask for more passes than this' -r
complete -c keyward -n "__fish_keyward_using_subcommand hash" -l format -d 'Output format' -r -f -a "text\t''
json\t'One compact JSON document per line; the fields are documented in README.md'"
complete -c keyward -n "__fish_keyward_using_subcommand hash" -l keyfile -d 'The keyfile [default: keys.json in the platform\'s data directory, e.g. ~/.local/share/keyward]' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand hash" -l color -d 'When to colour the output (NO_COLOR turns "auto" off)' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c keyward -n "__fish_keyward_using_subcommand hash" -l insecure-keyfile -d 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
complete -c keyward -n "__fish_keyward_using_subcommand hash" -s q -l quiet -d 'Print no notes on stderr (warnings and errors still appear)'
complete -c keyward -n "__fish_keyward_using_subcommand hash" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c keyward -n "__fish_keyward_using_subcommand hash" -s V -l version -d 'Print version'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and not __fish_seen_subcommand_from list show check revoke rm rotate help" -l keyfile -d 'The keyfile [default: keys.json in the platform\'s data directory, e.g. ~/.local/share/keyward]' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand keys; and not __fish_seen_subcommand_from list show check revoke rm rotate help" -l color -d 'When to colour the output (NO_COLOR turns "auto" off)' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c keyward -n "__fish_keyward_using_subcommand keys; and not __fish_seen_subcommand_from list show check revoke rm rotate help" -l insecure-keyfile -d 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and not __fish_seen_subcommand_from list show check revoke rm rotate help" -s q -l quiet -d 'Print no notes on stderr (warnings and errors still appear)'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and not __fish_seen_subcommand_from list show check revoke rm rotate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and not __fish_seen_subcommand_from list show check revoke rm rotate help" -s V -l version -d 'Print version'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and not __fish_seen_subcommand_from list show check revoke rm rotate help" -f -a "list" -d 'List the keys in the keyfile, without their hashes'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and not __fish_seen_subcommand_from list show check revoke rm rotate help" -f -a "show" -d 'Show one key\'s record, without its hash'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and not __fish_seen_subcommand_from list show check revoke rm rotate help" -f -a "check" -d 'Check a key: format, checksum, hash, revocation, expiry and scopes'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and not __fish_seen_subcommand_from list show check revoke rm rotate help" -f -a "revoke" -d 'Revoke a key: it stays in the keyfile and no longer checks as valid'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and not __fish_seen_subcommand_from list show check revoke rm rotate help" -f -a "rm" -d 'Remove a key\'s record from the keyfile'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and not __fish_seen_subcommand_from list show check revoke rm rotate help" -f -a "rotate" -d 'Replace a key with a new one of the same name, prefix and scopes; print the new key once'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and not __fish_seen_subcommand_from list show check revoke rm rotate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from list" -l status -d 'Show only keys with this status (active includes keys expiring soon); repeat or separate with commas' -r -f -a "active\t''
expiring_soon\t'Active, and expires within 7 days'
expired\t''
revoked\t''"
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "text\t''
json\t'One compact JSON document per line; the fields are documented in README.md'"
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from list" -l keyfile -d 'The keyfile [default: keys.json in the platform\'s data directory, e.g. ~/.local/share/keyward]' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from list" -l color -d 'When to colour the output (NO_COLOR turns "auto" off)' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from list" -l insecure-keyfile -d 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no notes on stderr (warnings and errors still appear)'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "text\t''
json\t'One compact JSON document per line; the fields are documented in README.md'"
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from show" -l keyfile -d 'The keyfile [default: keys.json in the platform\'s data directory, e.g. ~/.local/share/keyward]' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from show" -l color -d 'When to colour the output (NO_COLOR turns "auto" off)' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from show" -l insecure-keyfile -d 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no notes on stderr (warnings and errors still appear)'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from check" -l scope -d 'Require this scope; repeat or separate with commas' -r
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from check" -l format -d 'Output format' -r -f -a "text\t''
json\t'One compact JSON document per line; the fields are documented in README.md'"
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from check" -l keyfile -d 'The keyfile [default: keys.json in the platform\'s data directory, e.g. ~/.local/share/keyward]' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from check" -l color -d 'When to colour the output (NO_COLOR turns "auto" off)' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from check" -l insecure-keyfile -d 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print no notes on stderr (warnings and errors still appear)'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from revoke" -l reason -d 'Why the key is revoked (kept in the keyfile)' -r
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from revoke" -l format -d 'Output format' -r -f -a "text\t''
json\t'One compact JSON document per line; the fields are documented in README.md'"
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from revoke" -l keyfile -d 'The keyfile [default: keys.json in the platform\'s data directory, e.g. ~/.local/share/keyward]' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from revoke" -l color -d 'When to colour the output (NO_COLOR turns "auto" off)' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from revoke" -l insecure-keyfile -d 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print no notes on stderr (warnings and errors still appear)'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from rm" -l format -d 'Output format' -r -f -a "text\t''
json\t'One compact JSON document per line; the fields are documented in README.md'"
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from rm" -l keyfile -d 'The keyfile [default: keys.json in the platform\'s data directory, e.g. ~/.local/share/keyward]' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from rm" -l color -d 'When to colour the output (NO_COLOR turns "auto" off)' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from rm" -l insecure-keyfile -d 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print no notes on stderr (warnings and errors still appear)'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l grace -d 'How long the old key keeps working: 0s (now), 24h, 7d' -r
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l expires -d 'When the new key expires [default: as long after now as the old key lived, or never]' -r
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l format -d 'Output format' -r -f -a "text\t''
json\t'One compact JSON document per line; the fields are documented in README.md'"
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l keyfile -d 'The keyfile [default: keys.json in the platform\'s data directory, e.g. ~/.local/share/keyward]' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l color -d 'When to colour the output (NO_COLOR turns "auto" off)' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from rotate" -l insecure-keyfile -d 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from rotate" -s q -l quiet -d 'Print no notes on stderr (warnings and errors still appear)'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from rotate" -s V -l version -d 'Print version'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the keys in the keyfile, without their hashes'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one key\'s record, without its hash'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check a key: format, checksum, hash, revocation, expiry and scopes'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a key: it stays in the keyfile and no longer checks as valid'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove a key\'s record from the keyfile'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "rotate" -d 'Replace a key with a new one of the same name, prefix and scopes; print the new key once'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and not __fish_seen_subcommand_from encode sign decode verify keygen jwk thumbprint help" -l keyfile -d 'The keyfile [default: keys.json in the platform\'s data directory, e.g. ~/.local/share/keyward]' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and not __fish_seen_subcommand_from encode sign decode verify keygen jwk thumbprint help" -l color -d 'When to colour the output (NO_COLOR turns "auto" off)' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and not __fish_seen_subcommand_from encode sign decode verify keygen jwk thumbprint help" -l insecure-keyfile -d 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and not __fish_seen_subcommand_from encode sign decode verify keygen jwk thumbprint help" -s q -l quiet -d 'Print no notes on stderr (warnings and errors still appear)'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and not __fish_seen_subcommand_from encode sign decode verify keygen jwk thumbprint help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and not __fish_seen_subcommand_from encode sign decode verify keygen jwk thumbprint help" -s V -l version -d 'Print version'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and not __fish_seen_subcommand_from encode sign decode verify keygen jwk thumbprint help" -f -a "encode" -d 'Create and sign a token; prints the token and nothing else'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and not __fish_seen_subcommand_from encode sign decode verify keygen jwk thumbprint help" -f -a "sign" -d 'Create and sign a token; prints the token and nothing else'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and not __fish_seen_subcommand_from encode sign decode verify keygen jwk thumbprint help" -f -a "decode" -d 'Show a token\'s header and claims, without verifying it'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and not __fish_seen_subcommand_from encode sign decode verify keygen jwk thumbprint help" -f -a "verify" -d 'Verify a token\'s signature and claims'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and not __fish_seen_subcommand_from encode sign decode verify keygen jwk thumbprint help" -f -a "keygen" -d 'Generate a signing key: an HMAC secret, or a private key and its public key'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and not __fish_seen_subcommand_from encode sign decode verify keygen jwk thumbprint help" -f -a "jwk" -d 'Print the public JWK of a key (PEM, DER or JWK), with its thumbprint as kid'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and not __fish_seen_subcommand_from encode sign decode verify keygen jwk thumbprint help" -f -a "thumbprint" -d 'Print the RFC 7638 SHA-256 thumbprint of a key'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and not __fish_seen_subcommand_from encode sign decode verify keygen jwk thumbprint help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from encode" -l secret -d 'HMAC secret: @FILE, env:NAME, - (stdin), b64:BASE64, b64url:BASE64URL (also b64url:@FILE, b64:env:NAME: the encoded text from a source), or the text itself. Omitted with no --key on a terminal: prompt without echo' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from encode" -l key -d 'Key file, or - for stdin: PEM (PKCS#8, PKCS#1, SEC1, SPKI, certificate), DER, a JWK or a JWK Set, recognised by content' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from encode" -l alg -d 'Signing algorithm [default: HS256 with --secret, else the key\'s: RS256, ES256/384/512, ES256K or EdDSA]' -r -f -a "HS256\t''
HS384\t''
HS512\t''
RS256\t''
RS384\t''
RS512\t''
PS256\t''
PS384\t''
PS512\t''
ES256\t''
ES384\t''
ES512\t''
ES256K\t'ECDSA on secp256k1 with SHA-256 (RFC 8812)'
EdDSA\t'Ed25519 (RFC 8037)'
Ed25519\t'Ed25519 under its fully-specified name (RFC 9864)'"
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from encode" -l sub -d 'Subject (sub)' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from encode" -l iss -d 'Issuer (iss)' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from encode" -l aud -d 'Audience (aud); repeat for several' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from encode" -l exp -d 'Expiry (exp): a duration (1h, +15m, 90d), an RFC 3339 time or a Unix timestamp' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from encode" -l nbf -d 'Not before (nbf), in the same forms as --exp' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from encode" -l jti -d 'Token id (jti); "auto" makes a random one' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from encode" -s c -l claim -d 'A claim: name=text, or name:=JSON for numbers, booleans, arrays and objects' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from encode" -l claims -d 'A whole claims object: JSON, @FILE or - (stdin); other flags add to it' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from encode" -l kid -d 'Key id (kid) in the header; \'\' for none [default: the JWK\'s kid, if the key is a JWK with one]' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from encode" -l typ -d 'Token type (typ) in the header, such as at+jwt' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from encode" -l header -d 'A header parameter: name=text or name:=JSON' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from encode" -l from-json -d 'Re-sign the output of `keyward jwt decode --format json` (JSON, @FILE or -)' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from encode" -l keyfile -d 'The keyfile [default: keys.json in the platform\'s data directory, e.g. ~/.local/share/keyward]' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from encode" -l color -d 'When to colour the output (NO_COLOR turns "auto" off)' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from encode" -l allow-weak-key -d 'Accept HMAC secrets shorter than the hash (RFC 7518 §3.2 asks for at least as long)'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from encode" -l no-iat -d 'Leave out iat (issued at), which is now by default'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from encode" -l insecure-keyfile -d 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from encode" -s q -l quiet -d 'Print no notes on stderr (warnings and errors still appear)'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from encode" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from encode" -s V -l version -d 'Print version'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from sign" -l secret -d 'HMAC secret: @FILE, env:NAME, - (stdin), b64:BASE64, b64url:BASE64URL (also b64url:@FILE, b64:env:NAME: the encoded text from a source), or the text itself. Omitted with no --key on a terminal: prompt without echo' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from sign" -l key -d 'Key file, or - for stdin: PEM (PKCS#8, PKCS#1, SEC1, SPKI, certificate), DER, a JWK or a JWK Set, recognised by content' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from sign" -l alg -d 'Signing algorithm [default: HS256 with --secret, else the key\'s: RS256, ES256/384/512, ES256K or EdDSA]' -r -f -a "HS256\t''
HS384\t''
HS512\t''
RS256\t''
RS384\t''
RS512\t''
PS256\t''
PS384\t''
PS512\t''
ES256\t''
ES384\t''
ES512\t''
ES256K\t'ECDSA on secp256k1 with SHA-256 (RFC 8812)'
EdDSA\t'Ed25519 (RFC 8037)'
Ed25519\t'Ed25519 under its fully-specified name (RFC 9864)'"
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from sign" -l sub -d 'Subject (sub)' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from sign" -l iss -d 'Issuer (iss)' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from sign" -l aud -d 'Audience (aud); repeat for several' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from sign" -l exp -d 'Expiry (exp): a duration (1h, +15m, 90d), an RFC 3339 time or a Unix timestamp' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from sign" -l nbf -d 'Not before (nbf), in the same forms as --exp' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from sign" -l jti -d 'Token id (jti); "auto" makes a random one' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from sign" -s c -l claim -d 'A claim: name=text, or name:=JSON for numbers, booleans, arrays and objects' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from sign" -l claims -d 'A whole claims object: JSON, @FILE or - (stdin); other flags add to it' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from sign" -l kid -d 'Key id (kid) in the header; \'\' for none [default: the JWK\'s kid, if the key is a JWK with one]' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from sign" -l typ -d 'Token type (typ) in the header, such as at+jwt' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from sign" -l header -d 'A header parameter: name=text or name:=JSON' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from sign" -l from-json -d 'Re-sign the output of `keyward jwt decode --format json` (JSON, @FILE or -)' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from sign" -l keyfile -d 'The keyfile [default: keys.json in the platform\'s data directory, e.g. ~/.local/share/keyward]' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from sign" -l color -d 'When to colour the output (NO_COLOR turns "auto" off)' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from sign" -l allow-weak-key -d 'Accept HMAC secrets shorter than the hash (RFC 7518 §3.2 asks for at least as long)'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from sign" -l no-iat -d 'Leave out iat (issued at), which is now by default'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from sign" -l insecure-keyfile -d 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from sign" -s q -l quiet -d 'Print no notes on stderr (warnings and errors still appear)'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from sign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from sign" -s V -l version -d 'Print version'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from decode" -l format -d 'Output format' -r -f -a "text\t''
json\t'One compact JSON document per line; the fields are documented in README.md'"
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from decode" -l keyfile -d 'The keyfile [default: keys.json in the platform\'s data directory, e.g. ~/.local/share/keyward]' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from decode" -l color -d 'When to colour the output (NO_COLOR turns "auto" off)' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from decode" -l insecure-keyfile -d 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from decode" -s q -l quiet -d 'Print no notes on stderr (warnings and errors still appear)'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from decode" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from decode" -s V -l version -d 'Print version'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l secret -d 'HMAC secret: @FILE, env:NAME, - (stdin), b64:BASE64, b64url:BASE64URL (also b64url:@FILE, b64:env:NAME: the encoded text from a source), or the text itself. Omitted with no --key on a terminal: prompt without echo' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l key -d 'Key file, or - for stdin: PEM (PKCS#8, PKCS#1, SEC1, SPKI, certificate), DER, a JWK or a JWK Set, recognised by content' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l jwks -d 'Fetch the JWK Set from this HTTPS URL' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l oidc -d 'Find the JWK Set through OpenID Connect discovery at this issuer URL (and expect it as iss)' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l alg -d 'Accept only this algorithm; repeat for several [default: what the key can verify]' -r -f -a "HS256\t''
HS384\t''
HS512\t''
RS256\t''
RS384\t''
RS512\t''
PS256\t''
PS384\t''
PS512\t''
ES256\t''
ES384\t''
ES512\t''
ES256K\t'ECDSA on secp256k1 with SHA-256 (RFC 8812)'
EdDSA\t'Ed25519 (RFC 8037)'
Ed25519\t'Ed25519 under its fully-specified name (RFC 9864)'"
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l leeway -d 'Tolerance for clock skew when checking exp, nbf and iat' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l iss -d 'Require this issuer (iss)' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l aud -d 'Require this audience (aud) among the token\'s; repeat to accept any of several' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l sub -d 'Require this subject (sub)' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l require -d 'Require this claim to be present; repeat for several' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l max-age -d 'Reject tokens issued (iat) longer ago than this' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l timeout -d 'Seconds to wait for --jwks or --oidc' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l format -d 'Output format' -r -f -a "text\t''
json\t'One compact JSON document per line; the fields are documented in README.md'"
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l keyfile -d 'The keyfile [default: keys.json in the platform\'s data directory, e.g. ~/.local/share/keyward]' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l color -d 'When to colour the output (NO_COLOR turns "auto" off)' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l allow-weak-key -d 'Accept HMAC secrets shorter than the hash (RFC 7518 §3.2 asks for at least as long)'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l ignore-exp -d 'Accept expired tokens'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from verify" -l insecure-keyfile -d 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print no notes on stderr (warnings and errors still appear)'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from keygen" -l alg -d 'Algorithm the key is for' -r -f -a "HS256\t''
HS384\t''
HS512\t''
RS256\t''
RS384\t''
RS512\t''
PS256\t''
PS384\t''
PS512\t''
ES256\t''
ES384\t''
ES512\t''
ES256K\t'ECDSA on secp256k1 with SHA-256 (RFC 8812)'
EdDSA\t'Ed25519 (RFC 8037)'
Ed25519\t'Ed25519 under its fully-specified name (RFC 9864)'"
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from keygen" -l bits -d 'RSA modulus size, for RS* and PS* only [default: 2048]' -r -f -a "2048\t''
3072\t''
4096\t''"
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from keygen" -s o -l out -d 'Write the private key to this file (mode 0600) and the public key beside it, with .pub inserted before the extension; without it, print both' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from keygen" -l format -d 'Key format: PKCS#8 and SPKI PEM, or a private JWK and a public JWK Set' -r -f -a "pem\t''
jwk\t''"
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from keygen" -l kid -d 'Key id for JWKs [default: the RFC 7638 thumbprint]' -r
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from keygen" -l keyfile -d 'The keyfile [default: keys.json in the platform\'s data directory, e.g. ~/.local/share/keyward]' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from keygen" -l color -d 'When to colour the output (NO_COLOR turns "auto" off)' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from keygen" -l insecure-keyfile -d 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from keygen" -s q -l quiet -d 'Print no notes on stderr (warnings and errors still appear)'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from keygen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from keygen" -s V -l version -d 'Print version'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from jwk" -l keyfile -d 'The keyfile [default: keys.json in the platform\'s data directory, e.g. ~/.local/share/keyward]' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from jwk" -l color -d 'When to colour the output (NO_COLOR turns "auto" off)' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from jwk" -l insecure-keyfile -d 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from jwk" -s q -l quiet -d 'Print no notes on stderr (warnings and errors still appear)'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from jwk" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from jwk" -s V -l version -d 'Print version'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from thumbprint" -l keyfile -d 'The keyfile [default: keys.json in the platform\'s data directory, e.g. ~/.local/share/keyward]' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from thumbprint" -l color -d 'When to colour the output (NO_COLOR turns "auto" off)' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from thumbprint" -l insecure-keyfile -d 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from thumbprint" -s q -l quiet -d 'Print no notes on stderr (warnings and errors still appear)'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from thumbprint" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from thumbprint" -s V -l version -d 'Print version'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from help" -f -a "encode" -d 'Create and sign a token; prints the token and nothing else'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from help" -f -a "decode" -d 'Show a token\'s header and claims, without verifying it'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Verify a token\'s signature and claims'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from help" -f -a "keygen" -d 'Generate a signing key: an HMAC secret, or a private key and its public key'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from help" -f -a "jwk" -d 'Print the public JWK of a key (PEM, DER or JWK), with its thumbprint as kid'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from help" -f -a "thumbprint" -d 'Print the RFC 7638 SHA-256 thumbprint of a key'
complete -c keyward -n "__fish_keyward_using_subcommand jwt; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keyward -n "__fish_keyward_using_subcommand lint" -s c -l command -d 'A command to lint, as one string' -r
complete -c keyward -n "__fish_keyward_using_subcommand lint" -l from -d 'Read inputs as this kind instead of guessing from the file name and content' -r -f -a "auto\t'Guess from the file name and content'
curl\t'curl command lines'
wget\t'wget command lines'
httpie\t'HTTPie (http, https) and xh command lines'
http\t'Raw HTTP requests, and .http/.rest files'
har\t'HAR 1.2 captures (streamed)'
script\t'A shell script: its curl, wget and HTTPie commands'
markdown\t'Markdown: the commands in its shell code blocks'"
complete -c keyward -n "__fish_keyward_using_subcommand lint" -l fail-on -d 'Exit 1 when a finding has this severity or a higher one [default: warning]' -r -f -a "info\t''
warning\t''
error\t''"
complete -c keyward -n "__fish_keyward_using_subcommand lint" -l ignore -d 'Do not report this rule; repeat for several' -r
complete -c keyward -n "__fish_keyward_using_subcommand lint" -l baseline -d 'Do not report the findings accepted in this file (written by --write-baseline: a new secret at an accepted place is still reported; a JSON report or a list of fingerprints matches by place only)' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand lint" -l write-baseline -d 'Accept every finding of this run: write them to FILE, to use as a --baseline later (no baseline is applied while writing one)' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand lint" -l config -d 'Project settings [default: .keyward.toml in the current directory, if there is one]' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand lint" -l format -d 'Output format: text, JSON, SARIF 2.1.0 (for code scanning), or GitHub workflow annotations' -r -f -a "text\t''
json\t''
sarif\t''
github\t''"
complete -c keyward -n "__fish_keyward_using_subcommand lint" -l explain -d 'Explain one rule: why it matters and how to fix what it finds' -r
complete -c keyward -n "__fish_keyward_using_subcommand lint" -l keyfile -d 'The keyfile [default: keys.json in the platform\'s data directory, e.g. ~/.local/share/keyward]' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand lint" -l color -d 'When to colour the output (NO_COLOR turns "auto" off)' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c keyward -n "__fish_keyward_using_subcommand lint" -l list-rules -d 'List the rules, with their ids and severities, and lint nothing'
complete -c keyward -n "__fish_keyward_using_subcommand lint" -l list-detectors -d 'List the credential formats recognised (the `secret_kind` of findings), and lint nothing'
complete -c keyward -n "__fish_keyward_using_subcommand lint" -l insecure-keyfile -d 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
complete -c keyward -n "__fish_keyward_using_subcommand lint" -s q -l quiet -d 'Print no notes on stderr (warnings and errors still appear)'
complete -c keyward -n "__fish_keyward_using_subcommand lint" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c keyward -n "__fish_keyward_using_subcommand lint" -s V -l version -d 'Print version'
complete -c keyward -n "__fish_keyward_using_subcommand inspect" -l format -d 'Output format' -r -f -a "text\t''
json\t'One compact JSON document per line; the fields are documented in README.md'"
complete -c keyward -n "__fish_keyward_using_subcommand inspect" -l keyfile -d 'The keyfile [default: keys.json in the platform\'s data directory, e.g. ~/.local/share/keyward]' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand inspect" -l color -d 'When to colour the output (NO_COLOR turns "auto" off)' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c keyward -n "__fish_keyward_using_subcommand inspect" -l check -d 'For a keyward key: also verify it against the hash in its keyfile record, as keys check does, and exit 1 unless it is valid'
complete -c keyward -n "__fish_keyward_using_subcommand inspect" -l insecure-keyfile -d 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
complete -c keyward -n "__fish_keyward_using_subcommand inspect" -s q -l quiet -d 'Print no notes on stderr (warnings and errors still appear)'
complete -c keyward -n "__fish_keyward_using_subcommand inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c keyward -n "__fish_keyward_using_subcommand inspect" -s V -l version -d 'Print version'
complete -c keyward -n "__fish_keyward_using_subcommand completions" -l keyfile -d 'The keyfile [default: keys.json in the platform\'s data directory, e.g. ~/.local/share/keyward]' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand completions" -l color -d 'When to colour the output (NO_COLOR turns "auto" off)' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c keyward -n "__fish_keyward_using_subcommand completions" -l insecure-keyfile -d 'Use a keyfile that another user owns or can write (or that lies in such a directory), with a warning; without it, keyward refuses: its records could be keys someone else planted'
complete -c keyward -n "__fish_keyward_using_subcommand completions" -s q -l quiet -d 'Print no notes on stderr (warnings and errors still appear)'
complete -c keyward -n "__fish_keyward_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c keyward -n "__fish_keyward_using_subcommand completions" -s V -l version -d 'Print version'
complete -c keyward -n "__fish_keyward_using_subcommand help; and not __fish_seen_subcommand_from keygen hash keys jwt lint inspect completions help" -f -a "keygen" -d 'Generate API keys, store their hashes in the keyfile and print each key once'
complete -c keyward -n "__fish_keyward_using_subcommand help; and not __fish_seen_subcommand_from keygen hash keys jwt lint inspect completions help" -f -a "hash" -d 'Hash a secret with argon2id, or check a secret against a PHC hash string'
complete -c keyward -n "__fish_keyward_using_subcommand help; and not __fish_seen_subcommand_from keygen hash keys jwt lint inspect completions help" -f -a "keys" -d 'List, show, check, revoke, remove and rotate the keys in the keyfile'
complete -c keyward -n "__fish_keyward_using_subcommand help; and not __fish_seen_subcommand_from keygen hash keys jwt lint inspect completions help" -f -a "jwt" -d 'Create, decode and verify JSON Web Tokens, and make keys for them'
complete -c keyward -n "__fish_keyward_using_subcommand help; and not __fish_seen_subcommand_from keygen hash keys jwt lint inspect completions help" -f -a "lint" -d 'Find credentials placed where they leak in HTTP requests: query strings, URLs, bodies, plain http://'
complete -c keyward -n "__fish_keyward_using_subcommand help; and not __fish_seen_subcommand_from keygen hash keys jwt lint inspect completions help" -f -a "inspect" -d 'Tell what a credential is: API key or token, whose, live or test, and what it holds'
complete -c keyward -n "__fish_keyward_using_subcommand help; and not __fish_seen_subcommand_from keygen hash keys jwt lint inspect completions help" -f -a "completions" -d 'Print a shell completion script: source <(keyward completions bash)'
complete -c keyward -n "__fish_keyward_using_subcommand help; and not __fish_seen_subcommand_from keygen hash keys jwt lint inspect completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keyward -n "__fish_keyward_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "list" -d 'List the keys in the keyfile, without their hashes'
complete -c keyward -n "__fish_keyward_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "show" -d 'Show one key\'s record, without its hash'
complete -c keyward -n "__fish_keyward_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "check" -d 'Check a key: format, checksum, hash, revocation, expiry and scopes'
complete -c keyward -n "__fish_keyward_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "revoke" -d 'Revoke a key: it stays in the keyfile and no longer checks as valid'
complete -c keyward -n "__fish_keyward_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "rm" -d 'Remove a key\'s record from the keyfile'
complete -c keyward -n "__fish_keyward_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "rotate" -d 'Replace a key with a new one of the same name, prefix and scopes; print the new key once'
complete -c keyward -n "__fish_keyward_using_subcommand help; and __fish_seen_subcommand_from jwt" -f -a "encode" -d 'Create and sign a token; prints the token and nothing else'
complete -c keyward -n "__fish_keyward_using_subcommand help; and __fish_seen_subcommand_from jwt" -f -a "decode" -d 'Show a token\'s header and claims, without verifying it'
complete -c keyward -n "__fish_keyward_using_subcommand help; and __fish_seen_subcommand_from jwt" -f -a "verify" -d 'Verify a token\'s signature and claims'
complete -c keyward -n "__fish_keyward_using_subcommand help; and __fish_seen_subcommand_from jwt" -f -a "keygen" -d 'Generate a signing key: an HMAC secret, or a private key and its public key'
complete -c keyward -n "__fish_keyward_using_subcommand help; and __fish_seen_subcommand_from jwt" -f -a "jwk" -d 'Print the public JWK of a key (PEM, DER or JWK), with its thumbprint as kid'
complete -c keyward -n "__fish_keyward_using_subcommand help; and __fish_seen_subcommand_from jwt" -f -a "thumbprint" -d 'Print the RFC 7638 SHA-256 thumbprint of a key'
