//! Integer to text: Go's `strconv.FormatInt`, `FormatUint` and `Itoa`.
//!
//! Digits above 9 are lowercase letters, as in Go. Go panics for bases
//! outside 2..=36; these functions do the same (Rust panic).

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// Go's `strconv.FormatUint(u, base)`. Panics if `base` is not in 2..=36.
pub fn format_uint(u: u64, base: u32) -> String {
    format_bits(u, base, false)
}

/// Go's `strconv.FormatInt(i, base)`. Panics if `base` is not in 2..=36.
pub fn format_int(i: i64, base: u32) -> String {
    format_bits(i.unsigned_abs(), base, i < 0)
}

/// Go's `strconv.Itoa(i)`.
pub fn itoa(i: i64) -> String {
    i.to_string()
}

fn format_bits(mut u: u64, base: u32, neg: bool) -> String {
    assert!(
        (2..=36).contains(&base),
        "strconv: illegal AppendInt/FormatInt base"
    );
    let mut buf = [0u8; 65];
    let mut i = buf.len();
    let b = u64::from(base);
    while u >= b {
        i -= 1;
        buf[i] = DIGITS[(u % b) as usize];
        u /= b;
    }
    i -= 1;
    buf[i] = DIGITS[u as usize];
    if neg {
        i -= 1;
        buf[i] = b'-';
    }
    String::from_utf8_lossy(&buf[i..]).into_owned()
}
