//! Text to integers and booleans: Go's `strconv.ParseInt`, `ParseUint`,
//! `Atoi` and `ParseBool`, with Go's exact `*NumError` texts.
//!
//! Each parser comes in two shapes:
//! * `parse_int(..) -> Result<i64, NumError>`: the idiomatic Rust shape;
//! * `parse_int_go(..) -> (i64, Option<NumError>)`: exactly Go's two results.
//!   On a range error Go also returns a clamped value (the maximum or minimum
//!   of the bit size), which the VM must hand to the program; on other errors
//!   the value is 0 (`false` for `ParseBool`).

use std::fmt;

use super::quote::quote;

/// The reason a conversion failed (the `Err` field of Go's `*NumError`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumErrorKind {
    /// `strconv.ErrSyntax`: "invalid syntax".
    Syntax,
    /// `strconv.ErrRange`: "value out of range".
    Range,
    /// "invalid base N" (base outside 0 and 2..=36).
    Base(i64),
    /// "invalid bit size N" (bit size outside 0..=64).
    BitSize(i64),
}

impl fmt::Display for NumErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NumErrorKind::Syntax => f.write_str("invalid syntax"),
            NumErrorKind::Range => f.write_str("value out of range"),
            NumErrorKind::Base(b) => write!(f, "invalid base {b}"),
            NumErrorKind::BitSize(b) => write!(f, "invalid bit size {b}"),
        }
    }
}

/// Go's `strconv.NumError`. `Display` gives Go's `Error()` text, e.g.
/// `strconv.Atoi: parsing "abc": invalid syntax` (the input is quoted with
/// `strconv.Quote`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumError {
    /// The failing function without package: "ParseInt", "Atoi", ...
    pub func: String,
    /// The input, as bytes (Go strings may be invalid UTF-8).
    pub num: Vec<u8>,
    /// Why it failed.
    pub err: NumErrorKind,
}

impl NumError {
    fn new(func: &str, num: &[u8], err: NumErrorKind) -> NumError {
        NumError {
            func: func.to_string(),
            num: num.to_vec(),
            err,
        }
    }
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "strconv.{}: parsing {}: {}",
            self.func,
            quote(&self.num),
            self.err
        )
    }
}

impl std::error::Error for NumError {}

fn to_result<T>((v, e): (T, Option<NumError>)) -> Result<T, NumError> {
    match e {
        None => Ok(v),
        Some(e) => Err(e),
    }
}

fn lower(c: u8) -> u8 {
    c | (b'x' - b'X')
}

/// Go's `strconv.ParseUint`; see [`parse_uint_go`] for the value returned
/// alongside a range error.
pub fn parse_uint(s: &str, base: u32, bit_size: u32) -> Result<u64, NumError> {
    to_result(parse_uint_go(s.as_bytes(), base, bit_size))
}

/// Go's `strconv.ParseUint` with both of Go's results. `base` 0 infers the
/// base from a `0b`/`0o`/`0x`/`0` prefix and then allows `_` separators;
/// `bit_size` 0 means 64 (Go's `int` size on 64-bit targets).
pub fn parse_uint_go(s: &[u8], base: u32, bit_size: u32) -> (u64, Option<NumError>) {
    const FN: &str = "ParseUint";
    let syntax = || (0, Some(NumError::new(FN, s, NumErrorKind::Syntax)));
    if s.is_empty() {
        return syntax();
    }
    let base0 = base == 0;
    let s0 = s;
    let mut s = s;
    let mut base = base;
    match base {
        2..=36 => {}
        0 => {
            base = 10;
            if s[0] == b'0' {
                if s.len() >= 3 && lower(s[1]) == b'b' {
                    base = 2;
                    s = &s[2..];
                } else if s.len() >= 3 && lower(s[1]) == b'o' {
                    base = 8;
                    s = &s[2..];
                } else if s.len() >= 3 && lower(s[1]) == b'x' {
                    base = 16;
                    s = &s[2..];
                } else {
                    base = 8;
                    s = &s[1..];
                }
            }
        }
        _ => {
            return (
                0,
                Some(NumError::new(FN, s0, NumErrorKind::Base(i64::from(base)))),
            );
        }
    }
    let bit_size = match bit_size {
        0 => 64,
        1..=64 => bit_size,
        _ => {
            return (
                0,
                Some(NumError::new(
                    FN,
                    s0,
                    NumErrorKind::BitSize(i64::from(bit_size)),
                )),
            );
        }
    };
    let cutoff = u64::MAX / u64::from(base) + 1;
    let max_val = if bit_size == 64 {
        u64::MAX
    } else {
        (1u64 << bit_size) - 1
    };
    let range = || (max_val, Some(NumError::new(FN, s0, NumErrorKind::Range)));
    let mut underscores = false;
    let mut n: u64 = 0;
    for &c in s {
        let d = if c == b'_' && base0 {
            underscores = true;
            continue;
        } else if c.is_ascii_digit() {
            c - b'0'
        } else if lower(c).is_ascii_lowercase() {
            lower(c) - b'a' + 10
        } else {
            return syntax();
        };
        if u32::from(d) >= base {
            return syntax();
        }
        if n >= cutoff {
            return range();
        }
        n *= u64::from(base);
        let n1 = n.wrapping_add(u64::from(d));
        if n1 < n || n1 > max_val {
            return range();
        }
        n = n1;
    }
    if underscores && !underscore_ok(s0) {
        return syntax();
    }
    (n, None)
}

/// Go's `strconv.ParseInt`; see [`parse_int_go`] for the value returned
/// alongside a range error.
pub fn parse_int(s: &str, base: u32, bit_size: u32) -> Result<i64, NumError> {
    to_result(parse_int_go(s.as_bytes(), base, bit_size))
}

/// Go's `strconv.ParseInt` with both of Go's results: on a range error the
/// value is clamped to the bit size's minimum or maximum.
pub fn parse_int_go(s: &[u8], base: u32, bit_size: u32) -> (i64, Option<NumError>) {
    const FN: &str = "ParseInt";
    if s.is_empty() {
        return (0, Some(NumError::new(FN, s, NumErrorKind::Syntax)));
    }
    let s0 = s;
    let (neg, rest) = match s[0] {
        b'+' => (false, &s[1..]),
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    let (un, err) = parse_uint_go(rest, base, bit_size);
    if let Some(mut e) = err
        && e.err != NumErrorKind::Range
    {
        e.func = FN.to_string();
        e.num = s0.to_vec();
        return (0, Some(e));
    }
    let bit_size = if bit_size == 0 { 64 } else { bit_size };
    let cutoff = 1u64 << (bit_size - 1);
    if !neg && un >= cutoff {
        return (
            (cutoff - 1) as i64,
            Some(NumError::new(FN, s0, NumErrorKind::Range)),
        );
    }
    if neg && un > cutoff {
        return (
            (cutoff as i64).wrapping_neg(),
            Some(NumError::new(FN, s0, NumErrorKind::Range)),
        );
    }
    let n = un as i64;
    (if neg { n.wrapping_neg() } else { n }, None)
}

/// Go's `strconv.Atoi` (base 10, 64-bit `int`). Errors name the function
/// "Atoi". See [`atoi_go`] for the clamped value Go returns with a range
/// error.
pub fn atoi(s: &str) -> Result<i64, NumError> {
    to_result(atoi_go(s.as_bytes()))
}

/// Go's `strconv.Atoi` with both results (clamped value on range error).
pub fn atoi_go(s: &[u8]) -> (i64, Option<NumError>) {
    const FN: &str = "Atoi";
    if !s.is_empty() && s.len() < 19 {
        // Fast path for small integers that fit int type.
        let s0 = s;
        let mut s = s;
        if s[0] == b'-' || s[0] == b'+' {
            s = &s[1..];
            if s.is_empty() {
                return (0, Some(NumError::new(FN, s0, NumErrorKind::Syntax)));
            }
        }
        let mut n: i64 = 0;
        for &ch in s {
            let ch = ch.wrapping_sub(b'0');
            if ch > 9 {
                return (0, Some(NumError::new(FN, s0, NumErrorKind::Syntax)));
            }
            n = n * 10 + i64::from(ch);
        }
        if s0[0] == b'-' {
            n = -n;
        }
        return (n, None);
    }
    let (v, err) = parse_int_go(s, 10, 0);
    (
        v,
        err.map(|mut e| {
            e.func = FN.to_string();
            e
        }),
    )
}

/// Go's `strconv.ParseBool`: accepts 1, t, T, TRUE, true, True, 0, f, F,
/// FALSE, false, False.
pub fn parse_bool(s: &str) -> Result<bool, NumError> {
    to_result(parse_bool_go(s.as_bytes()))
}

/// Go's `strconv.ParseBool` with both results (`false` on error).
pub fn parse_bool_go(s: &[u8]) -> (bool, Option<NumError>) {
    match s {
        b"1" | b"t" | b"T" | b"TRUE" | b"true" | b"True" => (true, None),
        b"0" | b"f" | b"F" | b"FALSE" | b"false" | b"False" => (false, None),
        _ => (
            false,
            Some(NumError::new("ParseBool", s, NumErrorKind::Syntax)),
        ),
    }
}

/// Go's `underscoreOK`: underscores may only separate digits (or follow a
/// base prefix), as in Go integer literals.
pub(crate) fn underscore_ok(s: &[u8]) -> bool {
    // saw tracks the last character (class) we saw: '^' for beginning,
    // '0' for a digit or base prefix, '_' for an underscore, '!' for none.
    let mut saw = b'^';
    let mut i = 0;
    let mut s = s;
    if !s.is_empty() && (s[0] == b'-' || s[0] == b'+') {
        s = &s[1..];
    }
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(lower(s[1]), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = lower(s[1]) == b'x';
    }
    while i < s.len() {
        let c = s[i];
        i += 1;
        if c.is_ascii_digit() || hex && (b'a'..=b'f').contains(&lower(c)) {
            saw = b'0';
            continue;
        }
        if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
            continue;
        }
        if saw == b'_' {
            return false;
        }
        saw = b'!';
    }
    saw != b'_'
}
