//! scrypt (RFC 7914) with r = 8, p = 1 — age's passphrase KDF — in bounded memory.
//!
//! Plain scrypt holds N blocks of 1 KiB: 256 MiB at the bundle format's log2 N = 18 and
//! 1 GiB at the accepted maximum of 20. scrypt allows a time–memory trade-off: keep
//! every k-th block of the table and recompute the others from the nearest kept one when
//! the second pass asks for them. The key is bit for bit plain scrypt's (the tests check
//! it against the `scrypt` crate and RFC 7914); only the time grows, by about
//! (k + 1) / 4 + 1/2. A crate of its own so that debug builds compile it optimised.

use sha2::Sha256;
use zeroize::{Zeroize, Zeroizing};

/// scrypt's block size parameter r = 8, fixed by age: a block is 128·r bytes.
const BLOCK_WORDS: usize = 256;

/// Memory the block table may take: the same 64 MiB the vault's Argon2 unlock takes, so
/// opening a passphrase bundle never raises a process's peak above the unlock's.
pub const SCRYPT_MEMORY_BYTES: usize = 64 << 20;

/// The largest work factor computed at all: the table index is one 32-bit word.
pub const MAX_LOG_N: u8 = 31;

/// scrypt(passphrase, salt, N = 2^log_n, r = 8, p = 1), 32 bytes, with at most
/// [`SCRYPT_MEMORY_BYTES`] of table; `None` for a work factor of 0 or above
/// [`MAX_LOG_N`].
pub fn derive_key(passphrase: &[u8], salt: &[u8], log_n: u8) -> Option<Zeroizing<[u8; 32]>> {
    derive_key_within(passphrase, salt, log_n, SCRYPT_MEMORY_BYTES)
}

/// [`derive_key`] with a chosen memory budget in bytes (at least one 1 KiB block is kept).
pub fn derive_key_within(
    passphrase: &[u8],
    salt: &[u8],
    log_n: u8,
    memory: usize,
) -> Option<Zeroizing<[u8; 32]>> {
    if log_n == 0 || log_n > MAX_LOG_N {
        return None;
    }
    let n = 1usize << log_n;
    let table_bytes = n.saturating_mul(BLOCK_WORDS * 4);
    // Keep every k-th block, k a power of two, so the table fits the budget.
    let mut k = 1usize;
    while table_bytes / k > memory && k < n {
        k *= 2;
    }

    let mut b = Zeroizing::new([0u8; BLOCK_WORDS * 4]);
    pbkdf2::pbkdf2_hmac::<Sha256>(passphrase, salt, 1, &mut b[..]);
    let mut x = Zeroizing::new([0u32; BLOCK_WORDS]);
    for (w, c) in x.iter_mut().zip(b.chunks_exact(4)) {
        *w = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
    }

    let mut table: Zeroizing<Vec<u32>> = Zeroizing::new(vec![0u32; (n / k) * BLOCK_WORDS]);
    let mut scratch = Zeroizing::new([0u32; BLOCK_WORDS]);
    for i in 0..n {
        if i % k == 0 {
            let at = (i / k) * BLOCK_WORDS;
            table[at..at + BLOCK_WORDS].copy_from_slice(&x[..]);
        }
        block_mix(&mut x, &mut scratch);
    }
    let mut v = Zeroizing::new([0u32; BLOCK_WORDS]);
    for _ in 0..n {
        // Integerify: the first word of the last 64-byte sub-block; N ≤ 2^32 here.
        let j = (x[BLOCK_WORDS - 16] as usize) & (n - 1);
        let at = (j / k) * BLOCK_WORDS;
        v.copy_from_slice(&table[at..at + BLOCK_WORDS]);
        for _ in 0..(j % k) {
            block_mix(&mut v, &mut scratch);
        }
        for (a, b) in x.iter_mut().zip(v.iter()) {
            *a ^= *b;
        }
        block_mix(&mut x, &mut scratch);
    }

    for (c, w) in b.chunks_exact_mut(4).zip(x.iter()) {
        c.copy_from_slice(&w.to_le_bytes());
    }
    let mut key = Zeroizing::new([0u8; 32]);
    pbkdf2::pbkdf2_hmac::<Sha256>(passphrase, &b[..], 1, &mut key[..]);
    Some(key)
}

/// BlockMix with Salsa20/8 and r = 8: sixteen 64-byte sub-blocks, chained, even
/// outputs first and odd ones after.
fn block_mix(block: &mut [u32; BLOCK_WORDS], out: &mut [u32; BLOCK_WORDS]) {
    let mut t = [0u32; 16];
    t.copy_from_slice(&block[BLOCK_WORDS - 16..]);
    for i in 0..16 {
        for (a, b) in t.iter_mut().zip(&block[i * 16..i * 16 + 16]) {
            *a ^= *b;
        }
        salsa20_8(&mut t);
        let to = if i % 2 == 0 { i / 2 } else { 8 + i / 2 };
        out[to * 16..to * 16 + 16].copy_from_slice(&t);
    }
    block.copy_from_slice(&out[..]);
    t.zeroize();
}

fn salsa20_8(b: &mut [u32; 16]) {
    let mut x = *b;
    for _ in 0..4 {
        quarter(&mut x, 0, 4, 8, 12);
        quarter(&mut x, 5, 9, 13, 1);
        quarter(&mut x, 10, 14, 2, 6);
        quarter(&mut x, 15, 3, 7, 11);
        quarter(&mut x, 0, 1, 2, 3);
        quarter(&mut x, 5, 6, 7, 4);
        quarter(&mut x, 10, 11, 8, 9);
        quarter(&mut x, 15, 12, 13, 14);
    }
    for (a, b) in b.iter_mut().zip(x.iter()) {
        *a = a.wrapping_add(*b);
    }
    x.zeroize();
}

#[inline(always)]
fn quarter(x: &mut [u32; 16], a: usize, b: usize, c: usize, d: usize) {
    x[b] ^= x[a].wrapping_add(x[d]).rotate_left(7);
    x[c] ^= x[b].wrapping_add(x[a]).rotate_left(9);
    x[d] ^= x[c].wrapping_add(x[b]).rotate_left(13);
    x[a] ^= x[d].wrapping_add(x[c]).rotate_left(18);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(pass: &[u8], salt: &[u8], log_n: u8) -> [u8; 32] {
        let params = scrypt::Params::new(log_n, 8, 1, 32).expect("valid parameters");
        let mut out = [0u8; 32];
        scrypt::scrypt(pass, salt, &params, &mut out).expect("valid output length");
        out
    }

    #[test]
    fn matches_rfc_7914_vector() {
        // RFC 7914 §12, third vector (N = 16384, r = 8, p = 1), first 32 bytes.
        let key = derive_key(b"pleaseletmein", b"SodiumChloride", 14).expect("valid");
        assert_eq!(
            hex::encode(&key[..]),
            "7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
        );
    }

    #[test]
    fn every_memory_budget_gives_the_same_key_as_plain_scrypt() {
        let salt = [7u8; 44];
        for log_n in [1u8, 2, 5, 10, 14] {
            let want = reference(b"correct horse", &salt, log_n);
            // From the whole table down to a single kept block (quadratic time: small N only).
            let budgets: &[usize] = if log_n <= 10 {
                &[usize::MAX, 64 << 10, 8 << 10, 1024, 1]
            } else {
                &[usize::MAX, 4 << 20, 1 << 20]
            };
            for &memory in budgets {
                let got = derive_key_within(b"correct horse", &salt, log_n, memory).expect("valid");
                assert_eq!(&got[..], &want[..], "log_n {log_n}, memory {memory}");
            }
        }
    }

    #[test]
    fn work_factors_outside_the_table_index_are_refused() {
        assert!(derive_key(b"p", b"s", 0).is_none());
        assert!(derive_key(b"p", b"s", MAX_LOG_N + 1).is_none());
        assert!(derive_key(b"p", b"s", 255).is_none());
    }
}
