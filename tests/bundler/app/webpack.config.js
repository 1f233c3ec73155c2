// webpack.config.js (webpack 5 emits inkasso_bg.wasm as an asset by itself)
import { fileURLToPath } from "node:url";

export default {
  mode: "production",
  entry: "./src/main.js",
  output: { path: fileURLToPath(new URL("dist-webpack", import.meta.url)), clean: true },
};
