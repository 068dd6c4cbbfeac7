//! `--jwks URL` and `--oidc ISSUER`: JWK Sets fetched over HTTPS, with a timeout and a size limit.

use std::time::Duration;

use serde_json::Value;

use super::key::{self, Loaded};
use crate::error::{Error, Result};

/// A JWK Set is small; anything larger than this is not one.
const MAX_BODY: u64 = 1 << 20;

pub fn jwks(url: &str, timeout_secs: u64) -> Result<Loaded> {
    let body = get(url, timeout_secs)?;
    let shown = redact(url);
    let mut loaded = key::load(&body).map_err(|e| Error::Input(format!("{shown}: {e}")))?;
    if !loaded.is_set {
        return Err(Error::Input(format!(
            "{shown} returned a key, not a JWK Set"
        )));
    }
    // A secret served at a URL is no secret: HMAC keys from a key set on the network never verify.
    for entry in &mut loaded.entries {
        if entry
            .key
            .as_ref()
            .is_ok_and(|k| matches!(k.material, key::Material::Hmac(_)))
        {
            entry.key =
                Err("a secret (oct) key published in a fetched JWK Set is not secret".into());
        }
    }
    Ok(loaded)
}

/// A URL fit for a message: without `user:password@`, and without its query or fragment
/// (`?access_token=…`).
fn redact(url: &str) -> String {
    let (url, cut) = match url.find(['?', '#']) {
        Some(at) => (&url[..at], &url[at..at + 1]),
        None => (url, ""),
    };
    let cut = if cut.is_empty() { "" } else { "?…" };
    let Some((scheme, rest)) = url.split_once("://") else {
        return format!("{url}{cut}");
    };
    let authority_end = rest.find('/').unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => format!("{scheme}://…@{}{cut}", &rest[at + 1..]),
        None => format!("{url}{cut}"),
    }
}

/// OpenID Connect discovery: `<issuer>/.well-known/openid-configuration` names the `jwks_uri`.
pub fn oidc(issuer: &str, timeout_secs: u64) -> Result<Loaded> {
    let base = issuer.trim_end_matches('/');
    let url = format!("{base}/.well-known/openid-configuration");
    let config: Value = serde_json::from_slice(&get(&url, timeout_secs)?)
        .map_err(|e| Error::Input(format!("{}: not JSON: {e}", redact(&url))))?;
    let url = redact(&url);
    // OpenID Connect Discovery §4.3: the document must name the issuer it was fetched for.
    let named = config
        .get("issuer")
        .and_then(Value::as_str)
        .unwrap_or_default();
    if named.trim_end_matches('/') != base {
        return Err(Error::Input(format!(
            "{url} describes issuer {named:?}, not {issuer:?}"
        )));
    }
    let jwks_uri = config
        .get("jwks_uri")
        .and_then(Value::as_str)
        .ok_or_else(|| Error::Input(format!("{url} has no jwks_uri")))?;
    jwks(jwks_uri, timeout_secs)
}

fn get(url: &str, timeout_secs: u64) -> Result<Vec<u8>> {
    let shown = redact(url);
    if !url.starts_with("https://") {
        return Err(Error::Usage(format!(
            "{shown}: keys are fetched over https:// only"
        )));
    }
    // rustls needs a process-wide provider; aws-lc-rs is already keyward's crypto library. A
    // second call finds it installed, which is fine.
    let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
    let tls = ureq::tls::TlsConfig::builder()
        .root_certs(ureq::tls::RootCerts::PlatformVerifier)
        .build();
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(timeout_secs)))
        .https_only(true)
        .tls_config(tls)
        .build()
        .into();
    let mut response = agent
        .get(url)
        .call()
        .map_err(|e| Error::Input(format!("fetching {shown}: {e}")))?;
    response
        .body_mut()
        .with_config()
        .limit(MAX_BODY)
        .read_to_vec()
        .map_err(|e| Error::Input(format!("reading {shown}: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_in_urls_are_not_repeated() {
        assert_eq!(
            redact("https://user:pw@id.example/keys"),
            "https://…@id.example/keys"
        );
        assert_eq!(
            redact("https://id.example/keys?x=a@b"),
            "https://id.example/keys?…"
        );
        assert_eq!(
            redact("https://u:p@id.example/keys?access_token=Zq81mN3vT6rY#f"),
            "https://…@id.example/keys?…"
        );
        assert_eq!(redact("https://id.example"), "https://id.example");
    }
}
