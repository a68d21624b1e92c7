//! Natives of package `unicode`: Go's predicates and simple case mappings over the
//! Unicode 15.0.0 tables of [`crate::unicode_tables`] (Go 1.21/1.22's version).
//!
//! Definitions follow Go's `unicode` package: `IsLetter` is category L, `IsDigit`
//! Nd, `IsNumber` N, `IsPunct` P, `IsSymbol` S, `IsMark` M, `IsUpper` Lu, `IsLower`
//! Ll, `IsTitle` Lt; `IsSpace` is the Latin-1 spaces plus the White_Space property;
//! `IsControl` only the C0/C1 controls; `IsPrint` L, M, N, P, S and U+0020;
//! `IsGraphic` adds Zs.

use minigo_vm::{Goroutine, Vm};

use crate::NativeTable;
use crate::unicode_tables::{CASE_ORBIT, CASES, CATEGORIES, CATEGORY_NAMES};
use crate::util::{NResult, word};

pub const NATIVES: NativeTable = &[
    ("unicode.IsLetter", n_is_letter),
    ("unicode.IsDigit", n_is_digit),
    ("unicode.IsNumber", n_is_number),
    ("unicode.IsSpace", n_is_space),
    ("unicode.IsUpper", n_is_upper),
    ("unicode.IsLower", n_is_lower),
    ("unicode.IsTitle", n_is_title),
    ("unicode.IsPunct", n_is_punct),
    ("unicode.IsSymbol", n_is_symbol),
    ("unicode.IsMark", n_is_mark),
    ("unicode.IsControl", n_is_control),
    ("unicode.IsPrint", n_is_print),
    ("unicode.IsGraphic", n_is_graphic),
    ("unicode.ToUpper", n_to_upper),
    ("unicode.ToLower", n_to_lower),
    ("unicode.ToTitle", n_to_title),
    ("unicode.SimpleFold", n_simple_fold),
];

const MAX_RUNE: i32 = 0x10FFFF;

/// The two-letter general category of `r` (`""` for unassigned code points).
pub fn category(r: i32) -> &'static str {
    let Ok(r) = u32::try_from(r) else { return "" };
    let i = CATEGORIES.partition_point(|&(_, hi, _)| hi < r);
    match CATEGORIES.get(i) {
        Some(&(lo, _, c)) if lo <= r => CATEGORY_NAMES[c as usize],
        _ => "",
    }
}

fn major(r: i32) -> u8 {
    category(r).bytes().next().unwrap_or(0)
}

pub fn is_letter(r: i32) -> bool {
    if (0..0x80).contains(&r) {
        return (r as u8).is_ascii_alphabetic();
    }
    major(r) == b'L'
}

pub fn is_digit(r: i32) -> bool {
    if (0..0x80).contains(&r) {
        return (r as u8).is_ascii_digit();
    }
    category(r) == "Nd"
}

pub fn is_number(r: i32) -> bool {
    major(r) == b'N'
}

pub fn is_space(r: i32) -> bool {
    matches!(r, 0x09..=0x0D | 0x20 | 0x85 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000)
}

pub fn is_upper(r: i32) -> bool {
    category(r) == "Lu"
}

pub fn is_lower(r: i32) -> bool {
    category(r) == "Ll"
}

pub fn is_title(r: i32) -> bool {
    category(r) == "Lt"
}

pub fn is_punct(r: i32) -> bool {
    major(r) == b'P'
}

pub fn is_symbol(r: i32) -> bool {
    major(r) == b'S'
}

pub fn is_mark(r: i32) -> bool {
    major(r) == b'M'
}

pub fn is_control(r: i32) -> bool {
    matches!(r, 0x00..=0x1F | 0x7F..=0x9F)
}

pub fn is_print(r: i32) -> bool {
    r == 0x20 || matches!(major(r), b'L' | b'M' | b'N' | b'P' | b'S')
}

pub fn is_graphic(r: i32) -> bool {
    matches!(major(r), b'L' | b'M' | b'N' | b'P' | b'S') || category(r) == "Zs"
}

fn case_entry(r: i32) -> Option<&'static (u32, u32, u32, u32)> {
    let r = u32::try_from(r).ok()?;
    CASES
        .binary_search_by_key(&r, |e| e.0)
        .ok()
        .map(|i| &CASES[i])
}

fn pick(r: i32, m: u32) -> i32 {
    if m == 0 { r } else { m as i32 }
}

/// Go's `unicode.ToUpper`.
pub fn to_upper(r: i32) -> i32 {
    if (0..0x80).contains(&r) {
        return i32::from((r as u8).to_ascii_uppercase());
    }
    case_entry(r).map_or(r, |e| pick(r, e.1))
}

/// Go's `unicode.ToLower`.
pub fn to_lower(r: i32) -> i32 {
    if (0..0x80).contains(&r) {
        return i32::from((r as u8).to_ascii_lowercase());
    }
    case_entry(r).map_or(r, |e| pick(r, e.2))
}

/// Go's `unicode.ToTitle`.
pub fn to_title(r: i32) -> i32 {
    if (0..0x80).contains(&r) {
        return i32::from((r as u8).to_ascii_uppercase());
    }
    case_entry(r).map_or(r, |e| pick(r, e.3))
}

/// Go's `unicode.SimpleFold`.
pub fn simple_fold(r: i32) -> i32 {
    if !(0..=MAX_RUNE).contains(&r) {
        return r;
    }
    if let Ok(i) = CASE_ORBIT.binary_search_by_key(&(r as u32), |e| e.0) {
        return CASE_ORBIT[i].1 as i32;
    }
    let l = to_lower(r);
    if l != r {
        return l;
    }
    to_upper(r)
}

/// A rune argument (an `int32` word) as `i32`.
fn rune(w: u64) -> i32 {
    w as i64 as i32
}

macro_rules! predicate {
    ($($name:ident => $f:ident),* $(,)?) => {$(
        fn $name(_: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
            r[0] = word($f(rune(a[0])));
            Ok(())
        }
    )*};
}

macro_rules! mapping {
    ($($name:ident => $f:ident),* $(,)?) => {$(
        fn $name(_: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
            r[0] = $f(rune(a[0])) as i64 as u64;
            Ok(())
        }
    )*};
}

predicate! {
    n_is_letter => is_letter, n_is_digit => is_digit, n_is_number => is_number, n_is_space => is_space,
    n_is_upper => is_upper, n_is_lower => is_lower, n_is_title => is_title, n_is_punct => is_punct,
    n_is_symbol => is_symbol, n_is_mark => is_mark, n_is_control => is_control, n_is_print => is_print,
    n_is_graphic => is_graphic,
}

mapping! {
    n_to_upper => to_upper, n_to_lower => to_lower, n_to_title => to_title, n_simple_fold => simple_fold,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn predicates() {
        assert!(is_letter('a' as i32) && is_letter('é' as i32) && is_letter('世' as i32));
        assert!(!is_letter('1' as i32) && !is_letter(' ' as i32) && !is_letter(-1));
        assert!(is_digit('7' as i32) && is_digit('٣' as i32) && !is_digit('Ⅷ' as i32));
        assert!(is_number('Ⅷ' as i32) && is_number('½' as i32));
        assert!(
            is_space('\u{85}' as i32)
                && is_space('\u{3000}' as i32)
                && !is_space('\u{200B}' as i32)
        );
        assert!(is_upper('A' as i32) && is_upper('Ω' as i32) && !is_upper('ǅ' as i32));
        assert!(is_title('ǅ' as i32) && is_lower('ß' as i32));
        assert!(
            is_punct('!' as i32)
                && !is_punct('+' as i32)
                && is_symbol('+' as i32)
                && is_symbol('€' as i32)
        );
        assert!(
            is_mark('\u{301}' as i32) && is_control('\n' as i32) && !is_control('\u{200E}' as i32)
        );
        assert!(is_print(' ' as i32) && !is_print('\u{A0}' as i32) && is_graphic('\u{A0}' as i32));
        assert_eq!(category(0x10FFFF + 1), "");
        assert_eq!(category('\u{E000}' as i32), "Co");
    }

    #[test]
    fn case_mapping() {
        assert_eq!(to_upper('a' as i32), 'A' as i32);
        assert_eq!(to_upper('ß' as i32), 'ß' as i32);
        assert_eq!(to_upper('ǆ' as i32), 'Ǆ' as i32);
        assert_eq!(to_title('ǆ' as i32), 'ǅ' as i32);
        assert_eq!(to_lower('İ' as i32), 'i' as i32);
        assert_eq!(to_upper(-5), -5);
        assert_eq!(simple_fold('A' as i32), 'a' as i32);
        assert_eq!(simple_fold('a' as i32), 'A' as i32);
        assert_eq!(simple_fold('K' as i32), 'k' as i32);
        assert_eq!(simple_fold('k' as i32), 0x212A);
        assert_eq!(simple_fold(0x212A), 'K' as i32);
        assert_eq!(simple_fold('1' as i32), '1' as i32);
        assert_eq!(simple_fold(-2), -2);
    }
}
