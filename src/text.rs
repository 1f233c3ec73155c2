//! The one text catalogue: every Swedish and English sentence the crate says is rendered here,
//! from the typed facts of a warning, a finding, an interest or fee line, a timeline entry, a
//! limitation, a letter or a preset, one match per code. Nothing else in the crate builds
//! sentences. The engine computes decisions and facts; texts are built only when a caller asks
//! for them (when a result is serialised, or through methods such as
//! [`crate::warning::Warning::text`]), never inside the computation.
//!
//! Amounts in texts come from the facts or from the dated tables ([`crate::fees`],
//! [`crate::params`]) on the day concerned, never from literals.
//!
//! Most sentences are templates, one per language, rendered by one small renderer: `{0}` …
//! `{9}` stand for typed arguments (`Arg`: a date, an amount, a percentage, a step or fee
//! kind, days…), each written in the template's language (`12 500,00 kr` / `SEK 12,500.00`).
//! Any other `{` is itself, so a letter's own placeholders (`{claimBasis}`) pass through. In
//! the wasm module this is much smaller than two `format!`s with their own arguments for each
//! sentence (issue 15). The crate's English error messages use the same renderer
//! (`message`).

use std::borrow::Cow;

use rust_decimal::Decimal;
use serde::Serialize;
use time::Date;

use crate::calendar::format_date;
use crate::claim::StepKind;
use crate::compliance::{Finding, FindingFacts};
use crate::fees::FeeKind;
use crate::limitation::{InterruptionKind, InvoiceLimitation, Limitation, Title};
use crate::money::{push_int, Money};
use crate::params::Span;
use crate::policy::PresetId;
use crate::statement::{FeeLine, InterestLine};
use crate::timeline::{Entry, EntryKind, EntryStatus};
use crate::warning::{AdjustReason, Facts, NoLateFeeReason, Subject, Warning};

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

/// A statutory amount for prose: `300 kr` when it is whole kronor, else as [`kr_sv`].
#[cfg_attr(inkasso_size, optimize(size))]
pub fn kr_round_sv(amount: crate::Money) -> String {
    let text = kr_sv(amount);
    match text.strip_suffix(",00\u{a0}kr") {
        Some(kronor) => format!("{kronor}\u{a0}kr"),
        None => text,
    }
}

/// A statutory amount for English prose: `SEK 300` when it is whole kronor, else as [`kr_en`].
#[cfg_attr(inkasso_size, optimize(size))]
pub fn kr_round_en(amount: crate::Money) -> String {
    let text = kr_en(amount);
    match text.strip_suffix(".00") {
        Some(whole) => whole.to_owned(),
        None => text,
    }
}

/// Appends [`kr_sv`]`(amount)` to `out`.
#[doc(hidden)]
pub fn push_kr_sv(out: &mut String, amount: crate::Money) {
    push_grouped(out, amount, '\u{a0}', ',');
    out.push_str("\u{a0}kr");
}

/// Appends [`kr_en`]`(amount)` to `out`.
#[doc(hidden)]
pub fn push_kr_en(out: &mut String, amount: crate::Money) {
    out.push_str("SEK ");
    push_grouped(out, amount, ',', '.');
}

/// The amount with thousands separated by `thousands` and `point` before the öre.
#[cfg_attr(inkasso_size, optimize(size))]
fn push_grouped(out: &mut String, amount: crate::Money, thousands: char, point: char) {
    let fixed = amount.fixed();
    let fixed = fixed.as_str();
    let (int, frac) = fixed.split_once('.').unwrap_or((fixed, "00"));
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

/// Formats a percentage for Swedish prose: `12,00 %`, a negative one with a minus sign
/// (`−0,50 %`, U+2212), as the margins beside it are written.
pub fn pct_sv(percent: rust_decimal::Decimal) -> String {
    let mut out = String::with_capacity(16);
    push_pct_sv(&mut out, percent);
    out
}

/// Formats a percentage for English prose: `12.00%`, a negative one with a minus sign
/// (`−0.50%`, U+2212).
pub fn pct_en(percent: rust_decimal::Decimal) -> String {
    let mut out = String::with_capacity(16);
    push_pct_en(&mut out, percent);
    out
}

/// Appends [`pct_sv`]`(percent)` to `out`.
#[doc(hidden)]
#[cfg_attr(inkasso_size, optimize(size))]
pub fn push_pct_sv(out: &mut String, percent: rust_decimal::Decimal) {
    for c in crate::rates::format_percent(percent).chars() {
        out.push(match c {
            '.' => ',',
            '-' => '\u{2212}',
            c => c,
        });
    }
    out.push_str("\u{a0}%");
}

/// Appends [`pct_en`]`(percent)` to `out`.
#[doc(hidden)]
pub fn push_pct_en(out: &mut String, percent: rust_decimal::Decimal) {
    if percent.is_sign_negative() && !percent.is_zero() {
        out.push('\u{2212}');
    }
    crate::money::push_fixed2(out, percent.abs());
    out.push('%');
}

/// A text of fixed words (out of line: one copy of the two allocations for every such text).
#[inline(never)]
#[cfg_attr(inkasso_size, optimize(size))]
fn t(sv: &str, en: &str) -> Text {
    Text::new(sv, en)
}

/// `text` with its first letter in upper case.
pub fn capitalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_capitalised(&mut out, text);
    out
}

/// Appends [`capitalise`]`(text)` to `out`.
#[cfg_attr(inkasso_size, optimize(size))]
/// `text` with its first letter in lower case when it is an ASCII capital (the catalogue's
/// explanations begin with one).
fn lower_first_ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    if let Some(first) = chars.next() {
        out.push(first.to_ascii_lowercase());
    }
    out.push_str(chars.as_str());
    out
}

fn push_capitalised(out: &mut String, text: &str) {
    let mut chars = text.chars();
    if let Some(first) = chars.next() {
        out.push(upper_case(first));
    }
    out.push_str(chars.as_str());
}

/// The capital of a letter the catalogue's names begin with: ASCII and the Swedish å, ä, ö and
/// é (checked against `char::to_uppercase` for every name by a test). Anything else is left as
/// it is: Unicode's full case tables would be 7 KB of the wasm module for these few letters.
fn upper_case(c: char) -> char {
    match c {
        'å' => 'Å',
        'ä' => 'Ä',
        'ö' => 'Ö',
        'é' => 'É',
        c => c.to_ascii_uppercase(),
    }
}

// ---------------------------------------------------------------------------------------------
// Names

/// The Swedish legal term of a step kind.
pub fn step_sv(kind: StepKind) -> &'static str {
    match kind {
        StepKind::Reminder => "betalningspåminnelse",
        StepKind::CollectionDemand => "inkassokrav",
        StepKind::FinalNotice => "slutlig påminnelse",
        StepKind::PaymentPlan => "amorteringsplan",
        StepKind::PaymentOrder => "ansökan om betalningsföreläggande",
        StepKind::Enforcement => "ansökan om verkställighet",
        StepKind::Dispute => "bestridande",
        StepKind::CourtAction => "stämningsansökan",
        StepKind::Judgment => "dom eller utslag",
        StepKind::Surveillance => "efterbevakning",
    }
}

/// The Swedish name of a step kind in its definite form, for a step named by its date
/// (`inkassokravet 2025-06-02`).
pub fn step_sv_definite(kind: StepKind) -> &'static str {
    match kind {
        StepKind::Reminder => "betalningspåminnelsen",
        StepKind::CollectionDemand => "inkassokravet",
        StepKind::FinalNotice => "den slutliga påminnelsen",
        StepKind::PaymentPlan => "amorteringsplanen",
        StepKind::PaymentOrder => "ansökan om betalningsföreläggande",
        StepKind::Enforcement => "ansökan om verkställighet",
        StepKind::Dispute => "bestridandet",
        StepKind::CourtAction => "stämningsansökan",
        StepKind::Judgment => "domen eller utslaget",
        StepKind::Surveillance => "efterbevakningen",
    }
}

/// A step's name in its definite form, as [`Arg::StepDef`], but a judgment named by the title
/// the steps show it is: `domen` or `utslaget` rather than `domen eller utslaget`.
fn step_titled(kind: StepKind, title: Option<Title>) -> Arg<'static> {
    match (kind, title) {
        (StepKind::Judgment, Some(Title::Dom)) => Arg::Both("domen", "judgment"),
        (StepKind::Judgment, Some(Title::Utslag)) => Arg::Both("utslaget", "decision (utslag)"),
        _ => Arg::StepDef(kind),
    }
}

/// The Swedish pronoun for [`step_sv`]'s noun: `det` for the neuter ones, `den` for the others.
pub fn pronoun_sv(kind: StepKind) -> &'static str {
    match kind {
        StepKind::CollectionDemand | StepKind::Dispute => "det",
        _ => "den",
    }
}

/// The Swedish indefinite article of [`step_sv`]'s noun: `ett` for the neuter ones
/// (inkassokrav, bestridande), `en` for the others.
pub fn article_sv(kind: StepKind) -> &'static str {
    match kind {
        StepKind::CollectionDemand | StepKind::Dispute => "ett",
        _ => "en",
    }
}

/// The English name of a step kind.
pub fn step_en(kind: StepKind) -> &'static str {
    match kind {
        StepKind::Reminder => "payment reminder",
        StepKind::CollectionDemand => "debt-collection demand",
        StepKind::FinalNotice => "final notice",
        StepKind::PaymentPlan => "instalment plan",
        StepKind::PaymentOrder => "application for a payment order",
        StepKind::Enforcement => "application for enforcement",
        StepKind::Dispute => "dispute",
        StepKind::CourtAction => "court action",
        StepKind::Judgment => "judgment",
        StepKind::Surveillance => "post-judgment surveillance",
    }
}

/// A fee of a step, capitalised, before the step's date: `Inkassoavgift för inkassokravet`,
/// `Avgift för amorteringsplanen` (the plan fee names its step itself).
#[cfg_attr(inkasso_size, optimize(size))]
fn fee_of_step_sv(fee: FeeKind, step: StepKind) -> String {
    match fee {
        FeeKind::PaymentPlanFee => "Avgift för amorteringsplanen".to_owned(),
        // Awarded by the judgment, not a fee for it.
        FeeKind::CourtCosts => format!("Rättegångskostnader enligt {}", step_sv_definite(step)),
        _ => format!("{} för {}", capitalise(fee_sv(fee)), step_sv_definite(step)),
    }
}

/// The Swedish name of a fee.
pub fn fee_sv(kind: FeeKind) -> &'static str {
    match kind {
        FeeKind::ReminderFee => "påminnelseavgift",
        FeeKind::CollectionFee => "inkassoavgift",
        FeeKind::PaymentPlanFee => "avgift för amorteringsplan",
        FeeKind::LateFee => "förseningsersättning",
        FeeKind::PaymentOrderFee => "ansökningsavgift för betalningsföreläggande",
        FeeKind::PaymentOrderCompensation => {
            "ersättning för att upprätta ansökan om betalningsföreläggande"
        }
        FeeKind::EnforcementFee => "grundavgift för verkställighet",
        FeeKind::CourtFee => "ansökningsavgift i tingsrätten",
        FeeKind::CourtTransferFee => "tilläggsavgift i tingsrätten",
        FeeKind::CourtCosts => "rättegångskostnader",
    }
}

/// The English name of a fee.
pub fn fee_en(kind: FeeKind) -> &'static str {
    match kind {
        FeeKind::ReminderFee => "reminder fee",
        FeeKind::CollectionFee => "collection fee",
        FeeKind::PaymentPlanFee => "instalment plan fee",
        FeeKind::LateFee => "late-payment compensation",
        FeeKind::PaymentOrderFee => "payment order application fee",
        FeeKind::PaymentOrderCompensation => {
            "compensation for preparing the payment order application"
        }
        FeeKind::EnforcementFee => "enforcement basic fee",
        FeeKind::CourtFee => "district court application fee",
        FeeKind::CourtTransferFee => "district court supplementary fee",
        FeeKind::CourtCosts => "litigation costs",
    }
}

/// The Swedish term of a timeline entry.
pub fn entry_sv(kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::Due => "förfallodag",
        other => other.step_kind().map_or("", step_sv),
    }
}

/// The English name of a timeline entry.
pub fn entry_en(kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::Due => "due date",
        other => other.step_kind().map_or("", step_en),
    }
}

fn interruption_names(kind: InterruptionKind) -> (&'static str, &'static str) {
    match kind {
        InterruptionKind::Payment => ("betalning", "payment"),
        InterruptionKind::Reminder => ("betalningspåminnelse", "payment reminder"),
        InterruptionKind::CollectionDemand => ("inkassokrav", "debt-collection demand"),
        InterruptionKind::FinalNotice => ("slutlig påminnelse", "final notice"),
        InterruptionKind::PaymentPlan => ("amorteringsplan", "instalment plan"),
        // It is the application that interrupts (preskriptionslagen 5 § 3).
        InterruptionKind::PaymentOrder => (
            "ansökan om betalningsföreläggande",
            "application for a payment order",
        ),
        InterruptionKind::Enforcement => {
            ("ansökan om verkställighet", "application for enforcement")
        }
        InterruptionKind::CourtAction => ("stämningsansökan", "court action"),
        InterruptionKind::Judgment => ("dom eller utslag", "judgment"),
    }
}

/// The amount of `fee` under today's law (the table's last row): for texts without a date.
fn fee_now(fee: FeeKind) -> Money {
    fee.table().last().map_or(Money::ZERO, |p| p.amount)
}

// ---------------------------------------------------------------------------------------------
// Templates

/// A value put into a template of [`tpl`] or [`message`], written in the language of the
/// text rendered.
#[derive(Clone, Copy)]
pub(crate) enum Arg<'a> {
    /// The same words in both languages (an invoice number, a half-year).
    S(&'a str),
    /// Swedish words, English words.
    Both(&'a str, &'a str),
    /// A date, `YYYY-MM-DD`.
    Date(Date),
    /// An amount: [`kr_sv`] / [`kr_en`].
    Kr(Money),
    /// A percentage: [`pct_sv`] / [`pct_en`].
    Pct(Decimal),
    /// A whole number.
    Int(i64),
    /// A step's name: [`step_sv`] / [`step_en`].
    Step(StepKind),
    /// A step's name in its definite form: [`step_sv_definite`] / [`step_en`].
    StepDef(StepKind),
    /// The Swedish article of a step's name ([`article_sv`]); nothing in English.
    Article(StepKind),
    /// A fee's name: [`fee_sv`] / [`fee_en`].
    Fee(FeeKind),
    /// A fee's name capitalised: [`fee_sv`] / [`fee_en`].
    FeeCap(FeeKind),
    /// A step's definite name capitalised: [`step_sv_definite`] / [`step_en`] (as it is).
    StepDefCap(StepKind),
    /// A statutory amount: [`kr_round_sv`] / [`kr_round_en`].
    KrRound(Money),
    /// A timeline entry's name capitalised: [`entry_sv`] / [`entry_en`].
    EntryCap(EntryKind),
    /// A number of days: `1 dag`, `2 dagar` / `1 day`, `2 days`.
    Days(i64),
    /// A number of bank days: `1 bankdag`, `2 bankdagar` / `1 bank day`, `2 bank days`.
    BankDays(i64),
    /// A text quoted as error messages quote one ([`crate::error::quoted`]).
    Quoted(&'a str),
    /// An amount as its plain decimal, `-1234.50` (as [`Money`] displays).
    Amount(Money),
    /// A half-year in words: `första halvåret 2024` / `the first half of 2024` (the results'
    /// `halfYear` fields stay `2024-H1`).
    Half(crate::rates::HalfYear),
}

/// An English message (an error's) from its template, in which `{0}` … `{9}` stand for
/// `args`: one renderer for every message so built, instead of a `format!` at each place
/// (issue 15, size).
#[inline(never)]
pub(crate) fn message(template: &str, args: &[Arg]) -> String {
    render(template, args, false)
}

/// A text from its Swedish and English templates, in which `{0}` … `{9}` stand for `args`
/// (each written in the template's language). One renderer for every sentence so built, instead
/// of two `format!`s with their own arguments at each (issue 15, size).
#[inline(never)]
fn tpl(sv: &str, en: &str, args: &[Arg]) -> Text {
    Text {
        sv: render(sv, args, true),
        en: render(en, args, false),
    }
}

/// `template` with its `{0}` … `{9}` replaced by `args` in Swedish (`sv`) or English. Any other
/// `{` is itself.
#[cfg_attr(inkasso_size, optimize(size))]
fn render(template: &str, args: &[Arg], sv: bool) -> String {
    let mut out = String::with_capacity(template.len().saturating_add(32));
    let mut rest = template;
    while let Some((head, tail)) = rest.split_once('{') {
        out.push_str(head);
        match tail.as_bytes() {
            [digit @ b'0'..=b'9', b'}', ..] => {
                let index = usize::from(digit.wrapping_sub(b'0'));
                if let Some(arg) = args.get(index) {
                    push_arg(&mut out, *arg, sv);
                }
                rest = tail.get(2..).unwrap_or_default();
            }
            _ => {
                out.push('{');
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Appends `arg` in Swedish (`sv`) or English.
fn push_arg(out: &mut String, arg: Arg, sv: bool) {
    match arg {
        Arg::S(text) => out.push_str(text),
        Arg::Both(swedish, english) => out.push_str(if sv { swedish } else { english }),
        Arg::Date(date) => crate::calendar::push_date(out, date),
        Arg::Kr(amount) if sv => push_kr_sv(out, amount),
        Arg::Kr(amount) => push_kr_en(out, amount),
        Arg::Half(half) => {
            out.push_str(match (sv, half.half()) {
                (true, 1) => "första halvåret ",
                (true, _) => "andra halvåret ",
                (false, 1) => "the first half of ",
                (false, _) => "the second half of ",
            });
            push_int(out, i64::from(half.year()));
        }
        Arg::Pct(percent) if sv => push_pct_sv(out, percent),
        Arg::Pct(percent) => push_pct_en(out, percent),
        Arg::Int(n) => push_int(out, n),
        Arg::Step(kind) => out.push_str(if sv { step_sv(kind) } else { step_en(kind) }),
        Arg::StepDef(kind) => out.push_str(if sv {
            step_sv_definite(kind)
        } else {
            step_en(kind)
        }),
        Arg::Article(kind) if sv => out.push_str(article_sv(kind)),
        Arg::Article(_) => {}
        Arg::Fee(kind) => out.push_str(if sv { fee_sv(kind) } else { fee_en(kind) }),
        Arg::FeeCap(kind) => push_capitalised(out, if sv { fee_sv(kind) } else { fee_en(kind) }),
        Arg::StepDefCap(kind) if sv => push_capitalised(out, step_sv_definite(kind)),
        Arg::StepDefCap(kind) => out.push_str(step_en(kind)),
        Arg::KrRound(amount) if sv => out.push_str(&kr_round_sv(amount)),
        Arg::KrRound(amount) => out.push_str(&kr_round_en(amount)),
        Arg::EntryCap(kind) => {
            push_capitalised(out, if sv { entry_sv(kind) } else { entry_en(kind) })
        }
        Arg::Days(days) => push_unit(
            out,
            days,
            if sv {
                ("dag", "dagar")
            } else {
                ("day", "days")
            },
        ),
        Arg::Quoted(text) => out.push_str(&crate::error::quoted(text)),
        Arg::Amount(amount) => crate::money::push_ore(out, amount.ore()),
        Arg::BankDays(days) => {
            // A small number in words in running text ("fyra bankdagar").
            match small_number_word(days, sv) {
                Some(word) => out.push_str(word),
                None => push_int(out, days),
            }
            out.push_str(match (sv, days == 1) {
                (true, true) => " bankdag",
                (true, false) => " bankdagar",
                (false, true) => " bank day",
                (false, false) => " bank days",
            });
        }
    }
}

/// 1 … 12 in words, as Swedish and English prose writes a small number.
fn small_number_word(n: i64, sv: bool) -> Option<&'static str> {
    const SV: [&str; 12] = [
        "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv",
    ];
    const EN: [&str; 12] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    let index = usize::try_from(n.checked_sub(1)?).ok()?;
    (if sv { SV.get(index) } else { EN.get(index) }).copied()
}

/// `count` and its unit, singular or plural: `1 dag`, `2 dagar`.
#[cfg_attr(inkasso_size, optimize(size))]
fn push_unit(out: &mut String, count: i64, (one, many): (&str, &str)) {
    push_int(out, count);
    out.push(' ');
    out.push_str(if count == 1 { one } else { many });
}

// ---------------------------------------------------------------------------------------------
// Warnings

/// The text of a warning.
#[cfg_attr(inkasso_size, optimize(size))]
pub fn warning(w: &Warning) -> Text {
    let h = w.half_year().map_or(Arg::S(""), Arg::Half);
    match &w.facts {
        Facts::ProvisionalRate if matches!(w.subject, Subject::PerDiem(_)) => tpl(
            "Tabellens referensränta för {0} har ännu inte stämts av mot den som Riksbanken har fastställt, och dagräntan bygger på den. Kontrollera räntan.",
            "The table's referensränta for {0} has not yet been checked against the rate the Riksbank fixed, and the per diem rests on it. Check the rate.",
            &[h],
        ),
        Facts::ProvisionalRate => tpl(
            "Tabellens referensränta för {0} har ännu inte stämts av mot den som Riksbanken har fastställt. Kontrollera räntan.",
            "The table's referensränta for {0} has not yet been checked against the rate the Riksbank fixed. Check the rate.",
            &[h],
        ),
        // The per diem's day (the day after the date) in a half-year the table lacks.
        Facts::RateNotCovered { .. } if matches!(w.subject, Subject::PerDiem(_)) => tpl(
            "Referensräntan för {0} saknas i tabellen: dagräntan omfattar inte ränta för det halvåret.",
            "The rate table has no referensränta for {0}: the per diem leaves out interest for that half-year.",
            &[h],
        ),
        // A run of half-years ([`crate::warning::merge_half_year_runs`]).
        Facts::RateNotCovered {
            through: Some(last),
        } => tpl(
            "Referensräntan för {0} till och med {1} saknas i tabellen: ingen ränta har beräknats för de halvåren, så beloppen från och med det första halvårets början är för låga, och senare betalningar kan ha fördelats fel.",
            "The rate table has no referensränta for {0} through {1}: no interest has been computed for those half-years, so the amounts from the first one's start on are too low, and later payments may have been allocated wrongly.",
            &[h, Arg::Half(*last)],
        ),
        Facts::RateNotCovered { through: None } => tpl(
            "Referensräntan för {0} saknas i tabellen: ingen ränta har beräknats för det halvåret, så beloppen från och med halvårets början är för låga, och senare betalningar kan ha fördelats fel.",
            "The rate table has no referensränta for {0}: no interest has been computed for that half-year, so the amounts from its start on are too low, and later payments may have been allocated wrongly.",
            &[h],
        ),
        // The per diem's day: said apart from the days' warning of the same half-year (a Rust
        // user's review found the two word for word alike).
        Facts::RateAssumed { reference_rate, .. } if matches!(w.subject, Subject::PerDiem(_)) => tpl(
            "Tabellen saknar en av Riksbanken fastställd referensränta för {0}: dagräntan bygger på en antagen referensränta på {1} (den senast kända räntan, eller en rad markerad som antagen).",
            "The rate table has no referensränta fixed by the Riksbank for {0}: the per diem rests on an assumed referensränta of {1} (the last known rate, or a row marked as assumed).",
            &[h, Arg::Pct(*reference_rate)],
        ),
        Facts::RateAssumed {
            reference_rate,
            through: Some(last),
        } => tpl(
            "Tabellen saknar en av Riksbanken fastställd referensränta för {0} till och med {2}: {1} antas gälla (den senast kända räntan, eller en rad markerad som antagen). Belopp som beräknats med den kan ändras när räntorna fastställs.",
            "The rate table has no referensränta fixed by the Riksbank for {0} through {2}: {1} is assumed (the last known rate, or a row marked as assumed). Amounts computed with it may change once the rates are fixed.",
            &[h, Arg::Pct(*reference_rate), Arg::Half(*last)],
        ),
        Facts::RateAssumed {
            reference_rate,
            through: None,
        } => tpl(
            "Tabellen saknar en av Riksbanken fastställd referensränta för {0}: {1} antas gälla (den senast kända räntan, eller en rad markerad som antagen). Belopp som beräknats med den kan ändras när räntan fastställs.",
            "The rate table has no referensränta fixed by the Riksbank for {0}: {1} is assumed (the last known rate, or a row marked as assumed). Amounts computed with it may change once the rate is fixed.",
            &[h, Arg::Pct(*reference_rate)],
        ),
        Facts::ReminderFeeNotAgreed => t(
            "Ingen påminnelseavgift: den var inte avtalad när skulden uppkom (lag 1981:739 2 §).",
            "No reminder fee: it was not agreed when the debt arose (lag 1981:739 2 §).",
        ),
        Facts::FeeAlreadyCharged { kind, date } => tpl(
            "Ingen avgift för ytterligare {0} {1} {2}: en avgift per fordran.",
            "No fee for another {1} on {2}: one fee per claim.",
            &[Arg::Article(*kind), Arg::Step(*kind), Arg::Date(*date)],
        ),
        Facts::NotOverdue {
            kind,
            date,
            unvalued: false,
        } => tpl(
            // Not "nothing was overdue": fees and interest may be (an `instalmentPlan` review,
            // stop 68: a plan of only fees and interest after a credit note).
            "Ingen avgift för {0} {1}: ingen faktura var förfallen med obetalt kapital den dagen.",
            "No fee for the {0} of {1}: no invoice was past its due date with capital unpaid that day.",
            &[Arg::StepDef(*kind), Arg::Date(*date)],
        ),
        Facts::NotOverdue { kind, date, .. } => tpl(
            "Ingen avgift för {0} {1}: enligt beräkningen här var ingen faktura förfallen med obetalt kapital den dagen. Räntan för dagar utan en av Riksbanken fastställd referensränta i tabellen är dock inte medräknad eller bygger på en antagen ränta, och eftersom betalningar räknas av mot ränta före kapital kan en del av kapitalet ha varit obetalt med den verkliga räntan; då kan avgiften ha varit befogad.",
            "No fee for the {0} of {1}: as computed here, no invoice was past its due date with capital unpaid that day. Interest for days without a referensränta fixed by the Riksbank in the table is left out, or rests on an assumed rate, however, and since payments go to interest before capital, part of the capital may have been unpaid at the real rate; the fee may then have been due.",
            &[Arg::StepDef(*kind), Arg::Date(*date)],
        ),
        Facts::FeeAbsorbedByLateFee {
            fee,
            kind,
            date,
            charged,
        } => {
            // Definite, as the English's "The fee for …" (a timeline words review, stop 68: "Avgift
            // för amorteringsplanen … ersätts"): each fee replaced is an "-avgift".
            let fee_of_step = match fee {
                FeeKind::PaymentPlanFee => "Avgiften för amorteringsplanen".to_owned(),
                _ => format!(
                    "{}en för {}",
                    capitalise(fee_sv(*fee)),
                    step_sv_definite(*kind)
                ),
            };
            // Replaced in full: said so, not "0,00 kr of it is charged" (a demo review).
            let (sv, en) = if charged.is_zero() {
                (
                    "{0} {1} ersätts helt av förseningsersättningen (lag 1981:739 5 §): ingen del av avgiften tas ut.",
                    "The fee for the {4} of {1} is replaced in full by the late-payment compensation (lag 1981:739 5 §): none of it is charged.",
                )
            } else {
                (
                    "{0} {1} ersätts av förseningsersättningen (lag 1981:739 5 §): av avgiften tas {2} ut.",
                    "The fee for the {4} of {1} is replaced by the late-payment compensation (lag 1981:739 5 §): {2} of it is charged.",
                )
            };
            tpl(
                sv,
                en,
                &[
                    Arg::S(&fee_of_step),
                    Arg::Date(*date),
                    Arg::Kr(*charged),
                    Arg::Fee(*fee),
                    Arg::Step(*kind),
                ],
            )
        }
        Facts::FeeNotCovered {
            fee: FeeKind::CourtTransferFee,
            date,
        } => {
            let from = FeeKind::CourtTransferFee
                .table()
                .first()
                .map_or_else(String::new, |p| format_date(p.from));
            tpl(
                "Ingen tilläggsavgift i tingsrätten för målet som överlämnades från Kronofogden {0}: avgiften infördes {1}, och före dess kostade ett sådant mål ingen avgift i tingsrätten.",
                "No district court fee for a transferred payment order on {0}: it was introduced on {1}; before that a case transferred from Kronofogden cost no fee at the court.",
                &[Arg::Date(*date), Arg::S(&from)],
            )
        }
        Facts::FeeNotCovered { fee, date } => tpl(
            "{0} {1} har inte räknats med: avgiftstabellen börjar senare.",
            "{0} of {1}: not included, as the fee table starts later.",
            &[Arg::FeeCap(*fee), Arg::Date(*date)],
        ),
        Facts::NoLateFee { invoice, reason } => {
            let invoice = Arg::S(invoice);
            match reason {
                NoLateFeeReason::PaidByDueDate => tpl(
                    "Ingen förseningsersättning för faktura {0}: den betalades senast på förfallodagen.",
                    "No late-payment compensation for invoice {0}: it was paid by its due date.",
                    &[invoice],
                ),
                NoLateFeeReason::PaidAndCreditedByDueDate => tpl(
                    "Ingen förseningsersättning för faktura {0}: den betalades och krediterades senast på förfallodagen.",
                    "No late-payment compensation for invoice {0}: it was paid and credited by its due date.",
                    &[invoice],
                ),
                NoLateFeeReason::CreditedByDueDate => tpl(
                    "Ingen förseningsersättning för faktura {0}: den krediterades helt senast på förfallodagen.",
                    "No late-payment compensation for invoice {0}: it was credited in full by its due date.",
                    &[invoice],
                ),
                NoLateFeeReason::BeforeTheLaw { law_from } => tpl(
                    "Ingen förseningsersättning för faktura {0}: den förföll före {1}.",
                    "No late-payment compensation for invoice {0}: it fell due before {1}.",
                    &[invoice, Arg::Date(*law_from)],
                ),
            }
        }
        Facts::AfterAsOf { date } if matches!(w.subject, crate::warning::Subject::Invoice(_)) => tpl(
            "Fakturan utfärdas {0}, efter beräkningsdagen, och ingår inte.",
            "The invoice is issued on {0}, after the statement date, and is left out.",
            &[Arg::Date(*date)],
        ),
        Facts::AfterAsOf { date } => tpl(
            "Händelsen {0} infaller efter beräkningsdagen och har inte tagits med.",
            "The event on {0} is after the statement date and is left out.",
            &[Arg::Date(*date)],
        ),
        Facts::AfterLetterDate { date } => tpl(
            "Händelsen {0} infaller efter brevets datum och har inte tagits med i kravet.",
            "The event on {0} is after the letter's date and is not in what it demands.",
            &[Arg::Date(*date)],
        ),
        Facts::EnforcementFeeThisYear {
            date,
            previous,
            further_year: true,
            previous_claimed: true,
        } => tpl(
            "Ingen grundavgift för ett nytt verkställighetsår från {0}: fordrans verkställighetsår löper från grundavgiften {1} och har inte gått ut.",
            "No basic fee for a new year of enforcement from {0}: the claim's year of enforcement runs from the basic fee of {1} and has not ended.",
            &[Arg::Date(*date), Arg::Date(*previous)],
        ),
        Facts::EnforcementFeeThisYear {
            date,
            previous,
            further_year: true,
            previous_claimed: false,
        } => tpl(
            "Ingen grundavgift för ett nytt verkställighetsår från {0}: fordrans verkställighetsår löper från grundavgiften {1}, som Kronofogden tog ut men som inte krävdes av gäldenären, och har inte gått ut.",
            "No basic fee for a new year of enforcement from {0}: the claim's year of enforcement runs from the basic fee of {1}, which Kronofogden charged but the debtor was not asked to pay, and has not ended.",
            &[Arg::Date(*date), Arg::Date(*previous)],
        ),
        Facts::EnforcementFeeThisYear {
            date,
            previous,
            previous_claimed: true,
            ..
        } => tpl(
            "Ingen ny grundavgift för ansökan om verkställighet {0}: en grundavgift för samma exekutionstitel togs ut {1}, och den tas ut en gång per år som verkställigheten pågår.",
            "No new basic fee for the application for enforcement of {0}: one was charged for the same enforcement title on {1}, and it is charged once for each year enforcement lasts.",
            &[Arg::Date(*date), Arg::Date(*previous)],
        ),
        Facts::EnforcementFeeThisYear { date, previous, .. } => tpl(
            "Ingen ny grundavgift för ansökan om verkställighet {0}: Kronofogden tog ut en grundavgift för samma exekutionstitel {1} (den krävdes inte av gäldenären), och den tas ut en gång per år som verkställigheten pågår.",
            "No new basic fee for the application for enforcement of {0}: Kronofogden charged one for the same enforcement title on {1} (the debtor was not asked to pay it), and it is charged once for each year enforcement lasts.",
            &[Arg::Date(*date), Arg::Date(*previous)],
        ),
        Facts::EnforcedDebtPaid {
            date,
            unvalued: true,
        } => tpl(
            "Ingen grundavgift för ytterligare ett års verkställighet från {0}: enligt beräkningen här var skulden i verkställighetsmålet betald eller krediterad. Räntan för dagar utan en av Riksbanken fastställd referensränta i tabellen är dock inte medräknad eller bygger på en antagen ränta, och eftersom betalningar räknas av mot ränta före kapital kan skulden ha varit obetald med den verkliga räntan; då kan avgiften ha varit befogad.",
            "No basic fee for a further year of enforcement from {0}: as computed here, the debt under enforcement was paid or credited. Interest for days without a referensränta fixed by the Riksbank in the table is left out, or rests on an assumed rate, however, and since payments go to interest before capital, the debt may have been unpaid at the real rate; the fee may then have been due.",
            &[Arg::Date(*date)],
        ),
        Facts::EnforcedDebtPaid { date, .. } => tpl(
            "Ingen grundavgift för ett nytt verkställighetsår från {0}: skulden under verkställighet var redan betald eller krediterad.",
            "No basic fee for a new year of enforcement from {0}: the debt under enforcement was already paid or credited.",
            &[Arg::Date(*date)],
        ),
        Facts::UnpaidUnderMinimum {
            date,
            unpaid,
            minimum,
        } => tpl(
            "Ingen ny grundavgift för verkställighetens år från {0}: det obetalda beloppet, {1}, understiger {2} (förordning (1992:1094) om avgifter vid Kronofogdemyndigheten 5 §). Verkställigheten pågår.",
            "No new basic fee for the year of enforcement from {0}: the amount unpaid, {1}, is under {2} (förordning (1992:1094) om avgifter vid Kronofogdemyndigheten 5 §). Enforcement goes on.",
            &[Arg::Date(*date), Arg::Kr(*unpaid), Arg::Kr(*minimum)],
        ),
        Facts::ClaimSettled {
            kind,
            date,
            unvalued: false,
        } => tpl(
            "Ingen kostnad för {0} {1}: fordrans kapital var redan betalt eller krediterat (bara ränta och avgifter kunde återstå).",
            "No cost for the {0} of {1}: the claim's capital was already paid or credited (only interest and fees could be left).",
            &[Arg::StepDef(*kind), Arg::Date(*date)],
        ),
        // Paid only as far as the claim is computed: interest of days the table lacks is out.
        Facts::ClaimSettled { kind, date, .. } => tpl(
            "Ingen kostnad för {0} {1}: enligt beräkningen här var fordrans kapital betalt eller krediterat. Räntan för dagar utan en av Riksbanken fastställd referensränta i tabellen är dock inte medräknad eller bygger på en antagen ränta, och eftersom betalningar räknas av mot ränta före kapital kan en del av kapitalet ha varit obetalt med den verkliga räntan; då kan kostnaden ha varit befogad.",
            "No cost for the {0} of {1}: as computed here, the claim's capital was paid or credited. Interest for days without a referensränta fixed by the Riksbank in the table is left out, or rests on an assumed rate, however, and since payments go to interest before capital, part of the capital may have been unpaid at the real rate; the cost may then have been due.",
            &[Arg::StepDef(*kind), Arg::Date(*date)],
        ),
        Facts::ReminderAfterDemand {
            date,
            after_kind,
            after_date,
            after_title,
        } => tpl(
            "Ingen påminnelseavgift för påminnelsen {0}: fordran hade redan gått vidare till {1} {2}, och en påminnelse efter det är ingen skäligen påkallad kostnad (lag 1981:739 4 §).",
            "No reminder fee for the reminder of {0}: the claim had already gone on to the {1} of {2}, and a reminder after that is not a cost reasonably called for (lag 1981:739 4 §).",
            &[Arg::Date(*date), step_titled(*after_kind, *after_title), Arg::Date(*after_date)],
        ),
        // The debtor's dispute is no action of the creditor's: no fee of lag 1981:739 is about
        // it (a Swedish legal review: "ingen ersättning för den" also misgendered bestridandet).
        Facts::NoFeeForKind {
            kind: StepKind::Dispute,
            date,
        } => tpl(
            "Ingen avgift för bestridandet {0}: gäldenärens bestridande ger borgenären ingen ersättning.",
            "No fee for the dispute of {0}: the debtor's dispute earns the creditor no compensation.",
            &[Arg::Date(*date)],
        ),
        Facts::NoFeeForKind { kind, date } => tpl(
            "Ingen avgift för {0} {1}: lagen (1981:739) om ersättning för inkassokostnader ger ingen ersättning för den (5 §).",
            "No fee for the {0} of {1}: lag 1981:739 on debt-collection costs gives none for it (5 §).",
            &[Arg::StepDef(*kind), Arg::Date(*date)],
        ),
        // The case transferred: the court decides the costs.
        Facts::PaymentOrderDisputed {
            date,
            disputed,
            costs,
            transferred: Some(transferred),
        } => tpl(
            "Ansökan om betalningsföreläggande {0} bestreds {1}, och målet överlämnades till tingsrätten {3}. Kostnaderna för ansökan, {2}, kan krävas av gäldenären bara om tingsrätten förpliktar gäldenären att ersätta dem (rättegångsbalken 18 kap.) eller parterna kommer överens om det.",
            "The application for a payment order of {0} was disputed on {1}, and the case was transferred to the district court on {3}. Its costs, {2}, can be claimed from the debtor only if the court orders the debtor to pay them (rättegångsbalken 18 kap.) or the parties agree so.",
            &[Arg::Date(*date), Arg::Date(*disputed), Arg::Kr(*costs), Arg::Date(*transferred)],
        ),
        Facts::PaymentOrderDisputed {
            date,
            disputed,
            costs,
            transferred: None,
        } => tpl(
            "Ansökan om betalningsföreläggande {0} bestreds {1}: då meddelas inget utslag. Kostnaderna för ansökan, {2}, kan krävas av gäldenären bara om borgenären begär att målet överlämnas till tingsrätten och tingsrätten tillerkänner borgenären dem. Annars står borgenären själv för dem.",
            "The application for a payment order of {0} was disputed on {1}: no decision (utslag) is then made. Its costs, {2}, can be claimed from the debtor only if the creditor has the case transferred to the district court and the court awards them. Otherwise the creditor bears them.",
            &[Arg::Date(*date), Arg::Date(*disputed), Arg::Kr(*costs)],
        ),
        Facts::CourtCasePending {
            date,
            fee,
            transfer: true,
        } => tpl(
            "Tilläggsavgiften i tingsrätten, {1}, för målet som överlämnades från Kronofogden {0} är en rättegångskostnad: gäldenären behöver betala den bara om tingsrätten förpliktar gäldenären att ersätta den (rättegångsbalken 18 kap.) eller parterna kommer överens om det. Inget avgörande i målet har registrerats.",
            "The district court's supplementary fee, {1}, for the case transferred from Kronofogden on {0} is a litigation cost: the debtor need pay it only if the court orders the debtor to (rättegångsbalken 18 kap.) or the parties agree so. No decision in the case is recorded.",
            &[Arg::Date(*date), Arg::Kr(*fee)],
        ),
        Facts::CourtCasePending { date, fee, .. } => tpl(
            "Ansökningsavgiften till tingsrätten, {1}, i målet som väcktes {0} är en rättegångskostnad: gäldenären behöver betala den bara om tingsrätten förpliktar gäldenären att ersätta den (rättegångsbalken 18 kap.) eller parterna kommer överens om det. Inget avgörande i målet har registrerats.",
            "The district court's fee, {1}, in the case brought on {0} is a litigation cost: the debtor need pay it only if the court orders the debtor to (rättegångsbalken 18 kap.) or the parties agree so. No decision in the case is recorded.",
            &[Arg::Date(*date), Arg::Kr(*fee)],
        ),
        Facts::StepOnTimeBarredDebt { kind, date } => tpl(
            "Ingen avgift för {0} {1}: allt förfallet obetalt kapital var preskriberat den dagen och får inte krävas.",
            "No fee for the {0} of {1}: all the overdue capital unpaid was time-barred that day and may not be demanded.",
            &[Arg::StepDef(*kind), Arg::Date(*date)],
        ),
        Facts::LimitationBeforeReceipt {
            invoice,
            preskription_date,
            received,
        } => tpl(
            "Faktura {0} preskriberas efter {1}, men brevet antas nå gäldenären först {2}: preskription avbryts när gäldenären tar emot kravet (preskriptionslagen 5 §), så brevet kan komma för sent. Skicka det tidigare, eller så att gäldenären får det senast {1}.",
            "Invoice {0} becomes time-barred after {1}, but the letter is assumed to reach the debtor only on {2}: limitation is interrupted when the debtor receives the demand (preskriptionslagen 5 §), so the letter may come too late. Send it earlier, or so that the debtor has it by {1}.",
            &[Arg::S(invoice), Arg::Date(*preskription_date), Arg::Date(*received)],
        ),
        Facts::TimeBarred {
            invoice,
            preskription_date,
        } => tpl(
            "Faktura {0} är preskriberad: preskriptionstiden gick ut {1}, och en preskriberad fordran får inte krävas (preskriptionslagen 8 §).",
            "Invoice {0} is time-barred: its limitation period ended on {1}, and a time-barred debt may not be demanded (preskriptionslagen 8 §).",
            &[Arg::S(invoice), Arg::Date(*preskription_date)],
        ),
        Facts::ProjectionAdjusted { reason } => adjusted(*reason),
        Facts::ProjectionEnds { kind, date, until } => projection_ends(*kind, *date, *until),
        Facts::ProjectionBarred { kind, date } => tpl(
            "{0} {1} planeras inte: en skuld som den skulle kräva är preskriberad då (preskriptionslagen) och får inte krävas.",
            "The {2} of {1} is not projected: a debt it would demand is time-barred by then (preskriptionslagen) and may not be demanded.",
            &[Arg::StepDefCap(*kind), Arg::Date(*date), Arg::Step(*kind)],
        ),
        Facts::ProjectionAwaitsCourt { disputed, filed } => awaits_court(*disputed, *filed),
        Facts::ProjectedTransferLate {
            order,
            dispute,
            deadline,
        } => tpl(
            "Betalningsföreläggandet från {0}, bestritt {1}, kan inte längre begäras överlämnat i tid: begäran ska ha kommit in till Kronofogden inom fyra veckor från den dag underrättelsen om bestridandet sändes (lag 1990:746 34 §), här senast omkring {2}, annars avskrivs målet (37 §). Om ingen begäran kom in i tid är domstolssteget en ny stämningsansökan med tingsrättens hela ansökningsavgift, inte tilläggsavgiften som räknas här.",
            "The payment order of {0}, disputed on {1}, can no longer be transferred in time: the request must reach Kronofogden within four weeks of the day it sent notice of the dispute (lag 1990:746 34 §), here by about {2}, or the case is written off (37 §). Unless a request came in time, this court step is a new claim to the court with its full application fee, not the additional fee counted here.",
            &[Arg::Date(*order), Arg::Date(*dispute), Arg::Date(*deadline)],
        ),
        Facts::TakenFeeWaived { fee, amount } => tpl(
            "Policyns avgiftsval (`fees`) avstår från att ta ut {0}, {1}, för detta steg: fordran som den är registrerad tar ut avgiften, och `statement` räknar med den, men tidslinjens belopp gör det inte. Ange `fee: true` på steget för att behålla avgiften.",
            "The policy's fee choices (`fees`) waive the {0} of {1} for this step: the claim as recorded charges it, and `statement` counts it, but the timeline's amounts do not. Give the step `fee: true` to keep the fee.",
            &[Arg::Fee(*fee), Arg::Kr(*amount)],
        ),
        Facts::ValuedOnLastDate { date } => tpl(
            "Betalningsfristen {0} ligger efter {1}, det sista datum som beräkningen stöder: det som löser fordran värderas per {1} i stället.",
            "The deadline {0} is after {1}, the last date the engine supports: what settles the claim is valued on {1} instead.",
            &[Arg::Date(*date), Arg::Date(crate::calendar::MAX_DATE)],
        ),
        // Also about invoices issued after the plan: the letter lists the plan's too.
        Facts::DemandDuringPlan {
            plan,
            beyond: (covered, later),
            ..
        } if !covered.is_empty() => {
            let (covered_sv, covered_en) = invoice_list(covered);
            let (later_sv, later_en) = invoice_list(later);
            tpl(
                "En amorteringsplan avtalades {0} och omfattar {1}: brevet kräver också den delen, fast den inte får krävas så länge gäldenären följer planen (god inkassosed). Skicka brevet för {2} som en egen fordran.",
                "An instalment plan was agreed on {0} and covers {1}: this letter demands that part too, though it may not be demanded while the debtor keeps to the plan (good collection practice). Send the letter for {2} as a claim of its own.",
                &[
                    Arg::Date(*plan),
                    Arg::Both(&covered_sv, &covered_en),
                    Arg::Both(&later_sv, &later_en),
                ],
            )
        }
        // Recorded as ended after the letter: it stood then, and there is nothing to record (a
        // timeline words review, stop 68: "not recorded as ended" of one that was).
        Facts::DemandDuringPlan {
            plan,
            ended: Some(ended),
            ..
        } => tpl(
            "En amorteringsplan avtalades {0} och upphörde enligt historiken först {1}: så länge gäldenären följer planen får hela fordran inte krävas (god inkassosed).",
            "An instalment plan was agreed on {0} and ended only on {1}, as the history records: while the debtor keeps to it, the whole claim may not be demanded (good collection practice).",
            &[Arg::Date(*plan), Arg::Date(*ended)],
        ),
        Facts::DemandDuringPlan { plan, .. } => tpl(
            "En amorteringsplan avtalades {0} och är inte registrerad som avslutad: så länge gäldenären följer planen får hela fordran inte krävas (god inkassosed). Har planen brutits, registrera den dag den upphörde (ended).",
            "An instalment plan was agreed on {0} and is not recorded as ended: while the debtor keeps to it, the whole claim may not be demanded (good collection practice). If the plan was broken, record the day it ended (ended).",
            &[Arg::Date(*plan)],
        ),
        Facts::DemandBeforeReminderDeadline {
            reminder,
            deadline: Some(deadline),
        } => tpl(
            "Inkassokravet skickas innan betalningstiden i betalningspåminnelsen {0} har gått ut ({1}): gäldenären får inte den tid påminnelsen gav, och en inkassoavgift för kravet är då knappast skäligen påkallad (lag 1981:739 4 §). Skicka kravet efter {1}.",
            "The debt-collection demand is sent before the payment term of the reminder of {0} has run out ({1}): the debtor does not get the time the reminder gave, so a fee for the demand is hardly reasonably called for (lag 1981:739 4 §). Send the demand after {1}.",
            &[Arg::Date(*reminder), Arg::Date(*deadline)],
        ),
        Facts::DemandBeforeReminderDeadline {
            reminder,
            deadline: None,
        } => tpl(
            "Inkassokravet skickas samma dag som betalningspåminnelsen {0}: gäldenären får ingen tid att betala efter påminnelsen, och en inkassoavgift för kravet är då knappast skäligen påkallad (lag 1981:739 4 §). Skicka kravet när påminnelsens betalningstid har gått ut.",
            "The debt-collection demand is sent on the day of the reminder of {0}: the debtor has no time to pay after the reminder, so a fee for the demand is hardly reasonably called for (lag 1981:739 4 §). Send the demand once the reminder's payment term has run out.",
            &[Arg::Date(*reminder)],
        ),
        Facts::LateFeeDuringPlan { invoice, date, fee } => tpl(
            "Faktura {0} är enligt planen inte betald i sin helhet när den förfaller: förseningsersättning, {2}, tillkommer {1} (lag 1981:739 4 a §) och ingår i planens delbetalningar. Betalas fakturan senast på förfallodagen tillkommer den inte.",
            "Under the plan, invoice {0} is not paid in full when it falls due: late-payment compensation of {2} is added on {1} (lag 1981:739 4 a §) and is part of the plan's instalments. Paid by its due date, the invoice earns none.",
            &[Arg::S(invoice), Arg::Date(*date), Arg::Kr(*fee)],
        ),
        // Ended after its last instalment (a timeline words review, stop 68: "the instalments
        // after that day", of none): its schedule was not kept.
        Facts::PlanEnded {
            date,
            ended,
            after_last: Some(last),
        } => tpl(
            "Amorteringsplanen {0} upphörde {1}, enligt fordrans steg, efter sista avbetalningen {2}: schemat visar planen som den avtalades, men den följdes alltså inte, och det som är obetalt kan krävas som fordran står.",
            "The instalment plan of {0} ended on {1}, as the claim's steps record, after its last instalment of {2}: the schedule shows the plan as agreed, but it was not kept, and what is unpaid may be demanded as the claim stands.",
            &[Arg::Date(*date), Arg::Date(*ended), Arg::Date(*last)],
        ),
        Facts::PlanEnded { date, ended, .. } => tpl(
            "Amorteringsplanen {0} upphörde {1}, enligt fordrans steg: schemat visar planen som den avtalades, men avbetalningarna efter den dagen ska inte längre betalas enligt planen, och det som då var obetalt kan krävas som fordran står.",
            "The instalment plan of {0} ended on {1}, as the claim's steps record: the schedule shows the plan as agreed, but the instalments after that day are no longer owed under it, and what was unpaid then may be demanded as the claim stands.",
            &[Arg::Date(*date), Arg::Date(*ended)],
        ),
        Facts::EnforcementContinues { since, next, fee } => tpl(
            "Verkställigheten hos Kronofogden pågår under planen, och fordrans verkställighetsår löper från {0}: fortsätter verkställigheten efter {1} läggs Kronofogdens grundavgift ({2}) till skulden för varje nytt år, och planen räknar inte med den. Återkalla ansökan om verkställighet när planen är överenskommen, eller räkna med avgiften.",
            "Enforcement at Kronofogden goes on during the plan, and the claim's year of enforcement runs from {0}: if enforcement continues past {1}, Kronofogden's basic fee ({2}) is added to the debt for each further year, and the plan does not include it. Withdraw the application for enforcement once the plan is agreed, or allow for the fee.",
            &[Arg::Date(*since), Arg::Date(*next), Arg::KrRound(*fee)],
        ),
        Facts::CreditedAfterDue {
            invoice,
            date,
            due,
            in_full,
            interest,
            late_fee,
        } => {
            // What is still included: no förseningsersättning named for a consumer or when the
            // creditor waives it (a legal review of business debtors' texts).
            let (what_sv, what_en, verb) = match (*interest, *late_fee) {
                (true, true) => (
                    "ränta och förseningsersättning",
                    "the interest and late-payment compensation",
                    "are",
                ),
                (false, true) => (
                    "förseningsersättning",
                    "the late-payment compensation",
                    "is",
                ),
                _ => ("ränta", "the interest", "is"),
            };
            let args = [
                Arg::S(invoice),
                Arg::Date(*date),
                Arg::Date(*due),
                Arg::Both(what_sv, what_en),
                Arg::Both("", verb),
            ];
            if *in_full {
                tpl(
                    "Faktura {0} krediterades i sin helhet {1}, efter förfallodagen {2}: {3} som fakturan gav före krediteringen ingår fortfarande. Om kreditnotan rättar en felaktig faktura har inget av detta varit skuld; ta då bort fakturan ur fordran.",
                    "Invoice {0} was credited in full on {1}, after its due date {2}: {3} it earned before the credit {4} still included. If the credit note corrects an invoice that was wrong, none of it was owed; leave the invoice out of the claim.",
                    &args,
                )
            } else {
                tpl(
                    "Kreditnotan {1} reglerade det som återstod obetalt av faktura {0}, efter förfallodagen {2}: {3} som den obetalda delen gav före krediteringen ingår fortfarande. Om kreditnotan rättar ett fel i fakturan har den delen aldrig varit skuld; ange då fakturans rättade belopp i stället för kreditnotan.",
                    "The credit note of {1} settled what was left unpaid of invoice {0}, after its due date {2}: {3} the unpaid part earned before the credit {4} still included. If the credit note corrects an error in the invoice, that part was never owed; give the invoice's corrected amount instead of the credit note.",
                    &args,
                )
            }
        }
        Facts::CreditExceedsCapital {
            invoice,
            date,
            excess,
        } => tpl(
            "Kreditnotan {0} för faktura {1} överstiger dess obetalda kapital: {2} är ett tillgodohavande för gäldenären.",
            "The credit note of {0} for invoice {1} exceeds its unpaid capital: {2} is a credit owed to the debtor.",
            &[Arg::Date(*date), Arg::S(invoice), Arg::Kr(*excess)],
        ),
        Facts::AgreedRateBelowStatutory {
            invoice,
            half_year,
            agreed,
            statutory,
            debtor,
            void,
        } => {
            let margin = statutory_margin(*half_year);
            let args = [
                Arg::S(invoice),
                Arg::Pct(*agreed),
                Arg::Pct(*statutory),
                Arg::Half(*half_year),
                Arg::S(&margin),
            ];
            let mut text = tpl(
                "Den avtalade dröjsmålsräntan för faktura {0}, {1}, är lägre än dröjsmålsräntan enligt räntelagen, {2} för {3} (referensränta + {4} procentenheter, 6 §). Den tillämpas här som avtalad (1 § andra stycket).",
                "The agreed late-payment interest for invoice {0}, {1}, is below the statutory {2} for {3} (reference rate + {4} percentage points, 6 §). It is applied here as agreed (1 § second paragraph).",
                &args,
            );
            // What such a term means depends on the debtor (a legal review, stop 67, read
            // 6 § andra stycket and 4 a § as SFS 2013:55 worded them).
            let (sv, en) = match (debtor, void) {
                (_, true) => (
                    " Mot en myndighet eller ett annat offentligt organ är ett sådant villkor dock utan verkan mot borgenären, när en näringsidkare i sin yrkesmässiga verksamhet har tillhandahållit varor eller tjänster mot betalning (6 § andra stycket, SFS 2013:55): borgenären kan kräva räntan enligt 6 §, som räknas om ingen avtalad ränta anges.",
                    " Against an authority or other public body such a term is, however, without effect against the creditor when a business supplied goods or services for payment in its trade (6 § second paragraph, SFS 2013:55): the creditor may claim the rate of 6 §, which is computed when no agreed rate is given.",
                ),
                (crate::claim::DebtorKind::Business, false) => (
                    " Mellan näringsidkare är sedan 2013-03-16 (SFS 2013:55) ett villkor utan verkan som befriar gäldenären från dröjsmålsränta (4 a §); en lägre ränta kan avtalas. Kontrollera villkoret.",
                    " Between businesses, since 2013-03-16 (SFS 2013:55), a term that frees the debtor from late-payment interest is without effect (4 a §); a lower rate may be agreed. Check the term.",
                ),
                _ => ("", ""),
            };
            text.sv.push_str(sv);
            text.en.push_str(en);
            text
        }
        Facts::PrisbasbeloppAssumed {
            date,
            year,
            assumed,
            assumed_year,
            value,
        } => tpl(
            "Tingsrättens avgift {0} beror på om fordrans värde, {1}, överstiger halva prisbasbeloppet för {2}, som inte finns i tabellen: prisbasbeloppet för {3}, {4}, används, och värdet ligger så nära gränsen att avgiften kan bli en annan. Ange den avgift som betalades som `costs`.",
            "The district court's fee of {0} depends on whether the claim's value, {1}, is above half the prisbasbelopp for {2}, which is not in the table: that of {3}, {4}, is used, and the value is so near the line that the fee may differ. Give the fee paid as `costs`.",
            &[
                Arg::Date(*date),
                Arg::Kr(*value),
                Arg::Int(i64::from(*year)),
                Arg::Int(i64::from(*assumed_year)),
                Arg::Kr(*assumed),
            ],
        ),
        Facts::Overpaid {
            date,
            unvalued: false,
        } => tpl(
            "Betalningen {0} överstiger fordran: överskottet är ett tillgodohavande för gäldenären.",
            "The payment of {0} exceeds the claim: the excess is a credit owed to the debtor.",
            &[Arg::Date(*date)],
        ),
        // The excess only as far as the claim is computed: interest of days the table lacks
        // is out, so the debtor may still owe (a debtor-facing review).
        Facts::Overpaid { date, .. } => tpl(
            "Betalningen {0} överstiger fordran enligt beräkningen här. Räntan för dagar utan en av Riksbanken fastställd referensränta i tabellen är dock inte medräknad eller bygger på en antagen ränta; med den verkliga räntan kan överskottet vara mindre eller saknas, så att en del av fordran fortfarande är obetald.",
            "The payment of {0} exceeds the claim as computed here. Interest for days without a referensränta fixed by the Riksbank in the table is left out, or rests on an assumed rate, however; at the real rate, the excess may be smaller or none, and part of the claim still unpaid.",
            &[Arg::Date(*date)],
        ),
    }
}

/// [`Facts::ProjectionAwaitsCourt`]: the road stops at a standing dispute, or at a case before
/// the court, with no court path in the policy.
fn awaits_court(disputed: Option<Date>, filed: Option<Date>) -> Text {
    match (disputed, filed) {
        (Some(disputed), None) => tpl(
            "Skulden bestreds {0} och bestridandet står kvar: en bestriden skuld avgörs av tingsrätten, inte genom betalningsföreläggande eller verkställighet, och policyn har ingen väg till domstol (`court`). Tidslinjen planerar därför inga fler brev, ansökningar eller domstolssteg förrän en dom, ett återkallat bestridande eller en betalning av det bestridda registreras (bara ytterligare år av en verkställighet som redan pågår).",
            "The debt was disputed on {0} and the dispute stands: a disputed debt is decided by the district court (tingsrätten), not by a payment order or enforcement, and the policy has no court path (`court`). The timeline therefore projects no further letter, application or court step until a judgment, the dispute's withdrawal or a payment of what it disputes is recorded (only further years of a verkställighet already under way).",
            &[Arg::Date(disputed)],
        ),
        (_, Some(filed)) => tpl(
            "Målet vid tingsrätten (väckt {0}) är inte avgjort, och policyn har ingen väg till domstol (`court`) som antar en dom: tidslinjen planerar inga fler brev, ansökningar eller domstolssteg förrän domen eller en betalning av målets skuld registreras (bara ytterligare år av en verkställighet som redan pågår).",
            "The case before the district court (filed on {0}) is not decided, and the policy has no court path (`court`) to assume a judgment: the timeline projects no further letter, application or court step until the judgment or a payment of the case's debt is recorded (only further years of a verkställighet already under way).",
            &[Arg::Date(filed)],
        ),
        (None, None) => tpl(
            "Skulden är bestriden: policyn har ingen väg till domstol (`court`), så tidslinjen planerar inga fler brev, ansökningar eller domstolssteg.",
            "The debt is disputed: the policy has no court path (`court`), so the timeline projects no further letter, application or court step.",
            &[],
        ),
    }
}

/// [`Facts::ProjectionEnds`]: the next step (sent on `date`, reaching `until`) is left out.
fn projection_ends(kind: StepKind, date: Date, until: Date) -> Text {
    let args = [
        Arg::Step(kind),
        Arg::Date(date),
        Arg::Date(until),
        Arg::Date(crate::calendar::MAX_DATE),
    ];
    if until == date {
        tpl(
            "Nästa steg, {0} {1}, ligger efter {3}, det sista datum som beräkningen stöder: tidslinjen slutar före det.",
            "The next step, the {0} of {1}, is after {3}, the last date the engine supports: the timeline ends before it.",
            &args,
        )
    } else {
        tpl(
            "Nästa steg, {0} {1}, pågår till {2}, efter {3}, det sista datum som beräkningen stöder: tidslinjen slutar före det.",
            "The next step, the {0} of {1}, runs until {2}, after {3}, the last date the engine supports: the timeline ends before it.",
            &args,
        )
    }
}

/// The statutory margin (räntelagen 6 §) in force at the start of `half_year`, as written.
fn statutory_margin(half_year: crate::rates::HalfYear) -> String {
    let margin = half_year
        .start()
        .map_or(Decimal::ZERO, crate::params::interest_margin);
    crate::money::decimal_text(margin.normalize())
}

fn adjusted(reason: AdjustReason) -> Text {
    match reason {
        AdjustReason::ReplacesUnlawfulStep { kind, date } => {
            let why = if kind == StepKind::PaymentOrder {
                Arg::Both(
                    "den söktes utan ett giltigt inkassokrav vars betalningstid hade gått ut, eller när kapitalet redan var betalt",
                    "it was applied for without a lawful debt-collection demand whose deadline had passed, or when the capital was already paid",
                )
            } else if kind == StepKind::Enforcement {
                Arg::Both(
                    "den söktes när inget förfallet kapital var obetalt (det var betalt, eller ännu inte förfallet)",
                    "it was applied for when no capital due was unpaid (it was paid, or not yet due)",
                )
            } else {
                Arg::Both(
                    if pronoun_sv(kind) == "det" {
                        "det skickades innan fordran var förfallen"
                    } else {
                        "den skickades innan fordran var förfallen"
                    },
                    "it was sent before the claim was overdue",
                )
            };
            tpl(
                "Planeras i stället för {0} {1}, som inte räknas: {2}.",
                "Planned instead of the {0} of {1}, which does not count: {2}.",
                &[Arg::StepDef(kind), Arg::Date(date), why],
            )
        }
        // True of an invoice not yet due on the step's day and of one issued after it (a timeline
        // words review, stop 68: "sent before every invoice was overdue" of one issued later).
        AdjustReason::RepeatsPartialStep { kind, date, due } => tpl(
            "Skickas igen eftersom {0} {1} inte omfattar alla fakturor: den sista förfaller {2}, efter den.",
            "Sent again because the {0} of {1} does not cover every invoice: the last falls due on {2}, after it.",
            &[Arg::StepDef(kind), Arg::Date(date), Arg::Date(due)],
        ),
        AdjustReason::WaitsUntilOverdue { due } => tpl(
            "Väntar tills alla fakturor är förfallna (efter {0}).",
            "Waits until every invoice is overdue (after {0}).",
            &[Arg::Date(due)],
        ),
        AdjustReason::WaitsForReminderDeadline { reminder, deadline } => tpl(
            "Väntar tills betalningstiden i betalningspåminnelsen {0} har gått ut ({1}).",
            "Waits until the payment term of the payment reminder of {0} has run out ({1}).",
            &[Arg::Date(reminder), Arg::Date(deadline)],
        ),
        AdjustReason::TermRaisedToMinimum { days, min } => tpl(
            "Policyns betalningstid {0} är kortare än god inkassosed tillåter: {1} ges.",
            "The policy's term of {0} is shorter than good collection practice allows: {1} given.",
            &[Arg::Days(i64::from(days)), Arg::Days(i64::from(min))],
        ),
        AdjustReason::ShortTermGiven {
            kind: StepKind::FinalNotice,
            lawful,
        } => tpl(
            "Den slutliga påminnelsen, ett krav som inkassokravet, gav kortare betalningstid än god inkassosed kräver: den borde ha löpt till och med {0}, och nästa steg väntar till efter den dagen.",
            "The final notice, a demand as the debt-collection demand is, gave a shorter term than good collection practice requires: it should have run through {0}, and the next step waits until after that day.",
            &[Arg::Date(lawful)],
        ),
        AdjustReason::ShortTermGiven { lawful, .. } => tpl(
            "Inkassokravet gav kortare betalningstid än god inkassosed kräver: den borde ha löpt till och med {0}, och en slutlig påminnelse eller ett betalningsföreläggande väntar till efter den dagen.",
            "The debt-collection demand gave a shorter term than good collection practice requires: it should have run through {0}, and a final notice or a payment order waits until after that day.",
            &[Arg::Date(lawful)],
        ),
        AdjustReason::DemandTermExtended {
            deadline,
            received,
            bank_days,
        } => tpl(
            "Betalningstiden förlängs till {0} så att gäldenären har {1} på sig efter att kravet kan antas ha kommit fram ({2}), som god inkassosed kräver kring en långhelg.",
            "The term is extended to {0} so that the debtor has {1} after the demand can be assumed received ({2}), as good collection practice requires around a long weekend.",
            &[Arg::Date(deadline), Arg::BankDays(i64::from(bank_days)), Arg::Date(received)],
        ),
        // A stämningsansökan's case ends in a dom.
        AdjustReason::AssumedJudgment { days } => tpl(
            "Domen antas komma {0} efter stämningsansökan (ett antagande, inte en regel).",
            "The judgment is assumed to come {0} after the court action (an assumption, not a rule).",
            &[Arg::Days(i64::from(days))],
        ),
        AdjustReason::FurtherEnforcementYear { year, fee: true } => tpl(
            "Verkställigheten pågår ett år till (ytterligare år {0}): en ny grundavgift.",
            "Enforcement continues another year (further year {0}): one more basic fee.",
            &[Arg::Int(i64::from(year))],
        ),
        AdjustReason::FurtherEnforcementYear { year, fee: false } => tpl(
            "Verkställigheten pågår ett år till (ytterligare år {0}).",
            "Enforcement continues another year (further year {0}).",
            &[Arg::Int(i64::from(year))],
        ),
        AdjustReason::FurtherYearNotRecorded { today } => tpl(
            "Året ligger före dagens datum ({0}) men är inte registrerat: tidslinjen antar att verkställigheten fortsatte, medan beloppen och preskriptionen för det som registrerats räknar med att den upphörde ett år efter den senaste registrerade grundavgiften. Registrera året som ett ytterligare år om målet fortsatte.",
            "The year falls before today ({0}) but is not recorded: the timeline assumes enforcement went on, while the amounts and preskription of what is recorded take it to have ended a year after the last recorded basic fee. Record the year as a further year if the case went on.",
            &[Arg::Date(today)],
        ),
        AdjustReason::EnforcesJudgmentCosts { judgment, title } => {
            let (sv, en) = match title {
                Some(Title::Dom) => ("Domen", "The judgment"),
                Some(Title::Utslag) => ("Kronofogdens utslag", "Kronofogden's decision (utslag)"),
                None => ("Domen eller utslaget", "The judgment or decision (utslag)"),
            };
            let costs = match title {
                Some(Title::Dom) => Arg::Both("rättegångskostnaderna", "litigation costs"),
                _ => Arg::Both("kostnaderna", "costs"),
            };
            tpl(
                "{1} {0} är en exekutionstitel för de tillerkända {2} (utsökningsbalken 3 kap. 1 §), och de är obetalda.",
                "{1} of {0} is an enforcement title for the {2} it awarded (utsökningsbalken 3 kap. 1 §), and they are unpaid.",
                &[Arg::Date(judgment), Arg::Both(sv, en), costs],
            )
        }
        AdjustReason::LastFurtherYearProjected { years } => tpl(
            "Tidslinjen visar högst {0} år till av verkställighet; den kan pågå längre, med en grundavgift för varje år.",
            "The timeline shows at most {0} further years of enforcement; it may go on longer, with one basic fee a year.",
            &[Arg::Int(i64::from(years))],
        ),
        AdjustReason::PlanWithoutSchedule { asked } => tpl(
            "Planens avbetalningar kan inte beräknas: med {0} eller fler (högst {1}) skulle en avbetalning vara större än den största betalning en fordran kan ha ({2}), eller planen sträcka sig efter {3}.",
            "The plan's instalments cannot be worked out: with {0} or more (at most {1}), an instalment would be more than the largest payment a claim may have ({2}), or the plan would run past {3}.",
            &[
                Arg::Int(i64::from(asked)),
                Arg::Int(i64::from(crate::plan::MAX_INSTALMENTS)),
                Arg::Kr(crate::money::MAX_INPUT),
                Arg::Date(crate::calendar::MAX_DATE),
            ],
        ),
        AdjustReason::MoreInstalments { count, asked } => tpl(
            "{0} avbetalningar i stället för {1}: en avbetalning får inte vara större än den största betalning en fordran kan ha ({2}).",
            "{0} instalments instead of {1}: an instalment may not be more than the largest payment a claim may have ({2}).",
            &[
                Arg::Int(i64::from(count)),
                Arg::Int(i64::from(asked)),
                Arg::Kr(crate::money::MAX_INPUT),
            ],
        ),
        AdjustReason::FewerInstalments { count, asked } => tpl(
            "{0} avbetalningar i stället för {1}: det som är obetalt räcker inte till {1} avbetalningar på minst ett öre.",
            "{0} instalments instead of {1}: what is unpaid is too small for {1} instalments of at least 0.01.",
            &[Arg::Int(i64::from(count)), Arg::Int(i64::from(asked))],
        ),
        AdjustReason::AfterRecordedPayments { date } => tpl(
            "Planen gäller det som är obetalt när den avtalas: den dateras inte före den sista registrerade betalningen eller kreditnotan ({0}).",
            "The plan covers what is unpaid when it is agreed: it is not dated before the last payment or credit note recorded ({0}).",
            &[Arg::Date(date)],
        ),
    }
}

// ---------------------------------------------------------------------------------------------
// Statement lines

/// What an interest line is: "Dröjsmålsränta 11,00 % (referensränta 3,00 % + 8 procentenheter)
/// på 12 500,00 kr i 32 dagar, 32/365 av ett år."
#[cfg_attr(inkasso_size, optimize(size))]
pub fn interest_line(line: &InterestLine) -> Text {
    let rate = Arg::Pct(line.rate);
    let reference_word = if line.assumed {
        Arg::Both("antagen referensränta", "assumed reference rate")
    } else {
        Arg::Both("referensränta", "reference rate")
    };
    let head = match line.reference_rate {
        // Räntelagen 7 §: the debt's own rate, at least referensränta + 6 §'s margin.
        Some(reference) if line.rule == crate::interest::RATE_AT_DUE_DATE_RULE => {
            let (points_sv, points) = signed_points(crate::params::interest_margin(line.from));
            tpl(
                "Dröjsmålsränta {0} (räntefoten vid förfallodagen, räntelagen 7 §; minst {1} {2}{3}) på ",
                "Late-payment interest at {0} (the rate at the due date, räntelagen 7 §; at least the {1} {2}{3}) on ",
                &[
                    rate,
                    reference_word,
                    Arg::Pct(reference),
                    Arg::Both(&points_sv, &points),
                ],
            )
        }
        Some(reference) => {
            let agreed = line.rule == crate::interest::AGREED_MARGIN_RULE;
            let what = if agreed {
                Arg::Both("Avtalad dröjsmålsränta", "Agreed late-payment interest at")
            } else {
                Arg::Both("Dröjsmålsränta", "Late-payment interest at")
            };
            // A line built without its margin: the agreed one from the rate (exact unless
            // floored), else räntelagen's.
            let margin = line.margin.unwrap_or_else(|| {
                if agreed {
                    line.rate.checked_sub(reference).unwrap_or_default()
                } else {
                    crate::params::interest_margin(line.from)
                }
            });
            // Raised to 0 %: referensränta + margin is below zero (no negative dröjsmålsränta).
            let floored = reference
                .checked_add(margin)
                .is_some_and(|sum| sum.is_sign_negative() && !sum.is_zero());
            let (points_sv, points) = signed_points(margin);
            // An assumed referensränta (a row marked assumed, or the last known one carried
            // forward) is said to be one (`reference_word`): the line is not a fact yet (a
            // review: a letter's line stated a guessed rate as the law's).
            // Räntelagen 7 §'s floor: the debt's own rate is said, so the comparison can be
            // checked (a review).
            let above_own = line.own_rate.map(|own| {
                tpl(
                    ", högre än räntefoten {0} vid förfallodagen; räntelagen 7 § andra meningen",
                    ", above the rate of {0} at the due date; räntelagen 7 § andra meningen",
                    &[Arg::Pct(own)],
                )
            });
            tpl(
                "{0} {1} ({5} {2}{3}{4}) på ",
                "{0} {1} ({5} {2}{3}{4}) on ",
                &[
                    what,
                    rate,
                    Arg::Pct(reference),
                    Arg::Both(&points_sv, &points),
                    if floored {
                        Arg::Both(", men aldrig under 0\u{a0}%", ", but never below 0%")
                    } else if let Some(own) = &above_own {
                        Arg::Both(&own.sv, &own.en)
                    } else {
                        Arg::S("")
                    },
                    reference_word,
                ],
            )
        }
        None => tpl(
            "Avtalad dröjsmålsränta {0} på ",
            "Agreed late-payment interest at {0} on ",
            &[rate],
        ),
    };
    // Under 30/360 (the only day count of a 360-day year) the days are the convention's, not
    // the calendar's: 29 February to 1 March is two, a month's 31st none; said so (a user
    // review found "1 mars–1 mars, i 2 dagar" read as an error).
    let convention = if line.year_days == 360 {
        Arg::Both(" enligt 30/360", " under 30/360")
    } else {
        Arg::S("")
    };
    tpl(
        "{0}{1} i {2}{5}, {3}/{4} av ett år.",
        "{0}{1} for {2}{5}, {3}/{4} of a year.",
        &[
            Arg::Both(&head.sv, &head.en),
            Arg::Kr(line.base),
            Arg::Days(line.days),
            Arg::Int(line.days),
            Arg::Int(line.year_days),
            convention,
        ],
    )
}

/// ` + 8 procentenheter` and ` + 8 percentage points` (` − 2,5` / ` − 2.5`; one point is
/// singular): a margin over the referensränta in words, Swedish and English.
fn signed_points(margin: Decimal) -> (String, String) {
    let mut points = String::with_capacity(32);
    push_signed_points(&mut points, margin);
    // A decimal comma in Swedish ("+ 2,5 procentenheter").
    let mut points_sv = points.replace('.', ",");
    let one = margin.abs() == Decimal::ONE;
    points_sv.push_str(if one {
        " procentenhet"
    } else {
        " procentenheter"
    });
    points.push_str(if one {
        " percentage point"
    } else {
        " percentage points"
    });
    (points_sv, points)
}

/// ` + 8` or ` − 2.5`: a margin in percentage points as written in the English texts (a whole
/// number without decimals; the Swedish texts put a comma for the point).
fn push_signed_points(out: &mut String, points: Decimal) {
    out.push_str(if points.is_sign_negative() && !points.is_zero() {
        " − "
    } else {
        " + "
    });
    crate::money::push_decimal(out, points.abs().normalize());
}

/// What a fee line is for.
#[cfg_attr(inkasso_size, optimize(size))]
pub fn fee_line(line: &FeeLine) -> Text {
    let date = Arg::Date(line.date);
    if line.kind == FeeKind::LateFee {
        let number = line.invoice.as_deref().unwrap_or("");
        return tpl(
            // An amount is not "skyldig" (a person is): the right to it arises (a legal review).
            "Förseningsersättning för faktura {0}: rätten till den uppkommer när dröjsmålsränta börjar löpa, {1}.",
            "Late-payment compensation for invoice {0}: the right to it arises when late-payment interest starts to run, on {1}.",
            &[Arg::S(number), date],
        );
    }
    let note = if line.absorbed.is_positive() {
        Arg::Both(
            ", utöver förseningsersättningen",
            ", beyond the late-payment compensation",
        )
    } else {
        Arg::S("")
    };
    match line.kind {
        FeeKind::PaymentOrderFee | FeeKind::PaymentOrderCompensation | FeeKind::EnforcementFee => {
            tpl(
                // Not "ansökan {1}": a further year's grundavgift is no application, and the
                // ersättning's name already says "ansökan" (a Swedish legal review).
                "{0} {1}{2}.",
                "{0} of {1}{2}.",
                &[Arg::FeeCap(line.kind), date, note],
            )
        }
        FeeKind::PaymentPlanFee => tpl(
            "Avgift för amorteringsplanen {0}{1}.",
            "Fee for the instalment plan of {0}{1}.",
            &[date, note],
        ),
        // Paid for a disputed betalningsföreläggande the tingsrätt takes over, not for a
        // stämningsansökan of the creditor's own.
        FeeKind::CourtTransferFee => tpl(
            "Tilläggsavgift i tingsrätten för målet som överlämnades från Kronofogden {0}{1}.",
            "District court supplementary fee for the case transferred from Kronofogden on {0}{1}.",
            &[date, note],
        ),
        // Named by the judgment's title when the steps show it; an utslag awards costs of the
        // mål om betalningsföreläggande, not rättegångskostnader (a timeline words review).
        FeeKind::CourtCosts => {
            let (sv, en) = match line.title {
                Some(Title::Utslag) => (
                    "Kostnader enligt utslaget {0}{1}.",
                    "Costs awarded by Kronofogden's decision (utslag) of {0}{1}.",
                ),
                Some(Title::Dom) => (
                    "Rättegångskostnader enligt domen {0}{1}.",
                    "Litigation costs awarded by the judgment of {0}{1}.",
                ),
                None => (
                    "Kostnader enligt domen eller utslaget {0}{1}.",
                    "Costs awarded by the judgment or decision (utslag) of {0}{1}.",
                ),
            };
            tpl(sv, en, &[date, note])
        }
        _ => {
            let kind = line.step_kind.unwrap_or(StepKind::Reminder);
            let fee_of_step = fee_of_step_sv(line.kind, kind);
            tpl(
                "{0} {1}{2}.",
                if line.kind == FeeKind::CourtCosts {
                    "{3} awarded by the {4} of {1}{2}."
                } else {
                    "{3} for the {4} of {1}{2}."
                },
                &[
                    Arg::S(&fee_of_step),
                    date,
                    note,
                    Arg::FeeCap(line.kind),
                    Arg::Step(kind),
                ],
            )
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Findings

/// The statute or guidance a finding rests on.
#[cfg_attr(inkasso_size, optimize(size))]
pub fn finding_rule(facts: &FindingFacts) -> Cow<'static, str> {
    Cow::Borrowed(match facts {
        FindingFacts::DemandNotOverdue { .. }
        | FindingFacts::DemandWithoutDebt { .. }
        | FindingFacts::PolicyDemandOnDueDate => {
            "inkassolagen (1974:182) 4 § (god inkassosed): inkassokrav först när förfallodagen har passerat"
        }
        FindingFacts::EnforcementWithoutTitle { .. } => {
            "utsökningsbalken (1981:774) 3 kap. 1 §: verkställighet kräver en exekutionstitel (t.ex. dom eller utslag)"
        }
        FindingFacts::SurveillanceWithoutTitle { .. } => {
            "utsökningsbalken (1981:774) 3 kap. 1 §: efterbevakning bevakar en exekutionstitel (t.ex. dom eller utslag), som ny verkställighet kräver"
        }
        FindingFacts::FurtherYearWithoutApplication { .. } => {
            "förordning (1992:1094) om avgifter vid Kronofogdemyndigheten 5 §: en grundavgift vid ansökan och en för varje år verkställigheten pågår"
        }
        FindingFacts::ReminderNotOverdue { .. } | FindingFacts::PolicyReminderOnDueDate => {
            "lag (1981:739) om ersättning för inkassokostnader m.m. 1 §: åtgärder för att få betalt för en förfallen skuld"
        }
        FindingFacts::TermTooShort { min, .. } => {
            return Cow::Owned(render(
                "god inkassosed (IMY:s allmänna råd), jfr inkassolagen (1974:182) 4 §: minst {0} dagars betalningstid",
                &[Arg::Int(i64::from(*min))],
                true,
            ));
        }
        FindingFacts::TermShortAfterReceipt { min, .. } => {
            return Cow::Owned(render(
                "god inkassosed (IMY:s allmänna råd), jfr inkassolagen (1974:182) 4 och 5 §§: minst {0} bankdagar efter att kravet kan antas ha kommit fram",
                &[Arg::Int(i64::from(*min))],
                true,
            ));
        }
        FindingFacts::ReminderFeeNotAgreed { .. } => {
            "lag (1981:739) om ersättning för inkassokostnader m.m. 2 §"
        }
        // RH 2022:7 allows a further inkassobrev's fee for invoices falling due later, which
        // the engine charges (a compliance review, stop 67: the rule cited it for the opposite);
        // Kronofogden's and the court's fees are the engine's reading, once per claim
        // (DOMAIN.md 1).
        FindingFacts::FeeChargedTwice {
            kind: StepKind::PaymentOrder,
            ..
        } => {
            "förordning (1992:1094) om avgifter vid Kronofogdemyndigheten 1 §, lag (1990:746) 48 §: kostnaderna för betalningsföreläggande räknas en gång per fordran"
        }
        FindingFacts::FeeChargedTwice {
            kind: StepKind::CourtAction,
            ..
        } => {
            "förordning (1987:452) om avgifter vid de allmänna domstolarna: tingsrättens ansökningsavgift räknas en gång per fordran"
        }
        FindingFacts::FeeChargedTwice { .. } => {
            "lag (1981:739) om ersättning för inkassokostnader m.m. 2 och 3 §§; god inkassosed (IMY:s allmänna råd): flera fordringar mot samma gäldenär sammanförs i ett krav, en avgift av varje slag; en faktura som förfaller senare kan ge en ny (RH 2022:7)"
        }
        FindingFacts::FeeOnTopOfLateFee { .. } => {
            "lag (1981:739) om ersättning för inkassokostnader m.m. 5 §: förseningsersättningen ersätter inkassokostnaderna upp till sitt belopp"
        }
        FindingFacts::InterestOnFees => {
            "räntelagen (1975:635) 4 §; RH 2010:18: rättsläget är oklart, ingen ränta på avgifter som standard"
        }
        FindingFacts::LegalActionDuringPlan { .. } => {
            "inkassolagen (1974:182) 4 § (god inkassosed): en överenskommen amorteringsplan som gäldenären följer bör inte frångås"
        }
        FindingFacts::LimitationBeforeReceipt { .. } => {
            "preskriptionslagen (1981:130) 5 §: preskriptionen avbryts bl.a. när gäldenären får ett skriftligt krav eller en skriftlig erinran om fordringen"
        }
        FindingFacts::RateAssumed { .. } => {
            "räntelagen (1975:635) 6 och 9 §§: dröjsmålsränta efter den referensränta Riksbanken fastställer för varje kalenderhalvår"
        }
        FindingFacts::FurtherYearWithoutDebt { .. } => {
            "förordning (1992:1094) om avgifter vid Kronofogdemyndigheten 5 §: grundavgift för varje år ett mål om verkställighet pågår, och bara för en obetald skuld"
        }
        FindingFacts::KronofogdenWithoutDebt { .. } => {
            "lag (1990:746) om betalningsföreläggande och handräckning 2 §; utsökningsbalken (1981:774) 3 kap.: bara en förfallen, obetald fordran kan föreläggas och verkställas"
        }
        FindingFacts::EnforcementWithinAYear { .. } => {
            "förordning (1992:1094) om avgifter vid Kronofogdemyndigheten 5 § och 6 §: en grundavgift per exekutionstitel och en för varje år verkställigheten pågår"
        }
        FindingFacts::TimeBarredDemanded { .. } => {
            "preskriptionslagen (1981:130); inkassolagen (1974:182) 4 § (god inkassosed): en preskriberad fordran får inte krävas"
        }
        FindingFacts::FinalNoticeTooEarly { .. } => {
            "inkassolagen (1974:182) 4 § (god inkassosed): en slutlig påminnelse följer ett inkassokrav som inte betalats inom sin betalningstid"
        }
        FindingFacts::ClaimAlreadyDecided { .. } => {
            "rättegångsbalken 17 kap. 11 § och 13 kap. 6 §; lag (1990:746) om betalningsföreläggande och handräckning 64 §: en fråga som avgjorts genom dom eller utslag får inte prövas på nytt, och inte heller medan målet pågår (RH 2007:34)"
        }
        FindingFacts::TransferRequestLate { .. } | FindingFacts::PolicyTransferRequestLate { .. } => {
            "lag (1990:746) om betalningsföreläggande och handräckning 34 § och 37 §: begäran om överlämnande till tingsrätt ska ha kommit in inom fyra veckor från den dag underrättelsen om bestridandet sändes, annars avskrivs målet"
        }
        FindingFacts::DemandDuringPlan { .. } => {
            "inkassolagen (1974:182) 4 § (god inkassosed): en avtalad amorteringsplan som följs får inte åsidosättas"
        }
        FindingFacts::PaymentOrderBeforeNoticeDeadline { .. } => {
            "inkassolagen (1974:182) 4 § (god inkassosed): den betalningstid som gäldenären har fått ska löpa ut innan ansökan om betalningsföreläggande görs"
        }
        FindingFacts::PaymentOrderBeforeDeadline { .. }
        | FindingFacts::PolicyPaymentOrderOnDeadline
        | FindingFacts::PaymentOrderOnInvalidDemand { .. } => {
            "inkassolagen (1974:182) 4–6 §§ (god inkassosed): ansökan om betalningsföreläggande först när inkassokravets betalningstid har gått ut"
        }
        // Inkassolagen 6 §: no legal action before the debtor has had a demand under 5 §,
        // unless there are special reasons (Inkassonämnden 287-2021 reads it so; the exception's
        // wording: verify). A warning, for that exception and for a creditor's own claims.
        FindingFacts::PaymentOrderWithoutDemand { .. }
        | FindingFacts::PaymentOrderOnUndemandedInvoices { .. } => {
            "inkassolagen (1974:182) 6 §: rättslig åtgärd först när gäldenären har fått ett inkassokrav enligt 5 §, om inte särskilda skäl föranleder annat"
        }
        FindingFacts::ReminderFeeAfterDemand { .. }
        | FindingFacts::FeeForStepWithoutFee { .. }
        | FindingFacts::PlanFeeNotOverdue { .. }
        | FindingFacts::ReminderFeeNotOverdue { .. } => {
            "lag (1981:739) om ersättning för inkassokostnader m.m. 1, 4 och 5 §§: bara skäligen påkallade kostnader för att få betalt för en förfallen skuld ersätts"
        }
        FindingFacts::PaymentOrderAfterDispute { .. } => {
            "inkassolagen (1974:182) 4 § (god inkassosed): en fordran som gäldenären bestridit prövas av domstol, inte genom betalningsföreläggande"
        }
        FindingFacts::DemandAfterDispute { .. } => {
            "inkassolagen (1974:182) 4 § (god inkassosed): en fordran som gäldenären bestridit prövas av domstol och krävs inte på nytt"
        }
        FindingFacts::DemandBeforeReminderDeadline { .. }
        | FindingFacts::DemandOnReminderDay { .. }
        | FindingFacts::PolicyDemandOnReminderDeadline => {
            "lag (1981:739) om ersättning för inkassokostnader m.m. 4 § första stycket: ersättning bara för kostnader som varit skäligen påkallade; inkassolagen (1974:182) 4 § (god inkassosed)"
        }
    })
}

/// `faktura B` / `fakturorna B och C`, and the English, of a finding's invoice numbers.
#[cfg_attr(inkasso_size, optimize(size))]
fn invoice_list(invoices: &[String]) -> (String, String) {
    let numbers: Vec<&str> = invoices.iter().map(String::as_str).collect();
    (letter::invoices_sv(&numbers), letter::invoices_en(&numbers))
}

/// The text of a finding.
#[cfg_attr(inkasso_size, optimize(size))]
pub fn finding(f: &Finding) -> Text {
    match &f.facts {
        FindingFacts::LegalActionDuringPlan {
            kind,
            date,
            plan,
            paid,
            ended,
        } => {
            // With the day the history says the plan ended (after the action), the plan stood;
            // without it, ask for that day.
            let (sv, en) = match ended {
                Some(_) => (
                    "{0} {1} gavs in medan amorteringsplanen {2} gällde (enligt historiken till {5}), och gäldenären hade betalat efter planen (senaste betalningen {3}). En plan som gäldenären följer bör inte frångås (god inkassosed).",
                    "The {4} of {1} was filed while the instalment plan of {2} was in force (until {5}, as the history records), and the debtor had paid since the plan (last on {3}). A plan the debtor keeps should not be set aside (good collection practice).",
                ),
                None => (
                    "{0} {1} gavs in efter amorteringsplanen {2}, och gäldenären hade betalat efter planen (senaste betalningen {3}). En plan som gäldenären följer bör inte frångås (god inkassosed). Kontrollera att gäldenären verkligen hade brutit planen, och ange den dag planen upphörde (`ended`).",
                    "The {4} of {1} was filed after the instalment plan of {2}, and the debtor had paid since the plan (last on {3}). A plan the debtor keeps should not be set aside (good collection practice). Check that the debtor had in fact broken the plan, and record the day it ended (`ended`).",
                ),
            };
            tpl(
                sv,
                en,
                &[
                    Arg::StepDefCap(*kind),
                    Arg::Date(*date),
                    Arg::Date(*plan),
                    Arg::Date(*paid),
                    Arg::Step(*kind),
                    ended.map_or(Arg::S(""), Arg::Date),
                ],
            )
        }
        FindingFacts::LimitationBeforeReceipt {
            kind,
            date,
            invoice,
            preskription_date,
            received,
        } => tpl(
            "{0} {1} antas nå gäldenären först {2}, men preskriptionstiden för faktura {3} löpte ut {4}: preskriptionen avbryts först när gäldenären tar emot brevet (preskriptionslagen 5 §). Kom brevet fram först {2} var fakturan redan preskriberad, och senare åtgärder gäller då en preskriberad fordran, som inte får krävas. Kontrollera när gäldenären fick brevet.",
            "The {5} of {1} is assumed to reach the debtor only on {2}, but the limitation period of invoice {3} ran out on {4}: limitation is interrupted only when the debtor receives the letter (preskriptionslagen 5 §). Had it arrived only on {2}, the invoice was already time-barred, and later steps then concern a time-barred debt, which may not be demanded. Check when the debtor received the letter.",
            &[
                Arg::StepDefCap(*kind),
                Arg::Date(*date),
                Arg::Date(*received),
                Arg::S(invoice),
                Arg::Date(*preskription_date),
                Arg::Step(*kind),
            ],
        ),
        FindingFacts::RateAssumed {
            half_year,
            reference_rate,
            payment,
        } => tpl(
            "Tabellen saknar en av Riksbanken fastställd referensränta för {0}: förloppet har beräknats med {1} som antagen referensränta (den senast kända räntan, eller en rad markerad som antagen), och betalningarna från och med {2} har fördelats utifrån den. Anmärkningar som beror på vad som var obetalt kan ändras när den fastställda räntan läggs in.",
            "The rate table has no referensränta fixed by the Riksbank for {0}: the history has been computed with {1} as an assumed referensränta (the last known rate, or a row marked as assumed), and the payments from {2} on allocated accordingly. Findings that turn on what was unpaid may change once the fixed rate is entered.",
            &[Arg::Half(*half_year), Arg::Pct(*reference_rate), Arg::Date(*payment)],
        ),
        FindingFacts::DemandNotOverdue { date, invoices } => {
            let (sv, en) = invoice_list(invoices);
            tpl(
                "Inkassokravet {0} skickades innan förfallodagen hade passerat för {1}.",
                "The debt-collection demand of {0} was sent before the due date had passed for {1}.",
                &[Arg::Date(*date), Arg::Both(&sv, &en)],
            )
        }
        FindingFacts::DemandWithoutDebt { date } => tpl(
            "Inkassokravet {0} skickades när fordrans kapital redan var betalt eller krediterat: det fanns inget förfallet att kräva.",
            "The debt-collection demand of {0} was sent when the claim's capital was already paid or credited: nothing overdue was left to demand.",
            &[Arg::Date(*date)],
        ),
        FindingFacts::ReminderNotOverdue {
            kind,
            date,
            settled,
            owed_not_due,
        } => {
            let when = if *settled && *owed_not_due {
                Arg::Both(
                    "när de fakturor som hade förfallit redan var betalda eller krediterade och ingen annan ännu var förfallen",
                    "when the invoices past their due date were already paid or credited and no other was yet due",
                )
            } else if *settled {
                Arg::Both(
                    "när fordrans kapital redan var betalt eller krediterat",
                    "when the claim's capital was already paid or credited",
                )
            } else {
                Arg::Both(
                    "innan någon faktura var förfallen",
                    "before any invoice was overdue",
                )
            };
            let what = if *kind == StepKind::FinalNotice {
                Arg::Both(
                    "den påminner inte om något och räknas inte som slutlig påminnelse",
                    "it reminds of nothing and does not count as the final notice",
                )
            } else {
                Arg::Both(
                    "den påminner inte om något, ger ingen avgift och räknas inte som fordrans påminnelse",
                    "it reminds of nothing, earns no fee and does not count as the claim's reminder",
                )
            };
            tpl(
                "{0} {1} skickades {2}: {3}.",
                "The {0} of {1} was sent {2}: {3}.",
                &[Arg::StepDefCap(*kind), Arg::Date(*date), when, what],
            )
        }
        FindingFacts::FurtherYearWithoutApplication { date } => tpl(
            "Verkställigheten {0} är registrerad som ytterligare ett år av en pågående verkställighet (furtherYear), men ingen ansökan om verkställighet är registrerad före den: den läses som en ansökan, och dess grundavgift tas ut som för en sådan. Registrera ansökan som året förnyar, eller registrera steget utan furtherYear.",
            "The verkställighet of {0} is recorded as a further year of one under way (furtherYear), but no application for enforcement is recorded before it: it is read as an application, and its basic fee is charged as one. Record the application it renews, or record the step without furtherYear.",
            &[Arg::Date(*date)],
        ),
        FindingFacts::SurveillanceWithoutTitle { date } => tpl(
            "Före efterbevakningen {0} finns ingen exekutionstitel: ingen dom, inget utslag i ett mål om betalningsföreläggande och ingen verkställighet. Efterbevakning bevakar en fordran som är fastställd; kontrollera att det finns en exekutionstitel.",
            "No enforcement title is recorded before the post-judgment surveillance of {0}: no judgment, no decision (utslag) in a payment-order case and no enforcement. Surveillance watches an established claim; check that there is a title.",
            &[Arg::Date(*date)],
        ),
        FindingFacts::EnforcementWithoutTitle { date } => tpl(
            "Före ansökan om verkställighet {0} finns ingen exekutionstitel: ingen dom och inget utslag i ett mål om betalningsföreläggande. Kontrollera att det finns en exekutionstitel; utan en sådan verkställer Kronofogden inte.",
            "No enforcement title is recorded before the application for enforcement of {0}: no judgment and no decision (utslag) in a payment-order case. Check that there is one; Kronofogden does not enforce without it.",
            &[Arg::Date(*date)],
        ),
        FindingFacts::PolicyDemandOnDueDate => t(
            "Enligt policyn i dess nuvarande lydelse skickas inkassokravet på förfallodagen. Tidslinjen flyttar det till dagen efter, men ändra policyn så att kravet skickas först när förfallodagen har passerat.",
            "Under the policy as it now reads, the debt-collection demand is sent on the due date. The timeline moves it to the day after, but change the policy so that the demand is sent only once the due date has passed.",
        ),
        FindingFacts::PolicyReminderOnDueDate => t(
            "Enligt policyn i dess nuvarande lydelse skickas betalningspåminnelsen på förfallodagen, när inget ännu är förfallet. Tidslinjen flyttar den till dagen efter, men ändra policyn så att påminnelsen skickas först när förfallodagen har passerat.",
            "Under the policy as it now reads, the payment reminder is sent on the due date, when nothing is overdue yet. The timeline moves it to the day after, but change the policy so that the reminder is sent only once the due date has passed.",
        ),
        FindingFacts::TermShortAfterReceipt {
            kind,
            date,
            deadline,
            received,
            bank_days,
            min,
        } => {
            let args = [
                Arg::Date(*date),
                Arg::Date(*deadline),
                Arg::BankDays(i64::from(*bank_days)),
                Arg::Date(*received),
                Arg::BankDays(i64::from(*min)),
            ];
            if *kind == StepKind::FinalNotice {
                tpl(
                    "Den slutliga påminnelsen {0}, ett krav som inkassokravet, med sista dag {1} lämnar {2} efter att den kan antas ha kommit fram ({3}); god inkassosed kräver minst {4}: betalningstiden borde ha förlängts (långhelg). Kontrollera när den kom fram: en som kom fram tidigare (digitalt samma dag) lämnar fler.",
                    "The final notice of {0}, a demand as the debt-collection demand is, with deadline {1} leaves {2} after it can be assumed received ({3}); good collection practice requires at least {4}: the term should have been extended (a long weekend). Check when it reached the debtor: one delivered sooner (digitally, the same day) leaves more.",
                    &args,
                )
            } else {
                tpl(
                    "Inkassokravet {0} med sista dag {1} lämnar {2} efter att det kan antas ha kommit fram ({3}); god inkassosed kräver minst {4}: betalningstiden borde ha förlängts (långhelg). Kontrollera när det kom fram: ett krav som kom fram tidigare (digitalt samma dag) lämnar fler.",
                    "The debt-collection demand of {0} with deadline {1} leaves {2} after it can be assumed received ({3}); good collection practice requires at least {4}: the term should have been extended (a long weekend). Check when it reached the debtor: one delivered sooner (digitally, the same day) leaves more.",
                    &args,
                )
            }
        }
        FindingFacts::TermTooShort {
            kind,
            days,
            min,
            date,
        } => {
            let unit = if *days == 1 { "dags" } else { "dagars" };
            let args = [
                Arg::Int(i64::from(*days)),
                Arg::S(unit),
                Arg::Days(i64::from(*min)),
                Arg::Days(i64::from(*days)),
                date.map_or(Arg::S(""), Arg::Date),
            ];
            match (kind, date) {
                (StepKind::FinalNotice, Some(_)) => tpl(
                    "Den slutliga påminnelsen {4} ger {0} {1} betalningstid; efter ett inkassokrav kräver god inkassosed minst {2}, som för inkassokravet.",
                    "The final notice of {4} gives {3} to pay; after a debt-collection demand, good collection practice requires at least {2}, as for the demand.",
                    &args,
                ),
                (StepKind::FinalNotice, None) => tpl(
                    "Policyns slutliga påminnelse ger {0} {1} betalningstid; efter inkassokravet kräver god inkassosed minst {2}, som för inkassokravet.",
                    "The policy's final notice gives {3} to pay; after the debt-collection demand, good collection practice requires at least {2}, as for the demand.",
                    &args,
                ),
                (_, Some(_)) => tpl(
                    "Inkassokravet {4} ger {0} {1} betalningstid; god inkassosed kräver minst {2}.",
                    "The debt-collection demand of {4} gives {3} to pay; good collection practice requires at least {2}.",
                    &args,
                ),
                (_, None) => tpl(
                    "Inkassokravet ger {0} {1} betalningstid; god inkassosed kräver minst {2}.",
                    "The debt-collection demand gives {3} to pay; good collection practice requires at least {2}.",
                    &args,
                ),
            }
        }
        FindingFacts::ReminderFeeNotAgreed { date } => tpl(
            "Ingen påminnelseavgift får tas ut för påminnelsen {0}: den avtalades inte när skulden uppkom.",
            "No reminder fee may be charged for the reminder of {0}: it was not agreed when the debt arose.",
            &[Arg::Date(*date)],
        ),
        FindingFacts::FeeChargedTwice {
            kind,
            date,
            recorded,
        } => {
            let args = [Arg::Article(*kind), Arg::Step(*kind), Arg::Date(*date)];
            if *recorded {
                tpl(
                    "Ytterligare {0} {1} {2} ger ingen ny avgift: avgiften som togs ut ska tas bort.",
                    "Another {1} on {2} earns no new fee: the fee it claimed must be removed.",
                    &args,
                )
            } else {
                tpl(
                    "Ytterligare {0} {1} {2} ger ingen ny avgift: har en tagits ut ska den tas bort.",
                    "Another {1} on {2} earns no new fee: if one was charged, it must be removed.",
                    &args,
                )
            }
        }
        FindingFacts::FeeOnTopOfLateFee {
            late_fee,
            step: Some((kind, date)),
        } => tpl(
            "{0} {1} tog ut sin avgift ovanpå förseningsersättningen ({2} per faktura), som ersätter påminnelse-, inkasso- och amorteringsplansavgiften upp till sitt belopp: avgiften ska tas bort.",
            "The {0} of {1} charged its fee on top of the late-payment compensation ({2} per invoice), which replaces the reminder, collection and instalment plan fees up to its amount: the fee must be removed.",
            &[Arg::StepDefCap(*kind), Arg::Date(*date), Arg::KrRound(*late_fee)],
        ),
        FindingFacts::FeeOnTopOfLateFee {
            late_fee,
            step: None,
        } => tpl(
            "Förseningsersättningen ({0} per faktura) ersätter påminnelse-, inkasso- och amorteringsplansavgiften upp till sitt belopp: de får inte tas ut ovanpå.",
            "The late-payment compensation ({0} per invoice) replaces the reminder, collection and instalment plan fees up to its amount: they may not be charged on top.",
            &[Arg::KrRound(*late_fee)],
        ),
        FindingFacts::InterestOnFees => t(
            "Policyn tar ut ränta på avgifter: rättsläget är oklart (RH 2010:18); gör det inte som standard.",
            "The policy charges interest on fees: the law is not settled (RH 2010:18); do not do it by default.",
        ),
        // The deadline the minimum term gives, not the shorter one the demand gave.
        FindingFacts::PaymentOrderBeforeDeadline {
            date,
            deadline,
            minimum: Some(min),
            ..
        } => tpl(
            "Ansökan om betalningsföreläggande {0} gjordes innan betalningstiden hade gått ut: inkassokravet borde ha gett minst {2} dagars betalningstid, med {1} som sista betalningsdag (god inkassosed).",
            "The payment order of {0} was applied for before the term to pay had run out: the debt-collection demand should have given at least {2} days to pay, with {1} as its deadline (good collection practice).",
            &[Arg::Date(*date), Arg::Date(*deadline), Arg::Int(i64::from(*min))],
        ),
        FindingFacts::PaymentOrderBeforeDeadline {
            date,
            deadline,
            extended: false,
            ..
        } => tpl(
            "Ansökan om betalningsföreläggande {0} gjordes innan inkassokravets sista betalningsdag {1} hade passerat.",
            "The payment order of {0} was applied for before the debt-collection demand's deadline {1} had passed.",
            &[Arg::Date(*date), Arg::Date(*deadline)],
        ),
        // The deadline the demand should have given around a long weekend, not the one it gave.
        FindingFacts::PaymentOrderBeforeDeadline { date, deadline, .. } => tpl(
            "Ansökan om betalningsföreläggande {0} gjordes innan betalningstiden hade gått ut: inkassokravet borde ha angett {1} som sista betalningsdag, så att gäldenären fick minst fyra bankdagar att betala eller invända efter att kravet kan antas ha kommit fram (god inkassosed).",
            "The payment order of {0} was applied for before the term to pay had run out: the debt-collection demand should have given {1} as its deadline, so that the debtor had at least four bank days to pay or object after it can be assumed received (good collection practice).",
            &[Arg::Date(*date), Arg::Date(*deadline)],
        ),
        FindingFacts::TransferRequestLate {
            date,
            order,
            dispute,
            deadline,
        } => tpl(
            "Begäran {0} om överlämnande till tingsrätten av betalningsföreläggandet från {1}, bestritt {2}, kom mer än fyra veckor efter bestridandet ({3}): den ska ha kommit in till Kronofogden inom fyra veckor från den dag underrättelsen om bestridandet sändes, annars avskrivs målet. Kontrollera att den kom in i tid (eller gjordes redan i ansökan); annars är domstolsansökan en ny stämningsansökan med tingsrättens hela ansökningsavgift: ange den betalda avgiften som `costs`.",
            "The request of {0} to transfer the payment order of {1}, disputed on {2}, to the district court came more than four weeks after the dispute ({3}): it must reach Kronofogden within four weeks of the day it sent notice of the dispute, or the case is written off. Check that it came in time (or was made in the application); if not, the court action is a new claim to the court with its full application fee: give the fee paid as `costs`.",
            &[
                Arg::Date(*date),
                Arg::Date(*order),
                Arg::Date(*dispute),
                Arg::Date(*deadline),
            ],
        ),
        FindingFacts::ClaimAlreadyDecided {
            kind,
            date,
            decided,
            title,
        } => {
            let (sv, en) = match kind {
                StepKind::PaymentOrder => ("Ansökan om betalningsföreläggande", "payment order"),
                _ => ("Stämningsansökan", "claim to the court"),
            };
            tpl(
                "{0} {1} gäller bara fakturor som {2} {3} redan har avgjort (ingen annan var förfallen): en fråga som har avgjorts får inte prövas på nytt, och inte heller medan målet pågår, så ansökan ska avvisas och dess kostnader bör inte krävas av gäldenären. Ansök i stället om verkställighet av {2}.",
                "The {0} of {1} is only about invoices the {2} of {3} already decided (no other was overdue): a matter decided may not be tried again, nor while its case is pending, so the application is to be dismissed and its costs should not be claimed from the debtor. Apply for enforcement of the {2} instead.",
                &[
                    Arg::Both(sv, en),
                    Arg::Date(*date),
                    step_titled(StepKind::Judgment, *title),
                    Arg::Date(*decided),
                ],
            )
        }
        FindingFacts::PolicyTransferRequestLate { days, max } => tpl(
            "Policyns domstolsväg går till tingsrätten {0} efter ett bestridande, men överlämnandet av ett bestritt betalningsföreläggande ska begäras så att begäran kommer in till Kronofogden inom {1} från den dag underrättelsen om bestridandet sändes, annars avskrivs målet. Sätt `court.daysAfterDispute` till högst {2}.",
            "The policy's court path goes to the district court {0} after a dispute, but the transfer of a disputed payment order must be asked for so that the request reaches Kronofogden within {1} of the day it sent notice of the dispute, or the case is written off. Set `court.daysAfterDispute` to {2} at most.",
            &[
                Arg::Days(i64::from(*days)),
                Arg::Days(i64::from(*max)),
                Arg::Int(i64::from(*max)),
            ],
        ),
        FindingFacts::FinalNoticeTooEarly {
            date,
            demand,
            deadline,
        } => tpl(
            "Den slutliga påminnelsen {0} skickades innan sista betalningsdagen {1} i inkassokravet av {2} hade passerat: den kortar inkassokravets betalningstid.",
            "The final notice of {0} was sent before the deadline {1} of the debt-collection demand of {2} had passed: it cuts the demand's term short.",
            &[Arg::Date(*date), Arg::Date(*deadline), Arg::Date(*demand)],
        ),
        FindingFacts::DemandDuringPlan {
            kind,
            date,
            plan,
            ended: Some(ended),
        } => tpl(
            "{0} {1} skickades medan amorteringsplanen {2} gällde (den upphörde enligt historiken först {4}): så länge gäldenären följer planen får hela fordran inte krävas.",
            "The {3} of {1} was sent while the instalment plan of {2} stood (it ended only on {4}, as the history records): while the debtor keeps to the plan, the whole claim may not be demanded.",
            &[
                Arg::StepDefCap(*kind),
                Arg::Date(*date),
                Arg::Date(*plan),
                Arg::Step(*kind),
                Arg::Date(*ended),
            ],
        ),
        FindingFacts::DemandDuringPlan {
            kind, date, plan, ..
        } => tpl(
            "{0} {1} skickades medan amorteringsplanen {2} gällde (den är inte registrerad som avslutad): så länge gäldenären följer planen får hela fordran inte krävas. Har planen brutits, registrera den dag den upphörde (ended).",
            "The {3} of {1} was sent while the instalment plan of {2} stood (it is not recorded as ended): while the debtor keeps to the plan, the whole claim may not be demanded. If the plan was broken, record the day it ended (ended).",
            &[Arg::StepDefCap(*kind), Arg::Date(*date), Arg::Date(*plan), Arg::Step(*kind)],
        ),
        FindingFacts::PaymentOrderBeforeNoticeDeadline {
            date,
            notice,
            deadline,
            extended: false,
        } => tpl(
            "Ansökan om betalningsföreläggande {0} gjordes innan sista betalningsdagen {1} i den slutliga påminnelsen av {2} hade passerat.",
            "The payment order of {0} was applied for before the deadline {1} of the final notice of {2} had passed.",
            &[Arg::Date(*date), Arg::Date(*deadline), Arg::Date(*notice)],
        ),
        // The deadline a final notice that is a demand should have given around a long
        // weekend, not the one it gave.
        FindingFacts::PaymentOrderBeforeNoticeDeadline {
            date,
            notice,
            deadline,
            extended: true,
        } => tpl(
            "Ansökan om betalningsföreläggande {0} gjordes innan betalningstiden hade gått ut: den slutliga påminnelsen av {2}, ett krav som inkassokravet, borde ha angett {1} som sista betalningsdag, så att gäldenären fick minst fyra bankdagar att betala eller invända efter att den kan antas ha kommit fram (god inkassosed).",
            "The payment order of {0} was applied for before the term to pay had run out: the final notice of {2}, a demand as the debt-collection demand is, should have given {1} as its deadline, so that the debtor had at least four bank days to pay or object after it can be assumed received (good collection practice).",
            &[Arg::Date(*date), Arg::Date(*deadline), Arg::Date(*notice)],
        ),
        FindingFacts::PolicyPaymentOrderOnDeadline => t(
            "Enligt policyn i dess nuvarande lydelse görs ansökan om betalningsföreläggande på inkassokravets sista betalningsdag. Tidslinjen flyttar ansökan till dagen efter, men ändra policyn så att ansökan görs först när den dagen har passerat.",
            "Under the policy as it now reads, the payment order is applied for on the debt-collection demand's deadline. The timeline moves the application to the day after, but change the policy so that it is made only once that day has passed.",
        ),
        FindingFacts::PolicyDemandOnReminderDeadline => t(
            "Enligt policyn i dess nuvarande lydelse skickas inkassokravet på påminnelsens sista betalningsdag. Tidslinjen flyttar det till dagen efter, men ändra policyn så att kravet skickas först när den dagen har passerat. Avgiften för ett inkassokrav som skickas innan påminnelsens betalningstid har gått ut är knappast en skäligen påkallad kostnad (lag 1981:739 4 §).",
            "Under the policy as it now reads, the debt-collection demand is sent on the reminder's deadline. The timeline moves it to the day after, but change the policy so that the demand is sent only once that day has passed. The fee for a demand sent before the reminder's term has run out is hardly a cost reasonably called for (lag 1981:739 4 §).",
        ),
        FindingFacts::PaymentOrderOnInvalidDemand {
            date,
            demand,
            invoices,
        } => {
            let (sv, en) = invoice_list(invoices);
            tpl(
                "Ansökan om betalningsföreläggande {0} vilar på inkassokravet {1}, som skickades innan förfallodagen hade passerat för {2}: skicka ett giltigt inkassokrav först.",
                "The payment order of {0} rests on the debt-collection demand of {1}, sent before the due date had passed for {2}: send a valid demand first.",
                &[Arg::Date(*date), Arg::Date(*demand), Arg::Both(&sv, &en)],
            )
        }
        FindingFacts::FurtherYearWithoutDebt { date } => tpl(
            "Ett nytt verkställighetsår från {0} gällde en skuld som redan var betald eller krediterad: verkställigheten har inget kvar att driva in, och grundavgiften tas inte ut av gäldenären. Återkalla ansökan i stället.",
            "A new year of enforcement from {0} concerned a debt already paid or credited: the enforcement has nothing left to collect, and its basic fee is not charged to the debtor. Withdraw the application instead.",
            &[Arg::Date(*date)],
        ),
        FindingFacts::KronofogdenWithoutDebt {
            kind,
            date,
            settled,
        } => {
            let (why, then) = if *settled {
                (
                    Arg::Both(
                        "fordrans kapital redan var betalt eller krediterat",
                        "the claim's capital was already paid or credited",
                    ),
                    Arg::Both(
                        "ansökan gällde inget obetalt kapital, och kostnaden för den tas inte ut av gäldenären",
                        "it concerned no unpaid capital, and its cost is not charged to the debtor",
                    ),
                )
            } else {
                (
                    Arg::Both(
                        "inget i fordran var förfallet",
                        "nothing in the claim was overdue",
                    ),
                    Arg::Both(
                        "Kronofogden kan inte förelägga eller verkställa en fordran som inte är förfallen, och kostnaden får inte tas ut",
                        "Kronofogden cannot order or enforce a claim not yet due, and its cost may not be charged",
                    ),
                )
            };
            tpl(
                "{0} {1} gjordes när {2}: {3}.",
                "The {0} of {1} was made when {2}: {3}.",
                &[Arg::StepDefCap(*kind), Arg::Date(*date), why, then],
            )
        }
        FindingFacts::EnforcementWithinAYear {
            date,
            previous,
            further_year: true,
        } => tpl(
            "Ett nytt verkställighetsår från {0} börjar mindre än ett år efter grundavgiften {1}, som fordrans verkställighetsår löper från: ingen ny grundavgift får tas ut.",
            "A new year of enforcement from {0} starts less than a year after the basic fee of {1}, which the claim's year of enforcement runs from: no new basic fee may be charged.",
            &[Arg::Date(*date), Arg::Date(*previous)],
        ),
        FindingFacts::EnforcementWithinAYear { date, previous, .. } => tpl(
            "Ansökan om verkställighet {0} kommer mindre än ett år efter grundavgiften {1} för samma exekutionstitel: ingen ny grundavgift får tas ut.",
            "The application for enforcement of {0} comes less than a year after the basic fee of {1} for the same enforcement title: no new basic fee may be charged.",
            &[Arg::Date(*date), Arg::Date(*previous)],
        ),
        FindingFacts::TimeBarredDemanded {
            kind,
            date,
            invoice,
            preskription_date,
        } => tpl(
            "{0} {1} kräver faktura {2}, vars preskriptionstid gick ut {3}: en preskriberad fordran får inte krävas.",
            "The {0} of {1} demands invoice {2}, whose limitation period ended on {3}: a time-barred debt may not be demanded.",
            &[
                Arg::StepDefCap(*kind),
                Arg::Date(*date),
                Arg::S(invoice),
                Arg::Date(*preskription_date),
            ],
        ),
        FindingFacts::PaymentOrderAfterDispute { date, disputed } => tpl(
            "Ansökan om betalningsföreläggande {0} gjordes sedan gäldenären bestridit fordran {1}: en tvistig fordran prövas av domstol och drivs inte genom betalningsföreläggande.",
            "The payment order of {0} was applied for after the debtor disputed the claim on {1}: a disputed claim is tried by a court, not pursued by a payment order.",
            &[Arg::Date(*date), Arg::Date(*disputed)],
        ),
        FindingFacts::DemandAfterDispute {
            kind: StepKind::PaymentPlan,
            date,
            disputed,
        } => tpl(
            "Amorteringsplanen {0} avtalades sedan gäldenären bestridit fordran {1}: en tvistig fordran prövas av domstol och drivs inte in genom en plan. Godtog gäldenären fordran genom planen, ange den dagen som dagen då bestridandet återkallades (för invändningen mot ett betalningsföreläggande, som inte återkallas: ett bestridande den dagen, återkallat samma dag).",
            "The instalment plan of {0} was agreed after the debtor disputed the claim on {1}: a disputed claim is tried by a court, not collected by a plan. If the debtor accepted the claim by agreeing to the plan, record that day as the day the dispute was withdrawn (for the objection to a payment order, which is not withdrawn: a dispute of that day, withdrawn the same day).",
            &[Arg::Date(*date), Arg::Date(*disputed)],
        ),
        FindingFacts::DemandAfterDispute {
            kind,
            date,
            disputed,
        } => tpl(
            "{0} {1} skickades sedan gäldenären bestridit fordran {2}: en tvistig fordran prövas av domstol och krävs inte på nytt.",
            "The {0} of {1} was sent after the debtor disputed the claim on {2}: a disputed claim is tried by a court, not demanded again.",
            &[Arg::StepDefCap(*kind), Arg::Date(*date), Arg::Date(*disputed)],
        ),
        FindingFacts::DemandBeforeReminderDeadline {
            date,
            reminder,
            deadline,
        } => tpl(
            "Inkassokravet {0} skickades innan betalningstiden i betalningspåminnelsen {1} hade gått ut ({2}): gäldenären fick inte den tid påminnelsen gav, och en inkassoavgift för kravet är då knappast skäligen påkallad.",
            "The debt-collection demand of {0} was sent before the payment term of the reminder of {1} had run out ({2}): the debtor did not get the time the reminder gave, so a fee for the demand is hardly reasonably called for.",
            &[Arg::Date(*date), Arg::Date(*reminder), Arg::Date(*deadline)],
        ),
        FindingFacts::DemandOnReminderDay { date } => tpl(
            "Inkassokravet {0} skickades samma dag som betalningspåminnelsen: gäldenären fick ingen tid att betala efter påminnelsen, och en inkassoavgift för kravet är då knappast skäligen påkallad.",
            "The debt-collection demand of {0} was sent on the day of the reminder: the debtor had no time to pay after the reminder, so a fee for the demand is hardly reasonably called for.",
            &[Arg::Date(*date)],
        ),
        FindingFacts::PaymentOrderOnUndemandedInvoices {
            date,
            demand,
            invoices,
        } => {
            let (sv, en) = invoice_list(invoices);
            tpl(
                "Ansökan om betalningsföreläggande {0} gäller {2}, som inget inkassokrav har krävt: inkassokravet {1} skickades innan den utfärdades. Skicka ett inkassokrav för den först.",
                "The payment order of {0} covers {2}, which no debt-collection demand has demanded: the demand of {1} was sent before it was issued. Send a demand for it first.",
                &[Arg::Date(*date), Arg::Date(*demand), Arg::Both(&sv, &en)],
            )
        }
        FindingFacts::ReminderFeeAfterDemand {
            date,
            after_kind,
            after_date,
            after_title,
        } => tpl(
            "Påminnelsen {0} tog ut en påminnelseavgift fast fordran redan hade gått vidare till {1} {2}: avgiften är ingen skäligen påkallad kostnad och ska tas bort.",
            "The reminder of {0} claimed a reminder fee though the claim had already gone on to the {1} of {2}: the fee is not a cost reasonably called for and must be removed.",
            &[Arg::Date(*date), step_titled(*after_kind, *after_title), Arg::Date(*after_date)],
        ),
        FindingFacts::FeeForStepWithoutFee {
            kind: StepKind::Dispute,
            date,
        } => tpl(
            "Avgiften som togs ut för bestridandet {0} ska tas bort: gäldenärens bestridande ger borgenären ingen ersättning.",
            "The fee claimed for the dispute of {0} must be removed: the debtor's dispute earns the creditor no compensation.",
            &[Arg::Date(*date)],
        ),
        FindingFacts::FeeForStepWithoutFee { kind, date } => tpl(
            "Avgiften som togs ut för {0} {1} ersätts inte enligt lagen (1981:739) om ersättning för inkassokostnader (5 §) och ska tas bort.",
            "The fee claimed for the {0} of {1} is not recoverable under lag 1981:739 on debt-collection costs (5 §) and must be removed.",
            &[Arg::StepDef(*kind), Arg::Date(*date)],
        ),
        FindingFacts::PlanFeeNotOverdue { date } => tpl(
            "Avgiften för amorteringsplanen {0} får inte tas ut: ingen faktura var förfallen med obetalt kapital den dagen (lagen gäller kostnader för att få betalt för en förfallen skuld). Ta bort den.",
            "The fee for the instalment plan of {0} may not be charged: no invoice was past its due date with capital unpaid that day (the act covers the costs of getting an overdue debt paid). Remove it.",
            &[Arg::Date(*date)],
        ),
        FindingFacts::ReminderFeeNotOverdue { date } => tpl(
            "Påminnelseavgiften för betalningspåminnelsen {0} får inte tas ut: ingen faktura var förfallen med kapital obetalt den dagen (lagen gäller kostnader för att få betalt för en förfallen skuld). Ta bort den.",
            "The reminder fee for the payment reminder of {0} may not be charged: no invoice was overdue with capital unpaid that day (the act covers the costs of getting an overdue debt paid). Remove it.",
            &[Arg::Date(*date)],
        ),
        FindingFacts::PaymentOrderWithoutDemand { date } => tpl(
            "Ansökan om betalningsföreläggande {0} föregås inte av något inkassokrav.",
            "The payment order of {0} is not preceded by a debt-collection demand.",
            &[Arg::Date(*date)],
        ),
    }
}

// ---------------------------------------------------------------------------------------------
// Timeline

/// The participle of a taken entry, agreeing with the Swedish noun's gender (ett inkassokrav,
/// ett bestridande: "gjort"; "dom eller utslag" agrees with the nearer "utslag"), and its
/// English words.
fn taken_verb(kind: EntryKind) -> (&'static str, &'static str) {
    match kind {
        // Letters are sent; applications are filed.
        EntryKind::Reminder | EntryKind::FinalNotice => ("skickad", "sent on"),
        EntryKind::CollectionDemand => ("skickat", "sent on"),
        EntryKind::PaymentOrder | EntryKind::Enforcement | EntryKind::CourtAction => {
            ("inlämnad", "filed on")
        }
        EntryKind::Dispute => ("gjort", "made on"),
        EntryKind::Judgment => ("meddelat", "given on"),
        EntryKind::Surveillance => ("påbörjad", "started on"),
        EntryKind::PaymentPlan => ("upprättad", "made on"),
        _ => ("gjord", "made on"),
    }
}

/// The head of the `due` entry's description: the (last) due date, and the stated one it was
/// moved from off a weekend or holiday.
fn due_head(e: &Entry, date: Arg<'_>) -> Text {
    match (e.last_of_several, e.deadline_moved_from) {
        (true, Some(from)) => tpl(
            "Sista förfallodag {1}, flyttad till {0}",
            "Last due date {1}, moved to {0}",
            &[date, Arg::Date(from)],
        ),
        (true, None) => tpl("Sista förfallodag {0}", "Last due date {0}", &[date]),
        (false, Some(from)) => tpl(
            "Förfallodag {1}, flyttad till {0}",
            "Due date {1}, moved to {0}",
            &[date, Arg::Date(from)],
        ),
        (false, None) => tpl("Förfallodag {0}", "Due date {0}", &[date]),
    }
}

/// The one-line description of a timeline entry.
#[cfg_attr(inkasso_size, optimize(size))]
pub fn entry(e: &Entry) -> Text {
    let date = Arg::Date(e.date);
    let fee_total = Money::sum(e.fees.iter().map(|f| f.amount)).unwrap_or(Money::ZERO);
    let head = match e.kind {
        EntryKind::Due => due_head(e, date),
        // Kronofogden's yearly fee on the case under way, not an application.
        EntryKind::Enforcement if e.further_year => tpl(
            "Verkställigheten pågår ett år till från {0}",
            "Enforcement continues another year from {0}",
            &[date],
        ),
        // A disputed betalningsföreläggande taken over by the tingsrätt (its tilläggsavgift).
        EntryKind::CourtAction
            if e.fees.iter().any(|f| f.kind == FeeKind::CourtTransferFee)
                || e.notes.iter().any(|n| {
                    matches!(
                        n.facts,
                        Facts::FeeNotCovered {
                            fee: FeeKind::CourtTransferFee,
                            ..
                        }
                    )
                }) =>
        {
            let (sv, en) = match e.status {
                EntryStatus::Projected => (
                    "Målet överlämnas till tingsrätten {0}",
                    "Case to be transferred to the district court on {0}",
                ),
                _ => (
                    "Målet överlämnat till tingsrätten {0}",
                    "Case transferred to the district court on {0}",
                ),
            };
            tpl(sv, en, &[date])
        }
        // Osaklig invändning: the creditor judged it groundless, and the road goes on.
        EntryKind::Dispute if e.groundless => tpl(
            "Bestridande gjort {0}, bedömt som osakligt (utan saklig grund): indrivningen fortsätter",
            "Dispute made on {0}, judged groundless (no factual ground): collection goes on",
            &[date],
        ),
        // Återkallat bestridande: the road went on from that day.
        EntryKind::Dispute if e.withdrawn.is_some() => tpl(
            "Bestridande gjort {0}, återkallat {1}",
            "Dispute made on {0}, withdrawn on {1}",
            &[date, e.withdrawn.map_or(Arg::S(""), Arg::Date)],
        ),
        // Named as the history says (`Entry::title`); a judgment is the court's: expected,
        // not planned.
        EntryKind::Judgment if e.title.is_some() => {
            let utslag = e.title == Some(Title::Utslag);
            let (sv, en) = match (utslag, e.status) {
                (false, EntryStatus::Projected) => ("Dom väntas {0}", "Judgment expected on {0}"),
                (false, _) => ("Dom meddelad {0}", "Judgment given on {0}"),
                (true, EntryStatus::Projected) => (
                    "Utslag väntas {0}",
                    "Kronofogden's decision (utslag) expected on {0}",
                ),
                (true, _) => (
                    "Utslag meddelat {0}",
                    "Kronofogden's decision (utslag) given on {0}",
                ),
            };
            tpl(sv, en, &[date])
        }
        // Neither named: both, in both languages (the English said "Judgment" alone).
        EntryKind::Judgment => {
            let (sv, en) = match e.status {
                EntryStatus::Projected => (
                    "Dom eller utslag väntas {0}",
                    "Judgment or decision (utslag) expected on {0}",
                ),
                _ => (
                    "Dom eller utslag meddelat {0}",
                    "Judgment or decision (utslag) given on {0}",
                ),
            };
            tpl(sv, en, &[date])
        }
        kind => {
            let (verb_sv, verb_en) = match e.status {
                EntryStatus::Projected if kind == EntryKind::Judgment => ("väntas", "expected on"),
                EntryStatus::Projected => ("planeras", "planned for"),
                _ => taken_verb(kind),
            };
            tpl(
                "{0} {1} {2}",
                "{0} {1} {2}",
                &[Arg::EntryCap(kind), Arg::Both(verb_sv, verb_en), date],
            )
        }
    };
    // The due entry's fees (förseningsersättning, dated on each invoice's first interest day)
    // are owed only if the invoices are not paid in time: its amount to pay leaves out those
    // dated after the day it is valued on, and its sentence says they are then added.
    let late_fee = e.kind == EntryKind::Due && fee_total.is_positive();
    let added = Money::sum(
        e.fees
            .iter()
            .filter(|f| f.date > e.if_paid.as_of)
            .map(|f| f.amount),
    )
    .unwrap_or(Money::ZERO);
    let fee_part = if fee_total.is_positive() && !late_fee {
        // A judgment's are the litigation costs it awards, not a fee.
        let what = match e.kind {
            EntryKind::Judgment if e.title == Some(Title::Dom) => {
                Arg::Both("rättegångskostnader", "litigation costs")
            }
            // An utslag's are the costs of the mål om betalningsföreläggande.
            EntryKind::Judgment => Arg::Both("kostnader", "costs"),
            // Kronofogden's fee and the creditor's ersättning (not a fee) together.
            EntryKind::PaymentOrder => Arg::Both("kostnad", "cost"),
            _ => Arg::Both("avgift", "fee"),
        };
        tpl(", {0} {1}", ", {0} {1}", &[what, Arg::Kr(fee_total)])
    } else {
        t("", "")
    };
    // Förseningsersättning already earned by that day (an invoice due earlier) is said so.
    // Only what is still unpaid on that day is in the amount (a payment may have paid it), and
    // the text says that part is the unpaid one (a timeline review, stop 65: "350 kr already
    // added" of a 450 kr förseningsersättning that a payment had paid 100 kr of).
    let included = if late_fee {
        fee_total.saturating_sub_to_zero(added).min(e.if_paid.fees)
    } else {
        Money::ZERO
    };
    let included_part = if included.is_positive() {
        tpl(
            " (varav {0} är förseningsersättning som redan har tillkommit och inte är betald)",
            " (including {0} of late-payment compensation already added and not yet paid)",
            &[Arg::Kr(included)],
        )
    } else {
        t("", "")
    };
    let late_part = if late_fee && added.is_positive() {
        tpl(
            " Betalas det inte i tid tillkommer {1}förseningsersättning, {0}.",
            " If it is not paid on time, {1}late-payment compensation of {0} is added.",
            &[
                Arg::Kr(added),
                if included.is_positive() {
                    Arg::Both("ytterligare ", "further ")
                } else {
                    Arg::S("")
                },
            ],
        )
    } else {
        t("", "")
    };
    let pay = match e.deadline {
        Some(d) => tpl("; betalas senast {0}", "; pay by {0}", &[Arg::Date(d)]),
        None => t("", ""),
    };
    // An amount on a guessed referensränta is not stated as a fact (a debtor-side review:
    // only `ifPaid.assumed` and the timeline's warning said so, not the text an app shows);
    // one whose per diem alone rests on a guess is exact (a diff review).
    let assumed = if e.if_paid.interest_assumed {
        t(
            " Beloppet bygger på en antagen referensränta: Riksbanken har ännu inte fastställt den för hela perioden.",
            " The amount assumes a referensränta the Riksbank has not yet set for the whole period.",
        )
    } else {
        t("", "")
    };
    // A dispute's entry is read by the debtor who disputed: the amount is what the creditor's
    // claim stands at, not a sum to pay (a debtor-side review, stop 50).
    let (sv, en) = if e.kind == EntryKind::Dispute {
        (
            "{0}{1}{2}: borgenärens krav uppgår till {3} per {4}{6}.{5}{7}",
            "{0}{1}{2}: the creditor's claim stands at {3} on {4}{6}.{5}{7}",
        )
    } else {
        (
            "{0}{1}{2}: att betala {3} per {4}{6}.{5}{7}",
            "{0}{1}{2}: {3} to pay on {4}{6}.{5}{7}",
        )
    };
    tpl(
        sv,
        en,
        &[
            Arg::Both(&head.sv, &head.en),
            Arg::Both(&fee_part.sv, &fee_part.en),
            Arg::Both(&pay.sv, &pay.en),
            Arg::Kr(e.if_paid.total),
            Arg::Date(e.if_paid.as_of),
            Arg::Both(&late_part.sv, &late_part.en),
            Arg::Both(&included_part.sv, &included_part.en),
            Arg::Both(&assumed.sv, &assumed.en),
        ],
    )
}

// ---------------------------------------------------------------------------------------------
// Limitation

/// What the limitation of a claim means.
#[cfg_attr(inkasso_size, optimize(size))]
pub fn limitation(l: &Limitation) -> Text {
    let years = Arg::Int(i64::from(l.period_years));
    let mut text = if l.settled {
        tpl(
            "Preskriptionstid {0} år. Inget kapital återstår av fordran: inget av den kan preskriberas.",
            "Limitation period {0} years. No capital of the claim is left: nothing of it can be time-barred.",
            &[years],
        )
    } else {
        tpl(
            "Preskriptionstid {0} år. Faktura {1} är den av fordrans fakturor som preskriberas först: efter {2}, om preskriptionen inte avbryts senast den dagen.",
            "Limitation period {0} years. Invoice {1} is the first of the claim to be time-barred: after {2}, unless limitation is interrupted by that day.",
            &[years, Arg::S(&l.invoice), Arg::Date(l.preskription_date)],
        )
    };
    if l.assumed {
        // Which invoices a payment interrupted rests on a guessed referensränta.
        text.sv.push_str(" Betalningarnas fördelning bygger på en antagen referensränta, så preskriptionsdagarna kan ändras när den fastställda räntan läggs in.");
        text.en.push_str(" How the payments are allocated rests on an assumed referensränta, so the limitation dates may change once the fixed rate is entered.");
    }
    text
}

/// What the limitation of one invoice means.
#[cfg_attr(inkasso_size, optimize(size))]
pub fn invoice_limitation(l: &InvoiceLimitation) -> Text {
    if l.settled {
        // Nothing of its capital is left: its date would only mislead (a review, stop 65).
        return tpl(
            "Faktura {0}: betald eller krediterad i sin helhet; inget av dess kapital återstår att preskribera.",
            "Invoice {0}: paid or credited in full; none of its capital is left to be time-barred.",
            &[Arg::S(&l.invoice)],
        );
    }
    let number = Arg::S(&l.invoice);
    let years = Arg::Int(i64::from(l.period_years));
    let date = Arg::Date(l.preskription_date);
    match &l.interruption {
        Some(e) => {
            let (sv, en) = if e.further_year {
                ("verkställighetsåret från", "further year of enforcement")
            } else {
                interruption_names(e.kind)
            };
            let args = [
                number,
                years,
                date,
                Arg::Both(sv, en),
                Arg::Date(e.date),
                Arg::Date(e.period_from),
            ];
            // A dom or utslag ends the proceedings that interrupted (7 §): the legal action
            // itself, a stämningsansökan or an application, is what 5 § counts (a review of
            // preskription, stop 65: "interrupted by the judgment").
            // Named as the history says (`title_of_judgment`).
            if e.kind == crate::limitation::InterruptionKind::Judgment {
                let (sv, en) = match e.title {
                    Some(Title::Dom) => (
                        "Faktura {0}: preskriptionen avbröts genom rättsliga åtgärder som avslutades genom dom {4}; ny preskriptionstid på {1} år från den dagen löper till och med {2}.",
                        "Invoice {0}: limitation was interrupted by legal proceedings that ended with the judgment of {4}; a new {1}-year period from that day runs through {2}.",
                    ),
                    Some(Title::Utslag) => (
                        "Faktura {0}: preskriptionen avbröts genom rättsliga åtgärder som avslutades genom Kronofogdens utslag {4}; ny preskriptionstid på {1} år från den dagen löper till och med {2}.",
                        "Invoice {0}: limitation was interrupted by legal proceedings that ended with Kronofogden's decision (utslag) of {4}; a new {1}-year period from that day runs through {2}.",
                    ),
                    None => (
                        "Faktura {0}: preskriptionen avbröts genom rättsliga åtgärder som avslutades genom dom eller utslag {4}; ny preskriptionstid på {1} år från den dagen löper till och med {2}.",
                        "Invoice {0}: limitation was interrupted by legal proceedings that ended with the judgment or decision (utslag) of {4}; a new {1}-year period from that day runs through {2}.",
                    ),
                };
                return tpl(sv, en, &args);
            }
            if e.period_from != e.date {
                // Legal proceedings: the new period runs from when they end (7 §), a recorded
                // judgment's day or an assumed one.
                return tpl(
                    "Faktura {0}: preskriptionen avbröts genom {3} {4}; ny preskriptionstid på {1} år från {5}, då målet avslutades eller antas ha avslutats, löper till och med {2}.",
                    "Invoice {0}: limitation was interrupted by the {3} of {4}; a new {1}-year period from {5}, when the case ended or is assumed to end, runs through {2}.",
                    &args,
                );
            }
            tpl(
                "Faktura {0}: preskriptionen avbröts genom {3} {4}; ny preskriptionstid på {1} år löper till och med {2}.",
                "Invoice {0}: limitation was interrupted by the {3} of {4}; a new {1}-year period runs through {2}.",
                &args,
            )
        }
        None => tpl(
            "Faktura {0}: {1} år från {3}, till och med {2}.",
            "Invoice {0}: {1} years from {3}, through {2}.",
            &[number, years, date, Arg::Date(l.arose)],
        ),
    }
}

// ---------------------------------------------------------------------------------------------
// Policies

/// The name and description of a preset.
#[cfg_attr(inkasso_size, optimize(size))]
pub fn preset(id: PresetId) -> (Text, Text) {
    match id {
        PresetId::Standard => (
            t("Standard", "Standard"),
            t(
                "Påminnelse 5 dagar efter förfallodagen med 10 dagars betalningstid, inkassokrav 7 dagar efter påminnelsens sista betalningsdag med 10 dagars betalningstid, betalningsföreläggande 10 dagar därefter och sedan verkställighet.",
                "Reminder 5 days after the due date with 10 days to pay, debt-collection demand 7 days after the reminder's deadline with 10 days to pay, a payment order 10 days later, then enforcement.",
            ),
        ),
        PresetId::SmsReminder => {
            let fee = fee_now(FeeKind::ReminderFee);
            (
                t("SMS-påminnelse", "SMS reminder"),
                tpl(
                    "Påminnelse per sms 3 dagar efter förfallodagen ({0} om avtalat) med 10 dagars betalningstid; är den obetald går ärendet automatiskt till inkasso dagen efter, sedan betalningsföreläggande och verkställighet.",
                    "SMS reminder 3 days after the due date ({0} if agreed) with 10 days to pay; if unpaid, collection starts automatically the next day, then a payment order and enforcement.",
                    &[Arg::KrRound(fee)],
                ),
            )
        }
        PresetId::ReminderDemandFinalNotice => (
            t(
                "Påminnelse, inkassokrav, slutlig påminnelse",
                "Reminder, collection demand, final notice",
            ),
            t(
                "Påminnelse, inkassokrav och sedan en slutlig påminnelse utan avgift; betalningsföreläggande först när även den är obetald.",
                "Reminder, debt-collection demand, then a final notice without a fee; a payment order only once that is unpaid too.",
            ),
        ),
        PresetId::RemindersOnly => (
            t("Endast påminnelser", "Reminders only"),
            t(
                "En påminnelse och en slutlig påminnelse utan avgift; inga inkassoåtgärder och inga rättsliga åtgärder.",
                "A reminder and a final notice without a fee; no collection and no legal steps.",
            ),
        ),
        PresetId::LawfulMinimum => {
            let min = crate::params::min_collection_term_days_now();
            (
                t("Snabbaste lagliga vägen", "Fastest lawful route"),
                tpl(
                    "Ingen påminnelse (och ingen avgift för en påminnelse som redan skickats); inkassokrav dagen efter förfallodagen med den kortaste betalningstiden, {0}, betalningsföreläggande dagen efter den sista betalningsdagen, verkställighet när utslaget antas komma.",
                    "No reminder (and no fee for a reminder already sent); debt-collection demand the day after the due date with the shortest payment term, {0}, a payment order the day after that deadline, enforcement when the decision (utslag) is assumed to come.",
                    &[Arg::Days(i64::from(min))],
                ),
            )
        }
    }
}

/// The name and description of a policy customised from `base`.
#[cfg_attr(inkasso_size, optimize(size))]
pub fn custom_policy(base: PresetId) -> (Text, Text) {
    let (name, _) = preset(base);
    (
        tpl(
            "Anpassad ({0})",
            "Custom ({0})",
            &[Arg::Both(&name.sv, &name.en)],
        ),
        tpl(
            "Utgår från förvalet {0} med egna ändringar.",
            "Based on the preset {0} with changes.",
            &[Arg::S(base.as_str())],
        ),
    )
}

// ---------------------------------------------------------------------------------------------
// Letters

/// Texts of a letter preview (see [`crate::letter`]).
#[doc(hidden)]
pub mod letter {
    use super::*;

    /// What a final notice says first, before the claim section's body (with a trailing
    /// space): that it is a final notice, and the inkassokrav it follows when it follows one
    /// and nothing further (`demand`, that inkassokrav's date).
    pub fn final_notice_intro(demand: Option<Date>) -> Text {
        match demand {
            Some(d) => tpl(
                "Detta är en slutlig påminnelse: inkassokravet av {0} har inte betalats i sin helhet. ",
                "This is a final notice: the debt-collection demand of {0} has not been paid in full. ",
                &[Arg::Date(d)],
            ),
            None => t(
                "Detta är en slutlig påminnelse. ",
                "This is a final notice. ",
            ),
        }
    }

    /// Heading and body of the claim section.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn claim(demand: bool, invoices: usize) -> (Text, Text) {
        let what = if demand {
            Arg::Both("Kravet", "The demand")
        } else {
            Arg::Both("Påminnelsen", "The reminder")
        };
        let body = if invoices == 1 {
            tpl(
                "{0} avser följande faktura. Beloppet på raden är det kapital som återstår obetalt.",
                "{0} concerns the following invoice. The amount on the line is the capital still unpaid.",
                &[what],
            )
        } else {
            tpl(
                "{0} avser följande fakturor. Beloppet på varje rad är det kapital som återstår obetalt.",
                "{0} concerns the following invoices. The amount on each line is the capital still unpaid.",
                &[what],
            )
        };
        (t("Fordran", "The claim"), body)
    }

    /// The sentence asking the sender to state what the claim is for, when an invoice has no
    /// description (inkassolagen 5 §: "det förhållande som fordringen grundar sig på"): the
    /// claim as a whole when no invoice has one, else the invoices without one, by number.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn claim_basis(undescribed: &[&str], all: bool) -> Text {
        if all {
            return t(
                " Fordringen avser: {claimBasis}.",
                " The claim is for: {claimBasis}.",
            );
        }
        let (sv, en) = (
            capitalise(&invoices_sv(undescribed)),
            capitalise(&invoices_en(undescribed)),
        );
        // `{claimBasis}` is the caller's placeholder: the renderer leaves it as it is.
        tpl(
            " {0} avser: {claimBasis}.",
            " {1} {2} for: {claimBasis}.",
            &[
                Arg::S(&sv),
                Arg::S(&en),
                Arg::S(if undescribed.len() == 1 { "is" } else { "are" }),
            ],
        )
    }

    /// Whether an invoice's capital is paid, on the letter date.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Standing {
        /// Nothing of the capital is paid.
        Unpaid,
        /// Part of the capital is paid.
        PartlyPaid,
        /// The capital is paid in full.
        Paid,
        /// Part of the capital is cancelled by credit notes, and the rest is unpaid.
        PartlyCredited,
        /// Part of the capital is paid and part cancelled by credit notes; some is unpaid.
        PartlyPaidAndCredited,
        /// The capital is cancelled in full by credit notes.
        Credited,
        /// The capital is gone, partly paid and partly cancelled by credit notes.
        PaidAndCredited,
    }

    /// What a letter says of one invoice: its number, date and amount, its own due date (or,
    /// without an agreed one, the day interest runs from under räntelagen 4 §), the effective
    /// due date where it differs (moved off a day off, lag 1930:173), and whether it is paid.
    pub struct InvoiceFacts<'a> {
        /// The invoice number.
        pub number: &'a str,
        /// The invoice date.
        pub issued: Date,
        /// The invoice amount (the capital as invoiced).
        pub amount: Money,
        /// The invoice's own due date, or the one räntelagen 4 § gives.
        pub due: Date,
        /// Whether `due` was agreed (`false`: computed under räntelagen 4 §).
        pub agreed: bool,
        /// Whether the invoice had to say that interest would run (räntelagen 4 §: not for a
        /// business or public debtor since 2002-07-01,
        /// [`crate::params::interest_notice_required`]); read only when `agreed` is `false`.
        pub notice_required: bool,
        /// The effective due date, when it is not `due`.
        pub moved_to: Option<Date>,
        /// What the invoice is for, if given.
        pub description: Option<&'a str>,
        /// Paid or not.
        pub standing: Standing,
    }

    /// What kind of day off `date` is, sv and en: its holiday's name, or the weekday (lag
    /// 1930:173 names Saturdays, Sundays, helgdagar and the three eves separately, so a
    /// Saturday is not called a helgdag).
    fn day_off(date: Date) -> (Cow<'static, str>, Cow<'static, str>) {
        if let Some(rule) = crate::calendar::holiday_rule_on(date) {
            return (
                Cow::Borrowed(rule.name_sv),
                Cow::Owned(format!("{} ({})", rule.name_en, rule.name_sv)),
            );
        }
        match date.weekday() {
            time::Weekday::Saturday => (Cow::Borrowed("en lördag"), Cow::Borrowed("a Saturday")),
            time::Weekday::Sunday => (Cow::Borrowed("en söndag"), Cow::Borrowed("a Sunday")),
            _ => (Cow::Borrowed("en fridag"), Cow::Borrowed("a day off")),
        }
    }

    /// One invoice line of the claim section.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn invoice(f: &InvoiceFacts<'_>) -> Text {
        let about = match f.description.map(str::trim) {
            Some(d) => tpl(" (avser: {0})", " (for: {0})", &[Arg::S(d)]),
            None => t("", ""),
        };
        let due = if f.agreed {
            tpl(", förfallodag {0}", ", due {0}", &[Arg::Date(f.due)])
        } else {
            // Between näringsidkare, and from one to an authority, 4 § andra stycket asks no
            // notice (SFS 2002:352; a review of letters, stop 66).
            let notice = if f.notice_required {
                Arg::Both(
                    " med upplysning om att dröjsmålsränta annars tas ut",
                    " with notice that late-payment interest would otherwise be charged",
                )
            } else {
                Arg::Both("", "")
            };
            match crate::params::wait_for_interest_without_due_date(f.issued) {
                Span::Days(days) => tpl(
                    ", ingen avtalad förfallodag: dröjsmålsränta löper enligt räntelagen 4 § först när {0} dagar har gått från att fakturan skickades{2} (räknat från fakturadatum), alltså efter {1}",
                    ", no agreed due date: under räntelagen 4 §, interest runs only once {0} days have passed since the invoice was sent{2} (counted from the invoice date), that is, after {1}",
                    &[Arg::Int(days), Arg::Date(f.due), notice],
                ),
                Span::Months(1) => tpl(
                    ", ingen avtalad förfallodag: dröjsmålsränta löper enligt räntelagen 4 § först när en månad har gått från att fakturan skickades{1} (räknat från fakturadatum), alltså efter {0}",
                    ", no agreed due date: under räntelagen 4 §, interest runs only once a month has passed since the invoice was sent{1} (counted from the invoice date), that is, after {0}",
                    &[Arg::Date(f.due), notice],
                ),
                Span::Months(months) => tpl(
                    ", ingen avtalad förfallodag: dröjsmålsränta löper enligt räntelagen 4 § först när {0} månader har gått från att fakturan skickades{2} (räknat från fakturadatum), alltså efter {1}",
                    ", no agreed due date: under räntelagen 4 §, interest runs only once {0} months have passed since the invoice was sent{2} (counted from the invoice date), that is, after {1}",
                    &[Arg::Int(i64::from(months)), Arg::Date(f.due), notice],
                ),
            }
        };
        let moved = match f.moved_to {
            Some(moved) => {
                let (day_sv, day_en) = day_off(f.due);
                tpl(
                    ", som infaller på {0} och därför flyttas till {1}",
                    ", {0}, so moved to {1}",
                    &[Arg::Both(&day_sv, &day_en), Arg::Date(moved)],
                )
            }
            None => t("", ""),
        };
        let standing = match f.standing {
            Standing::Unpaid => Arg::Both(". Obetald.", ". Unpaid."),
            Standing::PartlyPaid => Arg::Both(". Delvis betald.", ". Partly paid."),
            Standing::Paid => Arg::Both(
                ". Betald: inget kapital återstår.",
                ". Paid: no capital remains.",
            ),
            Standing::PartlyCredited => Arg::Both(". Delvis krediterad.", ". Partly credited."),
            Standing::PartlyPaidAndCredited => Arg::Both(
                ". Delvis betald och delvis krediterad.",
                ". Partly paid and partly credited.",
            ),
            Standing::Credited => Arg::Both(
                ". Krediterad: inget kapital återstår.",
                ". Credited: no capital remains.",
            ),
            Standing::PaidAndCredited => Arg::Both(
                ". Delvis betald och delvis krediterad: inget kapital återstår.",
                ". Partly paid and partly credited: no capital remains.",
            ),
        };
        tpl(
            "Faktura {0}{1}, fakturadatum {2}, fakturabelopp {3}{4}{5}{6}",
            "Invoice {0}{1}, dated {2}, invoiced {3}{4}{5}{6}",
            &[
                Arg::S(f.number),
                Arg::Both(&about.sv, &about.en),
                Arg::Date(f.issued),
                Arg::Kr(f.amount),
                Arg::Both(&due.sv, &due.en),
                Arg::Both(&moved.sv, &moved.en),
                standing,
            ],
        )
    }

    /// Heading and body of the creditor section.
    pub fn creditor() -> (Text, Text) {
        (
            t("Borgenär och avsändare", "Creditor and sender"),
            t(
                "Borgenär: {creditorName}. Kravet skickas av: {collectorName}.",
                "Creditor: {creditorName}. Sent by: {collectorName}.",
            ),
        )
    }

    /// Heading and body of a reminder's creditor section: whom the debtor owes, and whom to ask
    /// or tell of an objection (a letter review found reminders naming no one), of the invoice
    /// or, when the claim has `several`, the invoices (a review of letters, stop 66).
    pub fn reminder_creditor(several: bool) -> (Text, Text) {
        let body = if several {
            t(
                "Borgenär: {creditorName}. Har du frågor om fakturorna, eller anser du att någon av dem är felaktig, kontakta {objectionContact}.",
                "Creditor: {creditorName}. If you have questions about the invoices, or think any of them is wrong, contact {objectionContact}.",
            )
        } else {
            t(
                "Borgenär: {creditorName}. Har du frågor om fakturan, eller anser du att den är felaktig, kontakta {objectionContact}.",
                "Creditor: {creditorName}. If you have questions about the invoice, or think it is wrong, contact {objectionContact}.",
            )
        };
        (t("Borgenär", "Creditor"), body)
    }

    /// What a letter's amounts say of a pending case's court fee, with a leading space: in the
    /// total, owed only if the court orders it (rättegångsbalken 18 kap.).
    pub fn court_fee_pending(date: Date, transfer: bool, fee: Money) -> Text {
        let args = [Arg::Date(date), Arg::Kr(fee)];
        if transfer {
            tpl(
                " I beloppet ingår tilläggsavgiften i tingsrätten, {1}, för målet som överlämnades från Kronofogden {0}: den är en rättegångskostnad som du behöver betala bara om tingsrätten förpliktar dig att ersätta den eller du och borgenären kommer överens om det.",
                " The amount includes the district court's supplementary fee, {1}, for the case transferred from Kronofogden on {0}: it is a litigation cost you need pay only if the court orders you to or you and the creditor agree so.",
                &args,
            )
        } else {
            tpl(
                " I beloppet ingår ansökningsavgiften till tingsrätten, {1}, i målet som väcktes {0}: den är en rättegångskostnad som du behöver betala bara om tingsrätten förpliktar dig att ersätta den eller du och borgenären kommer överens om det.",
                " The amount includes the district court's fee, {1}, in the case brought on {0}: it is a litigation cost you need pay only if the court orders you to or you and the creditor agree so.",
                &args,
            )
        }
    }

    /// Heading and body of the amounts section.
    pub fn amounts(as_of: Date) -> (Text, Text) {
        (
            t("Att betala", "Amount due"),
            tpl(
                "Specifikation per {0}.",
                "Breakdown as of {0}.",
                &[Arg::Date(as_of)],
            ),
        )
    }

    /// The label of a line of the amounts section.
    pub fn amount_label(line: AmountLine) -> Text {
        match line {
            AmountLine::Capital => t("Kvarstående kapitalbelopp", "Capital outstanding"),
            AmountLine::Interest => t(
                "Obetald dröjsmålsränta (se ”Så beräknas räntan”)",
                "Late-payment interest unpaid (see “How interest is computed”)",
            ),
            AmountLine::InterestAccrued => {
                t("Upplupen dröjsmålsränta", "Late-payment interest accrued")
            }
            AmountLine::InterestPaid => t(
                "varav betald genom inbetalningar",
                "of which paid by payments",
            ),
            AmountLine::Total => t("Summa att betala", "Total to pay"),
            AmountLine::CreditOwedBack => t(
                "Krediterat utöver fakturans kapital, att återbetala till dig (inte avräknat ovan)",
                "Credited beyond the invoice's capital, owed back to you (not set off above)",
            ),
        }
    }

    /// The lines of the amounts section that are not fee, invoice or payment lines.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum AmountLine {
        /// Capital outstanding, all invoices.
        Capital,
        /// Interest unpaid.
        Interest,
        /// Interest accrued, paid or not.
        InterestAccrued,
        /// Interest paid.
        InterestPaid,
        /// The total.
        Total,
        /// What credit notes took beyond their invoices' capital: owed back to the debtor, not
        /// set off against the other invoices (as the statement's `credit`).
        CreditOwedBack,
    }

    /// The capital of one invoice: as invoiced (`outstanding` false) or still unpaid.
    pub fn invoice_capital(number: &str, outstanding: bool) -> Text {
        if outstanding {
            tpl(
                "Faktura {0}: kvarstående kapitalbelopp",
                "Invoice {0}: capital outstanding",
                &[Arg::S(number)],
            )
        } else {
            tpl(
                "Faktura {0}: fakturerat kapitalbelopp",
                "Invoice {0}: capital invoiced",
                &[Arg::S(number)],
            )
        }
    }

    /// The capital of an invoice cancelled by credit notes (kreditfakturor).
    pub fn invoice_credited(number: &str) -> Text {
        tpl(
            "Faktura {0}: krediterat kapitalbelopp",
            "Invoice {0}: capital credited",
            &[Arg::S(number)],
        )
    }

    /// A payment received.
    pub fn payment_received(date: Date) -> Text {
        tpl(
            "Inbetalning {0}",
            "Payment received {0}",
            &[Arg::Date(date)],
        )
    }

    /// Where part of a payment went (DOMAIN.md 8.6).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum PaidTo {
        /// To fees.
        Fees,
        /// To interest.
        Interest,
        /// To capital.
        Capital,
        /// Left over: owed back to the debtor.
        Credit,
    }

    /// The label of the part of a payment that went to `to`.
    pub fn paid_to(to: PaidTo) -> Text {
        match to {
            PaidTo::Fees => t("varav till avgifter", "of which to fees"),
            PaidTo::Interest => t("varav till ränta", "of which to interest"),
            PaidTo::Capital => t("varav till kapital", "of which to capital"),
            PaidTo::Credit => t(
                "varav överskjutande, att återbetala till dig",
                "of which overpaid, owed back to you",
            ),
        }
    }

    /// A fee line of the amounts section: what the fee is for and, when payments paid some
    /// or all of it, how much of it they paid.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn fee_owed(fee: &FeeLine, paid: Money) -> Text {
        let what = fee_line(fee);
        if !paid.is_positive() {
            return what;
        }
        // A compensation (ersättning) or costs are not called a fee.
        let (the, a) = match fee.kind {
            FeeKind::LateFee | FeeKind::PaymentOrderCompensation => (
                Arg::Both("Ersättningen", "The compensation of"),
                Arg::Both("Ersättning", "Compensation"),
            ),
            FeeKind::CourtCosts => (
                Arg::Both("Kostnaden", "The cost of"),
                Arg::Both("Kostnad", "Cost"),
            ),
            _ => (
                Arg::Both("Avgiften", "The fee of"),
                Arg::Both("Avgift", "Fee"),
            ),
        };
        let args = [
            Arg::Both(&what.sv, &what.en),
            Arg::Kr(fee.amount),
            Arg::Kr(paid),
            the,
            a,
        ];
        if paid >= fee.amount {
            return tpl("{0} {3} {1} är betald.", "{0} {3} {1} is paid.", &args);
        }
        tpl(
            "{0} {4} {1}, varav {2} är betalt; återstår att betala:",
            "{0} {4} {1}, of which {2} paid; remaining:",
            &args,
        )
    }

    /// What an invoice's dröjsmålsränta rests on, as a letter's rate change says it.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum RateBasis {
        /// Räntelagen 6 § (referensränta + 8).
        Statute,
        /// An agreed margin over the referensränta (räntelagen 1 § andra stycket).
        Agreed,
        /// Räntelagen 7 §: the debt's own rate at its due date, at least 6 §'s.
        AtDueDate,
    }

    /// The referensränta's next half-year, when it starts by the letter's deadline.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub enum RateChange {
        /// The table has the next half-year's referensränta, and it differs.
        To {
            /// The day it changes.
            day: Date,
            /// The new referensränta, percent.
            reference: Decimal,
            /// The dröjsmålsräntor it changes the letter's invoices to, each once (an
            /// invoice whose rate it leaves as it was is not listed): the rate and what it
            /// rests on.
            rates: Vec<(Decimal, RateBasis)>,
        },
        /// The table does not have it yet, or only as a row the caller assumed: it can change
        /// on this day.
        Unknown(Date),
    }

    /// What the interest section says, for the invoices whose interest runs on.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct InterestFacts<'a> {
        /// The interest of a day from `per_diem_from`; `None` when the referensränta of that
        /// day is not in the table yet.
        pub per_diem: Option<Money>,
        /// The claim's day count is 30/360: `per_diem` is a regular day's (1/360 of a year),
        /// which the sentence says.
        pub thirty_360: bool,
        /// The day after the letter.
        pub per_diem_from: Date,
        /// The invoices at räntelagen's rate.
        pub statutory: Vec<&'a str>,
        /// The invoices at an agreed rate or margin.
        pub agreed: Vec<&'a str>,
        /// Every one of them is at an agreed fixed rate of 0 %: no interest runs.
        pub none_runs: bool,
        /// Some of them is at an agreed fixed rate (it does not follow the referensränta).
        pub fixed: bool,
        /// The half-years that start by the deadline and change the rate (up to the first
        /// the table does not have, which may).
        pub changes: Vec<RateChange>,
        /// Some invoice with interest running has no agreed due date: its interest runs from
        /// the day räntelagen 4 § gives, which the claim section says.
        pub without_due_date: bool,
    }

    /// `faktura 1`, `fakturorna 1, 2 och 3`.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub(crate) fn invoices_sv(numbers: &[&str]) -> String {
        match numbers {
            [one] => format!("faktura {one}"),
            _ => format!("fakturorna {}", join_and(numbers, " och ")),
        }
    }

    /// `invoice 1`, `invoices 1, 2 and 3`.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub(crate) fn invoices_en(numbers: &[&str]) -> String {
        match numbers {
            [one] => format!("invoice {one}"),
            _ => format!("invoices {}", join_and(numbers, " and ")),
        }
    }

    #[cfg_attr(inkasso_size, optimize(size))]
    fn join_and(items: &[&str], and: &str) -> String {
        match items.split_last() {
            Some((last, [])) => (*last).to_owned(),
            Some((last, rest)) => format!("{}{and}{last}", rest.join(", ")),
            None => String::new(),
        }
    }

    /// Heading and body of the interest section (see [`InterestFacts`]).
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn interest(f: &InterestFacts<'_>) -> (Text, Text) {
        let heading = t("Så beräknas räntan", "How interest is computed");
        if f.none_runs {
            return (
                heading,
                t(
                    "Enligt avtal löper ingen dröjsmålsränta (0,00 %).",
                    "As agreed, no late-payment interest runs (0.00%).",
                ),
            );
        }
        let (head, tail) = match (f.statutory.is_empty(), f.agreed.is_empty()) {
            (false, false) => {
                let (agreed_sv, statutory_sv) = (invoices_sv(&f.agreed), invoices_sv(&f.statutory));
                let (agreed_en, statutory_en) = (invoices_en(&f.agreed), invoices_en(&f.statutory));
                (
                    Arg::Both("Dröjsmålsränta räknas", "Late-payment interest runs"),
                    tpl(
                        ", enligt avtal (räntelagen 1 § andra stycket) på {0} och enligt räntelagen (1975:635) på {1}",
                        ", as agreed (räntelagen 1 § andra stycket) on {2} and under räntelagen (1975:635) on {3}",
                        &[
                            Arg::S(&agreed_sv),
                            Arg::S(&statutory_sv),
                            Arg::S(&agreed_en),
                            Arg::S(&statutory_en),
                        ],
                    ),
                )
            }
            (true, false) => (
                Arg::Both(
                    "Dröjsmålsränta enligt avtal (räntelagen 1 § andra stycket) räknas",
                    "Late-payment interest as agreed (räntelagen 1 § andra stycket) runs",
                ),
                t("", ""),
            ),
            _ => (
                Arg::Both(
                    "Dröjsmålsränta enligt räntelagen (1975:635) räknas",
                    "Late-payment interest under räntelagen (1975:635) runs",
                ),
                t("", ""),
            ),
        };
        let from = Arg::Date(f.per_diem_from);
        let day = match f.per_diem {
            // A per diem that rounds to nothing on a small balance: interest still runs (a
            // review of letters, stop 66: "0,00 kr per dag" read as none).
            Some(amount) if amount.is_zero() && !f.none_runs => tpl(
                "; från {0} är den mindre än {1} per dag.",
                "; from {0} it is less than {1} a day.",
                &[from, Arg::Kr(crate::Money::from_ore(1))],
            ),
            Some(amount) if f.thirty_360 => tpl(
                "; från {0} är den {1} per dag (räknat med 30 dagar i månaden).",
                "; from {0} it is {1} a day (counting 30 days a month).",
                &[from, Arg::Kr(amount)],
            ),
            Some(amount) => tpl(
                "; från {0} är den {1} per dag.",
                "; from {0} it is {1} a day.",
                &[from, Arg::Kr(amount)],
            ),
            None => tpl(
                "; hur mycket den är per dag från {0} beror på den referensränta som gäller från den dagen.",
                "; what it is a day from {0} depends on the reference rate that applies from that day.",
                &[from],
            ),
        };
        let mut change = t("", "");
        for next in &f.changes {
            let sentence = match next {
                RateChange::To {
                    day,
                    reference,
                    rates,
                } => {
                    let list: Vec<Text> = rates
                        .iter()
                        .map(|(r, basis)| {
                            let how = match basis {
                                RateBasis::Agreed => Arg::Both("enligt avtal", "as agreed"),
                                RateBasis::Statute => {
                                    Arg::Both("enligt räntelagen", "under räntelagen")
                                }
                                RateBasis::AtDueDate => {
                                    Arg::Both("enligt räntelagen 7 §", "under räntelagen 7 §")
                                }
                            };
                            tpl("{0} {1}", "{0} {1}", &[Arg::Pct(*r), how])
                        })
                        .collect();
                    let list_sv: Vec<&str> = list.iter().map(|l| l.sv.as_str()).collect();
                    let list_en: Vec<&str> = list.iter().map(|l| l.en.as_str()).collect();
                    let (joined_sv, joined_en) =
                        (join_and(&list_sv, " och "), join_and(&list_en, " and "));
                    tpl(
                        " Referensräntan ändras {0} till {1}: dröjsmålsräntan blir då {2}.",
                        " The reference rate changes on {0} to {1}: late-payment interest is then {2}.",
                        &[
                            Arg::Date(*day),
                            Arg::Pct(*reference),
                            Arg::Both(&joined_sv, &joined_en),
                        ],
                    )
                }
                RateChange::Unknown(day) => tpl(
                    " Referensräntan kan ändras {0}, och dröjsmålsräntan med den.",
                    " The reference rate may change on {0}, and late-payment interest with it.",
                    &[Arg::Date(*day)],
                ),
            };
            change.sv.push_str(&sentence.sv);
            change.en.push_str(&sentence.en);
        }
        // Said once, after the changes: a fixed agreed rate does not follow them.
        if f.fixed && !f.changes.is_empty() {
            change.sv.push_str(" En avtalad fast ränta ändras inte.");
            change.en.push_str(" An agreed fixed rate does not change.");
        }
        // Not "the due date" alone where an invoice has none (a letter review found the two
        // sections at odds): the day räntelagen 4 § gives, as the claim section says.
        let due = if f.without_due_date {
            Arg::Both(
                "förfallodagen (för en faktura utan avtalad förfallodag: den dag som räntelagen 4 § ger, se ovan)",
                "the due date (for an invoice without an agreed one: the day räntelagen 4 § gives, see above)",
            )
        } else {
            Arg::Both("förfallodagen", "the due date")
        };
        (
            heading,
            tpl(
                "{0} på kapitalbeloppet från dagen efter {4} och löper tills betalning sker{1}{2}{3}",
                "{0} on the capital from the day after {4} until payment{1}{2}{3}",
                &[
                    head,
                    Arg::Both(&tail.sv, &tail.en),
                    Arg::Both(&day.sv, &day.en),
                    Arg::Both(&change.sv, &change.en),
                    due,
                ],
            ),
        )
    }

    /// One interest line of the letter: the invoice and the period, then the line's own
    /// explanation (inkassolagen 5 §: the rate, the time and the capital the interest is
    /// computed on).
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn interest_line(line: &InterestLine) -> Text {
        let what = line.explanation();
        // Not a sentence of its own after the colon: lower case ("…: dröjsmålsränta 11,00 %").
        let (sv, en) = (lower_first_ascii(&what.sv), lower_first_ascii(&what.en));
        let args = [
            Arg::S(&line.invoice),
            Arg::Date(line.from),
            Arg::Date(line.to),
            Arg::Both(&sv, &en),
        ];
        if line.from == line.to {
            // One day: its date once.
            return tpl("Faktura {0}, {1}: {3}", "Invoice {0}, {1}: {3}", &args);
        }
        tpl(
            "Faktura {0}, {1} – {2}: {3}",
            "Invoice {0}, {1} – {2}: {3}",
            &args,
        )
    }

    /// Heading and body of the payment section: `total` by `deadline`, the interest running
    /// after it (`per_diem` a day as of the letter's date, when any runs; `interest_runs`:
    /// whether any may, a per diem of zero aside: none is said for a claim whose capital is paid
    /// or whose unpaid invoices all carry an agreed 0 %); `extended`: the day the letter is
    /// assumed received and the bank days after it the extended term leaves.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn payment(
        total: Money,
        deadline: Date,
        extended: Option<(Date, u32)>,
        per_diem: Money,
        interest_runs: bool,
    ) -> (Text, Text) {
        let why = match extended {
            Some((received, days)) => tpl(
                " Betalningstiden är förlängd så att du har {0} på dig efter att kravet kan antas ha kommit fram ({1}).",
                " The term is extended so that you have {0} after the demand can be assumed to have reached you ({1}).",
                &[Arg::BankDays(i64::from(days)), Arg::Date(received)],
            ),
            None => t("", ""),
        };
        // What paying later adds: the per diem (the amount is the one on the letter's date).
        let interest = if per_diem.is_positive() {
            tpl(
                " Räntan fortsätter att löpa till betalningsdagen, för närvarande {0} per dag, och läggs till beloppet.",
                " Interest runs until the day of payment, currently {0} a day, and is added to the amount.",
                &[Arg::Kr(per_diem)],
            )
        } else if interest_runs {
            t(
                " Räntan fortsätter att löpa till betalningsdagen.",
                " Interest runs until the day of payment.",
            )
        } else {
            t("", "")
        };
        (
            t("Betalning", "Payment"),
            // `{paymentAccount}` and `{paymentReference}` are the caller's placeholders.
            tpl(
                "Betala {0} senast {1} till {paymentAccount} och ange {paymentReference}.{2}{3}",
                "Pay {0} by {1} to {paymentAccount}, quoting {paymentReference}.{2}{3}",
                &[
                    Arg::Kr(total),
                    Arg::Date(deadline),
                    Arg::Both(&why.sv, &why.en),
                    Arg::Both(&interest.sv, &interest.en),
                ],
            ),
        )
    }

    /// How far the claim has come when an inkassokrav is sent: what its consequences section
    /// says happens next (without threatening a cost already on the bill).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Stage {
        /// Nothing at Kronofogden or in court yet.
        Letters,
        /// A betalningsföreläggande applied for on the date.
        PaymentOrder(Date),
        /// A stämningsansökan filed at the tingsrätt on the date (no dispute recorded: a
        /// disputed claim is not demanded again).
        CourtAction(Date),
        /// A dom or utslag on the date, and which, when the history says
        /// ([`crate::limitation::title_of_judgment`]).
        Judgment(Date, Option<crate::limitation::Title>),
        /// Verkställighet applied for on the date, and the title it rests on, when the history
        /// says (`limitation::title_enforced`, the same for every verkställighet under way).
        Enforcement(Date, Option<crate::limitation::Title>),
        /// Efterbevakning since the date: the claim rests on a dom or utslag (which, when the
        /// history says, as for [`Stage::Enforcement`]), and Kronofogden's case has ended (the
        /// debtor had nothing to seize); the creditor may apply for verkställighet again.
        Surveillance(Date, Option<crate::limitation::Title>),
    }

    /// What a business debtor is told besides, at `stage`, with a leading space: for a legal
    /// person (an aktiebolag, an ekonomisk förening …) the credit reference agencies register
    /// the application for a betalningsföreläggande itself as a betalningsanmärkning, not only
    /// the utslag as for a private person or an enskild näringsidkare. Not in DOMAIN.md
    /// (verify): the agencies' practice under kreditupplysningslagen (1973:1173), as Creditsafe
    /// states it ("När uppkommer en betalningsanmärkning på ett företag?": "redan vid en ansökan
    /// om betalningsföreläggande"). Nothing once the application has led to a title or the case
    /// has gone to court, and nothing for a public debtor (the caller asks only for business).
    fn legal_person_remark(stage: Stage) -> Option<Text> {
        match stage {
            Stage::Letters => Some(t(
                " För ett aktiebolag eller en annan juridisk person kan redan en ansökan om betalningsföreläggande leda till en betalningsanmärkning.",
                " For a limited company or another legal person, an application for a payment order can itself lead to a payment remark.",
            )),
            Stage::PaymentOrder(_) => Some(t(
                " För ett aktiebolag eller en annan juridisk person kan ansökan redan ha lett till en betalningsanmärkning.",
                " For a limited company or another legal person, the application may itself already have led to a payment remark.",
            )),
            Stage::CourtAction(_)
            | Stage::Judgment(..)
            | Stage::Enforcement(..)
            | Stage::Surveillance(..) => None,
        }
    }

    /// Heading and body of the consequences section of an inkassokrav when the claim is at
    /// `stage`, with Kronofogden's fees in force on `date` (the first day the next step can be
    /// taken: the day after the inkassokrav's deadline). `order_fee_charged`: the claim's one
    /// betalningsföreläggande fee is on the bill already (an earlier case's): a
    /// betalningsföreläggande for the invoices a title left out adds none, and none is named.
    /// `business`: the debtor is a näringsidkare, perhaps a legal person, for whom the
    /// application itself can be registered as a betalningsanmärkning (credit reference
    /// practice, not in DOMAIN.md: verify); said after the costs (whose "då" follows the
    /// utslag), while the application is still to come or pending.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn consequences(
        date: Date,
        stage: Stage,
        order_fee_charged: bool,
        business: bool,
        reapplication_fee: bool,
    ) -> (Text, Text) {
        let remark = legal_person_remark(stage)
            .filter(|_| business)
            .unwrap_or_else(|| t("", ""));
        let heading = t("Om du inte betalar", "If you do not pay");
        let fees = |kinds: &[FeeKind]| -> Vec<Money> {
            kinds
                .iter()
                .filter_map(|fee| fee.parameter_on(date).map(|p| p.amount))
                .collect()
        };
        let list = |amounts: &[Money], kr: fn(Money) -> String, and: &str| {
            let parts: Vec<String> = amounts.iter().map(|a| kr(*a)).collect();
            match parts.as_slice() {
                [] => String::new(),
                [one] => format!(" ({one})"),
                _ => format!(" ({})", parts.join(and)),
            }
        };
        // No new yearly grundavgift while less than the minimum is unpaid (förordning
        // 1992:1094 5 § fjärde stycket): said where the years are.
        let minimum =
            crate::params::further_year_fee_minimum(date).and_then(|m| Money::from_decimal(m).ok());
        let (minimum_sv, minimum_en) = minimum.map_or_else(
            || (String::new(), String::new()),
            |m| {
                (
                    format!(" så länge minst {} är obetalt", kr_round_sv(m)),
                    format!(" while {} or more is unpaid", kr_round_en(m)),
                )
            },
        );
        let grundavgift = fees(&[FeeKind::EnforcementFee]);
        let (g_sv, g_en) = (
            list(&grundavgift, kr_round_sv, " och "),
            list(&grundavgift, kr_round_en, " and "),
        );
        let (sv, en, on) = match stage {
            Stage::Letters if order_fee_charged => {
                let body = tpl(
                    "Om du varken betalar eller invänder mot kravet på saklig grund senast på sista betalningsdagen kan borgenären ansöka om betalningsföreläggande hos Kronofogden (eller väcka talan vid tingsrätten). Med ett utslag kan skulden drivas in genom utmätning, och ett utslag kan leda till en betalningsanmärkning.{0}",
                    "If you neither pay nor object to the demand on substantive grounds by the deadline, the creditor may apply to Kronofogden (the Enforcement Authority) for a payment order (or sue in the district court). With a decision (utslag) the debt can be collected by attachment (utmätning), and a decision can lead to a payment remark (betalningsanmärkning).{0}",
                    &[Arg::Both(&remark.sv, &remark.en)],
                );
                return (heading, body);
            }
            Stage::Letters => {
                let order = fees(&[FeeKind::PaymentOrderFee, FeeKind::PaymentOrderCompensation]);
                let (sv, en) = (
                    list(&order, kr_round_sv, " och "),
                    list(&order, kr_round_en, " and "),
                );
                let body = tpl(
                    "Om du varken betalar eller invänder mot kravet på saklig grund senast på sista betalningsdagen kan borgenären ansöka om betalningsföreläggande hos Kronofogden (eller väcka talan vid tingsrätten). Med ett utslag kan skulden drivas in genom utmätning, och ett utslag kan leda till en betalningsanmärkning. Kronofogdens avgift och ersättningen för ansökan{0} läggs då till skulden.{1}",
                    "If you neither pay nor object to the demand on substantive grounds by the deadline, the creditor may apply to Kronofogden (the Enforcement Authority) for a payment order (or sue in the district court). With a decision (utslag) the debt can be collected by attachment (utmätning), and a decision can lead to a payment remark (betalningsanmärkning). Kronofogden's fee and the compensation for the application{0} are then added to the debt.{1}",
                    &[Arg::Both(&sv, &en), Arg::Both(&remark.sv, &remark.en)],
                );
                return (heading, body);
            }
            Stage::PaymentOrder(on) => (
                "Borgenären har ansökt om betalningsföreläggande hos Kronofogden {0}. Om du varken betalar eller bestrider ansökan hos Kronofogden inom den tid Kronofogden anger kan Kronofogden meddela ett utslag; med ett utslag kan skulden drivas in genom utmätning, och ett utslag kan leda till en betalningsanmärkning. Kronofogdens grundavgift för verkställighet{1} läggs då till skulden.{2} Bestrider du ansökan kan borgenären begära att målet lämnas över till tingsrätten.",
                "The creditor applied to Kronofogden for a payment order on {0}. If you neither pay nor dispute the application at Kronofogden within the time Kronofogden gives you, Kronofogden may issue a decision (utslag); with it the debt can be collected by attachment (utmätning), and it can lead to a payment remark (betalningsanmärkning). Kronofogden's basic enforcement fee{1} is then added to the debt.{2} If you dispute the application, the creditor may ask for the case to be transferred to the district court.",
                on,
            ),
            // The court's fee is already in the amount: only the litigation costs are to come.
            Stage::CourtAction(on) => (
                "Borgenären har väckt talan vid tingsrätten {0}. Betalar du inte kan en dom meddelas; med en dom kan skulden drivas in genom utmätning hos Kronofogden, och en dom kan leda till en betalningsanmärkning. Kronofogdens grundavgift för verkställighet{1} läggs då till skulden. Med en dom kan du också bli skyldig att betala borgenärens rättegångskostnader.",
                "The creditor sued in the district court on {0}. If you do not pay, a judgment may follow; with it the debt can be collected by attachment (utmätning) through Kronofogden, and it can lead to a payment remark (betalningsanmärkning). Kronofogden's basic enforcement fee{1} is then added to the debt. A judgment may also order you to pay the creditor's litigation costs.",
                on,
            ),
            // Named as the history says (a review of letters, stop 66: an utslag called "en
            // dom eller ett utslag" where the history showed which).
            Stage::Judgment(on, Some(Title::Dom)) => (
                "Det finns en dom om skulden från {0}. Betalar du inte kan borgenären ansöka om verkställighet hos Kronofogden, som kan driva in skulden genom utmätning. Kronofogdens grundavgift{1} läggs då till skulden.",
                "There is a judgment of {0} on the debt. If you do not pay, the creditor may apply to Kronofogden for enforcement, which can collect the debt by attachment (utmätning). Kronofogden's basic fee{1} is then added to the debt.",
                on,
            ),
            Stage::Judgment(on, Some(Title::Utslag)) => (
                "Det finns ett utslag från Kronofogden om skulden från {0}. Betalar du inte kan borgenären ansöka om verkställighet hos Kronofogden, som kan driva in skulden genom utmätning. Kronofogdens grundavgift{1} läggs då till skulden.",
                "There is a decision (utslag) of Kronofogden of {0} on the debt. If you do not pay, the creditor may apply to Kronofogden for enforcement, which can collect the debt by attachment (utmätning). Kronofogden's basic fee{1} is then added to the debt.",
                on,
            ),
            Stage::Judgment(on, None) => (
                "Det finns en dom eller ett utslag om skulden från {0}. Betalar du inte kan borgenären ansöka om verkställighet hos Kronofogden, som kan driva in skulden genom utmätning. Kronofogdens grundavgift{1} läggs då till skulden.",
                "There is a judgment or decision of {0} on the debt. If you do not pay, the creditor may apply to Kronofogden for enforcement, which can collect the debt by attachment (utmätning). Kronofogden's basic fee{1} is then added to the debt.",
                on,
            ),
            Stage::Enforcement(on, _) => (
                "Sedan {0} drivs fordran helt eller delvis in genom verkställighet hos Kronofogden. Betalar du inte kan skulden drivas in genom utmätning, och Kronofogdens grundavgift{1} läggs till skulden för varje år verkställigheten pågår{4}.",
                "The claim has been, in whole or in part, under enforcement at Kronofogden since {0}. If you do not pay, the debt can be collected by attachment (utmätning), and Kronofogden's basic fee{1} is added to the debt for each year enforcement lasts{4}.",
                on,
            ),
            // Kronofogden's case has ended: a new application is what is to come.
            // Within the year of the last grundavgift a new application costs none.
            Stage::Surveillance(on, _) if !reapplication_fee => (
                "Fordran är fastställd genom {3} och bevakas sedan {0} (efterbevakning). Betalar du inte kan borgenären på nytt ansöka om verkställighet hos Kronofogden, som kan driva in skulden genom utmätning. Någon ny grundavgift tas inte ut för det förrän ett år har gått sedan den senaste.",
                "The claim is established by {3} and has been kept under surveillance since {0} (efterbevakning). If you do not pay, the creditor may apply to Kronofogden for enforcement again, which can collect the debt by attachment (utmätning). No new basic fee is charged for that until a year has passed since the last one.",
                on,
            ),
            Stage::Surveillance(on, _) => (
                "Fordran är fastställd genom {3} och bevakas sedan {0} (efterbevakning). Betalar du inte kan borgenären på nytt ansöka om verkställighet hos Kronofogden, som kan driva in skulden genom utmätning. Kronofogdens grundavgift{1} läggs då till skulden.",
                "The claim is established by {3} and has been kept under surveillance since {0} (efterbevakning). If you do not pay, the creditor may apply to Kronofogden for enforcement again, which can collect the debt by attachment (utmätning). Kronofogden's basic fee{1} is then added to the debt.",
                on,
            ),
        };
        // Each stage names its day and Kronofogden's grundavgift (when the table has one); a
        // pending application, what it can mean for a legal person.
        let body = tpl(
            sv,
            en,
            &[
                Arg::Date(on),
                Arg::Both(&g_sv, &g_en),
                Arg::Both(&remark.sv, &remark.en),
                established_by(match stage {
                    Stage::Surveillance(_, title) => title,
                    _ => None,
                }),
                Arg::Both(&minimum_sv, &minimum_en),
            ],
        );
        (heading, body)
    }

    /// The title a claim is established by, for "Fordran är fastställd genom {}": named as the
    /// history says, else both.
    fn established_by(title: Option<Title>) -> Arg<'static> {
        match title {
            Some(Title::Dom) => Arg::Both("dom", "a judgment"),
            Some(Title::Utslag) => {
                Arg::Both("Kronofogdens utslag", "Kronofogden's decision (utslag)")
            }
            None => Arg::Both("dom eller utslag", "a judgment or decision (utslag)"),
        }
    }

    /// Heading and body of the objection section.
    pub fn objection(stage: Stage) -> (Text, Text) {
        let heading = t("Invändningar", "Objections");
        let body = match stage {
            Stage::Letters => t(
                "Anser du att kravet är felaktigt ska du snarast, och senast på sista betalningsdagen, höra av dig till {objectionContact} och förklara varför. En fordran som du invänder mot på saklig grund lämnas inte till Kronofogden för betalningsföreläggande; borgenären kan i stället låta tingsrätten pröva den.",
                "If you think the demand is wrong, contact {objectionContact} as soon as possible, and by the deadline at the latest, and explain why. A claim you object to on substantive grounds is not sent to Kronofogden for a payment order; the creditor may instead have the district court try it.",
            ),
            // The application is pending: the debtor disputes it at Kronofogden.
            Stage::PaymentOrder(d) => tpl(
                "Anser du att kravet är felaktigt ska du snarast höra av dig till {objectionContact} och förklara varför. Ansökan om betalningsföreläggande gjordes {0}: har Kronofogden inte meddelat utslag, ska du också bestrida ansökan hos Kronofogden inom den tid som föreläggandet anger. Då meddelas inget utslag, och borgenären kan i stället låta tingsrätten pröva fordran.",
                "If you think the demand is wrong, contact {objectionContact} as soon as possible and explain why. An application for a payment order was filed on {0}: unless Kronofogden has already made its decision (utslag), also dispute the application with Kronofogden within the time stated in the order. No decision is then made, and the creditor may instead have the district court try the claim.",
                &[Arg::Date(d)],
            ),
            Stage::CourtAction(d) => tpl(
                "Fordran prövas av tingsrätten sedan {0}: dina invändningar mot den framför du i målet där. Anser du att beloppet i kravet är felaktigt, till exempel att en betalning saknas, ska du också snarast höra av dig till {objectionContact}.",
                "The district court has been trying the claim since {0}: put your objections to it in that case. If you think the amount in this demand is wrong, for example that a payment is missing, also contact {objectionContact} as soon as possible.",
                &[Arg::Date(d)],
            ),
            // A title: what is left to object to is the amount; the title itself is appealed.
            Stage::Judgment(d, Some(Title::Dom)) => tpl(
                "Fordran är fastställd genom dom {0}. Domen kan angripas bara inom den tid som anges i den, genom att den överklagas (eller, för en tredskodom, genom ansökan om återvinning); har den tiden gått ut står domen fast. Anser du att beloppet i kravet är felaktigt, till exempel att en betalning saknas, ska du snarast höra av dig till {objectionContact} och förklara varför.",
                "The claim was established by a judgment on {0}. It can be challenged only within the time it states, by appealing it (or, for a judgment by default, applying to have it set aside: återvinning); once that time has run out, it stands. If you think the amount in this demand is wrong, for example that a payment is missing, contact {objectionContact} as soon as possible and explain why.",
                &[Arg::Date(d)],
            ),
            Stage::Judgment(d, Some(Title::Utslag)) => tpl(
                "Fordran är fastställd genom Kronofogdens utslag {0}. Utslaget kan angripas bara inom den tid som anges i det, genom ansökan om återvinning; har den tiden gått ut står utslaget fast. Anser du att beloppet i kravet är felaktigt, till exempel att en betalning saknas, ska du snarast höra av dig till {objectionContact} och förklara varför.",
                "The claim was established by Kronofogden's decision (utslag) on {0}. It can be challenged only within the time it states, by applying to have it set aside (återvinning); once that time has run out, it stands. If you think the amount in this demand is wrong, for example that a payment is missing, contact {objectionContact} as soon as possible and explain why.",
                &[Arg::Date(d)],
            ),
            Stage::Judgment(d, None) => tpl(
                "Fordran är fastställd genom dom eller utslag {0}. Avgörandet kan angripas bara inom den tid som anges i det, genom att domen överklagas eller genom ansökan om återvinning av utslaget; har den tiden gått ut står avgörandet fast. Anser du att beloppet i kravet är felaktigt, till exempel att en betalning saknas, ska du snarast höra av dig till {objectionContact} och förklara varför.",
                "The claim was established by a judgment or decision (utslag) on {0}. It can be challenged only within the time it states, by appealing the judgment or applying to have the decision set aside (återvinning); once that time has run out, it stands. If you think the amount in this demand is wrong, for example that a payment is missing, contact {objectionContact} as soon as possible and explain why.",
                &[Arg::Date(d)],
            ),
            Stage::Enforcement(d, title) => {
                let on_strength = match title {
                    Some(Title::Dom) => Arg::Both("en dom", "a judgment"),
                    Some(Title::Utslag) => Arg::Both(
                        "ett utslag från Kronofogden",
                        "a decision (utslag) of Kronofogden",
                    ),
                    None => Arg::Both("en dom eller ett utslag", "a judgment or decision (utslag)"),
                };
                tpl(
                    "Sedan {0} drivs fordran helt eller delvis in genom verkställighet, på grund av {1}. Anser du att beloppet i kravet är felaktigt, till exempel att en betalning saknas, ska du snarast höra av dig till {objectionContact} och förklara varför; invändningar mot verkställigheten framför du till Kronofogden.",
                    "The claim has been, in whole or in part, under enforcement since {0} on the strength of {1}. If you think the amount in this demand is wrong, for example that a payment is missing, contact {objectionContact} as soon as possible and explain why; put objections to the enforcement to Kronofogden.",
                    &[Arg::Date(d), on_strength],
                )
            }
            Stage::Surveillance(_, title) => tpl(
                "Fordran är fastställd genom {0}. Anser du att beloppet i kravet är felaktigt, till exempel att en betalning saknas, ska du snarast höra av dig till {objectionContact} och förklara varför.",
                "The claim was established by {0}. If you think the amount in this demand is wrong, for example that a payment is missing, contact {objectionContact} as soon as possible and explain why.",
                &[established_by(title)],
            ),
        };
        (heading, body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Money;

    #[test]
    fn capitalises_every_name_as_unicode_does() {
        use crate::claim::StepKind;
        use crate::fees::FeeKind;
        use crate::timeline::EntryKind;
        let mut names: Vec<&str> = Vec::new();
        for fee in FeeKind::ALL {
            names.extend([fee_sv(fee), fee_en(fee)]);
        }
        for entry in EntryKind::ALL {
            names.extend([entry_sv(entry), entry_en(entry)]);
        }
        for step in StepKind::ALL {
            names.extend([step_sv(step), step_en(step)]);
        }
        for name in names {
            let mut chars = name.chars();
            let unicode: String = match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            };
            assert_eq!(capitalise(name), unicode, "{name}");
        }
        for c in ['a', 'z', 'å', 'ä', 'ö', 'é', 'A', 'Å', '1', ' '] {
            assert_eq!(Some(upper_case(c)), c.to_uppercase().next(), "{c}");
        }
    }

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
        assert_eq!(pct_sv(p), "\u{2212}0,50\u{a0}%");
        assert_eq!(pct_en(p), "\u{2212}0.50%");
    }
}
