//! Text to floats: Go's `strconv.ParseFloat`.
//!
//! Syntax checking is a port of Go's `special` and `readFloat` (signs,
//! `inf`/`infinity`/`nan` in any case, decimal and hex mantissas, `e`/`p`
//! exponents, `_` separators validated by `underscoreOK`). Hex floats are
//! converted by a port of Go's `atofHex`. Decimal values are converted by
//! Rust's correctly rounded `str::parse` on a normalised digit string, which
//! gives the same bits as Go's Eisel-Lemire / multi-precision paths (both are
//! correctly rounded, directly to the target width for `bit_size` 32).
//!
//! Overflow yields ±Inf together with a range error, as in Go; underflow
//! silently yields (signed) zero.

use super::atoi::{NumError, NumErrorKind, underscore_ok};

const FN: &str = "ParseFloat";

/// Go's `math.NaN()` (`0x7FF8000000000001`), which `ParseFloat("nan", 64)`
/// returns; Rust's `f64::NAN` has a different payload.
const GO_NAN: f64 = f64::from_bits(0x7FF8_0000_0000_0001);

fn lower(c: u8) -> u8 {
    c | (b'x' - b'X')
}

/// Go's `strconv.ParseFloat`; see [`parse_float_go`] for the ±Inf Go
/// returns alongside a range error.
pub fn parse_float(s: &str, bit_size: u32) -> Result<f64, NumError> {
    match parse_float_go(s.as_bytes(), bit_size) {
        (v, None) => Ok(v),
        (_, Some(e)) => Err(e),
    }
}

/// Go's `strconv.ParseFloat` with both results. `bit_size` 32 rounds to the
/// nearest float32 (the result is exactly representable as `f32`); any
/// other bit size means 64. On a range error the value is ±Inf; on a syntax
/// error it is 0.
pub fn parse_float_go(s: &[u8], bit_size: u32) -> (f64, Option<NumError>) {
    let (f, n, err) = parse_float_prefix(s, bit_size);
    let syntax = err.as_ref().is_some_and(|e| e.err == NumErrorKind::Syntax);
    if n != s.len() && !syntax {
        return (0.0, Some(syntax_error(s)));
    }
    (f, err)
}

fn syntax_error(s: &[u8]) -> NumError {
    NumError {
        func: FN.to_string(),
        num: s.to_vec(),
        err: NumErrorKind::Syntax,
    }
}

fn range_error(s: &[u8]) -> NumError {
    NumError {
        func: FN.to_string(),
        num: s.to_vec(),
        err: NumErrorKind::Range,
    }
}

fn common_prefix_len_ignore_case(s: &[u8], prefix: &[u8]) -> usize {
    let n = prefix.len().min(s.len());
    (0..n)
        .find(|&i| s[i].to_ascii_lowercase() != prefix[i])
        .unwrap_or(n)
}

/// Go's `special`: ±inf, ±infinity, nan (case-insensitive), as a prefix.
fn special(s: &[u8]) -> Option<(f64, usize)> {
    let first = *s.first()?;
    let (sign, nsign, rest) = match first {
        b'+' => (1.0, 1, &s[1..]),
        b'-' => (-1.0, 1, &s[1..]),
        b'i' | b'I' => (1.0, 0, s),
        b'n' | b'N' => {
            return (common_prefix_len_ignore_case(s, b"nan") == 3).then_some((GO_NAN, 3));
        }
        _ => return None,
    };
    let mut n = common_prefix_len_ignore_case(rest, b"infinity");
    if 3 < n && n < 8 {
        n = 3;
    }
    (n == 3 || n == 8).then_some((sign * f64::INFINITY, nsign + n))
}

/// Result of Go's `readFloat`: the mantissa as digits plus a decimal (or,
/// for hex, binary) exponent.
struct ReadFloat {
    /// Significant digits (hex: 16 at most, as Go keeps).
    mantissa: u64,
    exp: i32,
    neg: bool,
    trunc: bool,
    hex: bool,
    /// All significant decimal digits (decimal mantissas only), without
    /// leading zeros, for exact conversion.
    digits: Vec<u8>,
    /// Decimal point position relative to `digits` (decimal only).
    dp: i64,
}

/// Port of Go's `readFloat`: returns the parsed pieces and the number of
/// bytes consumed, or `None` with the consumed count on a syntax error.
fn read_float(s: &[u8]) -> (Option<ReadFloat>, usize) {
    let mut i = 0;
    let mut underscores = false;
    let mut neg = false;
    if i >= s.len() {
        return (None, i);
    }
    if s[i] == b'+' {
        i += 1;
    } else if s[i] == b'-' {
        neg = true;
        i += 1;
    }
    let mut base: u64 = 10;
    let mut max_mant_digits = 19;
    let mut exp_char = b'e';
    let mut hex = false;
    if i + 2 < s.len() && s[i] == b'0' && lower(s[i + 1]) == b'x' {
        base = 16;
        max_mant_digits = 16;
        i += 2;
        exp_char = b'p';
        hex = true;
    }
    let mut sawdot = false;
    let mut sawdigits = false;
    let mut nd: i64 = 0;
    let mut nd_mant = 0;
    let mut dp: i64 = 0;
    let mut mantissa: u64 = 0;
    let mut trunc = false;
    let mut digits = Vec::new();
    while i < s.len() {
        let c = s[i];
        if c == b'_' {
            underscores = true;
        } else if c == b'.' {
            if sawdot {
                break;
            }
            sawdot = true;
            dp = nd;
        } else if c.is_ascii_digit() {
            sawdigits = true;
            if c == b'0' && nd == 0 {
                // ignore leading zeros
                dp -= 1;
                i += 1;
                continue;
            }
            nd += 1;
            if !hex {
                digits.push(c);
            }
            if nd_mant < max_mant_digits {
                mantissa = mantissa * base + u64::from(c - b'0');
                nd_mant += 1;
            } else if c != b'0' {
                trunc = true;
            }
        } else if base == 16 && (b'a'..=b'f').contains(&lower(c)) {
            sawdigits = true;
            nd += 1;
            if nd_mant < max_mant_digits {
                mantissa = mantissa * 16 + u64::from(lower(c) - b'a' + 10);
                nd_mant += 1;
            } else {
                trunc = true;
            }
        } else {
            break;
        }
        i += 1;
    }
    if !sawdigits {
        return (None, i);
    }
    if !sawdot {
        dp = nd;
    }
    let mut nd_mant = nd_mant as i64;
    if base == 16 {
        dp *= 4;
        nd_mant *= 4;
    }
    if i < s.len() && lower(s[i]) == exp_char {
        i += 1;
        if i >= s.len() {
            return (None, i);
        }
        let mut esign = 1;
        if s[i] == b'+' {
            i += 1;
        } else if s[i] == b'-' {
            i += 1;
            esign = -1;
        }
        if i >= s.len() || !s[i].is_ascii_digit() {
            return (None, i);
        }
        let mut e: i64 = 0;
        while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_') {
            if s[i] == b'_' {
                underscores = true;
            } else if e < 10000 {
                e = e * 10 + i64::from(s[i] - b'0');
            }
            i += 1;
        }
        dp += e * esign;
    } else if base == 16 {
        // Must have exponent.
        return (None, i);
    }
    let exp = if mantissa != 0 {
        (dp - nd_mant) as i32
    } else {
        0
    };
    if underscores && !underscore_ok(&s[..i]) {
        return (None, i);
    }
    (
        Some(ReadFloat {
            mantissa,
            exp,
            neg,
            trunc,
            hex,
            digits,
            dp,
        }),
        i,
    )
}

fn parse_float_prefix(s: &[u8], bit_size: u32) -> (f64, usize, Option<NumError>) {
    let f32mode = bit_size == 32;
    if let Some((val, n)) = special(s) {
        let val = if f32mode { f64::from(val as f32) } else { val };
        return (val, n, None);
    }
    let (rf, n) = read_float(s);
    let Some(rf) = rf else {
        return (0.0, n, Some(syntax_error(s)));
    };
    if rf.hex {
        let (f, err) = if f32mode {
            atof_hex(&s[..n], 23, 8, -127, rf.mantissa, rf.exp, rf.neg, rf.trunc)
        } else {
            atof_hex(
                &s[..n],
                52,
                11,
                -1023,
                rf.mantissa,
                rf.exp,
                rf.neg,
                rf.trunc,
            )
        };
        return (f, n, err);
    }
    // Decimal: value = 0.<digits> × 10^dp. Go caps exponents so that they
    // cannot overflow; the clamp below keeps the text short and yields the
    // same zero/infinity results.
    let sign = if rf.neg { "-" } else { "" };
    let f = if rf.digits.is_empty() {
        if rf.neg { -0.0 } else { 0.0 }
    } else {
        let dp = rf.dp.clamp(-100_000, 100_000);
        let text = format!("{sign}0.{}e{dp}", String::from_utf8_lossy(&rf.digits));
        if f32mode {
            f64::from(text.parse::<f32>().unwrap_or(f32::NAN))
        } else {
            text.parse::<f64>().unwrap_or(f64::NAN)
        }
    };
    let err = f.is_infinite().then(|| range_error(s));
    (f, n, err)
}

/// Port of Go's `atofHex`: rounds a hex mantissa (at most 16 hex digits,
/// `trunc` set if nonzero digits were dropped) times 2^exp to the target
/// format, round-half-even.
#[allow(clippy::too_many_arguments)]
fn atof_hex(
    s: &[u8],
    mantbits: u32,
    expbits: u32,
    bias: i32,
    mut mantissa: u64,
    mut exp: i32,
    neg: bool,
    trunc: bool,
) -> (f64, Option<NumError>) {
    let max_exp = (1 << expbits) + bias - 2;
    let min_exp = bias + 1;
    exp += mantbits as i32; // mantissa now implicitly divided by 2^mantbits.

    // Shift mantissa and exponent to bring representation into float range.
    // Eventually we want a mantissa with a leading 1-bit followed by
    // mantbits other bits. For rounding, we need two more, where the bottom
    // bit represents whether that bit or any later bit was non-zero.
    while mantissa != 0 && mantissa >> (mantbits + 2) == 0 {
        mantissa <<= 1;
        exp -= 1;
    }
    if trunc {
        mantissa |= 1;
    }
    while mantissa >> (1 + mantbits + 2) != 0 {
        mantissa = (mantissa >> 1) | (mantissa & 1);
        exp += 1;
    }
    // If exponent is too negative, denormalize in hopes of making it
    // representable. (The -2 is for the rounding bits.)
    while mantissa > 1 && exp < min_exp - 2 {
        mantissa = (mantissa >> 1) | (mantissa & 1);
        exp += 1;
    }
    // Round using two bottom bits.
    let mut round = mantissa & 3;
    mantissa >>= 2;
    round |= mantissa & 1; // round to even (round up if mantissa is odd)
    exp += 2;
    if round == 3 {
        mantissa += 1;
        if mantissa == 1 << (1 + mantbits) {
            mantissa >>= 1;
            exp += 1;
        }
    }
    if mantissa >> mantbits == 0 {
        // Denormal or zero.
        exp = bias;
    }
    let mut err = None;
    if exp > max_exp {
        // infinity and range error
        mantissa = 1 << mantbits;
        exp = max_exp + 1;
        err = Some(range_error(s));
    }
    let mut bits = mantissa & ((1 << mantbits) - 1);
    bits |= (((exp - bias) & ((1 << expbits) - 1)) as u64) << mantbits;
    if neg {
        bits |= 1 << mantbits << expbits;
    }
    if mantbits == 23 {
        (f64::from(f32::from_bits(bits as u32)), err)
    } else {
        (f64::from_bits(bits), err)
    }
}
