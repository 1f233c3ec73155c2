// scripts/add-rate.mjs on temporary copies of src/rates.rs: adding the next half-year, updating
// one in place, idempotence, and everything it must refuse (with the file left untouched).
// Needs only node (no pkg/ build): node --test tests/js/add-rate.test.mjs

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const script = fileURLToPath(new URL("../../scripts/add-rate.mjs", import.meta.url));
const rates = fileURLToPath(new URL("../../src/rates.rs", import.meta.url));

/** A fresh copy of rates.rs in a temporary directory; removed after the test. */
function copy(t) {
  const dir = mkdtempSync(join(tmpdir(), "add-rate-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, "rates.rs");
  copyFileSync(rates, file);
  return file;
}

function run(file, args) {
  const r = spawnSync(process.execPath, [script, "--file", file, ...args], { encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const args = (halfYear, rate, status, source) => [
  "--half-year", halfYear, "--rate", rate, "--status", status, "--source", source,
];

/** The EMBEDDED row lines of a rates.rs text. */
const rows = (text) => text.split("\n").filter((l) => /^\s*row\(\d{4}, [12], /.test(l));

// The last rows of the embedded table as shipped (2026-H2 provisional at 2.00): read from the
// file so the test keeps working when the table grows, and checked to be what the cases assume.
const shipped = rows(readFileSync(rates, "utf8"));
const lastLine = shipped.at(-1);
const [, lastYear, lastHalf] = /row\((\d{4}), ([12]),/.exec(lastLine).map(Number);
const next = lastHalf === 1 ? `${lastYear}-H2` : `${lastYear + 1}-H1`;
const [nextYear, nextHalf] = next.split("-H").map(Number);
const afterNext = nextHalf === 1 ? `${nextYear}-H2` : `${nextYear + 1}-H1`;

test("adds the next half-year after the last row, once", (t) => {
  const file = copy(t);
  const before = readFileSync(file, "utf8");
  const r = run(file, args(next, "1.50", "confirmed", "Riksbank notice (test)"));
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, new RegExp(`${next}: added`));
  const after = readFileSync(file, "utf8");
  const added = `    row(${nextYear}, ${nextHalf}, 150, Confirmed, "Riksbank notice (test)"),`;
  assert.deepEqual(rows(after), [...rows(before), added]);
  // Only that one line is new; everything else is byte for byte the same.
  assert.equal(after, before.replace(`${lastLine}\n`, `${lastLine}\n${added}\n`));

  // Idempotent: the same command again changes nothing.
  const again = run(file, args(next, "1.50", "confirmed", "Riksbank notice (test)"));
  assert.equal(again.code, 0, again.err);
  assert.match(again.out, new RegExp(`${next}: unchanged`));
  assert.equal(readFileSync(file, "utf8"), after);
});

test("writes negative and zero rates as hundredths", (t) => {
  for (const [rate, hundredths] of [["-0.50", -50], ["0", 0], ["-0.00", 0], ["2", 200], ["10.5", 1050]]) {
    const file = copy(t);
    const r = run(file, args(next, rate, "provisional", "test"));
    assert.equal(r.code, 0, `${rate}: ${r.err}`);
    assert.equal(rows(readFileSync(file, "utf8")).at(-1), `    row(${nextYear}, ${nextHalf}, ${hundredths}, Provisional, "test"),`, rate);
  }
});

test("updates an existing half-year in place (provisional → confirmed)", (t) => {
  const file = copy(t);
  const before = rows(readFileSync(file, "utf8"));
  const r = run(file, args(`${lastYear}-H${lastHalf}`, "2.00", "confirmed", "Riksbank notice (test)"));
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /updated/);
  const after = rows(readFileSync(file, "utf8"));
  assert.equal(after.length, before.length);
  assert.deepEqual(after.slice(0, -1), before.slice(0, -1));
  assert.equal(after.at(-1), `    row(${lastYear}, ${lastHalf}, 200, Confirmed, "Riksbank notice (test)"),`);
});

test("a confirmed rate changes only with --force", (t) => {
  // 2024-H1 is confirmed at 4.00 in the shipped table.
  assert.ok(shipped.includes('    row(2024, 1, 400, Confirmed, "Riksbank notice (period 1 January to 30 June 2024)"),'));
  const file = copy(t);
  const before = readFileSync(file, "utf8");
  const refused = run(file, args("2024-H1", "3.50", "confirmed", "test"));
  assert.equal(refused.code, 1);
  assert.match(refused.err, /--force/);
  assert.equal(readFileSync(file, "utf8"), before);
  // A new source for the same confirmed rate is an ordinary update.
  const resourced = run(file, args("2024-H1", "4.00", "confirmed", "SFS notice (test)"));
  assert.equal(resourced.code, 0, resourced.err);
  const forced = run(file, [...args("2024-H1", "3.50", "confirmed", "test"), "--force"]);
  assert.equal(forced.code, 0, forced.err);
  assert.ok(rows(readFileSync(file, "utf8")).includes('    row(2024, 1, 350, Confirmed, "test"),'));
});

test("refuses out-of-order half-years and malformed input, writing nothing", (t) => {
  const file = copy(t);
  const before = readFileSync(file, "utf8");
  const ok = ["--half-year", next, "--rate", "1.50", "--status", "confirmed", "--source", "s"];
  const cases = [
    // [arguments, a fragment of the message]
    [args(afterNext, "1.50", "confirmed", "s"), /gap/],
    [args("2002-H1", "4.50", "confirmed", "s"), /before the first row/],
    [args(`${nextYear}-H3`, "1.50", "confirmed", "s"), /YYYY-H1/],
    [args(`${String(nextYear).slice(2)}-H1`, "1.50", "confirmed", "s"), /YYYY-H1/],
    [args("2200-H1", "1.50", "confirmed", "s"), /outside/],
    [args(next, "1,50", "confirmed", "s"), /percentage/],
    [args(next, "1.505", "confirmed", "s"), /percentage/],
    [args(next, "abc", "confirmed", "s"), /percentage/],
    [args(next, "+1.50", "confirmed", "s"), /percentage/],
    [args(next, "1.75", "confirmed", "s"), /multiple of 0\.50/],
    [args(next, "101", "confirmed", "s"), /outside/],
    [args(next, "1.50", "guess", "s"), /status/],
    [args(next, "1.50", "Confirmed", "s"), /status/],
    [args(next, "1.50", "confirmed", " "), /empty/],
    [args(next, "1.50", "confirmed", 'say "hi"'), /may not contain/],
    [args(next, "1.50", "confirmed", "a\\b"), /may not contain/],
    [args(next, "1.50", "confirmed", "line\nbreak"), /may not contain/],
    [ok.slice(0, 6), /--source is required/],
    [[...ok, "--rate", "2.00"], /twice/],
    [[...ok, "--verbose"], /unknown argument/],
    [[...ok.slice(0, 7)], /needs a value/],
  ];
  for (const [argv, message] of cases) {
    const r = run(file, argv);
    assert.equal(r.code, 1, `${argv.join(" ")}: ${r.out}`);
    assert.match(r.err, message, argv.join(" "));
    assert.equal(readFileSync(file, "utf8"), before, argv.join(" "));
  }
});

test("refuses a table it cannot read safely", (t) => {
  const file = copy(t);
  const text = readFileSync(file, "utf8");
  // Two rows swapped: the table is out of order.
  const lines = text.split("\n");
  const i = lines.indexOf(shipped[1]);
  const j = lines.indexOf(shipped[2]);
  [lines[i], lines[j]] = [lines[j], lines[i]];
  const swapped = join(file, "..", "swapped.rs");
  writeFileSync(swapped, lines.join("\n"));
  const r = run(swapped, args(next, "1.50", "confirmed", "s"));
  assert.equal(r.code, 1);
  assert.match(r.err, /out of order/);
  // A missing file.
  const missing = run(join(file, "..", "nope.rs"), args(next, "1.50", "confirmed", "s"));
  assert.equal(missing.code, 1);
  assert.match(missing.err, /cannot read/);
});
