//! Every fee rule of DOMAIN.md section 1 and their interactions, table-driven: the fee lines a
//! claim earns (kind, date, amount, and the statute the line cites), and the warnings that say
//! why a step earned nothing.

mod common;

use common::ok;
use inkasso::fees::FeeKind;
use serde_json::{json, Value};

/// One fee case.
struct Case {
    name: &'static str,
    debtor: &'static str,
    reminder_fee_agreed: bool,
    /// `None`: the default (claim it where it applies).
    late_fee: Option<bool>,
    /// (issue date, due date)
    invoices: &'static [(&'static str, &'static str)],
    /// (kind, date)
    steps: &'static [(&'static str, &'static str)],
    /// (date, amount)
    payments: &'static [(&'static str, &'static str)],
    as_of: &'static str,
    /// Expected fee lines in order: (kind, date, amount, a fragment the rule must contain).
    fees: &'static [(&'static str, &'static str, &'static str, &'static str)],
    /// Expected warnings: (code, field). Warnings not listed here are not allowed, except
    /// `PROVISIONAL_RATE` and `RATE_NOT_COVERED`.
    warnings: &'static [(&'static str, &'static str)],
}

const FEB: &[(&str, &str)] = &[("2025-01-10", "2025-02-10")];
const FEB_TWO: &[(&str, &str)] = &[("2025-01-10", "2025-02-10"), ("2025-01-20", "2025-02-20")];
const OLD: &[(&str, &str)] = &[("2012-04-01", "2012-04-30")];
const ALL_THREE: &[(&str, &str)] = &[
    ("reminder", "2025-02-17"),
    ("collectionDemand", "2025-02-26"),
    ("paymentPlan", "2025-03-20"),
];

const REMINDER_RULE: &str = "lag (1981:739) 2 § och 4 § andra stycket 1";
const COLLECTION_RULE: &str = "lag (1981:739) 3 § 1 och 4 § andra stycket 2";
const PLAN_RULE: &str = "lag (1981:739) 3 § 2 och 4 § andra stycket 3";
const LATE_RULE: &str = "lag (1981:739) 4 a §";
const OLD_RULE: &str = "förordning (1981:1057)";
const ORDER_FEE_RULE: &str = "förordning (1992:1094) om avgifter vid Kronofogdemyndigheten 1 §";
const ORDER_COMP_RULE: &str = "lag (1990:746) 48 §";
const ENFORCEMENT_RULE: &str = "förordning (1992:1094) om avgifter vid Kronofogdemyndigheten 5 §";
/// The wording of 1 § before SFS 2008:893 (in force 2008-12-12), under the old title.
const OLD_ORDER_FEE_RULE: &str =
    "förordning (1992:1094) om avgifter vid kronofogdemyndigheterna 1 § (SFS 1995:1054";
/// The wording of 5 § before SFS 2007:795 / 2007:1297 (2008-01-01), under the old title.
const OLD_ENFORCEMENT_RULE: &str =
    "förordning (1992:1094) om avgifter vid kronofogdemyndigheterna 5 §";
/// Förordning (1991:1340) 1 § as amended by SFS 2003:577 (cases brought from 2003-10-01).
const OLD_ORDER_COMP_RULE: &str = "förordning (1991:1340) 1 § (SFS 2003:577";

const CASES: &[Case] = &[
    Case {
        name: "reminder fee agreed: 60 kr",
        debtor: "consumer",
        reminder_fee_agreed: true,
        late_fee: None,
        invoices: FEB,
        steps: &[("reminder", "2025-02-17")],
        payments: &[],
        as_of: "2025-03-01",
        fees: &[("reminderFee", "2025-02-17", "60.00", REMINDER_RULE)],
        warnings: &[],
    },
    Case {
        name: "reminder fee not agreed: nothing",
        debtor: "consumer",
        reminder_fee_agreed: false,
        late_fee: None,
        invoices: FEB,
        steps: &[("reminder", "2025-02-17")],
        payments: &[],
        as_of: "2025-03-01",
        fees: &[],
        warnings: &[("REMINDER_FEE_NOT_AGREED", "steps[0]")],
    },
    Case {
        name: "two reminders: one fee",
        debtor: "consumer",
        reminder_fee_agreed: true,
        late_fee: None,
        invoices: FEB,
        steps: &[("reminder", "2025-02-17"), ("reminder", "2025-02-24")],
        payments: &[],
        as_of: "2025-03-01",
        fees: &[("reminderFee", "2025-02-17", "60.00", REMINDER_RULE)],
        warnings: &[("FEE_ALREADY_CHARGED", "steps[1]")],
    },
    Case {
        // No fee was charged for the first, so "one fee per claim" would name a fee that
        // never was: both say why none is charged.
        name: "two reminders without agreement: neither earns a fee, for want of agreement",
        debtor: "consumer",
        reminder_fee_agreed: false,
        late_fee: None,
        invoices: FEB,
        steps: &[("reminder", "2025-02-17"), ("reminder", "2025-02-24")],
        payments: &[],
        as_of: "2025-03-01",
        fees: &[],
        warnings: &[
            ("REMINDER_FEE_NOT_AGREED", "steps[0]"),
            ("REMINDER_FEE_NOT_AGREED", "steps[1]"),
        ],
    },
    Case {
        // A judgment without the costs it awards charges nothing: a second one is no "fee
        // already charged".
        name: "two judgments without costs: nothing charged, nothing said",
        debtor: "consumer",
        reminder_fee_agreed: false,
        late_fee: None,
        invoices: FEB,
        steps: &[("judgment", "2025-02-17"), ("judgment", "2025-02-24")],
        payments: &[],
        as_of: "2025-03-01",
        fees: &[],
        warnings: &[],
    },
    Case {
        name: "inkassokrav: 180 kr",
        debtor: "consumer",
        reminder_fee_agreed: false,
        late_fee: None,
        invoices: FEB,
        steps: &[("collectionDemand", "2025-02-26")],
        payments: &[],
        as_of: "2025-03-01",
        fees: &[("collectionFee", "2025-02-26", "180.00", COLLECTION_RULE)],
        warnings: &[],
    },
    Case {
        name: "two inkassokrav: one fee",
        debtor: "consumer",
        reminder_fee_agreed: false,
        late_fee: None,
        invoices: FEB_TWO,
        steps: &[
            ("collectionDemand", "2025-02-26"),
            ("collectionDemand", "2025-03-05"),
        ],
        payments: &[],
        as_of: "2025-03-10",
        fees: &[("collectionFee", "2025-02-26", "180.00", COLLECTION_RULE)],
        warnings: &[("FEE_ALREADY_CHARGED", "steps[1]")],
    },
    Case {
        name: "amorteringsplan: 170 kr",
        debtor: "consumer",
        reminder_fee_agreed: false,
        late_fee: None,
        invoices: FEB,
        steps: &[("paymentPlan", "2025-03-20")],
        payments: &[],
        as_of: "2025-03-31",
        fees: &[("paymentPlanFee", "2025-03-20", "170.00", PLAN_RULE)],
        warnings: &[],
    },
    Case {
        name: "consumer: reminder, inkassokrav and plan: 60 + 180 + 170",
        debtor: "consumer",
        reminder_fee_agreed: true,
        late_fee: None,
        invoices: FEB,
        steps: ALL_THREE,
        payments: &[],
        as_of: "2025-03-31",
        fees: &[
            ("reminderFee", "2025-02-17", "60.00", REMINDER_RULE),
            ("collectionFee", "2025-02-26", "180.00", COLLECTION_RULE),
            ("paymentPlanFee", "2025-03-20", "170.00", PLAN_RULE),
        ],
        warnings: &[],
    },
    Case {
        name: "steps before anything is overdue earn nothing and do not count",
        debtor: "consumer",
        reminder_fee_agreed: true,
        late_fee: None,
        invoices: FEB,
        steps: &[
            ("reminder", "2025-02-05"),
            ("collectionDemand", "2025-02-10"),
            ("reminder", "2025-02-17"),
            ("collectionDemand", "2025-02-26"),
        ],
        payments: &[],
        as_of: "2025-03-01",
        fees: &[
            ("reminderFee", "2025-02-17", "60.00", REMINDER_RULE),
            ("collectionFee", "2025-02-26", "180.00", COLLECTION_RULE),
        ],
        warnings: &[("NOT_OVERDUE", "steps[0]"), ("NOT_OVERDUE", "steps[1]")],
    },
    Case {
        name: "a step after the invoice was paid in full by its due date earns nothing",
        debtor: "consumer",
        reminder_fee_agreed: true,
        late_fee: None,
        invoices: FEB,
        steps: &[("reminder", "2025-02-17")],
        payments: &[("2025-02-10", "1000.00")],
        as_of: "2025-03-01",
        fees: &[],
        warnings: &[("NOT_OVERDUE", "steps[0]")],
    },
    Case {
        name: "a late payment of the capital amount leaves capital (interest first): fee",
        debtor: "consumer",
        reminder_fee_agreed: true,
        late_fee: None,
        invoices: FEB,
        steps: &[("reminder", "2025-02-17")],
        payments: &[("2025-02-14", "1000.00")],
        as_of: "2025-03-01",
        fees: &[("reminderFee", "2025-02-17", "60.00", REMINDER_RULE)],
        warnings: &[],
    },
    Case {
        name: "a due date on a Saturday moves: a reminder on the Monday is not overdue",
        debtor: "consumer",
        reminder_fee_agreed: true,
        late_fee: None,
        invoices: &[("2025-02-01", "2025-03-01")],
        steps: &[("reminder", "2025-03-03"), ("reminder", "2025-03-04")],
        payments: &[],
        as_of: "2025-03-10",
        fees: &[("reminderFee", "2025-03-04", "60.00", REMINDER_RULE)],
        warnings: &[("NOT_OVERDUE", "steps[0]")],
    },
    Case {
        name: "an inkassokrav on the day of a full payment still earns its fee",
        debtor: "consumer",
        reminder_fee_agreed: false,
        late_fee: None,
        invoices: FEB,
        steps: &[("collectionDemand", "2025-02-26")],
        payments: &[("2025-02-26", "1000.00")],
        as_of: "2025-03-01",
        fees: &[("collectionFee", "2025-02-26", "180.00", COLLECTION_RULE)],
        warnings: &[],
    },
    Case {
        name: "business: 450 kr replaces 60 + 180 + 170",
        debtor: "business",
        reminder_fee_agreed: true,
        late_fee: None,
        invoices: FEB,
        steps: ALL_THREE,
        payments: &[],
        as_of: "2025-03-31",
        fees: &[("lateFee", "2025-02-11", "450.00", LATE_RULE)],
        warnings: &[
            ("FEE_ABSORBED_BY_LATE_FEE", "steps[0]"),
            ("FEE_ABSORBED_BY_LATE_FEE", "steps[1]"),
            ("FEE_ABSORBED_BY_LATE_FEE", "steps[2]"),
        ],
    },
    Case {
        name: "public debtor: 450 kr as for a business",
        debtor: "public",
        reminder_fee_agreed: true,
        late_fee: None,
        invoices: FEB,
        steps: &[
            ("reminder", "2025-02-17"),
            ("collectionDemand", "2025-02-26"),
        ],
        payments: &[],
        as_of: "2025-03-31",
        fees: &[("lateFee", "2025-02-11", "450.00", LATE_RULE)],
        warnings: &[
            ("FEE_ABSORBED_BY_LATE_FEE", "steps[0]"),
            ("FEE_ABSORBED_BY_LATE_FEE", "steps[1]"),
        ],
    },
    Case {
        name: "business, förseningsersättning opted out: 60 + 180 apply",
        debtor: "business",
        reminder_fee_agreed: true,
        late_fee: Some(false),
        invoices: FEB,
        steps: &[
            ("reminder", "2025-02-17"),
            ("collectionDemand", "2025-02-26"),
        ],
        payments: &[],
        as_of: "2025-03-31",
        fees: &[
            ("reminderFee", "2025-02-17", "60.00", REMINDER_RULE),
            ("collectionFee", "2025-02-26", "180.00", COLLECTION_RULE),
        ],
        warnings: &[],
    },
    Case {
        name: "consumer: lateFee=true changes nothing",
        debtor: "consumer",
        reminder_fee_agreed: false,
        late_fee: Some(true),
        invoices: FEB,
        steps: &[("collectionDemand", "2025-02-26")],
        payments: &[],
        as_of: "2025-03-31",
        fees: &[("collectionFee", "2025-02-26", "180.00", COLLECTION_RULE)],
        warnings: &[],
    },
    Case {
        name: "business: 450 per invoice",
        debtor: "business",
        reminder_fee_agreed: true,
        late_fee: None,
        invoices: FEB_TWO,
        steps: &[
            ("reminder", "2025-02-24"),
            ("collectionDemand", "2025-03-05"),
        ],
        payments: &[],
        as_of: "2025-03-31",
        fees: &[
            ("lateFee", "2025-02-11", "450.00", LATE_RULE),
            ("lateFee", "2025-02-21", "450.00", LATE_RULE),
        ],
        warnings: &[
            ("FEE_ABSORBED_BY_LATE_FEE", "steps[0]"),
            ("FEE_ABSORBED_BY_LATE_FEE", "steps[1]"),
        ],
    },
    Case {
        name: "business: invoice paid by its due date earns no 450",
        debtor: "business",
        reminder_fee_agreed: true,
        late_fee: None,
        invoices: FEB_TWO,
        steps: &[],
        payments: &[("2025-02-10", "1000.00")],
        as_of: "2025-03-31",
        fees: &[("lateFee", "2025-02-21", "450.00", LATE_RULE)],
        warnings: &[("NO_LATE_FEE", "invoices[0]")],
    },
    Case {
        name: "business: partly paid by the due date still earns 450",
        debtor: "business",
        reminder_fee_agreed: false,
        late_fee: None,
        invoices: FEB,
        steps: &[],
        payments: &[("2025-02-10", "999.99")],
        as_of: "2025-03-31",
        fees: &[("lateFee", "2025-02-11", "450.00", LATE_RULE)],
        warnings: &[],
    },
    Case {
        name: "business: paid on the first interest day is late: 450",
        debtor: "business",
        reminder_fee_agreed: false,
        late_fee: None,
        invoices: FEB,
        steps: &[],
        payments: &[("2025-02-11", "1000.00")],
        as_of: "2025-03-31",
        fees: &[("lateFee", "2025-02-11", "450.00", LATE_RULE)],
        warnings: &[],
    },
    Case {
        name: "business: 450 not yet due on the statement date",
        debtor: "business",
        reminder_fee_agreed: false,
        late_fee: None,
        invoices: FEB,
        steps: &[],
        payments: &[],
        as_of: "2025-02-10",
        fees: &[],
        warnings: &[],
    },
    Case {
        name: "before 2013-03-16: 50 / 160 / 150",
        debtor: "consumer",
        reminder_fee_agreed: true,
        late_fee: None,
        invoices: OLD,
        steps: &[
            ("reminder", "2012-05-10"),
            ("collectionDemand", "2012-05-21"),
            ("paymentPlan", "2012-06-01"),
        ],
        payments: &[],
        as_of: "2012-06-30",
        fees: &[
            ("reminderFee", "2012-05-10", "50.00", OLD_RULE),
            ("collectionFee", "2012-05-21", "160.00", OLD_RULE),
            ("paymentPlanFee", "2012-06-01", "150.00", OLD_RULE),
        ],
        warnings: &[],
    },
    Case {
        name: "business before 2013-03-16: no 450, so 50 + 160 apply",
        debtor: "business",
        reminder_fee_agreed: true,
        late_fee: None,
        invoices: OLD,
        steps: &[
            ("reminder", "2012-05-10"),
            ("collectionDemand", "2012-05-21"),
        ],
        payments: &[],
        as_of: "2012-06-30",
        fees: &[
            ("reminderFee", "2012-05-10", "50.00", OLD_RULE),
            ("collectionFee", "2012-05-21", "160.00", OLD_RULE),
        ],
        warnings: &[("NO_LATE_FEE", "invoices[0]")],
    },
    Case {
        name: "fees are valued on the day of the action: a 2013 reminder after 03-16 is 60",
        debtor: "business",
        reminder_fee_agreed: true,
        late_fee: None,
        invoices: &[("2013-02-01", "2013-03-11")],
        steps: &[
            ("reminder", "2013-03-15"),
            ("collectionDemand", "2013-03-18"),
        ],
        payments: &[],
        as_of: "2013-03-31",
        fees: &[
            ("reminderFee", "2013-03-15", "50.00", OLD_RULE),
            ("collectionFee", "2013-03-18", "180.00", COLLECTION_RULE),
        ],
        warnings: &[("NO_LATE_FEE", "invoices[0]")],
    },
    Case {
        // SFS 2013:56's transitional provision: older rules for claims that fell due before
        // 2013-03-16, though the first interest day is 03-16; so the reminder fee in full, at
        // the amount in force on the reminder's day (whether the provision keeps 50 kr for
        // such a debt is to verify: src/fees.rs)
        name: "due 2013-03-15, first interest day 2013-03-16: no 450",
        debtor: "business",
        reminder_fee_agreed: true,
        late_fee: None,
        invoices: &[("2013-02-01", "2013-03-15")],
        steps: &[("reminder", "2013-03-18")],
        payments: &[],
        as_of: "2013-03-31",
        fees: &[("reminderFee", "2013-03-18", "60.00", REMINDER_RULE)],
        warnings: &[("NO_LATE_FEE", "invoices[0]")],
    },
    Case {
        name: "due 2013-03-18 (a Monday), the first due date under SFS 2013:56: 450 applies",
        debtor: "business",
        reminder_fee_agreed: true,
        late_fee: None,
        invoices: &[("2013-02-15", "2013-03-18")],
        steps: &[("reminder", "2013-03-25")],
        payments: &[],
        as_of: "2013-03-31",
        fees: &[("lateFee", "2013-03-19", "450.00", LATE_RULE)],
        warnings: &[("FEE_ABSORBED_BY_LATE_FEE", "steps[0]")],
    },
    Case {
        // Due on Saturday 2013-03-16, the law's first day: it fell due on it, not before
        name: "due 2013-03-16 (a Saturday, moved to Monday 03-18): 450 applies",
        debtor: "business",
        reminder_fee_agreed: true,
        late_fee: None,
        invoices: &[("2013-02-14", "2013-03-16")],
        steps: &[],
        payments: &[],
        as_of: "2013-03-31",
        fees: &[("lateFee", "2013-03-19", "450.00", LATE_RULE)],
        warnings: &[],
    },
    Case {
        name: "before 1996-12-01 no fee table: no fee, a warning",
        debtor: "consumer",
        reminder_fee_agreed: true,
        late_fee: None,
        invoices: &[("1996-01-01", "1996-01-31")],
        steps: &[("reminder", "1996-03-01"), ("paymentOrder", "1996-04-01")],
        payments: &[],
        as_of: "1996-06-30",
        fees: &[],
        warnings: &[
            ("FEE_NOT_COVERED", "steps[0]"),
            // one for each of the two fees of a betalningsföreläggande
            ("FEE_NOT_COVERED", "steps[1]"),
            ("FEE_NOT_COVERED", "steps[1]"),
        ],
    },
    Case {
        name: "betalningsföreläggande: 300 + 380",
        debtor: "consumer",
        reminder_fee_agreed: false,
        late_fee: None,
        invoices: FEB,
        steps: &[
            ("collectionDemand", "2025-02-26"),
            ("paymentOrder", "2025-03-20"),
        ],
        payments: &[],
        as_of: "2025-03-31",
        fees: &[
            ("collectionFee", "2025-02-26", "180.00", COLLECTION_RULE),
            ("paymentOrderFee", "2025-03-20", "300.00", ORDER_FEE_RULE),
            (
                "paymentOrderCompensation",
                "2025-03-20",
                "380.00",
                ORDER_COMP_RULE,
            ),
        ],
        warnings: &[],
    },
    Case {
        name: "betalningsföreläggande before 2014: 300 + 340",
        debtor: "consumer",
        reminder_fee_agreed: false,
        late_fee: None,
        invoices: &[("2013-04-01", "2013-04-30")],
        steps: &[
            ("paymentOrder", "2013-12-31"),
            ("paymentOrder", "2014-01-02"),
        ],
        payments: &[],
        as_of: "2014-01-31",
        fees: &[
            ("paymentOrderFee", "2013-12-31", "300.00", ORDER_FEE_RULE),
            (
                "paymentOrderCompensation",
                "2013-12-31",
                "340.00",
                ORDER_COMP_RULE,
            ),
        ],
        warnings: &[("FEE_ALREADY_CHARGED", "steps[1]")],
    },
    Case {
        name:
            "betalningsföreläggande 2003 before 2003-10-01: 300, the 1991:1340 amount not covered",
        debtor: "consumer",
        reminder_fee_agreed: false,
        late_fee: None,
        invoices: &[("2003-03-01", "2003-03-31")],
        steps: &[("paymentOrder", "2003-05-15")],
        payments: &[],
        as_of: "2003-05-31",
        fees: &[(
            "paymentOrderFee",
            "2003-05-15",
            "300.00",
            OLD_ORDER_FEE_RULE,
        )],
        warnings: &[("FEE_NOT_COVERED", "steps[0]")],
    },
    Case {
        name:
            "betalningsföreläggande and verkställighet 2005: 300 + 340, 600 under the old wordings",
        debtor: "consumer",
        reminder_fee_agreed: false,
        late_fee: None,
        invoices: &[("2005-01-03", "2005-02-02")],
        steps: &[
            ("paymentOrder", "2005-03-15"),
            ("enforcement", "2005-06-01"),
        ],
        payments: &[],
        as_of: "2005-06-30",
        fees: &[
            (
                "paymentOrderFee",
                "2005-03-15",
                "300.00",
                OLD_ORDER_FEE_RULE,
            ),
            (
                "paymentOrderCompensation",
                "2005-03-15",
                "340.00",
                OLD_ORDER_COMP_RULE,
            ),
            (
                "enforcementFee",
                "2005-06-01",
                "600.00",
                OLD_ENFORCEMENT_RULE,
            ),
        ],
        warnings: &[],
    },
    Case {
        name: "business: Kronofogden's costs are not absorbed by the 450",
        debtor: "business",
        reminder_fee_agreed: true,
        late_fee: None,
        invoices: FEB,
        steps: &[
            ("collectionDemand", "2025-02-26"),
            ("paymentOrder", "2025-03-20"),
            ("enforcement", "2025-06-02"),
        ],
        payments: &[],
        as_of: "2025-06-30",
        fees: &[
            ("lateFee", "2025-02-11", "450.00", LATE_RULE),
            ("paymentOrderFee", "2025-03-20", "300.00", ORDER_FEE_RULE),
            (
                "paymentOrderCompensation",
                "2025-03-20",
                "380.00",
                ORDER_COMP_RULE,
            ),
            ("enforcementFee", "2025-06-02", "600.00", ENFORCEMENT_RULE),
        ],
        warnings: &[("FEE_ABSORBED_BY_LATE_FEE", "steps[0]")],
    },
    Case {
        name: "verkställighet: 600 per step",
        debtor: "consumer",
        reminder_fee_agreed: false,
        late_fee: None,
        invoices: FEB,
        steps: &[
            ("paymentOrder", "2025-03-20"),
            ("enforcement", "2025-06-02"),
            ("enforcement", "2026-06-02"),
        ],
        payments: &[],
        as_of: "2026-06-30",
        fees: &[
            ("paymentOrderFee", "2025-03-20", "300.00", ORDER_FEE_RULE),
            (
                "paymentOrderCompensation",
                "2025-03-20",
                "380.00",
                ORDER_COMP_RULE,
            ),
            ("enforcementFee", "2025-06-02", "600.00", ENFORCEMENT_RULE),
            ("enforcementFee", "2026-06-02", "600.00", ENFORCEMENT_RULE),
        ],
        warnings: &[],
    },
    Case {
        name: "steps after the statement date are left out",
        debtor: "consumer",
        reminder_fee_agreed: true,
        late_fee: None,
        invoices: FEB,
        steps: &[
            ("reminder", "2025-02-17"),
            ("collectionDemand", "2025-03-05"),
        ],
        payments: &[],
        as_of: "2025-03-01",
        fees: &[("reminderFee", "2025-02-17", "60.00", REMINDER_RULE)],
        warnings: &[("AFTER_AS_OF", "steps[1]")],
    },
];

fn input(case: &Case) -> Value {
    let mut v = json!({
        "debtor": case.debtor,
        "reminderFeeAgreed": case.reminder_fee_agreed,
        "invoices": case.invoices.iter().enumerate().map(|(i, (issue, due))| json!({
            "number": format!("F-{i}"), "amount": "1000.00", "issueDate": issue, "dueDate": due,
        })).collect::<Vec<_>>(),
        "steps": case.steps.iter().map(|(kind, date)| json!({ "kind": kind, "date": date })).collect::<Vec<_>>(),
        "payments": case.payments.iter().map(|(date, amount)| json!({ "date": date, "amount": amount })).collect::<Vec<_>>(),
        "asOf": case.as_of,
    });
    if let Some(late_fee) = case.late_fee {
        v["lateFee"] = json!(late_fee);
    }
    v
}

#[test]
fn fee_rules() {
    let mut failures = Vec::new();
    for case in CASES {
        let s = ok(input(case));
        let got: Vec<(&str, String, String)> = s
            .fee_lines
            .iter()
            .map(|f| {
                (
                    f.kind.as_str(),
                    inkasso::calendar::format_date(f.date),
                    f.amount.to_string(),
                )
            })
            .collect();
        let want: Vec<(&str, String, String)> = case
            .fees
            .iter()
            .map(|(k, d, a, _)| (*k, (*d).to_owned(), (*a).to_owned()))
            .collect();
        if got != want {
            failures.push(format!(
                "{}: fee lines\n  want {want:?}\n  got  {got:?}",
                case.name
            ));
            continue;
        }
        for (line, (_, _, _, rule)) in s.fee_lines.iter().zip(case.fees) {
            if !line.rule.contains(rule) {
                failures.push(format!(
                    "{}: {} cites {:?}, want {rule:?}",
                    case.name,
                    line.kind.as_str(),
                    line.rule
                ));
            }
            if line.explanation().sv.is_empty() || line.explanation().en.is_empty() {
                failures.push(format!(
                    "{}: {} has no explanation",
                    case.name,
                    line.kind.as_str()
                ));
            }
        }
        // Fees outstanding = the sum of the lines less what payments put on fees.
        let charged = inkasso::Money::sum(s.fee_lines.iter().map(|f| f.amount)).expect("sum");
        let paid = inkasso::Money::sum(s.allocations.iter().map(|a| a.fees)).expect("sum");
        if charged.checked_sub(paid).ok() != Some(s.fees) {
            failures.push(format!(
                "{}: fees {} != {charged} - {paid}",
                case.name, s.fees
            ));
        }
        let fields: Vec<(&str, String)> = s
            .warnings
            .iter()
            .filter(|w| !matches!(w.code.as_str(), "PROVISIONAL_RATE" | "RATE_NOT_COVERED"))
            .map(|w| (w.code.as_str(), w.field().unwrap_or_default()))
            .collect();
        let got_w: Vec<(&str, &str)> = fields.iter().map(|(c, f)| (*c, f.as_str())).collect();
        if got_w != case.warnings {
            failures.push(format!(
                "{}: warnings\n  want {:?}\n  got  {got_w:?}",
                case.name, case.warnings
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_fee_kind_is_covered_by_a_case() {
    let kinds = [
        FeeKind::ReminderFee,
        FeeKind::CollectionFee,
        FeeKind::PaymentPlanFee,
        FeeKind::LateFee,
        FeeKind::PaymentOrderFee,
        FeeKind::PaymentOrderCompensation,
        FeeKind::EnforcementFee,
    ];
    for kind in kinds {
        assert!(
            CASES
                .iter()
                .any(|c| c.fees.iter().any(|f| f.0 == kind.as_str())),
            "{kind:?}"
        );
    }
}

#[test]
fn fee_tables_have_the_statutory_amounts() {
    use inkasso::Money;
    for (kind, day, kronor, rule) in [
        (FeeKind::ReminderFee, "1996-12-01", 50, "(SFS 1996:938)"),
        (FeeKind::ReminderFee, "2003-06-30", 50, "(SFS 1996:938)"),
        (FeeKind::ReminderFee, "2003-07-01", 50, "(SFS 2003:294)"),
        (FeeKind::CollectionFee, "2003-07-01", 160, "(SFS 2003:294)"),
        (FeeKind::PaymentPlanFee, "2003-07-01", 150, "(SFS 2003:294)"),
        (FeeKind::ReminderFee, "2013-03-15", 50, "(SFS 2003:294)"),
        (FeeKind::ReminderFee, "2013-03-16", 60, REMINDER_RULE),
        (FeeKind::CollectionFee, "2013-03-15", 160, OLD_RULE),
        (FeeKind::CollectionFee, "2013-03-16", 180, COLLECTION_RULE),
        (FeeKind::PaymentPlanFee, "2013-03-15", 150, OLD_RULE),
        (FeeKind::PaymentPlanFee, "2013-03-16", 170, PLAN_RULE),
        (FeeKind::LateFee, "2013-03-16", 450, LATE_RULE),
        (
            FeeKind::PaymentOrderFee,
            "2002-07-01",
            300,
            OLD_ORDER_FEE_RULE,
        ),
        (
            FeeKind::PaymentOrderFee,
            "2008-12-11",
            300,
            OLD_ORDER_FEE_RULE,
        ),
        (FeeKind::PaymentOrderFee, "2008-12-12", 300, ORDER_FEE_RULE),
        (FeeKind::PaymentOrderFee, "2025-01-01", 300, ORDER_FEE_RULE),
        (
            FeeKind::PaymentOrderCompensation,
            "2003-10-01",
            340,
            OLD_ORDER_COMP_RULE,
        ),
        (
            FeeKind::PaymentOrderCompensation,
            "2013-12-31",
            340,
            OLD_ORDER_COMP_RULE,
        ),
        (
            FeeKind::PaymentOrderCompensation,
            "2014-01-01",
            380,
            ORDER_COMP_RULE,
        ),
        (
            FeeKind::EnforcementFee,
            "2002-07-01",
            600,
            OLD_ENFORCEMENT_RULE,
        ),
        (
            FeeKind::EnforcementFee,
            "2007-12-31",
            600,
            OLD_ENFORCEMENT_RULE,
        ),
        (FeeKind::EnforcementFee, "2008-01-01", 600, ENFORCEMENT_RULE),
        (FeeKind::EnforcementFee, "2025-01-01", 600, ENFORCEMENT_RULE),
    ] {
        let p = kind.parameter_on(common::date(day)).expect(day);
        assert_eq!(p.amount, Money::kr(kronor), "{kind:?} {day}");
        assert!(p.rule.contains(rule), "{kind:?} {day}: {}", p.rule);
    }
    assert!(FeeKind::LateFee
        .parameter_on(common::date("2013-03-15"))
        .is_none());
    assert!(FeeKind::ReminderFee
        .parameter_on(common::date("1996-11-30"))
        .is_none());
    // Kronofogden's tables start where the sources seen start: no guessed earlier amount.
    for (kind, day) in [
        (FeeKind::PaymentOrderFee, "2002-06-30"),
        (FeeKind::PaymentOrderCompensation, "2003-09-30"),
        (FeeKind::EnforcementFee, "2002-06-30"),
    ] {
        assert!(
            kind.parameter_on(common::date(day)).is_none(),
            "{kind:?} {day}"
        );
    }
    // The 380 kr row cites the act only: förordning (1991:1340) was repealed on 2014-01-01.
    let p = FeeKind::PaymentOrderCompensation
        .parameter_on(common::date("2014-01-01"))
        .expect("row");
    assert!(!p.rule.contains("1991:1340"), "{}", p.rule);
    assert!(p.rule.contains("SFS 2013:1062"), "{}", p.rule);
}

// ---------------------------------------------------------------------------------------------
// A court fee's category judged on a prisbasbelopp the table does not have (2027 on).

#[test]
fn a_court_action_near_the_line_in_a_year_past_the_table_says_its_prisbasbelopp_is_assumed() {
    use inkasso::fees::{prisbasbelopp_assumed, PRISBASBELOPP};
    use inkasso::warning::WarningCode;
    let last = PRISBASBELOPP.last().expect("a row");
    let half = last.value.ore() / 2;
    let year = last.from.year();
    let day = |y: i32| time::Date::from_calendar_date(y, time::Month::March, 1).expect("date");
    let ore = inkasso::Money::from_ore;
    // One row per case: (year, value in öre, assumed?).
    let rows: &[(i32, i64, bool)] = &[
        (year, half, false),                   // the year is in the table
        (year + 1, half, true),                // on the line
        (year + 1, half * 9 / 10, true),       // 10 % below: the band's edge
        (year + 1, half * 9 / 10 - 1, false),  // clearly below
        (year + 1, half * 11 / 10, true),      // 10 % above
        (year + 1, half * 11 / 10 + 1, false), // clearly above
        (year + 2, half * 81 / 100, true),     // two years: 10 % a year
        (year + 2, half * 80 / 100, false),
        (year + 100, 1, true), // far ahead: any value
    ];
    for &(y, value, assumed) in rows {
        let got = prisbasbelopp_assumed(day(y), ore(value));
        assert_eq!(got.is_some(), assumed, "{y} {value}");
        if let Some((amount, from)) = got {
            assert_eq!((amount, from), (last.value, year));
        }
    }
    // Through the engine: a court action in the next year on a claim near the line has the
    // warning on its step; one far below it has none; `costs` given, none.
    let claim_of = |amount: &str, costs: Option<&str>| {
        let mut step =
            serde_json::json!({ "kind": "courtAction", "date": format!("{}-03-01", year + 1) });
        if let Some(c) = costs {
            step["costs"] = serde_json::json!(c);
        }
        let input = serde_json::json!({
            "debtor": "business",
            "invoices": [{ "number": "1", "amount": amount, "issueDate": format!("{}-01-02", year + 1), "dueDate": format!("{}-01-12", year + 1) }],
            "steps": [step]
        });
        inkasso::input::read::<inkasso::input::ClaimInput, _>(input)
            .and_then(inkasso::input::ClaimInput::into_claim)
            .expect("claim")
    };
    let as_of = day(year + 1);
    let codes = |claim: &inkasso::Claim| -> Vec<(WarningCode, String)> {
        inkasso::statement(claim, &inkasso::StatementOptions::new(as_of))
            .expect("statement")
            .warnings
            .iter()
            .filter(|w| w.code == WarningCode::PrisbasbeloppAssumed)
            .map(|w| (w.code, inkasso::text::warning(w).en))
            .collect()
    };
    let near = codes(&claim_of("29000.00", None));
    assert_eq!(near.len(), 1, "{near:?}");
    assert!(
        near[0]
            .1
            .contains(&format!("half the prisbasbelopp for {}", year + 1)),
        "{near:?}"
    );
    assert!(codes(&claim_of("5000.00", None)).is_empty());
    assert!(codes(&claim_of("29000.00", Some("900.00"))).is_empty());
}

#[test]
fn no_prisbasbelopp_warning_on_a_court_action_that_charges_no_fee() {
    use inkasso::warning::WarningCode;
    let of = |issue: &str, due: &str, steps: serde_json::Value| {
        let input = serde_json::json!({
            "debtor": "business",
            "lateFee": false,
            "invoices": [{ "number": "1", "amount": "29000.00", "issueDate": issue, "dueDate": due }],
            "steps": steps
        });
        inkasso::input::read::<inkasso::input::ClaimInput, _>(input)
            .and_then(inkasso::input::ClaimInput::into_claim)
            .expect("claim")
    };
    let warned = |claim: &inkasso::Claim, as_of: &str| -> Vec<String> {
        let as_of = inkasso::calendar::parse_date(as_of).expect("date");
        inkasso::statement(claim, &inkasso::StatementOptions::new(as_of))
            .expect("statement")
            .warnings
            .iter()
            .filter(|w| w.code == WarningCode::PrisbasbeloppAssumed)
            .filter_map(|w| w.field())
            .collect()
    };
    // The second court action charges no fee (one per case); one before the due date none.
    let two = of(
        "2027-01-11",
        "2027-02-10",
        serde_json::json!([
            { "kind": "courtAction", "date": "2027-04-01" },
            { "kind": "courtAction", "date": "2027-05-03" }
        ]),
    );
    let early = of(
        "2090-01-11",
        "2090-02-10",
        serde_json::json!([{ "kind": "courtAction", "date": "2090-02-01" }]),
    );
    assert_eq!(warned(&two, "2027-06-01"), ["steps[0]"]);
    assert!(warned(&early, "2090-06-01").is_empty());
}

/// Räntelagen 4 §, an invoice without a due date fixed in advance: due "en månad" after it
/// until 2002-06-30, "trettio dagar" from 2002-07-01 (SFS 2002:352), chosen by the invoice's
/// date. A reminder on day 31 of a May invoice is then not yet overdue before 2002-07-01.
#[test]
fn invoice_without_due_date_waits_a_month_before_2002_07_01_and_30_days_after() {
    use inkasso::params::{due_without_agreed_date, Span, WAIT_FOR_INTEREST_WITHOUT_DUE_DATE};
    for (issued, due) in [
        ("2001-05-01", "2001-06-01"),
        ("2001-01-31", "2001-02-28"), // no 31 February: the month's last day (lag 1930:173 1 §)
        ("2000-01-31", "2000-02-29"),
        ("2002-05-15", "2002-06-15"), // 30 days would be 06-14
        ("2002-06-30", "2002-07-30"),
        ("2002-07-01", "2002-07-31"), // one month would be 08-01
        ("2025-05-01", "2025-05-31"),
    ] {
        assert_eq!(
            due_without_agreed_date(common::date(issued)).expect(issued),
            common::date(due),
            "{issued}"
        );
    }
    assert_eq!(
        WAIT_FOR_INTEREST_WITHOUT_DUE_DATE.last().map(|p| p.value),
        Some(Span::Days(30))
    );
    let reminder_on = |issued: &str, reminder: &str| {
        common::ok(json!({
            "debtor": "consumer",
            "reminderFeeAgreed": true,
            "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": issued }],
            "steps": [{ "kind": "reminder", "date": reminder }],
            "asOf": reminder,
        }))
    };
    // 2001-05-01 + one month = Friday 2001-06-01, the due date: a reminder that day earns nothing
    let s = reminder_on("2001-05-01", "2001-06-01");
    assert!(s.fee_lines.is_empty(), "{:?}", s.fee_lines);
    assert!(common::has_warning(
        &s,
        inkasso::warning::WarningCode::NotOverdue,
        Some("steps[0]")
    ));
    // the next bank day, Monday 2001-06-04, is past it: 50 kr (SFS 2003:294's amounts, 1996:938's row)
    let s = reminder_on("2001-05-01", "2001-06-04");
    assert_eq!(s.fee_lines.len(), 1);
    assert_eq!(s.fees, inkasso::Money::kr(50));
    // from 2002-07-01, 30 days: 2025-05-01 is due Saturday 05-31, moved to Monday 06-02
    let s = reminder_on("2025-05-01", "2025-06-02");
    assert!(s.fee_lines.is_empty());
    let s = reminder_on("2025-05-01", "2025-06-03");
    assert_eq!(s.fees, inkasso::Money::kr(60));
}
