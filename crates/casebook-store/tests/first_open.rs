//! The first connections of a process, opened at the same instant on several threads.
//!
//! SQLite marks itself initialised before SQLCipher's setup has run; a connection
//! keyed in that gap is refused. This file holds one test so that its vaults are the
//! first connections its process makes, as in the CI run that found the gap.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::sync::{Arc, Barrier};

#[test]
fn vaults_created_at_once_by_the_first_threads_all_open() {
    const THREADS: usize = 8;
    let root = tempfile::tempdir().unwrap();
    let start = Arc::new(Barrier::new(THREADS));
    let threads: Vec<_> = (0..THREADS)
        .map(|i| {
            let dir = root.path().join(format!("v{i}"));
            let start = Arc::clone(&start);
            std::thread::spawn(move || {
                std::fs::create_dir(&dir).unwrap();
                start.wait();
                casebook_store::Vault::create(
                    &dir,
                    &casebook_store::Secret::from(common::PASS),
                    &common::fast(),
                )
                .map(|_| ())
            })
        })
        .collect();
    for (i, t) in threads.into_iter().enumerate() {
        let created = t.join().unwrap();
        assert!(created.is_ok(), "vault {i}: {created:?}");
    }
}
