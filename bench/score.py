#!/usr/bin/env python3
"""Scores a secret scanner's output against the ground truth of bench/make_corpus.py.

usage: score.py --truth TRUTH.json --corpus DIR --tool keyward|ripsecrets|kingfisher|detect-secrets
                [--json] RESULT_FILE

RESULT_FILE is the tool's output for DIR (- for stdin):
  keyward         keyward lint --format json DIR
  ripsecrets      ripsecrets DIR                          (path:line:text lines)
  kingfisher      kingfisher scan --no-validate --no-update-check --no-dedup --format json DIR
  detect-secrets  detect-secrets scan --all-files DIR     (a baseline: results by file)

A planted item is found when the tool reports a finding in the same file on its line (or on any
line of its range: PEM blocks, continued commands, .http requests). Recall is over the secrets not
marked optional; an optional one (a publishable key) found counts as one more planted and found. A decoy is flagged when a
finding lands on it; for keyward, findings of severity info on decoys are allowed (the issue lets
documented example keys and presigned URLs be reported as info at most), nor are findings marked
`reference` (issue 4: a placeholder's placement is still judged — `?api_key={{token}}` teaches
users to leak keys — but nothing leaked; they are counted apart). Decoys marked "by_name" in the
truth (tokens whose checksum fails, written under a credential name) may be reported by any tool at
any severity: issue 9 makes keyward report them as info references, and keeps its name check on,
which reports a generated-looking value under a credential name as a secret; they are counted
apart, as neither flagged nor missed. Findings on lines where
nothing was planted are counted as "other findings". Standard library only.
"""
import argparse
import json
import os
import re
import sys
from collections import Counter, defaultdict


def load_findings(tool, text):
    """[(path, line, end_line, severity, rule)] from a tool's output."""
    out = []
    if tool == "keyward":
        doc = json.loads(text) if text.strip() else {"findings": []}
        for f in doc.get("findings", []):
            if f.get("file") is None or f.get("line") is None:
                continue
            # A finding about a stand-in (a placeholder, a documented example, a made-up token) says
            # where it sits, not that it leaked: keyward marks those `reference`.
            severity = "reference" if f.get("reference") else f.get("severity", "")
            out.append((f["file"], int(f["line"]), int(f.get("end_line") or f["line"]), severity, f.get("rule", "")))
    elif tool == "ripsecrets":
        for ln in text.splitlines():
            m = re.match(r"^(.*?):(\d+):", ln)
            if m:
                out.append((m.group(1), int(m.group(2)), int(m.group(2)), "", "ripsecrets"))
    elif tool == "kingfisher":
        text = text.lstrip()
        doc = json.JSONDecoder().raw_decode(text)[0] if text else {"findings": []}  # a summary line may follow
        for f in doc.get("findings", []):
            fd = f.get("finding", {})
            if fd.get("path") is None or fd.get("line") is None:
                continue
            out.append((fd["path"], int(fd["line"]), int(fd["line"]), fd.get("confidence", ""), f.get("rule", {}).get("id", "")))
    elif tool == "detect-secrets":
        doc = json.loads(text) if text.strip() else {"results": {}}
        for path, results in doc.get("results", {}).items():
            for r in results:
                out.append((r.get("filename", path), int(r["line_number"]), int(r["line_number"]), "", r.get("type", "")))
    else:
        sys.exit(f"score.py: unknown tool {tool}")
    return out


class PathMap:
    """Maps a path as the tool printed it to the corpus-relative path of the truth file."""

    def __init__(self, corpus, known):
        self.corpus = os.path.abspath(corpus)
        self.real = os.path.realpath(corpus)
        self.known = known
        self.by_name = defaultdict(list)
        for k in known:
            self.by_name[os.path.basename(k)].append(k)

    def __call__(self, path):
        p = path[2:] if path.startswith("./") else path
        if p in self.known:
            return p
        for base in (self.corpus, self.real):
            if os.path.isabs(p):
                rel = os.path.relpath(p, base)
                if not rel.startswith(".."):
                    return rel
        rel = os.path.relpath(os.path.abspath(p), self.corpus)
        if not rel.startswith("..") and rel in self.known:
            return rel
        # A path relative to some other directory: the longest known suffix.
        best = None
        for k in self.by_name.get(os.path.basename(p), ()):
            if p.endswith("/" + k) and (best is None or len(k) > len(best)):
                best = k
        return best or (rel if not rel.startswith("..") else p)


def score(truth, corpus, tool, text):
    items = truth["items"]
    by_file = defaultdict(list)
    for i, it in enumerate(items):
        lo, hi = it.get("range", [it["line"], it["line"]])
        by_file[it["file"]].append((lo, hi, i))
    pmap = PathMap(corpus, set(by_file))
    findings = load_findings(tool, text)
    hits = defaultdict(list)  # item index -> [(severity, rule)]
    other = []
    for path, line, end, sev, rule in findings:
        rel = pmap(path)
        matched = False
        for lo, hi, i in by_file.get(rel, ()):
            if line <= hi and end >= lo:
                hits[i].append((sev, rule))
                matched = True
        if not matched:
            other.append((rel, line, sev, rule))

    def counts(key, kind):
        c = defaultdict(lambda: [0, 0])
        for i, it in enumerate(items):
            if it["kind"] != kind or it.get("optional"):
                continue
            c[it[key]][1] += 1
            if i in hits:
                c[it[key]][0] += 1
        return {k: v for k, v in sorted(c.items())}

    secrets = [i for i, it in enumerate(items) if it["kind"] == "secret"]
    required = [i for i in secrets if not items[i].get("optional")]
    optional = [i for i in secrets if items[i].get("optional")]
    found = [i for i in required if i in hits]
    found_opt = [i for i in optional if i in hits]
    decoys = [i for i, it in enumerate(items) if it["kind"] == "decoy"]

    def flags(i):
        if items[i].get("by_name"):
            return []  # reporting it is right too: counted apart
        if tool == "keyward":
            return [h for h in hits.get(i, ()) if h[0] not in ("info", "reference")]
        return hits.get(i, [])

    flagged = [i for i in decoys if flags(i)]
    by_name = [i for i in decoys if items[i].get("by_name") and i in hits]
    info_decoys = [i for i in decoys if i in hits and not flags(i) and not items[i].get("by_name")]
    placed = [i for i in info_decoys if any(h[0] == "reference" for h in hits[i])]

    def rec(i, with_rules=False):
        it = items[i]
        r = {"file": it["file"], "line": it["line"], "format": it["format"], "placement": it["placement"]}
        if it.get("note"):
            r["note"] = it["note"]
        if with_rules:
            r["rules"] = sorted({h[1] for h in (flags(i) or hits[i])})
        return r

    # Optional items (publishable keys) count when found and are not missed when not.
    recall = (len(found) + len(found_opt)) / (len(required) + len(found_opt)) if required else 0.0
    return {
        "tool": tool,
        "findings": len(findings),
        "secrets": len(required),
        "found": len(found),
        "optional": len(optional),
        "optional_found": len(found_opt),
        "recall": recall,
        "decoys": len(decoys),
        "decoys_flagged": len(flagged),
        "decoys_info": len(info_decoys) - len(placed),
        "decoys_placement": len(placed),
        "decoys_by_name": len(by_name),
        "other_findings": len(other),
        "other_findings_non_info": sum(1 for o in other if o[2] != "info") if tool == "keyward" else len(other),
        "per_format": counts("format", "secret"),
        "per_placement": counts("placement", "secret"),
        "decoys_by_type": _decoy_counts(items, decoys, flagged),
        "missed": [rec(i) for i in required if i not in hits],
        "flagged": [rec(i, True) for i in flagged],
        "other": [{"file": o[0], "line": o[1], "severity": o[2], "rule": o[3]} for o in other],
    }


def _decoy_counts(items, decoys, flagged):
    total, bad = Counter(), Counter()
    for i in decoys:
        total[items[i]["format"]] += 1
    for i in flagged:
        bad[items[i]["format"]] += 1
    return {k: [bad[k], total[k]] for k in sorted(total)}


def pct(a, b):
    return f"{100 * a / b:5.1f}%" if b else "    -"


def report(s, out=sys.stdout):
    w = out.write
    w(f"{s['tool']}: {s['findings']} findings\n")
    w(f"recall: {100 * s['recall']:.1f}% ({s['found']}/{s['secrets']} secrets"
      + (f"; optional found {s['optional_found']}/{s['optional']}" if s["optional"] else "") + ")\n")
    w(f"decoys flagged: {s['decoys_flagged']}/{s['decoys']}"
      + (f" ({s['decoys_info']} more reported as info)" if s["decoys_info"] else "")
      + (f" ({s['decoys_placement']} placeholders reported for their placement, marked reference)" if s.get("decoys_placement") else "")
      + (f" ({s['decoys_by_name']} made-up tokens under credential names reported)" if s.get("decoys_by_name") else "")
      + "\n")
    w(f"other findings (lines with nothing planted): {s['other_findings']}\n\n")
    w("per format:\n")
    for k, (a, b) in s["per_format"].items():
        w(f"  {k:28} {a:3}/{b:<3} {pct(a, b)}\n")
    w("\nper placement:\n")
    for k, (a, b) in s["per_placement"].items():
        w(f"  {k:28} {a:3}/{b:<3} {pct(a, b)}\n")
    w("\ndecoys flagged by type:\n")
    for k, (a, b) in s["decoys_by_type"].items():
        w(f"  {k:28} {a:3}/{b:<3}\n")
    w(f"\nmissed ({len(s['missed'])}):\n")
    for m in s["missed"]:
        w(f"  {m['file']}:{m['line']} {m['format']} {m['placement']}" + (f" ({m['note']})" if m.get("note") else "") + "\n")
    w(f"\ndecoys flagged ({len(s['flagged'])}):\n")
    for m in s["flagged"]:
        w(f"  {m['file']}:{m['line']} {m['format']} {m['placement']}" + (f" ({m['note']})" if m.get("note") else "")
          + f" [{', '.join(m['rules'])}]\n")
    if s["other"]:
        w(f"\nother findings (first 30 of {len(s['other'])}):\n")
        for o in s["other"][:30]:
            w(f"  {o['file']}:{o['line']} {o['rule']}" + (f" ({o['severity']})" if o["severity"] else "") + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--truth", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--tool", required=True, choices=["keyward", "ripsecrets", "kingfisher", "detect-secrets"])
    ap.add_argument("--json", action="store_true", help="print a machine-readable summary")
    ap.add_argument("result")
    args = ap.parse_args()
    with open(args.truth) as fh:
        truth = json.load(fh)
    text = sys.stdin.read() if args.result == "-" else open(args.result, encoding="utf-8", errors="replace").read()
    s = score(truth, args.corpus, args.tool, text)
    if args.json:
        json.dump(s, sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        report(s)


if __name__ == "__main__":
    main()
