//! Who may write, and the checks on every POST: a page served to a browser can be made to send
//! requests by any other site the user visits, so a write must carry this server's CSRF token
//! (random per run, embedded in the page's forms), come from this server's own origin, and,
//! when the server was started with `--token`, present that secret too.

use crate::{ServeOptions, WebError};
use axum::http::{HeaderMap, StatusCode, header};
use claimtrack::error::{Error, Result};

pub(crate) struct WriteGuard {
    /// Why writes are refused, if they are.
    refused: Option<&'static str>,
    csrf: String,
    token: Option<String>,
}

/// The cookie that carries `--token` once `/login?token=...` has set it.
pub(crate) const TOKEN_COOKIE: &str = "claimtrack_token";

impl WriteGuard {
    pub(crate) fn new(options: &ServeOptions) -> Result<WriteGuard> {
        let refused = if options.read_only {
            Some("--read-only")
        } else if !options.bind.ip().is_loopback() && options.token.is_none() {
            Some("a non-local address without --token")
        } else {
            None
        };
        Ok(WriteGuard {
            refused,
            csrf: random_token()?,
            token: options.token.clone().filter(|t| !t.is_empty()),
        })
    }

    pub(crate) fn refusal(&self) -> Option<&'static str> {
        self.refused
    }

    /// The token a page embeds in its forms; `None` when writes are refused, so no form shows.
    pub(crate) fn form_token(&self) -> Option<&str> {
        self.refused.is_none().then_some(self.csrf.as_str())
    }

    pub(crate) fn token_matches(&self, given: &str) -> bool {
        self.token
            .as_deref()
            .is_some_and(|t| constant_time_eq(t, given))
    }

    /// Checks a write: allowed at all, the CSRF token, the origin, and the `--token` secret.
    pub(crate) fn check(
        &self,
        headers: &HeaderMap,
        csrf: &str,
    ) -> std::result::Result<(), WebError> {
        let forbidden = |why: &str| Err(WebError::new(StatusCode::FORBIDDEN, why.to_string()));
        if let Some(why) = self.refused {
            return forbidden(&format!("writes are refused: the server runs with {why}"));
        }
        if !constant_time_eq(&self.csrf, csrf) {
            return forbidden("the form's CSRF token is missing or stale: reload the page");
        }
        if !same_origin(headers) {
            return forbidden("the request does not come from this server's own pages");
        }
        if self.token.is_some() && !presented_token(headers).is_some_and(|t| self.token_matches(t))
        {
            return forbidden("writing needs the server's --token: open /login?token=TOKEN first");
        }
        Ok(())
    }
}

/// Whether a request to a server bound to localhost names localhost as its Host. A page on
/// another site can have its own name resolve to 127.0.0.1 (DNS rebinding) and would then be
/// the same origin as this server; its requests still carry its own name, so they are refused.
pub(crate) fn local_host(headers: &HeaderMap) -> bool {
    let Some(host) = headers.get(header::HOST).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let name = match host.strip_prefix('[') {
        Some(bracketed) => bracketed.split(']').next().unwrap_or(""),
        None => host.rsplit_once(':').map_or(host, |(name, _)| name),
    };
    name.eq_ignore_ascii_case("localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// The Origin header (else the Referer's origin) names the Host the request was sent to.
fn same_origin(headers: &HeaderMap) -> bool {
    let text = |name| headers.get(name).and_then(|v| v.to_str().ok());
    let Some(host) = text(header::HOST) else {
        return false;
    };
    let expected = format!("http://{host}");
    match (text(header::ORIGIN), text(header::REFERER)) {
        (Some(origin), _) => origin == expected,
        (None, Some(referer)) => referer
            .strip_prefix(&expected)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/')),
        (None, None) => false,
    }
}

/// The `--token` secret from a bearer Authorization header or the login cookie.
fn presented_token(headers: &HeaderMap) -> Option<&str> {
    let text = |name| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(bearer) = text(header::AUTHORIZATION).and_then(|v| v.strip_prefix("Bearer ")) {
        return Some(bearer);
    }
    text(header::COOKIE)?.split(';').find_map(|pair| {
        let (name, value) = pair.trim().split_once('=')?;
        (name == TOKEN_COOKIE).then_some(value)
    })
}

/// Compares secrets without stopping at the first difference, so the time taken does not
/// tell an attacker how much of a guess was right.
fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0, |acc, (x, y)| acc | (x ^ y))
            == 0
}

fn random_token() -> Result<String> {
    let mut bytes = [0u8; 24];
    getrandom::fill(&mut bytes)
        .map_err(|err| Error::internal(format!("no random bytes for the CSRF token: {err}")))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(header::HeaderName, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(name.clone(), HeaderValue::from_str(value).unwrap());
        }
        map
    }

    #[test]
    fn the_origin_must_be_the_host_the_request_went_to() {
        let host = (header::HOST, "127.0.0.1:8750");
        assert!(same_origin(&headers(&[
            host.clone(),
            (header::ORIGIN, "http://127.0.0.1:8750")
        ])));
        assert!(!same_origin(&headers(&[
            host.clone(),
            (header::ORIGIN, "http://evil.example")
        ])));
        assert!(same_origin(&headers(&[
            host.clone(),
            (header::REFERER, "http://127.0.0.1:8750/doc/ab")
        ])));
        assert!(!same_origin(&headers(&[
            host.clone(),
            (header::REFERER, "http://127.0.0.1:87500/")
        ])));
        assert!(!same_origin(&headers(&[host])));
    }

    #[test]
    fn a_local_server_answers_only_to_local_host_names() {
        for (host, local) in [
            ("127.0.0.1:8750", true),
            ("localhost:8750", true),
            ("[::1]:8750", true),
            ("localhost", true),
            ("evil.example:8750", false),
            ("127.0.0.1.evil.example:8750", false),
        ] {
            assert_eq!(
                local_host(&headers(&[(header::HOST, host)])),
                local,
                "{host}"
            );
        }
        assert!(!local_host(&HeaderMap::new()));
    }

    #[test]
    fn the_token_comes_from_a_bearer_header_or_the_cookie() {
        let cookie = headers(&[(header::COOKIE, "a=b; claimtrack_token=s3cret")]);
        assert_eq!(presented_token(&cookie), Some("s3cret"));
        let bearer = headers(&[(header::AUTHORIZATION, "Bearer xyz")]);
        assert_eq!(presented_token(&bearer), Some("xyz"));
        assert!(constant_time_eq("abc", "abc") && !constant_time_eq("abc", "abd"));
    }
}
