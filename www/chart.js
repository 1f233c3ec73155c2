// The total-claim chart: an SVG drawn from points the engine computed. No library.
//
//   drawChart(container, { points, markers, today, labels, formatMoney, width })
//
// points:  [{ day, total, assumed? }] sorted by day (day = days since 1970-01-01); the points
//          that assume a referensränta not published yet (`assumed`) are drawn dashed
// markers: [{ day, total, n, kind, title }]
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

  // Markers at each step. One that would overlap a marker already drawn (steps a few days
  // apart) is drawn above or below its point, one place away at most, with a leader line to
  // it, so that every number can be read. One with no free place that near (many steps in a
  // short stretch of a long chart: the yearly fees of decades of verkställighet) is a small dot
  // on the curve, its number in the legend: a demo review (stop 66) found 25 numbered markers
  // piled far from their values.
  const placed = [];
  const free = (x, y) => placed.every(([px2, py2]) => Math.hypot(px2 - x, py2 - y) >= 19);
  for (const m of markers) {
    if (m.day < x0 || m.day > x1) continue;
    const x = px(m.day);
    const y0 = py(m.total);
    let y = y0;
    for (let k = 1; !free(x, y) && k <= 2; k++) {
      const up = y0 - 20 * Math.ceil(k / 2) * (k % 2 ? 1 : -1);
      if (up >= 9 && up <= H - pad.bottom - 9) y = up;
    }
    if (!free(x, y)) {
      out.push(
        `<g class="marker marker-dot marker-${esc(m.kind)}${m.taken === false ? " planned" : ""}" data-kind="${esc(m.kind)}" data-n="${m.n}">` +
          `<title>${esc(m.title)}</title><circle class="marker-point" cx="${f(x)}" cy="${f(y0)}" r="3"/></g>`,
      );
      continue;
    }
    placed.push([x, y]);
    const moved = y !== y0;
    out.push(
      `<g class="marker marker-${esc(m.kind)}${m.taken === false ? " planned" : ""}" data-kind="${esc(m.kind)}">` +
        `<title>${esc(m.title)}</title>` +
        (moved ? `<line class="marker-leader" x1="${f(x)}" y1="${f(y0)}" x2="${f(x)}" y2="${f(y)}"/><circle class="marker-point" cx="${f(x)}" cy="${f(y0)}" r="2.5"/>` : "") +
        `<circle cx="${f(x)}" cy="${f(y)}" r="9"/>` +
        `<text x="${f(x)}" y="${f(y + 3.5)}" text-anchor="middle">${m.n}</text></g>`,
    );
  }

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
