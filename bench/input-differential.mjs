#!/usr/bin/env node
// Differential fuzzer of the INPUT READING of every export of two builds of the "inkasso" package.
//
//   node bench/input-differential.mjs <pkgDirA> <pkgDirB> [N=20000] [seed=1]
//
// (issue 15, sixth round: the check that the hand-written reader of src/input/reader.rs reads
// every argument as the serde reader before it did; BENCHMARKS.md). Not part of the tests: it
// compares two builds, e.g. a copy of pkg/ from before a change with pkg/ after it.
//
// Each input i is generated from its own seed (mulberry32 of mix(seed, i)): a valid argument set
// for one export, then (in ~70 % of inputs) 1–3 mutations anywhere in the argument tree (hostile
// values, deleted keys, unknown keys, wrong enum names, out-of-range day fields, bad dates and
// amounts, exotic objects: toJSON, getters, Proxies, null prototypes, deep nesting, holes, …),
// sometimes with missing or extra trailing arguments. The argument tree is generated afresh for
// A and for B (same seed, so identical), so that neither call can see what the other did to it.
// Outcomes compared: success → JSON.stringify(result) (which reads every lazy property);
// throw → constructor name, name, code, field, message. Exit code 1 if any difference.
import { resolve, join } from "node:path";
import { pathToFileURL } from "node:url";
import { existsSync } from "node:fs";

const argv = process.argv.slice(2);
if (argv.length < 2) {
  console.error("usage: node bench/input-differential.mjs <pkgDirA> <pkgDirB> [N=20000] [seed=1]");
  process.exit(2);
}
const [dirA, dirB] = argv;
const N = argv[2] !== undefined ? Number(argv[2]) : 20000;
const SEED = argv[3] !== undefined ? Number(argv[3]) : 1;
if (!Number.isInteger(N) || N < 0 || !Number.isFinite(SEED)) {
  console.error("N must be a non-negative integer and seed a number");
  process.exit(2);
}

async function load(dir) {
  const file = join(resolve(dir), "inkasso-node.js");
  if (!existsSync(file)) throw new Error(`no inkasso-node.js in ${dir}`);
  return import(pathToFileURL(file).href);
}
const A = await load(dirA);
const B = await load(dirB);

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function mix(seed, i) {
  let h = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b)) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h | 0;
}
class Rng {
  constructor(seed) { this.f = mulberry32(seed); }
  next() { return this.f(); }
  int(lo, hi) { return lo + Math.floor(this.f() * (hi - lo + 1)); }
  chance(p) { return this.f() < p; }
  pick(a) { return a[Math.floor(this.f() * a.length)]; }
  weighted(pairs) {
    let total = 0;
    for (const [w] of pairs) total += w;
    let x = this.f() * total;
    for (const [w, v] of pairs) if ((x -= w) < 0) return v;
    return pairs[pairs.length - 1][1];
  }
}

// ---------------------------------------------------------------- dates and values
const DAY = 86400000;
const dayOf = (y, m, d) => Math.floor(Date.UTC(y, m - 1, d) / DAY);
const iso = (n) => new Date(n * DAY).toISOString().slice(0, 10);
/** The day number of an ISO date string, or `fallback` when it is not one Date.parse reads. */
const parseDay = (v, fallback) => {
  const t = typeof v === "string" && DATE_RE.test(v) ? Date.parse(v) : NaN;
  return Number.isFinite(t) ? Math.floor(t / DAY) : fallback;
};
const randDay = (r, y0, y1) => r.int(dayOf(y0, 1, 1), dayOf(y1, 12, 31));

function money(r, cents) {
  const whole = Math.floor(cents / 100);
  const frac = cents % 100;
  return r.weighted([
    [5, `${whole}.${String(frac).padStart(2, "0")}`],
    [1, frac === 0 ? `${whole}` : frac % 10 === 0 ? `${whole}.${frac / 10}` : `${whole}.${String(frac).padStart(2, "0")}`],
    [3, cents / 100],
  ]);
}
const percent = (r) => r.pick(["10", "8", "5.5", "12.00", "-0.50", "0", "2.25", 7, 12.5, 3.75, 100, "-100"]);
const agreedRate = (r) => r.pick(["10", "8", "5.5", "12.00", "0", "2.25", 7, 12.5, 3.75, 100, "99.99"]);
const margin = (r) => r.pick(["10", "8", "2", "0", 4.5, "6.25"]);

// Exotic values keep a description for printing (without touching their traps or getters).
let EXOTIC = new WeakMap();
const exotic = (v, text) => (EXOTIC.set(v, text), v);

const DEBTORS = ["consumer", "business", "public"];
const STEP_KINDS = ["reminder", "collectionDemand", "finalNotice", "paymentPlan", "paymentOrder", "dispute", "courtAction", "judgment", "enforcement", "surveillance"];
const DAY_COUNTS = ["actual/actual", "actual/365", "30/360"];
const STATUSES = ["confirmed", "derived", "provisional", "assumed"];
const PRESETS = ["standard", "smsReminder", "reminderDemandFinalNotice", "remindersOnly", "lawfulMinimum"];
const CHANNELS = ["letter", "email", "sms"];
/** The stages each preset has (presets() of the reference build). */
const PRESET_STAGES = {
  standard: ["reminder", "collectionDemand", "paymentOrder", "enforcement"],
  smsReminder: ["reminder", "collectionDemand", "paymentOrder", "enforcement"],
  reminderDemandFinalNotice: ["reminder", "collectionDemand", "finalNotice", "paymentOrder", "enforcement"],
  remindersOnly: ["reminder", "finalNotice"],
  lawfulMinimum: ["collectionDemand", "paymentOrder", "enforcement"],
};

// ---------------------------------------------------------------- valid generators
function genClaim(r) {
  const meta = { numbers: [], minIssue: Infinity, maxDue: -Infinity, totalCents: 0 };
  const claim = { debtor: r.pick(DEBTORS) };
  if (r.chance(0.4)) claim.reminderFeeAgreed = r.chance(0.6);
  if (r.chance(0.2)) claim.lateFee = r.chance(0.5);
  if (r.chance(0.2)) claim.dayCount = r.pick(DAY_COUNTS);
  if (r.chance(0.15)) claim.shiftDueDate = r.chance(0.5);
  const terms = r.int(0, 9);
  if (terms === 0) claim.agreedRate = agreedRate(r);
  else if (terms === 1) claim.agreedMargin = margin(r);
  else if (terms === 2 && r.chance(0.5)) claim.agreedRate = null;
  const nInv = r.weighted([[6, 1], [3, 2], [2, 3]]);
  const first = randDay(r, 2015, 2025);
  const prefix = r.pick(["", "F-", "2025-", "INV", "ä"]);
  claim.invoices = [];
  for (let k = 0; k < nInv; k++) {
    const issue = first + r.int(0, 40);
    const cents = r.weighted([[4, r.int(100, 2000000)], [1, r.int(1, 99)], [1, r.int(100000, 5000000000)]]);
    const inv = { number: `${prefix}${r.int(1, 9999)}-${k}`, amount: money(r, cents), issueDate: iso(issue) };
    let due = issue + 30;
    if (r.chance(0.8)) {
      due = issue + r.weighted([[6, r.int(10, 60)], [1, 0], [1, r.int(0, 9)]]);
      inv.dueDate = iso(due);
    } else if (r.chance(0.3)) inv.dueDate = null;
    if (r.chance(0.08)) inv.agreedRate = agreedRate(r);
    else if (r.chance(0.06)) inv.agreedMargin = margin(r);
    claim.invoices.push(inv);
    meta.numbers.push(inv.number);
    meta.minIssue = Math.min(meta.minIssue, issue);
    meta.maxDue = Math.max(meta.maxDue, due);
    meta.totalCents += cents;
    inv.__cents = cents;
    inv.__issue = issue;
  }
  if (r.chance(0.5)) {
    const n = r.int(0, 3);
    claim.steps = [];
    let d = meta.maxDue + r.int(-5, 10);
    for (let k = 0; k < n; k++) {
      d += r.int(1, 40);
      const kind = r.weighted([[5, "reminder"], [5, "collectionDemand"], [2, "paymentOrder"], [1, "enforcement"], [1, r.pick(STEP_KINDS)]]);
      const step = { kind, date: iso(d) };
      // A term only where a step takes one (else UNKNOWN_FIELD), now and then elsewhere too.
      const givesTerm = kind === "reminder" || kind === "collectionDemand" || kind === "finalNotice";
      if (r.chance(givesTerm ? 0.3 : 0.02)) step.paymentTermDays = r.int(0, 30);
      if (r.chance(0.2)) step.fee = r.chance(0.5);
      if ((kind === "courtAction" || kind === "judgment") && r.chance(0.5)) step.costs = money(r, r.int(100, 500000));
      claim.steps.push(step);
    }
  }
  if (r.chance(0.45)) {
    const n = r.int(0, 3);
    claim.payments = [];
    for (let k = 0; k < n; k++) {
      claim.payments.push({ date: iso(meta.minIssue + r.int(0, 500)), amount: money(r, r.int(1, Math.max(1, Math.floor(meta.totalCents / 2)))) });
    }
  }
  if (r.chance(0.2)) {
    const n = r.int(1, 2);
    claim.credits = [];
    for (let k = 0; k < n; k++) {
      const inv = r.pick(claim.invoices);
      if (inv.__cents < 1) continue;
      const cents = r.chance(0.2) ? inv.__cents : r.int(1, inv.__cents);
      inv.__cents -= cents;
      claim.credits.push({ invoice: inv.number, date: iso(inv.__issue + r.int(0, 90)), amount: money(r, cents) });
    }
  }
  for (const inv of claim.invoices) {
    delete inv.__cents;
    delete inv.__issue;
  }
  // Key order varies a little (the reader must not care).
  if (r.chance(0.1)) {
    const shuffled = {};
    for (const k of Object.keys(claim).reverse()) shuffled[k] = claim[k];
    return { claim: shuffled, meta };
  }
  return { claim, meta };
}

function genRates(r) {
  if (r.chance(0.25)) {
    const y = r.int(2003, 2026);
    return [rateRow(r, `${y}-${r.chance(0.5) ? "01" : "07"}-01`)];
  }
  const n = r.int(1, 3);
  const rows = [];
  for (let k = 0; k < n; k++) rows.push(rateRow(r, `${2027 + Math.floor(k / 2)}-${k % 2 === 0 ? "01" : "07"}-01`));
  return rows;
}
function rateRow(r, from) {
  // Whole half points (räntelagen 9 §), but for one policy rate given by mistake.
  const row = { from, percent: r.pick(["2.50", "1.50", "0", "-0.50", 3, 2.5, "4", "1.75"]) };
  if (r.chance(0.3)) row.status = r.pick(STATUSES.slice(0, 3));
  if (r.chance(0.2)) row.source = r.pick(["test", "Riksbanken", "é"]);
  return row;
}

function genStatementOptions(r, meta) {
  const o = { asOf: iso(Math.max(meta.minIssue, meta.maxDue + r.int(-20, 900))) };
  if (r.chance(0.15)) o.rates = genRates(r);
  if (r.chance(0.15)) o.strictRates = r.chance(0.5);
  if (r.chance(0.3)) o.detail = r.pick(["full", "summary"]);
  return o;
}
function genRatesOnlyOptions(r, withStrict) {
  const o = {};
  if (r.chance(0.4)) o.rates = genRates(r);
  if (withStrict && r.chance(0.3)) o.strictRates = r.chance(0.5);
  return o;
}
function genPolicy(r) {
  const form = r.weighted([[3, "preset"], [1, "nullish"], [5, "object"]]);
  if (form === "preset") return r.pick(PRESETS);
  if (form === "nullish") return r.chance(0.5) ? null : undefined;
  const p = {};
  if (r.chance(0.8)) p.preset = r.pick(PRESETS);
  const stage = (fields) => {
    const s = {};
    for (const [k, lo, hi] of fields) if (r.chance(0.5)) s[k] = r.int(lo, hi);
    return s;
  };
  if (r.chance(0.3)) {
    p.reminder = r.chance(0.15) ? null : stage([["daysAfterDue", 0, 30], ["paymentTermDays", 5, 30]]);
    if (p.reminder && r.chance(0.3)) p.reminder.channel = r.pick(CHANNELS);
  }
  if (r.chance(0.2)) p.secondReminder = r.chance(0.2) ? null : stage([["daysAfter", 0, 20], ["paymentTermDays", 5, 20]]);
  if (r.chance(0.3)) p.collectionDemand = r.chance(0.15) ? null : stage([["daysAfter", 0, 20], ["paymentTermDays", 8, 30]]);
  if (r.chance(0.2)) p.finalNotice = r.chance(0.4) ? null : stage([["daysAfter", 0, 20], ["paymentTermDays", 5, 20]]);
  if (r.chance(0.2)) p.paymentOrder = r.chance(0.15) ? null : stage([["daysAfter", 0, 30]]);
  if (r.chance(0.2)) p.enforcement = r.chance(0.2) ? null : stage([["assumedDecisionDays", 10, 90], ["daysAfterDecision", 0, 30]]);
  if (r.chance(0.15)) p.court = r.chance(0.2) ? null : stage([["daysAfterDispute", 0, 30], ["assumedJudgmentDays", 30, 200]]);
  if (r.chance(0.15)) p.paymentPlan = r.chance(0.2) ? null : stage([["daysAfter", 0, 10], ["count", 1, 12], ["intervalMonths", 1, 3]]);
  if (r.chance(0.15)) p.surveillance = r.chance(0.2) ? null : stage([["daysAfterEnforcement", 30, 200]]);
  // Most policies are made consistent (a stage needs the one it follows); a few are left as drawn.
  if (r.chance(0.9)) {
    const has = (k) => (k in p ? p[k] !== null : PRESET_STAGES[p.preset ?? "standard"].includes(k));
    for (const [stage, needs] of [["secondReminder", "reminder"], ["paymentOrder", "collectionDemand"], ["enforcement", "paymentOrder"], ["surveillance", "enforcement"]]) {
      if (has(stage) && !has(needs)) p[stage] = null;
    }
  }
  if (r.chance(0.25)) {
    p.fees = {};
    for (const k of ["reminderFee", "collectionFee", "lateFee", "interestOnFees", "feesOnTopOfLateFee"]) if (r.chance(0.4)) p.fees[k] = r.chance(0.5);
  }
  return p;
}
function genTimelineOptions(r, meta) {
  if (r.chance(0.15)) return undefined;
  const o = {};
  const today = meta.maxDue + r.int(-20, 300);
  if (r.chance(0.7)) o.today = iso(today);
  if (r.chance(0.35)) o.horizon = iso(today + r.int(0, 1500));
  if (r.chance(0.15)) o.rates = genRates(r);
  if (r.chance(0.15)) o.strictRates = r.chance(0.5);
  return o;
}
function genLetterOptions(r, meta) {
  const kind = r.pick(["reminder", "collectionDemand"]);
  const o = { kind, date: iso(meta.maxDue + r.weighted([[8, r.int(1, 300)], [1, r.int(-10, 0)]])), paymentTermDays: r.weighted([[8, r.int(8, 30)], [1, r.int(0, 7)]]) };
  if (r.chance(0.15)) o.rates = genRates(r);
  if (r.chance(0.15)) o.strictRates = r.chance(0.5);
  return o;
}
function genPlan(r, meta) {
  const date = meta.maxDue + r.int(1, 150);
  const p = { date: iso(date), firstDate: iso(date + r.int(0, 40)) };
  if (r.chance(0.6)) p.count = r.int(1, 12);
  else p.amount = money(r, Math.max(100, Math.ceil(meta.totalCents / r.int(2, 10)) + r.int(0, 50000)));
  const iv = r.int(0, 3);
  if (iv === 1) p.intervalMonths = r.int(1, 3);
  else if (iv === 2) p.intervalDays = r.int(7, 45);
  if (r.chance(0.3)) p.fee = r.chance(0.5);
  return p;
}

/** A valid argument list for `name` (a fresh tree every call). */
function genArgs(r, name) {
  switch (name) {
    case "referenceRate": {
      const args = [iso(randDay(r, 2003, 2026))];
      if (r.chance(0.5)) args.push(genRatesOnlyOptions(r, false));
      return args;
    }
    case "referenceRates":
      return r.chance(0.4) ? [] : [genRatesOnlyOptions(r, false)];
    case "statement": {
      const { claim, meta } = genClaim(r);
      return [claim, genStatementOptions(r, meta)];
    }
    case "statementMany": {
      const n = r.int(1, 4);
      const claims = [];
      let minIssue = Infinity, maxDue = -Infinity;
      for (let k = 0; k < n; k++) {
        const { claim, meta } = genClaim(r);
        claims.push(claim);
        minIssue = Math.min(minIssue, meta.minIssue);
        maxDue = Math.max(maxDue, meta.maxDue);
      }
      // asOf after every claim's first issue date.
      const o = genStatementOptions(r, { minIssue, maxDue });
      o.asOf = iso(Math.max(maxDue - 40, minIssue) + 45 + r.int(0, 600));
      return [claims, o];
    }
    case "totals": {
      const { claim, meta } = genClaim(r);
      const dates = [];
      const n = r.int(1, 5);
      for (let k = 0; k < n; k++) dates.push(iso(meta.minIssue + r.int(0, 1200)));
      const args = [claim, dates];
      if (r.chance(0.5)) args.push(genRatesOnlyOptions(r, true));
      return args;
    }
    case "holidays":
      return [r.weighted([[8, r.int(2000, 2040)], [1, r.int(1900, 2199)]])];
    case "nextBankDay":
      return [iso(randDay(r, 2015, 2030))];
    case "timeline": {
      const { claim, meta } = genClaim(r);
      const args = [claim, genPolicy(r)];
      const o = genTimelineOptions(r, meta);
      if (o !== undefined || r.chance(0.5)) args.push(o);
      return args;
    }
    case "check": {
      const { claim } = genClaim(r);
      const args = [claim];
      if (r.chance(0.7)) args.push(genPolicy(r));
      return args;
    }
    case "limitation":
      return [genClaim(r).claim];
    case "letter": {
      const { claim, meta } = genClaim(r);
      return [claim, genLetterOptions(r, meta)];
    }
    case "instalmentPlan": {
      const { claim, meta } = genClaim(r);
      const args = [claim, genPlan(r, meta)];
      if (r.chance(0.4)) args.push(genRatesOnlyOptions(r, true));
      return args;
    }
  }
  throw new Error(name);
}
const EXPORTS = ["referenceRate", "referenceRates", "statement", "statementMany", "totals", "holidays", "nextBankDay", "timeline", "check", "limitation", "letter", "instalmentPlan"];
const ARITY = { referenceRate: 2, referenceRates: 1, statement: 2, statementMany: 2, totals: 3, holidays: 1, nextBankDay: 1, timeline: 3, check: 2, limitation: 1, letter: 2, instalmentPlan: 3 };

// ---------------------------------------------------------------- hostile values
function hostile(r) {
  const plain = [
    () => null, () => undefined, () => true, () => false, () => 0, () => -0, () => 5, () => 5.5, () => -1, () => 1e21,
    () => 1.5e-7, () => 123456789012345678901234567890, () => 2 ** 53, () => 2 ** 53 + 2, () => -(2 ** 53), () => 4294967296,
    () => NaN, () => Infinity, () => -Infinity, () => "", () => "abc", () => "2025-02-30", () => "2025-01-01", () => "12.345",
    () => "1e5", () => "\u0000x\"\\`", () => "é😀", () => [], () => [1], () => ({}), () => ({ a: 1 }), () => 10n,
    () => exotic(() => 1, "() => 1"), () => Symbol("s"), () => new Date(0), () => exotic(new Map([["a", 1]]), 'new Map([["a", 1]])'),
  ];
  return r.chance(0.8) ? r.pick(plain)() : exoticValue(r, undefined);
}
/** Values that are not plain JSON data; `base`, when given, is the value being replaced. */
function exoticValue(r, base) {
  if (base !== null && (typeof base === "object" || typeof base === "function") && EXOTIC.has(base)) base = undefined;
  const isObj = base !== null && typeof base === "object" && !Array.isArray(base);
  const isArr = Array.isArray(base);
  const kinds = [
    "toJSON", "throwingGetter", "getter", "revokedProxy", "proxy", "throwingProxy", "nullProto", "classInstance", "deep",
    "sparse", "arrayExtraProp", "frozen", "stringObject", "numberObject", "longString", "lone surrogate", "negZeroArray",
  ];
  const kind = r.pick(kinds);
  const copy = () => (isObj ? { ...base } : isArr ? [...base] : { a: 1 });
  switch (kind) {
    case "toJSON": {
      const o = copy();
      if (Array.isArray(o)) {
        o.toJSON = () => "2025-01-01";
        return exotic(o, `Object.assign(${show(base)}, { toJSON: () => "2025-01-01" })`);
      }
      const desc = `${show(o)} with a non-enumerable toJSON: () => "2025-01-01"`;
      Object.defineProperty(o, "toJSON", { value: () => "2025-01-01", enumerable: false, writable: true, configurable: true });
      return exotic(o, desc);
    }
    case "throwingGetter": {
      const o = isObj ? { ...base } : {};
      const keys = Object.keys(o);
      const k = keys.length ? r.pick(keys) : "x";
      const desc = `${show(o)} with get ${k}() { throw new Error("boom") }`;
      Object.defineProperty(o, k, { get() { throw new Error("boom"); }, enumerable: true, configurable: true });
      return exotic(o, desc);
    }
    case "getter": {
      const o = isObj ? { ...base } : {};
      const keys = Object.keys(o);
      const k = keys.length ? r.pick(keys) : "x";
      const v = o[k];
      const desc = `${show(o)} with ${k} as an enumerable getter returning it`;
      Object.defineProperty(o, k, { get() { return v; }, enumerable: true, configurable: true });
      return exotic(o, desc);
    }
    case "revokedProxy": {
      const { proxy, revoke } = Proxy.revocable(copy(), {});
      revoke();
      return exotic(proxy, `revoked Proxy of ${show(isObj || isArr ? base : { a: 1 })}`);
    }
    case "proxy": {
      const t = copy();
      return exotic(new Proxy(t, {}), `new Proxy(${show(t)}, {})`);
    }
    case "throwingProxy": {
      const t = copy();
      return exotic(new Proxy(t, { ownKeys() { throw new Error("trap"); }, get() { throw new Error("trap"); } }), `Proxy(${show(t)}) whose get/ownKeys traps throw`);
    }
    case "nullProto": {
      const o = Object.assign(Object.create(null), isObj ? base : { a: 1 });
      return exotic(o, `Object.assign(Object.create(null), ${show(isObj ? base : { a: 1 })})`);
    }
    case "classInstance": {
      class Thing {}
      const o = Object.assign(new Thing(), isObj ? base : { a: 1 });
      return exotic(o, `Object.assign(new (class Thing {})(), ${show(isObj ? base : { a: 1 })})`);
    }
    case "deep": {
      let v = base === undefined ? "x" : base;
      const useArr = r.chance(0.5);
      for (let i = 0; i < 20; i++) v = useArr ? [v] : { a: v };
      return exotic(v, `${useArr ? "[" : "{a:"}×20 around ${show(base === undefined ? "x" : base)}`);
    }
    case "sparse": {
      const a = isArr ? base : [1];
      const arr = new Array(a.length + 1);
      for (let i = 0; i < a.length; i++) arr[i + 1] = a[i];
      return exotic(arr, `[<hole>, ...${show(a)}] (a sparse array)`);
    }
    case "arrayExtraProp": {
      const a = isArr ? [...base] : [1];
      a.extra = 1;
      return exotic(a, `Object.assign(${show(isArr ? base : [1])}, { extra: 1 })`);
    }
    case "frozen": {
      const o = Object.freeze(copy());
      return exotic(o, `Object.freeze(${show(o)})`);
    }
    case "stringObject":
      return exotic(new String(typeof base === "string" ? base : "2025-01-01"), `new String(${JSON.stringify(typeof base === "string" ? base : "2025-01-01")})`);
    case "numberObject":
      return exotic(new Number(typeof base === "number" ? base : 5), `new Number(${typeof base === "number" ? base : 5})`);
    case "longString":
      return "x".repeat(1500);
    case "lone surrogate":
      return "2025-01-0\ud800";
    case "negZeroArray":
      return [-0, NaN, undefined];
  }
  return null;
}

const ENUM_KEYS = new Set(["debtor", "kind", "dayCount", "detail", "status", "preset", "channel"]);
const WRONG_ENUM = {
  debtor: ["Consumer", "CONSUMER", "consumer ", "private", "company", "Business", "publik"],
  kind: ["Reminder", "collectiondemand", "collection_demand", "inkassokrav", "payment-order", "due", "reminderFee", "REMINDER", "judgement"],
  dayCount: ["Actual/Actual", "actual/360", "ACT/365", "30/365", "actual / actual", "30E/360"],
  detail: ["Full", "SUMMARY", "brief", "none", "lines"],
  status: ["Confirmed", "final", "estimated", "CONFIRMED", "published"],
  preset: ["Standard", "sms", "custom", "STANDARD", "lawfulminimum", "reminders-only", "reminder"],
  channel: ["Letter", "mail", "SMS", "post", "e-mail"],
};
const DAY_KEYS = new Set(["daysAfterDue", "paymentTermDays", "daysAfter", "assumedDecisionDays", "daysAfterDecision", "daysAfterDispute", "assumedJudgmentDays", "daysAfterEnforcement", "count", "intervalMonths", "intervalDays"]);
const DAY_BAD = [-1, 3651, 1e9, 2.5, -0, 0, 361, 3650, 365000, NaN, Infinity, 2 ** 31, 2 ** 32, -(2 ** 31), 1e-300, "10", 10n];
const DATE_BAD = ["2025-02-30", "2025-1-1", "0000-01-01", "1899-12-31", "1900-01-01", "2199-12-31", "2200-01-01", "9999-12-31", "2024-02-29", "2023-02-29", "2025-01-01T00:00:00Z", " 2025-01-01", "2025-01-01 ", "2025/01/01", "20250101", "+02025-01-01", "-2025-01-01", "2025-13-01", "2025-00-10", "2025-01-32", "٢٠٢٥-٠١-٠١", "2025-01-0１"];
const AMOUNT_KEYS = new Set(["amount", "costs", "percent", "agreedRate", "agreedMargin"]);
const AMOUNT_BAD = ["1e5", "12.345", "1,5", "-5", "0", "0.00", "-0", "-0.01", 0.125, 0.1, 0.07, 1e-7, "1000000000000.01", "1000000000000.00", 1e12, 1e12 + 0.01, " 12", "12 ", "+12", ".5", "5.", "0x10", "1_000", "٣", "100.5", "-100.01", "100.01", "99.999", 1.005, -0.5];
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const UNKNOWN_KEYS = ["__proto__", "constructor", "a`b", "ké", "dueDte", "DueDate", "asof", "Amount", "toString", "hasOwnProperty", "", " ", "0", "invoice", "rate", "prototype", "valueOf", "debtor ", "😀"];

// ---------------------------------------------------------------- mutations
/** Every node of the argument tree: { parent, key, path, depth }. The roots are the arguments. */
function nodes(args) {
  const out = [];
  const visit = (parent, key, path, depth) => {
    out.push({ parent, key, path, depth });
    const v = parent[key];
    if (depth > 8 || v === null || typeof v !== "object" || EXOTIC.has(v)) return;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (i in v) visit(v, i, `${path}[${i}]`, depth + 1);
    } else if (Object.getPrototypeOf(v) === Object.prototype) {
      for (const k of Object.keys(v)) {
        const d = Object.getOwnPropertyDescriptor(v, k);
        if (d && "value" in d) visit(v, k, `${path}.${k}`, depth + 1);
      }
    }
  };
  for (let i = 0; i < args.length; i++) visit(args, i, `arg${i}`, 0);
  return out;
}
const isPlainObject = (v) => v !== null && typeof v === "object" && !EXOTIC.has(v) && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

function setAt(n, value) {
  if (Object.isFrozen(n.parent)) return;
  n.parent[n.key] = value;
}

function mutate(r, args, name, notes) {
  const all = nodes(args);
  if (all.length === 0) {
    args.push(hostile(r));
    notes.push("added an argument");
    return;
  }
  const kind = r.weighted([[28, "hostile"], [10, "delete"], [12, "unknownKey"], [5, "root"], [12, "enum"], [10, "days"], [8, "date"], [8, "amount"], [10, "exotic"], [10, "semantic"]]);
  if (kind === "semantic" && semantic(r, args, notes)) return;
  const candidates = {
    enum: all.filter((n) => (ENUM_KEYS.has(n.key) && typeof n.parent[n.key] === "string") || ((name === "timeline" || name === "check") && n.parent === args && n.key === 1 && typeof args[1] === "string")),
    days: all.filter((n) => DAY_KEYS.has(n.key) || (name === "holidays" && n.parent === args)),
    date: all.filter((n) => typeof n.parent[n.key] === "string" && DATE_RE.test(n.parent[n.key])),
    amount: all.filter((n) => AMOUNT_KEYS.has(n.key)),
    unknownKey: all.filter((n) => isPlainObject(n.parent[n.key])),
    delete: all.filter((n) => n.parent !== args),
  };
  const list = candidates[kind] && candidates[kind].length ? candidates[kind] : null;
  // Mostly below the arguments themselves (the roots are few but would otherwise dominate).
  const inner = all.filter((x) => x.parent !== args);
  const n = list ? r.pick(list) : inner.length && r.chance(0.85) ? r.pick(inner) : r.pick(all);
  switch (list || kind === "hostile" || kind === "root" || kind === "exotic" ? kind : "hostile") {
    case "hostile": {
      const v = hostile(r);
      setAt(n, v);
      notes.push(`${n.path} = ${show(v)}`);
      return;
    }
    case "delete":
      if (Array.isArray(n.parent)) {
        n.parent.splice(n.key, 1);
        notes.push(`removed ${n.path}`);
      } else {
        delete n.parent[n.key];
        notes.push(`deleted ${n.path}`);
      }
      return;
    case "unknownKey": {
      const o = n.parent[n.key];
      const key = r.pick(UNKNOWN_KEYS);
      const value = r.pick([() => 1, () => "x", () => null, () => ({}), () => "2025-01-01", () => undefined])();
      Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
      notes.push(`${n.path}[${JSON.stringify(key)}] = ${show(value)} (own, enumerable)`);
      return;
    }
    case "root": {
      const root = all.filter((x) => x.parent === args);
      const m = r.pick(root);
      if (r.chance(0.5)) {
        args[m.key] = [args[m.key]];
        notes.push(`wrapped ${m.path} in an array`);
      } else {
        const v = r.pick([null, undefined, 0, 1, true, "", "x", "2025-01-01", "standard", 2025, NaN]);
        args[m.key] = v;
        notes.push(`${m.path} = ${show(v)}`);
      }
      return;
    }
    case "enum": {
      const key = typeof n.key === "string" ? n.key : "preset";
      const pool = r.chance(0.2) ? [...DEBTORS, ...STEP_KINDS, ...DAY_COUNTS, ...PRESETS, ...CHANNELS, "full", "summary", ...STATUSES] : WRONG_ENUM[key];
      const v = r.pick(pool);
      setAt(n, v);
      notes.push(`${n.path} = ${JSON.stringify(v)}`);
      return;
    }
    case "days": {
      const v = r.pick(DAY_BAD);
      setAt(n, v);
      notes.push(`${n.path} = ${show(v)}`);
      return;
    }
    case "date": {
      const v = r.pick(DATE_BAD);
      setAt(n, v);
      notes.push(`${n.path} = ${JSON.stringify(v)}`);
      return;
    }
    case "amount": {
      const v = r.pick(AMOUNT_BAD);
      setAt(n, v);
      notes.push(`${n.path} = ${show(v)}`);
      return;
    }
    case "exotic": {
      const v = exoticValue(r, n.parent[n.key]);
      setAt(n, v);
      notes.push(`${n.path} = ${show(v)}`);
      return;
    }
  }
}

/** Mutations that keep the shapes but break the facts checked after reading (duplicate or bad
 * invoice numbers, unknown credit invoices, dates before the issue date, bad rate tables, too many
 * items, no invoices, time-barred or paid claims). False when nothing applies. */
function semantic(r, args, notes) {
  const all = nodes(args);
  const isArr = (v) => v !== null && typeof v === "object" && !EXOTIC.has(v) && Array.isArray(v);
  const claims = all.filter((n) => isPlainObject(n.parent[n.key]) && isArr(n.parent[n.key].invoices) && n.parent[n.key].invoices.length > 0 && isPlainObject(n.parent[n.key].invoices[0]));
  const dated = all.filter((n) => ["asOf", "date", "today", "horizon", "firstDate"].includes(n.key) && typeof n.parent[n.key] === "string" && DATE_RE.test(n.parent[n.key]));
  const optionRoots = all.filter((n) => n.parent === args && isPlainObject(n.parent[n.key]) && !("invoices" in n.parent[n.key]) && !("debtor" in n.parent[n.key]));
  const ops = [];
  if (claims.length) ops.push("dupNumber", "badNumber", "unknownCredit", "beforeIssue", "tooMany", "noInvoices", "payAll", "dueBeforeIssue");
  if (dated.length) ops.push("lateDate", "earlyDate");
  if (optionRoots.length) ops.push("rateTable", "rateTable");
  if (ops.length === 0) return false;
  const op = r.pick(ops);
  const c = claims.length ? r.pick(claims) : null;
  const claim = c && c.parent[c.key];
  switch (op) {
    case "dupNumber":
      if (claim.invoices.length >= 2 && isPlainObject(claim.invoices[1])) claim.invoices[1].number = claim.invoices[0].number;
      else claim.invoices.push({ ...claim.invoices[0] });
      notes.push(`${c.path}: duplicate invoice number`);
      return true;
    case "badNumber": {
      const v = r.pick(["", "   ", "x".repeat(101), "y".repeat(100), "\n", "\u0000", 5, null]);
      claim.invoices[0].number = v;
      notes.push(`${c.path}.invoices[0].number = ${show(v)}`);
      return true;
    }
    case "unknownCredit":
      claim.credits = [{ invoice: r.pick(["nope", "", (typeof claim.invoices[0].number === "string" ? claim.invoices[0].number : "x") + " "]), date: claim.invoices[0].issueDate, amount: "1.00" }];
      notes.push(`${c.path}.credits = ${show(claim.credits)}`);
      return true;
    case "beforeIssue": {
      const which = r.pick(["payments", "steps"]);
      const early = iso(parseDay(claim.invoices[0].issueDate, dayOf(2001, 1, 2)) - r.int(1, 400));
      claim[which] = which === "payments" ? [{ date: early, amount: "10.00" }] : [{ kind: "reminder", date: early }];
      notes.push(`${c.path}.${which} = ${show(claim[which])}`);
      return true;
    }
    case "dueBeforeIssue": {
      const inv = claim.invoices[0];
      const d = iso(parseDay(inv.issueDate, dayOf(2001, 1, 2)) - r.int(1, 30));
      inv.dueDate = d;
      notes.push(`${c.path}.invoices[0].dueDate = ${JSON.stringify(d)}`);
      return true;
    }
    case "tooMany": {
      const which = r.pick(["steps", "payments", "invoices", "credits"]);
      const n = which === "steps" ? r.pick([100, 101]) : r.pick([1000, 1001]);
      const inv = claim.invoices[0];
      const item =
        which === "steps" ? () => ({ kind: "reminder", date: inv.issueDate }) :
        which === "payments" ? () => ({ date: inv.issueDate, amount: "0.01" }) :
        which === "credits" ? () => ({ invoice: inv.number, date: inv.issueDate, amount: "0.01" }) : null;
      claim[which] = which === "invoices" ? Array.from({ length: n }, (_, k) => ({ ...inv, number: `n${k}` })) : Array.from({ length: n }, item);
      notes.push(`${c.path}.${which}: ${n} items`);
      return true;
    }
    case "noInvoices":
      claim.invoices = [];
      notes.push(`${c.path}.invoices = []`);
      return true;
    case "payAll": {
      const inv = claim.invoices[0];
      claim.payments = [{ date: inv.issueDate, amount: "999999999.00" }];
      notes.push(`${c.path}.payments = ${show(claim.payments)}`);
      return true;
    }
    case "lateDate":
    case "earlyDate": {
      const n = r.pick(dated);
      const d = parseDay(n.parent[n.key], dayOf(2020, 1, 1)) + (op === "lateDate" ? r.int(1000, 6000) : -r.int(200, 6000));
      const v = iso(Math.max(dayOf(1900, 1, 1), Math.min(dayOf(2199, 12, 31), d)));
      n.parent[n.key] = v;
      notes.push(`${n.path} = ${JSON.stringify(v)}`);
      return true;
    }
    case "rateTable": {
      const n = r.pick(optionRoots);
      const v = r.pick([
        () => [{ from: "2028-01-01", percent: "2.00" }],
        () => [{ from: "2027-03-01", percent: "2.00" }],
        () => [{ from: "2027-01-01", percent: "2.00" }, { from: "2027-01-01", percent: "2.50" }],
        () => [{ from: "2027-07-01", percent: "1.00" }, { from: "2027-01-01", percent: "2.00" }],
        () => [{ from: "2024-01-01", percent: "101" }],
        () => [{ from: "2024-01-01", percent: "2.005" }],
        () => [{ from: "2024-01-01" }],
        () => [{ from: "2027-01-01", percent: "2", status: "assumed" }],
        () => [],
        () => Array.from({ length: 1001 }, (_, k) => ({ from: `${2027 + (k >> 1)}-${k % 2 ? "07" : "01"}-01`, percent: "1" })),
      ])();
      n.parent[n.key].rates = v;
      notes.push(`${n.path}.rates = ${v.length > 5 ? `${v.length} consecutive rows from 2027-01-01` : show(v)}`);
      return true;
    }
  }
  return false;
}

const generatorErrors = new Map();
/** The call of input `i`: { name, args, notes, pollute }. Deterministic in (SEED, i). */
function makeInput(i) {
  EXOTIC = new WeakMap();
  const r = new Rng(mix(SEED, i));
  const name = EXPORTS[Math.floor(r.next() * EXPORTS.length)];
  const args = genArgs(r, name);
  const notes = [];
  let pollute = false;
  if (!r.chance(0.3)) {
    const m = r.weighted([[5, 1], [3, 2], [2, 3]]);
    for (let k = 0; k < m; k++) {
      try {
        mutate(r, args, name, notes);
      } catch (e) {
        // A bug of this generator (deterministic, so A and B still get the same input).
        notes.push(`(a mutation failed in the generator: ${e?.message ?? e})`);
        generatorErrors.set(i, clean(String(e?.stack ?? e).split("\n").slice(0, 3).join(" | ")));
      }
    }
    if (r.chance(0.1)) {
      if (args.length > 0 && r.chance(0.5)) {
        const keep = r.int(0, args.length - 1);
        args.length = keep;
        notes.push(`called with ${keep} argument(s)`);
      } else {
        const extra = r.pick([() => undefined, () => ({}), () => null, () => "extra", () => ({ asOf: "2025-01-01" }), () => 1]);
        while (args.length < ARITY[name]) args.push(undefined);
        args.push(extra());
        notes.push(`extra argument ${show(args[args.length - 1])}`);
      }
    }
    if (r.chance(0.01)) {
      pollute = true;
      notes.push("Object.prototype.polluted = 1 (enumerable) during the call");
    }
  }
  return { name, args, notes, pollute };
}

// ---------------------------------------------------------------- printing values
function show(v, depth = 0, seen = new Set()) {
  if (v !== null && (typeof v === "object" || typeof v === "function") && EXOTIC.has(v)) return EXOTIC.get(v);
  switch (typeof v) {
    case "undefined": return "undefined";
    case "number": return Object.is(v, -0) ? "-0" : String(v);
    case "bigint": return `${v}n`;
    case "string": return JSON.stringify(v);
    case "boolean": return String(v);
    case "symbol": return v.toString();
    case "function": return `[function ${v.name || "anonymous"}]`;
  }
  if (v === null) return "null";
  if (depth > 24) return "…";
  if (seen.has(v)) return "[circular]";
  seen.add(v);
  try {
    if (v instanceof Date) return `new Date(${v.getTime()})`;
    if (v instanceof Map) return `new Map(${show([...v], depth + 1, seen)})`;
    if (Array.isArray(v)) {
      const parts = [];
      for (let i = 0; i < v.length; i++) parts.push(i in v ? show(v[i], depth + 1, seen) : "<hole>");
      return `[${parts.join(", ")}]`;
    }
    const proto = Object.getPrototypeOf(v);
    const prefix = proto === Object.prototype ? "" : proto === null ? "Object.create(null) " : `${proto?.constructor?.name ?? "?"} `;
    const parts = [];
    for (const k of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, k);
      const kt = typeof k === "symbol" ? `[${k.toString()}]` : /^[A-Za-z_$][\w$]*$/.test(k) && k !== "__proto__" ? k : JSON.stringify(k);
      const ne = d.enumerable ? "" : "/*non-enumerable*/ ";
      if ("value" in d) parts.push(`${ne}${kt}: ${show(d.value, depth + 1, seen)}`);
      else parts.push(`${ne}get ${kt}()`);
    }
    return `${prefix}{${parts.join(", ")}}`;
  } finally {
    seen.delete(v);
  }
}
/** Control characters escaped (messages may echo the input). */
const clean = (s) => String(s).replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
const clip = (s, n = 4000) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);

// ---------------------------------------------------------------- running and comparing
const ERROR_CODES = new Set(["INVALID_TYPE", "UNKNOWN_FIELD", "MISSING_FIELD", "UNKNOWN_VARIANT", "INVALID_AMOUNT", "AMOUNT_OUT_OF_RANGE", "INVALID_DATE", "DATE_OUT_OF_RANGE", "INVALID_RATE", "NO_INVOICES", "TOO_MANY_ITEMS", "INVALID_INVOICE_NUMBER", "DUPLICATE_INVOICE_NUMBER", "DUE_BEFORE_ISSUE", "UNKNOWN_INVOICE", "INVALID_PLAN", "PAYMENT_BEFORE_ISSUE", "STEP_BEFORE_ISSUE", "AS_OF_BEFORE_ISSUE", "INVALID_RATE_TABLE", "RATE_NOT_COVERED", "FEE_NOT_COVERED", "INVALID_POLICY", "INVALID_DAYS", "OVERFLOW", "COLLECTION_DEMAND_NOT_OVERDUE", "NOTHING_TO_COLLECT", "TIME_BARRED", "NOT_INITIALISED"]);
const tag = (v) => (v === undefined ? "<undefined>" : v);

function thrown(e, phase) {
  if (e !== null && (typeof e === "object" || typeof e === "function")) {
    let ctor, name, code, field, message, isError;
    try { ctor = e.constructor?.name; } catch { ctor = "<unreadable>"; }
    try { ({ name, code, field, message } = e); } catch { message = "<unreadable>"; }
    try { isError = e instanceof Error; } catch { isError = false; }
    const invoicing = isError && name === "InvoicingError" && typeof code === "string";
    return { ok: false, phase, invoicing, isError, ctor, name, code, field, message };
  }
  return { ok: false, phase, invoicing: false, isError: false, ctor: typeof e, message: String(e) };
}
function run(mod, input) {
  let result;
  try {
    if (input.pollute) Object.defineProperty(Object.prototype, "polluted", { value: 1, enumerable: true, writable: true, configurable: true });
    try {
      result = mod[input.name](...input.args);
    } finally {
      if (input.pollute) delete Object.prototype.polluted;
    }
  } catch (e) {
    return thrown(e, "call");
  }
  try {
    const text = JSON.stringify(result);
    return { ok: true, text: text === undefined ? `<${typeof result}: undefined JSON>` : text };
  } catch (e) {
    return thrown(e, "read result");
  }
}
const keyOf = (o) =>
  o.ok ? `OK ${o.text}` : JSON.stringify({ phase: o.phase, ctor: tag(o.ctor), name: tag(o.name), code: tag(o.code), field: tag(o.field), message: tag(o.message) });
function describeOutcome(o) {
  if (o.ok) return `ok ${clip(o.text, 3000)}`;
  const who = o.invoicing ? "InvoicingError" : `NOT an InvoicingError (constructor ${o.ctor}, instanceof Error: ${o.isError})`;
  return `threw (${o.phase}) ${who} name=${show(o.name)} code=${show(o.code)} field=${show(o.field)} message=${show(typeof o.message === "string" ? clip(o.message, 1500) : o.message)}`;
}
function anomaliesOf(o) {
  if (o.ok) return [];
  const out = [];
  if (o.phase !== "call") out.push(`thrown while reading the result`);
  if (!o.invoicing) out.push(`non-InvoicingError throw (${o.ctor}: ${clean(String(o.message).slice(0, 160))})`);
  else {
    if (!ERROR_CODES.has(o.code)) out.push(`undocumented code ${o.code}`);
    if (!(o.field === null || typeof o.field === "string")) out.push(`field neither string nor null (${show(o.field)})`);
    if (typeof o.message !== "string" || o.message.length > 1000) out.push(`message longer than 1000 characters or not a string`);
    if (/panicked|RuntimeError|unreachable|wasm-function|\bat [\w.]+ \(/.test(String(o.message))) out.push(`message looks like a panic/trap/stack: ${clean(String(o.message).slice(0, 160))}`);
  }
  return out;
}

// ---------------------------------------------------------------- main loop
const perExport = new Map(EXPORTS.map((e) => [e, { n: 0, same: 0, diff: 0, okA: 0, errA: 0, okB: 0, errB: 0, mutated: 0, okValid: 0, valid: 0, codesA: new Map(), ms: 0 }]));
const codesA = new Map();
const codesB = new Map();
const anomalies = new Map();
const anomalyExamples = [];
const diffs = [];
let diffCount = 0;
const bump = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
const codeName = (o) => (o.ok ? "ok" : o.invoicing ? o.code : `<${o.ctor ?? "?"}:${o.name ?? "?"}>`);

// `SHOW=17564,4095 node bench/input-differential.mjs A B N seed`: print those inputs, with
// each side's outcome and time, and stop.
if (process.env.SHOW) {
  for (const i of process.env.SHOW.split(",").map(Number)) {
    const input = makeInput(i);
    console.log(`#${i} ${input.name}(${input.args.map((a) => show(a)).join(", ").slice(0, 600)})`);
    console.log(`  mutations: ${input.notes.join("; ") || "none"}`);
    for (const [side, pkg] of [["A", A], ["B", B]]) {
      const t = performance.now();
      const outcome = run(pkg, makeInput(i));
      console.log(`  ${side}: ${describeOutcome(outcome).slice(0, 300)} in ${(performance.now() - t).toFixed(0)} ms`);
    }
  }
  process.exit(0);
}

const slowest = [];
const t0 = performance.now();
for (let i = 0; i < N; i++) {
  const inA = makeInput(i);
  const st = perExport.get(inA.name);
  const t1 = performance.now();
  const outA = run(A, inA);
  const inB = makeInput(i);
  const outB = run(B, inB);
  const took = performance.now() - t1;
  st.ms += took;
  slowest.push([took, i, inA.name]);
  if (slowest.length > 40) slowest.sort((x, y) => y[0] - x[0]).length = 5;
  st.n++;
  if (inA.notes.length === 0) {
    st.valid++;
    if (outA.ok) st.okValid++;
  } else st.mutated++;
  if (outA.ok) st.okA++;
  else st.errA++;
  if (outB.ok) st.okB++;
  else st.errB++;
  bump(st.codesA, codeName(outA));
  if (!outA.ok) bump(codesA, codeName(outA));
  if (!outB.ok) bump(codesB, codeName(outB));
  for (const [side, o] of [["A", outA], ["B", outB]]) {
    for (const a of anomaliesOf(o)) {
      const k = `${side} ${inA.name}: ${a.replace(/\(.*$/, "").trim()}`;
      bump(anomalies, k);
      if (anomalyExamples.length < 20 && (anomalies.get(k) ?? 0) <= 2) {
        const shown = makeInput(i);
        anomalyExamples.push(`#${i} [${side}] ${inA.name}(${shown.args.map((x) => clip(show(x), 1500)).join(", ")})\n    mutations: ${shown.notes.join("; ") || "none"}\n    → ${a}\n    outcome: ${describeOutcome(o)}`);
      }
    }
  }
  if (keyOf(outA) === keyOf(outB)) st.same++;
  else {
    st.diff++;
    diffCount++;
    if (diffs.length < 30) {
      const shown = makeInput(i);
      diffs.push({ i, name: inA.name, args: shown.args.map((x) => clip(show(x))).join(", "), notes: shown.notes, a: describeOutcome(outA), b: describeOutcome(outB) });
    }
  }
}
const elapsed = (performance.now() - t0) / 1000;

// ---------------------------------------------------------------- report
const pad = (s, n) => String(s).padEnd(n);
const padl = (s, n) => String(s).padStart(n);
console.log(`readfuzz: A=${resolve(dirA)} B=${resolve(dirB)} N=${N} seed=${SEED}  (${elapsed.toFixed(1)} s)`);
console.log("");
console.log(`${pad("export", 16)}${padl("inputs", 7)}${padl("same", 7)}${padl("diff", 6)}${padl("okA", 7)}${padl("errA", 7)}${padl("okB", 7)}${padl("errB", 7)}${padl("valid", 7)}${padl("validOk", 8)}${padl("ms", 8)}   top outcomes (A)`);
for (const [name, s] of perExport) {
  const top = [...s.codesA].sort((x, y) => y[1] - x[1]).slice(0, 6).map(([c, n]) => `${c} ${n}`).join(", ");
  console.log(`${pad(name, 16)}${padl(s.n, 7)}${padl(s.same, 7)}${padl(s.diff, 6)}${padl(s.okA, 7)}${padl(s.errA, 7)}${padl(s.okB, 7)}${padl(s.errB, 7)}${padl(s.valid, 7)}${padl(s.okValid, 8)}${padl(s.ms.toFixed(0), 8)}   ${top}`);
}
console.log("");
console.log("errors per code (A / B):");
const allCodes = [...new Set([...codesA.keys(), ...codesB.keys()])].sort((x, y) => (codesA.get(y) ?? 0) - (codesA.get(x) ?? 0));
for (const c of allCodes) console.log(`  ${pad(c, 32)}${padl(codesA.get(c) ?? 0, 7)} / ${codesB.get(c) ?? 0}`);
const unseen = [...ERROR_CODES].filter((c) => !codesA.has(c) && !codesB.has(c));
console.log(`  documented codes never seen: ${unseen.join(", ") || "none"}`);
console.log("");
if (anomalies.size) {
  console.log("anomalies (not differences; outcomes that break the documented error contract):");
  for (const [k, n] of [...anomalies].sort((x, y) => y[1] - x[1])) console.log(`  ${padl(n, 6)}  ${k}`);
  console.log("  examples:");
  for (const e of anomalyExamples) console.log(`  ${e}`);
  console.log("");
} else console.log("anomalies: none (every throw an InvoicingError with a documented code, string|null field, message ≤ 1000 chars)\n");
slowest.sort((x, y) => y[0] - x[0]).length = Math.min(5, slowest.length);
console.log(`slowest inputs (A + B): ${slowest.map(([ms, i, name]) => `#${i} ${name} ${ms.toFixed(0)} ms`).join(", ")}\n`);
if (generatorErrors.size) console.log(`generator errors (a mutation threw in this script; the input was used as it stood): ${generatorErrors.size}\n${[...generatorErrors].slice(0, 3).map(([i, m]) => `  #${i}: ${m}`).join("\n")}\n`);
console.log(`differences: ${diffCount} of ${N}`);
for (const d of diffs) {
  console.log(`--- #${d.i} ${d.name}`);
  console.log(`  args:      ${d.args}`);
  console.log(`  mutations: ${d.notes.join("; ") || "none"}`);
  console.log(`  A: ${d.a}`);
  console.log(`  B: ${d.b}`);
}
if (diffCount > diffs.length) console.log(`(${diffCount - diffs.length} more differences not shown)`);
process.exitCode = diffCount > 0 ? 1 : 0;
