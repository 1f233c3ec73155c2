// The statement module (`inkasso/statement`: inkasso_statement_bg.wasm, built with the
// `statement-module` feature) against the full module: the same answers and the same errors
// (code, field, message) from every export it has, for the worked cases, 2 000 generated claims
// and a table of hostile inputs; only the statement exports; each module's entry refuses the
// other's .wasm; the packed package's `inkasso/statement` entries (ESM, CommonJS, web) and its
// size (printed; smaller than the full module's, no figure asserted).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";
import { consumer } from "../support/consumer.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const pkgDir = join(root, "pkg");
const fullBytes = readFileSync(join(pkgDir, "inkasso_bg.wasm"));
const statementBytes = readFileSync(join(pkgDir, "inkasso_statement_bg.wasm"));
const full = await import(pathToFileURL(join(pkgDir, "inkasso.js")).href);
full.initSync({ module: fullBytes });
const small = await import(pathToFileURL(join(pkgDir, "statement.js")).href);
small.initSync({ module: statementBytes });

const STATEMENT_EXPORTS = [
  "InvoicingError", "default", "holidays", "initSync", "nextBankDay", "referenceRate", "referenceRates",
  "statement", "statementMany", "totals", "version",
];
const FULL_ONLY = ["check", "instalmentPlan", "kinds", "letter", "limitation", "presets", "timeline"];

/** What a call gives: its result's JSON (texts included: reading them builds them), or its
 * error as name, code, field and message, and whether it is the module's own InvoicingError. */
const outcome = (module, f) => {
  try {
    return JSON.stringify(f(module));
  } catch (e) {
    return `THROW ${e?.name} ${e instanceof module.InvoicingError} ${e?.code} ${e?.field} ${e?.message}`;
  }
};
const same = (f, what) => {
  const a = outcome(full, f);
  const b = outcome(small, f);
  assert.equal(b, a, what);
  return a;
};

test("the statement module has the statement exports and none of the others", () => {
  assert.deepEqual(Object.keys(small).sort(), STATEMENT_EXPORTS);
  assert.deepEqual(Object.keys(full).filter((k) => !STATEMENT_EXPORTS.includes(k)).sort(), FULL_ONLY);
});

test("the statement module is the smaller file (sizes printed), as the package README says within 2 KB", () => {
  // As the README and SIZE_HISTORY.md measure them: gzip -9.
  const gz = (file) => execFileSync("gzip", ["-9c", join(pkgDir, file)], { maxBuffer: 1 << 24 }).length;
  const [fullGz, statementGz] = [gz("inkasso_bg.wasm"), gz("inkasso_statement_bg.wasm")];
  console.log(`inkasso_bg.wasm ${fullBytes.length} bytes raw, ${fullGz} gzipped; inkasso_statement_bg.wasm ${statementBytes.length} raw, ${statementGz} gzipped`);
  assert.ok(statementBytes.length < fullBytes.length && statementGz < fullGz);
  const readme = readFileSync(join(root, "pkg-template", "README.md"), "utf8");
  const said = /`inkasso_statement_bg\.wasm`: (\d+) KB, (\d+) KB gzipped \(`gzip -9`\), against (\d+) KB and (\d+) KB for\s+`inkasso_bg\.wasm`/.exec(readme);
  assert.ok(said, "the README's sentence with the two modules' sizes");
  const real = [statementBytes.length, statementGz, fullBytes.length, fullGz];
  said.slice(1).forEach((kb, i) => assert.ok(Math.abs(Number(kb) * 1000 - real[i]) <= 2000, `the README says ${kb} KB, the file is ${real[i]} bytes`));
});

const casesDir = process.env.INKASSO_CASES_DIR ?? join(root, "..", "shared", "cases");

test("the worked cases: the same statements, totals and rates from both modules", () => {
  const files = readdirSync(casesDir).filter((f) => f.endsWith(".json"));
  assert.ok(files.length >= 10, `${files.length} cases in ${casesDir}`);
  for (const file of files) {
    const c = JSON.parse(readFileSync(join(casesDir, file), "utf8"));
    // The case runner's input: the claim's fields and `asOf` (../shared/cases/README.md).
    const { asOf, ...claim } = c.input;
    assert.ok(asOf, `${file}: no asOf`);
    const result = same((m) => m.statement(claim, { asOf }), file);
    assert.ok(!result.startsWith("THROW"), `${file}: ${result}`);
    same((m) => m.statement(claim, { asOf, detail: "summary" }), file);
    same((m) => m.totals(claim, [asOf, "2030-01-01", "2024-02-29"]), file);
  }
});

// A small generator of claims of many shapes (bench/differential.mjs has the larger one).
let seed = 0x5eed1234;
const rnd = (n) => {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed % n;
};
const pick = (xs) => xs[rnd(xs.length)];
const DAY = 86_400_000;
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const money = () => {
  const ore = 1 + rnd(pick([100, 10_000, 1_000_000, 100_000_000]));
  return `${Math.floor(ore / 100)}.${String(ore % 100).padStart(2, "0")}`;
};
const STEPS = ["reminder", "collectionDemand", "paymentPlan", "paymentOrder", "enforcement", "finalNotice", "smsReminder"];
const generated = () => {
  const start = Date.UTC(2005 + rnd(21), rnd(12), 1 + rnd(28));
  const invoices = Array.from({ length: 1 + rnd(3) }, (_, i) => {
    const issue = start + rnd(60) * DAY;
    const invoice = { number: `N${i}`, amount: rnd(10) === 0 ? Number(money()) : money(), issueDate: iso(issue) };
    if (rnd(5) > 0) invoice.dueDate = iso(issue + rnd(45) * DAY);
    return invoice;
  });
  const claim = { debtor: pick(["consumer", "business", "public"]), invoices };
  if (rnd(2)) claim.reminderFeeAgreed = !!rnd(2);
  if (rnd(6) === 0) claim.agreedRate = pick(["5", "12.5", "0"]);
  if (rnd(8) === 0) claim.dayCount = pick(["actual/actual", "30/360", "actual/365"]);
  const steps = [];
  for (let k = rnd(4); k > 0; k--) steps.push({ kind: pick(STEPS), date: iso(start + (20 + rnd(400)) * DAY) });
  if (steps.length) claim.steps = steps;
  const payments = [];
  for (let k = rnd(5); k > 0; k--) payments.push({ date: iso(start + (10 + rnd(1500)) * DAY), amount: money() });
  if (payments.length) claim.payments = payments;
  return { claim, asOf: iso(start + (rnd(20) === 0 ? -5 : rnd(3000)) * DAY) };
};

test("2 000 generated claims: the same statements (both details), totals and statementMany", () => {
  let errors = 0;
  let batch = [];
  for (let i = 0; i < 2000; i++) {
    const { claim, asOf } = generated();
    const result = same((m) => m.statement(claim, { asOf }), `claim ${i}: ${JSON.stringify(claim)}`);
    if (result.startsWith("THROW")) errors++;
    same((m) => m.statement(claim, { asOf, detail: "summary" }), `claim ${i}, summary`);
    if (i % 10 === 0) same((m) => m.totals(claim, [asOf, "2026-06-30"]), `claim ${i}, totals`);
    batch.push(claim);
    if (batch.length === 100) {
      const claims = batch;
      same((m) => m.statementMany(claims, { asOf: "2026-06-30", detail: pick(["full", "summary"]) }), `batch before claim ${i}`);
      batch = [];
    }
  }
  // Both kinds of outcome were compared.
  assert.ok(errors > 0 && errors < 2000, `${errors} errors`);
});

test("hostile inputs: the same InvoicingError (code, field, message) from both modules, and both alive after", () => {
  const invoice = { number: "1", amount: "1000.00", issueDate: "2025-01-10", dueDate: "2025-02-10" };
  const claim = (over = {}) => ({ debtor: "consumer", invoices: [invoice], ...over });
  const withInvoice = (over) => claim({ invoices: [{ ...invoice, ...over }] });
  const revoked = () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };
  const throwing = () => Object.defineProperty({}, "debtor", { enumerable: true, get() { throw new Error("getter"); } });
  const calls = [
    (m) => m.statement(withInvoice({ amount: NaN }), { asOf: "2025-06-30" }),
    (m) => m.statement(withInvoice({ amount: Infinity }), { asOf: "2025-06-30" }),
    (m) => m.statement(withInvoice({ amount: 10n }), { asOf: "2025-06-30" }),
    (m) => m.statement(withInvoice({ amount: "1e3" }), { asOf: "2025-06-30" }),
    (m) => m.statement(withInvoice({ amount: "1.234" }), { asOf: "2025-06-30" }),
    (m) => m.statement(withInvoice({ issueDate: new Date(0) }), { asOf: "2025-06-30" }),
    (m) => m.statement(withInvoice({ dueDate: "2025-02-30" }), { asOf: "2025-06-30" }),
    (m) => m.statement(withInvoice({ colour: "red" }), { asOf: "2025-06-30" }),
    (m) => m.statement(claim({ debtor: "robot" }), { asOf: "2025-06-30" }),
    (m) => m.statement(claim({ invoices: Array(1001).fill(invoice) }), { asOf: "2025-06-30" }),
    (m) => m.statement(claim({ steps: [{ kind: "timeline", date: "2025-03-01" }] }), { asOf: "2025-06-30" }),
    (m) => m.statement(claim({ payments: [{ date: "2025-03-01", amount: "x".repeat(70000) }] }), { asOf: "2025-06-30" }),
    (m) => m.statement(revoked(), { asOf: "2025-06-30" }),
    (m) => m.statement(throwing(), { asOf: "2025-06-30" }),
    (m) => m.statement(claim(), { asOf: "2025-06-31" }),
    (m) => m.statement(claim(), { asOf: "2025-06-30", detail: "some" }),
    (m) => m.statement(claim(), null),
    (m) => m.statement("{", { asOf: "2025-06-30" }),
    (m) => m.statementMany([claim(), withInvoice({ amount: "-5" })], { asOf: "2025-06-30" }),
    (m) => m.statementMany(claim(), { asOf: "2025-06-30" }),
    (m) => m.totals(claim(), ["2025-06-30", "2025-13-01"]),
    (m) => m.totals(claim(), Array(100_001).fill("2025-06-30")),
    (m) => m.referenceRate("2099-01-01"),
    (m) => m.referenceRate(20250101),
    (m) => m.referenceRates({ rates: [{ from: "2027-01-01", rate: "9.99" }] }),
    (m) => m.holidays(1.5),
    (m) => m.holidays(1000),
    (m) => m.nextBankDay("2026-02-29"),
  ];
  for (const [i, call] of calls.entries()) {
    const a = same(call, `hostile call ${i}: ${call}`);
    assert.match(a, /^THROW InvoicingError true [A-Z_]+ /, `call ${i}: ${a.slice(0, 300)}`);
  }
  for (const m of [full, small]) assert.equal(m.statement(claim(), { asOf: "2025-06-30" }).capital, "1000.00");
});

test("the statement module: 2 000 calls with a revoked Proxy, then a correct statement", () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  const claim = { debtor: "consumer", invoices: [{ number: "1", amount: "1000.00", issueDate: "2025-01-10", dueDate: "2025-02-10" }] };
  for (let i = 0; i < 2000; i++) {
    assert.throws(() => small.statement({ ...claim, payments: [proxy] }, { asOf: "2025-06-30" }), (e) => e instanceof small.InvoicingError);
  }
  assert.equal(small.statement(claim, { asOf: "2025-06-30" }).total, full.statement(claim, { asOf: "2025-06-30" }).total);
});

test("the calendar and rate exports agree", () => {
  same((m) => m.version());
  same((m) => m.referenceRates());
  same((m) => m.referenceRates({ rates: [{ from: "2027-01-01", rate: "2.00", status: "assumed" }] }));
  for (const date of ["1993-01-01", "2008-07-01", "2026-12-31", "2027-01-01"]) same((m) => m.referenceRate(date), date);
  for (const year of [1900, 2026, 2027, 2100]) same((m) => m.holidays(year), String(year));
  for (const date of ["2026-12-24", "2026-12-31", "2027-06-18", "2027-06-19"]) same((m) => m.nextBankDay(date), date);
});

test("the packed package: `inkasso/statement` by import (initialised at once), require and the web entry", async () => {
  const app = consumer("statement-module");
  const run = (name, code) => {
    writeFileSync(join(app.dir, name), code);
    return execFileSync(process.execPath, [join(app.dir, name)], { cwd: app.dir, encoding: "utf8" }).trim();
  };
  const claim = JSON.stringify({ debtor: "consumer", invoices: [{ number: "1", amount: "1000.00", issueDate: "2025-01-10", dueDate: "2025-02-10" }] });
  const expected = full.statement(JSON.parse(claim), { asOf: "2025-06-30" }).total;
  assert.equal(run("esm.mjs", `
    import init, { statement, InvoicingError } from "inkasso/statement";
    await init();
    console.log(statement(${claim}, { asOf: "2025-06-30" }).total, typeof InvoicingError);
  `), `${expected} function`);
  assert.equal(run("cjs.cjs", `
    const { statement, timeline } = require("inkasso/statement");
    console.log(statement(${claim}, { asOf: "2025-06-30" }).total, typeof timeline);
  `), `${expected} undefined`);
  assert.equal(run("web.mjs", `
    import { readFileSync } from "node:fs";
    import { createRequire } from "node:module";
    const require = createRequire(import.meta.url);
    const dir = require.resolve("inkasso/package.json").replace(/package\\.json$/, "");
    const web = await import(dir + "statement.js");
    let before;
    try { web.statement({}); } catch (e) { before = e.code; }
    await web.default({ module_or_path: readFileSync(dir + "inkasso_statement_bg.wasm") });
    console.log(before, web.statement(${claim}, { asOf: "2025-06-30" }).total);
  `), `NOT_INITIALISED ${expected}`);
  // Each entry refuses the other module's .wasm, naming its own file (a fresh process each).
  for (const [entry, other, own] of [["statement.js", "inkasso_bg.wasm", "inkasso_statement_bg.wasm"], ["inkasso.js", "inkasso_statement_bg.wasm", "inkasso_bg.wasm"]]) {
    const out = run("wrong.mjs", `
      import { readFileSync } from "node:fs";
      import { createRequire } from "node:module";
      const require = createRequire(import.meta.url);
      const dir = require.resolve("inkasso/package.json").replace(/package\\.json$/, "");
      const web = await import(dir + "${entry}");
      const codes = [];
      try { web.initSync({ module: readFileSync(dir + "${other}") }); codes.push("loaded"); } catch (e) { codes.push(e.code, e.message.includes("not this package's ${own}") ? "names ${own}" : e.message); }
      try { await web.default({ module_or_path: readFileSync(dir + "${other}") }); codes.push("loaded"); } catch (e) { codes.push(e.code, e.message.includes("not this package's ${own}") ? "names ${own}" : e.message); }
      try { web.statement({}); } catch (e) { codes.push(e.code); }
      web.initSync({ module: readFileSync(dir + "${own}") });
      codes.push(web.nextBankDay("2026-12-24"));
      console.log(codes.join(" "));
    `);
    assert.equal(out, `NOT_INITIALISED names ${own} NOT_INITIALISED names ${own} NOT_INITIALISED 2026-12-28`, entry);
  }
  // In Node the entry is ready on import: initSync and init still refuse the other module's
  // file (as bytes or compiled), a module that is not the package's at all (an empty one),
  // another build of the same file (an import the glue does not provide), invalid bytes and an
  // object that only looks like a module, and take their own as bytes, a DataView, a copy in
  // shared memory or compiled (an integrator's review and a diff review found the other's
  // taken in silence).
  const { default: binaryen } = await import("binaryen");
  for (const [entry, other, own] of [["inkasso/statement", "inkasso_bg.wasm", "inkasso_statement_bg.wasm"], ["inkasso", "inkasso_statement_bg.wasm", "inkasso_bg.wasm"]]) {
    const namespace = `./${own.replace(/\.wasm$/, ".js")}`;
    const version = binaryen.parseText(`(module (import "${namespace}" "__wbg_of_another_build" (func)) (func (export "statement")) (func (export "version")))`);
    writeFileSync(join(app.dir, "another-build.wasm"), version.emitBinary());
    version.dispose();
    const out = run("ready.mjs", `
      import { readFileSync } from "node:fs";
      import { createRequire } from "node:module";
      import * as m from "${entry}";
      const require = createRequire(import.meta.url);
      const dir = require.resolve("inkasso/package.json").replace(/package\\.json$/, "");
      const other = readFileSync(dir + "${other}");
      const spoof = { [Symbol.toStringTag]: "WebAssembly.Module" };
      const said = (e) => e.code + (e.message.includes("not this package's ${own}") ? " names ${own}" : e.message.includes("could not be compiled as WebAssembly") ? " invalid" : e.message.includes("is not a compiled WebAssembly.Module") ? " not a module" : ": " + e.message);
      const out = [];
      for (const module of [other, new WebAssembly.Module(other), new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]), new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 99]), readFileSync("another-build.wasm"), spoof]) {
        try { m.initSync({ module }); out.push("taken"); } catch (e) { out.push(said(e)); }
      }
      try { await m.default({ module_or_path: other }); out.push("taken"); } catch (e) { out.push("init " + said(e)); }
      const own = readFileSync(dir + "${own}");
      const shared = new Uint8Array(new SharedArrayBuffer(own.length));
      shared.set(own);
      for (const module of [own, new DataView(own.buffer, own.byteOffset, own.byteLength), shared, new WebAssembly.Module(own)]) m.initSync({ module });
      await m.default({ module_or_path: own });
      await m.default({ module_or_path: "https://example.invalid/not-fetched-once-ready.wasm" });
      out.push(m.nextBankDay("2026-12-24"));
      console.log(out.join(", "));
    `);
    const refused = `NOT_INITIALISED names ${own}`;
    assert.equal(out, `${refused}, ${refused}, ${refused}, NOT_INITIALISED invalid, ${refused}, NOT_INITIALISED not a module, init ${refused}, 2026-12-28`, entry);
  }
  // init() with options it cannot read says so, with no advice on loading.
  const revoked = run("revoked.mjs", `
    import { createRequire } from "node:module";
    const require = createRequire(import.meta.url);
    const dir = require.resolve("inkasso/package.json").replace(/package\\.json$/, "");
    const web = await import(dir + "statement.js");
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    try { await web.default(proxy); } catch (e) { console.log(e.code, e.message); }
  `);
  assert.match(revoked, /^NOT_INITIALISED inkasso: init\(\) could not read its options: .*revoked$/);
});
