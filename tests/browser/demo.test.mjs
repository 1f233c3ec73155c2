// The demo page in a real browser: Debian's Chromium driven by playwright-core, against www/
// served on 127.0.0.1 (www/pkg must hold the built package: scripts/test.sh puts it there).
// Screenshots go to test-artifacts/screenshots/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const shots = join(root, "test-artifacts", "screenshots");
let server, browser, base;

before(async () => {
  mkdirSync(shots, { recursive: true });
  server = await startServer(join(root, "www"), 0);
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    ],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function openPage(viewport) {
  const page = await browser.newPage({ viewport });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e));
  await page.goto(base);
  await page.waitForSelector("body[data-ready=true]");
  return { page, errors };
}

test("shows the referensränta for a typed date, and an error at the field", async () => {
  const { page, errors } = await openPage({ width: 1280, height: 800 });
  await page.fill("#date", "2023-09-01");
  assert.equal(await page.textContent("#reference-rate"), "3.50 %");
  assert.equal(await page.textContent("#late-payment-rate"), "11.50 %");
  await page.fill("#date", "2023-02-30");
  assert.match(await page.textContent("#date-error"), /^INVALID_DATE/);
  assert.equal(await page.getAttribute("#date", "aria-invalid"), "true");
  await page.fill("#date", "2024-03-15");
  assert.equal(await page.textContent("#late-payment-rate"), "12.00 %");
  await page.screenshot({ path: join(shots, "rate-desktop.png"), fullPage: true });
  assert.deepEqual(errors, []);
});
