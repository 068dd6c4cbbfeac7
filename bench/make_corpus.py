#!/usr/bin/env python3
"""Writes a deterministic secret-scanning benchmark corpus and its ground truth.

usage: make_corpus.py OUT_DIR [--size-mib 50] [--seed 1] [--truth PATH]

OUT_DIR gets a tree of about SIZE MiB of realistic source code (.py .js .ts .go .rs .java), shell
scripts, Markdown, JSON (configs, API fixtures, package-lock files), YAML, TOML, INI, .env files,
.http files, nginx/Apache access logs and application logs. Nearly all of it is filler without
credentials; a few hundred credentials of every supported format are planted in every placement
(assignments in code, URL queries in code, curl/wget/HTTPie commands, access-log lines, .env, JSON,
YAML, TOML/INI, Markdown fences, .http files, PEM blocks, URL user information...), together with a
few hundred decoys (documented example keys, pagination tokens, presigned URLs, git SHAs, UUIDs,
hashes, placeholders, bad checksums, public keys) that a scanner must not report. 18 % of it is what
issue 9 found missing, with nothing planted in it: shell scripts and .env files dense with
curl/wget/HTTPie/xh commands that take every credential and base URL from a variable
(`curl -H "Authorization: Bearer $TOKEN" "$API_URL/v1/orders"`), code in 18 languages and formats
(Rust, Go, Java, Kotlin, C#, C, C++, JS, TS, Python, PHP, Ruby, HCL, YAML, TOML, XML, .properties,
Dockerfile) whose credential-named identifiers are not secrets (`let api_key = config.api_key();`,
`shared_secret: SharedSecret,`, `password = os.environ["PASSWORD"]`), and test fixtures.

The ground truth goes to OUT_DIR/../<name>.truth.json (or --truth): one record per planted item with
its file, 1-based line, kind (secret or decoy), format and placement; multi-line items (PEM blocks,
commands continued with backslashes) also carry "range": [first, last] -- a finding on any line of
the range counts. "kinds" lists the files of each kind (code, sh, sh-dense, env, env-dense, polyglot,
fixture, json, ...), for throughput per kind. At most one planted item per line. Everything comes from random.Random(seed):
the output is byte-identical across runs. Standard library only.
"""
import argparse
import base64
import json
import os
import random
import re
import sys
import time
import zlib

# ---------------------------------------------------------------------------------------------------
# Alphabets and checksums

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"  # keyward/GitHub order
ALNUM = B62
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LETTERS = UPPER + UPPER.lower()
UPNUM = UPPER + "0123456789"
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
B64CH = ALNUM + "+/"
BASE32 = UPPER + "234567"
BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
AZ_SECRET = ALNUM + "_~."


def base62_u32(value):
    """Six base62 digits, most significant first (src/keys/format.rs `base62_u32`)."""
    digits = []
    for _ in range(6):
        digits.append(B62[value % 62])
        value //= 62
    return "".join(reversed(digits))


def crc_b62(text):
    return base62_u32(zlib.crc32(text.encode()))


assert crc_b62("1wuHFikBKQtCcH3EB2FBUkyn8krXhP") == "0MWHxs"  # 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


class G:
    """Seeded randomness and the small helpers everything is built from."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def s(self, alphabet, n):
        return "".join(self.r.choices(alphabet, k=n))

    def hex(self, n):
        return f"{self.r.getrandbits(4 * n):0{n}x}"

    def b64(self, nbytes):
        return base64.b64encode(self.r.randbytes(nbytes)).decode()

    def b64url(self, nbytes):
        return base64.urlsafe_b64encode(self.r.randbytes(nbytes)).decode().rstrip("=")

    def uuid(self):
        h = self.hex(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[self.r.getrandbits(2)]}{h[17:20]}-{h[20:]}"

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p):
        return self.r.random() < p

    def int(self, a, b):
        return self.r.randint(a, b)

    def mixed(self, alphabet, n, classes):
        """n characters from alphabet with at least one from each class (strings)."""
        while True:
            value = self.s(alphabet, n)
            if all(any(c in cls for c in value) for cls in classes):
                return value


# ---------------------------------------------------------------------------------------------------
# Vocabulary for filler

NOUNS = ("user account order invoice payment customer session report item product cart shipment "
         "address profile message event job task queue worker cache metric record document file "
         "upload image thumbnail region cluster node pod service deployment release build artifact "
         "package module handler router request response client server connection pool batch "
         "schedule notification email template tenant organization team member role permission "
         "policy audit trace span subscription plan price coupon discount refund ledger balance "
         "transfer currency inventory warehouse supplier vendor contract ticket comment review "
         "rating tag category search index query filter snapshot backup migration schema table "
         "column row field widget dashboard chart alert incident channel feed post thread draft "
         "asset bucket object volume disk network route gateway proxy endpoint resource quota "
         "limit window bundle locale country timezone calendar slot booking reservation").split()
VERBS = ("get fetch load save update create delete list find parse build render validate compute "
         "sync send handle process resolve apply merge split encode decode normalize refresh retry "
         "schedule publish consume enqueue dequeue flush drain collect aggregate filter sort map "
         "reduce format export import archive restore rotate prune compact index reindex notify "
         "register unregister attach detach enable disable start stop pause resume reset check "
         "verify match lookup resolve convert transform serialize deserialize emit record track").split()
ADJS = ("active pending default cached remote local primary legacy internal public async recent "
        "total max min next previous current stale fresh partial full raw parsed pending failed "
        "open closed shared global nested sorted unique empty valid invalid expired archived "
        "hidden visible draft final base extra optional required dirty clean hot cold").split()
WORDS = ("the a an of to in for on with by from at as is are was be this that these those it "
         "we you they our your their when while if then so because after before during each every "
         "all some most more less only also not no can will should must may might could would "
         "returns stores reads writes sends receives handles checks keeps builds runs starts stops "
         "waits retries logs drops skips moves copies creates removes updates lists shows hides "
         "request response service server client queue worker cache database table index record "
         "field value list map set page batch job task event message user account team project "
         "file directory path name version release build test deploy config option setting flag "
         "time date hour minute second timeout deadline limit size count total error warning "
         "state status result output input format schema document section example default "
         "first last next new old small large fast slow simple safe clear stable current local "
         "remote shared separate single multiple different same other whole empty full").split()
SERVICES = ("billing checkout auth-gateway inventory notifier search reporting catalog payments "
            "shipping accounts analytics webhooks scheduler media-proxy ledger pricing support "
            "identity onboarding").split()
TLDS = ("acme.io", "acme.dev", "example.com", "internal.acme.net", "corp.example.org")
UAS = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0",
       "curl/8.5.0", "python-requests/2.31.0", "Go-http-client/1.1", "okhttp/4.12.0",
       "axios/1.6.7", "kube-probe/1.29", "Prometheus/2.50.1", "Wget/1.21.4",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148")
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def plural(noun):
    if noun.endswith(("s", "x", "sh", "ch")):
        return noun + "es"
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def camel(snake):
    head, *rest = snake.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def pascal(snake):
    return "".join(p[:1].upper() + p[1:] for p in snake.replace("-", "_").split("_"))


class Words:
    def __init__(self, g):
        self.g = g

    def noun(self):
        return self.g.pick(NOUNS)

    def ident(self):
        g = self.g
        k = g.r.random()
        if k < 0.4:
            return f"{g.pick(VERBS)}_{g.pick(NOUNS)}"
        if k < 0.7:
            return f"{g.pick(ADJS)}_{g.pick(NOUNS)}"
        if k < 0.85:
            return g.pick(NOUNS)
        return f"{g.pick(VERBS)}_{g.pick(ADJS)}_{g.pick(NOUNS)}"

    def var(self):
        g = self.g
        return g.pick(NOUNS) if g.chance(0.5) else f"{g.pick(ADJS)}_{g.pick(NOUNS)}"

    def sentence(self, lo=6, hi=16):
        g = self.g
        words = g.r.choices(WORDS, k=g.int(lo, hi))
        if len(words) > 7 and g.chance(0.3):
            words[g.int(3, len(words) - 3)] += ","
        return words[0].capitalize() + " " + " ".join(words[1:]) + "."

    def paragraph(self):
        return " ".join(self.sentence() for _ in range(self.g.int(2, 6)))

    def title(self):
        g = self.g
        return " ".join(w.capitalize() for w in g.r.choices(WORDS + NOUNS, k=g.int(2, 5)))

    def host(self):
        g = self.g
        return f"{g.pick(('api', 'app', 'svc', 'edge', 'data', g.pick(NOUNS)))}.{g.pick(TLDS)}"

    def apipath(self):
        g = self.g
        n = g.pick(NOUNS)
        k = g.r.random()
        if k < 0.35:
            return f"/api/v{g.int(1, 3)}/{plural(n)}"
        if k < 0.6:
            return f"/api/v{g.int(1, 3)}/{plural(n)}/{g.int(1, 999999)}"
        if k < 0.75:
            return f"/v{g.int(1, 2)}/{plural(n)}/{g.uuid()}"
        return f"/api/v1/{plural(n)}/{g.int(1, 99999)}/{plural(g.pick(NOUNS))}"

    def query(self):
        g = self.g
        opts = [f"page={g.int(1, 40)}", f"per_page={g.pick((10, 20, 25, 50, 100))}",
                f"limit={g.pick((10, 20, 50, 100))}", f"sort={g.pick(('created_at', 'updated_at', 'name', '-id'))}",
                f"q={g.pick(WORDS)}+{g.pick(NOUNS)}", f"status={g.pick(('active', 'pending', 'closed'))}",
                f"include={g.pick(NOUNS)}s", f"lang={g.pick(('en', 'de', 'fr', 'ja'))}",
                f"from=2024-0{g.int(1, 9)}-{g.int(10, 28)}", f"v={g.int(1, 9)}"]
        return "&".join(g.r.sample(opts, g.int(1, 3)))


# ---------------------------------------------------------------------------------------------------
# Credential formats

def gen_jwt(g, alg=None):
    alg = alg or g.pick(("HS256", "HS256", "RS256", "ES256"))
    header = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        header["kid"] = g.hex(16)
    iat = g.int(1_893_456_000, 1_950_000_000)  # 2030..2031: not expired
    payload = {"sub": g.pick((g.uuid(), f"user_{g.int(1000, 99999999)}", f"{g.int(10**8, 10**9)}")),
               "iss": g.pick(("https://auth.acme.io/", "https://login.example.com", "acme-idp")),
               "iat": iat, "exp": iat + g.pick((900, 3600, 86400, 2592000))}
    if g.chance(0.5):
        payload["scope"] = " ".join(g.r.sample(["read", "write", "admin", "orders:read", "billing"], 2))
    if g.chance(0.4):
        payload["aud"] = g.pick(("api", "https://api.acme.io", "billing"))

    def enc(obj):
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")

    sig = {"HS256": 32, "RS256": 256, "ES256": 64}[alg]
    return f"{enc(header)}.{enc(payload)}.{g.b64url(sig)}"


def der_len(n):
    return bytes([n]) if n < 0x80 else (b"\x81" + bytes([n]) if n < 0x100 else b"\x82" + n.to_bytes(2, "big"))


def pem(label, der, width=64):
    body = base64.b64encode(der).decode()
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def gen_private_key(g, kind):
    if kind == "rsa":  # PKCS#1 RSAPrivateKey, 2048-bit sized
        inner = b"\x02\x01\x00\x02\x82\x01\x01\x00" + g.r.randbytes(1183 - 8)
        return pem("RSA PRIVATE KEY", b"\x30\x82" + len(inner).to_bytes(2, "big") + inner)
    if kind == "ec":  # SEC1 ECPrivateKey on P-256: 30 77 ...
        der = (b"\x30\x77\x02\x01\x01\x04\x20" + g.r.randbytes(32) +
               b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07\xa1\x44\x03\x42\x00\x04" + g.r.randbytes(64))
        return pem("EC PRIVATE KEY", der)
    if kind == "pkcs8":  # PrivateKeyInfo wrapping an RSA key
        rsa = b"\x30\x82\x04\xa3\x02\x01\x00\x02\x82\x01\x01\x00" + g.r.randbytes(0x4a3 - 8)
        inner = (b"\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00\x04\x82"
                 + len(rsa).to_bytes(2, "big") + rsa)
        return pem("PRIVATE KEY", b"\x30\x82" + len(inner).to_bytes(2, "big") + inner)
    # OpenSSH ed25519, unencrypted
    def string(b):
        return len(b).to_bytes(4, "big") + b
    pub = string(b"ssh-ed25519") + string(g.r.randbytes(32))
    check = g.r.randbytes(4)
    priv = check + check + pub + string(g.r.randbytes(64)) + string(b"deploy@build") + b"\x01\x02\x03\x04\x05\x06\x07"
    der = b"openssh-key-v1\x00" + string(b"none") + string(b"none") + string(b"") + (1).to_bytes(4, "big") + string(pub) + string(priv)
    return pem("OPENSSH PRIVATE KEY", der, width=70)


def gen_public_key(g):
    k = g.r.random()
    if k < 0.5:
        spki = (b"\x30\x82\x01\x22\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00\x03\x82\x01\x0f\x00"
                b"\x30\x82\x01\x0a\x02\x82\x01\x01\x00" + g.r.randbytes(256) + b"\x02\x03\x01\x00\x01")
        return pem("PUBLIC KEY", spki), "spki"
    if k < 0.8:
        body = g.r.randbytes(0x3a0)
        return pem("CERTIFICATE", b"\x30\x82" + len(body).to_bytes(2, "big") + body), "certificate"
    spki = b"\x30\x59\x30\x13\x06\x07\x2a\x86\x48\xce\x3d\x02\x01\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07\x03\x42\x00\x04" + g.r.randbytes(64)
    return pem("PUBLIC KEY", spki), "ec-spki"


def ssh_public_key(g):
    blob = (11).to_bytes(4, "big") + b"ssh-ed25519" + (32).to_bytes(4, "big") + g.r.randbytes(32)
    return f"ssh-ed25519 {base64.b64encode(blob).decode()} {g.pick(NOUNS)}@{g.pick(SERVICES)}"


def gen_keyward_key(g):
    prefix = g.pick(("kw", "kw", "kw", "acme", "billing"))
    body = f"{prefix}_{g.s(B62, 8)}_{g.s(B62, 28)}"
    return body + crc_b62(body)


def gen_github(g, prefix=None):
    rnd = g.s(B62, 30)
    return (prefix or g.pick(("ghp_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"))) + rnd + crc_b62(rnd)


def gen_sentry(g):
    if g.chance(0.3):
        return "sntryu_" + g.hex(64)
    claims = {"iat": g.int(1_700_000_000, 1_760_000_000) + g.int(0, 999999) / 1e6, "url": "https://sentry.io",
              "region_url": "https://us.sentry.io", "org": g.pick(("acme", "acme-corp", "widgets"))}
    head = base64.b64encode(json.dumps(claims, separators=(",", ":")).encode()).decode()
    return "sntrys_" + head + "_" + g.s(B64CH, 43)


GENERATORS = {
    "aws-access-key-id": lambda g: g.pick(("AKIA", "AKIA", "ASIA")) + g.s(BASE32, 16),
    "aws-secret-access-key": lambda g: g.mixed(B64CH, 40, [UPPER, UPPER.lower(), "0123456789"]),
    "github-token": gen_github,
    "github-fine-grained-pat": lambda g: f"github_pat_{g.s(ALNUM, 22)}_{g.s(ALNUM, 59)}",
    "gitlab-token": lambda g: "glpat-" + g.s(URLSAFE, 20),
    "slack-token": lambda g: (f"xoxb-{g.int(10**9, 10**13)}-{g.int(10**9, 10**13)}-{g.s(ALNUM, 24)}" if g.chance(0.6)
                              else f"xoxp-{g.int(10**9, 10**13)}-{g.int(10**9, 10**13)}-{g.int(10**9, 10**13)}-{g.hex(32)}"),
    "slack-webhook": lambda g: f"https://hooks.slack.com/services/T{g.s(UPNUM, g.int(8, 10))}/B{g.s(UPNUM, g.int(8, 10))}/{g.s(ALNUM, 24)}",
    "stripe-secret-key": lambda g: g.pick(("sk_live_", "sk_live_", "rk_live_")) + g.s(ALNUM, g.pick((24, 99, g.int(24, 99)))),
    "stripe-publishable-key": lambda g: "pk_live_" + g.s(ALNUM, g.pick((24, 99))),
    "stripe-webhook-secret": lambda g: "whsec_" + g.s(ALNUM, 32),
    "google-api-key": lambda g: "AIza" + g.s(URLSAFE, 35),
    "google-oauth-client-secret": lambda g: "GOCSPX-" + g.s(URLSAFE, 28),
    "google-oauth-access-token": lambda g: "ya29.a0" + g.s(URLSAFE, g.int(150, 200)),
    "openai-api-key": lambda g: (f"sk-proj-{g.s(ALNUM, 20)}T3BlbkFJ{g.s(ALNUM, 20)}" if g.chance(0.6)
                                 else f"sk-{g.s(ALNUM, 20)}T3BlbkFJ{g.s(ALNUM, 20)}"),
    "anthropic-api-key": lambda g: f"sk-ant-api03-{g.s(URLSAFE, 93)}AA",
    "twilio-api-key": lambda g: "SK" + g.hex(32),
    "sendgrid-api-key": lambda g: f"SG.{g.s(URLSAFE, 22)}.{g.s(URLSAFE, 43)}",
    "mailgun-api-key": lambda g: "key-" + g.hex(32),
    "mailchimp-api-key": lambda g: f"{g.hex(32)}-us{g.int(1, 20)}",
    "npm-token": lambda g: (lambda rnd: "npm_" + rnd + crc_b62(rnd))(g.s(B62, 30)),
    "pypi-token": lambda g: "pypi-AgEIcHlwaS5vcmc" + g.s(URLSAFE, g.int(70, 100)),
    "rubygems-api-key": lambda g: "rubygems_" + g.hex(48),
    "shopify-token": lambda g: g.pick(("shpat_", "shpss_")) + g.hex(32),
    "heroku-api-key": lambda g: "HRKU-AA" + g.s(URLSAFE, 58),
    "digitalocean-token": lambda g: "dop_v1_" + g.hex(64),
    "huggingface-token": lambda g: "hf_" + g.s(LETTERS, 34),
    "azure-storage-account-key": lambda g: g.b64(64),  # wrapped in a connection string, see value_text
    "azure-client-secret": lambda g: g.s(AZ_SECRET, 3) + g.s("0123456789", 1) + "Q~" + g.s(AZ_SECRET + "-", 31),
    "jwt": gen_jwt,
    "keyward-key": gen_keyward_key,
    "discord-webhook": lambda g: f"https://discord.com/api/webhooks/{g.int(10**17, 10**18 - 1)}/{g.s(URLSAFE, 68)}",
    "telegram-bot-token": lambda g: f"{g.int(10**8, 10**9 - 1)}:AA{g.s(URLSAFE, 33)}",
    "docker-hub-pat": lambda g: "dckr_pat_" + g.s(URLSAFE, 27),
    "hashicorp-vault-token": lambda g: "hvs." + g.s(URLSAFE, 90),
    "terraform-cloud-token": lambda g: f"{g.s(ALNUM, 14)}.atlasv1.{g.s(ALNUM, 67)}",
    "databricks-token": lambda g: "dapi" + g.hex(32),
    "postman-api-key": lambda g: f"PMAK-{g.hex(24)}-{g.hex(34)}",
    "linear-api-key": lambda g: "lin_api_" + g.s(ALNUM, 40),
    "atlassian-api-token": lambda g: "ATATT3xFfGF0" + g.s(URLSAFE, 172) + "=" + g.hex(8).upper(),
    "doppler-token": lambda g: g.pick(("dp.st." + g.s(ALNUM, 43), "dp.pt." + g.s(ALNUM, 43),
                                       f"dp.st.{g.pick(('prd', 'dev', 'stg'))}." + g.s(ALNUM, 40))),
    "new-relic-user-key": lambda g: "NRAK-" + g.s(UPNUM, 27),
    "sentry-token": gen_sentry,
    "grafana-token": lambda g: f"glsa_{g.s(ALNUM, 32)}_{g.hex(8)}",
    "age-secret-key": lambda g: "AGE-SECRET-KEY-1" + g.s(BECH32, 58),
    "square-access-token": lambda g: "EAAA" + g.s(URLSAFE, 60),
    "groq-api-key": lambda g: "gsk_" + g.s(ALNUM, 52),
    "replicate-token": lambda g: "r8_" + g.s(ALNUM, 37),
    "figma-token": lambda g: "figd_" + g.s(URLSAFE, 40),
    "supabase-token": lambda g: "sbp_" + g.hex(40),
    "alibaba-access-key-id": lambda g: (lambda p: "LTAI" + p + g.s(ALNUM, 20 - len(p)))(g.pick(("5t", "4G", ""))),
    "airtable-pat": lambda g: f"pat{g.s(ALNUM, 14)}.{g.hex(64)}",
    "notion-token": lambda g: "ntn_" + g.s("0123456789", 11) + g.s(ALNUM, 35),
    "planetscale-token": lambda g: "pscale_tkn_" + g.s(URLSAFE, 43),
}

STD = ["assignment", "query-in-code", "curl-query", "curl-header", "shell-export", "access-log", "app-log",
       "env-file", "json-config", "yaml", "config-file", "markdown-curl", "http-file"]
URL_STD = ["assignment", "url-in-code", "curl-url", "app-log", "env-file", "json-config", "yaml",
           "config-file", "markdown-curl", "http-file", "shell-export"]
CONFIG_ONLY = ["assignment", "env-file", "json-config", "yaml", "config-file", "markdown-config", "shell-export"]


def H(name, prefix=""):
    return ("header", name, prefix)


BEARER = H("Authorization", "Bearer ")

# id: env var, config key, query parameter, how a request carries it, host, path, placements
FORMATS = {
    "aws-access-key-id": dict(env="AWS_ACCESS_KEY_ID", key="aws_access_key_id", q=None,
                              auth=("sigv4-key",), host="execute-api.us-east-1.amazonaws.com", path="/prod/orders",
                              places=CONFIG_ONLY + ["curl-header", "markdown-curl", "app-log"]),
    "aws-secret-access-key": dict(env="AWS_SECRET_ACCESS_KEY", key="aws_secret_access_key", q=None,
                                  auth=("sigv4-secret",), host="execute-api.us-east-1.amazonaws.com", path="/prod/orders",
                                  places=CONFIG_ONLY + ["curl-header"]),
    "github-token": dict(env="GITHUB_TOKEN", key="github_token", q="access_token", auth=H("Authorization", "token "),
                         host="api.github.com", path="/user/repos", extra=["url-userinfo"]),
    "github-fine-grained-pat": dict(env="GH_PAT", key="github_pat", q="access_token", auth=BEARER,
                                    host="api.github.com", path="/repos/acme/platform/issues", extra=["url-userinfo"]),
    "gitlab-token": dict(env="GITLAB_TOKEN", key="gitlab_token", q="private_token", auth=H("PRIVATE-TOKEN"),
                         host="gitlab.com", path="/api/v4/projects", extra=["url-userinfo"]),
    "slack-token": dict(env="SLACK_BOT_TOKEN", key="slack_token", q="token", auth=BEARER,
                        host="slack.com", path="/api/conversations.list"),
    "slack-webhook": dict(env="SLACK_WEBHOOK_URL", key="slack_webhook_url", url=True),
    "stripe-secret-key": dict(env="STRIPE_SECRET_KEY", key="stripe_secret_key", q="api_key", auth=("basic-key",),
                              host="api.stripe.com", path="/v1/charges"),
    "stripe-publishable-key": dict(env="STRIPE_PUBLISHABLE_KEY", key="stripe_publishable_key", q=None, auth=None,
                                   optional=True, places=["assignment", "env-file", "json-config", "yaml", "markdown-config"]),
    "stripe-webhook-secret": dict(env="STRIPE_WEBHOOK_SECRET", key="webhook_signing_secret", q=None, auth=None,
                                  places=CONFIG_ONLY + ["app-log"]),
    "google-api-key": dict(env="GOOGLE_MAPS_API_KEY", key="maps_api_key", q="key", auth=H("X-goog-api-key"),
                           host="maps.googleapis.com", path="/maps/api/geocode/json?address=Berlin"),
    "google-oauth-client-secret": dict(env="GOOGLE_CLIENT_SECRET", key="google_client_secret", q="client_secret",
                                       auth=("body", "client_secret"), host="oauth2.googleapis.com", path="/token"),
    "google-oauth-access-token": dict(env="GOOGLE_ACCESS_TOKEN", key="google_access_token", q="access_token",
                                      auth=BEARER, host="www.googleapis.com", path="/drive/v3/files"),
    "openai-api-key": dict(env="OPENAI_API_KEY", key="openai_api_key", q="api_key", auth=BEARER,
                           host="api.openai.com", path="/v1/models"),
    "anthropic-api-key": dict(env="ANTHROPIC_API_KEY", key="anthropic_api_key", q="api_key", auth=H("x-api-key"),
                              host="api.anthropic.com", path="/v1/models"),
    "twilio-api-key": dict(env="TWILIO_API_KEY", key="twilio_api_key", q="api_key", auth=("basic-key",),
                           host="api.twilio.com", path="/2010-04-01/Accounts.json"),
    "sendgrid-api-key": dict(env="SENDGRID_API_KEY", key="sendgrid_api_key", q="api_key", auth=BEARER,
                             host="api.sendgrid.com", path="/v3/user/profile"),
    "mailgun-api-key": dict(env="MAILGUN_API_KEY", key="mailgun_api_key", q="api_key", auth=("basic-user", "api"),
                            host="api.mailgun.net", path="/v3/domains"),
    "mailchimp-api-key": dict(env="MAILCHIMP_API_KEY", key="mailchimp_api_key", q="apikey", auth=("basic-user", "anystring"),
                              host="us6.api.mailchimp.com", path="/3.0/lists"),
    "npm-token": dict(env="NPM_TOKEN", key="npm_token", q="token", auth=BEARER, host="registry.npmjs.org",
                      path="/-/whoami", extra=["npmrc"]),
    "pypi-token": dict(env="TWINE_PASSWORD", key="pypi_token", q="token", auth=("basic-user", "__token__"),
                       host="upload.pypi.org", path="/legacy/"),
    "rubygems-api-key": dict(env="GEM_HOST_API_KEY", key="rubygems_api_key", q="api_key", auth=H("Authorization"),
                             host="rubygems.org", path="/api/v1/gems.json"),
    "shopify-token": dict(env="SHOPIFY_ACCESS_TOKEN", key="shopify_access_token", q="access_token",
                          auth=H("X-Shopify-Access-Token"), host="acme-store.myshopify.com", path="/admin/api/2024-01/products.json"),
    "heroku-api-key": dict(env="HEROKU_API_KEY", key="heroku_api_key", q="api_key", auth=BEARER,
                           host="api.heroku.com", path="/apps"),
    "digitalocean-token": dict(env="DIGITALOCEAN_TOKEN", key="do_token", q="token", auth=BEARER,
                               host="api.digitalocean.com", path="/v2/droplets"),
    "huggingface-token": dict(env="HF_TOKEN", key="hf_token", q="token", auth=BEARER,
                              host="huggingface.co", path="/api/whoami-v2"),
    "azure-storage-account-key": dict(env="AZURE_STORAGE_CONNECTION_STRING", key="storage_connection_string", q=None,
                                      auth=None, places=CONFIG_ONLY + ["app-log", "cli-arg"]),
    "azure-client-secret": dict(env="AZURE_CLIENT_SECRET", key="azure_client_secret", q="client_secret",
                                auth=("body", "client_secret"), host="login.microsoftonline.com",
                                path="/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token"),
    "jwt": dict(env="ACCESS_TOKEN", key="access_token", q="access_token", auth=BEARER, host="api.acme.io",
                path="/v1/me", extra=["curl-cookie"]),
    "keyward-key": dict(env="ACME_API_KEY", key="api_key", q="api_key", auth=H("X-API-Key"), host="api.acme.dev",
                        path="/v1/orders"),
    "discord-webhook": dict(env="DISCORD_WEBHOOK_URL", key="discord_webhook", url=True),
    "telegram-bot-token": dict(env="TELEGRAM_BOT_TOKEN", key="telegram_bot_token", path_token=True,
                               places=URL_STD + ["access-log"]),
    "docker-hub-pat": dict(env="DOCKERHUB_TOKEN", key="dockerhub_token", q="token", auth=BEARER,
                           host="hub.docker.com", path="/v2/repositories/acme/", extra=["cli-arg"]),
    "hashicorp-vault-token": dict(env="VAULT_TOKEN", key="vault_token", q="token", auth=H("X-Vault-Token"),
                                  host="vault.acme.internal:8200", path="/v1/secret/data/billing"),
    "terraform-cloud-token": dict(env="TFE_TOKEN", key="tfe_token", q="token", auth=BEARER,
                                  host="app.terraform.io", path="/api/v2/organizations"),
    "databricks-token": dict(env="DATABRICKS_TOKEN", key="databricks_token", q="token", auth=BEARER,
                             host="acme.cloud.databricks.com", path="/api/2.0/clusters/list"),
    "postman-api-key": dict(env="POSTMAN_API_KEY", key="postman_api_key", q="apikey", auth=H("X-Api-Key"),
                            host="api.getpostman.com", path="/collections"),
    "linear-api-key": dict(env="LINEAR_API_KEY", key="linear_api_key", q="api_key", auth=H("Authorization"),
                           host="api.linear.app", path="/graphql"),
    "atlassian-api-token": dict(env="JIRA_API_TOKEN", key="jira_api_token", q="token",
                                auth=("basic-user", "ops@acme.io"), host="acme.atlassian.net", path="/rest/api/3/myself"),
    "doppler-token": dict(env="DOPPLER_TOKEN", key="doppler_token", q="token", auth=BEARER,
                          host="api.doppler.com", path="/v3/configs/config/secrets"),
    "new-relic-user-key": dict(env="NEW_RELIC_API_KEY", key="newrelic_api_key", q="api_key", auth=H("Api-Key"),
                               host="api.newrelic.com", path="/graphql"),
    "sentry-token": dict(env="SENTRY_AUTH_TOKEN", key="sentry_auth_token", q=None, auth=BEARER,
                         host="sentry.io", path="/api/0/projects/"),
    "grafana-token": dict(env="GRAFANA_TOKEN", key="grafana_token", q="token", auth=BEARER,
                          host="grafana.acme.io", path="/api/dashboards/home"),
    "age-secret-key": dict(env="SOPS_AGE_KEY", key="age_key", q=None, auth=None,
                           places=["assignment", "env-file", "yaml", "json-config", "markdown-config", "key-file", "shell-export"]),
    "square-access-token": dict(env="SQUARE_ACCESS_TOKEN", key="square_access_token", q="access_token", auth=BEARER,
                                host="connect.squareup.com", path="/v2/locations"),
    "groq-api-key": dict(env="GROQ_API_KEY", key="groq_api_key", q="api_key", auth=BEARER,
                         host="api.groq.com", path="/openai/v1/models"),
    "replicate-token": dict(env="REPLICATE_API_TOKEN", key="replicate_api_token", q="token", auth=BEARER,
                            host="api.replicate.com", path="/v1/predictions"),
    "figma-token": dict(env="FIGMA_TOKEN", key="figma_token", q="token", auth=H("X-Figma-Token"),
                        host="api.figma.com", path="/v1/me"),
    "supabase-token": dict(env="SUPABASE_ACCESS_TOKEN", key="supabase_access_token", q="token", auth=BEARER,
                           host="api.supabase.com", path="/v1/projects"),
    "alibaba-access-key-id": dict(env="ALIBABA_CLOUD_ACCESS_KEY_ID", key="access_key_id", q="AccessKeyId", auth=None,
                                  host="ecs.aliyuncs.com", path="/?Action=DescribeRegions&Format=JSON&Version=2014-05-26"),
    "airtable-pat": dict(env="AIRTABLE_TOKEN", key="airtable_token", q="api_key", auth=BEARER,
                         host="api.airtable.com", path="/v0/meta/bases"),
    "notion-token": dict(env="NOTION_TOKEN", key="notion_token", q="token", auth=BEARER,
                         host="api.notion.com", path="/v1/users/me"),
    "planetscale-token": dict(env="PLANETSCALE_SERVICE_TOKEN", key="planetscale_token", q="token", auth=BEARER,
                              host="api.planetscale.com", path="/v1/organizations"),
}

PRIVATE_KEY_PLACES = ["pem-block", "pem-block", "yaml", "json-config", "assignment", "env-file", "markdown-pem"]

# ---------------------------------------------------------------------------------------------------
# Items

class Item:
    __slots__ = ("id", "kind", "format", "placement", "cat", "value", "text", "spec", "variant", "optional",
                 "note", "file", "line", "first", "last")

    def __init__(self, kind, fmt, placement, value, spec, variant=None, optional=False, note=None):
        self.kind, self.format, self.placement = kind, fmt, placement
        self.value, self.spec, self.variant, self.optional, self.note = value, spec, variant, optional, note
        self.cat = None
        self.text = None  # what replaces the marker (value, maybe escaped or wrapped)
        self.file = self.line = self.first = self.last = None

    @property
    def m(self):
        return f"@@P{self.id}@@"

    @property
    def s(self):
        return f"@@S{self.id}@@"


def azure_conn(g, key, account=None, dev=False):
    if dev:
        return ("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + key +
                ";BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;")
    account = account or f"acme{g.pick(NOUNS)}{g.int(1, 99)}"
    return f"DefaultEndpointsProtocol=https;AccountName={account};AccountKey={key};EndpointSuffix=core.windows.net"


def make_secrets(g):
    items = []
    for fmt, spec in FORMATS.items():
        if spec.get("url"):
            places = list(URL_STD)
        elif spec.get("places"):
            places = list(spec["places"])
        else:
            places = [p for p in STD if not (p in ("query-in-code", "curl-query", "access-log") and not spec.get("q"))
                      and not (p == "curl-header" and not spec.get("auth"))]
        places += spec.get("extra", [])
        for place in places:
            value = GENERATORS[fmt](g)
            note = None
            if fmt == "azure-storage-account-key":
                note = "connection-string"
                value = azure_conn(g, value)
            items.append(Item("secret", fmt, place, value, spec, optional=spec.get("optional", False), note=note))
    for kind in ("rsa", "ec", "pkcs8", "openssh"):
        for place in PRIVATE_KEY_PLACES:
            items.append(Item("secret", "private-key", place, gen_private_key(g, kind), {"env": "PRIVATE_KEY", "key": "private_key"},
                              note=kind))
    items += make_opaque(g)
    return items


OPAQUE_NAMES = [  # (config key, env var, query parameter, header)
    ("api_key", "API_KEY", "api_key", ("X-API-Key", "")),
    ("apikey", "APIKEY", "apikey", ("X-Api-Key", "")),
    ("api_secret", "API_SECRET", "api_secret", None),
    ("client_secret", "CLIENT_SECRET", "client_secret", None),
    ("secret_key", "SECRET_KEY", "secret_key", None),
    ("access_token", "ACCESS_TOKEN", "access_token", ("Authorization", "Bearer ")),
    ("auth_token", "AUTH_TOKEN", "auth_token", ("Authorization", "Bearer ")),
    ("private_token", "PRIVATE_TOKEN", "private_token", ("PRIVATE-TOKEN", "")),
    ("app_secret", "APP_SECRET", "app_secret", None),
    ("signing_secret", "SIGNING_SECRET", None, None),
    ("password", "PASSWORD", "password", None),
    ("db_password", "DB_PASSWORD", None, None),
    ("token", "TOKEN", "token", ("Authorization", "Token ")),
    ("secret", "SECRET", "secret", None),
    ("x_api_key", "X_API_KEY", "key", ("x-api-key", "")),
]
OPAQUE_PLACES = (["assignment"] * 18 + ["json-config"] * 10 + ["yaml"] * 10 + ["env-file"] * 14 + ["config-file"] * 8 +
                 ["query-in-code"] * 12 + ["access-log"] * 14 + ["app-log"] * 8 + ["curl-query"] * 8 +
                 ["curl-header"] * 8 + ["curl-basic-auth"] * 8 + ["url-userinfo"] * 14 + ["curl-body"] * 8 +
                 ["markdown-curl"] * 8 + ["http-file"] * 10 + ["shell-export"] * 4 + ["npmrc"] * 2)
PW_SAFE = ALNUM + "!%^*-_.+=~"  # safe in quotes, .env and YAML
URL_PW = ALNUM + "-_.~!*"       # safe unencoded in URL user information and queries


def opaque_value(g, urlsafe):
    shape = g.pick(("hex32", "hex32", "hex40", "hex64", "b64-40", "alnum", "alnum", "password"))
    if shape == "hex32":
        return g.hex(32), shape
    if shape == "hex40":
        return g.hex(40), shape
    if shape == "hex64":
        return g.hex(64), shape
    if shape == "b64-40":
        return (g.mixed(ALNUM + "-_", 40, [UPPER, UPPER.lower(), "0123456789"]) if urlsafe
                else g.mixed(B64CH, 40, [UPPER, UPPER.lower(), "0123456789"])), shape
    if shape == "alnum":
        return g.mixed(ALNUM, g.int(24, 48), [UPPER, UPPER.lower(), "0123456789"]), shape
    return g.mixed(URL_PW if urlsafe else PW_SAFE, g.int(16, 28),
                   [UPPER, UPPER.lower(), "0123456789", "!%^*-_.+=~" if not urlsafe else "-_.~!*"]), shape


def make_opaque(g):
    items = []
    for place in OPAQUE_PLACES:
        while True:
            key, env, q, hdr = g.pick(OPAQUE_NAMES)
            if place in ("query-in-code", "access-log", "curl-query") and not q:
                continue
            if place == "curl-header" and not hdr:
                continue
            break
        urlsafe = place in ("query-in-code", "access-log", "curl-query", "url-userinfo", "curl-basic-auth",
                            "curl-body", "http-file", "markdown-curl", "app-log", "curl-header")
        value, shape = opaque_value(g, urlsafe)
        if place in ("url-userinfo", "curl-basic-auth") and shape != "password":
            key, env = "password", "PASSWORD"
        spec = dict(env=env, key=key, q=q or "api_key", auth=("header",) + hdr if hdr else None,
                    host=f"{g.pick(('api', 'billing', 'partner', 'data'))}.{g.pick(('acme-partner.com', 'example.com', 'vendor.io', 'internal.acme.net'))}",
                    path=f"/v{g.int(1, 3)}/{g.pick(NOUNS)}s")
        if place == "curl-basic-auth":
            spec["auth"] = ("basic-user", g.pick(("admin", "deploy", "ci", "svc-billing", "ops@acme.io")))
        if place == "curl-body":
            spec["auth"] = ("body", g.pick(("client_secret", "password", "api_key", "secret")))
        items.append(Item("secret", "opaque-by-name", place, value, spec, note=shape))
    return items


# Decoys ----------------------------------------------------------------------------------------------

AWS_EXAMPLE_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
          "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
STRIPE_DOC_SK = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
STRIPE_DOC_PK = "pk_test_TYooMQauvdEDq54NiTphI7jx"
OWM_APPID = "b6907d289e10d714a6e88b30761fae22"


def presigned(g, path_only=False):
    if g.chance(0.7):
        kid = g.pick(("AKIA", "ASIA")) + g.s(BASE32, 16)
        day = f"2024{g.int(1, 12):02d}{g.int(1, 28):02d}"
        region = g.pick(("us-east-1", "eu-west-1", "us-west-2"))
        bucket, key = f"acme-{g.pick(NOUNS)}-{g.pick(('prod', 'exports', 'uploads'))}", f"{g.pick(NOUNS)}s/{g.uuid()}.{g.pick(('pdf', 'csv', 'zip', 'png'))}"
        query = (f"X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={kid}%2F{day}%2F{region}%2Fs3%2Faws4_request"
                 f"&X-Amz-Date={day}T{g.int(0, 23):02d}{g.int(0, 59):02d}{g.int(0, 59):02d}Z&X-Amz-Expires={g.pick((300, 900, 3600, 604800))}"
                 f"&X-Amz-SignedHeaders=host&X-Amz-Signature={g.hex(64)}")
        if path_only:
            return f"/{key}?{query}", "s3"
        return f"https://{bucket}.s3.{region}.amazonaws.com/{key}?{query}", "s3"
    day = f"2024{g.int(1, 12):02d}{g.int(1, 28):02d}"
    obj = f"{g.pick(NOUNS)}s/{g.uuid()}.{g.pick(('pdf', 'csv', 'json'))}"
    query = (f"X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=exporter%40acme-prod.iam.gserviceaccount.com%2F{day}%2Fauto%2Fstorage%2Fgoog4_request"
             f"&X-Goog-Date={day}T{g.int(0, 23):02d}0000Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature={g.hex(512)}")
    if path_only:
        return f"/acme-exports/{obj}?{query}", "gcs"
    return f"https://storage.googleapis.com/acme-exports/{obj}?{query}", "gcs"


def pagination_value(g):
    k = g.r.random()
    if k < 0.3:
        cur = {"offset": g.int(50, 50000), "ts": g.int(1_700_000_000, 1_760_000_000), "id": g.int(1, 10**7)}
        return base64.urlsafe_b64encode(json.dumps(cur, separators=(",", ":")).encode()).decode().rstrip("=")
    if k < 0.6:
        return g.b64url(g.int(24, 72))
    if k < 0.8:
        return "Ci" + g.s(ALNUM, g.int(30, 80))
    return g.hex(32)


PLACEHOLDERS = ["$API_KEY", "${TOKEN}", "{{api_key}}", "<YOUR_API_KEY>", "YOUR_API_KEY", "xxxxxxxx", "***",
                "your-api-key-here", "${STRIPE_SECRET_KEY}", "$GITHUB_TOKEN", "{{token}}", "<token>",
                "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "REPLACE_ME",
                "${{ secrets.DEPLOY_TOKEN }}", "%API_KEY%", "<redacted>", "********", "CHANGE_ME"]


def bad_checksum(g, prefix):
    rnd = g.s(B62, 30)
    good = crc_b62(rnd)
    while True:
        bad = g.s(B62, 6)
        if bad != good:
            return prefix + rnd + bad


def make_decoys(g):
    items = []

    def add(fmt, places, value_fn, spec, note=None):
        for place in places:
            v = value_fn() if callable(value_fn) else value_fn
            if isinstance(v, tuple):
                v, n = v
            else:
                n = note
            items.append(Item("decoy", fmt, place, v, dict(spec), note=n))

    aws = dict(FORMATS["aws-access-key-id"])
    add("documented-example", ["env-file", "config-file", "yaml", "json-config", "assignment", "markdown-config", "app-log"],
        AWS_EXAMPLE_ID, aws, "AKIAIOSFODNN7EXAMPLE")
    add("documented-example", ["env-file", "config-file", "yaml", "json-config", "assignment", "markdown-config"],
        AWS_EXAMPLE_SECRET, FORMATS["aws-secret-access-key"], "aws-example-secret")
    nasa = dict(env="NASA_API_KEY", key="nasa_api_key", q="api_key", auth=None, host="api.nasa.gov", path="/planetary/apod")
    add("documented-example", ["query-in-code", "curl-query", "markdown-curl", "access-log", "env-file", "http-file"], "DEMO_KEY", nasa, "DEMO_KEY")
    add("documented-example", ["env-file", "json-config", "yaml", "assignment", "config-file", "markdown-config"],
        azure_conn(g, AZURITE_KEY, dev=True), FORMATS["azure-storage-account-key"], "azurite")
    jwtspec = dict(env="ACCESS_TOKEN", key="access_token", q="access_token", auth=BEARER, host="api.acme.io", path="/v1/me")
    add("documented-example", ["curl-header", "markdown-curl", "http-file", "assignment", "json-config", "app-log"], JWT_IO, jwtspec, "jwt.io-sample")
    stripe = dict(FORMATS["stripe-secret-key"])
    add("documented-example", ["curl-header", "markdown-curl", "assignment", "env-file", "json-config"], STRIPE_DOC_SK, stripe, "stripe-doc-secret-key")
    add("documented-example", ["assignment", "markdown-config", "env-file", "json-config"], STRIPE_DOC_PK,
        FORMATS["stripe-publishable-key"], "stripe-doc-publishable-key")
    owm = dict(env="OWM_APPID", key="appid", q="appid", auth=None, host="samples.openweathermap.org", path="/data/2.5/weather?q=London,uk")
    add("documented-example", ["query-in-code", "markdown-curl", "access-log", "curl-query", "http-file"], OWM_APPID, owm, "openweathermap-sample")

    for place in (["access-log"] * 10 + ["query-in-code"] * 6 + ["curl-query"] * 5 + ["app-log"] * 5 +
                  ["json-config"] * 6 + ["http-file"] * 4 + ["markdown-curl"] * 4):
        q = g.pick(("page_token", "next_token", "cursor", "$skiptoken", "pageToken", "continuation_token",
                    "next_page_token", "after"))
        key = {"$skiptoken": "odata_nextlink_skiptoken", "after": "after_cursor"}.get(q, q)
        spec = dict(env=None, key=key, q=q, host=g.pick(("api.acme.io", "graph.microsoft.com", "www.googleapis.com", "api.partner.example.com")),
                    path=g.pick(("/v1/items", "/v1.0/users", "/drive/v3/files", "/v2/events", "/v1/audit-log")))
        items.append(Item("decoy", "pagination-token", place, pagination_value(g), spec, note=q))

    for place in ["assignment", "assignment", "app-log", "app-log", "access-log", "access-log", "markdown-curl",
                  "json-config", "json-config", "curl-url", "curl-url", "http-file", "yaml", "env-file",
                  "url-in-code", "url-in-code", "markdown-curl", "access-log"]:
        url, note = presigned(g, path_only=(place == "access-log"))
        spec = dict(env="DOWNLOAD_URL", key=g.pick(("download_url", "signed_url", "presigned_url", "upload_url")), url=True)
        items.append(Item("decoy", "presigned-url", place, url, spec, note=note))

    for place in ["config-file", "config-file", "assignment", "json-config", "json-config", "yaml", "yaml",
                  "env-file", "app-log", "app-log", "access-log", "markdown-text", "shell-export", "assignment", "http-file", "curl-query"]:
        key = g.pick(("commit", "sha", "revision", "git_sha", "rev", "commit_sha", "head_sha", "build_sha"))
        spec = dict(env=key.upper() if key.startswith(("git", "commit", "build", "head")) else "GIT_" + key.upper(),
                    key=key, q=key, host="api.github.com", path="/repos/acme/platform/commits")
        items.append(Item("decoy", "git-sha", place, g.hex(40), spec, note=key))

    for place in ["app-log", "app-log", "app-log", "access-log", "access-log", "assignment", "json-config", "json-config",
                  "http-file", "env-file", "yaml", "curl-header", "query-in-code", "markdown-text"]:
        key = g.pick(("request_id", "trace_id", "correlation_id", "x_request_id", "session_id", "event_id", "key_id"))
        spec = dict(env=key.upper(), key=key, q=key, auth=H("X-Request-Id"), host="api.acme.io", path="/v1/orders")
        items.append(Item("decoy", "uuid", place, g.uuid() if key != "trace_id" or g.chance(0.5) else g.hex(32), spec, note=key))

    for place in ["config-file", "yaml", "yaml", "json-config", "markdown-text", "shell-sha256sum", "shell-sha256sum",
                  "env-file", "assignment", "assignment", "app-log", "http-file"]:
        key = g.pick(("checksum", "sha256", "digest", "expected_sha256", "content_hash", "etag"))
        v = g.hex(64)
        if key == "digest" or g.chance(0.3):
            v = "sha256:" + v
        spec = dict(env=key.upper(), key=key, q=key, host="downloads.acme.io", path="/releases/latest")
        items.append(Item("decoy", "sha256", place, v, spec, note=key))

    for place in ["json-config", "json-config", "json-config", "json-config", "yaml", "yaml", "markdown-sri", "markdown-sri",
                  "json-config", "yaml"]:
        if place == "markdown-sri":
            v = "sha384-" + g.b64(48)
        else:
            v = "sha512-" + g.b64(64)
        items.append(Item("decoy", "npm-integrity", place, v, dict(key="integrity", env="INTEGRITY", q="integrity"), note=v[:6]))

    places = ["assignment", "query-in-code", "curl-query", "curl-header", "access-log", "app-log", "env-file",
              "json-config", "yaml", "config-file", "markdown-curl", "http-file", "shell-export"]
    for i in range(52):
        ph = PLACEHOLDERS[i % len(PLACEHOLDERS)]
        place = places[i % len(places)]
        key, env, q, hdr = g.pick(OPAQUE_NAMES)
        if place in ("access-log", "query-in-code", "curl-query") and (not q or not ph.replace("_", "").replace("-", "").isalnum() and ph not in ("xxxxxxxx",)):
            place = "env-file" if i % 2 else "yaml"
        if place == "curl-header" and not hdr:
            hdr = ("Authorization", "Bearer ")
        spec = dict(env=env, key=key, q=q or "api_key", auth=("header",) + hdr if hdr else BEARER,
                    host="api.example.com", path="/v1/items")
        items.append(Item("decoy", "placeholder", place, ph, spec, note=ph))

    for place in ["env-file", "env-file", "json-config", "json-config", "yaml", "curl-body", "curl-body", "assignment",
                  "assignment", "query-in-code", "access-log", "http-file", "config-file", "markdown-curl", "app-log", "shell-export"]:
        k = g.r.random()
        if k < 0.3:
            v, note, env = f"{g.int(10**11, 10**12 - 1)}-{g.s('0123456789abcdefghijklmnopqrstuvwxyz', 32)}.apps.googleusercontent.com", "google", "GOOGLE_CLIENT_ID"
        elif k < 0.5:
            v, note, env = "Iv1." + g.hex(16), "github-app", "GITHUB_CLIENT_ID"
        elif k < 0.7:
            v, note, env = g.uuid(), "azure", "AZURE_CLIENT_ID"
        else:
            v, note, env = g.s(ALNUM, g.int(20, 32)), "generic", "OAUTH_CLIENT_ID"
        spec = dict(env=env, key="client_id", q="client_id", auth=("body", "client_id"), host="oauth2.example.com",
                    path="/oauth/authorize?response_type=code" if place != "curl-body" else "/oauth/token")
        items.append(Item("decoy", "client-id", place, v, spec, note=note))

    for place in ["curl-header", "curl-header", "http-file", "http-file", "assignment", "app-log", "markdown-curl", "json-config"]:
        v = g.uuid() if g.chance(0.5) else g.s(ALNUM, 32)
        spec = dict(env="IDEMPOTENCY_KEY", key="idempotency_key", q="idempotency_key", auth=H("Idempotency-Key"),
                    host="api.stripe.com", path="/v1/payment_intents")
        items.append(Item("decoy", "idempotency-key", place, v, spec))

    for place in ["curl-body", "curl-body", "http-file", "http-file", "app-log", "assignment", "markdown-html", "json-config",
                  "access-log", "query-in-code"]:
        v = g.b64url(32) if g.chance(0.6) else g.hex(40)
        spec = dict(env="CSRF_TOKEN", key="csrf_token", q="csrf_token", auth=("body", "csrf_token"), host="app.acme.io",
                    path="/account/settings")
        if place == "http-file":
            spec["auth"] = H("X-CSRF-Token")
        items.append(Item("decoy", "csrf-token", place, v, spec))

    for place in ["access-log", "access-log", "query-in-code", "query-in-code", "markdown-curl", "app-log", "http-file", "curl-query"]:
        spec = dict(env=None, key="code_challenge", q="code_challenge", host="auth.acme.io",
                    path=f"/oauth2/authorize?response_type=code&client_id={g.s(ALNUM, 20)}&code_challenge_method=S256")
        items.append(Item("decoy", "pkce-code-challenge", place, g.b64url(32), spec))

    for place in ["json-config", "json-config", "assignment", "access-log", "yaml", "app-log"]:
        v = f"{g.pick(('USER', 'ORDER', 'TENANT'))}#{g.int(2020, 2025)}-{g.int(1, 12):02d}-{g.int(1, 28):02d}#{g.s(ALNUM, 20)}" if g.chance(0.5) else g.b64url(24)
        spec = dict(env="SORT_KEY", key="sort_key", q="sort_key", host="api.acme.io", path="/v1/events")
        items.append(Item("decoy", "sort-key", place, v, spec))

    for prefix, base in (("ghp_", "github-token"), ("npm_", "npm-token")):
        for place in ["assignment", "env-file", "json-config", "yaml", "curl-header", "markdown-curl", "http-file", "shell-export"]:
            items.append(Item("decoy", "bad-checksum", place, bad_checksum(g, prefix), dict(FORMATS[base]), note=prefix))

    for place in ["pem-block", "pem-block", "pem-block", "markdown-pem", "markdown-pem", "yaml", "json-config", "env-file",
                  "assignment", "pem-block", "authorized-keys", "authorized-keys", "yaml", "markdown-pem"]:
        if place == "authorized-keys":
            v, note = ssh_public_key(g), "ssh-ed25519"
        else:
            v, note = gen_public_key(g)
        items.append(Item("decoy", "public-key", place, v, dict(env="PUBLIC_KEY", key="public_key"), note=note))
    return items


# ---------------------------------------------------------------------------------------------------
# Where items go: placement -> file category

CODE_LANGS = ("py", "js", "ts", "go", "rs", "java")


def category_for(g, item):
    p = item.placement
    if p in ("assignment", "query-in-code", "url-in-code"):
        return "code"
    if p in ("curl-query", "curl-header", "curl-basic-auth", "curl-body", "curl-url", "curl-cookie", "cli-arg",
             "shell-export", "shell-sha256sum"):
        return "sh"
    if p == "url-userinfo":
        return g.pick(("sh", "sh", "code", "env", "yaml"))
    if p in ("markdown-curl", "markdown-config", "markdown-text", "markdown-pem", "markdown-sri", "markdown-html"):
        return "md"
    if p == "config-file":
        if item.format in ("aws-access-key-id", "aws-secret-access-key") or item.note in ("AKIAIOSFODNN7EXAMPLE", "aws-example-secret"):
            return "ini"
        return g.pick(("toml", "ini"))
    return {"access-log": "access-log", "app-log": "app-log", "env-file": "env", "json-config": "json", "yaml": "yaml",
            "http-file": "http", "pem-block": "pem", "key-file": "agekey", "npmrc": "npmrc",
            "authorized-keys": "authorized-keys"}[p]


# ---------------------------------------------------------------------------------------------------
# Rendering planted items

def q_url(g, item, M):
    spec = item.spec
    host, path = spec.get("host") or "api.example.com", spec.get("path") or "/v1/items"
    sep = "&" if "?" in path else "?"
    q = spec.get("q") or "api_key"
    before = g.chance(0.3) and "?" not in path
    if before:
        return f"https://{host}{path}?{g.pick(('limit=50', 'page=1', 'format=json', 'per_page=100'))}&{q}={M}"
    return f"https://{host}{path}{sep}{q}={M}" + (f"&{g.pick(('limit=20', 'v=2', 'include=all'))}" if g.chance(0.3) else "")


def req_url(g, item, M):
    """The URL a request in code or a command goes to, carrying the item where its format puts it."""
    spec = item.spec
    if spec.get("url"):
        return M
    if spec.get("path_token"):
        return f"https://api.telegram.org/bot{M}/{g.pick(('sendMessage', 'getUpdates', 'getMe'))}"
    return q_url(g, item, M)


def code_assignment(g, lang, item, M):
    spec = item.spec
    key, env = spec.get("key") or "api_key", spec.get("env") or "API_KEY"
    c, P = camel(key), pascal(key)
    multiline = "\n" in (item.text or "")
    if multiline:  # PEM blocks
        return {"py": f'{env} = """{M}\n"""\n',
                "js": f"const {c} = `{M}\n`;\n", "ts": f"export const {c}: string = `{M}\n`;\n",
                "go": f"const {c} = `{M}\n`\n", "rs": f'const {env}: &str = r#"{M}\n"#;\n',
                "java": f'    private static final String {env} = """\n{M}\n""";\n'}[lang]
    k = g.int(0, 2)
    if lang == "py":
        return [f'{env} = "{M}"\n', f"{key} = '{M}'\n",
                f'DEFAULTS = {{\n    "region": "us-east-1",\n    "{key}": "{M}",\n    "timeout": {g.int(5, 60)},\n}}\n'][k]
    if lang in ("js", "ts"):
        t = ": string" if lang == "ts" else ""
        return [f'const {c}{t} = "{M}";\n', f"export const {env}{t} = '{M}';\n",
                f'const config = {{\n  region: "eu-west-1",\n  {c}: "{M}",\n  retries: {g.int(1, 5)},\n}};\n'][k]
    if lang == "go":
        return [f'const {c} = "{M}"\n', f'var {P} = "{M}"\n',
                f'func new{P}Config() Config {{\n\treturn Config{{\n\t\tRegion: "us-east-1",\n\t\t{P}: "{M}",\n\t}}\n}}\n'][k]
    if lang == "rs":
        return [f'const {env}: &str = "{M}";\n', f'pub static {env}: &str = "{M}";\n',
                f'fn default_{key}() -> String {{\n    let {key} = "{M}";\n    {key}.to_string()\n}}\n'][k]
    return [f'    private static final String {env} = "{M}";\n', f'    static final String {env} = "{M}";\n',
            f'    public void configure(Settings settings) {{\n        settings.set{P}("{M}");\n    }}\n'][k]


def code_request(g, lang, item, M, ident):
    url = req_url(g, item, M)
    fn = ident
    post = bool(item.spec.get("url")) and item.format != "presigned-url"
    if lang == "py":
        call = (f'requests.post("{url}", json={{"text": message}}, timeout=10)' if post
                else g.pick((f'requests.get("{url}", timeout=10)', f'httpx.get("{url}")', f'session.get("{url}")')))
        return f"def {fn}(message=None):\n    resp = {call}\n    resp.raise_for_status()\n    return resp.json()\n"
    if lang in ("js", "ts"):
        call = (f'await fetch("{url}", {{ method: "POST", body: JSON.stringify({{ text }}) }})' if post
                else g.pick((f'await fetch("{url}")', f"await axios.get('{url}')", f'await fetch(`{url}`)')))
        return f"export async function {camel(fn)}(text) {{\n  const res = {call};\n  return res.json ? res.json() : res.data;\n}}\n"
    if lang == "go":
        call = f'http.Post("{url}", "application/json", body)' if post else f'http.Get("{url}")'
        return (f"func {pascal(fn)}(body io.Reader) (*http.Response, error) {{\n\tresp, err := {call}\n\tif err != nil {{\n"
                f"\t\treturn nil, fmt.Errorf(\"{fn}: %w\", err)\n\t}}\n\treturn resp, nil\n}}\n")
    if lang == "rs":
        call = f'client.post("{url}").json(&body).send()' if post else f'reqwest::get("{url}")'
        return f"async fn {fn}(client: &reqwest::Client, body: serde_json::Value) -> reqwest::Result<String> {{\n    {call}.await?.text().await\n}}\n"
    return (f"    public HttpResponse<String> {camel(fn)}() throws Exception {{\n"
            f"        HttpRequest request = HttpRequest.newBuilder(URI.create(\"{url}\")).{'POST(BodyPublishers.noBody())' if post else 'GET()'}.build();\n"
            f"        return client.send(request, HttpResponse.BodyHandlers.ofString());\n    }}\n")


def userinfo_url(g, item, M):
    spec = item.spec
    user = spec.get("user") or g.pick(("deploy", "ci", "admin", "app", "svc_reports"))
    if item.format in ("github-token", "github-fine-grained-pat"):
        return f"https://x-access-token:{M}@github.com/acme/{g.pick(SERVICES)}.git", "git"
    if item.format == "gitlab-token":
        return f"https://oauth2:{M}@gitlab.com/acme/{g.pick(SERVICES)}.git", "git"
    k = g.r.random()
    if k < 0.35:
        return f"postgres://{user}:{M}@db-{g.int(1, 9)}.internal.acme.net:5432/{g.pick(NOUNS)}s", "db"
    if k < 0.5:
        return f"redis://:{M}@cache.internal.acme.net:6379/0", "db"
    if k < 0.65:
        return f"mongodb+srv://{user}:{M}@cluster0.{g.s('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net/app", "db"
    return f"https://{user}:{M}@{spec.get('host') or 'api.example.com'}{spec.get('path') or '/v1/status'}", "http"


def shell_command(g, item, M, place):
    """A shell command (one line or continued) carrying M. Returns text; a range marker starts it."""
    spec = item.spec
    S = item.s
    host, path = spec.get("host") or "api.example.com", spec.get("path") or "/v1/items"
    tool = g.pick(("curl", "curl", "curl", "curl", "wget", "http"))
    if place in ("curl-query", "curl-url"):
        url = req_url(g, item, M)
        post = bool(spec.get("url"))
        if item.format == "presigned-url":
            return S + g.pick((f'curl -sS -o {g.pick(NOUNS)}.csv "{url}"', f"wget -q -O export.zip '{url}'"))
        if tool == "wget":
            return S + (f"wget -qO- --post-data='{{\"text\":\"build finished\"}}' \"{url}\"" if post else f"wget -qO- \"{url}\"")
        if tool == "http":
            return S + (f"http POST '{url}' text='build finished'" if post else f"http GET '{url}'")
        if post:
            if g.chance(0.5):
                return S + f"curl -sS -X POST \\\n  -H 'Content-type: application/json' \\\n  --data '{{\"text\":\"Deploy of {g.pick(SERVICES)} finished\"}}' \\\n  \"{url}\""
            return S + f"curl -s -X POST -H 'Content-type: application/json' -d '{{\"text\":\"ok\"}}' {url}"
        return S + g.pick((f'curl -fsS "{url}"', f"curl -s '{url}' | jq .", f'curl -sSL "{url}" -o /tmp/out.json',
                           f'curl -fsS \\\n  -H "Accept: application/json" \\\n  "{url}"'))
    if place == "curl-cookie":
        return S + f'curl -s -b "session={M}" https://{host}{path}'
    if place == "url-userinfo":
        url, kind = userinfo_url(g, item, M)
        if kind == "git":
            return S + f"git clone --depth 1 {url}"
        if kind == "db":
            return S + (f"psql \"{url}\" -c 'select count(*) from events'" if url.startswith("postgres") else f"redis-cli -u '{url}' ping")
        return S + g.pick((f"curl -s '{url}'", f'curl -fsS "{url}" -o status.json', f"wget -q '{url}'"))
    # credentials in headers, basic auth or the body
    auth = spec.get("auth") or BEARER
    if auth[0] == "header":
        name, prefix = auth[1], auth[2] if len(auth) > 2 else ""
        if tool == "wget":
            return S + f'wget -q --header="{name}: {prefix}{M}" https://{host}{path}'
        if tool == "http":
            return S + f'http GET https://{host}{path} "{name}:{prefix}{M}"'
        if g.chance(0.4):
            return S + (f"curl -sS -X {g.pick(('GET', 'POST'))} https://{host}{path} \\\n  -H \"Content-Type: application/json\" \\\n"
                        f"  -H \"{name}: {prefix}{M}\" \\\n  -d '{{\"limit\": {g.int(1, 100)}}}'")
        return S + f'curl -s -H "{name}: {prefix}{M}" https://{host}{path}'
    if auth[0] in ("basic-key", "basic-user"):
        cred = f"{M}:" if auth[0] == "basic-key" else f"{auth[1]}:{M}"
        if tool == "wget" and auth[0] == "basic-user":
            return S + f"wget -q --user={auth[1]} --password='{M}' https://{host}{path}"
        if tool == "http":
            return S + f"http -a '{cred}' GET https://{host}{path}"
        return S + g.pick((f"curl -s -u {cred} https://{host}{path}", f"curl https://{host}{path} \\\n  -u '{cred}' \\\n  -d limit=3"))
    if auth[0] == "body":
        field = auth[1]
        url = f"https://{host}{path}"
        other = "client_secret=$CLIENT_SECRET" if field == "client_id" else "client_id=$CLIENT_ID"
        return S + g.pick((f"curl -s -X POST {url} -d grant_type=client_credentials -d {field}={M}",
                           f"curl -sS {url} \\\n  -d grant_type=client_credentials \\\n  -d {other} \\\n  --data-urlencode \"{field}={M}\"",
                           f"curl -s -X POST {url} -H 'Content-Type: application/json' -d '{{\"{field}\": \"{M}\"}}'"))
    if auth[0] == "sigv4-key":
        return S + f'curl -s --aws-sigv4 "aws:amz:us-east-1:execute-api" --user "{M}:$AWS_SECRET_ACCESS_KEY" https://{host}{path}'
    if auth[0] == "sigv4-secret":
        return S + f'curl -s --aws-sigv4 "aws:amz:us-east-1:execute-api" --user "$AWS_ACCESS_KEY_ID:{M}" https://{host}{path}'
    raise ValueError(auth)


def shell_block(g, item, M):
    p = item.placement
    spec = item.spec
    env = spec.get("env") or "API_KEY"
    if p == "shell-export":
        quote = g.pick(("", '"', "'"))
        return f"export {env}={quote}{M}{quote}\n"
    if p == "cli-arg":
        if item.format == "docker-hub-pat":
            return f"docker login -u acme-ci -p {M} registry-1.docker.io\n"
        return f'az storage blob upload-batch -d releases -s ./dist --connection-string "{M}"\n'
    if p == "shell-sha256sum":
        return f'echo "{M}  {g.pick(NOUNS)}-{g.int(1, 9)}.{g.int(0, 20)}.tar.gz" | sha256sum -c -\n'
    if p == "curl-header" and spec.get("auth") is None:
        item.placement = "curl-query"
    cmd = shell_command(g, item, M, item.placement)
    if item.placement == "curl-header":
        a = (spec.get("auth") or BEARER)[0]
        item.placement = {"basic-key": "curl-basic-auth", "basic-user": "curl-basic-auth", "body": "curl-body",
                          "sigv4-key": "curl-basic-auth", "sigv4-secret": "curl-basic-auth"}.get(a, "curl-header")
    return f"# {g.pick(('check', 'list', 'sync', 'fetch', 'notify'))} {g.pick(NOUNS)}s\n{cmd}\n"


def env_line(g, item, M):
    spec = item.spec
    env = spec.get("env") or (spec.get("key") or "api_key").upper()
    if item.placement == "url-userinfo":
        url, _ = userinfo_url(g, item, M)
        name = ("REPO_URL" if url.endswith(".git") else "DATABASE_URL" if url.startswith("postgres") else
                "REDIS_URL" if url.startswith("redis") else "MONGO_URI" if url.startswith("mongodb") else "UPSTREAM_URL")
        return f"{name}={url}\n"
    if "\n" in item.value:
        return f'{env}="{M}"\n'
    return g.pick((f"{env}={M}\n", f'{env}="{M}"\n', f"{env}='{M}'\n", f"export {env}={M}\n")) if not item.spec.get("url") else f"{env}={M}\n"


def yaml_block(g, item, M):
    spec = item.spec
    env = spec.get("env") or (spec.get("key") or "api_key").upper()
    key = spec.get("key") or "api_key"
    name = f"{g.pick(SERVICES)}-{g.pick(('credentials', 'config', 'settings', 'secrets'))}"
    if "\n" in (item.text or ""):  # a PEM block as a literal block scalar, indented by the caller
        label = "tls.key" if item.kind == "secret" else "tls.crt"
        return (f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {name}-tls\ntype: kubernetes.io/tls\n"
                f"stringData:\n  {label}: |\n    {M}\n")
    if item.placement == "url-userinfo":
        url, _ = userinfo_url(g, item, M)
        if url.endswith(".git"):
            return f"sources:\n  - name: {g.pick(SERVICES)}\n    repo: {url}\n    branch: main\n"
        return f"{g.pick(SERVICES)}:\n  database:\n    url: {url}\n    pool_size: {g.int(2, 40)}\n"
    k = g.int(0, 4)
    if k == 0:
        return f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {name}\n  namespace: {g.pick(SERVICES)}\ntype: Opaque\nstringData:\n  {env}: \"{M}\"\n"
    if k == 1:
        return (f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {g.pick(SERVICES)}\nspec:\n  template:\n    spec:\n"
                f"      containers:\n        - name: app\n          image: registry.acme.io/{g.pick(SERVICES)}:{g.int(1, 9)}.{g.int(0, 30)}.{g.int(0, 9)}\n"
                f"          env:\n            - name: LOG_LEVEL\n              value: info\n            - name: {env}\n              value: \"{M}\"\n")
    if k == 2:
        return f"services:\n  {g.pick(SERVICES)}:\n    image: acme/{g.pick(SERVICES)}:latest\n    environment:\n      - PORT={g.int(3000, 9000)}\n      - {env}={M}\n"
    if k == 3:
        return f"{g.pick(SERVICES).replace('-', '_')}:\n  endpoint: https://{g.pick(NOUNS)}.{g.pick(TLDS)}\n  {key}: {M}\n  timeout_seconds: {g.int(1, 60)}\n"
    return (f"name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n"
            f"      {env}: {M}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make deploy\n")


def config_block(g, item, M, toml):
    spec = item.spec
    key = spec.get("key") or "api_key"
    section = g.pick(("default", "credentials", "api", "upstream", g.pick(SERVICES).replace("-", "_"), "integrations"))
    if item.format in ("aws-access-key-id", "aws-secret-access-key") or item.note in ("AKIAIOSFODNN7EXAMPLE", "aws-example-secret"):
        section = g.pick(("default", "profile prod", "profile ci"))
    region = g.pick(("us-east-1", "eu-west-1"))
    filler = f'region = "{region}"\n' if toml else f"region = {region}\n"
    if toml:
        return f"[{section}]\n{filler}{key} = \"{M}\"\ntimeout = {g.int(1, 90)}\n"
    return f"[{section}]\n{filler}{key} = {M}\nretries = {g.int(0, 5)}\n"


def markdown_block(g, item, M, W):
    p = item.placement
    spec = item.spec
    head = f"## {W.title()}\n\n{W.paragraph()}\n\n"
    if p == "markdown-curl":
        url_kind = spec.get("url") or spec.get("path_token")
        if spec.get("auth") and not url_kind and g.chance(0.5):
            place = "curl-header"
        elif spec.get("q") or url_kind:
            place = "curl-url" if url_kind else "curl-query"
        else:
            place = "curl-header"
        cmd = shell_command(g, item, M, place)
        fence = g.pick(("bash", "sh", "shell", "console"))
        if fence == "console":
            cmd = cmd.replace(item.s, item.s + "$ ", 1)
        return head + f"```{fence}\n{cmd}\n```\n"
    if p == "markdown-config":
        env = spec.get("env") or "API_KEY"
        k = g.int(0, 2)
        if k == 0:
            return head + f"```env\n{env}={M}\nLOG_LEVEL=debug\n```\n"
        if k == 1:
            return head + f"```yaml\n{spec.get('key') or 'api_key'}: {M}\nregion: eu-west-1\n```\n"
        return head + f"```ini\n[default]\n{spec.get('key') or 'api_key'} = {M}\n```\n"
    if p == "markdown-pem":
        return head + f"```\n{M}\n```\n"
    if p == "markdown-text":
        key = spec.get("key")
        if item.format == "git-sha":
            return head + f"Fixed in commit [{item.value[:7]}](https://github.com/acme/platform/commit/{M}).\n"
        if item.format == "sha256":
            return head + f"```\n$ sha256sum {g.pick(NOUNS)}-linux-amd64.tar.gz\n{M}  {g.pick(NOUNS)}-linux-amd64.tar.gz\n```\n"
        return head + f"The failing request had `{key}={M}` in its headers.\n"
    if p == "markdown-sri":
        return head + f'```html\n<script src="https://cdn.jsdelivr.net/npm/{g.pick(NOUNS)}@{g.int(1, 9)}.{g.int(0, 9)}.0/dist/index.min.js"\n        integrity="{M}"\n        crossorigin="anonymous"></script>\n```\n'
    if p == "markdown-html":
        return head + f'```html\n<form method="post" action="/account/settings">\n  <input type="hidden" name="csrf_token" value="{M}">\n  <button>Save</button>\n</form>\n```\n'
    raise ValueError(p)


def http_block(g, item, M, W):
    spec = item.spec
    host, path = spec.get("host") or "api.example.com", spec.get("path") or "/v1/items"
    title = f"### {W.sentence(3, 6)[:-1]}\n"
    if spec.get("url") or spec.get("path_token"):
        url = req_url(g, item, M)
        return title + f'POST {url}\nContent-Type: application/json\n\n{{"text": "{W.sentence(3, 8)}"}}\n'
    auth = spec.get("auth")
    k = g.r.random()
    if auth and k < 0.55:
        if auth[0] == "header":
            return title + f"GET https://{host}{path}\n{auth[1]}: {auth[2] if len(auth) > 2 else ''}{M}\nAccept: application/json\n"
        if auth[0] in ("basic-key", "basic-user"):
            cred = f"{M}:" if auth[0] == "basic-key" else f"{auth[1]}:{M}"
            return title + f"GET https://{host}{path}\nAuthorization: Basic {cred}\n"
        if auth[0] == "body":
            return title + f"POST https://{host}{path}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&{auth[1]}={M}\n"
    if spec.get("q") and k < 0.85:
        return title + f"GET {q_url(g, item, M)}\nAccept: application/json\n"
    var = camel(spec.get("key") or "api_key")
    use = f"Authorization: Bearer {{{{{var}}}}}" if not auth or auth[0] != "header" else f"{auth[1]}: {auth[2] if len(auth) > 2 else ''}{{{{{var}}}}}"
    return f"@{var} = {M}\n\n" + title + f"GET https://{host}{path}\n{use}\n"


def ts_iso(t):
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + f".{int(t * 1000) % 1000:03d}Z"


def ts_clf(t):
    tm = time.gmtime(t)
    return f"{tm.tm_mday:02d}/{MONTHS[tm.tm_mon - 1]}/{tm.tm_year}:{tm.tm_hour:02d}:{tm.tm_min:02d}:{tm.tm_sec:02d} +0000"


def access_line(g, t, path_query, status=None, method="GET"):
    ip = f"{g.int(1, 223)}.{g.int(0, 255)}.{g.int(0, 255)}.{g.int(1, 254)}"
    status = status or g.pick((200, 200, 200, 200, 200, 201, 204, 301, 304, 304, 400, 401, 403, 404, 404, 500, 502))
    ref = "-" if g.chance(0.6) else f"https://app.acme.io/{g.pick(NOUNS)}s"
    return f'{ip} - - [{ts_clf(t)}] "{method} {path_query} HTTP/1.1" {status} {g.int(0, 48000)} "{ref}" "{g.pick(UAS)}"'


def access_planted(g, item, M, t, W):
    spec = item.spec
    if spec.get("path_token"):
        return access_line(g, t, f"/bot{M}/{g.pick(('getUpdates', 'sendMessage'))}?offset={g.int(1, 10**6)}", 200)
    if spec.get("url"):  # presigned path
        return access_line(g, t, M, 200)
    q = spec.get("q") or "api_key"
    path = spec.get("path") if item.kind == "decoy" and spec.get("path", "").startswith("/oauth2/") else W.apipath()
    sep = "&" if "?" in path else "?"
    if g.chance(0.3) and "?" not in path:
        return access_line(g, t, f"{path}?{W.query()}&{q}={M}")
    return access_line(g, t, f"{path}{sep}{q}={M}" + (f"&{W.query()}" if g.chance(0.4) else ""))


def applog_planted(g, item, M, t, style, W):
    spec = item.spec
    env = spec.get("env") or (spec.get("key") or "value").upper()
    auth = spec.get("auth")
    kinds = ["env"]
    if spec.get("url") or spec.get("path_token"):
        kinds = ["url", "url"]
    elif spec.get("q") and item.format not in ("git-sha", "uuid", "sha256", "sort-key") or item.format in ("pagination-token", "pkce-code-challenge"):
        kinds += ["url", "url"]
    if auth and auth[0] == "header" and item.format not in ("git-sha", "sha256", "sort-key"):
        kinds += ["header", "header"]
    if item.kind == "decoy" and item.format in ("git-sha", "uuid", "sha256", "sort-key", "idempotency-key", "csrf-token"):
        kinds = ["field"]
    kind = g.pick(kinds)
    if kind == "url":
        url = req_url(g, item, M)
        msg, extra = f"outgoing request {g.pick(('GET', 'POST'))} {url}", ("url", url)
    elif kind == "header":
        hv = f"{auth[2] if len(auth) > 2 else ''}{M}"
        msg, extra = f"request headers: {{'{auth[1]}': '{hv}', 'Accept': 'application/json'}}", ("headers", f"{auth[1]}: {hv}")
    elif kind == "field":
        key = spec.get("key") or "id"
        msg, extra = f"{W.sentence(3, 6)[:-1].lower()} {key}={M}", (key, M)
    else:
        msg, extra = f"loaded configuration {env}={M}", ("config", f"{env}={M}")
    level = g.pick(("DEBUG", "INFO", "WARN"))
    if style == "json":
        k, v = extra
        return json.dumps({"ts": ts_iso(t), "level": level.lower(), "logger": f"{g.pick(SERVICES)}.{g.pick(NOUNS)}",
                           "msg": msg.split(" ", 2)[0] + " " + msg.split(" ", 2)[1], k: v})
    if style == "logfmt":
        k, v = extra
        return f'ts={ts_iso(t)} level={level.lower()} svc={g.pick(SERVICES)} msg="{msg.split(" ")[0]}" {k}="{v}"'
    return f"{ts_iso(t).replace('T', ' ')[:-1]} {level:<5} [{g.pick(('main', 'worker-1', 'http-nio-8080-exec-3', 'pool-2-thread-1'))}] com.acme.{g.pick(NOUNS)}.Client - {msg}"


# ---------------------------------------------------------------------------------------------------
# Filler

class Filler:
    def __init__(self, g):
        self.g, self.W = g, Words(g)

    # -- code ----------------------------------------------------------------
    def py_stmt(self, ind):
        g, W = self.g, self.W
        a, b = W.var(), W.var()
        k = g.int(0, 11)
        if k == 0:
            return f"{ind}{a} = {b}.{W.ident()}({W.var()})"
        if k == 1:
            return f"{ind}if {a} is None:\n{ind}    raise ValueError(\"{W.sentence(3, 8)[:-1].lower()}\")"
        if k == 2:
            return f'{ind}logger.{g.pick(("info", "debug", "warning"))}("{W.sentence(3, 9)[:-1].lower()}: %s", {a})'
        if k == 3:
            return f"{ind}{a} = [x.{g.pick(NOUNS)} for x in {b} if x.{g.pick(ADJS)}]"
        if k == 4:
            return f'{ind}{a} = {{"{g.pick(NOUNS)}": {g.int(0, 9999)}, "{g.pick(NOUNS)}": "{g.pick(WORDS)}", "{g.pick(ADJS)}": {g.pick(("True", "False", "None"))}}}'
        if k == 5:
            return f"{ind}for {g.pick(NOUNS)} in {b}:\n{ind}    {a}.append({W.ident()}({g.pick(NOUNS)}))"
        if k == 6:
            return f"{ind}# {W.sentence()}"
        if k == 7:
            return f"{ind}{a} += {g.int(1, 100)} * len({b})"
        if k == 8:
            return f"{ind}try:\n{ind}    {a} = self.{W.ident()}({b})\n{ind}except {g.pick(('KeyError', 'TimeoutError', 'ValueError'))} as exc:\n{ind}    logger.exception(\"{W.sentence(3, 6)[:-1].lower()}\")\n{ind}    raise {pascal(W.ident())}Error(str(exc)) from exc"
        if k == 9:
            return f'{ind}{a} = f"{{{b}}}/{g.pick(NOUNS)}s/{{{W.var()}.id}}"'
        if k == 10:
            return f"{ind}{a} = datetime.now(timezone.utc) - timedelta(seconds={g.int(1, 86400)})"
        return f"{ind}return {a}" if g.chance(0.1) else f"{ind}{a} = await self.{W.ident()}({b}, retries={g.int(1, 5)})"

    def py_block(self):
        g, W = self.g, self.W
        if g.chance(0.3):
            name = pascal(W.ident())
            lines = [f"class {name}:", f'    """{W.sentence()}"""', "",
                     "    def __init__(self, " + ", ".join(g.r.sample(NOUNS, 2)) + "):"]
            lines += [f"        self.{n} = {n}" for n in g.r.sample(NOUNS, 3)]
            for _ in range(g.int(1, 4)):
                lines += ["", f"    def {W.ident()}(self, {W.var()}):", f'        """{W.sentence()}"""']
                lines += [self.py_stmt("        ") for _ in range(g.int(2, 8))]
                lines.append(f"        return {W.var()}")
            return "\n".join(lines) + "\n"
        lines = [f"def {W.ident()}({', '.join(g.r.sample(NOUNS, g.int(1, 3)))}):", f'    """{W.sentence()}"""']
        lines += [self.py_stmt("    ") for _ in range(g.int(3, 14))]
        lines.append(f"    return {W.var()}")
        return "\n".join(lines) + "\n"

    def js_stmt(self, ind):
        g, W = self.g, self.W
        a, b = camel(W.var()), camel(W.var())
        k = g.int(0, 9)
        if k == 0:
            return f"{ind}const {a} = await {b}.{camel(W.ident())}({camel(W.var())});"
        if k == 1:
            return f"{ind}if (!{a}) {{\n{ind}  throw new Error(\"{W.sentence(3, 8)[:-1].lower()}\");\n{ind}}}"
        if k == 2:
            return f"{ind}logger.{g.pick(('info', 'debug', 'warn'))}(`{W.sentence(3, 7)[:-1].lower()} ${{{a}}}`);"
        if k == 3:
            return f"{ind}const {a} = {b}.filter((x) => x.{g.pick(ADJS)}).map((x) => x.{g.pick(NOUNS)});"
        if k == 4:
            return f"{ind}// {W.sentence()}"
        if k == 5:
            return f"{ind}const {a} = {{ {g.pick(NOUNS)}: {g.int(0, 999)}, {g.pick(NOUNS)}: '{g.pick(WORDS)}', {g.pick(ADJS)}: {g.pick(('true', 'false', 'null'))} }};"
        if k == 6:
            return f"{ind}for (const {g.pick(NOUNS)} of {b}) {{\n{ind}  {a}.push({g.pick(NOUNS)}.id);\n{ind}}}"
        if k == 7:
            return f"{ind}const {a} = `${{baseUrl}}/{g.pick(NOUNS)}s/${{{b}.id}}`;"
        if k == 8:
            return f"{ind}let {a} = {b}.length * {g.int(2, 64)};"
        return f"{ind}return {a};" if g.chance(0.1) else f"{ind}await this.{camel(W.ident())}({a}, {{ retries: {g.int(1, 5)} }});"

    def js_block(self, ts):
        g, W = self.g, self.W
        t = (lambda s: f": {s}") if ts else (lambda s: "")
        if g.chance(0.25):
            lines = [f"export class {pascal(W.ident())} {{", f"  constructor({camel(W.var())}{t('Options')}) {{"]
            lines += [f"    this.{n} = {n};" for n in g.r.sample(NOUNS, 2)] + ["  }"]
            for _ in range(g.int(1, 3)):
                lines += ["", f"  async {camel(W.ident())}({camel(W.var())}{t('string')}) {{"]
                lines += [self.js_stmt("    ") for _ in range(g.int(2, 7))] + ["  }"]
            return "\n".join(lines) + "\n}\n"
        lines = [f"/** {W.sentence()} */",
                 f"export {g.pick(('async ', ''))}function {camel(W.ident())}({', '.join(camel(n) + t('any') for n in g.r.sample(NOUNS, g.int(1, 3)))}) {{"]
        lines += [self.js_stmt("  ") for _ in range(g.int(3, 12))]
        lines.append(f"  return {camel(W.var())};\n}}")
        return "\n".join(lines) + "\n"

    def go_block(self):
        g, W = self.g, self.W
        if g.chance(0.25):
            name = pascal(W.ident())
            fields = [f"\t{pascal(n)} {g.pick(('string', 'int64', 'bool', 'time.Time', '[]string', '*' + pascal(g.pick(NOUNS))))} `json:\"{n}\"`"
                      for n in g.r.sample(NOUNS, g.int(2, 7))]
            return f"// {name} {W.sentence()[0].lower() + W.sentence()[1:]}\ntype {name} struct {{\n" + "\n".join(fields) + "\n}\n"
        name = pascal(W.ident())
        lines = [f"// {name} {W.sentence().lower()}", f"func (s *{pascal(g.pick(NOUNS))}Service) {name}(ctx context.Context, {g.pick(NOUNS)} string) ({pascal(g.pick(NOUNS))}, error) {{"]
        for _ in range(g.int(2, 8)):
            a, b = camel(W.var()), camel(W.var())
            k = g.int(0, 4)
            if k == 0:
                lines.append(f"\t{a}, err := s.{camel(W.ident())}(ctx, {b})\n\tif err != nil {{\n\t\treturn nil, fmt.Errorf(\"{W.sentence(2, 5)[:-1].lower()}: %w\", err)\n\t}}")
            elif k == 1:
                lines.append(f"\ts.log.Info(\"{W.sentence(3, 7)[:-1].lower()}\", \"{g.pick(NOUNS)}\", {b})")
            elif k == 2:
                lines.append(f"\tfor _, item := range {b} {{\n\t\t{a} = append({a}, item.{pascal(g.pick(NOUNS))})\n\t}}")
            elif k == 3:
                lines.append(f"\t// {W.sentence()}")
            else:
                lines.append(f"\t{a} := time.Duration({g.int(1, 900)}) * time.{g.pick(('Second', 'Millisecond', 'Minute'))}")
        lines.append(f"\treturn {camel(W.var())}, nil\n}}")
        return "\n".join(lines) + "\n"

    def rs_block(self):
        g, W = self.g, self.W
        if g.chance(0.25):
            fields = [f"    pub {n}: {g.pick(('String', 'u64', 'bool', 'Option<String>', 'Vec<u32>'))}," for n in g.r.sample(NOUNS, g.int(2, 6))]
            return f"/// {W.sentence()}\n#[derive(Debug, Clone, Serialize, Deserialize)]\npub struct {pascal(W.ident())} {{\n" + "\n".join(fields) + "\n}\n"
        lines = [f"/// {W.sentence()}", f"pub fn {W.ident()}({g.pick(NOUNS)}: &str, {g.pick(NOUNS)}: u64) -> Result<{pascal(g.pick(NOUNS))}, Error> {{"]
        for _ in range(g.int(2, 8)):
            a, b = W.var(), W.var()
            k = g.int(0, 4)
            if k == 0:
                lines.append(f"    let {a} = {b}.{W.ident()}()?;")
            elif k == 1:
                lines.append(f"    tracing::debug!({g.pick(NOUNS)} = %{b}, \"{W.sentence(3, 7)[:-1].lower()}\");")
            elif k == 2:
                lines.append(f"    let {a}: Vec<_> = {b}.iter().filter(|x| x.{g.pick(ADJS)}).collect();")
            elif k == 3:
                lines.append(f"    // {W.sentence()}")
            else:
                lines.append(f"    match {a} {{\n        Some(v) => v.{W.ident()}(),\n        None => return Err(Error::{pascal(g.pick(ADJS))}),\n    }}")
        lines.append(f"    Ok({W.var()})\n}}")
        return "\n".join(lines) + "\n"

    def java_block(self):
        g, W = self.g, self.W
        if g.chance(0.2):
            return f"    private final {pascal(g.pick(NOUNS))}Repository {camel(g.pick(NOUNS))}Repository;\n"
        lines = [f"    /** {W.sentence()} */", g.pick(("    @Override", "    @Transactional", "    @GetMapping(\"/" + g.pick(NOUNS) + "s\")", "")),
                 f"    public {pascal(g.pick(NOUNS))} {camel(W.ident())}({pascal(g.pick(NOUNS))} {camel(g.pick(NOUNS))}) {{"]
        for _ in range(g.int(2, 8)):
            a, b = camel(W.var()), camel(W.var())
            k = g.int(0, 3)
            if k == 0:
                lines.append(f"        var {a} = {b}.{camel(W.ident())}();")
            elif k == 1:
                lines.append(f"        log.info(\"{W.sentence(3, 7)[:-1].lower()} {{}}\", {a});")
            elif k == 2:
                lines.append(f"        if ({a} == null) {{\n            throw new IllegalStateException(\"{W.sentence(3, 6)[:-1].lower()}\");\n        }}")
            else:
                lines.append(f"        // {W.sentence()}")
        lines.append(f"        return {camel(W.var())};\n    }}")
        return "\n".join(l for l in lines if l) + "\n"

    def code_header(self, lang, name):
        g, W = self.g, self.W
        if lang == "py":
            return f'"""{W.sentence()}"""\n\nimport logging\nimport os\nfrom datetime import datetime, timedelta, timezone\n\nimport requests\n\nlogger = logging.getLogger(__name__)\n'
        if lang in ("js", "ts"):
            return f"import axios from 'axios';\nimport {{ logger }} from '../lib/logger';\n\nconst baseUrl = process.env.BASE_URL ?? 'https://{W.host()}';\n"
        if lang == "go":
            return f"package {g.pick(NOUNS)}\n\nimport (\n\t\"context\"\n\t\"fmt\"\n\t\"io\"\n\t\"net/http\"\n\t\"time\"\n)\n"
        if lang == "rs":
            return f"//! {W.sentence()}\n\nuse serde::{{Deserialize, Serialize}};\n\nuse crate::error::Error;\n"
        return (f"package com.acme.{g.pick(NOUNS)};\n\nimport java.net.URI;\nimport java.net.http.HttpClient;\nimport java.net.http.HttpRequest;\n"
                f"import java.net.http.HttpResponse;\n\npublic class {name} {{\n    private final HttpClient client = HttpClient.newHttpClient();\n")

    def code_filler(self, lang):
        if lang == "py":
            return self.py_block()
        if lang in ("js", "ts"):
            return self.js_block(lang == "ts")
        if lang == "go":
            return self.go_block()
        if lang == "rs":
            return self.rs_block()
        return self.java_block()

    # -- shell, markdown, http ---------------------------------------------------
    def sh_block(self):
        g, W = self.g, self.W
        svc = g.pick(SERVICES)
        k = g.int(0, 8)
        if k == 0:
            return f"{W.ident()}() {{\n  local {g.pick(NOUNS)}=\"$1\"\n  echo \"{W.sentence(3, 8)[:-1].lower()}: ${{{g.pick(NOUNS)}}}\"\n  {g.pick(('make', 'npm run', 'cargo'))} {g.pick(('build', 'test', 'lint'))}\n}}\n"
        if k == 1:
            return f"docker build -t registry.acme.io/{svc}:{g.hex(7)} .\ndocker push registry.acme.io/{svc}:{g.hex(7)}\n"
        if k == 2:
            return f"kubectl -n {svc} rollout status deploy/{svc} --timeout={g.int(60, 600)}s\nkubectl -n {svc} get pods -l app={svc}\n"
        if k == 3:
            return f'if [ -z "${{{g.pick(NOUNS).upper()}_DIR:-}}" ]; then\n  echo "{W.sentence(3, 8)}" >&2\n  exit {g.int(1, 3)}\nfi\n'
        if k == 4:
            return f'curl -fsS "https://{W.host()}/health" || echo "{svc} is down"\n'
        if k == 5:
            return f'curl -sS -H "Authorization: Bearer ${g.pick(("TOKEN", "API_TOKEN", "GITHUB_TOKEN", "ACCESS_TOKEN"))}" "https://{W.host()}{W.apipath()}?{W.query()}" | jq \'.{g.pick(NOUNS)}s[] | .id\'\n'
        if k == 6:
            return f"for {g.pick(NOUNS)} in {' '.join(g.r.sample(NOUNS, 4))}; do\n  ./bin/{W.ident().replace('_', '-')} --{g.pick(NOUNS)} \"${g.pick(NOUNS)}\" --dry-run\ndone\n"
        if k == 7:
            return f"aws s3 sync ./dist s3://acme-{svc}-assets/{g.int(1, 9)}.{g.int(0, 30)}/ --delete --cache-control max-age={g.int(60, 86400)}\n"
        return f"# {W.sentence()}\npsql -h db.internal.acme.net -U {svc.replace('-', '_')} -d {g.pick(NOUNS)}s -c 'select count(*) from {g.pick(NOUNS)}s'\n"

    def md_block(self):
        g, W = self.g, self.W
        k = g.int(0, 9)
        head = f"{'#' * g.int(2, 3)} {W.title()}\n\n"
        if k <= 3:
            return head + "\n\n".join(W.paragraph() for _ in range(g.int(1, 3))) + "\n"
        if k == 4:
            return head + "\n".join(f"- {W.sentence(4, 10)}" for _ in range(g.int(3, 7))) + "\n"
        if k == 5:
            rows = "\n".join(f"| `{W.ident()}` | {g.pick(('string', 'integer', 'boolean'))} | {W.sentence(4, 9)} |" for _ in range(g.int(3, 8)))
            return head + "| Field | Type | Description |\n|---|---|---|\n" + rows + "\n"
        if k == 6:
            return head + f"```bash\ncurl -s -H \"Authorization: Bearer $API_TOKEN\" https://{W.host()}{W.apipath()}\n```\n"
        if k == 7:
            body = json.dumps({"id": g.uuid(), g.pick(NOUNS): g.int(1, 999), "status": g.pick(("active", "pending")),
                               "created_at": ts_iso(g.int(1_700_000_000, 1_760_000_000))}, indent=2)
            return head + f"{W.sentence()}\n\n```json\n{body}\n```\n"
        if k == 8:
            return head + f"```python\n" + self.py_block() + "```\n"
        if g.chance(0.3):
            return head + f"![{g.pick(NOUNS)}](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA{g.b64(g.int(300, 3000))})\n"
        return head + f"See [{W.title()}](https://docs.acme.io/{g.pick(NOUNS)}s/{W.ident().replace('_', '-')}) and commit {g.hex(12)}.\n"

    def http_filler(self):
        g, W = self.g, self.W
        method = g.pick(("GET", "GET", "POST", "PUT", "DELETE"))
        s = f"### {W.sentence(3, 6)[:-1]}\n{method} {{{{baseUrl}}}}{W.apipath()}?{W.query()}\nAccept: application/json\n"
        if g.chance(0.5):
            s += g.pick(("Authorization: Bearer {{token}}\n", "X-API-Key: {{apiKey}}\n", "Authorization: Bearer $TOKEN\n"))
        if method in ("POST", "PUT"):
            s += "Content-Type: application/json\n\n" + json.dumps({g.pick(NOUNS): g.pick(WORDS), "count": g.int(1, 99)}) + "\n"
        return s

    # -- logs -------------------------------------------------------------------
    def access_filler(self, t):
        g, W = self.g, self.W
        k = g.r.random()
        if k < 0.5:
            pq = W.apipath() + (f"?{W.query()}" if g.chance(0.5) else "")
        elif k < 0.75:
            pq = g.pick((f"/static/js/{g.pick(NOUNS)}.{g.hex(8)}.js", f"/static/css/main.{g.hex(8)}.css", "/favicon.ico",
                         f"/assets/img/{g.pick(NOUNS)}-{g.int(1, 99)}.png", f"/images/{g.uuid()}.jpg"))
        else:
            pq = g.pick(("/health", "/metrics", "/login", "/logout", "/robots.txt", "/graphql", "/api/v1/status",
                         f"/{g.pick(NOUNS)}s/{g.int(1, 9999)}"))
        return access_line(g, t, pq, method=g.pick(("GET", "GET", "GET", "POST", "PUT", "DELETE")))

    def applog_filler(self, t, style):
        g, W = self.g, self.W
        svc = g.pick(SERVICES)
        msg = W.sentence(3, 9)[:-1].lower()
        if style == "json":
            rec = {"ts": ts_iso(t), "level": g.pick(("info", "info", "debug", "warn", "error")), "logger": f"{svc}.{g.pick(NOUNS)}",
                   "msg": msg, "trace_id": g.hex(32), "span_id": g.hex(16)}
            if g.chance(0.5):
                rec["request_id"] = g.uuid()
            if g.chance(0.5):
                rec.update(method=g.pick(("GET", "POST")), path=W.apipath(), status=g.pick((200, 200, 201, 404, 500)), duration_ms=g.int(1, 4000))
            return json.dumps(rec)
        if style == "logfmt":
            return (f'ts={ts_iso(t)} level={g.pick(("info", "debug", "warn"))} svc={svc} msg="{msg}" '
                    f"path={W.apipath()} status={g.pick((200, 204, 404, 500))} dur={g.int(1, 900)}ms trace_id={g.hex(32)}")
        line = (f"{ts_iso(t).replace('T', ' ')[:-1]} {g.pick(('INFO ', 'INFO ', 'DEBUG', 'WARN ', 'ERROR'))} "
                f"[{g.pick(('main', 'worker-1', 'http-nio-8080-exec-' + str(g.int(1, 20))))}] com.acme.{g.pick(NOUNS)}.{pascal(g.pick(NOUNS))}Service - {msg}")
        if g.chance(0.03):
            line += f"\njava.lang.IllegalStateException: {msg}\n" + "\n".join(
                f"\tat com.acme.{g.pick(NOUNS)}.{pascal(g.pick(NOUNS))}Service.{camel(W.ident())}({pascal(g.pick(NOUNS))}Service.java:{g.int(20, 900)})"
                for _ in range(g.int(3, 9)))
        elif g.chance(0.02):
            line += f" deploying {svc}@{g.hex(40)}"
        return line

    # -- data ---------------------------------------------------------------------
    def json_record(self):
        g, W = self.g, self.W
        rec = {"id": g.uuid(), "object": g.pick(NOUNS), "created": g.int(1_700_000_000, 1_760_000_000),
               "amount": g.int(100, 999999), "currency": g.pick(("usd", "eur", "gbp", "jpy")),
               "status": g.pick(("succeeded", "pending", "failed", "canceled")), "description": W.sentence(4, 10),
               "metadata": {g.pick(NOUNS) + "_id": str(g.int(1, 10**6)), "source": g.pick(NOUNS)},
               "customer": {"id": g.uuid(), "email": f"{g.pick(NOUNS)}.{g.pick(ADJS)}{g.int(1, 99)}@example.com",
                            "name": f"{g.pick(WORDS).capitalize()} {g.pick(NOUNS).capitalize()}"},
               "tags": g.r.sample(NOUNS, g.int(0, 4))}
        if g.chance(0.05):
            rec["thumbnail"] = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA" + g.b64(g.int(200, 1200))
        return rec

    def lock_entry(self):
        g = self.g
        name = g.pick((f"{g.pick(NOUNS)}-{g.pick(VERBS)}", f"@{g.pick(('acme', 'babel', 'types', 'aws-sdk'))}/{g.pick(NOUNS)}", g.pick(NOUNS) + "js"))
        ver = f"{g.int(0, 9)}.{g.int(0, 30)}.{g.int(0, 20)}"
        short = name.split("/")[-1]
        e = {"version": ver, "resolved": f"https://registry.npmjs.org/{name}/-/{short}-{ver}.tgz",
             "integrity": "sha512-" + g.b64(64)}
        if g.chance(0.4):
            e["dev"] = True
        if g.chance(0.5):
            e["dependencies"] = {g.pick(NOUNS): f"^{g.int(0, 9)}.{g.int(0, 20)}.0" for _ in range(g.int(1, 4))}
        e["license"] = g.pick(("MIT", "ISC", "Apache-2.0", "BSD-3-Clause"))
        return f"node_modules/{name}", e

    def yaml_doc(self):
        g, W = self.g, self.W
        svc = g.pick(SERVICES)
        k = g.int(0, 3)
        if k == 0:
            return (f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {svc}\n  labels:\n    app: {svc}\n    team: {g.pick(NOUNS)}\n"
                    f"spec:\n  replicas: {g.int(1, 12)}\n  selector:\n    matchLabels:\n      app: {svc}\n  template:\n    metadata:\n      labels:\n        app: {svc}\n"
                    f"    spec:\n      containers:\n        - name: {svc}\n          image: registry.acme.io/{svc}:{g.hex(7)}\n          ports:\n            - containerPort: {g.int(3000, 9000)}\n"
                    f"          env:\n            - name: LOG_LEVEL\n              value: {g.pick(('info', 'debug'))}\n            - name: API_TOKEN\n              valueFrom:\n"
                    f"                secretKeyRef:\n                  name: {svc}-secrets\n                  key: api-token\n"
                    f"          resources:\n            limits:\n              cpu: {g.int(100, 2000)}m\n              memory: {g.int(128, 4096)}Mi\n")
        if k == 1:
            return (f"apiVersion: v1\nkind: Service\nmetadata:\n  name: {svc}\nspec:\n  selector:\n    app: {svc}\n  ports:\n"
                    f"    - port: {g.int(80, 9000)}\n      targetPort: {g.int(3000, 9000)}\n")
        if k == 2:
            data = "\n".join(f"  {g.pick(NOUNS)}.{g.pick(ADJS)}: \"{g.pick(WORDS)}\"" for _ in range(g.int(3, 10)))
            return f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {svc}-config\ndata:\n{data}\n"
        steps = "\n".join(f"      - name: {W.sentence(2, 4)[:-1]}\n        run: {g.pick(('npm ci', 'make test', 'cargo build --release', 'pytest -q', 'go test ./...'))}"
                          for _ in range(g.int(2, 6)))
        return f"name: {svc} ci\non: [push, pull_request]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n{steps}\n"


# ---------------------------------------------------------------------------------------------------
# Files

class File:
    __slots__ = ("path", "cat", "lang", "style", "target", "items")

    def __init__(self, path, cat, target, lang=None, style=None):
        self.path, self.cat, self.target, self.lang, self.style = path, cat, target, lang, style
        self.items = []


# category: (share of bytes, average file size, minimum number of files)
PLAN = {
    "access-log": (0.19, 2_000_000, 6),
    "app-log": (0.14, 1_200_000, 6),
    "code": (0.316, 24_000, 60),
    "json": (0.14, 150_000, 20),
    "md": (0.08, 20_000, 20),
    "yaml": (0.05, 12_000, 20),
    "sh": (0.04, 8_000, 25),
    "http": (0.02, 6_000, 15),
    "toml": (0.01, 12_000, 10),
    "ini": (0.01, 12_000, 10),
    "env": (0.004, 2_500, 25),
}
ENV_NAMES = (".env", ".env.production", ".env.local", "deploy.env", ".env.staging", "app.env", ".env.development", "prod.env")
EXT = {"py": "py", "js": "js", "ts": "ts", "go": "go", "rs": "rs", "java": "java"}


def plan_files(g, size):
    files = []
    used = set()

    def unique(path):
        base, dot, ext = path.rpartition(".")
        n = 2
        while path in used:
            path = f"{base}-{n}.{ext}" if dot else f"{path}-{n}"
            n += 1
        used.add(path)
        return path

    for cat, (share, avg, minimum) in PLAN.items():
        budget = size * share
        count = max(minimum, round(budget / avg))
        each = budget / count
        for i in range(count):
            target = int(each * ((0.8 + 0.4 * g.r.random()) if cat.endswith("log") else (0.5 + g.r.random())))
            svc = SERVICES[i % len(SERVICES)]
            if cat == "code":
                lang = g.pick(CODE_LANGS)
                sub = {"py": svc.replace("-", "_"), "js": "src", "ts": "src", "go": "internal/" + g.pick(NOUNS), "rs": "src",
                       "java": "src/main/java/com/acme"}[lang]
                stem = g.pick(NOUNS) + "_" + g.pick(VERBS) if lang in ("py", "rs", "go") else camel(g.pick(NOUNS) + "_" + g.pick(NOUNS))
                if lang == "java":
                    stem = pascal(stem) + "Service"
                files.append(File(unique(f"services/{svc}/{sub}/{stem}.{EXT[lang]}"), cat, target, lang=lang))
            elif cat == "access-log":
                kind = "nginx" if i % 3 else "apache"
                name = f"logs/{kind}/{'access.log' if kind == 'nginx' else 'access_log'}" + (f".{i}" if i > 1 else "")
                files.append(File(unique(name), cat, target))
            elif cat == "app-log":
                files.append(File(unique(f"logs/app/{svc}.{i}.log"), cat, target, style=("json", "plain", "logfmt")[i % 3]))
            elif cat == "json":
                kind = ("lock", "fixture", "fixture", "config", "config")[i % 5]
                name = {"lock": f"services/{svc}/{('web', 'admin', 'sdk', 'e2e', 'docs')[i // len(SERVICES) % 5]}/package-lock.json", "fixture": f"services/{svc}/test/fixtures/{g.pick(NOUNS)}s.json",
                        "config": f"config/{svc}.{g.pick(('settings', 'app', 'integrations'))}.json"}[kind]
                # Config files stay small; the lock files and fixtures take the rest of the budget.
                target = min(target, 40_000) if kind == "config" else int(target + max(0, each - 40_000) * 2 / 3)
                files.append(File(unique(name), cat, target, style=kind))
            elif cat == "md":
                name = f"services/{svc}/README.md" if i < len(SERVICES) else f"docs/{g.pick(NOUNS)}-{g.pick(NOUNS)}.md"
                files.append(File(unique(name), cat, target))
            elif cat == "yaml":
                name = g.pick((f"deploy/k8s/{svc}.yaml", f"deploy/compose/{svc}.yml", f".github/workflows/{svc}.yml", f"config/{svc}.yaml"))
                files.append(File(unique(name), cat, target))
            elif cat == "sh":
                files.append(File(unique(f"scripts/{g.pick(VERBS)}-{g.pick(NOUNS)}.sh" if i % 2 else f"services/{svc}/bin/{g.pick(VERBS)}.sh"), cat, target))
            elif cat == "http":
                files.append(File(unique(f"api/{svc}/{g.pick(NOUNS)}s.http"), cat, target))
            elif cat == "toml":
                files.append(File(unique(f"config/{svc}/{g.pick(NOUNS)}.toml" if i % 2 else f"services/{svc}/config.toml"), cat, target))
            elif cat == "ini":
                files.append(File(unique(f"config/{svc}/{g.pick(NOUNS)}.ini" if i % 2 else f"services/{svc}/settings.ini"), cat, target))
            elif cat == "env":
                name = f"services/{svc}/{ENV_NAMES[i // len(SERVICES) % len(ENV_NAMES)]}"
                files.append(File(unique(name), cat, target))
    return files, unique


# ---------------------------------------------------------------------------------------------------
# Building files

def insert_blocks(g, filler, planted):
    """Filler blocks with the planted blocks at random places between them."""
    out = list(filler)
    for block in planted:
        out.insert(g.r.randrange(len(out) + 1), block)
    return out


def fill(make, target):
    blocks, size = [], 0
    while size < target:
        b = make()
        blocks.append(b)
        size += len(b) + 1
    return blocks


def build_code(g, F, f):
    W = F.W
    lang = f.lang
    name = os.path.basename(f.path).rsplit(".", 1)[0]
    header = F.code_header(lang, name)
    planted = []
    for item in f.items:
        M = item.m
        if item.placement == "url-userinfo":
            url, kind = userinfo_url(g, item, M)
            n = {"git": "repo_url", "db": "database_url", "http": "upstream_url"}[kind]
            inner = {"py": f'{n.upper()} = "{url}"\n', "js": f'const {camel(n)} = "{url}";\n', "ts": f'const {camel(n)}: string = "{url}";\n',
                     "go": f'const {camel(n)} = "{url}"\n', "rs": f'const {n.upper()}: &str = "{url}";\n',
                     "java": f'    private static final String {n.upper()} = "{url}";\n'}[lang]
            planted.append(inner)
        elif item.placement == "assignment":
            planted.append(code_assignment(g, lang, item, M))
        else:
            planted.append(code_request(g, lang, item, M, W.ident()))
    blocks = insert_blocks(g, fill(lambda: F.code_filler(lang), f.target - len(header)), planted)
    body = header + "\n" + "\n".join(blocks)
    return body + ("}\n" if lang == "java" else "")


def build_sh(g, F, f):
    planted = [shell_block(g, item, item.m) for item in f.items]
    header = f"#!/usr/bin/env bash\n# {F.W.sentence()}\nset -euo pipefail\n"
    return header + "\n" + "\n".join(insert_blocks(g, fill(F.sh_block, f.target), planted))


def build_md(g, F, f):
    planted = [markdown_block(g, item, item.m, F.W) for item in f.items]
    header = f"# {F.W.title()}\n\n{F.W.paragraph()}\n"
    return header + "\n" + "\n".join(insert_blocks(g, fill(F.md_block, f.target), planted))


def build_http(g, F, f):
    planted = [item.s + http_block(g, item, item.m, F.W) for item in f.items]
    header = f"@baseUrl = https://{F.W.host()}\n\n"
    return header + "\n".join(insert_blocks(g, fill(F.http_filler, f.target), planted))


def build_yaml(g, F, f):
    planted = [yaml_block(g, item, item.m) for item in f.items]
    return "---\n".join(insert_blocks(g, fill(F.yaml_doc, f.target), planted))


SETTING_VALUES = {  # setting name suffix -> (value, whether TOML quotes it)
    "timeout": lambda g, W: (str(g.pick((5, 10, 30, 60, 120, 300))), False),
    "enabled": lambda g, W: (g.pick(("true", "false")), False),
    "port": lambda g, W: (str(g.int(1024, 65535)), False),
    "host": lambda g, W: (f"{g.pick(NOUNS)}.internal.acme.net", True),
    "url": lambda g, W: (f"https://{W.host()}{W.apipath()}", True),
    "path": lambda g, W: (f"/var/lib/{g.pick(SERVICES)}/{g.pick(NOUNS)}", True),
    "size": lambda g, W: (str(g.pick((64, 128, 256, 1024, 4096))), False),
    "count": lambda g, W: (str(g.int(1, 500)), False),
    "level": lambda g, W: (g.pick(("info", "debug", "warn", "error")), True),
    "region": lambda g, W: (g.pick(("us-east-1", "eu-west-1", "ap-southeast-2")), True),
    "bucket": lambda g, W: (f"acme-{g.pick(NOUNS)}-{g.pick(('prod', 'staging', 'dev'))}", True),
    "name": lambda g, W: (f"{g.pick(ADJS)}-{g.pick(NOUNS)}", True),
    "interval": lambda g, W: (f"{g.int(1, 60)}{g.pick(('s', 'm', 'h'))}", True),
}


def build_config(g, F, f, toml):
    W = F.W

    def section():
        name = g.pick((g.pick(NOUNS), f"{g.pick(NOUNS)}.{g.pick(ADJS)}", g.pick(SERVICES).replace("-", "_")))
        lines = [f"[{name}]"]
        for _ in range(g.int(2, 9)):
            suffix = g.pick(tuple(SETTING_VALUES))
            v, quoted = SETTING_VALUES[suffix](g, W)
            lines.append(f"{g.pick(NOUNS)}_{suffix} = " + (f'"{v}"' if toml and quoted else v))
        if g.chance(0.3):
            lines.insert(1, f"# {W.sentence()}" if toml else f"; {W.sentence()}")
        return "\n".join(lines) + "\n"

    planted = [config_block(g, item, item.m, toml) for item in f.items]
    return "\n".join(insert_blocks(g, fill(section, f.target), planted))


def build_env(g, F, f):
    W = F.W

    def line():
        if g.chance(0.12):
            return f"# {W.sentence()}"
        suffix = g.pick(tuple(SETTING_VALUES))
        v, _ = SETTING_VALUES[suffix](g, W)
        if g.chance(0.08):
            v = f"${{{g.pick(NOUNS).upper()}_{suffix.upper()}}}"
        return f"{g.pick(NOUNS).upper()}_{suffix.upper()}={v}"

    planted = [env_line(g, item, item.m).rstrip("\n") for item in f.items]
    return "\n".join(insert_blocks(g, fill(line, f.target), planted)) + "\n"


def build_log(g, F, f, access):
    t = float(g.int(1_704_067_200, 1_760_000_000))
    lines, times, size = [], [], 0
    while size < f.target:
        t += g.r.expovariate(4.0)
        line = F.access_filler(t) if access else F.applog_filler(t, f.style)
        lines.append(line)
        times.append(t)
        size += len(line) + 1
    for item in f.items:
        i = g.r.randrange(len(lines) + 1)
        tt = times[min(i, len(times) - 1)]
        line = (access_planted(g, item, item.m, tt, F.W) if access else applog_planted(g, item, item.m, tt, f.style, F.W))
        lines.insert(i, line)
        times.insert(i, tt)
    return "\n".join(lines) + "\n"


def json_insert(g, obj, key, value):
    """Inserts key: value into dict obj at a random position."""
    items = list(obj.items())
    while key in obj:
        key = key + "_2"
    items.insert(g.r.randrange(len(items) + 1), (key, value))
    obj.clear()
    obj.update(items)


def json_planted(g, item, M):
    """(container hint, key, value) for a JSON placement."""
    spec = item.spec
    key = spec.get("key") or "api_key"
    if "\n" in item.value and item.kind == "secret":  # a GCP service account key
        return "top", "credentials", {"type": "service_account", "project_id": f"acme-{g.pick(NOUNS)}-{g.int(100, 999)}",
                                      "private_key_id": g.hex(40), "private_key": M,
                                      "client_email": f"{g.pick(SERVICES)}@acme-prod.iam.gserviceaccount.com"}
    if item.format == "npm-integrity":
        return "top", "integrity", M
    if item.format == "pagination-token":
        return "top", g.pick(("next_page_token", "nextPageToken", "next_cursor", "continuationToken", "@odata.nextLink")), M
    style = g.int(0, 2)
    k = key if style == 0 else (camel(key) if style == 1 else (spec.get("env") or key.upper()))
    if item.kind == "secret" and spec.get("auth") and spec["auth"][0] == "header" and g.chance(0.2):
        auth = spec["auth"]
        return "section", "headers", {"Accept": "application/json", auth[1]: f"{auth[2] if len(auth) > 2 else ''}{M}"}
    return "section", k, M


def build_json(g, F, f):
    W = F.W
    if f.style == "lock":
        pkgs = {"": {"name": os.path.dirname(f.path).split("/")[-1], "version": f"{g.int(0, 5)}.{g.int(0, 20)}.0"}}
        size = 0
        while size < f.target:
            k, v = F.lock_entry()
            pkgs[k] = v
            size += len(json.dumps(v, indent=6)) + len(k) + 8
        obj = {"name": pkgs[""]["name"], "version": pkgs[""]["version"], "lockfileVersion": 3, "requires": True, "packages": pkgs}
        containers = [v for k, v in pkgs.items() if k]
    elif f.style == "fixture":
        data, size = [], 0
        while size < f.target:
            rec = F.json_record()
            data.append(rec)
            size += len(json.dumps(rec, indent=6)) + 8
        obj = {"object": "list", "url": W.apipath(), "has_more": g.chance(0.5), "data": data}
        containers = data
    else:
        obj = {"name": os.path.basename(f.path).split(".")[0], "version": f"{g.int(1, 9)}.{g.int(0, 30)}.{g.int(0, 9)}"}
        containers = []
        size = 0
        while size < f.target:
            sec = {}
            for _ in range(g.int(3, 12)):
                k = g.int(0, 3)
                key = camel(g.pick(NOUNS) + "_" + g.pick(("timeout", "enabled", "url", "retries", "name", "region")))
                sec[key] = [g.int(1, 9000), g.pick((True, False)), f"https://{W.host()}{W.apipath()}", g.pick(WORDS)][k]
            if g.chance(0.3):
                sec["allowedOrigins"] = [f"https://{W.host()}" for _ in range(g.int(1, 4))]
            obj[g.pick(NOUNS) + ("s" if g.chance(0.5) else "") + str(len(obj))] = sec
            containers.append(sec)
            size += len(json.dumps(sec, indent=4)) + 24
    for item in f.items:
        where, key, value = json_planted(g, item, item.m)
        if f.style == "lock" and item.format == "npm-integrity":
            c = g.pick(containers)
            c["integrity"] = item.m  # replaces a filler integrity
            continue
        if where == "top" or not containers:
            json_insert(g, obj, key, value)
        else:
            json_insert(g, g.pick(containers), key, value)
    text = json.dumps(obj, indent=2) + "\n"
    # Range markers: a JSON value cannot hold one, so the planted line is the whole range.
    return text


def build_single(g, F, f):
    parts = []
    for item in f.items:
        if f.cat == "pem":
            if item.kind == "secret" and g.chance(0.3):
                cert, _ = gen_public_key(g)
                parts.append(cert.replace("PUBLIC KEY", "CERTIFICATE") + "\n")
            parts.append(item.m + "\n")
        elif f.cat == "agekey":
            pub = "age1" + g.s(BECH32.lower(), 58)
            parts.append(f"# created: {ts_iso(g.int(1_700_000_000, 1_760_000_000))[:19]}Z\n# public key: {pub}\n{item.m}\n")
        elif f.cat == "npmrc":
            parts.append(f"registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={item.m}\nalways-auth=true\n")
        elif f.cat == "authorized-keys":
            parts.append(f"{ssh_public_key(g)}\n{item.m}\n{ssh_public_key(g)}\n")
    return "".join(parts)


# ---------------------------------------------------------------------------------------------------

MARK = re.compile(r"@@([PS])(\d+)@@")


def substitute(text, items, relpath):
    out, pos, line, starts = [], 0, 1, {}
    for m in MARK.finditer(text):
        chunk = text[pos:m.start()]
        out.append(chunk)
        line += chunk.count("\n")
        pos = m.end()
        item = items[int(m.group(2))]
        if m.group(1) == "S":
            starts[item.id] = line
            continue
        if item.file is not None:
            raise AssertionError(f"item {item.id} planted twice")
        item.file, item.line = relpath, line
        item.first = starts.get(item.id, line)
        out.append(item.text)
        n = item.text.count("\n")
        item.last = line + n
        line += n
    out.append(text[pos:])
    return "".join(out)


def value_text(item, cat):
    """What replaces the marker: the value itself, escaped or indented where the file needs it."""
    v = item.value
    if "\n" not in v:
        return v
    if cat == "json" or (cat == "env"):
        return json.dumps(v)[1:-1]  # one line with \n escapes
    if cat == "yaml":
        return v.replace("\n", "\n    ")
    return v


# ---------------------------------------------------------------------------------------------------
# What the first corpus lacked (issue 9): scripts and .env files dense with commands that take
# every credential and base URL from a variable, code in many languages whose credential-named
# identifiers are not secrets, and test fixtures. None of it holds a planted item: every finding
# on it is an "other finding". It comes from a generator stream of its own, so the rest of the
# corpus is laid out as before.

BASES = ("$API_URL", "${API_URL}", "$BASE_URL", "${BASE_URL%/}", "$GATEWAY_URL", "${SERVICE_URL:-https://api.acme.io}",
         "https://api.acme.io", "https://$API_HOST", "$REGISTRY_URL")
TOKEN_VARS = ("TOKEN", "API_TOKEN", "ACCESS_TOKEN", "GITHUB_TOKEN", "CI_JOB_TOKEN", "DEPLOY_TOKEN", "SERVICE_TOKEN", "AUTH_TOKEN")
KEY_VARS = ("API_KEY", "DATADOG_API_KEY", "SENDGRID_API_KEY", "STRIPE_SECRET_KEY", "X_API_KEY", "PARTNER_KEY")


class Dense:
    """Command-dense shell and .env lines, mostly `$VAR`-referencing: none is a finding."""

    def __init__(self, g, W):
        self.g, self.W = g, W

    def url(self):
        g, W = self.g, self.W
        path = W.apipath()
        if g.chance(0.3):
            path += f"?{W.query()}"
        if g.chance(0.2):
            path = path.replace(f"/{g.int(1, 9)}", "/$ID", 1)
        return f"{g.pick(BASES)}{path}"

    def command(self):
        g, W = self.g, self.W
        tok, key, url = g.pick(TOKEN_VARS), g.pick(KEY_VARS), self.url()
        k = g.int(0, 13)
        if k == 0:
            return f'curl -sS -H "Authorization: Bearer ${tok}" "{url}"'
        if k == 1:
            return (f'curl -fsS -X POST "{url}" \\\n  -H "Content-Type: application/json" \\\n  -H "Authorization: Bearer ${{{tok}}}" \\\n'
                    f'  -d "{{\\"{g.pick(NOUNS)}\\": \\"${g.pick(NOUNS).upper()}\\", \\"count\\": {g.int(1, 99)}}}"')
        if k == 2:
            return f'resp=$(curl -s -H "X-API-Key: ${key}" "{url}")\necho "$resp" | jq -r \'.{g.pick(NOUNS)}s[].id\''
        if k == 3:
            return f'wget -q --header="Authorization: Bearer ${tok}" -O "{g.pick(NOUNS)}-$(date +%s).json" "{url}"'
        if k == 4:
            return f'http --check-status --ignore-stdin GET "{url}" "Authorization:Bearer ${tok}"'
        if k == 5:
            return f'curl -sf -u "${g.pick(("CI_USER", "NEXUS_USER", "DEPLOY_USER"))}:${g.pick(("CI_PASSWORD", "NEXUS_PASSWORD", "DEPLOY_PASSWORD"))}" "{url}" -o /dev/null'
        if k == 6:
            return f'curl --retry 3 --retry-delay 2 -H "Authorization: token ${tok}" -H "Accept: application/vnd.github+json" "https://api.github.com/repos/$REPO/{g.pick(("releases/latest", "pulls", "issues", "actions/runs"))}"'
        if k == 7:
            return f'xh --ignore-stdin POST "{url}" "Authorization:Bearer ${tok}" {g.pick(NOUNS)}="${g.pick(NOUNS).upper()}" count:={g.int(1, 50)}'
        if k == 8:
            return f'curl -s -o /dev/null -w "%{{http_code}}" "{g.pick(BASES)}/health" || {{ echo "{W.sentence(3, 6)}" >&2; exit 1; }}'
        if k == 9:
            return f'if ! curl -fsS --max-time 10 -H "Authorization: Bearer ${tok}" "{url}" > "$TMP/{g.pick(NOUNS)}.json"; then\n  echo "fetch failed" >&2\nfi'
        if k == 10:
            return f'curl -sS -G --data-urlencode "q={g.pick(WORDS)} {g.pick(NOUNS)}" -H "Authorization: Bearer ${tok}" "{url}"'
        if k == 11:
            return f'for {g.pick(NOUNS)} in $(seq 1 {g.int(2, 20)}); do\n  curl -s -H "Authorization: Bearer ${tok}" "{g.pick(BASES)}/v1/{plural(g.pick(NOUNS))}?page=${g.pick(NOUNS)}" | jq -c .\ndone'
        if k == 12:
            return f'http POST "{url}" X-API-Key:"${key}" {g.pick(NOUNS)}=={g.pick(WORDS)}'
        return f'echo "{W.sentence(3, 8)}"'

    def script_block(self):
        g = self.g
        lines = [self.command() for _ in range(g.int(2, 6))]
        if g.chance(0.3):
            lines.insert(0, f"# {self.W.sentence()}")
        if g.chance(0.2):
            lines.insert(0, f'{g.pick(NOUNS).upper()}_URL="${{{g.pick(NOUNS).upper()}_URL:-{g.pick(BASES)}}}"')
        return "\n".join(lines) + "\n"

    def env_line(self):
        g, W = self.g, self.W
        name = f"{g.pick(NOUNS).upper()}_{g.pick(('CMD', 'CHECK', 'HOOK', 'PROBE', 'SYNC'))}"
        k = g.int(0, 7)
        if k == 0:
            return f"{name}=\"curl -fsS -H 'Authorization: Bearer ${g.pick(TOKEN_VARS)}' {self.url()}\""
        if k == 1:
            return f"{name}='wget -q --header=\"X-API-Key: ${g.pick(KEY_VARS)}\" -O- {self.url()}'"
        if k == 2:
            return f"{name}=\"http GET {self.url()} Authorization:'Bearer ${g.pick(TOKEN_VARS)}'\""
        if k == 3:
            return f"{g.pick(NOUNS).upper()}_URL=${{{g.pick(('API_URL', 'BASE_URL', 'GATEWAY_URL'))}}}{W.apipath()}"
        if k == 4:
            return f"{g.pick(('DATABASE_URL', 'REDIS_URL', 'AMQP_URL'))}={g.pick(('postgres', 'redis', 'amqp'))}://${{DB_USER}}:${{DB_PASSWORD}}@{g.pick(NOUNS)}:5432/{g.pick(NOUNS)}"
        if k == 5:
            return f"{g.pick(TOKEN_VARS)}=${{{g.pick(TOKEN_VARS)}}}"
        if k == 6:
            return f"{name}=\"curl -s -u $CI_USER:$CI_PASSWORD {self.url()}\""
        return f"# {W.sentence()}"


def poly_lines(g, W, lang):
    """Code of one language whose credential-named identifiers, types, fields and reads from the
    environment are not secrets: `let api_key = config.api_key();`, `shared_secret: SharedSecret,`."""
    n = g.pick(NOUNS)
    cred = g.pick(("api_key", "token", "secret", "password", "access_token", "client_secret", "secret_key", "auth_token",
                   "signing_key", "refresh_token", "private_key", "session_token", "shared_secret"))
    Cred, cred_c, CRED = pascal(cred), camel(cred), cred.upper()
    return {
        "rs": [f"let {cred} = config.{cred}();", f"pub fn verify(token: &Token, key: &{Cred}) -> Result<Claims, Error> {{",
               f"    {cred}: {Cred},", f"let {cred} = std::env::var(\"{CRED}\")?;", f"match token {{ Token::Bracket {{ .. }} => {{}}, _ => {{}} }}",
               f"pub fn cfb128(key: UnboundCipherKey, {n}: &[u8]) -> Vec<u8> {{", f"#[serde(rename = \"{cred}\")]", f"    {cred}: Option<String>,"],
        "go": [f"{cred_c} := cfg.{Cred}", f"func Verify(token *jwt.Token, {cred_c} []byte) error {{", f"var {cred_c} = os.Getenv(\"{CRED}\")",
               f"\t{Cred} string `json:\"{cred}\" yaml:\"{cred}\"`", f"if {cred_c} == \"\" {{ return errors.New(\"{cred} is required\") }}"],
        "java": [f"String {cred_c} = System.getenv(\"{CRED}\");", f"private final {Cred} {cred_c};", f"public boolean verify(Token token, {Cred} {cred_c}) {{",
                 f"@Value(\"${{{cred.replace('_', '.')}}}\") private String {cred_c};", f"this.{cred_c} = Objects.requireNonNull({cred_c}, \"{cred_c}\");"],
        "kt": [f"val {cred_c} = BuildConfig.{CRED}", f"fun refresh(token: AccessToken, {cred_c}: {Cred}): Session {{", f"private val {cred_c}: String by lazy {{ System.getenv(\"{CRED}\") }}",
               f"data class Credentials(val {cred_c}: {Cred}, val {n}: String)"],
        "cs": [f"var {cred_c} = Configuration[\"{Cred}\"];", f"public string {Cred} {{ get; set; }}", f"public bool Verify(Token token, {Cred} {cred_c}) {{",
               f"services.Configure<{Cred}Options>(Configuration.GetSection(\"{Cred}\"));"],
        "c": [f"const char *{cred} = getenv(\"{CRED}\");", f"int verify_{n}(const struct token *token, const uint8_t *{cred}, size_t {cred}_len);",
              f"static char {cred}[{g.pick((32, 64, 128))}];", f"if ({cred} == NULL) {{ return -EINVAL; }}"],
        "cpp": [f"std::string {cred} = load_key(path);", f"bool verify(const Token& token, const {Cred}& {cred_c});", f"auto {cred_c} = config.get<std::string>(\"{cred}\");",
                f"explicit {Cred}(std::vector<uint8_t> bytes) : bytes_(std::move(bytes)) {{}}"],
        "js": [f"const {cred_c} = process.env.{CRED};", f"function verify(token, {cred_c}) {{", f"const {{ {cred_c} }} = require('./config');", f"if (!{cred_c}) throw new Error('{CRED} is not set');"],
        "ts": [f"const {cred_c}: string = process.env.{CRED} ?? '';", f"export function verify(token: Token, {cred_c}: {Cred}): boolean {{", f"  {cred_c}: {Cred};",
               f"constructor(private readonly {cred_c}: {Cred}) {{}}"],
        "py": [f"{cred} = os.environ[\"{CRED}\"]", f"def verify(token: Token, {cred}: {Cred}) -> bool:", f"{cred} = settings.{CRED}", f"    {cred}: str = Field(..., env=\"{CRED}\")",
               f"{cred} = getpass.getpass(\"{cred.replace('_', ' ')}: \")"],
        "php": [f"${cred_c} = getenv('{CRED}');", f"$this->{cred_c} = $config['{cred}'];", f"public function verify(Token $token, string ${cred_c}): bool", f"${cred_c} = $_ENV['{CRED}'] ?? null;"],
        "rb": [f"{cred} = ENV.fetch(\"{CRED}\")", f"def verify(token, {cred})", f"  config.{cred} = Rails.application.credentials.{cred}", f"attr_reader :{cred}"],
        "tf": [f"  {cred} = var.{cred}", f"variable \"{cred}\" {{\n  type      = string\n  sensitive = true\n}}", f"  password = data.vault_generic_secret.{n}.data[\"{cred}\"]",
               f"  {cred} = random_password.{n}.result"],
        "yaml": [f"{cred}: ${{{CRED}}}", f"{cred_c}: !Ref {Cred}Param", f"{cred}: \"{{{{ .Values.{cred_c} }}}}\"", f"  - name: {CRED}\n    valueFrom:\n      secretKeyRef:\n        name: {n}-secrets\n        key: {cred.replace('_', '-')}"],
        "toml": [f"{cred} = \"${{{CRED}}}\"", f"{cred}_file = \"/run/secrets/{cred}\"", f"{cred}_env = \"{CRED}\""],
        "xml": [f"<{cred_c}>${{{cred.replace('_', '.')}}}</{cred_c}>", f"<add key=\"{Cred}\" value=\"%{CRED}%\" />", f"<property name=\"{cred_c}\" value=\"${{env.{CRED}}}\"/>"],
        "properties": [f"{cred.replace('_', '.')}=${{{CRED}}}", f"spring.datasource.password=${{DB_PASSWORD}}", f"{n}.{cred.replace('_', '-')}=${{{CRED}:}}"],
        "Dockerfile": [f"ARG {CRED}", f"ENV {CRED}=${{{CRED}}}", f"RUN --mount=type=secret,id={cred} {g.pick(('npm ci', 'pip install -r requirements.txt', 'make build'))}"],
    }[lang]


POLY = {"rs": "src/{n}.rs", "go": "internal/{n}/{n}.go", "java": "src/main/java/com/acme/{N}Client.java", "kt": "app/src/main/kotlin/{N}Repository.kt",
        "cs": "src/{N}Service.cs", "c": "src/{n}.c", "cpp": "src/{n}.cpp", "js": "lib/{n}.js", "ts": "src/{n}.ts", "py": "{n}/client.py",
        "php": "src/{N}Controller.php", "rb": "lib/{n}.rb", "tf": "infra/{n}.tf", "yaml": "config/{n}.yaml", "toml": "config/{n}.toml",
        "xml": "config/{n}.xml", "properties": "src/main/resources/{n}.properties", "Dockerfile": "docker/{n}/Dockerfile"}


def fixture_text(g, W, target):
    """Test fixtures: recorded API responses and test code with the ids, hashes, timestamps,
    test-only stand-ins and documented example keys that real test suites hold."""
    out, size = [], 0
    while size < target:
        k = g.int(0, 3)
        if k == 0:
            rec = {"id": g.uuid(), "object": g.pick(NOUNS), "created": g.int(1_600_000_000, 1_760_000_000), "etag": g.hex(32),
                   "request_id": f"req_{g.s(ALNUM, 14)}", "token_type": "bearer", "access_token": "REDACTED", "expires_in": 3600,
                   "scope": " ".join(g.r.sample(("read", "write", "admin", "openid", "profile"), 2)), "sha256": g.hex(64),
                   "next_cursor": g.b64url(18), "client_id": f"{g.s(ALNUM, 8)}.apps.acme.io"}
            text = json.dumps(rec, indent=2)
        elif k == 1:
            text = (f"def test_{W.ident()}(client):\n    resp = client.post(\"/login\", json={{\"username\": \"alice\", \"password\": \"test\"}})\n"
                    f"    assert resp.status_code == 200\n    token = resp.json()[\"access_token\"]\n    assert client.get(\"/me\", headers={{\"Authorization\": f\"Bearer {{token}}\"}}).ok\n")
        elif k == 2:
            text = (f"const FAKE_TOKEN = 'test-token';\nconst EXAMPLE_KEY = 'AKIAIOSFODNN7EXAMPLE';\n"
                    f"it('{W.sentence(3, 6)[:-1].lower()}', async () => {{\n  const res = await api.get('/v1/{plural(g.pick(NOUNS))}', {{ headers: {{ Authorization: `Bearer ${{FAKE_TOKEN}}` }} }});\n"
                    f"  expect(res.body.id).toBe('{g.uuid()}');\n}});\n")
        else:
            text = f"{g.pick(NOUNS)}_id,{g.pick(NOUNS)}_hash,created_at\n" + "\n".join(f"{g.int(1, 99999)},{g.hex(40)},2025-0{g.int(1, 9)}-{g.int(10, 28)}T10:00:00Z" for _ in range(g.int(3, 12)))
        out.append(text)
        size += len(text) + 1
    return "\n".join(out) + "\n"


# The share of the corpus that build_extras writes, and the kind each category counts as.
EXTRAS = 0.18
KIND_OF = {"pem": "keys", "agekey": "keys", "npmrc": "keys", "authorized-keys": "keys"}


def build_extras(seed, W_of, size, unique):
    """The files of what the first corpus lacked, EXTRAS of `size` bytes: (relative path, kind, text)."""
    g = G(seed * 7919 + 9)
    W = W_of(g)
    D = Dense(g, W)
    files = []
    plan = {"sh-dense": 0.06, "env-dense": 0.02, "polyglot": 0.08, "fixture": 0.02}
    for kind, share in plan.items():
        budget = int(size * share)
        made = 0
        while made < budget:
            svc = g.pick(SERVICES)
            if kind == "sh-dense":
                path = unique(f"services/{svc}/scripts/{g.pick(VERBS)}-{plural(g.pick(NOUNS))}.sh")
                blocks = [f"#!/usr/bin/env bash\n# {W.sentence()}\nset -euo pipefail\n"]
                while sum(map(len, blocks)) < 12_000:
                    blocks.append(D.script_block())
                text = "\n".join(blocks)
            elif kind == "env-dense":
                path = unique(f"services/{svc}/{g.pick(('.env.commands', 'hooks.env', '.env.ci', 'probes.env'))}")
                lines = []
                while sum(map(len, lines)) < 4_000:
                    lines.append(D.env_line())
                text = "\n".join(lines) + "\n"
            elif kind == "polyglot":
                lang = g.pick(tuple(POLY))
                n = g.pick(NOUNS)
                path = unique(f"services/{svc}/" + POLY[lang].format(n=n, N=pascal(n)))
                lines = []
                while sum(map(len, lines)) < 10_000:
                    lines.extend(poly_lines(g, W, lang)[g.int(0, 2):])
                    lines.append("")
                text = "\n".join(lines) + "\n"
            else:
                path = unique(f"services/{svc}/tests/fixtures/{g.pick(NOUNS)}_{g.pick(VERBS)}.{g.pick(('json', 'py', 'js', 'csv'))}")
                text = fixture_text(g, W, 8_000)
            files.append((path, kind, text))
            made += len(text.encode())
    return files


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--size-mib", type=float, default=50)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--truth", help="ground truth path [default: OUT_DIR/../NAME.truth.json]")
    args = ap.parse_args()
    started = time.time()
    out_dir = args.out_dir.rstrip("/")
    truth_path = args.truth or os.path.join(os.path.dirname(os.path.abspath(out_dir)), os.path.basename(out_dir) + ".truth.json")
    if os.path.exists(out_dir) and os.listdir(out_dir):
        sys.exit(f"make_corpus.py: {out_dir} exists and is not empty")

    g = G(args.seed)
    F = Filler(g)
    items = make_secrets(g) + make_decoys(g)
    for i, item in enumerate(items):
        item.id = i
    size = int(args.size_mib * 1024 * 1024)
    # What the first corpus lacked takes EXTRAS of it; the rest is laid out as before.
    files, unique = plan_files(g, int(size * (1 - EXTRAS)))
    by_cat = {}
    for f in files:
        by_cat.setdefault(f.cat, []).append(f)
    singles = {"pem": ("keys", "pem"), "agekey": ("secrets/age", "txt"), "npmrc": ("services", "npmrc"),
               "authorized-keys": ("deploy/ssh", "authorized_keys")}
    for item in items:
        cat = category_for(g, item)
        item.cat = cat
        if item.placement == "config-file":
            item.placement = cat + "-config"
        item.text = value_text(item, cat)
        if cat in singles:
            d, ext = singles[cat]
            if cat == "npmrc":
                path = unique(f"services/{g.pick(SERVICES)}/.npmrc")
            elif cat == "authorized-keys":
                path = unique(f"deploy/ssh/{g.pick(SERVICES)}.authorized_keys")
            else:
                stem = g.pick(("server", "deploy", "signing", "tls", "client", g.pick(SERVICES)))
                path = unique(f"{d}/{stem}.{g.pick(('pem', 'key')) if item.kind == 'secret' else 'pub.pem'}" if cat == "pem" else f"{d}/{stem}.{ext}")
            f = File(path, cat, 0)
            files.append(f)
            f.items.append(item)
        elif cat == "json" and item.format != "npm-integrity":
            g.pick([f for f in by_cat[cat] if f.style != "lock"]).items.append(item)
        else:
            g.pick(by_cat[cat]).items.append(item)

    total = 0
    for f in files:
        if f.cat == "code":
            text = build_code(g, F, f)
        elif f.cat == "sh":
            text = build_sh(g, F, f)
        elif f.cat == "md":
            text = build_md(g, F, f)
        elif f.cat == "http":
            text = build_http(g, F, f)
        elif f.cat == "yaml":
            text = build_yaml(g, F, f)
        elif f.cat in ("toml", "ini"):
            text = build_config(g, F, f, f.cat == "toml")
        elif f.cat == "env":
            text = build_env(g, F, f)
        elif f.cat in ("access-log", "app-log"):
            text = build_log(g, F, f, f.cat == "access-log")
        elif f.cat == "json":
            text = build_json(g, F, f)
        else:
            text = build_single(g, F, f)
        text = substitute(text, items, f.path)
        path = os.path.join(out_dir, f.path)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        data = text.encode()
        with open(path, "wb") as fh:
            fh.write(data)
        total += len(data)

    kinds = {}
    for f in files:
        kinds.setdefault(KIND_OF.get(f.cat, f.cat), []).append(f.path)
    for path, kind, text in build_extras(args.seed, Words, size, unique):
        full = os.path.join(out_dir, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        data = text.encode()
        with open(full, "wb") as fh:
            fh.write(data)
        total += len(data)
        kinds.setdefault(kind, []).append(path)
    nfiles = sum(len(v) for v in kinds.values())

    missing = [it for it in items if it.file is None]
    if missing:
        raise AssertionError(f"{len(missing)} items not planted, e.g. {missing[0].format} {missing[0].placement}")
    lines = {}
    for it in items:
        for ln in range(it.line, it.last + 1):
            key = (it.file, ln)
            if key in lines:
                raise AssertionError(f"two items on {it.file}:{ln}")
            lines[key] = it.id
    records = []
    for it in sorted(items, key=lambda it: (it.file, it.line)):
        rec = {"file": it.file, "line": it.line, "kind": it.kind, "format": it.format, "placement": it.placement}
        if (it.first, it.last) != (it.line, it.line):
            rec["range"] = [it.first, it.last]
        if it.optional:
            rec["optional"] = True
        if it.note:
            rec["note"] = it.note
        if it.format == "bad-checksum":
            # Under a credential name (all of them are): issue 9 reports the made-up token as an
            # info reference, and keeps the name check on, which reports a generated-looking value
            # under a credential name as a secret. Either is right; score.py counts them apart.
            rec["by_name"] = True
        rec["value"] = it.value if "\n" not in it.value else it.value.split("\n", 1)[0] + " …"
        records.append(rec)
    truth = {"generator": "bench/make_corpus.py", "seed": args.seed, "size_mib": args.size_mib, "files": nfiles,
             "bytes": total, "kinds": {k: sorted(v) for k, v in sorted(kinds.items())}, "secrets": sum(1 for it in items if it.kind == "secret"),
             "decoys": sum(1 for it in items if it.kind == "decoy"), "items": records}
    with open(truth_path, "w") as fh:
        json.dump(truth, fh, indent=1)
        fh.write("\n")
    print(f"{out_dir}: {nfiles} files, {total / 2**20:.1f} MiB, {truth['secrets']} secrets, {truth['decoys']} decoys "
          f"({time.time() - started:.1f} s); truth: {truth_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
