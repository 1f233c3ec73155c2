// Parity, wasm side: the 200 claims that tests/parity.rs computed natively (target/parity/
// cases.json, written by `cargo test`) go through the built package; every result (statement
// or error code, field and message) must be the same JSON.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const casesFile = join(root, "target", "parity", "cases.json");
const inkasso = await import(join(root, "pkg", "inkasso.js"));
inkasso.initSync({ module: readFileSync(join(root, "pkg", "inkasso_bg.wasm")) });

/** JSON with object keys sorted (the native side's serde_json::Value sorts them). */
const canonical = (value) =>
  JSON.stringify(value, (_, v) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );

test("200 generated claims give identical JSON natively and in wasm", () => {
  assert.ok(existsSync(casesFile), `${casesFile} is missing: run cargo test --test parity first`);
  const cases = JSON.parse(readFileSync(casesFile, "utf8"));
  assert.equal(cases.length, 200);
  let mismatches = 0;
  for (const [i, c] of cases.entries()) {
    let wasm;
    try {
      wasm = { ok: inkasso.statement(c.claim, c.options) };
    } catch (e) {
      assert.equal(e.name, "InvoicingError", `case ${i}: ${e}`);
      wasm = { error: { code: e.code, field: e.field, message: e.message.replace(`${e.field}: `, "") } };
    }
    if (canonical(wasm) !== canonical(c.native)) {
      mismatches++;
      assert.deepEqual(wasm, c.native, `case ${i} differs`);
    }
  }
  assert.equal(mismatches, 0);
});

// The benchmark's ratio compares like with like only while the plain-JS decimal.js calculator
// (bench/decimal-statement.mjs) gives the engine's statement: its texts drifted once when the
// engine's wording changed ("percentage points") and bench.mjs only printed "DIFFERS".
test("the benchmark's decimal.js calculator gives the engine's statement of the benchmark claim", async () => {
  const { decimalStatement } = await import(join(root, "bench", "decimal-statement.mjs"));
  const { claim, options } = JSON.parse(readFileSync(join(root, "bench", "claim-10y.json"), "utf8"));
  const rates = inkasso.referenceRates();
  for (const detail of ["full", "summary"]) {
    const wasm = inkasso.statement(claim, { ...options, detail });
    const js = decimalStatement(claim, { ...options, detail }, rates);
    for (const key of ["capital", "interest", "fees", "total", "credit", "perDiem", "interestLines", "feeLines", "allocations"]) {
      assert.equal(JSON.stringify(js[key]), JSON.stringify(wasm[key]), `${detail}: ${key}`);
    }
  }
});
