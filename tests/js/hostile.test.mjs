// Hostile input, through the built package: each case must throw an InvoicingError with the
// specific code (and field) in the table, and the same instance must answer normally afterwards.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "pkg");
const inkasso = await import(join(pkgDir, "inkasso.js"));
inkasso.initSync({ module: readFileSync(join(pkgDir, "inkasso_bg.wasm")) });

const invoice = { number: "1", amount: "1000.00", issueDate: "2025-01-10", dueDate: "2025-02-10" };
const claim = (over = {}) => ({ debtor: "consumer", invoices: [invoice], ...over });
const withInvoice = (over) => claim({ invoices: [{ ...invoice, ...over }] });
const asOf = { asOf: "2025-06-30" };
const st = (c, o = asOf) => () => inkasso.statement(c, o);

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
  ["as of before issue", st(claim(), { asOf: "2024-12-31" }), "AS_OF_BEFORE_ISSUE", "asOf"],
  // sizes and identities
  ["no invoices", st(claim({ invoices: [] })), "NO_INVOICES", "invoices"],
  ["10 000 payments", st(claim({ payments: Array.from({ length: 10000 }, () => ({ date: "2025-03-01", amount: "1" })) })), "TOO_MANY_ITEMS", "payments"],
  ["blank invoice number", st(withInvoice({ number: "  " })), "INVALID_INVOICE_NUMBER", "invoices[0].number"],
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
  ["strict rates uncovered", st(claim(), { asOf: "2027-06-30", strictRates: true }), "RATE_NOT_COVERED", null],
  ["referenceRate number", () => inkasso.referenceRate(20240315), "INVALID_TYPE", "date"],
  ["holidays NaN", () => inkasso.holidays(NaN), "DATE_OUT_OF_RANGE", "year"],
  ["holidays string", () => inkasso.holidays("2025"), "INVALID_TYPE", "year"],
  ["nextBankDay garbage", () => inkasso.nextBankDay("tomorrow"), "INVALID_DATE", "date"],
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
