//! The network lock, in a process of its own (this file is one test binary with one
//! test, since the filter cannot be taken back): IPv4, IPv6 and raw packet sockets
//! fail, Unix sockets work, and a program started afterwards is locked too.

#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::ErrorKind;
use std::process::Command;

use rustix::net::{socket, AddressFamily, SocketType};

#[test]
fn internet_and_packet_sockets_fail_here_and_in_children_unix_sockets_work() {
    // Before: the test machine can make an IPv4 socket at all.
    assert!(std::net::UdpSocket::bind("127.0.0.1:0").is_ok());

    casebook_store::process::forbid_network().expect("the kernel takes seccomp filters");

    for (family, kind) in [
        (AddressFamily::INET, SocketType::STREAM),
        (AddressFamily::INET, SocketType::DGRAM),
        (AddressFamily::INET6, SocketType::STREAM),
        (AddressFamily::INET6, SocketType::DGRAM),
        (AddressFamily::PACKET, SocketType::RAW),
    ] {
        let err = socket(family, kind, None).expect_err("a socket the lock should refuse");
        assert_eq!(err, rustix::io::Errno::ACCESS, "{family:?} {kind:?}");
    }
    let err = std::net::TcpListener::bind("127.0.0.1:0").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::PermissionDenied);
    let err = std::net::UdpSocket::bind("[::1]:0").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::PermissionDenied);

    // What WebKit's processes and the display use.
    let (a, b) = std::os::unix::net::UnixStream::pair().unwrap();
    drop((a, b));
    socket(AddressFamily::UNIX, SocketType::DGRAM, None).unwrap();
    socket(AddressFamily::NETLINK, SocketType::DGRAM, None).unwrap();

    // A program started from here inherits the filter: bash's /dev/tcp is refused
    // before any connection is tried (a port with nobody listening would otherwise
    // say "Connection refused").
    let out = Command::new("bash")
        .args(["-c", "exec 3<>/dev/tcp/127.0.0.1/9"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("Permission denied"), "{said}");
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    assert!(status.lines().any(|l| l == "Seccomp:\t2"), "{status}");
}
