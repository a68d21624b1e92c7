//! Package variable initialisation order (types2's `initOrder`): a dependency graph of
//! package-level variables and functions, functions removed by connecting their
//! predecessors and successors, then variables emitted by fewest dependencies and
//! declaration order. Reports initialisation cycles.

use minigo_syntax::Diagnostic;
use minigo_syntax::ast::{GenDecl, TopDecl};
use rustc_hash::{FxHashMap, FxHashSet};

use super::{Checker, DeclKind};
use crate::info::VarInit;
use crate::objects::{ObjId, ObjKind};

struct Node {
    obj: ObjId,
    order: usize,
    is_func: bool,
    is_const: bool,
    succ: FxHashSet<usize>,
    pred: FxHashSet<usize>,
    ndeps: usize,
    done: bool,
}

impl Checker {
    pub(super) fn init_order(&mut self) -> Vec<VarInit> {
        let order = self.pkg.order.clone();
        let mut idx: FxHashMap<ObjId, usize> = FxHashMap::default();
        let mut nodes: Vec<Node> = vec![];
        for (i, &o) in order.iter().enumerate() {
            let is_func = matches!(self.obj(o).kind, ObjKind::Func(_));
            let is_var = matches!(self.pkg.decls.get(&o), Some(DeclKind::Var { .. }));
            let is_const = matches!(self.pkg.decls.get(&o), Some(DeclKind::Const { .. }));
            if !is_func && !is_var && !is_const {
                continue;
            }
            idx.insert(o, nodes.len());
            nodes.push(Node {
                obj: o,
                order: i,
                is_func,
                is_const,
                succ: FxHashSet::default(),
                pred: FxHashSet::default(),
                ndeps: 0,
                done: false,
            });
        }
        for n in 0..nodes.len() {
            let deps = self
                .pkg
                .deps
                .get(&nodes[n].obj)
                .cloned()
                .unwrap_or_default();
            for d in deps {
                if let Some(&di) = idx.get(&d) {
                    nodes[n].succ.insert(di);
                    nodes[di].pred.insert(n);
                }
            }
        }
        // Remove function nodes, cheapest first.
        let mut funcs: Vec<usize> = (0..nodes.len()).filter(|&i| nodes[i].is_func).collect();
        funcs.sort_by_key(|&i| nodes[i].pred.len() * nodes[i].succ.len());
        for &f in &funcs {
            let preds: Vec<usize> = nodes[f].pred.iter().copied().collect();
            let succs: Vec<usize> = nodes[f].succ.iter().copied().collect();
            for &p in &preds {
                if p == f {
                    continue;
                }
                for &s in &succs {
                    if s != f {
                        nodes[p].succ.insert(s);
                        nodes[s].pred.insert(p);
                    }
                }
                nodes[p].succ.remove(&f);
            }
            for &s in &succs {
                nodes[s].pred.remove(&f);
            }
        }
        let vars: Vec<usize> = (0..nodes.len()).filter(|&i| !nodes[i].is_func).collect();
        for &v in &vars {
            nodes[v].ndeps = nodes[v].succ.iter().filter(|&&s| !nodes[s].is_func).count();
        }
        let mut out = vec![];
        let mut emitted: FxHashSet<(usize, usize, usize)> = FxHashSet::default();
        let files = self.pkg.files.clone();
        for _ in 0..vars.len() {
            let Some(&n) = vars
                .iter()
                .filter(|&&v| !nodes[v].done)
                .min_by_key(|&&v| (!nodes[v].is_const, nodes[v].ndeps, nodes[v].order))
            else {
                break;
            };
            nodes[n].done = true;
            if nodes[n].ndeps > 0 {
                let obj = nodes[n].obj;
                if let Some(cycle) = self.find_path(obj, obj, &mut FxHashSet::default(), 0) {
                    self.report_init_cycle(&cycle);
                }
            }
            let preds: Vec<usize> = nodes[n].pred.iter().copied().collect();
            for p in preds {
                if !nodes[p].is_func && nodes[p].ndeps > 0 {
                    nodes[p].ndeps -= 1;
                }
            }
            let obj = nodes[n].obj;
            let Some(DeclKind::Var {
                file,
                decl,
                spec,
                idx: vi,
            }) = self.pkg.decls.get(&obj).copied()
            else {
                continue;
            };
            let TopDecl::Gen(GenDecl::Var(specs, _)) = &files[file].decls[decl] else {
                continue;
            };
            let vs = &specs[spec];
            if vs.values.is_empty() {
                continue;
            }
            let lhs_of = |c: &Checker, n: &minigo_syntax::ast::Ident| -> Option<ObjId> {
                if n.name == "_" {
                    None
                } else {
                    c.info.defs.get(&n.id).copied()
                }
            };
            if vs.values.len() == 1 && vs.names.len() > 1 {
                if !emitted.insert((file, decl, spec)) {
                    continue;
                }
                let lhs = vs.names.iter().map(|n| lhs_of(self, n)).collect();
                out.push(VarInit {
                    lhs,
                    rhs: vs.values[0].clone(),
                });
            } else if let Some(v) = vs.values.get(vi) {
                out.push(VarInit {
                    lhs: vec![lhs_of(self, &vs.names[vi])],
                    rhs: v.clone(),
                });
            }
        }
        out
    }

    /// A dependency path from `from` to `to` (types2's `findPath`).
    fn find_path(
        &self,
        from: ObjId,
        to: ObjId,
        seen: &mut FxHashSet<ObjId>,
        depth: usize,
    ) -> Option<Vec<ObjId>> {
        if depth > 10_000 || !seen.insert(from) {
            return None;
        }
        let deps = self.pkg.deps.get(&from)?;
        for &d in deps {
            if d == to {
                return Some(vec![d]);
            }
            if let Some(mut p) = self.find_path(d, to, seen, depth + 1) {
                p.insert(0, d);
                return Some(p);
            }
        }
        None
    }

    fn report_init_cycle(&mut self, cycle: &[ObjId]) {
        let Some(&first) = cycle.first() else { return };
        // The cycle ends with the starting object; rotate so it starts with it.
        let mut cyc: Vec<ObjId> = cycle.to_vec();
        if let Some(&last) = cyc.last() {
            cyc.pop();
            cyc.insert(0, last);
        }
        let _ = first;
        let obj = cyc[0];
        let name = self.obj(obj).name.clone();
        let span = self.obj(obj).span;
        if cyc.len() == 1 {
            self.error(
                span,
                format!("initialization cycle: {name} refers to itself"),
            );
            return;
        }
        let mut d = Diagnostic::error(span, format!("initialization cycle for {name}"));
        let mut cur = obj;
        for j in (0..cyc.len()).rev() {
            let next = cyc[j];
            let (cn, nn) = (self.obj(cur).name.clone(), self.obj(next).name.clone());
            let _ = cn;
            d = d.with_note(
                self.obj(next).span,
                format!("{nn} refers to {}", self.obj(cur).name),
            );
            cur = next;
        }
        self.diags.push(d);
    }
}
