//! Diagnostics produced by the front end (syntax and type errors).
//!
//! A [`Diagnostic`] is plain data: a primary span with Go's message text, optional
//! secondary labels and a help note. Rendering (ariadne) happens only in the CLI, so
//! that the front end stays free of terminal concerns and snapshot tests can render
//! without colour.

use crate::span::Span;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Go's wording, e.g. `declared and not used: x`.
    pub message: String,
    /// Where the error is; the caret goes here.
    pub span: Span,
    /// Text of the label under the caret (defaults to the message when empty).
    pub label: String,
    /// Secondary spans with their own labels (e.g. "previous declaration here").
    pub notes: Vec<(Span, String)>,
    /// A help line shown under the report.
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            message: message.into(),
            span,
            label: String::new(),
            notes: vec![],
            help: None,
        }
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = label.into();
        self
    }

    pub fn with_note(mut self, span: Span, text: impl Into<String>) -> Diagnostic {
        self.notes.push((span, text.into()));
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }
}
