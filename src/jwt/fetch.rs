//! `--jwks URL` and `--oidc ISSUER`: JWK Sets fetched over HTTPS, with a timeout and a size limit.

use std::time::Duration;

use serde_json::Value;

use super::key::{self, Loaded};
use crate::error::{Error, Result};

/// A JWK Set is small; anything larger than this is not one.
const MAX_BODY: u64 = 1 << 20;

pub fn jwks(url: &str, timeout_secs: u64) -> Result<Loaded> {
    let body = get(url, timeout_secs)?;
    let loaded = key::load(&body).map_err(|e| Error::Input(format!("{url}: {e}")))?;
    if !loaded.is_set {
        return Err(Error::Input(format!("{url} returned a key, not a JWK Set")));
    }
    Ok(loaded)
}

/// OpenID Connect discovery: `<issuer>/.well-known/openid-configuration` names the `jwks_uri`.
pub fn oidc(issuer: &str, timeout_secs: u64) -> Result<Loaded> {
    let base = issuer.trim_end_matches('/');
    let url = format!("{base}/.well-known/openid-configuration");
    let config: Value = serde_json::from_slice(&get(&url, timeout_secs)?)
        .map_err(|e| Error::Input(format!("{url}: not JSON: {e}")))?;
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
    if !url.starts_with("https://") {
        return Err(Error::Usage(format!(
            "{url}: keys are fetched over https:// only"
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
        .map_err(|e| Error::Input(format!("fetching {url}: {e}")))?;
    response
        .body_mut()
        .with_config()
        .limit(MAX_BODY)
        .read_to_vec()
        .map_err(|e| Error::Input(format!("reading {url}: {e}")))
}
