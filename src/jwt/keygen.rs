//! `keyward jwt keygen`: new signing keys from the OS random number generator, via aws-lc-rs.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

use aws_lc_rs::rsa::KeySize;
use aws_lc_rs::signature::{EcdsaKeyPair, Ed25519KeyPair, RsaKeyPair};
use rand::TryRng;
use rand::rngs::SysRng;
use serde_json::json;
use zeroize::Zeroizing;

use super::alg::{Alg, Family};
use super::jwk;
use super::key::{self, Material};
use crate::cli::{JwtKeygenArgs, KeyFormat};
use crate::error::{Error, Outcome, Result};
use crate::output::Printer;

/// A fresh key for `alg`: a secret as long as the hash for HMAC (RFC 7518 §3.2), else a key pair.
pub fn generate(alg: Alg, rsa_bits: usize) -> Result<Material> {
    let failed = |what: &str| Error::Random(format!("generating the {what} key failed"));
    Ok(match alg.family() {
        Family::Hmac => {
            let mut secret = Zeroizing::new(vec![0u8; alg.hmac_min_key_len().unwrap_or(64)]);
            SysRng
                .try_fill_bytes(&mut secret)
                .map_err(|e| Error::Random(e.to_string()))?;
            Material::Hmac(secret)
        }
        Family::Rsa => {
            let size = match rsa_bits {
                3072 => KeySize::Rsa3072,
                4096 => KeySize::Rsa4096,
                _ => KeySize::Rsa2048,
            };
            let pair = RsaKeyPair::generate(size).map_err(|_| failed("RSA"))?;
            key::rsa_private(&pair).map_err(Error::Random)?
        }
        Family::Ec(curve) => {
            let pair = EcdsaKeyPair::generate(key::signing_alg(curve)).map_err(|_| failed("EC"))?;
            key::ec_from_pair(curve, &pair).map_err(Error::Random)?
        }
        Family::Ed25519 => {
            let pair = Ed25519KeyPair::generate().map_err(|_| failed("Ed25519"))?;
            key::ed_from_pair(&pair).map_err(Error::Random)?
        }
    })
}

pub fn run(args: &JwtKeygenArgs, printer: &mut Printer) -> Result<Outcome> {
    if args.bits.is_some() && args.alg.family() != Family::Rsa {
        return Err(Error::Usage(format!(
            "--bits sets the size of an RSA key; {} keys have the size their algorithm fixes",
            args.alg
        )));
    }
    if args.kid.is_some() && args.format == KeyFormat::Pem {
        return Err(Error::Usage(
            "--kid is kept only in a JWK (--format jwk): a PEM file cannot carry it; tokens \
             signed with a PEM key carry its thumbprint, or jwt encode --kid"
                .into(),
        ));
    }
    let material = generate(args.alg, args.bits.unwrap_or(2048))?;
    let kid = args
        .kid
        .clone()
        .unwrap_or_else(|| jwk::thumbprint(&material));
    let (private, public) = render(&material, args.alg, &kid, args.format)?;
    match &args.out {
        Some(path) => {
            let public_path = public.as_ref().map(|_| public_path_for(path));
            if let Some(existing) = [Some(path), public_path.as_ref()]
                .into_iter()
                .flatten()
                .find(|p| p.exists())
            {
                return Err(Error::Usage(format!(
                    "{} exists; keyward does not overwrite keys (remove it or choose another --out)",
                    existing.display()
                )));
            }
            write_private(path, &private)?;
            if let (Some(public_path), Some(public)) = (&public_path, &public) {
                std::fs::write(public_path, public.as_bytes()).map_err(Error::file(public_path))?;
            }
            let public_note = match public_path {
                Some(p) => format!(" and the public key to {}", p.display()),
                // The file holds the secret base64url-encoded: say how to read it back.
                None if args.format == KeyFormat::Pem => {
                    format!(" (use it as --secret b64url:@{})", path.display())
                }
                None => String::new(),
            };
            printer.note(format!(
                "wrote the {} {} key to {} (mode 0600){public_note}; kid {kid}",
                args.alg,
                if material.is_private() && public.is_some() {
                    "private"
                } else {
                    "secret"
                },
                path.display(),
            ));
        }
        None => {
            printer.line(private.trim_end())?;
            if let Some(public) = &public {
                printer.line(public.trim_end())?;
            }
            printer.note(format!(
                "the {} key above is secret; --out FILE writes it to a file only you can read; kid {kid}",
                if public.is_some() { "private" } else { "HMAC" }
            ));
        }
    }
    Ok(Outcome::Success)
}

/// The private (or secret) part and the public part, as text.
fn render(
    material: &Material,
    alg: Alg,
    kid: &str,
    format: KeyFormat,
) -> Result<(Zeroizing<String>, Option<String>)> {
    let internal = |what: &str| Error::Input(format!("could not encode the {what} key"));
    match (format, material) {
        (KeyFormat::Pem, Material::Hmac(secret)) => Ok((
            Zeroizing::new(format!("{}\n", super::token::encode_segment(secret))),
            None,
        )),
        (KeyFormat::Jwk, Material::Hmac(_)) => {
            let private =
                jwk::private_jwk(material, kid, alg.name()).ok_or_else(|| internal("HMAC"))?;
            Ok((Zeroizing::new(format!("{private}\n")), None))
        }
        (KeyFormat::Pem, _) => {
            let pkcs8 = match material {
                Material::Rsa { private, .. }
                | Material::Ec { private, .. }
                | Material::Ed25519 { private, .. } => private.as_ref(),
                Material::Hmac(_) => None,
            }
            .ok_or_else(|| internal("private"))?;
            let private = Zeroizing::new(pem_lf("PRIVATE KEY", pkcs8));
            let spki = material.spki().ok_or_else(|| internal("public"))?;
            Ok((private, Some(pem_lf("PUBLIC KEY", &spki))))
        }
        (KeyFormat::Jwk, _) => {
            let private =
                jwk::private_jwk(material, kid, alg.name()).ok_or_else(|| internal("private"))?;
            let public = jwk::public_jwk(material, Some(kid), Some(alg.name()))
                .ok_or_else(|| internal("public"))?;
            Ok((
                Zeroizing::new(format!("{private}\n")),
                Some(format!("{}\n", json!({ "keys": [public] }))),
            ))
        }
    }
}

fn pem_lf(tag: &str, der: &[u8]) -> String {
    let config = pem::EncodeConfig::new().set_line_ending(pem::LineEnding::LF);
    pem::encode_config(&pem::Pem::new(tag, der.to_vec()), config)
}

/// `key.pem` → `key.pub.pem`, `key` → `key.pub`.
pub fn public_path_for(path: &Path) -> PathBuf {
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    let name = match path.extension() {
        Some(ext) => format!("{stem}.pub.{}", ext.to_string_lossy()),
        None => format!("{stem}.pub"),
    };
    path.with_file_name(name)
}

/// Creates the file with mode 0600 from the start, refusing to replace one.
fn write_private(path: &Path, contents: &str) -> Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path).map_err(Error::file(path))?;
    file.write_all(contents.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(Error::file(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_files_sit_beside_private_ones() {
        assert_eq!(
            public_path_for(Path::new("/k/sign.pem")),
            Path::new("/k/sign.pub.pem")
        );
        assert_eq!(
            public_path_for(Path::new("key.json")),
            Path::new("key.pub.json")
        );
        assert_eq!(public_path_for(Path::new("key")), Path::new("key.pub"));
    }

    #[test]
    fn every_algorithm_gets_a_key_that_round_trips_through_its_files() {
        for alg in super::super::alg::ALL {
            let material = generate(alg, 2048).unwrap();
            for format in [KeyFormat::Pem, KeyFormat::Jwk] {
                let (private, _) = render(&material, alg, "k1", format).unwrap();
                if material.family() == Family::Hmac && format == KeyFormat::Pem {
                    continue;
                }
                let loaded = key::load(private.as_bytes()).unwrap();
                let key = loaded.entries[0].key.as_ref().unwrap();
                assert_eq!(
                    jwk::thumbprint(&key.material),
                    jwk::thumbprint(&material),
                    "{alg} {format:?}"
                );
                assert!(key.material.is_private(), "{alg} {format:?}");
            }
        }
    }
}
