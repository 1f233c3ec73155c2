// app/api/timeline/route.js: a Route Handler (Node runtime).
import { timeline } from "inkasso";

export function GET() {
  const claim = { debtor: "consumer", invoices: [{ number: "1", amount: "1000.00", issueDate: "2024-01-10", dueDate: "2024-02-09" }] };
  return Response.json(timeline(claim, "standard", { today: "2024-02-10" }));
}
