// `undefined` for an optional input field, under `exactOptionalPropertyTypes`. The package
// reads `undefined` as absent wherever a field is optional (pkg-template/README.md,
// "Conventions"), so the types say `field?: T | null | undefined` for every optional property of
// every input; the results never hold a key whose value is `undefined`, so their types keep
// `field?: T`. tests/js/types.test.mjs compiles this file with `strict` and
// `exactOptionalPropertyTypes` against the packed package, then runs it: each call with
// `undefined` must answer what the same call with the field left out answers, and each
// required field set to `undefined` must fail to compile (`@ts-expect-error`) and be refused
// (`INVALID_TYPE` at the field).
import init, {
  check, instalmentPlan, InvoicingError, letter, limitation, presets, referenceRate, referenceRates,
  statement, statementMany, timeline, totals,
  type Claim, type CreditNote, type Invoice, type LetterOptions, type Payment, type PlanInput,
  type PlanOptions, type PolicyInput, type RateRowInput, type RatesOptions, type StageInput,
  type StatementOptions, type Step, type TimelineOptions, type TotalsOptions,
} from "inkasso";
import type * as Api from "inkasso";

// ---- Every function's parameters and results, walked by type ----

/** The paths (`statement[].invoices[].dueDate`: the arguments are walked as an array) of the
 * optional properties, at any depth of `T`, whose type leaves out `undefined`. (`Required`
 * keeps an `undefined` that is written out and drops only the one optionality adds: under
 * `exactOptionalPropertyTypes` they differ.) */
type RefusingUndefined<T, P extends string> = T extends readonly (infer U)[]
  ? RefusingUndefined<U, `${P}[]`>
  : T extends object
    ? {
        [K in keyof T & string]-?:
          | ({} extends Pick<T, K> ? (undefined extends Required<T>[K] ? never : `${P}.${K}`) : never)
          | RefusingUndefined<Required<T>[K], `${P}.${K}`>;
      }[keyof T & string]
    : never;
/** The paths of the properties, at any depth of `T`, whose type admits `undefined`. */
type AdmittingUndefined<T, P extends string> = T extends readonly (infer U)[]
  ? AdmittingUndefined<U, `${P}[]`>
  : T extends object
    ? {
        [K in keyof T & string]-?:
          | (undefined extends Required<T>[K] ? `${P}.${K}` : never)
          | AdmittingUndefined<Required<T>[K], `${P}.${K}`>;
      }[keyof T & string]
    : never;
/** Compiles only when `T` is `never`; otherwise the error names the paths in `T`. */
type None<T extends never> = T;

type Functions = { [K in keyof typeof Api]: (typeof Api)[K] extends (...args: any) => any ? K : never }[keyof typeof Api];
type Fn<K extends Functions> = Extract<(typeof Api)[K], (...args: any) => any>;
/** Every optional property of every argument of every function admits `undefined`. */
export type EveryOptionalInputAdmitsUndefined = None<{ [K in Functions]: RefusingUndefined<Parameters<Fn<K>>, K> }[Functions]>;
/** No property of any result admits `undefined` (an optional one is absent or holds a value). */
export type NoResultAdmitsUndefined = None<{ [K in Exclude<Functions, "default" | "initSync">]: AdmittingUndefined<ReturnType<Fn<K>>, K> }[Exclude<Functions, "default" | "initSync">]>;
/** The declared input types, as users write them (`const inv: Invoice = …`), not only as `Input<…>`. */
export type EveryDeclaredInputAdmitsUndefined = None<
  | RefusingUndefined<Claim, "Claim"> | RefusingUndefined<Invoice, "Invoice"> | RefusingUndefined<Step, "Step">
  | RefusingUndefined<Payment, "Payment"> | RefusingUndefined<CreditNote, "CreditNote"> | RefusingUndefined<RateRowInput, "RateRowInput">
  | RefusingUndefined<RatesOptions, "RatesOptions"> | RefusingUndefined<TotalsOptions, "TotalsOptions">
  | RefusingUndefined<StatementOptions, "StatementOptions"> | RefusingUndefined<TimelineOptions, "TimelineOptions">
  | RefusingUndefined<StageInput, "StageInput"> | RefusingUndefined<PolicyInput, "PolicyInput">
  | RefusingUndefined<LetterOptions, "LetterOptions"> | RefusingUndefined<PlanInput, "PlanInput"> | RefusingUndefined<PlanOptions, "PlanOptions">
>;
/** The paths of the optional properties, at any depth of `T`, whose type leaves out `null`
 * (the package reads `null` as absent too, for JSON from other systems). */
type RefusingNull<T, P extends string> = T extends readonly (infer U)[]
  ? RefusingNull<U, `${P}[]`>
  : T extends object
    ? {
        [K in keyof T & string]-?:
          | ({} extends Pick<T, K> ? (null extends Required<T>[K] ? never : `${P}.${K}`) : never)
          | RefusingNull<Required<T>[K], `${P}.${K}`>;
      }[keyof T & string]
    : never;
/** Every optional property of every argument of every engine function admits `null` (the
 * initialisers' options are not inputs of the engine). */
export type EveryOptionalInputAdmitsNull = None<{ [K in Exclude<Functions, "default" | "initSync">]: RefusingNull<Parameters<Fn<K>>, K> }[Exclude<Functions, "default" | "initSync">]>;
// @ts-expect-error `a?: string | undefined` refuses null
export type Vacuous0 = None<RefusingNull<{ x: readonly { a?: string | undefined }[] }, "t">>;

// The walks are not vacuous: they find an optional property without `undefined`, and a result
// property with it.
// @ts-expect-error `a?: string` refuses undefined under exactOptionalPropertyTypes
export type Vacuous1 = None<RefusingUndefined<{ x: readonly { a?: string }[] }, "t">>;
// @ts-expect-error a result property that admits undefined is found
export type Vacuous2 = None<AdmittingUndefined<{ x: { a?: string | undefined } }, "t">>;
export type NotVacuous = [RefusingUndefined<{ x: readonly { a?: string }[] }, "t">, AdmittingUndefined<{ x: { a?: string | undefined } }, "t">] extends ["t.x[].a", "t.x.a"] ? true : never;
export const notVacuous: NotVacuous = true;

// ---- Calls with `undefined` for optional fields, run ----

/** A value typed `T | undefined`, as a user's variable often is; `undefined` at run time. */
function absent<T>(): T | undefined {
  return undefined;
}
const maybeDue: string | undefined = absent<string>();

let calls = 0;
/** `a` and `b` (the same call with fields left out) answer alike. */
function same(a: unknown, b: unknown, what: string): void {
  calls++;
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${what}: undefined did not answer as the field left out`);
}
/** `f` throws the InvoicingError of a required field given `undefined`: `INVALID_TYPE` at `field`. */
function refused(f: () => unknown, field: string, code = "INVALID_TYPE"): void {
  calls++;
  try {
    f();
  } catch (e) {
    if (e instanceof InvoicingError && e.code === code && e.field === field) return;
    throw new Error(`${field}: expected ${code} there, got ${String(e)}`);
  }
  throw new Error(`${field}: undefined was accepted`);
}

await init({ module_or_path: undefined });

// Invoice, Step, Claim: declared interfaces, written as users write them.
const invoice: Invoice = {
  number: "1", amount: "8000.00", issueDate: "2025-01-10", dueDate: maybeDue,
  agreedRate: undefined, agreedMargin: undefined, rateAtDueDate: undefined, description: undefined,
};
const step: Step = { kind: "reminder", date: "2025-02-20", paymentTermDays: undefined, fee: undefined, costs: undefined };
const payment: Payment = { date: "2025-03-01", amount: "100.00" };
const credit: CreditNote = { invoice: "1", date: "2025-03-02", amount: "50.00" };
const claim: Claim = {
  debtor: "consumer", reminderFeeAgreed: undefined, lateFee: undefined, dayCount: undefined, shiftDueDate: undefined,
  agreedRate: undefined, agreedMargin: undefined, invoices: [invoice], steps: undefined, payments: undefined, credits: undefined,
};
const plain: Claim = { debtor: "consumer", invoices: [{ number: "1", amount: "8000.00", issueDate: "2025-01-10" }] };
const history: Claim = { ...claim, steps: [step], payments: [payment], credits: [credit] };
const plainHistory: Claim = {
  ...plain, steps: [{ kind: "reminder", date: "2025-02-20" }], payments: [payment], credits: [credit],
};

// statement, statementMany: StatementOptions, RateRowInput; the README's `payments: undefined`.
const rate: RateRowInput = { from: "2025-01-01", percent: "2.50", status: undefined, source: undefined };
const statementOptions: StatementOptions = { asOf: "2025-06-30", rates: undefined, strictRates: undefined, detail: undefined };
same(statement(claim, statementOptions), statement(plain, { asOf: "2025-06-30" }), "statement");
same(statement(history, { asOf: "2025-06-30", rates: [rate] }), statement(plainHistory, { asOf: "2025-06-30", rates: [{ from: "2025-01-01", percent: "2.50" }] }), "statement, steps and rates");
same(statement({ ...history, payments: undefined }, { asOf: "2025-06-30" }), statement({ ...plain, steps: [{ kind: "reminder", date: "2025-02-20" }], credits: [credit] }, { asOf: "2025-06-30" }), "statement, payments: undefined");
same(statementMany([claim, history], statementOptions), statementMany([plain, plainHistory], { asOf: "2025-06-30" }), "statementMany");

// Readonly arguments (`as const`) with undefined fields.
const frozen = { debtor: "business", lateFee: undefined, invoices: [{ number: "1", amount: 100, issueDate: "2025-01-01", dueDate: undefined }], payments: undefined } as const;
same(statement(frozen, { asOf: "2025-03-01", detail: undefined } as const), statement({ debtor: "business", invoices: [{ number: "1", amount: 100, issueDate: "2025-01-01" }] }, { asOf: "2025-03-01" }), "statement, as const");

// totals, referenceRate, referenceRates: TotalsOptions, RatesOptions.
const totalsOptions: TotalsOptions = { rates: undefined, strictRates: undefined };
same(totals(claim, ["2025-03-01", "2025-06-30"], totalsOptions), totals(plain, ["2025-03-01", "2025-06-30"]), "totals");
const ratesOptions: RatesOptions = { rates: undefined };
same(referenceRate("2025-03-01", ratesOptions), referenceRate("2025-03-01"), "referenceRate");
same(referenceRates({ rates: [rate] }), referenceRates({ rates: [{ from: "2025-01-01", percent: "2.50" }] }), "referenceRates");

// timeline, check: PolicyInput (every field, its stages' and fees' fields), StageInput, TimelineOptions.
same(timeline(claim, { preset: "standard", finalNotice: undefined }), timeline(plain, { preset: "standard" }), "timeline, the issue's example");
const stage: StageInput = { daysAfter: undefined, paymentTermDays: undefined };
const policy: PolicyInput = {
  id: undefined, name: { sv: undefined, en: undefined }, description: { sv: undefined, en: undefined }, preset: undefined,
  reminder: { daysAfterDue: undefined, paymentTermDays: undefined, channel: undefined }, secondReminder: undefined,
  collectionDemand: stage, finalNotice: undefined, paymentOrder: { daysAfter: undefined },
  enforcement: { assumedDecisionDays: undefined, daysAfterDecision: undefined }, court: undefined, paymentPlan: undefined,
  surveillance: { daysAfterEnforcement: undefined },
  fees: { reminderFee: undefined, collectionFee: undefined, lateFee: undefined, interestOnFees: undefined, feesOnTopOfLateFee: undefined },
};
const plainPolicy: PolicyInput = {
  name: {}, description: {}, reminder: {}, collectionDemand: {}, paymentOrder: {}, enforcement: {}, surveillance: {}, fees: {},
};
const timelineOptions: TimelineOptions = { today: "2025-06-30", horizon: undefined, rates: undefined, strictRates: undefined };
same(timeline(claim, policy, timelineOptions), timeline(plain, plainPolicy, { today: "2025-06-30" }), "timeline, every policy field");
const later: Claim = { ...plain, steps: [{ kind: "collectionDemand", date: "2025-03-01" }, { kind: "paymentOrder", date: "2025-04-01" }, { kind: "dispute", date: "2025-04-10" }] };
same(
  timeline(later, { court: { daysAfterDispute: undefined, assumedJudgmentDays: undefined } }, { today: "2025-04-12" }),
  timeline(later, { court: {} }, { today: "2025-04-12" }),
  "timeline, court",
);
same(
  timeline(plain, { paymentPlan: { daysAfter: undefined, count: undefined, intervalMonths: undefined } }, { today: "2025-03-01" }),
  timeline(plain, { paymentPlan: {} }, { today: "2025-03-01" }),
  "timeline, paymentPlan",
);
same(timeline(claim, { ...presets()[1]!, finalNotice: undefined }, undefined), timeline(plain, presets()[1]!), "timeline, a preset");
same(check(history, policy), check(plainHistory, plainPolicy), "check");

// limitation, letter: LetterOptions.
same(limitation(history), limitation(plainHistory), "limitation");
const letterOptions: LetterOptions = { kind: "reminder", date: "2025-02-20", paymentTermDays: 10, rates: undefined, strictRates: undefined };
same(letter(claim, letterOptions), letter(plain, { kind: "reminder", date: "2025-02-20", paymentTermDays: 10 }), "letter");

// instalmentPlan: PlanInput, PlanOptions.
const plan: PlanInput = { date: "2025-06-30", firstDate: "2025-07-31", count: 3, amount: undefined, intervalMonths: undefined, intervalDays: undefined, fee: undefined };
const planOptions: PlanOptions = { rates: undefined, strictRates: undefined };
same(instalmentPlan(claim, plan, planOptions), instalmentPlan(plain, { date: "2025-06-30", firstDate: "2025-07-31", count: 3 }), "instalmentPlan");

// ---- A required field is still required: `undefined` does not compile, and is refused ----

// @ts-expect-error amount is required
export const noAmount: Invoice = { number: "1", amount: undefined, issueDate: "2025-01-10" };
// @ts-expect-error an invoice's amount is required
refused(() => statement({ ...plain, invoices: [{ number: "1", amount: undefined, issueDate: "2025-01-10" }] }, { asOf: "2025-06-30" }), "invoices[0].amount");
// @ts-expect-error debtor is required
refused(() => statement({ ...plain, debtor: undefined }, { asOf: "2025-06-30" }), "debtor");
// @ts-expect-error invoices are required
refused(() => statement({ ...plain, invoices: undefined }, { asOf: "2025-06-30" }), "invoices");
// @ts-expect-error asOf is required
refused(() => statement(plain, { asOf: undefined }), "asOf");
// @ts-expect-error a payment's amount is required
refused(() => statement({ ...plain, payments: [{ date: "2025-03-01", amount: undefined }] }, { asOf: "2025-06-30" }), "payments[0].amount");
// @ts-expect-error a credit note's invoice is required
refused(() => statement({ ...plain, credits: [{ invoice: undefined, date: "2025-03-02", amount: "1.00" }] }, { asOf: "2025-06-30" }), "credits[0].invoice");
// @ts-expect-error a step's kind is required
refused(() => statement({ ...plain, steps: [{ kind: undefined, date: "2025-02-20" }] }, { asOf: "2025-06-30" }), "steps[0].kind");
// @ts-expect-error a rate row's referensränta is required (as percent, or referenceRate as
// referenceRates() gives it: neither given is the field missing)
refused(() => referenceRate("2031-03-01", { rates: [{ from: "2031-01-01", percent: undefined }] }), "rates[0].percent", "MISSING_FIELD");
// @ts-expect-error a letter's payment term is required
refused(() => letter(plain, { kind: "reminder", date: "2025-02-20", paymentTermDays: undefined }), "paymentTermDays");
// @ts-expect-error a plan's first date is required
refused(() => instalmentPlan(plain, { date: "2025-06-30", firstDate: undefined, count: 3 }), "plan.firstDate");

if (calls !== 27) throw new Error(`expected 27 checks, ran ${calls}`);
