//! Natives of package `os`: the command-line arguments, `Exit`, writing to the
//! standard streams (standard output goes through the VM's buffer; standard error
//! is written directly, after flushing standard output so that the order of the
//! two streams is kept) and reading standard input.

use std::io::{Read, Write};

use minigo_vm::vm::store_elem;
use minigo_vm::{Goroutine, Trap, Vm};

use crate::NativeTable;
use crate::util::{NResult, new_str, ref_slice};

pub const NATIVES: NativeTable = &[
    ("os.runtimeArgs", runtime_args),
    ("os.Exit", exit),
    ("os.write", write),
    ("os.writeString", write_string),
    ("os.read", read),
];

/// Writes `bytes` to file descriptor 1 or 2 (others are ignored).
pub fn write_fd(vm: &mut Vm, fd: i64, bytes: &[u8]) {
    match fd {
        1 => {
            let _ = vm.stdout.write_all(bytes);
        }
        2 => {
            let _ = vm.stdout.flush();
            let _ = std::io::stderr().write_all(bytes);
        }
        _ => {}
    }
}

fn runtime_args(vm: &mut Vm, _: &mut Goroutine, _: &[u64], r: &mut [u64]) -> NResult {
    let args: Vec<u64> = vm.args.iter().map(|a| new_str(vm, a.as_bytes())).collect();
    r[0] = ref_slice(vm, &args, false);
    Ok(())
}

fn exit(vm: &mut Vm, _: &mut Goroutine, a: &[u64], _: &mut [u64]) -> NResult {
    let _ = vm.stdout.flush();
    Err(Trap::Exit(a[0] as i64 as i32))
}

fn write(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let bytes = vm.slice_bytes(a[1]);
    write_fd(vm, a[0] as i64, &bytes);
    r[0] = bytes.len() as u64;
    Ok(())
}

fn write_string(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let bytes = vm.heap.str(a[1]).to_vec();
    write_fd(vm, a[0] as i64, &bytes);
    r[0] = bytes.len() as u64;
    Ok(())
}

fn read(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let (b, off, len) = vm.slice_parts(a[1]);
    if a[0] != 0 || len == 0 {
        r[0] = 0;
        return Ok(());
    }
    let _ = vm.stdout.flush();
    let mut buf = vec![0u8; len.min(1 << 16)];
    let n = loop {
        match std::io::stdin().read(&mut buf) {
            Ok(n) => break n as i64,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => break -1,
        }
    };
    for (k, &x) in buf.iter().take(n.max(0) as usize).enumerate() {
        store_elem(&vm.heap, b, off + k, u64::from(x));
    }
    r[0] = n as u64;
    Ok(())
}
