//! The provider formats keyward recognises. Each entry carries its examples: values that must be
//! recognised as it and values that must not; the tests run all of them.
//!
//! Patterns are `regex::bytes` patterns over ASCII: no Unicode classes, so `\w` is `[0-9A-Za-z_]`.
//! Each pattern describes the value alone; the scanner checks that no letter or digit touches it
//! on either side, so a pattern never matches inside a longer random string.

use super::{Check, Detector, Failing, Kind, Mode};
use crate::keys::format::ApiKey;

const BEARER: &str = "Authorization: Bearer";

/// The CRC32 checksum GitHub and npm append to their tokens: six base62 digits of the CRC32 of
/// the 30 random characters before them.
fn crc32_base62_tail(value: &str) -> bool {
    let Some((_, rest)) = value.split_once('_') else {
        return false;
    };
    if rest.len() != 36 || !rest.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return false;
    }
    let (random, checksum) = rest.split_at(30);
    crate::keys::format::base62_u32(crc32fast::hash(random.as_bytes())) == checksum
}

/// A legacy Vault token (`s.` and 24 characters) is random: digits and both cases, no words.
/// `s.AcceptanceTimeoutSeconds` is a property path.
fn vault_token_is_random(value: &str) -> bool {
    let Some(body) = value.strip_prefix("s.") else {
        return true;
    };
    let has = |f: fn(&u8) -> bool| body.as_bytes().iter().any(f);
    has(u8::is_ascii_digit)
        && has(u8::is_ascii_lowercase)
        && has(u8::is_ascii_uppercase)
        && !super::random::reads_as_words(body)
}

fn keyward_checksum(value: &str) -> bool {
    ApiKey::parse(value).is_ok()
}

pub static DETECTORS: &[Detector] = &[
    Detector {
        id: "aws-access-key-id",
        provider: "AWS",
        kind: Kind::KeyId,
        header: "Authorization (AWS Signature Version 4)",
        revoke: "https://console.aws.amazon.com/iam/home#/security_credentials",
        literals: &["AKIA", "ASIA", "ABIA", "ACCA"],
        pattern: r"(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}",
        examples: (
            &["AKIAZ7QW3ERTY2UIOPAS", "ASIAJ4K5L6M7N2O3P4QR"],
            &[
                "AKIAZ7QW3ERTY2UIOPA",
                "akiaz7qw3erty2uiopas",
                "AKIAZ7QW3ERTY2UIOPA1",
            ],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "github-token",
        provider: "GitHub",
        kind: Kind::SecretKey,
        header: BEARER,
        revoke: "https://github.com/settings/tokens",
        literals: &["ghp_", "gho_", "ghu_", "ghs_", "ghr_"],
        pattern: r"gh[pousr]_[0-9A-Za-z]{36}",
        check: Some(Check {
            what: "checksum",
            holds: crc32_base62_tail,
            failing: Failing::MadeUp,
        }),
        user_prefixes: &["ghp_", "gho_", "ghu_", "ghr_"],
        examples: (
            &[
                "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",
                "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",
            ],
            &["ghp_1wuHFikBKQtCcH3EB2FBUkyn8krXhP0MWHxt", "ghp_short"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "github-fine-grained-pat",
        provider: "GitHub",
        kind: Kind::SecretKey,
        header: BEARER,
        revoke: "https://github.com/settings/personal-access-tokens",
        literals: &["github_pat_"],
        pattern: r"github_pat_[0-9A-Za-z]{22}_[0-9A-Za-z]{59}",
        user_prefixes: &["github_pat_"],
        examples: (
            &[
                "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",
            ],
            &["github_pat_short"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "gitlab-token",
        provider: "GitLab",
        kind: Kind::SecretKey,
        header: "PRIVATE-TOKEN",
        revoke: "https://gitlab.com/-/user_settings/personal_access_tokens",
        literals: &[
            "glpat-",
            "gldt-",
            "glrt-",
            "glptt-",
            "glcbt-",
            "gloas-",
            "glft-",
            "glimt-",
            "glsoat-",
            "glagent-",
            "GR1348941",
        ],
        pattern: r"(?:glpat|gldt|glrt|glptt|glcbt|gloas|glft|glimt|glsoat|glagent)-[0-9A-Za-z_\-.]{20,64}|GR1348941[0-9A-Za-z_\-]{20}",
        user_prefixes: &["glpat-", "gloas-"],
        examples: (
            &[
                "glpat-xK9mQ2vL7nR4tY8wZ3bC",
                "GR1348941aB3dE5fG7hJ9kL1mN3pQ",
            ],
            &["glpat-short", "glpat_xK9mQ2vL7nR4tY8wZ3bC"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "slack-token",
        provider: "Slack",
        kind: Kind::SecretKey,
        header: BEARER,
        revoke: "https://api.slack.com/apps",
        literals: &[
            "xoxb-", "xoxp-", "xoxa-", "xoxe-", "xoxe.", "xoxr-", "xoxs-", "xoxo-", "xapp-",
        ],
        // Bot and user tokens start with a team's number; legacy workspace tokens are short;
        // configuration tokens (`xoxe.xoxp-1-…`) and app tokens carry their own structure.
        pattern: r"xox[bpe]-[0-9]{8,13}-[0-9A-Za-z\-]{8,}[0-9A-Za-z]|xox[aors]-(?:[0-9]-)?[0-9]{6,}(?:-[0-9A-Za-z]+){1,4}|xox[ar]-(?:[0-9]-)?[0-9A-Za-z]{8,48}|xoxe(?:\.xox[bp])?-[0-9]-[0-9A-Za-z]{20,}|xapp-[0-9A-Za-z\-]{16,}[0-9A-Za-z]",
        user_prefixes: &["xoxp-"],
        examples: (
            &[
                "xoxb-991365147497-9401151728161-FeDaBdEwFoDrJkNnHmPkQmBw",
                "xapp-1-D470CDCBBUW-9077731334960-4655561070eaeabc",
            ],
            &["xoxb-1", "xoxz-123456789012-1234567890123-AbCdEf"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "slack-webhook",
        provider: "Slack",
        kind: Kind::WebhookUrl,
        header: "(the URL is the credential)",
        revoke: "https://api.slack.com/apps",
        literals: &["https://hooks.slack.com/", "http://hooks.slack.com/"],
        pattern: r"https?://hooks\.slack\.com/(?:services|workflows|triggers)/(?:T[0-9A-Z]{6,12}/[0-9A-Za-z]{8,12}/[0-9A-Za-z]{20,40}|[0-9A-Za-z/]{40,100})",
        examples: (
            &["https://hooks.slack.com/services/T0A1B2C3D/B4E5F6G7H/aBcDeFgHiJkLmNoPqRsTuVwX"],
            &["https://hooks.slack.com/services/"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "stripe-secret-key",
        provider: "Stripe",
        kind: Kind::SecretKey,
        header: BEARER,
        revoke: "https://dashboard.stripe.com/apikeys",
        literals: &["sk_live_", "sk_test_", "rk_live_", "rk_test_"],
        pattern: r"[sr]k_(?:live|test)_[0-9A-Za-z]{16,}",
        modes: &[("_live_", Mode::Live), ("_test_", Mode::Test)],
        examples: (
            &[
                "sk_live_4eC39HqLyjWDarjtT1zdp7dcX",
                "rk_test_61ZsRfDaAaEbYwKyLgRh",
            ],
            &["sk_live_", "pk_live_4eC39HqLyjWDarjtT1zdp7dc"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "stripe-publishable-key",
        provider: "Stripe",
        kind: Kind::PublishableKey,
        header: BEARER,
        revoke: "https://dashboard.stripe.com/apikeys",
        literals: &["pk_live_", "pk_test_"],
        pattern: r"pk_(?:live|test)_[0-9A-Za-z]{16,}",
        modes: &[("_live_", Mode::Live), ("_test_", Mode::Test)],
        examples: (&["pk_test_TYooMQauvdEDq54NiTphI7jx"], &["pk_test_"]),
        ..Detector::BASE
    },
    Detector {
        id: "stripe-webhook-secret",
        provider: "Stripe",
        kind: Kind::SecretKey,
        header: "Stripe-Signature (verifies webhooks; never sent)",
        revoke: "https://dashboard.stripe.com/webhooks",
        literals: &["whsec_"],
        pattern: r"whsec_[0-9A-Za-z+/=]{32,}",
        examples: (&["whsec_5f8a1c2e9d3b4a7f6e0c1d2b3a4f5e6d"], &["whsec_x"]),
        ..Detector::BASE
    },
    Detector {
        id: "google-api-key",
        provider: "Google",
        kind: Kind::SecretKey,
        header: "x-goog-api-key",
        revoke: "https://console.cloud.google.com/apis/credentials",
        literals: &["AIza"],
        pattern: r"AIza[0-9A-Za-z_\-]{35}",
        examples: (&["AIzaSyA-4528432535deeaeevgccwcaknkehxyd"], &["AIzaSy"]),
        ..Detector::BASE
    },
    Detector {
        id: "google-oauth-client-secret",
        provider: "Google",
        kind: Kind::SecretKey,
        header: "(OAuth token request body: client_secret)",
        revoke: "https://console.cloud.google.com/apis/credentials",
        literals: &["GOCSPX-"],
        pattern: r"GOCSPX-[0-9A-Za-z_\-]{28}",
        examples: (&["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"], &["GOCSPX-short"]),
        ..Detector::BASE
    },
    Detector {
        id: "google-oauth-access-token",
        provider: "Google",
        kind: Kind::Token,
        header: BEARER,
        revoke: "https://myaccount.google.com/permissions",
        literals: &["ya29."],
        pattern: r"ya29\.[0-9A-Za-z_\-]{30,}",
        examples: (
            &["ya29.c0AeL7EIBw0yOyP2mVyAaZmMrGa885704832BaAbDe"],
            &["ya29.short"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "openai-api-key",
        provider: "OpenAI",
        kind: Kind::SecretKey,
        header: BEARER,
        revoke: "https://platform.openai.com/api-keys",
        literals: &["sk-"],
        // Keys with the `T3BlbkFJ` marker, and legacy keys: 48 characters, no marker.
        pattern: r"sk-(?:(?:proj|svcacct|admin|None)-)?[0-9A-Za-z_\-]{16,}T3BlbkFJ[0-9A-Za-z_\-]{16,}|sk-[0-9A-Za-z]{48}",
        examples: (
            &[
                "sk-proj-ccaeednhsw0540796789T3BlbkFJbacddbsscb6018614661",
                "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",
            ],
            &["sk-abc123", "sk-abcT3BlbkFJxyz"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "anthropic-api-key",
        provider: "Anthropic",
        kind: Kind::SecretKey,
        header: "x-api-key",
        revoke: "https://console.anthropic.com/settings/keys",
        literals: &["sk-ant-"],
        // 93 characters and `AA`, as Anthropic issues them.
        pattern: r"sk-ant-(?:api|admin|oat|ort|sid)[0-9]{2,3}-[0-9A-Za-z_\-]{93}AA",
        examples: (
            &[
                "sk-ant-api03-c0img-gKaPqI9_yWwn4tDIoFQ89KVKx3jhFkIFALqdio93IiyTV3C8NMA166VIlXfXomF-QohDGmdddJFNrfOrY5MAWOrAA",
            ],
            &["sk-ant-x"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "twilio-api-key",
        provider: "Twilio",
        kind: Kind::KeyId,
        header: "Authorization: Basic (API key SID and secret)",
        revoke: "https://console.twilio.com/us1/account/keys-credentials/api-keys",
        literals: &["SK"],
        pattern: r"SK[0-9a-f]{32}",
        examples: (
            &["SK7465341612dbbeac3713961488ceccdc"],
            &["SK0123456789ABCDEF0123456789ABCDEF", "SKETCHY"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "sendgrid-api-key",
        provider: "SendGrid",
        kind: Kind::SecretKey,
        header: BEARER,
        revoke: "https://app.sendgrid.com/settings/api_keys",
        literals: &["SG."],
        pattern: r"SG\.[0-9A-Za-z_\-]{22}\.[0-9A-Za-z_\-]{43}",
        examples: (
            &["SG.aEaDfDlWoGaNeRaMlXdEmS.aDfAaDgYaZhWeGxRhKmRzEyGzP2787173218_-fbbce"],
            &["SG.short.short"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "mailgun-api-key",
        provider: "Mailgun",
        kind: Kind::SecretKey,
        header: "Authorization: Basic (api:KEY)",
        revoke: "https://app.mailgun.com/settings/api_security",
        literals: &["key-"],
        pattern: r"key-[0-9a-z]{32}",
        examples: (
            &["key-3ax6xnjp29jd6fds4gc373sgvjxteol0"],
            &["key-value", "key-0123"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "mailchimp-api-key",
        provider: "Mailchimp",
        kind: Kind::SecretKey,
        header: "Authorization: Basic (anystring:KEY)",
        revoke: "https://us1.admin.mailchimp.com/account/api/",
        literals: &["-us"],
        back: 32,
        pattern: r"[0-9a-f]{32}-us[0-9]{1,2}",
        examples: (&["8177192858fbfbaf3073362854baaaaa-us21"], &["abc-us1"]),
        ..Detector::BASE
    },
    Detector {
        id: "npm-token",
        provider: "npm",
        kind: Kind::SecretKey,
        header: BEARER,
        revoke: "https://www.npmjs.com/settings/~/tokens",
        literals: &["npm_"],
        pattern: r"npm_[0-9A-Za-z]{36}",
        check: Some(Check {
            what: "checksum",
            holds: crc32_base62_tail,
            failing: Failing::MadeUp,
        }),
        user_prefixes: &["npm_"],
        examples: (
            &["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"],
            &["npm_Ky9Pf34qY6Nb3wWD25RQ4F5ZR3qa7y3gm1IM", "npm_abc"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "pypi-token",
        provider: "PyPI",
        kind: Kind::SecretKey,
        header: "Authorization: Basic (__token__:TOKEN)",
        revoke: "https://pypi.org/manage/account/token/",
        literals: &["pypi-AgEIcHlwaS5vcmc"],
        pattern: r"pypi-AgEIcHlwaS5vcmc[0-9A-Za-z_\-]{50,}",
        examples: (
            &["pypi-AgEIcHlwaS5vcmcCJGFiY2RlZmdoLWlqa2wtbW5vcC1xcnN0LXV2d3h5ejAxMjM0NTY3"],
            &["pypi-x"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "rubygems-api-key",
        provider: "RubyGems",
        kind: Kind::SecretKey,
        header: "Authorization",
        revoke: "https://rubygems.org/profile/api_keys",
        literals: &["rubygems_"],
        pattern: r"rubygems_[0-9a-f]{48}",
        examples: (
            &["rubygems_5786144858becfcf1552972664abebac5959129874aaccef"],
            &["rubygems_x"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "shopify-token",
        provider: "Shopify",
        kind: Kind::SecretKey,
        header: "X-Shopify-Access-Token",
        revoke: "https://admin.shopify.com/settings/apps/development",
        literals: &["shpat_", "shpca_", "shppa_", "shpss_"],
        pattern: r"shp(?:at|ca|pa|ss)_[0-9a-fA-F]{32}",
        examples: (&["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"], &["shpat_x"]),
        ..Detector::BASE
    },
    Detector {
        id: "heroku-api-key",
        provider: "Heroku",
        kind: Kind::SecretKey,
        header: BEARER,
        revoke: "https://dashboard.heroku.com/account/applications",
        literals: &["HRKU-"],
        pattern: r"HRKU-[0-9A-Za-z_\-]{60}",
        user_prefixes: &["HRKU-"],
        examples: (
            &["HRKU-FCbCfFfFxDfYfXxWmHiQrVsVxEnL6345255823_-dDcDcFeAaTsMxTwVhKbP"],
            &["HRKU-short"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "digitalocean-token",
        provider: "DigitalOcean",
        kind: Kind::SecretKey,
        header: BEARER,
        revoke: "https://cloud.digitalocean.com/account/api/tokens",
        literals: &["dop_v1_", "doo_v1_", "dor_v1_"],
        pattern: r"do[opr]_v1_[0-9a-f]{64}",
        user_prefixes: &["dop_v1_"],
        examples: (
            &["dop_v1_8071208866fcfebf3073002024bdcedd9183296254babcaf8902941931aabaef"],
            &["dop_v1_x"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "huggingface-token",
        provider: "Hugging Face",
        kind: Kind::SecretKey,
        header: BEARER,
        revoke: "https://huggingface.co/settings/tokens",
        literals: &["hf_"],
        pattern: r"hf_[A-Za-z]{34}",
        user_prefixes: &["hf_"],
        examples: (
            &["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"],
            &["hf_short", "hf_0123"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "azure-storage-account-key",
        provider: "Azure",
        kind: Kind::SecretKey,
        header: "Authorization: SharedKey (a signature made with the key)",
        revoke: "https://portal.azure.com/#view/HubsExtension/BrowseResource/resourceType/Microsoft.Storage%2FStorageAccounts",
        literals: &["AccountKey="],
        lead: true,
        pattern: r"[0-9A-Za-z+/]{86}==",
        examples: (
            &[
                "dAfEaAuGpGyQeUuUdIcMjVxQbF2589110177+/dBdDbCnJkPgGyLoIuPaUgStLfU2566740690+/aCeFfAxNeN==",
            ],
            &["short=="],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "azure-client-secret",
        provider: "Azure",
        kind: Kind::SecretKey,
        header: "(OAuth token request body: client_secret)",
        revoke: "https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade",
        literals: &["Q~"],
        back: 4,
        pattern: r"[0-9A-Za-z_~.]{3}[0-9]Q~[0-9A-Za-z_~.\-]{31,34}",
        examples: (
            &["cae5Q~dDdBcAbUtTfHgFcCbQcAnAiQxP7664085"],
            &["abcdQ~aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456", "8Q~x"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "jwt",
        provider: "JWT",
        kind: Kind::Token,
        header: BEARER,
        revoke: "(expires at its exp claim; revoke the session or rotate the signing key)",
        literals: &["eyJ"],
        pattern: r"eyJ[0-9A-Za-z_\-]{10,}\.[0-9A-Za-z_\-]{2,}\.[0-9A-Za-z_\-]*",
        form: Some(super::jwt_parts::header_decodes),
        check: Some(Check {
            what: "parts",
            holds: super::jwt_parts::is_whole,
            failing: Failing::MadeUp,
        }),
        examples: (
            &[
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
            ],
            &[
                "eyJhbGciOiJIUzI1NiJ9",
                "eyJub3QiOiJqd3QifQ.eyJ4IjoxfQ.sig",
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.wrong",
                "a.b.c",
            ],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "private-key",
        provider: "PEM",
        kind: Kind::PrivateKey,
        header: "(never sent: it signs)",
        revoke: "(replace the key pair and revoke its certificate or authorized_keys entry)",
        literals: &["-----BEGIN "],
        pattern: r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\x00-\x7f]{16}[\x00-\x7f]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----",
        check: Some(Check {
            what: "DER",
            holds: super::pem::body_is_a_key,
            failing: Failing::Damaged,
        }),
        examples: (
            &[
                "-----BEGIN RSA PRIVATE KEY-----\nMIIBOwIBAAJBAGC+MSAeaf7aoO7ouZl/XHwpmf2v5ZMlPNZUr0361xQnoK6z/ukjL4ryIR+e5JHFsQvs\n-----END RSA PRIVATE KEY-----",
                "-----BEGIN EC PRIVATE KEY-----\\nMHcCAQEEILVWO/web5NCfsvI/ilV5c2ORtyO1LfCdk0qWk12dwb4XYaQAkrWvaM=\\n-----END EC PRIVATE KEY-----",
                "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAQBvpyMvMyTX2zR9hImrhUziuGjQATTO6DSRqwEyB\n-----END OPENSSH PRIVATE KEY-----",
            ],
            &[
                "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5IGF0IGFsbCwganVzdCB0ZXh0IGhlcmU=\n-----END PRIVATE KEY-----",
                "-----BEGIN PRIVATE KEY-----\n...your key here...\n-----END PRIVATE KEY-----",
                "-----BEGIN PUBLIC KEY-----\nMHcCAQEEILVWO/web5NCfsvI/ilV5c2ORtyO1LfCdk0qWk12dwb4XYaQAkrWvaM=\n-----END PUBLIC KEY-----",
            ],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "keyward-key",
        provider: "keyward",
        kind: Kind::SecretKey,
        header: BEARER,
        revoke: "keyward keys revoke ID",
        // Keys with a custom prefix are recognised whole (`inspect`, lint values); in free text
        // only the default prefix is looked for.
        literals: &["kw_"],
        pattern: r"[A-Za-z][A-Za-z0-9_]{0,19}_[0-9A-Za-z]{8}_[0-9A-Za-z]{34}",
        check: Some(Check {
            what: "checksum",
            holds: keyward_checksum,
            failing: Failing::MadeUp,
        }),
        examples: (
            &["kw_4fTq9ZbX_y3Kp0wQm8VhR2sLcN6dJtA1eB7gU1oozlk"],
            &["kw_4fTq9ZbX_y3Kp0wQm8VhR2sLcN6dJtA1eB7gU1oozll"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "discord-webhook",
        provider: "Discord",
        kind: Kind::WebhookUrl,
        header: "(the URL is the credential)",
        revoke: "(Server Settings > Integrations > Webhooks: delete the webhook)",
        literals: &[
            "https://discord.com/api/webhooks/",
            "https://discordapp.com/api/webhooks/",
            "https://ptb.discord.com/api/webhooks/",
            "https://canary.discord.com/api/webhooks/",
        ],
        pattern: r"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/[0-9A-Za-z_\-]{60,}",
        examples: (
            &[
                "https://discord.com/api/webhooks/297801452270637707/dDbDaAkVcIlXaVqPiGnPrSoEuQ3017823459_-aCaDdBnCoCuOxQwYrCwGsMwTaF397182",
            ],
            &["https://discord.com/api/webhooks/1/x"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "telegram-bot-token",
        provider: "Telegram",
        kind: Kind::SecretKey,
        header: "(in the URL path: https://api.telegram.org/bot<token>/; no header exists)",
        revoke: "https://t.me/BotFather (/revoke)",
        literals: &[":AA"],
        back: 10,
        glued_after: &["bot"],
        pattern: r"[0-9]{8,10}:AA[0-9A-Za-z_\-]{33}",
        examples: (
            &["123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0"],
            &["12:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "docker-hub-pat",
        provider: "Docker Hub",
        kind: Kind::SecretKey,
        header: "Authorization: Bearer (after docker login)",
        revoke: "https://app.docker.com/settings/personal-access-tokens",
        literals: &["dckr_pat_"],
        pattern: r"dckr_pat_[0-9A-Za-z_\-]{27}",
        user_prefixes: &["dckr_pat_"],
        examples: (&["dckr_pat_bBeCbAvZaKxHcKfFbStQkVhNdG3"], &["dckr_pat_x"]),
        ..Detector::BASE
    },
    Detector {
        id: "hashicorp-vault-token",
        provider: "HashiCorp Vault",
        kind: Kind::Token,
        header: "X-Vault-Token",
        revoke: "vault token revoke",
        literals: &["hvs.", "hvb.", "hvr.", "s."],
        // Current tokens, and legacy service tokens: `s.` and 24 random characters.
        pattern: r"hv[sbr]\.[0-9A-Za-z_\-]{24,}|s\.[0-9A-Za-z]{24}",
        check: Some(Check {
            what: "form",
            holds: vault_token_is_random,
            failing: Failing::NotThisFormat,
        }),
        examples: (&["hvs.CAESNbAeDbFwRiAbLxPvUvIlDlNyXhG0291"], &["hvs.short"]),
        ..Detector::BASE
    },
    Detector {
        id: "terraform-cloud-token",
        provider: "HCP Terraform",
        kind: Kind::SecretKey,
        header: BEARER,
        revoke: "https://app.terraform.io/app/settings/tokens",
        literals: &[".atlasv1."],
        back: 14,
        pattern: r"[0-9A-Za-z]{14}\.atlasv1\.[0-9A-Za-z_=\-]{60,}",
        examples: (
            &[
                "aAfAdEhDjKgDtR.atlasv1.bCdAfEoLuBoOgYbFjQkZyViZiC6209304447fEbDfDvGdTlOcYrPbDxZoCxOsU82",
            ],
            &["x.atlasv1.y"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "databricks-token",
        provider: "Databricks",
        kind: Kind::SecretKey,
        header: BEARER,
        revoke: "(User Settings > Developer > Access tokens)",
        literals: &["dapi"],
        pattern: r"dapi[0-9a-f]{32}(?:-[0-9])?",
        user_prefixes: &["dapi"],
        examples: (
            &["dapi8215250323aaefbc5939841571ebeeca"],
            &["dapiX", "dapi0123"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "postman-api-key",
        provider: "Postman",
        kind: Kind::SecretKey,
        header: "X-Api-Key",
        revoke: "https://go.postman.co/settings/me/api-keys",
        literals: &["PMAK-"],
        pattern: r"PMAK-[0-9a-f]{24}-[0-9a-f]{34}",
        examples: (
            &["PMAK-8822976932edabaf54487886-2932067603fddeac3987202259ddcbae81"],
            &["PMAK-x"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "linear-api-key",
        provider: "Linear",
        kind: Kind::SecretKey,
        header: "Authorization",
        revoke: "https://linear.app/settings/account/security",
        literals: &["lin_api_"],
        pattern: r"lin_api_[0-9A-Za-z]{40}",
        user_prefixes: &["lin_api_"],
        examples: (
            &["lin_api_dBdDcFoJmFpPqJqGxQgMoLcCsM4169923020adba"],
            &["lin_api_x"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "atlassian-api-token",
        provider: "Atlassian",
        kind: Kind::SecretKey,
        header: "Authorization: Basic (email:TOKEN)",
        revoke: "https://id.atlassian.com/manage-profile/security/api-tokens",
        literals: &["ATATT3"],
        pattern: r"ATATT3[0-9A-Za-z_=\-]{150,}",
        user_prefixes: &["ATATT3"],
        examples: (
            &[
                "ATATT3xBfAA7aDdBfFxIrXnKkIwMnFfOeEtFqV6324945458dCaCcFdItXiVnBuAhKwCiSzWyZ6141701814dAeCcCyCxBrAyFjLkNvHdNoNtX5919288011cEeDeAzDzMqUjUpWoFtVaMfGoV4734355491=FFBFFB85",
            ],
            &["ATATT3short"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "doppler-token",
        provider: "Doppler",
        kind: Kind::SecretKey,
        header: BEARER,
        revoke: "https://dashboard.doppler.com/workplace/tokens",
        literals: &[
            "dp.st.",
            "dp.pt.",
            "dp.ct.",
            "dp.sa.",
            "dp.scim.",
            "dp.audit.",
        ],
        pattern: r"dp\.(?:st|pt|ct|sa|scim|audit)\.(?:[0-9A-Za-z_\-]{2,35}\.)?[0-9A-Za-z]{40,44}",
        examples: (
            &["dp.st.bFaFcDfLbTgAlOtJdYwNfCsAvQ9449454162fbfdcdj"],
            &["dp.st.x"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "new-relic-user-key",
        provider: "New Relic",
        kind: Kind::SecretKey,
        header: "Api-Key",
        revoke: "https://one.newrelic.com/api-keys",
        literals: &["NRAK-"],
        pattern: r"NRAK-[0-9A-Z]{27}",
        examples: (&["NRAK-ABADCEVKWACVOHHLMOINCJHSAI5"], &["NRAK-x"]),
        ..Detector::BASE
    },
    Detector {
        id: "sentry-token",
        provider: "Sentry",
        kind: Kind::SecretKey,
        header: BEARER,
        revoke: "https://sentry.io/settings/account/api/auth-tokens/",
        literals: &["sntrys_", "sntryu_"],
        // User tokens: 64 hex digits. Organisation tokens: base64 JSON, `_`, 43 characters.
        pattern: r"sntryu_[0-9a-f]{64}|sntrys_eyJ[0-9A-Za-z+/=]{20,}_[0-9A-Za-z+/]{43}",
        user_prefixes: &["sntryu_"],
        examples: (
            &["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"],
            &["sntrys_x"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "grafana-token",
        provider: "Grafana",
        kind: Kind::SecretKey,
        header: BEARER,
        revoke: "(Administration > Users and access > Service accounts)",
        literals: &["glsa_", "glc_"],
        pattern: r"glsa_[0-9A-Za-z]{32}_[0-9a-f]{8}|glc_[0-9A-Za-z+/=]{32,}",
        examples: (
            &["glsa_bAfDbBvKtAvBtKbVuLtAaPlDzC859611_2126daad"],
            &["glsa_x"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "age-secret-key",
        provider: "age",
        kind: Kind::PrivateKey,
        header: "(never sent: it decrypts)",
        revoke: "(re-encrypt to a new recipient and delete the old identity)",
        literals: &["AGE-SECRET-KEY-1"],
        pattern: r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
        examples: (
            &["AGE-SECRET-KEY-1QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7LQPZRY9X8GF2TVDW0S3JN54KHCE"],
            &["AGE-SECRET-KEY-1BIO"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "square-access-token",
        provider: "Square",
        kind: Kind::SecretKey,
        header: BEARER,
        revoke: "https://developer.squareup.com/apps",
        literals: &["EAAA", "sq0atp-", "sq0csp-"],
        pattern: r"EAAA[0-9A-Za-z_\-]{60}|sq0(?:atp|csp)-[0-9A-Za-z_\-]{22,43}",
        examples: (
            &["EAAAdCfFcDxOvTiMnEzPrHsNaJvSsZ9205994447_-cFbDaCgUnEbAuVgFvBfOcO"],
            &["EAAAshort"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "groq-api-key",
        provider: "Groq",
        kind: Kind::SecretKey,
        header: BEARER,
        revoke: "https://console.groq.com/keys",
        literals: &["gsk_"],
        pattern: r"gsk_[0-9A-Za-z]{52}",
        examples: (
            &["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"],
            &["gsk_x"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "replicate-token",
        provider: "Replicate",
        kind: Kind::SecretKey,
        header: BEARER,
        revoke: "https://replicate.com/account/api-tokens",
        literals: &["r8_"],
        pattern: r"r8_[0-9A-Za-z]{37}",
        examples: (&["r8_aEbDcFrHuMiEuOoCxTzSkBrUyE7255980406f"], &["r8_x"]),
        ..Detector::BASE
    },
    Detector {
        id: "figma-token",
        provider: "Figma",
        kind: Kind::SecretKey,
        header: "X-Figma-Token",
        revoke: "https://www.figma.com/settings",
        literals: &["figd_"],
        pattern: r"figd_[0-9A-Za-z_\-]{40}",
        user_prefixes: &["figd_"],
        examples: (
            &["figd_cBaBeDmIxWkUaPvLzDkZtJvFjT4931878570_-fa"],
            &["figd_x"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "supabase-token",
        provider: "Supabase",
        kind: Kind::SecretKey,
        header: BEARER,
        revoke: "https://supabase.com/dashboard/account/tokens",
        literals: &["sbp_"],
        pattern: r"sbp_[0-9a-f]{40}",
        user_prefixes: &["sbp_"],
        examples: (
            &["sbp_9267724263bacdbf1063939085fdcabe87554200"],
            &["sbp_x"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "alibaba-access-key-id",
        provider: "Alibaba Cloud",
        kind: Kind::KeyId,
        header: "Authorization (Alibaba Cloud signature)",
        revoke: "https://ram.console.aliyun.com/manage/ak",
        literals: &["LTAI"],
        pattern: r"LTAI[0-9A-Za-z]{20}",
        examples: (&["LTAI5tAeEeCaOkMiPsQrClXi"], &["LTAI5t"]),
        ..Detector::BASE
    },
    Detector {
        id: "airtable-pat",
        provider: "Airtable",
        kind: Kind::SecretKey,
        header: BEARER,
        revoke: "https://airtable.com/create/tokens",
        literals: &["pat"],
        pattern: r"pat[0-9A-Za-z]{14}\.[0-9a-f]{64}",
        examples: (
            &["patCbCbFbBjRjDlLe.0286351201ddfffe2669372294caabda2553335088cbdfad9437986739bbfcad"],
            &["pattern.x"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "notion-token",
        provider: "Notion",
        kind: Kind::SecretKey,
        header: BEARER,
        revoke: "https://www.notion.so/profile/integrations",
        literals: &["ntn_"],
        pattern: r"ntn_[0-9A-Za-z]{46}",
        examples: (
            &["ntn_eCfFfDvRrSjRoOiXjHiQqMyYeJ8334342948bAcCaFrFjI"],
            &["ntn_x"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "planetscale-token",
        provider: "PlanetScale",
        kind: Kind::SecretKey,
        header: "Authorization (ID:TOKEN)",
        revoke: "https://app.planetscale.com/",
        literals: &["pscale_tkn_", "pscale_pw_", "pscale_oauth_"],
        pattern: r"pscale_(?:tkn|pw|oauth)_[0-9A-Za-z_\-.]{32,64}",
        examples: (
            &["pscale_tkn_dAfDaEzGlZwIgUcWpNpKcGgCqU5902150433"],
            &["pscale_tkn_x"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "azure-shared-access-key",
        provider: "Azure",
        kind: Kind::SecretKey,
        header: "Authorization: SharedAccessSignature (a token signed with the key)",
        revoke: "(Shared access policies of the Service Bus, Event Hubs or IoT Hub: regenerate the key)",
        literals: &["SharedAccessKey="],
        lead: true,
        pattern: r"[0-9A-Za-z+/]{43}=",
        examples: (
            &["aoLmC8Pj6eoqUZaHeGdYDGgzVGxf69SAWe0dzEesvEU="],
            &["aoLmC8Pj6eoqUZaHeGdYDGgz"],
        ),
        ..Detector::BASE
    },
    Detector {
        id: "jenkins-secret",
        provider: "Jenkins",
        kind: Kind::SecretKey,
        header: "(stored encrypted by a Jenkins controller: decrypted with its master key)",
        revoke: "(rotate the credential it holds, and keep credentials.xml out of the repository)",
        literals: &["{AQAAABAAAA"],
        pattern: r"\{AQAAABAAAA[0-9A-Za-z+/]{20,}={0,2}\}",
        examples: (
            &["{AQAAABAAAAAQNuOn2/npkvGHTYPn+jm+cIk54G9eENaz5qVEm5euAS4=}"],
            &["{AQAAABAAAAAQ}"],
        ),
        ..Detector::BASE
    },
];
