// A payment after the embedded rate table (2026-12-31): every function judges which invoices it
// interrupts (preskriptionslagen 5 §) on the same valuation of the history, the last known
// referensränta assumed after the table or the caller's `rates` (a cross-export review found
// `limitation` and `letter` judging without interest for those days, `check`, `timeline` and
// `instalmentPlan` with it: they disagreed on whether an invoice was time-barred). `limitation`
// and `check` take `{ rates }` as the others do.
import { test } from "node:test";
import assert from "node:assert/strict";
import { check, instalmentPlan, letter, limitation, timeline } from "../../pkg/inkasso-node.js";

// 200 kr on 2028-05-02: with 2027's and 2028's days valued at the last known rate it pays A's
// interest only, and B (issued 2025-06-02, 3 years) is time-barred after 2028-06-02.
const claim = {
  debtor: "consumer",
  invoices: [
    { number: "A", amount: "1000.00", issueDate: "2025-05-02", dueDate: "2025-06-02" },
    { number: "B", amount: "1000.00", issueDate: "2025-06-02", dueDate: "2025-07-02" },
  ],
  payments: [{ date: "2028-05-02", amount: "200.00" }],
};
const day = "2028-06-05";
// A referensränta of −8.00 from 2027: no dröjsmålsränta for those days, so the payment pays
// A's interest to 2026 and then B's, interrupting B (2031-05-02).
const rates = ["2027-01-01", "2027-07-01", "2028-01-01"].map((from) => ({ from, percent: "-8.00" }));
const reminded = { ...claim, steps: [{ kind: "reminder", date: day, fee: false }] };
const code = (f) => { try { f(); return null; } catch (e) { return e.code; } };

test("every function finds B time-barred on the embedded table, the last rate assumed", () => {
  assert.deepEqual(limitation(claim).invoices.map((i) => i.preskriptionDate), ["2031-05-02", "2028-06-02"]);
  // Each says the payment's allocation rests on the assumed rate (the year-end review).
  assert.equal(limitation(claim).assumed, true);
  assert.deepEqual(check(reminded).map((f) => [f.code, f.step, f.field]), [["TIME_BARRED_DEMANDED", 0, "steps[0]"], ["RATE_ASSUMED", undefined, "rates"]]);
  assert.equal(code(() => letter(claim, { kind: "reminder", date: day, paymentTermDays: 10 })), "TIME_BARRED");
  assert.equal(code(() => instalmentPlan(claim, { date: day, firstDate: "2028-07-05", count: 2 })), "TIME_BARRED");
  const t = timeline(claim, "standard", { today: day });
  assert.ok(t.entries.every((e) => e.status !== "projected"), "nothing projected on a time-barred claim");
});

test("with the caller's rates, every function finds B interrupted by the payment", () => {
  assert.deepEqual(limitation(claim, { rates }).invoices.map((i) => i.preskriptionDate), ["2031-05-02", "2031-05-02"]);
  assert.equal(limitation(claim, { rates }).assumed, undefined);
  assert.deepEqual(check(reminded, null, { rates }), []);
  assert.equal(letter(claim, { kind: "reminder", date: day, paymentTermDays: 10, rates }).total, "2108.71");
  // The same, with the 170 kr plan fee.
  assert.equal(instalmentPlan(claim, { date: day, firstDate: "2028-07-05", count: 2 }, { rates }).owedAtStart, "2278.71");
});

test("limitation's and check's options are read as referenceRates' are", () => {
  const thrown = (f) => { try { f(); } catch (e) { return [e.name, e.code, e.field]; } return null; };
  assert.deepEqual(thrown(() => limitation(claim, { rates: [{ from: "2027-02-01", percent: "1" }] })), ["InvoicingError", "INVALID_RATE_TABLE", "rates[0].from"]);
  assert.deepEqual(thrown(() => check(claim, null, 5)), ["InvoicingError", "INVALID_TYPE", "options"]);
  assert.deepEqual(thrown(() => limitation(claim, { rate: [] })), ["InvoicingError", "UNKNOWN_FIELD", "rate"]);
  assert.deepEqual(thrown(() => check(claim, "standard", { rates: "x" })), ["InvoicingError", "INVALID_TYPE", "rates"]);
  // Left out, undefined and null are the embedded table.
  for (const options of [undefined, null, {}]) {
    assert.deepEqual(limitation(claim, options), limitation(claim));
    assert.deepEqual(check(reminded, undefined, options), check(reminded));
  }
});

test("a run of half-years without a rate is one warning, through every path (statement, statementMany, totals' text)", async () => {
  const { statement, statementMany } = await import("../../pkg/inkasso-node.js");
  const claim = { debtor: "consumer", invoices: [{ number: "1", amount: "1000.00", issueDate: "2026-01-01", dueDate: "2026-02-01" }] };
  for (const s of [statement(claim, { asOf: "2040-12-31" }), statementMany([claim], { asOf: "2040-12-31" })[0], statement(claim, { asOf: "2040-12-31", detail: "summary" })]) {
    const runs = s.warnings.filter((w) => w.code === "RATE_NOT_COVERED" && w.field === undefined);
    assert.equal(runs.length, 1);
    assert.equal(runs[0].halfYear, "2027-H1");
    assert.equal(runs[0].throughHalfYear, "2040-H2");
    assert.ok(runs[0].text.sv.startsWith("Referensräntan för första halvåret 2027 till och med andra halvåret 2040 saknas"), runs[0].text.sv);
    assert.deepEqual(Object.keys(JSON.parse(JSON.stringify(runs[0]))).sort(), ["code", "halfYear", "text", "throughHalfYear"]);
    // A single half-year has none.
    const perDiem = s.warnings.find((w) => w.field === "perDiem");
    assert.equal(perDiem.halfYear, "2041-H1");
    assert.ok(!("throughHalfYear" in perDiem));
  }
});
