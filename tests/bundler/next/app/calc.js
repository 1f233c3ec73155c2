"use client";
// app/calc.js: a Client Component; in the browser the package is initialised once before use.
import { useEffect, useState } from "react";
import init, { referenceRate, statement } from "inkasso";

export default function Calc() {
  const [text, setText] = useState("");
  useEffect(() => {
    init().then(() => {
      const s = statement(
        { debtor: "consumer", invoices: [{ number: "1", amount: "1000.00", issueDate: "2024-01-10", dueDate: "2024-02-09" }] },
        { asOf: "2024-03-10" },
      );
      setText(`${referenceRate("2024-03-15").latePaymentRate} ${s.total}`);
      document.body.dataset.ready = "true";
    });
  }, []);
  return <output id="rate">{text}</output>;
}
