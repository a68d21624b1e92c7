//! Formats of Go's builtin `print` / `println` (the runtime's `print*`
//! functions in `runtime/print.go`), which differ from `fmt`:
//! floats are always `+d.dddddde±ddd`, pointers/uintptr-like values are
//! `0x` hex, and `println` separates operands with spaces and ends with a
//! newline (the VM does the joining; these functions format one operand).
//!
//! Composite forms are trivial for the VM to assemble from these pieces:
//! slices print as `[len/cap]0xADDR`, interfaces as `(0xTYPE,0xDATA)`,
//! complex numbers as `(` re im `i)` using [`print_builtin_float`].

/// Go's runtime `printfloat`: 7 significant digits, exponent always three
/// digits with sign, e.g. `+1.500000e+000`, `-0.000000e+000`, `NaN`,
/// `+Inf`. Reproduces the runtime's (inexact) float arithmetic exactly.
pub fn print_builtin_float(v: f64) -> String {
    if v.is_nan() {
        return "NaN".to_string();
    }
    if v + v == v && v > 0.0 {
        return "+Inf".to_string();
    }
    if v + v == v && v < 0.0 {
        return "-Inf".to_string();
    }
    const N: usize = 7; // digits printed
    let mut buf = [0u8; N + 7];
    buf[0] = b'+';
    let mut e: i32 = 0;
    let mut v = v;
    if v == 0.0 {
        if v.is_sign_negative() {
            buf[0] = b'-';
        }
    } else {
        if v < 0.0 {
            v = -v;
            buf[0] = b'-';
        }
        // normalize
        while v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
        while v < 1.0 {
            e -= 1;
            v *= 10.0;
        }
        // round
        let mut h = 5.0;
        for _ in 0..N {
            h /= 10.0;
        }
        v += h;
        if v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
    }
    // format +d.dddd+edd
    for i in 0..N {
        let s = v as i64;
        buf[i + 2] = (s + i64::from(b'0')) as u8;
        v -= s as f64;
        v *= 10.0;
    }
    buf[1] = buf[2];
    buf[2] = b'.';
    buf[N + 2] = b'e';
    buf[N + 3] = b'+';
    if e < 0 {
        e = -e;
        buf[N + 3] = b'-';
    }
    buf[N + 4] = (e / 100) as u8 + b'0';
    buf[N + 5] = (e / 10 % 10) as u8 + b'0';
    buf[N + 6] = (e % 10) as u8 + b'0';
    String::from_utf8_lossy(&buf).into_owned()
}

/// Go's runtime `printint`.
pub fn print_builtin_int(v: i64) -> String {
    v.to_string()
}

/// Go's runtime `printuint`.
pub fn print_builtin_uint(v: u64) -> String {
    v.to_string()
}

/// Go's runtime `printbool`.
pub fn print_builtin_bool(v: bool) -> &'static str {
    if v { "true" } else { "false" }
}

/// Go's runtime `printhex` (pointers, `uintptr`, chans, maps, funcs):
/// `0x` followed by lowercase hex without padding, e.g. `0x0`, `0xc000012345`.
pub fn print_builtin_hex(v: u64) -> String {
    format!("{v:#x}")
}

/// Go's runtime `printslice`: `[len/cap]0xADDR`.
pub fn print_builtin_slice(len: usize, cap: usize, addr: u64) -> String {
    format!("[{len}/{cap}]{}", print_builtin_hex(addr))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_and_ints() {
        assert_eq!(print_builtin_hex(0), "0x0");
        assert_eq!(print_builtin_hex(0xc000012345), "0xc000012345");
        assert_eq!(print_builtin_int(i64::MIN), "-9223372036854775808");
        assert_eq!(print_builtin_uint(u64::MAX), "18446744073709551615");
        assert_eq!(print_builtin_bool(true), "true");
        assert_eq!(print_builtin_slice(2, 4, 0), "[2/4]0x0");
    }
}
