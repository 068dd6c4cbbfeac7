#!/usr/bin/env python3
"""Writes a HAR 1.2 file of about SIZE MiB holding ONE entry whose response body is the whole size:
the case that breaks HAR readers which parse an entry whole. With --escapes the body is made of
`\\"` escapes, the worst case for a scan that steps over strings.

usage: make_huge_har.py SIZE_MIB OUT.har [--escapes]
"""
import sys

size_mib, out = int(sys.argv[1]), sys.argv[2]
escapes = "--escapes" in sys.argv[3:]
chunk = ('\\"' * 512 if escapes else "0123456789abcdef" * 64) * 1024  # 1 MiB
with open(out, "w") as f:
    f.write('{"log": {"version": "1.2", "creator": {"name": "keyward-bench", "version": "1"}, "entries": [\n')
    f.write('{"startedDateTime": "2026-11-28T06:00:00Z", "time": 12, "request": {"method": "GET", '
            '"url": "https://api.example.com/v1/export?api_key=k0000000042", "httpVersion": "HTTP/1.1", '
            '"headers": [], "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0}, '
            '"response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], '
            '"cookies": [], "content": {"size": 0, "mimeType": "text/plain", "text": "')
    for _ in range(size_mib):
        f.write(chunk)
    f.write('"}, "redirectURL": "", "headersSize": -1, "bodySize": 0}, "cache": {}, "timings": {}}\n]}}\n')
