//! The credential detectors on arbitrary input: scanning a text, recognising a value, telling a
//! reference. None may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (found, named) = keyward::detect::scan::scan(data);
    for value in found {
        assert!(value.span.end <= data.len());
    }
    for assignment in named {
        assert!(assignment.value.end <= data.len());
    }
    let text = String::from_utf8_lossy(data);
    let _ = keyward::detect::recognise(&text);
    let _ = keyward::detect::is_reference(&text);
    let _ = keyward::detect::pem_body(&text);
});
