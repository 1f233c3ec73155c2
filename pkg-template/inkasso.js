// The web entry of the package (browsers, bundlers, Deno, workers): the wasm-bindgen glue in
// inkasso_glue.js, wrapped so that
//   - `init()` fetches inkasso_bg.wasm next to this module (bundlers see the
//     `new URL("inkasso_bg.wasm", import.meta.url)` in the glue and emit the file), also from
//     the Vite dev server's pre-bundled copy, and a file that is not WebAssembly (a dev
//     server's HTML fallback page) fails with a clear message;
//   - `init(options)` and `initSync(options)` take the object forms only (no deprecated call);
//   - a function called before initialisation throws an InvoicingError `NOT_INITIALISED`
//     instead of "Cannot read properties of undefined";
// @full-module {
//   - `timeline` and `check` accept a preset id as the policy (`timeline(claim, "standard")`).
// @full-module }
// Node loads inkasso-node.js (ESM) or inkasso-node.cjs (require) instead, which initialise
// synchronously from the packaged file on import.
import glueInit, * as glue from "./inkasso_glue.js";

let ready = false;
/** Set when a failed call left the instance in doubt and replacing it failed too (the JS stack
 * was nearly exhausted, say): the next call replaces it first (`sound`). */
let broken = false;

/** What every function throws on bad input or misuse: a real `Error` with a stable `code`
 * and the `field` at fault (a path such as `invoices[0].amount`, or null). `instanceof
 * InvoicingError` tells it from anything else. */
export class InvoicingError extends Error {
  constructor(code, message, field = null, options) {
    super(message, options);
    this.name = "InvoicingError";
    this.code = code;
    this.field = field;
  }
}

function invoicingError(code, message, cause) {
  return new InvoicingError(code, message, null, cause === undefined ? undefined : { cause });
}

/** An error the engine threw (a JS `Error` named InvoicingError, made in wasm): made an
 * instance of the exported class. */
function adopted(error) {
  if (!(error instanceof InvoicingError) && error instanceof Error) Object.setPrototypeOf(error, InvoicingError.prototype);
  return error;
}

/** Throws NOT_INITIALISED unless `init()` or `initSync()` has succeeded. */
function initialised(name) {
  if (!ready) {
    throw invoicingError(
      "NOT_INITIALISED",
      `inkasso: ${name}() was called before the module was initialised: \`await init()\` first (in Node, importing the package by its name initialises it from the inkasso_bg.wasm beside it, if it can be read: a bundle must copy that file next to its output, or pass it with \`initSync({ module })\`)`,
    );
  }
  sound();
}

/** Replaces an instance left in doubt (`broken`) before it is used again; throws
 * NOT_INITIALISED when that fails once more (the next call tries again). */
function sound() {
  if (!broken) return;
  try {
    glue.__inkassoReinstantiate();
    broken = false;
  } catch (e) {
    throw invoicingError(
      "NOT_INITIALISED",
      `inkasso: the module could not be instantiated again after an earlier failure (${String(e?.message ?? e).slice(0, 200)}); the next call tries again`,
      e,
    );
  }
}

/**
 * Where the .wasm is when `init()` is given nothing. Normally the glue's own default, the file
 * next to it. The Vite dev server, though, pre-bundles dependencies into
 * node_modules/.vite/deps/ (away from the .wasm, and it answers a missing file with its HTML
 * page): from there the package's file is ../../inkasso/inkasso_bg.wasm. The path is joined at
 * run time and resolved by a function of its arguments, so that bundlers, which resolve
 * `new URL("…", import.meta.url)` at build time (Turbopack even through a constant), leave it:
 * a Next.js review found Turbopack failing every build on the path, which exists only in
 * Vite's cache.
 */
function defaultWasm() {
  const here = import.meta.url;
  if (!/\/node_modules\/\.vite\/deps(_[\w-]+)?\/[^/]*$/.test(new URL(here).pathname)) return undefined;
  return urlAt(["..", "..", "inkasso", "inkasso_bg.wasm"].join("/"), here);
}

/** `new URL(path, base)`, out of a bundler's sight (see `defaultWasm`). */
function urlAt(path, base) {
  return new URL(path, base);
}

/** `{ module_or_path }` (or nothing): the .wasm to load. A bare URL or bytes are accepted too. */
function moduleOrPath(options) {
  return optionOf(options, "module_or_path");
}

/** `options[key]` when `options` is an options object (of any realm or prototype: anything
 * but the module itself, its bytes, a URL, a request or a response), else `options`. */
function optionOf(options, key) {
  if (options === undefined || options === null || typeof options !== "object") return options;
  if (isModuleSource(options)) return options;
  if (Object.prototype.toString.call(options) === "[object String]") return String(options);
  if (typeof options.then === "function") return options; // a thenable: its module, later
  if (key in options) return options[key];
  const keys = Object.keys(options);
  if (keys.length === 0) return undefined; // `{}`: the default
  throw new Error(`the options have no \`${key}\` (they have ${keys.slice(0, 5).map((k) => `\`${sliceChars(k, 40)}\``).join(", ")})`);
}

/** The first `n` characters of `text`, never ending inside a surrogate pair. */
function sliceChars(text, n) {
  if (text.length <= n) return text;
  const last = text.charCodeAt(n - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? n - 1 : n);
}

/** `f()`, or `fallback` when it throws (a message is made from any value, a Proxy's or a
 * revoked one's included, and never throws itself). */
function safely(f, fallback) {
  try {
    return f();
  } catch {
    return fallback;
  }
}

/** True for what is itself a module source: a compiled module, its bytes, a URL, a Request or
 * Response (or their promise). */
function isModuleSource(value) {
  if (ArrayBuffer.isView(value)) return true;
  const tag = Object.prototype.toString.call(value);
  return ["[object WebAssembly.Module]", "[object ArrayBuffer]", "[object SharedArrayBuffer]", "[object URL]", "[object Request]", "[object Response]", "[object Promise]"].includes(tag);
}

/** The module source as a message names it: a URL or path as given (cut), anything else by
 * its kind, so that a message never repeats the bytes or a page. */
function described(input) {
  return safely(() => {
    if (typeof input === "string") return sliceChars(input, 200);
    const tag = Object.prototype.toString.call(input);
    if (tag === "[object URL]") return sliceChars(String(input.href), 200);
    if (ArrayBuffer.isView(input)) return `${input.byteLength} bytes`;
    return tag.slice(8, -1);
  }, "what was given");
}

/** The message of `e` (anything thrown), at most `n` characters. */
const messageOf = (e, n) => safely(() => sliceChars(String(e?.message ?? e), n), "an error without a message");

/** The one `init` under way: a second waits for it (the glue would give it the same promise,
 * and the failure of a wrong module to both). */
let initialising;

/**
 * Loads and instantiates inkasso_bg.wasm; call once (again: does nothing) before anything else.
 * `options.module_or_path`: where the .wasm is (a URL or string), a `Response` or its promise,
 * its bytes, or a compiled `WebAssembly.Module`; by default the file next to this module.
 */
export default async function init(options) {
  while (initialising !== undefined) {
    try {
      await initialising;
    } catch {
      // Its caller is told; this one tries its own module.
    }
  }
  if (ready) {
    // Nothing to load; bytes or a compiled module given are still judged, as `initSync` judges
    // them (a diff review found another module's file taken in silence in Node).
    const input = readOptions(options);
    const given = safely(() => Object.prototype.toString.call(input) === "[object WebAssembly.Module]" || bytesOf(input) !== undefined, false);
    const fault = given ? safely(() => notAModule(input) || notThisModule(input), "it could not be checked") : "";
    if (fault) throw invoicingError("NOT_INITIALISED", cut(`inkasso: could not load inkasso_bg.wasm from ${described(input)}: ${fault}`));
    return;
  }
  const once = initOnce(options);
  initialising = once;
  try {
    await once;
  } finally {
    initialising = undefined;
  }
}

/** `init`'s `options.module_or_path`; options that cannot be read (a revoked Proxy, a throwing
 * getter, another key) are said to be that, as `initSync` says it, with no advice on loading
 * (an integrator's review). */
function readOptions(options) {
  try {
    return moduleOrPath(options);
  } catch (e) {
    throw invoicingError("NOT_INITIALISED", cut(`inkasso: init() could not read its options: ${messageOf(e, 300)}`), e);
  }
}

async function initOnce(options) {
  let input = readOptions(options);
  try {
    input ??= defaultWasm();
    await (input === undefined ? glueInit() : glueInit({ module_or_path: input }));
    notOurs();
  } catch (e) {
    // An `initSync` may have succeeded meanwhile: its instance stays (the glue may have put
    // this module in its place before its start failed).
    if (ready) glue.__inkassoRestore(working);
    else glue.__inkassoForget();
    // WebAssembly that is not this package's module needs no advice on loading (it loaded).
    const foreign = safely(() => notOursHint(e), "");
    throw invoicingError(
      "NOT_INITIALISED",
      cut(
        `inkasso: could not load inkasso_bg.wasm${input === undefined ? "" : ` from ${described(input)}`}: ${foreign ? `${foreign}: ` : ""}${messageOf(e, 300)}` +
          (foreign ? "" : safely(() => notWasmHint(e) || loadHint(e), "")),
      ),
      e,
    );
  }
  ready = true;
}

/** Throws when the module instantiated is not this package's (another WebAssembly module):
 * the caller forgets it, so that a later init with the right one starts afresh. */
function notOurs() {
  if (!glue.__inkassoIsOurs()) throw new Error("the module is not this package's inkasso_bg.wasm (its exports differ)");
}

/** Once the module is ready (in Node, on import), why `module`, WebAssembly, is not the one in
 * use: another module, or the package's other one (inkasso_bg.wasm and
 * inkasso_statement_bg.wasm; an integrator's review found either entry taking the other's file
 * in silence in Node, which a browser, not yet ready, refuses). Judged from its imports and
 * exports: compiled, not instantiated. "" when it is this module. */
function notThisModule(module) {
  let compiled = module;
  if (Object.prototype.toString.call(module) !== "[object WebAssembly.Module]") {
    try {
      compiled = new WebAssembly.Module(bytesOf(module));
    } catch (e) {
      return `the bytes could not be compiled as WebAssembly (${messageOf(e, 200)})`;
    }
  }
  let fits;
  try {
    fits = glue.__inkassoFits(WebAssembly.Module.imports(compiled), WebAssembly.Module.exports(compiled));
  } catch (e) {
    // An object that only looks like a module (its Symbol.toStringTag).
    return `${described(module)} is not a compiled WebAssembly.Module (${messageOf(e, 200)})`;
  }
  return fits ? "" : "the bytes are WebAssembly but not this package's inkasso_bg.wasm (another file, or another version of it)";
}

/** The bytes `module` holds as a Uint8Array WebAssembly takes (of any typed array, a DataView,
 * an ArrayBuffer; a copy of a SharedArrayBuffer's, which WebAssembly refuses), or undefined
 * when it holds none. */
function bytesOf(module) {
  const tag = Object.prototype.toString.call(module);
  const view = ArrayBuffer.isView(module)
    ? new Uint8Array(module.buffer, module.byteOffset, module.byteLength)
    : tag === "[object ArrayBuffer]" || tag === "[object SharedArrayBuffer]"
      ? new Uint8Array(module)
      : undefined;
  return view !== undefined && Object.prototype.toString.call(view.buffer) === "[object SharedArrayBuffer]" ? view.slice() : view;
}

/** Why `module` cannot be instantiated by `initSync`, judged without instantiating it: not a
 * compiled `WebAssembly.Module` nor bytes, or bytes that are not WebAssembly ("" when it may
 * be instantiated). */
function notAModule(module) {
  if (Object.prototype.toString.call(module) === "[object WebAssembly.Module]") return "";
  const bytes = bytesOf(module);
  // A path or URL written as a string is not the module (an error-message review found the
  // string read as a claim about the file).
  if (typeof module === "string") return `got the string ${JSON.stringify(sliceChars(module, 200))}, not the module: pass the bytes of inkasso_bg.wasm (in Node, \`readFileSync(path)\`) or a compiled WebAssembly.Module, or give the URL to \`await init({ module_or_path })\``;
  if (bytes === undefined) return `${described(module)} is neither the bytes of inkasso_bg.wasm nor a compiled WebAssembly.Module`;
  const magic = [0x00, 0x61, 0x73, 0x6d];
  if (bytes.length >= 8 && magic.every((b, i) => bytes[i] === b)) return "";
  if (bytes.length < 8) return `the ${bytes.length} bytes given are too few for WebAssembly (a module has at least 8)`;
  return `the ${bytes.length} bytes given do not begin with WebAssembly's magic word${notWasmHint({ message: "expected magic word" })}`;
}

/** Said of WebAssembly that is not this package's module: its exports or imports differ
 * (`wasm.__wbindgen_start is not a function`, a LinkError), "" for any other failure (an
 * error-message review found the glue's words passed on alone). Put before the error's own
 * words, which stay. */
function notOursHint(e) {
  const text = String(e?.message ?? e);
  if (!/__wbindgen|__wbg|LinkError|Import #|is not a function/.test(text) && e?.name !== "LinkError") return "";
  return "the bytes are WebAssembly but not this package's inkasso_bg.wasm (another file, or another version of it)";
}

/** What to change when the bytes given or fetched are not WebAssembly ("" otherwise). */
function notWasmHint(e) {
  if (!/magic (word|number)|expected magic/i.test(String(e?.message))) return "";
  return ". The bytes are not WebAssembly (often a server's HTML fallback page): serve the package's inkasso_bg.wasm next to its JS, or pass its URL as `init({ module_or_path })`. With a dev server that pre-bundles dependencies (Vite with a custom cacheDir, …), exclude the package from that step: `optimizeDeps: { exclude: [\"inkasso\"] }` in vite.config.js.";
}

/** What to change when the .wasm could not be fetched at all ("" when no advice fits). */
function loadHint(e) {
  const inNode = typeof process === "object" && typeof process?.versions?.node === "string";
  if (inNode) {
    return ". In Node, the package imported by its name reads the inkasso_bg.wasm beside its entry itself and needs no init (a bundle must copy that file next to its output; in Next.js, list the package by its name in `serverExternalPackages: [\"inkasso\"]` so that server code loads it unbundled); else pass the file's bytes: `init({ module_or_path: readFileSync(path) })` (Node's fetch does not read file: URLs or paths).";
  }
  if (e?.name === "TypeError") return ". Check that the URL is right and served (the browser's network panel shows the request), or pass the bytes or a compiled module instead.";
  return "";
}

/** Instantiates the module synchronously from `options.module`: the .wasm bytes or a
 * compiled `WebAssembly.Module`. */
export function initSync(options) {
  let module;
  try {
    module = optionOf(options, "module");
  } catch (e) {
    throw invoicingError("NOT_INITIALISED", cut(`inkasso: initSync() could not read \`options.module\`: ${messageOf(e, 300)}`), e);
  }
  if (module === undefined || module === null) {
    throw invoicingError(
      "NOT_INITIALISED",
      "inkasso: initSync() needs the module: `initSync({ module })` with the bytes of inkasso_bg.wasm or a compiled WebAssembly.Module (or use `await init()`, which fetches it)",
    );
  }
  // What was given is judged before anything is instantiated, ready or not (in Node, ready on
  // import, there is nothing to instantiate), so that a browser and Node say the same of it (a
  // diff review found V8's words in a browser, "Argument 0 must be a buffer source").
  const fault = safely(() => notAModule(module), "") || (ready ? safely(() => notThisModule(module), "it could not be checked") : "");
  if (fault) throw invoicingError("NOT_INITIALISED", cut(`inkasso: initSync() could not instantiate the module: ${fault}`));
  if (ready) return;
  try {
    // A DataView or shared memory's bytes as WebAssembly takes them.
    glue.initSync({ module: safely(() => bytesOf(module), undefined) ?? module });
    notOurs();
  } catch (e) {
    if (!ready) glue.__inkassoForget();
    const foreign = safely(() => notOursHint(e), "");
    throw invoicingError("NOT_INITIALISED", cut(`inkasso: initSync() could not instantiate the module: ${foreign ? `${foreign}: ` : ""}${messageOf(e, 300)}${safely(() => notWasmHint(e), "")}`), e);
  }
  working = glue.__inkassoSnapshot();
  ready = true;
}

/** The instance `initSync` made, put back when an `init` under way meanwhile fails after the
 * glue took its module. */
let working;

// @full-module { (scripts/build.sh leaves this out of the statement module's statement.js)
const policyOf = (policy) => (typeof policy === "string" ? { preset: policy } : policy);

/** `f()`, with a preset id given as the policy (`timeline(claim, "nope")`) refused as the
 * argument it is: at `policy`, not at the `preset` key `policyOf` made of it. */
function asPolicy(policy, f) {
  try {
    return f();
  } catch (e) {
    const key = "policy.preset";
    if (typeof policy === "string" && e instanceof InvoicingError && e.field === key) {
      e.field = "policy";
      if (e.message.startsWith(key)) e.message = `policy${e.message.slice(key.length)}`;
    }
    throw e;
  }
}
// @full-module }

// ---- The boundary (issue 15; BENCHMARKS.md) ----
// Every argument crosses into wasm as one text, read there by one strict reader
// (src/input/reader.rs) into the input types. `encode` walks the value once, in JS: plain JSON data
// (the usual case) is sent as `JSON.stringify(value)`; anything else is written by `write`
// below as the same JSON extended with what JSON cannot carry faithfully (`undefined`, `NaN`,
// `Infinity`, `-Infinity`, `-0`, and markers for BigInt, functions and symbols), objects by
// their own enumerable keys without `toJSON`, so that the reader can give each its precise
// code and message. The walk also enforces limits before anything is copied into wasm (items
// per array of a claim, characters in one call, nesting) and turns a throwing getter, a
// throwing Proxy trap or a revoked Proxy into an InvoicingError without entering wasm at all.

/** Items accepted per array of a claim and of the options (the core's limits). */
const LIMITS = new Map([["invoices", 1000], ["payments", 1000], ["credits", 1000], ["steps", 100], ["rates", 1000]]);
/** Where in the error's `field` a refusal of the walk is put: the argument as a whole. */
const WHOLE = Symbol("whole argument");
/** The claims of one `statementMany` call (src/wasm/convert.rs `MAX_CLAIMS`), refused before
 * they are walked, as the engine words it. */
const MANY_CLAIMS = { limit: 1_000_000, noun: "claims", path: WHOLE };
/** The dates of one `totals` call (src/wasm/fast.rs `MAX_DATES`), likewise. */
const TOTALS_DATES = { limit: 100_000, noun: "dates", path: WHOLE };
/** Each argument as the engine names its fields (src/wasm): `name` for the argument as a
 * whole, `prefix` before a path within it (a policy's `policy.reminder.channel`, `dates[0]`;
 * a claim's and the options' fields have none), `whole` for a value with no fields of its own
 * (a date, a year: anything wrong in it is the argument's), `top` the export's own limit on
 * its items, `noArray` for an argument no array can be (an object, a string, a number). */
const ARG = {
  claim: { name: "claim", prefix: [], noArray: true },
  claims: { name: "claims", prefix: [], top: MANY_CLAIMS },
  options: { name: "options", prefix: [], noArray: true },
  policy: { name: "policy", prefix: ["policy"], noArray: true },
  plan: { name: "plan", prefix: ["plan"], noArray: true },
  dates: { name: "dates", prefix: ["dates"], top: TOTALS_DATES },
  date: { name: "date", prefix: [], whole: true, noArray: true },
  year: { name: "year", prefix: [], whole: true, noArray: true },
};
/** Longest array of another name inside an argument (longer: `!bigarray`, TOO_MANY_ITEMS). */
const MAX_OTHER_ITEMS = 100_000;
/** Characters of one call's inputs as JSON writes them: strings and keys with their quotes (a
 * long one with its escapes), brackets, colons and commas, `NUMBER_CHARS` for a number, 4 or 5
 * for the words. */
const MAX_CHARS = 64 * 1024 * 1024;
/** The longest a number is written (`-1.2345678901234567e-300`): what each counts. */
const NUMBER_CHARS = 24;
/** The longest string or key accepted anywhere in an input (no field takes more than 200
 * characters): a longer one is refused at once, TOO_MANY_ITEMS at its field, before it is
 * copied anywhere. */
const MAX_STRING = 65536;
/** Deeper values are written as empty containers. No input is more than four levels deep (a
 * claim's invoice's amount in `statementMany`: array, claim, `invoices`, invoice, amount), so
 * the reader refuses anything deeper where it stands, at a shallower level than this: what is
 * below never changes the outcome. Kept low so that a value that contains itself (`a.push(a,
 * a, a)`) or shares its parts many times over is cheap to walk: the walk is at most fan-out to
 * this power, and the character budget (which counts each array's items) bounds the rest. */
const MAX_DEPTH = 6;
/** Longest message thrown (a message echoes the input's text). */
const MAX_MESSAGE = 1000;

/** A field path as the engine writes it (src/error.rs `push_key`): `invoices[0].amount`, and a
 * key that is not an identifier as JS would index it, `invoices[0]["amount.x"]`. */
function pathText(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (!IDENTIFIER.test(segment)) out += `[${JSON.stringify(segment).replace(LINE_BREAKS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out;
}
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** Line breaks JSON.stringify leaves as they are: escaped too, so that a path is one line. */
const LINE_BREAKS = /[\u0085\u2028\u2029]/g;

function fieldError(code, message, path) {
  const field = path.length === 0 ? null : pathText(path);
  const error = invoicingError(code, field === null ? message : `${field}: ${message}`);
  error.field = field;
  return error;
}

/** Counts `n` characters of the call's input (a string's, a key's, or one per array item)
 * against its budget; throws a Refusal past it. */
function countChars(state, n) {
  state.chars += n;
  // Not `>`: a count that is no number (NaN) is refused too, never let through.
  if (!(state.chars <= MAX_CHARS)) throw tooLarge();
}
/** An array's `length` as `JSON.stringify` reads it (ToLength: a whole number from 0, NaN as
 * 0, `"1"` as 1), so that the walk, `write` and the text agree: a Proxy answering a `length`
 * that is no whole number (a red team's NaN switched the budget off) is written as
 * `JSON.stringify` would write it. Reading it may throw (a Symbol, a BigInt): the input's
 * failure to be read. */
function arrayLength(value) {
  // Unary plus, as ToLength: a BigInt length throws, as it does in `JSON.stringify`.
  const n = Math.trunc(+value.length);
  return n > 0 ? Math.min(n, Number.MAX_SAFE_INTEGER) : 0;
}
// The call's arguments together (so no one field): said with what to do (an error-message
// review found no remedy).
const tooLarge = () => new Refusal(`the input is larger than ${MAX_CHARS / 1024 / 1024} MB of text (all the call's arguments together): split it over several calls, such as fewer claims to each statementMany`, []);

/** Counts the string or key `text` against the budget; refuses one over `MAX_STRING` (a
 * Refusal without a path: the value's own, or for a key the object's). A short one counts its
 * characters and quotes, exactly what JSON writes unless it needs escapes. */
function countText(state, text, extra = 0) {
  const n = text.length;
  if (n > MAX_STRING) throw new Refusal(`a text of ${n} characters: at most ${MAX_STRING} are accepted in one value`, undefined);
  if (n <= LONG_TEXT) {
    if (state.exact) {
      // Only a string that needs escapes is written to be measured (a review found one
      // `JSON.stringify` per string made a large `statementMany` 1.7 times slower).
      countChars(state, (NEEDS_ESCAPE.test(text) ? JSON.stringify(text).length : n + 2) + extra);
      return;
    }
    countChars(state, n + 2 + extra);
    state.short += n;
    return;
  }
  // A long one counts what it takes once written and encoded: its escapes (a control character
  // or a lone surrogate is six) and its UTF-8 bytes (up to three a character); the bytes beyond
  // its text are `slack` (see `encodeText`).
  const escaped = JSON.stringify(text).length;
  const bytes = /^[\x00-\x7f]*$/.test(text) ? escaped : Math.max(escaped, 3 * n);
  state.slack += bytes - escaped;
  countChars(state, bytes + extra);
}
/** Longer strings are counted with their escapes and bytes. */
const LONG_TEXT = 256;
/** A character `JSON.stringify` escapes: a quote, a backslash, a control character, a
 * surrogate (a lone one is escaped; a pair is tested by `JSON.stringify` itself). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** True for the RangeError V8 throws when a string would be longer than it can make. */
const tooLongForJs = (e) => e instanceof RangeError && /invalid string length/i.test(String(e.message));

/** What the walk itself refuses (an array over its limit, an input over its size): thrown by
 * `walk` and `write`, made an InvoicingError TOO_MANY_ITEMS by `readError`, at `path` when it
 * has one, else at the path being read. Anything else thrown while reading the input (by a
 * getter, a Proxy trap, even an InvoicingError of a nested call) is the input's failure to be
 * read, INVALID_TYPE at that path. */
class Refusal {
  constructor(message, path) {
    this.message = message;
    this.path = path;
  }
}

/** Throws a Refusal when the array of `n` items read at key `name`, `depth` levels down, is
 * over its limit (at the top, the call's own: `state.top`); true when it is too long for
 * `walk` (an array of another name, not at the top: `write` marks it `!bigarray`). Counts its
 * items against the character budget (each is at least one character of the text). */
function checkLength(n, name, depth, state) {
  if (depth === 0) {
    const top = state.top;
    if (top !== undefined && n > top.limit) throw new Refusal(`${n} ${top.noun}: at most ${top.limit} in one call`, top.path);
  } else {
    const limit = typeof name === "string" ? LIMITS.get(name) : undefined;
    if (limit !== undefined && n > limit) throw new Refusal(`${n} ${name}: at most ${limit} are accepted`, undefined);
    if (n > MAX_OTHER_ITEMS) return true;
  }
  // Its brackets and the commas between its items.
  countChars(state, n === 0 ? 2 : n + 1);
  return false;
}

/** True when `value` (with everything in it) is plain JSON data that `JSON.stringify` writes
 * as the reader must see it; throws past a limit. `name` is the key or index `value` was read
 * at. No path is kept on the way down (a third of the walk's time when it was): when reading a
 * value throws, each level adds its key to `state.unwound` on the way out (`walkAt`). */
function walk(value, depth, state, name) {
  // A claim of `statementMany` that is no object goes to `write`, which stops there, where the
  // reader refuses it: a fault after it is not what the call reports.
  if (depth === 1 && state.top === MANY_CLAIMS && typeof name === "number" && !isClaimShaped(value)) return false;
  switch (typeof value) {
    case "string":
      countText(state, value);
      return true;
    case "number":
      // Finite and not -0 (JSON.stringify writes -0 as 0).
      if (value - value !== 0 || (value === 0 && 1 / value < 0)) {
        countChars(state, NUMBER_CHARS);
        return false;
      }
      if (state.exact) {
        // Counted as written (the walk made again near the budget, see `encodeText`: an
        // input under 64 MB of text is not refused for its numbers' allowance).
        countChars(state, String(value).length);
        return true;
      }
      countChars(state, NUMBER_CHARS);
      // What the budget counts beyond the text (see `encodeText`).
      state.slack += NUMBER_CHARS - String(value).length;
      return true;
    case "boolean":
      if (state.exact) {
        countChars(state, value ? 4 : 5);
        return true;
      }
      countChars(state, 5);
      if (value) state.slack += 1;
      return true;
    case "object":
      if (value === null) {
        countChars(state, 4);
        return true;
      }
      break;
    default:
      return false;
  }
  if (depth > MAX_DEPTH) return false;
  // An array or object with a `toJSON` (own or inherited) goes to `write`, which never calls
  // it: `JSON.stringify` would.
  if (typeof value.toJSON === "function") return false;
  if (Array.isArray(value)) {
    const n = arrayLength(value);
    if (checkLength(n, name, depth, state)) return false;
    for (let i = 0; i < n; i++) {
      if (!walkAt(value, i, depth, state)) return false;
    }
    return true;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== null && (proto !== Object.prototype || state.inheritsKeys)) return false;
  // Binary data given a plain prototype: `write` marks it, without a key per element.
  if (ArrayBuffer.isView(value)) return false;
  // `for … in` rather than `Object.keys`: no array of keys made (a third of the walk). It
  // visits own keys only: the prototype is null or an Object.prototype without enumerable
  // properties (checked above).
  countChars(state, 2);
  let keys = 0;
  for (const key in value) {
    // The key, its quotes, its colon and a comma.
    countText(state, key, 2);
    keys++;
    if (!walkAt(value, key, depth, state)) return false;
  }
  // One comma fewer than keys.
  if (keys !== 0) state.slack += 1;
  return true;
}

/** Whether a claim of `statementMany` is an object (not null, not an array): the reader
 * refuses anything else where it stands. */
const isClaimShaped = (item) => typeof item === "object" && item !== null && !Array.isArray(item);

/** `walk` of `container[key]`; when it throws, `key` joins the path (innermost first). */
function walkAt(container, key, depth, state) {
  try {
    return walk(container[key], depth + 1, state, key);
  } catch (e) {
    state.unwound.push(key);
    throw e;
  }
}

/** The extended text of any value (see above); the same checks as `walk`. */
function write(value, depth, state) {
  switch (typeof value) {
    case "string": {
      countText(state, value);
      const text = JSON.stringify(value);
      // With its escapes, which the count of a short string leaves out.
      if (value.length <= LONG_TEXT) countChars(state, text.length - value.length - 2);
      return text;
    }
    case "number": {
      // As written (the markers of the values JSON cannot carry are no longer).
      const text = value !== value ? "NaN" : value === 0 && 1 / value < 0 ? "-0" : String(value);
      countChars(state, text.length);
      return text;
    }
    case "boolean":
      countChars(state, value ? 4 : 5);
      return value ? "true" : "false";
    case "undefined":
      countChars(state, 9);
      return "undefined";
    case "bigint":
      countChars(state, 9);
      return "!bigint";
    case "function":
      countChars(state, 9);
      return "!function";
    case "symbol":
      countChars(state, 9);
      return "!symbol";
    default:
      if (value === null) {
        countChars(state, 4);
        return "null";
      }
  }
  // A container met again at the same depth and key (a value that contains itself, or shares
  // its parts) is written once: its text and the characters it counted are reused. A few bytes
  // of self-reference (`a.push(a, a, … twenty times)`) then cost the size of their text, and
  // the budget refuses it at once, instead of fan-out to the sixth power of steps (52 s).
  const path = state.path;
  // The key matters only for an array with a limit of its own (`payments`, …).
  const key = path[path.length - 1];
  const name = typeof key === "string" && LIMITS.has(key) && Array.isArray(value) ? key : undefined;
  const written = (state.written ??= new Map());
  const seen = written.get(value);
  if (seen !== undefined && seen.depth === depth && seen.name === name) {
    countChars(state, seen.chars);
    return seen.text;
  }
  const before = state.chars;
  const text = writeContainer(value, depth, state);
  // Bounded: a large input of many containers (class instances, say) keeps the first ones only.
  if (written.size < MAX_WRITTEN) written.set(value, { depth, name, chars: state.chars - before, text });
  return text;
}
/** Containers whose text `write` keeps for reuse, at most. */
const MAX_WRITTEN = 65536;

/** `write` of an array or object. Binary data (a typed array, a Node Buffer, an ArrayBuffer, a
 * DataView) and a boxed String, Number or Boolean are written as markers that no input
 * accepts, instead of one key per element or character. */
function writeContainer(value, depth, state) {
  const path = state.path;
  const foreign = foreignObject(value);
  if (foreign !== undefined) {
    countChars(state, 9);
    return foreign;
  }
  if (Array.isArray(value)) {
    if (depth > MAX_DEPTH) return "[]";
    const n = arrayLength(value);
    if (checkLength(n, path[path.length - 1], path.length, state)) return "!bigarray";
    let out = "[";
    // The claims of `statementMany` are read in order, and one that is no object is refused
    // where it stands: nothing after it is written (a red team's `Array(1e6)` of holes, or of
    // arrays, was written whole, up to 60 MB, to be refused at `[0]`).
    const claims = depth === 0 && state.top === MANY_CLAIMS;
    for (let i = 0; i < n; i++) {
      path.push(i);
      const item = value[i];
      out += (i === 0 ? "" : ",") + write(item, depth + 1, state);
      path.pop();
      if (claims && !isClaimShaped(item)) break;
    }
    return out + "]";
  }
  if (depth > MAX_DEPTH) return "{}";
  // An array-like (a Proxy around binary data or a String object, say) longer than any array
  // is refused before its keys are listed: `Object.keys` would make one string per element.
  const proto = Object.getPrototypeOf(value);
  const length = proto === Object.prototype || proto === null ? undefined : value.length;
  if (typeof length === "number" && length > MAX_OTHER_ITEMS) throw new Refusal(`an object of ${length} elements: at most ${MAX_OTHER_ITEMS} are accepted`, undefined);
  const keys = Object.keys(value);
  countChars(state, 2 + keys.length);
  let out = "{";
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    countText(state, key, 1);
    const quotedKey = JSON.stringify(key);
    if (key.length <= LONG_TEXT) countChars(state, quotedKey.length - key.length - 2);
    path.push(key);
    out += (i === 0 ? "" : ",") + quotedKey + ":" + write(value[key], depth + 1, state);
    path.pop();
  }
  // A getter of the object's class (an ORM entity's `get dueDate()`) is no own key, so it is
  // not read, as JSON.stringify does not read it: it is named with a marker, which the reader
  // refuses for a field it takes (INVALID_TYPE, there) and passes over otherwise (a TypeScript
  // user's review: the invoice's due date was dropped in silence).
  if (proto !== Object.prototype && proto !== null) {
    const getters = classGetters(proto, value, state);
    // Too many to look at: refused where it stands, never read without them (a docs review:
    // past the old cap of 64, a getter for the due date was passed over in silence).
    if (getters === undefined) {
      countChars(state, 12);
      return "!manygetters";
    }
    for (const name of getters) {
      const quoted = JSON.stringify(name);
      countText(state, name, 1);
      countChars(state, quoted.length - name.length + 7);
      out += (out === "{" ? "" : ",") + quoted + ":!getter";
    }
  }
  return out + "}";
}

/** The names of the getters on the prototype chain from `proto` (up to, not including,
 * `Object.prototype`) that `value` has no own property of; undefined when the chain has more
 * than `MAX_GETTERS` getters or `MAX_PROTOTYPES` prototypes (the object is then refused). Each
 * prototype's chain is listed once per call (class instances share it). */
function classGetters(proto, value, state) {
  const cache = (state.getters ??= new Map());
  let names = cache.get(proto);
  if (names === undefined) {
    names = chainGetters(proto);
    cache.set(proto, names);
  }
  return names === null ? undefined : names.filter((name) => !Object.prototype.hasOwnProperty.call(value, name));
}
/** The getters on the chain from `proto`, or null past the limits. */
function chainGetters(proto) {
  const names = new Set();
  for (let level = 0; proto !== null && proto !== Object.prototype; level++) {
    if (level >= MAX_PROTOTYPES) return null;
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (Object.getOwnPropertyDescriptor(proto, name)?.get === undefined) continue;
      names.add(name);
      if (names.size > MAX_GETTERS) return null;
    }
    proto = Object.getPrototypeOf(proto);
  }
  return [...names];
}
/** The getters and prototypes of an input object's class that are looked at, at most. */
const MAX_GETTERS = 256;
const MAX_PROTOTYPES = 32;

/** The marker of binary data or a boxed primitive (`!binary`, `!boxed`), else undefined. By
 * the object's class tag, so that one from another realm (an iframe, a `vm` context) is told
 * too. */
function foreignObject(value) {
  if (ArrayBuffer.isView(value)) return "!binary";
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === Array.prototype || proto === null) return undefined;
  switch (Object.prototype.toString.call(value)) {
    case "[object ArrayBuffer]":
    case "[object SharedArrayBuffer]":
    case "[object DataView]":
      return "!binary";
    case "[object String]":
    case "[object Number]":
    case "[object Boolean]":
    case "[object Symbol]":
    case "[object BigInt]":
      return "!boxed";
    case "[object Promise]":
      return "!promise";
    case "[object Date]":
      return "!date";
    // Objects whose data is not in own enumerable keys: read by their keys, they would be `{}`
    // (a RegExp or an Error as a policy: the defaults).
    case "[object RegExp]":
    case "[object Error]":
      return "!instance";
    case "[object Map]":
    case "[object Set]":
    case "[object WeakMap]":
    case "[object WeakSet]":
      return "!collection";
    default:
      // A typed array behind a Proxy that answers its tag.
      return /^\[object (Big)?(Int|Uint|Float)\d+(Clamped)?Array\]$/.test(Object.prototype.toString.call(value)) ? "!binary" : undefined;
  }
}

/** The text of `value` for the wasm reader; throws an InvoicingError (INVALID_TYPE, at the
 * property being read) when reading it throws, and TOO_MANY_ITEMS past a limit. `state` is
 * shared by the arguments of one call (its character budget); `top`, when given, limits the
 * items of `value` itself when it is an array: `{ limit, noun, path }` (the export's own limit,
 * worded as the engine words it). */
function encodeText(value, state, arg) {
  const chars = state.chars;
  const slack = state.slack;
  state.top = arg.top;
  // An array where the argument takes none is refused by the reader as the wrong type whatever
  // it holds: it crosses empty, unread (a docs review: five million holes took a second to be
  // refused, and five million items were refused as too large rather than as an array).
  if (arg.noArray === true && isArray(value, arg)) return "[]";
  try {
    state.unwound.length = 0;
    const short = state.short;
    let plain = walk(value, 0, state, undefined);
    // Short strings are counted without their escapes (six characters for a control
    // character): when they could take the text past the budget, the walk is made again
    // counting each escape, before `JSON.stringify` is asked to build the text (a red team's
    // 100 000 strings of 255 control characters made it build 153 million characters).
    if (plain && state.chars + 5 * (state.short - short) > MAX_CHARS) {
      state.chars = chars;
      state.slack = slack;
      state.exact = true;
      try {
        plain = walk(value, 0, state, undefined);
      } finally {
        state.exact = false;
      }
    }
    if (plain) {
      // `JSON.stringify` reads every value again: when that throws (a getter throwing, or
      // answering a BigInt or a cyclic object, the second time), `write` reads once more and
      // finds the field.
      const text = stringified(value);
      // The walk counted what the text takes, to the character (less `slack`: a number counts
      // `NUMBER_CHARS`), unless a short string needs escapes (a quote, a backslash, a control
      // character). A text of any other length is such a string, or a getter that answered
      // the second read with another value (a string over the limit, or nothing where the
      // walk counted a long string: a red team hid a string of 59 million characters so):
      // `write` then reads once more, checking each value it writes.
      if (text !== undefined && text.length === state.chars - chars - (state.slack - slack)) return checkedText(text);
    }
  } catch (e) {
    throw readError(e, state.unwound.reverse(), arg);
  }
  state.path.length = 0;
  state.chars = chars;
  let text;
  try {
    text = write(value, 0, state);
  } catch (e) {
    throw readError(e, state.path, arg);
  }
  // Escapes (a control character or a lone surrogate is written as six) make the text longer
  // than the characters counted.
  if (text.length > MAX_CHARS) throw readError(tooLarge(), [], arg);
  return text;
}

/** `JSON.stringify(value)`, or `undefined` when it throws; past the longest string V8 can
 * make, the input is too large (a Refusal). */
function stringified(value) {
  try {
    return JSON.stringify(value);
  } catch (e) {
    if (tooLongForJs(e)) throw tooLarge();
    return undefined;
  }
}

/** `text`, the `JSON.stringify` of a value `walk` passed, unless it is longer than the budget.
 * `JSON.stringify` reads every value again: a getter (or Proxy) that answers it with another
 * value than the walk's, a string over the budget say, is refused here, before anything is
 * copied into wasm. */
function checkedText(text) {
  if (text.length > MAX_CHARS) throw tooLarge();
  return text;
}

/** What `encodeText` throws for `e`, thrown while reading the value at `path` within `arg`. */
function readError(e, path, arg) {
  if (tooLongForJs(e)) e = tooLarge();
  if (e instanceof Refusal) return fieldError("TOO_MANY_ITEMS", e.message, e.path === WHOLE ? [arg.name] : e.path === undefined ? argPath(arg, path) : e.path);
  return fieldError("INVALID_TYPE", "the input could not be read: a property getter or a Proxy trap threw (or the Proxy was revoked)", argPath(arg, path));
}

/** `path` within `arg` as the engine writes it: the argument's name for the whole of it. */
function argPath(arg, path) {
  return arg.whole || path.length === 0 ? [arg.name] : [...arg.prefix, ...path];
}

/** The UTF-8 bytes of a call's argument texts (`undefined` stays `undefined`), as the exports
 * take them, in one buffer reused from call to call (the glue copies them into wasm memory at
 * once): `TextEncoder.encodeInto` measured several times faster than the glue's own
 * character-by-character copy of a string argument. Called only once every text of the call is
 * made, with nothing in between: reading an argument may run the caller's getters, and one of
 * them could call the package again and reuse the buffer. A text too large for the buffer
 * stays a string: the glue writes it into wasm memory itself (`encodeInto` straight into the
 * memory when it is ASCII; scripts/build.sh patches `passArray8ToWasm0` for that), so no copy of
 * its bytes is made in JS. */
function bytes(...texts) {
  let at = 0;
  const out = texts;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i];
    if (text === undefined) continue;
    const most = text.length * 3;
    // The budget counts characters; a text long enough to be more than the budget in UTF-8
    // (three bytes a character at most) is measured before anything is copied.
    if (most > MAX_CHARS && !/^[\x00-\x7f]*$/.test(text) && utf8in.encode(text).length > MAX_CHARS) {
      throw readError(tooLarge(), []);
    }
    if (most > MAX_SCRATCH) {
      // A large argument crosses as the text itself: the glue writes it into wasm memory with
      // `encodeInto` when it is ASCII, and encodes it first otherwise (scripts/build.sh).
      continue;
    }
    if (at + most > scratch.length) {
      // The arguments before keep the old buffer.
      scratch = new Uint8Array(Math.min(MAX_SCRATCH * 4, Math.max(2 * scratch.length, most)));
      at = 0;
    }
    const { written } = utf8in.encodeInto(text, scratch.subarray(at));
    out[i] = scratch.subarray(at, at + written);
    at += written;
  }
  return out;
}
const utf8in = new TextEncoder();
/** Decodes the ASCII text of a statement of `statementMany`. */
const ascii = new TextDecoder();
const MAX_SCRATCH = 1 << 20;
let scratch = new Uint8Array(1 << 16);

/** The bytes `from … to` of an argument as `bytes` gave it, kept past the call: a copy of the
 * shared buffer's, the text's own characters when it is an ASCII string, or slices of its
 * encoding (made on first use) when it is any other string. */
function keptBytes(arg, ascii) {
  if (typeof arg !== "string") {
    const kept = arg.buffer === scratch.buffer ? arg.slice() : arg;
    return (from, to) => kept.subarray(from, to);
  }
  if (ascii) return (from, to) => utf8in.encode(arg.slice(from, to));
  let encoded;
  return (from, to) => (encoded ??= utf8in.encode(arg)).subarray(from, to);
}

/** `Array.isArray(value)`; what it throws (a revoked Proxy) is the argument's failure to be
 * read. */
function isArray(value, arg) {
  try {
    return Array.isArray(value);
  } catch (e) {
    throw readError(e, [], arg);
  }
}

/** The text of an optional argument: `undefined` when it is left out or nullish. */
function encodeOptional(value, state, arg) {
  return value === undefined || value === null ? undefined : encodeText(value, state, arg);
}

/** True when Object.prototype has an enumerable property (someone added one): `walk`'s
 * `for … in` would visit it in every object, so objects then take the slower `write`. */
function prototypeHasEnumerable() {
  for (const _ in Object.prototype) return true;
  return false;
}

/** One call's state: characters read so far (all its arguments), the path `write` is at, the
 * path `walk` unwound when reading threw, and whether Object.prototype has enumerable keys. */
const newState = () => ({ chars: 0, slack: 0, short: 0, exact: false, path: [], unwound: [], inheritsKeys: prototypeHasEnumerable(), top: undefined, written: undefined });


/** Node's `util.inspect` (and so `console.log`) shows a result as `JSON.stringify` gives it:
 * with its texts and its statements built, not as the accessors that build them on first
 * read. A non-enumerable symbol: nothing that copies, compares or serialises a result sees it. */
const INSPECT = Symbol.for("nodejs.util.inspect.custom");
const inspectSlot = { value: inspectPlain, writable: true, enumerable: false, configurable: true };
function inspectPlain(depth, options) {
  try {
    if (!Array.isArray(this)) return JSON.parse(JSON.stringify(this));
    // `statementMany`'s array: only the statements shown are made.
    // (As long as the array, holes past those: Node counts them as "more items".)
    const shown = Math.min(this.length, options?.maxArrayLength ?? 100);
    const out = new Array(this.length);
    for (let i = 0; i < shown; i++) out[i] = JSON.parse(JSON.stringify(this[i]) ?? "null");
    return out;
  } catch {
    return this; // a cycle, a BigInt or a throwing getter added by the caller: as it is
  }
}
/** Gives `result` (a statement, or `statementMany`'s array) the plain inspection above. */
function inspectable(result) {
  if (result !== null && typeof result === "object" && Object.isExtensible(result)) Object.defineProperty(result, INSPECT, inspectSlot);
  return result;
}

/** Makes `object[key]` an ordinary data property holding `value`. */
function settle(object, key, value) {
  Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  return value;
}

/** A write to a property made on first read: it becomes an ordinary data property holding
 * `value`, as it would be in a plain object. A sealed object keeps its accessor (it can no
 * longer be redefined): `keep(value)` keeps the value for the getter to answer, as a sealed
 * plain object keeps a write. A frozen object refuses the write with the TypeError a frozen
 * plain object throws in strict mode (in sloppy mode a plain one ignores it silently). */
function assign(object, key, value, keep) {
  if (Reflect.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true })) return;
  if (isFrozen(object)) throw new TypeError(`Cannot assign to read only property '${String(key)}' of object`);
  keep(value);
}

/** Whether `object` was frozen (not only sealed). V8's `Object.isFrozen` answers true for a
 * sealed array whose elements are all accessors (its writable `length` notwithstanding): an
 * array is frozen when its `length` is read-only. */
function isFrozen(object) {
  return Array.isArray(object) ? Object.getOwnPropertyDescriptor(object, "length")?.writable === false : Object.isFrozen(object);
}

/** Where a statement finds the arrays it makes on first read: a non-enumerable own property
 * under this symbol, `{ interestLines, feeLines, allocations, invoices, warnings }`, each the
 * function that makes that array (then `[array]` once made) or `undefined`. As with `TEXTS`,
 * one getter per key serves every statement, so that statements stay in V8's fast mode. */
const PARTS = Symbol("inkasso.parts");
/** The descriptor of `PARTS`, its value set per statement. */
const partsSlot = { value: undefined, writable: false, enumerable: false, configurable: true };

/** The property descriptor of a statement's `key` made on first read (then an ordinary data
 * property); writing it first replaces it. */
function partOf(key) {
  return {
    enumerable: true,
    configurable: true,
    get() {
      const parts = this[PARTS];
      let made = parts === undefined ? undefined : parts[key];
      if (typeof made === "function") made = parts[key] = [made()];
      const value = made === undefined ? undefined : made[0];
      // A frozen or sealed statement keeps its accessor; it answers the same value every time.
      if (Object.isExtensible(this)) settle(this, key, value);
      return value;
    },
    set(value) {
      const parts = this[PARTS];
      assign(this, key, value, (v) => {
        if (parts !== undefined) parts[key] = [v];
      });
    },
  };
}
const partDescriptors = {
  interestLines: partOf("interestLines"),
  feeLines: partOf("feeLines"),
  allocations: partOf("allocations"),
  invoices: partOf("invoices"),
  warnings: partOf("warnings"),
};

/** Adds `statement[key]`, made by `make()` on first read, after its other keys. */
function later(statement, key, make) {
  let parts = statement[PARTS];
  if (parts === undefined) {
    parts = { interestLines: undefined, feeLines: undefined, allocations: undefined, invoices: undefined, warnings: undefined };
    partsSlot.value = parts;
    Object.defineProperty(statement, PARTS, partsSlot);
  }
  parts[key] = make;
  Object.defineProperty(statement, key, partDescriptors[key]);
}

/** `array[from + k]` for `k` in `0 … count - 1` made by `make(k)` on first read (then an
 * ordinary element), like a statement's arrays; writing one first replaces it. Two closures
 * an element (a getter is not told which element it serves), and no third for `make`: this
 * runs for every statement of `statementMany`. */
function lazyElements(array, from, count, make) {
  for (let k = 0; k < count; k++) {
    const index = from + k;
    let made = false;
    let value;
    Object.defineProperty(array, index, {
      enumerable: true,
      configurable: true,
      get() {
        if (!made) {
          value = make(k);
          made = true;
        }
        // A frozen or sealed array keeps its accessor; it answers the same value every time.
        if (Object.isExtensible(array)) settle(array, index, value);
        return value;
      },
      set(v) {
        assign(array, index, v, (kept) => {
          value = kept;
          made = true;
        });
      },
    });
  }
}

/** Where a line finds its text (an interest or fee line's `explanation`, a warning's `text`):
 * a non-enumerable own property under this symbol, `{ texts, lines, values, index }`, where
 * `texts()` answers every text of the statement at once (from wasm, once per statement),
 * `lines` is the line's array in its order (a private copy, which the caller may not reorder),
 * and `values` (the texts of that array) and `index` (line → position) are kept once read. Nothing that copies,
 * compares or serialises a line sees it (`JSON.stringify`, `Object.keys`, spread,
 * `structuredClone`, `assert.deepStrictEqual`); `Reflect.ownKeys` does. It lets one getter
 * serve every line of every statement: with a getter of their own per statement (before), V8
 * turned every line after the first statement's into a dictionary, four times slower to make
 * (and slower to read). */
const TEXTS = Symbol("inkasso.texts");
/** The descriptor of `TEXTS`, its value set per statement. */
const textsSlot = { value: undefined, writable: false, enumerable: false, configurable: true };

/** The property descriptor of `name` (`explanation`, or `text` for warnings) for the lines of
 * `key`: built when first read (with every other text of the statement), then answered from
 * the statement's texts; writing it first replaces it with an ordinary data property. It stays
 * an accessor once read: turning it into a data property on every first read (as before) cost
 * V8 a change of shape per line, more than building the texts. */
function explanationOf(key) {
  return {
    enumerable: true,
    configurable: true,
    get() {
      const by = this[TEXTS];
      if (by === undefined) return undefined;
      by.values ??= by.texts()[key];
      by.index ??= new Map(by.lines.map((line, i) => [line, i]));
      return by.values[by.index.get(this)];
    },
    set(value) {
      const by = this[TEXTS];
      assign(this, key === "warnings" ? "text" : "explanation", value, (v) => {
        if (by === undefined) return;
        by.values ??= by.texts()[key].slice();
        by.index ??= new Map(by.lines.map((line, i) => [line, i]));
        by.values[by.index.get(this)] = v;
      });
    },
  };
}
const explanations = {
  interestLines: explanationOf("interestLines"),
  feeLines: explanationOf("feeLines"),
  warnings: explanationOf("warnings"),
};

/** Gives `line` its text on first read: `by` is its statement's `{ texts, lines, … }`. */
function explainLine(line, by, key, name) {
  textsSlot.value = by;
  Object.defineProperty(line, TEXTS, textsSlot);
  Object.defineProperty(line, name, explanations[key]);
}

/** Gives each line of `lines` (the lines of `key` of a statement) its text on first read. */
function explainOnAccess(lines, key, texts) {
  if (lines.length === 0) return lines;
  const by = { texts, lines: lines.slice(), values: undefined, index: undefined };
  const name = key === "warnings" ? "text" : "explanation";
  for (let i = 0; i < lines.length; i++) explainLine(lines[i], by, key, name);
  return lines;
}
function interestLines(values, texts) {
  if (values.length === 0) return [];
  const n = values.length / 11;
  const lines = new Array(n);
  const own = new Array(n);
  const by = { texts, lines: own, values: undefined, index: undefined };
  let invoice, base, rate, referenceRate, rule;
  for (let i = 0, k = 0; i < n; i++, k += 11) {
    if (values[k] !== 0) invoice = values[k];
    if (values[k + 5] !== 0) base = values[k + 5];
    if (values[k + 6] !== 0) rate = values[k + 6];
    if (values[k + 7] !== 0) referenceRate = values[k + 7];
    if (values[k + 9] !== 0) rule = values[k + 9];
    const line = { invoice, from: values[k + 1], to: values[k + 2], days: values[k + 3], yearDays: values[k + 4], base, rate, referenceRate, amount: values[k + 8], rule };
    if (values[k + 10] === 1) line.assumed = true;
    explainLine(line, by, "interestLines", "explanation");
    own[i] = line;
    lines[i] = line;
  }
  return lines;
}

/** The allocations from their rows (src/wasm/fast.rs `AllocationRows`): one flat array of 7
 * values each, `payment, date, amount, fees, interest, capital, credit`. */
function allocations(values) {
  const out = new Array(values.length / 7);
  for (let i = 0, k = 0; i < out.length; i++, k += 7) {
    out[i] = {
      payment: values[k],
      date: dayText(values[k + 1]),
      amount: oreText(values[k + 2]),
      fees: oreText(values[k + 3]),
      interest: oreText(values[k + 4]),
      capital: oreText(values[k + 5]),
      credit: oreText(values[k + 6]),
    };
  }
  return out;
}
/** `YYYY-MM-DD` of the day `n` days after 1970-01-01 (the proleptic Gregorian calendar, in
 * integers: H. Hinnant's civil_from_days). Every engine date has a four-digit year. */
function dayText(n) {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}
/** An amount in öre as the engine writes it: two decimals, `-` when negative (`"-3.50"`). */
function oreText(n) {
  const digits = String(n < 0 ? -n : n).padStart(3, "0");
  return `${n < 0 ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** The fields of a statement's text (src/wasm/fast.rs `Statements`), read in order from `at`:
 * each ends with U+0001. */
class Fields {
  constructor(text, at) {
    this.text = text;
    this.at = at;
  }
  next() {
    const stop = this.text.indexOf("\u0001", this.at);
    // Never short (the engine writes every field it promises); were it, a loop would not end.
    if (stop < 0) throw new Error("inkasso: a statement's text ended early");
    const value = this.text.slice(this.at, stop);
    this.at = stop + 1;
    return value;
  }
}

/** Texts that crossed as JSON strings (a fee line's rule; an invoice number that is not plain
 * ASCII), decoded once each: the rules are a few texts cited by most fee lines. */
const decodedTexts = new Map();
/** A text field: as it is, or decoded when it is a JSON string (it starts with `"`). */
function textOf(field) {
  if (field.charCodeAt(0) !== 34) return field;
  let text = decodedTexts.get(field);
  if (text === undefined) {
    text = JSON.parse(field);
    if (decodedTexts.size < 256) decodedTexts.set(field, text);
  }
  return text;
}

/** `count` fee lines from `fields` (`kind, date, amount, unpaid, invoice, step, rule` each; an
 * empty invoice or step: the line has none). */
function feeLines(fields, count, texts) {
  const lines = new Array(count);
  for (let i = 0; i < count; i++) {
    const line = { kind: fields.next(), date: fields.next(), amount: fields.next(), unpaid: fields.next() };
    const invoice = fields.next();
    if (invoice !== "") line.invoice = textOf(invoice);
    const step = fields.next();
    if (step !== "") line.step = +step;
    line.rule = textOf(fields.next());
    lines[i] = line;
  }
  return explainOnAccess(lines, "feeLines", texts);
}
/** `count` invoice standings from `fields` (`number, effectiveDueDate, interestFrom, capital,
 * interest` each). */
function invoiceStandings(fields, count) {
  const invoices = new Array(count);
  for (let i = 0; i < count; i++) {
    invoices[i] = {
      number: textOf(fields.next()),
      effectiveDueDate: fields.next(),
      interestFrom: fields.next(),
      capital: fields.next(),
      interest: fields.next(),
    };
  }
  return invoices;
}
/** `count` warnings from `fields` (`code, field, halfYear` each; empty: the warning has none;
 * `2027-H1/2040-H2`: a run of half-years, `halfYear` through `throughHalfYear`). */
function warningsOf(fields, count, texts) {
  const warnings = new Array(count);
  for (let i = 0; i < count; i++) {
    const warning = { code: fields.next() };
    const field = fields.next();
    if (field !== "") warning.field = field;
    const halfYear = fields.next();
    if (halfYear !== "") {
      const slash = halfYear.indexOf("/");
      if (slash < 0) warning.halfYear = halfYear;
      else {
        warning.halfYear = halfYear.slice(0, slash);
        warning.throughHalfYear = halfYear.slice(slash + 1);
      }
    }
    warnings[i] = warning;
  }
  return explainOnAccess(warnings, "warnings", texts);
}
/** The items of an array written apart: its count, then its items' fields. */
function itemsOf(part, read, texts) {
  const fields = new Fields(part, 0);
  return read(fields, +fields.next(), texts);
}

/** Reads the statements in `text` (from wasm, src/wasm/fast.rs `Statements`: each statement's
 * fields, each ended by U+0001, NUL, then each array written apart, NUL-ended, in the order of
 * the `0`s and `-`s that stand for them; ASCII throughout) into `out`: plain objects whose long
 * arrays are read when first read. The lines' explanations and the warnings' texts crossed
 * without them: `textsOf(index)` gives, for the statement that will be `out[index]`, the
 * function that answers all of them at once (asked the first time one is read). */
function readStatements(text, out, textsOf) {
  const end = text.indexOf("\0");
  const fields = new Fields(text, 0);
  let at = end + 1;
  /** The next part (an array written apart), unread. */
  const part = () => {
    const stop = text.indexOf("\0", at);
    const slice = text.slice(at, stop);
    at = stop + 1;
    return slice;
  };
  // The five arrays in the order of the statement's keys and of the parts (interestLines,
  // feeLines, allocations, invoices, warnings): `0` (a JSON array) or `-` (items) stands for a
  // part, read when first read.
  while (fields.at < end) {
    // The keys are added in their order; an array made on first read is an accessor.
    const s = {
      asOf: fields.next(),
      capital: fields.next(),
      interest: fields.next(),
      fees: fields.next(),
      total: fields.next(),
      credit: fields.next(),
      perDiem: fields.next(),
    };
    const texts = textsOf(out.length);
    let v = fields.next();
    if (v === "[]") s.interestLines = [];
    else if (v !== "0") s.interestLines = interestLines(JSON.parse(v), texts);
    else {
      const p = part();
      later(s, "interestLines", () => interestLines(JSON.parse(p), texts));
    }
    v = fields.next();
    if (v !== "-") s.feeLines = feeLines(fields, +v, texts);
    else {
      const p = part();
      later(s, "feeLines", () => itemsOf(p, feeLines, texts));
    }
    v = fields.next();
    if (v === "[]") s.allocations = [];
    else if (v !== "0") s.allocations = allocations(JSON.parse(v));
    else {
      const p = part();
      later(s, "allocations", () => allocations(JSON.parse(p)));
    }
    v = fields.next();
    if (v !== "-") s.invoices = invoiceStandings(fields, +v);
    else {
      const p = part();
      later(s, "invoices", () => itemsOf(p, invoiceStandings));
    }
    v = fields.next();
    if (v !== "-") s.warnings = warningsOf(fields, +v, texts);
    else {
      const p = part();
      later(s, "warnings", () => itemsOf(p, warningsOf, texts));
    }
    out.push(s);
  }
  return out;
}

/** Caps an InvoicingError's message (messages quote the input, and the field's path). The
 * field stays exact: a path naming a long key (at most 65 536 characters) names it whole. */
function capped(error) {
  if (typeof error.message === "string") error.message = cut(shortenedRuns(error.message));
  return error;
}

/** A message over `MAX_MESSAGE` characters with each run of 120 or more characters without a
 * space, quote, backtick, bracket or colon (a long key in the path and in the text, a long value)
 * shortened to its first 60 and an ellipsis: what the message says of it stays (an
 * error-message review found a 2 000-character key leaving no explanation). */
function shortenedRuns(text) {
  if (text.length <= MAX_MESSAGE) return text;
  return text.replace(/[^\s`"'[\]:]{120,}/gu, (run) => `${sliceChars(run, 60)}…`);
}

/** `text`, cut to `MAX_MESSAGE` characters with an ellipsis when longer, never inside a
 * surrogate pair. */
function cut(text) {
  if (text.length <= MAX_MESSAGE) return text;
  let end = MAX_MESSAGE - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** Runs `f` against the module; anything but an InvoicingError that escapes (a JS exception
 * thrown through wasm frames, a trap) leaves the instance in doubt, so a fresh instance of the
 * same module replaces it, and the caller gets an InvoicingError. */
function guarded(f) {
  sound();
  try {
    return f();
  } catch (e) {
    if (e?.name === "InvoicingError" && typeof e.code === "string") throw capped(adopted(e));
    // Replaced now, or (when that fails too: the JS stack is nearly exhausted, say) before
    // the next call uses it.
    broken = true;
    try {
      glue.__inkassoReinstantiate();
      broken = false;
    } catch {
      // `sound` tries again at the next call.
    }
    const message = String(e?.message ?? e).slice(0, 200);
    // A stack overflow is the caller's stack, nearly exhausted when the call began (a red
    // team found a valid claim blamed), or an input nested or recursing past it.
    const what = e instanceof RangeError ? "the JavaScript stack ran out while the input was read" : "the input could not be read";
    throw invoicingError("INVALID_TYPE", `inkasso: ${what} (${message}); the module was re-instantiated`, e);
  } finally {
    // The texts passed as strings may be large: not kept past the call.
    glue.__inkassoForgetPassed();
  }
}

export function version() { initialised("version"); return guarded(() => glue.version()); }
export function referenceRate(date, options) {
  initialised("referenceRate");
  return guarded(() => {
    const state = newState();
    return glue.referenceRate(...bytes(encodeText(date, state, ARG.date), encodeOptional(options, state, ARG.options)));
  });
}
export function referenceRates(options) {
  initialised("referenceRates");
  return guarded(() => glue.referenceRates(...bytes(encodeOptional(options, newState(), ARG.options))));
}
export function statement(claim, options) {
  initialised("statement");
  return guarded(() => {
    const state = newState();
    const claimText = encodeText(claim, state, ARG.claim);
    const optionsText = encodeText(options, state, ARG.options);
    const result = glue.statement(...bytes(claimText, optionsText));
    // The texts of the lines and warnings, from the same input, the first time one is read.
    let texts;
    const explain = () => (texts ??= guarded(() => glue.statementTexts(...bytes(claimText, optionsText))));
    return inspectable(readStatements(result, [], () => explain)[0]);
  });
}
export function statementMany(claims, options) {
  initialised("statementMany");
  return guarded(() => {
    const state = newState();
    const [claimsArg, optionsBytes] = bytes(encodeText(claims, state, ARG.claims), encodeText(options, state, ARG.options));
    const chunks = glue.statementMany(claimsArg, optionsBytes);
    // The last element holds each claim's byte range in the claims' UTF-8 text: a statement's
    // texts are computed from its claim's own bytes the first time one of them is read. The
    // bytes are kept for that (copied out of the buffer the next call reuses); a large text
    // crossed as a string (see `bytes`) is kept as the string, sliced by character when it was
    // ASCII, encoded once on the first text read otherwise.
    const ranges = chunks[chunks.length - 1];
    const claimBytes = keptBytes(claimsArg, typeof claimsArg === "string" && glue.__inkassoPassedAscii(claimsArg));
    const optionsKept = optionsBytes.slice();
    const textsOf = (n) => {
      let texts;
      return () =>
        (texts ??= guarded(() => glue.statementTexts(claimBytes(ranges[2 * n], ranges[2 * n + 1]), optionsKept)));
    };
    // Each statement's object is made when it is first read: making 100 000 statements'
    // objects at once cost more than computing them. The chunks cross as the bytes (ASCII) of
    // groups of statements (src/wasm/fast.rs `Many`), each group as `readStatements` reads
    // them: a group is decoded and its objects made the first time one of them is read.
    const out = new Array(ranges.length / 2);
    for (let c = 0, n = 0; c < chunks.length - 1; c += 2) {
      const text = chunks[c];
      const groups = chunks[c + 1];
      for (let g = 0; g < groups.length; g += 2) {
        const from = groups[g];
        const to = g + 2 < groups.length ? groups[g + 2] : text.length;
        const first = n;
        let made;
        const group = () => (made ??= readStatements(ascii.decode(text.subarray(from, to)), [], (i) => textsOf(first + i)));
        lazyElements(out, first, groups[g + 1], (k) => inspectable(group()[k]));
        n += groups[g + 1];
      }
    }
    return inspectable(out);
  });
}
/** The totals (capital, interest, fees, total, credit, per diem, `rateNotCovered` when the
 * rate table leaves some interest out, `assumed` when an assumed row gave a rate,
 * `provisional` when a provisional one did, `timeBarred` the invoices time-barred) of `claim` on
 * each of `dates`: the claim read and checked once (a chart, a "what if I pay later" slider). */
export function totals(claim, dates, options) {
  initialised("totals");
  return guarded(() => {
    const state = newState();
    // One record per date: `asOf` (10 characters), the lengths of capital, interest, fees,
    // total, credit and perDiem as one character each (`@` + length; `@`: the previous
    // record's), the flags as one character (`0` + 1 rateNotCovered + 2 assumed + 4
    // provisional + 8 a new timeBarred), then those amounts, then with 8 the length of
    // timeBarred's JSON, `:` and that JSON (src/wasm/fast.rs `push_totals`). Read by
    // position: looking for separators cost half of this loop.
    const text = glue.totals(...bytes(encodeText(claim, state, ARG.claim), encodeText(dates, state, ARG.dates), encodeOptional(options, state, ARG.options)));
    const out = [];
    let capital, interest, fees, total, credit, perDiem, n, barred = [];
    for (let at = 0; at < text.length; ) {
      const asOf = text.slice(at, at + 10);
      const flags = text.charCodeAt(at + 16) - 48;
      const rateNotCovered = (flags & 1) !== 0;
      const assumed = (flags & 2) !== 0;
      const provisional = (flags & 4) !== 0;
      let p = at + 17;
      if ((n = text.charCodeAt(at + 10) - 64) !== 0) capital = text.slice(p, (p += n));
      if ((n = text.charCodeAt(at + 11) - 64) !== 0) interest = text.slice(p, (p += n));
      if ((n = text.charCodeAt(at + 12) - 64) !== 0) fees = text.slice(p, (p += n));
      if ((n = text.charCodeAt(at + 13) - 64) !== 0) total = text.slice(p, (p += n));
      if ((n = text.charCodeAt(at + 14) - 64) !== 0) credit = text.slice(p, (p += n));
      if ((n = text.charCodeAt(at + 15) - 64) !== 0) perDiem = text.slice(p, (p += n));
      if ((flags & 8) !== 0) {
        const colon = text.indexOf(":", p);
        const end = colon + 1 + Number(text.slice(p, colon));
        barred = JSON.parse(text.slice(colon + 1, end));
        p = end;
      }
      at = p;
      // Each record its own array (a caller may change one).
      const timeBarred = barred.length === 0 ? [] : barred.slice();
      out.push({ asOf, capital, interest, fees, total, credit, perDiem, rateNotCovered, assumed, provisional, timeBarred });
    }
    return out;
  });
}
export function holidays(year) {
  initialised("holidays");
  return guarded(() => glue.holidays(...bytes(encodeText(year, newState(), ARG.year))));
}
export function nextBankDay(date) {
  initialised("nextBankDay");
  return guarded(() => glue.nextBankDay(...bytes(encodeText(date, newState(), ARG.date))));
}
// @full-module { (scripts/build.sh leaves the exports below out of statement.js)
export function presets() { initialised("presets"); return guarded(() => glue.presets()); }
export function kinds() { initialised("kinds"); return guarded(() => glue.kinds()); }
export function timeline(claim, policy, options) {
  initialised("timeline");
  return asPolicy(policy, () => guarded(() => {
    const state = newState();
    return glue.timeline(...bytes(encodeText(claim, state, ARG.claim), encodeOptional(policyOf(policy), state, ARG.policy), encodeOptional(options, state, ARG.options)));
  }));
}
export function check(claim, policy, options) {
  initialised("check");
  return asPolicy(policy, () => guarded(() => {
    const state = newState();
    return glue.check(...bytes(encodeText(claim, state, ARG.claim), encodeOptional(policyOf(policy), state, ARG.policy), encodeOptional(options, state, ARG.options)));
  }));
}
export function limitation(claim, options) {
  initialised("limitation");
  return guarded(() => {
    const state = newState();
    return glue.limitation(...bytes(encodeText(claim, state, ARG.claim), encodeOptional(options, state, ARG.options)));
  });
}
export function letter(claim, options) {
  initialised("letter");
  return guarded(() => {
    const state = newState();
    return glue.letter(...bytes(encodeText(claim, state, ARG.claim), encodeText(options, state, ARG.options)));
  });
}
export function instalmentPlan(claim, plan, options) {
  initialised("instalmentPlan");
  return guarded(() => {
    const state = newState();
    return glue.instalmentPlan(...bytes(encodeText(claim, state, ARG.claim), encodeText(plan, state, ARG.plan), encodeOptional(options, state, ARG.options)));
  });
}
// @full-module }
