// What the errors say, one row per case: the messages an error-message review found
// misleading or unhelpful, through the built package (code, field and the whole message).
import { test } from "node:test";
import assert from "node:assert/strict";
import { inkasso, invoice, claim, withInvoice, asOf, st } from "./fixtures.mjs";
const CLAIM_FIELDS = "`debtor`, `reminderFeeAgreed`, `lateFee`, `dayCount`, `shiftDueDate`, `agreedRate`, `agreedMargin`, `invoices`, `steps`, `payments`, `credits`";

const rows = [
  ["a line break in an invoice number is said as one", st(withInvoice({ number: "a\nb" })), "INVALID_INVOICE_NUMBER", "invoices[0].number",
    "invoices[0].number: an invoice number must be one line, without control, line-break or bidirectional characters"],
  ["a tab likewise", st(withInvoice({ number: "A\tB" })), "INVALID_INVOICE_NUMBER", "invoices[0].number",
    "invoices[0].number: an invoice number must be one line, without control, line-break or bidirectional characters"],
  ["a zero-width space is an invisible character", st(withInvoice({ number: "10\u200b01" })), "INVALID_INVOICE_NUMBER", "invoices[0].number",
    "invoices[0].number: an invoice number must not contain an invisible character (a zero-width or non-breaking space, a soft hyphen, a joiner): only a plain space between its parts"],
  ["a long invoice number is too long, not blank", st(withInvoice({ number: "x".repeat(101) })), "INVALID_INVOICE_NUMBER", "invoices[0].number",
    "invoices[0].number: an invoice number must be at most 100 characters, got 101"],
  ["a blank one is blank", st(withInvoice({ number: "  " })), "INVALID_INVOICE_NUMBER", "invoices[0].number",
    "invoices[0].number: an invoice number must be 1 to 100 characters, not blank"],
  ["strictRates: the per diem's day, not the statement date, is missing", st(claim(), { asOf: "2026-12-31", strictRates: true }), "RATE_NOT_COVERED", "asOf",
    "asOf: no referensränta for 2027-01-01 (half-year 2027-H1), the day after 2026-12-31: with `strictRates` the per diem of 2026-12-31 (the next day's interest) needs one, and the table covers 2002-07-01 to 2026-12-31; pass that half-year's referensränta in `rates`"],
  ["the same in totals, at its date", () => inkasso.totals(claim(), ["2026-06-30", "2026-12-31"], { strictRates: true }), "RATE_NOT_COVERED", "dates[1]",
    "dates[1]: no referensränta for 2027-01-01 (half-year 2027-H1), the day after 2026-12-31: with `strictRates` the per diem of 2026-12-31 (the next day's interest) needs one, and the table covers 2002-07-01 to 2026-12-31; pass that half-year's referensränta in `rates`"],
  ["an option written into the claim says where it goes", st(claim({ asOf: "2025-06-30" }), {}), "UNKNOWN_FIELD", "asOf",
    `asOf: unknown field \`asOf\`, expected one of ${CLAIM_FIELDS} (\`asOf\` is no field of the claim: the functions that take it take it in another argument, their options or plan)`],
  ["a claim field that is no option: no such hint", st(claim({ asof: "2025-06-30" })), "UNKNOWN_FIELD", "asof",
    `asof: unknown field \`asof\`, expected one of ${CLAIM_FIELDS}`],
  // The name most likely meant (an error-message review: a case slip among ten names).
  ["a case slip in a step kind", st(claim({ steps: [{ kind: "collectiondemand", date: "2025-03-01" }] })), "UNKNOWN_VARIANT", "steps[0].kind",
    "steps[0].kind: unknown variant `collectiondemand`, expected one of `reminder`, `collectionDemand`, `finalNotice`, `paymentPlan`, `paymentOrder`, `enforcement`, `dispute`, `courtAction`, `judgment`, `surveillance` (did you mean `collectionDemand`?)"],
  ["a typo in the debtor", st(claim({ debtor: "consumr" })), "UNKNOWN_VARIANT", "debtor",
    "debtor: unknown variant `consumr`, expected one of `consumer`, `business`, `public` (did you mean `consumer`?)"],
  ["a typo in a field", st({ debtr: "consumer", invoices: [invoice] }), "UNKNOWN_FIELD", "debtr",
    `debtr: unknown field \`debtr\`, expected one of ${CLAIM_FIELDS} (did you mean \`debtor\`?)`],
  ["nothing near: no guess", st(claim({ debtor: "company" })), "UNKNOWN_VARIANT", "debtor",
    "debtor: unknown variant `company`, expected one of `consumer`, `business`, `public`"],
  ["a letter's kind in the claim", () => inkasso.letter(claim({ kind: "reminder" }), { kind: "reminder", date: "2025-03-01" }), "UNKNOWN_FIELD", "kind",
    `kind: unknown field \`kind\`, expected one of ${CLAIM_FIELDS} (\`kind\` is no field of the claim: the functions that take it take it in another argument, their options or plan)`],
  ["an amount from float arithmetic: how to round it", st(withInvoice({ amount: 0.1 + 0.2 })), "INVALID_AMOUNT", "invoices[0].amount",
    "invoices[0].amount: more than two decimals: \"0.30000000000000004\" (write amounts like \"12500.00\"): a JS number from arithmetic (0.1 + 0.2)? Round it to öre first, Math.round(x * 100) / 100, or pass the amount as a string"],
  ["a string amount with three decimals: no JS-number hint", st(withInvoice({ amount: "12.345" })), "INVALID_AMOUNT", "invoices[0].amount",
    "invoices[0].amount: more than two decimals: \"12.345\" (write amounts like \"12500.00\")"],
  ["an amount beyond every range is out of range, said as one", st(withInvoice({ amount: 1e21 })), "AMOUNT_OUT_OF_RANGE", "invoices[0].amount",
    "invoices[0].amount: the amount must be at most 1000000000000.00, got 1000000000000000000000"],
  ["a rate beyond every range likewise", st(withInvoice({ agreedRate: 1e21 })), "INVALID_RATE", "invoices[0].agreedRate",
    "invoices[0].agreedRate: an agreed rate must be within 0 … 100 %, got 1000000000000000000000"],
  ["an empty rate is an empty value, not an amount", st(withInvoice({ agreedRate: "" })), "INVALID_RATE", "invoices[0].agreedRate",
    "invoices[0].agreedRate: empty value: \"\" (write rates in percent like \"4.00\")"],
  ["a plan with neither count nor amount", () => inkasso.instalmentPlan(claim(), { date: "2025-06-30", firstDate: "2025-07-30" }), "INVALID_PLAN", "plan.count",
    "plan.count: give either count or amount (neither was given)"],
  ["a plan with both", () => inkasso.instalmentPlan(claim(), { date: "2025-06-30", firstDate: "2025-07-30", count: 3, amount: "100.00" }), "INVALID_PLAN", "plan.count",
    "plan.count: give either count or amount, not both"],
  ["a plan's count out of range says the count, however large", () => inkasso.instalmentPlan(claim(), { date: "2025-06-30", firstDate: "2025-07-30", count: -5 }), "INVALID_PLAN", "plan.count",
    "plan.count: -5: the number of instalments must be 1 … 360"],
  ["a plan's huge count likewise", () => inkasso.instalmentPlan(claim(), { date: "2025-06-30", firstDate: "2025-07-30", count: 1e21 }), "INVALID_PLAN", "plan.count",
    "plan.count: 1e+21: the number of instalments must be 1 … 360"],
  ["a plan's interval out of range says the interval", () => inkasso.instalmentPlan(claim(), { date: "2025-06-30", firstDate: "2025-07-30", count: 3, intervalMonths: 121 }), "INVALID_PLAN", "plan.intervalMonths",
    "plan.intervalMonths: 121: the interval must be 1 … 120 months"],
  ["a plan's first instalment before its date, with both dates", () => inkasso.instalmentPlan(claim(), { date: "2025-06-30", firstDate: "2025-05-30", count: 3 }), "INVALID_PLAN", "plan.firstDate",
    "plan.firstDate: the first instalment, 2025-05-30, is before the plan's date, 2025-06-30"],
  ["a plan before every invoice, with both dates", () => inkasso.instalmentPlan(claim(), { date: "2024-03-03", firstDate: "2024-04-03", count: 3 }), "INVALID_PLAN", "plan.date",
    "plan.date: the plan is dated 2024-03-03, before the first invoice was issued, 2025-01-10"],
  ["a year as a string", () => inkasso.holidays("2025"), "INVALID_TYPE", "year", "year: a year must be a number, got the string \"2025\""],
  ["no year", () => inkasso.holidays(), "INVALID_TYPE", "year", "year: a year must be a number, got nothing (undefined or null)"],
  ["a BigInt year", () => inkasso.holidays(2025n), "INVALID_TYPE", "year", "year: a year must be a number, got a BigInt"],
  ["a year as an array", () => inkasso.holidays([2025]), "INVALID_TYPE", "year", "year: a year must be a number, got an array"],
  ["a year out of range, with the value", () => inkasso.holidays(2025.5), "DATE_OUT_OF_RANGE", "year", "year: the year must be a whole number from 1900 to 2199, got 2025.5"],
  ["a Date object for a date", () => inkasso.referenceRate(new Date(0)), "INVALID_TYPE", "date",
    "date: a date must be a string written YYYY-MM-DD: invalid type: a Date object (dates are \"YYYY-MM-DD\" strings), expected a string"],
  ["no date", () => inkasso.nextBankDay(), "INVALID_TYPE", "date", "date: a date must be a string written YYYY-MM-DD, got nothing (undefined or null)"],
];

for (const [name, call, code, field, message] of rows) {
  test(name, () => {
    assert.throws(call, (e) => {
      assert.equal(e.name, "InvoicingError");
      assert.deepEqual([e.code, e.field, e.message], [code, field, message]);
      return true;
    });
  });
}

test("a message naming a 2 000-character key keeps what it says of it", () => {
  const key = "k".repeat(2000);
  assert.throws(st(claim({ [key]: 1 })), (e) => {
    assert.equal(e.field, key, "the field stays whole");
    assert.ok(e.message.length <= 1000);
    assert.equal(e.message, `${"k".repeat(60)}…: unknown field \`${"k".repeat(60)}…\`, expected one of ${CLAIM_FIELDS}`);
    return true;
  });
});
