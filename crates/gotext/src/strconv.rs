//! Go's `strconv` package: number formatting and parsing, quoting.
//!
//! Everything here is re-exported at the crate root. Submodules:
//! * `ftoa`: [`format_float`] / [`append_float`] (`FormatFloat`);
//! * `itoa`: [`format_int`], [`format_uint`], [`itoa`];
//! * `quote`: [`quote`], [`quote_to_ascii`], [`quote_rune`], ... and
//!   [`can_backquote`];
//! * `isprint`: [`is_print`] / [`is_graphic`] with Go's table layout,
//!   generated for Unicode 15.0.0 (Go 1.21+);
//! * `atoi`: [`parse_int`], [`parse_uint`], [`atoi`], [`parse_bool`] and
//!   [`NumError`];
//! * `atof`: [`parse_float`].

mod atof;
mod atoi;
mod ftoa;
mod isprint;
mod itoa;
mod quote;

pub use atof::{parse_float, parse_float_go};
pub use atoi::{
    NumError, NumErrorKind, atoi, atoi_go, parse_bool, parse_bool_go, parse_int, parse_int_go,
    parse_uint, parse_uint_go,
};
pub use ftoa::{append_float, format_float};
pub use isprint::{is_graphic, is_print};
pub use itoa::{format_int, format_uint, itoa};
pub(crate) use quote::{append_quoted_rune_with, append_quoted_with};
pub use quote::{
    can_backquote, quote, quote_rune, quote_rune_to_ascii, quote_rune_to_graphic, quote_to_ascii,
    quote_to_graphic,
};

/// Go's `strconv.FormatBool`.
pub fn format_bool(b: bool) -> &'static str {
    if b { "true" } else { "false" }
}

#[cfg(test)]
#[rustfmt::skip]
mod isprint_oracle;
#[cfg(test)]
#[rustfmt::skip]
mod oracle_cases;
#[cfg(test)]
mod tests;
