// Every example in README.md and pkg-template/README.md is a test, run as the file type it is
// shown as, in a fresh project where the packed package is installed (tests/support/consumer.mjs):
//   ```ts  → type-checked with `tsc --strict` against the package's types, compiled, run (.mts);
//   ```js  → run by Node as it is: an ES module (.mjs), or CommonJS (.cjs) when it `require`s;
//   ```js no-run / ```html → not run here: those are the bundler/browser files that
//     tests/bundler/ builds and runs in Chromium (and checks to be in the README verbatim).
// When a ```text block directly follows an example, what it prints must equal that block.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { consumer, root, bin } from "../support/consumer.mjs";

const { dir: work } = consumer("readme");

/** The runnable examples of a Markdown file, each with the ```text block right after it. */
function examples(file) {
  const text = readFileSync(join(root, file), "utf8");
  const blocks = [...text.matchAll(/```([\w -]*)\n([\s\S]*?)```/g)].map((m) => ({
    lang: m[1].trim(),
    code: m[2],
    end: m.index + m[0].length,
    start: m.index,
  }));
  const found = [];
  blocks.forEach((b, i) => {
    if (!["ts", "js"].includes(b.lang)) return;
    const next = blocks[i + 1];
    const between = next ? text.slice(b.end, next.start) : "";
    const output = next && next.lang === "text" && between.trim() === "" ? next.code : null;
    const line = text.slice(0, b.start).split("\n").length;
    const ext = b.lang === "ts" ? "mts" : /\brequire\(/.test(b.code) ? "cjs" : "mjs";
    found.push({ name: `${file}:${line} (.${ext})`, code: b.code, output, ext });
  });
  return found;
}

const all = [...examples("README.md"), ...examples("pkg-template/README.md")];
all.forEach((ex, i) => {
  ex.file = ex.ext === "mts" ? join(work, "out", `example-${i}.mjs`) : join(work, `example-${i}.${ex.ext}`);
  writeFileSync(join(work, `example-${i}.${ex.ext}`), ex.code);
});
writeFileSync(
  join(work, "tsconfig.json"),
  JSON.stringify({
    compilerOptions: {
      strict: true, noEmitOnError: true, target: "es2022", module: "nodenext",
      moduleResolution: "nodenext", outDir: "out", types: ["node"], typeRoots: [join(root, "node_modules", "@types")],
    },
    include: ["*.mts"],
  }),
);

test("the README examples: TypeScript ones type-check with tsc --strict; JS ones, CommonJS ones included, exist", () => {
  assert.ok(all.filter((e) => e.ext === "mts").length >= 5, "TypeScript examples found");
  assert.ok(all.filter((e) => e.ext === "mjs").length >= 2, "ES module examples found");
  assert.ok(all.filter((e) => e.ext === "cjs").length >= 1, "CommonJS examples found");
  try {
    execFileSync(bin("tsc"), ["-p", work], { encoding: "utf8" });
  } catch (e) {
    assert.fail(`tsc --strict failed:\n${e.stdout}${e.stderr}`);
  }
});

for (const ex of all) {
  test(`example ${ex.name} runs${ex.output === null ? "" : " and prints what the README says"}`, () => {
    const stdout = execFileSync(process.execPath, [ex.file], { cwd: work, encoding: "utf8" });
    if (ex.output !== null) assert.equal(stdout, ex.output);
  });
}
