//! A tiny HTTP server on 127.0.0.1 for the tests that fetch pages: no internet in CI, and
//! every answer (status, headers, body, redirects) is the test's to choose.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;

/// One answer: status line, extra headers, body.
pub struct Answer {
    pub status: &'static str,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn page(content_type: &str, body: impl Into<Vec<u8>>) -> Answer {
        Answer {
            status: "200 OK",
            headers: vec![("Content-Type", content_type.to_string())],
            body: body.into(),
        }
    }

    pub fn redirect(to: &str) -> Answer {
        Answer {
            status: "302 Found",
            headers: vec![("Location", to.to_string())],
            body: Vec::new(),
        }
    }
}

/// Serves `answers` by path (`/story`) on a port of its own, for as long as the test runs, and
/// returns its address (`http://127.0.0.1:PORT`). Any other path is a 404.
pub fn serve(answers: HashMap<&'static str, Answer>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a local port");
    let address = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request = String::new();
            if reader.read_line(&mut request).is_err() {
                continue;
            }
            // The rest of the head, up to the blank line.
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                line.clear();
            }
            let path = request.split_whitespace().nth(1).unwrap_or("/");
            let not_found = Answer {
                status: "404 Not Found",
                headers: Vec::new(),
                body: b"no such page".to_vec(),
            };
            let answer = answers.get(path).unwrap_or(&not_found);
            let mut head = format!(
                "HTTP/1.1 {}\r\nContent-Length: {}\r\nConnection: close\r\n",
                answer.status,
                answer.body.len()
            );
            for (name, value) in &answer.headers {
                head.push_str(&format!("{name}: {value}\r\n"));
            }
            head.push_str("\r\n");
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&answer.body);
        }
    });
    address
}
