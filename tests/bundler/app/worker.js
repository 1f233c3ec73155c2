// worker.js: the engine in a module worker, off the main thread.
import init, { statement } from "./node_modules/inkasso/inkasso.js";

const ready = init();
self.onmessage = async ({ data }) => {
  await ready;
  self.postMessage(statement(data.claim, data.options));
};
