//! Scanning and decoding of Go literals: numbers, runes and strings.
//!
//! The lexer uses the scanners here to find where a literal ends and to report malformed
//! literals with the Go compiler's wording (`cmd/compile/internal/syntax/scanner.go`); the
//! parser uses the decoders to turn a literal's source text into its value. Both share one
//! escape-sequence routine, so the two can never disagree about what a literal means.

/// What kind of number literal [`scan_number`] found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumKind {
    Int,
    Float,
    Imag,
}

/// A problem found inside a literal: byte offset relative to the literal's start, message.
pub type LitError = (usize, String);

fn lower(b: u8) -> u8 {
    b | 0x20
}

fn is_decimal(b: u8) -> bool {
    b.is_ascii_digit()
}

fn is_hex(b: u8) -> bool {
    b.is_ascii_hexdigit()
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        16 => "hexadecimal",
        _ => "decimal",
    }
}

/// Scans the number literal at the start of `s` (which starts with a digit, or with `.`
/// followed by a digit), following Go's scanner exactly. Returns the literal's length in
/// bytes, its kind, and the first error found (Go reports at most one per literal).
pub fn scan_number(s: &[u8]) -> (usize, NumKind, Option<LitError>) {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut i = 0;
    let mut err: Option<LitError> = None;
    let mut kind = NumKind::Int;
    let mut base = 10u32;
    let mut prefix = 0u8; // 0 (decimal), b'0' (legacy octal), b'x', b'o' or b'b'
    let mut digsep = 0u8; // bit 0: a digit was seen; bit 1: a '_' was seen
    let mut invalid: Option<usize> = None; // offset of the first digit >= base

    // Accepts { digit | '_' } and reports what it saw (like Go's `digits`).
    let digits = |i: &mut usize, base: u32, invalid: &mut Option<usize>| -> u8 {
        let mut ds = 0;
        if base <= 10 {
            let max = b'0' + base as u8;
            while is_decimal(at(*i)) || at(*i) == b'_' {
                if at(*i) == b'_' {
                    ds |= 2;
                } else {
                    if at(*i) >= max && invalid.is_none() {
                        *invalid = Some(*i);
                    }
                    ds |= 1;
                }
                *i += 1;
            }
        } else {
            while is_hex(at(*i)) || at(*i) == b'_' {
                ds |= if at(*i) == b'_' { 2 } else { 1 };
                *i += 1;
            }
        }
        ds
    };

    let mut seen_point = at(0) == b'.';
    if seen_point {
        i = 1;
    } else {
        if at(0) == b'0' {
            i = 1;
            match lower(at(1)) {
                b'x' => {
                    i = 2;
                    base = 16;
                    prefix = b'x';
                }
                b'o' => {
                    i = 2;
                    base = 8;
                    prefix = b'o';
                }
                b'b' => {
                    i = 2;
                    base = 2;
                    prefix = b'b';
                }
                _ => {
                    base = 8;
                    prefix = b'0';
                    digsep = 1; // the leading 0 is a digit
                }
            }
        }
        digsep |= digits(&mut i, base, &mut invalid);
        if at(i) == b'.' {
            if prefix == b'o' || prefix == b'b' {
                err = Some((
                    i,
                    format!("invalid radix point in {} literal", base_name(base)),
                ));
            }
            i += 1;
            seen_point = true;
        }
    }
    if seen_point {
        kind = NumKind::Float;
        digsep |= digits(&mut i, base, &mut invalid);
    }
    if digsep & 1 == 0 && err.is_none() {
        err = Some((i, format!("{} literal has no digits", base_name(base))));
    }
    let e = lower(at(i));
    if e == b'e' || e == b'p' {
        if err.is_none() {
            if e == b'e' && prefix != 0 && prefix != b'0' {
                err = Some((
                    i,
                    format!("'{}' exponent requires decimal mantissa", at(i) as char),
                ));
            } else if e == b'p' && prefix != b'x' {
                err = Some((
                    i,
                    format!("'{}' exponent requires hexadecimal mantissa", at(i) as char),
                ));
            }
        }
        i += 1;
        kind = NumKind::Float;
        if at(i) == b'+' || at(i) == b'-' {
            i += 1;
        }
        let mut ignored = None;
        let ds = digits(&mut i, 10, &mut ignored);
        digsep = ds | (digsep & 2);
        if ds & 1 == 0 && err.is_none() {
            err = Some((i, "exponent has no digits".to_string()));
        }
    } else if prefix == b'x' && kind == NumKind::Float && err.is_none() {
        err = Some((
            i,
            "hexadecimal mantissa requires a 'p' exponent".to_string(),
        ));
    }
    if at(i) == b'i' {
        kind = NumKind::Imag;
        i += 1;
    }
    if err.is_none()
        && kind == NumKind::Int
        && let Some(k) = invalid
    {
        err = Some((
            k,
            format!(
                "invalid digit '{}' in {} literal",
                at(k) as char,
                base_name(base)
            ),
        ));
    }
    if err.is_none()
        && digsep & 2 != 0
        && let Some(k) = invalid_sep(&s[..i])
    {
        err = Some((k, "'_' must separate successive digits".to_string()));
    }
    (i, kind, err)
}

/// The index of the first misplaced `_` in a number literal, as Go's `invalidSep`.
fn invalid_sep(x: &[u8]) -> Option<usize> {
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = lower(x[1]);
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if is_decimal(d) || (x1 == b'x' && is_hex(d)) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' { Some(x.len() - 1) } else { None }
}

/// Scans a quoted literal body starting right after the opening quote `q` in `s`. Returns
/// the byte length of the whole remainder that belongs to the literal (including the
/// closing quote when present) and whether it was terminated. Newlines end an
/// unterminated literal (they are not part of it).
pub fn scan_quoted(s: &[u8], q: u8) -> (usize, bool) {
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            b if b == q => return (i + 1, true),
            b'\\' => {
                if i + 1 < s.len() && s[i + 1] != b'\n' {
                    i += 2;
                } else {
                    i += 1;
                }
            }
            b'\n' => return (i, false),
            _ => i += 1,
        }
    }
    (i, false)
}

/// Decodes the body of an interpreted string or rune literal (without quotes), validating
/// escapes. `quote` is the delimiter (`"` or `'`), whose escape is valid only there.
/// Decoded bytes go to `out`; errors (offset relative to `body`) go to `errs`.
/// Returns the number of characters (escapes count as one), which rune literals need.
pub fn decode_escapes(body: &str, quote: u8, out: &mut Vec<u8>, errs: &mut Vec<LitError>) -> usize {
    let b = body.as_bytes();
    let mut i = 0;
    let mut n = 0;
    while i < b.len() {
        n += 1;
        if b[i] != b'\\' {
            // Copy one whole UTF-8 character.
            let len = utf8_len(b[i]);
            let end = (i + len).min(b.len());
            out.extend_from_slice(&b[i..end]);
            i = end;
            continue;
        }
        let start = i;
        i += 1;
        let c = match b.get(i) {
            Some(&c) => c,
            None => break, // unterminated; the caller reports that
        };
        let simple = match c {
            b'a' => Some(7u8),
            b'b' => Some(8),
            b'f' => Some(12),
            b'n' => Some(b'\n'),
            b'r' => Some(b'\r'),
            b't' => Some(b'\t'),
            b'v' => Some(11),
            b'\\' => Some(b'\\'),
            _ if c == quote => Some(quote),
            _ => None,
        };
        if let Some(v) = simple {
            out.push(v);
            i += 1;
            continue;
        }
        let (ndigits, base, max): (usize, u32, u32) = match c {
            b'0'..=b'7' => (3, 8, 255),
            b'x' => {
                i += 1;
                (2, 16, 255)
            }
            b'u' => {
                i += 1;
                (4, 16, 0x10FFFF)
            }
            b'U' => {
                i += 1;
                (8, 16, 0x10FFFF)
            }
            _ => {
                errs.push((i, "unknown escape".to_string()));
                continue; // the character after the backslash is scanned normally
            }
        };
        let mut x: u32 = 0;
        let mut ok = true;
        for _ in 0..ndigits {
            let Some(&d) = b.get(i) else {
                ok = false; // unterminated literal; the caller reports that
                break;
            };
            let v = match d {
                b'0'..=b'9' => u32::from(d - b'0'),
                b'a'..=b'f' | b'A'..=b'F' => u32::from(lower(d) - b'a' + 10),
                _ => base,
            };
            if v >= base {
                let ch = body[i..].chars().next().unwrap_or('?');
                errs.push((
                    i,
                    format!("invalid character {:?} in {} escape", ch, base_name(base)),
                ));
                ok = false;
                break;
            }
            x = x.wrapping_mul(base).wrapping_add(v);
            i += 1;
        }
        if !ok {
            continue;
        }
        if x > max && base == 8 {
            errs.push((start, format!("octal escape value {x} > 255")));
            continue;
        }
        if x > max || (0xD800..0xE000).contains(&x) {
            errs.push((
                start,
                format!("escape is invalid Unicode code point {}", fmt_unicode(x)),
            ));
            continue;
        }
        if c == b'u' || c == b'U' {
            let ch = char::from_u32(x).unwrap_or('\u{FFFD}');
            let mut buf = [0u8; 4];
            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
        } else {
            out.push(x as u8);
        }
    }
    n
}

fn utf8_len(first: u8) -> usize {
    match first {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

/// Formats a code point like Go's `%#U`: `U+0040 '@'`, or just `U+0007` when unprintable.
pub fn fmt_unicode(x: u32) -> String {
    match char::from_u32(x) {
        Some(c) if !c.is_control() && (c == ' ' || !c.is_whitespace()) => {
            format!("U+{x:04X} '{c}'")
        }
        _ => format!("U+{x:04X}"),
    }
}

/// The value of a string literal's source text (with its quotes): escapes decoded for
/// interpreted strings, carriage returns dropped for raw strings.
pub fn string_value(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    if let Some(body) = text.strip_prefix('`') {
        let body = body.strip_suffix('`').unwrap_or(body);
        out.extend(body.bytes().filter(|&b| b != b'\r'));
    } else {
        let body = text.strip_prefix('"').unwrap_or(text);
        let body = body.strip_suffix('"').unwrap_or(body);
        let mut errs = Vec::new();
        decode_escapes(body, b'"', &mut out, &mut errs);
    }
    out
}

/// The value of a rune literal's source text (with its quotes); 0 when malformed.
pub fn rune_value(text: &str) -> u32 {
    let body = text.strip_prefix('\'').unwrap_or(text);
    let body = body.strip_suffix('\'').unwrap_or(body);
    if body.starts_with('\\') {
        let mut out = Vec::new();
        let mut errs = Vec::new();
        decode_escapes(body, b'\'', &mut out, &mut errs);
        if !errs.is_empty() {
            return 0;
        }
        // `\u`/`\U` escapes were encoded as UTF-8; byte escapes are single raw bytes.
        let b = body.as_bytes();
        if b.len() > 1 && (b[1] == b'u' || b[1] == b'U') {
            return std::str::from_utf8(&out)
                .ok()
                .and_then(|s| s.chars().next())
                .map_or(0, u32::from);
        }
        return out.first().copied().map_or(0, u32::from);
    }
    body.chars().next().map_or(0, u32::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_go_scanner() {
        let cases: &[(&str, usize, NumKind, Option<&str>)] = &[
            ("0", 1, NumKind::Int, None),
            ("123abc", 3, NumKind::Int, None),
            ("0x_FF", 5, NumKind::Int, None),
            ("1_000", 5, NumKind::Int, None),
            ("0o17", 4, NumKind::Int, None),
            ("017", 3, NumKind::Int, None),
            ("0b101", 5, NumKind::Int, None),
            ("1.5", 3, NumKind::Float, None),
            (".5", 2, NumKind::Float, None),
            ("1e9", 3, NumKind::Float, None),
            ("1.e+5", 5, NumKind::Float, None),
            ("0x1p-2", 6, NumKind::Float, None),
            ("0x1.8p3", 7, NumKind::Float, None),
            ("0x1e+5", 4, NumKind::Int, None),
            (
                "089",
                3,
                NumKind::Int,
                Some("invalid digit '8' in octal literal"),
            ),
            ("089.5", 5, NumKind::Float, None),
            (
                "0b102",
                5,
                NumKind::Int,
                Some("invalid digit '2' in binary literal"),
            ),
            (
                "0x",
                2,
                NumKind::Int,
                Some("hexadecimal literal has no digits"),
            ),
            ("1e", 2, NumKind::Float, Some("exponent has no digits")),
            (
                "0x1.5",
                5,
                NumKind::Float,
                Some("hexadecimal mantissa requires a 'p' exponent"),
            ),
            (
                "1p3",
                3,
                NumKind::Float,
                Some("'p' exponent requires hexadecimal mantissa"),
            ),
            (
                "1__0",
                4,
                NumKind::Int,
                Some("'_' must separate successive digits"),
            ),
            (
                "1_",
                2,
                NumKind::Int,
                Some("'_' must separate successive digits"),
            ),
            (
                "0b1.0",
                5,
                NumKind::Float,
                Some("invalid radix point in binary literal"),
            ),
            ("2i", 2, NumKind::Imag, None),
        ];
        for &(src, len, kind, err) in cases {
            let (l, k, e) = scan_number(src.as_bytes());
            assert_eq!(
                (l, k, e.map(|e| e.1)),
                (len, kind, err.map(String::from)),
                "{src}"
            );
        }
    }

    #[test]
    fn escapes_decode_and_report() {
        let check = |body: &str, quote: u8, want: &[u8], want_errs: &[&str]| {
            let mut out = Vec::new();
            let mut errs = Vec::new();
            decode_escapes(body, quote, &mut out, &mut errs);
            let errs: Vec<String> = errs.into_iter().map(|e| e.1).collect();
            assert_eq!(
                (out.as_slice(), errs),
                (want, want_errs.iter().map(|s| s.to_string()).collect()),
                "{body}"
            );
        };
        check(r"a\n\t\\", b'"', b"a\n\t\\", &[]);
        check(r#"\a\b\f\r\v\""#, b'"', b"\x07\x08\x0c\r\x0b\"", &[]);
        check(
            r"\377\x41\u00e9\U0001F600",
            b'"',
            b"\xffA\xc3\xa9\xf0\x9f\x98\x80",
            &[],
        );
        check(r"\'", b'"', b"'", &["unknown escape"]);
        check(r"\q", b'"', b"q", &["unknown escape"]);
        check(r"\400", b'"', b"", &["octal escape value 256 > 255"]);
        check(
            r"\xg0",
            b'"',
            b"g0",
            &["invalid character 'g' in hexadecimal escape"],
        );
        check(
            r"\uD800",
            b'"',
            b"",
            &["escape is invalid Unicode code point U+D800"],
        );
        check(
            r"\U00110000",
            b'"',
            b"",
            &["escape is invalid Unicode code point U+110000"],
        );
    }

    #[test]
    fn byte_escapes_are_raw_bytes() {
        assert_eq!(string_value(r#""\377\x41\u00e9""#), b"\xffA\xc3\xa9");
        assert_eq!(string_value("`a\r\nb`"), b"a\nb");
        assert_eq!(rune_value(r"'\xff'"), 255);
        assert_eq!(rune_value(r"'\377'"), 255);
        assert_eq!(rune_value("'é'"), 0xe9);
        assert_eq!(rune_value(r"'\u00e9'"), 0xe9);
        assert_eq!(rune_value(r"'\''"), 39);
        assert_eq!(rune_value("'a'"), 97);
    }
}
