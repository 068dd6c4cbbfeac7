#!/usr/bin/env python3
"""Writes a keyfile in keyward's layout with N records, one of which is a real key.

usage: make_keyfile.py N REAL.json OUT.json
REAL.json is the output of `keyward keygen --no-store --format json`; the other N-1 records are
synthetic (random ids, the real record's hash), which is all a lookup benchmark needs.
"""
import json
import random
import string
import sys

n, real_path, out_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
real = json.load(open(real_path))
alphabet = string.digits + string.ascii_uppercase + string.ascii_lowercase
rng = random.Random(42)
records = {real["id"]: {
    "id": real["id"], "name": real["name"], "prefix": real["prefix"], "hash": real["hash"],
    "scopes": real["scopes"], "created_at": real["created_at"], "expires_at": real["expires_at"],
    "revoked_at": None,
}}
while len(records) < n:
    rid = "".join(rng.choice(alphabet) for _ in range(8))
    records[rid] = {
        "id": rid, "name": f"service-{len(records)}", "prefix": "kw", "hash": real["hash"],
        "scopes": ["read", "write"], "created_at": "2026-11-28T06:00:00Z",
        "expires_at": "2027-02-26T06:00:00Z", "revoked_at": None,
    }
with open(out_path, "w") as f:
    f.write('{"version":1,"keys":[')
    for i, rid in enumerate(sorted(records)):
        f.write(("\n" if i == 0 else ",\n") + json.dumps(records[rid], separators=(",", ":")))
    f.write("\n]}\n")
