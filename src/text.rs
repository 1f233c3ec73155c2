//! Short explanations in Swedish and English, attached to every fee line, interest line,
//! warning and finding so that a front end can show them as they are.

use serde::Serialize;

/// A text in Swedish (`sv`) and English (`en`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Text {
    /// Swedish.
    pub sv: String,
    /// English.
    pub en: String,
}

impl Text {
    /// A text from its two languages.
    pub fn new(sv: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            sv: sv.into(),
            en: en.into(),
        }
    }
}

/// Formats an amount the Swedish way for prose: `12 500,00 kr` (no-break spaces).
pub fn kr_sv(amount: crate::Money) -> String {
    let mut out = String::with_capacity(32);
    push_kr_sv(&mut out, amount);
    out
}

/// Formats an amount for English prose: `SEK 12,500.00`.
pub fn kr_en(amount: crate::Money) -> String {
    let mut out = String::with_capacity(32);
    push_kr_en(&mut out, amount);
    out
}

/// Appends [`kr_sv`]`(amount)` to `out`.
pub fn push_kr_sv(out: &mut String, amount: crate::Money) {
    push_grouped(out, amount, '\u{a0}', ',');
    out.push_str("\u{a0}kr");
}

/// Appends [`kr_en`]`(amount)` to `out`.
pub fn push_kr_en(out: &mut String, amount: crate::Money) {
    out.push_str("SEK ");
    push_grouped(out, amount, ',', '.');
}

/// The amount with thousands separated by `thousands` and `point` before the öre.
fn push_grouped(out: &mut String, amount: crate::Money, thousands: char, point: char) {
    let fixed = amount.to_fixed();
    let (int, frac) = fixed.split_once('.').unwrap_or((fixed.as_str(), "00"));
    let (sign, digits) = match int.strip_prefix('-') {
        Some(d) => ("-", d),
        None => ("", int),
    };
    out.push_str(sign);
    // Groups of three from the right: the first group takes what is left over.
    let mut first = digits.len() % 3;
    if first == 0 {
        first = 3;
    }
    let (head, mut rest) = digits.split_at_checked(first).unwrap_or((digits, ""));
    out.push_str(head);
    while let Some((group, tail)) = rest.split_at_checked(3) {
        out.push(thousands);
        out.push_str(group);
        rest = tail;
    }
    out.push(point);
    out.push_str(frac);
}

/// Formats a percentage for Swedish prose: `12,00 %`.
pub fn pct_sv(percent: rust_decimal::Decimal) -> String {
    let mut out = String::with_capacity(16);
    push_pct_sv(&mut out, percent);
    out
}

/// Formats a percentage for English prose: `12.00%`.
pub fn pct_en(percent: rust_decimal::Decimal) -> String {
    let mut out = String::with_capacity(16);
    push_pct_en(&mut out, percent);
    out
}

/// Appends [`pct_sv`]`(percent)` to `out`.
pub fn push_pct_sv(out: &mut String, percent: rust_decimal::Decimal) {
    for c in crate::rates::format_percent(percent).chars() {
        out.push(if c == '.' { ',' } else { c });
    }
    out.push_str("\u{a0}%");
}

/// Appends [`pct_en`]`(percent)` to `out`.
pub fn push_pct_en(out: &mut String, percent: rust_decimal::Decimal) {
    crate::money::push_fixed2(out, percent);
    out.push('%');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Money;

    #[test]
    fn formats_amounts() {
        assert_eq!(kr_sv(Money::from_ore(1_250_000)), "12\u{a0}500,00\u{a0}kr");
        assert_eq!(kr_en(Money::from_ore(1_250_000)), "SEK 12,500.00");
        assert_eq!(kr_en(Money::from_ore(6000)), "SEK 60.00");
        assert_eq!(
            kr_sv(Money::from_ore(100_000_000)),
            "1\u{a0}000\u{a0}000,00\u{a0}kr"
        );
        assert_eq!(kr_sv(Money::from_ore(-5)), "-0,05\u{a0}kr");
        let p = rust_decimal::Decimal::new(-50, 2);
        assert_eq!(pct_sv(p), "-0,50\u{a0}%");
        assert_eq!(pct_en(p), "-0.50%");
    }
}
