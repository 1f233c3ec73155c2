//! The TypeScript types of the JS API, appended to the generated `inkasso.d.ts`. They describe
//! the plain objects that go in and come out. `tests/js/types.test.mjs` checks them: the real
//! output of every function must satisfy them under `tsc --strict`, in every module mode.
//!
//! Every optional property of an input type (`Claim` and its parts, the options, `PolicyInput`,
//! `PlanInput`, `RateRowInput`) is written `field?: T | null | undefined`: the package reads
//! `undefined` and `null` as absent (a policy's stage: `null` removes it), and under
//! `exactOptionalPropertyTypes` a bare `field?: T` would refuse `undefined`. Result
//! types keep `field?: T`: a result leaves an optional field out, never holds it as `undefined`.
//! `tests/js/undefined-inputs.ts` checks both over every function's parameters and results.

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
export type StepKind =
  | "reminder" | "collectionDemand" | "finalNotice" | "paymentPlan" | "paymentOrder"
  | "dispute" | "courtAction" | "judgment" | "enforcement" | "surveillance";
/** How days are weighed for interest (default `"actual/actual"`). */
/** `"30/360"` is 30E/360 (a 31st counts as the 30th). */
export type DayCount = "actual/actual" | "actual/365" | "30/360";
/** How sure the rate table is of a referensränta. `"assumed"`: not published yet, the last
 * known half-year's carried forward by a timeline, a check or a plan (a statement assumes none
 * of its own, only a row the caller's `rates` marks `"assumed"`). */
export type RateStatus = "confirmed" | "derived" | "provisional" | "assumed";

/** One invoice (one debt). Without `dueDate`, interest runs 30 days after `issueDate`
 * (räntelagen 4 §; one month for an invoice dated before 2002-07-01). */
export interface Invoice {
  number: string;
  amount: MoneyInput;
  issueDate: IsoDate;
  dueDate?: IsoDate | null | undefined;
  /** A fixed dröjsmålsränta agreed for this invoice, percent (replaces the claim's terms). */
  agreedRate?: string | number | null | undefined;
  /** An agreed margin over the referensränta for this invoice, percentage points ("referensränta
   * + 10 procentenheter": `"10"`). Not together with `agreedRate`. */
  agreedMargin?: string | number | null | undefined;
  /** The rate the debt carried when it fell due (a loan's interest), percent: räntelagen 7 §
   * continues it after the due date, never below referensränta + 8 (6 §). Above 0 and at most
   * 100, with at most two decimals; needs `dueDate`. Not together with `agreedRate` or
   * `agreedMargin`, on the invoice or the claim. */
  rateAtDueDate?: string | number | null | undefined;
  /** What the invoice is for ("Konsulttjänster maj 2025"): one line of 1 to 200 characters,
   * no `{` or `}`; the basis of the claim an inkassokrav states (inkassolagen 5 §). Without it
   * an inkassokrav letter asks for the `{claimBasis}` placeholder. */
  description?: string | null | undefined;
}
/** A step already taken, on the day it was sent or filed, with what it said. A field of one
 * kind's step given on another kind's is `UNKNOWN_FIELD`; `StepByKind` is the same input typed
 * by kind, for the compiler to refuse such a field. */
export interface Step {
  kind: StepKind;
  date: IsoDate;
  /** Only for a `reminder`, `collectionDemand` or `finalNotice` (`UNKNOWN_FIELD` on another
   * kind): the payment term the letter gave, in whole days (0 … 3650); used for its deadline
   * and checked against the 8-day minimum of an inkassokrav. */
  paymentTermDays?: number | null | undefined;
  /** `false`: the step claimed no fee (a fee-free reminder is lawful whatever was agreed). */
  fee?: boolean | null | undefined;
  /** Costs no statute fixes: a `judgment`'s litigation costs (rättegångskostnader) beyond the
   * fees the claim already charges (the tingsrätt's fee, Kronofogden's in a transferred case),
   * or the ansökningsavgift of a `courtAction` where it differs from the table's. Only those
   * kinds. */
  costs?: MoneyInput | null | undefined;
  /** Only for an `enforcement`: `true` when it is a further year of the verkställighet under
   * way (one more grundavgift), not a new application. It renews every verkställighet still
   * under way (applied for, and renewed within each year up to it) and rests on their titles,
   * not on a judgment given since; one with no verkställighet before it counts as the
   * application. A timeline entry says `furtherYear: true` where it projects one. */
  furtherYear?: boolean | null | undefined;
  /** Only for a `dispute`: the day it ended without a judgment (återkallat bestridande: the
   * debtor withdrew it or accepted the claim). From that day neither it nor a dispute
   * recorded before it stands: the creditor may demand the claim again and apply for a
   * betalningsföreläggande. On or after the dispute; not for the objection to a
   * betalningsföreläggande (`INVALID_WITHDRAWAL`). Not read as an acknowledgement that
   * interrupts preskription. */
  withdrawn?: IsoDate | null | undefined;
  /** Only for a `dispute`: `true` when the creditor judged the objection groundless (an
   * osaklig invändning: no factual ground given, such as only refusing to pay, pleading
   * inability to pay or a counterclaim). It never stands: the road goes on as if it had not
   * been made (god inkassosed stops collection only for an objection with a factual ground;
   * the judgment is the creditor's, to verify). Not for the debtor's objection to a
   * betalningsföreläggande (`INVALID_DISPUTE`). Its `withdrawn` ends no other dispute.
   * `true` on another kind of step is `UNKNOWN_FIELD`. */
  groundless?: boolean | null | undefined;
  /** Only for a `paymentPlan`: the day the plan ended before it was paid (an instalment
   * missed, or cancelled). Legal action from that day is not during the plan; before it, with
   * the debtor paying, it is `LEGAL_ACTION_DURING_PLAN` as an error. On or after the plan's
   * day (`INVALID_PLAN`). */
  ended?: IsoDate | null | undefined;
}
/** A `Step` typed by its kind: one type for each group of kinds, told apart by `kind` (testing
 * it narrows one). A field of another kind's step, which is `UNKNOWN_FIELD` at runtime, does
 * not compile: the other kinds type it as absent (`null` or `undefined`, read as left out), or
 * `false` where `false` says nothing. Every `StepByKind` is a `Step`. */
export type StepByKind = NoticeStep | PlainStep | PaymentPlanStep | DisputeStep | CourtStep | EnforcementStep;
/** The fields every kind of step has. */
export interface StepFields {
  date: IsoDate;
  /** Only for a reminder, an inkassokrav or a final notice (`NoticeStep`). */
  paymentTermDays?: null | undefined;
  /** `false`: the step claimed no fee (a fee-free reminder is lawful whatever was agreed). */
  fee?: boolean | null | undefined;
  /** Only for a `courtAction` or a `judgment` (`CourtStep`). */
  costs?: null | undefined;
  /** Only for an `enforcement` (`EnforcementStep`). */
  furtherYear?: false | null | undefined;
  /** Only for a `dispute` (`DisputeStep`). */
  withdrawn?: null | undefined;
  /** Only for a `dispute` (`DisputeStep`). */
  groundless?: false | null | undefined;
  /** Only for a `paymentPlan` (`PaymentPlanStep`). */
  ended?: null | undefined;
}
/** A letter to the debtor with a payment term: betalningspåminnelse, inkassokrav, slutlig
 * påminnelse. */
export interface NoticeStep extends Omit<StepFields, "paymentTermDays"> {
  kind: "reminder" | "collectionDemand" | "finalNotice";
  /** The payment term the letter gave, in whole days (0 … 3650); used for its deadline and
   * checked against the 8-day minimum of an inkassokrav. Without it the timeline assumes the
   * policy's term for the kind. */
  paymentTermDays?: number | null | undefined;
}
/** A step of a kind with no fields of its own: ansökan om betalningsföreläggande,
 * efterbevakning. */
export interface PlainStep extends StepFields {
  kind: "paymentOrder" | "surveillance";
}
/** An amorteringsplan agreed with the debtor. */
export interface PaymentPlanStep extends Omit<StepFields, "ended"> {
  kind: "paymentPlan";
  /** The day the plan ended before it was paid (an instalment missed, or cancelled). Legal
   * action from that day is not during the plan; before it, with the debtor paying, it is
   * `LEGAL_ACTION_DURING_PLAN` as an error. On or after the plan's day (`INVALID_PLAN`). */
  ended?: IsoDate | null | undefined;
}
/** The debtor disputed the claim (bestridande), or objected to a betalningsföreläggande. */
export interface DisputeStep extends Omit<StepFields, "withdrawn" | "groundless"> {
  kind: "dispute";
  /** The day it ended without a judgment (återkallat bestridande: the debtor withdrew it or
   * accepted the claim). From that day neither it nor a dispute recorded before it stands: the
   * creditor may demand the claim again and apply for a betalningsföreläggande. On or after
   * the dispute; not for the objection to a betalningsföreläggande (`INVALID_WITHDRAWAL`).
   * Not read as an acknowledgement that interrupts preskription. */
  withdrawn?: IsoDate | null | undefined;
  /** `true` when the creditor judged the objection groundless (an osaklig invändning: no
   * factual ground given, such as only refusing to pay, pleading inability to pay or a
   * counterclaim). It never stands: the road goes on as if it had not been made (god
   * inkassosed stops collection only for an objection with a factual ground; the judgment is
   * the creditor's, to verify). Not for the debtor's objection to a betalningsföreläggande
   * (`INVALID_DISPUTE`). Its `withdrawn` ends no other dispute. */
  groundless?: boolean | null | undefined;
}
/** A stämningsansökan filed at the tingsrätt (`courtAction`), or its judgment (`judgment`). */
export interface CourtStep extends Omit<StepFields, "costs"> {
  kind: "courtAction" | "judgment";
  /** Costs no statute fixes: a `judgment`'s litigation costs (rättegångskostnader) beyond the
   * fees the claim already charges (the tingsrätt's fee, Kronofogden's in a transferred case),
   * or the ansökningsavgift of a `courtAction` where it differs from the table's. */
  costs?: MoneyInput | null | undefined;
}
/** An application for verkställighet at Kronofogden, or a further year of it. */
export interface EnforcementStep extends Omit<StepFields, "furtherYear"> {
  kind: "enforcement";
  /** `true` when it is a further year of the verkställighet under way (one more grundavgift),
   * not a new application. It renews every verkställighet still under way (applied for, and
   * renewed within each year up to it) and rests on their titles, not on a judgment given
   * since; one with no verkställighet before it counts as the application. A timeline entry
   * says `furtherYear: true` where it projects one. */
  furtherYear?: boolean | null | undefined;
}
/** A payment from the debtor, on the day the creditor had the money. */
export interface Payment {
  date: IsoDate;
  amount: MoneyInput;
  /** The number of the invoice the debtor paid it for (an OCR reference, a note with the
   * payment: handelsbalken 9 kap. 5 §): it pays that invoice's costs (its own
   * förseningsersättning, the fees of the steps that were about it), then its interest, then
   * its capital, and the rest of the claim in the usual order with what is left. Without it,
   * the usual order. An invoice of the claim (`UNKNOWN_INVOICE`), issued by the payment's day
   * (`PAYMENT_BEFORE_ISSUE`). */
  invoice?: string | null | undefined;
}
/** A credit note (kreditfaktura) or cancellation: it reduces invoice `invoice`'s capital from
 * `date` (interest runs on the reduced capital from that day); it is not allocated like a
 * payment and does not interrupt limitation. Together at most the invoice's amount. */
export interface CreditNote { invoice: string; date: IsoDate; amount: MoneyInput }

/** A claim: the invoices one reminder or one demand covers, against one debtor. */
export interface Claim {
  debtor: DebtorKind;
  /** A påminnelseavgift was agreed at the latest when the debt arose (default false). */
  reminderFeeAgreed?: boolean | null | undefined;
  /** Claim förseningsersättning from a business or public debtor (default true). */
  lateFee?: boolean | null | undefined;
  dayCount?: DayCount | null | undefined;
  /** Move a due date, and an instalment plan's dates, off weekends and holidays (default
   * true). */
  shiftDueDate?: boolean | null | undefined;
  /** An agreed dröjsmålsränta in percent, replacing referensränta + 8. */
  agreedRate?: string | number | null | undefined;
  /** An agreed margin over the referensränta in percentage points, replacing the statutory 8
   * (`"10"`: referensränta + 10). Not together with `agreedRate`. An invoice's own terms win. */
  agreedMargin?: string | number | null | undefined;
  invoices: Invoice[];
  steps?: Step[] | null | undefined;
  payments?: Payment[] | null | undefined;
  credits?: CreditNote[] | null | undefined;
}

/** An argument as the functions accept it: `T` with any of its arrays and objects readonly
 * (`as const` literals and frozen objects are accepted as they are). An optional field may be
 * left out or given `undefined` or `null` (the input types say `field?: T | null | undefined`). */
export type Input<T> = T extends readonly (infer U)[]
  ? readonly Input<U>[]
  : T extends object
    ? { readonly [K in keyof T]: Input<T[K]> }
    : T;

/** A caller-supplied half-year of referensränta (extends or replaces the embedded table): its
 * `from` and the referensränta as `percent`, or a row of `referenceRates()` as it is (the
 * referensränta as `referenceRate`; its `to`, `halfYear` and `latePaymentRate` are checked
 * against the row, `INVALID_RATE_TABLE` at the field that disagrees). */
export type RateRowInput = RateRowByPercent | RateRowAsRead;
/** A rate row with its referensränta as `percent`. */
export interface RateRowByPercent extends RateRowFields {
  /** The referensränta in percent: from 2002-07-01 a whole half percentage point (the policy
   * rate rounded up, räntelagen 9 §), else `INVALID_RATE`. */
  percent: string | number;
  referenceRate?: null | undefined;
}
/** A rate row as `referenceRates()` gives it: the referensränta as `referenceRate`. */
export interface RateRowAsRead extends RateRowFields {
  /** The referensränta in percent, as `percent` is read. */
  referenceRate: string | number;
  percent?: null | undefined;
}
/** The fields every rate row may have. */
export interface RateRowFields {
  /** `YYYY-01-01` or `YYYY-07-01`. */
  from: IsoDate;
  /** Default `"confirmed"`; `"assumed"` marks a guess (its lines and valuations say `assumed`). */
  status?: RateStatus | null | undefined;
  /** One line of 1 to 200 characters. Default `"caller"`. */
  source?: string | null | undefined;
  /** The half-year's last day (checked). */
  to?: IsoDate | null | undefined;
  /** The half-year, `2027-H1` (checked). */
  halfYear?: string | null | undefined;
  /** referensränta + 8 (checked). */
  latePaymentRate?: string | number | null | undefined;
}
/** Options of `referenceRate` and `referenceRates`. */
export interface RatesOptions { rates?: RateRowInput[] | null | undefined }
/** Options of `totals`. */
export interface TotalsOptions {
  rates?: RateRowInput[] | null | undefined;
  /** A day the rate table does not cover is an error instead of a warning (default false). */
  strictRates?: boolean | null | undefined;
}
/** What `totals` answers for one date: the amounts of a summary statement on that date. */
export interface Totals {
  asOf: IsoDate;
  capital: Money;
  interest: Money;
  fees: Money;
  /** What settles the claim if paid that day. */
  total: Money;
  /** Overpaid, owed back to the debtor: never set off against `total`. */
  credit: Money;
  perDiem: Money;
  /** The rate table does not cover a half-year of the interest through `asOf` or of the per
   * diem: that interest is left out (the statement's `RATE_NOT_COVERED` warning), of `total`
   * when the half-year starts by `asOf`, of `perDiem` alone (the part of the invoices that
   * need the table) when only the next day is past the table. Pass the missing `rates`. */
  rateNotCovered: boolean;
  /** A row of `rates` marked `status: "assumed"` gave the referensränta of some of this
   * interest or of the per diem (the statement's `RATE_ASSUMED` warning). */
  assumed: boolean;
  /** A row marked `status: "provisional"` (the embedded table's newest half-year until the
   * Riksbank's notice confirms it, or a caller's row) gave the referensränta of some of this
   * interest or of the per diem (the statement's `PROVISIONAL_RATE` warning): check the
   * figures once it is confirmed. */
  provisional: boolean;
  /** The numbers of the invoices with capital unpaid on `asOf` that are time-barred on it
   * (preskriptionslagen: their period ended before `asOf`, with the payments and steps up to
   * it), in the claim's order: the invoices of a statement's `TIME_BARRED` warnings on that
   * date. Empty when none is. */
  timeBarred: string[];
}
/** Options of `statement` and `statementMany`. */
export interface StatementOptions {
  /** The statement date: what settles the claim if paid that day. */
  asOf: IsoDate;
  rates?: RateRowInput[] | null | undefined;
  /** A day the rate table does not cover is an error instead of a warning (default false). */
  strictRates?: boolean | null | undefined;
  /** `"full"` (default): every interest line with its explanation. `"summary"`: the same
   * figures, fee lines, allocations and invoices, but `interestLines` is empty; far faster
   * and smaller, for pricing many claims with `statementMany`. */
  detail?: "full" | "summary" | null | undefined;
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
  /** Present (`true`) when the rate is assumed: a half-year the Riksbank has not published,
   * given by a row of the caller's `rates` marked `"assumed"` (a statement assumes none of its
   * own; a timeline's valuations carry their own `assumed`). */
  assumed?: true;
  explanation: Text;
}
export type FeeKind =
  | "reminderFee" | "collectionFee" | "paymentPlanFee" | "lateFee"
  | "paymentOrderFee" | "paymentOrderCompensation" | "enforcementFee" | "courtFee"
  | "courtTransferFee" | "courtCosts";
/** One fee charged to the debtor, with the statute that allows it. */
export interface FeeLine {
  kind: FeeKind;
  date: IsoDate;
  amount: Money;
  /** What is unpaid of it on `asOf`. Payments pay the fees first, the oldest first; one made
   * for an invoice pays that invoice's costs, interest and capital first, and only then the
   * other fees. The lines' `unpaid` sum to `fees`. */
  unpaid: Money;
  /** The invoice (förseningsersättning is per invoice). */
  invoice?: string;
  /** The index in `claim.steps` of the step that earned it. */
  step?: number;
  rule: string;
  explanation: Text;
}
/** How one payment was allocated: fees, then interest, then capital (a payment made for one
 * invoice: that invoice's costs, interest and capital first); the rest is a credit. */
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
  | "PROVISIONAL_RATE" | "RATE_NOT_COVERED" | "RATE_ASSUMED" | "REMINDER_FEE_NOT_AGREED" | "FEE_ALREADY_CHARGED"
  | "NOT_OVERDUE" | "FEE_ABSORBED_BY_LATE_FEE" | "FEE_NOT_COVERED" | "NO_LATE_FEE"
  | "AFTER_AS_OF" | "OVERPAID" | "CLAIM_SETTLED" | "TIME_BARRED" | "LIMITATION_BEFORE_RECEIPT" | "PROJECTION_ADJUSTED"
  | "AGREED_RATE_BELOW_STATUTORY" | "CREDIT_EXCEEDS_CAPITAL" | "CREDITED_AFTER_DUE" | "BEYOND_LAST_DATE" | "PRISBASBELOPP_ASSUMED"
  | "ENFORCEMENT_CONTINUES" | "FEE_NOT_RECOVERABLE" | "PAYMENT_ORDER_DISPUTED" | "COURT_CASE_PENDING"
  | "PLAN_ENDED" | "DEMAND_DURING_PLAN" | "DEMAND_BEFORE_REMINDER_DEADLINE" | "LATE_FEE_DURING_PLAN"
  | "AWAITS_COURT" | "TRANSFER_REQUEST_LATE" | "FEE_WAIVED_BY_POLICY" | "UNPAID_UNDER_MINIMUM";
/** A non-fatal finding. */
export interface Warning {
  code: WarningCode;
  /** The field it concerns: an input field, e.g. `steps[1]`, `perDiem` for the per diem, or
   * `plan` for an instalment plan's own fee and instalments. */
  field?: string;
  /** The half-year it concerns (rate warnings), e.g. `2026-H2`; the first of a run. */
  halfYear?: string;
  /** A `RATE_NOT_COVERED` or `RATE_ASSUMED` about a run of consecutive half-years (one
   * warning, not one each): the run's last, e.g. `2040-H2`. */
  throughHalfYear?: string;
  text: Text;
}
/** The statement of a claim on a date. */
export interface Statement {
  asOf: IsoDate;
  /** The capital unpaid on `asOf` (after payments and credit notes). */
  capital: Money;
  /** The interest unpaid on `asOf`: what accrued less what payments paid of it (the interest
   * accrued over the claim's life is the sum of `interestLines` in full detail). */
  interest: Money;
  /** The fees unpaid on `asOf`: the sum of the `feeLines`' `unpaid`. */
  fees: Money;
  /** capital + interest + fees: what settles the claim if paid on `asOf` (too little while a
   * `RATE_NOT_COVERED` warning of a half-year says interest of those days is left out). */
  total: Money;
  /** Overpaid, owed back to the debtor (perhaps not, while interest of days the table does not
   * cover is left out: the `OVERPAID` warning's text then says so). Never set off against
   * `total`: with both, the debtor owes `total` and is owed `credit`. */
  credit: Money;
  /** Interest of the next day on the capital outstanding, rounded once: not always the exact
   * rise of `total` to the next day (each interest line is rounded on its own, so that can be an
   * öre more or less per invoice); ask `totals` for a later date's figure. */
  perDiem: Money;
  /** Empty when `detail` is `"summary"`. */
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

/** Choices shared by the escalation stages: days counted from the previous deadline. */
export interface StageInput { daysAfter?: number | null | undefined; paymentTermDays?: number | null | undefined }
/** An escalation policy: a preset, optionally overridden field by field (`null` removes a stage).
 * A complete `Policy` (one of `presets()`, changed or not) can be passed back as it is. */
export interface PolicyInput {
  /** A `Policy`'s id, checked but never read: it must be the preset's (`preset`, default
   * `"standard"`) or `"custom"`. Choose the preset with `preset`. */
  id?: string | null | undefined;
  /** A `Policy`'s name, not read. */
  name?: { sv?: string | null | undefined; en?: string | null | undefined } | null | undefined;
  /** A `Policy`'s description, not read. */
  description?: { sv?: string | null | undefined; en?: string | null | undefined } | null | undefined;
  preset?: PresetId | null | undefined;
  reminder?: { daysAfterDue?: number | null | undefined; paymentTermDays?: number | null | undefined; channel?: "letter" | "email" | "sms" | null | undefined } | null | undefined;
  /** A second reminder (no fee once the first earned one: one påminnelseavgift per claim), `daysAfter` the first one's
   * deadline; `{}` adds it with 5 and 10 days. Needs `reminder`. */
  secondReminder?: StageInput | null | undefined;
  collectionDemand?: StageInput | null | undefined;
  finalNotice?: StageInput | null | undefined;
  paymentOrder?: { daysAfter?: number | null | undefined } | null | undefined;
  /** `assumedDecisionDays`: an assumed handling time at Kronofogden until a decision. */
  enforcement?: { assumedDecisionDays?: number | null | undefined; daysAfterDecision?: number | null | undefined } | null | undefined;
  /** The court path, projected once a `dispute` step is taken: a stämningsansökan
   * `daysAfterDispute` (default 14) after it, a judgment an assumed `assumedJudgmentDays`
   * (default 120) later, then verkställighet. `{}` adds it; it needs `enforcement`
   * (`INVALID_POLICY` at `policy.court` without). */
  court?: { daysAfterDispute?: number | null | undefined; assumedJudgmentDays?: number | null | undefined } | null | undefined;
  /** An amorteringsplan instead of Kronofogden, `daysAfter` (default 5) the last deadline:
   * `count` (default 6) instalments every `intervalMonths` (default 1); the timeline carries
   * its schedule in `plan` and projects nothing after it. `{}` adds it. */
  paymentPlan?: { daysAfter?: number | null | undefined; count?: number | null | undefined; intervalMonths?: number | null | undefined } | null | undefined;
  /** Efterbevakning `daysAfterEnforcement` (default 90) after verkställighet. Needs `enforcement`. */
  surveillance?: { daysAfterEnforcement?: number | null | undefined } | null | undefined;
  /** The fees the creditor charges. `interestOnFees` and `feesOnTopOfLateFee` describe a
   * practice for `check` to flag; the timeline follows the law and never applies them. */
  fees?: { reminderFee?: boolean | null | undefined; collectionFee?: boolean | null | undefined; lateFee?: boolean | null | undefined; interestOnFees?: boolean | null | undefined; feesOnTopOfLateFee?: boolean | null | undefined } | null | undefined;
}
export type PresetId = "standard" | "smsReminder" | "reminderDemandFinalNotice" | "remindersOnly" | "lawfulMinimum";
/** A complete policy, as `presets()` lists them. */
export interface Policy {
  /** The preset id, or `"custom"` when a preset was overridden. */
  id: PresetId | "custom";
  preset: PresetId;
  name: Text;
  description: Text;
  reminder: { daysAfterDue: number; paymentTermDays: number; channel: "letter" | "email" | "sms" } | null;
  secondReminder: { daysAfter: number; paymentTermDays: number } | null;
  collectionDemand: { daysAfter: number; paymentTermDays: number } | null;
  finalNotice: { daysAfter: number; paymentTermDays: number } | null;
  paymentOrder: { daysAfter: number } | null;
  enforcement: { assumedDecisionDays: number; daysAfterDecision: number } | null;
  court: { daysAfterDispute: number; assumedJudgmentDays: number } | null;
  paymentPlan: { daysAfter: number; count: number; intervalMonths: number } | null;
  surveillance: { daysAfterEnforcement: number } | null;
  fees: { reminderFee: boolean; collectionFee: boolean; lateFee: boolean; interestOnFees: boolean; feesOnTopOfLateFee: boolean };
}
/** Options of `timeline`. */
export interface TimelineOptions {
  /** Projected steps are never dated before this day, nor on or before the last recorded
   * step's (but for the further years of a taken verkställighet, each a year to the day after
   * the last grundavgift), and without a `horizon` `final` is valued no earlier. */
  today?: IsoDate | null | undefined;
  /** The day `final` is valued on (even before the last entry or the due date), and how far
   * the further years of enforcement go: one more grundavgift is projected for each year up to
   * it. The escalation's steps are projected whatever it is. Default: `final` on the later of
   * `today` and the last entry's deadline (its date when it sets none), further years of
   * enforcement up to that day. */
  horizon?: IsoDate | null | undefined;
  rates?: RateRowInput[] | null | undefined;
  /** Default false: half-years beyond the rate table are assumed at the last known
   * referensränta (marked `assumed`). True: such a day is an error, as in a strict statement. */
  strictRates?: boolean | null | undefined;
}
export type EntryKind =
  | "due" | "reminder" | "collectionDemand" | "finalNotice" | "paymentPlan" | "paymentOrder"
  | "dispute" | "courtAction" | "judgment" | "enforcement" | "surveillance";
/** What settles the claim if paid on `asOf`, and any `credit` owed back to the debtor
 * (payments and credit notes beyond the claim, as a statement's `credit`). `assumed`: an
 * assumed referensränta (a half-year not published yet, the last known one carried forward)
 * gave some of the interest or the per diem; `provisional`: a row whose status is
 * `"provisional"` did (the timeline's `RATE_ASSUMED` and `PROVISIONAL_RATE` warnings). */
export interface Valuation { asOf: IsoDate; capital: Money; interest: Money; fees: Money; total: Money; credit: Money; perDiem: Money; assumed?: true; provisional?: true }
/** One entry of the timeline: the due date (`status: "fact"`, `kind: "due"`) or a step taken
 * (in `claim.steps`) or projected (by the policy), whose `kind` is a `StepKind`. Testing
 * `status` narrows it: `entries.filter((e) => e.status === "projected")` gives
 * `TimelineProjectedEntry[]` (TypeScript 5.5 or later), whose `kind` a `Step` takes as it is. */
export type TimelineEntry = TimelineDueEntry | TimelineTakenEntry | TimelineProjectedEntry;
/** The claim's due date (`Timeline.dueDate`). Entries are in date order, so it comes first
 * unless a step was taken before it (an earlier invoice already reminded): find it by
 * `kind === "due"`, not by position. */
export interface TimelineDueEntry extends TimelineEntryFields {
  kind: "due";
  status: "fact";
  /** The due date itself (moved off a day off, as `date`). */
  deadline: IsoDate;
}
/** A step the claim records (in `claim.steps`, at index `step`). */
export interface TimelineTakenEntry extends TimelineEntryFields {
  kind: StepKind;
  status: "taken";
  /** Its index in `claim.steps`. */
  step: number;
}
/** A step the policy projects. */
export interface TimelineProjectedEntry extends TimelineEntryFields {
  kind: StepKind;
  status: "projected";
  /** The step to push onto `claim.steps` once it is done (as `Letter.step` records a letter):
   * its kind and date, `paymentTermDays` (the term as sent, to `deadlineMovedFrom` or else
   * `deadline`), `furtherYear: true` on a further year of verkställighet, and `fee: false`
   * where the entry charges no fee of a kind that has one (a fee the policy waives included,
   * which `letter` charges; not where förseningsersättning absorbed it, unless the policy
   * charges fees on top of it; never on a judgment: add the `costs` it awards). */
  record: EntryRecord;
}
/** A projected entry as the step to record (`TimelineProjectedEntry.record`); a `Step` as it
 * is, and a `StepByKind` of its kind: `paymentTermDays` only on a letter to the debtor,
 * `furtherYear` only on a verkställighet. */
export type EntryRecord =
  | { kind: "reminder" | "collectionDemand" | "finalNotice"; date: IsoDate; paymentTermDays?: number; fee?: false }
  | { kind: "enforcement"; date: IsoDate; fee?: false; furtherYear?: true }
  | { kind: "paymentPlan" | "paymentOrder" | "dispute" | "courtAction" | "judgment" | "surveillance"; date: IsoDate; fee?: false };
/** The fields every timeline entry has. */
export interface TimelineEntryFields {
  kind: EntryKind;
  /** `fact` (the due date), `taken` (in `claim.steps`) or `projected` (by the policy). */
  status: "fact" | "taken" | "projected";
  /** The index in `claim.steps` of a taken step. */
  step?: number;
  date: IsoDate;
  /** The payment deadline, moved off weekends and holidays; null for the steps that set the
   * debtor none (Kronofogden's and the court's). */
  deadline: IsoDate | null;
  /** The deadline before it was moved, when it was. */
  deadlineMovedFrom?: IsoDate;
  /** `true` on a verkställighet that is a further year of the one under way (one more
   * grundavgift), not a new application; record it as a step with `furtherYear: true`. */
  furtherYear?: true;
  /** On a taken `dispute` recorded with `withdrawn`: the day it was withdrawn (the road goes
   * on from it). */
  withdrawn?: IsoDate;
  /** On a taken `dispute` recorded `groundless: true`: it does not stop the road. */
  groundless?: true;
  /** On a `judgment`: which title it is, when the steps say (a dom after a `courtAction` or a
   * disputed `paymentOrder`, or after another judgment with no `paymentOrder` since, or after
   * a `dispute` standing with neither; Kronofogden's utslag after a
   * `paymentOrder` not disputed); absent when nothing recorded says which. */
  title?: "dom" | "utslag";
  fees: { kind: FeeKind; date: IsoDate; amount: Money; invoice?: string; rule: string }[];
  /** What settles the claim if paid on the deadline (or on the date, without one). */
  ifPaid: Valuation;
  notes: Warning[];
  text: Text;
}
/** The escalation timeline of a claim under a policy. */
export interface Timeline {
  /** The policy's id: its preset's, or `"custom"` when a preset was overridden. */
  policy: PresetId | "custom";
  /** The claim's due date: the latest effective due date of its invoices, leaving out one
   * credited in full and one that payments made for it (`invoice` on a payment) paid in full
   * by its due date (it never fell due unpaid); the latest of all when that leaves none. */
  dueDate: IsoDate;
  entries: TimelineEntry[];
  /** What is owed if nothing is paid: on `horizon` when given (even before `today` or the last
   * entry), else on the later of `today` and the last entry's deadline (or date). */
  final: Valuation;
  warnings: Warning[];
  /** The schedule of the amorteringsplan the policy projects (`paymentPlan`), if any. */
  plan?: Schedule;
}
export type FindingCode =
  | "COLLECTION_DEMAND_NOT_OVERDUE" | "COLLECTION_TERM_TOO_SHORT" | "REMINDER_FEE_NOT_AGREED"
  | "FEE_CHARGED_TWICE" | "FEE_ON_TOP_OF_LATE_FEE" | "INTEREST_ON_FEES"
  | "PAYMENT_ORDER_BEFORE_DEADLINE" | "PAYMENT_ORDER_WITHOUT_DEMAND" | "PAYMENT_ORDER_AFTER_DISPUTE"
  | "PAYMENT_ORDER_ON_INVALID_DEMAND" | "KRONOFOGDEN_WITHOUT_DEBT" | "ENFORCEMENT_WITHIN_A_YEAR" | "ENFORCEMENT_WITHOUT_TITLE" | "FURTHER_YEAR_WITHOUT_APPLICATION"
  | "TIME_BARRED_DEMANDED" | "REMINDER_NOT_OVERDUE" | "DEMAND_AFTER_DISPUTE" | "DEMAND_BEFORE_REMINDER_DEADLINE"
  | "FEE_NOT_RECOVERABLE" | "RATE_ASSUMED" | "LIMITATION_BEFORE_RECEIPT"
  | "LEGAL_ACTION_DURING_PLAN" | "FINAL_NOTICE_TOO_EARLY" | "DEMAND_DURING_PLAN" | "TRANSFER_REQUEST_LATE" | "CLAIM_ALREADY_DECIDED";
/** A compliance finding. */
export interface Finding {
  code: FindingCode;
  severity: "error" | "warning";
  /** The claim's history or the policy. */
  source: "history" | "policy";
  /** The index in `claim.steps`, for a finding about one step. */
  step?: number;
  kind?: EntryKind;
  /** The input at fault, named as an error's or a warning's `field`: `steps[1]` for a step of
   * the history, the policy setting for a policy finding (`policy.fees.feesOnTopOfLateFee`,
   * `policy.collectionDemand.paymentTermDays`, … or `policy`), `rates` for `RATE_ASSUMED`
   * (the remedy: the half-year's referensränta); none for the history as a whole. */
  field?: string;
  /** The first half-year (`2027-H1`) a `RATE_ASSUMED` finding is about. */
  halfYear?: string;
  /** The fee at stake: the statutory amount of the step's kind on its day, which it claims
   * (or, without its own `fee`, would claim under the policy) where the law does not allow
   * it: on `REMINDER_FEE_NOT_AGREED`, `FEE_CHARGED_TWICE`, `FEE_ON_TOP_OF_LATE_FEE` (a
   * step's), `KRONOFOGDEN_WITHOUT_DEBT`, `ENFORCEMENT_WITHIN_A_YEAR`, a reminder's or plan's
   * `FEE_NOT_RECOVERABLE`, an inkassokrav's `COLLECTION_DEMAND_NOT_OVERDUE`, a reminder's
   * `REMINDER_NOT_OVERDUE`, a reminder's, inkassokrav's or plan's `DEMAND_AFTER_DISPUTE`, and a
   * betalningsföreläggande's `PAYMENT_ORDER_BEFORE_DEADLINE`, `PAYMENT_ORDER_ON_INVALID_DEMAND`
   * and `PAYMENT_ORDER_AFTER_DISPUTE`; both costs of a betalningsföreläggande together; once per step, on
   * its first error (else its first warning);
   * none for a court action (its fee turns on the claim's value) or a step claiming none. */
  fee?: Money;
  rule: string;
  text: Text;
}
/** When a claim becomes time-barred (preskriptionslagen). */
export interface Limitation {
  periodYears: number;
  /** The earliest preskription date of the claim's invoices with capital unpaid (of every
   * invoice when none has). */
  preskriptionDate: IsoDate;
  /** The invoice with that date. */
  invoice: string;
  /** No capital of any invoice is left (paid or credited in full): nothing can be time-barred,
   * and `preskriptionDate` is only the date the claim would have had. */
  settled: boolean;
  invoices: {
    invoice: string;
    arose: IsoDate;
    interruption: { kind: "payment" | StepKind; date: IsoDate; index: number; periodFrom: IsoDate } | null;
    preskriptionDate: IsoDate;
    /** No capital of this invoice is left (paid or credited in full): none of it can be
     * time-barred, and `preskriptionDate` is only the date it would have had. */
    settled: boolean;
    text: Text;
  }[];
  rule: string;
  text: Text;
  /** A payment's allocation (which invoices it interrupts, whether any is left unpaid) counts
   * interest at an assumed referensränta (a half-year after the rate table): the dates may
   * change once the rate is given in `rates` (`check` says `RATE_ASSUMED`). */
  assumed?: true;
}
/** Options of `letter`: which letter, sent when, with how long to pay. */
export interface LetterOptions {
  /** A betalningspåminnelse, an inkassokrav or a final notice (slutlig påminnelse: without a
   * fee; after a lawful inkassokrav, or once Kronofogden or a court has the claim, a demand
   * held to the inkassokrav's 8 days; otherwise the last reminder, with any term). */
  kind: "reminder" | "collectionDemand" | "finalNotice";
  date: IsoDate;
  /** At least 8 for an inkassokrav, and for a final notice that is a demand. */
  paymentTermDays: number;
  /** Rows for half-years past the embedded table: a letter needs the published referensränta
   * of every day of interest through its `date` (else `RATE_NOT_COVERED` at `date`; a row
   * marked `assumed` for those days, `RATE_NOT_COVERED` at `rates`). A per diem whose day has
   * no published rate is `"0.00"`, and the `interest` section says it depends on the rate. */
  rates?: RateRowInput[] | null | undefined;
  /** The per diem's next day must be covered too. */
  strictRates?: boolean | null | undefined;
}
/** What a letter line is to the total: the `part` lines of the `amounts` section add up to
 * `Letter.total` exactly; `detail` lines (invoices, payments and their allocation, fees paid)
 * inform; the `total` line is the total. */
export type LineRole = "detail" | "part" | "total";
/** One invoice of a letter's claim on the letter date. */
export interface InvoiceBreakdown {
  number: string;
  issueDate: IsoDate;
  /** The invoice's own due date, or without one the invoice date + 30 days (räntelagen 4 §; one
   * month before 2002-07-01). */
  dueDate: IsoDate;
  /** `false`: `dueDate` was computed under räntelagen 4 §, not agreed. */
  dueDateAgreed: boolean;
  /** `dueDate` moved off a weekend or holiday (lag 1930:173), when the claim moves it. */
  effectiveDueDate: IsoDate;
  /** The capital as invoiced. */
  amount: Money;
  /** Capital cancelled by credit notes dated up to the letter. */
  credited: Money;
  /** Capital paid by payments. */
  capitalPaid: Money;
  /** Capital outstanding. */
  capital: Money;
  /** Interest outstanding on this invoice. */
  interest: Money;
  /** The capital is paid in full. */
  paid: boolean;
}
/** One fee of a letter's claim: charged, paid by the payments (as they are allocated: oldest
 * fee first, or a payment made for one invoice that invoice's costs first), unpaid. */
export interface FeeBreakdown {
  kind: FeeKind;
  date: IsoDate;
  charged: Money;
  paid: Money;
  unpaid: Money;
  explanation: Text;
  /** The invoice whose own fee it is (a förseningsersättning): a payment made for one
   * invoice pays that invoice's own fee and not another's. */
  invoice?: string;
  /** The index in `claim.steps` of the step that earned it. */
  step?: number;
}
/** A letter's amounts reconciled to the öre: `total` = Σ invoices[].capital + interest +
 * Σ fees[].unpaid = `Letter.total`. */
export interface Breakdown {
  invoices: InvoiceBreakdown[];
  payments: Allocation[];
  interestLines: InterestLine[];
  /** Σ interestLines[].amount. */
  interestAccrued: Money;
  /** Σ payments[].interest. */
  interestPaid: Money;
  /** interestAccrued − interestPaid. */
  interest: Money;
  fees: FeeBreakdown[];
  credit: Money;
  total: Money;
}
/** The structured content of a reminder, an inkassokrav or a final notice (inkassolagen 5 §).
 * Texts may hold placeholders such as `{creditorName}` for the caller to fill; each section
 * lists its own.
 * Refused (thrown, field `date`) with `NOTHING_TO_COLLECT`, `COLLECTION_DEMAND_NOT_OVERDUE`,
 * `TIME_BARRED` or `CLAIM_DISPUTED` when no letter may be sent that day. */
export interface Letter {
  kind: "reminder" | "collectionDemand" | "finalNotice";
  date: IsoDate;
  /** The term the letter gives: the one asked for, or for an inkassokrav (or a final notice
   * that is a demand) extended around a long weekend the days to `deadline` (record the
   * letter as a step with this term). */
  paymentTermDays: number;
  deadline: IsoDate;
  deadlineMovedFrom?: IsoDate;
  capital: Money;
  interest: Money;
  fees: Money;
  total: Money;
  /** Interest of each further day ("0.00" when the day after the letter has no published
   * referensränta); under 30/360 a regular day's, 1/360 of a year. */
  perDiem: Money;
  breakdown: Breakdown;
  sections: {
    id: "claim" | "creditor" | "amounts" | "interest" | "payment" | "consequences" | "objection";
    heading: Text;
    body: Text;
    lines: { label: Text; amount: Money; role: LineRole }[];
    placeholders: string[];
    rule?: string;
  }[];
  /** With the `field` of the input each concerns when it concerns one (an invoice's at
   * `invoices[i]`, …; a half-year's provisional rate has none); those about the letter's own
   * step (its fee not agreed, not recoverable) have none: the letter is not among the claim's
   * `steps`. */
  warnings: Warning[];
  /** The letter as the step to push into `claim.steps` once it is sent: its kind, date and
   * term, with `fee: false` when it earns no fee (a second reminder or inkassokrav, a reminder
   * fee not agreed or not recoverable; not when förseningsersättning absorbs it, nor for a
   * final notice, which has no fee), so that `statement`, `check` and `timeline` read it as
   * the letter does. For a letter of a step
   * already recorded, the step as this letter makes it: replace the recorded one with it. */
  step: LetterStep;
}
/** A letter as the step to record (`Letter.step`); a `Step` as it is. */
export interface LetterStep {
  kind: "reminder" | "collectionDemand" | "finalNotice";
  date: IsoDate;
  paymentTermDays: number;
  fee?: false;
}

/** An instalment plan as the step to record (`Schedule.step`); a `Step` as it is. */
export interface PlanStep {
  kind: "paymentPlan";
  date: IsoDate;
  fee?: false;
}

/** A kind and the engine's name for it. */
export interface KindName<K extends string> { kind: K; name: Text }
/** What `kinds()` returns: every kind with the names the engine's texts use. */
export interface Kinds {
  /** The kinds `claim.steps[].kind` accepts, in the order of the escalation. */
  steps: KindName<StepKind>[];
  entries: KindName<EntryKind>[];
  fees: KindName<FeeKind>[];
}

/** An instalment plan (amorteringsplan) to compute: `count` instalments (equal but for a
 * slightly smaller last one) or instalments of `amount` (the last pays the rest), from
 * `firstDate` every `intervalMonths` (default 1) or `intervalDays`. `date` is the day the plan
 * is agreed and sent; `fee: false` claims no plan fee (default: the plan fee where lawful). */
export interface PlanInput {
  date: IsoDate;
  firstDate: IsoDate;
  count?: number | null | undefined;
  amount?: MoneyInput | null | undefined;
  intervalMonths?: number | null | undefined;
  intervalDays?: number | null | undefined;
  /** `false`: the plan claims no plan fee. A `paymentPlan` step the claim already records on
   * `date` is the plan made again: that step is the plan's (its own `fee: false` claims none
   * too), and no second one is added. */
  fee?: boolean | null | undefined;
}
/** Options of `instalmentPlan`: dates beyond the rate table assume the last known
 * referensränta (`assumed`) unless `strictRates`. */
export interface PlanOptions { rates?: RateRowInput[] | null | undefined; strictRates?: boolean | null | undefined }
/** One instalment and how the engine allocates it. */
export interface Instalment {
  number: number;
  /** The day it falls due: the schedule's date moved off a weekend or holiday
   * (skuldebrevslagen 5 §), unless the claim has `shiftDueDate: false`. */
  date: IsoDate;
  /** The schedule's date, when `date` was moved off a weekend or holiday. */
  movedFrom?: IsoDate;
  amount: Money;
  fees: Money;
  interest: Money;
  capital: Money;
  capitalAfter: Money;
}
/** The schedule that pays the claim to the öre on the last instalment's date. */
export interface Schedule {
  date: IsoDate;
  /** The plan as the step to record in `claim.steps` once agreed: `fee: false` when it earns no
   * fee (the claim's one plan fee charged before, `fee: false` on the plan, nothing overdue;
   * not where förseningsersättning absorbs it). Recorded without it, `check` would find the fee
   * the schedule did not claim. Add `ended` to it if the plan is broken. */
  step: PlanStep;
  /** The plan fee charged (lag 1981:739 3 § 2): the table amount, or less or none where it is not
   * lawful, not claimed, or förseningsersättning covers it. */
  planFee: Money;
  planFeeRule?: string;
  /** What is owed on the plan's date, plan fee included. */
  owedAtStart: Money;
  instalments: Instalment[];
  /** The sum of the instalments: `owedAtStart`, the interest that runs during the plan, and
   * the förseningsersättning of an invoice that falls due during it. */
  total: Money;
  /** The interest the instalments pay: the interest owed on `date` and what runs after it. */
  interest: Money;
  /** The fees the instalments pay: those owed on `date`, the plan fee included, and the
   * förseningsersättning of an invoice that falls due during the plan. */
  fees: Money;
  /** Some interest uses an assumed referensränta (`RATE_ASSUMED`). */
  assumed?: true;
  /** Some interest uses a provisional row, not yet checked against the Riksbank's notice
   * (`PROVISIONAL_RATE`). */
  provisional?: true;
  warnings: Warning[];
}
export type ErrorCode =
  | "INVALID_TYPE" | "UNKNOWN_FIELD" | "MISSING_FIELD" | "UNKNOWN_VARIANT" | "INVALID_AMOUNT"
  | "AMOUNT_OUT_OF_RANGE" | "INVALID_DATE" | "DATE_OUT_OF_RANGE" | "INVALID_RATE" | "NO_INVOICES"
  | "TOO_MANY_ITEMS" | "INVALID_INVOICE_NUMBER" | "INVALID_DESCRIPTION" | "DUPLICATE_INVOICE_NUMBER" | "DUE_BEFORE_ISSUE" | "UNKNOWN_INVOICE" | "INVALID_PLAN"
  | "PAYMENT_BEFORE_ISSUE" | "STEP_BEFORE_ISSUE" | "AS_OF_BEFORE_ISSUE" | "INVALID_RATE_TABLE"
  | "RATE_NOT_COVERED" | "INVALID_POLICY" | "INVALID_DAYS" | "OVERFLOW"
  | "COLLECTION_DEMAND_NOT_OVERDUE" | "NOTHING_TO_COLLECT" | "TIME_BARRED" | "CLAIM_DISPUTED"
  | "INVALID_WITHDRAWAL" | "INVALID_DISPUTE" | "FINAL_NOTICE_TOO_EARLY"
  /** Thrown by the JS package: a function called before `init()`, or `init()` failed (in
   * Node, every call when `inkasso_bg.wasm` could not be read beside the entry). */
  | "NOT_INITIALISED";
/** What every function throws on bad input: a real `Error`, and an instance of this class
 * (`e instanceof InvoicingError`). */
export declare class InvoicingError extends Error {
  constructor(code: ErrorCode, message: string, field?: string | null, options?: { cause?: unknown });
  name: "InvoicingError";
  code: ErrorCode;
  /** The path of the offending input field within its argument (`invoices[0].amount`), the
   * argument's name when it is wrong as a whole (`claim`, `options`), or null. */
  field: string | null;
}
"#;
