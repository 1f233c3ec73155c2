//! A fast reader of the common claim straight into a valid [`Claim`], for the hot paths of the
//! JS boundary (issue 15): compact JSON as `JSON.stringify` writes it, amounts and dates as
//! strings, no agreed rates. It allocates only what the claim keeps (its vectors, invoice
//! numbers) and reads dates and amounts from the text in place; the general reader
//! ([`super::ClaimInput`] through serde) makes a `String` of each first.
//!
//! It never decides an error. Anything it does not handle, and anything wrong, gives `None`:
//! a key it does not know, a key twice, a number where it wants a string, an escape in a
//! string (a lone surrogate's `\ud800` among them: the general reader refuses it at its
//! field), an agreed rate, a payment term, a value that fails its parse or the claim's checks.
//! The caller then reads the same text with the general reader, which accepts or refuses it
//! with its own code, field and message. So the reader needs no messages, and whenever it gives
//! a claim that claim equals what the general reader gives (tests/quick_reader.rs compares the
//! two on generated claims).
//!
//! ```
//! let text = r#"{"debtor":"consumer","invoices":[{"number":"1","amount":"100.50","issueDate":"2025-01-01"}]}"#;
//! let claim = inkasso::input::quick::claim(text).expect("the common shape");
//! assert_eq!(claim.invoices[0].amount.to_string(), "100.50");
//! // A number as the amount: left to the general reader.
//! assert!(inkasso::input::quick::claim(r#"{"debtor":"consumer","invoices":[{"number":"1","amount":100.5,"issueDate":"2025-01-01"}]}"#).is_none());
//! ```

use time::Date;

use crate::calendar::date_of_bytes;
use crate::claim::{
    Claim, CreditNote, DayCount, DebtorKind, Invoice, Payment, Step, StepKind, MAX_INVOICES,
    MAX_PAYMENTS, MAX_STEPS,
};
use crate::input::reader::Variants;
use crate::money::Money;

/// The claim in `text` (the whole text, white space around it allowed), checked as
/// [`super::ClaimInput::into_claim`] checks it ([`Claim::validate`] accepted it: a caller need
/// not check it again); `None`: read it with the general reader.
pub fn claim(text: &str) -> Option<Claim> {
    let mut reader = Reader::new(text);
    let claim = reader.claim()?;
    reader.end()?;
    Some(claim)
}

/// The claim at the start of `text` and how many bytes it takes (for an array of claims);
/// `None` as for [`claim`].
pub fn claim_prefix(text: &str) -> Option<(Claim, usize)> {
    let mut reader = Reader::new(text);
    let claim = reader.claim()?;
    Some((claim, reader.pos))
}

/// The bytes that end a string's plain run: `"`, `\\` and the control characters (one look-up
/// a byte: every byte of a claim's strings is scanned). The same bytes JSON writes escaped
/// (the wasm boundary's writer uses this table too).
// Evaluated at compile time: an index out of range would fail the build, not the module.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
pub(crate) static ENDS_PLAIN: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = true;
        b += 1;
    }
    table[b'"' as usize] = true;
    table[b'\\' as usize] = true;
    table
};

/// Reads `str` (checked UTF-8 once, so each string is sliced out of it in place) by its bytes.
/// What [`Reader::object`] does with the value of each key (by the key's index). A trait object
/// of this one method, not a `dyn FnMut` (whose table also holds a copy of the closure as
/// `call_once`).
trait Field<'a> {
    fn field(&mut self, r: &mut Reader<'a>, key: usize) -> Option<()>;
}

impl<'a, F: FnMut(&mut Reader<'a>, usize) -> Option<()>> Field<'a> for F {
    fn field(&mut self, r: &mut Reader<'a>, key: usize) -> Option<()> {
        self(r, key)
    }
}

struct Reader<'a> {
    str: &'a str,
    text: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn new(str: &'a str) -> Self {
        Reader {
            str,
            text: str.as_bytes(),
            pos: 0,
        }
    }

    #[inline]
    fn peek(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.text.get(self.pos) {
            self.pos = self.pos.saturating_add(1);
        }
        self.text.get(self.pos).copied()
    }

    #[inline]
    fn eat(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.pos = self.pos.saturating_add(1))
    }

    #[inline]
    fn eat_word(&mut self, word: &[u8]) -> bool {
        let end = self.pos.saturating_add(word.len());
        let found = self.text.get(self.pos..end) == Some(word);
        if found {
            self.pos = end;
        }
        found
    }

    fn end(&mut self) -> Option<()> {
        match self.peek() {
            None => Some(()),
            Some(_) => None,
        }
    }

    /// A string without escapes (an escape: `None`), borrowed from the text.
    fn string(&mut self) -> Option<&'a str> {
        self.eat(b'"')?;
        let start = self.pos;
        let rest = self.text.get(start..)?;
        let len = rest
            .iter()
            .position(|&b| ENDS_PLAIN.get(usize::from(b)).copied().unwrap_or(true))?;
        if rest.get(len) != Some(&b'"') {
            return None;
        }
        let end = start.saturating_add(len);
        self.pos = end.saturating_add(1);
        // Between two ASCII quotes: on character boundaries.
        self.str.get(start..end)
    }

    fn bool(&mut self) -> Option<bool> {
        self.peek()?;
        if self.eat_word(b"true") {
            Some(true)
        } else if self.eat_word(b"false") {
            Some(false)
        } else {
            None
        }
    }

    /// `null`, consumed (`undefined` and the rest are left to the general reader).
    fn null(&mut self) -> bool {
        self.peek().is_some() && self.eat_word(b"null")
    }

    /// `null` as `None`, else `read`.
    fn optional<T>(&mut self, read: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        if self.null() {
            Some(None)
        } else {
            read(self).map(Some)
        }
    }

    /// A name of one of the input's enums (`"consumer"`, `"collectionDemand"`, `"30/360"`), by
    /// the enum's own names ([`Variants`], as its serde derive names them).
    fn named<T: Variants>(&mut self) -> Option<T> {
        T::named(self.string()?)
    }

    #[inline]
    fn date(&mut self) -> Option<Date> {
        date_of_bytes(self.string()?.as_bytes())
    }

    #[inline]
    fn money(&mut self) -> Option<Money> {
        Money::parse(self.string()?).ok()
    }

    /// An object: `field` reads the value of each key; a key twice gives `None`, as serde's
    /// readers refuse it. `keys` lists the keys `field` knows, for that check.
    fn object(
        &mut self,
        keys: &[&str],
        mut field: impl FnMut(&mut Self, usize) -> Option<()>,
    ) -> Option<()> {
        self.object_with(keys, &mut field)
    }

    /// [`Self::object`] with `field` as a [`Field`] trait object: the loop is compiled once,
    /// not into each of the five objects' readers.
    #[inline(never)]
    fn object_with(&mut self, keys: &[&str], field: &mut dyn Field<'a>) -> Option<()> {
        self.eat(b'{')?;
        if self.eat(b'}').is_some() {
            return Some(());
        }
        let mut seen: u32 = 0;
        loop {
            let key = self.string()?;
            let index = keys.iter().position(|k| *k == key)?;
            let bit = 1u32.checked_shl(u32::try_from(index).ok()?)?;
            if seen & bit != 0 {
                return None;
            }
            seen |= bit;
            self.eat(b':')?;
            field.field(self, index)?;
            match self.peek()? {
                b',' => self.pos = self.pos.saturating_add(1),
                b'}' => {
                    self.pos = self.pos.saturating_add(1);
                    return Some(());
                }
                _ => return None,
            }
        }
    }

    /// An array of at most `max` elements read by `element`.
    fn list<T>(&mut self, max: usize, element: fn(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        self.eat(b'[')?;
        let mut out = Vec::new();
        if self.eat(b']').is_some() {
            return Some(out);
        }
        loop {
            if out.len() >= max {
                return None;
            }
            out.push(element(self)?);
            match self.peek()? {
                b',' => self.pos = self.pos.saturating_add(1),
                b']' => {
                    self.pos = self.pos.saturating_add(1);
                    return Some(out);
                }
                _ => return None,
            }
        }
    }

    /// [`Self::list`], or `null` as no elements (an optional list left out).
    fn optional_list<T>(
        &mut self,
        max: usize,
        element: fn(&mut Self) -> Option<T>,
    ) -> Option<Vec<T>> {
        if self.null() {
            Some(Vec::new())
        } else {
            self.list(max, element)
        }
    }

    fn claim(&mut self) -> Option<Claim> {
        const KEYS: [&str; 11] = [
            "debtor",
            "reminderFeeAgreed",
            "lateFee",
            "dayCount",
            "shiftDueDate",
            "agreedRate",
            "agreedMargin",
            "invoices",
            "steps",
            "payments",
            "credits",
        ];
        let mut debtor: Option<DebtorKind> = None;
        let mut reminder_fee_agreed = false;
        let mut late_fee: Option<bool> = None;
        let mut day_count: Option<DayCount> = None;
        let mut shift_due_date: Option<bool> = None;
        let mut invoices: Option<Vec<Invoice>> = None;
        let mut steps = Vec::new();
        let mut payments = Vec::new();
        let mut credits = Vec::new();
        self.object(&KEYS, |r, key| {
            match key {
                0 => debtor = Some(r.named()?),
                // `null` is the field left out (its default), as the general reader reads it.
                1 => reminder_fee_agreed = r.optional(Reader::bool)?.unwrap_or(false),
                2 => late_fee = r.optional(Reader::bool)?,
                3 => day_count = r.optional(Reader::named)?,
                4 => shift_due_date = r.optional(Reader::bool)?,
                // An agreed rate or margin: the general reader's (only `null` is read here).
                5 | 6 => r.null().then_some(())?,
                7 => invoices = Some(r.list(MAX_INVOICES, Reader::invoice)?),
                8 => steps = r.optional_list(MAX_STEPS, Reader::step)?,
                9 => payments = r.optional_list(MAX_PAYMENTS, Reader::payment)?,
                _ => credits = r.optional_list(MAX_PAYMENTS, Reader::credit)?,
            }
            Some(())
        })?;
        let claim = Claim {
            debtor: debtor?,
            reminder_fee_agreed,
            late_fee: late_fee.unwrap_or(true),
            day_count: day_count.unwrap_or_default(),
            shift_due_date: shift_due_date.unwrap_or(true),
            agreed_rate: None,
            agreed_margin: None,
            invoices: invoices?,
            steps,
            payments,
            credits,
        };
        claim.validate().ok()?;
        Some(claim)
    }

    fn invoice(&mut self) -> Option<Invoice> {
        const KEYS: [&str; 7] = [
            "number",
            "amount",
            "issueDate",
            "dueDate",
            "description",
            "agreedRate",
            "agreedMargin",
        ];
        let mut number = None;
        let mut amount = None;
        let mut issue_date = None;
        let mut due_date = None;
        let mut description = None;
        self.object(&KEYS, |r, key| {
            match key {
                0 => number = Some(r.string()?),
                1 => amount = Some(r.money()?),
                2 => issue_date = Some(r.date()?),
                3 => due_date = r.optional(Reader::date)?,
                4 => description = r.optional(Reader::string)?,
                _ => r.null().then_some(())?,
            }
            Some(())
        })?;
        Some(Invoice {
            number: number?.to_owned(),
            amount: amount?,
            issue_date: issue_date?,
            due_date,
            rate: None,
            description: description.map(str::to_owned),
        })
    }

    fn step(&mut self) -> Option<Step> {
        const KEYS: [&str; 9] = [
            "kind",
            "date",
            "paymentTermDays",
            "fee",
            "costs",
            "furtherYear",
            "withdrawn",
            "ended",
            "groundless",
        ];
        let mut kind: Option<StepKind> = None;
        let mut date = None;
        let mut fee = None;
        let mut costs = None;
        let mut further_year = None;
        let mut withdrawn = None;
        let mut ended = None;
        let mut groundless = None;
        self.object(&KEYS, |r, key| {
            match key {
                0 => kind = Some(r.named()?),
                1 => date = Some(r.date()?),
                // A payment term: the general reader's (only `null` is read here).
                2 => r.null().then_some(())?,
                3 => fee = r.optional(Reader::bool)?,
                4 => costs = r.optional(Reader::money)?,
                5 => further_year = r.optional(Reader::bool)?,
                6 => withdrawn = r.optional(Reader::date)?,
                7 => ended = r.optional(Reader::date)?,
                _ => groundless = r.optional(Reader::bool)?,
            }
            Some(())
        })?;
        Some(Step {
            kind: kind?,
            date: date?,
            payment_term_days: None,
            fee,
            costs,
            further_year: further_year.unwrap_or(false),
            withdrawn,
            ended,
            groundless: groundless.unwrap_or(false),
        })
    }

    fn payment(&mut self) -> Option<Payment> {
        let mut date = None;
        let mut amount = None;
        let mut invoice = None;
        self.object(&["date", "amount", "invoice"], |r, key| {
            match key {
                0 => date = Some(r.date()?),
                1 => amount = Some(r.money()?),
                _ => invoice = r.optional(Self::string)?,
            }
            Some(())
        })?;
        Some(Payment {
            date: date?,
            amount: amount?,
            invoice: invoice.map(str::to_owned),
        })
    }

    fn credit(&mut self) -> Option<CreditNote> {
        let mut invoice = None;
        let mut date = None;
        let mut amount = None;
        self.object(&["invoice", "date", "amount"], |r, key| {
            match key {
                0 => invoice = Some(r.string()?),
                1 => date = Some(r.date()?),
                _ => amount = Some(r.money()?),
            }
            Some(())
        })?;
        Some(CreditNote {
            invoice: invoice?.to_owned(),
            date: date?,
            amount: amount?,
        })
    }
}
