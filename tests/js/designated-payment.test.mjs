// A payment made for one invoice (`invoice` on a payment) through the built package: the
// statement's quick reader and the general one (an invoice number with characters the quick
// reader leaves to it) read it alike, `statementMany` and `totals` too, `limitation` counts
// it for that invoice alone, and what cannot be read throws with its field.
import { test } from "node:test";
import assert from "node:assert/strict";
import { check, letter, limitation, statement, statementMany, timeline, totals, InvoicingError } from "../../pkg/inkasso-node.js";

const claim = (b, payment) => ({
  debtor: "consumer",
  reminderFeeAgreed: true,
  invoices: [
    { number: "A", amount: "1000.00", issueDate: "2025-01-10", dueDate: "2025-02-10" },
    { number: b, amount: "2000.00", issueDate: "2025-02-08", dueDate: "2025-03-10" },
  ],
  steps: [{ kind: "reminder", date: "2025-03-20" }],
  payments: [{ date: "2025-04-01", amount: "1500.00", ...payment }],
});

for (const b of ["B", "B \"två\" \u00e5\\"]) {
  test(`a payment for invoice ${JSON.stringify(b)} pays it first`, () => {
    const s = statement(claim(b, { invoice: b }), { asOf: "2025-06-30" });
    assert.deepEqual(
      [s.allocations[0].fees, s.allocations[0].interest, s.allocations[0].capital, s.allocations[0].credit],
      ["60.00", "13.26", "1426.74", "0.00"],
    );
    assert.deepEqual(s.invoices.map((i) => i.capital), ["1000.00", "573.26"]);
    const usual = statement(claim(b, {}), { asOf: "2025-06-30" });
    assert.deepEqual(usual.invoices.map((i) => i.capital), ["0.00", "1588.33"]);
    assert.deepEqual(statement(claim(b, { invoice: null }), { asOf: "2025-06-30" }).invoices, usual.invoices);
    const [many] = statementMany([claim(b, { invoice: b })], { asOf: "2025-06-30" });
    assert.deepEqual(JSON.parse(JSON.stringify(many)), JSON.parse(JSON.stringify(s)));
    const [t] = totals(claim(b, { invoice: b }), ["2025-06-30"]);
    assert.equal(t.total, s.total);
  });
}

test("limitation: the payment interrupts the preskription of its invoice alone", () => {
  const c = (payment) => ({ ...claim("B", payment), steps: [], payments: [{ date: "2026-05-01", amount: "100.00", ...payment }] });
  assert.deepEqual(limitation(c({ invoice: "B" })).invoices.map((i) => i.preskriptionDate), ["2028-01-10", "2029-05-01"]);
  assert.deepEqual(limitation(c({})).invoices.map((i) => i.preskriptionDate), ["2029-05-01", "2028-02-08"]);
});

test("limitation: an invoice the payment for it pays in full is settled, and says so", () => {
  const c = { ...claim("B", {}), steps: [], payments: [{ date: "2025-02-01", amount: "1000.00", invoice: "A" }] };
  const l = limitation(c);
  assert.deepEqual(l.invoices.map((i) => i.settled), [true, false]);
  assert.equal(l.invoices[0].text.en, "Invoice A: paid or credited in full; none of its capital is left to be time-barred.");
  assert.deepEqual([l.settled, l.invoice, l.preskriptionDate], [false, "B", "2028-02-08"]);
});

test("an invoice the claim does not have, one not issued yet, or no string, is refused with its field", () => {
  const refused = (payment, code, field) => {
    assert.throws(
      () => statement(claim("B", payment), { asOf: "2025-06-30" }),
      (e) => e instanceof InvoicingError && e.code === code && e.field === field,
    );
  };
  refused({ invoice: "C" }, "UNKNOWN_INVOICE", "payments[0].invoice");
  refused({ invoice: "B", date: "2025-02-01" }, "PAYMENT_BEFORE_ISSUE", "payments[0].date");
  for (const invoice of [7, true, ["B"], {}]) refused({ invoice }, "INVALID_TYPE", "payments[0].invoice");
});

test("timeline: an invoice paid off before its due date does not hold the road", () => {
  const c = (payment) => ({
    debtor: "consumer",
    invoices: [
      { number: "A", amount: "1000.00", issueDate: "2025-01-10", dueDate: "2025-02-10" },
      { number: "B", amount: "2000.00", issueDate: "2025-01-20", dueDate: "2025-05-20" },
    ],
    payments: [{ date: "2025-02-01", amount: "2000.00", ...payment }],
  });
  const first = (claim) => {
    const t = timeline(claim, "standard", { today: "2025-02-05" });
    return [t.dueDate, t.entries.find((e) => e.status === "projected")];
  };
  const [due, step] = first(c({ invoice: "B" }));
  assert.equal(due, "2025-02-10");
  assert.equal(step.kind, "reminder");
  assert.ok(step.date > "2025-02-10" && step.date < "2025-03-01", step.date);
  // letter and check agree with it.
  assert.equal(letter(c({ invoice: "B" }), { kind: "reminder", date: step.date, paymentTermDays: 10 }).kind, "reminder");
  const recorded = { ...c({ invoice: "B" }), steps: [{ kind: "reminder", date: step.date }] };
  assert.deepEqual(check(recorded).filter((f) => f.severity === "error"), []);
  // Paid in the usual order (A first), B still owed: the road waits for B's due date.
  const [usualDue, usual] = first(c({}));
  assert.equal(usualDue, "2025-05-20");
  assert.ok(usual.date > "2025-05-20", usual.date);
});
