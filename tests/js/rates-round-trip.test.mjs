// The year-end review: `referenceRates()` rows could not be passed back as `rates`
// (`UNKNOWN_FIELD rates[0].to`): an app reading the table, adding the new half-year and passing
// it on had to rename `referenceRate` to `percent` and drop three fields. A row of
// `referenceRates()` is now taken as it is, its extra fields checked against it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { referenceRate, referenceRates, statement, totals } from "../../pkg/inkasso-node.js";

const thrown = (f) => { try { f(); } catch (e) { return [e.name, e.code, e.field, e.message]; } return null; };
const claim = {
  debtor: "consumer",
  invoices: [{ number: "1", amount: "10000.00", issueDate: "2026-05-01", dueDate: "2026-06-01" }],
};

test("the whole table read out is taken back, and gives the same statement", () => {
  const table = referenceRates();
  const asOf = "2026-12-31";
  assert.deepEqual(statement(claim, { asOf, rates: table }), statement(claim, { asOf }));
  assert.deepEqual(referenceRates({ rates: table }), table);
});

test("a row read out and changed, or added, is taken with its own fields", () => {
  const table = referenceRates();
  const last = table.at(-1);
  // The provisional 2026-H2 row confirmed: no PROVISIONAL_RATE left.
  const confirmed = { ...last, status: "confirmed", source: "Riksbanken" };
  const next = { from: "2027-01-01", to: "2027-06-30", halfYear: "2027-H1", referenceRate: "2.50", latePaymentRate: "10.50", status: "confirmed", source: "Riksbanken" };
  const s = statement(claim, { asOf: "2027-03-31", rates: [confirmed, next] });
  assert.deepEqual(s.warnings.map((w) => w.code), []);
  assert.equal(referenceRate("2027-02-01", { rates: [next] }).latePaymentRate, "10.50");
  // Each form gives the same figures as the plain row.
  const plain = { from: "2027-01-01", percent: "2.50", source: "Riksbanken" };
  assert.deepEqual(totals(claim, ["2027-03-31"], { rates: [next] }), totals(claim, ["2027-03-31"], { rates: [plain] }));
});

test("a row whose fields disagree is refused at the field, as is one giving the rate twice or not at all", () => {
  const next = { from: "2027-01-01", to: "2027-06-30", halfYear: "2027-H1", referenceRate: "2.50", latePaymentRate: "10.50" };
  const at = (row) => thrown(() => statement(claim, { asOf: "2027-03-31", rates: [row] }));
  assert.deepEqual(at({ ...next, to: "2027-12-31" }), ["InvoicingError", "INVALID_RATE_TABLE", "rates[0].to",
    "rates[0].to: a row's `to` is the last day of its half-year, 2027-06-30, not 2027-12-31"]);
  assert.deepEqual(at({ ...next, halfYear: "2027-H2" }).slice(1, 3), ["INVALID_RATE_TABLE", "rates[0].halfYear"]);
  // The referensränta changed and the dröjsmålsränta not: which one was meant is not guessed.
  assert.deepEqual(at({ ...next, referenceRate: "3.00" }), ["InvoicingError", "INVALID_RATE_TABLE", "rates[0].latePaymentRate",
    "rates[0].latePaymentRate: the dröjsmålsränta of a referensränta of 3.00 % is 11.00 %, not 10.50 %"]);
  assert.deepEqual(at({ ...next, percent: "2.50" }).slice(1, 3), ["INVALID_RATE_TABLE", "rates[0].referenceRate"]);
  assert.deepEqual(at({ from: "2027-01-01" }).slice(1, 3), ["MISSING_FIELD", "rates[0].percent"]);
  assert.deepEqual(at({ ...next, referenceRate: "1.75" }).slice(1, 3), ["INVALID_RATE", "rates[0].referenceRate"]);
  assert.deepEqual(at({ ...next, to: "30 June" }).slice(1, 3), ["INVALID_DATE", "rates[0].to"]);
  assert.deepEqual(at({ ...next, latePaymentRate: "10,50" }).slice(1, 3), ["INVALID_RATE", "rates[0].latePaymentRate"]);
  // null is the field left out, as everywhere.
  assert.equal(at({ ...next, to: null, halfYear: null, latePaymentRate: null, percent: null }), null);
  assert.deepEqual(at({ ...next, validTo: "2027-06-30" }).slice(1, 3), ["UNKNOWN_FIELD", "rates[0].validTo"]);
});

test("a table with any referensränta the reader takes goes back in (the diff review: 95 % failed at latePaymentRate, read as an agreed margin)", () => {
  for (const percent of ["95", "100", "-100", "-9"]) {
    const table = referenceRates({ rates: [{ from: "2027-01-01", percent }] });
    assert.deepEqual(referenceRates({ rates: table }), table, percent);
  }
  assert.deepEqual(thrown(() => referenceRates({ rates: [{ from: "2027-01-01", referenceRate: "2.50", latePaymentRate: "109" }] })).slice(1),
    ["INVALID_RATE", "rates[0].latePaymentRate", "rates[0].latePaymentRate: a dröjsmålsränta must be within 0 … 108 %, got 109"]);
});
