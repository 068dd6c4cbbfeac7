#!/usr/bin/env bash
# Many findings in one file (issue 9): time and peak memory of `keyward lint` on files of N lines
# that are each a finding, in every output format, the file named and piped on stdin.
#
#   bash bench/many-findings.sh [N...]      # default: 10000 100000 1000000
#
# Each line is `api_key_<i>=<32 random letters and digits>`: one literal-secret finding per line.
# (Lines that all say `api_key=` are no findings: one name with many values is a table of data.)
# Needs GNU time (/usr/bin/time; Debian: apt-get install time). KEYWARD=path skips the cargo build.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "bench/many-findings.sh needs GNU time: apt-get install time" >&2; exit 2; }
if [[ -n ${KEYWARD:-} ]]; then
    kw=$(realpath "$KEYWARD")
else
    cargo build --release --locked --quiet
    kw="$PWD/target/release/keyward"
fi
sizes=("${@:-10000 100000 1000000}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p bench/results

{
    echo "| lines | format | input | findings | wall | CPU (user+sys) | µs per finding | peak RSS |"
    echo "|---:|---|---|---:|---:|---:|---:|---:|"
    for n in ${sizes[*]}; do
        python3 - "$n" "$work/findings-$n.env" <<'PY'
import random, sys
n, path = int(sys.argv[1]), sys.argv[2]
r = random.Random(n)
alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
with open(path, "w") as f:
    for i in range(n):
        f.write(f"api_key_{i}=" + "".join(r.choices(alphabet, k=32)) + "\n")
PY
        file="$work/findings-$n.env"
        for format in text json sarif github; do
            for input in file stdin; do
                # keyward exits 1 when it finds something.
                if [[ $input == file ]]; then
                    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$kw" -q lint --format "$format" "$file" > "$work/out" || true
                else
                    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$kw" -q lint --format "$format" < "$file" > "$work/out" || true
                fi
                read -r wall user sys rss < <(tail -1 "$work/time")
                case $format in
                    text) found=$(grep -c '^warning\[' "$work/out" || true) ;;
                    github) found=$(grep -c '^::' "$work/out" || true) ;;
                    json) found=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["findings"])' "$work/out") ;;
                    sarif) found=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["runs"][0]["results"]))' "$work/out") ;;
                esac
                python3 - "$n" "$format" "$input" "$found" "$wall" "$user" "$sys" "$rss" <<'PY'
import sys
n, fmt, inp, found, wall, user, sys_, rss = sys.argv[1:]
cpu = float(user) + float(sys_)
per = 1e6 * cpu / max(int(found), 1)
print(f"| {int(n):,} | {fmt} | {inp} | {int(found):,} | {float(wall):.2f} s | {cpu:.2f} s | {per:.1f} | {int(rss) / 1024:.1f} MiB |")
PY
            done
        done
        rm -f "$file"
    done
} | tee bench/results/many-findings.md
