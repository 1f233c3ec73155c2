// A `dispute` recorded `withdrawn` through the built package: `check`, `letter`, `timeline`
// and `statement` (its quick reader and the general one) read it alike, and what cannot be
// withdrawn throws INVALID_WITHDRAWAL at `steps[i].withdrawn`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { check, letter, statement, timeline, InvoicingError } from "../../pkg/inkasso-node.js";

const claim = (dispute, later = []) => ({
  debtor: "consumer",
  reminderFeeAgreed: true,
  invoices: [{ number: "1001", amount: "12500.00", issueDate: "2025-02-12", dueDate: "2025-03-14" }],
  steps: [
    { kind: "reminder", date: "2025-03-24", paymentTermDays: 10 },
    { kind: "collectionDemand", date: "2025-04-10", paymentTermDays: 10 },
    { kind: "dispute", date: "2025-04-15", ...dispute },
    ...later,
  ],
});

const codes = (c) => check(c).map((f) => `${f.code}@${f.step ?? "-"}`);

test("check: a payment order after the withdrawal is not flagged, one before it is", () => {
  const order = [{ kind: "paymentOrder", date: "2025-05-12" }];
  assert.ok(codes(claim({}, order)).includes("PAYMENT_ORDER_AFTER_DISPUTE@3"));
  assert.ok(!codes(claim({ withdrawn: "2025-05-12" }, order)).some((c) => c.startsWith("PAYMENT_ORDER_AFTER_DISPUTE")));
  assert.ok(codes(claim({ withdrawn: "2025-05-13" }, order)).includes("PAYMENT_ORDER_AFTER_DISPUTE@3"));
});

test("letter: refused while the dispute stands, sent from its withdrawal", () => {
  const c = claim({ withdrawn: "2025-05-05" });
  assert.throws(() => letter(c, { kind: "collectionDemand", date: "2025-05-04", paymentTermDays: 10 }), { code: "CLAIM_DISPUTED", field: "date" });
  assert.equal(letter(c, { kind: "collectionDemand", date: "2025-05-05", paymentTermDays: 10 }).kind, "collectionDemand");
});

test("timeline: the dispute's entry says withdrawn, and the road goes on to Kronofogden", () => {
  const t = timeline(claim({ withdrawn: "2025-05-05" }), { preset: "standard", court: {} }, { today: "2025-04-20" });
  const dispute = t.entries.find((e) => e.kind === "dispute");
  assert.equal(dispute.withdrawn, "2025-05-05");
  assert.ok(dispute.text.sv.startsWith("Bestridande gjort 2025-04-15, återkallat 2025-05-05"), dispute.text.sv);
  assert.ok(dispute.text.en.startsWith("Dispute made on 2025-04-15, withdrawn on 2025-05-05"), dispute.text.en);
  const projected = t.entries.filter((e) => e.status === "projected");
  assert.equal(projected[0].kind, "paymentOrder");
  assert.ok(projected[0].date >= "2025-05-05", projected[0].date);
  assert.ok(!projected.some((e) => e.kind === "courtAction"));
  assert.ok(!("withdrawn" in t.entries.find((e) => e.kind === "reminder")));
});

test("INVALID_WITHDRAWAL and its field, by every reader (quick and general)", () => {
  const refused = (steps) => {
    try {
      // The general reader too: an escaped character in the number takes the slow path.
      for (const number of ["1001", "1\\u0030"]) {
        statement({ debtor: "consumer", invoices: [{ number: JSON.parse(`"${number}"`), amount: "100.00", issueDate: "2025-02-12", dueDate: "2025-03-14" }], steps }, { asOf: "2025-06-01" });
      }
    } catch (e) {
      assert.ok(e instanceof InvoicingError);
      return [e.code, e.field];
    }
    return null;
  };
  const demand = { kind: "collectionDemand", date: "2025-04-10" };
  assert.deepEqual(refused([demand, { kind: "dispute", date: "2025-04-15", withdrawn: "2025-04-14" }]), ["INVALID_WITHDRAWAL", "steps[1].withdrawn"]);
  assert.deepEqual(refused([demand, { kind: "paymentOrder", date: "2025-05-01" }, { kind: "dispute", date: "2025-05-20", withdrawn: "2025-06-01" }]), ["INVALID_WITHDRAWAL", "steps[2].withdrawn"]);
  assert.deepEqual(refused([demand, { kind: "reminder", date: "2025-04-15", withdrawn: "2025-05-01" }]), ["UNKNOWN_FIELD", "steps[1].withdrawn"]);
  assert.deepEqual(refused([demand, { kind: "dispute", date: "2025-04-15", withdrawn: "2025-5-1" }]), ["INVALID_DATE", "steps[1].withdrawn"]);
  assert.deepEqual(refused([demand, { kind: "dispute", date: "2025-04-15", withdrawn: 20250501 }]), ["INVALID_TYPE", "steps[1].withdrawn"]);
  assert.equal(refused([demand, { kind: "dispute", date: "2025-04-15", withdrawn: null }]), null);
  assert.equal(refused([demand, { kind: "dispute", date: "2025-04-15", withdrawn: "2025-04-15" }]), null);
});
