//! Quoting: Go's `strconv.Quote`, `QuoteToASCII`, `QuoteToGraphic`,
//! `QuoteRune` (and variants) and `CanBackquote`.
//!
//! A port of Go's `appendQuotedWith` / `appendEscapedRune`. Input strings are
//! byte slices because Go strings may hold invalid UTF-8: each byte that does
//! not start a valid sequence is written as `\xNN`. Printability uses Go's
//! exact tables (see [`super::isprint`]).

use super::isprint::{is_graphic, is_print};
use crate::utf8::{RUNE_ERROR, decode_rune, push_rune, valid_rune};

const LOWERHEX: &[u8; 16] = b"0123456789abcdef";

/// Go's `strconv.Quote`: a double-quoted Go string literal for `s`, with
/// non-printable runes and invalid bytes escaped.
pub fn quote(s: &[u8]) -> String {
    bytes_to_string(append_quoted_with(Vec::new(), s, b'"', false, false))
}

/// Go's `strconv.QuoteToASCII` (used by `%+q`): like [`quote`] but every
/// non-ASCII rune is escaped too.
pub fn quote_to_ascii(s: &[u8]) -> String {
    bytes_to_string(append_quoted_with(Vec::new(), s, b'"', true, false))
}

/// Go's `strconv.QuoteToGraphic`: like [`quote`] but Unicode spaces (Zs)
/// are kept literally.
pub fn quote_to_graphic(s: &[u8]) -> String {
    bytes_to_string(append_quoted_with(Vec::new(), s, b'"', false, true))
}

/// Go's `strconv.QuoteRune`: a single-quoted rune literal. Invalid runes
/// (surrogates, out of range, negative) become `'�'`.
pub fn quote_rune(r: i32) -> String {
    bytes_to_string(append_quoted_rune_with(Vec::new(), r, b'\'', false, false))
}

/// Go's `strconv.QuoteRuneToASCII` (used by `%+q` on integers).
pub fn quote_rune_to_ascii(r: i32) -> String {
    bytes_to_string(append_quoted_rune_with(Vec::new(), r, b'\'', true, false))
}

/// Go's `strconv.QuoteRuneToGraphic`.
pub fn quote_rune_to_graphic(r: i32) -> String {
    bytes_to_string(append_quoted_rune_with(Vec::new(), r, b'\'', false, true))
}

/// Go's `strconv.CanBackquote`: whether `s` can be written as a raw string
/// literal without control characters other than tab (and no BOM, no
/// backquote, valid UTF-8).
pub fn can_backquote(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        let (r, wid) = decode_rune(&s[i..]);
        i += wid;
        if wid > 1 {
            if r == 0xFEFF {
                return false; // BOMs are invisible and should not be quoted.
            }
            continue;
        }
        if r == RUNE_ERROR {
            return false;
        }
        if (r < i32::from(b' ') && r != i32::from(b'\t')) || r == i32::from(b'`') || r == 0x7F {
            return false;
        }
    }
    true
}

/// The quoted text is valid UTF-8 by construction (escapes are ASCII and
/// literal runes are re-encoded), so this never loses data.
fn bytes_to_string(b: Vec<u8>) -> String {
    String::from_utf8(b).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Appends the quoted form of `s` to `buf` (Go's `appendQuotedWith`).
pub(crate) fn append_quoted_with(
    mut buf: Vec<u8>,
    s: &[u8],
    quote: u8,
    ascii_only: bool,
    graphic_only: bool,
) -> Vec<u8> {
    buf.reserve(s.len() + 2);
    buf.push(quote);
    let mut i = 0;
    while i < s.len() {
        let (r, width) = if s[i] < 0x80 {
            (i32::from(s[i]), 1)
        } else {
            decode_rune(&s[i..])
        };
        if width == 1 && r == RUNE_ERROR {
            buf.extend_from_slice(b"\\x");
            buf.push(LOWERHEX[usize::from(s[i] >> 4)]);
            buf.push(LOWERHEX[usize::from(s[i] & 0xF)]);
            i += 1;
            continue;
        }
        append_escaped_rune(&mut buf, r, quote, ascii_only, graphic_only);
        i += width;
    }
    buf.push(quote);
    buf
}

/// Appends the quoted form of rune `r` (Go's `appendQuotedRuneWith`).
pub(crate) fn append_quoted_rune_with(
    mut buf: Vec<u8>,
    r: i32,
    quote: u8,
    ascii_only: bool,
    graphic_only: bool,
) -> Vec<u8> {
    buf.push(quote);
    let r = if valid_rune(r) { r } else { RUNE_ERROR };
    append_escaped_rune(&mut buf, r, quote, ascii_only, graphic_only);
    buf.push(quote);
    buf
}

fn append_escaped_rune(buf: &mut Vec<u8>, r: i32, quote: u8, ascii_only: bool, graphic_only: bool) {
    if r == i32::from(quote) || r == i32::from(b'\\') {
        buf.push(b'\\');
        buf.push(r as u8);
        return;
    }
    if ascii_only {
        if r < 0x80 && is_print(r) {
            buf.push(r as u8);
            return;
        }
    } else if is_print(r) || graphic_only && is_graphic(r) {
        push_rune(buf, r);
        return;
    }
    match r {
        0x07 => buf.extend_from_slice(b"\\a"),
        0x08 => buf.extend_from_slice(b"\\b"),
        0x0C => buf.extend_from_slice(b"\\f"),
        0x0A => buf.extend_from_slice(b"\\n"),
        0x0D => buf.extend_from_slice(b"\\r"),
        0x09 => buf.extend_from_slice(b"\\t"),
        0x0B => buf.extend_from_slice(b"\\v"),
        _ => {
            if r < i32::from(b' ') || r == 0x7F {
                buf.extend_from_slice(b"\\x");
                buf.push(LOWERHEX[((r as u8) >> 4) as usize]);
                buf.push(LOWERHEX[((r as u8) & 0xF) as usize]);
            } else {
                let r = if valid_rune(r) { r } else { 0xFFFD };
                if r < 0x10000 {
                    buf.extend_from_slice(b"\\u");
                    for s in (0..=12).rev().step_by(4) {
                        buf.push(LOWERHEX[((r >> s) & 0xF) as usize]);
                    }
                } else {
                    buf.extend_from_slice(b"\\U");
                    for s in (0..=28).rev().step_by(4) {
                        buf.push(LOWERHEX[((r >> s) & 0xF) as usize]);
                    }
                }
            }
        }
    }
}
