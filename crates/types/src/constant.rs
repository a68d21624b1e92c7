//! Exact constant values used while checking (`go/constant` in miniature).
//!
//! Integers are arbitrary precision ([`BigInt`], capped at 512 bits like gc), untyped
//! floats are exact rationals when they come from literals of moderate size and `f64`
//! otherwise. [`CVal::to_const_value`] converts to the public [`ConstValue`].

use std::cmp::Ordering;

use minigo_syntax::ast::BinaryOp;

use crate::bigint::{BigInt, ratio_to_f64};
use crate::objects::ConstValue;
use crate::ty::Basic;

/// Longest string constant the checker builds (a defence against exponential
/// concatenation in hostile programs).
pub(crate) const MAX_CONST_STRING: usize = 1 << 24;

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum CVal {
    Bool(bool),
    Str(Vec<u8>),
    Int(BigInt),
    /// An exact rational `num/den` with `den > 0`, in lowest terms.
    Rat(BigInt, BigInt),
    Float(f64),
}

/// Why a constant is not representable in a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ReprError {
    Overflow,
    Truncated,
    Invalid,
}

pub(crate) fn make_rat(num: BigInt, den: BigInt) -> CVal {
    if den.is_zero() {
        return CVal::Float(f64::NAN);
    }
    let (num, den) = if den.is_neg() {
        (num.neg(), den.neg())
    } else {
        (num, den)
    };
    // Keep exact arithmetic cheap: very large rationals degrade to f64 (like Go's floatVal).
    if num.bit_len() > 1024 || den.bit_len() > 1024 {
        return CVal::Float(ratio_to_f64(&num, &den));
    }
    let g = BigInt::gcd(&num, &den);
    if g.is_zero() || g == BigInt::from_i128(1) {
        return CVal::Rat(num, den);
    }
    let n = num.divrem(&g).map(|x| x.0).unwrap_or_default();
    let d = den.divrem(&g).map(|x| x.0).unwrap_or_default();
    CVal::Rat(n, d)
}

/// Exact value of a finite f64 as a rational.
fn f64_to_rat(f: f64) -> Option<(BigInt, BigInt)> {
    if !f.is_finite() {
        return None;
    }
    if f == 0.0 {
        return Some((BigInt::zero(), BigInt::from_i128(1)));
    }
    let bits = f.to_bits();
    let neg = bits >> 63 == 1;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    let mut num = BigInt::from_i128(m as i128);
    if neg {
        num = num.neg();
    }
    if e >= 0 {
        Some((num.shl(e as u64), BigInt::from_i128(1)))
    } else {
        let den = BigInt::from_i128(1).shl((-e) as u64);
        match make_rat(num, den) {
            CVal::Rat(n, d) => Some((n, d)),
            _ => None,
        }
    }
}

pub(crate) fn parse_int_lit(s: &str) -> Option<BigInt> {
    // Anything this long is far beyond the 512-bit limit; don't spend time on it.
    if s.len() > 1000 {
        return None;
    }
    let s: String = s.chars().filter(|&c| c != '_').collect();
    let b = s.as_bytes();
    if b.len() > 1 && b[0] == b'0' {
        match b[1] {
            b'x' | b'X' => return BigInt::parse(&s[2..], 16),
            b'b' | b'B' => return BigInt::parse(&s[2..], 2),
            b'o' | b'O' => return BigInt::parse(&s[2..], 8),
            _ => return BigInt::parse(&s[1..], 8),
        }
    }
    BigInt::parse(&s, 10)
}

pub(crate) fn parse_float_lit(s: &str) -> Option<CVal> {
    if s.len() > 1000 {
        return s.replace('_', "").parse::<f64>().ok().map(CVal::Float);
    }
    let s: String = s.chars().filter(|&c| c != '_').collect();
    let lower = s.to_ascii_lowercase();
    if let Some(hex) = lower.strip_prefix("0x") {
        let (mant, exp) = match hex.split_once('p') {
            Some((m, e)) => (m, e.parse::<i64>().ok()?),
            None => (hex, 0),
        };
        let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
        let digits = format!("{ip}{fp}");
        let num = if digits.is_empty() {
            BigInt::zero()
        } else {
            BigInt::parse(&digits, 16)?
        };
        let e2 = exp - 4 * fp.len() as i64;
        if e2.abs() > 2000 {
            return Some(CVal::Float(
                ratio_to_f64(&num, &BigInt::from_i128(1)) * 2f64.powi(e2 as i32),
            ));
        }
        return Some(if e2 >= 0 {
            make_rat(num.shl(e2 as u64), BigInt::from_i128(1))
        } else {
            make_rat(num, BigInt::from_i128(1).shl((-e2) as u64))
        });
    }
    let (mant, exp) = match lower.split_once('e') {
        Some((m, e)) => (m, e.parse::<i64>().ok()?),
        None => (lower.as_str(), 0),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{ip}{fp}");
    let num = if digits.is_empty() {
        BigInt::zero()
    } else {
        BigInt::parse(&digits, 10)?
    };
    let e10 = exp - fp.len() as i64;
    if e10.abs() > 400 {
        return Some(CVal::Float(s.parse::<f64>().ok()?));
    }
    Some(if e10 >= 0 {
        make_rat(num.mul(&BigInt::pow10(e10 as u32)), BigInt::from_i128(1))
    } else {
        make_rat(num, BigInt::pow10((-e10) as u32))
    })
}

impl CVal {
    pub fn int(v: i128) -> CVal {
        CVal::Int(BigInt::from_i128(v))
    }

    pub fn from_const_value(v: &ConstValue) -> CVal {
        match v {
            ConstValue::Bool(b) => CVal::Bool(*b),
            ConstValue::Int(i) => CVal::int(*i),
            ConstValue::Float(f) => CVal::Float(*f),
            ConstValue::String(s) => CVal::Str(s.clone()),
        }
    }

    pub fn is_numeric(&self) -> bool {
        matches!(self, CVal::Int(_) | CVal::Rat(..) | CVal::Float(_))
    }

    pub fn to_f64(&self) -> f64 {
        match self {
            CVal::Int(i) => i.to_f64(),
            CVal::Rat(n, d) => ratio_to_f64(n, d),
            CVal::Float(f) => *f,
            _ => 0.0,
        }
    }

    fn to_rat(&self) -> Option<(BigInt, BigInt)> {
        match self {
            CVal::Int(i) => Some((i.clone(), BigInt::from_i128(1))),
            CVal::Rat(n, d) => Some((n.clone(), d.clone())),
            CVal::Float(f) => f64_to_rat(*f),
            _ => None,
        }
    }

    /// The exact integer value, if the constant is a whole number.
    pub fn as_integer(&self) -> Option<BigInt> {
        match self {
            CVal::Int(i) => Some(i.clone()),
            CVal::Rat(n, d) => {
                let (q, r) = n.divrem(d)?;
                r.is_zero().then_some(q)
            }
            CVal::Float(f) => {
                if f.is_finite() && f.fract() == 0.0 {
                    let (n, d) = f64_to_rat(*f)?;
                    let (q, r) = n.divrem(&d)?;
                    r.is_zero().then_some(q)
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    pub fn as_i128(&self) -> Option<i128> {
        self.as_integer()?.to_i128()
    }

    pub fn is_zero(&self) -> bool {
        match self {
            CVal::Int(i) => i.is_zero(),
            CVal::Rat(n, _) => n.is_zero(),
            CVal::Float(f) => *f == 0.0,
            _ => false,
        }
    }

    /// Converts to a float-kinded value (exact when possible).
    pub fn to_float(&self) -> CVal {
        match self {
            CVal::Int(i) => CVal::Rat(i.clone(), BigInt::from_i128(1)),
            v => v.clone(),
        }
    }

    /// Converts to the public representation for a value of basic type `b`.
    pub fn to_const_value(&self, b: Basic) -> ConstValue {
        match self {
            CVal::Bool(v) => ConstValue::Bool(*v),
            CVal::Str(s) => ConstValue::String(s.clone()),
            v if b.is_float() => ConstValue::Float(match b {
                Basic::Float32 => v.to_f64() as f32 as f64,
                _ => v.to_f64(),
            }),
            v => match v.as_integer() {
                Some(i) => ConstValue::Int(i.to_i128().unwrap_or(if i.is_neg() {
                    i128::MIN
                } else {
                    i128::MAX
                })),
                None => ConstValue::Float(v.to_f64()),
            },
        }
    }

    /// Go's `constant.Value.String()` (used in error messages).
    pub fn go_string(&self) -> String {
        match self {
            CVal::Bool(b) => b.to_string(),
            CVal::Str(s) => {
                let q = go_quote(s);
                if q.chars().count() > 72 {
                    let mut t: String = q.chars().take(69).collect();
                    t.push_str("...");
                    t
                } else {
                    q
                }
            }
            CVal::Int(i) => i.to_decimal(),
            CVal::Rat(..) | CVal::Float(_) => {
                if let Some(i) = self.as_integer()
                    && i.bit_len() < 64
                {
                    return i.to_decimal();
                }
                let f = self.to_f64();
                let s = format_g(f, Some(6));
                if f.fract() != 0.0 && !s.contains('.') && !s.contains('e') {
                    format_g(f, None)
                } else {
                    s
                }
            }
        }
    }
}

/// Go's `%.Ng` (`prec = Some(N)`) or `%g` (`None`, shortest) formatting of a float.
pub(crate) fn format_g(f: f64, prec: Option<usize>) -> String {
    if f.is_infinite() {
        return if f > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    if f.is_nan() {
        return "NaN".into();
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    let e = match prec {
        Some(p) => format!("{:.*e}", p.saturating_sub(1), f),
        None => format!("{f:e}"),
    };
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    let nd = digits.len() as i32;
    let eprec = match prec {
        Some(p) if p as i32 > nd && nd > exp => nd,
        Some(p) => p as i32,
        None => 6,
    };
    let mut s = String::new();
    if neg {
        s.push('-');
    }
    if exp < -4 || exp >= eprec {
        s.push_str(&digits[..1]);
        if digits.len() > 1 {
            s.push('.');
            s.push_str(&digits[1..]);
        }
        s.push('e');
        s.push(if exp < 0 { '-' } else { '+' });
        s.push_str(&format!("{:02}", exp.abs()));
    } else if exp < 0 {
        s.push_str("0.");
        for _ in 0..(-exp - 1) {
            s.push('0');
        }
        s.push_str(digits);
    } else {
        let int_len = (exp + 1) as usize;
        if digits.len() <= int_len {
            s.push_str(digits);
            for _ in digits.len()..int_len {
                s.push('0');
            }
        } else {
            s.push_str(&digits[..int_len]);
            s.push('.');
            s.push_str(&digits[int_len..]);
        }
    }
    s
}

/// Go's `strconv.Quote` of a byte string.
pub(crate) fn go_quote(s: &[u8]) -> String {
    let mut out = String::from("\"");
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        let (ch, len) = match std::str::from_utf8(&rest[..rest.len().min(4)]) {
            Ok(t) => (t.chars().next(), t.chars().next().map_or(1, char::len_utf8)),
            Err(e) if e.valid_up_to() > 0 => {
                let t = std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or("");
                (t.chars().next(), t.chars().next().map_or(1, char::len_utf8))
            }
            Err(_) => (None, 1),
        };
        match ch {
            None => out.push_str(&format!("\\x{:02x}", s[i])),
            Some(c) => out.push_str(&quote_char(c, '"')),
        }
        i += len;
    }
    out.push('"');
    out
}

pub(crate) fn quote_char(c: char, q: char) -> String {
    match c {
        '\x07' => "\\a".into(),
        '\x08' => "\\b".into(),
        '\x0c' => "\\f".into(),
        '\n' => "\\n".into(),
        '\r' => "\\r".into(),
        '\t' => "\\t".into(),
        '\x0b' => "\\v".into(),
        '\\' => "\\\\".into(),
        c if c == q => format!("\\{c}"),
        c if (c as u32) < 0x20 || c as u32 == 0x7f => format!("\\x{:02x}", c as u32),
        c if c.is_control() => {
            if (c as u32) < 0x10000 {
                format!("\\u{:04x}", c as u32)
            } else {
                format!("\\U{:08x}", c as u32)
            }
        }
        c => c.to_string(),
    }
}

/// Go's quoting of a rune literal (`'a'`, `'\n'`).
pub(crate) fn quote_rune(r: u32) -> String {
    match char::from_u32(r) {
        Some(c) => format!("'{}'", quote_char(c, '\'')),
        None => format!("'\\x{:02x}'", r),
    }
}

fn num_binop(op: BinaryOp, a: &CVal, b: &CVal, int_div: bool) -> Option<CVal> {
    use BinaryOp::*;
    if let (CVal::Int(x), CVal::Int(y)) = (a, b) {
        return Some(match op {
            Add => CVal::Int(x.add(y)),
            Sub => CVal::Int(x.sub(y)),
            Mul => CVal::Int(x.mul(y)),
            Div if int_div => CVal::Int(x.divrem(y)?.0),
            Div => make_rat(x.clone(), y.clone()),
            Rem => CVal::Int(x.divrem(y)?.1),
            And => CVal::Int(x.bitop(y, |p, q| p & q)),
            Or => CVal::Int(x.bitop(y, |p, q| p | q)),
            Xor => CVal::Int(x.bitop(y, |p, q| p ^ q)),
            AndNot => CVal::Int(x.bitop(y, |p, q| p & !q)),
            _ => return None,
        });
    }
    if let (Some((an, ad)), Some((bn, bd))) = (a.to_rat(), b.to_rat())
        && !matches!(a, CVal::Float(_))
        && !matches!(b, CVal::Float(_))
    {
        return Some(match op {
            Add => make_rat(an.mul(&bd).add(&bn.mul(&ad)), ad.mul(&bd)),
            Sub => make_rat(an.mul(&bd).sub(&bn.mul(&ad)), ad.mul(&bd)),
            Mul => make_rat(an.mul(&bn), ad.mul(&bd)),
            Div => {
                if bn.is_zero() {
                    return None;
                }
                make_rat(an.mul(&bd), ad.mul(&bn))
            }
            _ => return None,
        });
    }
    let (x, y) = (a.to_f64(), b.to_f64());
    Some(CVal::Float(match op {
        Add => x + y,
        Sub => x - y,
        Mul => x * y,
        Div => x / y,
        _ => return None,
    }))
}

/// Evaluates a constant binary operation (not comparisons or shifts). `int_div` selects
/// truncated integer division. Division by zero must be checked by the caller.
pub(crate) fn binary_op(op: BinaryOp, a: &CVal, b: &CVal, int_div: bool) -> Option<CVal> {
    match (a, b) {
        (CVal::Bool(x), CVal::Bool(y)) => match op {
            BinaryOp::LogAnd => Some(CVal::Bool(*x && *y)),
            BinaryOp::LogOr => Some(CVal::Bool(*x || *y)),
            _ => None,
        },
        (CVal::Str(x), CVal::Str(y)) if op == BinaryOp::Add => {
            if x.len() + y.len() > MAX_CONST_STRING {
                return None;
            }
            let mut s = x.clone();
            s.extend_from_slice(y);
            Some(CVal::Str(s))
        }
        _ if a.is_numeric() && b.is_numeric() => num_binop(op, a, b, int_div),
        _ => None,
    }
}

pub(crate) fn compare(op: BinaryOp, a: &CVal, b: &CVal) -> Option<bool> {
    let ord = match (a, b) {
        (CVal::Bool(x), CVal::Bool(y)) => {
            return match op {
                BinaryOp::Eq => Some(x == y),
                BinaryOp::Ne => Some(x != y),
                _ => None,
            };
        }
        (CVal::Str(x), CVal::Str(y)) => x.cmp(y),
        (CVal::Int(x), CVal::Int(y)) => x.cmp(y),
        _ if a.is_numeric() && b.is_numeric() => match (a.to_rat(), b.to_rat()) {
            (Some((an, ad)), Some((bn, bd))) => an.mul(&bd).cmp(&bn.mul(&ad)),
            _ => a.to_f64().partial_cmp(&b.to_f64())?,
        },
        _ => return None,
    };
    Some(match op {
        BinaryOp::Eq => ord == Ordering::Equal,
        BinaryOp::Ne => ord != Ordering::Equal,
        BinaryOp::Lt => ord == Ordering::Less,
        BinaryOp::Le => ord != Ordering::Greater,
        BinaryOp::Gt => ord == Ordering::Greater,
        BinaryOp::Ge => ord != Ordering::Less,
        _ => return None,
    })
}

/// Converts an exact value to the set of values of basic type `b`: checks
/// representability and rounds floats.
pub(crate) fn represent(v: &CVal, b: Basic) -> Result<CVal, ReprError> {
    use Basic::*;
    match b {
        Bool | UntypedBool => match v {
            CVal::Bool(_) => Ok(v.clone()),
            _ => Err(ReprError::Invalid),
        },
        String | UntypedString => match v {
            CVal::Str(_) => Ok(v.clone()),
            _ => Err(ReprError::Invalid),
        },
        UntypedNil => Err(ReprError::Invalid),
        _ if !v.is_numeric() => Err(ReprError::Invalid),
        UntypedFloat => Ok(v.to_float()),
        Float32 | Float64 => {
            let f = v.to_f64();
            let r = if b == Float32 { f as f32 as f64 } else { f };
            if r.is_infinite() || f.is_nan() {
                return Err(ReprError::Overflow);
            }
            Ok(CVal::Float(r))
        }
        _ => {
            let Some(i) = v.as_integer() else {
                return Err(ReprError::Truncated);
            };
            if matches!(b, UntypedInt | UntypedRune) {
                return Ok(CVal::Int(i));
            }
            let bits = b.int_bits().unwrap_or(64);
            let ok = if b.is_unsigned() {
                !i.is_neg() && i.bit_len() <= bits as u64
            } else {
                let lim = BigInt::from_i128(1).shl(bits as u64 - 1);
                i.cmp(&lim) == Ordering::Less && i.cmp(&lim.neg()) != Ordering::Less
            };
            if ok {
                Ok(CVal::Int(i))
            } else {
                Err(ReprError::Overflow)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_and_formatting() {
        assert_eq!(parse_int_lit("0x_FF").unwrap().to_i128(), Some(255));
        assert_eq!(parse_int_lit("017").unwrap().to_i128(), Some(15));
        assert_eq!(parse_int_lit("0b101").unwrap().to_i128(), Some(5));
        assert_eq!(parse_float_lit("1.5").unwrap().to_f64(), 1.5);
        assert_eq!(parse_float_lit("0x1p-2").unwrap().to_f64(), 0.25);
        assert_eq!(parse_float_lit("1e9").unwrap().go_string(), "1000000000");
        assert_eq!(parse_float_lit("2.0").unwrap().go_string(), "2");
        assert_eq!(parse_float_lit("1.5").unwrap().go_string(), "1.5");
        assert_eq!(format_g(1e21, Some(6)), "1e+21");
        assert_eq!(format_g(0.0001, Some(6)), "0.0001");
        assert_eq!(format_g(0.00001, Some(6)), "1e-05");
        assert_eq!(format_g(123456789.0, Some(6)), "1.23457e+08");
        let a = parse_float_lit("0.1").unwrap();
        let b = parse_float_lit("0.2").unwrap();
        let c = parse_float_lit("0.3").unwrap();
        let s = binary_op(BinaryOp::Add, &a, &b, false).unwrap();
        assert_eq!(compare(BinaryOp::Eq, &s, &c), Some(true));
        assert_eq!(go_quote(b"a\n\xff"), "\"a\\n\\xff\"");
        assert_eq!(
            represent(&CVal::int(300), Basic::Uint8),
            Err(ReprError::Overflow)
        );
        assert_eq!(
            represent(&CVal::int(-128), Basic::Int8),
            Ok(CVal::int(-128))
        );
        assert_eq!(
            represent(&parse_float_lit("2.5").unwrap(), Basic::Int),
            Err(ReprError::Truncated)
        );
    }
}
