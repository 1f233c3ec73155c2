// The claim calculator: reads the form, asks the engine (the inkasso wasm package in ./pkg/),
// and renders the statement, the chart, the timeline and the compliance findings. Plain ES
// modules, no framework, no network. Every figure on the page comes from an engine call, and
// every figure of one view from one claim (www/series.js).
import { STRINGS, ERRORS, PLAN_ERRORS, LETTER_ERRORS, PLACEHOLDERS, STATUS, LOAD_FAILED, fill, pick } from "./i18n.js";
import { drawChart } from "./chart.js";
import { claimSeries, underPolicy, isoOf, dayOf, assumedRates, plannedSteps } from "./series.js";
import { parseAmount } from "./numbers.js";

const params = new URLSearchParams(location.search);
const requested = params.get("lang") === "en" ? "en" : "sv";
// The page's own texts in the language asked for, before the engine loads (and if it fails).
document.documentElement.lang = requested;
document.title = STRINGS[requested].title;
for (const node of document.querySelectorAll("[data-i18n]")) {
  const text = STRINGS[requested][node.dataset.i18n];
  if (text) node.textContent = text;
}
document.getElementById("load-text").textContent = STRINGS[requested].loading;
let inkasso;
try {
  // Loaded here, not by a static import, so that a missing or broken pkg/ is a message on the
  // page and not an empty form.
  inkasso = await import("./pkg/inkasso.js");
  await inkasso.default();
} catch (e) {
  const status = document.getElementById("load-status");
  status.setAttribute("role", "alert");
  status.classList.add("failed");
  // The language buttons still switch the page's words and the failure's (a demo review found
  // them doing nothing: their handlers are wired only once the engine has loaded).
  const sayFailed = (lang) => {
    // Kept in the address, as setLang keeps it: the message asks for a reload.
    const url = new URL(location.href);
    if (lang === "en") url.searchParams.set("lang", "en");
    else url.searchParams.delete("lang");
    history.replaceState(null, "", url);
    document.documentElement.lang = lang;
    document.title = STRINGS[lang].title;
    for (const node of document.querySelectorAll("[data-i18n]")) {
      const text = STRINGS[lang][node.dataset.i18n];
      if (text) node.textContent = text;
    }
    for (const b of document.querySelectorAll(".lang button")) b.setAttribute("aria-pressed", String(b.dataset.lang === lang));
    document.getElementById("load-text").textContent = LOAD_FAILED[lang];
  };
  for (const b of document.querySelectorAll(".lang button")) b.addEventListener("click", () => sayFailed(b.dataset.lang));
  sayFailed(requested);
  document.body.dataset.ready = "failed";
  throw e;
}
document.getElementById("load-status").hidden = true;
document.getElementById("layout").hidden = false;

// The timeline and compliance API may not be in the package yet: use it only when it is there.
const hasTimeline = typeof inkasso.timeline === "function";
const hasCheck = typeof inkasso.check === "function";
const hasPresets = typeof inkasso.presets === "function";

// The names of steps, timeline entries and fees are the engine's (kinds()), as its own texts use
// them; the step kinds a claim accepts come from it too.
const KINDS = inkasso.kinds();
const CLAIM_STEP_KINDS = KINDS.steps.map((k) => k.kind);
const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const nameOf = (list, kind) => capitalise(list.find((k) => k.kind === kind)?.name[lang] ?? kind);
/** The engine's name of a step or timeline entry kind, in the page's language. */
const stepName = (kind) => nameOf(KINDS.entries, kind);
/** A timeline entry's name: a further year of verkställighet is Kronofogden's yearly fee, not
 * an application (a demo review). */
/** An entry's name: a further year as one, a judgment as the title it is when the steps say
 * (the engine's `title`), else the engine's name of its kind. */
const entryName = (e) => {
  // Under the 100 kr minimum a further year costs no grundavgift (UNPAID_UNDER_MINIMUM).
  if (e.furtherYear) return t(e.notes?.some((n) => n.code === "UNPAID_UNDER_MINIMUM") ? "furtherYearNoFee" : "furtherYear");
  if (e.kind === "judgment" && e.title === "dom") return t("titleDom");
  if (e.kind === "judgment" && e.title === "utslag") return t("titleUtslag");
  return stepName(e.kind);
};
const lowerFirst = (s) => s.charAt(0).toLocaleLowerCase(lang) + s.slice(1);
/** The engine's name of a fee kind. */
const feeName = (kind) => nameOf(KINDS.fees, kind);

const $ = (sel, root = document) => root.querySelector(sel);
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v == null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, v === true ? "" : v);
  }
  node.append(...children.filter((c) => c != null && c !== false));
  return node;
};

// Amounts the way the page's language writes them, as the engine's own texts do: "12 500,00 kr"
// in Swedish, "SEK 12,500.00" in English.
const LOCALE = { sv: "sv-SE", en: "en-GB" };
const money = Object.fromEntries(Object.entries(LOCALE).map(([l, locale]) =>
  [l, new Intl.NumberFormat(locale, { style: "currency", currency: "SEK" })]));
const moneyShort = Object.fromEntries(Object.entries(LOCALE).map(([l, locale]) =>
  [l, new Intl.NumberFormat(locale, { style: "currency", currency: "SEK", maximumFractionDigits: 0 })]));
/** An engine amount ("12500.00") as the page shows it: "12 500,00 kr" (sv), "SEK 12,500.00"
 * (en). The decimal string is formatted as it is (Intl formats a string exactly), never
 * through a Number, which would round the öre of amounts above about 7·10^13. */
const fmt = (amount) => money[lang].format(String(amount));

let lang = "sv";
const t = (key, vars) => fill(STRINGS[lang][key] ?? key, vars);
/** A percentage as the engine's own texts write it: "11,00 %" in Swedish, "11.00%" in English. */
const pct = (p) => {
  // A negative rate (2005: the referensränta below zero) with a minus sign, not a hyphen.
  const text = String(p).replace(/^-/u, "\u2212");
  return lang === "sv" ? `${text.replace(".", ",")}\u00a0%` : `${text}%`;
};

/** Today in the browser's time zone, `YYYY-MM-DD`: the statement date a visitor expects. */
function todayIso() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
/** Whether `iso` is a day that exists, `YYYY-MM-DD` ("2025-02-30" is not). */
function isDate(iso) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso ?? "")) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}
/** The plan's first instalment for statement date `iso`: the next month's first day, or the
 * statement date itself when that would be past 2199-12-31, the engine's last day. */
const planStart = (iso) => (nextMonthStart(iso) > "2199-12-31" ? iso : nextMonthStart(iso));
/** The first day of the month after `iso`. */
function nextMonthStart(iso) {
  const [y, m] = [+iso.slice(0, 4), +iso.slice(5, 7)];
  const [ny, nm] = m === 12 ? [y + 1, 1] : [y, m + 1];
  return `${String(ny).padStart(4, "0")}-${String(nm).padStart(2, "0")}-01`;
}

// ---------------------------------------------------------------- form rows (steps, payments)

let rowIds = 0;
const stepRows = $("#step-rows");
const paymentRows = $("#payment-rows");

function rowField(id, labelKey, control) {
  return el("div", { class: "field" }, el("label", { for: id, "data-i18n": labelKey, text: t(labelKey) }), control);
}

/** The step kinds whose letter gives the debtor a payment term (`paymentTermDays`). */
const TERM_KINDS = ["reminder", "collectionDemand", "finalNotice"];

function addStepRow({ kind = "reminder", date = "", withdrawn = "", term = "" } = {}, focus = false) {
  const id = `step-${++rowIds}`;
  const errorId = `${id}-error`;
  const select = el("select", { id: `${id}-kind`, class: "kind", "data-error": errorId });
  for (const k of CLAIM_STEP_KINDS) select.append(el("option", { value: k, "data-step-kind": k, text: stepName(k) }));
  select.value = kind;
  const input = el("input", { type: "date", id: `${id}-date`, class: "date", value: date, autocomplete: "off", "data-error": errorId });
  // A dispute's withdrawal (återkallat bestridande): the road goes on from that day.
  const withdrawnInput = el("input", { type: "date", id: `${id}-withdrawn`, class: "withdrawn", value: withdrawn, autocomplete: "off", "data-error": errorId });
  const withdrawnField = rowField(withdrawnInput.id, "stepWithdrawn", withdrawnInput);
  withdrawnField.classList.add("withdrawn-field");
  // A letter's payment term as sent: its deadline; left empty, the policy's term is assumed
  // (a demo review found the deadline of a letter already sent moving with the policy).
  const termInput = el("input", {
    id: `${id}-term`, class: "term", value: term, inputmode: "numeric", autocomplete: "off",
    spellcheck: "false", "data-error": errorId,
  });
  const termField = rowField(termInput.id, "stepTerm", termInput);
  termField.classList.add("term-field");
  const remove = el("button", { type: "button", class: "remove", "data-remove": "step" }, "×");
  const li = el("li", { class: "row", id },
    el("div", { class: "row-fields" }, rowField(select.id, "stepKind", select), rowField(input.id, "stepDate", input), termField, withdrawnField, remove),
    el("p", { id: errorId, class: "error" }));
  stepRows.append(li);
  showWithdrawn(li);
  relabelRows();
  // The kind first: a keyboard user is told what the new row is (an accessibility review found
  // it set to a kind, unannounced, with the focus on its date).
  if (focus) select.focus();
}

/** A step row's withdrawal date is shown for a dispute only. */
/** The fields of the row's kind: a dispute's withdrawal, a letter's payment term. */
function showWithdrawn(li) {
  $(".withdrawn-field", li).hidden = $(".kind", li).value !== "dispute";
  $(".term-field", li).hidden = !TERM_KINDS.includes($(".kind", li).value);
}

function addPaymentRow({ date = "", amount = "" } = {}, focus = false) {
  const id = `payment-${++rowIds}`;
  const errorId = `${id}-error`;
  const dateInput = el("input", { type: "date", id: `${id}-date`, class: "date", value: date, autocomplete: "off", "data-error": errorId });
  const amountInput = el("input", {
    id: `${id}-amount`, class: "amount", value: amount, inputmode: "decimal", autocomplete: "off",
    spellcheck: "false", "data-error": errorId,
  });
  const remove = el("button", { type: "button", class: "remove", "data-remove": "payment" }, "×");
  const li = el("li", { class: "row", id },
    el("div", { class: "row-fields" }, rowField(dateInput.id, "paymentDate", dateInput), rowField(amountInput.id, "paymentAmount", amountInput), remove),
    el("p", { id: errorId, class: "error" }));
  paymentRows.append(li);
  relabelRows();
  if (focus) dateInput.focus();
}

/** Accessible names of the remove buttons and the "none yet" notes follow the row numbers. */
function relabelRows() {
  // Each row's fields are named with the row's number ("Åtgärd 2: Datum"), not only by their
  // visible labels, which every row repeats (a demo review).
  const name = (li, selector, label) => $(selector, li).setAttribute("aria-label", label);
  [...stepRows.children].forEach((li, i) => {
    const row = t("rowStep", { n: i + 1 });
    name(li, ".remove", t("removeStep", { n: i + 1 }));
    name(li, ".kind", row);
    name(li, ".date", `${row}: ${t("stepDate")}`);
    name(li, ".withdrawn", `${row}: ${t("stepWithdrawn")}`);
    name(li, ".term", `${row}: ${t("stepTerm")}`);
  });
  [...paymentRows.children].forEach((li, i) => {
    const row = t("rowPayment", { n: i + 1 });
    name(li, ".remove", t("removePayment", { n: i + 1 }));
    name(li, ".date", `${row}: ${t("paymentDate")}`);
    name(li, ".amount", `${row}: ${t("paymentAmount")}`);
  });
  stepRows.dataset.empty = t("noSteps");
  paymentRows.dataset.empty = t("noPayments");
}

function removeRow(button) {
  const li = button.closest("li");
  const list = li.parentElement;
  const next = li.nextElementSibling ?? li.previousElementSibling;
  // The note of a stale result may be in the row (markStale): kept in the page.
  const note = li.querySelector("#stale-note");
  if (note) { note.hidden = true; $("#form-heading").after(note); }
  li.remove();
  relabelRows();
  (next ? $(".remove", next) : list.parentElement.querySelector(".add")).focus();
  update();
}

// ---------------------------------------------------------------- reading the form

/** An amount field's text in the engine's form; one the page cannot read is a local error. */
function amountOf(input, local) {
  const parsed = parseAmount(input.value, lang);
  if (parsed.ok) return parsed.value;
  local.push({ control: input, key: parsed.reason === "empty" ? "amountEmpty" : "amountFormat" });
  return input.value.trim();
}

/** A date field's value. A date typed incomplete or impossible ("02/30/2025") is held by the
 * browser as an empty value with `validity.badInput`: a local error at the field, never read as
 * a field left empty (a step row would be dropped, a due date taken as none). */
function dateOf(input, local) {
  if (input.validity?.badInput) {
    local.push({ control: input, key: "dateIncomplete" });
    return "";
  }
  const value = input.value.trim();
  // A year of five or more digits (the browser's year part takes them): not an engine date.
  if (value && !/^\d{4}-\d{2}-\d{2}$/u.test(value)) {
    local.push({ control: input, key: "dateYear" });
    return "";
  }
  return value;
}

function readForm() {
  const local = [];
  const invoice = { number: "1", amount: amountOf($("#amount"), local), issueDate: dateOf($("#issue-date"), local) };
  const due = dateOf($("#due-date"), local);
  if (due) invoice.dueDate = due;
  const claim = {
    debtor: $("input[name=debtor]:checked")?.value ?? "consumer",
    reminderFeeAgreed: $("#fee-agreed").checked,
    invoices: [invoice],
    steps: [],
    payments: [],
  };
  // Rows not started yet (empty) are left out; the maps lead an engine index back to its row.
  const stepMap = [];
  for (const li of stepRows.children) {
    const date = dateOf($(".date", li), local);
    if (!date) continue;
    const step = { kind: $(".kind", li).value, date };
    if (step.kind === "dispute") {
      const withdrawn = dateOf($(".withdrawn", li), local);
      if (withdrawn) step.withdrawn = withdrawn;
    }
    if (TERM_KINDS.includes(step.kind)) {
      const term = $(".term", li).value.trim();
      // Whole days in figures; the engine judges the range (INVALID_DAYS at the field).
      if (/^\d{1,6}$/u.test(term)) step.paymentTermDays = Number(term);
      else if (term) local.push({ control: $(".term", li), key: "termFormat" });
    }
    claim.steps.push(step);
    stepMap.push(li);
  }
  const paymentMap = [];
  for (const li of paymentRows.children) {
    const date = dateOf($(".date", li), local);
    const amount = $(".amount", li).value.trim();
    if (!date && !amount) continue;
    // A row half filled while the focus is in it is being filled: left out until it is left.
    if ((!date || !amount) && !$(".date", li).validity?.badInput && li.contains(document.activeElement)) continue;
    claim.payments.push({ date, amount: amountOf($(".amount", li), local) });
    paymentMap.push(li);
  }
  // An agreed margin over the referensränta, written the Swedish or the English way.
  // "+2,5" and "2.5" read as percentage points over the referensränta. "10 %" is refused with
  // a hint: it may be meant as the whole rate, which this field is not.
  const marginText = $("#margin").value.trim().replace(/\s+/gu, "").replace(/\u2212/gu, "-");
  if (marginText.includes("%")) local.push({ control: $("#margin"), key: "marginPercent" });
  const margin = marginText.replace(/^\+/u, "").replace(",", ".");
  if (margin && !marginText.includes("%")) claim.agreedMargin = margin;
  const preset = hasPresets ? $("#preset").value : "standard";
  // The court path leads to verkställighet: a preset without it has none (the engine refuses
  // the pair, INVALID_POLICY at `court`), and the note beside the box says so.
  const courtAsked = $("#court").checked;
  const court = courtAsked && courtPossible(preset);
  return { claim, asOf: dateOf($("#as-of"), local), preset, court, courtAsked, stepMap, paymentMap, local };
}

/** Whether the preset `id` has verkställighet, which the court path leads to. */
function courtPossible(id) {
  if (!hasPresets) return true;
  return Boolean(inkasso.presets().find((p) => p.id === id)?.enforcement);
}

// ---------------------------------------------------------------- errors at their fields

/** The form control an engine error's `field` points at, or null. */
function controlFor(field, { stepMap, paymentMap }) {
  if (!field) return null;
  const fixed = {
    "invoices[0].amount": "#amount", "invoices[0].issueDate": "#issue-date", "invoices[0].dueDate": "#due-date",
    "invoices[0]": "#amount", invoices: "#amount", asOf: "#as-of", debtor: "#debtor-consumer",
    reminderFeeAgreed: "#fee-agreed", preset: "#preset", "policy.preset": "#preset", policy: "#preset",
    agreedMargin: "#margin",
  };
  if (fixed[field]) return $(fixed[field]);
  let m = /^payments\[(\d+)\](?:\.(date|amount))?/.exec(field);
  if (m && paymentMap[+m[1]]) return $(m[2] === "amount" ? ".amount" : ".date", paymentMap[+m[1]]);
  m = /^steps\[(\d+)\](?:\.(date|kind|withdrawn|paymentTermDays))?/.exec(field);
  const stepField = { kind: ".kind", withdrawn: ".withdrawn", paymentTermDays: ".term" };
  if (m && stepMap[+m[1]]) return $(stepField[m[2]] ?? ".date", stepMap[+m[1]]);
  if (/^invoices\[0\]\./.test(field)) return $("#amount");
  return null;
}

/** What the user is told for an engine error: the page's own text for its code, in the page's
 * language (never the code or the engine's developer message). */
function errorText(e) {
  return ERRORS[lang][e.code] ?? ERRORS[lang].other;
}

/** The element that says what is wrong with `control` (its `…-error`), now tied to it. A row's
 * fields say theirs in the row's error line (`data-error`), each in a part of its own made when
 * needed and tied only to its field: an accessibility review heard a payment's amount read out
 * "Välj ett datum", its date's error, and a diff review a date read out its amount's error when
 * both were wrong. */
function errorAt(control) {
  if (control.dataset.error) {
    const id = `${control.id}-error`;
    let own = document.getElementById(id);
    if (!own) {
      own = el("span", { id, class: "field-error" });
      document.getElementById(control.dataset.error)?.append(own);
    }
    control.setAttribute("aria-describedby", id);
    return own;
  }
  const errorId = control.getAttribute("aria-describedby")?.split(" ").find((id) => id.endsWith("-error"));
  return errorId ? document.getElementById(errorId) : null;
}

/** Whether this update said a problem (else the summary alert is emptied once it is done). */
let problemSaid = false;

function clearErrors() {
  for (const node of document.querySelectorAll("#claim-form [aria-invalid=true]")) node.setAttribute("aria-invalid", "false");
  for (const node of document.querySelectorAll("#claim-form .error")) node.replaceChildren();
  for (const node of document.querySelectorAll("#claim-form [data-error]")) node.removeAttribute("aria-describedby");
  problemSaid = false;
  showResults(true);
}

/** The summary alert emptied unless this update said a problem: emptied and written again on
 * every keystroke, the same words would be announced each time. */
function settleProblem() {
  if (problemSaid) return;
  $("#problem").hidden = true;
  $("#problem").replaceChildren();
}

/** Results are shown only for input the engine accepted: never a faded result of older input.
 * The instalment plan too: a claim that cannot be computed has no plan (not the last one). */
function showResults(shown) {
  // The summary keeps its height while it says a problem instead of the results: on a phone it
  // is above the form, and the field being typed would move up under the finger (an
  // accessibility review). Set through the CSSOM, which the page's CSP allows.
  const summary = $(".layout > .summary");
  if (!shown) announceTotal();
  if (!shown && !$("#summary-body").hidden) {
    // Its height with the results, without the problem box (shown by now, or still shown from
    // an earlier keystroke).
    const problem = $("#problem");
    const box = problem.hidden ? 0 : problem.getBoundingClientRect().height + parseFloat(getComputedStyle(problem).marginBottom);
    summary.style.minHeight = `${summary.getBoundingClientRect().height - box}px`;
    summary.dataset.heldAt = String(window.innerWidth);
  }
  if (shown) summary.style.minHeight = "";
  $("#summary-body").hidden = !shown;
  for (const id of ["#chart-section", "#statement", "#timeline-section", "#findings", "#plan-section", "#letter-section"]) if (!shown) $(id).hidden = true;
  if (shown) for (const id of ["#chart-section", "#statement", "#plan-section", "#letter-section"]) $(id).hidden = false;
  else { clearPlan(); clearLetter(); }
}

// The summary's held height is of one layout: dropped when the width changes (a diff review
// found a phone's height kept at 1280 px, and a desktop's moving the field on a phone).
window.addEventListener("resize", () => {
  const summary = $(".layout > .summary");
  if (summary.style.minHeight && summary.dataset.heldAt !== String(window.innerWidth)) summary.style.minHeight = "";
});

/** A link that moves the focus to `control`, named by its label ("Betalningar 2: Datum"). */
function linkTo(control) {
  let label = control.type === "radio" ? $("#debtor-group legend").textContent : document.querySelector(`label[for="${control.id}"]`)?.textContent ?? null;
  const row = control.closest("li.row");
  // A row's field by its own accessible name ("Betalning 2: Datum", as the field is named).
  if (row) label = control.getAttribute("aria-label") ?? label;
  const link = el("a", { href: `#${control.id}`, text: label ?? control.id });
  link.addEventListener("click", (ev) => { ev.preventDefault(); control.focus(); });
  return link;
}

/** Marks `control` invalid with `message` at it, and says in the summary what to fix. */
function showProblem(control, message) {
  if (control) {
    control.setAttribute("aria-invalid", "true");
    errorAt(control)?.replaceChildren(message);
  }
  const problem = $("#problem");
  const link = control ? linkTo(control) : null;
  const said = el("p", {}, t("cannotCompute"), " ", ...(link ? [link, " – "] : []), message);
  // The same words about the same field as before (another keystroke in the same wrong
  // field): left as they are, not announced again.
  const sameField = (problem.querySelector("a")?.getAttribute("href") ?? null) === (link?.getAttribute("href") ?? null);
  if (problem.hidden || problem.textContent !== said.textContent || !sameField) problem.replaceChildren(said);
  problem.hidden = false;
  problemSaid = true;
  showResults(false);
}

function showError(e, maps) {
  if (e?.name !== "InvoicingError") throw e;
  showProblem(controlFor(e.field, maps), withdrawalText(e, maps) ?? errorText(e));
}

/** A withdrawal the engine refuses, in the words of its one reason: dated before its dispute,
 * or of a dispute that is the objection to a betalningsföreläggande (a demo review, stop 66,
 * found both reasons given together, whichever it was). Null for any other error. */
function withdrawalText(e, { claim }) {
  const m = /^steps\[(\d+)\]\.withdrawn$/u.exec(e.field ?? "");
  const step = m && e.code === "INVALID_WITHDRAWAL" ? claim?.steps?.[+m[1]] : null;
  if (!step?.withdrawn) return null;
  return ERRORS[lang][step.withdrawn < step.date ? "INVALID_WITHDRAWAL before" : "INVALID_WITHDRAWAL order"] ?? null;
}

// ---------------------------------------------------------------- rendering

const nowrap = (s) => el("span", { class: "nowrap", text: s });
/** Sets a live region's content only when its words change: a screen reader announces every
 * write, and most updates (each keystroke) leave the words as they were. */
function setLive(node, ...children) {
  const next = el("span", {}, ...children).textContent;
  if (node.textContent !== next || node.childNodes.length === 0) node.replaceChildren(...children);
}
/** A text as nodes, each ISO date in it kept on one line ("2025-03-19" never breaks at a
 * hyphen on a narrow screen); the text itself is unchanged (copying it copies the same). */
const prose = (s) => String(s ?? "").split(/(\d{4}-\d{2}-\d{2})/u).filter((part) => part !== "")
  .map((part) => (/^\d{4}-\d{2}-\d{2}$/u.test(part) ? nowrap(part) : part));

/** `node` shows `amount` as fmt() writes it, with a line break allowed only after a group
 * separator (a <wbr>): a long figure wraps between its thousands, never inside a group or
 * between the figure and "kr". */
function showAmount(node, amount) {
  node.replaceChildren(...money[lang].formatToParts(String(amount)).flatMap((p) => (p.type === "group" ? [p.value, el("wbr")] : [p.value])));
}

function line({ head, amount, meta, explanation, rule, cls }) {
  return el("li", { class: cls ?? "" },
    el("div", { class: "line-head" }, el("span", { class: "what" }, ...[head].flat()), amount != null && el("span", { class: "amount", text: amount })),
    meta && el("div", { class: "meta" }, ...prose(meta)),
    explanation && el("p", { class: "explain" }, ...prose(explanation)),
    // A statute's name is Swedish on either page ("räntelagen (1975:635) 6 §"): said so, for
    // a screen reader's voice.
    rule && el("p", { class: "rule", lang: "sv" }, ...prose(rule)));
}

/** Warnings with the same text in the page's language once: the engine says some twice, once
 * for the days and once for the per diem (`field` "perDiem"), word for word. A rate warning
 * for more than two half-years (a date far past the rate table; the engine's run, or runs
 * next to each other) is one line for the range, in the page's words. */
function distinctTexts(warnings) {
  // The per diem's copy of a rate warning goes when the days' warning of its half-year is
  // there: the engine words the two apart, and the page says the per diem's own part at the
  // per diem (the demo review found both lines shown).
  const within = (h, x) => halfStart(h) >= halfStart(x.halfYear) && halfStart(h) <= halfStart(x.throughHalfYear ?? x.halfYear);
  const daysToo = (w) => w.field === "perDiem" && warnings.some((x) => x.code === w.code && x.halfYear && within(w.halfYear, x) && x.field !== "perDiem");
  const once = warnings.filter((w, i) => !daysToo(w) && warnings.findIndex((x) => pick(x.text, lang) === pick(w.text, lang)) === i);
  const ranges = { RATE_NOT_COVERED: "rateNotCoveredRange", RATE_ASSUMED: "rateAssumedRange" };
  // Only the days' warnings (not the per diem's) of half-years outside the table, each run of
  // consecutive ones: after it (not published yet), and before it (2002-H2, when the
  // referensränta began: the diskonto applied before), each run in its own words.
  const table = inkasso.referenceRates();
  const tableEnd = table.at(-1).to;
  const tableStart = table[0].from;
  const mergeable = (w) => ranges[w.code] && w.halfYear && w.field !== "perDiem" &&
    (halfStart(w.halfYear) > tableEnd || halfStart(w.halfYear) < tableStart);
  const out = [];
  let run = [];
  // The engine says a run of consecutive half-years as one warning (`halfYear` through
  // `throughHalfYear`); runs of more than two half-years are said in the page's words.
  const lastOf = (w) => w.throughHalfYear ?? w.halfYear;
  const halves = (from, to) => {
    let n = 1;
    for (let h = from; h !== to && n <= 1000; h = nextHalf(h)) n++;
    return n;
  };
  const flush = () => {
    const first = run[0]?.halfYear;
    const last = run.length ? lastOf(run.at(-1)) : undefined;
    if (run.length && halves(first, last) > 2) {
      const key = halfStart(first) < tableStart ? "rateBeforeTableRange" : ranges[run[0].code];
      // In words, as the engine's own rate warnings name a half-year ("första halvåret 2027").
      const words = (l) => ({ from: halfWords(first, l), to: halfWords(last, l) });
      const vars = (l) => ({ ...words(l), start: tableStart });
      out.push({ code: run[0].code, text: { sv: fill(STRINGS.sv[key], vars("sv")), en: fill(STRINGS.en[key], vars("en")) } });
    } else out.push(...run);
    run = [];
  };
  for (const w of once) {
    const last = run.at(-1);
    if (last && !(mergeable(w) && w.code === last.code && halfStart(w.halfYear) === halfStart(nextHalf(lastOf(last))))) flush();
    if (mergeable(w)) run.push(w);
    else out.push(w);
  }
  flush();
  return out;
}

/** The first day of half-year `h` ("2027-H1" → "2027-01-01"). */
const halfStart = (h) => `${h.slice(0, 4)}-${h.endsWith("H1") ? "01" : "07"}-01`;
/** Half-year `h` in words, as the engine writes it: "första halvåret 2027", "the first half of 2027". */
const halfWords = (h, l) => {
  const first = h.endsWith("H1");
  const year = String(+h.slice(0, 4));
  if (l === "sv") return `${first ? "första" : "andra"} halvåret ${year}`;
  return `the ${first ? "first" : "second"} half of ${year}`;
};
/** The half-year after `h`. */
const nextHalf = (h) => (h.endsWith("H1") ? `${h.slice(0, 4)}-H2` : `${String(+h.slice(0, 4) + 1).padStart(4, "0")}-H1`);

/** What the total leaves out, said beside it: interest past the rate table (with what it comes
 * to at the last known referensränta, as the chart and the timeline assume), a time-barred
 * claim. */
function totalNote(claim, asOf, s, before = [], isDisputed = false) {
  const notes = [];
  if (s.warnings.some((w) => w.code === "TIME_BARRED" && w.field?.startsWith("invoices"))) notes.push(t("totalTimeBarred"));
  else if (isDisputed) notes.push(t("totalDisputed"));
  if (before.length) {
    // Names in mid-sentence start in lower case (the engine's own are; a review).
    // A run of three or more steps of one name (the yearly fees of a verkställighet) in one
    // phrase: a demo review (stop 66) found 22 of them listed in one sentence.
    const runs = [];
    for (const e of before) {
      const last = runs.at(-1);
      if (last && entryName(last.at(-1)) === entryName(e)) last.push(e);
      else runs.push([e]);
    }
    const steps = runs.flatMap((run) => {
      const [e] = run;
      const names = { name: lowerFirst(entryName(e)), Name: entryName(e) };
      if (run.length < 3) return run.map((r) => t("stepOnDate", { ...names, date: r.date }));
      return [t("stepsOnDates", { ...names, first: e.date, last: run.at(-1).date, n: run.length })];
    }).join(", ");
    notes.push(t(before.length === 1 ? "totalWithStep" : "totalWithSteps", { steps }));
  }
  const lateFee = lateFeeNextDay(claim, asOf, s);
  if (lateFee) notes.push(t("lateFeeNextDay", lateFee));
  const tableStart = inkasso.referenceRates()[0].from;
  if (s.warnings.some((w) => w.code === "RATE_NOT_COVERED" && w.field !== "perDiem" && w.halfYear && halfStart(w.halfYear) < tableStart)) {
    notes.push(t("totalBeforeTable", { start: tableStart }));
  }
  const daysShort = s.warnings.some((w) => w.code === "RATE_NOT_COVERED" && w.field !== "perDiem" &&
    !(w.halfYear && halfStart(w.halfYear) < tableStart));
  // The per diem's "–" in words (a tooltip alone is out of reach for keyboard and touch); when
  // the days are short too, the note below says it for both.
  if (!daysShort && s.warnings.some((w) => w.code === "RATE_NOT_COVERED" && w.field === "perDiem")) notes.push(t("perDiemUnknown"));
  // The estimate for a time-barred claim too: it is what the timeline's final line shows (a
  // demo review, stop 66, found the two 41 000 kr apart with nothing said); the label and the
  // note before it say that it may not be demanded.
  const assumed = daysShort ? assumedRates(inkasso, asOf) : null;
  if (assumed) {
    try {
      const estimate = inkasso.statement(claim, { asOf, rates: assumed.rates });
      notes.push(t("totalRateNotCovered", { end: assumed.tableEnd, rate: pct(assumed.percent), amount: fmt(estimate.total) }));
    } catch {
      // No estimate for a claim the engine cannot value so: the warnings still say why.
    }
  }
  // Announced with the total it qualifies (a polite live region), only when its words change.
  setLive($("#total-note"), ...prose(notes.join(" ")));
  $("#total-note").hidden = notes.length === 0;
}

/** A payment or step dated after the statement date is left out of its figures: said at its
 * row (the engine's `AFTER_AS_OF` warning, whose `field` names it), not only in the warnings
 * below. A note, not an error: the row is valid. */
function afterAsOfNotes(s, form) {
  for (const w of s.warnings) {
    if (w.code !== "AFTER_AS_OF") continue;
    const control = controlFor(w.field, form);
    const target = control ? errorAt(control) : null;
    const own = w.field?.startsWith("payments") ? "afterAsOfPayment" : "afterAsOfStep";
    target?.replaceChildren(el("span", { class: "note" }, t(own)));
  }
}

/** What a screen reader is told of the total: its label and amount in one status message, once
 * the input has paused (an accessibility review heard five bare amounts, one a keystroke, while
 * "18750" was typed). Emptied, silently, while the summary says a problem instead. */
let announceTimer = 0;
function announceTotal() {
  clearTimeout(announceTimer);
  announceTimer = setTimeout(() => {
    const region = $("#total-announce");
    const said = $("#summary-body").hidden ? "" : `${$("#total-label").textContent} ${$("#total").textContent}`;
    if (region.textContent !== said) region.textContent = said;
  }, 700);
}

/** `waivedBy`: the policy whose choice not to charge an agreed reminder fee the claim follows
 * (its "not agreed" warning would be wrong: it is replaced by a note naming the policy). */
function renderStatement(s, waivedBy = null) {
  // Interest past the rate table left out: the figure is what is owed at least (a payment after
  // the table only moves the split, never lowers what is owed).
  const short = s.warnings.some((w) => w.code === "RATE_NOT_COVERED" && w.field !== "perDiem");
  // A time-barred claim may not be demanded: not called "to pay" (a debtor reading it).
  const barred = s.warnings.some((w) => w.code === "TIME_BARRED" && w.field?.startsWith("invoices"));
  // Past the table a time-barred figure is at least this too (a demo review, stop 66: the
  // label dropped "(minst)" once the claim was time-barred, beside the timeline's larger total).
  const label = barred ? (short ? "totalTimeBarredOnAtLeast" : "totalTimeBarredOn") : short ? "totalOnAtLeast" : "totalOn";
  $("#total-label").replaceChildren(...prose(t(label, { date: s.asOf })));
  // Written only when the amount or its language changes.
  if ($("#total").dataset.amount !== s.total || $("#total").dataset.lang !== lang) {
    showAmount($("#total"), s.total);
    $("#total").dataset.amount = s.total;
    $("#total").dataset.lang = lang;
  }
  announceTotal();
  showAmount($("#capital"), s.capital);
  showAmount($("#interest"), s.interest);
  showAmount($("#fees"), s.fees);
  showAmount($("#credit"), s.credit);
  $("#credit-row").hidden = Number(s.credit) === 0;
  // With interest past the rate table left out, a refund is at most this: that interest may
  // take some or all of it (the demo review: a refund shown as a fact beside "at least").
  const creditLabel = $("#credit-row dt");
  creditLabel.dataset.i18n = short ? "creditAtMost" : "credit";
  creditLabel.textContent = t(creditLabel.dataset.i18n);
  // A per diem whose day the rate table does not cover is not known: "–", not a plain 0,00.
  if (s.warnings.some((w) => w.code === "RATE_NOT_COVERED" && w.field === "perDiem")) {
    $("#per-diem").textContent = "–";
    $("#per-diem").title = t("perDiemUnknown");
  } else {
    showAmount($("#per-diem"), s.perDiem);
    $("#per-diem").removeAttribute("title");
  }
  $("#interest-from").textContent = s.invoices.map((i) => i.interestFrom).join(", ");

  $("#interest-lines").replaceChildren(...(s.interestLines.length ? s.interestLines.map((l) => line({
    head: nowrap(`${l.from} – ${l.to}`),
    amount: fmt(l.amount),
    meta: `${t(l.days === 1 ? "day" : "days", { n: l.days })} · ${fmt(l.base)} · ${pct(l.rate)}`,
    explanation: pick(l.explanation, lang),
    rule: l.rule,
  })) : [el("li", { class: "none", text: t("noInterest") })]));

  // What the payments left of each fee (its `unpaid`): paid, in part, or (said by nothing) not.
  const feePaid = (f) => f.unpaid === f.amount ? "" : ` · ${Number(f.unpaid) ? t("feePartlyPaid", { unpaid: fmt(f.unpaid) }) : t("feePaid")}`;
  $("#fee-lines").replaceChildren(...(s.feeLines.length ? s.feeLines.map((f) => line({
    head: feeName(f.kind),
    amount: fmt(f.amount),
    meta: f.date + feePaid(f),
    explanation: pick(f.explanation, lang),
    rule: f.rule,
  })) : [el("li", { class: "none", text: t("noFees") })]));

  $("#allocations-block").hidden = s.allocations.length === 0;
  $("#allocations").replaceChildren(...s.allocations.map((a) => line({
    head: nowrap(a.date),
    amount: fmt(a.amount),
    meta: t("allocationLine", { amount: fmt(a.amount), fees: fmt(a.fees), interest: fmt(a.interest), capital: fmt(a.capital) }) +
      (Number(a.credit) ? t("allocationCredit", { credit: fmt(a.credit) }) : ""),
  })));

  const warnings = distinctTexts(waivedBy ? s.warnings.filter((w) => w.code !== "REMINDER_FEE_NOT_AGREED") : s.warnings);
  $("#warnings-block").hidden = warnings.length === 0 && !waivedBy;
  $("#warnings").replaceChildren(
    ...(waivedBy ? [el("li", { class: "finding sev-info", id: "policy-note" }, t("policyWaivesReminderFee", { policy: pick(waivedBy.name, lang) }))] : []),
    ...warnings.map((w) =>
    el("li", { class: "finding sev-warning", "data-code": w.code },
      el("strong", { text: t("warning") }), " ", ...prose(pick(w.text, lang)))));
}

/** The timeline entry a finding is about: the taken step with its index in `claim.steps`, or
 * for a policy finding the first projected entry of its kind. */
const entryOf = (f, entries) =>
  entries?.findIndex((e) => (f.step != null ? e.step === f.step : e.status === "projected" && e.kind === f.kind)) ?? -1;

function findingItem(f, entries) {
  const at = entryOf(f, entries);
  const stepNo = at >= 0 ? at + 1 : null;
  return el("li", { class: `finding sev-${f.severity}`, "data-code": f.code },
    el("strong", { text: t(f.severity === "error" ? "error" : "warning") }), " ",
    ...prose(pick(f.text, lang)),
    el("span", { class: "finding-meta" },
      f.rule && el("span", { lang: "sv", text: f.rule }), f.rule && stepNo && " · ",
      stepNo && t("stepRef", { n: stepNo }) + (f.kind ? ` (${stepName(f.kind)})` : ""),
      // The fee at stake: what the debtor may have been charged without cause.
      f.fee && " · ", f.fee && el("span", { class: "finding-fee", text: t("findingFee", { amount: fmt(f.fee) }) })));
}

/** Findings that concern timeline entry `i`. */
const findingsOf = (findings, entries, i) => findings.filter((f) => entryOf(f, entries) === i);
/** An entry's place in time: a step taken, a step planned, or a fact (the due date), which is
 * no action and has no badge. */
const stateOf = (e) => (e.status === "projected" ? "planned" : e.status === "fact" ? "fact" : "taken");

/** Whether the claim is time-barred on the timeline's final day, every step it projects
 * counted (a `TIME_BARRED` warning of the timeline may be about a step not projected after
 * that day; a review). */
function finalTimeBarred(claim, tl) {
  const records = plannedSteps(tl, CLAIM_STEP_KINDS).map((e) => e.record);
  try {
    const s = inkasso.statement({ ...claim, steps: [...(claim.steps ?? []), ...records] }, { asOf: tl.final.asOf });
    return s.warnings.some((w) => w.code === "TIME_BARRED" && w.field?.startsWith("invoices"));
  } catch {
    return false;
  }
}

/** The further year of a verkställighet the timeline would project next after its final day
 * (a year on from it at the latest), if one is under way then: the timeline again, with a
 * horizon a year after that day. */
function nextFurtherYear(claim, policyInput, tl, today) {
  if (!tl.entries.some((e) => e.kind === "enforcement")) return null;
  const [y, m, d] = tl.final.asOf.split("-");
  const horizon = `${Number(y) + 1}-${m}-${m === "02" && d === "29" ? "28" : d}`;
  try {
    const later = inkasso.timeline(claim, policyInput, { today, horizon });
    return later.entries.find((e) => e.furtherYear && e.status === "projected" && e.date > tl.final.asOf) ?? null;
  } catch {
    return null;
  }
}

function renderTimeline(claim, tl, findings, asOf, policyInput) {
  const today = timelineToday(asOf);
  $("#timeline").replaceChildren(...tl.entries.map((s, i) => {
    const own = findingsOf(findings, tl.entries, i);
    const worst = own.some((f) => f.severity === "error") ? "error" : own.length ? "warning" : null;
    // A step planned before today (a yearly fee of the verkställighet under way) is assumed
    // taken, not planned (a demo review found one "planned" six months back).
    const state = stateOf(s) === "planned" && s.date < today ? "assumed" : stateOf(s);
    return el("li", { class: `step ${state}${worst ? ` has-${worst}` : ""}`, "data-kind": s.kind, "data-status": s.status },
      el("span", { class: "dot", "aria-hidden": "true", text: String(i + 1) }),
      el("div", { class: "step-body" },
        el("h3", {}, `${i + 1}. ${entryName(s)}`, state !== "fact" && " ", state !== "fact" && el("span", { class: "badge", text: t(state) })),
        el("p", { class: "step-text" }, ...prose(pick(s.text, lang))),
        // Why the plan differs here (a step moved to be lawful, a further year of enforcement),
        // and what the engine says about the step (a fee not charged and why).
        s.notes.length > 0 && el("ul", { class: "step-notes" },
          ...s.notes.map((n) => el("li", { class: "step-note", "data-code": n.code }, ...prose(pick(n.text, lang))))),
        el("dl", { class: "step-dates" },
          el("div", {}, el("dt", { text: t("date") }), el("dd", { class: "step-date", text: s.date })),
          // A step taken without its term given: its deadline rests on the policy's term, an
          // assumption (a demo review found it move with the policy).
          s.deadline && el("div", {}, el("dt", { text: t(state === "taken" && claim.steps?.[s.step]?.paymentTermDays == null ? "deadlineAssumed" : "deadline") }), el("dd", { class: "step-deadline nowrap", text: s.deadline }))),
        s.fees.length > 0 && el("ul", { class: "lines step-fees" }, ...s.fees.map((f) => line({
          head: feeName(f.kind), amount: fmt(f.amount), explanation: f.date, rule: f.rule,
        }))),
        el("p", { class: "projected" },
          // A planned step's figure includes its own costs: said, so that it is not read as
          // the summary's total of the same day.
          t(state === "planned" ? "projectedTotalPlanned" : "projectedTotal", { date: s.deadline ?? s.date }), ": ",
          el("strong", { class: "step-total", text: fmt(s.ifPaid.total) }), ` (${t("ofWhichInterest", { amount: fmt(s.ifPaid.interest) })})`),
        own.length > 0 && el("ul", { class: "finding-list" }, ...own.map((f) => findingItem(f, tl.entries)))));
  }));
  // A time-barred claim is no "final claim" (a demo review): said as the summary says it.
  const barred = finalTimeBarred(claim, tl);
  $("#timeline-final").replaceChildren(...prose(t(barred ? "finalTimeBarred" : "finalTotal", { date: tl.final.asOf, amount: fmt(tl.final.total) })));
  // What the final line's amount leaves out (a demo review): a refund owed to the debtor, and
  // the next yearly grundavgift of a verkställighet still under way after its day.
  const finalNotes = [];
  if (Number(tl.final.credit) > 0) finalNotes.push(t("finalCredit", { credit: fmt(tl.final.credit) }));
  const next = barred ? null : nextFurtherYear(claim, policyInput, tl, today);
  // Under the 100 kr minimum the next year costs no grundavgift: its own note says so.
  const underMinimum = next?.notes.find((n) => n.code === "UNPAID_UNDER_MINIMUM");
  if (underMinimum) finalNotes.push(pick(underMinimum.text, lang));
  else if (next) finalNotes.push(t("finalEnforcement", { date: next.date, fee: fmt(next.fees.reduce((sum, f) => sum + Number(f.amount), 0).toFixed(2)) }));
  $("#timeline-final-note").replaceChildren(...prose(finalNotes.join(" ")));
  $("#timeline-final-note").hidden = finalNotes.length === 0;
  $("#timeline-warnings").replaceChildren(...distinctTexts(tl.warnings).map((w) =>
    el("li", { class: "finding sev-warning", "data-code": w.code }, el("strong", { text: t("warning") }), " ", ...prose(pick(w.text, lang)))));
}

function renderFindings(findings, steps) {
  const order = { error: 0, warning: 1 };
  const sorted = [...findings].sort((a, b) => (order[a.severity] ?? 2) - (order[b.severity] ?? 2));
  $("#findings-list").replaceChildren(...(sorted.length ? sorted.map((f) => findingItem(f, steps)) : [el("li", { class: "finding sev-ok", text: t("noFindings") })]));
}

// ---------------------------------------------------------------- the chart

let chartJob = 0;
let chartData = null;

function renderChart() {
  if (!chartData || chartData.points.length < 2) {
    $("#chart").replaceChildren();
    $("#chart-legend").replaceChildren();
    $("#chart-note").hidden = true;
    return;
  }
  const { points: raw, markers: rawMarkers, today, assumed } = chartData;
  // Past the rate table the curve assumes the last known referensränta, as the timeline does.
  const assumedVars = assumed && { from: assumed.from, rate: pct(assumed.percent) };
  $("#chart-note").hidden = !assumed;
  $("#chart-note").textContent = assumed ? t("chartAssumed", assumedVars) : "";
  // Numbers to place points on the chart; the texts are the engine's amounts as they are.
  const points = raw.map((p) => ({ ...p, total: Number(p.total), amount: p.total }));
  const markers = rawMarkers.map((m) => ({ ...m, total: Number(m.total), title: `${m.n}. ${entryName(m)} ${m.date}: ${fmt(m.total)}` }));
  const lowest = points.reduce((a, p) => (p.total < a.total ? p : a));
  const highest = points.reduce((a, p) => (p.total > a.total ? p : a));
  drawChart($("#chart"), {
    points, markers, today,
    width: $("#chart").clientWidth || 600,
    formatMoney: (v) => moneyShort[lang].format(v),
    labels: {
      today: t("today"),
      title: t("chartHeading"),
      desc: t("chartDesc", {
        from: isoOf(points[0].day), to: isoOf(points.at(-1).day),
        min: fmt(lowest.amount), max: fmt(highest.amount), today: isoOf(today),
      }) + (assumed ? ` ${t("chartAssumedDesc", assumedVars)}` : ""),
    },
  });
  // The legend says each marker's amount too: the chart's tooltips are out of reach for
  // keyboard and touch.
  $("#chart-legend").replaceChildren(...rawMarkers.map((m) =>
    el("li", { class: m.taken === false ? "planned" : "" }, el("span", { class: "n", "aria-hidden": "true", text: String(m.n) }),
      `${entryName(m)}`, " ", nowrap(m.total != null ? `${m.date}:` : m.date), ...(m.total != null ? [" ", nowrap(fmt(m.total))] : []))));
}

function scheduleChart(claim, asOf, s, tl, now = false) {
  const job = ++chartJob;
  const run = () => {
    if (job !== chartJob) return;
    chartData = claimSeries(inkasso, { claim, asOf, statement: s, timeline: tl, stepKinds: CLAIM_STEP_KINDS });
    renderChart();
  };
  if (now) run();
  else setTimeout(run, 60);
}

new ResizeObserver(() => chartData && renderChart()).observe($("#chart"));

// ---------------------------------------------------------------- one update

/** A field whose text cannot be read yet while it is being typed ("12 5" on the way to
 * "12 500"): its error waits until the field is left (or Enter), and the last result stays. */
let deferred = null;

/** `typing`: the control of the `input` event that asks, when the user is typing in it. */
function update(options = {}) {
  courtHint();
  const outcome = compute(options);
  // Nothing said of a total the user is typing past (a diff review heard the total of "18"
  // announced while "18 75" was on its way to "18 750").
  if (outcome === "deferred") clearTimeout(announceTimer);
  markStale(outcome === "deferred");
  if (outcome !== "deferred") settleProblem();
}

/** While an update waits for the field being typed (`deferred`), the last result is marked as
 * out of date: framed, said so under the field being typed, and busy for assistive technology
 * (its live regions hold their announcements). A demo review found "12.345" shown with the
 * total of "12.34". The note is put under the field, not above the form: an accessibility
 * review found the field moving 73 px under the finger on a phone as the note appeared. */
function markStale(stale) {
  const note = $("#stale-note");
  const host = stale && deferred ? deferred.closest("li.row") ?? deferred.closest(".field") : null;
  if (host && note.parentElement !== host) host.append(note);
  note.hidden = !stale || $("#summary-body").hidden;
  for (const id of ["#summary-body", "#chart-section", "#statement", "#timeline-section", "#findings", "#plan-section", "#letter-section"]) {
    $(id).classList.toggle("stale", stale);
    if (stale) $(id).setAttribute("aria-busy", "true");
    else $(id).removeAttribute("aria-busy");
  }
}

/** One update's work; "deferred" when it waits for the field being typed to be left. */
function compute({ chartNow = false, typing = null } = {}) {
  const form = readForm();
  const { asOf, preset, court, local } = form;
  if (local.length && typing && local.every((l) => l.control === typing) && !typing.matches("[aria-invalid=true]")) {
    deferred = typing;
    return "deferred";
  }
  deferred = null;
  // Read before the errors are cleared: a field already marked wrong is judged as it is typed
  // (a demo review, stop 66: clearing first unmarked it, so the engine's error for "-500"
  // waited for the field to be left while the total of an older value came back).
  const typingInvalid = typing?.matches("[aria-invalid=true]") ?? false;
  clearErrors();
  // The policy as the engine reads it: the preset, with the court path when asked for.
  const policyInput = court ? { preset, court: {} } : preset;
  if (local.length) {
    // Said beside the court box whatever follows: a form the engine refuses redraws it too (a
    // demo review, stop 67: the note of an earlier preset stayed beside an error).
    courtNote(form, false);
    // An amount the page cannot read: said at its field, nothing is computed.
    showProblem(local[0].control, t(local[0].key));
    for (const { control, key } of local.slice(1)) showFieldOnly(control, t(key));
    chartJob++;
    return;
  }
  // One claim for every figure: the form's claim as the chosen policy charges it.
  const policy = hasPresets ? inkasso.presets().find((p) => p.id === preset) : null;
  let claim, s, tl = null, findings = [];
  try {
    claim = underPolicy(form.claim, policy);
    s = inkasso.statement(claim, { asOf });
    if (hasTimeline) tl = timelineOf(claim, policyInput, asOf);
    if (hasCheck) findings = inkasso.check(claim, policyInput);
  } catch (e) {
    // A value being typed passes through values the engine refuses: a year ("0002-08-15",
    // "0020-08-15" on the way to "2026-08-15"), a day before the issue date ("…-01" on the way
    // to "…-15"), a margin "2," or "-": that error waits until the field is left (or Enter),
    // and the last result stays. A field already marked wrong is judged as it is typed.
    if (e?.name === "InvoicingError" && typing && controlFor(e.field, form) === typing && !typingInvalid) {
      deferred = typing;
      return "deferred";
    }
    courtNote(form, false);
    showError(e, form);
    chartJob++; // a pending chart of older input is dropped
    return;
  }
  courtNote(form, true);
  // The steps the timeline dates before the statement date (a yearly fee of a verkställighet
  // under way; with a statement date after today, the steps planned before it) are in every
  // figure of that date, as in the timeline's: one amount a day (a demo review found the
  // summary, the chart and the timeline 600 kr apart).
  const before = stepsBefore(tl, asOf);
  let figures = claim;
  if (before.length) {
    try {
      const withThem = { ...claim, steps: [...(claim.steps ?? []), ...before.map((e) => e.record)] };
      s = inkasso.statement(withThem, { asOf });
      figures = withThem;
    } catch {
      // Not valued so: the claim as recorded (the timeline still shows the steps).
    }
  }
  renderStatement(s, form.claim.reminderFeeAgreed && !claim.reminderFeeAgreed ? policy : null);
  afterAsOfNotes(s, form);
  totalNote(figures, asOf, s, figures === claim ? [] : before, disputed(figures, asOf));
  $("#timeline-section").hidden = !tl;
  if (tl) renderTimeline(claim, tl, findings, asOf, policyInput);
  $("#findings").hidden = !hasCheck;
  if (hasCheck) renderFindings(findings, tl?.entries);
  renderPlan(figures, asOf, form);
  renderLetter(claim, asOf, figures === claim ? [] : before);
  scheduleChart(claim, asOf, s, tl, chartNow);
}

/** The timeline's `today`: the statement date, or the real today when that is later in time
 * than today (a debtor asking what paying later costs: the road goes on from today). */
const timelineToday = (asOf) => (asOf > todayIso() ? todayIso() : asOf);
/** The timeline from `timelineToday`. Its final value is the road's end; with a statement
 * date after today and after that end, the statement date (its `horizon`, which also projects
 * the further years of a verkställighet up to it), so that the final line is never a day
 * before the road ends (a review found "Slutligt krav" on a day with steps still planned). */
function timelineOf(claim, policyInput, asOf) {
  const today = timelineToday(asOf);
  const tl = inkasso.timeline(claim, policyInput, { today });
  return asOf > today && asOf > tl.final.asOf ? inkasso.timeline(claim, policyInput, { today, horizon: asOf }) : tl;
}

/** The planned entries dated before the statement date, as steps a claim carries. */
const stepsBefore = (tl, asOf) => plannedSteps(tl, CLAIM_STEP_KINDS).filter((e) => e.date < asOf);

/** The förseningsersättning the day after `asOf` adds (a business debtor on the due date):
 * `{ date, amount }`, or null. The per diem is interest only, so this is said beside it (a demo
 * review). */
function lateFeeNextDay(claim, asOf, s) {
  if (claim.debtor === "consumer" || !s.invoices.some((i) => i.effectiveDueDate === asOf)) return null;
  try {
    const next = inkasso.statement(claim, { asOf: isoOf(dayOf(asOf) + 1) });
    // The page's claim has one invoice, so one line at most.
    const added = next.feeLines.find((f) => f.kind === "lateFee" && f.date > asOf);
    return added ? { date: added.date, amount: fmt(added.amount) } : null;
  } catch {
    return null;
  }
}

/** Whether a dispute stands on `asOf`: the engine refuses an inkassokrav for that reason. */
function disputed(claim, asOf) {
  if (!(claim.steps ?? []).some((step) => step.kind === "dispute")) return false;
  try {
    inkasso.letter(claim, { kind: "collectionDemand", date: asOf, paymentTermDays: 10 });
    return false;
  } catch (e) {
    return e?.code === "CLAIM_DISPUTED";
  }
}

/** The court path ticked where it changes nothing, said beside it: with no dispute or court
 * action among the steps, under a preset without verkställighet, and with every dispute
 * withdrawn by the statement date and no court action (the engine then projects the same road
 * through Kronofogden with the court path as without it). The last only of a claim the engine
 * accepted (`accepted`): a withdrawal it refuses (of the objection to a betalningsföreläggande)
 * is no withdrawal. */
function courtNote(form, accepted) {
  const { steps } = form.claim;
  const courtAction = steps.some((step) => step.kind === "courtAction");
  const disputes = steps.filter((step) => step.kind === "dispute");
  const idle = form.court && !courtAction && disputes.length === 0;
  const withdrawn = form.court && accepted && !courtAction && disputes.length > 0 &&
    disputes.every((step) => withdrawnBy(step, form.asOf));
  const impossible = form.courtAsked && !form.court;
  const withdrawnKey = disputes.length === 1 ? "courtDisputeWithdrawn" : "courtDisputesWithdrawn";
  const key = impossible ? "courtNoEnforcement" : idle ? "courtNoDispute" : withdrawn ? withdrawnKey : null;
  $("#court-note").hidden = key === null;
  setLive($("#court-note"), key ? t(key) : "");
}

/** Whether the dispute `step` is withdrawn on `asOf`: its `withdrawn` date on or before it. */
const withdrawnBy = (step, asOf) => Boolean(step.withdrawn) && step.withdrawn <= asOf;

/** The hint beside the court box asks for a dispute among the steps: hidden once a row records a
 * dispute or a court action (dated or not: it would ask for what is done), and taken out of the
 * box's description, which reads a hidden element it names. */
function courtHint() {
  const done = [...stepRows.children].some((li) => ["dispute", "courtAction"].includes($(".kind", li).value));
  $("#court-hint").hidden = done;
  $("#court").setAttribute("aria-describedby", done ? "court-note" : "court-hint court-note");
}

// ---------------------------------------------------------------- instalment plan

/** The engine's schedule for paying the claim in `#plan-count` instalments from `#plan-first`,
 * agreed on the statement date. An error is said under the plan's fields: the plan field its
 * `field` names is marked invalid; a field of the claim (the statement date, which is the
 * plan's date, or a payment after it) is linked to, not marked, as the claim itself is valid. */
/** The plan's figures and error emptied, its fields no longer marked. */
function clearPlan({ error = true } = {}) {
  for (const input of [$("#plan-count"), $("#plan-first")]) input.setAttribute("aria-invalid", "false");
  if (error) setLive($("#plan-error"));
  $("#plan-summary").replaceChildren();
  setLive($("#plan-note"));
  $("#plan-note").hidden = true;
  $("#plan-instalments").replaceChildren();
}

function renderPlan(claim, asOf, form) {
  const countInput = $("#plan-count");
  const firstInput = $("#plan-first");
  const count = Number(countInput.value);
  clearPlan({ error: false });
  if (!Number.isInteger(count) || count < 1 || count > 120) {
    countInput.setAttribute("aria-invalid", "true");
    setLive($("#plan-error"), t("planCountError"));
    return;
  }
  let plan;
  try {
    plan = inkasso.instalmentPlan(claim, { date: asOf, firstDate: firstInput.value.trim(), count });
  } catch (e) {
    if (e?.name !== "InvoicingError") throw e;
    const control = planControlFor(e, claim, asOf, form);
    const message = PLAN_ERRORS[lang][planErrorKey(e, claim, asOf, firstInput.value.trim())] ?? errorText(e);
    // A fact of the claim (paid, time-barred) is no input error: shown as a note.
    $("#plan-error").classList.toggle("fact", e.code === "NOTHING_TO_COLLECT" || e.code === "TIME_BARRED");
    if (control && control.closest("#plan-section")) {
      control.setAttribute("aria-invalid", "true");
      setLive($("#plan-error"), message);
    } else {
      setLive($("#plan-error"), ...prose(message), ...(control ? [" ", t("planSeeField"), " ", linkTo(control), "."] : []));
    }
    return;
  }
  setLive($("#plan-error"));
  $("#plan-summary").textContent = t("planSummary", {
    owed: fmt(plan.owedAtStart), fee: fmt(plan.planFee), total: fmt(plan.total), interest: fmt(plan.interest),
  });
  // Instalments past the rate table rest on an assumed (or provisional) referensränta: said
  // here as the timeline says it (a review found the plan silent about it).
  // Costs that may not be owed (a disputed betalningsföreläggande's, a pending court case's)
  // are said too: the debtor agrees to pay them in the instalments (the demo review).
  const planCodes = ["RATE_ASSUMED", "PROVISIONAL_RATE", "PAYMENT_ORDER_DISPUTED", "COURT_CASE_PENDING"];
  // And what the engine says of the plan itself: why its fee is 0,00 kr, say (a demo review).
  const rateNotes = distinctTexts(plan.warnings.filter((w) => planCodes.includes(w.code) || w.field === "plan"));
  setLive($("#plan-note"), ...prose(rateNotes.map((w) => pick(w.text, lang)).join(" ")));
  $("#plan-note").hidden = rateNotes.length === 0;
  $("#plan-instalments").replaceChildren(...plan.instalments.map((i) => el("li", {
    class: "plan-instalment",
    "data-amount": i.amount,
  }, ...prose(t("planRow", {
      n: i.number,
      // An instalment on a weekend or holiday falls due on the next weekday (the engine's date).
      date: i.movedFrom ? t("planMovedDate", { date: i.date, from: i.movedFrom }) : i.date,
      amount: fmt(i.amount), fees: fmt(i.fees), interest: fmt(i.interest),
      capital: fmt(i.capital), left: fmt(i.capitalAfter),
    })))));
}

/** The control an instalment plan error is about: the plan's own fields for `plan.count` and
 * `plan.firstDate`; for `plan.date` (the statement date) the first payment after it when
 * that is what the plan refuses, else the statement date (none for a claim paid in full); a
 * claim field (`payments[i].date`, ...) as the form's errors point at it. */
function planControlFor(e, claim, asOf, form) {
  const field = e.field ?? "";
  // Facts of the claim, no field to fix: "see the statement date" would read as a way round
  // preskription.
  if (e.code === "NOTHING_TO_COLLECT" || e.code === "TIME_BARRED") return null;
  if (field === "plan.count") return $("#plan-count");
  if (field === "plan.firstDate") return $("#plan-first");
  if (field === "plan.date") {
    // The engine judges later steps before later payments: the step first.
    const { payment, step } = recordedAfter(e, claim, asOf);
    if (step >= 0 && form.stepMap[step]) return $(".date", form.stepMap[step]);
    if (payment >= 0 && form.paymentMap[payment]) return $(".date", form.paymentMap[payment]);
    return $("#as-of");
  }
  return controlFor(field, form);
}

/** For a plan refused at `plan.date` (`INVALID_PLAN`: something recorded after its date that
 * it cannot count), the first payment and the first step after the statement date, by index
 * (−1 for none). The demo records no credit note and one invoice, issued by then. */
function recordedAfter(e, claim, asOf) {
  if (e.code !== "INVALID_PLAN" || e.field !== "plan.date") return { payment: -1, step: -1 };
  return {
    payment: (claim.payments ?? []).findIndex((p) => p.date > asOf),
    // One that may charge a fee, as the engine judges it: not a dispute, a final notice,
    // efterbevakning or a judgment (the page records no litigation costs).
    step: (claim.steps ?? []).findIndex((s) => s.date > asOf && !NO_FEE_STEPS.includes(s.kind)),
  };
}

// ---------------------------------------------------------------- letter

/** The letter emptied: no sections, no error, its fields no longer marked. */
function clearLetter({ error = true } = {}) {
  for (const input of [$("#letter-kind"), $("#letter-term")]) input.setAttribute("aria-invalid", "false");
  if (error) setLive($("#letter-error"));
  $("#letter-error").classList.remove("fact");
  $("#letter").hidden = true;
  $("#letter-warnings-block").hidden = true;
  for (const id of ["#letter-title", "#letter-summary", "#letter-sections", "#letter-warnings"]) $(id).replaceChildren();
}

/** Whether the letter's own fields changed since it was last drawn: its new total and deadline
 * are then said to a screen reader (a change of the claim is said by the total's own status). */
let letterAsked = false;

/** A letter's payment term as typed: whole days (a number field also takes "1e1"), or null. */
function letterTermOf(input) {
  const text = input.value.trim();
  const days = /^\d+$/u.test(text) ? Number(text) : input.valueAsNumber;
  return Number.isInteger(days) && days >= 0 && days <= 3650 ? days : null;
}

/** A letter text as nodes: each `{placeholder}` the sender fills in (the creditor's name, the
 * payment account, …) shown as what it stands for, marked, in the page's words. */
function letterText(text) {
  return String(text).split(/(\{[A-Za-z]+\})/u).filter((part) => part !== "").flatMap((part) => {
    const name = /^\{([A-Za-z]+)\}$/u.exec(part)?.[1];
    if (!name) return prose(part);
    return [el("span", { class: "placeholder", "data-placeholder": name, text: `[${PLACEHOLDERS[lang][name] ?? name}]` })];
  });
}

/** The engine's letter of the kind chosen in `#letter-kind`, dated the statement date and
 * giving `#letter-term` days to pay: its sections as the debtor would read them (headings,
 * texts, amount lines, the statute a section answers to), with the sender's details left as
 * marked placeholders. A letter that may not be sent that day (not overdue, paid, time-barred,
 * disputed) is said instead, in the page's words. The letter is of the steps recorded
 * (`claim`), never of those the timeline plans before a later statement date (`planned`, said
 * in a note): a demo review found a letter naming a betalningsföreläggande not yet applied for,
 * with its fees. */
function renderLetter(claim, asOf, planned) {
  const kindInput = $("#letter-kind");
  const termInput = $("#letter-term");
  const asked = letterAsked;
  letterAsked = false;
  clearLetter({ error: false });
  $("#letter-note").hidden = planned.length === 0;
  setLive($("#letter-note"), ...(planned.length ? prose(t("letterPlannedLeftOut")) : []));
  const term = letterTermOf(termInput);
  if (term === null) {
    termInput.setAttribute("aria-invalid", "true");
    setLive($("#letter-error"), t("letterTermError"));
    return;
  }
  let letter;
  try {
    letter = inkasso.letter(claim, { kind: kindInput.value, date: asOf, paymentTermDays: term });
  } catch (e) {
    if (e?.name !== "InvoicingError") throw e;
    const words = LETTER_ERRORS[lang];
    const key = `${e.code} ${e.field}`;
    const message = words[`${key} ${kindInput.value}`] ?? words[key] ?? words[e.code] ?? errorText(e);
    // The term is the letter's own field to fix; the rest are facts of the claim on its day.
    const atTerm = e.field === "paymentTermDays";
    if (atTerm) termInput.setAttribute("aria-invalid", "true");
    $("#letter-error").classList.toggle("fact", !atTerm);
    setLive($("#letter-error"), ...prose(message));
    return;
  }
  setLive($("#letter-error"));
  $("#letter").hidden = false;
  $("#letter-title").replaceChildren(...prose(`${stepName(letter.kind)}, ${letter.date}`));
  const summary = t("letterSummary", {
    total: fmt(letter.total),
    deadline: letter.deadlineMovedFrom ? t("planMovedDate", { date: letter.deadline, from: letter.deadlineMovedFrom }) : letter.deadline,
  });
  $("#letter-summary").replaceChildren(...prose(summary));
  if (asked) setLive($("#letter-announce"), `${stepName(letter.kind)}: ${summary}`);
  $("#letter-sections").replaceChildren(...letter.sections.map((section) => el("section", { class: "letter-section", "data-section": section.id },
    el("h4", {}, ...prose(pick(section.heading, lang))),
    el("p", {}, ...letterText(pick(section.body, lang))),
    section.lines.length > 0 && el("ul", { class: "lines letter-lines" }, ...section.lines.map((l) => line({
      // A line for information only is told apart in words too, not only by its colour (an
      // accessibility review: which lines make up the total).
      head: [...letterText(pick(l.label, lang)), ...(l.role === "detail" ? [el("span", { class: "visually-hidden", text: ` ${t("letterDetailLine")}` })] : [])],
      amount: fmt(l.amount),
      cls: `letter-line ${l.role}`,
    }))),
    // A statute's name is Swedish on either page.
    section.rule && el("p", { class: "rule", lang: "sv" }, ...prose(section.rule)))));
  const warnings = distinctTexts(letter.warnings);
  $("#letter-warnings-block").hidden = warnings.length === 0;
  $("#letter-warnings").replaceChildren(...warnings.map((w) =>
    el("li", { class: "finding sev-warning", "data-code": w.code },
      el("strong", { text: t("warning") }), " ", ...prose(pick(w.text, lang)))));
}

/** Step kinds that never charge a fee as the page records them (no `costs`, no `fee`). */
const NO_FEE_STEPS = ["dispute", "finalNotice", "surveillance", "judgment"];

/** The PLAN_ERRORS key of a plan's error: `CODE field`, and for a step recorded after the
 * plan's date, which the engine judges before a later payment, `INVALID_PLAN plan.date step`
 * (a demo review found a step after it called a payment). */
function planErrorKey(e, claim, asOf, firstDate) {
  // A first instalment on or after the statement date refused at its field: moved off a day
  // off past 2199-12-31, the last date (a demo review found it called "before the statement
  // date").
  if (e.code === "INVALID_PLAN" && e.field === "plan.firstDate" && firstDate >= asOf) return `${e.code} ${e.field} late`;
  return recordedAfter(e, claim, asOf).step >= 0 ? `${e.code} ${e.field} step` : `${e.code} ${e.field}`;
}

function showFieldOnly(control, message) {
  control.setAttribute("aria-invalid", "true");
  errorAt(control)?.replaceChildren(message);
}

// ---------------------------------------------------------------- referensränta for a date

/** Why the table has no referensränta for `date`: before its first half-year (2002-H2) there
 * was none, the diskonto applied; after its last one the Riksbank has not published it yet. */
function notCovered(date) {
  const table = inkasso.referenceRates();
  return date < table[0].from ? t("rateBeforeTable", { from: table[0].from }) : t("rateNotPublished", { to: table.at(-1).to });
}

function updateRate() {
  const input = $("#date");
  const fields = ["half-year", "reference-rate", "late-payment-rate", "status", "source"];
  const show = (values) => fields.forEach((id, i) => (document.getElementById(id).textContent = values[i]));
  try {
    const r = inkasso.referenceRate(input.value.trim());
    // The half-year in words, as the engine's texts name it ("första halvåret 2024").
    show([halfWords(r.halfYear, lang), pct(r.referenceRate), pct(r.latePaymentRate), STATUS[lang][r.status] ?? r.status, r.source]);
    $("#date-error").replaceChildren();
    input.setAttribute("aria-invalid", "false");
  } catch (e) {
    if (e.name !== "InvoicingError") throw e;
    show(["–", "–", "–", "–", "–"]);
    const date = input.value.trim();
    if (e.code === "RATE_NOT_COVERED") {
      // A valid date the table has no row for (the year-end demo review: marked invalid, while
      // the chart, timeline and plan use the last known rate for it): the half-year named, and
      // after the table what the page assumes.
      const table = inkasso.referenceRates();
      const after = date > table.at(-1).to;
      document.getElementById("half-year").textContent = halfWords(`${date.slice(0, 4)}-H${date.slice(5, 7) <= "06" ? 1 : 2}`, lang);
      const note = after ? ` ${t("rateAssumedHere", { rate: pct(table.at(-1).referenceRate) })}` : "";
      $("#date-error").replaceChildren(notCovered(date) + note);
      input.setAttribute("aria-invalid", "false");
      return;
    }
    $("#date-error").replaceChildren(errorText(e));
    input.setAttribute("aria-invalid", "true");
  }
}

// ---------------------------------------------------------------- language

function fillPresets() {
  if (!hasPresets) return;
  const select = $("#preset");
  const current = select.value || "standard";
  const list = inkasso.presets();
  select.replaceChildren(...list.map((p) => el("option", { value: p.id, text: pick(p.name, lang) })));
  select.value = list.some((p) => p.id === current) ? current : list[0]?.id ?? "";
  const chosen = list.find((p) => p.id === select.value);
  $("#preset-desc").textContent = chosen ? pick(chosen.description, lang) : "";
  $("#preset-field").hidden = false;
}

/** An amount as the engine writes it ("12500.50") as typed in `language` ("12500,50"). */
const typedAmount = (value, language) => (language === "sv" ? value.replace(".", ",") : value);

/** The amount fields read in the old language rewritten for the new one where the new one
 * reads them otherwise: "12,500" typed on the English page is 12 500, which the Swedish page
 * would refuse (a comma there is the decimal mark; a demo review). */
function retypeAmounts(from, to) {
  for (const input of document.querySelectorAll("#amount, #payment-rows .amount")) {
    const before = parseAmount(input.value, from);
    const after = parseAmount(input.value, to);
    if (before.ok && (!after.ok || after.value !== before.value)) input.value = typedAmount(before.value, to);
  }
}

function setLang(next) {
  if (next !== lang) retypeAmounts(lang, next);
  lang = next;
  // Kept in the address, so that a reload or a shared link keeps the language.
  const url = new URL(location.href);
  if (lang === "en") url.searchParams.set("lang", "en");
  else url.searchParams.delete("lang");
  history.replaceState(null, "", url);
  document.documentElement.lang = lang;
  document.title = t("title");
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll("[data-step-kind]")) node.textContent = stepName(node.dataset.stepKind);
  for (const b of document.querySelectorAll(".lang button")) b.setAttribute("aria-pressed", String(b.dataset.lang === lang));
  $("#footer").textContent = t("footer", { version: inkasso.version() });
  relabelRows();
  fillPresets();
  update({ chartNow: true });
  updateRate();
}

// ---------------------------------------------------------------- wiring

/** Whether the user chose the plan's first instalment (else it follows the statement date). */
let planFirstChosen = false;
$("#claim-form").addEventListener("input", (e) => {
  // A plan cannot start before the statement date (its date): a first instalment not chosen,
  // or left behind by a later statement date, is the next month's first day.
  const asOf = $("#as-of").value.trim();
  if (e.target.id === "as-of" && isDate(asOf) && asOf >= "1900-01-01" && asOf <= "2199-12-31" &&
      (!planFirstChosen || $("#plan-first").value < asOf)) {
    $("#plan-first").value = planStart(asOf);
  }
  // A statement date set on the page is kept in the address (as the language is), so that a
  // reload or a shared link shows the same day; one that is today's is left out.
  if (e.target.id === "as-of" && isDate(asOf)) {
    const url = new URL(location.href);
    if (asOf === todayIso()) url.searchParams.delete("asOf");
    else url.searchParams.set("asOf", asOf);
    history.replaceState(null, "", url);
  }
  update({ typing: e.target });
});
// A field left with text that cannot be read: its error now (see `deferred`).
$("#claim-form").addEventListener("focusout", (e) => {
  if (deferred && e.target === deferred) {
    update();
    return;
  }
  // A payment row left half filled: its missing part is said now (see readForm).
  const row = e.target.closest?.("#payment-rows li");
  if (row && !row.contains(e.relatedTarget)) update();
});
$("#claim-form").addEventListener("change", (e) => {
  if (e.target.id === "preset") fillPresets(); // its description; the `input` event already updated
  if (e.target.classList?.contains("kind")) showWithdrawn(e.target.closest("li"));
});
$("#claim-form").addEventListener("submit", (e) => e.preventDefault());
// Enter in a field whose error waits: the error now, as when the field is left.
$("#claim-form").addEventListener("keydown", (e) => {
  if (e.key === "Enter" && deferred && e.target === deferred) update();
});
$("#claim-form").addEventListener("click", (e) => {
  const button = e.target.closest("button");
  if (!button) return;
  if (button.id === "add-step") { addStepRow({ kind: "collectionDemand" }, true); update(); }
  else if (button.id === "add-payment") { addPaymentRow({}, true); update(); }
  else if (button.dataset.remove) removeRow(button);
});
$("#date").addEventListener("input", updateRate);
/** The plan's first date while its year is being typed (0002, 0020, 0202 on the way to
 * 2027): judged once the field is left or Enter pressed, as the claim's dates are (a demo
 * review found the range error announced at each digit). */
let planDateTyped = false;
const yearBeingTyped = (input) => /^0\d{3}-/u.test(input.value) && input.getAttribute("aria-invalid") !== "true";
// The letter's kind at once; its term once typed: a pause, the field left, or Enter (an
// accessibility review heard "at least 8 days" announced at the "1" of "14").
let letterTimer = 0;
const letterUpdate = () => { clearTimeout(letterTimer); letterAsked = true; update(); };
$("#letter-kind").addEventListener("change", letterUpdate);
$("#letter-term").addEventListener("input", () => { clearTimeout(letterTimer); letterTimer = setTimeout(letterUpdate, 600); });
$("#letter-term").addEventListener("change", letterUpdate);
$("#letter-term").addEventListener("keydown", (e) => { if (e.key === "Enter") letterUpdate(); });
for (const id of ["#plan-count", "#plan-first"]) {
  $(id).addEventListener("input", (e) => {
    if (e.target.id === "plan-first") {
      planFirstChosen = true;
      planDateTyped = yearBeingTyped(e.target);
      // The plan shown is of the date before: marked so until this one is judged.
      $("#plan-section").classList.toggle("stale", planDateTyped);
      if (planDateTyped) return;
    }
    update();
  });
}
$("#plan-first").addEventListener("focusout", () => {
  if (planDateTyped) { planDateTyped = false; update(); }
});
$("#plan-first").addEventListener("keydown", (e) => {
  if (e.key === "Enter" && planDateTyped) { planDateTyped = false; update(); }
});
for (const b of document.querySelectorAll(".lang button")) b.addEventListener("click", () => setLang(b.dataset.lang));

// Defaults that show something on first load: a reminder and an inkassokrav already sent, the
// claim as it stands today (or on `?asOf=YYYY-MM-DD`), a plan from the next month.
addStepRow({ kind: "reminder", date: "2025-03-19" });
addStepRow({ kind: "collectionDemand", date: "2025-04-01" });
const startDate = isDate(params.get("asOf")) ? params.get("asOf") : todayIso();
// An address whose asOf is no date ("2025-02-30") is put right: the page shows today.
if (params.has("asOf") && !isDate(params.get("asOf"))) {
  const url = new URL(location.href);
  url.searchParams.delete("asOf");
  history.replaceState(null, "", url);
}
$("#as-of").value = startDate;
$("#plan-first").value = planStart(startDate);
setLang(requested);
document.body.dataset.ready = "true";
