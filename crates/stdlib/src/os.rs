//! Natives of package `os`: the command-line arguments, `Exit`, writing to the
//! standard streams (standard output goes through the VM's buffer; standard error
//! is written directly, after flushing standard output so that the order of the
//! two streams is kept), reading standard input, and one native per file-system
//! call (open/read, open/write, mkdir, unlink, rmdir, rename, stat, readdir, getcwd).
//! The file-system natives return raw error numbers (0 on success); the Go side
//! (`go/os.go`) wraps them in `*fs.PathError`/`syscall.Errno` as Go does.

use std::collections::hash_map::RandomState;
use std::ffi::OsStr;
use std::hash::{BuildHasher, Hasher};
use std::io::{Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

use minigo_vm::vm::store_elem;
use minigo_vm::{Goroutine, Trap, Vm};

use crate::NativeTable;
use crate::util::{NResult, int_slice, new_str, ref_slice};

pub const NATIVES: NativeTable = &[
    ("os.runtimeArgs", runtime_args),
    ("os.Exit", exit),
    ("os.write", write),
    ("os.writeString", write_string),
    ("os.read", read),
    ("os.readFile", read_file),
    ("os.writeFile", write_file),
    ("os.mkdir", mkdir),
    ("os.unlink", unlink),
    ("os.rmdir", rmdir),
    ("os.rename", rename),
    ("os.stat", stat),
    ("os.readDir", read_dir),
    ("os.openCheck", open_check),
    ("os.getwd", getwd),
    ("os.fastrand", fastrand),
    ("os.TempDir", temp_dir),
];

/// `EINVAL`: the error number reported for failures without one (a path containing a
/// NUL byte is rejected by Rust before the system call; Go's syscall gives `EINVAL`).
const EINVAL: i64 = 22;

/// The raw error number of a failed operation (as Go's `syscall.Errno`).
fn errno(e: &std::io::Error) -> i64 {
    e.raw_os_error().map_or(EINVAL, i64::from)
}

/// The error number of a result: 0 on success.
fn errno_of<T>(res: std::io::Result<T>) -> u64 {
    match res {
        Ok(_) => 0,
        Err(e) => errno(&e) as u64,
    }
}

/// The path named by Go string `s`, byte for byte (Go paths need not be UTF-8).
fn path_arg(vm: &Vm, s: u64) -> PathBuf {
    PathBuf::from(OsStr::from_bytes(vm.heap.str(s)))
}

/// `readFile(name string) (data []byte, op string, errno int)`: `op` is the failing
/// operation as Go names it (`open` or `read`).
fn read_file(vm: &mut Vm, g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let name = path_arg(vm, a[0]);
    let (op, res) = vm.blocking(g, move || match std::fs::File::open(&name) {
        Err(e) => ("open", Err(e)),
        Ok(mut f) => {
            let mut buf = Vec::new();
            ("read", f.read_to_end(&mut buf).map(|_| buf))
        }
    })?;
    match res {
        Ok(buf) => {
            r[0] = vm.bytes_to_slice(&buf);
            r[1] = 0;
            r[2] = 0;
        }
        Err(e) => {
            r[0] = 0;
            r[1] = new_str(vm, op.as_bytes());
            r[2] = errno(&e) as u64;
        }
    }
    Ok(())
}

/// `writeFile(name string, data []byte, perm uint32) (op string, errno int)`: opens
/// with `O_WRONLY|O_CREATE|O_TRUNC` and mode `perm` (`op` is `open`), then writes
/// (`op` is `write`).
fn write_file(vm: &mut Vm, g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let name = path_arg(vm, a[0]);
    let data = vm.slice_bytes(a[1]);
    let perm = a[2] as u32;
    let (op, res) = vm.blocking(g, move || {
        let opened = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(perm)
            .open(&name);
        match opened {
            Err(e) => ("open", Err(e)),
            Ok(mut f) => ("write", f.write_all(&data)),
        }
    })?;
    match res {
        Ok(()) => {
            r[0] = 0;
            r[1] = 0;
        }
        Err(e) => {
            r[0] = new_str(vm, op.as_bytes());
            r[1] = errno(&e) as u64;
        }
    }
    Ok(())
}

/// `mkdir(name string, perm uint32) int`: mkdir(2).
fn mkdir(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let name = path_arg(vm, a[0]);
    let res = std::fs::DirBuilder::new().mode(a[1] as u32).create(&name);
    r[0] = errno_of(res);
    Ok(())
}

/// `unlink(name string) int`: unlink(2).
fn unlink(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = errno_of(std::fs::remove_file(path_arg(vm, a[0])));
    Ok(())
}

/// `rmdir(name string) int`: rmdir(2).
fn rmdir(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = errno_of(std::fs::remove_dir(path_arg(vm, a[0])));
    Ok(())
}

/// `rename(oldname, newname string) int`: rename(2).
fn rename(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let (from, to) = (path_arg(vm, a[0]), path_arg(vm, a[1]));
    r[0] = errno_of(std::fs::rename(from, to));
    Ok(())
}

/// `stat(name string, follow bool) (mode uint32, size int64, dev, ino uint64, errno
/// int)`: stat(2), or lstat(2) when `follow` is false; `mode` is the raw `st_mode`.
fn stat(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let name = path_arg(vm, a[0]);
    let res = if a[1] != 0 {
        std::fs::metadata(&name)
    } else {
        std::fs::symlink_metadata(&name)
    };
    match res {
        Ok(m) => {
            r[0] = u64::from(m.mode());
            r[1] = m.size();
            r[2] = m.dev();
            r[3] = m.ino();
            r[4] = 0;
        }
        Err(e) => {
            r[..4].fill(0);
            r[4] = errno(&e) as u64;
        }
    }
    Ok(())
}

/// The `S_IFMT` bits of a directory entry's type (from `d_type`, or lstat(2) when
/// the file system does not report it).
fn type_bits(t: std::fs::FileType) -> i64 {
    use std::os::unix::fs::FileTypeExt;
    if t.is_dir() {
        0o040000
    } else if t.is_symlink() {
        0o120000
    } else if t.is_block_device() {
        0o060000
    } else if t.is_char_device() {
        0o020000
    } else if t.is_fifo() {
        0o010000
    } else if t.is_socket() {
        0o140000
    } else {
        0o100000
    }
}

/// `readDir(name string) (names []string, types []int, op string, errno int)`: the
/// entries of a directory (without `.` and `..`) sorted by name as Go's `os.ReadDir`
/// sorts them (byte-wise), with their `S_IFMT` bits. Like Go, it first opens the path
/// (a failure is op `open`), then reads it as a directory (op `readdirent`: reading a
/// regular file gives `ENOTDIR` there).
fn read_dir(vm: &mut Vm, g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let name = path_arg(vm, a[0]);
    let listed = vm.blocking(g, move || match std::fs::File::open(&name) {
        Err(e) => Err(("open", e)),
        Ok(_) => std::fs::read_dir(&name)
            .and_then(|it| {
                it.map(|ent| {
                    let ent = ent?;
                    let t = ent.file_type()?;
                    Ok((ent.file_name().as_bytes().to_vec(), type_bits(t)))
                })
                .collect::<std::io::Result<Vec<_>>>()
            })
            .map_err(|e| ("readdirent", e)),
    })?;
    match listed {
        Ok(mut ents) => {
            ents.sort();
            let names: Vec<u64> = ents.iter().map(|(n, _)| new_str(vm, n)).collect();
            let types: Vec<i64> = ents.iter().map(|&(_, t)| t).collect();
            r[0] = ref_slice(vm, &names, false);
            r[1] = int_slice(vm, &types);
            r[2] = 0;
            r[3] = 0;
        }
        Err((op, e)) => {
            r[0] = 0;
            r[1] = 0;
            r[2] = new_str(vm, op.as_bytes());
            r[3] = errno(&e) as u64;
        }
    }
    Ok(())
}

/// `openCheck(name string) int`: opens `name` read-only and closes it again.
fn open_check(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = errno_of(std::fs::File::open(path_arg(vm, a[0])));
    Ok(())
}

/// `getwd() (dir string, errno int)`: `$PWD` when it is absolute and names the
/// current directory (same device and inode), else getcwd(3), as Go's `os.Getwd`.
fn getwd(vm: &mut Vm, _: &mut Goroutine, _: &[u64], r: &mut [u64]) -> NResult {
    let res = std::fs::metadata(".").and_then(|dot| {
        let pwd = std::env::var_os("PWD").filter(|p| p.as_bytes().starts_with(b"/"));
        if let Some(pwd) = pwd
            && let Ok(m) = std::fs::metadata(&pwd)
            && m.dev() == dot.dev()
            && m.ino() == dot.ino()
        {
            return Ok(PathBuf::from(pwd));
        }
        std::env::current_dir()
    });
    match res {
        Ok(dir) => {
            r[0] = new_str(vm, dir.as_os_str().as_bytes());
            r[1] = 0;
        }
        Err(e) => {
            r[0] = 0;
            r[1] = errno(&e) as u64;
        }
    }
    Ok(())
}

/// `fastrand() uint32`: a random number for temporary file names (SipHash with the
/// process's random keys over a counter, as std's `RandomState` provides them).
fn fastrand(_: &mut Vm, _: &mut Goroutine, _: &[u64], r: &mut [u64]) -> NResult {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut h = RandomState::new().build_hasher();
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    r[0] = u64::from(h.finish() as u32);
    Ok(())
}

/// `TempDir() string`: `$TMPDIR`, or `/tmp`, as Go does on Unix.
fn temp_dir(vm: &mut Vm, _: &mut Goroutine, _: &[u64], r: &mut [u64]) -> NResult {
    let dir = std::env::var_os("TMPDIR")
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| "/tmp".into());
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

fn read(vm: &mut Vm, g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let (b, off, len) = vm.slice_parts(a[1]);
    if a[0] != 0 || len == 0 {
        r[0] = 0;
        return Ok(());
    }
    let _ = vm.stdout.flush();
    let want = len.min(1 << 16);
    let (n, buf) = vm.blocking(g, move || {
        let mut buf = vec![0u8; want];
        let n = loop {
            match std::io::stdin().read(&mut buf) {
                Ok(n) => break n as i64,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => break -1,
            }
        };
        (n, buf)
    })?;
    for (k, &x) in buf.iter().take(n.max(0) as usize).enumerate() {
        store_elem(&vm.heap, b, off + k, u64::from(x));
    }
    r[0] = n as u64;
    Ok(())
}
