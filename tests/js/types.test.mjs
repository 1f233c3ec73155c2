// The package's TypeScript types against reality. The real output of every function (on claims
// chosen to produce the optional parts too: warnings, credits, moved deadlines, findings, …) is
// written into a .ts file as object literals checked with `satisfies` against inkasso.d.ts, so
// that a field the types lack (excess property), a field they require but the output lacks, or
// a value outside a declared union fails `tsc --strict`. The same file, plus calls that must
// and must not compile (`@ts-expect-error`), is compiled under lib ES2022 without the DOM or
// Node libraries, in every module mode (nodenext ESM and CJS, node16 CJS, bundler), with and
// without skipLibCheck, and under exactOptionalPropertyTypes; and once with the DOM library and
// once with Node's types, where the init inputs are the real URL/Response/Buffer types. No real
// output holds a key whose value is undefined (the result types do not admit one), and
// tests/js/undefined-inputs.ts, compiled under exactOptionalPropertyTypes and run, passes
// undefined for the optional fields of every input.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { consumer, root, bin } from "../support/consumer.mjs";

const app = consumer("types");
const inkasso = await import(pathToFileURL(join(app.dir, "node_modules", "inkasso", "inkasso-node.js")).href);

const consumerClaim = {
  debtor: "consumer", reminderFeeAgreed: true,
  invoices: [{ number: "7731", amount: "8000.00", issueDate: "2023-05-01", dueDate: "2023-05-31" }],
  steps: [{ kind: "reminder", date: "2023-06-05" }, { kind: "collectionDemand", date: "2023-06-20" }],
  payments: [{ date: "2023-07-10", amount: "1000.00" }],
};
const businessClaim = {
  debtor: "business", dayCount: "actual/365", shiftDueDate: true, lateFee: true,
  invoices: [
    { number: "A", amount: 1000, issueDate: "2025-01-10", dueDate: "2025-02-08" },
    { number: "B", amount: "2500.50", issueDate: "2025-01-20" },
  ],
  steps: [{ kind: "reminder", date: "2025-02-20" }, { kind: "collectionDemand", date: "2025-03-05" }, { kind: "paymentOrder", date: "2025-04-10" }],
  payments: [{ date: "2025-03-01", amount: "200" }, { date: "2025-05-01", amount: "9000.00" }],
};
const issue16Claim = {
  debtor: "consumer", reminderFeeAgreed: true, agreedMargin: "10",
  invoices: [
    { number: "A", amount: "12500.00", issueDate: "2025-02-12", dueDate: "2025-03-14" },
    { number: "B", amount: "4000.00", issueDate: "2025-02-12", dueDate: "2025-03-14", agreedRate: "6" },
    { number: "C", amount: "1000.00", issueDate: "2025-02-12", dueDate: "2025-03-14", agreedMargin: "2" },
  ],
  steps: [
    { kind: "reminder", date: "2025-03-19" }, { kind: "collectionDemand", date: "2025-04-07" },
    { kind: "paymentOrder", date: "2025-04-28" }, { kind: "dispute", date: "2025-05-12" },
    { kind: "courtAction", date: "2025-06-02", costs: "2800" }, { kind: "judgment", date: "2025-09-15", costs: "2500.00" },
    { kind: "enforcement", date: "2025-09-22" }, { kind: "surveillance", date: "2026-03-01" },
  ],
  payments: [{ date: "2025-03-30", amount: "100.00" }],
  credits: [{ invoice: "B", date: "2025-03-10", amount: "4000.00" }, { invoice: "C", date: "2025-04-01", amount: "1000.00" }],
};
const planClaim = {
  debtor: "consumer",
  invoices: [{ number: "P", amount: "12000.00", issueDate: "2026-09-01", dueDate: "2026-10-01" }],
};
const noFeeClaim = { ...consumerClaim, reminderFeeAgreed: false, steps: [{ kind: "collectionDemand", date: "2023-05-20" }] };
const errorOf = (f) => {
  try { f(); } catch (e) { return { name: e.name, message: e.message, code: e.code, field: e.field }; }
  throw new Error("no error");
};

/** [type, value] pairs: every function, on inputs that exercise optional fields. */
const outputs = [
  ["string", inkasso.version()],
  ["ReferenceRate", inkasso.referenceRate("2024-03-15")],
  ["ReferenceRate", inkasso.referenceRate("2027-03-15", { rates: [{ from: "2027-01-01", percent: "2.50", status: "provisional", source: "own" }] })],
  ["ReferenceRateRow[]", inkasso.referenceRates()],
  ["Statement", inkasso.statement(consumerClaim, { asOf: "2023-09-01" })],
  ["Statement", inkasso.statement(businessClaim, { asOf: "2025-06-30" })],
  ["Statement", inkasso.statement(noFeeClaim, { asOf: "2027-09-01" })],
  ["Statement", inkasso.statement(consumerClaim, { asOf: "2023-09-01", detail: "summary" })],
  ["Statement[]", inkasso.statementMany([consumerClaim, businessClaim], { asOf: "2025-06-30" })],
  ["Totals[]", inkasso.totals(businessClaim, ["2025-03-01", "2025-06-30"], { strictRates: false })],
  ["Holiday[]", inkasso.holidays(2026)],
  ["string", inkasso.nextBankDay("2026-12-24")],
  ["Policy[]", inkasso.presets()],
  ["Kinds", inkasso.kinds()],
  ...inkasso.presets().map((p) => ["Timeline", inkasso.timeline(consumerClaim, p.id, { today: "2023-09-01" })]),
  ["Timeline", inkasso.timeline(businessClaim, { preset: "standard", finalNotice: null, collectionDemand: { paymentTermDays: 14 } })],
  ["Timeline", inkasso.timeline(noFeeClaim, "lawfulMinimum", { today: "2026-12-20" })],
  ["Finding[]", inkasso.check(noFeeClaim, "standard")],
  ["Finding[]", inkasso.check(businessClaim, { preset: "standard", fees: { interestOnFees: true, feesOnTopOfLateFee: true } })],
  ["Limitation", inkasso.limitation(consumerClaim)],
  ["Limitation", inkasso.limitation(businessClaim)],
  ["Letter", inkasso.letter(consumerClaim, { kind: "reminder", date: "2023-06-05", paymentTermDays: 10 })],
  ["Letter", inkasso.letter(consumerClaim, { kind: "finalNotice", date: "2023-07-20", paymentTermDays: 10 })],
  ["Letter", inkasso.letter(businessClaim, { kind: "collectionDemand", date: "2025-04-22", paymentTermDays: 8 })],
  // Issue 16: contract interest, credit notes, the court path, instalment plans, assumed rates.
  ["Statement", inkasso.statement(issue16Claim, { asOf: "2025-09-22" })],
  ["Limitation", inkasso.limitation(issue16Claim)],
  ["Letter", inkasso.letter(issue16Claim, { kind: "reminder", date: "2025-04-30", paymentTermDays: 10 })],
  ["Schedule", inkasso.instalmentPlan(planClaim, { date: "2026-11-02", firstDate: "2026-12-01", count: 3 })],
  ["Schedule", inkasso.instalmentPlan(planClaim, { date: "2026-11-02", firstDate: "2026-12-01", amount: "5000", intervalDays: 30, fee: false })],
  ["Timeline", inkasso.timeline(planClaim, { preset: "standard", reminder: null, secondReminder: null, paymentPlan: {} }, { today: "2026-11-02" })],
  ["Timeline", inkasso.timeline({ ...planClaim, steps: [{ kind: "collectionDemand", date: "2026-10-20" }, { kind: "paymentOrder", date: "2026-11-02" }, { kind: "dispute", date: "2026-11-10" }] }, { preset: "standard", secondReminder: {}, court: {}, surveillance: {} }, { today: "2026-11-12" })],
  // A payment after the rate table: check's RATE_ASSUMED, limitation's assumed.
  ["Finding[]", inkasso.check({ ...planClaim, payments: [{ date: "2027-02-01", amount: "100.00" }] })],
  ["Limitation", inkasso.limitation({ ...planClaim, payments: [{ date: "2027-02-01", amount: "100.00" }] })],
  ["InvoicingError", errorOf(() => inkasso.statement({ ...consumerClaim, debtor: "alien" }, { asOf: "2023-09-01" }))],
  ["InvoicingError", errorOf(() => inkasso.referenceRate("2024-02-30"))],
];

const satisfies = [
  `import type * as T from "inkasso";`,
  `type Types = {`,
  `  string: string; ReferenceRate: T.ReferenceRate; "ReferenceRateRow[]": T.ReferenceRateRow[]; Statement: T.Statement; "Statement[]": T.Statement[];`,
  `  "Holiday[]": T.Holiday[]; "Policy[]": T.Policy[]; Timeline: T.Timeline; "Finding[]": T.Finding[]; Limitation: T.Limitation;`,
  `  Letter: T.Letter; InvoicingError: T.InvoicingError; Kinds: T.Kinds; Schedule: T.Schedule; "Totals[]": T.Totals[] };`,
  ...outputs.map(([type, value], i) => `export const out${i} = ${JSON.stringify(value, null, 1)} satisfies Types[${JSON.stringify(type)}];`),
].join("\n");

// Calls that must compile, and misuses that must not.
const calls = `
import init, { initSync, statement, statementMany, totals, timeline, check, limitation, letter, referenceRate, referenceRates, presets, type Claim, type PresetId, type ErrorCode, type InvoicingError, type Step, type StepByKind, type StepKind } from "inkasso";
const claim: Claim = { debtor: "consumer", invoices: [{ number: "1", amount: "100.00", issueDate: "2025-01-01" }] };
// A Claim is built like any object; readonly ones (as const, frozen) are accepted too.
claim.invoices.push({ number: "2", amount: "1.00", issueDate: "2025-01-02" });
const frozen = { debtor: "business", invoices: [{ number: "1", amount: "100.00", issueDate: "2025-01-01" }], payments: [{ date: "2025-02-01", amount: 10 }] } as const;
export const r1: string = statement(frozen, { asOf: "2025-03-01" }).total;
export const r2 = totals(frozen, ["2025-03-01", "2025-04-01"] as const, { rates: [{ from: "2031-01-01", percent: "2.00" }] as const });
export const r3 = statementMany([frozen, claim] as const, { asOf: "2025-03-01" });
export const r4 = timeline(frozen, { preset: "standard", fees: { lateFee: false } } as const);
// @ts-expect-error a typo is not a field of a readonly claim either
statement({ ...frozen, dueDte: "2025-02-01" }, { asOf: "2025-03-01" });
export const a: string = statement(claim, { asOf: "2025-03-01" }).total;
export const b: string = timeline(claim, "standard").final.total;
export const c = timeline(claim, { preset: "lawfulMinimum", finalNotice: null }, { today: "2025-02-01" });
export const d = check(claim, "remindersOnly").map((f) => f.code);
// An options argument may be null, as JSON from other systems writes "no value".
export const nulls = [totals(claim, ["2025-03-01"], null), timeline(claim, null, null), check(claim, null, null), limitation(claim, null), referenceRates(null), referenceRate("2025-03-01", null)];
export const e: PresetId[] = presets().map((p) => p.preset);
export const e2 = presets().map((p) => timeline(claim, { ...p, finalNotice: null }).policy);
// A timeline's policy id and a preset's id are typed as the ids they are (an integrator's
// review: they were string): a preset's id is taken back as a policy once "custom" is ruled out.
const usedId = timeline(claim, "standard").policy;
export const again = usedId === "custom" ? null : timeline(claim, usedId);
// @ts-expect-error "custom" names no preset to pass back
export const custom = timeline(claim, "custom");
export const ids: (PresetId | "custom")[] = presets().map((p) => p.id);
// The README's way to record a step on a Claim whose steps are optional.
export const pushed: number = (claim.steps ??= []).push(letter(claim, { kind: "reminder", date: "2025-03-01", paymentTermDays: 10 }).step);
// A letter's step records as it is.
export const recorded: Step[] = [...(claim.steps ?? []), letter(claim, { kind: "reminder", date: "2025-03-01", paymentTermDays: 10 }).step];
export const f: ErrorCode = "NOT_INITIALISED";
// StepByKind types a step by its kind: testing kind narrows it, and a field of another kind's
// step does not compile (UNKNOWN_FIELD at runtime); every StepByKind is a Step.
export const court: StepByKind = { kind: "judgment", date: "2025-09-15", costs: "2500.00" };
export const year: StepByKind = { kind: "enforcement", date: "2026-09-15", furtherYear: true };
export const disputed: StepByKind = { kind: "dispute", date: "2025-05-12", withdrawn: "2025-06-01", groundless: false };
export const plan: StepByKind = { kind: "paymentPlan", date: "2025-05-12", ended: "2025-08-01" };
export const term: StepByKind = { kind: "finalNotice", date: "2025-03-01", paymentTermDays: 10 };
export const anyKind = (kind: StepKind): StepByKind => ({ kind, date: "2025-03-01", fee: false, furtherYear: false, groundless: null });
export const costsOf = (s: StepByKind) => (s.kind === "judgment" || s.kind === "courtAction" ? s.costs : undefined);
export const asSteps: Step[] = [court, year, disputed, plan, term];
export const typedClaim: Claim = { ...claim, steps: [court, term] };
// @ts-expect-error costs are a court step's
export const badCosts: StepByKind = { kind: "reminder", date: "2025-03-01", costs: "100.00" };
// @ts-expect-error only an enforcement is a further year
export const badYear: StepByKind = { kind: "collectionDemand", date: "2025-03-01", furtherYear: true };
// @ts-expect-error only a dispute is withdrawn
export const badWithdrawn: StepByKind = { kind: "paymentOrder", date: "2025-03-01", withdrawn: "2025-04-01" };
// @ts-expect-error only a letter to the debtor gives a payment term
export const badTerm: StepByKind = { kind: "paymentOrder", date: "2025-03-01", paymentTermDays: 60 };
// @ts-expect-error only a payment plan ends
export const badEnded: StepByKind = { kind: "dispute", date: "2025-03-01", ended: "2025-04-01" };
// A Step stays one interface: a judgment's record with the costs it awards, and a step built
// from a row whose fields may be missing, compile as they always did.
export const withCosts: Step[] = timeline(claim, "standard").entries.flatMap((e) =>
  e.status === "projected" && e.kind === "judgment" ? [{ ...e.record, costs: "2500.00" }] : []);
export const fromRow = (kind: StepKind, date: string, days: number | undefined, costs: string | undefined): Step =>
  ({ kind, date, paymentTermDays: days, costs });
// A projected entry (status narrows the entry) records as a step as it is.
export const steps: Step[] = timeline(claim, "standard").entries
  .filter((e) => e.status === "projected")
  .map((e) => ({ kind: e.kind, date: e.date }));
// Its record is a Step to push as it is, and a StepByKind (a types review, stop 66: steps kept
// as StepByKind[] could not take a record without a cast).
export const records: Step[] = timeline(claim, "standard").entries.flatMap((e) => (e.status === "projected" ? [e.record] : []));
export const typedRecords: StepByKind[] = timeline(claim, "standard").entries.flatMap((e) => (e.status === "projected" ? [e.record] : []));
// A taken entry has its index in claim.steps, the due entry a deadline.
export const takenIndices: number[] = timeline(claim, "standard").entries.flatMap((e) => (e.status === "taken" ? [e.step] : []));
export const dueDeadlines: string[] = timeline(claim, "standard").entries.flatMap((e) => (e.status === "fact" ? [e.deadline] : []));
// @ts-expect-error a taken entry has no record
export const takenRecords = timeline(claim, "standard").entries.flatMap((e) => (e.status === "taken" ? [e.record] : []));
export const stepKinds: StepKind[] = timeline(claim, "standard").entries.flatMap((e) => (e.status === "fact" ? [] : [e.kind]));
// @ts-expect-error an entry not narrowed may be the due date, whose kind is no step's
export const notNarrowed: StepKind[] = timeline(claim, "standard").entries.map((e) => e.kind);
export const g = (err: unknown) => (err as InvoicingError).field;
export const h: Promise<void> = init();
initSync({ module: new Uint8Array(8) });
initSync({ module: new ArrayBuffer(8) });
// @ts-expect-error not a preset
timeline(claim, "standrd");
// @ts-expect-error a typo is not a field of a claim
statement({ ...claim, dueDte: "2025-02-01" }, { asOf: "2025-03-01" });
// @ts-expect-error the deprecated bare form of init is not part of the types
init(new Uint8Array(8));
// @ts-expect-error asOf is required
statement(claim, {});
// The table read out is taken back as rates, a row added (the year-end review).
export const table = referenceRates();
export const roundTrip = statement(claim, { asOf: "2027-03-01", rates: [...table, { from: "2027-01-01", percent: "2.50" }] });
// @ts-expect-error the referensränta once: percent or referenceRate, not both
referenceRates({ rates: [{ from: "2027-01-01", percent: "2.50", referenceRate: "2.50" }] });
// @ts-expect-error a row needs its referensränta
referenceRates({ rates: [{ from: "2027-01-01" }] });
`;
const domCalls = `
import init from "inkasso";
export const p1 = init({ module_or_path: new URL("https://example.invalid/inkasso_bg.wasm") });
export const p2 = init({ module_or_path: fetch("/inkasso_bg.wasm") });
export const p3 = init({ module_or_path: "/inkasso_bg.wasm" });
export const p4 = WebAssembly.compile(new Uint8Array(8)).then((module) => init({ module_or_path: module }));
`;
const nodeCalls = `
import { initSync } from "inkasso";
import { readFileSync } from "node:fs";
initSync({ module: readFileSync("node_modules/inkasso/inkasso_bg.wasm") });
`;

// The statement module (\`inkasso/statement\`): its functions typed as the full module's, whose
// types its results satisfy; the functions it lacks are not there.
const statementCalls = `
import init, { initSync, statement, statementMany, totals, referenceRate, referenceRates, holidays, nextBankDay, version, InvoicingError } from "inkasso/statement";
import type { Statement, Totals, Claim } from "inkasso/statement";
import type * as full from "inkasso";
// @ts-expect-error the statement module has no timeline
import { timeline as noTimeline } from "inkasso/statement";
const claim: Claim = { debtor: "consumer", invoices: [{ number: "1", amount: "1000.00", issueDate: "2025-01-10", dueDate: "2025-02-10" }] };
export const loads = (): Promise<void> => init();
export const loadsSync = (bytes: Uint8Array): void => initSync({ module: bytes });
export const one: Statement = statement(claim, { asOf: "2025-06-30" });
export const asFull: full.Statement = statement(claim, { asOf: "2025-06-30", detail: "summary" });
export const many: full.Statement[] = statementMany([claim], { asOf: "2025-06-30" });
export const daily: Totals[] = totals(claim, ["2025-06-30"]);
export const fullTotals: full.Totals[] = daily;
export const rate: string = referenceRate("2025-06-30").latePaymentRate;
export const rows = referenceRates().length + holidays(2026).length + nextBankDay("2026-12-24").length + version().length;
export const code = (e: unknown): string | null => (e instanceof InvoicingError ? e.code : null);
// @ts-expect-error asOf is required here too
statement(claim, {});
export { noTimeline };
`;

const base = { strict: true, noEmit: true, target: "es2022", lib: ["es2022"], types: [] };
const configs = [
  { name: "nodenext-esm", ext: "mts", options: { module: "nodenext", moduleResolution: "nodenext" } },
  { name: "nodenext-cjs", ext: "cts", options: { module: "nodenext", moduleResolution: "nodenext" } },
  { name: "node16-cjs", ext: "cts", options: { module: "node16", moduleResolution: "node16" } },
  { name: "node16-esm", ext: "mts", options: { module: "node16", moduleResolution: "node16" } },
  { name: "bundler", ext: "ts", options: { module: "esnext", moduleResolution: "bundler" } },
  { name: "nodenext-esm-exact", ext: "mts", options: { module: "nodenext", moduleResolution: "nodenext", exactOptionalPropertyTypes: true } },
];

function tsc(name, ext, options, sources) {
  const dir = join(app.dir, name);
  mkdirSync(dir, { recursive: true });
  const include = [];
  for (const [file, code] of Object.entries(sources)) {
    // CommonJS files cannot await at top level: the calls wrap theirs in a function.
    const body = ext === "cts" ? code.replace("export const h: Promise<void> = init();", "export const h = (): Promise<void> => init();") : code;
    writeFileSync(join(dir, `${file}.${ext}`), body);
    include.push(`${file}.${ext}`);
  }
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { ...base, ...options }, include }));
  try {
    execFileSync(bin("tsc"), ["-p", dir], { encoding: "utf8" });
  } catch (e) {
    assert.fail(`tsc (${name}) failed:\n${e.stdout}${e.stderr}`);
  }
}

test("every function's real output satisfies the declared types", () => assert.ok(outputs.length >= 20));

test("no real output holds a key whose value is undefined: an optional result field is left out", () => {
  const found = [];
  const walk = (value, path) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        if (item === undefined) found.push(`${path}.${key}`);
        else walk(item, `${path}.${key}`);
      }
    }
  };
  // (The InvoicingError entries are the test's own copies of the errors' fields.)
  outputs.forEach(([type, value], i) => type !== "InvoicingError" && walk(value, `out${i} (${type})`));
  assert.deepEqual(found, []);
});

test("exactOptionalPropertyTypes: undefined for every optional input field compiles and answers as the field left out; for a required one it does not compile (tests/js/undefined-inputs.ts)", () => {
  const dir = join(app.dir, "undefined-inputs");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "undefined-inputs.mts"), readFileSync(join(root, "tests", "js", "undefined-inputs.ts"), "utf8"));
  const options = { ...base, noEmit: false, noEmitOnError: true, exactOptionalPropertyTypes: true, module: "nodenext", moduleResolution: "nodenext", outDir: "out" };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: options, include: ["undefined-inputs.mts"] }));
  try {
    execFileSync(bin("tsc"), ["-p", dir], { encoding: "utf8" });
  } catch (e) {
    assert.fail(`tsc --strict --exactOptionalPropertyTypes failed:\n${e.stdout}${e.stderr}`);
  }
  execFileSync(process.execPath, [join(dir, "out", "undefined-inputs.mjs")], { cwd: dir, encoding: "utf8" });
});

for (const { name, ext, options } of configs) {
  for (const skipLibCheck of [false, true]) {
    test(`tsc --strict, lib ES2022 without DOM, ${name}, skipLibCheck ${skipLibCheck}`, () => {
      tsc(`${name}-${skipLibCheck ? "skip" : "check"}`, ext, { ...options, skipLibCheck }, { outputs: satisfies, calls, statementCalls });
    });
  }
}

test("tsc --strict with the DOM library: init takes a URL, a fetch Response promise, a string, a WebAssembly.Module", () => {
  tsc("dom", "ts", { module: "esnext", moduleResolution: "bundler", lib: ["es2022", "dom"] }, { outputs: satisfies, calls, domCalls });
});

test("tsc --strict with Node's types: initSync takes the Buffer readFileSync returns", () => {
  tsc("node-types", "mts", { module: "nodenext", moduleResolution: "nodenext", types: ["node"], typeRoots: [join(root, "node_modules", "@types")] },
    { outputs: satisfies, calls, nodeCalls });
});

test("a missing field in an output would fail: the check is not vacuous", () => {
  const dir = join(app.dir, "vacuous");
  mkdirSync(dir, { recursive: true });
  const s = inkasso.statement(consumerClaim, { asOf: "2023-09-01" });
  const { perDiem, ...lacking } = s;
  writeFileSync(join(dir, "x.ts"), `import type { Statement } from "inkasso";\nexport const x = ${JSON.stringify({ ...lacking, extra: 1 })} satisfies Statement;\n`);
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { ...base, module: "esnext", moduleResolution: "bundler" }, include: ["x.ts"] }));
  let out = "";
  try {
    execFileSync(bin("tsc"), ["-p", dir], { encoding: "utf8" });
  } catch (e) {
    out = e.stdout;
  }
  assert.match(out, /extra/);
  assert.ok(perDiem);
});
