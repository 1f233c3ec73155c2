// esbuild.mjs: esbuild bundles the JS; the .wasm is copied next to the bundle.
import { build } from "esbuild";
import { copyFileSync } from "node:fs";

await build({ entryPoints: ["src/main.js"], bundle: true, format: "esm", outdir: "dist-esbuild" });
copyFileSync("node_modules/inkasso/inkasso_bg.wasm", "dist-esbuild/inkasso_bg.wasm");
