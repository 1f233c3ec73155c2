// Every example in README.md and pkg-template/README.md is a test: each ```ts or ```js block is
// type-checked with `tsc --strict` against the built package's inkasso.d.ts, compiled, run with
// Node against pkg/ (imported as "inkasso", exactly as a user would), and when a ```text block
// follows it, what the example prints must equal that block.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const work = join(root, "test-artifacts", "readme");

/** The runnable examples of a Markdown file: code blocks tagged ts/js (not `ts no-run`),
 * each with the ```text block that directly follows it, if any. */
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
    found.push({ name: `${file}:${line}`, code: b.code, output });
  });
  return found;
}

const all = [...examples("README.md"), ...examples("pkg-template/README.md")];

rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, "node_modules"), { recursive: true });
symlinkSync(join(root, "pkg"), join(work, "node_modules", "inkasso"), "dir");
all.forEach((ex, i) => writeFileSync(join(work, `example-${i}.mts`), ex.code));
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

test("the README examples type-check with tsc --strict", () => {
  assert.ok(all.length >= 2, "examples found");
  try {
    execFileSync(join(root, "node_modules", ".bin", "tsc"), ["-p", work], { encoding: "utf8" });
  } catch (e) {
    assert.fail(`tsc --strict failed:\n${e.stdout}${e.stderr}`);
  }
});

for (const [i, ex] of all.entries()) {
  test(`example ${ex.name} runs${ex.output === null ? "" : " and prints what the README says"}`, () => {
    const stdout = execFileSync(process.execPath, [join(work, "out", `example-${i}.mjs`)], { encoding: "utf8" });
    if (ex.output !== null) assert.equal(stdout, ex.output);
  });
}
