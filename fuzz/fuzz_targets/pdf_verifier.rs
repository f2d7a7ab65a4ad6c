//! Feeds untrusted bytes to `casebook_fuzz::pdf_verifier` (see src/lib.rs).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| casebook_fuzz::pdf_verifier(data));
