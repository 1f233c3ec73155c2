// deno.js, run with `deno run --allow-read deno.js` next to the node_modules of `npm install inkasso`
import init, { statement } from "inkasso";

await init();
const s = statement(
  { debtor: "consumer", invoices: [{ number: "1", amount: "1000.00", issueDate: "2024-01-10", dueDate: "2024-02-09" }] },
  { asOf: "2024-03-10" },
);
console.log(s.total);
