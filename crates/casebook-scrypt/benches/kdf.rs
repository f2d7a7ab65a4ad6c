//! Time of one key derivation at the bundle work factor, by memory budget, against the
//! `scrypt` crate (whole table). `cargo bench -p casebook-scrypt --bench kdf [-- LOG_N]`.

use std::time::Instant;

fn main() {
    let log_n: u8 = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(18);
    let salt = [9u8; 44];
    let runs = 3;
    let time = |f: &dyn Fn()| {
        let mut best = f64::MAX;
        for _ in 0..runs {
            let t = Instant::now();
            f();
            best = best.min(t.elapsed().as_secs_f64());
        }
        best
    };
    let Ok(params) = scrypt::Params::new(log_n, 8, 1, 32) else {
        eprintln!("log2 N = {log_n} is not a valid scrypt work factor");
        std::process::exit(2);
    };
    let whole = time(&|| {
        let mut out = [0u8; 32];
        let _ = scrypt::scrypt(b"bench pass phrase", &salt, &params, &mut out);
    });
    println!(
        "log2 N = {log_n}: scrypt crate (table {} MiB) best of {runs}: {whole:.2} s",
        (1usize << log_n) >> 10
    );
    for mib in [256usize, 128, 64, 32, 16] {
        let t = time(&|| {
            let _ =
                casebook_scrypt::derive_key_within(b"bench pass phrase", &salt, log_n, mib << 20);
        });
        println!(
            "casebook-scrypt within {mib:>3} MiB: {t:.2} s ({:.2}× the crate)",
            t / whole
        );
    }
}
