//! The `fmt` natives: a bridge from VM values to gotext's port of Go's printing
//! engine.
//!
//! Each operand (an interface word of a `...any` argument) becomes a
//! [`gotext::fmt::Node`] tree by walking its runtime type ([`RType`]): struct fields
//! from [`RKind::Struct`], slice/array elements, map entries, the dynamic value of
//! nested interface-typed places, and the pointee of a top-level pointer to a
//! struct/array/slice/map (printed `&{...}`). Values whose dynamic type has an
//! `Error()` or `String()` method get a method handle; the engine calls back through
//! [`VmHost`], which runs the method with [`Vm::call_func`]. A method that panics is
//! recovered and reported Go's way (`%!v(PANIC=String method: boom)`); `os.Exit` or a
//! fatal error inside a method ends the native with that trap once formatting is done.
//!
//! A method may block (lock a mutex, receive from a channel): when an operand has
//! methods, formatting runs with `Vm::suspendable` on a coroutine, so the goroutine
//! parks inside fmt and resumes there. The tree is Rust data (copies of scalars and
//! strings; addresses only as numbers for `%p`) except the receivers of the methods it
//! will call, which are pinned (collector roots) until formatting ends, so other
//! goroutines may collect while this one is parked.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use gotext::fmt::{Field, Host, Kind, MethodKind, Methods, Node, TypeDesc, Val};
use minigo_bytecode::{RKind, RType};
use minigo_vm::goroutine::stack_overflow;
use minigo_vm::heap::IPTR_TAG;
use minigo_vm::values::{clone_value, load_elem};
use minigo_vm::{Goroutine, Trap, Vm};

use crate::NativeTable;
use crate::util::{NResult, int_slice, new_str, slice_words};

pub const NATIVES: NativeTable = &[
    ("fmt.Print", print),
    ("fmt.Println", println),
    ("fmt.Printf", printf),
    ("fmt.Sprint", sprint),
    ("fmt.Sprintln", sprintln),
    ("fmt.Sprintf", sprintf),
    ("fmt.errorf", errorf),
];

/// How deeply a value tree may nest (a slice of `any` containing itself).
const MAX_TREE_DEPTH: usize = 10_000;

/// Go's `reflect.Kind` of a runtime type.
pub fn kind_of(t: &RType) -> Kind {
    match &t.kind {
        RKind::Bool => Kind::Bool,
        RKind::Int { bits, signed: true } => match bits {
            8 => Kind::Int8,
            16 => Kind::Int16,
            32 => Kind::Int32,
            _ if t.name == "int64" => Kind::Int64,
            _ => Kind::Int,
        },
        RKind::Int {
            bits,
            signed: false,
        } => match bits {
            8 => Kind::Uint8,
            16 => Kind::Uint16,
            32 => Kind::Uint32,
            _ if t.name == "uintptr" => Kind::Uintptr,
            _ if t.name == "uint64" => Kind::Uint64,
            _ => Kind::Uint,
        },
        RKind::Float { bits: 32 } => Kind::Float32,
        RKind::Float { .. } => Kind::Float64,
        RKind::String => Kind::String,
        RKind::Pointer(_) => Kind::Pointer,
        RKind::Slice(_) => Kind::Slice,
        RKind::Array(..) => Kind::Array,
        RKind::Map(..) => Kind::Map,
        RKind::Chan(..) => Kind::Chan,
        RKind::Func => Kind::Func,
        RKind::Interface(_) => Kind::Interface,
        RKind::Struct(_) => Kind::Struct,
        RKind::Nil => Kind::Nil,
    }
}

/// Builds [`Node`] trees from VM values; collects the method handles.
pub struct TreeBuilder<'v> {
    vm: &'v Vm,
    descs: HashMap<u32, Arc<TypeDesc>>,
    /// `(rtype, data)` of every value with methods; a handle is an index here.
    pub handles: Vec<(u32, u64)>,
    depth: usize,
    /// Set when the tree exceeded [`MAX_TREE_DEPTH`].
    pub too_deep: bool,
}

impl<'v> TreeBuilder<'v> {
    pub fn new(vm: &'v Vm) -> TreeBuilder<'v> {
        TreeBuilder {
            vm,
            descs: HashMap::new(),
            handles: Vec::new(),
            depth: 0,
            too_deep: false,
        }
    }

    fn rtypes(&self) -> &'v [RType] {
        &self.vm.prog.rtypes
    }

    fn desc(&mut self, rt: u32) -> Arc<TypeDesc> {
        if let Some(d) = self.descs.get(&rt) {
            return d.clone();
        }
        let rtypes = self.rtypes();
        let t = &rtypes[rt as usize];
        let d = match t.kind {
            RKind::Slice(e) | RKind::Array(_, e) => {
                TypeDesc::with_elem(t.name.clone(), kind_of(t), kind_of(&rtypes[e as usize]))
            }
            _ => TypeDesc::new(t.name.clone(), kind_of(t)),
        };
        self.descs.insert(rt, d.clone());
        d
    }

    /// A top-level operand: the interface word of one `...any` argument.
    pub fn operand(&mut self, iface: u64) -> Node {
        if iface == 0 {
            return Node::nil();
        }
        let (rt, data) = {
            let b = self.vm.heap.iface(iface);
            (b.rtype, b.data)
        };
        self.node(rt, data, true)
    }

    /// The value a pointer of element type `elem` points to.
    fn deref(&self, p: u64, elem: u32) -> u64 {
        let heap = &self.vm.heap;
        if p & IPTR_TAG != 0 {
            let ip = heap.iptr(p);
            return load_elem(heap, ip.base, ip.idx);
        }
        if self.rtypes()[elem as usize].kind.is_aggregate() {
            p
        } else {
            heap.words(p)[0].load(Ordering::Acquire)
        }
    }

    fn addr(&self, p: u64) -> usize {
        if p & IPTR_TAG != 0 {
            let ip = self.vm.heap.iptr(p);
            return ip.base as usize + 8 * ip.idx;
        }
        p as usize
    }

    /// The node of value `w` of runtime type `rt`; `top` for a top-level operand.
    pub fn node(&mut self, rt: u32, w: u64, top: bool) -> Node {
        self.depth += 1;
        let n = if self.depth > MAX_TREE_DEPTH {
            self.too_deep = true;
            Node::nil()
        } else {
            self.build(rt, w, top)
        };
        self.depth -= 1;
        n
    }

    fn build(&mut self, rt: u32, w: u64, top: bool) -> Node {
        let rtypes = self.rtypes();
        let t = &rtypes[rt as usize];
        let ty = self.desc(rt);
        let methods = if t.error_method.is_some() || t.string_method.is_some() {
            self.handles.push((rt, w));
            Some(Methods {
                handle: (self.handles.len() - 1) as u64,
                has_error: t.error_method.is_some(),
                has_string: t.string_method.is_some(),
            })
        } else {
            None
        };
        let heap = &self.vm.heap;
        let val = match &t.kind {
            RKind::Bool => Val::Bool(w != 0),
            RKind::Int { signed: true, .. } => Val::Int(w as i64),
            RKind::Int { signed: false, .. } => Val::Uint(w),
            RKind::Float { .. } => Val::Float(f64::from_bits(w)),
            RKind::String => Val::Str(heap.str(w).to_vec()),
            RKind::Pointer(elem) => {
                let expand = top
                    && w != 0
                    && matches!(
                        rtypes[*elem as usize].kind,
                        RKind::Struct(_) | RKind::Array(..) | RKind::Slice(_) | RKind::Map(..)
                    );
                let elem_node = if expand {
                    let v = self.deref(w, *elem);
                    Some(Box::new(self.node(*elem, v, false)))
                } else {
                    None
                };
                Val::Pointer {
                    addr: self.addr(w),
                    elem: elem_node,
                }
            }
            RKind::Slice(elem) => match heap.slice(w) {
                None => Val::Slice {
                    addr: 0,
                    elems: None,
                },
                Some(h) => {
                    let addr = (h.backing as usize).wrapping_add(8 * h.off);
                    let (b, off, len) = self.vm.slice_parts(w);
                    let elems = (0..len)
                        .map(|k| self.node(*elem, load_elem(heap, b, off + k), false))
                        .collect();
                    Val::Slice {
                        addr,
                        elems: Some(elems),
                    }
                }
            },
            RKind::Array(n, elem) => {
                let n = (*n as usize).min(if w == 0 { 0 } else { heap.len(w) });
                Val::Array(
                    (0..n)
                        .map(|k| self.node(*elem, load_elem(heap, w, k), false))
                        .collect(),
                )
            }
            RKind::Map(kt, vt) => {
                if w == 0 {
                    Val::Map {
                        addr: 0,
                        entries: None,
                    }
                } else {
                    let pairs: Vec<(u64, u64)> = heap
                        .map(w)
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .entries()
                        .copied()
                        .collect();
                    let entries = pairs
                        .into_iter()
                        .map(|(k, v)| (self.node(*kt, k, false), self.node(*vt, v, false)))
                        .collect();
                    Val::Map {
                        addr: w as usize,
                        entries: Some(entries),
                    }
                }
            }
            RKind::Chan(..) => Val::Chan { addr: w as usize },
            RKind::Func => Val::Func { addr: w as usize },
            RKind::Interface(_) => {
                if w == 0 {
                    Val::Interface(None)
                } else {
                    let (drt, data) = {
                        let b = heap.iface(w);
                        (b.rtype, b.data)
                    };
                    Val::Interface(Some(Box::new(self.node(drt, data, false))))
                }
            }
            RKind::Struct(fields) => {
                let mut out = Vec::with_capacity(fields.len());
                for (i, f) in fields.iter().enumerate() {
                    // A struct value is always a box; 0 is tolerated as all-zero fields.
                    let v = match w {
                        0 => 0,
                        _ => heap
                            .words(w)
                            .get(i)
                            .map_or(0, |x| x.load(Ordering::Acquire)),
                    };
                    let node = self.node(f.ty, v, false);
                    out.push(Field {
                        name: f.name.clone(),
                        exported: f.exported,
                        node,
                    });
                }
                Val::Struct(out)
            }
            RKind::Nil => Val::Nil,
        };
        Node { ty, methods, val }
    }
}

/// The [`Host`] that runs `Error()`/`String()` methods in the VM.
pub struct VmHost<'a> {
    pub vm: &'a mut Vm,
    pub g: &'a mut Goroutine,
    pub handles: Vec<(u32, u64)>,
    /// A trap that must end the native (os.Exit, fatal errors).
    pub trap: Option<Trap>,
}

impl VmHost<'_> {
    /// Formats a recovered panic value as `%v` does.
    fn panic_text(&mut self, value: u64) -> String {
        let (node, handles, deep) = {
            let mut b = TreeBuilder::new(self.vm);
            let n = b.operand(value);
            (n, b.handles, b.too_deep)
        };
        if deep {
            self.trap = Some(stack_overflow());
            return String::new();
        }
        let mut sub = VmHost {
            vm: &mut *self.vm,
            g: &mut *self.g,
            handles,
            trap: None,
        };
        let text = gotext::fmt::sprint(&[node], &mut sub);
        if let Some(t) = sub.trap.take() {
            self.trap = Some(t);
        }
        String::from_utf8_lossy(&text).into_owned()
    }
}

impl Host for VmHost<'_> {
    fn call_method(&mut self, handle: u64, which: MethodKind) -> Result<Vec<u8>, String> {
        if self.trap.is_some() {
            return Err(String::new());
        }
        let Some(&(rt, data)) = self.handles.get(handle as usize) else {
            return Err("bad method handle".into());
        };
        let prog = self.vm.prog.clone();
        let t = &prog.rtypes[rt as usize];
        let func = match which {
            MethodKind::Error => t.error_method,
            MethodKind::String => t.string_method,
        };
        let Some(func) = func else {
            return Err("missing method".into());
        };
        let recv = clone_value(&self.vm.heap, &prog.rtypes, rt, data);
        match self.vm.call_func(self.g, func, &[recv]) {
            Ok(r) => Ok(self.vm.heap.str(r.first().copied().unwrap_or(0)).to_vec()),
            Err(Trap::Unwinding) => {
                // Recover the panic: format its value (still rooted in the goroutine's
                // panic list while its methods run), then drop it.
                let value = self.g.panics.last().map_or(0, |p| p.value);
                let text = self.panic_text(value);
                self.g.panics.pop();
                Err(text)
            }
            Err(t) => {
                self.trap = Some(t);
                Err(String::new())
            }
        }
    }
}

/// What a formatting native formats.
enum Job {
    Print,
    Println,
    Printf(Vec<u8>),
    Errorf(Vec<u8>),
}

/// What a formatting native does with the text (and, for `Errorf`, the indexes of the
/// wrapped errors): writes it to stdout or makes it a string result.
type Finish = fn(&mut Vm, &[u8], &[usize], &mut [u64]);

/// Formats the operands in `args` (a `[]any` slice word) and hands the text to
/// `finish`. When an operand has a `String()`/`Error()` method, formatting runs with
/// [`Vm::suspendable`], so that a method that blocks parks the goroutine; the method
/// receivers are pinned meanwhile (the tree holds them, the collector cannot see it).
fn format(
    vm: &mut Vm,
    g: &mut Goroutine,
    job: Job,
    args: u64,
    r: &mut [u64],
    finish: Finish,
) -> NResult {
    let words = slice_words(vm, args);
    let (nodes, handles, deep) = {
        let mut b = TreeBuilder::new(vm);
        let nodes: Vec<Node> = words.iter().map(|&w| b.operand(w)).collect();
        (nodes, b.handles, b.too_deep)
    };
    if deep {
        return Err(stack_overflow());
    }
    let has_methods = !handles.is_empty();
    let pins: Vec<u64> = handles
        .iter()
        .filter(|&&(rt, _)| minigo_vm::values::is_ref(&vm.prog.rtypes, rt))
        .map(|&(_, w)| w)
        .collect();
    let body = move |vm: &mut Vm, g: &mut Goroutine, r: &mut [u64]| {
        let mut host = VmHost {
            vm,
            g,
            handles,
            trap: None,
        };
        let (text, wrapped) = match &job {
            Job::Print => (gotext::fmt::sprint(&nodes, &mut host), vec![]),
            Job::Println => (gotext::fmt::sprintln(&nodes, &mut host), vec![]),
            Job::Printf(f) => (gotext::fmt::sprintf(f, &nodes, &mut host), vec![]),
            Job::Errorf(f) => gotext::fmt::errorf(f, &nodes, &mut host),
        };
        if let Some(t) = host.trap {
            return Err(t);
        }
        finish(vm, &text, &wrapped, r);
        Ok(())
    };
    if has_methods {
        vm.suspendable(g, r, pins, body)
    } else {
        body(vm, g, r)
    }
}

fn to_stdout(vm: &mut Vm, text: &[u8], _: &[usize], r: &mut [u64]) {
    let _ = vm.stdout.write_all(text);
    r[0] = text.len() as u64;
    if let Some(e) = r.get_mut(1) {
        *e = 0;
    }
}

fn to_string(vm: &mut Vm, text: &[u8], _: &[usize], r: &mut [u64]) {
    r[0] = new_str(vm, text);
}

fn to_error_parts(vm: &mut Vm, text: &[u8], wrapped: &[usize], r: &mut [u64]) {
    r[0] = new_str(vm, text);
    let idx: Vec<i64> = wrapped.iter().map(|&i| i as i64).collect();
    r[1] = int_slice(vm, &idx);
}

fn format_str(vm: &Vm, w: u64) -> Vec<u8> {
    vm.heap.str(w).to_vec()
}

fn print(vm: &mut Vm, g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    format(vm, g, Job::Print, a[0], r, to_stdout)
}

fn println(vm: &mut Vm, g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    format(vm, g, Job::Println, a[0], r, to_stdout)
}

fn printf(vm: &mut Vm, g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let f = format_str(vm, a[0]);
    format(vm, g, Job::Printf(f), a[1], r, to_stdout)
}

fn sprint(vm: &mut Vm, g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    format(vm, g, Job::Print, a[0], r, to_string)
}

fn sprintln(vm: &mut Vm, g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    format(vm, g, Job::Println, a[0], r, to_string)
}

fn sprintf(vm: &mut Vm, g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let f = format_str(vm, a[0]);
    format(vm, g, Job::Printf(f), a[1], r, to_string)
}

fn errorf(vm: &mut Vm, g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let f = format_str(vm, a[0]);
    format(vm, g, Job::Errorf(f), a[1], r, to_error_parts)
}
