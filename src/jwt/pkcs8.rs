//! The private members of a JWK, read out of the PKCS#8 a private key is kept as.
//!
//! aws-lc-rs exports EC scalars and Ed25519 seeds, but not RSA private components; those are read
//! from the PKCS#1 structure inside the PKCS#8 with the RustCrypto `pkcs8` and `pkcs1` crates.

use aws_lc_rs::encoding::AsBigEndian;
use aws_lc_rs::signature::{EcdsaKeyPair, Ed25519KeyPair};
use pkcs1::RsaPrivateKeyRef;
use pkcs8::PrivateKeyInfoRef;
use x509_cert::der::Decode;
use zeroize::Zeroizing;

use super::key::{Material, signing_alg};

/// A JWK member name and its value's bytes.
pub type Member = (&'static str, Zeroizing<Vec<u8>>);

/// `d` (and `p`, `q`, `dp`, `dq`, `qi` for RSA). `None` for a public key.
pub fn private_members(material: &Material) -> Option<Vec<Member>> {
    let z = |bytes: &[u8]| Zeroizing::new(bytes.to_vec());
    match material {
        Material::Hmac(_) => Some(vec![]),
        Material::Ec {
            curve,
            private: Some(pkcs8),
            ..
        } => {
            let pair = EcdsaKeyPair::from_pkcs8(signing_alg(*curve), pkcs8).ok()?;
            let scalar = pair.private_key().as_be_bytes().ok()?;
            Some(vec![("d", z(scalar.as_ref()))])
        }
        Material::Ed25519 {
            private: Some(pkcs8),
            ..
        } => {
            let pair = Ed25519KeyPair::from_pkcs8(pkcs8).ok()?;
            let seed = pair.seed().ok()?.as_be_bytes().ok()?;
            Some(vec![("d", z(seed.as_ref()))])
        }
        Material::Rsa {
            private: Some(pkcs8),
            ..
        } => {
            let info = PrivateKeyInfoRef::from_der(pkcs8).ok()?;
            let rsa = RsaPrivateKeyRef::from_der(info.private_key.as_bytes()).ok()?;
            Some(vec![
                ("d", z(rsa.private_exponent.as_bytes())),
                ("p", z(rsa.prime1.as_bytes())),
                ("q", z(rsa.prime2.as_bytes())),
                ("dp", z(rsa.exponent1.as_bytes())),
                ("dq", z(rsa.exponent2.as_bytes())),
                ("qi", z(rsa.coefficient.as_bytes())),
            ])
        }
        _ => None,
    }
}
