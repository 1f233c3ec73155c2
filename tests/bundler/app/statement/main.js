// A debtor calculator that needs only statements: the statement module, by its subpath.
import init, { referenceRate, statement } from "inkasso/statement";

await init();
const s = statement(
  { debtor: "consumer", invoices: [{ number: "1", amount: "1000.00", issueDate: "2024-01-10", dueDate: "2024-02-09" }] },
  { asOf: "2024-03-10" },
);
document.getElementById("rate").textContent = `${referenceRate("2024-03-15").latePaymentRate} ${s.total}`;
document.body.dataset.ready = "true";
