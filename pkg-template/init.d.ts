
// ---- Initialisation (appended by scripts/build.sh; typed without the DOM or Node libraries:
// each global type is used only where the program's libraries declare it).

type GlobalClass<K extends string> = typeof globalThis extends { [P in K]: abstract new (...args: any) => infer T } ? T : never;
type WasmModule = typeof globalThis extends { WebAssembly: { Module: abstract new (...args: any) => infer T } } ? T : never;
/** The .wasm bytes, or a compiled `WebAssembly.Module`. */
export type SyncInitInput = ArrayBuffer | ArrayBufferView | WasmModule;
/** Where the .wasm is (a URL or string), a fetch `Response`, or what `initSync` takes. */
export type InitInput = string | GlobalClass<"URL"> | GlobalClass<"Request"> | GlobalClass<"Response"> | SyncInitInput;
/**
 * Loads and instantiates inkasso_bg.wasm: call once before anything else (calling it again does
 * nothing). By default the .wasm next to the module is fetched; `module_or_path` gives another
 * place, a `Response`, the bytes or a compiled module. In Node the package initialises itself
 * on import and `init()` resolves at once (unless `inkasso_bg.wasm` cannot be read beside the
 * entry, as in a server bundle that did not copy it: then pass its bytes, `initSync({ module })`
 * or `init({ module_or_path: bytes })`). A failure rejects with an `InvoicingError` whose
 * code is `NOT_INITIALISED`.
 */
export default function init(options?: { module_or_path?: InitInput | Promise<InitInput> | undefined }): Promise<void>;
/** Instantiates the module synchronously from its bytes or a compiled `WebAssembly.Module`. */
export function initSync(options: { module: SyncInitInput }): void;
