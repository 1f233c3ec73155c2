// The Node entry (ESM; `require` gets inkasso-node.cjs, built from this file): initialises
// synchronously from the packaged inkasso_bg.wasm on import, so every function works at once;
// `await init()` is accepted and does nothing more.
import { readFileSync } from "node:fs";
import { initSync } from "./inkasso.js";

initSync({ module: readFileSync(new URL("./inkasso_bg.wasm", import.meta.url)) });

export * from "./inkasso.js";
export { default } from "./inkasso.js";
