// The web entry of the package (browsers, bundlers, Deno, workers): the wasm-bindgen glue in
// inkasso_glue.js, wrapped so that
//   - `init()` fetches inkasso_bg.wasm next to this module (bundlers see the
//     `new URL("inkasso_bg.wasm", import.meta.url)` in the glue and emit the file), also from
//     the Vite dev server's pre-bundled copy, and a file that is not WebAssembly (a dev
//     server's HTML fallback page) fails with a clear message;
//   - `init(options)` and `initSync(options)` take the object forms only (no deprecated call);
//   - a function called before initialisation throws an InvoicingError `NOT_INITIALISED`
//     instead of "Cannot read properties of undefined";
//   - `timeline` and `check` accept a preset id as the policy (`timeline(claim, "standard")`).
// Node loads inkasso-node.js (ESM) or inkasso-node.cjs (require) instead, which initialise
// synchronously from the packaged file on import.
import glueInit, * as glue from "./inkasso_glue.js";

let ready = false;

function invoicingError(code, message, cause) {
  const error = new Error(message, cause === undefined ? undefined : { cause });
  error.name = "InvoicingError";
  error.code = code;
  error.field = null;
  return error;
}

/** Throws NOT_INITIALISED unless `init()` or `initSync()` has succeeded. */
function initialised(name) {
  if (!ready) {
    throw invoicingError(
      "NOT_INITIALISED",
      `inkasso: ${name}() was called before the module was initialised: \`await init()\` first (in Node, import the package by its name: it initialises itself)`,
    );
  }
}

/**
 * Where the .wasm is when `init()` is given nothing. Normally the glue's own default, the file
 * next to it. The Vite dev server, though, pre-bundles dependencies into
 * node_modules/.vite/deps/ (away from the .wasm, and it answers a missing file with its HTML
 * page): from there the package's file is ../../inkasso/inkasso_bg.wasm. The path is a variable
 * so that bundlers, which resolve `new URL("literal", import.meta.url)` at build time, leave it.
 */
function defaultWasm() {
  const here = import.meta.url;
  if (!/\/node_modules\/\.vite\/deps(_[\w-]+)?\/[^/]*$/.test(new URL(here).pathname)) return undefined;
  const fromViteDeps = "../../inkasso/inkasso_bg.wasm";
  return new URL(fromViteDeps, here);
}

/** `{ module_or_path }` (or nothing): the .wasm to load. A bare URL or bytes are accepted too. */
function moduleOrPath(options) {
  if (options === undefined || options === null) return undefined;
  if (Object.getPrototypeOf(options) === Object.prototype && "module_or_path" in options) return options.module_or_path;
  return options;
}

/**
 * Loads and instantiates inkasso_bg.wasm; call once (again: does nothing) before anything else.
 * `options.module_or_path`: where the .wasm is (a URL or string), a `Response` or its promise,
 * its bytes, or a compiled `WebAssembly.Module`; by default the file next to this module.
 */
export default async function init(options) {
  if (ready) return;
  const input = moduleOrPath(options) ?? defaultWasm();
  try {
    await (input === undefined ? glueInit() : glueInit({ module_or_path: input }));
  } catch (e) {
    const notWasm = /magic (word|number)|expected magic/i.test(String(e?.message));
    throw invoicingError(
      "NOT_INITIALISED",
      `inkasso: could not load inkasso_bg.wasm${input === undefined ? "" : ` from ${String(input)}`}: ${e?.message ?? e}` +
        (notWasm
          ? ". The server answered with something that is not WebAssembly (often an HTML fallback page): serve the package's inkasso_bg.wasm next to its JS, or pass its URL as `init({ module_or_path })`. With a dev server that pre-bundles dependencies (Vite with a custom cacheDir, …), exclude the package from that step: `optimizeDeps: { exclude: [\"inkasso\"] }` in vite.config.js."
          : ""),
      e,
    );
  }
  ready = true;
}

/** Instantiates the module synchronously from `options.module`: the .wasm bytes or a
 * compiled `WebAssembly.Module`. */
export function initSync(options) {
  if (ready) return;
  const module = options !== null && typeof options === "object" && Object.getPrototypeOf(options) === Object.prototype ? options.module : options;
  glue.initSync({ module });
  ready = true;
}

const policyOf = (policy) => (typeof policy === "string" ? { preset: policy } : policy);

export function version() { initialised("version"); return glue.version(); }
export function referenceRate(date, options) { initialised("referenceRate"); return glue.referenceRate(date, options); }
export function referenceRates(options) { initialised("referenceRates"); return glue.referenceRates(options); }
export function statement(claim, options) { initialised("statement"); return glue.statement(claim, options); }
export function statementMany(claims, options) { initialised("statementMany"); return glue.statementMany(claims, options); }
export function holidays(year) { initialised("holidays"); return glue.holidays(year); }
export function nextBankDay(date) { initialised("nextBankDay"); return glue.nextBankDay(date); }
export function presets() { initialised("presets"); return glue.presets(); }
export function kinds() { initialised("kinds"); return glue.kinds(); }
export function timeline(claim, policy, options) { initialised("timeline"); return glue.timeline(claim, policyOf(policy), options); }
export function check(claim, policy) { initialised("check"); return glue.check(claim, policyOf(policy)); }
export function limitation(claim) { initialised("limitation"); return glue.limitation(claim); }
export function letter(claim, options) { initialised("letter"); return glue.letter(claim, options); }
export function instalmentPlan(claim, plan, options) { initialised("instalmentPlan"); return glue.instalmentPlan(claim, plan, options); }
