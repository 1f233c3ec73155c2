// Amounts as people type them, in Swedish or English: "18 750,50", "18750,50", "18.750,50",
// "18750.50", "18,750.50", "18 750", "100 kr". Pure; tests/js/demo-numbers.test.mjs checks it.
//
// A separator followed by one or two digits at the end is the decimal separator; the others
// (space, no-break space, point or comma) group thousands and must stand between groups of
// three digits. A lone comma or point followed by exactly three digits ("12,345") is read by
// the page's language: in English a comma groups thousands ("12,345" is 12345), while in
// Swedish the comma is the decimal mark, so "12,345" is an amount with three decimals, not
// twelve thousand, and is refused; a lone point and three digits is refused in both ("12.345"
// is 12.345 to an English reader and may be 12345 to a Swedish one). With a decimal part or
// more groups the reading is plain ("12,345.50", "12.345,50", "1,250,000").
// The first group of a grouped number has no leading zero: "0,001" and "01 000" are not
// thousands ("0,001" reads as a decimal typed with too many places), so they are refused.

/**
 * `{ ok: true, value }` with `value` the engine's form ("18750.50"), or `{ ok: false, reason }`
 * with reason "empty" or "format". `lang` ("sv" or "en") decides a lone comma before three
 * digits (see above).
 */
export function parseAmount(text, lang = "sv") {
  let s = String(text ?? "").trim().replace(/[\u00a0\u202f\u2009]/g, " ");
  // "2 000 kr", "2000:-", "2 000,-": the kronor sign and the Swedish dash for whole kronor.
  s = s.replace(/^(sek|kr)\s*/i, "").replace(/\s*(kr|sek|[:,]-)\.?$/i, "").trim();
  if (s === "") return { ok: false, reason: "empty" };
  let sign = "";
  if (/^[-−]/.test(s)) {
    sign = "-";
    s = s.slice(1).trim();
  }
  let whole = s;
  let decimals = "";
  const m = /^(.*?)[.,](\d{1,2})$/.exec(s);
  if (m) {
    whole = m[1];
    decimals = m[2];
  }
  let digits;
  if (/^\d+$/.test(whole)) digits = whole;
  else {
    // Thousands groups: one separator kind throughout, groups of three after the first.
    const g = /^([1-9]\d{0,2})((?:([ .,])\d{3})(?:\3\d{3})*)$/.exec(whole);
    if (!g) return { ok: false, reason: "format" };
    // The grouping separator cannot also be the decimal one ("1,000,50").
    if (m && s[m[1].length] === g[3]) return { ok: false, reason: "format" };
    // One comma or point group and no decimals: ambiguous unless a comma in English.
    const lone = !m && g[3] !== " " && g[2].length === 4;
    if (lone && !(g[3] === "," && lang === "en")) return { ok: false, reason: "format" };
    digits = whole.replace(/[ .,]/g, "");
  }
  return { ok: true, value: sign + digits + (decimals ? `.${decimals}` : "") };
}
