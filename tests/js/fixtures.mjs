// Shared by the error tables (`hostile.test.mjs`, `messages.test.mjs`): the built package,
// instantiated from its bytes, and a small valid claim to vary.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "pkg");
export const inkasso = await import(join(pkgDir, "inkasso.js"));
inkasso.initSync({ module: readFileSync(join(pkgDir, "inkasso_bg.wasm")) });

export const invoice = { number: "1", amount: "1000.00", issueDate: "2025-01-10", dueDate: "2025-02-10" };
/** The one-invoice consumer claim, with `over` on top. */
export const claim = (over = {}) => ({ debtor: "consumer", invoices: [invoice], ...over });
/** The claim with its invoice changed by `over`. */
export const withInvoice = (over) => claim({ invoices: [{ ...invoice, ...over }] });
export const asOf = { asOf: "2025-06-30" };
/** A statement call of `c` with options `o`, to run later. */
export const st = (c, o = asOf) => () => inkasso.statement(c, o);
