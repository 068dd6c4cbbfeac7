//! Micro benchmarks: one JWT verification per algorithm, with jsonwebtoken's own `decode` (the
//! crate's verify speed) beside keyward's verifier, which the batch `jwt verify` runs per token.
//! Run with `cargo bench --bench jwt`; whole-command figures are in bench/run.sh.

use std::hint::black_box;

use jsonwebtoken::{DecodingKey, EncodingKey, Validation};
use keyward::jwt::alg::Alg;
use keyward::jwt::crypto::{Signer, Verifier};
use keyward::jwt::key::Material;
use keyward::jwt::keygen;
use keyward::jwt::token::{self, Token};

fn main() {
    divan::main();
}

struct Case {
    token: String,
    public: Material,
    alg: Alg,
}

fn case(alg: Alg) -> Case {
    let private = keygen::generate(alg, 2048).unwrap();
    let signer = Signer::new(&private, alg).unwrap();
    let header = token::encode_segment(format!(r#"{{"alg":"{alg}","typ":"JWT"}}"#).as_bytes());
    let claims = token::encode_segment(
        br#"{"sub":"1234567890","name":"John Doe","iat":1516239022,"exp":4102444800}"#,
    );
    let input = format!("{header}.{claims}");
    let signature = signer.sign(input.as_bytes()).unwrap();
    Case {
        token: format!("{input}.{signature}"),
        public: private.public(),
        alg,
    }
}

const ALGS: [Alg; 6] = [
    Alg::HS256,
    Alg::RS256,
    Alg::PS256,
    Alg::ES256,
    Alg::ES512,
    Alg::EdDSA,
];

/// Parse, check the signature and decode the claims: what keyward does per token.
#[divan::bench(args = ALGS)]
fn keyward_verify(bencher: divan::Bencher, alg: Alg) {
    let case = case(alg);
    let verifier = Verifier::new(&case.public, case.alg).unwrap();
    bencher.bench_local(|| {
        let Ok(Token::Jws(jws)) = token::parse(black_box(&case.token)) else {
            unreachable!()
        };
        assert!(verifier.verify(jws.signing_input.as_bytes(), &jws.signature));
        jws.payload_json
    });
}

/// jsonwebtoken's `decode` with default validation, for the algorithms it has.
#[divan::bench(args = [Alg::HS256, Alg::RS256, Alg::PS256, Alg::ES256, Alg::EdDSA])]
fn jsonwebtoken_decode(bencher: divan::Bencher, alg: Alg) {
    let case = case(alg);
    let key = match &case.public {
        Material::Hmac(secret) => DecodingKey::from_secret(secret),
        Material::Rsa { spki, .. } => DecodingKey::from_rsa_der(spki),
        Material::Ec { point, .. } => DecodingKey::from_ec_der(point),
        Material::Ed25519 { public, .. } => DecodingKey::from_ed_der(public),
    };
    let validation = Validation::new(alg.jsonwebtoken().unwrap());
    bencher.bench(|| {
        jsonwebtoken::decode::<serde_json::Value>(black_box(&case.token), &key, &validation)
            .unwrap()
    });
}

/// Signing, for `jwt encode`.
#[divan::bench(args = ALGS)]
fn keyward_sign(bencher: divan::Bencher, alg: Alg) {
    let private = keygen::generate(alg, 2048).unwrap();
    let signer = Signer::new(&private, alg).unwrap();
    bencher.bench_local(|| {
        signer
            .sign(black_box(b"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0"))
            .unwrap()
    });
}

#[divan::bench]
fn jsonwebtoken_encode_hs256(bencher: divan::Bencher) {
    let key = EncodingKey::from_secret(&[7; 32]);
    let header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256);
    let claims = serde_json::json!({"sub": "1234567890", "iat": 1516239022});
    bencher.bench(|| jsonwebtoken::encode(&header, black_box(&claims), &key).unwrap());
}
