#!/usr/bin/env bash
# Whole-command benchmarks, compared with public tools in the same run.
#
#   bash bench/run.sh            # needs hyperfine and argon2 (Debian: apt-get install hyperfine argon2)
#
# Results go to bench/results/*.md (hyperfine's markdown tables); BENCHMARKS.md quotes them.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in hyperfine argon2 python3; do
    command -v "$tool" >/dev/null || { echo "bench/run.sh needs $tool (apt-get install hyperfine argon2)" >&2; exit 2; }
done

cargo build --release --locked --quiet
kw="$PWD/target/release/keyward"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
results=bench/results
mkdir -p "$results"
hf() { hyperfine --style basic --warmup 3 "$@"; }

echo "== argon2id at OWASP's costs (m=19456 KiB, t=2, p=1): keyward vs the reference C implementation"
phc=$(printf password | argon2 somesalt -id -t 2 -k 19456 -p 1 -l 32 -e)
hf --runs 40 --export-markdown "$results/argon2.md" \
    -n 'argon2 (C reference CLI), hash' "printf password | argon2 somesalt -id -t 2 -k 19456 -p 1 -l 32 -e" \
    -n 'keyward hash' "printf password | $kw hash" \
    -n 'keyward hash --check' "printf password | $kw hash --check '$phc'"

echo "== keys check: 1, 1 000 and 100 000 records, against one argon2 verification"
"$kw" keygen --no-store --format json --quiet > "$work/real.json"
key=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["key"])' "$work/real.json")
hash=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["hash"])' "$work/real.json")
for n in 1 1000 100000; do
    python3 bench/make_keyfile.py "$n" "$work/real.json" "$work/k$n.json"
done
export BENCH_KEY="$key"
hf --shell=none --runs 40 --export-markdown "$results/keys-check.md" \
    -n 'one argon2 verification (keyward hash --check)' "$kw hash --check $hash env:BENCH_KEY" \
    -n 'keys check, 1 record' "$kw --keyfile $work/k1.json keys check env:BENCH_KEY" \
    -n 'keys check, 1 000 records' "$kw --keyfile $work/k1000.json keys check env:BENCH_KEY" \
    -n 'keys check, 100 000 records' "$kw --keyfile $work/k100000.json keys check env:BENCH_KEY"

echo "== keys list with 10 000 records"
python3 bench/make_keyfile.py 10000 "$work/real.json" "$work/k10000.json"
hf --export-markdown "$results/keys-list.md" \
    -n 'keys list (table), 10 000 records' "$kw --keyfile $work/k10000.json keys list > /dev/null" \
    -n 'keys list --format json, 10 000 records' "$kw --keyfile $work/k10000.json keys list --format json > /dev/null"

echo "== start-up"
hf --shell=none --runs 200 --export-markdown "$results/startup.md" \
    -n 'keyward --version' "$kw --version"
