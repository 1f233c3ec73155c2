// next.config.mjs: server code loads the package unbundled, from node_modules, where its Node
// entry reads the .wasm beside it (no init needed on the server).
export default { serverExternalPackages: ["inkasso"] };
