// One source of truth on the demo page: the chart's curve (www/series.js, the code the page
// runs) goes through the very valuations the timeline shows, on several claims under every
// preset: at each entry's valuation date (its deadline, or its date) the curve is the entry's
// `ifPaid.total`, at the end it is the timeline's `final.total`, and on the statement date its
// first point is the statement's total (the page's summary).
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { root } from "../support/consumer.mjs";
import { claimSeries, underPolicy, dayOf } from "../../www/series.js";

const inkasso = await import(pathToFileURL(join(root, "pkg", "inkasso-node.js")).href);
const stepKinds = ["reminder", "collectionDemand", "paymentPlan", "paymentOrder", "enforcement"];

const base = {
  debtor: "consumer", reminderFeeAgreed: true,
  invoices: [{ number: "1", amount: "12500.00", issueDate: "2025-02-12", dueDate: "2025-03-14" }],
  steps: [{ kind: "reminder", date: "2025-03-19" }, { kind: "collectionDemand", date: "2025-03-26" }],
  payments: [],
};
const claims = [
  ["the demo's default view (a planned step on the statement date)", base, "2025-08-15"],
  ["nothing done yet", { ...base, steps: [] }, "2025-03-01"],
  ["a business debtor with a payment", { ...base, debtor: "business", steps: [], payments: [{ date: "2025-04-01", amount: "2000" }] }, "2025-04-10"],
  ["no reminder fee agreed", { ...base, reminderFeeAgreed: false, steps: [] }, "2025-03-20"],
  ["a long history with payments", {
    ...base, invoices: [{ number: "7", amount: "8000.00", issueDate: "2023-05-01", dueDate: "2023-05-31" }],
    steps: [{ kind: "reminder", date: "2023-06-05" }, { kind: "collectionDemand", date: "2023-06-20" }],
    payments: [{ date: "2023-07-10", amount: "1000.00" }, { date: "2023-09-01", amount: "500.00" }],
  }, "2023-10-02"],
  ["no due date", { ...base, invoices: [{ number: "1", amount: "950.50", issueDate: "2025-02-12" }], steps: [] }, "2025-02-20"],
];

let compared = 0;
for (const [name, raw, asOf] of claims) {
  for (const policy of inkasso.presets()) {
    test(`${name}, ${policy.id}: the chart passes through every timeline valuation`, () => {
      const claim = underPolicy(raw, policy);
      const statement = inkasso.statement(claim, { asOf });
      const timeline = inkasso.timeline(claim, policy.id, { today: asOf });
      const { points, markers } = claimSeries(inkasso, { claim, asOf, statement, timeline, stepKinds });
      /** The curve on `date`, after that day's steps (the last point of the day). */
      const on = (date) => points.filter((p) => p.date === date).at(-1)?.total;
      assert.equal(points.find((p) => p.date === asOf)?.total, statement.total, "the first point on the statement date is the summary");
      for (const e of timeline.entries) {
        if (e.ifPaid.asOf < asOf) continue; // valued on a past day with today's knowledge; the curve there is history
        assert.equal(on(e.ifPaid.asOf), e.ifPaid.total, `${e.kind} valued ${e.ifPaid.asOf}`);
        compared++;
      }
      assert.equal(on(timeline.final.asOf), timeline.final.total, "final");
      assert.equal(markers.length, timeline.entries.length);
      for (const m of markers) assert.equal(m.total, on(m.date), `marker ${m.n} sits on the curve`);
      assert.ok(points.every((p, i) => i === 0 || p.day >= points[i - 1].day));
      assert.ok(dayOf(points.at(-1).date) >= dayOf(timeline.final.asOf));
    });
  }
}

test("the comparisons above compared something", () => assert.ok(compared >= 40, `${compared}`));

test("a claim paid before the rate table ends is not called assumed past it: its curve is flat, not dashed", () => {
  // A demo review (stop 66): a claim paid in full still had the chart say "dashed from
  // 2027-01-01" of a line flat at 0.
  const claim = { ...base, steps: [], payments: [{ date: "2025-04-01", amount: "20000.00" }] };
  const asOf = "2027-06-01";
  const statement = inkasso.statement(claim, { asOf });
  const timeline = inkasso.timeline(claim, "standard", { today: asOf });
  const series = claimSeries(inkasso, { claim, asOf, statement, timeline, stepKinds });
  assert.ok(series.points.some((p) => p.date > "2026-12-31"), "the chart reaches past the table");
  assert.equal(series.assumed, null);
  assert.ok(series.points.every((p) => !p.assumed));
  // Unpaid, the same chart rests on the assumed rate from the table's end.
  const unpaid = { ...base, steps: [] };
  const s2 = claimSeries(inkasso, { claim: unpaid, asOf, statement: inkasso.statement(unpaid, { asOf }), timeline: inkasso.timeline(unpaid, "standard", { today: asOf }), stepKinds });
  assert.deepEqual(s2.assumed?.from, "2027-01-01");
  assert.ok(s2.points.filter((p) => p.date > "2026-12-31").every((p) => p.assumed));
});

test("the page has its own words for a plan whose instalments and payments pass the 1 000 payments of a claim", async () => {
  // A demo review (stop 66): with 1 000 payments the plan said "Too many rows: at most 100 steps
  // and 1,000 payments" of a claim that had exactly 1 000.
  const { PLAN_ERRORS } = await import("../../www/i18n.js");
  const claim = { ...base, steps: [], payments: Array.from({ length: 1000 }, () => ({ date: "2025-05-01", amount: "1.00" })) };
  let error;
  try {
    inkasso.instalmentPlan(claim, { date: "2025-08-15", count: 12, firstDate: "2025-09-01" });
  } catch (e) {
    error = e;
  }
  assert.deepEqual([error?.code, error?.field], ["TOO_MANY_ITEMS", "plan.count"]);
  for (const lang of ["sv", "en"]) assert.match(PLAN_ERRORS[lang][`${error.code} ${error.field}`], /1\u00a0000|1,000/);
});
