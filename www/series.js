// The figures of the "claim over time" chart, computed by the engine and by nothing else. Pure:
// no DOM; the engine (the inkasso package) is passed in, so tests run this same code in Node.
//
// The curve at day d is `statement(claim as of d)`: the claim with the steps taken by then and,
// from the statement date on, the steps the timeline plans by then, valued on d. It is the
// same valuation the timeline gives for its entries (tests/js/demo-series.test.mjs compares them
// on several claims and policies). On the statement date the curve has two points: first the
// claim as it stands (the summary's total), then with the steps planned for that very day.

export const dayOf = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5;
export const isoOf = (day) => new Date(day * 864e5).toISOString().slice(0, 10);

const SAMPLES = 60;

/** The planned entries of a timeline that are steps a claim can carry (`stepKinds`). */
export function plannedSteps(timeline, stepKinds) {
  return (timeline?.entries ?? []).filter((e) => e.status === "projected" && stepKinds.includes(e.kind));
}

/**
 * The claim valued on `date`: taken steps up to `date`, planned steps up to `date` when
 * `date` >= `asOf` (those dated `asOf` itself only with `withToday`), payments up to `date`.
 */
export function valueOn(engine, claim, asOf, planned, date, withToday = true) {
  const future = date > asOf || (date === asOf && withToday);
  const steps = [
    ...(claim.steps ?? []).filter((s) => s.date <= date),
    ...(future ? planned.filter((s) => s.date <= date).map(({ kind, date: d }) => ({ kind, date: d })) : []),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const payments = (claim.payments ?? []).filter((p) => p.date <= date);
  return engine.statement({ ...claim, steps, payments }, { asOf: date });
}

/**
 * The chart's points ({ day, total, date }, by day; two on the statement date when a planned
 * step falls on it) and markers (one per timeline entry, on the curve), from `start` (the due
 * date, or earlier steps or today) to a little after the last event.
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
  const points = [];
  for (const day of [...days].filter((d) => d >= start && d <= end).sort((a, b) => a - b)) {
    const date = isoOf(day);
    try {
      if (day === asOfDay) {
        // The claim as it stands today (what the summary shows), then with today's planned steps.
        points.push({ day, date, total: statement.total, today: true });
        if (planned.some((s) => s.date === asOf)) points.push({ day, date, total: valueOn(engine, claim, asOf, planned, date).total });
      } else {
        points.push({ day, date, total: valueOn(engine, claim, asOf, planned, date).total });
      }
    } catch {
      // A date the engine cannot value (before an invoice was issued) is left out.
    }
  }
  const after = (day) => points.reduce((best, p) => (p.day <= day ? p : best), points[0]);
  const markers = entries.map((e, i) => {
    const day = dayOf(e.date);
    return { n: i + 1, kind: e.kind, taken: e.status !== "projected", date: e.date, day, total: after(day)?.total };
  });
  return { points, markers, today: asOfDay };
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
