// A fresh "user project" for the package tests: pkg/ packed with `npm pack` (exactly what would
// be published) and unpacked into <dir>/node_modules/inkasso, as `npm install ./inkasso-x.tgz`
// would. Each test file uses its own directory (node --test runs files in parallel).
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const bin = (name) => join(root, "node_modules", ".bin", name);

/** Packs pkg/ into `dir` (emptied first) and installs it there; returns the tarball's path. */
export function consumer(name, packageJson = { name: `consumer-${name}`, private: true, type: "module" }) {
  const dir = join(root, "test-artifacts", name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "node_modules", "inkasso"), { recursive: true });
  const out = execFileSync("npm", ["pack", join(root, "pkg"), "--pack-destination", dir, "--json", "--loglevel=error"], { encoding: "utf8" });
  const tarball = join(dir, JSON.parse(out)[0].filename);
  execFileSync("tar", ["xzf", tarball, "-C", join(dir, "node_modules", "inkasso"), "--strip-components=1"]);
  writeFileSync(join(dir, "package.json"), JSON.stringify(packageJson, null, 2));
  return { dir, tarball, files: readdirSync(join(dir, "node_modules", "inkasso")) };
}

/** Debian's Chromium (or $CHROMIUM), headless, as every browser test of the package runs it. */
export async function launchChromium() {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    ],
  });
}
