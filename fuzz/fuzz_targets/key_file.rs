//! Feeds untrusted bytes to `casebook_fuzz::key_file` (see src/lib.rs).

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| casebook_fuzz::key_file(data));
