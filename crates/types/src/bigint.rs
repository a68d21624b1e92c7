//! A small arbitrary-precision signed integer, enough for Go's untyped constant
//! arithmetic (Go requires at least 256 bits; the checker caps at 512 like gc).

use std::cmp::Ordering;

/// Sign-magnitude integer; `mag` is little-endian base 2^32 without trailing zeros.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub(crate) struct BigInt {
    neg: bool,
    mag: Vec<u32>,
}

fn trim(v: &mut Vec<u32>) {
    while v.last() == Some(&0) {
        v.pop();
    }
}

fn cmp_mag(a: &[u32], b: &[u32]) -> Ordering {
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for i in (0..a.len()).rev() {
        match a[i].cmp(&b[i]) {
            Ordering::Equal => {}
            o => return o,
        }
    }
    Ordering::Equal
}

fn add_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let n = a.len().max(b.len());
    let mut r = Vec::with_capacity(n + 1);
    let mut carry = 0u64;
    for i in 0..n {
        let s = *a.get(i).unwrap_or(&0) as u64 + *b.get(i).unwrap_or(&0) as u64 + carry;
        r.push(s as u32);
        carry = s >> 32;
    }
    if carry > 0 {
        r.push(carry as u32);
    }
    trim(&mut r);
    r
}

/// `a - b` with `a >= b`.
fn sub_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut r = Vec::with_capacity(a.len());
    let mut borrow = 0i64;
    for (i, &ai) in a.iter().enumerate() {
        let mut d = ai as i64 - *b.get(i).unwrap_or(&0) as i64 - borrow;
        if d < 0 {
            d += 1 << 32;
            borrow = 1;
        } else {
            borrow = 0;
        }
        r.push(d as u32);
    }
    trim(&mut r);
    r
}

fn mul_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    if a.is_empty() || b.is_empty() {
        return vec![];
    }
    let mut r = vec![0u32; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        let mut carry = 0u64;
        for (j, &y) in b.iter().enumerate() {
            let t = x as u64 * y as u64 + r[i + j] as u64 + carry;
            r[i + j] = t as u32;
            carry = t >> 32;
        }
        let mut k = i + b.len();
        while carry > 0 && k < r.len() {
            let t = r[k] as u64 + carry;
            r[k] = t as u32;
            carry = t >> 32;
            k += 1;
        }
    }
    trim(&mut r);
    r
}

fn bitlen_mag(a: &[u32]) -> u64 {
    match a.last() {
        None => 0,
        Some(&top) => (a.len() as u64 - 1) * 32 + (32 - top.leading_zeros() as u64),
    }
}

fn shl_mag(a: &[u32], n: u64) -> Vec<u32> {
    if a.is_empty() {
        return vec![];
    }
    let words = (n / 32) as usize;
    let bits = (n % 32) as u32;
    let mut r = vec![0u32; words];
    let mut carry = 0u32;
    for &x in a {
        if bits == 0 {
            r.push(x);
        } else {
            r.push((x << bits) | carry);
            carry = x >> (32 - bits);
        }
    }
    if carry > 0 {
        r.push(carry);
    }
    trim(&mut r);
    r
}

fn shr_mag(a: &[u32], n: u64) -> Vec<u32> {
    let words = (n / 32) as usize;
    if words >= a.len() {
        return vec![];
    }
    let bits = (n % 32) as u32;
    let mut r = Vec::with_capacity(a.len() - words);
    for i in words..a.len() {
        let lo = a[i] >> bits;
        let hi = if bits == 0 {
            0
        } else {
            a.get(i + 1).map_or(0, |&h| h << (32 - bits))
        };
        r.push(lo | hi);
    }
    trim(&mut r);
    r
}

fn bit(a: &[u32], i: u64) -> bool {
    let w = (i / 32) as usize;
    w < a.len() && (a[w] >> (i % 32)) & 1 == 1
}

/// Quotient and remainder of magnitudes (`b` non-empty).
fn divrem_mag(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    if cmp_mag(a, b) == Ordering::Less {
        return (vec![], a.to_vec());
    }
    if b.len() == 1 {
        let d = b[0] as u64;
        let mut q = vec![0u32; a.len()];
        let mut rem = 0u64;
        for i in (0..a.len()).rev() {
            let cur = (rem << 32) | a[i] as u64;
            q[i] = (cur / d) as u32;
            rem = cur % d;
        }
        trim(&mut q);
        let mut r = vec![rem as u32];
        trim(&mut r);
        return (q, r);
    }
    // Binary long division: fine for the few hundred bits constants have.
    let n = bitlen_mag(a);
    let mut q = vec![0u32; a.len()];
    let mut r: Vec<u32> = vec![];
    for i in (0..n).rev() {
        r = shl_mag(&r, 1);
        if bit(a, i) {
            if r.is_empty() {
                r.push(1);
            } else {
                r[0] |= 1;
            }
        }
        if cmp_mag(&r, b) != Ordering::Less {
            r = sub_mag(&r, b);
            q[(i / 32) as usize] |= 1 << (i % 32);
        }
    }
    trim(&mut q);
    (q, r)
}

impl BigInt {
    pub fn zero() -> BigInt {
        BigInt::default()
    }

    fn from_parts(neg: bool, mut mag: Vec<u32>) -> BigInt {
        trim(&mut mag);
        let neg = neg && !mag.is_empty();
        BigInt { neg, mag }
    }

    pub fn from_u128(v: u128) -> BigInt {
        let mut mag = vec![];
        let mut v = v;
        while v > 0 {
            mag.push(v as u32);
            v >>= 32;
        }
        BigInt { neg: false, mag }
    }

    pub fn from_i128(v: i128) -> BigInt {
        let b = BigInt::from_u128(v.unsigned_abs());
        BigInt::from_parts(v < 0, b.mag)
    }

    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    pub fn is_neg(&self) -> bool {
        self.neg
    }

    /// Number of bits of the magnitude.
    pub fn bit_len(&self) -> u64 {
        bitlen_mag(&self.mag)
    }

    pub fn abs(&self) -> BigInt {
        BigInt {
            neg: false,
            mag: self.mag.clone(),
        }
    }

    pub fn neg(&self) -> BigInt {
        BigInt::from_parts(!self.neg, self.mag.clone())
    }

    pub fn add(&self, o: &BigInt) -> BigInt {
        if self.neg == o.neg {
            return BigInt::from_parts(self.neg, add_mag(&self.mag, &o.mag));
        }
        match cmp_mag(&self.mag, &o.mag) {
            Ordering::Less => BigInt::from_parts(o.neg, sub_mag(&o.mag, &self.mag)),
            _ => BigInt::from_parts(self.neg, sub_mag(&self.mag, &o.mag)),
        }
    }

    pub fn sub(&self, o: &BigInt) -> BigInt {
        self.add(&o.neg())
    }

    pub fn mul(&self, o: &BigInt) -> BigInt {
        BigInt::from_parts(self.neg != o.neg, mul_mag(&self.mag, &o.mag))
    }

    /// Truncated division and remainder (Go's `/` and `%`); `None` when dividing by zero.
    pub fn divrem(&self, o: &BigInt) -> Option<(BigInt, BigInt)> {
        if o.is_zero() {
            return None;
        }
        let (q, r) = divrem_mag(&self.mag, &o.mag);
        Some((
            BigInt::from_parts(self.neg != o.neg, q),
            BigInt::from_parts(self.neg, r),
        ))
    }

    pub fn shl(&self, n: u64) -> BigInt {
        BigInt::from_parts(self.neg, shl_mag(&self.mag, n))
    }

    /// Arithmetic shift right (rounds toward negative infinity).
    pub fn shr(&self, n: u64) -> BigInt {
        if !self.neg {
            return BigInt::from_parts(false, shr_mag(&self.mag, n));
        }
        // -((|a| - 1) >> n) - 1
        let one = BigInt::from_u128(1);
        let m = self.abs().sub(&one);
        BigInt::from_parts(false, shr_mag(&m.mag, n))
            .add(&one)
            .neg()
    }

    pub fn cmp(&self, o: &BigInt) -> Ordering {
        match (self.neg, o.neg) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => cmp_mag(&self.mag, &o.mag),
            (true, true) => cmp_mag(&o.mag, &self.mag),
        }
    }

    /// Two's complement words (little-endian) of length `n`.
    fn twos(&self, n: usize) -> Vec<u32> {
        let mut w = self.mag.clone();
        w.resize(n, 0);
        if self.neg {
            let mut carry = 1u64;
            for x in w.iter_mut() {
                let t = (!*x) as u64 + carry;
                *x = t as u32;
                carry = t >> 32;
            }
        }
        w
    }

    fn from_twos(mut w: Vec<u32>) -> BigInt {
        let neg = w.last().is_some_and(|&t| t & 0x8000_0000 != 0);
        if neg {
            let mut carry = 1u64;
            for x in w.iter_mut() {
                let t = (!*x) as u64 + carry;
                *x = t as u32;
                carry = t >> 32;
            }
        }
        BigInt::from_parts(neg, w)
    }

    /// Bitwise operation on the infinite two's complement representations.
    pub fn bitop(&self, o: &BigInt, f: impl Fn(u32, u32) -> u32) -> BigInt {
        let n = self.mag.len().max(o.mag.len()) + 1;
        let a = self.twos(n);
        let b = o.twos(n);
        BigInt::from_twos(a.iter().zip(&b).map(|(&x, &y)| f(x, y)).collect())
    }

    pub fn not(&self) -> BigInt {
        // ^x = -x - 1
        self.neg().sub(&BigInt::from_u128(1))
    }

    pub fn to_i128(&self) -> Option<i128> {
        if self.bit_len() > 128 {
            return None;
        }
        let mut v: u128 = 0;
        for &w in self.mag.iter().rev() {
            v = (v << 32) | w as u128;
        }
        if self.neg {
            if v <= i128::MAX as u128 + 1 {
                Some((v as i128).wrapping_neg())
            } else {
                None
            }
        } else if v <= i128::MAX as u128 {
            Some(v as i128)
        } else {
            None
        }
    }

    pub fn to_u128(&self) -> Option<u128> {
        if self.neg || self.bit_len() > 128 {
            return None;
        }
        let mut v: u128 = 0;
        for &w in self.mag.iter().rev() {
            v = (v << 32) | w as u128;
        }
        Some(v)
    }

    /// The nearest `f64` (correctly rounded).
    pub fn to_f64(&self) -> f64 {
        ratio_to_f64(self, &BigInt::from_u128(1))
    }

    /// Parses digits in `radix` (underscores already removed).
    pub fn parse(digits: &str, radix: u32) -> Option<BigInt> {
        if digits.is_empty() {
            return None;
        }
        let mut r = BigInt::zero();
        let rb = BigInt::from_u128(radix as u128);
        for c in digits.chars() {
            let d = c.to_digit(radix)?;
            r = r.mul(&rb).add(&BigInt::from_u128(d as u128));
        }
        Some(r)
    }

    pub fn to_decimal(&self) -> String {
        if self.is_zero() {
            return "0".into();
        }
        let mut parts = vec![];
        let mut m = self.mag.clone();
        let billion = [1_000_000_000u32];
        while !m.is_empty() {
            let (q, r) = divrem_mag(&m, &billion);
            parts.push(r.first().copied().unwrap_or(0));
            m = q;
        }
        let mut s = String::new();
        if self.neg {
            s.push('-');
        }
        s.push_str(&parts.last().copied().unwrap_or(0).to_string());
        for p in parts.iter().rev().skip(1) {
            s.push_str(&format!("{p:09}"));
        }
        s
    }

    pub fn pow10(n: u32) -> BigInt {
        let mut r = BigInt::from_u128(1);
        let ten = BigInt::from_u128(10);
        for _ in 0..n {
            r = r.mul(&ten);
        }
        r
    }

    pub fn gcd(a: &BigInt, b: &BigInt) -> BigInt {
        let mut a = a.abs();
        let mut b = b.abs();
        while !b.is_zero() {
            let r = a.divrem(&b).map(|(_, r)| r).unwrap_or_default();
            a = b;
            b = r;
        }
        a
    }
}

/// Correctly rounded `num / den` (den > 0).
pub(crate) fn ratio_to_f64(num: &BigInt, den: &BigInt) -> f64 {
    if num.is_zero() || den.is_zero() {
        return 0.0;
    }
    let nb = num.bit_len() as i64;
    let db = den.bit_len() as i64;
    // Scale so that the quotient has at least 66 bits.
    let k = 66 - (nb - db);
    let (n, d) = if k >= 0 {
        (num.abs().shl(k as u64), den.clone())
    } else {
        (num.abs(), den.shl((-k) as u64))
    };
    let Some((q, r)) = n.divrem(&d) else {
        return 0.0;
    };
    let sticky = !r.is_zero();
    let Some(q) = q.to_u128() else {
        return f64::INFINITY;
    };
    let qbits = 128 - q.leading_zeros() as i64;
    let shift = qbits - 53;
    let mut m = q >> shift;
    let rest = q & ((1u128 << shift) - 1);
    let half = 1u128 << (shift - 1);
    if rest > half || (rest == half && (sticky || m & 1 == 1)) {
        m += 1;
    }
    let exp = shift - k;
    let mut v = m as f64;
    // v * 2^exp, in steps to avoid intermediate overflow/underflow.
    let mut e = exp;
    while e > 0 {
        let s = e.min(1000);
        v *= 2f64.powi(s as i32);
        e -= s;
    }
    while e < 0 {
        let s = (-e).min(1000);
        v /= 2f64.powi(s as i32);
        e += s;
    }
    if num.is_neg() { -v } else { v }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arithmetic() {
        let a = BigInt::from_i128(1).shl(200);
        let b = a.mul(&a).divrem(&a).unwrap().0;
        assert_eq!(a, b);
        assert_eq!(
            BigInt::from_i128(-7)
                .divrem(&BigInt::from_i128(2))
                .unwrap()
                .0
                .to_i128(),
            Some(-3)
        );
        assert_eq!(
            BigInt::from_i128(-7)
                .divrem(&BigInt::from_i128(2))
                .unwrap()
                .1
                .to_i128(),
            Some(-1)
        );
        assert_eq!(BigInt::from_i128(-16).shr(2).to_i128(), Some(-4));
        assert_eq!(BigInt::from_i128(-1).shr(63).to_i128(), Some(-1));
        assert_eq!(
            BigInt::from_i128(-5)
                .bitop(&BigInt::from_i128(3), |x, y| x & y)
                .to_i128(),
            Some(-5 & 3)
        );
        assert_eq!(
            BigInt::from_i128(12345678901234567890).to_decimal(),
            "12345678901234567890"
        );
        assert_eq!(BigInt::from_i128(i128::MIN).to_i128(), Some(i128::MIN));
        assert_eq!(
            ratio_to_f64(&BigInt::from_i128(1), &BigInt::from_i128(10)),
            0.1
        );
        assert_eq!(
            ratio_to_f64(&BigInt::from_i128(3), &BigInt::from_i128(10)),
            0.3
        );
        assert_eq!(BigInt::from_i128(1).shl(100).to_f64(), 2f64.powi(100));
        assert_eq!(BigInt::parse("ff", 16).unwrap().to_i128(), Some(255));
    }
}
