//! Natives of package `strings`: searching, splitting, joining, replacing, case
//! mapping and trimming over the bytes of Go strings (which need not be UTF-8:
//! invalid bytes decode as U+FFFD of width 1, as in Go).
//!
//! Results that are parts of an argument are substrings sharing its bytes.

use gotext::utf8::{RUNE_ERROR, decode_rune, push_rune, rune_count, valid_rune};
use minigo_vm::{Goroutine, Trap, Vm};

use crate::NativeTable;
use crate::unicode::{is_space, simple_fold, to_lower, to_title, to_upper};
use crate::util::{NResult, int, new_str, ref_slice, slice_words, substr, word};

pub const NATIVES: NativeTable = &[
    ("strings.Contains", contains),
    ("strings.ContainsAny", contains_any),
    ("strings.ContainsRune", contains_rune),
    ("strings.Count", count),
    ("strings.Index", index),
    ("strings.IndexAny", index_any),
    ("strings.IndexByte", index_byte),
    ("strings.IndexRune", index_rune),
    ("strings.LastIndex", last_index),
    ("strings.LastIndexAny", last_index_any),
    ("strings.LastIndexByte", last_index_byte),
    ("strings.HasPrefix", has_prefix),
    ("strings.HasSuffix", has_suffix),
    ("strings.Split", split),
    ("strings.SplitN", split_n),
    ("strings.SplitAfter", split_after),
    ("strings.SplitAfterN", split_after_n),
    ("strings.Fields", fields),
    ("strings.Join", join),
    ("strings.Replace", replace),
    ("strings.ReplaceAll", replace_all),
    ("strings.EqualFold", equal_fold),
    ("strings.ToLower", lower),
    ("strings.ToUpper", upper),
    ("strings.ToTitle", title),
    ("strings.Trim", trim),
    ("strings.TrimLeft", trim_left),
    ("strings.TrimRight", trim_right),
    ("strings.TrimSpace", trim_space),
    ("strings.TrimPrefix", trim_prefix),
    ("strings.TrimSuffix", trim_suffix),
    ("strings.repeat", repeat),
];

// ---- byte-level algorithms (pure, unit-tested) ----

/// Go's `strings.Index` on bytes.
pub fn find(h: &[u8], n: &[u8]) -> Option<usize> {
    match n.len() {
        0 => Some(0),
        1 => h.iter().position(|&b| b == n[0]),
        m if m > h.len() => None,
        m => {
            let first = n[0];
            let last = h.len() - m;
            let mut i = 0;
            while i <= last {
                match h[i..=last].iter().position(|&b| b == first) {
                    None => return None,
                    Some(k) => {
                        i += k;
                        if &h[i..i + m] == n {
                            return Some(i);
                        }
                        i += 1;
                    }
                }
            }
            None
        }
    }
}

/// Go's `strings.LastIndex` on bytes.
pub fn rfind(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(h.len());
    }
    if n.len() > h.len() {
        return None;
    }
    (0..=h.len() - n.len())
        .rev()
        .find(|&i| &h[i..i + n.len()] == n)
}

/// Go's `strings.Count` on bytes.
pub fn count_bytes(s: &[u8], sep: &[u8]) -> usize {
    if sep.is_empty() {
        return rune_count(s) + 1;
    }
    let mut n = 0;
    let mut i = 0;
    while let Some(k) = find(&s[i..], sep) {
        n += 1;
        i += k + sep.len();
    }
    n
}

/// Decodes the runes of `s` with their byte offsets and widths.
fn runes(s: &[u8]) -> impl Iterator<Item = (usize, i32, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        if i >= s.len() {
            return None;
        }
        let (r, w) = if s[i] < 0x80 {
            (i32::from(s[i]), 1)
        } else {
            decode_rune(&s[i..])
        };
        let at = i;
        i += w;
        Some((at, r, w))
    })
}

/// Go's `utf8.DecodeLastRune`.
pub fn decode_last_rune(p: &[u8]) -> (i32, usize) {
    let end = p.len();
    if end == 0 {
        return (RUNE_ERROR, 0);
    }
    let mut start = end - 1;
    if p[start] < 0x80 {
        return (i32::from(p[start]), 1);
    }
    let lim = end.saturating_sub(4);
    while start > lim {
        start -= 1;
        if p[start] & 0xC0 != 0x80 {
            break;
        }
    }
    let (r, size) = decode_rune(&p[start..end]);
    if start + size != end {
        return (RUNE_ERROR, 1);
    }
    (r, size)
}

/// Go's `strings.IndexRune` on bytes.
pub fn index_rune_bytes(s: &[u8], r: i64) -> Option<usize> {
    if (0..0x80).contains(&r) {
        return s.iter().position(|&b| i64::from(b) == r);
    }
    if r == i64::from(RUNE_ERROR) {
        return runes(s)
            .find(|&(_, c, _)| c == RUNE_ERROR)
            .map(|(i, _, _)| i);
    }
    let Ok(r32) = i32::try_from(r) else {
        return None;
    };
    if !valid_rune(r32) {
        return None;
    }
    let mut enc = Vec::with_capacity(4);
    push_rune(&mut enc, r32);
    find(s, &enc)
}

/// Go's `strings.IndexAny` on bytes.
pub fn index_any_bytes(s: &[u8], chars: &[u8]) -> Option<usize> {
    if chars.is_empty() {
        return None;
    }
    runes(s)
        .find(|&(_, c, _)| index_rune_bytes(chars, i64::from(c)).is_some())
        .map(|(i, _, _)| i)
}

/// Go's `strings.LastIndexAny` on bytes.
pub fn last_index_any_bytes(s: &[u8], chars: &[u8]) -> Option<usize> {
    if chars.is_empty() {
        return None;
    }
    let mut i = s.len();
    while i > 0 {
        let (r, size) = decode_last_rune(&s[..i]);
        i -= size;
        if index_rune_bytes(chars, i64::from(r)).is_some() {
            return Some(i);
        }
    }
    None
}

/// Go's `genSplit`: the `(start, end)` byte ranges of the parts.
pub fn split_ranges(s: &[u8], sep: &[u8], sep_save: usize, n: i64) -> Option<Vec<(usize, usize)>> {
    if n == 0 {
        return None;
    }
    if sep.is_empty() {
        // explode
        let l = rune_count(s) as i64;
        let n = if n < 0 || n > l { l } else { n } as usize;
        let mut out = Vec::with_capacity(n);
        let mut i = 0;
        for _ in 0..n.saturating_sub(1) {
            let (_, size) = decode_rune(&s[i..]);
            out.push((i, i + size));
            i += size;
        }
        if n > 0 {
            out.push((i, s.len()));
        }
        return Some(out);
    }
    let mut n = if n < 0 {
        count_bytes(s, sep) as i64 + 1
    } else {
        n
    };
    if n > s.len() as i64 + 1 {
        n = s.len() as i64 + 1;
    }
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < n - 1 {
        let Some(m) = find(&s[start..], sep) else {
            break;
        };
        out.push((start, start + m + sep_save));
        start += m + sep.len();
        i += 1;
    }
    out.push((start, s.len()));
    Some(out)
}

/// Go's `strings.Fields` on bytes: the ranges between runs of white space.
pub fn field_ranges(s: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, r, _) in runes(s) {
        if is_space(r) {
            if let Some(st) = start.take() {
                out.push((st, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        out.push((st, s.len()));
    }
    out
}

/// Go's `strings.Replace` on bytes (`None`: the result is `s` itself).
pub fn replace_bytes(s: &[u8], old: &[u8], new: &[u8], n: i64) -> Option<Vec<u8>> {
    if old == new || n == 0 {
        return None;
    }
    let m = count_bytes(s, old);
    if m == 0 {
        return None;
    }
    let n = if n < 0 || (m as i64) < n {
        m
    } else {
        n as usize
    };
    let mut b = Vec::with_capacity(s.len() + n * new.len().saturating_sub(old.len()));
    let mut start = 0;
    for i in 0..n {
        let mut j = start;
        if old.is_empty() {
            if i > 0 {
                let (_, wid) = decode_rune(&s[start..]);
                j += wid;
            }
        } else {
            j += find(&s[start..], old).unwrap_or(0);
        }
        b.extend_from_slice(&s[start..j]);
        b.extend_from_slice(new);
        start = j + old.len();
    }
    b.extend_from_slice(&s[start.min(s.len())..]);
    Some(b)
}

/// Maps every rune of `s` with `f` (Go's `strings.Map` with a total mapping):
/// `None` if nothing changes. Invalid bytes become U+FFFD.
pub fn map_runes(s: &[u8], f: impl Fn(i32) -> i32) -> Option<Vec<u8>> {
    let mut out: Option<Vec<u8>> = None;
    for (i, r, w) in runes(s) {
        let m = f(r);
        match &mut out {
            None => {
                if m == r && !(r == RUNE_ERROR && w == 1) {
                    continue;
                }
                let mut b = Vec::with_capacity(s.len() + 4);
                b.extend_from_slice(&s[..i]);
                push_rune(&mut b, m);
                out = Some(b);
            }
            Some(b) => push_rune(b, m),
        }
    }
    out
}

/// Go's `strings.EqualFold` on bytes.
pub fn equal_fold_bytes(s: &[u8], t: &[u8]) -> bool {
    let (mut s, mut t) = (s, t);
    let mut i = 0;
    let mut unicode = false;
    while i < s.len() && i < t.len() {
        let (mut sr, mut tr) = (s[i], t[i]);
        if (sr | tr) >= 0x80 {
            unicode = true;
            break;
        }
        i += 1;
        if tr == sr {
            continue;
        }
        if tr < sr {
            std::mem::swap(&mut tr, &mut sr);
        }
        if sr.is_ascii_uppercase() && tr == sr + b'a' - b'A' {
            continue;
        }
        return false;
    }
    if !unicode {
        return s.len() == t.len();
    }
    s = &s[i..];
    t = &t[i..];
    for (_, sr0, _) in runes(s) {
        if t.is_empty() {
            return false;
        }
        let (tr0, size) = if t[0] < 0x80 {
            (i32::from(t[0]), 1)
        } else {
            decode_rune(t)
        };
        t = &t[size..];
        let (mut sr, mut tr) = (sr0, tr0);
        if tr == sr {
            continue;
        }
        if tr < sr {
            std::mem::swap(&mut tr, &mut sr);
        }
        if tr < 0x80 {
            if (i32::from(b'A')..=i32::from(b'Z')).contains(&sr) && tr == sr + 32 {
                continue;
            }
            return false;
        }
        let mut r = simple_fold(sr);
        while r != sr && r < tr {
            r = simple_fold(r);
        }
        if r == tr {
            continue;
        }
        return false;
    }
    t.is_empty()
}

/// Start of `s` after removing leading runes satisfying `pred`.
pub fn trim_left_by(s: &[u8], pred: impl Fn(i32) -> bool) -> usize {
    for (i, r, _) in runes(s) {
        if !pred(r) {
            return i;
        }
    }
    s.len()
}

/// End of `s` after removing trailing runes satisfying `pred`.
pub fn trim_right_by(s: &[u8], pred: impl Fn(i32) -> bool) -> usize {
    let mut end = s.len();
    while end > 0 {
        let (r, size) = if s[end - 1] < 0x80 {
            (i32::from(s[end - 1]), 1)
        } else {
            decode_last_rune(&s[..end])
        };
        if !pred(r) {
            break;
        }
        end -= size;
    }
    end
}

fn in_cutset(cutset: &[u8]) -> impl Fn(i32) -> bool + '_ {
    move |r| index_rune_bytes(cutset, i64::from(r)).is_some()
}

// ---- natives ----

fn str_arg(vm: &Vm, w: u64) -> &[u8] {
    vm.heap.str(w)
}

fn opt_index(i: Option<usize>) -> u64 {
    int(i.map_or(-1, |i| i as i64))
}

fn contains(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = word(find(str_arg(vm, a[0]), str_arg(vm, a[1])).is_some());
    Ok(())
}

fn contains_any(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = word(index_any_bytes(str_arg(vm, a[0]), str_arg(vm, a[1])).is_some());
    Ok(())
}

fn contains_rune(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = word(index_rune_bytes(str_arg(vm, a[0]), a[1] as i64).is_some());
    Ok(())
}

fn count(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = count_bytes(str_arg(vm, a[0]), str_arg(vm, a[1])) as u64;
    Ok(())
}

fn index(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = opt_index(find(str_arg(vm, a[0]), str_arg(vm, a[1])));
    Ok(())
}

fn index_any(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = opt_index(index_any_bytes(str_arg(vm, a[0]), str_arg(vm, a[1])));
    Ok(())
}

fn index_byte(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let c = a[1] as u8;
    r[0] = opt_index(str_arg(vm, a[0]).iter().position(|&b| b == c));
    Ok(())
}

fn index_rune(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = opt_index(index_rune_bytes(str_arg(vm, a[0]), a[1] as i64));
    Ok(())
}

fn last_index(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = opt_index(rfind(str_arg(vm, a[0]), str_arg(vm, a[1])));
    Ok(())
}

fn last_index_any(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = opt_index(last_index_any_bytes(str_arg(vm, a[0]), str_arg(vm, a[1])));
    Ok(())
}

fn last_index_byte(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let c = a[1] as u8;
    r[0] = opt_index(str_arg(vm, a[0]).iter().rposition(|&b| b == c));
    Ok(())
}

fn has_prefix(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = word(str_arg(vm, a[0]).starts_with(str_arg(vm, a[1])));
    Ok(())
}

fn has_suffix(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = word(str_arg(vm, a[0]).ends_with(str_arg(vm, a[1])));
    Ok(())
}

fn parts_slice(vm: &Vm, s: u64, ranges: Option<Vec<(usize, usize)>>) -> u64 {
    match ranges {
        None => 0,
        Some(rs) => {
            let parts: Vec<u64> = rs.iter().map(|&(lo, hi)| substr(vm, s, lo, hi)).collect();
            ref_slice(vm, &parts, false)
        }
    }
}

fn gen_split(vm: &Vm, a: &[u64], sep_save: bool, n: i64) -> u64 {
    let (s, sep) = (str_arg(vm, a[0]), str_arg(vm, a[1]));
    let save = if sep_save { sep.len() } else { 0 };
    let ranges = split_ranges(s, sep, save, n);
    parts_slice(vm, a[0], ranges)
}

fn split(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = gen_split(vm, a, false, -1);
    Ok(())
}

fn split_n(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = gen_split(vm, a, false, a[2] as i64);
    Ok(())
}

fn split_after(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = gen_split(vm, a, true, -1);
    Ok(())
}

fn split_after_n(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = gen_split(vm, a, true, a[2] as i64);
    Ok(())
}

fn fields(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let ranges = field_ranges(str_arg(vm, a[0]));
    r[0] = parts_slice(vm, a[0], Some(ranges));
    Ok(())
}

fn join(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let elems = slice_words(vm, a[0]);
    r[0] = match elems.len() {
        0 => 0,
        1 => elems[0],
        _ => {
            let sep = str_arg(vm, a[1]);
            let mut out = Vec::new();
            for (i, &e) in elems.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(sep);
                }
                out.extend_from_slice(str_arg(vm, e));
            }
            new_str(vm, &out)
        }
    };
    Ok(())
}

fn do_replace(vm: &Vm, a: &[u64], n: i64) -> u64 {
    match replace_bytes(str_arg(vm, a[0]), str_arg(vm, a[1]), str_arg(vm, a[2]), n) {
        None => a[0],
        Some(b) => new_str(vm, &b),
    }
}

fn replace(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = do_replace(vm, a, a[3] as i64);
    Ok(())
}

fn replace_all(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = do_replace(vm, a, -1);
    Ok(())
}

fn equal_fold(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = word(equal_fold_bytes(str_arg(vm, a[0]), str_arg(vm, a[1])));
    Ok(())
}

fn case_map(vm: &Vm, s: u64, f: fn(i32) -> i32) -> u64 {
    match map_runes(str_arg(vm, s), f) {
        None => s,
        Some(b) => new_str(vm, &b),
    }
}

fn lower(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = case_map(vm, a[0], to_lower);
    Ok(())
}

fn upper(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = case_map(vm, a[0], to_upper);
    Ok(())
}

fn title(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = case_map(vm, a[0], to_title);
    Ok(())
}

fn trim(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let (s, cut) = (str_arg(vm, a[0]), str_arg(vm, a[1]));
    if s.is_empty() || cut.is_empty() {
        r[0] = a[0];
        return Ok(());
    }
    let end = trim_right_by(s, in_cutset(cut));
    let start = trim_left_by(&s[..end], in_cutset(cut));
    r[0] = substr(vm, a[0], start, end);
    Ok(())
}

fn trim_left(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let (s, cut) = (str_arg(vm, a[0]), str_arg(vm, a[1]));
    if s.is_empty() || cut.is_empty() {
        r[0] = a[0];
        return Ok(());
    }
    let start = trim_left_by(s, in_cutset(cut));
    r[0] = substr(vm, a[0], start, s.len());
    Ok(())
}

fn trim_right(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let (s, cut) = (str_arg(vm, a[0]), str_arg(vm, a[1]));
    if s.is_empty() || cut.is_empty() {
        r[0] = a[0];
        return Ok(());
    }
    let end = trim_right_by(s, in_cutset(cut));
    r[0] = substr(vm, a[0], 0, end);
    Ok(())
}

fn trim_space(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let s = str_arg(vm, a[0]);
    let start = trim_left_by(s, is_space);
    let end = start + trim_right_by(&s[start..], is_space);
    r[0] = substr(vm, a[0], start, end);
    Ok(())
}

fn trim_prefix(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let (s, p) = (str_arg(vm, a[0]), str_arg(vm, a[1]));
    r[0] = if s.starts_with(p) {
        substr(vm, a[0], p.len(), s.len())
    } else {
        a[0]
    };
    Ok(())
}

fn trim_suffix(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let (s, p) = (str_arg(vm, a[0]), str_arg(vm, a[1]));
    r[0] = if s.ends_with(p) {
        substr(vm, a[0], 0, s.len() - p.len())
    } else {
        a[0]
    };
    Ok(())
}

/// The largest string `strings.Repeat` builds (Go's `makeslice` limit is similar).
const MAX_REPEAT_BYTES: u128 = 1 << 40;

fn repeat(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let s = str_arg(vm, a[0]);
    let count = a[1] as i64;
    if count <= 0 || s.is_empty() {
        r[0] = 0;
        return Ok(());
    }
    let total = s.len() as u128 * count as u128;
    if total > MAX_REPEAT_BYTES {
        return Err(Trap::Runtime("makeslice: len out of range".into()));
    }
    let mut out = Vec::new();
    if out.try_reserve_exact(total as usize).is_err() {
        return Err(Trap::Fatal("fatal error: runtime: out of memory".into()));
    }
    for _ in 0..count {
        out.extend_from_slice(s);
    }
    r[0] = new_str(vm, &out);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts<'a>(s: &'a str, sep: &str, save: usize, n: i64) -> Option<Vec<&'a str>> {
        split_ranges(s.as_bytes(), sep.as_bytes(), save, n)
            .map(|v| v.iter().map(|&(a, b)| &s[a..b]).collect())
    }

    #[test]
    fn searching() {
        assert_eq!(find(b"chicken", b"ken"), Some(4));
        assert_eq!(find(b"chicken", b"dmr"), None);
        assert_eq!(find(b"abc", b""), Some(0));
        assert_eq!(find(b"aab", b"ab"), Some(1));
        assert_eq!(rfind(b"go gopher", b"go"), Some(3));
        assert_eq!(rfind(b"go", b""), Some(2));
        assert_eq!(count_bytes(b"cheese", b"e"), 3);
        assert_eq!(count_bytes("five".as_bytes(), b""), 5);
        assert_eq!(count_bytes(b"aaaa", b"aa"), 2);
        assert_eq!(index_rune_bytes("chicken".as_bytes(), 'k' as i64), Some(4));
        assert_eq!(index_rune_bytes("a\u{FFFD}b".as_bytes(), 0xFFFD), Some(1));
        assert_eq!(index_rune_bytes(b"a\xffb", 0xFFFD), Some(1));
        assert_eq!(index_rune_bytes(b"abc", 0xD800), None);
        assert_eq!(index_any_bytes("golang".as_bytes(), b"y"), None);
        assert_eq!(index_any_bytes("chicken".as_bytes(), b"kmr"), Some(4));
        assert_eq!(last_index_any_bytes("go gopher".as_bytes(), b"go"), Some(4));
    }

    #[test]
    fn splitting() {
        assert_eq!(parts("a,b,c", ",", 0, -1), Some(vec!["a", "b", "c"]));
        assert_eq!(
            parts("a man a plan", "a ", 0, -1),
            Some(vec!["", "man ", "plan"])
        );
        assert_eq!(
            parts(" xyz ", "", 0, -1),
            Some(vec![" ", "x", "y", "z", " "])
        );
        assert_eq!(parts("", "Bernardo", 0, -1), Some(vec![""]));
        assert_eq!(parts("a,b,c,d", ",", 0, 2), Some(vec!["a", "b,c,d"]));
        assert_eq!(parts("a,b,c", ",", 0, 0), None);
        assert_eq!(parts("a,b,c", ",", 1, -1), Some(vec!["a,", "b,", "c"]));
        assert_eq!(parts("", "", 0, -1), Some(vec![]));
        let s = "  foo bar\u{2003}baz\t ";
        let f: Vec<&str> = field_ranges(s.as_bytes())
            .iter()
            .map(|&(a, b)| &s[a..b])
            .collect();
        assert_eq!(f, vec!["foo", "bar", "baz"]);
        assert!(field_ranges(b"   ").is_empty());
    }

    #[test]
    fn replacing_and_mapping() {
        let r = |s: &str, o: &str, n: &str, k: i64| {
            replace_bytes(s.as_bytes(), o.as_bytes(), n.as_bytes(), k)
                .map(|v| String::from_utf8(v).unwrap())
        };
        assert_eq!(
            r("oink oink oink", "k", "ky", 2).as_deref(),
            Some("oinky oinky oink")
        );
        assert_eq!(
            r("oink oink oink", "oink", "moo", -1).as_deref(),
            Some("moo moo moo")
        );
        assert_eq!(r("abc", "", "-", -1).as_deref(), Some("-a-b-c-"));
        assert_eq!(r("héllo", "", "|", 3).as_deref(), Some("|h|é|llo"));
        assert_eq!(r("abc", "x", "y", -1), None);
        assert_eq!(map_runes(b"abc", to_upper).as_deref(), Some(&b"ABC"[..]));
        assert_eq!(map_runes(b"ABC", to_upper), None);
        assert_eq!(
            map_runes(b"a\xffB", to_upper).as_deref(),
            Some("A\u{FFFD}B".as_bytes())
        );
        assert_eq!(
            map_runes("ǅ straße".as_bytes(), to_upper).as_deref(),
            Some("Ǆ STRAßE".as_bytes())
        );
    }

    #[test]
    fn folding_and_trimming() {
        assert!(equal_fold_bytes(b"Go", b"GO"));
        assert!(equal_fold_bytes("σ".as_bytes(), "Σ".as_bytes()));
        assert!(equal_fold_bytes("ς".as_bytes(), "Σ".as_bytes()));
        assert!(equal_fold_bytes("k".as_bytes(), "\u{212A}".as_bytes()));
        assert!(!equal_fold_bytes(b"Go", b"Gopher"));
        assert!(!equal_fold_bytes("ß".as_bytes(), b"ss"));
        let s = "¡¡¡Hello, Gophers!!!".as_bytes();
        let cut = "!¡".as_bytes();
        let end = trim_right_by(s, in_cutset(cut));
        let start = trim_left_by(&s[..end], in_cutset(cut));
        assert_eq!(&s[start..end], b"Hello, Gophers");
        let s = "\t\n Hello \u{3000}\r".as_bytes();
        let start = trim_left_by(s, is_space);
        let end = start + trim_right_by(&s[start..], is_space);
        assert_eq!(&s[start..end], b"Hello");
        assert_eq!(decode_last_rune("aé".as_bytes()), (0xE9, 2));
        assert_eq!(decode_last_rune(b"a\xa9"), (RUNE_ERROR, 1));
        assert_eq!(decode_last_rune(b""), (RUNE_ERROR, 0));
    }
}
