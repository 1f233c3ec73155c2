#!/usr/bin/env bash
# Builds the npm package into pkg/:
#   cargo build (wasm32, release) → wasm-bindgen --target web → wasm-opt -Oz → pkg/ assembled
#   from pkg-template/ (version from Cargo.toml, README, licences), then prints the size.
# Fails if a file that package.json's `files` lists is missing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

# Size (BENCHMARKS.md has every experiment's figure). The crate never panics by design, and a
# panic in wasm traps anyway, so panics abort at once, with no message, location or formatting
# machinery; `{:?}` output is not needed in the package either. These flags need a nightly
# compiler or the Debian toolchain's RUSTC_BOOTSTRAP (see env.sh); the plain rustup path builds
# without them (but with the stable LLVM arguments below). WASM_RUSTFLAGS / WASM_FEATURES override them (for experiments).
# LLVM's inline threshold is 50 instead of opt-level 2's 225 (a stable flag, on both paths):
# −66 KB raw, and every speed goal still met (a summary statement 10.8–12.4× against 12.4×,
# 366 totals 89–109 µs against 89–95; BENCHMARKS.md, issue 15's seventeenth round). 35 and 25
# put the summary just under 10×; opt-level "s" and "z" cost far more speed for less size.
# Loop unrolling is off as well (-unroll-threshold=0: −4 KB, no speed goal moved).
# `--cfg inkasso_size` (nightly features, so the Debian path only) optimises the functions off
# the hot paths for size (src/lib.rs; −18.7 KB, every speed goal still met).
SIZE_LLVM_ARGS="-Cllvm-args=-inline-threshold=50 -Cllvm-args=-unroll-threshold=0"
if [ "$INKASSO_TOOLCHAIN" = debian ]; then
  : "${WASM_RUSTFLAGS=-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none --cfg inkasso_size $SIZE_LLVM_ARGS}"
else
  : "${WASM_RUSTFLAGS=$SIZE_LLVM_ARGS}"
fi
# The panic hook prints a panic's message; with immediate-abort there is none to print.
: "${WASM_FEATURES=--no-default-features}"
out="$ROOT/target/wasm-bindgen"
rm -rf "$out" pkg

# Builds one module: the cargo features after WASM_FEATURES ($1, may be empty), the
# wasm-bindgen name ($2: inkasso, or inkasso_statement for the statement module), into $out.
build_module() {
  local features="$1" name="$2"
  log "cargo build --release --target $WASM_TARGET ($INKASSO_TOOLCHAIN toolchain) RUSTFLAGS='$WASM_RUSTFLAGS' $features"
  # The cdylib is asked for here, not in Cargo.toml (which builds an rlib for native users).
  # shellcheck disable=SC2086
  RUSTFLAGS="$WASM_RUSTFLAGS" wasm_cargo rustc --release --lib --crate-type cdylib --quiet $WASM_FEATURES $features
  log "wasm-bindgen --target web ($name)"
  wasm-bindgen --target web --out-dir "$out" --out-name "$name" \
    "$ROOT/target/$WASM_TARGET/release/inkasso.wasm"
  log "wasm-opt -Oz ($name)"
  wasm-opt -Oz --strip-debug --strip-producers \
    --enable-bulk-memory --enable-reference-types --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-multivalue \
    -o "$out/${name}_bg.wasm" "$out/${name}_bg.wasm"
}
# Two modules: every export (inkasso_bg.wasm, the package's main entry), and the statement
# module (inkasso_statement_bg.wasm, `inkasso/statement`: statement, statementMany, totals, the
# rate and calendar exports, about half the bytes; the `statement-module` feature, src/wasm).
build_module "" inkasso
build_module "--features statement-module" inkasso_statement

log "assembling pkg/"
mkdir -p pkg
# Each generated glue becomes a private file of the package (inkasso_glue.js, statement_glue.js);
# the entries around them are pkg-template/inkasso.js (web: browsers, bundlers, Deno, workers),
# inkasso-node.js (Node ESM, initialised on import) and inkasso-node.cjs (Node `require`,
# bundled from inkasso-node.js by esbuild), and the statement module's statement.js,
# statement-node.js and statement-node.cjs, made from them below. The types are the generated
# .d.ts without its DOM-typed init section, plus pkg-template/init.d.ts; the same file serves
# ESM (.d.ts) and CommonJS (.d.cts).
#
# make_glue GENERATED OUT MARKER: the glue, patched and extended for the wrapper; MARKER is the
# export only this module has (`timeline`) or only the other has (`!timeline`), for
# __inkassoIsOurs to tell the two modules apart.
make_glue() {
local glue_file="$2" marker="$3"
cp "$1" "$glue_file"
# A large argument text crosses as the string itself: the patched passArray8ToWasm0 writes an
# ASCII text into wasm memory with `TextEncoder.encodeInto` (no 25 MB copy made in JS for
# statementMany's 100 000 claims); any other text is encoded as before (see the appended
# __inkassoPassText).
node -e '
  const fs = require("fs");
  const file = process.argv[1];
  const glue = fs.readFileSync(file, "utf8");
  const head = "function passArray8ToWasm0(arg, malloc) {\n";
  const at = glue.indexOf(head + "    const ptr = malloc(arg.length * 1, 1) >>> 0;");
  if (at < 0) { console.error("build: the glue no longer has passArray8ToWasm0 as expected"); process.exit(1); }
  const patched = head + "    if (typeof arg === \"string\") return __inkassoPassText(arg, malloc);\n";
  fs.writeFileSync(file, glue.slice(0, at) + patched + glue.slice(at + head.length));
' "$glue_file"
# A fresh instance of the same compiled module, for the wrapper to replace an instance that a
# JS exception thrown through wasm frames (or a trap) may have left broken (issue 15).
grep -q "^let wasmModule, wasmInstance, wasm;" "$glue_file" \
  || { echo "build: the glue no longer declares wasmModule/wasm as expected" >&2; exit 1; }
grep -q "^let cachedUint32ArrayMemory0 = null;" "$glue_file" && grep -q "^let cachedUint8ArrayMemory0 = null;" "$glue_file" \
  || { echo "build: the glue no longer caches memory views as expected" >&2; exit 1; }
grep -q "^let __wbg_init_promise;" "$glue_file" \
  || { echo "build: the glue no longer declares __wbg_init_promise as expected" >&2; exit 1; }
grep -q "^function __wbg_get_imports() {" "$glue_file" \
  || { echo "build: the glue no longer has __wbg_get_imports as expected" >&2; exit 1; }
# The statement module's glue names its own types (inkasso_statement.d.ts is not in the package).
sed -i '1s|^/\* @ts-self-types="./inkasso_statement.d.ts" \*/$|/* @ts-self-types="./statement.d.ts" */|' "$glue_file"
cat >> "$glue_file" <<'GLUE'

/** inkasso (appended by scripts/build.sh): forgets an instance whose initialisation failed (the
 * glue keeps it before its start function runs, and would return it from every later init). */
export function __inkassoForget() {
    wasm = undefined;
    wasmInstance = undefined;
    wasmModule = undefined;
    __wbg_init_promise = undefined;
}
/** inkasso (appended by scripts/build.sh): the instance in use, to put back with
 * `__inkassoRestore` (a late init of another module replaces it before its start fails). */
export function __inkassoSnapshot() {
    return { wasm, wasmInstance, wasmModule };
}
/** inkasso (appended by scripts/build.sh): puts back an instance `__inkassoSnapshot` kept. */
export function __inkassoRestore(kept) {
    wasm = kept.wasm;
    wasmInstance = kept.wasmInstance;
    wasmModule = kept.wasmModule;
    cachedUint32ArrayMemory0 = null;
    cachedUint8ArrayMemory0 = null;
}
/** inkasso (appended by scripts/build.sh): whether the instance has the package's exports (not
 * some other module's). */
export function __inkassoIsOurs() {
    return typeof wasm?.statement === "function" && typeof wasm?.version === "function" && typeof wasm?.__wbindgen_externrefs === "object" && __inkassoMarker((name) => typeof wasm[name] === "function");
}
/** inkasso (appended by scripts/build.sh): whether a compiled module with these imports and
 * exports (`WebAssembly.Module.imports`/`exports`) is this glue's module, uninstantiated. */
export function __inkassoFits(imports, exports) {
    // Each import, module and name, is one this glue provides (another build of the same file
    // imports other hashed names), and the exports are this module's.
    const ours = __wbg_get_imports();
    const has = (name) => exports.some((e) => e.name === name && e.kind === "function");
    return imports.every((i) => i.kind === "function" && typeof ours[i.module]?.[i.name] === "function") && has("statement") && has("version") && __inkassoMarker(has);
}
/** inkasso (appended by scripts/build.sh): replaces the instance by a fresh one of the same module. */
export function __inkassoReinstantiate() {
    const module = wasmModule;
    wasm = undefined;
    return initSync({ module });
}
const __inkassoEncoder = new TextEncoder();
/** The texts passed as strings since the wrapper last forgot them, each with whether it was
 * ASCII: `[text, ascii, …]`. */
let __inkassoPassed = [];
/** inkasso (appended by scripts/build.sh): a text argument as its UTF-8 bytes in wasm memory.
 * An ASCII text (one byte a character) is written there directly by `encodeInto`; any other is
 * encoded first, then copied, as an array argument is. */
function __inkassoPassText(text, malloc) {
    const ptr = malloc(text.length, 1) >>> 0;
    const { read, written } = __inkassoEncoder.encodeInto(text, getUint8ArrayMemory0().subarray(ptr, ptr + text.length));
    const ascii = read === text.length && written === text.length;
    __inkassoPassed.push(text, ascii);
    if (ascii) {
        WASM_VECTOR_LEN = written;
        return ptr;
    }
    wasm.__wbindgen_free(ptr, text.length, 1);
    return passArray8ToWasm0(__inkassoEncoder.encode(text), malloc);
}
/** inkasso (appended by scripts/build.sh): whether `text`, passed as a string in the call just
 * made, was ASCII (then its byte offsets are its character offsets). Not the last text passed:
 * a call passes its arguments in order, and another may be large too. */
export function __inkassoPassedAscii(text) {
    for (let i = 0; i < __inkassoPassed.length; i += 2) {
        if (__inkassoPassed[i] === text) return __inkassoPassed[i + 1];
    }
    return false;
}
/** inkasso (appended by scripts/build.sh): forgets the texts passed (the wrapper, after each
 * call: they may be large). */
export function __inkassoForgetPassed() {
    __inkassoPassed = [];
}
/** inkasso (appended by scripts/build.sh): the instance's memory and externref table sizes, for the
 * robustness tests (tests/js/robustness.test.mjs). */
export function __inkassoFootprint() {
    return { memoryBytes: wasm.memory.buffer.byteLength, externrefs: wasm.__wbindgen_externrefs.length };
}
GLUE
# Which of the two modules this glue's instance must be.
if [ "${marker#!}" = "$marker" ]; then
  echo "const __inkassoMarker = (has) => has(\"$marker\");" >> "$glue_file"
else
  echo "const __inkassoMarker = (has) => !has(\"${marker#!}\");" >> "$glue_file"
fi
}
make_glue "$out"/inkasso.js pkg/inkasso_glue.js timeline
make_glue "$out"/inkasso_statement.js pkg/statement_glue.js '!timeline'

cp "$out"/inkasso_bg.wasm "$out"/inkasso_statement_bg.wasm pkg-template/inkasso.js pkg-template/inkasso-node.js pkg/
cp pkg-template/README.md LICENSE-MIT LICENSE-APACHE pkg/
# The statement module's entries: inkasso.js and inkasso-node.js with the statement module's
# files named instead (statement_glue.js, inkasso_statement_bg.wasm, statement.js) and, in
# statement.js, the sections marked `@full-module` left out (the exports that module lacks).
node -e '
  const fs = require("fs");
  const fail = (m) => { console.error(m); process.exit(1); };
  const swap = (text, from, to) => {
    if (!text.includes(from)) fail("build: expected " + JSON.stringify(from) + " in the entry to make the statement module'"'"'s of");
    return text.split(from).join(to);
  };
  let web = fs.readFileSync("pkg/inkasso.js", "utf8");
  const sections = web.match(/^\/\/ @full-module \{[^\n]*\n[\s\S]*?^\/\/ @full-module \}\n/gm) ?? [];
  if (sections.length !== 3) fail("build: expected three @full-module sections in inkasso.js, found " + sections.length);
  for (const section of sections) web = web.replace(section, "");
  if (web.includes("@full-module")) fail("build: an unmatched @full-module marker in inkasso.js");
  web = swap(web, "inkasso_glue.js", "statement_glue.js");
  web = swap(web, "inkasso_bg.wasm", "inkasso_statement_bg.wasm");
  web = swap(web, "inkasso-node.", "statement-node.");
  let node = fs.readFileSync("pkg/inkasso-node.js", "utf8");
  node = swap(node, "\"./inkasso.js\"", "\"./statement.js\"");
  node = swap(node, "inkasso_bg.wasm", "inkasso_statement_bg.wasm");
  node = swap(node, "inkasso-node.", "statement-node.");
  // Nothing of the full module'"'"'s files or of the parts left out may remain.
  for (const [name, text] of [["statement.js", web], ["statement-node.js", node]]) {
    for (const left of ["inkasso_glue.js", "\"./inkasso.js\"", "inkasso_bg.wasm", "inkasso-node.", "policyOf", "asPolicy", "@full-module", "glue.timeline", "glue.letter"]) {
      if (text.includes(left)) fail("build: " + name + " still has " + JSON.stringify(left));
    }
  }
  // Each says what it is.
  web = "// The statement module'"'"'s web entry (`inkasso/statement`), made by scripts/build.sh from the\n" +
    "// package'"'"'s inkasso.js: the same wrapper, around statement_glue.js and inkasso_statement_bg.wasm,\n" +
    "// without the exports that module lacks (presets, kinds, timeline, check, limitation, letter,\n// instalmentPlan).\n" + web;
  node = "// The statement module'"'"'s Node entry (`inkasso/statement`), made by scripts/build.sh from the\n// package'"'"'s inkasso-node.js.\n" + node;
  fs.writeFileSync("pkg/statement.js", web);
  fs.writeFileSync("pkg/statement-node.js", node);
'
for entry in inkasso statement; do
  esbuild "pkg/$entry-node.js" --bundle --format=cjs --platform=node --target=node18 --log-level=warning \
    --define:import.meta.url=__inkasso_module_url \
    --banner:js="/* inkasso: the Node CommonJS entry, bundled from $entry-node.js. */
const __inkasso_module_url = require('node:url').pathToFileURL(__filename).href;" \
    --outfile="pkg/$entry-node.cjs"
done
VERSION="$(crate_version)" REPOSITORY="$(crate_repository)" node -e '
  const fs = require("fs");
  const fail = (m) => { console.error(m); process.exit(1); };
  // Types: cut the init section (typed with the DOM library), widen the policy argument of
  // timeline and check to a preset id (the JS entry maps "standard" to { preset: "standard" }).
  // The statement module'"'"'s types are its own generated .d.ts (its functions only), made alike.
  const types = (name, entry, widen) => {
    let dts = fs.readFileSync(process.argv[1] + "/" + name + ".d.ts", "utf8");
    const cut = dts.indexOf("export type InitInput");
    if (cut < 0) fail("build: the generated " + name + ".d.ts has no InitInput section to replace");
    if (/export function (?!initSync)/.test(dts.slice(cut).replace(/export default function/, ""))) fail("build: unexpected functions after InitInput in the generated .d.ts");
    dts = dts.slice(0, cut).replace(/^export function start\(\): void;\n/m, "");
    let widened = 0;
    dts = dts.replace(/^(export function (?:timeline|check)\(claim: Input<Claim>, )policy\?: Input<PolicyInput>(?: \| null)?(?=[,)])/gm, (_, head) => { widened++; return head + "policy?: Input<PolicyInput> | PresetId | null"; });
    if (widened !== widen) fail("build: expected to widen the policy argument of " + widen + " functions in " + name + ".d.ts, did " + widened);
    dts += fs.readFileSync("pkg-template/init.d.ts", "utf8").split("inkasso_bg.wasm").join(name + "_bg.wasm");
    fs.writeFileSync("pkg/" + entry + ".d.ts", dts);
    fs.writeFileSync("pkg/" + entry + ".d.cts", dts);
  };
  types("inkasso", "inkasso", 2);
  types("inkasso_statement", "statement", 0);

  const pkg = JSON.parse(fs.readFileSync("pkg-template/package.json", "utf8"));
  pkg.version = process.env.VERSION;
  const repo = process.env.REPOSITORY;
  if (!repo) fail("build: Cargo.toml has no repository");
  pkg.repository = { type: "git", url: "git+" + repo + ".git" };
  pkg.homepage = repo + "#readme";
  pkg.bugs = { url: repo + "/issues" };
  const missing = pkg.files.filter((f) => !fs.existsSync("pkg/" + f));
  if (missing.length) fail("pkg/ lacks files listed in package.json: " + missing.join(", "));
  const extra = fs.readdirSync("pkg").filter((f) => !pkg.files.includes(f));
  if (extra.length) fail("pkg/ has files package.json does not list: " + extra.join(", "));
  fs.writeFileSync("pkg/package.json", JSON.stringify(pkg, null, 2) + "\n");
' "$out"

for file in inkasso_bg.wasm inkasso_statement_bg.wasm; do
  raw=$(wc -c < "pkg/$file")
  gz=$(gzip -9c "pkg/$file" | wc -c)
  awk -v f="$file" -v r="$raw" -v g="$gz" 'BEGIN { printf "size: pkg/%s %d bytes raw (%.1f KB), %d bytes gzipped (%.1f KB)\n", f, r, r / 1000, g, g / 1000 }'
done
# The last row of SIZE_HISTORY.md, for comparison (columns: date, commit, raw, gzipped, …).
awk -F'|' '/^\| 20[0-9][0-9]-/ { last = $0; r = $4; g = $5 } END {
  if (last != "") { gsub(/ /, "", r); gsub(/ /, "", g); printf "last recorded in SIZE_HISTORY.md: %d raw, %d gzipped\n", r, g } }' SIZE_HISTORY.md
