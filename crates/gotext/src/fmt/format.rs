//! Port of Go's `fmt/format.go`: the low-level formatter that pads and
//! renders one basic value (integer, float, string, bytes, rune, bool) under
//! the current flags, width and precision.

use crate::strconv::{
    append_float, append_quoted_rune_with, append_quoted_with, can_backquote, is_print,
};
use crate::utf8::{MAX_RUNE, RUNE_ERROR, decode_rune, push_rune, rune_count};

pub(super) const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
pub(super) const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

/// Flags of one verb (Go's `fmtFlags`); cleared per verb.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Flags {
    pub wid_present: bool,
    pub prec_present: bool,
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
    /// `%+v`: print struct field names.
    pub plus_v: bool,
    /// `%#v`: Go syntax.
    pub sharp_v: bool,
}

/// Go's `fmt` struct: output buffer plus the current verb's settings.
#[derive(Default)]
pub(super) struct Fmt {
    pub buf: Vec<u8>,
    pub flags: Flags,
    pub wid: i64,
    pub prec: i64,
}

impl Fmt {
    pub fn clear_flags(&mut self) {
        self.flags = Flags::default();
    }

    /// Appends `n` padding bytes (zeros if the zero flag is set).
    pub fn write_padding(&mut self, n: i64) {
        if n <= 0 {
            return;
        }
        let pad = if self.flags.zero { b'0' } else { b' ' };
        self.buf.resize(self.buf.len() + n as usize, pad);
    }

    /// Appends `b`, padded to the width (counted in runes) on the left, or
    /// on the right with the minus flag.
    pub fn pad(&mut self, b: &[u8]) {
        if !self.flags.wid_present || self.wid == 0 {
            self.buf.extend_from_slice(b);
            return;
        }
        let width = self.wid - rune_count(b) as i64;
        if !self.flags.minus {
            self.write_padding(width);
            self.buf.extend_from_slice(b);
        } else {
            self.buf.extend_from_slice(b);
            self.write_padding(width);
        }
    }

    /// Pads with spaces regardless of the zero flag.
    fn pad_no_zero(&mut self, b: &[u8]) {
        let old = self.flags.zero;
        self.flags.zero = false;
        self.pad(b);
        self.flags.zero = old;
    }

    pub fn fmt_boolean(&mut self, v: bool) {
        self.pad(if v { b"true" } else { b"false" });
    }

    /// `%U`: `U+0078`, or with `#` `U+0078 'x'` when printable.
    pub fn fmt_unicode(&mut self, u: u64) {
        let mut prec: i64 = 4;
        if self.flags.prec_present && self.prec > 4 {
            prec = self.prec;
        }
        let mut digits = Vec::new(); // reversed
        let mut u2 = u;
        while u2 >= 16 {
            digits.push(UDIGITS[(u2 & 0xF) as usize]);
            prec -= 1;
            u2 >>= 4;
        }
        digits.push(UDIGITS[u2 as usize]);
        prec -= 1;
        while prec > 0 {
            digits.push(b'0');
            prec -= 1;
        }
        let mut out = b"U+".to_vec();
        out.extend(digits.iter().rev());
        if self.flags.sharp && u <= MAX_RUNE as u64 && is_print(u as i32) {
            out.extend_from_slice(b" '");
            push_rune(&mut out, u as i32);
            out.push(b'\'');
        }
        self.pad_no_zero(&out);
    }

    /// Integers in base 2, 8, 10 or 16 (Go's `fmtInteger`).
    pub fn fmt_integer(
        &mut self,
        u: u64,
        base: u32,
        is_signed: bool,
        verb: char,
        digits: &[u8; 17],
    ) {
        let negative = is_signed && (u as i64) < 0;
        let mut u = if negative {
            (u as i64).unsigned_abs()
        } else {
            u
        };

        let mut prec: i64 = 0;
        if self.flags.prec_present {
            prec = self.prec;
            // Precision of 0 and value of 0 means "print nothing" but padding.
            if prec == 0 && u == 0 {
                let old = self.flags.zero;
                self.flags.zero = false;
                self.write_padding(self.wid);
                self.flags.zero = old;
                return;
            }
        } else if self.flags.zero && self.flags.wid_present {
            prec = self.wid;
            if negative || self.flags.plus || self.flags.space {
                prec -= 1; // leave room for sign
            }
        }

        // Build reversed.
        let mut r: Vec<u8> = Vec::with_capacity(24);
        match base {
            10 => {
                while u >= 10 {
                    r.push(b'0' + (u % 10) as u8);
                    u /= 10;
                }
            }
            16 => {
                while u >= 16 {
                    r.push(digits[(u & 0xF) as usize]);
                    u >>= 4;
                }
            }
            8 => {
                while u >= 8 {
                    r.push(b'0' + (u & 7) as u8);
                    u >>= 3;
                }
            }
            _ => {
                while u >= 2 {
                    r.push(b'0' + (u & 1) as u8);
                    u >>= 1;
                }
            }
        }
        r.push(digits[u as usize]);
        while prec > r.len() as i64 {
            r.push(b'0');
        }
        if self.flags.sharp {
            match base {
                2 => r.extend_from_slice(b"b0"),
                8 if r.last() != Some(&b'0') => r.push(b'0'),
                16 => {
                    r.push(digits[16]);
                    r.push(b'0');
                }
                _ => {}
            }
        }
        if verb == 'O' {
            r.extend_from_slice(b"o0");
        }
        if negative {
            r.push(b'-');
        } else if self.flags.plus {
            r.push(b'+');
        } else if self.flags.space {
            r.push(b' ');
        }
        r.reverse();
        // Left padding with zeros has already been handled like precision
        // earlier or the zero flag is ignored due to an explicit precision.
        self.pad_no_zero(&r);
    }

    /// Truncates `b` to the precision, counted in runes.
    fn truncate<'a>(&self, b: &'a [u8]) -> &'a [u8] {
        if self.flags.prec_present {
            let mut n = self.prec;
            let mut i = 0;
            while i < b.len() {
                n -= 1;
                if n < 0 {
                    return &b[..i];
                }
                i += if b[i] < 0x80 {
                    1
                } else {
                    decode_rune(&b[i..]).1
                };
            }
        }
        b
    }

    /// `%s` of a string or byte slice.
    pub fn fmt_s(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(s);
    }

    /// `%x` / `%X` of a string or byte slice (Go's `fmtSbx`).
    pub fn fmt_sbx(&mut self, s: &[u8], digits: &[u8; 17]) {
        let mut length = s.len() as i64;
        if self.flags.prec_present && self.prec < length {
            length = self.prec;
        }
        let length = length as usize;
        // Compute width of the encoding taking into account the sharp and
        // space flags.
        let mut width = 2 * length as i64;
        if width > 0 {
            if self.flags.space {
                if self.flags.sharp {
                    width *= 2;
                }
                width += length as i64 - 1;
            } else if self.flags.sharp {
                width += 2;
            }
        } else {
            if self.flags.wid_present {
                self.write_padding(self.wid);
            }
            return;
        }
        if self.flags.wid_present && self.wid > width && !self.flags.minus {
            self.write_padding(self.wid - width);
        }
        if self.flags.sharp {
            self.buf.push(b'0');
            self.buf.push(digits[16]);
        }
        for (i, &c) in s[..length].iter().enumerate() {
            if self.flags.space && i > 0 {
                self.buf.push(b' ');
                if self.flags.sharp {
                    self.buf.push(b'0');
                    self.buf.push(digits[16]);
                }
            }
            self.buf.push(digits[usize::from(c >> 4)]);
            self.buf.push(digits[usize::from(c & 0xF)]);
        }
        if self.flags.wid_present && self.wid > width && self.flags.minus {
            self.write_padding(self.wid - width);
        }
    }

    /// `%q` of a string: quoted, backquoted with `#` when possible, ASCII
    /// only with `+`.
    pub fn fmt_q(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        if self.flags.sharp && can_backquote(s) {
            let mut q = Vec::with_capacity(s.len() + 2);
            q.push(b'`');
            q.extend_from_slice(s);
            q.push(b'`');
            self.pad(&q);
            return;
        }
        let q = append_quoted_with(Vec::new(), s, b'"', self.flags.plus, false);
        self.pad(&q);
    }

    /// `%c`.
    pub fn fmt_c(&mut self, c: u64) {
        let r = if c > MAX_RUNE as u64 {
            RUNE_ERROR
        } else {
            c as i32
        };
        let mut b = Vec::with_capacity(4);
        push_rune(&mut b, r);
        self.pad(&b);
    }

    /// `%q` of an integer: a quoted rune literal.
    pub fn fmt_qc(&mut self, c: u64) {
        let r = if c > MAX_RUNE as u64 {
            RUNE_ERROR
        } else {
            c as i32
        };
        let q = append_quoted_rune_with(Vec::new(), r, b'\'', self.flags.plus, false);
        self.pad(&q);
    }

    /// Floats (Go's `fmt.fmtFloat`): `verb` is a strconv format byte and
    /// `prec` the default precision, overridden by an explicit precision.
    pub fn fmt_float(&mut self, v: f64, size: u32, verb: u8, prec: i64) {
        let prec = if self.flags.prec_present {
            self.prec
        } else {
            prec
        };
        // Format number, reserving space for leading + sign if needed.
        let mut num = vec![b'+'];
        append_float(
            &mut num,
            v,
            verb,
            prec.clamp(-1, i32::MAX as i64) as i32,
            size,
        );
        if num[1] == b'-' || num[1] == b'+' {
            num.remove(0);
        }
        // f.space means to add a leading space instead of a "+" sign unless
        // f.plus is used.
        if self.flags.space && num[0] == b'+' && !self.flags.plus {
            num[0] = b' ';
        }
        // Special handling for infinities and NaN, which don't look like a
        // number so shouldn't be padded with zeros.
        if num[1] == b'I' || num[1] == b'N' {
            if num[1] == b'N' && !self.flags.space && !self.flags.plus {
                num.remove(0);
            }
            self.pad_no_zero(&num);
            return;
        }
        // The sharp flag forces printing a decimal point but removes
        // trailing zeros for %e, %f with the sharp flag.
        if self.flags.sharp && verb != b'b' {
            let mut digits: i64 = 0;
            if matches!(verb, b'v' | b'g' | b'G' | b'x') {
                digits = prec;
                // If no precision is set explicitly use a precision of 6.
                if digits == -1 {
                    digits = 6;
                }
            }
            // Buffer for the exponent tail: "e+123" or "p-1023".
            let mut tail: Vec<u8> = Vec::new();
            let mut body = num;
            let mut has_decimal_point = false;
            let mut saw_nonzero_digit = false;
            let mut i = 1;
            while i < body.len() {
                match body[i] {
                    b'.' => has_decimal_point = true,
                    b'p' | b'P' => {
                        tail.extend_from_slice(&body[i..]);
                        body.truncate(i);
                        break;
                    }
                    b'e' | b'E' if verb != b'x' && verb != b'X' => {
                        tail.extend_from_slice(&body[i..]);
                        body.truncate(i);
                        break;
                    }
                    c => {
                        if c != b'0' {
                            saw_nonzero_digit = true;
                        }
                        // Count significant digits after the first non-zero digit.
                        if saw_nonzero_digit {
                            digits -= 1;
                        }
                    }
                }
                i += 1;
            }
            if !has_decimal_point {
                // Leading digit 0 should contribute once to digits.
                if body.len() == 2 && body[1] == b'0' {
                    digits -= 1;
                }
                body.push(b'.');
            }
            while digits > 0 {
                body.push(b'0');
                digits -= 1;
            }
            body.extend_from_slice(&tail);
            num = body;
        }
        // We want a sign if asked for and if the sign is not positive.
        if self.flags.plus || num[0] != b'+' {
            // If we're zero padding to the left we want the sign before the
            // leading zeros.
            if self.flags.zero && self.flags.wid_present && self.wid > num.len() as i64 {
                self.buf.push(num[0]);
                self.write_padding(self.wid - num.len() as i64);
                self.buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        // No sign to show and the number is positive; just print the
        // unsigned number.
        self.pad(&num[1..]);
    }
}
