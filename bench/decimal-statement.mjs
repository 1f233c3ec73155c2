// A plain-JavaScript statement calculator on decimal.js, written for the benchmark only (not
// shipped): what a JS developer would write instead of using the package, for the claims the
// benchmark uses (consumer claims with reminders, an inkassokrav, a payment plan, payments;
// dröjsmålsränta = referensränta + 8 by half-year, actual/actual, rounded to the öre per line;
// payments to fees, then interest, then capital). It builds the same figures and, in full
// detail, the same interest-line texts as the engine; bench.mjs checks that its amounts equal the
// engine's on the benchmark claim before timing it.
import Decimal from "decimal.js";

Decimal.set({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

const DAY = 86_400_000;
const FEES = {
  reminder: { kind: "reminderFee", amount: "60.00", rule: "lag (1981:739) 2 § och 4 § andra stycket 1", sv: "Påminnelseavgift för betalningspåminnelsen", en: "Reminder fee for the payment reminder of" },
  collectionDemand: { kind: "collectionFee", amount: "180.00", rule: "lag (1981:739) 3 § 1 och 4 § andra stycket 2", sv: "Inkassoavgift för inkassokravet", en: "Collection fee for the debt-collection demand of" },
  paymentPlan: { kind: "paymentPlanFee", amount: "170.00", rule: "lag (1981:739) 3 § 2 och 4 § andra stycket 3", sv: "Avgift för amorteringsplanen", en: "Fee for the instalment plan of" },
};
const RULE = "räntelagen (1975:635) 6 § och 9 §";

const toDay = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const iso = (day) => new Date(day * DAY).toISOString().slice(0, 10);
const yearDays = (day) => {
  const y = new Date(day * DAY).getUTCFullYear();
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 366 : 365;
};
/** The last day of the half-year (or year) that `day` is in. */
const periodEnd = (day) => {
  const d = new Date(day * DAY);
  const y = d.getUTCFullYear();
  const end = d.getUTCMonth() < 6 ? Date.UTC(y, 5, 30) : Date.UTC(y, 11, 31);
  return end / DAY;
};

function group(text, sep) {
  const [whole, frac] = text.split(".");
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep) + (frac === undefined ? "" : (sep === "\u00a0" ? "," : ".") + frac);
}

/**
 * The statement of `claim` on `asOf`. `rates`: rows `{ from, to, referenceRate, latePaymentRate }`
 * (the package's `referenceRates()`, read once). `detail`: "full" or "summary".
 */
export function decimalStatement(claim, { asOf, detail = "full" }, rates) {
  const full = detail !== "summary";
  const end = toDay(asOf);
  const table = rates.map((r) => ({ from: toDay(r.from), to: toDay(r.to), ref: r.referenceRate, rate: new Decimal(r.latePaymentRate), rateText: r.latePaymentRate }));
  const rateOn = (day) => table.find((r) => r.from <= day && day <= r.to);
  const invoices = claim.invoices.map((inv) => ({
    number: inv.number,
    capital: new Decimal(inv.amount),
    interest: new Decimal(0),
    next: toDay(inv.dueDate ?? inv.issueDate) + 1,
    lines: [],
  }));
  const feeLines = [];
  // What is unpaid of each fee line (payments pay them oldest first), and their sum.
  const feeUnpaid = [];
  let feesUnpaid = new Decimal(0);
  let lineCount = 0;
  const accrue = (through) => {
    for (const inv of invoices) {
      while (inv.next <= through) {
        const to = Math.min(through, periodEnd(inv.next));
        const days = to - inv.next + 1;
        const yd = yearDays(inv.next);
        const r = rateOn(inv.next);
        const amount = inv.capital.times(r.rate).times(days).dividedBy(yd * 100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
        inv.interest = inv.interest.plus(amount);
        lineCount++;
        if (full) {
          const base = inv.capital.toFixed(2);
          inv.lines.push({
            invoice: inv.number, from: iso(inv.next), to: iso(to), days, yearDays: yd, base, rate: r.rateText, referenceRate: r.ref,
            amount: amount.toFixed(2), rule: RULE,
            explanation: {
              sv: `Dröjsmålsränta ${r.rateText.replace(".", ",")}\u00a0% (referensränta ${r.ref.replace(".", ",").replace("-", "\u2212")}\u00a0% + 8 procentenheter) på ${group(base, "\u00a0")}\u00a0kr i ${days} ${days === 1 ? "dag" : "dagar"}, ${days}/${yd} av ett år.`,
              en: `Late-payment interest at ${r.rateText}% (reference rate ${r.ref.replace("-", "\u2212")}% + 8 percentage points) on SEK ${group(base, ",")} for ${days} ${days === 1 ? "day" : "days"}, ${days}/${yd} of a year.`,
            },
          });
        }
        inv.next = to + 1;
      }
    }
  };
  const events = [
    ...(claim.steps ?? []).map((s, i) => ({ day: toDay(s.date), order: 0, i, step: s })),
    ...(claim.payments ?? []).map((p, i) => ({ day: toDay(p.date), order: 1, i, payment: p })),
  ].filter((e) => e.day <= end).sort((a, b) => a.day - b.day || a.order - b.order || a.i - b.i);
  const allocations = [];
  let credit = new Decimal(0);
  for (const e of events) {
    if (e.step) {
      const fee = FEES[e.step.kind];
      if (fee === undefined || (e.step.kind === "reminder" && !claim.reminderFeeAgreed)) continue;
      feesUnpaid = feesUnpaid.plus(fee.amount);
      feeUnpaid.push(new Decimal(fee.amount));
      feeLines.push({ kind: fee.kind, date: e.step.date, amount: fee.amount, unpaid: fee.amount, step: e.i, rule: fee.rule, explanation: { sv: `${fee.sv} ${e.step.date}.`, en: `${fee.en} ${e.step.date}.` } });
      continue;
    }
    accrue(e.day);
    let left = new Decimal(e.payment.amount);
    let toFees = new Decimal(0);
    for (let k = 0; k < feeUnpaid.length && left.gt(0); k++) {
      if (feeUnpaid[k].isZero()) continue;
      const f = Decimal.min(left, feeUnpaid[k]);
      feeUnpaid[k] = feeUnpaid[k].minus(f);
      left = left.minus(f);
      toFees = toFees.plus(f);
    }
    feesUnpaid = feesUnpaid.minus(toFees);
    let toInterest = new Decimal(0);
    let toCapital = new Decimal(0);
    for (const inv of invoices) {
      const i = Decimal.min(left, inv.interest);
      inv.interest = inv.interest.minus(i);
      left = left.minus(i);
      toInterest = toInterest.plus(i);
    }
    for (const inv of invoices) {
      const c = Decimal.min(left, inv.capital);
      inv.capital = inv.capital.minus(c);
      left = left.minus(c);
      toCapital = toCapital.plus(c);
    }
    credit = credit.plus(left);
    allocations.push({ payment: e.i, date: e.payment.date, amount: new Decimal(e.payment.amount).toFixed(2), fees: toFees.toFixed(2), interest: toInterest.toFixed(2), capital: toCapital.toFixed(2), credit: left.toFixed(2) });
  }
  accrue(end);
  feeLines.forEach((line, k) => (line.unpaid = feeUnpaid[k].toFixed(2)));
  const capital = invoices.reduce((s, inv) => s.plus(inv.capital), new Decimal(0));
  const interest = invoices.reduce((s, inv) => s.plus(inv.interest), new Decimal(0));
  const r = rateOn(end + 1) ?? rateOn(end);
  const perDiem = capital.times(r.rate).dividedBy(yearDays(end + 1) * 100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return {
    asOf,
    capital: capital.toFixed(2),
    interest: interest.toFixed(2),
    fees: feesUnpaid.toFixed(2),
    total: capital.plus(interest).plus(feesUnpaid).toFixed(2),
    credit: credit.toFixed(2),
    perDiem: perDiem.toFixed(2),
    interestLines: full ? invoices.flatMap((inv) => inv.lines) : [],
    lineCount,
    feeLines,
    allocations,
  };
}
