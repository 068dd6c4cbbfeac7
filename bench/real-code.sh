#!/usr/bin/env bash
# Precision and recall of keyward lint on real code that nobody on the project wrote, beside two
# public secret scanners: the crates of our own Cargo.lock (cargo vendor) and the Python standard
# library. Nothing is planted there, so Kingfisher's findings stand in for the truth.
#
#   bash bench/real-code.sh [vendor|stdlib]...   # default: both
#
# Needs python3, GNU time (/usr/bin/time; Debian: apt-get install time), cargo, ripsecrets
# (cargo install ripsecrets --root /tmp/ripsecrets, or RIPSECRETS=…) and Kingfisher
# (python3 -m venv /tmp/kfvenv && /tmp/kfvenv/bin/pip install kingfisher-bin, or KINGFISHER=…).
# KEYWARD=path/to/keyward skips the cargo build. VENDOR_DIR=DIR keeps the vendored crates there
# and reuses them while they match Cargo.lock (default: a temporary folder, vendored afresh).
# PY_STDLIB=DIR picks the standard library (default: /usr/bin/python3's, which holds no
# site-packages; else python3's). SEED (1) and SAMPLE (30) pick the findings shown for review.
# Each tool runs once per tree, inside it, on `.`; raw outputs, `time -v` reports and
# summary-<tree>.json go to $OUT (default /tmp/realcode), the printed report to report-<tree>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

trees=("${@:-vendor stdlib}")
trees=" ${trees[*]} "
for t in $trees; do
    [[ $t == vendor || $t == stdlib ]] || { echo "bench/real-code.sh: unknown tree $t (vendor, stdlib)" >&2; exit 2; }
done
for tool in python3 cargo /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "bench/real-code.sh needs $tool (apt-get install time python3)" >&2; exit 2; }
done
ripsecrets=${RIPSECRETS:-/tmp/ripsecrets/bin/ripsecrets}
kingfisher=${KINGFISHER:-/tmp/kfvenv/bin/kingfisher}
[ -x "$ripsecrets" ] || { echo "no ripsecrets at $ripsecrets: cargo install ripsecrets --root /tmp/ripsecrets (or RIPSECRETS=…)" >&2; exit 2; }
[ -x "$kingfisher" ] || { echo "no Kingfisher at $kingfisher: python3 -m venv /tmp/kfvenv && /tmp/kfvenv/bin/pip install kingfisher-bin (or KINGFISHER=…)" >&2; exit 2; }

if [[ -n ${KEYWARD:-} ]]; then
    kw=$(realpath "$KEYWARD")
else
    cargo build --release --locked --quiet
    kw="$PWD/target/release/keyward"
fi
ripsecrets=$(realpath "$ripsecrets")
kingfisher=$(realpath "$kingfisher")
out=${OUT:-/tmp/realcode}
mkdir -p "$out"
out=$(realpath "$out")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A copy, so that a rebuild during the run (cargo build elsewhere) cannot mix two binaries.
built=$(date -r "$kw" '+%F %R')
cp "$kw" "$work/keyward"
kw=$work/keyward
versions=(--version "keyward=$("$kw" --version | awk '{print $NF}') (binary $(sha256sum "$kw" | cut -c1-12), built $built)"
          --version "kingfisher=$("$kingfisher" --version | awk '{print $NF}')"
          --version "ripsecrets=$("$ripsecrets" --version | awk '{print $NF}')")

# run TREE DIR TOOL OUTFILE COMMAND…: once, inside DIR, under time -v; exit statuses are kept, not
# judged (keyward exits 1 and Kingfisher 200 when they find something).
run() {
    local tree=$1 dir=$2 tool=$3 file=$4
    shift 4
    echo "$tree: $tool" >&2
    (cd "$dir" && /usr/bin/time -v -o "$out/$tree-$tool.time" "$@" > "$out/$file" 2> "$out/$tree-$tool.err") || true
    [ -s "$out/$file" ] || [ "$tool" = ripsecrets ] || { echo "$tool wrote no report for $tree:" >&2; tail -n 5 "$out/$tree-$tool.err" >&2; }
}

# measure TREE DIR [report options…]: the three tools on DIR, then the report.
measure() {
    local tree=$1 dir=$2
    shift 2
    run "$tree" "$dir" keyward "$tree-keyward.json" "$kw" -q lint --format json .
    run "$tree" "$dir" kingfisher "$tree-kingfisher.json" \
        "$kingfisher" scan --no-validate --no-update-check --no-dedup --git-history none --format json .
    run "$tree" "$dir" ripsecrets "$tree-ripsecrets.txt" "$ripsecrets" .
    python3 bench/compare_real.py report --tree "$tree" --root "$dir" --out "$out" \
        --seed "${SEED:-1}" --sample "${SAMPLE:-30}" "${versions[@]}" "$@" | tee "$out/report-$tree.txt"
}

if [[ $trees == *" vendor "* ]]; then
    vendor=${VENDOR_DIR:-$work/vendor}
    # cargo vendor empties the folder it fills: only an empty one or an earlier vendoring is taken.
    if [ -n "$(ls -A "$vendor" 2>/dev/null)" ] && ! ls "$vendor"/*/.cargo-checksum.json > /dev/null 2>&1; then
        echo "VENDOR_DIR=$vendor holds files but no vendored crates: give an empty or new folder" >&2
        exit 2
    fi
    if [[ -n ${VENDOR_DIR:-} ]] && python3 bench/compare_real.py vendor-current Cargo.lock "$vendor"; then
        echo "== vendor: reusing $vendor (it holds the crates of Cargo.lock)"
    else
        echo "== vendor: cargo vendor --locked into $vendor"
        cargo vendor --locked --manifest-path "$PWD/Cargo.toml" "$vendor" > /dev/null 2> "$work/vendor.log" \
            || { tail -n 20 "$work/vendor.log" >&2; exit 1; }
    fi
    measure vendor "$(realpath "$vendor")"
fi

if [[ $trees == *" stdlib "* ]]; then
    if [[ -n ${PY_STDLIB:-} ]]; then
        stdlib=$(realpath "$PY_STDLIB")
        origin="PY_STDLIB"
    else
        py=$(command -v /usr/bin/python3 || command -v python3)
        stdlib=$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
        origin="the standard library of $py ($("$py" --version))"
    fi
    echo "== stdlib: $stdlib, $origin"
    if [ -n "$(find "$stdlib" -maxdepth 2 -path '*/site-packages/*' ! -name README.txt -print -quit)" ]; then
        echo "note: $stdlib/site-packages holds packages: they are scanned too (PY_STDLIB=… to pick another)" >&2
    fi
    measure stdlib "$stdlib" --expect-zero
fi
