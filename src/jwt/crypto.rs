//! Signing and verifying JWS signatures: through jsonwebtoken for the algorithms it implements,
//! through aws-lc-rs directly for ES512 and ES256K (RFC 8812), which it lacks, behind one interface.

use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{EcdsaKeyPair, ParsedPublicKey};
use jsonwebtoken::crypto::aws_lc::DEFAULT_PROVIDER;
use jsonwebtoken::crypto::{JwtSigner, JwtVerifier};
use jsonwebtoken::{DecodingKey, EncodingKey};

use super::alg::{Alg, Family};
use super::key::{self, Material};
use super::token::encode_segment;

/// Checks signatures made with one key and one algorithm; built once, used for many tokens.
pub struct Verifier {
    inner: VerifierInner,
}

enum VerifierInner {
    /// jsonwebtoken's verifier, made once: its `crypto::verify` would rebuild it (and decode the
    /// signature's base64 again) for every token.
    Jwt(Box<dyn JwtVerifier>),
    Ecdsa(ParsedPublicKey),
}

impl Verifier {
    /// The key must be of the algorithm's family (see [`key::check_usable`]).
    pub fn new(material: &Material, alg: Alg) -> Result<Verifier, String> {
        let inner = match (alg.jsonwebtoken(), material) {
            (Some(jwt_alg), _) => VerifierInner::Jwt(
                (DEFAULT_PROVIDER.verifier_factory)(&jwt_alg, &decoding_key(material)?)
                    .map_err(|e| format!("{} cannot verify {alg}: {e}", material.describe()))?,
            ),
            (None, Material::Ec { curve, point, .. }) => VerifierInner::Ecdsa(
                ParsedPublicKey::new(key::verification_alg(*curve), point)
                    .map_err(|e| format!("invalid EC public key: {e}"))?,
            ),
            (None, other) => return Err(format!("{} cannot verify {alg}", other.describe())),
        };
        Ok(Verifier { inner })
    }

    /// Whether `signature` signs `signing_input`.
    // A `&Vec` because jsonwebtoken's `JwtVerifier` is a `Verifier<Vec<u8>>`.
    #[allow(clippy::ptr_arg)]
    pub fn verify(&self, signing_input: &[u8], signature: &Vec<u8>) -> bool {
        match &self.inner {
            VerifierInner::Jwt(verifier) => {
                signature::Verifier::verify(verifier.as_ref(), signing_input, signature).is_ok()
            }
            VerifierInner::Ecdsa(key) => key.verify_sig(signing_input, signature).is_ok(),
        }
    }
}

fn decoding_key(material: &Material) -> Result<DecodingKey, String> {
    Ok(match material {
        Material::Hmac(secret) => DecodingKey::from_secret(secret),
        Material::Rsa { spki, .. } => DecodingKey::from_rsa_der(spki),
        Material::Ec { point, .. } => DecodingKey::from_ec_der(point),
        Material::Ed25519 { public, .. } => DecodingKey::from_ed_der(public),
    })
}

/// Makes signatures with one private key and one algorithm.
pub struct Signer {
    inner: SignerInner,
}

enum SignerInner {
    Jwt(Box<dyn JwtSigner>),
    Ecdsa(EcdsaKeyPair),
}

impl Signer {
    pub fn new(material: &Material, alg: Alg) -> Result<Signer, String> {
        let private = |p: &Option<key::Pkcs8>| -> Result<Vec<u8>, String> {
            p.as_ref()
                .map(|p| p.to_vec())
                .ok_or_else(|| format!("{} cannot sign", material.describe()))
        };
        let jwt = |key: EncodingKey, jwt_alg| -> Result<SignerInner, String> {
            (DEFAULT_PROVIDER.signer_factory)(&jwt_alg, &key)
                .map(SignerInner::Jwt)
                .map_err(|e| format!("{} cannot sign {alg}: {e}", material.describe()))
        };
        let inner = match (alg.jsonwebtoken(), material) {
            (Some(jwt_alg), Material::Hmac(secret)) => {
                jwt(EncodingKey::from_secret(secret), jwt_alg)?
            }
            (Some(jwt_alg), Material::Rsa { private: p, .. }) => {
                // jsonwebtoken takes RSA private keys as PKCS#1 DER: the inside of the PKCS#8.
                let pkcs8 = zeroize::Zeroizing::new(private(p)?);
                let pkcs1 = zeroize::Zeroizing::new(
                    key::pkcs1_of(&pkcs8).ok_or("the RSA private key is not PKCS#8")?,
                );
                jwt(EncodingKey::from_rsa_der(&pkcs1), jwt_alg)?
            }
            (Some(jwt_alg), Material::Ec { private: p, .. }) => {
                jwt(EncodingKey::from_ec_der(&private(p)?), jwt_alg)?
            }
            (Some(jwt_alg), Material::Ed25519 { private: p, .. }) => {
                jwt(EncodingKey::from_ed_der(&private(p)?), jwt_alg)?
            }
            (
                None,
                Material::Ec {
                    curve, private: p, ..
                },
            ) => {
                let pkcs8 = zeroize::Zeroizing::new(private(p)?);
                SignerInner::Ecdsa(
                    EcdsaKeyPair::from_pkcs8(key::signing_alg(*curve), &pkcs8)
                        .map_err(|e| format!("invalid EC private key: {e}"))?,
                )
            }
            (None, other) => return Err(format!("{} cannot sign {alg}", other.describe())),
        };
        debug_assert!(matches!(
            (alg.family(), material.family()),
            (a, b) if a == b || matches!(a, Family::Hmac)
        ));
        Ok(Signer { inner })
    }

    /// The signature of `signing_input`, base64url-encoded.
    pub fn sign(&self, signing_input: &[u8]) -> Result<String, String> {
        match &self.inner {
            SignerInner::Jwt(signer) => signature::Signer::try_sign(signer.as_ref(), signing_input)
                .map(|s| encode_segment(&s))
                .map_err(|e| e.to_string()),
            SignerInner::Ecdsa(pair) => pair
                .sign(&SystemRandom::new(), signing_input)
                .map(|s| encode_segment(s.as_ref()))
                .map_err(|_| "ECDSA signing failed".to_owned()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jwt::alg::{ALL, Curve};
    use aws_lc_rs::signature::{Ed25519KeyPair, RsaKeyPair};

    fn private_key_for(alg: Alg) -> Material {
        match alg.family() {
            Family::Hmac => Material::Hmac(zeroize::Zeroizing::new(vec![42; 64])),
            Family::Rsa => {
                key::rsa_private(&RsaKeyPair::generate(aws_lc_rs::rsa::KeySize::Rsa2048).unwrap())
                    .unwrap()
            }
            Family::Ec(curve) => key::ec_from_pair(
                curve,
                &EcdsaKeyPair::generate(key::signing_alg(curve)).unwrap(),
            )
            .unwrap(),
            Family::Ed25519 => key::ed_from_pair(&Ed25519KeyPair::generate().unwrap()).unwrap(),
        }
    }

    #[test]
    fn every_algorithm_signs_and_verifies_and_rejects_tampering() {
        for alg in ALL {
            let private = private_key_for(alg);
            let signer = Signer::new(&private, alg).unwrap();
            let verifier = Verifier::new(&private.public(), alg).unwrap();
            let input = b"eyJhbGciOiJ0ZXN0In0.eyJzdWIiOiJ4In0";
            let sig_b64 = signer.sign(input).unwrap();
            let sig =
                crate::jwt::token::decode_segment(&sig_b64, crate::jwt::token::Segment::Signature)
                    .unwrap();
            assert!(verifier.verify(input, &sig), "{alg}");
            assert!(
                !verifier.verify(b"eyJhbGciOiJ0ZXN0In0.eyJzdWIiOiJ5In0", &sig),
                "{alg}"
            );
            let mut bad = sig.clone();
            bad[0] ^= 1;
            assert!(!verifier.verify(input, &bad), "{alg}");
            if let Family::Ec(curve) = alg.family() {
                assert_eq!(sig.len(), 2 * curve.coordinate_len(), "{alg}: fixed r‖s");
            }
        }
    }

    #[test]
    fn a_public_key_cannot_sign() {
        let public = private_key_for(Alg::ES512).public();
        assert!(Signer::new(&public, Alg::ES512).is_err());
        let _ = Curve::P521;
    }
}
