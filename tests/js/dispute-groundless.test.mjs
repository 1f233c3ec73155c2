// A `dispute` recorded `groundless: true` (the creditor judged the objection to have no
// factual ground) through the built package: it never stands, so `check`, `letter` and
// `timeline` go on as if it had not been made; both claim readers (quick and general) read
// it alike; on the objection to a betalningsföreläggande it throws INVALID_DISPUTE at
// `steps[i].groundless`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { check, letter, statement, timeline, InvoicingError } from "../../pkg/inkasso-node.js";

const claim = (dispute, later = [], number = "1001") => ({
  debtor: "consumer",
  reminderFeeAgreed: true,
  invoices: [{ number, amount: "12500.00", issueDate: "2025-02-12", dueDate: "2025-03-14" }],
  steps: [
    { kind: "reminder", date: "2025-03-24", paymentTermDays: 10 },
    { kind: "collectionDemand", date: "2025-04-10", paymentTermDays: 10 },
    { kind: "dispute", date: "2025-04-15", ...dispute },
    ...later,
  ],
});

const codes = (c) => check(c).map((f) => `${f.code}@${f.step ?? "-"}`);

test("check: demands and a betalningsföreläggande after a groundless dispute are not flagged", () => {
  const later = [
    { kind: "finalNotice", date: "2025-05-10", paymentTermDays: 10 },
    { kind: "paymentOrder", date: "2025-06-02" },
  ];
  const standing = codes(claim({}, later));
  assert.ok(standing.includes("DEMAND_AFTER_DISPUTE@3"), standing.join());
  assert.ok(standing.includes("PAYMENT_ORDER_AFTER_DISPUTE@4"), standing.join());
  for (const number of ["1001", "1\"2"]) {
    const found = codes(claim({ groundless: true }, later, number));
    assert.ok(!found.some((c) => c.includes("AFTER_DISPUTE")), found.join());
  }
  // `false` and `null` are a plain dispute.
  assert.deepEqual(codes(claim({ groundless: false }, later)), standing);
  assert.deepEqual(codes(claim({ groundless: null }, later)), standing);
});

test("letter: refused after a dispute that stands, sent after a groundless one", () => {
  const options = { kind: "collectionDemand", date: "2025-05-10", paymentTermDays: 10 };
  assert.throws(() => letter(claim({}), options), { code: "CLAIM_DISPUTED", field: "date" });
  assert.equal(letter(claim({ groundless: true }), options).kind, "collectionDemand");
});

test("timeline: the dispute's entry says groundless, and the road goes on to Kronofogden", () => {
  const policy = { preset: "standard", court: {} };
  const t = timeline(claim({ groundless: true }), policy, { today: "2025-04-20" });
  const dispute = t.entries.find((e) => e.kind === "dispute");
  assert.equal(dispute.groundless, true);
  assert.ok(dispute.text.en.startsWith("Dispute made on 2025-04-15, judged groundless"), dispute.text.en);
  const projected = t.entries.filter((e) => e.status === "projected");
  assert.ok(projected.some((e) => e.kind === "paymentOrder"));
  assert.ok(!projected.some((e) => e.kind === "courtAction"));
  assert.ok(!("groundless" in t.entries.find((e) => e.kind === "reminder")));
  const standing = timeline(claim({}), policy, { today: "2025-04-20" });
  assert.equal(standing.entries.filter((e) => e.status === "projected")[0].kind, "courtAction");
  assert.ok(!("groundless" in standing.entries.find((e) => e.kind === "dispute")));
});

test("INVALID_DISPUTE and UNKNOWN_FIELD at steps[i].groundless, by both readers", () => {
  const demand = { kind: "collectionDemand", date: "2025-04-10" };
  for (const number of ["1001", "1\"2"]) {
    const refused = (steps) => {
      try {
        statement({ debtor: "consumer", invoices: [{ number, amount: "100.00", issueDate: "2025-02-12", dueDate: "2025-03-14" }], steps }, { asOf: "2025-06-01" });
        return null;
      } catch (e) {
        assert.ok(e instanceof InvoicingError);
        return [e.code, e.field];
      }
    };
    const order = { kind: "paymentOrder", date: "2025-05-01" };
    assert.deepEqual(refused([demand, order, { kind: "dispute", date: "2025-05-20", groundless: true }]), ["INVALID_DISPUTE", "steps[2].groundless"]);
    assert.deepEqual(refused([demand, { kind: "reminder", date: "2025-04-15", groundless: true }]), ["UNKNOWN_FIELD", "steps[1].groundless"]);
    assert.deepEqual(refused([demand, { kind: "dispute", date: "2025-04-15", groundless: "yes" }]), ["INVALID_TYPE", "steps[1].groundless"]);
    assert.equal(refused([demand, { kind: "dispute", date: "2025-04-15", groundless: true }]), null);
    // A dispute after the objection may be groundless.
    assert.equal(refused([demand, order, { kind: "dispute", date: "2025-05-20" }, { kind: "dispute", date: "2025-05-25", groundless: true }]), null);
  }
});
