// The red-team regressions of robustness.test.mjs through the statement module
// (`inkasso/statement`): every test that calls only the exports it has.
process.env.INKASSO_ROBUSTNESS_ENTRY = "statement";
await import("./robustness.test.mjs");
