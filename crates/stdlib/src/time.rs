//! Natives of package `time`: the clocks behind `time.Now` (wall time since the Unix
//! epoch and a monotonic reading since the program started). Everything else about
//! `Time` and `Duration` is written in Go (`go/time.go`).

use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use minigo_vm::{Goroutine, Vm};

use crate::NativeTable;
use crate::util::NResult;

pub const NATIVES: NativeTable = &[("time.now", now)];

/// The process's monotonic time origin (Go's `runtimeNano` counts from process start).
fn origin() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

/// `now() (wall int64, mono int64)`: nanoseconds since the Unix epoch, and monotonic
/// nanoseconds since the program started (at least 1, so a Time from `Now` always
/// carries a monotonic reading).
fn now(_: &mut Vm, _: &mut Goroutine, _: &[u64], r: &mut [u64]) -> NResult {
    let wall = match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i64,
        Err(e) => -(e.duration().as_nanos() as i64),
    };
    let mono = origin().elapsed().as_nanos() as i64 + 1;
    r[0] = wall as u64;
    r[1] = mono as u64;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_monotonic_clock_starts_at_one_and_never_goes_back() {
        let a = super::origin().elapsed();
        let b = super::origin().elapsed();
        assert!(b >= a);
    }
}
