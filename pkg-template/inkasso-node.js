// The Node entry (ESM; `require` gets inkasso-node.cjs, built from this file): initialises
// synchronously from the packaged inkasso_bg.wasm on import, so every function works at once;
// `await init()` is accepted and does nothing more.
//
// A server bundle (Vite SSR with `noExternal`, esbuild --platform=node) that did not copy
// inkasso_bg.wasm next to the bundled file must not crash at import with a bare ENOENT that
// nothing can catch: the import succeeds, and each call throws NOT_INITIALISED saying how to
// give the module (copy the file, or `initSync({ module })` / `await init({ module_or_path })`).
import { readFileSync } from "node:fs";
import { initSync } from "./inkasso.js";

// Any read error (ENOENT, EACCES, EISDIR) is left to the first call: its NOT_INITIALISED
// message names the file and the remedies.
let wasm;
try {
  wasm = readFileSync(new URL("./inkasso_bg.wasm", import.meta.url));
} catch {
  wasm = undefined;
}
if (wasm !== undefined) initSync({ module: wasm });

export * from "./inkasso.js";
export { default } from "./inkasso.js";
