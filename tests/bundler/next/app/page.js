// app/page.js: a Server Component, computed on each request in Node.
import { statement } from "inkasso";
import Calc from "./calc.js";

export const dynamic = "force-dynamic";

export default function Page() {
  const s = statement(
    { debtor: "consumer", invoices: [{ number: "1", amount: "1000.00", issueDate: "2024-01-10", dueDate: "2024-02-09" }] },
    { asOf: "2024-03-10" },
  );
  return (
    <main>
      <output id="server">{s.total}</output>
      <Calc />
    </main>
  );
}
