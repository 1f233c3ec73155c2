// `totals` says which invoices are time-barred on each date (`timeBarred`), as a statement's
// TIME_BARRED warnings on that date say: invoice numbers of any characters, dates in any
// order, payments and steps that interrupt preskription between the dates, and each record
// with an array of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { statement, totals } from "../../pkg/inkasso-node.js";

const claim = {
  debtor: "consumer",
  invoices: [
    { number: "Ö-1", amount: "1000.00", issueDate: "2020-01-01", dueDate: "2020-01-31" },
    { number: "B \"två\" \\", amount: "500.00", issueDate: "2020-06-01", dueDate: "2020-06-30" },
    { number: "C", amount: "700.00", issueDate: "2021-03-01", dueDate: "2021-03-31" },
  ],
  // The reminder is about the invoices past due on its day (Ö-1 and B), not C: their
  // periods run from 2020-08-01, C's from its issue. The payment on the last day of the
  // period pays Ö-1 (the earliest due), whose period runs again; B's ends, then C's.
  steps: [{ kind: "reminder", date: "2020-08-01", fee: false }],
  payments: [{ date: "2023-08-01", amount: "100.00" }],
};

const barredBy = (c, asOf) =>
  statement(c, { asOf, detail: "summary" })
    .warnings.filter((w) => w.code === "TIME_BARRED")
    .map((w) => c.invoices[Number(/\[(\d+)\]/.exec(w.field)[1])].number);

test("timeBarred names the invoices of the statement's TIME_BARRED warnings on each date", () => {
  const dates = [];
  for (let d = new Date("2022-12-20T00:00:00Z"); d <= new Date("2024-04-10T00:00:00Z"); d.setUTCDate(d.getUTCDate() + 3)) {
    dates.push(d.toISOString().slice(0, 10));
  }
  // Some dates again, some going back.
  dates.push("2023-08-02", "2023-07-31", "2024-03-02", "2020-01-01");
  const records = totals(claim, dates);
  assert.equal(records.length, dates.length);
  const seen = new Set();
  records.forEach((r, i) => {
    assert.equal(r.asOf, dates[i]);
    assert.deepEqual(r.timeBarred, barredBy(claim, dates[i]), dates[i]);
    seen.add(JSON.stringify(r.timeBarred));
  });
  // The sets met on the way: none, B from 2023-08-02, then C too from 2024-03-02.
  assert.deepEqual([...seen], [
    "[]",
    JSON.stringify(["B \"två\" \\"]),
    JSON.stringify(["B \"två\" \\", "C"]),
  ]);
  assert.deepEqual(totals(claim, ["2023-08-01", "2023-08-02", "2024-03-01", "2024-03-02"]).map((r) => r.timeBarred.length), [0, 1, 1, 2]);
  // Without the payment, Ö-1's period ends with B's.
  const unpaid = { ...claim, payments: [] };
  assert.deepEqual(totals(unpaid, ["2023-08-02"])[0].timeBarred, ["Ö-1", "B \"två\" \\"]);
});

test("a payment before the end of the period keeps the invoice it pays from being time-barred", () => {
  const paid = { ...claim, payments: [{ date: "2022-12-01", amount: "100.00" }] };
  const [before, after] = totals(paid, ["2023-01-01", "2023-01-02"]);
  assert.deepEqual(before.timeBarred, []);
  // Ö-1 was paid on 2022-12-01 (interrupted); the reminder interrupted B on 2020-08-01.
  assert.deepEqual(after.timeBarred, []);
  assert.deepEqual(totals(paid, ["2023-08-02"])[0].timeBarred, ["B \"två\" \\"]);
  assert.deepEqual(totals(paid, ["2025-12-02"])[0].timeBarred, ["Ö-1", "B \"två\" \\", "C"]);
});

test("an invoice paid in full is not time-barred, and each record has its own array", () => {
  const settled = { ...claim, payments: [{ date: "2021-04-01", amount: "5000.00" }] };
  const records = totals(settled, ["2025-01-01", "2025-01-02"]);
  assert.deepEqual(records.map((r) => r.timeBarred), [[], []]);
  const records2 = totals({ ...claim, payments: [] }, ["2024-01-01", "2024-01-02", "2024-01-03"]);
  records2[0].timeBarred.push("changed");
  assert.deepEqual(records2[1].timeBarred, ["Ö-1", "B \"två\" \\"]);
  assert.deepEqual(records2[2].timeBarred, ["Ö-1", "B \"två\" \\"]);
  assert.deepEqual(Object.keys(records2[1]), [
    "asOf", "capital", "interest", "fees", "total", "credit", "perDiem",
    "rateNotCovered", "assumed", "provisional", "timeBarred",
  ]);
  assert.equal(JSON.stringify(records2[2]).endsWith(',"timeBarred":["Ö-1","B \\"två\\" \\\\"]}'), true);
});
