//! Natives of package `unicode/utf8`: decoding, counting and validation over
//! `[]byte` and `string` values (gotext's exact ports of Go's decoder).

use gotext::utf8::{RUNE_ERROR, decode_rune, rune_count};
use minigo_vm::{Goroutine, Vm};

use crate::NativeTable;
use crate::strings::decode_last_rune;
use crate::util::{NResult, word};

pub const NATIVES: NativeTable = &[
    ("unicode/utf8.DecodeRune", decode_bytes),
    ("unicode/utf8.DecodeRuneInString", decode_str),
    ("unicode/utf8.DecodeLastRune", decode_last_bytes),
    ("unicode/utf8.DecodeLastRuneInString", decode_last_str),
    ("unicode/utf8.RuneCount", count_bytes),
    ("unicode/utf8.RuneCountInString", count_str),
    ("unicode/utf8.Valid", valid_bytes),
    ("unicode/utf8.ValidString", valid_str),
    ("unicode/utf8.FullRune", full_bytes),
    ("unicode/utf8.FullRuneInString", full_str),
];

/// Go's `utf8.Valid`.
pub fn valid(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        if s[i] < 0x80 {
            i += 1;
            continue;
        }
        let (r, w) = decode_rune(&s[i..]);
        if r == RUNE_ERROR && w == 1 {
            return false;
        }
        i += w;
    }
    true
}

/// Go's `utf8.FullRune`: whether `p` begins with a full encoding (or an invalid one).
pub fn full_rune(p: &[u8]) -> bool {
    let Some(&b0) = p.first() else { return false };
    let (need, lo, hi) = match b0 {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => (1, 0, 0),
    };
    let n = p.len();
    if n >= need {
        return true;
    }
    if n > 1 && (p[1] < lo || hi < p[1]) {
        return true;
    }
    n > 2 && !(0x80..=0xBF).contains(&p[2])
}

fn pair(r: &mut [u64], (rn, w): (i32, usize)) {
    r[0] = i64::from(rn) as u64;
    r[1] = w as u64;
}

fn decode_bytes(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let (b, off, len) = vm.slice_parts(a[0]);
    let head: Vec<u8> = (0..len.min(4))
        .map(|k| minigo_vm::values::load_elem(&vm.heap, b, off + k) as u8)
        .collect();
    pair(r, decode_rune(&head));
    Ok(())
}

fn decode_str(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    pair(r, decode_rune(vm.heap.str(a[0])));
    Ok(())
}

fn decode_last_bytes(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let bytes = vm.slice_bytes(a[0]);
    pair(r, decode_last_rune(&bytes));
    Ok(())
}

fn decode_last_str(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    pair(r, decode_last_rune(vm.heap.str(a[0])));
    Ok(())
}

fn count_bytes(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = rune_count(&vm.slice_bytes(a[0])) as u64;
    Ok(())
}

fn count_str(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = rune_count(vm.heap.str(a[0])) as u64;
    Ok(())
}

fn valid_bytes(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = word(valid(&vm.slice_bytes(a[0])));
    Ok(())
}

fn valid_str(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = word(valid(vm.heap.str(a[0])));
    Ok(())
}

fn full_bytes(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let (b, off, len) = vm.slice_parts(a[0]);
    let head: Vec<u8> = (0..len.min(4))
        .map(|k| minigo_vm::values::load_elem(&vm.heap, b, off + k) as u8)
        .collect();
    r[0] = word(full_rune(&head));
    Ok(())
}

fn full_str(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = word(full_rune(vm.heap.str(a[0])));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validity_and_fullness() {
        assert!(valid("héllo, 世界".as_bytes()));
        assert!(valid("\u{FFFD}".as_bytes()));
        assert!(!valid(b"a\xffb"));
        assert!(!valid(b"\xed\xa0\x80"));
        assert!(full_rune(b"a"));
        assert!(!full_rune(b"\xe4\xb8"));
        assert!(full_rune(b"\xe4\xb8\x96"));
        assert!(full_rune(b"\xff"));
        assert!(full_rune(b"\xe0\x80"));
        assert!(!full_rune(b""));
    }
}
