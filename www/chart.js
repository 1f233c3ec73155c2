// The total-claim chart: an SVG drawn from points the engine computed. No library.
//
//   drawChart(container, { points, markers, today, labels, formatMoney, width })
//
// points:  [{ day, total, assumed? }] sorted by day (day = days since 1970-01-01); the points
//          that assume a referensränta not published yet (`assumed`) are drawn dashed
// markers: [{ day, total, n, kind, title, taken }] in date order (`taken` false: a step planned);
//          markers too close to draw apart share one badge ("2–5")
// today:   day of the vertical "today" line

const SVG_NS = "http://www.w3.org/2000/svg";
/** The space in px between the amount labels and the axis: a marker's radius (9), its stroke, 2 more. */
const MARKER_GAP = 12;

export const dayOf = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5;
export const isoOf = (day) => new Date(day * 864e5).toISOString().slice(0, 10);

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/** Round step for about `count` ticks over `span`: 1, 2 or 5 times a power of ten. */
function niceStep(span, count) {
  const raw = span / Math.max(1, count);
  const pow = 10 ** Math.floor(Math.log10(raw || 1));
  const m = raw / pow;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * pow;
}

/**
 * The widths in px of `texts`, each drawn as an SVG text of class `cls` in `container` (with
 * the page's CSS); where the page cannot measure (the chart hidden), estimated from the
 * character count, generously.
 */
function textWidths(container, cls, texts) {
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("class", "measure");
  svg.setAttribute("aria-hidden", "true");
  const nodes = texts.map((s) => {
    const node = document.createElementNS(SVG_NS, "text");
    node.setAttribute("class", cls);
    node.textContent = s;
    svg.append(node);
    return node;
  });
  container.append(svg);
  const widths = nodes.map((node, i) => node.getComputedTextLength() || texts[i].length * 7);
  svg.remove();
  return widths;
}

/** A marker's badge: its circle (radius 9) with its stroke, in px; a group's pill is as high. */
const BADGE = 20;

/** The label of the markers `members` drawn as one badge: "4", or "2–5" for a run of numbers
 * (the legend gives each). */
function labelOf(members) {
  const numbers = members.map((p) => p.m.n);
  if (numbers.length === 1) return String(numbers[0]);
  const run = numbers.every((n, i) => n === numbers[0] + i);
  return run ? `${numbers[0]}\u2013${numbers.at(-1)}` : numbers.join(",");
}

/** A badge's width in px: a circle for one marker, else a pill wide enough for its label
 * (11 px bold figures are under 7 px wide: estimated generously). */
const badgeWidth = (label, members) => (members.length === 1 ? BADGE : Math.max(BADGE, label.length * 7 + 12));

/** Whether two badges (centre `x`, `y`, width `w`) overlap: two circles as circles (19 px
 * apart, their strokes touch at most), a pill as its box, its stroke counted. */
const overlaps = (a, b) => (a.members.length === 1 && b.members.length === 1
  ? Math.hypot(a.x - b.x, a.y - b.y) < BADGE - 1
  : Math.abs(a.x - b.x) < (a.w + b.w) / 2 && Math.abs(a.y - b.y) < BADGE);

/**
 * Where the badge of `members` (markers' points `{ m, x, y }`, in date order) goes: centred
 * over their dates, at the last one's height or one place (20 px) above or below it, within
 * `area`, overlapping no badge `placed`; null when there is no such place.
 */
function spotFor(members, placed, area) {
  const label = labelOf(members);
  const w = badgeWidth(label, members);
  const mid = (members[0].x + members.at(-1).x) / 2;
  const x = Math.min(Math.max(mid, area.left + w / 2), area.right - w / 2);
  const y0 = members.at(-1).y;
  for (const y of [y0, y0 - BADGE, y0 + BADGE]) {
    if (y !== y0 && (y < area.top || y > area.bottom)) continue;
    const spot = { x, y, w, label, members };
    if (!placed.some((b) => overlaps(b, spot))) return spot;
  }
  return null;
}

/**
 * The markers' badges, no two overlapping: each marker's number at its point, or one place above
 * or below it with a leader line to the point. A marker with no free place that near is drawn
 * with the markers before it as one badge ("2–5"), each of them a point on the curve with a
 * leader to it: four steps within a month on a phone (a demo review found their markers piled
 * on one another at 390 px), the yearly fees of decades of verkställighet (a demo review, stop
 * 66, found 25 numbered markers piled far from their values).
 */
function layoutMarkers(points, area) {
  const placed = [];
  for (const point of points) {
    let members = [point];
    let spot = spotFor(members, placed, area);
    // Alone on the chart a badge always has its place: the loop ends.
    while (!spot) {
      members = [...placed.pop().members, ...members];
      spot = spotFor(members, placed, area);
    }
    placed.push(spot);
  }
  return placed;
}

/**
 * A marker `p` of the badge `spot` as SVG: its title, its point with a leader line to the badge
 * when that is elsewhere, and the badge itself when it is the badge's last marker (drawn over
 * the others' leaders). The others are `marker-dot`s: their numbers are in that badge's label,
 * their titles in its own. `f` writes a coordinate.
 */
function markerSvg(p, spot, f) {
  const { m } = p;
  const last = p === spot.members.at(-1);
  const away = Math.hypot(spot.x - p.x, spot.y - p.y) > 0.5;
  const title = last ? spot.members.map((q) => q.m.title).join("\n") : m.title;
  return `<g class="marker${last ? "" : " marker-dot"} marker-${esc(m.kind)}${m.taken === false ? " planned" : ""}" data-kind="${esc(m.kind)}" data-n="${m.n}">` +
    `<title>${esc(title)}</title>` +
    (away ? `<line class="marker-leader" x1="${f(p.x)}" y1="${f(p.y)}" x2="${f(spot.x)}" y2="${f(spot.y)}"/><circle class="marker-point" cx="${f(p.x)}" cy="${f(p.y)}" r="2.5"/>` : "") +
    (last ? badgeSvg(spot, f) : "") + "</g>";
}

/** A badge as SVG: a circle for one marker, a pill for more, its label centred in it; dashed
 * (`planned`) when every marker of it is a step planned. */
function badgeSvg({ x, y, w, label, members }, f) {
  const cls = `marker-badge${members.every((p) => p.m.taken === false) ? " planned" : ""}`;
  const shape = members.length === 1
    ? `<circle class="${cls}" cx="${f(x)}" cy="${f(y)}" r="9"/>`
    : `<rect class="${cls}" x="${f(x - w / 2 + 1)}" y="${f(y - 9)}" width="${f(w - 2)}" height="18" rx="9"/>`;
  return `${shape}<text x="${f(x)}" y="${f(y + 3.5)}" text-anchor="middle">${esc(label)}</text>`;
}

export function drawChart(container, { points, markers, today, labels, formatMoney, width }) {
  const W = Math.max(280, Math.round(width));
  const H = W < 520 ? 240 : 300;
  const x0 = points[0].day;
  const x1 = points[points.length - 1].day;
  const totals = points.map((p) => p.total);
  let lo = Math.min(...totals);
  let hi = Math.max(...totals);
  if (hi - lo < 1) hi = lo + 1;
  const step = niceStep(hi - lo, 4);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  // The amount labels, and room on the left for the longest of them. They end MARKER_GAP px
  // left of the axis, so that a step's marker on the chart's first day (a circle of radius 9
  // centred on the axis, the due date's) never covers an amount.
  const yLabels = [];
  for (let v = lo; v <= hi + step / 2; v += step) yLabels.push([v, formatMoney(v, true)]);
  const todayText = `${labels.today} ${isoOf(today)}`;
  const [todayWidth] = textWidths(container, "today-label", [todayText]);
  const pad = { left: Math.ceil(Math.max(...textWidths(container, "axis", yLabels.map(([, s]) => s)))) + MARKER_GAP + 4, right: 14, top: 26, bottom: 30 };
  const px = (d) => pad.left + ((d - x0) / Math.max(1, x1 - x0)) * (W - pad.left - pad.right);
  const py = (v) => pad.top + (1 - (v - lo) / (hi - lo)) * (H - pad.top - pad.bottom);
  const f = (n) => n.toFixed(1);

  const out = [];
  // Horizontal grid and amount labels.
  for (const [v, label] of yLabels) {
    out.push(`<line class="grid" x1="${pad.left}" x2="${W - pad.right}" y1="${f(py(v))}" y2="${f(py(v))}"/>`);
    out.push(`<text class="axis" x="${pad.left - MARKER_GAP}" y="${f(py(v) + 4)}" text-anchor="end">${esc(label)}</text>`);
  }
  // Month ticks: the first of each month, thinned to fit.
  const months = [];
  const d0 = new Date(x0 * 864e5);
  for (let y = d0.getUTCFullYear(), m = d0.getUTCMonth() + 1; ; m++) {
    if (m > 11) { y++; m = 0; }
    const day = Date.UTC(y, m, 1) / 864e5;
    if (day > x1) break;
    months.push(day);
  }
  // Over more than five years, a tick each 1 January labelled with the year; tick lines
  // thinned too, so that a span of centuries does not draw thousands of them.
  const yearly = months.length > 60;
  const ticks = yearly ? months.filter((day) => new Date(day * 864e5).getUTCMonth() === 0) : months;
  const plot = W - pad.left - pad.right;
  const every = Math.max(1, Math.ceil((ticks.length * (yearly ? 44 : W < 520 ? 62 : 70)) / plot));
  const lineEvery = Math.max(1, Math.ceil((ticks.length * 6) / plot));
  ticks.forEach((day, i) => {
    const x = f(px(day));
    if (i % lineEvery === 0) out.push(`<line class="tick" x1="${x}" x2="${x}" y1="${H - pad.bottom}" y2="${H - pad.bottom + 4}"/>`);
    if (i % every === 0) out.push(`<text class="axis" x="${x}" y="${H - pad.bottom + 17}" text-anchor="middle">${isoOf(day).slice(0, yearly ? 4 : 7)}</text>`);
  });
  out.push(`<line class="baseline" x1="${pad.left}" x2="${W - pad.right}" y1="${H - pad.bottom}" y2="${H - pad.bottom}"/>`);

  // The curve, and the area under it; the part that assumes a rate not published yet dashed,
  // from the last point that does not.
  const path = (list) => list.map((p, i) => `${i ? "L" : "M"}${f(px(p.day))} ${f(py(p.total))}`).join(" ");
  const d = path(points);
  const firstAssumed = points.findIndex((p) => p.assumed);
  out.push(`<path class="area" d="${d} L${f(px(x1))} ${H - pad.bottom} L${f(px(x0))} ${H - pad.bottom} Z"/>`);
  out.push(`<path class="curve" d="${firstAssumed < 0 ? d : path(points.slice(0, firstAssumed))}"/>`);
  if (firstAssumed >= 0) out.push(`<path class="curve-assumed" d="${path(points.slice(Math.max(0, firstAssumed - 1)))}"/>`);

  // Today.
  if (today >= x0 && today <= x1) {
    const x = f(px(today));
    // Its label right of the line where it fits, else left of it.
    const anchor = px(today) + 5 + todayWidth > W - 2 ? "end" : "start";
    const dx = anchor === "end" ? -5 : 5;
    out.push(`<line class="today" x1="${x}" x2="${x}" y1="${pad.top - 14}" y2="${H - pad.bottom}"/>`);
    out.push(`<text class="today-label" x="${f(px(today) + dx)}" y="${pad.top - 6}" text-anchor="${anchor}">${esc(todayText)}</text>`);
  }

  // Markers at each step, none over another (layoutMarkers), drawn after the curve.
  const area = { left: pad.left - BADGE / 2, right: W - 2, top: 9, bottom: H - pad.bottom - 9 };
  const onChart = markers.filter((m) => m.day >= x0 && m.day <= x1).map((m) => ({ m, x: px(m.day), y: py(m.total) }));
  for (const spot of layoutMarkers(onChart, area)) out.push(...spot.members.map((p) => markerSvg(p, spot, f)));

  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  svg.setAttribute("width", W);
  svg.setAttribute("height", H);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-labelledby", "chart-title chart-desc");
  svg.innerHTML =
    `<title id="chart-title">${esc(labels.title)}</title><desc id="chart-desc">${esc(labels.desc)}</desc>` + out.join("");
  container.replaceChildren(svg);
  return svg;
}
