// `totals` with dates in any order: the same records as the same dates in order, in the
// caller's order, each the summary statement of its date; and the first date in the caller's
// order that fails is the one named. Dates out of order are worked out in date order (a
// red-team review: each date earlier than the one before replayed the claim from its start,
// 250 s for 100 000 shuffled dates of a large claim; `node bench/bench.mjs` prints the time).
import { test } from "node:test";
import assert from "node:assert/strict";
import { statement, totals } from "../../pkg/inkasso-node.js";

const claim = {
  debtor: "business",
  reminderFeeAgreed: true,
  invoices: [
    { number: "A", amount: "12000.00", issueDate: "2019-01-10", dueDate: "2019-02-10" },
    { number: "B", amount: "3000.00", issueDate: "2020-05-01", dueDate: "2020-05-31" },
    { number: "C", amount: "800.00", issueDate: "2024-02-01" },
  ],
  payments: [
    { date: "2019-06-01", amount: "2000.00" },
    { date: "2021-03-15", amount: "5000.00" },
    { date: "2024-09-30", amount: "450.00" },
  ],
  credits: [{ invoice: "B", date: "2020-07-01", amount: "500.00" }],
  steps: [
    { kind: "reminder", date: "2019-02-20" },
    { kind: "collectionDemand", date: "2019-03-15" },
    { kind: "reminder", date: "2020-06-10" },
  ],
};

/** A deterministic shuffle (a linear congruential generator). */
function shuffled(items, seed) {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** `count` dates from `from`, `step` days apart. */
function days(from, count, step) {
  const out = [];
  const d = new Date(`${from}T00:00:00Z`);
  for (let i = 0; i < count; i++) {
    out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + step);
  }
  return out;
}

test("dates in any order give each date's own record, in the caller's order", () => {
  const sorted = days("2019-01-10", 300, 11);
  const byDate = new Map(totals(claim, sorted).map((r) => [r.asOf, r]));
  for (const seed of [1, 7, 2026]) {
    // Repeated dates among them.
    const dates = shuffled([...sorted, sorted[5], sorted[200], sorted[0]], seed);
    const records = totals(claim, dates);
    assert.equal(records.length, dates.length);
    records.forEach((r, i) => {
      assert.equal(r.asOf, dates[i]);
      if (byDate.has(r.asOf)) assert.deepEqual(r, byDate.get(r.asOf), r.asOf);
    });
    // Each is the summary statement of its date (every 25th checked).
    records.filter((_, i) => i % 25 === 0).forEach((r) => {
      const s = statement(claim, { asOf: r.asOf, detail: "summary" });
      assert.deepEqual([r.capital, r.interest, r.fees, r.total, r.credit, r.perDiem], [s.capital, s.interest, s.fees, s.total, s.credit, s.perDiem], r.asOf);
    });
  }
  // Descending, the same records reversed.
  const descending = [...sorted].reverse();
  assert.deepEqual(totals(claim, descending), totals(claim, sorted).reverse());
});

test("the first date in the caller's order that fails is named, whatever order they are worked out in", () => {
  const fails = (dates, options) => {
    try {
      totals(claim, dates, options);
    } catch (e) {
      return [e.code, e.field];
    }
    return null;
  };
  // The strict table ends 2026-12-31: dates from 2026-12-31 on fail (their per diem, or
  // interest, is beyond it). The first of them in the caller's order is named, not the
  // earliest of them by date.
  const strict = { strictRates: true };
  assert.deepEqual(fails(["2025-01-01", "2030-01-01", "2024-01-01", "2027-06-01"], strict), ["RATE_NOT_COVERED", "dates[1]"]);
  assert.deepEqual(fails(["2025-01-01", "2027-06-01", "2024-01-01", "2030-01-01"], strict), ["RATE_NOT_COVERED", "dates[1]"]);
  assert.deepEqual(fails(["2030-01-01", "2025-01-01", "2026-12-31"], strict), ["RATE_NOT_COVERED", "dates[0]"]);
  assert.deepEqual(fails(["2025-01-01", "2024-01-01", "2026-12-31"], strict), ["RATE_NOT_COVERED", "dates[2]"]);
  // An unreadable date comes after a failing date before it, and before one after it.
  assert.deepEqual(fails(["2025-01-01", "2030-01-01", "2024-01-01", "2024-02-30"], strict), ["RATE_NOT_COVERED", "dates[1]"]);
  assert.deepEqual(fails(["2025-01-01", "2024-01-01", "2024-02-30", "2030-01-01"], strict), ["INVALID_DATE", "dates[2]"]);
  assert.deepEqual(fails(["2025-01-01", "2024-01-01", "2024-02-30", "2030-01-01"]), ["INVALID_DATE", "dates[2]"]);
  // A date before the first invoice (2019-01-10) fails on its own, whatever its place: the
  // first such date, or the first failing date before it.
  assert.deepEqual(fails(["2025-01-01", "2019-01-09", "2024-01-01", "2018-01-01"]), ["AS_OF_BEFORE_ISSUE", "dates[1]"]);
  assert.deepEqual(fails(["2025-01-01", "2024-01-01", "2018-01-01", "2019-01-09"]), ["AS_OF_BEFORE_ISSUE", "dates[2]"]);
  assert.deepEqual(fails(["2025-01-01", "2030-01-01", "2018-01-01"], strict), ["RATE_NOT_COVERED", "dates[1]"]);
  assert.deepEqual(fails(["2025-01-01", "2018-01-01", "2030-01-01"], strict), ["AS_OF_BEFORE_ISSUE", "dates[1]"]);
  assert.deepEqual(fails(["2025-01-01", "2200-01-01", "2030-01-01"]), ["DATE_OUT_OF_RANGE", "dates[1]"]);
  // Each the same as the dates worked out one by one in the caller's order (one call a date).
  const oneByOne = (dates, options) => {
    for (const [i, d] of dates.entries()) {
      try {
        totals(claim, [d], options);
      } catch (e) {
        return [e.code, e.field.replace("dates[0]", `dates[${i}]`)];
      }
    }
    return null;
  };
  for (const [dates, options] of [
    [["2025-01-01", "2030-01-01", "2024-01-01", "2027-06-01"], strict],
    [["2025-01-01", "2018-01-01", "2030-01-01"], strict],
    [["2030-01-01", "2018-01-01"], strict],
    [["2026-12-30", "2026-12-31", "2026-12-29"], strict],
  ]) {
    assert.deepEqual(fails(dates, options), oneByOne(dates, options), dates.join(" "));
  }
  // Failures are not monotone in the date: a date whose per diem the strict table lacks
  // fails, while later dates, after credit notes cancel the capital, do not (a diff review:
  // each of them cost a replay of its own).
  const credited = {
    debtor: "consumer",
    invoices: [{ number: "K", amount: "1000.00", issueDate: "2026-06-01", dueDate: "2026-07-01" }],
    credits: [{ invoice: "K", date: "2027-01-01", amount: "1000.00" }],
  };
  const later = days("2027-01-01", 400, 1);
  assert.deepEqual(
    (() => { try { totals(credited, [...later, "2026-12-31", "2026-11-30"], strict); } catch (e) { return [e.code, e.field]; } return null; })(),
    ["RATE_NOT_COVERED", "dates[400]"],
  );
  assert.equal(totals(credited, [...later].reverse(), strict).length, 400);
  // Without strictRates none fails.
  assert.equal(fails(["2025-01-01", "2030-01-01", "2024-01-01", "2027-06-01"]), null);
});

test("past the interest-line cap every later date fails: the first failing date in the caller's order is named, in any order", () => {
  // 1 000 invoices at an agreed 50 % from 2003: more than 100 000 interest lines (one per
  // invoice and half-year) by about 2053. A red team's 1 500 dates in decreasing order took
  // 11 s to be refused, each worked out up to the cap; `node bench/bench.mjs` prints the time.
  const capped = {
    debtor: "business",
    invoices: Array.from({ length: 1000 }, (_, i) => ({ number: String(i), amount: "1000.00", issueDate: "2003-01-01", agreedRate: "50" })),
  };
  const fails = (dates) => {
    try {
      totals(capped, dates);
    } catch (e) {
      // The message starts with the field it names ("dates[3]: …"), a statement's without.
      return [e.code, e.field, e.message.replace(`${e.field}: `, "")];
    }
    return null;
  };
  const oneByOne = (dates) => {
    for (const [i, d] of dates.entries()) {
      try {
        statement(capped, { asOf: d, detail: "summary" });
      } catch (e) {
        return [e.code, `dates[${i}]`, e.field ? e.message.replace(`${e.field}: `, "") : e.message];
      }
    }
    return null;
  };
  const decreasing = days("2199-12-31", 200, -1);
  for (const dates of [
    decreasing,
    [...decreasing].reverse(),
    ["2040-01-01", ...decreasing],
    ["2040-01-01", "2100-06-30", "2030-01-01", "2150-01-01"],
    ["2150-01-01", "2002-06-01", "2199-12-31"],
    ["2040-01-01", "2002-06-01", "2199-12-31"],
    shuffled([...decreasing, "2040-01-01", "2030-06-30"], 7),
  ]) {
    const found = fails(dates);
    assert.ok(found !== null, dates.slice(0, 3).join(" "));
    assert.deepEqual(found, oneByOne(dates), dates.slice(0, 3).join(" "));
  }
  assert.deepEqual(fails(decreasing).slice(0, 2), ["TOO_MANY_ITEMS", "dates[0]"]);
  assert.deepEqual(fails(["2040-01-01", "2002-06-01", "2199-12-31"]).slice(0, 2), ["AS_OF_BEFORE_ISSUE", "dates[1]"]);
  // Dates before the cap are still answered.
  assert.equal(totals(capped, ["2040-01-01", "2030-06-30"]).length, 2);
});
