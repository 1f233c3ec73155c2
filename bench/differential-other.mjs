import { readFileSync } from "node:fs";
const load = async (d) => { const m = await import(d + "/inkasso.js"); m.initSync({ module: readFileSync(d + "/inkasso_bg.wasm") }); return m; };
// Usage: node bench/differential-other.mjs <reference pkg dir>: every other export (presets, kinds,
// rates, holidays, timeline under each preset, check, limitation, letters) of this tree's pkg/ and of a
// reference build, on 303 claims: the JSON of each result or the code, field and message of its error.
const a = await load(new URL("../pkg", import.meta.url).pathname), b = await load(process.argv[2]);
const o = (f) => { try { return JSON.stringify(f()); } catch (e) { return `THROW ${e.code} ${e.field} ${e.message}`; } };
let same = 0, n = 0;
const cmp = (f) => { n++; const x = o(() => f(a)), y = o(() => f(b)); if (x === y) same++; else if (n - same < 4) console.log("DIFF", x.slice(0, 200), "|", y.slice(0, 200)); };
cmp((m) => m.presets()); cmp((m) => m.kinds()); cmp((m) => m.referenceRates()); cmp((m) => m.holidays(2025)); cmp((m) => m.referenceRate("2024-03-15"));
const { claim } = JSON.parse(readFileSync(new URL("claim-10y.json", import.meta.url).pathname, "utf8"));
const claims = [claim, { ...claim, steps: [] }, { debtor: "business", invoices: [{ number: "A\"\\\n\u0001é😀", amount: "12000.00", issueDate: "2023-01-10", dueDate: "2023-02-09" }], payments: [{ date: "2023-05-01", amount: "5000" }] }];
for (let i = 0; i < 300; i++) {
  const d = new Date(Date.UTC(2015 + (i % 10), i % 12, 1 + (i % 28))).toISOString().slice(0, 10);
  claims.push({ debtor: ["consumer", "business", "public"][i % 3], reminderFeeAgreed: i % 2 === 0, invoices: [{ number: `F${i}`, amount: `${100 + i * 37}.${i % 100 < 10 ? "0" : ""}${i % 100}`, issueDate: d }], steps: i % 4 ? [{ kind: "reminder", date: new Date(Date.parse(d) + 50 * 864e5).toISOString().slice(0, 10) }] : [] });
}
for (const c of claims) {
  for (const p of ["standard", "reminderDemandFinalNotice", "smsReminder", "lawfulMinimum", "remindersOnly"]) cmp((m) => m.timeline(c, p, { today: "2025-01-01" }));
  cmp((m) => m.check(c)); cmp((m) => m.check(c, "standard")); cmp((m) => m.limitation(c));
  cmp((m) => m.letter(c, { kind: "reminder", date: "2025-06-30" })); cmp((m) => m.letter(c, { kind: "collectionDemand", date: "2025-06-30", paymentTermDays: 10 }));
}
console.log(`${same} of ${n} results identical`);
