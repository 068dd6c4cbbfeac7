#!/usr/bin/env bash
# Whole-command benchmarks, compared with public tools in the same run.
#
#   bash bench/run.sh [keys|jwt|lint|scan|inspect]...   # default: all
#
# Needs hyperfine and argon2 (Debian: apt-get install hyperfine argon2) and, for the JWT part,
# jwt-cli: cargo install jwt-cli --root /tmp/jwt-cli (or set JWT_CLI to its binary); for the lint
# part, ripsecrets (cargo install ripsecrets --root /tmp/ripsecrets, or RIPSECRETS=…) and Kingfisher
# (python3 -m venv /tmp/kfvenv && /tmp/kfvenv/bin/pip install kingfisher-bin, or KINGFISHER=…); the scan
# part also runs detect-secrets when it is there (python3 -m venv /tmp/dsvenv && /tmp/dsvenv/bin/pip
# install detect-secrets, or DETECT_SECRETS=…). KEYWARD=path/to/keyward skips the cargo build.
# Results go to bench/results/*.md (hyperfine's markdown tables; the scan's scan.md and, per kind of
# file, scan-kinds.md); BENCHMARKS.md quotes them. SCAN_RUNS (3) and SCAN_MIB (50) size the scan.
set -euo pipefail
cd "$(dirname "$0")/.."

parts=("${@:-keys jwt lint scan inspect}")
parts=" ${parts[*]} "
for tool in hyperfine argon2 python3; do
    command -v "$tool" >/dev/null || { echo "bench/run.sh needs $tool (apt-get install hyperfine argon2)" >&2; exit 2; }
done

if [[ -n ${KEYWARD:-} ]]; then
    kw=$(realpath "$KEYWARD")
else
    cargo build --release --locked --quiet
    kw="$PWD/target/release/keyward"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
results=bench/results
mkdir -p "$results"
hf() { hyperfine --style basic --warmup 3 "$@"; }

if [[ $parts == *" keys "* ]]; then
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
fi

if [[ $parts == *" jwt "* ]]; then
jwt_cli=${JWT_CLI:-/tmp/jwt-cli/bin/jwt}
[ -x "$jwt_cli" ] || { echo "no jwt-cli at $jwt_cli: cargo install jwt-cli --root /tmp/jwt-cli" >&2; exit 2; }
secret=a-string-secret-at-least-256-bits-long
export JWT_SECRET=$secret
claims='{"sub":"1234567890","name":"John Doe","exp":4102444800}'
# hyperfine --shell=none splits commands shell-style: claims for the timed commands go in flags.
kw_claims="--sub 1234567890 -c name=JohnDoe"
cli_claims="--sub 1234567890 -P name=JohnDoe"
for alg in RS256 ES256; do
    "$kw" -q jwt keygen --alg "$alg" --out "$work/$alg.pem"
done
hs=$("$kw" -q jwt encode --secret env:JWT_SECRET --claims "$claims")
rs=$("$kw" -q jwt encode --key "$work/RS256.pem" --claims "$claims")
es=$("$kw" -q jwt encode --key "$work/ES256.pem" --claims "$claims")

echo "== one JWT per process: keyward against jwt-cli $("$jwt_cli" --version | cut -d' ' -f2)"
hyperfine --style basic --shell=none --warmup 20 --runs 300 --export-json "$work/jwt-process.json" \
    -n 'keyward jwt encode HS256' "$kw -q jwt encode --secret env:JWT_SECRET $kw_claims" \
    -n 'jwt-cli encode HS256' "$jwt_cli encode --secret $secret $cli_claims" \
    -n 'keyward jwt decode' "$kw -q jwt decode $hs" \
    -n 'jwt-cli decode' "$jwt_cli decode $hs" \
    -n 'keyward jwt verify HS256' "$kw -q jwt verify --secret env:JWT_SECRET $hs" \
    -n 'jwt-cli decode --secret (verify) HS256' "$jwt_cli decode --secret $secret $hs" \
    -n 'keyward jwt encode RS256' "$kw -q jwt encode --key $work/RS256.pem $kw_claims" \
    -n 'jwt-cli encode RS256' "$jwt_cli encode -A RS256 --secret @$work/RS256.pem $cli_claims" \
    -n 'keyward jwt verify RS256' "$kw -q jwt verify --key $work/RS256.pub.pem $rs" \
    -n 'jwt-cli decode (verify) RS256' "$jwt_cli decode -A RS256 --secret @$work/RS256.pub.pem $rs" \
    -n 'keyward jwt encode ES256' "$kw -q jwt encode --key $work/ES256.pem $kw_claims" \
    -n 'jwt-cli encode ES256' "$jwt_cli encode -A ES256 --secret @$work/ES256.pem $cli_claims" \
    -n 'keyward jwt verify ES256' "$kw -q jwt verify --key $work/ES256.pub.pem $es" \
    -n 'jwt-cli decode (verify) ES256' "$jwt_cli decode -A ES256 --secret @$work/ES256.pub.pem $es"

# Medians: on a shared machine, a few slow runs move the mean more than the tools differ.
python3 - "$work/jwt-process.json" <<'PY' | tee "$results/jwt-process.md"
import json, sys
rows = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
print("| operation | keyward median (min) | jwt-cli median (min) | keyward / jwt-cli |")
print("|---|---:|---:|---:|")
names = list(rows)
for ours, theirs in zip(names[0::2], names[1::2]):
    a, b = rows[ours], rows[theirs]
    op = ours.removeprefix("keyward jwt ")
    print(f"| {op} | {a['median']*1e3:.2f} ms ({a['min']*1e3:.2f}) | {b['median']*1e3:.2f} ms ({b['min']*1e3:.2f}) | {a['median']/b['median']:.2f} |")
PY

echo "== peak memory (max RSS), one process each"
peak() { { /usr/bin/time -f %M "$@" > /dev/null; } 2>&1 | tail -1; }
{
    echo "| command | keyward | jwt-cli |"
    echo "|---|---:|---:|"
    echo "| encode HS256 | $(peak "$kw" -q jwt encode --secret env:JWT_SECRET --sub x) KiB | $(peak "$jwt_cli" encode --secret "$secret" --sub x) KiB |"
    echo "| decode | $(peak "$kw" -q jwt decode "$hs") KiB | $(peak "$jwt_cli" decode "$hs") KiB |"
    echo "| verify HS256 | $(peak "$kw" -q jwt verify --secret env:JWT_SECRET "$hs") KiB | $(peak "$jwt_cli" decode --secret "$secret" "$hs") KiB |"
    echo "| sign RS256 | $(peak "$kw" -q jwt encode --key "$work/RS256.pem" --sub x) KiB | $(peak "$jwt_cli" encode -A RS256 --secret "@$work/RS256.pem" --sub x) KiB |"
    echo "| verify RS256 | $(peak "$kw" -q jwt verify --key "$work/RS256.pub.pem" "$rs") KiB | $(peak "$jwt_cli" decode -A RS256 --secret "@$work/RS256.pub.pem" "$rs") KiB |"
    echo "| sign ES256 | $(peak "$kw" -q jwt encode --key "$work/ES256.pem" --sub x) KiB | $(peak "$jwt_cli" encode -A ES256 --secret "@$work/ES256.pem" --sub x) KiB |"
    echo "| verify ES256 | $(peak "$kw" -q jwt verify --key "$work/ES256.pub.pem" "$es") KiB | $(peak "$jwt_cli" decode -A ES256 --secret "@$work/ES256.pub.pem" "$es") KiB |"
} | tee "$results/jwt-memory.md"

echo "== batch verify: 100 000 tokens on stdin, one JSON line each"
for alg in HS256 RS256 ES256; do
    case $alg in
        HS256) token=$hs; key="--secret env:JWT_SECRET" ;;
        RS256) token=$rs; key="--key $work/RS256.pub.pem" ;;
        ES256) token=$es; key="--key $work/ES256.pub.pem" ;;
    esac
    awk -v t="$token" 'BEGIN { for (i = 0; i < 100000; i++) print t }' > "$work/batch-$alg.txt"
    hf --runs 5 --export-json "$work/batch-$alg.json" \
        -n "batch verify $alg" "$kw -q jwt verify $key --format json < $work/batch-$alg.txt > /dev/null"
    python3 - "$work/batch-$alg.json" "$alg" <<'PY'
import json, sys
result = json.load(open(sys.argv[1]))["results"][0]
median = result["median"]
print(f"{sys.argv[2]}: {100000 / median:,.0f} tokens/s, {median * 1000:.0f} ms per 100 000 (median of {len(result['times'])} runs)")
PY
done | tee "$results/jwt-batch.txt"
fi

if [[ $parts == *" lint "* ]]; then
ripsecrets=${RIPSECRETS:-/tmp/ripsecrets/bin/ripsecrets}
kingfisher=${KINGFISHER:-/tmp/kfvenv/bin/kingfisher}
echo "curl -s 'https://api.example.com/v1/items?api_key=sk_live_4eC39HqLyjWDarjtT1zdp7dcX' -H 'Accept: application/json'" > "$work/one.sh"
echo "== one curl command: keyward lint against secret scanners"
commands=(-n 'keyward lint' "$kw -q lint $work/one.sh")
[ -x "$ripsecrets" ] && commands+=(-n 'ripsecrets' "$ripsecrets $work/one.sh")
[ -x "$kingfisher" ] && commands+=(-n 'kingfisher scan --no-validate' "$kingfisher scan --no-validate --no-update-check $work/one.sh")
hyperfine --style basic --shell=none --warmup 3 --runs 50 -i --export-markdown "$results/lint-one.md" "${commands[@]}"
rss() { /usr/bin/time -f %M -o "$work/rss" "$@" > /dev/null 2>&1 || true; tail -1 "$work/rss"; }
{
    echo "| tool | peak RSS |"
    echo "|---|---:|"
    echo "| keyward lint | $(rss "$kw" -q lint "$work/one.sh") KiB |"
    [ -x "$ripsecrets" ] && echo "| ripsecrets | $(rss "$ripsecrets" "$work/one.sh") KiB |"
    [ -x "$kingfisher" ] && echo "| kingfisher | $(rss "$kingfisher" scan --no-validate --no-update-check "$work/one.sh") KiB |"
} | tee "$results/lint-one-memory.md"

echo "== a 1 GiB HAR file"
python3 bench/make_har.py 1024 "$work/big.har" > /dev/null
bytes=$(stat -c %s "$work/big.har")
hyperfine --style basic --shell=none --warmup 1 --runs 5 -i --export-json "$work/har.json" \
    -n 'keyward lint (1 GiB HAR)' "$kw -q lint --format json $work/big.har"
rss=$(rss "$kw" -q lint --format json "$work/big.har")
python3 - "$work/har.json" "$bytes" "$rss" <<'PY' | tee "$results/lint-har.txt"
import json, sys
result = json.load(open(sys.argv[1]))["results"][0]
mib = int(sys.argv[2]) / 2**20
print(f"1 GiB HAR ({mib:.0f} MiB): median {result['median']:.2f} s = {mib / result['median']:.0f} MiB/s; peak RSS {int(sys.argv[3]) / 1024:.1f} MiB")
PY
rm -f "$work/big.har"

echo "== one HAR entry whose response body is 1 GiB (plain, then all \\\" escapes)"
for kind in plain escapes; do
    python3 bench/make_huge_har.py 1024 "$work/huge.har" $([ $kind = escapes ] && echo --escapes)
    hyperfine --style basic --shell=none --runs 3 -i --export-json "$work/huge.json" \
        -n "keyward lint (1 GiB body, $kind)" "$kw -q lint --format json $work/huge.har" >&2
    rss=$(rss "$kw" -q lint --format json "$work/huge.har")
    python3 - "$work/huge.json" "$rss" "$kind" <<'PY'
import json, sys
result = json.load(open(sys.argv[1]))["results"][0]
print(f"one entry, 1 GiB {sys.argv[3]} response body: median {result['median']:.2f} s; peak RSS {int(sys.argv[2]) / 1024:.1f} MiB")
PY
    rm -f "$work/huge.har"
done | tee -a "$results/lint-har.txt"
fi

if [[ $parts == *" scan "* ]]; then
ripsecrets=${RIPSECRETS:-/tmp/ripsecrets/bin/ripsecrets}
kingfisher=${KINGFISHER:-/tmp/kfvenv/bin/kingfisher}
detect_secrets=${DETECT_SECRETS:-/tmp/dsvenv/bin/detect-secrets}
runs=${SCAN_RUNS:-3}
echo "== scan: a ${SCAN_MIB:-50} MiB tree with planted credentials and decoys, keyward lint against secret scanners"
python3 bench/make_corpus.py "$work/corpus" --size-mib "${SCAN_MIB:-50}" --seed 1 --truth "$work/truth.json"
# Each tool runs $runs times under /usr/bin/time (elapsed, user, sys, max RSS); the last report is scored.
scan() {
    local name=$1
    shift
    echo "$name: $*" >&2
    for i in $(seq "$runs"); do
        /usr/bin/time -f '%e %U %S %M' -o "$work/$name.time" "$@" > "$work/$name.out" 2> "$work/$name.err" || true
        tail -1 "$work/$name.time" >> "$work/$name.times"  # time writes "Command exited with non-zero status" first
    done
    [ -s "$work/$name.out" ] || { echo "$name wrote no report:" >&2; tail -5 "$work/$name.err" >&2; }
    python3 bench/score.py --truth "$work/truth.json" --corpus "$work/corpus" --tool "$name" --json "$work/$name.out" > "$work/$name.score.json"
    echo "$name" >> "$work/scanned"
}
# keyward exits 1 when it finds something; the exit status is ignored here.
scan keyward "$kw" -q lint --format json "$work/corpus"
[ -x "$ripsecrets" ] && scan ripsecrets "$ripsecrets" "$work/corpus"
[ -x "$kingfisher" ] && scan kingfisher "$kingfisher" scan --no-validate --no-update-check --no-dedup --format json "$work/corpus"
# -C: run inside the corpus (started in a git work tree, detect-secrets scans only that tree's files)
[ -x "$detect_secrets" ] && scan detect-secrets "$detect_secrets" -C "$work/corpus" scan --all-files
# Throughput per kind of file: each tool on a tree of that kind's files alone (hard links, the
# same relative paths), $runs times; its CPU time on an empty tree (start-up) is taken off.
python3 - "$work" <<'PY'
import json, os, sys
work = sys.argv[1]
truth = json.load(open(f"{work}/truth.json"))
for kind, paths in truth["kinds"].items():
    for p in paths:
        dest = os.path.join(work, "kinds", kind, p)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        os.link(os.path.join(work, "corpus", p), dest)
os.makedirs(os.path.join(work, "kinds-empty"), exist_ok=True)
PY
# CPU time from getrusage, to the microsecond (GNU time counts in 10 ms: small kinds need more).
kind_scan() {
    local name=$1 tree=$2
    shift 2
    python3 - "$runs" "$(basename "$tree")" "$@" "$tree" >> "$work/$name.kinds" <<'PY'
import resource, subprocess, sys
runs, kind, cmd = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
for _ in range(runs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(kind, 0, after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime)
PY
}
for tree in "$work/kinds-empty" "$work"/kinds/*; do
    kind_scan keyward "$tree" "$kw" -q lint --format json
    [ -x "$kingfisher" ] && kind_scan kingfisher "$tree" "$kingfisher" scan --no-validate --no-update-check --no-dedup --format json
done
python3 - "$work" <<'PY' | tee "$results/scan-kinds.md"
import json, os, statistics, sys
work = sys.argv[1]
truth = json.load(open(f"{work}/truth.json"))
tools = [t for t in ("keyward", "kingfisher") if os.path.exists(f"{work}/{t}.kinds")]
cpu = {}
for t in tools:
    runs = {}
    for line in open(f"{work}/{t}.kinds"):
        kind, *nums = line.split()
        runs.setdefault(kind, []).append(float(nums[1]) + float(nums[2]))
    cpu[t] = {k: statistics.median(v) for k, v in runs.items()}
print(f"Throughput per kind: each tool on that kind's files alone, median of {len(runs['kinds-empty'])} runs, "
      f"CPU time (user+sys) less the tool's CPU time on an empty tree "
      + ", ".join(f"({t} {1000 * cpu[t]['kinds-empty']:.0f} ms)" for t in tools) + ".\n")
print("| kind | files | MiB | " + " | ".join(f"{t} MiB/CPU-s" for t in tools) + (" | keyward / kingfisher |" if len(tools) > 1 else ""))
print("|---|---:|---:|" + "---:|" * len(tools) + ("---:|" if len(tools) > 1 else ""))
for kind, paths in sorted(truth["kinds"].items(), key=lambda kv: -sum(os.path.getsize(f"{work}/corpus/{p}") for p in kv[1])):
    mib = sum(os.path.getsize(f"{work}/corpus/{p}") for p in paths) / 2**20
    rate = {t: mib / max(cpu[t][kind] - cpu[t]["kinds-empty"], 1e-3) for t in tools}
    row = f"| {kind} | {len(paths)} | {mib:.2f} | " + " | ".join(f"{rate[t]:.1f}" for t in tools) + " |"
    if len(tools) > 1:
        row += f" {rate['keyward'] / rate['kingfisher']:.1f}× |"
    print(row)
PY
python3 - "$work" <<'PY' | tee "$results/scan.md"
import json, statistics, sys
work = sys.argv[1]
truth = json.load(open(f"{work}/truth.json"))
mib = truth["bytes"] / 2**20
tools = open(f"{work}/scanned").read().split()
optional = sum(1 for it in truth["items"] if it.get("optional"))
times = {t: [list(map(float, l.split())) for l in open(f"{work}/{t}.times") if l.strip()] for t in tools}
print(f"Corpus: bench/make_corpus.py --seed {truth['seed']}: {mib:.1f} MiB in {truth['files']} files, "
      f"{truth['secrets'] - optional} credentials (+{optional} publishable keys, optional), {truth['decoys']} decoys; "
      f"median of {len(times[tools[0]])} runs.\n")
print("| tool | MiB per CPU-second | wall time | CPU time (user+sys) | peak RSS | recall | decoys flagged | other findings |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
scores = {}
for t in tools:
    runs = times[t]
    wall = statistics.median(r[0] for r in runs)
    cpu = statistics.median(r[1] + r[2] for r in runs)
    rss = statistics.median(r[3] for r in runs) / 1024
    s = scores[t] = json.load(open(f"{work}/{t}.score.json"))
    info = f" (+{s['decoys_info']} as info)" if s.get("decoys_info") else ""
    if s.get("decoys_placement"):
        info += f" (+{s['decoys_placement']} placeholder placements)"
    if s.get("decoys_by_name"):
        info += f" (+{s['decoys_by_name']} made-up tokens by name)"
    print(f"| {t} | {mib / cpu if cpu else float('nan'):.1f} | {wall:.2f} s | {cpu:.2f} s | {rss:.1f} MiB | {100 * s['recall']:.1f}% ({s['found'] + s['optional_found']}/{s['secrets'] + s['optional_found']}) "
          f"| {s['decoys_flagged']}/{s['decoys']}{info} | {s['other_findings_non_info']} |")
if "kingfisher" in tools:
    rate = {t: statistics.median(r[1] + r[2] for r in times[t]) for t in ("keyward", "kingfisher")}
    print(f"\nWhole corpus, keyward / Kingfisher throughput (MiB per CPU-second): {rate['kingfisher'] / rate['keyward']:.2f}×")
for title, key in (("placement", "per_placement"), ("format", "per_format")):
    print(f"\nRecall by {title}:\n")
    print(f"| {title} | " + " | ".join(tools) + " |")
    print("|---|" + "---:|" * len(tools))
    for k, (_, n) in scores[tools[0]][key].items():
        print(f"| {k} ({n}) | " + " | ".join(f"{100 * scores[t][key][k][0] / n:.0f}%" for t in tools) + " |")
print("\nDecoys flagged by type:\n")
print("| decoy | " + " | ".join(tools) + " |")
print("|---|" + "---:|" * len(tools))
for k, (_, n) in scores[tools[0]]["decoys_by_type"].items():
    print(f"| {k} ({n}) | " + " | ".join(str(scores[t]["decoys_by_type"][k][0]) for t in tools) + " |")
PY
fi

if [[ $parts == *" inspect "* ]]; then
echo "== inspect: one value per process (a GitHub token, a JWT, a PEM private key, a keyward key with its record)"
"$kw" -q jwt keygen --alg ES256 --out "$work/inspect.pem"
jwt=$("$kw" -q jwt encode --key "$work/inspect.pem" --sub alice --exp +1h)
key=$(KEYWARD_KEYFILE="$work/inspect-keys.json" "$kw" -q keygen --name bench)
printf %s 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 > "$work/ghp.txt"
printf %s "$jwt" > "$work/jwt.txt"
printf %s "$key" > "$work/kw.txt"
hyperfine --style basic --shell=none --warmup 5 --runs 200 -i --export-markdown "$results/inspect.md" \
    -n 'inspect a GitHub token' "$kw -q inspect @$work/ghp.txt" \
    -n 'inspect a JWT' "$kw -q inspect @$work/jwt.txt" \
    -n 'inspect a PEM private key' "$kw -q inspect @$work/inspect.pem" \
    -n 'inspect a keyward key (keyfile look-up)' "$kw -q --keyfile $work/inspect-keys.json inspect @$work/kw.txt"
fi
