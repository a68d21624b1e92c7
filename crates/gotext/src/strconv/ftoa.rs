//! Float to text: Go's `strconv.FormatFloat` / `AppendFloat`.
//!
//! Go's ftoa has two stages: produce a decimal digit string (shortest
//! round-tripping digits, or a correctly rounded fixed number of digits) and
//! lay those digits out for the requested format (`formatDigits`, `fmtE`,
//! `fmtF`, `%g` selection). The layout stage is a line-by-line port of Go's.
//! For the digit stage we use Rust's float formatting, which yields the same
//! digits as Go: `{:e}` is the shortest representation that round-trips
//! (closest to the exact value among the shortest), and `{:.N$e}` / `{:.N$}`
//! are correctly rounded from the exact binary value with ties to even, as
//! Go's Ryu fixed / multi-precision paths are. Randomised comparisons against
//! Go (see `oracle/ftoa_cases.go`) check this equivalence.
//!
//! `'b'` (binary exponent) and `'x'`/`'X'` (hex mantissa) are direct ports.

/// Decimal digits of a float's magnitude: `0.d[0]d[1]... × 10^dp`, with no
/// trailing zeros (Go's `decimalSlice`). Zero is `nd == 0, dp == 0`.
struct Digits {
    d: Vec<u8>,
    dp: i32,
}

impl Digits {
    fn nd(&self) -> usize {
        self.d.len()
    }

    /// Builds digits from a mantissa digit string (ASCII, may contain leading
    /// or trailing zeros) whose decimal point sits after `int_len` digits.
    fn from_parts(mut raw: Vec<u8>, int_len: i32) -> Digits {
        let lead = raw.iter().take_while(|&&c| c == b'0').count();
        if lead == raw.len() {
            return Digits {
                d: Vec::new(),
                dp: 0,
            };
        }
        raw.drain(..lead);
        while raw.last() == Some(&b'0') {
            raw.pop();
        }
        Digits {
            d: raw,
            dp: int_len - lead as i32,
        }
    }

    /// Parses Rust's `{:e}` / `{:.N$e}` output of a non-negative value.
    fn from_exp_str(s: &str) -> Digits {
        let (mant, exp) = s.split_once('e').expect("exponent form");
        let exp: i32 = exp.parse().expect("exponent");
        let raw: Vec<u8> = mant.bytes().filter(|&c| c != b'.').collect();
        Digits::from_parts(raw, exp + 1)
    }

    /// Parses Rust's `{:.N$}` output of a non-negative value.
    fn from_fixed_str(s: &str) -> Digits {
        let int_len = s.find('.').unwrap_or(s.len()) as i32;
        let raw: Vec<u8> = s.bytes().filter(|&c| c != b'.').collect();
        Digits::from_parts(raw, int_len)
    }
}

/// Shortest digits that round-trip for the given bit size.
fn shortest_digits(abs: f64, bit_size: u32) -> Digits {
    let s = if bit_size == 32 {
        format!("{:e}", abs as f32)
    } else {
        format!("{abs:e}")
    };
    Digits::from_exp_str(&s)
}

/// `n >= 1` significant digits, correctly rounded.
fn exp_digits(abs: f64, bit_size: u32, n: usize) -> Digits {
    let s = if bit_size == 32 {
        format!("{:.*e}", n - 1, abs as f32)
    } else {
        format!("{:.*e}", n - 1, abs)
    };
    Digits::from_exp_str(&s)
}

/// Digits rounded to `prec` places after the decimal point.
fn fixed_digits(abs: f64, bit_size: u32, prec: usize) -> Digits {
    let s = if bit_size == 32 {
        format!("{:.*}", prec, abs as f32)
    } else {
        format!("{:.*}", prec, abs)
    };
    Digits::from_fixed_str(&s)
}

/// Go's `strconv.FormatFloat(f, fmt, prec, bitSize)`.
///
/// `fmt` is one of `b'b' b'e' b'E' b'f' b'g' b'G' b'x' b'X'` (anything else
/// yields `%` followed by the byte, as in Go). `prec < 0` selects the
/// shortest representation that parses back to the same value. `bit_size` 32
/// first rounds `f` to `f32` and uses float32 shortest digits; any other value
/// is treated as 64 (Go panics on bit sizes other than 32 and 64).
pub fn format_float(f: f64, fmt: u8, prec: i32, bit_size: u32) -> String {
    let mut out = Vec::with_capacity(24);
    append_float(&mut out, f, fmt, prec, bit_size);
    // The output is pure ASCII (except for an unknown fmt byte >= 0x80).
    String::from_utf8_lossy(&out).into_owned()
}

/// Appends Go's `strconv.FormatFloat` text to `dst` (`strconv.AppendFloat`).
pub fn append_float(dst: &mut Vec<u8>, f: f64, fmt: u8, prec: i32, bit_size: u32) {
    let (bits, mantbits, expbits, bias): (u64, u32, u32, i32) = if bit_size == 32 {
        (u64::from((f as f32).to_bits()), 23, 8, -127)
    } else {
        (f.to_bits(), 52, 11, -1023)
    };
    let neg = bits >> (expbits + mantbits) != 0;
    let mut exp = ((bits >> mantbits) & ((1u64 << expbits) - 1)) as i32;
    let mut mant = bits & ((1u64 << mantbits) - 1);

    if exp == (1 << expbits) - 1 {
        dst.extend_from_slice(match (mant != 0, neg) {
            (true, _) => b"NaN",
            (false, true) => b"-Inf",
            (false, false) => b"+Inf",
        });
        return;
    } else if exp == 0 {
        exp += 1; // denormalized
    } else {
        mant |= 1u64 << mantbits;
    }
    exp += bias;

    if fmt == b'b' {
        fmt_b(dst, neg, mant, exp, mantbits);
        return;
    }
    if fmt == b'x' || fmt == b'X' {
        fmt_x(dst, prec, fmt, neg, mant, exp, mantbits);
        return;
    }

    let abs = f.abs();
    let shortest = prec < 0;
    let mut prec = prec;
    let digs;
    if shortest {
        digs = shortest_digits(abs, bit_size);
        let nd = digs.nd() as i32;
        match fmt {
            b'e' | b'E' => prec = (nd - 1).max(0),
            b'f' => prec = (nd - digs.dp).max(0),
            b'g' | b'G' => prec = nd,
            _ => {}
        }
    } else {
        match fmt {
            b'e' | b'E' => digs = exp_digits(abs, bit_size, prec as usize + 1),
            b'f' => digs = fixed_digits(abs, bit_size, prec as usize),
            b'g' | b'G' => {
                if prec == 0 {
                    prec = 1;
                }
                digs = exp_digits(abs, bit_size, prec as usize);
            }
            _ => digs = exp_digits(abs, bit_size, 1),
        }
    }
    format_digits(dst, shortest, neg, &digs, prec, fmt);
}

fn format_digits(dst: &mut Vec<u8>, shortest: bool, neg: bool, digs: &Digits, prec: i32, fmt: u8) {
    let nd = digs.nd() as i32;
    match fmt {
        b'e' | b'E' => fmt_e(dst, neg, digs, prec, fmt),
        b'f' => fmt_f(dst, neg, digs, prec),
        b'g' | b'G' => {
            let mut prec = prec;
            // trailing fractional zeros in 'e' form will be trimmed.
            let mut eprec = prec;
            if eprec > nd && nd >= digs.dp {
                eprec = nd;
            }
            // %e is used if the exponent from the conversion is less than -4
            // or greater than or equal to the precision. If precision was the
            // shortest possible, use precision 6 for this decision.
            if shortest {
                eprec = 6;
            }
            let exp = digs.dp - 1;
            if exp < -4 || exp >= eprec {
                if prec > nd {
                    prec = nd;
                }
                fmt_e(dst, neg, digs, prec - 1, fmt + b'e' - b'g');
                return;
            }
            if prec > digs.dp {
                prec = nd;
            }
            fmt_f(dst, neg, digs, (prec - digs.dp).max(0));
        }
        _ => {
            dst.push(b'%');
            dst.push(fmt);
        }
    }
}

/// %e: -d.ddddde±dd
fn fmt_e(dst: &mut Vec<u8>, neg: bool, d: &Digits, prec: i32, fmt: u8) {
    if neg {
        dst.push(b'-');
    }
    dst.push(if d.nd() != 0 { d.d[0] } else { b'0' });
    if prec > 0 {
        dst.push(b'.');
        let mut i = 1usize;
        let m = d.nd().min(prec as usize + 1);
        if i < m {
            dst.extend_from_slice(&d.d[i..m]);
            i = m;
        }
        while i <= prec as usize {
            dst.push(b'0');
            i += 1;
        }
    }
    dst.push(fmt);
    let mut exp = d.dp - 1;
    if d.nd() == 0 {
        exp = 0; // special case: 0 has exponent 0
    }
    if exp < 0 {
        dst.push(b'-');
        exp = -exp;
    } else {
        dst.push(b'+');
    }
    let exp = exp as u32;
    if exp < 10 {
        dst.extend_from_slice(&[b'0', exp as u8 + b'0']);
    } else if exp < 100 {
        dst.extend_from_slice(&[(exp / 10) as u8 + b'0', (exp % 10) as u8 + b'0']);
    } else {
        dst.extend_from_slice(&[
            (exp / 100) as u8 + b'0',
            (exp / 10 % 10) as u8 + b'0',
            (exp % 10) as u8 + b'0',
        ]);
    }
}

/// %f: -ddddddd.ddddd
fn fmt_f(dst: &mut Vec<u8>, neg: bool, d: &Digits, prec: i32) {
    if neg {
        dst.push(b'-');
    }
    if d.dp > 0 {
        let m = d.nd().min(d.dp as usize);
        dst.extend_from_slice(&d.d[..m]);
        for _ in m..d.dp as usize {
            dst.push(b'0');
        }
    } else {
        dst.push(b'0');
    }
    if prec > 0 {
        dst.push(b'.');
        for i in 0..prec {
            let j = d.dp + i;
            dst.push(if 0 <= j && (j as usize) < d.nd() {
                d.d[j as usize]
            } else {
                b'0'
            });
        }
    }
}

/// %b: -ddddddddp±ddd
fn fmt_b(dst: &mut Vec<u8>, neg: bool, mant: u64, exp: i32, mantbits: u32) {
    if neg {
        dst.push(b'-');
    }
    dst.extend_from_slice(mant.to_string().as_bytes());
    dst.push(b'p');
    let exp = exp - mantbits as i32;
    if exp >= 0 {
        dst.push(b'+');
    }
    dst.extend_from_slice(exp.to_string().as_bytes());
}

/// %x: -0x1.yyyyyyyyp±ddd or -0x0p+0. (y is hex digit, d is decimal digit)
fn fmt_x(
    dst: &mut Vec<u8>,
    prec: i32,
    fmt: u8,
    neg: bool,
    mut mant: u64,
    mut exp: i32,
    mantbits: u32,
) {
    if mant == 0 {
        exp = 0;
    }
    // Shift digits so leading 1 (if any) is at bit 1<<60.
    mant <<= 60 - mantbits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    // Round if requested.
    if (0..15).contains(&prec) {
        let shift = prec as u32 * 4;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            // Wrapped around.
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if fmt == b'X' {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    if neg {
        dst.push(b'-');
    }
    dst.extend_from_slice(&[b'0', fmt, b'0' + ((mant >> 60) & 1) as u8]);
    mant <<= 4; // remove leading 0 or 1
    if prec < 0 && mant != 0 {
        dst.push(b'.');
        while mant != 0 {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        dst.push(b'.');
        for _ in 0..prec {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    dst.push(if fmt == b'x' { b'p' } else { b'P' });
    if exp < 0 {
        dst.push(b'-');
        exp = -exp;
    } else {
        dst.push(b'+');
    }
    let exp = exp as u32;
    if exp < 100 {
        dst.extend_from_slice(&[(exp / 10) as u8 + b'0', (exp % 10) as u8 + b'0']);
    } else if exp < 1000 {
        dst.extend_from_slice(&[
            (exp / 100) as u8 + b'0',
            (exp / 10 % 10) as u8 + b'0',
            (exp % 10) as u8 + b'0',
        ]);
    } else {
        dst.extend_from_slice(&[
            (exp / 1000) as u8 + b'0',
            (exp / 100 % 10) as u8 + b'0',
            (exp / 10 % 10) as u8 + b'0',
            (exp % 10) as u8 + b'0',
        ]);
    }
}
