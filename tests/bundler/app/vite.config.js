// vite.config.js
export default {
  // The dev server pre-bundles dependencies into node_modules/.vite, away from inkasso_bg.wasm;
  // excluded, inkasso is served as it is and finds its .wasm. (`vite build` needs nothing.)
  optimizeDeps: { exclude: ["inkasso"] },
};
