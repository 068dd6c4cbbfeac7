# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_keyward_global_optspecs
    string join \n keyfile= color= q/quiet h/help V/version
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
complete -c keyward -n "__fish_keyward_needs_command" -s q -l quiet -d 'Print no notes on stderr (warnings and errors still appear)'
complete -c keyward -n "__fish_keyward_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c keyward -n "__fish_keyward_needs_command" -s V -l version -d 'Print version'
complete -c keyward -n "__fish_keyward_needs_command" -f -a "keygen" -d 'Generate API keys, store their hashes in the keyfile and print each key once'
complete -c keyward -n "__fish_keyward_needs_command" -f -a "hash" -d 'Hash a secret with argon2id, or check a secret against a PHC hash string'
complete -c keyward -n "__fish_keyward_needs_command" -f -a "keys" -d 'List, show, check, revoke, remove and rotate the keys in the keyfile'
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
complete -c keyward -n "__fish_keyward_using_subcommand hash" -s q -l quiet -d 'Print no notes on stderr (warnings and errors still appear)'
complete -c keyward -n "__fish_keyward_using_subcommand hash" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c keyward -n "__fish_keyward_using_subcommand hash" -s V -l version -d 'Print version'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and not __fish_seen_subcommand_from list show check revoke rm rotate help" -l keyfile -d 'The keyfile [default: keys.json in the platform\'s data directory, e.g. ~/.local/share/keyward]' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand keys; and not __fish_seen_subcommand_from list show check revoke rm rotate help" -l color -d 'When to colour the output (NO_COLOR turns "auto" off)' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t''
never\t''"
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
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from list" -l status -d 'Show only keys with this status; repeat or separate with commas' -r -f -a "active\t''
expiring_soon\t'Active, and expires within 7 days'
expired\t''
revoked\t''"
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "text\t''
json\t'One compact JSON document per line; the fields are documented in README.md'"
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from list" -l keyfile -d 'The keyfile [default: keys.json in the platform\'s data directory, e.g. ~/.local/share/keyward]' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from list" -l color -d 'When to colour the output (NO_COLOR turns "auto" off)' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no notes on stderr (warnings and errors still appear)'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "text\t''
json\t'One compact JSON document per line; the fields are documented in README.md'"
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from show" -l keyfile -d 'The keyfile [default: keys.json in the platform\'s data directory, e.g. ~/.local/share/keyward]' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from show" -l color -d 'When to colour the output (NO_COLOR turns "auto" off)' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t''
never\t''"
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
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print no notes on stderr (warnings and errors still appear)'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from rm" -l format -d 'Output format' -r -f -a "text\t''
json\t'One compact JSON document per line; the fields are documented in README.md'"
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from rm" -l keyfile -d 'The keyfile [default: keys.json in the platform\'s data directory, e.g. ~/.local/share/keyward]' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand keys; and __fish_seen_subcommand_from rm" -l color -d 'When to colour the output (NO_COLOR turns "auto" off)' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t''
never\t''"
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
complete -c keyward -n "__fish_keyward_using_subcommand completions" -l keyfile -d 'The keyfile [default: keys.json in the platform\'s data directory, e.g. ~/.local/share/keyward]' -r -F
complete -c keyward -n "__fish_keyward_using_subcommand completions" -l color -d 'When to colour the output (NO_COLOR turns "auto" off)' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t''
never\t''"
complete -c keyward -n "__fish_keyward_using_subcommand completions" -s q -l quiet -d 'Print no notes on stderr (warnings and errors still appear)'
complete -c keyward -n "__fish_keyward_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c keyward -n "__fish_keyward_using_subcommand completions" -s V -l version -d 'Print version'
complete -c keyward -n "__fish_keyward_using_subcommand help; and not __fish_seen_subcommand_from keygen hash keys completions help" -f -a "keygen" -d 'Generate API keys, store their hashes in the keyfile and print each key once'
complete -c keyward -n "__fish_keyward_using_subcommand help; and not __fish_seen_subcommand_from keygen hash keys completions help" -f -a "hash" -d 'Hash a secret with argon2id, or check a secret against a PHC hash string'
complete -c keyward -n "__fish_keyward_using_subcommand help; and not __fish_seen_subcommand_from keygen hash keys completions help" -f -a "keys" -d 'List, show, check, revoke, remove and rotate the keys in the keyfile'
complete -c keyward -n "__fish_keyward_using_subcommand help; and not __fish_seen_subcommand_from keygen hash keys completions help" -f -a "completions" -d 'Print a shell completion script: source <(keyward completions bash)'
complete -c keyward -n "__fish_keyward_using_subcommand help; and not __fish_seen_subcommand_from keygen hash keys completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c keyward -n "__fish_keyward_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "list" -d 'List the keys in the keyfile, without their hashes'
complete -c keyward -n "__fish_keyward_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "show" -d 'Show one key\'s record, without its hash'
complete -c keyward -n "__fish_keyward_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "check" -d 'Check a key: format, checksum, hash, revocation, expiry and scopes'
complete -c keyward -n "__fish_keyward_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "revoke" -d 'Revoke a key: it stays in the keyfile and no longer checks as valid'
complete -c keyward -n "__fish_keyward_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "rm" -d 'Remove a key\'s record from the keyfile'
complete -c keyward -n "__fish_keyward_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "rotate" -d 'Replace a key with a new one of the same name, prefix and scopes; print the new key once'
