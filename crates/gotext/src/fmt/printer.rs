//! Port of Go's `fmt/print.go`: format-string interpretation (`doPrintf`),
//! operand dispatch (`printArg`, `printValue`), `Error()`/`String()` method
//! handling, and the `%!verb(type=value)` error forms.

use super::format::{Fmt, LDIGITS, UDIGITS};
use super::sort::sorted_entries;
use super::{Host, Kind, MethodKind, Node, Val};
use crate::utf8::decode_rune;

const NIL_ANGLE: &[u8] = b"<nil>";

/// Go's `pp`: printer state for one `Sprintf`-family call.
pub(super) struct Printer<'h> {
    f: Fmt,
    host: &'h mut dyn Host,
    /// Set while printing the operand of a bad verb: no methods are called.
    erroring: bool,
    /// Set while printing a panic message.
    panicking: bool,
    /// `Errorf`: `%w` is allowed.
    wrap_errs: bool,
    /// Argument indexes used with `%w`.
    pub wrapped_errs: Vec<usize>,
    /// The format used explicit argument indexes.
    pub reordered: bool,
    /// The most recent explicit argument index was valid.
    good_arg_num: bool,
}

/// Go's `tooLarge`: widths and precisions beyond ±1e6 are rejected.
fn too_large(x: i64) -> bool {
    !(-1_000_000..=1_000_000).contains(&x)
}

/// Go's `parsenum`: `(num, isnum, newi)`.
fn parse_num(s: &[u8], start: usize, end: usize) -> (i64, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut num: i64 = 0;
    let mut isnum = false;
    let mut i = start;
    while i < end && s[i].is_ascii_digit() {
        if too_large(num) {
            return (0, false, end); // Overflow; crazy long number most likely.
        }
        num = num * 10 + i64::from(s[i] - b'0');
        isnum = true;
        i += 1;
    }
    (num, isnum, i)
}

/// Go's `parseArgNumber`: `(index, bytes consumed, ok)` for `[n]` at the
/// start of `format`.
fn parse_arg_number(format: &[u8]) -> (i64, usize, bool) {
    // There must be at least 3 bytes: [n].
    if format.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..format.len() {
        if format[i] == b']' {
            let (width, ok, newi) = parse_num(format, 1, i);
            if !ok || newi != i {
                return (0, i + 1, false);
            }
            return (width - 1, i + 1, true); // arg numbers are one-indexed and skip paren.
        }
    }
    (0, 1, false)
}

/// Go's `intFromArg`: `(num, isInt, newArgNum)`.
fn int_from_arg(a: &[Node], arg_num: usize) -> (i64, bool, usize) {
    let mut new_arg_num = arg_num;
    let mut num = 0;
    let mut is_int = false;
    if arg_num < a.len() {
        if a[arg_num].ty.kind.is_integer() {
            match a[arg_num].val {
                Val::Int(i) => {
                    num = i;
                    is_int = true;
                }
                Val::Uint(u) if (u as i64) >= 0 => {
                    num = u as i64;
                    is_int = true;
                }
                _ => {}
            }
        }
        new_arg_num = arg_num + 1;
        if too_large(num) {
            num = 0;
            is_int = false;
        }
    }
    (num, is_int, new_arg_num)
}

fn push_char(buf: &mut Vec<u8>, c: char) {
    let mut tmp = [0u8; 4];
    buf.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
}

impl<'h> Printer<'h> {
    pub fn new(host: &'h mut dyn Host, wrap_errs: bool) -> Printer<'h> {
        Printer {
            f: Fmt::default(),
            host,
            erroring: false,
            panicking: false,
            wrap_errs,
            wrapped_errs: Vec::new(),
            reordered: false,
            good_arg_num: true,
        }
    }

    pub fn into_buf(self) -> Vec<u8> {
        self.f.buf
    }

    fn write(&mut self, b: &[u8]) {
        self.f.buf.extend_from_slice(b);
    }

    fn write_byte(&mut self, b: u8) {
        self.f.buf.push(b);
    }

    fn bad_verb(&mut self, verb: char, node: Option<&Node>) {
        self.erroring = true;
        self.write(b"%!");
        push_char(&mut self.f.buf, verb);
        self.write_byte(b'(');
        match node {
            Some(n) if !matches!(n.val, Val::Nil) => {
                self.write(n.ty.name.as_bytes());
                self.write_byte(b'=');
                self.print_value(n, 'v', 0, true);
            }
            _ => self.write(NIL_ANGLE),
        }
        self.write_byte(b')');
        self.erroring = false;
    }

    fn fmt_bool(&mut self, v: bool, verb: char, node: &Node) {
        match verb {
            't' | 'v' => self.f.fmt_boolean(v),
            _ => self.bad_verb(verb, Some(node)),
        }
    }

    /// Hex with or without a leading `0x`, via the sharp flag.
    fn fmt_0x64(&mut self, v: u64, leading0x: bool) {
        let sharp = self.f.flags.sharp;
        self.f.flags.sharp = leading0x;
        self.f.fmt_integer(v, 16, false, 'v', LDIGITS);
        self.f.flags.sharp = sharp;
    }

    fn fmt_integer(&mut self, v: u64, is_signed: bool, verb: char, node: &Node) {
        match verb {
            'v' => {
                if self.f.flags.sharp_v && !is_signed {
                    self.fmt_0x64(v, true);
                } else {
                    self.f.fmt_integer(v, 10, is_signed, verb, LDIGITS);
                }
            }
            'd' => self.f.fmt_integer(v, 10, is_signed, verb, LDIGITS),
            'b' => self.f.fmt_integer(v, 2, is_signed, verb, LDIGITS),
            'o' | 'O' => self.f.fmt_integer(v, 8, is_signed, verb, LDIGITS),
            'x' => self.f.fmt_integer(v, 16, is_signed, verb, LDIGITS),
            'X' => self.f.fmt_integer(v, 16, is_signed, verb, UDIGITS),
            'c' => self.f.fmt_c(v),
            'q' => self.f.fmt_qc(v),
            'U' => self.f.fmt_unicode(v),
            _ => self.bad_verb(verb, Some(node)),
        }
    }

    fn fmt_float(&mut self, v: f64, size: u32, verb: char, node: &Node) {
        match verb {
            'v' => self.f.fmt_float(v, size, b'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.f.fmt_float(v, size, verb as u8, -1),
            'f' | 'e' | 'E' => self.f.fmt_float(v, size, verb as u8, 6),
            'F' => self.f.fmt_float(v, size, b'f', 6),
            _ => self.bad_verb(verb, Some(node)),
        }
    }

    fn fmt_string(&mut self, v: &[u8], verb: char, node: &Node) {
        match verb {
            'v' => {
                if self.f.flags.sharp_v {
                    self.f.fmt_q(v);
                } else {
                    self.f.fmt_s(v);
                }
            }
            's' => self.f.fmt_s(v),
            'x' => self.f.fmt_sbx(v, LDIGITS),
            'X' => self.f.fmt_sbx(v, UDIGITS),
            'q' => self.f.fmt_q(v),
            _ => self.bad_verb(verb, Some(node)),
        }
    }

    /// Byte slices and arrays under `%s %q %x %X` (Go's `fmtBytes`).
    fn fmt_bytes(&mut self, v: &[u8], verb: char) {
        match verb {
            's' => self.f.fmt_s(v),
            'x' => self.f.fmt_sbx(v, LDIGITS),
            'X' => self.f.fmt_sbx(v, UDIGITS),
            _ => self.f.fmt_q(v),
        }
    }

    fn fmt_pointer(&mut self, node: &Node, verb: char) {
        let u = match node.val {
            Val::Pointer { addr, .. }
            | Val::Chan { addr }
            | Val::Func { addr }
            | Val::Map { addr, .. }
            | Val::Slice { addr, .. } => addr as u64,
            _ => {
                self.bad_verb(verb, Some(node));
                return;
            }
        };
        match verb {
            'v' => {
                if self.f.flags.sharp_v {
                    self.write_byte(b'(');
                    self.write(node.ty.name.as_bytes());
                    self.write(b")(");
                    if u == 0 {
                        self.write(b"nil");
                    } else {
                        self.fmt_0x64(u, true);
                    }
                    self.write_byte(b')');
                } else if u == 0 {
                    self.f.pad(NIL_ANGLE);
                } else {
                    self.fmt_0x64(u, !self.f.flags.sharp);
                }
            }
            'p' => self.fmt_0x64(u, !self.f.flags.sharp),
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_integer(u, false, verb, node),
            _ => self.bad_verb(verb, Some(node)),
        }
    }

    fn catch_panic(&mut self, node: &Node, verb: char, method: &str, text: &str) {
        // If it's a nil pointer, just say "<nil>": most likely a Stringer
        // that fails to guard against nil or a nil pointer for a value
        // receiver.
        if matches!(node.val, Val::Pointer { addr: 0, .. }) {
            self.write(NIL_ANGLE);
            return;
        }
        let old = self.f.flags;
        // For this output we want default behavior.
        self.f.clear_flags();
        self.write(b"%!");
        push_char(&mut self.f.buf, verb);
        self.write(b"(PANIC=");
        self.write(method.as_bytes());
        self.write(b" method: ");
        self.panicking = true;
        self.write(text.as_bytes());
        self.panicking = false;
        self.write_byte(b')');
        self.f.flags = old;
    }

    /// Go's `handleMethods`: returns whether the value was printed.
    fn handle_methods(&mut self, node: &Node, verb: char) -> bool {
        if self.erroring {
            return false;
        }
        let mut verb = verb;
        if verb == 'w' {
            // It is invalid to use %w other than with Errorf or with a
            // non-error arg.
            let is_error = node.methods.is_some_and(|m| m.has_error);
            if !is_error || !self.wrap_errs {
                self.bad_verb(verb, Some(node));
                return true;
            }
            verb = 'v';
        }
        let Some(m) = node.methods else {
            return false;
        };
        // GoStringer is not supported: %#v prints the value itself.
        if self.f.flags.sharp_v || !matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
            return false;
        }
        let (which, name) = if m.has_error {
            (MethodKind::Error, "Error")
        } else if m.has_string {
            (MethodKind::String, "String")
        } else {
            return false;
        };
        match self.host.call_method(m.handle, which) {
            Ok(s) => self.fmt_string(&s, verb, node),
            Err(text) => self.catch_panic(node, verb, name, &text),
        }
        true
    }

    /// Go's `printArg`: one top-level operand.
    fn print_arg(&mut self, node: &Node, verb: char) {
        if matches!(node.val, Val::Nil) {
            match verb {
                'T' | 'v' => self.f.pad(NIL_ANGLE),
                _ => self.bad_verb(verb, None),
            }
            return;
        }
        // %T (the value's type) and %p (its address) are special; we
        // always do them first.
        match verb {
            'T' => {
                self.f.fmt_s(node.ty.name.as_bytes());
                return;
            }
            'p' => {
                self.fmt_pointer(node, 'p');
                return;
            }
            _ => {}
        }
        if (node.methods.is_some() || verb == 'w') && self.handle_methods(node, verb) {
            return;
        }
        // An operand of the unnamed type []byte goes through Go's fmtBytes,
        // whose %#v spells the type "[]byte" rather than reflect's "[]uint8".
        if self.f.flags.sharp_v
            && matches!(verb, 'v' | 'd')
            && node.ty.kind == Kind::Slice
            && node.ty.name == "[]uint8"
            && let Val::Slice { elems, .. } = &node.val
        {
            self.write(b"[]byte");
            let Some(elems) = elems else {
                self.write(b"(nil)");
                return;
            };
            self.write_byte(b'{');
            for (i, e) in elems.iter().enumerate() {
                if i > 0 {
                    self.write(b", ");
                }
                let c = match e.val {
                    Val::Uint(u) => u,
                    _ => 0,
                };
                self.fmt_0x64(c & 0xFF, true);
            }
            self.write_byte(b'}');
            return;
        }
        self.print_value(node, verb, 0, true);
    }

    /// Go's `printValue`. `can_iface` is false beneath unexported fields.
    fn print_value(&mut self, node: &Node, verb: char, depth: usize, can_iface: bool) {
        // Handle values with special methods if not already handled by
        // printArg (depth == 0).
        if depth > 0
            && can_iface
            && (node.methods.is_some()
                || (verb == 'w' && !matches!(node.val, Val::Interface(_) | Val::Nil)))
            && self.handle_methods(node, verb)
        {
            return;
        }
        match &node.val {
            Val::Nil => {
                if depth == 0 {
                    self.write(b"<invalid reflect.Value>");
                } else if verb == 'v' {
                    self.write(NIL_ANGLE);
                } else {
                    self.bad_verb(verb, None);
                }
            }
            Val::Bool(b) => self.fmt_bool(*b, verb, node),
            Val::Int(i) => self.fmt_integer(*i as u64, true, verb, node),
            Val::Uint(u) => self.fmt_integer(*u, false, verb, node),
            Val::Float(x) => {
                let size = if node.ty.kind == Kind::Float32 {
                    32
                } else {
                    64
                };
                self.fmt_float(*x, size, verb, node);
            }
            Val::Str(s) => self.fmt_string(s, verb, node),
            Val::Map { entries, .. } => {
                let sharp_v = self.f.flags.sharp_v;
                if sharp_v {
                    self.write(node.ty.name.as_bytes());
                    if entries.is_none() {
                        self.write(b"(nil)");
                        return;
                    }
                    self.write_byte(b'{');
                } else {
                    self.write(b"map[");
                }
                if let Some(entries) = entries {
                    for (i, (k, v)) in sorted_entries(entries).into_iter().enumerate() {
                        if i > 0 {
                            if sharp_v {
                                self.write(b", ");
                            } else {
                                self.write_byte(b' ');
                            }
                        }
                        self.print_value(k, verb, depth + 1, can_iface);
                        self.write_byte(b':');
                        self.print_value(v, verb, depth + 1, can_iface);
                    }
                }
                self.write_byte(if sharp_v { b'}' } else { b']' });
            }
            Val::Struct(fields) => {
                let sharp_v = self.f.flags.sharp_v;
                if sharp_v {
                    self.write(node.ty.name.as_bytes());
                }
                self.write_byte(b'{');
                for (i, field) in fields.iter().enumerate() {
                    if i > 0 {
                        if sharp_v {
                            self.write(b", ");
                        } else {
                            self.write_byte(b' ');
                        }
                    }
                    if (self.f.flags.plus_v || sharp_v) && !field.name.is_empty() {
                        self.write(field.name.as_bytes());
                        self.write_byte(b':');
                    }
                    self.print_value(&field.node, verb, depth + 1, can_iface && field.exported);
                }
                self.write_byte(b'}');
            }
            Val::Interface(inner) => match inner {
                None => {
                    if self.f.flags.sharp_v {
                        self.write(node.ty.name.as_bytes());
                        self.write(b"(nil)");
                    } else {
                        self.write(NIL_ANGLE);
                    }
                }
                Some(inner) => self.print_value(inner, verb, depth + 1, can_iface),
            },
            Val::Array(elems) => self.print_list(node, Some(elems), verb, depth, can_iface),
            Val::Slice { elems, .. } => {
                self.print_list(node, elems.as_deref(), verb, depth, can_iface)
            }
            Val::Pointer { addr, elem } => {
                // Pointer to array or slice or struct? OK at top level but
                // not embedded (avoid loops).
                if depth == 0
                    && *addr != 0
                    && let Some(e) = elem
                    && matches!(
                        e.ty.kind,
                        Kind::Array | Kind::Slice | Kind::Struct | Kind::Map
                    )
                {
                    self.write_byte(b'&');
                    self.print_value(e, verb, depth + 1, can_iface);
                    return;
                }
                self.fmt_pointer(node, verb);
            }
            Val::Func { .. } | Val::Chan { .. } => self.fmt_pointer(node, verb),
        }
    }

    /// Arrays and slices (`elems` `None` is a nil slice).
    fn print_list(
        &mut self,
        node: &Node,
        elems: Option<&[Node]>,
        verb: char,
        depth: usize,
        can_iface: bool,
    ) {
        if matches!(verb, 's' | 'q' | 'x' | 'X') && node.ty.elem == Some(Kind::Uint8) {
            let bytes: Vec<u8> = elems
                .unwrap_or_default()
                .iter()
                .map(|e| match e.val {
                    Val::Uint(u) => u as u8,
                    Val::Int(i) => i as u8,
                    _ => 0,
                })
                .collect();
            self.fmt_bytes(&bytes, verb);
            return;
        }
        let elems_or_empty = elems.unwrap_or_default();
        if self.f.flags.sharp_v {
            self.write(node.ty.name.as_bytes());
            if elems.is_none() && node.ty.kind == Kind::Slice {
                self.write(b"(nil)");
                return;
            }
            self.write_byte(b'{');
            for (i, e) in elems_or_empty.iter().enumerate() {
                if i > 0 {
                    self.write(b", ");
                }
                self.print_value(e, verb, depth + 1, can_iface);
            }
            self.write_byte(b'}');
        } else {
            self.write_byte(b'[');
            for (i, e) in elems_or_empty.iter().enumerate() {
                if i > 0 {
                    self.write_byte(b' ');
                }
                self.print_value(e, verb, depth + 1, can_iface);
            }
            self.write_byte(b']');
        }
    }

    /// Go's `argNumber`: `(newArgNum, newi, found)`.
    fn arg_number(
        &mut self,
        arg_num: usize,
        format: &[u8],
        i: usize,
        num_args: usize,
    ) -> (usize, usize, bool) {
        if format.len() <= i || format[i] != b'[' {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[i..]);
        if ok && 0 <= index && (index as usize) < num_args {
            return (index as usize, i + wid, true);
        }
        self.good_arg_num = false;
        (arg_num, i + wid, ok)
    }

    fn set_v_flags(&mut self) {
        // Go syntax
        self.f.flags.sharp_v = self.f.flags.sharp;
        self.f.flags.sharp = false;
        // Struct-field syntax
        self.f.flags.plus_v = self.f.flags.plus;
        self.f.flags.plus = false;
    }

    /// Go's `doPrintf`.
    pub fn do_printf(&mut self, format: &[u8], a: &[Node]) {
        let end = format.len();
        let mut arg_num: usize = 0; // we process one argument per non-trivial format
        let mut after_index; // previous item in format was an index like [3].
        self.reordered = false;
        let mut i = 0;
        'format_loop: while i < end {
            self.good_arg_num = true;
            let lasti = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > lasti {
                self.f.buf.extend_from_slice(&format[lasti..i]);
            }
            if i >= end {
                // done processing format string
                break;
            }
            // Process one verb
            i += 1;
            // Do we have flags?
            self.f.clear_flags();
            while i < end {
                let c = format[i];
                match c {
                    b'#' => self.f.flags.sharp = true,
                    b'0' => self.f.flags.zero = !self.f.flags.minus, // Only allow zero padding to the left.
                    b'+' => self.f.flags.plus = true,
                    b'-' => {
                        self.f.flags.minus = true;
                        self.f.flags.zero = false; // Do not pad with zeros to the right.
                    }
                    b' ' => self.f.flags.space = true,
                    _ => {
                        // Fast path for common case of ascii lower case simple
                        // verbs without precision or width or argument indices.
                        if c.is_ascii_lowercase() && arg_num < a.len() {
                            if c == b'w' {
                                self.wrapped_errs.push(arg_num);
                            }
                            if c == b'v' || c == b'w' {
                                self.set_v_flags();
                            }
                            self.print_arg(&a[arg_num], c as char);
                            arg_num += 1;
                            i += 1;
                            continue 'format_loop;
                        }
                        // Format is more complex than simple flags and a verb
                        // or is malformed.
                        break;
                    }
                }
                i += 1;
            }

            // Do we have an explicit argument index?
            (arg_num, i, after_index) = self.arg_number(arg_num, format, i, a.len());

            // Do we have width?
            if i < end && format[i] == b'*' {
                i += 1;
                let (wid, present, n) = int_from_arg(a, arg_num);
                self.f.wid = wid;
                self.f.flags.wid_present = present;
                arg_num = n;
                if !present {
                    self.write(b"%!(BADWIDTH)");
                }
                // We have a negative width, so take its value and ensure that
                // the minus flag is set.
                if self.f.wid < 0 {
                    self.f.wid = -self.f.wid;
                    self.f.flags.minus = true;
                    self.f.flags.zero = false; // Do not pad with zeros to the right.
                }
                after_index = false;
            } else {
                let (wid, present, ni) = parse_num(format, i, end);
                self.f.wid = wid;
                self.f.flags.wid_present = present;
                i = ni;
                if after_index && present {
                    // "%[3]2d"
                    self.good_arg_num = false;
                }
            }

            // Do we have precision?
            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    // "%[3].2d"
                    self.good_arg_num = false;
                }
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, a.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (prec, present, n) = int_from_arg(a, arg_num);
                    self.f.prec = prec;
                    self.f.flags.prec_present = present;
                    arg_num = n;
                    // Negative precision arguments don't make sense.
                    if self.f.prec < 0 {
                        self.f.prec = 0;
                        self.f.flags.prec_present = false;
                    }
                    if !self.f.flags.prec_present {
                        self.write(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (prec, present, ni) = parse_num(format, i, end);
                    self.f.prec = prec;
                    self.f.flags.prec_present = present;
                    i = ni;
                    if !present {
                        self.f.prec = 0;
                        self.f.flags.prec_present = true;
                    }
                }
            }

            if !after_index {
                (arg_num, i, _) = self.arg_number(arg_num, format, i, a.len());
            }

            if i >= end {
                self.write(b"%!(NOVERB)");
                break;
            }

            let (verb, size) = if format[i] < 0x80 {
                (format[i] as char, 1)
            } else {
                let (r, size) = decode_rune(&format[i..]);
                (char::from_u32(r as u32).unwrap_or('\u{FFFD}'), size)
            };
            i += size;

            if verb == '%' {
                // Percent does not absorb operands and ignores f.wid and f.prec.
                self.write_byte(b'%');
            } else if !self.good_arg_num {
                self.write(b"%!");
                push_char(&mut self.f.buf, verb);
                self.write(b"(BADINDEX)");
            } else if arg_num >= a.len() {
                // No argument left over to print for the current verb.
                self.write(b"%!");
                push_char(&mut self.f.buf, verb);
                self.write(b"(MISSING)");
            } else {
                if verb == 'w' {
                    self.wrapped_errs.push(arg_num);
                }
                if verb == 'v' || verb == 'w' {
                    self.set_v_flags();
                }
                self.print_arg(&a[arg_num], verb);
                arg_num += 1;
            }
        }

        // Check for extra arguments unless the call accessed the arguments
        // out of order, in which case it's too expensive to detect if
        // they've all been used and arguably OK if they're not.
        if !self.reordered && arg_num < a.len() {
            self.f.clear_flags();
            self.write(b"%!(EXTRA ");
            for (i, arg) in a[arg_num..].iter().enumerate() {
                if i > 0 {
                    self.write(b", ");
                }
                if matches!(arg.val, Val::Nil) {
                    self.write(NIL_ANGLE);
                } else {
                    self.write(arg.ty.name.as_bytes());
                    self.write_byte(b'=');
                    self.print_arg(arg, 'v');
                }
            }
            self.write_byte(b')');
        }
    }

    /// Go's `doPrint`.
    pub fn do_print(&mut self, a: &[Node]) {
        let mut prev_string = false;
        for (arg_num, arg) in a.iter().enumerate() {
            let is_string = arg.ty.kind == Kind::String && !matches!(arg.val, Val::Nil);
            // Add a space between two non-string arguments.
            if arg_num > 0 && !is_string && !prev_string {
                self.write_byte(b' ');
            }
            self.print_arg(arg, 'v');
            prev_string = is_string;
        }
    }

    /// Go's `doPrintln`.
    pub fn do_println(&mut self, a: &[Node]) {
        for (arg_num, arg) in a.iter().enumerate() {
            if arg_num > 0 {
                self.write_byte(b' ');
            }
            self.print_arg(arg, 'v');
        }
        self.write_byte(b'\n');
    }
}
