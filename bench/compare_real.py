#!/usr/bin/env python3
"""Compares keyward lint with Kingfisher and ripsecrets on one tree of real code (bench/real-code.sh).

usage: compare_real.py report --tree NAME --root DIR --out OUT [--seed N] [--sample N] [--shapes N]
                              [--version TOOL=TEXT]...
       compare_real.py vendor-current CARGO_LOCK VENDOR_DIR   (exit 0 when DIR vendors that lock file)

`report` reads, from OUT, what bench/real-code.sh left there for the tree NAME, all run inside DIR
on `.` (so the paths are relative to the tree):
  NAME-keyward.json     keyward lint --format json .
  NAME-kingfisher.json  kingfisher scan --no-validate --no-update-check --no-dedup --format json .
  NAME-ripsecrets.txt   ripsecrets .                                  (path:line:text lines)
  NAME-TOOL.time        /usr/bin/time -v of each run
It prints the figures and writes them to OUT/summary-NAME.json.

Nobody planted anything in such a tree, so there is no ground truth: Kingfisher's findings stand in
for it. A Kingfisher finding is found by keyward when a keyward finding of severity warning or
error in the same file covers one of its lines (the line range of a multi-line match such as a PEM
block, from the line Kingfisher gives down as many lines as its snippet has). keyward's findings
of severity info are not counted, nor do they match. Whatever is printed of a credential is cut to
its first 4 characters. Standard library only.
"""
import argparse
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

TOOLS = ("keyward", "kingfisher", "ripsecrets")
COUNTED = ("error", "warning")  # keyward severities that count; info does not
NEARBY = 3  # lines either side for the "nearby" miss reason


# ---------------------------------------------------------------- reading the tools' outputs

def rel_path(path, root):
    """A tool's path as a path relative to the tree."""
    p = path
    if os.path.isabs(p):
        for base in (os.path.abspath(root), os.path.realpath(root)):
            r = os.path.relpath(p, base)
            if not r.startswith(".."):
                p = r
                break
    while p.startswith("./"):
        p = p[2:]
    return os.path.normpath(p) if p else p


def read_text(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except FileNotFoundError:
        return ""


def first_json(text):
    """The first JSON document of text (Kingfisher prints a summary object after its report)."""
    text = text.lstrip()
    return json.JSONDecoder().raw_decode(text)[0] if text else {}


def load_keyward(path, root):
    doc = first_json(read_text(path)) or {"findings": []}
    out = []
    for f in doc.get("findings", []):
        if f.get("file") is None or f.get("line") is None:
            continue
        line = int(f["line"])
        out.append({
            "file": rel_path(f["file"], root),
            "line": line,
            "end_line": int(f.get("end_line") or line),
            "column": f.get("column"),
            "end_column": f.get("end_column"),
            "severity": f.get("severity", ""),
            "rule": f.get("rule", ""),
            "kind": f.get("secret_kind") or "-",
            "reference": bool(f.get("reference")),
            "name": f.get("name"),
            "message": f.get("message", ""),
        })
    return out, doc.get("summary", {})


def load_kingfisher(path, root):
    doc = first_json(read_text(path)) or {"findings": []}
    out = []
    for f in doc.get("findings", []):
        fd = f.get("finding", {})
        if fd.get("path") is None or fd.get("line") is None:
            continue
        snippet = fd.get("snippet") or ""
        line = int(fd["line"])
        out.append({
            "file": rel_path(fd["path"], root),
            "line": line,
            "end_line": line + snippet.count("\n"),
            "rule": f.get("rule", {}).get("id", "?"),
            "confidence": fd.get("confidence", ""),
            "snippet": snippet,
        })
    return out


def load_ripsecrets(path, root):
    out = []
    for ln in read_text(path).splitlines():
        m = re.match(r"^(.*?):(\d+):(.*)$", ln)
        if m:
            out.append({"file": rel_path(m.group(1), root), "line": int(m.group(2)), "text": m.group(3)})
    return out


def load_time(path):
    """CPU seconds (user + sys), wall seconds, peak RSS in KiB and exit status from `time -v`."""
    t = {}
    for ln in read_text(path).splitlines():
        key, _, value = ln.strip().rpartition(": ")
        if key == "User time (seconds)":
            t["user"] = float(value)
        elif key == "System time (seconds)":
            t["sys"] = float(value)
        elif key == "Maximum resident set size (kbytes)":
            t["rss_kib"] = int(value)
        elif key == "Exit status":
            t["exit"] = int(value)
        elif key.startswith("Elapsed (wall clock) time"):
            secs = 0.0
            for part in value.split(":"):
                secs = secs * 60 + float(part)
            t["wall"] = secs
    if "user" in t:
        t["cpu"] = round(t["user"] + t["sys"], 2)
    return t


# ---------------------------------------------------------------- the tree's files

class Tree:
    def __init__(self, root):
        self.root = root
        self._lines = {}

    def lines(self, rel):
        if rel not in self._lines:
            try:
                with open(os.path.join(self.root, rel), "rb") as f:
                    data = f.read()
                self._lines[rel] = data.decode("utf-8", errors="replace").split("\n")
            except OSError:
                self._lines[rel] = None
        return self._lines[rel]

    def line(self, rel, n):
        lines = self.lines(rel)
        return lines[n - 1] if lines and 0 < n <= len(lines) else ""

    def exists(self, rel):
        return os.path.isfile(os.path.join(self.root, rel))

    def binary(self, rel):
        """As keyward (and git) judge it: a NUL byte in the first 8 KiB."""
        try:
            with open(os.path.join(self.root, rel), "rb") as f:
                return b"\0" in f.read(8192)
        except OSError:
            return False

    def size(self):
        files = size = 0
        for d, dirs, names in os.walk(self.root):
            dirs[:] = [x for x in dirs if x != ".git"]
            for n in names:
                p = os.path.join(d, n)
                if os.path.isfile(p) and not os.path.islink(p):
                    files += 1
                    size += os.path.getsize(p)
        return files, size


# ---------------------------------------------------------------- redaction

RUN = re.compile(r"[A-Za-z0-9+/=_-]{12,}")
# a URL's password (scheme://user:PASSWORD@) and a credential-named query value (&pass=VALUE)
USERINFO = re.compile(r"(://[^/\s:@\"'`]*:)([^@\s/\"'`]+)@")
QUERY = re.compile(r"([?&;](?:[\w.-]*(?:pass|pwd|secret|token|key|auth|sig|signature|credential)[\w.-]*)=)([^&#\s\"'`]+)", re.I)
PIECE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")


def cut(s):
    return s[:4] + "…" if len(s) > 4 else s


def wordy(run):
    """An identifier made of words (WPD_PROPERTY_KEY, kSecModeCBCKey, lpsubkey), not a random string."""
    if re.search(r"[0-9+/=]", run):
        return False
    pieces = [p for seg in re.split(r"[_-]+", run) if seg for p in PIECE.findall(seg)]
    if "".join(pieces) != re.sub(r"[_-]", "", run):
        return False
    if sum(1 for p in pieces if len(p) == 1) > 1:
        return False
    # a word has a vowel; short ones need not (CBC, HTTP, lpsz: Hungarian prefixes)
    return all(len(p) <= 4 or (p.isupper() and len(p) <= 5) or re.search(r"[aeiouyAEIOUY]", p) for p in pieces)


def redact(text, span=None):
    """text with the span [start, end) (0-based characters: the credential) cut to 4 characters,
    and any other run of 12 or more token characters too, unless it reads as an identifier."""
    if span:
        a, b = span
        a = max(0, min(a, len(text)))
        b = max(a, min(b, len(text)))
        if b > a:
            return redact(text[:a]) + cut(text[a:b]) + redact(text[b:])
    text = USERINFO.sub(lambda m: m.group(1) + cut(m.group(2)) + "@", text)
    text = QUERY.sub(lambda m: m.group(1) + cut(m.group(2)), text)
    return RUN.sub(lambda m: m.group(0) if wordy(m.group(0)) else cut(m.group(0)), text)


def source_line(tree, f, width=160):
    """The finding's first line, its credential redacted, cut to width characters."""
    text = tree.line(f["file"], f["line"])
    span = None
    if f.get("column"):
        start = int(f["column"]) - 1
        end = int(f["end_column"]) - 1 if f.get("end_column") and f["end_line"] == f["line"] else len(text)
        span = (start, end)
    s = redact(text, span).strip()
    return s if len(s) <= width else s[: width - 1] + "…"


# ---------------------------------------------------------------- shapes of findings

KEYWORDS = set("""pub const static let mut fn struct enum type impl use mod return def class self Self
if else for in import from var val final private public protected async await match where unsafe
extern crate trait dyn ref move true false None True False null nil lambda with as assert raise
except try yield global export function new this string int bool char u8 u16 u32 u64 usize i32
i64 isize f32 f64 str String Vec Option Some Ok Err Result Box test cfg derive""".split())


def skeleton(text, rust=False, width=70):
    """A line's shape: literals and identifiers folded (keywords kept), paths collapsed."""
    s = text.strip()
    s = re.sub(r'r#+"[^"]*"#+', '"…"', s)
    s = re.sub(r'(?:(?<![\w])[rRbBuUfF]{1,2})?"(?:[^"\\]|\\.)*"?', '"…"', s)
    if not rust:  # in Rust a quote opens a lifetime or a char
        s = re.sub(r"(?:(?<![\w])[rRbBuUfF]{1,2})?'(?:[^'\\\n]|\\.){2,}'", "'…'", s)
    s = re.sub(r"\b0x[0-9a-fA-F_]+\w*|\b\d[\w.]*", "N", s)
    s = re.sub(r"[A-Za-z_][A-Za-z0-9_]*", lambda m: m.group(0) if m.group(0) in KEYWORDS else "x", s)
    s = re.sub(r"(?:(?:^|(?<=[\s(<&*,=]))::\s*)?x(?:\s*(?:::|\.|->)\s*x)+|(?:^|(?<=[\s(<&*,=]))::x\b", "x", s)
    s = re.sub(r"\s+", " ", s)
    return s if len(s) <= width else s[: width - 1] + "…"


def name_class(name):
    """The credential word a finding's name ends with, the rest folded: *key, *token, …"""
    if not name:
        return "(no name)"
    n = re.sub(r"[^a-z0-9]", "", name.lower())
    for word in ("privatekey", "apikey", "secretkey", "accesskey", "sessionkey", "subkey", "key",
                 "token", "secret", "password", "passwd", "pwd", "pass", "signature", "auth",
                 "credentials", "credential", "cred", "apiid", "appid"):
        if n.endswith(word):
            return ("" if n == word else "*") + word
        if word in n:
            return "*" + word + "*"
    return "other"


# ---------------------------------------------------------------- matching

def index(findings):
    by_file = defaultdict(list)
    for i, f in enumerate(findings):
        by_file[f["file"]].append(i)
    return by_file


def overlaps(a, b):
    return a["line"] <= b["end_line"] and a["end_line"] >= b["line"]


def pct(a, b):
    return f"{100 * a / b:.1f}%" if b else "n/a"


def block_shape(snippet):
    """How a multi-line match (a PEM block) is written: plain, in quoted pieces, in comments."""
    lines = snippet.split("\n")
    body = [ln.strip() for ln in lines[1:] if ln.strip()]
    if not any(re.search(r"[A-Za-z0-9+/]{16,}", ln) for ln in body):
        return "a header with no key body after it"
    if sum(1 for ln in body if ln[:1] in "\"'") * 2 > len(body):
        return "its lines are quoted string pieces (\"…\\n\" \"…\")"
    if sum(1 for ln in body if re.match(r"(//|#|\*|;|--|%)", ln)) * 2 > len(body):
        return "its lines are comments (// /// //! # *)"
    if sum(1 for ln in body if ln.endswith("\\")) * 2 > len(body):
        return "its lines end in a backslash (a continued string)"
    return "plain lines"


def miss_reason(k, tree, kw_all_by_file, kw_all):
    if not tree.exists(k["file"]):
        return "not a file of the tree (inside an archive Kingfisher opened?)"
    if tree.binary(k["file"]):
        return "binary file (keyward reads text files only)"
    near = [kw_all[i] for i in kw_all_by_file.get(k["file"], ())]
    if any(f["severity"] not in COUNTED and overlaps(f, k) for f in near):
        return "keyward reports it as info"
    wide = dict(k, line=k["line"] - NEARBY, end_line=k["end_line"] + NEARBY)
    if any(f["severity"] in COUNTED and overlaps(f, wide) for f in near):
        return f"a keyward finding within {NEARBY} lines, not on it"
    if k["end_line"] > k["line"]:
        return "keyward reports nothing there; " + block_shape(k["snippet"])
    return "keyward reports nothing there"


# ---------------------------------------------------------------- the report

def report(args):
    out, tree_name = args.out, args.tree
    tree = Tree(args.root)
    versions = dict(v.split("=", 1) for v in args.version)
    p = lambda *a: print(*a)  # noqa: E731
    files, size = tree.size()

    kw_all, kw_summary = load_keyward(os.path.join(out, f"{tree_name}-keyward.json"), args.root)
    kf = load_kingfisher(os.path.join(out, f"{tree_name}-kingfisher.json"), args.root)
    rs = load_ripsecrets(os.path.join(out, f"{tree_name}-ripsecrets.txt"), args.root)
    times = {t: load_time(os.path.join(out, f"{tree_name}-{t}.time")) for t in TOOLS}
    kw = [f for f in kw_all if f["severity"] in COUNTED]
    kw_info = len(kw_all) - len(kw)

    p(f"### {tree_name}: {args.root}")
    p(f"{files} files, {size / 2**20:.1f} MiB; " + "; ".join(f"{t} {versions.get(t, '?')}" for t in TOOLS))
    p()
    p("| tool | findings | wall | CPU (user+sys) | peak RSS | exit |")
    p("|---|---:|---:|---:|---:|---:|")
    counts = {"keyward": len(kw), "kingfisher": len(kf), "ripsecrets": len(rs)}
    for t in TOOLS:
        tm = times[t]
        label = "keyward (warning+error)" if t == "keyward" else t
        p(f"| {label} | {counts[t]} | {tm.get('wall', float('nan')):.2f} s | {tm.get('cpu', float('nan')):.2f} s "
          f"| {tm.get('rss_kib', 0) / 1024:.1f} MiB | {tm.get('exit', '?')} |")
    p()

    # keyward
    by_rule = Counter(f["rule"] for f in kw)
    by_kind = Counter(f["kind"] for f in kw)
    by_rule_kind = Counter((f["rule"], f["kind"]) for f in kw)
    refs = sum(1 for f in kw if f["reference"])
    p(f"keyward: {len(kw)} findings of severity warning or error "
      f"({sum(1 for f in kw if f['severity'] == 'error')} errors; {refs} marked reference); "
      f"{kw_info} info not counted; {len({f['file'] for f in kw})} files")
    p("  by rule:        " + ", ".join(f"{r} {n}" for r, n in by_rule.most_common()))
    p("  by secret_kind: " + ", ".join(f"{k} {n}" for k, n in by_kind.most_common()))
    p("  rule × kind:    " + ", ".join(f"{r}/{k} {n}" for (r, k), n in by_rule_kind.most_common()))
    p()

    # Kingfisher
    kf_rule = Counter(f["rule"] for f in kf)
    p(f"kingfisher: {len(kf)} findings in {len({f['file'] for f in kf})} files "
      f"({len({(f['file'], f['line']) for f in kf})} distinct lines)")
    p("  by rule: " + (", ".join(f"{r} {n}" for r, n in kf_rule.most_common()) or "-"))
    p("  by confidence: " + (", ".join(f"{c} {n}" for c, n in Counter(f["confidence"] for f in kf).most_common()) or "-"))
    p()

    # ripsecrets
    p(f"ripsecrets: {len(rs)} lines in {len({f['file'] for f in rs})} files (it names no rules)")
    rs_pem = sum(1 for f in rs if "-----BEGIN" in f["text"])
    p(f"  lines with a PEM header: {rs_pem}; other lines: {len(rs) - rs_pem}")
    p()

    # matching
    kw_by_file = index(kw)
    kw_all_by_file = index(kw_all)
    rs_by_file = defaultdict(set)
    for f in rs:
        rs_by_file[f["file"]].add(f["line"])
    matched_kw = set()
    found_by_rule = Counter()
    rs_found = 0
    misses = []
    for k in kf:
        hits = [i for i in kw_by_file.get(k["file"], ()) if overlaps(kw[i], k)]
        matched_kw.update(hits)
        if hits:
            found_by_rule[k["rule"]] += 1
        else:
            misses.append(dict(k, reason=miss_reason(k, tree, kw_all_by_file, kw_all)))
        if any(k["line"] <= ln <= k["end_line"] for ln in rs_by_file.get(k["file"], ())):
            rs_found += 1
    found = len(kf) - len(misses)
    p(f"keyward finds {found} of Kingfisher's {len(kf)} (same file and line) = {pct(found, len(kf))}   [target ≥ 95 %]")
    if kf:
        p("  by Kingfisher rule: " + ", ".join(f"{r} {found_by_rule[r]}/{n}" for r, n in kf_rule.most_common()))
    p(f"ripsecrets finds {rs_found} of Kingfisher's {len(kf)} = {pct(rs_found, len(kf))}")
    kw_lines = {(f["file"], ln) for f in kw for ln in range(f["line"], f["end_line"] + 1)}
    rs_in_kw = sum(1 for f in rs if (f["file"], f["line"]) in kw_lines)
    p(f"keyward flags {rs_in_kw} of ripsecrets' {len(rs)} lines")
    ratio = len(kw) / len(kf) if kf else None
    p(f"keyward warnings+errors / Kingfisher findings = {len(kw)}/{len(kf)} = "
      + (f"{ratio:.2f}×" if ratio is not None else "n/a (Kingfisher found nothing)") + "   [target ≤ 1.5×]")
    unmatched_kind = Counter(f["kind"] for i, f in enumerate(kw) if i not in matched_kw)
    p(f"keyward findings matching no Kingfisher finding: {len(kw) - len(matched_kw)}"
      + (" (" + ", ".join(f"{k} {n}" for k, n in unmatched_kind.most_common()) + ")" if unmatched_kind else ""))
    p()

    if misses:
        p(f"Kingfisher findings keyward misses: {len(misses)}")
        groups = Counter((m["rule"], m["reason"]) for m in misses)
        for (rule, reason), n in sorted(groups.items(), key=lambda x: (-x[1], x[0])):
            p(f"  {n:5d}  {rule}: {reason}")
        shown = misses[: args.max_misses]
        for m in shown:
            end = f"-{m['end_line']}" if m["end_line"] != m["line"] else ""
            p(f"    {m['file']}:{m['line']}{end} {m['rule']} {cut(m['snippet'].splitlines()[0] if m['snippet'] else '')!r} ({m['reason']})")
        if len(misses) > len(shown):
            p(f"    … {len(misses) - len(shown)} more in summary-{tree_name}.json")
        p()

    # targets
    targets = []
    if kf:
        targets.append(("keyward warnings+errors ≤ 1.5× Kingfisher's", ratio <= 1.5, f"{ratio:.2f}×"))
        targets.append(("keyward finds ≥ 95 % of Kingfisher's", found / len(kf) >= 0.95, pct(found, len(kf))))
    if args.expect_zero:
        targets.append(("no keyward warning or error (a tree with no credential)", len(kw) == 0, str(len(kw))))
    p("Targets: " + "; ".join(f"{name}: {value} ({'met' if ok else 'NOT met'})" for name, ok, value in targets))
    p()

    # a sample for a human to review
    matched_ids = {id(kw[i]) for i in matched_kw}
    ordered = sorted(kw, key=lambda f: (f["file"], f["line"], f["column"] or 0, f["rule"]))
    sample = random.Random(args.seed).sample(ordered, min(args.sample, len(ordered)))
    sample.sort(key=lambda f: (f["file"], f["line"]))
    if sample:
        p(f"A sample of {len(sample)} keyward warning/error findings (seed {args.seed}), credentials cut to 4 characters:")
        for n, f in enumerate(sample, 1):
            mark = "  (Kingfisher too)" if id(f) in matched_ids else ""
            p(f"{n:2d}. {f['file']}:{f['line']}  {f['rule']}  {f['kind']}  {f['severity']}{mark}")
            p(f"      {redact(f['message'])}")
            p(f"      | {source_line(tree, f)}")
        p()

    # shapes of the findings that match nothing of Kingfisher's: most are false alarms
    unmatched = [f for i, f in enumerate(kw) if i not in matched_kw]
    shapes = defaultdict(list)
    for f in unmatched:
        shapes[(f["kind"], f["rule"], name_class(f["name"]), skeleton(tree.line(f["file"], f["line"]), f["file"].endswith(".rs")))].append(f)
    top = sorted(shapes.items(), key=lambda x: (-len(x[1]), x[0]))[: args.shapes]
    if top:
        p(f"The {len(top)} commonest shapes of keyward findings that match no Kingfisher finding "
          f"({len(unmatched)} findings, {len(shapes)} shapes): kind, rule, name, line skeleton")
        for (kind, rule, ncls, skel), fs in top:
            names = Counter(f["name"] or "-" for f in fs).most_common(3)  # identifiers: not redacted
            ex = fs[len(fs) // 2]
            p(f"  {len(fs):5d}  {kind} {rule} name={ncls}  `{skel}`")
            p(f"         names: {', '.join(f'{n} {c}' for n, c in names)}; e.g. {ex['file']}:{ex['line']}: {source_line(tree, ex, 110)}")
        p()

    summary = {
        "tree": tree_name,
        "root": args.root,
        "files": files,
        "bytes": size,
        "versions": versions,
        "times": times,
        "keyward": {
            "counted": len(kw),
            "errors": sum(1 for f in kw if f["severity"] == "error"),
            "reference": refs,
            "info_not_counted": kw_info,
            "tool_summary": kw_summary,
            "by_rule": dict(by_rule.most_common()),
            "by_kind": dict(by_kind.most_common()),
            "by_rule_kind": {f"{r}/{k}": n for (r, k), n in by_rule_kind.most_common()},
            "unmatched": len(unmatched),
        },
        "kingfisher": {
            "findings": len(kf),
            "by_rule": dict(kf_rule.most_common()),
            "found_by_keyward_by_rule": {r: [found_by_rule[r], n] for r, n in kf_rule.most_common()},
        },
        "ripsecrets": {"findings": len(rs), "finds_of_kingfisher": rs_found, "flagged_by_keyward": rs_in_kw},
        "keyward_finds_of_kingfisher": [found, len(kf)],
        "ratio_keyward_to_kingfisher": ratio,
        "misses": [{"file": m["file"], "line": m["line"], "end_line": m["end_line"], "rule": m["rule"],
                    "reason": m["reason"], "snippet": cut(m["snippet"].splitlines()[0] if m["snippet"] else "")}
                   for m in misses],
        "misses_by_rule_reason": {f"{r}: {why}": n for (r, why), n in Counter((m["rule"], m["reason"]) for m in misses).most_common()},
        "targets": [{"target": name, "met": ok, "value": value} for name, ok, value in targets],
        "sample": [{"file": f["file"], "line": f["line"], "rule": f["rule"], "secret_kind": f["kind"],
                    "severity": f["severity"], "message": redact(f["message"]), "source": source_line(tree, f)}
                   for f in sample],
        "shapes": [{"count": len(fs), "secret_kind": kind, "rule": rule, "name": ncls, "skeleton": skel,
                    "example": f"{fs[0]['file']}:{fs[0]['line']}"} for (kind, rule, ncls, skel), fs in top],
    }
    with open(os.path.join(out, f"summary-{tree_name}.json"), "w") as fh:
        json.dump(summary, fh, indent=1, ensure_ascii=False)
        fh.write("\n")


def vendor_current(args):
    """Exit 0 when VENDOR_DIR holds exactly the registry packages of CARGO_LOCK (by checksum)."""
    want = set(re.findall(r'^checksum = "([0-9a-f]{64})"', read_text(args.lock), re.M))
    have = set()
    try:
        entries = os.listdir(args.dir)
    except OSError:
        sys.exit(1)
    for e in entries:
        try:
            with open(os.path.join(args.dir, e, ".cargo-checksum.json")) as f:
                have.add(json.load(f).get("package"))
        except (OSError, ValueError):
            pass
    sys.exit(0 if want and want == have else 1)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("report")
    r.add_argument("--tree", required=True)
    r.add_argument("--root", required=True)
    r.add_argument("--out", required=True)
    r.add_argument("--seed", type=int, default=1)
    r.add_argument("--sample", type=int, default=30)
    r.add_argument("--shapes", type=int, default=40)
    r.add_argument("--max-misses", type=int, default=200)
    r.add_argument("--expect-zero", action="store_true", help="the tree holds no credential: keyward's target is 0")
    r.add_argument("--version", action="append", default=[], metavar="TOOL=TEXT")
    v = sub.add_parser("vendor-current")
    v.add_argument("lock")
    v.add_argument("dir")
    args = ap.parse_args()
    report(args) if args.cmd == "report" else vendor_current(args)


if __name__ == "__main__":
    main()
