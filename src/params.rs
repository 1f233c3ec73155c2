//! Statutory numbers as dated parameters, in the spirit of OpenFisca: every number the law fixes
//! (a margin, a number of days, a number of years) is a table of rows, each valid from a date
//! until the next row, with the statute and the source it comes from. The law in force on the
//! day that decides (the day of the action, the day a debt arose, the day interest runs) picks
//! the row. No statutory number appears as a literal outside these tables and the fee tables of
//! [`crate::fees`] (a test, `tests/no_literals.rs`, enforces it for the fee amounts).
//!
//! | parameter | value | statute |
//! |---|---|---|
//! | [`INTEREST_MARGIN`] | 8 percentage points over the referensränta | räntelagen (1975:635) 6 § |
//! | [`REFERENCE_RATE_STEP`] | the referensränta in whole steps of 0.50 percentage points (from 2002-07-01) | räntelagen (1975:635) 9 § |
//! | [`WAIT_FOR_INTEREST_WITHOUT_DUE_DATE`] | 30 days after the invoice or demand (one month before 2002-07-01) | räntelagen (1975:635) 4 § första stycket |
//! | [`INTEREST_NOTICE_REQUIRED_OF_COMMERCIAL_DEBTOR`] | no notice of interest needed for a business or public debtor (needed before 2002-07-01) | räntelagen (1975:635) 4 § andra stycket |
//! | [`LOWER_AGREED_RATE_VOID_FOR_PUBLIC_DEBTOR`] | an agreed rate below 6 §'s is without effect against a business creditor of a public body (not before 2013-03-16) | räntelagen (1975:635) 6 § andra stycket |
//! | [`MIN_COLLECTION_TERM_DAYS`] | 8 days to pay an inkassokrav | inkassolagen (1974:182) 4 §, god inkassosed (IMY:s allmänna råd) |
//! | [`MIN_BANK_DAYS_AFTER_RECEIPT`] | 4 bank days to pay after the inkassokrav is assumed received | inkassolagen (1974:182) 4 och 5 §§, god inkassosed (IMY:s allmänna råd) |
//! | [`DEMAND_DELIVERY_BANK_DAYS`] | received 2 bank days after sending (an assumption) | – |
//! | [`LIMITATION_YEARS_CONSUMER`] | 3 years | preskriptionslagen (1981:130) 2 § andra stycket |
//! | [`LIMITATION_YEARS`] | 10 years | preskriptionslagen (1981:130) 2 § första stycket |
//! | [`ENFORCEMENT_FEE_PERIOD_YEARS`] | 1 year per grundavgift | förordning (1992:1094) 5 §, 6 § |
//! | [`FURTHER_YEAR_FEE_MINIMUM`] | 100 kr unpaid, below which a further year costs no grundavgift (from 2008-01-01) | förordning (1992:1094) 5 § fjärde stycket |
//! | [`TRANSFER_REQUEST_DAYS`] | 4 weeks to ask for a disputed betalningsföreläggande's transfer to the tingsrätt | lag (1990:746) 34 §, 37 § |
//!
//! God inkassosed (inkassolagen 4 §) was spelt out by the supervisor's general advice:
//! Datainspektionen's, IMY's (its name from 2021-01-01); the 8 days and the 4 bank days come
//! from it, and the parameters' `statute` fields say so. Licensing and supervision of
//! inkassoverksamhet moved from IMY to Finansinspektionen on 2024-01-01 (imy.se, "About
//! licences to collect debts"; inkassoförordningen 1 § as amended by SFS 2023:721), so the
//! rule texts of findings cite the statute, not an authority. Whether Finansinspektionen keeps
//! the general advice's figures unchanged: verify.
//!
//! Before a table's first row the first row is used: the engine covers dates from 1900 but the
//! rules it models are the modern ones, and the reference-rate table starts 2002-07-01 anyway.

use rust_decimal::Decimal;
use time::macros::date;
use time::Date;

/// One row of a dated parameter: the value from a date, with its statute and source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parameter<T> {
    /// First day the value applies.
    pub from: Date,
    /// The value.
    pub value: T,
    /// The statute (or guidance) that fixes it.
    pub statute: &'static str,
    /// Where the value was checked, and what is still to verify.
    pub source: &'static str,
}

/// The row of `table` in force on `date`: the last row starting on or before it, or the first
/// row for a date before the table starts. `None` only for an empty table.
pub fn in_force<T: Copy>(table: &[Parameter<T>], date: Date) -> Option<Parameter<T>> {
    table
        .iter()
        .rev()
        .find(|p| p.from <= date)
        .or_else(|| table.first())
        .copied()
}

/// The value of `table` on `date`, or `fallback` for an empty table (never the case for the
/// tables of this module; the fallback keeps the call free of panics).
pub fn value_on<T: Copy>(table: &[Parameter<T>], date: Date, fallback: T) -> T {
    in_force(table, date).map_or(fallback, |p| p.value)
}

/// Dröjsmålsränta = referensränta + this margin, in percentage points (räntelagen 6 §).
///
/// Since 2002-07-01, when SFS 2002:352 (prop. 2001/02:132) replaced the diskonto by the
/// referensränta (räntelagen 4–6 §§ and a new 9 §; the table of rates starts that day). The
/// 8 points themselves date from SFS 1984:291 (1984-07-01), over the diskonto; before it the
/// act (in force 1976-01-01) gave 4 points, and interest that began to run before 1984-07-01
/// kept them (SFS 1984:291's transitional rule). A caller's rows before 2002 are valued with
/// this row's 8 points: the older margin is not modelled (a Known limit of the package README).
pub const INTEREST_MARGIN: &[Parameter<Decimal>] = &[Parameter {
    from: date!(2002 - 07 - 01),
    value: Decimal::from_parts(8, 0, 0, false, 0),
    statute: "räntelagen (1975:635) 6 §",
    source: "DOMAIN.md 2; SFS 2002:352 (Regeringskansliets SFS-register för 1975:635)",
}];

/// The referensränta is set in whole steps of this many percentage points: the Riksbank's
/// policy rate (styrräntan) on the last day of the previous half-year, rounded up to one
/// (räntelagen 9 §, since SFS 2002:352; DOMAIN.md 2). Before 2002-07-01 the diskonto had no
/// such step: rows for those half-years take any value.
pub const REFERENCE_RATE_STEP: &[Parameter<Decimal>] = &[Parameter {
    from: date!(2002 - 07 - 01),
    value: Decimal::from_parts(50, 0, 0, false, 2),
    statute: "räntelagen (1975:635) 9 §",
    source: "DOMAIN.md 2; SFS 2002:352 (Regeringskansliets SFS-register för 1975:635)",
}];

/// A length of time a statute gives in days or in calendar months.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    /// A number of days.
    Days(i64),
    /// A number of calendar months: to the day with the same number, or the month's last day
    /// when it has none (lag 1930:173 om beräkning av lagstadgad tid 1 §).
    Months(u32),
}

impl Span {
    /// The day `self` after `date`, or an overflow error.
    pub fn after(self, date: Date) -> crate::error::Result<Date> {
        match self {
            Self::Days(days) => crate::calendar::add_days(date, days),
            Self::Months(months) => crate::calendar::add_months(date, months),
        }
    }
}

/// The time after the invoice (or demand for a definite amount) from which interest runs when
/// no due date was fixed in advance (räntelagen 4 § första stycket): the invoice's effective
/// due date is its date plus this (DOMAIN.md 8.1).
///
/// "En månad" until 2002-06-30, "trettio dagar" from 2002-07-01 (SFS 2002:352, in force that
/// day; before it, the wording of SFS 1991:858, in force 1992-01-01). The row is chosen by the
/// invoice's date. **Verify** the original 1975 wording (in force 1976-07-01) and SFS 2002:352's
/// transitional provision for invoices sent before it.
pub const WAIT_FOR_INTEREST_WITHOUT_DUE_DATE: &[Parameter<Span>] = &[
    Parameter {
        from: date!(1976 - 07 - 01),
        value: Span::Months(1),
        statute: "räntelagen (1975:635) 4 § första stycket (i lydelse före SFS 2002:352)",
        source: "SFS 1991:858; Regeringskansliets SFS-register för 1975:635",
    },
    Parameter {
        from: date!(2002 - 07 - 01),
        value: Span::Days(30),
        statute: "räntelagen (1975:635) 4 § första stycket",
        source: "SFS 2002:352 (lagboken.se); DOMAIN.md 2, 8.1",
    },
];

/// Whether the invoice or demand that starts interest without a fixed due date must say that
/// not paying makes dröjsmålsränta payable (räntelagen 4 § första stycket), for a business
/// (näringsidkare) or public (myndighet) debtor: `false` since 2002-07-01, when SFS 2002:352
/// added 4 § andra stycket ("utan att det när kravet framställs behöver anges", between
/// näringsidkare in their trade and for a näringsidkare's claim on an authority or other public
/// body for goods or services). A consumer's invoice must always say it. Chosen by the
/// invoice's date, as [`WAIT_FOR_INTEREST_WITHOUT_DUE_DATE`] is; the engine assumes the creditor
/// acts in its trade.
pub const INTEREST_NOTICE_REQUIRED_OF_COMMERCIAL_DEBTOR: &[Parameter<bool>] = &[
    Parameter {
        from: date!(1976 - 07 - 01),
        value: true,
        statute: "räntelagen (1975:635) 4 § första stycket (i lydelse före SFS 2002:352)",
        source: "SFS 1991:858; Regeringskansliets SFS-register för 1975:635",
    },
    Parameter {
        from: date!(2002 - 07 - 01),
        value: false,
        statute: "räntelagen (1975:635) 4 § andra stycket",
        source: "SFS 2002:352 (lagboken.se)",
    },
];

/// Whether an invoice sent on `date` without a fixed due date must give notice that interest
/// will run ([`INTEREST_NOTICE_REQUIRED_OF_COMMERCIAL_DEBTOR`]): always for a consumer.
pub fn interest_notice_required(date: Date, commercial: bool) -> bool {
    !commercial || value_on(INTEREST_NOTICE_REQUIRED_OF_COMMERCIAL_DEBTOR, date, true)
}

/// Whether a term giving a public debtor (a myndighet or other offentligt organ) a rate below
/// 6 §'s is without effect against the creditor: `true` since 2013-03-16, when SFS 2013:55
/// (prop. 2012/13:36, the late payment directive 2011/7/EU) added 6 § andra stycket: "Ett
/// avtalsvillkor som innebär att räntan ska beräknas enligt en lägre räntefot än vad som följer
/// av första stycket första meningen är utan verkan mot borgenären i ett förhållande mellan en
/// näringsidkare och en myndighet eller ett annat offentligt organ, när näringsidkaren i sin
/// yrkesmässiga verksamhet tillhandahåller varor eller tjänster mot betalning" (a legal review,
/// stop 67, read it on lagboken.se and in a lagen.nu copy). Chosen by the invoice's effective
/// due date, as the förseningsersättning of the same reform is (the engine assumes a creditor
/// acting in its trade, for goods or services). SFS 2013:55's transitional provision exempts
/// contracts made before 2013-03-16 only from 2 a–2 b §§, so older terms are void too (read
/// 2026-12-07, docs/LEGAL_RESEARCH.md); the due-date cut-off is the engine's choice.
pub const LOWER_AGREED_RATE_VOID_FOR_PUBLIC_DEBTOR: &[Parameter<bool>] = &[
    Parameter {
        from: date!(1976 - 07 - 01),
        value: false,
        statute: "räntelagen (1975:635) 1 § andra stycket",
        source: "SFS 1975:635 (räntelagen is optional law)",
    },
    Parameter {
        from: date!(2013 - 03 - 16),
        value: true,
        statute: "räntelagen (1975:635) 6 § andra stycket",
        source: "SFS 2013:55 (lagboken.se); prop. 2012/13:36",
    },
];

/// Whether an agreed rate below räntelagen's on an invoice due on `date` is without effect
/// against the creditor ([`LOWER_AGREED_RATE_VOID_FOR_PUBLIC_DEBTOR`]): only for a public debtor.
pub fn lower_agreed_rate_void(date: Date, debtor: crate::claim::DebtorKind) -> bool {
    debtor == crate::claim::DebtorKind::Public
        && value_on(LOWER_AGREED_RATE_VOID_FOR_PUBLIC_DEBTOR, date, false)
}

/// The shortest payment term of an inkassokrav, in days (god inkassosed).
pub const MIN_COLLECTION_TERM_DAYS: &[Parameter<u32>] = &[Parameter {
    from: date!(1981 - 07 - 01),
    value: 8,
    statute: "inkassolagen (1974:182) 4 §; god inkassosed (IMY:s allmänna råd; tillsynen ligger hos Finansinspektionen från 2024-01-01)",
    source: "DOMAIN.md 4 (IMY's general advice: at least 8 days from sending)",
}];

/// The bank days an inkassokrav needs to leave the debtor after it can be assumed received,
/// to pay or object (god inkassosed: "minst fyra bankdagar … från det att du kan antas ha
/// tagit emot kravet"; the term should be longer when the demand is sent around a long
/// weekend).
pub const MIN_BANK_DAYS_AFTER_RECEIPT: &[Parameter<u32>] = &[Parameter {
    from: date!(1981 - 07 - 01),
    value: 4,
    statute: "inkassolagen (1974:182) 4 och 5 §§; god inkassosed (IMY:s allmänna råd; tillsynen ligger hos Finansinspektionen från 2024-01-01)",
    source: "IMY FAQ 2023-02-21 (hur lång tid har jag på mig…); Datainspektionens allmänna råd s. 25 f per Inkassonämnden 273-2021 and 292-2021",
}];

/// The bank days after it is sent by which an inkassokrav is assumed received. An
/// **assumption** (IMY says "kan antas ha tagit emot" without a figure; verify): two bank days,
/// with which the 8-day minimum leaves exactly four bank days in a week without holidays,
/// whatever the weekday it is sent.
pub const DEMAND_DELIVERY_BANK_DAYS: &[Parameter<u32>] = &[Parameter {
    from: date!(1981 - 07 - 01),
    value: 2,
    statute: "god inkassosed, inkassolagen (1974:182) 4 § (assumed delivery)",
    source: "the engine's assumption: verify",
}];

/// The limitation period for a consumer's debt for goods, services or other utilities that a
/// business supplied in its business, in years (preskriptionslagen 2 § andra stycket).
pub const LIMITATION_YEARS_CONSUMER: &[Parameter<u8>] = &[Parameter {
    from: date!(1981 - 07 - 01),
    value: 3,
    statute: "preskriptionslagen (1981:130) 2 § andra stycket",
    source: "DOMAIN.md 5",
}];

/// The general limitation period, in years (preskriptionslagen 2 § första stycket).
pub const LIMITATION_YEARS: &[Parameter<u8>] = &[Parameter {
    from: date!(1981 - 07 - 01),
    value: 10,
    statute: "preskriptionslagen (1981:130) 2 § första stycket",
    source: "DOMAIN.md 5",
}];

/// The shortest limitation period of any kind in any row, in years: a lower bound for a quick
/// "nothing can be time-barred yet" ([`mod@crate::statement`]'s fee rules).
pub fn shortest_limitation_years() -> u8 {
    LIMITATION_YEARS_CONSUMER
        .iter()
        .chain(LIMITATION_YEARS)
        .map(|p| p.value)
        .min()
        .unwrap_or(0)
}

/// How long one grundavgift for verkställighet covers, in years: charged per application and
/// once more for each year the case lasts (förordning 1992:1094 om avgifter vid
/// Kronofogdemyndigheten 5 § and 6 §; DOMAIN.md 1). No new one is taken when less than
/// [`FURTHER_YEAR_FEE_MINIMUM`] is unpaid (5 § fjärde stycket).
pub const ENFORCEMENT_FEE_PERIOD_YEARS: &[Parameter<u8>] = &[Parameter {
    from: date!(1993 - 01 - 01),
    value: 1,
    statute: "förordning (1992:1094) om avgifter vid Kronofogdemyndigheten 5 § och 6 §",
    source: "DOMAIN.md 1 (once more for each year it lasts)",
}];

/// No new yearly grundavgift while less than this is unpaid in the case (förordning 1992:1094
/// om avgifter vid Kronofogdemyndigheten 5 § fjärde stycket, as worded by SFS 2007:1297, in
/// force 2008-01-01: "Någon ny grundavgift ska inte heller tas ut om det obetalda beloppet
/// understiger 100 kronor"). Before 2008 no minimum is applied (the earlier wording was not
/// read: verify). "Det obetalda beloppet" is read as the debt the verkställighet goes on
/// enforcing on the further year's day: the capital and interest unpaid of the invoices of the
/// cases it renews, and the claim's unpaid costs.
pub const FURTHER_YEAR_FEE_MINIMUM: &[Parameter<Decimal>] = &[Parameter {
    from: date!(2008 - 01 - 01),
    value: Decimal::ONE_HUNDRED,
    statute: "förordning (1992:1094) om avgifter vid Kronofogdemyndigheten 5 § fjärde stycket",
    source: "SFS 2007:1297 (read on open.karnovgroup.se and lagboken.se, 2026-12-08); the wording before 2008-01-01: verify",
}];

/// The least unpaid amount for which a further year of verkställighet on `date` costs a new
/// grundavgift ([`FURTHER_YEAR_FEE_MINIMUM`]); `None` before the rule (2008-01-01).
pub fn further_year_fee_minimum(date: Date) -> Option<Decimal> {
    FURTHER_YEAR_FEE_MINIMUM
        .iter()
        .rev()
        .find(|p| p.from <= date)
        .map(|p| p.value)
}

/// The time a creditor has to ask Kronofogden to transfer a disputed betalningsföreläggande
/// to the tingsrätt, in days: four weeks from the day Kronofogden sent notice of the dispute
/// (lag 1990:746 34 §: "Hans begäran skall ha kommit in till kronofogdemyndigheten inom fyra
/// veckor från den dag då underrättelsen sändes till honom"); a request not made in time
/// leaves the case, or its disputed part, written off (37 §: "skall målet … avskrivas").
pub const TRANSFER_REQUEST_DAYS: &[Parameter<u32>] = &[Parameter {
    from: date!(1992 - 01 - 01),
    value: 28,
    statute: "lag (1990:746) om betalningsföreläggande och handräckning 34 § och 37 §",
    source: "the consolidated text of SFS 1990:746 (read 2026-12-07); the act is in force from 1992-01-01, whether its first wording had the same four weeks: verify",
}];

/// The days a creditor has to ask for the transfer of a betalningsföreläggande disputed on
/// `date` ([`TRANSFER_REQUEST_DAYS`]).
pub fn transfer_request_days(date: Date) -> u32 {
    value_on(TRANSFER_REQUEST_DAYS, date, 0)
}

/// The days to ask for a transfer in today's law (the last row): what a policy, which has no
/// date of its own, is checked against.
pub fn transfer_request_days_now() -> u32 {
    TRANSFER_REQUEST_DAYS.last().map_or(0, |p| p.value)
}

/// The years one grundavgift covers, for an enforcement charged on `date`.
pub fn enforcement_fee_period_years(date: Date) -> u8 {
    value_on(ENFORCEMENT_FEE_PERIOD_YEARS, date, 1)
}

/// The margin over the referensränta on `date`, in percentage points.
pub fn interest_margin(date: Date) -> Decimal {
    value_on(INTEREST_MARGIN, date, Decimal::ZERO)
}

/// The time to interest without a due date, for an invoice sent on `date`.
pub fn wait_for_interest_without_due_date(date: Date) -> Span {
    value_on(WAIT_FOR_INTEREST_WITHOUT_DUE_DATE, date, Span::Days(30))
}

/// The due date of an invoice sent on `issued` with no due date fixed in advance (räntelagen
/// 4 §), before any move off a day off.
pub fn due_without_agreed_date(issued: Date) -> crate::error::Result<Date> {
    wait_for_interest_without_due_date(issued).after(issued)
}

/// The shortest lawful inkassokrav term for a demand sent on `date`, in days.
pub fn min_collection_term_days(date: Date) -> u32 {
    value_on(MIN_COLLECTION_TERM_DAYS, date, 0)
}

/// The bank days an inkassokrav sent on `date` must leave after its assumed receipt.
pub fn min_bank_days_after_receipt(date: Date) -> u32 {
    value_on(MIN_BANK_DAYS_AFTER_RECEIPT, date, 0)
}

/// The bank days after sending by which an inkassokrav sent on `date` is assumed received.
pub fn demand_delivery_bank_days(date: Date) -> u32 {
    value_on(DEMAND_DELIVERY_BANK_DAYS, date, 0)
}

/// The shortest inkassokrav term in force today's law (the last row): what a policy, which has
/// no date of its own, is checked against.
pub fn min_collection_term_days_now() -> u32 {
    MIN_COLLECTION_TERM_DAYS.last().map_or(0, |p| p.value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_ordered_and_cover_their_dates() {
        fn ordered<T>(t: &[Parameter<T>]) -> bool {
            t.windows(2).all(|w| w[0].from < w[1].from) && !t.is_empty()
        }
        assert!(ordered(INTEREST_MARGIN));
        assert!(ordered(WAIT_FOR_INTEREST_WITHOUT_DUE_DATE));
        assert!(ordered(MIN_COLLECTION_TERM_DAYS));
        assert!(ordered(LIMITATION_YEARS_CONSUMER));
        assert!(ordered(LIMITATION_YEARS));
        assert_eq!(interest_margin(date!(2025 - 01 - 01)), Decimal::from(8));
        assert_eq!(
            wait_for_interest_without_due_date(date!(2002 - 07 - 01)),
            Span::Days(30)
        );
        assert_eq!(
            wait_for_interest_without_due_date(date!(2002 - 06 - 30)),
            Span::Months(1)
        );
        assert_eq!(min_collection_term_days(date!(2025 - 01 - 01)), 8);
        assert_eq!(min_collection_term_days_now(), 8);
    }
}
