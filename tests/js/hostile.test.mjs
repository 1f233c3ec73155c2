// Hostile input, through the built package: each case must throw an InvoicingError with the
// specific code (and field) in the table, and the same instance must answer normally afterwards.
import { test } from "node:test";
import assert from "node:assert/strict";
import { inkasso, invoice, claim, withInvoice, asOf, st } from "./fixtures.mjs";

const RUST_TYPE_NAMES = /\b(?:[iu](?:8|16|32|64|128|size)|f32|f64|struct|enum|Vec|Option|String|floating point|unit value|sequence)\b/;

const cases = [
  // amounts
  ["amount NaN", st(withInvoice({ amount: NaN })), "INVALID_AMOUNT", "invoices[0].amount"],
  ["amount Infinity", st(withInvoice({ amount: Infinity })), "INVALID_AMOUNT", "invoices[0].amount"],
  ["amount -Infinity", st(withInvoice({ amount: -Infinity })), "INVALID_AMOUNT", "invoices[0].amount"],
  ["amount -0", st(withInvoice({ amount: -0 })), "AMOUNT_OUT_OF_RANGE", "invoices[0].amount"],
  ["amount 1e400 (Infinity)", st(withInvoice({ amount: 1e400 })), "INVALID_AMOUNT", "invoices[0].amount"],
  ["amount 1e300", st(withInvoice({ amount: 1e300 })), "AMOUNT_OUT_OF_RANGE", "invoices[0].amount"],
  ['amount "1e3"', st(withInvoice({ amount: "1e3" })), "INVALID_AMOUNT", "invoices[0].amount"],
  ['amount "1_000"', st(withInvoice({ amount: "1_000" })), "INVALID_AMOUNT", "invoices[0].amount"],
  ['amount "12,50"', st(withInvoice({ amount: "12,50" })), "INVALID_AMOUNT", "invoices[0].amount"],
  ['amount "1 000"', st(withInvoice({ amount: "1 000" })), "INVALID_AMOUNT", "invoices[0].amount"],
  ['amount "0x10"', st(withInvoice({ amount: "0x10" })), "INVALID_AMOUNT", "invoices[0].amount"],
  ['amount ""', st(withInvoice({ amount: "" })), "INVALID_AMOUNT", "invoices[0].amount"],
  ["amount 0.125", st(withInvoice({ amount: 0.125 })), "INVALID_AMOUNT", "invoices[0].amount"],
  ['amount "1.234"', st(withInvoice({ amount: "1.234" })), "INVALID_AMOUNT", "invoices[0].amount"],
  ["amount 0", st(withInvoice({ amount: 0 })), "AMOUNT_OUT_OF_RANGE", "invoices[0].amount"],
  ['amount "-5"', st(withInvoice({ amount: "-5" })), "AMOUNT_OUT_OF_RANGE", "invoices[0].amount"],
  ['amount "1000000000000.01"', st(withInvoice({ amount: "1000000000000.01" })), "AMOUNT_OUT_OF_RANGE", "invoices[0].amount"],
  ["amount BigInt", st(withInvoice({ amount: 10n })), "INVALID_TYPE", "invoices[0].amount"],
  ["amount null", st(withInvoice({ amount: null })), "INVALID_TYPE", "invoices[0].amount"],
  ["amount object", st(withInvoice({ amount: { value: 1 } })), "INVALID_TYPE", "invoices[0].amount"],
  ["payment amount 0", st(claim({ payments: [{ date: "2025-03-01", amount: "0" }] })), "AMOUNT_OUT_OF_RANGE", "payments[0].amount"],
  ["payment amount NaN", st(claim({ payments: [{ date: "2025-03-01", amount: NaN }] })), "INVALID_AMOUNT", "payments[0].amount"],
  // shapes
  ["claim null", st(null), "INVALID_TYPE", null],
  ["claim undefined", st(undefined), "INVALID_TYPE", null],
  ["claim array", st([claim()]), "INVALID_TYPE", null],
  ["claim string", st("{}"), "INVALID_TYPE", null],
  ["invoices object", st(claim({ invoices: { 0: invoice } })), "INVALID_TYPE", "invoices"],
  ["invoice array", st(claim({ invoices: [[1, 2, 3]] })), "INVALID_TYPE", "invoices[0]"],
  ["options null", st(claim(), null), "INVALID_TYPE", null],
  ["unknown field", st(claim({ dueDte: "2025-01-01" })), "UNKNOWN_FIELD", "dueDte"],
  ["unknown invoice field", st(withInvoice({ vat: "25" })), "UNKNOWN_FIELD", "invoices[0].vat"],
  ["__proto__ key", st(JSON.parse('{"debtor":"consumer","invoices":[],"__proto__":{"debtor":"x"}}')), "UNKNOWN_FIELD", "__proto__"],
  ["constructor key", st({ ...claim(), constructor: {} }), "UNKNOWN_FIELD", "constructor"],
  ["missing debtor", st({ invoices: [invoice] }), "MISSING_FIELD", "debtor"],
  ["missing asOf", st(claim(), {}), "MISSING_FIELD", "asOf"],
  ["unknown debtor", st(claim({ debtor: "alien" })), "UNKNOWN_VARIANT", "debtor"],
  ["unknown step kind", st(claim({ steps: [{ kind: "threat", date: "2025-03-01" }] })), "UNKNOWN_VARIANT", "steps[0].kind"],
  ["unknown day count", st(claim({ dayCount: "actual/360" })), "UNKNOWN_VARIANT", "dayCount"],
  // step facts
  ["step term negative", st(claim({ steps: [{ kind: "reminder", date: "2025-03-01", paymentTermDays: -1 }] })), "INVALID_DAYS", "steps[0].paymentTermDays"],
  ["step term 3651", st(claim({ steps: [{ kind: "reminder", date: "2025-03-01", paymentTermDays: 3651 }] })), "INVALID_DAYS", "steps[0].paymentTermDays"],
  ["step term NaN", st(claim({ steps: [{ kind: "reminder", date: "2025-03-01", paymentTermDays: NaN }] })), "INVALID_DAYS", "steps[0].paymentTermDays"],
  ["step term 2.5", st(claim({ steps: [{ kind: "reminder", date: "2025-03-01", paymentTermDays: 2.5 }] })), "INVALID_DAYS", "steps[0].paymentTermDays"],
  ['step term "10"', st(claim({ steps: [{ kind: "reminder", date: "2025-03-01", paymentTermDays: "10" }] })), "INVALID_TYPE", "steps[0].paymentTermDays"],
  ['step fee "no"', st(claim({ steps: [{ kind: "reminder", date: "2025-03-01", fee: "no" }] })), "INVALID_TYPE", "steps[0].fee"],
  ["unknown statement detail", st(claim(), { asOf: "2025-06-30", detail: "brief" }), "UNKNOWN_VARIANT", "detail"],
  ["statement detail as a boolean", st(claim(), { asOf: "2025-06-30", detail: true }), "INVALID_TYPE", "detail"],
  ["boolean as string", st(claim({ reminderFeeAgreed: "yes" })), "INVALID_TYPE", "reminderFeeAgreed"],
  // dates
  ["date 2025-02-30", st(withInvoice({ dueDate: "2025-02-30" })), "INVALID_DATE", "invoices[0].dueDate"],
  ["date 0000-01-01", st(withInvoice({ issueDate: "0000-01-01" })), "DATE_OUT_OF_RANGE", "invoices[0].issueDate"],
  ["date 2025-1-1", st(withInvoice({ issueDate: "2025-1-1" })), "INVALID_DATE", "invoices[0].issueDate"],
  ["date with time", st(withInvoice({ issueDate: "2025-01-10T00:00:00Z" })), "INVALID_DATE", "invoices[0].issueDate"],
  ["JS Date object", st(withInvoice({ issueDate: new Date(2025, 0, 10) })), "INVALID_TYPE", "invoices[0].issueDate"],
  ["date 2200-01-01", st(claim(), { asOf: "2200-01-01" }), "DATE_OUT_OF_RANGE", "asOf"],
  ["due before issue", st(withInvoice({ dueDate: "2025-01-01" })), "DUE_BEFORE_ISSUE", "invoices[0].dueDate"],
  ["payment before issue", st(claim({ payments: [{ date: "2024-12-31", amount: "1" }] })), "PAYMENT_BEFORE_ISSUE", "payments[0].date"],
  ["step before issue", st(claim({ steps: [{ kind: "reminder", date: "2024-12-31" }] })), "STEP_BEFORE_ISSUE", "steps[0].date"],
  ["furtherYear on a reminder", st(claim({ steps: [{ kind: "reminder", date: "2025-03-01", furtherYear: true }] })), "UNKNOWN_FIELD", "steps[0].furtherYear"],
  ['furtherYear "yes"', st(claim({ steps: [{ kind: "enforcement", date: "2025-05-01", furtherYear: "yes" }] })), "INVALID_TYPE", "steps[0].furtherYear"],
  ["withdrawn on a reminder", st(claim({ steps: [{ kind: "reminder", date: "2025-03-01", withdrawn: "2025-03-02" }] })), "UNKNOWN_FIELD", "steps[0].withdrawn"],
  ["withdrawn before its dispute", st(claim({ steps: [{ kind: "dispute", date: "2025-03-01", withdrawn: "2025-02-28" }] })), "INVALID_WITHDRAWAL", "steps[0].withdrawn"],
  ["ended on a dispute", st(claim({ steps: [{ kind: "dispute", date: "2025-03-01", ended: "2025-03-02" }] })), "UNKNOWN_FIELD", "steps[0].ended"],
  ["a plan ended before it began", st(claim({ steps: [{ kind: "paymentPlan", date: "2025-03-01", ended: "2025-02-28" }] })), "INVALID_PLAN", "steps[0].ended"],
  ["withdrawn as a JS Date", st(claim({ steps: [{ kind: "dispute", date: "2025-03-01", withdrawn: new Date(2025, 2, 2) }] })), "INVALID_TYPE", "steps[0].withdrawn"],
  ["as of before issue", st(claim(), { asOf: "2024-12-31" }), "AS_OF_BEFORE_ISSUE", "asOf"],
  // sizes and identities
  ["no invoices", st(claim({ invoices: [] })), "NO_INVOICES", "invoices"],
  ["10 000 payments", st(claim({ payments: Array.from({ length: 10000 }, () => ({ date: "2025-03-01", amount: "1" })) })), "TOO_MANY_ITEMS", "payments"],
  ["blank invoice number", st(withInvoice({ number: "  " })), "INVALID_INVOICE_NUMBER", "invoices[0].number"],
  ["blank invoice description", st(withInvoice({ description: " " })), "INVALID_DESCRIPTION", "invoices[0].description"],
  ["invoice description of 201 characters", st(withInvoice({ description: "x".repeat(201) })), "INVALID_DESCRIPTION", "invoices[0].description"],
  ["invoice description not text", st(withInvoice({ description: 5 })), "INVALID_TYPE", "invoices[0].description"],
  ["invoice description of two lines", st(withInvoice({ description: "Hyra\njuni" })), "INVALID_DESCRIPTION", "invoices[0].description"],
  ["invoice description with a placeholder", st(withInvoice({ description: "{creditorName}" })), "INVALID_DESCRIPTION", "invoices[0].description"],
  ["invoice description of a zero-width space", st(withInvoice({ description: "\u200b" })), "INVALID_DESCRIPTION", "invoices[0].description"],
  ["invoice description with a right-to-left override", st(withInvoice({ description: "Hyra \u202ejuni" })), "INVALID_DESCRIPTION", "invoices[0].description"],
  ["invoice number with a placeholder", st(withInvoice({ number: "{paymentAccount}" })), "INVALID_INVOICE_NUMBER", "invoices[0].number"],
  ["invoice number of two lines", st(withInvoice({ number: "B\n2" })), "INVALID_INVOICE_NUMBER", "invoices[0].number"],
  ["duplicate invoice number", st(claim({ invoices: [invoice, invoice] })), "DUPLICATE_INVOICE_NUMBER", "invoices[1].number"],
  [
    "a claim needing millions of interest lines",
    st({
      debtor: "consumer",
      invoices: Array.from({ length: 1000 }, (_, i) => ({ number: `F${i}`, amount: "1000.00", issueDate: "2002-07-01", dueDate: "2002-07-31" })),
      payments: Array.from({ length: 1000 }, (_, i) => ({ date: new Date(Date.UTC(2003, 0, 1 + i * 8)).toISOString().slice(0, 10), amount: "0.01" })),
    }, { asOf: "2026-12-31" }),
    "TOO_MANY_ITEMS",
    null,
  ],
  // rates and calendar
  ["agreed rate 1e3", st(claim({ agreedRate: "1e3" })), "INVALID_RATE", "agreedRate"],
  ["agreed rate 150", st(claim({ agreedRate: 150 })), "INVALID_RATE", "agreedRate"],
  ["rate row mid-year", () => inkasso.referenceRate("2027-02-01", { rates: [{ from: "2027-02-01", percent: "2" }] }), "INVALID_RATE_TABLE", "rates[0].from"],
  ["strict rates uncovered", st(claim(), { asOf: "2027-06-30", strictRates: true }), "RATE_NOT_COVERED", "asOf"],
  ["referenceRate number", () => inkasso.referenceRate(20240315), "INVALID_TYPE", "date"],
  ["holidays NaN", () => inkasso.holidays(NaN), "DATE_OUT_OF_RANGE", "year"],
  ["holidays string", () => inkasso.holidays("2025"), "INVALID_TYPE", "year"],
  ["nextBankDay garbage", () => inkasso.nextBankDay("tomorrow"), "INVALID_DATE", "date"],
  // A claim that fails its checks with options that fail theirs: the options are named, in
  // totals as in statementMany (an integrator's review found totals naming the claim).
  ["totals: bad rates before a due date before the issue date", () => inkasso.totals(withInvoice({ dueDate: "2025-01-01" }), ["2025-06-30"], { rates: [{ from: "2027-02-01", percent: "2.00" }] }), "INVALID_RATE_TABLE", "rates[0].from"],
  ["statementMany: bad rates before a due date before the issue date", () => inkasso.statementMany([withInvoice({ dueDate: "2025-01-01" })], { ...asOf, rates: [{ from: "2027-02-01", percent: "2.00" }] }), "INVALID_RATE_TABLE", "rates[0].from"],
  ["statementMany not an array", () => inkasso.statementMany(claim(), asOf), "INVALID_TYPE", null],
  ["statementMany bad item", () => inkasso.statementMany([claim(), withInvoice({ amount: "x" })], asOf), "INVALID_AMOUNT", "[1].invoices[0].amount"],
  [
    "throwing getter",
    st(Object.defineProperty(claim(), "debtor", { enumerable: true, get() { throw new Error("boom"); } })),
    "INVALID_TYPE",
    null,
  ],
  [
    // JSON.stringify would call it; the wrapper reads the elements, as it reads an object's own
    // keys and never its toJSON.
    "array with its own toJSON",
    st(claim({ invoices: Object.assign([{ ...invoice, amount: "x" }], { toJSON: () => [invoice] }) })),
    "INVALID_AMOUNT",
    "invoices[0].amount",
  ],
  [
    "Proxy that throws",
    st(new Proxy(claim(), { ownKeys() { throw new Error("boom"); } })),
    "INVALID_TYPE",
    null,
  ],
];

// Messages in plain language, exactly: numbers as JavaScript writes them (never `5.0`, `inf`),
// one code and message for every whole number out of range whatever its size, dates without
// Rust range syntax, and a lone surrogate refused at its field (never turned into U+FFFD).
const letterClaim = claim();
const letterTerm = (paymentTermDays, kind = "collectionDemand") => () =>
  inkasso.letter(letterClaim, { kind, date: "2025-03-10", paymentTermDays });
const stepTerm = (paymentTermDays) => st(claim({ steps: [{ kind: "reminder", date: "2025-03-01", paymentTermDays }] }));
const policyDays = (daysAfterDue) => () => inkasso.check(claim(), { reminder: { daysAfterDue } });
const lone = (unit) => `the text is not valid Unicode (it contains a lone surrogate, U+${unit})`;
const atMost = (shown) => `${shown} days: at most 3650 days are accepted`;
const wholeDays = (shown) => `${shown} days: a whole number from 0 to 3650 is expected`;
const revoked = () => {
  const r = Proxy.revocable({}, {});
  r.revoke();
  return r.proxy;
};
const unreadable = "the input could not be read: a property getter or a Proxy trap threw (or the Proxy was revoked)";
const tooLong = "a text of 70000 characters: at most 65536 are accepted in one value";
const long = "x".repeat(70000);
const unknownPreset = "unknown variant `nope`, expected one of `standard`, `smsReminder`, `reminderDemandFinalNotice`, `remindersOnly`, `lawfulMinimum`";
const unknownInvoiceKey = (key) => `unknown field \`${key}\`, expected one of \`number\`, \`amount\`, \`issueDate\`, \`dueDate\`, \`agreedRate\`, \`agreedMargin\`, \`rateAtDueDate\`, \`description\``;

const messages = [
  ["statement options 5", st(claim(), 5), "INVALID_TYPE", "options", "invalid type: the number `5`, expected an object"],
  ["statement options -0", st(claim(), -0), "INVALID_TYPE", "options", "invalid type: the number `-0`, expected an object"],
  ["statement options 1e20", st(claim(), 1e20), "INVALID_TYPE", "options", "invalid type: the number `100000000000000000000`, expected an object"],
  ["statement options 1e21", st(claim(), 1e21), "INVALID_TYPE", "options", "invalid type: the number `1e+21`, expected an object"],
  ["statement options 1.5e-7", st(claim(), 1.5e-7), "INVALID_TYPE", "options", "invalid type: the number `1.5e-7`, expected an object"],
  ["statement options NaN", st(claim(), NaN), "INVALID_TYPE", "options", "invalid type: the number `NaN`, expected an object"],
  ["amount Infinity", st(withInvoice({ amount: Infinity })), "INVALID_AMOUNT", "invoices[0].amount", "amount must be a finite number, got Infinity"],
  ["amount -Infinity", st(withInvoice({ amount: -Infinity })), "INVALID_AMOUNT", "invoices[0].amount", "amount must be a finite number, got -Infinity"],
  ["agreed rate Infinity", st(claim({ agreedRate: Infinity })), "INVALID_RATE", "agreedRate", "a rate must be a finite number, got Infinity"],
  ["step term -Infinity", stepTerm(-Infinity), "INVALID_DAYS", "steps[0].paymentTermDays", "-Infinity days: a whole number from 0 to 3650 is expected"],
  ["step term 2**32", stepTerm(2 ** 32), "INVALID_DAYS", "steps[0].paymentTermDays", "4294967296 days: a whole number from 0 to 3650 is expected"],
  ["step term 1e21", stepTerm(1e21), "INVALID_DAYS", "steps[0].paymentTermDays", "1e+21 days: a whole number from 0 to 3650 is expected"],
  ["letter term -1", letterTerm(-1), "INVALID_DAYS", "paymentTermDays", "-1 days: a whole number from 0 to 3650 is expected"],
  ["letter term -(2**32)", letterTerm(-(2 ** 32)), "INVALID_DAYS", "paymentTermDays", "-4294967296 days: a whole number from 0 to 3650 is expected"],
  ["letter term 3651", letterTerm(3651), "INVALID_DAYS", "paymentTermDays", wholeDays("3651")],
  ["letter term 2**31", letterTerm(2 ** 31), "INVALID_DAYS", "paymentTermDays", wholeDays("2147483648")],
  ["letter term 2**32", letterTerm(2 ** 32), "INVALID_DAYS", "paymentTermDays", wholeDays("4294967296")],
  ["letter term 2**53", letterTerm(2 ** 53), "INVALID_DAYS", "paymentTermDays", wholeDays("9007199254740992")],
  ["letter term 1e21", letterTerm(1e21), "INVALID_DAYS", "paymentTermDays", wholeDays("1e+21")],
  ["letter term 2.5", letterTerm(2.5), "INVALID_DAYS", "paymentTermDays", "2.5 days: a whole number from 0 to 3650 is expected"],
  ["letter term -Infinity", letterTerm(-Infinity), "INVALID_DAYS", "paymentTermDays", "-Infinity days: a whole number from 0 to 3650 is expected"],
  ["letter kind before term", letterTerm(2 ** 32, "paymentOrder"), "UNKNOWN_VARIANT", "kind", "unknown variant `paymentOrder`, expected one of `reminder`, `collectionDemand`, `finalNotice`"],
  // A review: the names offered were all ten step kinds, eight of which are refused.
  ["letter kind unknown", () => inkasso.letter(claim(), { kind: "letter", date: "2025-03-01", paymentTermDays: 10 }), "UNKNOWN_VARIANT", "kind", "unknown variant `letter`, expected one of `reminder`, `collectionDemand`, `finalNotice`"],
  ["policy days 2**53", policyDays(2 ** 53), "INVALID_POLICY", "policy.reminder.daysAfterDue", atMost("9007199254740992")],
  ["policy days -1e300", policyDays(-1e300), "INVALID_POLICY", "policy.reminder.daysAfterDue", "-1e+300 days: a number of days cannot be negative"],
  ["date 1899-12-31", st(withInvoice({ issueDate: "1899-12-31" })), "DATE_OUT_OF_RANGE", "invoices[0].issueDate", "1899-12-31 is outside the dates supported (1900-01-01 to 2199-12-31)"],
  ["invoice number \\ud800", st(withInvoice({ number: "\ud800" })), "INVALID_TYPE", "invoices[0].number", lone("D800")],
  ["invoice number \\udbff", st(withInvoice({ number: "\udbff" })), "INVALID_TYPE", "invoices[0].number", lone("DBFF")],
  ["invoice number X\\ud800x", st(withInvoice({ number: "X\ud800x" })), "INVALID_TYPE", "invoices[0].number", lone("D800")],
  [
    "credit for X\\udfff",
    st(claim({ invoices: [{ ...invoice, number: "X" }], credits: [{ invoice: "X\udfff", date: "2025-02-01", amount: "1" }] })),
    "INVALID_TYPE",
    "credits[0].invoice",
    lone("DFFF"),
  ],
  ["agreed rate 150", st(withInvoice({ agreedRate: "150" })), "INVALID_RATE", "invoices[0].agreedRate", "an agreed rate must be within 0 … 100 %, got 150"],
  ["agreed rate -5", st(claim({ agreedRate: -5 })), "INVALID_RATE", "agreedRate", "an agreed rate must be within 0 … 100 %, got -5"],
  ["agreed margin 101", st(claim({ agreedMargin: "101" })), "INVALID_RATE", "agreedMargin", "an agreed margin must be within −100 … 100 percentage points, got 101"],
  ["rate at the due date 100.5", st(withInvoice({ rateAtDueDate: "100.5" })), "INVALID_RATE", "invoices[0].rateAtDueDate", "the rate at the due date must be above 0 and at most 100 %, got 100.5"],
  ["rate at the due date and an agreed rate", st(withInvoice({ rateAtDueDate: 9, agreedRate: 9 })), "INVALID_RATE", "invoices[0].rateAtDueDate", "give only one of an agreed rate, an agreed margin and the rate at the due date"],
  ["rate row 150", st(claim(), { ...asOf, rates: [{ from: "2031-01-01", percent: 150 }] }), "INVALID_RATE", "rates[0].percent", "a rate must be within −100 … 100 %, got 150"],
  ["costs on a reminder", st(claim({ steps: [{ kind: "reminder", date: "2025-03-01", costs: "10" }] })), "UNKNOWN_FIELD", "steps[0].costs", "costs are given only for a courtAction or a judgment, not for a step of kind reminder"],
  ["claim null", st(null), "INVALID_TYPE", "claim", "invalid type: null, expected an object"],
  ["options left out", () => inkasso.statement(claim()), "INVALID_TYPE", "options", "invalid type: undefined, expected an object"],
  ["unknown key x\\ud800", st(claim({ "x\ud800": 1 })), "INVALID_TYPE", "claim", lone("D800")],
  ["invoice key \\udc00", st(withInvoice({ "\udc00": 1 })), "INVALID_TYPE", "invoices[0]", lone("DC00")],
  ["statementMany invoice number \\ud800", () => inkasso.statementMany([claim(), withInvoice({ number: "\ud800" })], asOf), "INVALID_TYPE", "[1].invoices[0].number", lone("D800")],
  // What the wrapper refuses before the engine sees it is named as the engine names it: the
  // argument as a whole, a policy's or plan's fields with their prefix, `dates[i]` (red team).
  ["a revoked Proxy as the claim", st(revoked()), "INVALID_TYPE", "claim", unreadable],
  ["a revoked Proxy as the options", st(claim(), revoked()), "INVALID_TYPE", "options", unreadable],
  ["a revoked Proxy as the policy", () => inkasso.timeline(claim(), revoked()), "INVALID_TYPE", "policy", unreadable],
  ["a year whose getter throws", () => inkasso.holidays({ get x() { throw 1; } }), "INVALID_TYPE", "year", unreadable],
  ["a date of 70 000 characters", () => inkasso.nextBankDay("9".repeat(70000)), "TOO_MANY_ITEMS", "date", "a text of 70000 characters: at most 65536 are accepted in one value"],
  ["a policy's channel of 70 000 characters", () => inkasso.timeline(claim(), { reminder: { channel: long } }), "TOO_MANY_ITEMS", "policy.reminder.channel", tooLong],
  // A preset id given as the policy is the argument itself (a review found `policy.preset`).
  ["a preset name of 70 000 characters", () => inkasso.check(claim(), long), "TOO_MANY_ITEMS", "policy", tooLong],
  ["an unknown preset name", () => inkasso.timeline(claim(), "nope"), "UNKNOWN_VARIANT", "policy", unknownPreset],
  ["an unknown preset in a policy object", () => inkasso.timeline(claim(), { preset: "nope" }), "UNKNOWN_VARIANT", "policy.preset", unknownPreset],
  ["a plan's date getter throwing", () => inkasso.instalmentPlan(claim(), { get date() { throw 1; }, firstDate: "2025-04-01", count: 3 }), "INVALID_TYPE", "plan.date", unreadable],
  ["a date of totals of 70 000 characters", () => inkasso.totals(claim(), ["2025-06-30", long]), "TOO_MANY_ITEMS", "dates[1]", tooLong],
  ["1 000 001 claims", () => inkasso.statementMany(new Array(1_000_001).fill(claim()), asOf), "TOO_MANY_ITEMS", "claims", "1000001 claims: at most 1000000 in one call"],
  // A key that is not an identifier is indexed as JS would, escaped as JSON.stringify does.
  ['a claim key "invoices[0]"', st(claim({ "invoices[0]": 1 })), "UNKNOWN_FIELD", '["invoices[0]"]', "unknown field `invoices[0]`, expected one of `debtor`, `reminderFeeAgreed`, `lateFee`, `dayCount`, `shiftDueDate`, `agreedRate`, `agreedMargin`, `invoices`, `steps`, `payments`, `credits`"],
  ['an invoice key "amount.x"', st(withInvoice({ "amount.x": 1 })), "UNKNOWN_FIELD", 'invoices[0]["amount.x"]', `${unknownInvoiceKey("amount.x")} (did you mean \`amount\`?)`],
  ['an invoice key ""', st(withInvoice({ "": 1 })), "UNKNOWN_FIELD", 'invoices[0][""]', unknownInvoiceKey("")],
  ["an invoice key with a newline", st(withInvoice({ "a\nb": 1 })), "UNKNOWN_FIELD", 'invoices[0]["a\\nb"]', unknownInvoiceKey("a\\nb")],
  ["an invoice key with line separators", st(withInvoice({ "a\u2028b\u0085\b": 1 })), "UNKNOWN_FIELD", 'invoices[0]["a\\u2028b\\u0085\\b"]', unknownInvoiceKey("a\\u2028b\\u0085\\b")],
  ['a getter at "a\\u2029b" throwing', st(claim({ invoices: [{ ...invoice, get ["a\u2029b"]() { throw 1; } }] })), "INVALID_TYPE", 'invoices[0]["a\\u2029b"]', unreadable],
  ['a getter at "a.b" throwing', st(claim({ invoices: [{ ...invoice, get ["a.b"]() { throw 1; } }] })), "INVALID_TYPE", 'invoices[0]["a.b"]', unreadable],
  // A rate table is refused at its row.
  ["a rate row's half-year twice", st(claim(), { ...asOf, rates: [{ from: "2027-01-01", percent: "1" }, { from: "2027-01-01", percent: "2" }] }), "INVALID_RATE_TABLE", "rates[1].from", "half-year 2027-H1 is given twice"],
  // Räntelagen 9 §: a policy rate passed as the referensränta (the year-end review).
  ["a policy rate as a referensränta", st(claim(), { ...asOf, rates: [{ from: "2027-01-01", percent: "1.75" }] }), "INVALID_RATE", "rates[0].percent", "1.75 is not a whole multiple of 0.50 percentage points, which a referensränta from 2002-07-01 on always is (räntelagen (1975:635) 9 §: the Riksbank's policy rate rounded up to one); is it the policy rate? A policy rate of 1.75 gives a referensränta of 2.00"],
  ["a rate row after a gap", st(claim(), { ...asOf, rates: [{ from: "2027-01-01", percent: "1" }, { from: "2028-01-01", percent: "2" }] }), "INVALID_RATE_TABLE", "rates[1].from", "half-years 2027-H1 and 2028-H1 leave a gap: every half-year between them needs a row"],
  // Before the embedded table: the gap is after the caller's row (it named 2002-H2, a row the
  // caller never gave).
  ["a rate row before the table with a gap", st(claim(), { ...asOf, rates: [{ from: "1990-01-01", percent: "3" }] }), "INVALID_RATE_TABLE", "rates[0].from", "half-years 1990-H1 and 2002-H2 leave a gap: every half-year between them needs a row"],
  // Objects whose data is not in their keys are not read as empty ones.
  ["a RegExp as the policy", () => inkasso.timeline(claim(), /x/), "INVALID_TYPE", "policy", "invalid type: a RegExp or an Error, expected an object"],
  ["an Error as the policy's reminder", () => inkasso.check(claim(), { reminder: new Error("x") }), "INVALID_TYPE", "policy.reminder", "invalid type: a RegExp or an Error, expected an object"],
  // A name expected: the names are listed.
  ["debtor 5", st(claim({ debtor: 5 })), "INVALID_TYPE", "debtor", "invalid type: the number `5`, expected one of `consumer`, `business`, `public`"],
  // A term is a whole number of days, not a number or a string holding one as money is.
  ["a step's term true", st(claim({ steps: [{ kind: "reminder", date: "2025-03-01", paymentTermDays: true }] })), "INVALID_TYPE", "steps[0].paymentTermDays", "invalid type: boolean `true`, expected a whole number of days"],
  ["a step's term \"10\"", st(claim({ steps: [{ kind: "reminder", date: "2025-03-01", paymentTermDays: "10" }] })), "INVALID_TYPE", "steps[0].paymentTermDays", "invalid type: a string, expected a whole number of days"],
  ["a letter's term {}", () => inkasso.letter(claim(), { kind: "reminder", date: "2025-03-01", paymentTermDays: {} }), "INVALID_TYPE", "paymentTermDays", "invalid type: an object, expected a whole number of days"],
];

for (const [name, call, code, field, message] of messages) {
  test(`message: ${name} → ${code}`, () => {
    assert.throws(call, (e) => {
      assert.equal(e?.name, "InvoicingError", `${e}`);
      assert.equal(e.code, code, e.message);
      assert.equal(e.field, field, e.message);
      assert.equal(e.message, field === null ? message : `${field}: ${message}`);
      assert.doesNotMatch(e.message, RUST_TYPE_NAMES);
      assert.doesNotMatch(e.message, /\.\.=|\binf\b|\d\.0`|\uFFFD/);
      return true;
    });
    assert.equal(inkasso.statement(claim(), asOf).capital, "1000.00");
  });
}

test("a surrogate pair and literal UTF-8 in invoice numbers come back unchanged", () => {
  for (const number of ["\ud83d\ude00", "X\ud83d\ude00", "é😀"]) {
    const s = inkasso.statement(withInvoice({ number }), asOf);
    assert.equal(s.invoices[0].number, number);
  }
  // Two numbers that differ only in their lone surrogates are never taken for one another.
  assert.throws(
    st(claim({ invoices: [{ ...invoice, number: "\ud800" }, { ...invoice, number: "\udbff" }] })),
    (e) => e.code === "INVALID_TYPE" && e.field === "invoices[0].number",
  );
});

test("an array's own toJSON is not used: its elements are read", () => {
  const invoices = Object.assign([invoice], { toJSON: () => [] });
  assert.equal(inkasso.statement(claim({ invoices }), asOf).capital, "1000.00");
});

test(`at least 40 hostile cases`, () => assert.ok(cases.length >= 40, `${cases.length}`));

for (const [name, call, code, field] of cases) {
  test(`hostile: ${name} → ${code}`, () => {
    assert.throws(call, (e) => {
      assert.equal(e?.name, "InvoicingError", `${e}`);
      assert.ok(e instanceof Error);
      assert.equal(e.code, code, e.message);
      if (field !== null) assert.equal(e.field, field, e.message);
      // Plain language (issue 15): no Rust type names, and a bounded length.
      assert.doesNotMatch(e.message, RUST_TYPE_NAMES);
      assert.ok(e.message.length <= 1000, `${e.message.length} characters`);
      return true;
    });
    // The instance is alive: a normal call right after answers.
    assert.equal(inkasso.statement(claim(), asOf).capital, "1000.00");
  });
}

// Red-team round on the engines that build on the claim (timeline, instalmentPlan): the step
// limit is the caller's, and the error names the input at fault.

/** `n` steps: a reminder claiming its fee, then fee-free reminders. */
const stepsOf = (n) => Array.from({ length: n }, (_, i) => ({ kind: "reminder", date: "2025-02-20", fee: i === 0 }));
const every = (c) => ({
  statement: () => inkasso.statement(c, { asOf: "2025-03-03" }),
  check: () => inkasso.check(c, "standard"),
  letter: () => inkasso.letter(c, { kind: "collectionDemand", date: "2025-03-10", paymentTermDays: 10 }),
  timeline: () => inkasso.timeline(c, "standard", {}),
  instalmentPlan: () => inkasso.instalmentPlan(c, { date: "2025-03-03", firstDate: "2025-04-01", count: 3, fee: false }),
  limitation: () => inkasso.limitation(c),
});

test("every export takes the 100 steps the statement takes, and refuses 101 as it does", () => {
  for (const n of [98, 100]) {
    for (const [name, call] of Object.entries(every(claim({ reminderFeeAgreed: true, steps: stepsOf(n) })))) {
      assert.doesNotThrow(call, `${name} of ${n} steps`);
    }
  }
  const c = claim({ reminderFeeAgreed: true, steps: stepsOf(100) });
  const t = inkasso.timeline(c, "standard", {});
  const taken = t.entries.filter((e) => e.status === "taken");
  assert.equal(taken.length, 100);
  const last = taken[taken.length - 1];
  assert.equal(last.ifPaid.total, inkasso.statement(c, { asOf: last.deadline }).total);
  assert.deepEqual(t.entries.filter((e) => e.status === "projected").map((e) => e.kind), ["collectionDemand", "paymentOrder", "enforcement"]);
  const plan = inkasso.instalmentPlan(c, { date: "2025-03-03", firstDate: "2025-04-01", count: 3, fee: false });
  assert.equal(plan.owedAtStart, inkasso.statement(c, { asOf: "2025-03-03" }).total);
  let refused;
  for (const [name, call] of Object.entries(every(claim({ reminderFeeAgreed: true, steps: stepsOf(101) })))) {
    assert.throws(call, (e) => {
      refused ??= { code: e.code, field: e.field, message: e.message };
      assert.deepEqual({ code: e.code, field: e.field, message: e.message }, refused, name);
      return true;
    });
  }
  assert.equal(refused.code, "TOO_MANY_ITEMS");
  assert.equal(refused.field, "steps");
});

test("a timeline's horizon before the first invoice is the horizon at fault", () => {
  assert.throws(
    () => inkasso.timeline(claim(), "standard", { today: "2025-03-01", horizon: "2024-01-01" }),
    (e) => invoicingErrorIs(e, "AS_OF_BEFORE_ISSUE", "horizon") && /^horizon: the horizon 2024-01-01 is before the first invoice was issued \(2025-01-10\)/.test(e.message),
  );
});

test("a claim late in the calendar: the timeline ends at 2199-12-31 and says so", () => {
  const late = claim({ invoices: [{ number: "1", amount: "1000.00", issueDate: "2199-11-01", dueDate: "2199-12-01" }] });
  const t = inkasso.timeline(late, "standard", { today: "2199-12-01" });
  assert.deepEqual(t.entries.map((e) => [e.kind, e.date, e.deadline, e.ifPaid.asOf]), [
    ["due", "2199-12-02", "2199-12-02", "2199-12-02"],
    ["reminder", "2199-12-09", "2199-12-19", "2199-12-19"],
    // 10 days to 2200-01-07, extended to 01-09: four bank days after its assumed receipt.
    ["collectionDemand", "2199-12-27", "2200-01-09", "2199-12-31"],
  ]);
  assert.deepEqual(t.entries[2].notes.map((n) => n.code), ["PROJECTION_ADJUSTED", "BEYOND_LAST_DATE"]);
  assert.equal(t.final.asOf, "2199-12-31");
  const ends = t.warnings.filter((w) => w.code === "BEYOND_LAST_DATE");
  assert.equal(ends.length, 1);
  assert.match(ends[0].text.en, /payment order of 2200-01-20, is after 2199-12-31/);
});

test("an instalment plan past 2199-12-31 names the plan's sizing", () => {
  const late = claim({ invoices: [{ number: "1", amount: "1000.00", issueDate: "2199-11-01", dueDate: "2199-12-01" }] });
  assert.throws(
    () => inkasso.instalmentPlan(late, { date: "2199-12-10", firstDate: "2199-12-20", count: 3, intervalDays: 3650 }),
    (e) => invoicingErrorIs(e, "INVALID_PLAN", "plan.count") && /instalment 3 of 3 would fall on 2219-12-16, after 2199-12-31/.test(e.message),
  );
  assert.throws(
    () => inkasso.instalmentPlan(late, { date: "2199-12-10", firstDate: "2199-12-20", amount: "10", intervalDays: 3 }),
    (e) => invoicingErrorIs(e, "INVALID_PLAN", "plan.amount") && /do not pay the claim by 2199-12-31/.test(e.message),
  );
});

function invoicingErrorIs(e, code, field) {
  assert.equal(e?.name, "InvoicingError", `${e}`);
  assert.equal(e.code, code, e.message);
  assert.equal(e.field, field, e.message);
  return true;
}
