// wasm benchmarks in Node through the built package in pkg/ (figures, never assertions):
//   node bench/bench.mjs            (make bench builds pkg/ first and runs the native side too)
// - module compile + instantiate time (initSync from the bytes);
// - statement of the 10-year claim (bench/claim-10y.json) through the package entry (pkg/inkasso.js),
//   JS object in → JS object out, so the JS↔wasm boundary (reading the input, building the
//   result) is included; the same claim through a plain-JS decimal.js statement calculator
//   (bench/decimal-statement.mjs, written for the benchmark) in the same process, and the ratio;
// - totals(claim, dates) of the same claim on 366 daily dates in one call, in order and shuffled;
// - statementMany on 100 000 generated claims (genClaim mirrors gen_claim in examples/bench.rs), and
//   the time to then read every statement (their objects are made on first read);
// - the size of inkasso_bg.wasm, raw and gzipped (and of the statement module's);
// - instalmentPlan of a claim of 1 000 invoices, by amount and by count;
// - check of a large history (300 invoices, 300 payments, 100 letters).
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { decimalStatement } from "./decimal-statement.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkgDir = join(root, "pkg");
const wasmPath = join(pkgDir, "inkasso_bg.wasm");
const bytes = readFileSync(wasmPath);
// The generated glue itself (the package entries wrap it and share one instance of it).
const glueUrl = pathToFileURL(join(pkgDir, "inkasso_glue.js")).href;

const GOAL_SUMMARY_RATIO = 10;
const GOAL_FULL_RATIO = 5;
const GOAL_TOTALS_US = 200;
const GOAL_MANY_S = 1;
const GOAL_INIT_MS = 1;
const MANY = 100_000;
const MANY_AS_OF = "2025-06-30";

const ms = (x) => `${x.toFixed(2)} ms`;
const us = (x) => `${(x * 1000).toFixed(2)} µs`;
const verdict = (ok) => (ok ? "meets the goal" : "MISSES the goal");

// Module instantiate: compile + instantiate + the start function, best of a few fresh copies of
// the glue (initSync only initialises once per copy; a query string makes a fresh ES module).
let bestInit = Infinity;
let bestCompile = Infinity;
for (let k = 0; k < 5; k++) {
  const glue = await import(`${glueUrl}?instance=${k}`);
  const t0 = performance.now();
  const module = new WebAssembly.Module(bytes);
  const t1 = performance.now();
  glue.initSync({ module });
  const t2 = performance.now();
  bestCompile = Math.min(bestCompile, t1 - t0);
  bestInit = Math.min(bestInit, t2 - t0);
}
// Everything else goes through the package entry, as an application calls it (the fast
// boundary lives in the wrapper).
const inkasso = await import(pathToFileURL(join(pkgDir, "inkasso.js")).href);
inkasso.initSync({ module: bytes });
console.log(`inkasso wasm benchmarks in Node ${process.version} (figures, not assertions)`);
console.log(
  `module compile: ${ms(bestCompile)}; compile + instantiate (initSync): ${ms(bestInit)}` +
    ` (goal < ${GOAL_INIT_MS} ms: ${verdict(bestInit < GOAL_INIT_MS)})`,
);

/** Best time per call in ms over batches filling about `budgetMs`. */
function perCall(budgetMs, f) {
  let n = 0;
  const warm = performance.now();
  while (performance.now() - warm < budgetMs / 20 || n < 3) {
    f();
    n++;
  }
  const batch = Math.max(1, n * 2);
  let best = Infinity;
  const start = performance.now();
  while (performance.now() - start < budgetMs) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) f();
    best = Math.min(best, (performance.now() - t) / batch);
  }
  return best;
}

/** Best time per call in ms of each of `fs`, their batches taken in turn for about `budgetMs`. */
function interleaved(budgetMs, fs) {
  const batches = fs.map((f) => {
    let n = 0;
    const warm = performance.now();
    while (performance.now() - warm < 50 || n < 3) {
      f();
      n++;
    }
    return Math.max(1, n);
  });
  const best = fs.map(() => Infinity);
  const start = performance.now();
  while (performance.now() - start < budgetMs) {
    for (let k = 0; k < fs.length; k++) {
      const t = performance.now();
      for (let i = 0; i < batches[k]; i++) fs[k]();
      best[k] = Math.min(best[k], (performance.now() - t) / batches[k]);
    }
  }
  return best;
}

const { claim, options } = JSON.parse(readFileSync(join(root, "bench", "claim-10y.json"), "utf8"));
const s = inkasso.statement(claim, options);
console.log(
  `claim-10y: ${claim.payments.length} payments → ${s.interestLines.length} interest lines, total ${s.total}`,
);
// The decimal.js calculator must give the same statement before it is timed.
const rates = inkasso.referenceRates();
const d = decimalStatement(claim, options, rates);
const same = ["capital", "interest", "fees", "total", "credit", "perDiem", "interestLines", "feeLines", "allocations"].every(
  (k) => JSON.stringify(d[k]) === JSON.stringify(s[k]),
);
console.log(`decimal.js calculator (bench/decimal-statement.mjs): ${same ? "same amounts, lines and texts as the engine" : "DIFFERS from the engine"}`);
let sink = 0;
const summaryOptions = { ...options, detail: "summary" };
/** Reads every text of a statement (texts may be built on first access). */
const readTexts = (st) => {
  let n = 0;
  for (const line of st.interestLines) n += line.explanation.sv.length + line.explanation.en.length;
  return n;
};
// Measured interleaved (a batch of each in turn, best batch of each kept): on a shared machine
// whose speed drifts over seconds, the ratios then compare like with like.
const [tStatement, tStatementTexts, tSummary, tDecimal, tDecimalSummary] = interleaved(10_000, [
  () => { sink += inkasso.statement(claim, options).interestLines.length; },
  () => { sink += readTexts(inkasso.statement(claim, options)); },
  () => { sink += inkasso.statement(claim, summaryOptions).invoices.length; },
  () => { sink += decimalStatement(claim, options, rates).interestLines.length; },
  () => { sink += decimalStatement(claim, summaryOptions, rates).allocations.length; },
]);
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
console.log(`statement (10 years, 20 rate periods, 50 payments), JS in → JS out, through pkg/inkasso.js:`);
console.log(`  full detail, lines read, texts built on access (none read): ${us(tStatement)}; with every text read: ${us(tStatementTexts)}; decimal.js (texts built): ${us(tDecimal)}`);
console.log(
  `    ratio decimal.js / wasm: ${ratio(tDecimal, tStatement)}` +
    ` (goal ≥ ${GOAL_FULL_RATIO}× with texts built on access: ${verdict(tDecimal / tStatement >= GOAL_FULL_RATIO)});` +
    ` every text read: ${ratio(tDecimal, tStatementTexts)}`,
);
console.log(`  summary: ${us(tSummary)}; decimal.js: ${us(tDecimalSummary)}`);
console.log(
  `    ratio decimal.js / wasm: ${ratio(tDecimalSummary, tSummary)}` +
    ` (goal ≥ ${GOAL_SUMMARY_RATIO}×: ${verdict(tDecimalSummary / tSummary >= GOAL_SUMMARY_RATIO)})`,
);

// A claim asked many questions: its totals on every day of 2024 (366 dates) in one call.
const dates = Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10));
const tTotals = perCall(2000, () => {
  sink += inkasso.totals(claim, dates).length;
});
console.log(
  `totals(claim, 366 dates) in one call: ${us(tTotals)}` +
    ` (goal ≤ ${GOAL_TOTALS_US} µs: ${verdict(tTotals * 1000 <= GOAL_TOTALS_US)})`,
);

// The same dates in a shuffled order (a red-team review: each date earlier than the one before
// replayed the claim from its start; they are now worked out in date order).
{
  const shuffledDates = [...dates];
  let state = 2024;
  for (let i = shuffledDates.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [shuffledDates[i], shuffledDates[j]] = [shuffledDates[j], shuffledDates[i]];
  }
  const tShuffled = perCall(2000, () => {
    sink += inkasso.totals(claim, shuffledDates).length;
  });
  console.log(`  same 366 dates shuffled: ${us(tShuffled)}`);
}

// The statement module (`inkasso/statement`, inkasso_statement_bg.wasm): the same statement
// and totals through its own entry, against decimal.js again (interleaved), and its instantiate.
{
  const smallBytes = readFileSync(join(pkgDir, "inkasso_statement_bg.wasm"));
  const smallGlueUrl = pathToFileURL(join(pkgDir, "statement_glue.js")).href;
  let bestSmallInit = Infinity;
  for (let k = 0; k < 5; k++) {
    const glue = await import(`${smallGlueUrl}?instance=${k}`);
    const t0 = performance.now();
    glue.initSync({ module: new WebAssembly.Module(smallBytes) });
    bestSmallInit = Math.min(bestSmallInit, performance.now() - t0);
  }
  const small = await import(pathToFileURL(join(pkgDir, "statement.js")).href);
  small.initSync({ module: smallBytes });
  if (JSON.stringify(small.statement(claim, options)) !== JSON.stringify(inkasso.statement(claim, options))) throw new Error("the statement module's statement differs");
  const [tSmall, tSmallSummary, tDec, tDecSummary] = interleaved(6_000, [
    () => { sink += small.statement(claim, options).interestLines.length; },
    () => { sink += small.statement(claim, summaryOptions).invoices.length; },
    () => { sink += decimalStatement(claim, options, rates).interestLines.length; },
    () => { sink += decimalStatement(claim, summaryOptions, rates).allocations.length; },
  ]);
  const tSmallTotals = perCall(1000, () => {
    sink += small.totals(claim, dates).length;
  });
  console.log(
    `the statement module (inkasso/statement): compile + instantiate ${ms(bestSmallInit)}; summary ${us(tSmallSummary)} (${ratio(tDecSummary, tSmallSummary)}), ` +
      `full detail ${us(tSmall)} (${ratio(tDec, tSmall)}), 366 totals ${us(tSmallTotals)}`,
  );
}

// The same claim with no steps taken: the richest preset projects every step.
const fresh = { ...claim, steps: [] };
const policy = { preset: "reminderDemandFinalNotice" };
const tl = inkasso.timeline(fresh, policy);
const tTimeline = perCall(2000, () => {
  sink += inkasso.timeline(fresh, policy).entries.length;
});
console.log(`timeline (reminderDemandFinalNotice, ${tl.entries.length} entries), JS in → JS out: ${us(tTimeline)} per call`);

// A large timeline (the red-team's "91 KB timeline"): 500 invoices, 1 000 payments on 18 days,
// 95 steps taken; every entry valued (from one replay of the claim since 2026-12-01).
{
  const p2 = (n) => String(n).padStart(2, "0");
  const big = {
    debtor: "business",
    invoices: Array.from({ length: 500 }, (_, i) => ({ number: `2024-${String(i).padStart(5, "0")}`, amount: "1250.00", issueDate: "2024-01-10", dueDate: `2024-02-${p2(1 + (i % 28))}` })),
    payments: Array.from({ length: 1000 }, (_, i) => ({ date: `2024-${p2(3 + (i % 9))}-${p2(1 + (i % 2) * 14)}`, amount: "10.00" })),
    steps: Array.from({ length: 95 }, (_, i) => ({ kind: ["reminder", "collectionDemand", "finalNotice", "paymentOrder", "enforcement"][i % 5], date: `2024-${p2(3 + (i % 9))}-${p2(1 + (i % 28))}` })),
  };
  const bytes = JSON.stringify(big).length;
  const entries = inkasso.timeline(big, "standard", { today: "2025-06-01" }).entries.length;
  const tBig = perCall(3, () => {
    sink += inkasso.timeline(big, "standard", { today: "2025-06-01" }).entries.length;
  });
  console.log(`timeline of a ${(bytes / 1000).toFixed(0)} KB claim (${entries} entries): ${us(tBig)} per call (red-team goal < 200 ms)`);
}

// A timeline of many titles (a review's slowest, stop 74: 5.4 s then): 200 invoices over ten
// years, 300 payments, 45 judgments each with its verkställighet, projected to 2070.
{
  const iso = (start, days) => new Date(Date.parse(start) + days * 86_400_000).toISOString().slice(0, 10);
  const titles = {
    debtor: "business",
    invoices: Array.from({ length: 200 }, (_, i) => ({
      number: `F${i}`,
      amount: `${1000 + ((37 * i) % 900)}.00`,
      issueDate: iso("2008-01-01", 20 * i),
      dueDate: iso("2008-01-31", 20 * i),
    })),
    steps: Array.from({ length: 45 }, (_, k) => [
      { kind: "judgment", date: iso("2008-03-01", 70 * k) },
      { kind: "enforcement", date: iso("2008-03-11", 70 * k) },
    ]).flat(),
    payments: Array.from({ length: 300 }, (_, i) => ({ date: iso("2008-02-15", 23 * i), amount: "150.00" })),
  };
  const options = { horizon: "2070-01-01" };
  const entries = inkasso.timeline(titles, "standard", options).entries.length;
  const tTitles = perCall(3, () => {
    sink += inkasso.timeline(titles, "standard", options).entries.length;
  });
  console.log(`timeline of 45 titles to 2070 (${entries} entries): ${us(tTitles)} per call`);
}

const pad = (n) => String(n).padStart(2, "0");
const day = 86_400_000;
const fmt = (t) => {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
/** Claim `i` of the generated set (mirrors gen_claim in examples/bench.rs). */
function genClaim(i) {
  const debtor = ["consumer", "business", "consumer", "public"][i % 4];
  const cents = 10_000 + ((i * 7919) % 5_000_000);
  const issue = Date.UTC(2018, 0, 1) + ((i * 37) % 2000) * day;
  const due = issue + 30 * day;
  const steps = [{ kind: "reminder", date: fmt(due + 10 * day) }];
  if (i % 2 === 0) steps.push({ kind: "collectionDemand", date: fmt(due + 30 * day) });
  const payments = [];
  if (i % 3 === 1) {
    const paid = Math.floor(cents / 3);
    payments.push({ date: fmt(due + 60 * day), amount: `${Math.floor(paid / 100)}.${pad(paid % 100)}` });
  }
  return {
    debtor,
    reminderFeeAgreed: i % 3 !== 0,
    invoices: [
      {
        number: `F${i}`,
        amount: `${Math.floor(cents / 100)}.${pad(cents % 100)}`,
        issueDate: fmt(issue),
        dueDate: fmt(due),
      },
    ],
    steps,
    payments,
  };
}

const claims = Array.from({ length: MANY }, (_, i) => genClaim(i));
// The best of three calls, as every figure above is the best of its batches (each call is
// printed): one call of about a second carries all of a shared machine's noise, a collection
// of the 100 000 input claims (which stay alive) included.
const MANY_RUNS = 3;
/** The times of `MANY_RUNS` calls of `statementMany` with `options`, and the last result. */
function manyRuns(options) {
  const times = [];
  let result;
  for (let r = 0; r < MANY_RUNS; r++) {
    result = undefined;
    const t = performance.now();
    result = inkasso.statementMany(claims, options);
    times.push(performance.now() - t);
    sink += result.length;
  }
  return { best: Math.min(...times), times, result };
}
const runsText = (times) => times.map((t) => (t / 1000).toFixed(3)).join(", ");
const { best: tMany, times: manyTimes } = manyRuns({ asOf: MANY_AS_OF });
console.log(
  `statementMany on ${MANY} claims: ${(tMany / 1000).toFixed(3)} s (best of ${runsText(manyTimes)} s), ` +
    `${Math.round(MANY / (tMany / 1000))} statements/s, ${us(tMany / MANY)} per claim` +
    " (in full detail; the goal is the summary's, below)",
);
const { best: tManySummary, times: summaryTimes, result: summaries } = manyRuns({ asOf: MANY_AS_OF, detail: "summary" });
console.log(
  `  same, detail "summary": ${(tManySummary / 1000).toFixed(3)} s (best of ${runsText(summaryTimes)} s), ` +
    `${Math.round(MANY / (tManySummary / 1000))} statements/s, ${us(tManySummary / MANY)} per claim` +
    ` (goal < ${GOAL_MANY_S} s: ${verdict(tManySummary / 1000 < GOAL_MANY_S)})`,
);
// Each statement's object is made when it is first read: what reading them all adds.
let tRead = performance.now();
for (const s of summaries) sink += s.total.length + s.invoices.length + s.feeLines.length + s.warnings.length;
tRead = performance.now() - tRead;
console.log(
  `  then reading every statement (total, invoices, fee lines, warnings; objects made on first read): ` +
    `${(tRead / 1000).toFixed(3)} s more, ${((tManySummary + tRead) / 1000).toFixed(3)} s in all`,
);
const FEW = 10_000;
let tOne = performance.now();
for (const c of claims.slice(0, FEW)) sink += inkasso.statement(c, { asOf: MANY_AS_OF }).invoices.length;
tOne = performance.now() - tOne;
console.log(`  the first ${FEW} of them, one statement call each: ${us(tOne / FEW)} per claim`);

const gz = gzipSync(bytes, { level: 9 }).length;
console.log(
  `size: inkasso_bg.wasm ${bytes.length} bytes raw (${(bytes.length / 1000).toFixed(1)} KB), ` +
    `${gz} bytes gzipped (${(gz / 1000).toFixed(1)} KB); goals ≤ 160 KB raw: ${verdict(bytes.length <= 160_000)}, ` +
    `≤ 64 KB gzipped: ${verdict(gz <= 64_000)}`,
);
{
  // The statement module (`inkasso/statement`): the statement exports only; not the goal's
  // "every export", printed for the users that need no more.
  const small = readFileSync(join(pkgDir, "inkasso_statement_bg.wasm"));
  const smallGz = gzipSync(small, { level: 9 }).length;
  console.log(`size: inkasso_statement_bg.wasm (inkasso/statement) ${small.length} bytes raw (${(small.length / 1000).toFixed(1)} KB), ${smallGz} bytes gzipped (${(smallGz / 1000).toFixed(1)} KB)`);
}
// Last (its garbage must not weigh on the figures above): instalment plans of a large claim (the
// input fuzzer's slow case, 1 000 invoices): by amount (one replay; it ends at the statement's
// interest-line limit) and by count (a few statements, found by interpolation).
{
  const invoices = Array.from({ length: 1000 }, (_, k) => ({ number: `n${k}`, amount: "13742.13", issueDate: "2016-11-29", agreedRate: 3.75 }));
  const planClaim = { debtor: "public", invoices };
  const tryPlan = (plan) => {
    try {
      return `${inkasso.instalmentPlan(planClaim, plan).instalments.length} instalments`;
    } catch (e) {
      return e.code;
    }
  };
  for (const [what, plan] of [
    ["by amount (5 222.78)", { date: "2017-03-21", firstDate: "2017-04-13", amount: "5222.78" }],
    ["by count (90)", { date: "2017-03-21", firstDate: "2017-04-13", count: 90 }],
  ]) {
    const outcome = tryPlan(plan);
    const t = perCall(3, () => {
      sink += tryPlan(plan).length;
    });
    console.log(`instalmentPlan of 1 000 invoices ${what}: ${us(t)} per call (${outcome})`);
  }
}
// A review's slow case of payments made for one invoice: 1 000 invoices (each with its own
// förseningsersättning), 1 000 payments of 0.01 for the last one. Each payment passes over the
// fees that are no cost of its invoice (a lookup per fee once made it 25 s per call).
{
  const prefix = "x".repeat(95);
  const invoices = Array.from({ length: 1000 }, (_, k) => ({ number: `${prefix}${String(k).padStart(5, "0")}`, amount: "100.00", issueDate: "2020-01-10", dueDate: "2020-02-10" }));
  const last = invoices[invoices.length - 1].number;
  const payments = Array.from({ length: 1000 }, () => ({ date: "2021-06-01", amount: "0.01", invoice: last }));
  const designated = { debtor: "business", invoices, payments };
  const t = perCall(3, () => {
    sink += inkasso.statement(designated, { asOf: "2021-06-30", detail: "summary" }).invoices.length;
  });
  console.log(`statement of 1 000 invoices and 1 000 payments made for one of them (summary): ${us(t)} per call`);
  // And a credit note for each of them: each is found by its number.
  const credits = invoices.map((i) => ({ invoice: i.number, date: "2021-05-01", amount: "1.00" }));
  const credited = { debtor: "business", invoices, credits };
  const tc = perCall(3, () => {
    sink += inkasso.statement(credited, { asOf: "2021-06-30", detail: "summary" }).invoices.length;
  });
  console.log(`statement of the same 1 000 invoices with a credit note each (summary): ${us(tc)} per call`);
}
// `check` of a large history: 300 invoices (one every other day from 2020-01-01), 300 payments
// of 50 kr, 100 letters (reminders and inkassokrav every 11 days) over three years, a consumer's
// (three-year preskription, so many letters fall near a preskription date). It once took about a
// second in wasm: a statement from scratch for each letter's day.
{
  const on = (days) => new Date(Date.UTC(2020, 0, 1 + days)).toISOString().slice(0, 10);
  const invoices = Array.from({ length: 300 }, (_, k) => ({ number: `F${k}`, amount: `${100 + k}.00`, issueDate: on(2 * k), dueDate: on(30 + 2 * k) }));
  const payments = Array.from({ length: 300 }, (_, k) => ({ amount: "50.00", date: on(60 + 3 * k) }));
  const steps = Array.from({ length: 100 }, (_, k) => ({ kind: k % 2 ? "collectionDemand" : "reminder", date: on(45 + 11 * k), paymentTermDays: 10 }));
  const history = { debtor: "consumer", invoices, payments, steps };
  const findings = inkasso.check(history).length;
  const t = perCall(3, () => {
    sink += inkasso.check(history).length;
  });
  console.log(`check of 300 invoices, 300 payments and 100 letters over three years: ${us(t)} per call (${findings} findings)`);
}
// `totals` at its worst (a red team, stop 64): 1 000 invoices and 3 000 dates two centuries
// past the rate table (each date looked through every invoice's warnings of the uncovered
// half-years: 3 s), and 1 500 dates in decreasing order past the interest-line cap (each
// worked out up to the cap before the first in the caller's order was named: 11 s).
{
  const from = (end, count) => Array.from({ length: count }, (_, k) => new Date(Date.UTC(end, 11, 31) - k * 864e5).toISOString().slice(0, 10));
  const many = { debtor: "business", invoices: Array.from({ length: 1000 }, (_, i) => ({ number: String(i), amount: "1000.00", issueDate: "2003-01-01" })) };
  const far = from(2199, 3000);
  const t = perCall(3, () => {
    sink += inkasso.totals(many, far).length;
  });
  console.log(`totals of 1 000 invoices on 3 000 dates in 2191–2199, far past the rate table: ${us(t)} per call`);
  const capped = { ...many, invoices: many.invoices.map((i) => ({ ...i, agreedRate: "50" })) };
  const decreasing = from(2199, 1500);
  let code = "";
  const tc = perCall(3, () => {
    try {
      inkasso.totals(capped, decreasing);
    } catch (e) {
      code = `${e.code} at ${e.field}`;
    }
  });
  console.log(`totals of the same at 50 % on 1 500 decreasing dates past the interest-line cap: ${us(tc)} per call (${code})`);
}

if (sink < 0) console.log(sink);
