// Differential run (issue 15), run once by hand and recorded in BENCHMARKS.md:
//   node bench/differential.mjs <reference pkg dir> [count]
// Generates `count` claims (default 20 000) of many shapes (debtor kinds, several invoices,
// amounts as strings and as numbers, every step kind, payments and overpayments, agreed rates,
// day counts, statement dates before and after events, some invalid) and compares, claim by
// claim, this tree's pkg/ with a reference build of the package (today's engine): the JSON of
// each statement (full and summary), or the code, field and message of each error.
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join, resolve } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const load = async (dir) => {
  const m = await import(pathToFileURL(join(dir, "inkasso.js")).href);
  m.initSync({ module: readFileSync(join(dir, "inkasso_bg.wasm")) });
  return m;
};
const ours = await load(join(root, "pkg"));
const reference = await load(resolve(process.argv[2]));
const count = Number(process.argv[3] ?? 20_000);

let seed = 0x2545f491;
const rnd = (n) => {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed % n;
};
const pick = (xs) => xs[rnd(xs.length)];
const DAY = 86_400_000;
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const EDGE_NUMBERS = [0.1, 0.3, 1.005, 1000.1, 123.45, 0.30000000000000004, 1e-7, 5e-324, 2 ** 53 - 1, 2 ** 53 + 2, 2 ** 60, 1e21, 999999999999.99, 12.5e2, -0.01];
const money = () => {
  if (rnd(20) === 0) return pick(EDGE_NUMBERS);
  const ore = 1 + rnd(pick([100, 10_000, 1_000_000, 100_000_000]));
  const text = `${Math.floor(ore / 100)}.${String(ore % 100).padStart(2, "0")}`;
  return pick(["s", "s", "n"]) === "n" ? Number(text) : text;
};
const STEPS = ["reminder", "collectionDemand", "paymentPlan", "paymentOrder", "enforcement", "finalNotice", "smsReminder"];

function genClaim() {
  const start = Date.UTC(2004 + rnd(21), rnd(12), 1 + rnd(28));
  const invoices = Array.from({ length: 1 + rnd(3) }, (_, i) => {
    const issue = start + rnd(60) * DAY;
    const inv = { number: `N${i}`, amount: money(), issueDate: iso(issue) };
    if (rnd(5) > 0) inv.dueDate = iso(issue + rnd(45) * DAY);
    return inv;
  });
  const claim = { debtor: pick(["consumer", "business", "public"]), invoices };
  if (rnd(2)) claim.reminderFeeAgreed = !!rnd(2);
  if (rnd(6) === 0) claim.agreedRate = pick(["5", "12.5", 20, "0"]);
  if (rnd(8) === 0) claim.dayCount = pick(["actual/actual", "30/360", "actual/365"]);
  const steps = [];
  for (let k = rnd(4); k > 0; k--) steps.push({ kind: pick(STEPS), date: iso(start + (20 + rnd(400)) * DAY) });
  if (steps.length) claim.steps = steps;
  const payments = [];
  for (let k = rnd(5); k > 0; k--) payments.push({ date: iso(start + (10 + rnd(1500)) * DAY), amount: money() });
  if (payments.length) claim.payments = payments;
  const asOf = iso(start + (rnd(20) === 0 ? -5 : rnd(3000)) * DAY);
  return { claim, asOf };
}

const outcome = (f) => {
  try {
    return JSON.stringify(f());
  } catch (e) {
    return `THROW ${e.name} ${e.code} ${e.field} ${e.message}`;
  }
};
let same = 0;
let errors = 0;
const diffs = [];
let batch = [];
let batchesSame = 0;
let batches = 0;
for (let i = 0; i < count; i++) {
  const { claim, asOf } = genClaim();
  // statementMany over batches of 100 claims, valid on the batches' date (one in ten of the
  // batches keeps an invalid claim, for the error and its index).
  if (!outcome(() => reference.statement(claim, { asOf: "2026-06-30", detail: "summary" })).startsWith("THROW") || rnd(500) === 0) batch.push(claim);
  if (batch.length === 100) {
    for (const detail of ["full", "summary"]) {
      const options = { asOf: "2026-06-30", detail };
      const a = outcome(() => ours.statementMany(batch, options));
      const b = outcome(() => reference.statementMany(batch, options));
      batches++;
      if (a === b) batchesSame++;
      else if (diffs.length < 5) diffs.push({ batch: true, options, ours: a.slice(0, 300), reference: b.slice(0, 300) });
    }
    batch = [];
  }
  for (const detail of ["full", "summary"]) {
    const options = { asOf, detail };
    const a = outcome(() => ours.statement(claim, options));
    const b = outcome(() => reference.statement(claim, options));
    if (a === b) {
      same++;
      if (a.startsWith("THROW")) errors++;
    } else if (diffs.length < 5) diffs.push({ claim, options, ours: a.slice(0, 300), reference: b.slice(0, 300) });
  }
}
console.log(`${count} claims × 2 details: ${same} identical (${errors} of them identical errors), ${count * 2 - same} different`);
console.log(`statementMany, ${batches} batches of 100 claims (full and summary): ${batchesSame} identical, ${batches - batchesSame} different`);
for (const d of diffs) console.log(JSON.stringify(d, null, 1));
process.exitCode = same === count * 2 && batchesSame === batches ? 0 : 1;
