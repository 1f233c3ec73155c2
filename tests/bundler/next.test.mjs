// The package in a Next.js app (App Router), as the package README's Next.js section shows it
// (its files are tests/bundler/next/, checked below): a Server Component and a Route Handler
// in Node, with `serverExternalPackages: ["inkasso"]`, and a Client Component that `init()`s the
// package in the browser. Built with Turbopack (Next's default) and with webpack, started with
// `next start`, and read over HTTP and in headless Chromium. A review found Turbopack failing
// every build on a path the package only uses inside Vite's cache, and server code bundled by
// Next unable to find the .wasm without `serverExternalPackages`.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { execFileSync, spawn } from "node:child_process";
import { bin, consumer, launchChromium, root } from "../support/consumer.mjs";

const fixtures = join(root, "tests", "bundler", "next");
const app = consumer("next", { name: "consumer-next", private: true });
cpSync(fixtures, app.dir, { recursive: true });
const inkasso = await import(pathToFileURL(join(app.dir, "node_modules", "inkasso", "inkasso-node.js")).href);
const claim = { debtor: "consumer", invoices: [{ number: "1", amount: "1000.00", issueDate: "2024-01-10", dueDate: "2024-02-09" }] };
const total = inkasso.statement(claim, { asOf: "2024-03-10" }).total;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
let browser;

before(async () => {
  browser = await launchChromium();
});
after(() => browser?.close());

test("the package README shows exactly these files", () => {
  const readme = readFileSync(join(root, "pkg-template", "README.md"), "utf8");
  for (const file of ["next.config.mjs", "app/page.js", "app/calc.js", "app/api/timeline/route.js"]) {
    const code = readFileSync(join(fixtures, file), "utf8");
    assert.ok(readme.includes(code), `pkg-template/README.md does not show tests/bundler/next/${file} as it is`);
  }
});

const freePort = () => new Promise((ok, fail) => {
  const server = createServer().listen(0, "127.0.0.1", () => {
    const { port } = server.address();
    server.close(() => ok(port));
  }).on("error", fail);
});

/** `next start` on a free port until `use` is done. */
async function started(use) {
  const port = await freePort();
  const server = spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], { cwd: app.dir, env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  server.stdout.on("data", (d) => (log += d));
  server.stderr.on("data", (d) => (log += d));
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; ; i++) {
      try {
        await fetch(`${base}/api/timeline`);
        break;
      } catch (e) {
        if (i > 300 || server.exitCode !== null) throw new Error(`next start did not answer: ${log}`, { cause: e });
        await new Promise((ok) => setTimeout(ok, 100));
      }
    }
    return await use(base, () => log);
  } finally {
    server.kill();
  }
}

for (const [name, flags] of [["Turbopack (the default)", []], ["webpack", ["--webpack"]]]) {
  test(`Next.js with ${name}: next build, then a Server Component, a Route Handler and a Client Component`, async () => {
    execFileSync(bin("next"), ["build", ...flags], { cwd: app.dir, env, encoding: "utf8", stdio: "pipe" });
    await started(async (base, log) => {
      // The Server Component, rendered in Node.
      const html = await (await fetch(`${base}/`)).text();
      assert.match(html, new RegExp(`<output id="server">${total.replace(".", "\\.")}</output>`), log());
      // The Route Handler: the timeline as the package computes it.
      const res = await fetch(`${base}/api/timeline`);
      assert.equal(res.status, 200, log());
      assert.deepEqual(await res.json(), JSON.parse(JSON.stringify(inkasso.timeline(claim, "standard", { today: "2024-02-10" }))));
      // The Client Component, in the browser.
      const page = await browser.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(e.message));
      // A failed load is told by its response (the console's line has no address): any but the
      // favicon, which the app does not have.
      page.on("response", (r) => r.status() >= 400 && !r.url().endsWith("/favicon.ico") && errors.push(`HTTP ${r.status()}: ${r.url()}`));
      page.on("console", (m) => ["error", "warning"].includes(m.type()) && !/^Failed to load resource/.test(m.text()) && errors.push(`console.${m.type()}: ${m.text()}`));
      try {
        await page.goto(`${base}/`);
        await page.waitForSelector("body[data-ready=true]", { timeout: 30000 });
        assert.equal(await page.textContent("#rate"), `${inkasso.referenceRate("2024-03-15").latePaymentRate} ${total}`);
      } finally {
        await page.close();
      }
      assert.deepEqual(errors, []);
    });
  });
}
