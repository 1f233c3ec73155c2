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

test("step facts: a fee-free reminder, an inkassokrav's own term and a final notice", () => {
  const claim = {
    debtor: "consumer",
    invoices: [{ number: "S1", amount: "1000.00", issueDate: "2025-02-12", dueDate: "2025-03-14" }],
    steps: [
      { kind: "reminder", date: "2025-03-20", fee: false },
      { kind: "collectionDemand", date: "2025-04-01", paymentTermDays: 14 },
      { kind: "finalNotice", date: "2025-04-22", paymentTermDays: 10 },
      { kind: "paymentOrder", date: "2025-04-10" },
    ],
  };
  const s = inkasso.statement(claim, { asOf: "2025-05-01" });
  // No reminder fee (none claimed), 180 kr for the inkassokrav, 300 + 380 kr for the order,
  // nothing for the final notice; no REMINDER_FEE_NOT_AGREED.
  assert.deepEqual(s.feeLines.map((f) => [f.kind, f.amount]), [
    ["collectionFee", "180.00"], ["paymentOrderFee", "300.00"], ["paymentOrderCompensation", "380.00"],
  ]);
  assert.deepEqual(s.warnings, []);
  // The order of 2025-04-10 is before the inkassokrav's own deadline 2025-04-15.
  const f = inkasso.check(claim);
  assert.deepEqual(f.map((x) => [x.code, x.step]), [["PAYMENT_ORDER_BEFORE_DEADLINE", 3]]);
  assert.match(f[0].text.en, /2025-04-15/u);
  const t = inkasso.timeline(claim, { preset: "standard" });
  const notice = t.entries.find((e) => e.kind === "finalNotice");
  assert.equal(notice.status, "taken");
  assert.equal(notice.deadline, "2025-05-02");
});
