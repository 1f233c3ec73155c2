//! The TypeScript types of the JS API, appended to the generated `inkasso.d.ts`. They describe
//! the plain objects that go in and come out; `tests/ts/` checks them with `tsc --strict`.

use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** An amount in kronor: a decimal string with at most two decimals (`"12500.00"`). Finite
 * numbers with at most two decimals are accepted as input and converted exactly. */
export type MoneyInput = string | number;
/** An amount in kronor as output: always a string with two decimals (`"60.00"`). */
export type Money = string;
/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;
/** A percentage with two decimals (`"12.00"` means 12 %). */
export type Percent = string;
/** A text in Swedish and English. */
export interface Text { sv: string; en: string }

/** Who owes: decides förseningsersättning (lag 1981:739 4 a §) and limitation. */
export type DebtorKind = "consumer" | "business" | "public";
/** What a creditor did: betalningspåminnelse, inkassokrav, amorteringsplan,
 * ansökan om betalningsföreläggande, ansökan om verkställighet. */
export type StepKind = "reminder" | "collectionDemand" | "paymentPlan" | "paymentOrder" | "enforcement";
/** How days are weighed for interest (default `"actual/actual"`). */
export type DayCount = "actual/actual" | "actual/365" | "30/360";
/** How sure the rate table is of a referensränta. */
export type RateStatus = "confirmed" | "derived" | "provisional";

/** One invoice (one debt). Without `dueDate`, interest runs 30 days after `issueDate`
 * (räntelagen 4 §). */
export interface Invoice {
  number: string;
  amount: MoneyInput;
  issueDate: IsoDate;
  dueDate?: IsoDate | null;
}
/** A step already taken, on the day it was sent or filed. */
export interface Step { kind: StepKind; date: IsoDate }
/** A payment from the debtor, on the day the creditor had the money. */
export interface Payment { date: IsoDate; amount: MoneyInput }

/** A claim: the invoices one reminder or one demand covers, against one debtor. */
export interface Claim {
  debtor: DebtorKind;
  /** A påminnelseavgift was agreed at the latest when the debt arose (default false). */
  reminderFeeAgreed?: boolean;
  /** Claim förseningsersättning from a business or public debtor (default true). */
  lateFee?: boolean;
  dayCount?: DayCount;
  /** Move a due date off weekends and holidays (default true). */
  shiftDueDate?: boolean;
  /** An agreed dröjsmålsränta in percent, replacing referensränta + 8. */
  agreedRate?: string | number | null;
  invoices: Invoice[];
  steps?: Step[];
  payments?: Payment[];
}

/** A caller-supplied half-year of referensränta (extends or replaces the embedded table). */
export interface RateRowInput {
  /** `YYYY-01-01` or `YYYY-07-01`. */
  from: IsoDate;
  percent: string | number;
  status?: RateStatus;
  source?: string;
}
/** Options of `referenceRate` and `referenceRates`. */
export interface RatesOptions { rates?: RateRowInput[] }
/** Options of `statement` and `statementMany`. */
export interface StatementOptions {
  /** The statement date: what settles the claim if paid that day. */
  asOf: IsoDate;
  rates?: RateRowInput[];
  /** A day the rate table does not cover is an error instead of a warning (default false). */
  strictRates?: boolean;
}

/** One line of dröjsmålsränta: one invoice, one base, one rate, a run of days. */
export interface InterestLine {
  invoice: string;
  from: IsoDate;
  to: IsoDate;
  days: number;
  yearDays: number;
  base: Money;
  rate: Percent;
  referenceRate: Percent | null;
  amount: Money;
  rule: string;
  explanation: Text;
}
export type FeeKind =
  | "reminderFee" | "collectionFee" | "paymentPlanFee" | "lateFee"
  | "paymentOrderFee" | "paymentOrderCompensation" | "enforcementFee";
/** One fee charged to the debtor, with the statute that allows it. */
export interface FeeLine {
  kind: FeeKind;
  date: IsoDate;
  amount: Money;
  /** The invoice (förseningsersättning is per invoice). */
  invoice?: string;
  /** The index in `claim.steps` of the step that earned it. */
  step?: number;
  rule: string;
  explanation: Text;
}
/** How one payment was allocated: fees, then interest, then capital; the rest is a credit. */
export interface Allocation {
  payment: number;
  date: IsoDate;
  amount: Money;
  fees: Money;
  interest: Money;
  capital: Money;
  credit: Money;
}
/** Where one invoice stands on the statement date. */
export interface InvoiceStatus {
  number: string;
  effectiveDueDate: IsoDate;
  interestFrom: IsoDate;
  capital: Money;
  interest: Money;
}
export type WarningCode =
  | "PROVISIONAL_RATE" | "RATE_NOT_COVERED" | "REMINDER_FEE_NOT_AGREED" | "FEE_ALREADY_CHARGED"
  | "NOT_OVERDUE" | "FEE_ABSORBED_BY_LATE_FEE" | "FEE_NOT_COVERED" | "NO_LATE_FEE"
  | "AFTER_AS_OF" | "OVERPAID";
/** A non-fatal finding. */
export interface Warning {
  code: WarningCode;
  /** The input field it concerns, e.g. `steps[1]`. */
  field?: string;
  /** The half-year it concerns (rate warnings), e.g. `2026-H2`. */
  halfYear?: string;
  text: Text;
}
/** The statement of a claim on a date. */
export interface Statement {
  asOf: IsoDate;
  capital: Money;
  interest: Money;
  fees: Money;
  /** capital + interest + fees: what settles the claim if paid on `asOf`. */
  total: Money;
  /** Overpaid, owed back to the debtor. */
  credit: Money;
  /** Interest of the next day on the capital outstanding. */
  perDiem: Money;
  interestLines: InterestLine[];
  feeLines: FeeLine[];
  allocations: Allocation[];
  invoices: InvoiceStatus[];
  warnings: Warning[];
}

/** The referensränta and dröjsmålsränta in force on a date. */
export interface ReferenceRate {
  date: IsoDate;
  halfYear: string;
  validFrom: IsoDate;
  validTo: IsoDate;
  referenceRate: Percent;
  latePaymentRate: Percent;
  status: RateStatus;
  source: string;
  rule: string;
}
/** One half-year of the rate table. */
export interface ReferenceRateRow {
  from: IsoDate;
  to: IsoDate;
  halfYear: string;
  referenceRate: Percent;
  latePaymentRate: Percent;
  status: RateStatus;
  source: string;
}
/** A named Swedish day off. */
export interface Holiday {
  date: IsoDate;
  nameSv: string;
  nameEn: string;
  kind: "publicHoliday" | "treatedAsHoliday";
}

export type ErrorCode =
  | "INVALID_TYPE" | "UNKNOWN_FIELD" | "MISSING_FIELD" | "UNKNOWN_VARIANT" | "INVALID_AMOUNT"
  | "AMOUNT_OUT_OF_RANGE" | "INVALID_DATE" | "DATE_OUT_OF_RANGE" | "INVALID_RATE" | "NO_INVOICES"
  | "TOO_MANY_ITEMS" | "INVALID_INVOICE_NUMBER" | "DUPLICATE_INVOICE_NUMBER" | "DUE_BEFORE_ISSUE"
  | "PAYMENT_BEFORE_ISSUE" | "STEP_BEFORE_ISSUE" | "AS_OF_BEFORE_ISSUE" | "INVALID_RATE_TABLE"
  | "RATE_NOT_COVERED" | "FEE_NOT_COVERED" | "INVALID_POLICY" | "OVERFLOW";
/** What every function throws on bad input: a real `Error`. */
export interface InvoicingError extends Error {
  name: "InvoicingError";
  code: ErrorCode;
  /** The path of the offending input field (`invoices[0].amount`), or null. */
  field: string | null;
}
"#;
