// letter(): what an inkassokrav states through the built package (inkassolagen 5 §): each
// invoice's `description` (read by the quick reader and, for an escaped text, the general one),
// the `{claimBasis}` placeholder when one is missing, interest lines with invoice and period.
import { test } from "node:test";
import assert from "node:assert/strict";
import { letter, statement } from "../../pkg/inkasso-node.js";

const claimWith = (description) => ({
  debtor: "consumer",
  invoices: [
    { number: "A-1", amount: "1000.00", issueDate: "2025-11-03", dueDate: "2025-12-03", ...(description === undefined ? {} : { description }) },
  ],
});
const demand = (claim) => letter(claim, { kind: "collectionDemand", date: "2025-12-16", paymentTermDays: 10 });
const section = (l, id) => l.sections.find((s) => s.id === id);

test("a description is on the invoice line, plain or escaped, and no placeholder is asked", () => {
  for (const description of ["Hyra december 2025", 'Hyra "december" 2025', "Städning\u00a0lägenhet"]) {
    const l = demand(claimWith(description));
    const claim = section(l, "claim");
    assert.deepEqual(claim.placeholders, []);
    assert.ok(claim.lines[0].label.sv.startsWith(`Faktura A-1 (avser: ${description}), fakturadatum`), claim.lines[0].label.sv);
    assert.ok(claim.lines[0].label.en.startsWith(`Invoice A-1 (for: ${description}), dated`), claim.lines[0].label.en);
  }
});

test("without a description an inkassokrav asks for {claimBasis}; null and undefined are absent", () => {
  for (const description of [undefined, null]) {
    const claim = section(demand(claimWith(description)), "claim");
    assert.deepEqual(claim.placeholders, ["claimBasis"]);
    assert.ok(claim.body.sv.endsWith("Fordringen avser: {claimBasis}."), claim.body.sv);
    assert.ok(claim.body.en.endsWith("The claim is for: {claimBasis}."), claim.body.en);
  }
});

test("interest lines name the invoice and the period; the amounts stay the statement's", () => {
  const c = claimWith("Hyra");
  const l = demand(c);
  const lines = section(l, "interest").lines;
  assert.ok(lines.length > 0);
  assert.ok(lines[0].label.sv.startsWith("Faktura A-1, 2025-12-04 – 2025-12-16: dröjsmålsränta"), lines[0].label.sv);
  const s = statement({ ...c, steps: [{ kind: "collectionDemand", date: "2025-12-16", paymentTermDays: 10 }] }, { asOf: "2025-12-16" });
  assert.equal(l.total, s.total);
});

test("a letter gives the step to record: its term, and fee: false when it earns none", async () => {
  const { check } = await import("../../pkg/inkasso-node.js");
  const claim = {
    debtor: "consumer", reminderFeeAgreed: true,
    invoices: [{ number: "1", amount: "1000.00", issueDate: "2025-01-01", dueDate: "2025-01-31" }],
    steps: [{ kind: "reminder", date: "2025-02-05", paymentTermDays: 10 }],
  };
  const second = letter(claim, { kind: "reminder", date: "2025-03-10", paymentTermDays: 10 });
  assert.deepEqual(second.step, { kind: "reminder", date: "2025-03-10", paymentTermDays: 10, fee: false });
  const demand = letter(claim, { kind: "collectionDemand", date: "2025-03-10", paymentTermDays: 10 });
  assert.deepEqual(demand.step, { kind: "collectionDemand", date: "2025-03-10", paymentTermDays: demand.paymentTermDays });
  const recorded = { ...claim, steps: [...claim.steps, second.step] };
  assert.deepEqual(check(recorded).filter((f) => f.step === 1).map((f) => f.code), []);
  assert.equal(statement(recorded, { asOf: "2025-03-10" }).total, second.total);
});

test("an inkassokrav inside a reminder's term warns DEMAND_BEFORE_REMINDER_DEADLINE, with no field", () => {
  const claim = {
    debtor: "consumer",
    reminderFeeAgreed: true,
    invoices: [{ number: "A", amount: "1000.00", issueDate: "2025-04-01", dueDate: "2025-05-01", description: "a" }],
    steps: [{ kind: "reminder", date: "2025-05-06", paymentTermDays: 14 }],
  };
  const early = letter(claim, { kind: "collectionDemand", date: "2025-05-12", paymentTermDays: 10 });
  const [w] = early.warnings.filter((w) => w.code === "DEMAND_BEFORE_REMINDER_DEADLINE");
  assert.equal(w.field, undefined);
  assert.match(w.text.sv, /betalningspåminnelsen 2025-05-06 har gått ut \(2025-05-20\).*Skicka kravet efter 2025-05-20\.$/);
  const later = letter(claim, { kind: "collectionDemand", date: "2025-05-21", paymentTermDays: 10 });
  assert.deepEqual(later.warnings.map((w) => w.code), []);
});
