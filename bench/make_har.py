#!/usr/bin/env python3
"""Writes a deterministic HAR 1.2 file of about SIZE MiB: realistic entries with 4 KB JSON response
bodies; one request in 50 puts an API key in its query string, one in 7 sends a bearer reference.

usage: make_har.py SIZE_MIB OUT.har
"""
import json
import sys

size_mib, out = int(sys.argv[1]), sys.argv[2]
body = json.dumps({"items": [{"id": i, "name": f"item {i}", "tags": ["a", "b"]} for i in range(60)]})[:4000]
target = size_mib * 1024 * 1024
with open(out, "w") as f:
    f.write('{"log": {"version": "1.2", "creator": {"name": "keyward-bench", "version": "1"}, "entries": [\n')
    written, n = 0, 0
    while written < target:
        query = f"?page={n}" + (f"&api_key=k{n:08d}" if n % 50 == 0 else "")
        headers = [{"name": "Accept", "value": "application/json"},
                   {"name": "User-Agent", "value": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36"}]
        if n % 7 == 0:
            headers.append({"name": "Authorization", "value": "Bearer $TOKEN"})
        entry = {
            "startedDateTime": "2026-11-28T06:00:00Z", "time": 12,
            "request": {"method": "GET", "url": f"https://api.example.com/v1/items/{n}{query}",
                        "httpVersion": "HTTP/1.1", "headers": headers, "queryString": [],
                        "cookies": [], "headersSize": -1, "bodySize": 0},
            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                         "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                         "content": {"size": len(body), "mimeType": "application/json", "text": body},
                         "redirectURL": "", "headersSize": -1, "bodySize": len(body)},
            "cache": {}, "timings": {"send": 0, "wait": 10, "receive": 2},
        }
        text = ("" if n == 0 else ",\n") + json.dumps(entry)
        f.write(text)
        written += len(text)
        n += 1
    f.write("\n]}}\n")
print(n)
