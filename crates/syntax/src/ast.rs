//! The abstract syntax tree of a minigo source file.
//!
//! The shapes follow Go's `go/ast`: types are expressions (`[]int`, `*T`, `map[K]V` parse
//! as [`ExprKind`] variants), because Go's grammar cannot tell a type from a value in
//! positions such as `T(x)`, `make(T, n)` or `(*T)(p)`; the type checker decides.
//!
//! Every expression and every identifier has a [`NodeId`], unique across all files of
//! one program (the parser is given the first id to use). The type checker records what
//! it learns in side tables keyed by these ids (types of expressions, the object an
//! identifier denotes, field selections) instead of rewriting the tree.
//!
//! Parsing never fails: malformed regions become [`ExprKind::Bad`] / [`StmtKind::Bad`]
//! nodes next to a diagnostic, so later passes can keep going and report more errors.

use crate::span::Span;

/// Identifies an expression or identifier node; indexes the checker's side tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

/// A name occurrence (declaration or use). `_` is an ordinary `Ident` named `_`.
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub id: NodeId,
    pub name: String,
    pub span: Span,
}

/// One source file.
#[derive(Clone, Debug, PartialEq)]
pub struct File {
    /// The name after `package`.
    pub package: Ident,
    pub imports: Vec<ImportSpec>,
    pub decls: Vec<TopDecl>,
    pub span: Span,
}

/// `import name "path"`; `name` is `None` for the default name, `Some("_")`/`Some(".")` are kept as written.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportSpec {
    pub name: Option<Ident>,
    /// The decoded import path, e.g. `unicode/utf8`.
    pub path: String,
    pub path_span: Span,
    pub span: Span,
}

/// (`Func` is much larger than `Bad`; top-level declarations are few, so boxing would
/// only add indirection.)
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum TopDecl {
    Func(FuncDecl),
    Gen(GenDecl),
    /// A region the parser could not make sense of (a diagnostic was reported).
    Bad(Span),
}

/// `func (recv) name(params) results { body }`.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncDecl {
    pub recv: Option<Param>,
    pub name: Ident,
    pub sig: FuncSig,
    /// `None` for a declaration without body (only allowed in built-in package sources,
    /// where it declares a native function implemented in Rust).
    pub body: Option<Block>,
    pub span: Span,
}

/// A parameter list and result list; also the body of a `func` type expression.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncSig {
    /// Grouped names are expanded: `a, b int` becomes two params sharing a cloned type expr.
    pub params: Vec<Param>,
    /// Results; unnamed results have `name: None`.
    pub results: Vec<Param>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: Option<Ident>,
    pub ty: Expr,
    /// `...T` (only on the last parameter; the checker reports misuse).
    pub variadic: bool,
    pub span: Span,
}

/// `var`, `const` or `type` declaration, possibly grouped with parentheses.
#[derive(Clone, Debug, PartialEq)]
pub enum GenDecl {
    Var(Vec<ValueSpec>, Span),
    Const(Vec<ValueSpec>, Span),
    Type(Vec<TypeSpec>, Span),
}

/// `names [type] [= values]`.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    /// Empty when there is no `=`. For constants, Go repeats the previous spec's type and
    /// values when both are omitted; the checker implements that using `iota`.
    pub values: Vec<Expr>,
    /// Index of this spec inside its `const ( ... )` group (the value of `iota`); 0 for `var`.
    pub iota: u32,
    pub span: Span,
}

/// `type Name T` or the alias form `type Name = T`.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeSpec {
    pub name: Ident,
    pub alias: bool,
    pub ty: Expr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub id: NodeId,
    pub span: Span,
    pub kind: ExprKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// A name (variable, constant, type, function, package, builtin, `nil`, `true`, `iota`...).
    Ident(Ident),
    /// Integer literal as written (`0x_FF`, `1_000`, `0o17`, `017`); the checker evaluates it.
    IntLit(String),
    /// Float literal as written (`1e9`, `.5`, `0x1p-2`).
    FloatLit(String),
    /// A rune literal, already decoded (`'a'` = 97, `'\n'`, `'\u00e9'`, `'\xff'` = 255).
    RuneLit(u32),
    /// A string literal (interpreted or raw), decoded to bytes: `"\xff"` is not valid UTF-8.
    /// Raw strings have carriage returns removed, as Go specifies.
    StringLit(Vec<u8>),
    /// `T{...}`; `ty` is `None` for an elided type inside an enclosing literal (`[]Point{{1, 2}}`).
    CompositeLit {
        ty: Option<Box<Expr>>,
        elems: Vec<Element>,
        rbrace: Span,
    },
    /// `func(params) results { body }`.
    FuncLit {
        sig: FuncSig,
        body: Block,
    },
    Paren(Box<Expr>),
    /// `x.name`: a field, method, or qualified identifier `pkg.Name`.
    Selector(Box<Expr>, Ident),
    /// `x[i]` (also the array type `[N]T` is separate: see `ArrayType`).
    Index(Box<Expr>, Box<Expr>),
    /// `x[lo:hi]` or `x[lo:hi:max]`.
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
    },
    /// `x.(T)`; `ty` is `None` for `x.(type)` (only valid in a type switch header).
    TypeAssert(Box<Expr>, Option<Box<Expr>>),
    /// `f(args)`, `T(x)` (conversion), `make(T, n)`...; `ellipsis` is the span of a trailing `...`.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        ellipsis: Option<Span>,
    },
    /// `*x`: a pointer dereference or a pointer type.
    Star(Box<Expr>),
    /// Prefix operator other than `*`.
    Unary(UnaryOp, Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    /// `[N]T`, or `[...]T` when `len` is `None` (only in composite literals).
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    SliceType(Box<Expr>),
    MapType(Box<Expr>, Box<Expr>),
    ChanType(ChanDir, Box<Expr>),
    FuncType(FuncSig),
    StructType(Vec<FieldDecl>),
    InterfaceType(Vec<InterfaceElem>),
    /// A malformed expression; a diagnostic has been reported.
    Bad,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    BitNot,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    LogAnd,
    LogOr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl BinaryOp {
    /// Go's spelling of the operator.
    pub fn as_str(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Div => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            LogAnd => "&&",
            LogOr => "||",
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
        }
    }

    /// Go's precedence (5 = `* / % << >> & &^`, 4 = `+ - | ^`, 3 = comparisons, 2 = `&&`, 1 = `||`).
    pub fn precedence(self) -> u8 {
        use BinaryOp::*;
        match self {
            Mul | Div | Rem | Shl | Shr | And | AndNot => 5,
            Add | Sub | Or | Xor => 4,
            Eq | Ne | Lt | Le | Gt | Ge => 3,
            LogAnd => 2,
            LogOr => 1,
        }
    }
}

impl UnaryOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnaryOp::Pos => "+",
            UnaryOp::Neg => "-",
            UnaryOp::Not => "!",
            UnaryOp::BitNot => "^",
            UnaryOp::Addr => "&",
            UnaryOp::Recv => "<-",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    /// `chan T`
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

/// One element of a composite literal: `value`, or `key: value`.
#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    /// For structs the key is a field name (an `Ident` expression); for arrays/slices an
    /// index constant; for maps any key expression (which may itself be an elided-type
    /// composite literal).
    pub key: Option<Expr>,
    pub value: Expr,
}

/// A struct field declaration: `a, b int`, or an embedded field `T` / `*T` / `pkg.T`.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldDecl {
    /// Empty for an embedded field (its name is the type's name).
    pub names: Vec<Ident>,
    pub ty: Expr,
    pub embedded: bool,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum InterfaceElem {
    /// `Name(params) results`
    Method { name: Ident, sig: FuncSig },
    /// An embedded interface: `io.Reader`, `fmt.Stringer`, `error`, `Base`.
    Embed(Expr),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    /// From `{` to `}` inclusive.
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// A `var`, `const` or `type` declaration inside a function.
    Decl(GenDecl),
    /// An expression statement (a call or a receive).
    Expr(Expr),
    /// `ch <- v`
    Send {
        ch: Expr,
        value: Expr,
    },
    /// `x++` / `x--`
    IncDec {
        x: Expr,
        inc: bool,
    },
    /// `lhs = rhs`, `lhs := rhs`, `lhs op= rhs`.
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
    },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Break(Option<Ident>),
    Continue(Option<Ident>),
    Fallthrough,
    Block(Block),
    /// `if init; cond { then } else els` where `els` is an `If` or a `Block` statement.
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        els: Option<Box<Stmt>>,
    },
    /// Expression switch; `tag` is `None` for `switch { ... }` (switch true).
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        clauses: Vec<CaseClause>,
    },
    /// `switch bind := x.(type) { ... }`; `x` is the operand of `.(type)`.
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        x: Expr,
        clauses: Vec<TypeCaseClause>,
    },
    Select(Vec<CommClause>),
    /// `for init; cond; post { body }` (all three optional: `for {}`, `for cond {}`).
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for key, value := range x` / `for key = range x` / `for range x`.
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
        body: Block,
    },
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
    /// A lone `;` (also the empty statement before `}`).
    Empty,
    /// A malformed statement; a diagnostic has been reported.
    Bad,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `op=`, e.g. `+=`, `<<=`, `&^=`.
    Op(BinaryOp),
}

/// `case a, b:` or `default:` with its statements.
#[derive(Clone, Debug, PartialEq)]
pub struct CaseClause {
    /// `None` for `default`.
    pub exprs: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// `case T1, T2:` in a type switch; `nil` appears as an `Ident` expression named `nil`.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeCaseClause {
    /// `None` for `default`.
    pub types: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
    /// A fresh identifier node for the clause's implicit variable when the switch binds
    /// one (`switch v := x.(type)`): the checker records the clause variable's object
    /// under this id. It carries the binder's name and span.
    pub implicit: Option<Ident>,
    pub span: Span,
}

/// `case comm:` or `default:` in a select statement.
#[derive(Clone, Debug, PartialEq)]
pub struct CommClause {
    /// `None` for `default`; otherwise a `Send` statement, an `Expr` statement whose
    /// expression is a receive, or an `Assign` (`=` or `:=`) whose single rhs is a receive.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

impl Expr {
    /// Strips any number of enclosing parentheses.
    pub fn unparen(&self) -> &Expr {
        let mut e = self;
        while let ExprKind::Paren(inner) = &e.kind {
            e = inner;
        }
        e
    }
}

impl GenDecl {
    /// The span of the whole declaration, from the keyword on.
    pub fn span(&self) -> Span {
        match self {
            GenDecl::Var(_, s) | GenDecl::Const(_, s) | GenDecl::Type(_, s) => *s,
        }
    }
}

impl TopDecl {
    pub fn span(&self) -> Span {
        match self {
            TopDecl::Func(f) => f.span,
            TopDecl::Gen(g) => g.span(),
            TopDecl::Bad(s) => *s,
        }
    }
}
