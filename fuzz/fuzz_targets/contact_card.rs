//! Feeds untrusted bytes to `casebook_fuzz::contact_card` (see src/lib.rs).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| casebook_fuzz::contact_card(data));
