// vite.config.js: not needed with Vite's default cache folder (node_modules/.vite). With another
// `cacheDir`, keep the dev server from pre-bundling the package, so that it finds its .wasm:
export default {
  optimizeDeps: { exclude: ["inkasso"] },
};
