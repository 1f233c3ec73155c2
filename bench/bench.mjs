// wasm benchmarks in Node through the built package in pkg/ (figures, never assertions):
//   node bench/bench.mjs            (make bench builds pkg/ first and runs the native side too)
// - module compile + instantiate time (initSync from the bytes);
// - statement of the 10-year claim (bench/claim-10y.json), JS object in → JS object out, so the
//   JS↔wasm boundary (reading the input, building the result) is included;
// - statementMany on 100 000 generated claims (genClaim mirrors gen_claim in examples/bench.rs);
// - the size of inkasso_bg.wasm, raw and gzipped.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkgDir = join(root, "pkg");
const wasmPath = join(pkgDir, "inkasso_bg.wasm");
const bytes = readFileSync(wasmPath);
// The generated glue itself (the package entries wrap it and share one instance of it).
const glueUrl = pathToFileURL(join(pkgDir, "inkasso_glue.js")).href;

const GOAL_STATEMENT_US = 20;
const GOAL_MANY_S = 1;
const MANY = 100_000;
const MANY_AS_OF = "2025-06-30";

const ms = (x) => `${x.toFixed(2)} ms`;
const us = (x) => `${(x * 1000).toFixed(2)} µs`;
const verdict = (ok) => (ok ? "meets the goal" : "MISSES the goal");

// Module instantiate: compile + instantiate + the start function, best of a few fresh copies of
// the glue (initSync only initialises once per copy; a query string makes a fresh ES module).
let bestInit = Infinity;
let bestCompile = Infinity;
let inkasso;
for (let k = 0; k < 5; k++) {
  const glue = await import(`${glueUrl}?instance=${k}`);
  const t0 = performance.now();
  const module = new WebAssembly.Module(bytes);
  const t1 = performance.now();
  glue.initSync({ module });
  const t2 = performance.now();
  bestCompile = Math.min(bestCompile, t1 - t0);
  bestInit = Math.min(bestInit, t2 - t0);
  inkasso = glue;
}
console.log(`inkasso wasm benchmarks in Node ${process.version} (figures, not assertions)`);
console.log(`module compile: ${ms(bestCompile)}; compile + instantiate (initSync): ${ms(bestInit)}`);

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

const { claim, options } = JSON.parse(readFileSync(join(root, "bench", "claim-10y.json"), "utf8"));
const s = inkasso.statement(claim, options);
console.log(
  `claim-10y: ${claim.payments.length} payments → ${s.interestLines.length} interest lines, total ${s.total}`,
);
let sink = 0;
const tStatement = perCall(2000, () => {
  sink += inkasso.statement(claim, options).interestLines.length;
});
console.log(
  `statement (10 years, 20 rate periods, 50 payments), JS in → JS out: ${us(tStatement)} per call` +
    ` (goal < ${GOAL_STATEMENT_US} µs: ${verdict(tStatement * 1000 < GOAL_STATEMENT_US)})`,
);

// The same statement as a summary (`detail: "summary"`: the same figures, no interest lines).
const summaryOptions = { ...options, detail: "summary" };
const tSummary = perCall(2000, () => {
  sink += inkasso.statement(claim, summaryOptions).invoices.length;
});
console.log(
  `  same, detail "summary" (no interest lines): ${us(tSummary)} per call` +
    ` (goal < ${GOAL_STATEMENT_US} µs: ${verdict(tSummary * 1000 < GOAL_STATEMENT_US)})`,
);

// The same claim with no steps taken: the richest preset projects every step.
const fresh = { ...claim, steps: [] };
const policy = { preset: "reminderDemandFinalNotice" };
const tl = inkasso.timeline(fresh, policy);
const tTimeline = perCall(2000, () => {
  sink += inkasso.timeline(fresh, policy).entries.length;
});
console.log(`timeline (reminderDemandFinalNotice, ${tl.entries.length} entries), JS in → JS out: ${us(tTimeline)} per call`);

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
// One run: at the current speed several would take minutes.
let tMany = performance.now();
sink += inkasso.statementMany(claims, { asOf: MANY_AS_OF }).length;
tMany = performance.now() - tMany;
console.log(
  `statementMany on ${MANY} claims: ${(tMany / 1000).toFixed(3)} s, ` +
    `${Math.round(MANY / (tMany / 1000))} statements/s, ${us(tMany / MANY)} per claim` +
    ` (goal < ${GOAL_MANY_S} s: ${verdict(tMany / 1000 < GOAL_MANY_S)})`,
);
let tManySummary = performance.now();
sink += inkasso.statementMany(claims, { asOf: MANY_AS_OF, detail: "summary" }).length;
tManySummary = performance.now() - tManySummary;
console.log(
  `  same, detail "summary": ${(tManySummary / 1000).toFixed(3)} s, ` +
    `${Math.round(MANY / (tManySummary / 1000))} statements/s, ${us(tManySummary / MANY)} per claim` +
    ` (goal < ${GOAL_MANY_S} s: ${verdict(tManySummary / 1000 < GOAL_MANY_S)})`,
);
const FEW = 10_000;
let tOne = performance.now();
for (const c of claims.slice(0, FEW)) sink += inkasso.statement(c, { asOf: MANY_AS_OF }).invoices.length;
tOne = performance.now() - tOne;
console.log(`  the first ${FEW} of them, one statement call each: ${us(tOne / FEW)} per claim`);

const gz = gzipSync(bytes, { level: 9 }).length;
console.log(
  `size: inkasso_bg.wasm ${bytes.length} bytes raw (${(bytes.length / 1000).toFixed(1)} KB), ` +
    `${gz} bytes gzipped (${(gz / 1000).toFixed(1)} KB); goals ≤ 80 KB raw: ${verdict(bytes.length <= 80_000)}, ` +
    `≤ 35 KB gzipped: ${verdict(gz <= 35_000)}`,
);
if (sink < 0) console.log(sink);
