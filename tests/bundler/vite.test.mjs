// The package in a bundler: a tiny app that imports "inkasso" is built with Vite (the .wasm is
// emitted as an asset), served on 127.0.0.1 and run in headless Chromium.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, rmSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const work = join(root, "test-artifacts", "vite-app");

test("a Vite build of an app importing inkasso runs in Chromium", async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  await build({
    root: join(here, "app"),
    logLevel: "warn",
    // As if installed: "inkasso" is the built package.
    resolve: { alias: { inkasso: join(root, "pkg", "inkasso.js") } },
    build: { outDir: join(work, "dist"), emptyOutDir: true, target: "es2022" },
  });
  const assets = readdirSync(join(work, "dist", "assets"));
  assert.ok(assets.some((f) => f.endsWith(".wasm")), `the .wasm is emitted: ${assets}`);

  const server = await startServer(join(work, "dist"), 0);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForSelector("body[data-ready=true]");
    assert.equal(await page.textContent("#rate"), "12.00 1009.84");
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
