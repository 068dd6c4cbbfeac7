//! The streaming HAR reader on arbitrary bytes: an error for what is not HAR, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = keyward::lint::har::for_each_request(data, |_, _| {});
});
