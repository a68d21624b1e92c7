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
    ("os.readFile", read_file),
    ("os.writeFile", write_file),
    ("os.removeFile", remove_file),
    ("os.TempDir", temp_dir),
];

/// Go's text for an OS error (`syscall.Errno.Error()`: lower-case strerror) and its
/// class for `errors.Is`: 1 = fs.ErrNotExist, 2 = fs.ErrExist, 3 = fs.ErrPermission, 0 = other.
fn errno_text(e: &std::io::Error) -> (i64, String) {
    let text = match e.raw_os_error() {
        Some(1) => "operation not permitted",
        Some(2) => "no such file or directory",
        Some(13) => "permission denied",
        Some(17) => "file exists",
        Some(20) => "not a directory",
        Some(21) => "is a directory",
        Some(28) => "no space left on device",
        Some(30) => "read-only file system",
        Some(36) => "file name too long",
        _ => "",
    };
    let text = if text.is_empty() {
        let t = e.to_string();
        let t = t.split(" (os error").next().unwrap_or(&t).to_string();
        t.to_lowercase()
    } else {
        text.to_string()
    };
    let class = match e.kind() {
        std::io::ErrorKind::NotFound => 1,
        std::io::ErrorKind::AlreadyExists => 2,
        std::io::ErrorKind::PermissionDenied => 3,
        _ => 0,
    };
    (class, text)
}

/// `readFile(name string) (data []byte, op string, class int, msg string)`: `msg` is
/// empty on success; `op` is the failing operation as Go names it (`open` or `read`).
fn read_file(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let name = String::from_utf8_lossy(vm.heap.str(a[0])).into_owned();
    let (op, res) = match std::fs::File::open(&name) {
        Err(e) => ("open", Err(e)),
        Ok(mut f) => {
            let mut buf = Vec::new();
            ("read", f.read_to_end(&mut buf).map(|_| buf))
        }
    };
    match res {
        Ok(buf) => {
            r[0] = vm.bytes_to_slice(&buf);
            r[1] = 0;
            r[2] = 0;
            r[3] = 0;
        }
        Err(e) => {
            let (class, msg) = errno_text(&e);
            r[0] = 0;
            r[1] = new_str(vm, op.as_bytes());
            r[2] = class as u64;
            r[3] = new_str(vm, msg.as_bytes());
        }
    }
    Ok(())
}

/// `writeFile(name string, data []byte, perm uint32) (class int, msg string)`.
fn write_file(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let name = String::from_utf8_lossy(vm.heap.str(a[0])).into_owned();
    let data = vm.slice_bytes(a[1]);
    let perm = a[2] as u32;
    let res = {
        use std::os::unix::fs::OpenOptionsExt;
        std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(perm & 0o777)
            .open(&name)
            .and_then(|mut f| f.write_all(&data))
    };
    match res {
        Ok(()) => {
            r[0] = 0;
            r[1] = 0;
        }
        Err(e) => {
            let (class, msg) = errno_text(&e);
            r[0] = class as u64;
            r[1] = new_str(vm, msg.as_bytes());
        }
    }
    Ok(())
}

/// `removeFile(name string) (class int, msg string)`: removes a file or an empty directory.
fn remove_file(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let name = String::from_utf8_lossy(vm.heap.str(a[0])).into_owned();
    let res = std::fs::remove_file(&name).or_else(|e| std::fs::remove_dir(&name).map_err(|_| e));
    match res {
        Ok(()) => {
            r[0] = 0;
            r[1] = 0;
        }
        Err(e) => {
            let (class, msg) = errno_text(&e);
            r[0] = class as u64;
            r[1] = new_str(vm, msg.as_bytes());
        }
    }
    Ok(())
}

/// `TempDir() string`: `$TMPDIR`, or `/tmp`, as Go does on Unix.
fn temp_dir(vm: &mut Vm, _: &mut Goroutine, _: &[u64], r: &mut [u64]) -> NResult {
    let dir = std::env::var("TMPDIR")
        .ok()
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| "/tmp".to_string());
    r[0] = new_str(vm, dir.as_bytes());
    Ok(())
}

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
