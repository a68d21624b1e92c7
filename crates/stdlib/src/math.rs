//! Natives of package `math`. Functions that are exact in IEEE arithmetic use
//! Rust's operations; the others are the bit-exact ports of [`crate::gomath`].

use minigo_vm::{Goroutine, Vm};

use crate::NativeTable;
use crate::gomath as gm;
use crate::util::{NResult, word};

pub const NATIVES: NativeTable = &[
    ("math.Sqrt", sqrt),
    ("math.Pow", pow),
    ("math.Pow10", pow10),
    ("math.Exp", exp),
    ("math.Exp2", exp2),
    ("math.Expm1", expm1),
    ("math.Log", log),
    ("math.Log2", log2),
    ("math.Log10", log10),
    ("math.Log1p", log1p),
    ("math.Sin", sin),
    ("math.Cos", cos),
    ("math.Tan", tan),
    ("math.Asin", asin),
    ("math.Acos", acos),
    ("math.Atan", atan),
    ("math.Atan2", atan2),
    ("math.Sinh", sinh),
    ("math.Cosh", cosh),
    ("math.Tanh", tanh),
    ("math.Cbrt", cbrt),
    ("math.Hypot", hypot),
    ("math.Abs", abs),
    ("math.Floor", floor),
    ("math.Ceil", ceil),
    ("math.Trunc", trunc),
    ("math.Round", round),
    ("math.RoundToEven", round_even),
    ("math.Mod", fmod),
    ("math.Remainder", remainder),
    ("math.Max", max),
    ("math.Min", min),
    ("math.Dim", dim),
    ("math.Copysign", copysign),
    ("math.Signbit", signbit),
    ("math.Frexp", frexp),
    ("math.Ldexp", ldexp),
    ("math.Modf", modf),
    ("math.FMA", fma),
    ("math.Nextafter", nextafter),
    ("math.Float64bits", identity),
    ("math.Float64frombits", identity),
    ("math.Float32bits", f32bits),
    ("math.Float32frombits", f32frombits),
];

fn f(w: u64) -> f64 {
    f64::from_bits(w)
}

macro_rules! unary {
    ($($name:ident => $e:expr),* $(,)?) => {$(
        fn $name(_: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
            let g: fn(f64) -> f64 = $e;
            r[0] = g(f(a[0])).to_bits();
            Ok(())
        }
    )*};
}

macro_rules! binary {
    ($($name:ident => $e:expr),* $(,)?) => {$(
        fn $name(_: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
            let g: fn(f64, f64) -> f64 = $e;
            r[0] = g(f(a[0]), f(a[1])).to_bits();
            Ok(())
        }
    )*};
}

unary! {
    sqrt => f64::sqrt, exp => gm::exp, exp2 => gm::exp2, expm1 => gm::expm1, log => gm::log, log2 => gm::log2,
    log10 => gm::log10, log1p => gm::log1p, sin => gm::sin, cos => gm::cos, tan => gm::tan, asin => gm::asin,
    acos => gm::acos, atan => gm::atan, sinh => gm::sinh, cosh => gm::cosh, tanh => gm::tanh, cbrt => gm::cbrt,
    abs => f64::abs, floor => f64::floor, ceil => f64::ceil, trunc => f64::trunc, round => f64::round,
    round_even => f64::round_ties_even,
}

binary! {
    pow => gm::pow, atan2 => gm::atan2, hypot => gm::hypot, fmod => gm::fmod, remainder => gm::remainder,
    max => gm::max, min => gm::min, dim => gm::dim, copysign => f64::copysign, nextafter => next_after,
}

/// `math.Pow10`.
pub fn pow10_of(n: i64) -> f64 {
    if (0..=308).contains(&n) {
        // Exactly as Go: a table product of two exact powers.
        let (hi, lo) = (n / 32, n % 32);
        return POW10_POS32[hi as usize] * POW10_TAB[lo as usize];
    }
    if (-323..=0).contains(&n) {
        let m = -n;
        let (hi, lo) = (m / 32, m % 32);
        return POW10_NEG32[hi as usize] / POW10_TAB[lo as usize];
    }
    if n > 0 { f64::INFINITY } else { 0.0 }
}

const POW10_TAB: [f64; 32] = [
    1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31,
];
const POW10_POS32: [f64; 10] = [
    1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288,
];
const POW10_NEG32: [f64; 11] = [
    1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320,
];

fn pow10(_: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = pow10_of(a[0] as i64).to_bits();
    Ok(())
}

/// `math.Nextafter`.
pub fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return gm::nan();
    }
    if x == y {
        return x;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    if (y > x) == (x > 0.0) {
        f64::from_bits(x.to_bits() + 1)
    } else {
        f64::from_bits(x.to_bits() - 1)
    }
}

fn signbit(_: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = word(a[0] >> 63 == 1);
    Ok(())
}

fn frexp(_: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let (fr, e) = gm::frexp(f(a[0]));
    r[0] = fr.to_bits();
    r[1] = e as u64;
    Ok(())
}

fn ldexp(_: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = gm::ldexp(f(a[0]), a[1] as i64).to_bits();
    Ok(())
}

fn modf(_: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let (i, fr) = gm::modf(f(a[0]));
    r[0] = i.to_bits();
    r[1] = fr.to_bits();
    Ok(())
}

fn fma(_: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = f(a[0]).mul_add(f(a[1]), f(a[2])).to_bits();
    Ok(())
}

fn identity(_: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = a[0];
    Ok(())
}

fn f32bits(_: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = u64::from((f(a[0]) as f32).to_bits());
    Ok(())
}

fn f32frombits(_: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = f64::from(f32::from_bits(a[0] as u32)).to_bits();
    Ok(())
}
