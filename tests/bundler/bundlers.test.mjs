// The package where JS developers put it. pkg/ is packed and installed into a fresh project
// (tests/support/consumer.mjs) holding the app in tests/bundler/app/: src/main.js imports
// "inkasso" by name and `await init()`s it. Each way of shipping it is built with the config
// the package README shows (the README's snippets are these files, checked below), served on
// 127.0.0.1 and run in headless Chromium: the Vite dev server and `vite build`, webpack 5,
// esbuild with its copy step, a plain page with no build, and a module worker; and Deno
// (the npm package `deno`), by name from node_modules and through the web entry.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { execFileSync } from "node:child_process";
import { startServer } from "../../scripts/serve.mjs";
import { consumer, launchChromium, root } from "../support/consumer.mjs";

const fixtures = join(root, "tests", "bundler", "app");
const app = consumer("bundlers");
cpSync(fixtures, app.dir, { recursive: true });
const expected = "12.00 1009.84";
let browser;

before(async () => {
  browser = await launchChromium();
});
after(() => browser?.close());

/** Opens `url`, waits for the app to write its answer, returns it and the page's errors. */
async function answer(url) {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "warning" && errors.push(`console.warn: ${m.text()}`));
  try {
    await page.goto(url);
    await page.waitForSelector("body[data-ready=true]", { timeout: 20000 });
    return { text: await page.textContent("#rate"), errors };
  } finally {
    await page.close();
  }
}

async function served(dir, path = "/") {
  const server = await startServer(dir, 0);
  try {
    return await answer(`http://127.0.0.1:${server.address().port}${path}`);
  } finally {
    server.close();
  }
}

/** A dist folder's page: the bundle's entry loaded as a module script. */
function page(dist, script) {
  writeFileSync(join(dist, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>app</title></head><body><output id="rate"></output><script type="module" src="./${script}"></script></body></html>`);
}

test("the package README shows exactly these configs and pages", () => {
  const readme = readFileSync(join(root, "pkg-template", "README.md"), "utf8");
  for (const file of ["src/main.js", "vite.config.js", "webpack.config.js", "esbuild.mjs", "plain.html", "worker.js", "worker.html", "deno.js"]) {
    const code = readFileSync(join(fixtures, file), "utf8");
    assert.ok(readme.includes(code), `pkg-template/README.md does not show tests/bundler/app/${file} as it is`);
  }
});

/** Runs the Vite dev server on the app with `config`, returns what the page shows and its errors. */
async function viteDev(config) {
  const { createServer } = await import("vite");
  const server = await createServer({ root: app.dir, logLevel: "silent", server: { host: "127.0.0.1", port: 0 }, ...config });
  await server.listen();
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "warning" && errors.push(`console.warn: ${m.text()}`));
  try {
    await page.goto(`http://127.0.0.1:${server.httpServer.address().port}/`);
    await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 20000 }).catch(() => {});
    return { text: await page.textContent("#rate"), errors };
  } finally {
    await page.close();
    await server.close();
  }
}

test("Vite dev server, nothing configured: the package finds its .wasm from Vite's pre-bundled copy", async () => {
  const { text, errors } = await viteDev({ configFile: false });
  assert.equal(text, expected, errors.join("\n"));
  assert.deepEqual(errors, []);
});

test("Vite dev server with another cacheDir: without the README's exclusion, init() says what to do", async () => {
  const { text, errors } = await viteDev({ configFile: false, cacheDir: join(app.dir, "node_modules", ".vite-elsewhere") });
  assert.equal(text, "");
  const message = errors.find((m) => m.includes("inkasso")) ?? "";
  assert.match(message, /not WebAssembly/, errors.join("\n"));
  assert.match(message, /optimizeDeps: \{ exclude: \["inkasso"\] \}/);
});

test("Vite dev server with another cacheDir and the README's vite.config.js", async () => {
  const { text, errors } = await viteDev({ cacheDir: join(app.dir, "node_modules", ".vite-elsewhere-2") });
  assert.equal(text, expected, errors.join("\n"));
  assert.deepEqual(errors, []);
});

test("vite build", async () => {
  const { build } = await import("vite");
  await build({ root: app.dir, logLevel: "warn", build: { outDir: "dist-vite", emptyOutDir: true, target: "es2022" } });
  assert.ok(readdirSync(join(app.dir, "dist-vite", "assets")).some((f) => f.endsWith(".wasm")), "the .wasm is emitted");
  const { text, errors } = await served(join(app.dir, "dist-vite"));
  assert.equal(text, expected);
  assert.deepEqual(errors, []);
});

test("the statement module (inkasso/statement): Vite dev server and vite build, which emits its .wasm only", async () => {
  const root = join(app.dir, "statement");
  const dev = await viteDev({ configFile: false, root });
  assert.equal(dev.text, expected, dev.errors.join("\n"));
  assert.deepEqual(dev.errors, []);
  const { build } = await import("vite");
  await build({ root, configFile: false, logLevel: "warn", build: { outDir: "dist-vite", emptyOutDir: true, target: "es2022" } });
  const wasm = readdirSync(join(root, "dist-vite", "assets")).filter((f) => f.endsWith(".wasm"));
  assert.equal(wasm.length, 1, `${wasm}`);
  const size = readFileSync(join(root, "dist-vite", "assets", wasm[0])).length;
  assert.equal(size, readFileSync(join(app.dir, "node_modules", "inkasso", "inkasso_statement_bg.wasm")).length, "the statement module's .wasm");
  const { text, errors } = await served(join(root, "dist-vite"));
  assert.equal(text, expected);
  assert.deepEqual(errors, []);
});

test("webpack 5", async () => {
  const { default: webpack } = await import("webpack");
  const { default: config } = await import(pathToFileURL(join(app.dir, "webpack.config.js")).href);
  const stats = await new Promise((ok, fail) => webpack({ ...config, context: app.dir }, (e, s) => (e ? fail(e) : ok(s))));
  assert.ok(!stats.hasErrors(), stats.toString("errors-only"));
  const dist = join(app.dir, "dist-webpack");
  assert.ok(readdirSync(dist).some((f) => f.endsWith(".wasm")), `the .wasm is emitted: ${readdirSync(dist)}`);
  page(dist, "main.js");
  const { text, errors } = await served(dist);
  assert.equal(text, expected);
  assert.deepEqual(errors, []);
});

test("esbuild, with the README's copy step", async () => {
  execFileSync(process.execPath, ["esbuild.mjs"], { cwd: app.dir, encoding: "utf8" });
  const dist = join(app.dir, "dist-esbuild");
  assert.ok(existsSync(join(dist, "inkasso_bg.wasm")));
  page(dist, "main.js");
  const { text, errors } = await served(dist);
  assert.equal(text, expected);
  assert.deepEqual(errors, []);
});

test("a plain page, no build: the module imported from node_modules/inkasso/", async () => {
  const { text, errors } = await served(app.dir, "/plain.html");
  assert.equal(text, expected);
  assert.deepEqual(errors, []);
});

test("a module worker", async () => {
  const { text, errors } = await served(app.dir, "/worker.html");
  assert.equal(text, "1009.84");
  assert.deepEqual(errors, []);
});

test("Deno: the package by name from node_modules, and the web entry by path", () => {
  const deno = join(root, "node_modules", ".bin", "deno");
  const env = { ...process.env, DENO_DIR: join(app.dir, ".deno"), NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" };
  const byName = execFileSync(deno, ["run", "--allow-read", "deno.js"], { cwd: app.dir, env, encoding: "utf8" });
  assert.equal(byName, "1009.84\n");
  writeFileSync(join(app.dir, "deno-web.js"), readFileSync(join(app.dir, "deno.js"), "utf8").replace('from "inkasso"', 'from "./node_modules/inkasso/inkasso.js"'));
  const web = execFileSync(deno, ["run", "--allow-read", "deno-web.js"], { cwd: app.dir, env, encoding: "utf8" });
  assert.equal(web, "1009.84\n");
});
