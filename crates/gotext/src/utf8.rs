//! Go-compatible UTF-8 helpers (`unicode/utf8` semantics).
//!
//! Go strings are arbitrary byte sequences; formatting code walks them rune
//! by rune where every invalid or truncated sequence decodes as U+FFFD with a
//! width of one byte. Rust's `str` cannot hold such data, so these helpers
//! work on `&[u8]` and reproduce `utf8.DecodeRune`, `utf8.RuneCount` and
//! `utf8.EncodeRune` exactly (surrogates and values above U+10FFFF are
//! invalid and encode as U+FFFD).

/// The replacement rune U+FFFD, returned for invalid encodings.
pub const RUNE_ERROR: i32 = 0xFFFD;
/// The largest valid Unicode code point.
pub const MAX_RUNE: i32 = 0x10FFFF;

/// Decodes the first rune of `b` like Go's `utf8.DecodeRune`: returns
/// `(rune, width)`; `(RUNE_ERROR, 1)` for an invalid sequence and
/// `(RUNE_ERROR, 0)` for empty input.
pub fn decode_rune(b: &[u8]) -> (i32, usize) {
    let Some(&b0) = b.first() else {
        return (RUNE_ERROR, 0);
    };
    if b0 < 0x80 {
        return (i32::from(b0), 1);
    }
    // Determine length and the valid range of the second byte (as Go's
    // acceptRanges table does: this rejects overlongs and surrogates).
    let (len, lo, hi) = match b0 {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => return (RUNE_ERROR, 1),
    };
    if b.len() < len {
        return (RUNE_ERROR, 1);
    }
    let b1 = b[1];
    if b1 < lo || b1 > hi {
        return (RUNE_ERROR, 1);
    }
    for &c in &b[2..len] {
        if !(0x80..=0xBF).contains(&c) {
            return (RUNE_ERROR, 1);
        }
    }
    let r = match len {
        2 => (i32::from(b0 & 0x1F) << 6) | i32::from(b1 & 0x3F),
        3 => (i32::from(b0 & 0x0F) << 12) | (i32::from(b1 & 0x3F) << 6) | i32::from(b[2] & 0x3F),
        _ => {
            (i32::from(b0 & 0x07) << 18)
                | (i32::from(b1 & 0x3F) << 12)
                | (i32::from(b[2] & 0x3F) << 6)
                | i32::from(b[3] & 0x3F)
        }
    };
    (r, len)
}

/// Number of runes in `b`, counting each invalid byte as one rune
/// (Go's `utf8.RuneCount`).
pub fn rune_count(b: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] < 0x80 {
            i += 1;
        } else {
            i += decode_rune(&b[i..]).1;
        }
        n += 1;
    }
    n
}

/// Reports whether `r` is a valid Unicode scalar value (Go's `utf8.ValidRune`).
pub fn valid_rune(r: i32) -> bool {
    (0..0xD800).contains(&r) || (0xE000..=MAX_RUNE).contains(&r)
}

/// Appends the UTF-8 encoding of `r` to `buf` (Go's `utf8.EncodeRune`:
/// invalid runes are written as U+FFFD).
pub fn push_rune(buf: &mut Vec<u8>, r: i32) {
    let c = if valid_rune(r) {
        char::from_u32(r as u32).unwrap_or('\u{FFFD}')
    } else {
        '\u{FFFD}'
    };
    let mut tmp = [0u8; 4];
    buf.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_valid_and_invalid() {
        assert_eq!(decode_rune(b""), (RUNE_ERROR, 0));
        assert_eq!(decode_rune(b"a"), (97, 1));
        assert_eq!(decode_rune("é".as_bytes()), (0xE9, 2));
        assert_eq!(decode_rune("世".as_bytes()), (0x4E16, 3));
        assert_eq!(decode_rune("😀".as_bytes()), (0x1F600, 4));
        assert_eq!(decode_rune(b"\xff"), (RUNE_ERROR, 1));
        assert_eq!(decode_rune(b"\xe4\xb8"), (RUNE_ERROR, 1)); // truncated
        assert_eq!(decode_rune(b"\xc0\x80"), (RUNE_ERROR, 1)); // overlong
        assert_eq!(decode_rune(b"\xed\xa0\x80"), (RUNE_ERROR, 1)); // surrogate
        assert_eq!(decode_rune(b"\xf4\x90\x80\x80"), (RUNE_ERROR, 1)); // > max
    }

    #[test]
    fn count_and_encode() {
        assert_eq!(rune_count("héllo, 世界".as_bytes()), 9);
        assert_eq!(rune_count(b"a\xffb\xe4\xb8"), 5);
        let mut v = Vec::new();
        push_rune(&mut v, 0x4E16);
        push_rune(&mut v, 0xD800);
        push_rune(&mut v, -1);
        push_rune(&mut v, 65);
        assert_eq!(v, "世\u{FFFD}\u{FFFD}A".as_bytes());
    }
}
