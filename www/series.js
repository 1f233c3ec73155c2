// The figures of the "claim over time" chart, computed by the engine and by nothing else. Pure:
// no DOM; the engine (the inkasso package) is passed in, so tests run this same code in Node.
//
// The curve at day d is `statement(claim as of d)`: the claim with the steps taken by then and
// the steps the timeline plans by then, valued on d. It is the same valuation the timeline gives
// for its entries (tests/js/demo-series.test.mjs compares them on several claims and policies).
// A step the timeline dates before the statement date (a yearly fee of a verkställighet under
// way, or any step when the timeline's today is before the statement date) counts from its day,
// as the page's summary counts it. On the statement date the curve has two points: first the
// claim as it stands (the summary's total), then with the steps planned for that very day.
//
// Beyond the end of the rate table (the half-years the Riksbank has not published yet) the
// timeline assumes the last known referensränta continues (its valuations say `assumed`),
// while a plain statement charges no interest for those days (RATE_NOT_COVERED). So that the
// curve still passes through the timeline's figures there, a day after the table is valued
// with `rates` that carry the last known referensränta forward half-year by half-year, and
// its point says `assumed: true` (the chart draws that part dashed and says so). Such a
// statement date has no summary-total point: its first point is the claim as it stands,
// valued the same assumed way (the summary, a plain statement, charges nothing for those days).

export const dayOf = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5;
export const isoOf = (day) => new Date(day * 864e5).toISOString().slice(0, 10);

const SAMPLES = 60;

/** The planned entries of a timeline that are steps a claim can carry (`stepKinds`). */
export function plannedSteps(timeline, stepKinds) {
  return (timeline?.entries ?? []).filter((e) => e.status === "projected" && stepKinds.includes(e.kind));
}

/**
 * The half-years after the engine's rate table, from its end through the half-year of
 * `through`, each at the table's last referensränta: `{ tableEnd, percent, rates }` for
 * `statement`'s `rates`, or null when `through` is inside the table.
 */
export function assumedRates(engine, through) {
  const last = typeof engine.referenceRates === "function" ? engine.referenceRates().at(-1) : null;
  if (!last || through <= last.to) return null;
  const rates = [];
  let [y, m] = [+last.to.slice(0, 4), +last.to.slice(5, 7)]; // the table ends on 30 June or 31 December
  for (;;) {
    [y, m] = m > 6 ? [y + 1, 1] : [y, 7];
    const from = `${String(y).padStart(4, "0")}-${m === 1 ? "01" : "07"}-01`;
    if (from > through) break;
    rates.push({ from, percent: last.referenceRate });
  }
  return { tableEnd: last.to, percent: last.referenceRate, rates };
}

/**
 * The claim valued on `date`: taken steps up to `date`, planned steps (their `record`s) up to
 * `date` (one dated `asOf` itself, on `asOf`, only with `withToday`), payments up to `date`.
 * With `assumed` (assumedRates()) a date after the rate table is valued with the last known
 * referensränta carried forward, as the timeline values it.
 */
export function valueOn(engine, claim, asOf, planned, date, withToday = true, assumed = null) {
  // A planned step counts from its day on; one dated the statement date itself only with
  // `withToday` on that day (the summary's point is the claim before it).
  const counts = (s) => s.date <= date && (s.date !== asOf || date !== asOf || withToday);
  const steps = [
    ...(claim.steps ?? []).filter((s) => s.date <= date),
    ...planned.filter(counts).map((e) => e.record ?? { kind: e.kind, date: e.date }),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const payments = (claim.payments ?? []).filter((p) => p.date <= date);
  const options = { asOf: date };
  if (assumed && date > assumed.tableEnd) options.rates = assumed.rates.filter((r) => r.from <= date);
  return engine.statement({ ...claim, steps, payments }, options);
}

/**
 * The chart's points ({ day, total, date, assumed }, by day; two on the statement date when a
 * planned step falls on it) and markers (one per timeline entry, on the curve), from `start`
 * (the due date, or earlier steps or today) to a little after the last event; `assumed`, when
 * the chart reaches past the rate table, is `{ from, percent }`: from which day its points
 * assume the last known referensränta, and that rate.
 */
export function claimSeries(engine, { claim, asOf, statement, timeline, stepKinds }) {
  const planned = plannedSteps(timeline, stepKinds);
  const asOfDay = dayOf(asOf);
  const issueDay = Math.min(...claim.invoices.map((i) => dayOf(i.issueDate)));
  const entries = timeline?.entries ?? [];
  const start = Math.max(issueDay, Math.min(dayOf(statement.invoices[0].effectiveDueDate), asOfDay, ...entries.map((e) => dayOf(e.date))));
  const events = [
    ...(claim.steps ?? []).map((s) => s.date), ...(claim.payments ?? []).map((p) => p.date), ...planned.map((s) => s.date),
    ...entries.flatMap((e) => [e.date, e.deadline, e.ifPaid?.asOf].filter(Boolean)),
    ...(timeline ? [timeline.final.asOf] : []),
  ].map(dayOf);
  const last = Math.max(asOfDay, ...events);
  const end = last + Math.max(14, Math.round((last - start) * 0.08));
  const days = new Set();
  for (let i = 0; i <= SAMPLES; i++) days.add(Math.round(start + ((end - start) * i) / SAMPLES));
  for (const d of events) days.add(d).add(d - 1); // the day before an event too: fees and payments show as steps
  days.add(asOfDay);
  const assumed = assumedRates(engine, isoOf(end));
  const points = [];
  for (const day of [...days].filter((d) => d >= start && d <= end).sort((a, b) => a - b)) {
    const date = isoOf(day);
    const beyond = assumed !== null && date > assumed.tableEnd;
    // A point past the table rests on the assumed rate only if interest ran past the table (a
    // claim paid before it is not: a demo review, stop 66, found a flat 0 line called dashed).
    const point = (withToday, extra = {}) => {
      const s = valueOn(engine, claim, asOf, planned, date, withToday, assumed);
      const rested = beyond && s.interestLines.some((l) => l.to > assumed.tableEnd);
      return { day, date, total: s.total, assumed: rested, ...extra };
    };
    try {
      if (day === asOfDay) {
        // The claim as it stands today (what the summary shows), then with today's planned steps.
        points.push(beyond ? point(false, { today: true }) : { day, date, total: statement.total, today: true, assumed: false });
        if (planned.some((s) => s.date === asOf)) points.push(point(true));
      } else {
        points.push(point(true));
      }
    } catch {
      // A date the engine cannot value (before an invoice was issued) is left out.
    }
  }
  const after = (day) => points.reduce((best, p) => (p.day <= day ? p : best), points[0]);
  const markers = entries.map((e, i) => {
    const day = dayOf(e.date);
    return { n: i + 1, kind: e.kind, furtherYear: e.furtherYear === true, title: e.title, taken: e.status !== "projected", date: e.date, day, total: after(day)?.total };
  });
  const assumedFrom = points.find((p) => p.assumed);
  return {
    points, markers, today: asOfDay,
    assumed: assumedFrom ? { from: isoOf(dayOf(assumed.tableEnd) + 1), percent: assumed.percent } : null,
  };
}

/**
 * The claim as a creditor following `policy` (a `presets()` entry) charges it: a policy that
 * charges no reminder fee (or no förseningsersättning) is a claim without it. Every figure on
 * the page (summary, chart, timeline, findings) is computed from this one claim. A policy
 * choice a claim cannot express throws, so that the page never shows two different totals.
 */
export function underPolicy(claim, policy) {
  const fees = policy?.fees;
  if (!fees) return claim;
  if (fees.collectionFee === false || fees.interestOnFees || fees.feesOnTopOfLateFee) {
    throw new Error(`policy ${policy.id}: fee choices a claim cannot express`);
  }
  return {
    ...claim,
    reminderFeeAgreed: Boolean(claim.reminderFeeAgreed) && fees.reminderFee !== false,
    ...(fees.lateFee === false ? { lateFee: false } : {}),
  };
}
