#!/usr/bin/env node
// Adds or updates one half-year of the Riksbank's referensränta in the table embedded in
// src/rates.rs (the `EMBEDDED` rows), without dependencies:
//
//   node scripts/add-rate.mjs --half-year 2027-H1 --rate 2.00 --status confirmed \
//     --source "Riksbank notice 2027-01-02" [--file src/rates.rs] [--force]
//
// - `--half-year` is YYYY-H1 (1 January – 30 June) or YYYY-H2 (1 July – 31 December).
// - `--rate` is the referensränta in percent with at most two decimals ("2", "1.50", "-0.50").
//   Räntelagen (1975:635) 9 § rounds it up to a whole half percentage point, so a rate that is
//   not a multiple of 0.50 is refused: it is most likely the policy rate, not the referensränta.
// - `--status` is confirmed, derived or provisional (the CSV's status column).
// - `--source` says where the figure comes from; it is required and may not contain `"`, `\`
//   or control characters.
// - A new half-year must follow the last row directly (no gaps, nothing before the first row).
//   An existing half-year is updated in place; a confirmed row keeps its rate unless `--force`
//   is given. Running the same command twice changes nothing the second time.
//
// Exit codes: 0 added, updated or unchanged (the message says which); 1 refused (nothing written).
// It never invents a rate: every figure comes from the command line.

import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const STATUSES = { confirmed: "Confirmed", derived: "Derived", provisional: "Provisional" };
const ROW = /^(\s*)row\((\d{4}), ([12]), (-?\d+), (Confirmed|Derived|Provisional), "([^"\\]*)"\),\s*$/;
const USAGE =
  'usage: node scripts/add-rate.mjs --half-year YYYY-H1|YYYY-H2 --rate PERCENT ' +
  '--status confirmed|derived|provisional --source "..." [--file PATH] [--force]';

class Refused extends Error {}

function parseArgs(argv) {
  const options = { force: false };
  const valued = { "--half-year": "halfYear", "--rate": "rate", "--status": "status", "--source": "source", "--file": "file" };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--force") {
      options.force = true;
    } else if (arg in valued) {
      const value = argv[i + 1];
      if (value === undefined) throw new Refused(`${arg} needs a value`);
      if (options[valued[arg]] !== undefined) throw new Refused(`${arg} is given twice`);
      options[valued[arg]] = value;
      i++;
    } else {
      throw new Refused(`unknown argument ${JSON.stringify(arg)}`);
    }
  }
  for (const flag of ["--half-year", "--rate", "--status", "--source"]) {
    if (options[valued[flag]] === undefined) throw new Refused(`${flag} is required`);
  }
  return options;
}

/** "2027-H1" → { year: 2027, half: 1 }. */
function parseHalfYear(text) {
  const m = /^(\d{4})-H([12])$/.exec(text);
  if (!m) throw new Refused(`--half-year ${JSON.stringify(text)} is not written YYYY-H1 or YYYY-H2`);
  const year = Number(m[1]);
  if (year < 2002 || year > 2199) throw new Refused(`--half-year ${text} is outside 2002 … 2199`);
  return { year, half: Number(m[2]) };
}

/** "-0.50" → -50 (hundredths of a percent), exactly, without floating point. */
function parseRate(text) {
  const m = /^(-?)(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) throw new Refused(`--rate ${JSON.stringify(text)} is not a percentage like 2.00 or -0.50`);
  const magnitude = Number(m[2]) * 100 + Number((m[3] ?? "").padEnd(2, "0"));
  if (magnitude > 10000) throw new Refused(`--rate ${text} is outside −100 … 100`);
  if (magnitude % 50 !== 0) {
    throw new Refused(
      `--rate ${text} is not a multiple of 0.50: the referensränta is the policy rate rounded ` +
        "up to a whole half percentage point (räntelagen 9 §); give the rounded figure",
    );
  }
  return m[1] === "-" && magnitude !== 0 ? -magnitude : magnitude;
}

function parseStatus(text) {
  const status = STATUSES[text];
  if (!status) throw new Refused(`--status ${JSON.stringify(text)} is not one of ${Object.keys(STATUSES).join(", ")}`);
  return status;
}

function parseSource(text) {
  if (text.trim() === "") throw new Refused("--source is empty: say where the rate comes from");
  if (/["\\\p{Cc}]/u.test(text)) throw new Refused('--source may not contain ", \\ or control characters');
  return text.trim();
}

const ordinal = (year, half) => year * 2 + (half - 1);
const label = (year, half) => `${year}-H${half}`;
const formatRow = (indent, r) => `${indent}row(${r.year}, ${r.half}, ${r.hundredths}, ${r.status}, "${r.source}"),`;

/** The EMBEDDED rows of rates.rs with their line numbers; refuses a table that is not contiguous. */
function readRows(lines) {
  const start = lines.findIndex((l) => /^const EMBEDDED: /.test(l));
  if (start < 0) throw new Refused("no `const EMBEDDED` table found");
  const rows = [];
  for (let i = start + 1; i < lines.length && !/^\s*\]\s*$/.test(lines[i]); i++) {
    const m = ROW.exec(lines[i]);
    if (m) {
      rows.push({ line: i, indent: m[1], year: Number(m[2]), half: Number(m[3]), hundredths: Number(m[4]), status: m[5], source: m[6] });
    } else if (/\brow\(/.test(lines[i])) {
      throw new Refused(`line ${i + 1} looks like a row but cannot be read: ${lines[i].trim()}`);
    }
  }
  if (rows.length === 0) throw new Refused("the EMBEDDED table has no rows");
  rows.forEach((r, i) => {
    const prev = rows[i - 1];
    if (prev && ordinal(r.year, r.half) !== ordinal(prev.year, prev.half) + 1) {
      throw new Refused(`the table is out of order at ${label(r.year, r.half)} (line ${r.line + 1})`);
    }
  });
  return rows;
}

export function addRate(text, argv) {
  const options = parseArgs(argv);
  const { year, half } = parseHalfYear(options.halfYear);
  const wanted = { year, half, hundredths: parseRate(options.rate), status: parseStatus(options.status), source: parseSource(options.source) };
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(eol);
  const rows = readRows(lines);
  const first = rows[0];
  const last = rows[rows.length - 1];
  const existing = rows.find((r) => r.year === year && r.half === half);
  const name = label(year, half);
  if (existing) {
    const line = formatRow(existing.indent, wanted);
    if (lines[existing.line] === line) return { text, message: `${name}: unchanged` };
    if (existing.status === "Confirmed" && existing.hundredths !== wanted.hundredths && !options.force) {
      throw new Refused(`${name} is confirmed at ${existing.hundredths / 100} %: give --force to change a confirmed rate`);
    }
    lines[existing.line] = line;
    return { text: lines.join(eol), message: `${name}: updated` };
  }
  const o = ordinal(year, half);
  if (o < ordinal(first.year, first.half)) {
    throw new Refused(`${name} is before the first row ${label(first.year, first.half)}: the table does not go back further`);
  }
  if (o !== ordinal(last.year, last.half) + 1) {
    const next = o === ordinal(last.year, last.half) + 2 ? "" : "s";
    throw new Refused(`${name} would leave a gap: the table ends at ${label(last.year, last.half)}; add the half-year${next} in between first`);
  }
  lines.splice(last.line + 1, 0, formatRow(last.indent, wanted));
  return { text: lines.join(eol), message: `${name}: added` };
}

function main() {
  const argv = process.argv.slice(2);
  try {
    const fileArg = argv.indexOf("--file");
    const file = fileArg >= 0 && argv[fileArg + 1] ? argv[fileArg + 1] : fileURLToPath(new URL("../src/rates.rs", import.meta.url));
    let before;
    try {
      before = readFileSync(file, "utf8");
    } catch (error) {
      throw new Refused(`cannot read ${file}: ${error.message}`);
    }
    const { text, message } = addRate(before, argv);
    if (text !== before) writeFileSync(file, text);
    console.log(`${message} (${file})`);
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    console.error(`add-rate: refused: ${error.message}\n${USAGE}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
