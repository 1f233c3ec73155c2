import init, { referenceRate } from "./pkg/inkasso.js";

await init();

const input = document.getElementById("date");
const error = document.getElementById("date-error");
const fields = ["half-year", "reference-rate", "late-payment-rate", "status", "source"];
const show = (values) => fields.forEach((id, i) => (document.getElementById(id).textContent = values[i]));

function update() {
  try {
    const r = referenceRate(input.value.trim());
    show([r.halfYear, `${r.referenceRate} %`, `${r.latePaymentRate} %`, r.status, r.source]);
    error.textContent = "";
    input.setAttribute("aria-invalid", "false");
  } catch (e) {
    if (e.name !== "InvoicingError") throw e;
    show(["–", "–", "–", "–", "–"]);
    error.textContent = `${e.code}: ${e.message}`;
    input.setAttribute("aria-invalid", "true");
  }
}

input.addEventListener("input", update);
update();
document.body.dataset.ready = "true";
