//! A `claimtrack serve` on a free local port for the tests that talk to it, over HTTP
//! (tests/test_web.rs) or through a browser (tests/test_browser.rs).

use super::TestEnv;
use dom_query::Document;
use serde_json::Value;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

/// A running `claimtrack serve`, stopped when dropped.
pub struct Server {
    child: Child,
    pub port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> Value {
        assert_eq!(self.header("content-type"), Some("application/json"));
        serde_json::from_str(&self.body).expect("a JSON body")
    }
}

/// A port nobody listens on now: bound, then released.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Starts `claimtrack serve` on a port the system picks (`--bind host:0`) and reads the port
/// from the line it prints when it listens. Picking a free port first and passing it on raced
/// with the tests running beside this one: two servers could be given the same port, and the
/// one that lost the bind was then never asked, while its test read the other's database.
pub fn start(env: &TestEnv, host: &str, extra: &[&str]) -> Server {
    let bind = format!("{host}:0");
    let mut args = vec!["serve", "--bind", &bind];
    args.extend_from_slice(extra);
    let stderr = std::fs::File::create(env.path("serve.stderr")).unwrap();
    let child = env
        .command(&args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(stderr)
        .spawn()
        .expect("start claimtrack serve");
    let mut server = Server { child, port: 0 };
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(port) = listening_port(&stderr_of(env)) {
            server.port = port;
            break;
        }
        if let Ok(Some(status)) = server.child.try_wait() {
            panic!("serve exited with {status}: {}", stderr_of(env));
        }
        assert!(Instant::now() < deadline, "serve never listened");
        std::thread::sleep(Duration::from_millis(20));
    }
    server
}

/// The port in serve's "serving DB on http://HOST:PORT/ (Ctrl-C stops)" line, once printed.
fn listening_port(stderr: &str) -> Option<u16> {
    let line = stderr.lines().find(|l| l.starts_with("serving "))?;
    let address = line.split(" on http://").nth(1)?.split('/').next()?;
    address.rsplit(':').next()?.parse().ok()
}

pub fn stderr_of(env: &TestEnv) -> String {
    std::fs::read_to_string(env.path("serve.stderr")).unwrap_or_default()
}

impl Server {
    pub fn request(&self, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> Reply {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        let mut head = format!("{method} {path} HTTP/1.1\r\nConnection: close\r\n");
        if !headers
            .iter()
            .any(|(name, _)| name.eq_ignore_ascii_case("host"))
        {
            head.push_str(&format!("Host: 127.0.0.1:{}\r\n", self.port));
        }
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes()).unwrap();
        stream.write_all(body.as_bytes()).unwrap();
        let mut raw = String::new();
        stream.read_to_string(&mut raw).unwrap();
        let (head, body) = raw.split_once("\r\n\r\n").expect("an HTTP response");
        let mut lines = head.lines();
        let status = lines.next().unwrap()[9..12].parse().unwrap();
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(": "))
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect();
        assert!(
            !headers
                .iter()
                .any(|(n, v)| n.eq_ignore_ascii_case("transfer-encoding") && v == "chunked"),
            "this client reads whole bodies only"
        );
        Reply {
            status,
            headers,
            body: body.to_string(),
        }
    }

    pub fn get(&self, path: &str) -> Reply {
        self.request("GET", path, &[], "")
    }

    pub fn page(&self, path: &str) -> Document {
        let reply = self.get(path);
        assert_eq!(reply.status, 200, "{path}: {}", reply.body);
        assert_eq!(
            reply.header("content-type"),
            Some("text/html; charset=utf-8"),
            "{path}"
        );
        Document::from(reply.body.as_str())
    }
}
