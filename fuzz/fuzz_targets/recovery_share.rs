//! Feeds untrusted bytes to `casebook_fuzz::recovery_share` (see src/lib.rs).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| casebook_fuzz::recovery_share(data));
