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

// ---- The fast boundary (issue 15; BENCHMARKS.md) ----
// An input that is plain JSON data crosses into wasm as one `JSON.stringify` text, read there
// by serde_json into the same input types as the value-by-value reader (`statementJson`, …).
// `plainJson` walks the value first and refuses what JSON cannot carry faithfully (NaN,
// ±Infinity, -0, integers beyond 2^53, BigInt, undefined, functions, symbols, Dates and other non-plain objects,
// `toJSON`): those go to the value reader, which gives them their precise codes. When the text
// does not read in wasm (a wrong type, an unknown field, …) the wasm side answers `undefined`
// and the value reader is asked again, so every error keeps its code, field and message.
// The walk also enforces limits before anything is copied into wasm (items per array of a
// claim, characters in one call, nesting) and turns a throwing getter, a throwing Proxy trap or
// a revoked Proxy into an InvoicingError without entering wasm at all.

/** Items accepted per array of a claim and of the options (the core's limits). */
const LIMITS = new Map([["invoices", 1000], ["payments", 1000], ["steps", 100], ["rates", 1000]]);
/** Longest array of another name walked; a longer one is left to the value reader. */
const MAX_OTHER_ITEMS = 100_000;
/** Characters in the strings and keys of one call's inputs. */
const MAX_CHARS = 64 * 1024 * 1024;
/** Deeper inputs are left to the value reader (every real input is a few levels deep). */
const MAX_DEPTH = 16;
/** Longest message thrown (a message echoes the input's text). */
const MAX_MESSAGE = 1000;

function pathText(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out;
}

function fieldError(code, message, path) {
  const field = path.length === 0 ? null : pathText(path);
  const error = invoicingError(code, field === null ? message : `${field}: ${message}`);
  error.field = field;
  return error;
}

/** True when `value` (with everything in it) is plain JSON data; throws an InvoicingError for
 * what no reader may touch; false for what the value reader must judge. */
function walk(value, depth, state) {
  switch (typeof value) {
    case "string":
      state.chars += value.length;
      if (state.chars > MAX_CHARS) {
        throw fieldError("TOO_MANY_ITEMS", `the input is larger than ${MAX_CHARS / 1024 / 1024} MB of text`, []);
      }
      return true;
    case "number":
      // Finite, not -0, and within ±(2^53 − 1): the value reader hands larger integers over
      // as floating point, serde_json as exact integers (the same codes, other messages).
      return value - value === 0 && !(value === 0 && 1 / value < 0) && Math.abs(value) <= Number.MAX_SAFE_INTEGER;
    case "boolean":
      return true;
    case "object":
      if (value === null) return true;
      break;
    default:
      return false;
  }
  if (depth > MAX_DEPTH) return false;
  const path = state.path;
  if (Array.isArray(value)) {
    const n = value.length;
    const name = path.length === 0 ? undefined : path[path.length - 1];
    const limit = typeof name === "string" ? LIMITS.get(name) : undefined;
    if (limit !== undefined && n > limit) {
      throw fieldError("TOO_MANY_ITEMS", `${n} ${name}: at most ${limit} are accepted`, path);
    }
    if (path.length > 0 && n > MAX_OTHER_ITEMS) return false;
    for (let i = 0; i < n; i++) {
      path.push(i);
      if (!walk(value[i], depth + 1, state)) return false;
      path.pop();
    }
    return true;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  if (typeof value.toJSON === "function") return false;
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    state.chars += key.length;
    path.push(key);
    if (!walk(value[key], depth + 1, state)) return false;
    path.pop();
  }
  return true;
}

/** The JSON text of `value` when it is plain data, else undefined; throws an InvoicingError
 * (INVALID_TYPE, at the property being read) when reading it throws, and TOO_MANY_ITEMS past
 * a limit. `state` is shared by the arguments of one call (its character budget). */
function plainJson(value, state) {
  state.path.length = 0;
  let plain;
  try {
    plain = walk(value, 0, state);
  } catch (e) {
    if (e?.name === "InvoicingError") throw e;
    throw fieldError("INVALID_TYPE", "the input could not be read: a property getter or a Proxy trap threw (or the Proxy was revoked)", state.path);
  }
  return plain ? JSON.stringify(value) : undefined;
}

const newState = () => ({ chars: 0, path: [] });

/** The arrays of a statement, in the order of its keys and of the parts of its text. */
const STATEMENT_ARRAYS = ["interestLines", "feeLines", "allocations", "invoices", "warnings"];

/** `object[key]` parsed from `text` on first read (then an ordinary data property); writing it
 * first replaces it. The key keeps its place among the object's keys. */
function lazyProperty(object, key, text) {
  const define = (value) => {
    Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  if (text === "[]") {
    define([]);
    return;
  }
  let parsed;
  Object.defineProperty(object, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (parsed === undefined) parsed = JSON.parse(text);
      // A frozen or sealed statement keeps its accessor; it answers the same array every time.
      if (Object.isExtensible(object)) define(parsed);
      return parsed;
    },
    set: define,
  });
}

/** A statement from the wasm side's text (the statement without its arrays, then each array,
 * separated by NUL): a plain object whose arrays are parsed when first read. */
function lazyStatement(text) {
  const parts = text.split("\u0000");
  const statement = JSON.parse(parts[0]);
  for (let i = 0; i < STATEMENT_ARRAYS.length; i++) lazyProperty(statement, STATEMENT_ARRAYS[i], parts[i + 1]);
  return statement;
}

/** Reads every argument once for what no reader may touch (throwing getters, revoked Proxies,
 * inputs past the limits) before the value reader sees them. */
function screen(...values) {
  const state = newState();
  for (const value of values) plainJson(value, state);
}

/** Caps an InvoicingError's message (messages quote the input). */
function capped(error) {
  if (typeof error.message === "string" && error.message.length > MAX_MESSAGE) {
    error.message = `${error.message.slice(0, MAX_MESSAGE - 1)}…`;
  }
  return error;
}

/** Runs `f` against the module; anything but an InvoicingError that escapes (a JS exception
 * thrown through wasm frames, a trap) leaves the instance in doubt, so a fresh instance of the
 * same module replaces it, and the caller gets an InvoicingError. */
function guarded(f) {
  try {
    return f();
  } catch (e) {
    if (e?.name === "InvoicingError" && typeof e.code === "string") throw capped(e);
    try {
      glue.__inkassoReinstantiate();
    } catch {
      ready = false;
    }
    const message = String(e?.message ?? e).slice(0, 200);
    throw invoicingError("INVALID_TYPE", `inkasso: the input could not be read (${message}); the module was re-instantiated`, e);
  }
}

export function version() { initialised("version"); return glue.version(); }
export function referenceRate(date, options) {
  initialised("referenceRate");
  return guarded(() => { screen(date, options); return glue.referenceRate(date, options); });
}
export function referenceRates(options) {
  initialised("referenceRates");
  return guarded(() => { screen(options); return glue.referenceRates(options); });
}
export function statement(claim, options) {
  initialised("statement");
  return guarded(() => {
    const state = newState();
    const claimText = plainJson(claim, state);
    const optionsText = claimText === undefined ? undefined : plainJson(options, state);
    if (optionsText !== undefined) {
      const result = glue.statementJson(claimText, optionsText);
      if (result !== undefined) return lazyStatement(result);
    } else if (claimText === undefined) {
      plainJson(options, state);
    }
    return glue.statement(claim, options);
  });
}
export function statementMany(claims, options) {
  initialised("statementMany");
  return guarded(() => {
    const state = newState();
    const claimsText = plainJson(claims, state);
    const optionsText = plainJson(options, state);
    if (claimsText !== undefined && optionsText !== undefined) {
      const result = glue.statementManyJson(claimsText, optionsText);
      if (result !== undefined) {
        for (let i = 0; i < result.length; i++) result[i] = lazyStatement(result[i]);
        return result;
      }
    }
    return glue.statementMany(claims, options);
  });
}
/** The totals (capital, interest, fees, total, credit, per diem) of `claim` on each of `dates`:
 * the claim read and checked once (a chart, a "what if I pay later" slider). */
export function totals(claim, dates, options) {
  initialised("totals");
  return guarded(() => {
    const state = newState();
    const claimText = plainJson(claim, state);
    const datesText = plainJson(dates, state);
    const optionsText = options === undefined ? "null" : plainJson(options, state);
    if (claimText !== undefined && datesText !== undefined && optionsText !== undefined) {
      const result = glue.totalsJson(claimText, datesText, optionsText);
      if (result !== undefined) return result;
    }
    return glue.totals(claim, dates, options);
  });
}
export function holidays(year) { initialised("holidays"); return guarded(() => glue.holidays(year)); }
export function nextBankDay(date) { initialised("nextBankDay"); return guarded(() => glue.nextBankDay(date)); }
export function presets() { initialised("presets"); return glue.presets(); }
export function kinds() { initialised("kinds"); return glue.kinds(); }
export function timeline(claim, policy, options) {
  initialised("timeline");
  return guarded(() => { screen(claim, policy, options); return glue.timeline(claim, policyOf(policy), options); });
}
export function check(claim, policy) {
  initialised("check");
  return guarded(() => { screen(claim, policy); return glue.check(claim, policyOf(policy)); });
}
export function limitation(claim) {
  initialised("limitation");
  return guarded(() => { screen(claim); return glue.limitation(claim); });
}
export function letter(claim, options) {
  initialised("letter");
  return guarded(() => { screen(claim, options); return glue.letter(claim, options); });
}
export function instalmentPlan(claim, plan, options) {
  initialised("instalmentPlan");
  return guarded(() => { screen(claim, plan, options); return glue.instalmentPlan(claim, plan, options); });
}
