//! Rendering of front-end diagnostics with ariadne (the only user of ariadne).
//!
//! Each diagnostic becomes one report: Go's message as the title, the source line with a
//! labelled caret, secondary labels, and a help note. Positions are byte offsets (the
//! front end's spans), which ariadne is configured for.

use ariadne::{Config, IndexType, Label, Report, ReportKind, sources};
use minigo_syntax::{Diagnostic, SourceMap};

/// Renders `diags` to a string (with ANSI colours when `color`).
pub fn render(map: &SourceMap, diags: &[Diagnostic], color: bool) -> String {
    let mut out = Vec::new();
    let mut cache = sources(map.files.iter().map(|f| (f.name.clone(), f.text.clone())));
    for d in diags {
        let file = map.get(d.span.file);
        let len = file.text.len();
        let clamp = |lo: u32, hi: u32| {
            let lo = (lo as usize).min(len);
            let hi = (hi as usize).clamp(lo, len);
            lo..hi
        };
        let name = file.name.clone();
        let range = clamp(d.span.lo, d.span.hi);
        let (line, col) = file.line_col(range.start);
        let mut report = Report::build(ReportKind::Error, (name.clone(), range.clone()))
            .with_config(
                Config::new()
                    .with_index_type(IndexType::Byte)
                    .with_color(color),
            )
            .with_message(format!("{}:{}:{}: {}", name, line, col, d.message))
            .with_label(
                Label::new((name.clone(), range)).with_message(if d.label.is_empty() {
                    &d.message
                } else {
                    &d.label
                }),
            );
        for (span, text) in &d.notes {
            let f = map.get(span.file);
            let r = {
                let lo = (span.lo as usize).min(f.text.len());
                lo..(span.hi as usize).clamp(lo, f.text.len())
            };
            report = report.with_label(Label::new((f.name.clone(), r)).with_message(text));
        }
        if let Some(h) = &d.help {
            report = report.with_help(h);
        }
        let _ = report.finish().write(&mut cache, &mut out);
    }
    String::from_utf8_lossy(&out).into_owned()
}
