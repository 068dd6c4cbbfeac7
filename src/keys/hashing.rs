//! argon2 hashing and verification of PHC strings, with bounded costs.
//!
//! The argon2 crate verifies with whatever costs a PHC string names, so a tampered string can
//! downgrade (`m=8,t=1`) or exhaust memory (`m=4194304`). Every verification here first checks the
//! string's costs against a [`CostLimits`].

use std::fmt;

use argon2::password_hash::phc::PasswordHash;
use argon2::{Algorithm, Argon2, Params, Version};
use rand::TryRng;
use rand::rngs::SysRng;
use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

use crate::error::Error;

pub const SALT_LEN: usize = 16;
pub const OUTPUT_LEN: usize = 32;

/// argon2 costs: memory in KiB, passes over memory, lanes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cost {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl Cost {
    /// OWASP's recommended argon2id costs (Password Storage Cheat Sheet): 19 MiB, 2 passes, 1 lane.
    pub const OWASP: Cost = Cost {
        memory_kib: 19_456,
        iterations: 2,
        parallelism: 1,
    };

    /// OWASP's weakest equivalent configuration is m=7168 KiB with t=5: below that memory, or below
    /// the product memory × passes of its five configurations, a hash is weaker than OWASP allows.
    pub const OWASP_MIN_MEMORY_KIB: u32 = 7_168;
    pub const OWASP_MIN_MEMORY_X_PASSES: u64 = 7_168 * 5;

    pub fn is_below_owasp(&self) -> bool {
        self.memory_kib < Self::OWASP_MIN_MEMORY_KIB
            || u64::from(self.memory_kib) * u64::from(self.iterations)
                < Self::OWASP_MIN_MEMORY_X_PASSES
    }
}

impl fmt::Display for Cost {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "m={},t={},p={}",
            self.memory_kib, self.iterations, self.parallelism
        )
    }
}

/// What a PHC string may ask for before keyward refuses to compute it.
#[derive(Debug, Clone, Copy)]
pub struct CostLimits {
    pub max_memory_kib: u32,
    pub max_iterations: u32,
    /// Refuse costs below OWASP's floor (keyfile records must not be downgraded).
    pub require_owasp_floor: bool,
}

impl CostLimits {
    /// 1 GiB: the largest the argon2 reference tests use.
    pub const DEFAULT_MAX_MEMORY_KIB: u32 = 1 << 20;
    pub const DEFAULT_MAX_ITERATIONS: u32 = 64;
    /// Memory × passes may not exceed this many passes over the memory limit (4 GiB-passes by
    /// default: about 5 s here), so that neither bound alone allows a minute-long verification.
    pub const MAX_PASSES_AT_MAX_MEMORY: u64 = 4;

    /// For `keyward hash --check`: any hash another tool made, up to the ceiling.
    pub const fn ceiling(max_memory_kib: u32, max_iterations: u32) -> Self {
        CostLimits {
            max_memory_kib,
            max_iterations,
            require_owasp_floor: false,
        }
    }

    /// For keyfile records: between OWASP's floor and the default ceiling.
    pub const KEYFILE: CostLimits = CostLimits {
        max_memory_kib: Self::DEFAULT_MAX_MEMORY_KIB,
        max_iterations: Self::DEFAULT_MAX_ITERATIONS,
        require_owasp_floor: true,
    };
}

/// What a keyfile record may ask for: near what keyward writes (`Cost::OWASP`, or `keygen`'s
/// costs), so that an edited record cannot make each check cost seconds and a gigabyte.
pub const KEYFILE_MAX_MEMORY_KIB: u32 = 64 << 10;
pub const KEYFILE_MAX_ITERATIONS: u32 = 10;
pub const KEYFILE_MAX_PARALLELISM: u32 = 16;

/// Why a PHC string cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhcError {
    #[error("malformed PHC string: {0}")]
    Malformed(String),
    #[error(
        "the hash asks for {asked} KiB of memory (m={asked}), above the limit of {limit} KiB; raise it with --max-memory if you trust the hash"
    )]
    MemoryTooHigh { asked: u32, limit: u32 },
    #[error(
        "the hash asks for {asked} passes (t={asked}), above the limit of {limit}; raise it with --max-iterations if you trust the hash"
    )]
    IterationsTooHigh { asked: u32, limit: u32 },
    #[error(
        "the hash asks for {memory_kib} KiB × {passes} passes, more work than {max_passes} passes over the --max-memory limit; raise --max-memory if you trust the hash"
    )]
    WorkTooHigh {
        memory_kib: u32,
        passes: u32,
        max_passes: u64,
    },
    #[error(
        "the hash's costs ({0}) are below OWASP's minimum for argon2; it may have been tampered with"
    )]
    BelowFloor(Cost),
    #[error(
        "the hash names a secret key (keyid={0}); keyward cannot verify hashes made with a pepper"
    )]
    Peppered(String),
    #[error(
        "the record's costs ({0}, v={1}) are outside what keyward writes (m ≤ {KEYFILE_MAX_MEMORY_KIB} KiB, t ≤ {KEYFILE_MAX_ITERATIONS}, p ≤ {KEYFILE_MAX_PARALLELISM}, v=19): the record was edited"
    )]
    OutsideKeyfileBounds(Cost, u32),
}

/// A parsed argon2 PHC string.
#[derive(Debug, Clone)]
pub struct Phc {
    pub algorithm: Algorithm,
    pub version: Version,
    pub params: Params,
    pub salt: Vec<u8>,
    pub hash: Vec<u8>,
}

impl Phc {
    pub fn parse(s: &str) -> Result<Phc, PhcError> {
        let malformed = |e: &dyn fmt::Display| PhcError::Malformed(e.to_string());
        if ["$2a$", "$2b$", "$2x$", "$2y$"]
            .iter()
            .any(|p| s.trim().starts_with(p))
        {
            return Err(PhcError::Malformed(
                "a bcrypt hash: keyward recognises it (keyward inspect describes it) but verifies \
                 argon2 hashes only"
                    .into(),
            ));
        }
        let parsed = PasswordHash::new(s.trim()).map_err(|e| malformed(&e))?;
        let algorithm = Algorithm::new(parsed.algorithm.as_str()).map_err(|_| {
            PhcError::Malformed(format!(
                "algorithm {:?} is not argon2id, argon2i or argon2d",
                parsed.algorithm.as_str()
            ))
        })?;
        // A string without `v=` is version 0x10, as in the reference implementation; the argon2
        // crate's own verifier would assume 0x13 and reject every pre-2016 hash.
        let version = match parsed.version {
            None => Version::V0x10,
            Some(v) => Version::try_from(v)
                .map_err(|_| PhcError::Malformed(format!("unknown argon2 version v={v}")))?,
        };
        for (name, _) in parsed.params.iter() {
            if !["m", "t", "p", "keyid", "data"].contains(&name.as_str()) {
                return Err(PhcError::Malformed(format!("unknown parameter {name:?}")));
            }
        }
        // Costs are part of the hash: a string without one is damaged, not a default.
        for (name, what) in [("m", "memory"), ("t", "passes"), ("p", "lanes")] {
            if parsed.params.get(name).is_none() {
                return Err(PhcError::Malformed(format!(
                    "no {name}= ({what}) parameter; a PHC string names all its costs"
                )));
            }
        }
        if let Some(keyid) = parsed.params.get_str("keyid") {
            return Err(PhcError::Peppered(keyid.to_owned()));
        }
        let params = Params::try_from(&parsed).map_err(|e| malformed(&e))?;
        let salt = parsed
            .salt
            .ok_or_else(|| PhcError::Malformed("no salt".into()))?;
        let hash = parsed
            .hash
            .ok_or_else(|| PhcError::Malformed("no hash output".into()))?;
        if salt.len() < argon2::MIN_SALT_LEN {
            return Err(PhcError::Malformed(format!(
                "the salt has {} bytes; argon2 needs at least {}",
                salt.len(),
                argon2::MIN_SALT_LEN
            )));
        }
        Ok(Phc {
            algorithm,
            version,
            params,
            salt: salt.as_ref().to_vec(),
            hash: hash.as_bytes().to_vec(),
        })
    }

    pub fn cost(&self) -> Cost {
        Cost {
            memory_kib: self.params.m_cost(),
            iterations: self.params.t_cost(),
            parallelism: self.params.p_cost(),
        }
    }

    pub fn check_limits(&self, limits: &CostLimits) -> Result<(), PhcError> {
        let cost = self.cost();
        if limits.require_owasp_floor {
            let version = self.version as u32;
            let outside = cost.memory_kib > KEYFILE_MAX_MEMORY_KIB
                || cost.iterations > KEYFILE_MAX_ITERATIONS
                || cost.parallelism > KEYFILE_MAX_PARALLELISM
                || self.version != Version::V0x13;
            if outside {
                return Err(PhcError::OutsideKeyfileBounds(cost, version));
            }
        }
        if let Some(problem) = above_ceiling(cost, limits) {
            return Err(problem);
        }
        if limits.require_owasp_floor
            && (cost.is_below_owasp() || self.algorithm != Algorithm::Argon2id)
        {
            return Err(PhcError::BelowFloor(cost));
        }
        Ok(())
    }

    /// Recomputes the hash of `secret` with this string's algorithm, version, costs and salt, and
    /// compares in constant time. Check [`Phc::check_limits`] first.
    pub fn matches(&self, secret: &[u8]) -> Result<bool, Error> {
        let mut computed = Zeroizing::new(vec![0u8; self.hash.len()]);
        Argon2::new(self.algorithm, self.version, self.params.clone())
            .hash_password_into(secret, &self.salt, &mut computed)
            .map_err(|e| Error::Input(format!("argon2: {e}")))?;
        Ok(bool::from(computed.as_slice().ct_eq(&self.hash)))
    }
}

impl fmt::Display for Phc {
    /// Which algorithm, version and costs; never the salt or the hash.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} v={} {}",
            self.algorithm,
            u32::from(self.version),
            self.cost()
        )
    }
}

/// Hashes `secret` with argon2id v=19 at `cost`, with a random 16-byte salt from the OS, and
/// returns the PHC string.
pub fn hash(secret: &[u8], cost: Cost) -> Result<String, Error> {
    let mut salt = [0u8; SALT_LEN];
    SysRng
        .try_fill_bytes(&mut salt)
        .map_err(|e| Error::Random(e.to_string()))?;
    hash_with_salt(secret, cost, &salt)
}

pub fn hash_with_salt(secret: &[u8], cost: Cost, salt: &[u8]) -> Result<String, Error> {
    let params = Params::new(
        cost.memory_kib,
        cost.iterations,
        cost.parallelism,
        Some(OUTPUT_LEN),
    )
    .map_err(|e| Error::Usage(format!("argon2 costs {cost}: {e}")))?;
    let mut output = Zeroizing::new([0u8; OUTPUT_LEN]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(secret, salt, output.as_mut_slice())
        .map_err(|e| Error::Input(format!("argon2: {e}")))?;
    Ok(format!(
        "$argon2id$v=19${cost}${}${}",
        b64(salt),
        b64(output.as_slice())
    ))
}

/// PHC strings use unpadded standard base64.
fn b64(bytes: &[u8]) -> String {
    use base64ct::Encoding;
    base64ct::Base64Unpadded::encode_string(bytes)
}

/// Why costs are above `limits`' ceilings (memory, passes, and their product), if they are:
/// also asked when hashing, since a hash `hash --check` refuses by default helps nobody.
pub fn above_ceiling(cost: Cost, limits: &CostLimits) -> Option<PhcError> {
    if cost.memory_kib > limits.max_memory_kib {
        return Some(PhcError::MemoryTooHigh {
            asked: cost.memory_kib,
            limit: limits.max_memory_kib,
        });
    }
    if cost.iterations > limits.max_iterations {
        return Some(PhcError::IterationsTooHigh {
            asked: cost.iterations,
            limit: limits.max_iterations,
        });
    }
    let work = u64::from(cost.memory_kib) * u64::from(cost.iterations);
    if work > u64::from(limits.max_memory_kib) * CostLimits::MAX_PASSES_AT_MAX_MEMORY {
        return Some(PhcError::WorkTooHigh {
            memory_kib: cost.memory_kib,
            passes: cost.iterations,
            max_passes: CostLimits::MAX_PASSES_AT_MAX_MEMORY,
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Cheap costs so unit tests stay fast; these never reach a keyfile.
    const CHEAP: Cost = Cost {
        memory_kib: 64,
        iterations: 1,
        parallelism: 1,
    };

    #[test]
    fn hashes_verify_and_reject_other_secrets() {
        let phc = hash(b"correct horse", CHEAP).unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=64,t=1,p=1$"), "{phc}");
        let parsed = Phc::parse(&phc).unwrap();
        assert!(parsed.matches(b"correct horse").unwrap());
        assert!(!parsed.matches(b"correct horsf").unwrap());
    }

    #[test]
    fn salts_differ_between_hashes() {
        assert_ne!(hash(b"x", CHEAP).unwrap(), hash(b"x", CHEAP).unwrap());
    }

    #[test]
    fn known_answer_matches_the_reference_implementation() {
        // argon2 reference src/test.c: argon2id v=19, m=2^16, t=2, p=1, "password", "somesalt".
        let cost = Cost {
            memory_kib: 65536,
            iterations: 2,
            parallelism: 1,
        };
        let phc = hash_with_salt(b"password", cost, b"somesalt").unwrap();
        assert_eq!(
            phc,
            "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"
        );
    }

    #[test]
    fn limits_refuse_costly_and_downgraded_strings() {
        let big = Phc::parse("$argon2id$v=19$m=2097152,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc").unwrap();
        let limits = CostLimits::ceiling(CostLimits::DEFAULT_MAX_MEMORY_KIB, 64);
        assert!(matches!(
            big.check_limits(&limits),
            Err(PhcError::MemoryTooHigh { asked: 2097152, .. })
        ));
        let long = Phc::parse("$argon2id$v=19$m=1048576,t=64,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc").unwrap();
        assert!(matches!(
            long.check_limits(&limits),
            Err(PhcError::WorkTooHigh { passes: 64, .. })
        ));
        let slow = Phc::parse("$argon2id$v=19$m=64,t=1000,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc").unwrap();
        assert!(matches!(
            slow.check_limits(&limits),
            Err(PhcError::IterationsTooHigh { asked: 1000, .. })
        ));
        let weak = Phc::parse(
            "$argon2id$v=19$m=8,t=1,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        )
        .unwrap();
        assert!(weak.check_limits(&limits).is_ok());
        assert!(matches!(
            weak.check_limits(&CostLimits::KEYFILE),
            Err(PhcError::BelowFloor(_))
        ));
    }

    #[test]
    fn owasp_configurations_meet_the_floor() {
        for (m, t) in [(47104, 1), (19456, 2), (12288, 3), (9216, 4), (7168, 5)] {
            let cost = Cost {
                memory_kib: m,
                iterations: t,
                parallelism: 1,
            };
            assert!(!cost.is_below_owasp(), "{cost}");
        }
        for (m, t) in [(7167, 10), (19456, 1), (8, 1)] {
            let cost = Cost {
                memory_kib: m,
                iterations: t,
                parallelism: 1,
            };
            assert!(cost.is_below_owasp(), "{cost}");
        }
    }

    #[test]
    fn peppered_and_unknown_strings_are_refused() {
        assert!(matches!(
            Phc::parse(
                "$argon2id$v=19$m=64,t=1,p=1,keyid=AAAA$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"
            ),
            Err(PhcError::Peppered(_))
        ));
        assert!(matches!(
            Phc::parse(
                "$scrypt$ln=16,r=8,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"
            ),
            Err(PhcError::Malformed(_))
        ));
        assert!(matches!(
            Phc::parse(
                "$argon2id$v=18$m=64,t=1,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"
            ),
            Err(PhcError::Malformed(_))
        ));
        assert!(matches!(
            Phc::parse("$argon2id$v=19$m=64,t=1,p=1$c29tZXNhbHQ"),
            Err(PhcError::Malformed(_))
        ));
    }
}
