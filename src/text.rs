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
    format!("{}\u{a0}kr", grouped(amount, '\u{a0}', ','))
}

/// Formats an amount for English prose: `SEK 12,500.00`.
pub fn kr_en(amount: crate::Money) -> String {
    format!("SEK {}", grouped(amount, ',', '.'))
}

/// The amount with thousands separated by `thousands` and `point` before the öre.
fn grouped(amount: crate::Money, thousands: char, point: char) -> String {
    let fixed = amount.to_fixed();
    let (int, frac) = fixed.split_once('.').unwrap_or((fixed.as_str(), "00"));
    let (sign, digits) = match int.strip_prefix('-') {
        Some(d) => ("-", d),
        None => ("", int),
    };
    let mut out = String::with_capacity(fixed.len().saturating_add(8));
    out.push_str(sign);
    let len = digits.len();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && len.saturating_sub(i) % 3 == 0 {
            out.push(thousands);
        }
        out.push(c);
    }
    out.push(point);
    out.push_str(frac);
    out
}

/// Formats a percentage for Swedish prose: `12,00 %`.
pub fn pct_sv(percent: rust_decimal::Decimal) -> String {
    format!(
        "{}\u{a0}%",
        crate::rates::format_percent(percent).replace('.', ",")
    )
}

/// Formats a percentage for English prose: `12.00%`.
pub fn pct_en(percent: rust_decimal::Decimal) -> String {
    format!("{}%", crate::rates::format_percent(percent))
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
    }
}
