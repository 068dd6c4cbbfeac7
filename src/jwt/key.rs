//! Keys for JWTs, recognised by their content: HMAC secrets, PEM (PKCS#8, PKCS#1, SEC1, SPKI,
//! X.509 certificates), DER, JWKs and JWK Sets.
//!
//! Everything is normalised to one form per key type (SPKI or raw public parts, PKCS#8 private
//! keys), which the signer and verifier in [`super::crypto`] consume.

use aws_lc_rs::encoding::AsDer;
use aws_lc_rs::rsa::{KeyPairComponents, PublicKeyComponents};
use aws_lc_rs::signature::{
    self as sig, EcdsaKeyPair, Ed25519KeyPair, KeyPair, ParsedPublicKey, RsaKeyPair,
    RsaSubjectPublicKey,
};
use base64ct::{Base64UrlUnpadded, Encoding};
use pkcs1::RsaPrivateKeyRef;
use pkcs8::PrivateKeyInfoRef;
use serde_json::{Map, Value};
use x509_cert::der::Decode;
use x509_cert::der::asn1::ObjectIdentifier;
use x509_cert::spki::SubjectPublicKeyInfoRef;
use zeroize::Zeroizing;

use super::alg::{Alg, Curve, Family};

/// Private key bytes, PKCS#8 DER, zeroized on drop.
pub type Pkcs8 = Zeroizing<Vec<u8>>;

/// The cryptographic part of a key.
#[derive(Clone)]
pub enum Material {
    Hmac(Zeroizing<Vec<u8>>),
    Rsa {
        /// SubjectPublicKeyInfo DER.
        spki: Vec<u8>,
        /// Modulus and exponent, big-endian, without leading zeros.
        n: Vec<u8>,
        e: Vec<u8>,
        private: Option<Pkcs8>,
    },
    Ec {
        curve: Curve,
        /// Uncompressed point: 0x04 ‖ x ‖ y.
        point: Vec<u8>,
        private: Option<Pkcs8>,
    },
    Ed25519 {
        public: Vec<u8>,
        private: Option<Pkcs8>,
    },
}

impl std::fmt::Debug for Material {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Material({})", self.describe())
    }
}

impl Material {
    pub fn family(&self) -> Family {
        match self {
            Material::Hmac(_) => Family::Hmac,
            Material::Rsa { .. } => Family::Rsa,
            Material::Ec { curve, .. } => Family::Ec(*curve),
            Material::Ed25519 { .. } => Family::Ed25519,
        }
    }

    pub fn is_private(&self) -> bool {
        match self {
            Material::Hmac(_) => true,
            Material::Rsa { private, .. }
            | Material::Ec { private, .. }
            | Material::Ed25519 { private, .. } => private.is_some(),
        }
    }

    /// RSA modulus size in bits.
    pub fn rsa_bits(&self) -> Option<usize> {
        match self {
            Material::Rsa { n, .. } => Some(bit_len(n)),
            _ => None,
        }
    }

    /// "RSA 2048-bit public key", "HMAC secret of 32 bytes"…
    pub fn describe(&self) -> String {
        let kind = if self.is_private() {
            "private"
        } else {
            "public"
        };
        match self {
            Material::Hmac(k) => format!("HMAC secret of {} bytes", k.len()),
            Material::Rsa { n, .. } => format!("RSA {}-bit {kind} key", bit_len(n)),
            Material::Ec { curve, .. } => format!("EC {} {kind} key", curve.jwk_name()),
            Material::Ed25519 { .. } => format!("Ed25519 {kind} key"),
        }
    }

    /// SubjectPublicKeyInfo DER of an asymmetric key (a PEM "PUBLIC KEY").
    pub fn spki(&self) -> Option<Vec<u8>> {
        let parsed = match self {
            Material::Hmac(_) => return None,
            Material::Rsa { spki, .. } => return Some(spki.clone()),
            Material::Ec { curve, point, .. } => {
                ParsedPublicKey::new(verification_alg(*curve), point).ok()?
            }
            Material::Ed25519 { public, .. } => ParsedPublicKey::new(&sig::ED25519, public).ok()?,
        };
        parsed.as_der().ok().map(|der| der.as_ref().to_vec())
    }

    /// The same key without its private part.
    pub fn public(&self) -> Material {
        match self {
            Material::Hmac(k) => Material::Hmac(k.clone()),
            Material::Rsa { spki, n, e, .. } => Material::Rsa {
                spki: spki.clone(),
                n: n.clone(),
                e: e.clone(),
                private: None,
            },
            Material::Ec { curve, point, .. } => Material::Ec {
                curve: *curve,
                point: point.clone(),
                private: None,
            },
            Material::Ed25519 { public, .. } => Material::Ed25519 {
                public: public.clone(),
                private: None,
            },
        }
    }
}

fn bit_len(big_endian: &[u8]) -> usize {
    let trimmed = strip_leading_zeros(big_endian);
    match trimmed.first() {
        Some(first) => trimmed.len() * 8 - first.leading_zeros() as usize,
        None => 0,
    }
}

fn strip_leading_zeros(bytes: &[u8]) -> &[u8] {
    let start = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len());
    &bytes[start..]
}

/// A key and what its container said about it (a JWK's `kid`, `alg`, `use`, `key_ops`).
#[derive(Debug, Clone)]
pub struct Key {
    pub material: Material,
    pub kid: Option<String>,
    /// A JWK's `alg`, as written.
    pub declared_alg: Option<String>,
    pub key_use: Option<String>,
    pub key_ops: Option<Vec<String>>,
}

impl Key {
    /// The key's JWK `alg`, if it names an algorithm for this type of key.
    pub fn declared(&self) -> Option<Alg> {
        self.declared_alg
            .as_deref()
            .and_then(declared_alg)
            .filter(|a| a.family() == self.material.family())
    }

    /// The algorithm this key signs with unless told otherwise.
    pub fn default_alg(&self) -> Alg {
        self.declared()
            .unwrap_or_else(|| self.material.family().default_alg())
    }

    pub fn bare(material: Material) -> Key {
        Key {
            material,
            kid: None,
            declared_alg: None,
            key_use: None,
            key_ops: None,
        }
    }
}

/// One member of what was loaded: a key, or why a recognisable key cannot be used.
#[derive(Debug, Clone)]
pub struct Entry {
    pub kid: Option<String>,
    pub key: Result<Key, String>,
}

/// What a key argument held.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub entries: Vec<Entry>,
    /// From a JWK Set: several keys, chosen by `kid`.
    pub is_set: bool,
}

impl Loaded {
    fn one(key: Result<Key, String>) -> Loaded {
        let kid = key.as_ref().ok().and_then(|k| k.kid.clone());
        Loaded {
            entries: vec![Entry { kid, key }],
            is_set: false,
        }
    }
}

/// Input that is not any kind of key keyward knows: the check cannot run (exit 2).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Unrecognised(pub String);

/// Reads key material from bytes, recognising the format by content, not by file name.
pub fn load(bytes: &[u8]) -> Result<Loaded, Unrecognised> {
    let text = std::str::from_utf8(bytes).ok().map(str::trim);
    if let Some(text) = text {
        if text.starts_with('{') {
            let value: Value = serde_json::from_str(text)
                .map_err(|e| Unrecognised(format!("not a valid JWK or JWK Set: {e}")))?;
            return from_json(&value);
        }
        if text.contains("-----BEGIN ") {
            return from_pem(text);
        }
    }
    from_der(bytes).map(|k| Loaded::one(Ok(k))).ok_or_else(|| {
        Unrecognised(
            "not a key: expected PEM, DER, a JWK or a JWK Set (HMAC secrets go in --secret)".into(),
        )
    })
}

/// A secret for HMAC. Anything the key loader recognises as a key (PEM anywhere in it, DER, a
/// JWK) is refused: MACing with a public key's bytes is how algorithm-confusion attacks forge tokens.
pub fn hmac_secret(bytes: Zeroizing<Vec<u8>>) -> Result<Key, Unrecognised> {
    let text = String::from_utf8_lossy(&bytes);
    let has_pem = text.contains("-----BEGIN ");
    // The base64 of a key's DER (a PEM body without its lines, `MIIBIjAN…`) is a key too.
    let decoded = [
        &base64::engine::general_purpose::STANDARD,
        &base64::engine::general_purpose::URL_SAFE_NO_PAD,
        &base64::engine::general_purpose::STANDARD_NO_PAD,
    ]
    .iter()
    .find_map(|engine| base64::Engine::decode(*engine, text.trim()).ok())
    .map(Zeroizing::new);
    let encodes_a_key = decoded.is_some_and(|der| der.first() == Some(&0x30) && load(&der).is_ok());
    if has_pem || encodes_a_key || load(&bytes).is_ok() {
        return Err(Unrecognised(
            "the secret is a key (PEM, DER, its base64, or a JWK): pass it with --key, and the algorithm follows from the key"
                .into(),
        ));
    }
    Ok(Key::bare(Material::Hmac(bytes)))
}

// ---------------------------------------------------------------------------------------------
// PEM and DER

fn from_pem(text: &str) -> Result<Loaded, Unrecognised> {
    let blocks = pem::parse_many(text).map_err(|e| Unrecognised(format!("not valid PEM: {e}")))?;
    let block = blocks
        .iter()
        .find(|b| b.tag() != "EC PARAMETERS")
        .ok_or_else(|| Unrecognised("the PEM holds no key".into()))?;
    let der = block.contents();
    let parsed = match block.tag() {
        "PRIVATE KEY" => private_pkcs8(der),
        "RSA PRIVATE KEY" => rsa_private_pkcs1(der),
        "EC PRIVATE KEY" => ec_private_sec1(der),
        "PUBLIC KEY" => spki(der),
        "RSA PUBLIC KEY" => rsa_public_der(der),
        "CERTIFICATE" => certificate(der),
        "ENCRYPTED PRIVATE KEY" => {
            return Err(Unrecognised(
                "the private key is encrypted; decrypt it first (openssl pkcs8 -in KEY -out PLAIN)"
                    .into(),
            ));
        }
        other => return Err(Unrecognised(format!("a PEM {other:?} block is not a key"))),
    };
    Ok(Loaded::one(parsed.map(Key::bare)))
}

type Parser = fn(&[u8]) -> Result<Material, String>;

/// Binary DER: whichever structure it parses as.
fn from_der(der: &[u8]) -> Option<Key> {
    if der.first() != Some(&0x30) {
        return None;
    }
    let attempts: [Parser; 5] = [
        spki,
        private_pkcs8,
        rsa_private_pkcs1,
        ec_private_sec1,
        certificate,
    ];
    attempts
        .iter()
        .find_map(|parse| parse(der).ok())
        .or_else(|| {
            // PKCS#1 RSAPublicKey last: it is the least self-describing.
            rsa_public_der(der).ok()
        })
        .map(Key::bare)
}

const OID_RSA: &str = "1.2.840.113549.1.1.1";
const OID_RSA_PSS: &str = "1.2.840.113549.1.1.10";
const OID_EC: &str = "1.2.840.10045.2.1";
const OID_ED25519: &str = "1.3.101.112";

fn curve_of_oid(oid: &str) -> Option<Curve> {
    Some(match oid {
        "1.2.840.10045.3.1.7" => Curve::P256,
        "1.3.132.0.34" => Curve::P384,
        "1.3.132.0.35" => Curve::P521,
        "1.3.132.0.10" => Curve::Secp256k1,
        _ => return None,
    })
}

/// SubjectPublicKeyInfo DER.
fn spki(der: &[u8]) -> Result<Material, String> {
    let info = SubjectPublicKeyInfoRef::from_der(der).map_err(|e| e.to_string())?;
    let oid = info.algorithm.oid.to_string();
    let bits = info
        .subject_public_key
        .as_bytes()
        .ok_or("the public key bit string is not whole bytes")?;
    match oid.as_str() {
        OID_RSA | OID_RSA_PSS => rsa_public_der(bits),
        OID_EC => {
            let curve_oid: ObjectIdentifier = info
                .algorithm
                .parameters
                .ok_or("EC key without a named curve")?
                .decode_as()
                .map_err(|_| "EC key without a named curve")?;
            let curve = curve_of_oid(&curve_oid.to_string())
                .ok_or_else(|| format!("unsupported EC curve {curve_oid}"))?;
            ec_public(curve, bits.to_vec(), None)
        }
        OID_ED25519 => ed_public(bits.to_vec(), None),
        other => Err(format!("unsupported public key algorithm {other}")),
    }
}

/// PKCS#1 RSAPublicKey or SPKI DER.
fn rsa_public_der(der: &[u8]) -> Result<Material, String> {
    let key = RsaSubjectPublicKey::from_der(der).map_err(|e| format!("not an RSA key: {e}"))?;
    let spki = key.as_der().map_err(|e| e.to_string())?.as_ref().to_vec();
    Ok(Material::Rsa {
        spki,
        n: key.modulus().big_endian_without_leading_zero().to_vec(),
        e: key.exponent().big_endian_without_leading_zero().to_vec(),
        private: None,
    })
}

fn certificate(der: &[u8]) -> Result<Material, String> {
    use x509_cert::der::Encode;
    let cert = x509_cert::Certificate::from_der(der).map_err(|e| e.to_string())?;
    let info = cert
        .tbs_certificate()
        .subject_public_key_info()
        .to_der()
        .map_err(|e| e.to_string())?;
    spki(&info)
}

fn private_pkcs8(der: &[u8]) -> Result<Material, String> {
    let info = PrivateKeyInfoRef::from_der(der).map_err(|e| e.to_string())?;
    if info.algorithm.oid.to_string() == OID_RSA {
        return rsa_from_parts(info.private_key.as_bytes(), Zeroizing::new(der.to_vec()));
    }
    for curve in CURVES {
        if let Ok(kp) = EcdsaKeyPair::from_pkcs8(signing_alg(curve), der) {
            return ec_from_pair(curve, &kp);
        }
    }
    if let Ok(kp) = Ed25519KeyPair::from_pkcs8(der) {
        return ed_from_pair(&kp);
    }
    Err("not a PKCS#8 RSA, EC or Ed25519 private key".into())
}

fn ec_private_sec1(der: &[u8]) -> Result<Material, String> {
    for curve in CURVES {
        if let Ok(kp) = EcdsaKeyPair::from_private_key_der(signing_alg(curve), der) {
            return ec_from_pair(curve, &kp);
        }
    }
    Err("not a SEC1 EC private key on a supported curve".into())
}

pub const CURVES: [Curve; 4] = [Curve::P256, Curve::P384, Curve::P521, Curve::Secp256k1];

pub fn signing_alg(curve: Curve) -> &'static sig::EcdsaSigningAlgorithm {
    match curve {
        Curve::P256 => &sig::ECDSA_P256_SHA256_FIXED_SIGNING,
        Curve::P384 => &sig::ECDSA_P384_SHA384_FIXED_SIGNING,
        Curve::P521 => &sig::ECDSA_P521_SHA512_FIXED_SIGNING,
        Curve::Secp256k1 => &sig::ECDSA_P256K1_SHA256_FIXED_SIGNING,
    }
}

pub fn verification_alg(curve: Curve) -> &'static sig::EcdsaVerificationAlgorithm {
    match curve {
        Curve::P256 => &sig::ECDSA_P256_SHA256_FIXED,
        Curve::P384 => &sig::ECDSA_P384_SHA384_FIXED,
        Curve::P521 => &sig::ECDSA_P521_SHA512_FIXED,
        Curve::Secp256k1 => &sig::ECDSA_P256K1_SHA256_FIXED,
    }
}

/// An RSA private key in PKCS#1, kept as PKCS#8.
fn rsa_private_pkcs1(pkcs1: &[u8]) -> Result<Material, String> {
    use x509_cert::der::Encode;
    use x509_cert::der::asn1::{AnyRef, OctetStringRef};
    let algorithm = x509_cert::spki::AlgorithmIdentifierRef {
        oid: ObjectIdentifier::new_unwrap(OID_RSA),
        parameters: Some(AnyRef::NULL),
    };
    let octets = OctetStringRef::new(pkcs1).map_err(|e| e.to_string())?;
    let pkcs8 = PrivateKeyInfoRef::new(algorithm, octets)
        .to_der()
        .map_err(|e| e.to_string())?;
    rsa_from_parts(pkcs1, Zeroizing::new(pkcs8))
}

/// Reads an RSA private key's numbers without checking them: the check costs as much as a
/// signature, and signing checks the key anyway when it loads it.
fn rsa_from_parts(pkcs1: &[u8], pkcs8: Pkcs8) -> Result<Material, String> {
    let key =
        RsaPrivateKeyRef::from_der(pkcs1).map_err(|e| format!("not an RSA private key: {e}"))?;
    let components = PublicKeyComponents {
        n: key.modulus.as_bytes(),
        e: key.public_exponent.as_bytes(),
    };
    let spki = components
        .as_der()
        .map_err(|_| "invalid RSA modulus or exponent")?;
    let Material::Rsa { spki, n, e, .. } = rsa_public_der(spki.as_ref())? else {
        unreachable!("rsa_public_der makes RSA material")
    };
    Ok(Material::Rsa {
        spki,
        n,
        e,
        private: Some(pkcs8),
    })
}

/// The PKCS#1 structure inside an RSA key's PKCS#8.
pub fn pkcs1_of(pkcs8: &[u8]) -> Option<Vec<u8>> {
    let info = PrivateKeyInfoRef::from_der(pkcs8).ok()?;
    Some(info.private_key.as_bytes().to_vec())
}

pub fn rsa_private(kp: &RsaKeyPair) -> Result<Material, String> {
    let public = kp.public_key();
    let pkcs8 = kp.as_der().map_err(|e| e.to_string())?;
    let spki = public.as_der().map_err(|e| e.to_string())?;
    Ok(Material::Rsa {
        spki: spki.as_ref().to_vec(),
        n: public.modulus().big_endian_without_leading_zero().to_vec(),
        e: public.exponent().big_endian_without_leading_zero().to_vec(),
        private: Some(Zeroizing::new(pkcs8.as_ref().to_vec())),
    })
}

pub fn ec_from_pair(curve: Curve, kp: &EcdsaKeyPair) -> Result<Material, String> {
    let pkcs8 = kp.to_pkcs8v1().map_err(|e| e.to_string())?;
    Ok(Material::Ec {
        curve,
        point: kp.public_key().as_ref().to_vec(),
        private: Some(Zeroizing::new(pkcs8.as_ref().to_vec())),
    })
}

pub fn ed_from_pair(kp: &Ed25519KeyPair) -> Result<Material, String> {
    let pkcs8 = kp.to_pkcs8v1().map_err(|e| e.to_string())?;
    Ok(Material::Ed25519 {
        public: kp.public_key().as_ref().to_vec(),
        private: Some(Zeroizing::new(pkcs8.as_ref().to_vec())),
    })
}

/// An EC public point, checked to lie on the curve.
fn ec_public(curve: Curve, point: Vec<u8>, private: Option<Pkcs8>) -> Result<Material, String> {
    let len = curve.coordinate_len();
    if point.first() != Some(&0x04) || point.len() != 1 + 2 * len {
        return Err(format!(
            "an {} public key is an uncompressed point of {} bytes",
            curve.jwk_name(),
            1 + 2 * len
        ));
    }
    ParsedPublicKey::new(verification_alg(curve), &point)
        .map_err(|_| format!("the point is not on the {} curve", curve.jwk_name()))?;
    Ok(Material::Ec {
        curve,
        point,
        private,
    })
}

fn ed_public(public: Vec<u8>, private: Option<Pkcs8>) -> Result<Material, String> {
    if public.len() != sig::ED25519_PUBLIC_KEY_LEN {
        return Err(format!(
            "an Ed25519 public key has 32 bytes, not {}",
            public.len()
        ));
    }
    Ok(Material::Ed25519 { public, private })
}

// ---------------------------------------------------------------------------------------------
// JWK and JWK Set

fn from_json(value: &Value) -> Result<Loaded, Unrecognised> {
    let Value::Object(object) = value else {
        return Err(Unrecognised("a JWK must be a JSON object".into()));
    };
    if let Some(keys) = object.get("keys") {
        let Value::Array(keys) = keys else {
            return Err(Unrecognised("a JWK Set's \"keys\" must be an array".into()));
        };
        let entries = keys
            .iter()
            .map(|jwk| Entry {
                kid: jwk.get("kid").and_then(Value::as_str).map(str::to_owned),
                key: match jwk {
                    Value::Object(jwk) => from_jwk(jwk),
                    _ => Err("a JWK must be a JSON object".into()),
                },
            })
            .collect();
        return Ok(Loaded {
            entries,
            is_set: true,
        });
    }
    if !object.contains_key("kty") {
        return Err(Unrecognised(
            "JSON that is neither a JWK (no \"kty\") nor a JWK Set (no \"keys\")".into(),
        ));
    }
    Ok(Loaded::one(from_jwk(object)))
}

/// One JWK (RFC 7517/7518/8037/8812), public or private.
pub fn from_jwk(jwk: &Map<String, Value>) -> Result<Key, String> {
    let text = |name: &str| -> Result<Option<String>, String> {
        match jwk.get(name) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(format!("the JWK's {name:?} is not a string")),
        }
    };
    let key_ops = match jwk.get("key_ops") {
        None => None,
        Some(Value::Array(ops)) => Some(
            ops.iter()
                .map(|op| op.as_str().map(str::to_owned))
                .collect::<Option<Vec<_>>>()
                .ok_or("the JWK's key_ops are not strings")?,
        ),
        Some(_) => return Err("the JWK's key_ops is not an array".into()),
    };
    let kty = text("kty")?.ok_or("the JWK has no kty")?;
    let material = match kty.as_str() {
        "oct" => {
            let k = b64_member(jwk, "k")?.ok_or("an oct JWK needs k")?;
            Material::Hmac(Zeroizing::new(k))
        }
        "RSA" => rsa_jwk(jwk)?,
        "EC" => {
            let crv = text("crv")?.ok_or("an EC JWK needs crv")?;
            let curve =
                Curve::from_jwk_name(&crv).ok_or_else(|| format!("unsupported curve {crv:?}"))?;
            let len = curve.coordinate_len();
            let x = exact_member(jwk, "x", len, &crv)?;
            let y = exact_member(jwk, "y", len, &crv)?;
            let point = [&[0x04][..], &x, &y].concat();
            let private = match b64_member(jwk, "d")? {
                None => None,
                Some(d) => {
                    let d = Zeroizing::new(d);
                    let kp = EcdsaKeyPair::from_private_key_and_public_key(
                        signing_alg(curve),
                        &d,
                        &point,
                    )
                    .map_err(|e| format!("the EC private key does not fit its public key: {e}"))?;
                    let Material::Ec { private, .. } = ec_from_pair(curve, &kp)? else {
                        unreachable!("ec_from_pair makes EC material")
                    };
                    private
                }
            };
            ec_public(curve, point, private)?
        }
        "OKP" => {
            let crv = text("crv")?.ok_or("an OKP JWK needs crv")?;
            if crv != "Ed25519" {
                return Err(format!(
                    "unsupported OKP curve {crv:?} (keyward knows Ed25519)"
                ));
            }
            let x = exact_member(jwk, "x", sig::ED25519_PUBLIC_KEY_LEN, &crv)?;
            match b64_member(jwk, "d")? {
                None => ed_public(x, None)?,
                Some(d) => {
                    let d = Zeroizing::new(d);
                    let kp = Ed25519KeyPair::from_seed_and_public_key(&d, &x)
                        .map_err(|e| format!("the Ed25519 private key does not fit: {e}"))?;
                    ed_from_pair(&kp)?
                }
            }
        }
        other => return Err(format!("unsupported key type kty={other:?}")),
    };
    Ok(Key {
        material,
        kid: text("kid")?,
        declared_alg: text("alg")?,
        key_use: text("use")?,
        key_ops,
    })
}

fn rsa_jwk(jwk: &Map<String, Value>) -> Result<Material, String> {
    let n = b64_member(jwk, "n")?.ok_or("an RSA JWK needs n")?;
    let e = b64_member(jwk, "e")?.ok_or("an RSA JWK needs e")?;
    let n = strip_leading_zeros(&n).to_vec();
    let e = strip_leading_zeros(&e).to_vec();
    let Some(d) = b64_member(jwk, "d")? else {
        let components = PublicKeyComponents { n: &n, e: &e };
        let spki = components
            .as_der()
            .map_err(|_| "invalid RSA modulus or exponent")?;
        return rsa_public_der(spki.as_ref());
    };
    let part = |name: &str| -> Result<Zeroizing<Vec<u8>>, String> {
        b64_member(jwk, name)?.map(Zeroizing::new).ok_or_else(|| {
            format!("an RSA private JWK needs {name} (keys without CRT values are not supported)")
        })
    };
    let d = Zeroizing::new(d);
    let (p, q, dp, dq, qi) = (
        part("p")?,
        part("q")?,
        part("dp")?,
        part("dq")?,
        part("qi")?,
    );
    let components = KeyPairComponents {
        public_key: PublicKeyComponents {
            n: n.as_slice(),
            e: e.as_slice(),
        },
        d: d.as_slice(),
        p: p.as_slice(),
        q: q.as_slice(),
        dP: dp.as_slice(),
        dQ: dq.as_slice(),
        qInv: qi.as_slice(),
    };
    let kp = RsaKeyPair::from_components(&components)
        .map_err(|e| format!("inconsistent RSA private key: {e}"))?;
    rsa_private(&kp)
}

/// A base64url member, strictly decoded.
fn b64_member(jwk: &Map<String, Value>, name: &str) -> Result<Option<Vec<u8>>, String> {
    match jwk.get(name) {
        None => Ok(None),
        Some(Value::String(s)) => Base64UrlUnpadded::decode_vec(s)
            .map(Some)
            .map_err(|_| format!("the JWK's {name:?} is not base64url")),
        Some(_) => Err(format!("the JWK's {name:?} is not a string")),
    }
}

/// A coordinate of exactly the curve's size (RFC 7518 §6.2.1.2 forbids shortening it).
fn exact_member(
    jwk: &Map<String, Value>,
    name: &str,
    len: usize,
    crv: &str,
) -> Result<Vec<u8>, String> {
    let bytes = b64_member(jwk, name)?.ok_or_else(|| format!("the JWK needs {name}"))?;
    if bytes.len() != len {
        return Err(format!(
            "the JWK's {name} has {} bytes; on {crv} it has {len}",
            bytes.len()
        ));
    }
    Ok(bytes)
}

// ---------------------------------------------------------------------------------------------
// Policy

/// What a key is about to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Sign,
    Verify,
}

/// The JWK `alg` values keyward reads as one of its algorithms (Wycheproof writes P-521's as ES521).
pub fn declared_alg(name: &str) -> Option<Alg> {
    match name {
        "ES521" => Some(Alg::ES512),
        _ => name.parse().ok(),
    }
}

/// Refuses keys that must not be used for `alg`: the wrong type, a JWK for encryption, weak or
/// broken keys. `allow_weak` accepts HMAC keys shorter than the hash (RFC 7518 §3.2).
pub fn check_usable(key: &Key, alg: Alg, purpose: Purpose, allow_weak: bool) -> Result<(), String> {
    let family = key.material.family();
    if alg.family() != family {
        return Err(format!(
            "{} cannot be used with {alg}",
            key.material.describe()
        ));
    }
    if let Some(key_use) = &key.key_use
        && key_use != "sig"
    {
        return Err(format!("the key is for use={key_use:?}, not signatures"));
    }
    if let Some(ops) = &key.key_ops {
        let op = match purpose {
            Purpose::Sign => "sign",
            Purpose::Verify => "verify",
        };
        if !ops.iter().any(|o| o == op) {
            return Err(format!("the key's key_ops {ops:?} do not include {op:?}"));
        }
    }
    if let Some(declared) = &key.declared_alg {
        match declared_alg(declared) {
            Some(d) if d.family() == family => {}
            _ => {
                return Err(format!(
                    "the key declares alg {declared:?}, which is not a signature algorithm for {}",
                    key.material.describe()
                ));
            }
        }
    }
    if purpose == Purpose::Sign && !key.material.is_private() {
        return Err(format!(
            "{} cannot sign; give the private key",
            key.material.describe()
        ));
    }
    match &key.material {
        Material::Hmac(secret) => {
            if secret.is_empty() {
                return Err("the HMAC key is empty".into());
            }
            let min = alg.hmac_min_key_len().unwrap_or(0);
            if secret.len() < min && !allow_weak {
                return Err(format!(
                    "the HMAC key has {} bytes; {alg} needs at least {min} (RFC 7518 §3.2); \
                     --allow-weak-key accepts it",
                    secret.len()
                ));
            }
        }
        Material::Rsa { n, e, .. } => {
            let bits = bit_len(n);
            if !(2048..=8192).contains(&bits) {
                return Err(format!(
                    "the RSA key has {bits} bits; keyward uses keys of 2048 to 8192 bits"
                ));
            }
            if bit_len(e) < 2 || e.last().is_some_and(|b| b % 2 == 0) {
                return Err("the RSA public exponent is invalid".into());
            }
            // e = 3 and other small exponents turn padding and signature-parsing flaws into
            // forgeries (Bleichenbacher 2006); every key generator in use picks 65537.
            if bit_len(e) < 17 {
                return Err(
                    "the RSA public exponent is below 65537; keyward refuses small exponents"
                        .into(),
                );
            }
            if super::roca::is_vulnerable(n) {
                return Err(
                    "the RSA key was made by a generator with the ROCA flaw (CVE-2017-15361); its private key can be computed"
                        .into(),
                );
            }
        }
        Material::Ec { .. } | Material::Ed25519 { .. } => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys_dir() -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors/jwt/keys")
    }

    #[test]
    fn pem_public_keys_of_every_type_load() {
        for (file, want) in [
            ("jwtio-rsa.pub.pem", "RSA 2048-bit public key"),
            ("jwtio-ec-p256.pub.pem", "EC P-256 public key"),
            ("jwtio-ec-p384.pub.pem", "EC P-384 public key"),
            ("jwtio-ec-p521.pub.pem", "EC P-521 public key"),
            ("jwtio-ed25519.pub.pem", "Ed25519 public key"),
        ] {
            let loaded = load(&std::fs::read(keys_dir().join(file)).unwrap()).unwrap();
            assert!(!loaded.is_set);
            let key = loaded.entries[0].key.as_ref().unwrap();
            assert_eq!(key.material.describe(), want, "{file}");
        }
    }

    #[test]
    fn a_jwk_and_its_pem_are_the_same_key() {
        let jwk = load(&std::fs::read(keys_dir().join("jwtio-rsa.pub.jwk.json")).unwrap()).unwrap();
        let pem = load(&std::fs::read(keys_dir().join("jwtio-rsa.pub.pem")).unwrap()).unwrap();
        let spki = |l: &Loaded| match &l.entries[0].key.as_ref().unwrap().material {
            Material::Rsa { spki, .. } => spki.clone(),
            other => panic!("{other:?}"),
        };
        assert_eq!(spki(&jwk), spki(&pem));
    }

    #[test]
    fn generated_private_keys_round_trip_through_every_container() {
        let rsa = RsaKeyPair::generate(aws_lc_rs::rsa::KeySize::Rsa2048).unwrap();
        let pkcs8 = rsa.as_der().unwrap();
        let pem = pem::encode(&pem::Pem::new("PRIVATE KEY", pkcs8.as_ref().to_vec()));
        let key = &load(pem.as_bytes()).unwrap().entries[0];
        assert_eq!(
            key.key.as_ref().unwrap().material.describe(),
            "RSA 2048-bit private key"
        );
        // The same key as binary DER.
        let der = load(pkcs8.as_ref()).unwrap();
        assert!(der.entries[0].key.as_ref().unwrap().material.is_private());

        let ec = EcdsaKeyPair::generate(signing_alg(Curve::P256)).unwrap();
        let sec1 = ec.private_key().as_der().unwrap();
        let pem = pem::encode(&pem::Pem::new("EC PRIVATE KEY", sec1.as_ref().to_vec()));
        let key = load(pem.as_bytes()).unwrap();
        assert_eq!(
            key.entries[0].key.as_ref().unwrap().material.describe(),
            "EC P-256 private key"
        );
    }

    #[test]
    fn unrecognisable_input_is_not_a_key() {
        for input in [
            &b"hello"[..],
            b"{\"a\":1}",
            b"[1,2]",
            b"\x30\x03\x02\x01\x01",
            b"",
        ] {
            assert!(load(input).is_err(), "{input:?}");
        }
        let garbage_pem = "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n";
        let loaded = load(garbage_pem.as_bytes()).unwrap();
        assert!(
            loaded.entries[0].key.is_err(),
            "recognised, but not a usable key"
        );
    }

    #[test]
    fn secrets_that_are_keys_are_refused() {
        let pem = std::fs::read(keys_dir().join("jwtio-rsa.pub.pem")).unwrap();
        assert!(hmac_secret(Zeroizing::new(pem)).is_err());
        let jwk = br#"{"kty":"oct","k":"AAAA"}"#.to_vec();
        assert!(hmac_secret(Zeroizing::new(jwk)).is_err());
        let mut prefixed = b"Bag Attributes\n".to_vec();
        prefixed.extend(std::fs::read(keys_dir().join("jwtio-rsa.pub.pem")).unwrap());
        assert!(hmac_secret(Zeroizing::new(prefixed)).is_err());
        let der = match &load(&std::fs::read(keys_dir().join("jwtio-rsa.pub.pem")).unwrap())
            .unwrap()
            .entries[0]
            .key
        {
            Ok(key) => key.material.spki().unwrap(),
            Err(e) => panic!("{e}"),
        };
        assert!(
            hmac_secret(Zeroizing::new(der)).is_err(),
            "DER public keys are keys too"
        );
        assert!(hmac_secret(Zeroizing::new(b"{not json but a fine secret".to_vec())).is_ok());
    }

    #[test]
    fn bad_jwks_say_why() {
        let cases = [
            (
                r#"{"kty":"EC","crv":"P-384","x":"AAAA","y":"AAAA"}"#,
                "x has 3 bytes",
            ),
            (r#"{"kty":"RSA","crv":"P-256","x":"AAAA"}"#, "needs n"),
            (r#"{"kty":"XYZ"}"#, "unsupported key type"),
            (
                r#"{"kty":"OKP","crv":"X25519","x":"AAAA"}"#,
                "unsupported OKP curve",
            ),
            (r#"{"kty":"oct","k":"a+b"}"#, "not base64url"),
        ];
        for (json, want) in cases {
            let map: Map<String, Value> = serde_json::from_str(json).unwrap();
            let err = from_jwk(&map).unwrap_err();
            assert!(err.contains(want), "{json}: {err}");
        }
    }

    #[test]
    fn the_policy_refuses_weak_and_misused_keys() {
        let hmac = |n: usize| Key::bare(Material::Hmac(Zeroizing::new(vec![7; n])));
        assert!(check_usable(&hmac(32), Alg::HS256, Purpose::Verify, false).is_ok());
        assert!(check_usable(&hmac(31), Alg::HS256, Purpose::Verify, false).is_err());
        assert!(check_usable(&hmac(31), Alg::HS256, Purpose::Verify, true).is_ok());
        assert!(check_usable(&hmac(0), Alg::HS256, Purpose::Verify, true).is_err());
        assert!(check_usable(&hmac(64), Alg::HS512, Purpose::Verify, false).is_ok());
        assert!(check_usable(&hmac(64), Alg::RS256, Purpose::Verify, false).is_err());
        let mut enc = hmac(32);
        enc.key_use = Some("enc".into());
        assert!(check_usable(&enc, Alg::HS256, Purpose::Verify, false).is_err());
        let mut ops = hmac(32);
        ops.key_ops = Some(vec!["sign".into()]);
        assert!(check_usable(&ops, Alg::HS256, Purpose::Verify, false).is_err());
        assert!(check_usable(&ops, Alg::HS256, Purpose::Sign, false).is_ok());
        let mut declared = hmac(32);
        declared.declared_alg = Some("A256GCM".into());
        assert!(check_usable(&declared, Alg::HS256, Purpose::Verify, false).is_err());
        declared.declared_alg = Some("HS512".into());
        assert!(check_usable(&declared, Alg::HS256, Purpose::Verify, false).is_ok());
    }
}
