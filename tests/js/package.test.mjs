// Smoke test of the assembled npm package in pkg/ (run by `node --test` after the build):
// the package is importable the way its package.json says, initialises synchronously from the
// wasm bytes in Node, answers, and throws InvoicingErrors with code and field.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "pkg");
const manifest = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
const inkasso = await import(join(pkgDir, manifest.exports["."].default));
inkasso.initSync({ module: readFileSync(join(pkgDir, "inkasso_bg.wasm")) });

test("package.json is complete: exports with types first, files present, version from Cargo.toml", () => {
  assert.equal(manifest.name, "inkasso");
  assert.deepEqual(Object.keys(manifest.exports["."]), ["types", "default"]);
  assert.equal(manifest.sideEffects, false);
  for (const file of manifest.files) assert.ok(existsSync(join(pkgDir, file)), `${file} is in pkg/`);
  const cargo = readFileSync(join(pkgDir, "..", "Cargo.toml"), "utf8");
  assert.equal(manifest.version, /^version = "([^"]+)"/m.exec(cargo)[1]);
  assert.equal(inkasso.version(), manifest.version);
});

test("referenceRate answers from the embedded table", () => {
  const r = inkasso.referenceRate("2024-03-15");
  assert.equal(r.referenceRate, "4.00");
  assert.equal(r.latePaymentRate, "12.00");
  assert.equal(r.halfYear, "2024-H1");
  assert.equal(r.rule, "räntelagen (1975:635) 6 § och 9 §");
});

test("a malformed date throws an InvoicingError with code and field", () => {
  assert.throws(() => inkasso.referenceRate("2024-02-30"), (e) => {
    assert.ok(e instanceof Error);
    assert.equal(e.name, "InvoicingError");
    assert.equal(e.code, "INVALID_DATE");
    assert.equal(e.field, "date");
    assert.match(e.message, /^date: /);
    return true;
  });
});

test("statement computes a claim to the öre", () => {
  const s = inkasso.statement(
    {
      debtor: "consumer",
      reminderFeeAgreed: true,
      invoices: [{ number: "2025-118", amount: "12500.00", issueDate: "2025-02-12", dueDate: "2025-03-14" }],
      steps: [{ kind: "reminder", date: "2025-03-19" }, { kind: "collectionDemand", date: "2025-03-26" }],
    },
    { asOf: "2025-08-15" },
  );
  assert.equal(s.total, "13304.38");
  assert.deepEqual(s.feeLines.map((f) => [f.kind, f.amount]), [["reminderFee", "60.00"], ["collectionFee", "180.00"]]);
});
