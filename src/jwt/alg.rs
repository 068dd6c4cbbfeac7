//! The JWS algorithms keyward signs and verifies, and the key types they belong to.

use std::fmt;
use std::str::FromStr;

use clap::ValueEnum;
use serde::{Serialize, Serializer};

/// A JWS `alg`. `none` is deliberately absent: it is never accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ValueEnum)]
#[value(rename_all = "verbatim")]
pub enum Alg {
    HS256,
    HS384,
    HS512,
    RS256,
    RS384,
    RS512,
    PS256,
    PS384,
    PS512,
    ES256,
    ES384,
    ES512,
    /// ECDSA on secp256k1 with SHA-256 (RFC 8812)
    ES256K,
    /// Ed25519 (RFC 8037)
    EdDSA,
    /// Ed25519 under its fully-specified name (RFC 9864)
    Ed25519,
}

/// What kind of key an algorithm needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Hmac,
    Rsa,
    Ec(Curve),
    Ed25519,
}

impl Family {
    /// The algorithm a key of this type signs with when nothing says otherwise.
    pub fn default_alg(self) -> Alg {
        match self {
            Family::Hmac => Alg::HS256,
            Family::Rsa => Alg::RS256,
            Family::Ec(curve) => curve.alg(),
            Family::Ed25519 => Alg::EdDSA,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Curve {
    P256,
    P384,
    P521,
    Secp256k1,
}

impl Curve {
    /// The JWK `crv` name.
    pub fn jwk_name(self) -> &'static str {
        match self {
            Curve::P256 => "P-256",
            Curve::P384 => "P-384",
            Curve::P521 => "P-521",
            Curve::Secp256k1 => "secp256k1",
        }
    }

    pub fn from_jwk_name(name: &str) -> Option<Curve> {
        Some(match name {
            "P-256" => Curve::P256,
            "P-384" => Curve::P384,
            "P-521" => Curve::P521,
            "secp256k1" => Curve::Secp256k1,
            _ => return None,
        })
    }

    /// Bytes in one coordinate (and in r or s of a signature).
    pub fn coordinate_len(self) -> usize {
        match self {
            Curve::P256 | Curve::Secp256k1 => 32,
            Curve::P384 => 48,
            Curve::P521 => 66,
        }
    }

    /// The one algorithm for keys on this curve.
    pub fn alg(self) -> Alg {
        match self {
            Curve::P256 => Alg::ES256,
            Curve::P384 => Alg::ES384,
            Curve::P521 => Alg::ES512,
            Curve::Secp256k1 => Alg::ES256K,
        }
    }
}

pub const ALL: [Alg; 15] = [
    Alg::HS256,
    Alg::HS384,
    Alg::HS512,
    Alg::RS256,
    Alg::RS384,
    Alg::RS512,
    Alg::PS256,
    Alg::PS384,
    Alg::PS512,
    Alg::ES256,
    Alg::ES384,
    Alg::ES512,
    Alg::ES256K,
    Alg::EdDSA,
    Alg::Ed25519,
];

impl Alg {
    pub fn name(self) -> &'static str {
        match self {
            Alg::HS256 => "HS256",
            Alg::HS384 => "HS384",
            Alg::HS512 => "HS512",
            Alg::RS256 => "RS256",
            Alg::RS384 => "RS384",
            Alg::RS512 => "RS512",
            Alg::PS256 => "PS256",
            Alg::PS384 => "PS384",
            Alg::PS512 => "PS512",
            Alg::ES256 => "ES256",
            Alg::ES384 => "ES384",
            Alg::ES512 => "ES512",
            Alg::ES256K => "ES256K",
            Alg::EdDSA => "EdDSA",
            Alg::Ed25519 => "Ed25519",
        }
    }

    pub fn family(self) -> Family {
        match self {
            Alg::HS256 | Alg::HS384 | Alg::HS512 => Family::Hmac,
            Alg::RS256 | Alg::RS384 | Alg::RS512 | Alg::PS256 | Alg::PS384 | Alg::PS512 => {
                Family::Rsa
            }
            Alg::ES256 => Family::Ec(Curve::P256),
            Alg::ES384 => Family::Ec(Curve::P384),
            Alg::ES512 => Family::Ec(Curve::P521),
            Alg::ES256K => Family::Ec(Curve::Secp256k1),
            Alg::EdDSA | Alg::Ed25519 => Family::Ed25519,
        }
    }

    /// For HMAC, the hash's output size: RFC 7518 §3.2 asks for a key at least this long.
    pub fn hmac_min_key_len(self) -> Option<usize> {
        match self {
            Alg::HS256 => Some(32),
            Alg::HS384 => Some(48),
            Alg::HS512 => Some(64),
            _ => None,
        }
    }

    /// The jsonwebtoken algorithm, for the algorithms that crate implements.
    pub fn jsonwebtoken(self) -> Option<jsonwebtoken::Algorithm> {
        use jsonwebtoken::Algorithm as J;
        Some(match self {
            Alg::HS256 => J::HS256,
            Alg::HS384 => J::HS384,
            Alg::HS512 => J::HS512,
            Alg::RS256 => J::RS256,
            Alg::RS384 => J::RS384,
            Alg::RS512 => J::RS512,
            Alg::PS256 => J::PS256,
            Alg::PS384 => J::PS384,
            Alg::PS512 => J::PS512,
            Alg::ES256 => J::ES256,
            Alg::ES384 => J::ES384,
            Alg::EdDSA | Alg::Ed25519 => J::EdDSA,
            Alg::ES512 | Alg::ES256K => return None,
        })
    }

    /// The same algorithm: EdDSA with an Ed25519 key and Ed25519 are one.
    pub fn same_as(self, other: Alg) -> bool {
        self == other || (self.family() == Family::Ed25519 && other.family() == Family::Ed25519)
    }

    /// Every algorithm a key of this family can verify.
    pub fn of_family(family: Family) -> Vec<Alg> {
        ALL.into_iter().filter(|a| a.family() == family).collect()
    }
}

impl FromStr for Alg {
    type Err = String;

    /// Exact, case-sensitive names: `none`, `NONE` and `hs256` are not algorithms.
    fn from_str(s: &str) -> Result<Alg, String> {
        ALL.into_iter()
            .find(|a| a.name() == s)
            .ok_or_else(|| format!("unknown algorithm {s:?}"))
    }
}

impl fmt::Display for Alg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Alg {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_are_case_sensitive() {
        for alg in ALL {
            assert_eq!(alg.name().parse::<Alg>(), Ok(alg));
        }
        for bad in ["none", "NONE", "hs256", "ES521", ""] {
            assert!(bad.parse::<Alg>().is_err(), "{bad}");
        }
    }

    #[test]
    fn families_group_what_one_key_can_do() {
        assert_eq!(Alg::of_family(Family::Hmac).len(), 3);
        assert_eq!(Alg::of_family(Family::Rsa).len(), 6);
        assert_eq!(Alg::of_family(Family::Ec(Curve::P521)), [Alg::ES512]);
        assert_eq!(Alg::of_family(Family::Ed25519), [Alg::EdDSA, Alg::Ed25519]);
        for curve in [Curve::P256, Curve::P384, Curve::P521, Curve::Secp256k1] {
            assert_eq!(curve.alg().family(), Family::Ec(curve));
            assert_eq!(Curve::from_jwk_name(curve.jwk_name()), Some(curve));
        }
    }
}
