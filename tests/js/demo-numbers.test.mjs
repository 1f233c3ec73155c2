// The demo's amount field reads Swedish and English amounts (www/numbers.js).
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseAmount } from "../../www/numbers.js";

const accepted = [
  ["18 750,50", "18750.50"], ["18750,50", "18750.50"], ["18750.50", "18750.50"], ["18,750.50", "18750.50"],
  ["18.750,50", "18750.50"], ["18\u00a0750,50", "18750.50"], ["18\u202f750,5", "18750.5"], ["1 000 000", "1000000"],
  ["1,250,000", "1250000"], ["1.250.000", "1250000"], ["12,5", "12.5"], ["0,10", "0.10"], ["100 kr", "100"], ["SEK 60", "60"],
  ["  7731.00 ", "7731.00"], ["-5", "-5"], ["1 234 567,89 kr", "1234567.89"], ["100:-", "100"],
  // The Swedish dash for whole kronor (a demo review).
  ["2 000,-", "2000"], ["500,-", "500"],
];
const rejected = [
  ["", "empty"], ["  ", "empty"], ["kr", "empty"], ["12,345,6", "format"], ["1 2 3", "format"], ["18 75,50", "format"],
  ["1e3", "format"], ["12.345.67", "format"], ["abc", "format"], ["1,000,50", "format"], ["1.234,567", "format"], ["12,", "format"],
  // A lone comma or point before three digits: three decimals in Swedish, not thousands.
  ["12,345", "format"], ["1,250", "format"], ["18.750", "format"], ["-1,250", "format"],
];
// In English a comma groups thousands, a point is the decimal mark.
const english = [["12,345", { ok: true, value: "12345" }], ["18.750", { ok: false, reason: "format" }],
  ["18,750.50", { ok: true, value: "18750.50" }], ["18 750,50", { ok: true, value: "18750.50" }]];

for (const [input, value] of accepted) {
  test(`"${input}" is ${value}`, () => assert.deepEqual(parseAmount(input), { ok: true, value }));
}
for (const [input, reason] of rejected) {
  test(`"${input}" is rejected (${reason})`, () => assert.deepEqual(parseAmount(input), { ok: false, reason }));
}
for (const [input, result] of english) {
  test(`"${input}" in English is ${JSON.stringify(result)}`, () => assert.deepEqual(parseAmount(input, "en"), result));
}
