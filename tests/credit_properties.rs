//! Property suite of credit notes (issue 16): for generated claims with payments and credit
//! notes, money is conserved with the credit notes as a third way capital goes (invoiced
//! capital = capital outstanding + capital paid + capital credited), the excess of a credit
//! note over the capital left is owed back (never dropped), a credit note is never allocated
//! like a payment (the allocations are the payments', one each), and an invoice credited in
//! full by its effective due date never carries förseningsersättning.

// proptest is a native-only dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

mod prop_common;

use inkasso::fees::FeeKind;
use inkasso::{
    statement, Claim, CreditNote, DebtorKind, Invoice, Money, Payment, StatementOptions,
};
use prop_common::{config, day};
use proptest::prelude::*;
use time::macros::date;

fn sum(items: impl IntoIterator<Item = Money>) -> Money {
    Money::sum(items).expect("no overflow")
}

prop_compose! {
    fn claim_with_credits()(
        debtor in prop::sample::select(vec![DebtorKind::Consumer, DebtorKind::Business]),
        invoices in prop::collection::vec((0i64..200, prop::option::of(0i64..60), 100i64..10_000_000), 1..=3),
        payments in prop::collection::vec((0i64..400, 100i64..5_000_000), 0..4),
        credits in prop::collection::vec((0usize..3, 0i64..400, 1u32..=100), 0..4),
        as_of in 0i64..500,
    ) -> (Claim, time::Date) {
        let base = date!(2021 - 01 - 04);
        let invoices: Vec<Invoice> = invoices
            .into_iter()
            .enumerate()
            .map(|(i, (issue, due, ore))| Invoice {
                number: format!("F-{i}"),
                amount: Money::from_ore(ore),
                issue_date: day(base, issue),
                due_date: due.map(|d| day(base, issue + d)),
                rate: None,
                description: None,
            })
            .collect();
        let last_issue = invoices.iter().map(|i| i.issue_date).max().unwrap_or(base);
        let mut claim = Claim::new(debtor, invoices);
        claim.payments = payments
            .into_iter()
            .map(|(d, ore)| Payment { date: day(last_issue, d), amount: Money::from_ore(ore), invoice: None })
            .collect();
        // Each credit note a percentage of what its invoice has not been credited yet.
        let mut left: Vec<Money> = claim.invoices.iter().map(|i| i.amount).collect();
        for (which, d, pct) in credits {
            let i = which % claim.invoices.len();
            let ore = (left[i].decimal() * rust_decimal::Decimal::from(pct)).round_dp(0);
            let amount = Money::round(ore / rust_decimal::Decimal::ONE_HUNDRED);
            if !amount.is_positive() {
                continue;
            }
            left[i] = left[i].checked_sub(amount).expect("within");
            claim.credits.push(CreditNote {
                invoice: claim.invoices[i].number.clone(),
                date: day(claim.invoices[i].issue_date, d),
                amount,
            });
        }
        (claim, day(last_issue, as_of))
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn credit_notes_conserve_money((claim, as_of) in claim_with_credits()) {
        let s = statement(&claim, &StatementOptions::new(as_of)).expect("statement");
        let paid: Vec<Money> = claim.payments.iter().filter(|p| p.date <= as_of).map(|p| p.amount).collect();
        prop_assert_eq!(s.allocations.len(), paid.len());
        let credited = sum(claim.credits.iter().filter(|c| c.date <= as_of).map(|c| c.amount));
        let excess = s.credit.checked_sub(sum(s.allocations.iter().map(|a| a.credit))).expect("sub");
        prop_assert!(!excess.decimal().is_sign_negative());
        let capital_in = sum(claim.invoices.iter().map(|i| i.amount));
        let capital_paid = sum(s.allocations.iter().map(|a| a.capital));
        // Invoiced = outstanding + paid + credited (less what the credit notes cancelled
        // beyond the capital left, which is owed back).
        prop_assert_eq!(
            sum([s.capital, capital_paid, credited]).checked_sub(excess).expect("sub"),
            capital_in
        );
        prop_assert_eq!(
            sum([s.interest, sum(s.allocations.iter().map(|a| a.interest))]),
            sum(s.interest_lines.iter().map(|l| l.amount))
        );
        prop_assert_eq!(
            sum([s.fees, sum(s.allocations.iter().map(|a| a.fees))]),
            sum(s.fee_lines.iter().map(|f| f.amount))
        );
        // Credited in full by its effective due date: no förseningsersättning.
        for (invoice, status) in claim.invoices.iter().zip(&s.invoices) {
            let by_due = claim.credited(invoice, status.effective_due_date).expect("sum");
            if by_due >= invoice.amount {
                prop_assert!(!s.fee_lines.iter().any(|f| f.kind == FeeKind::LateFee && f.invoice.as_deref() == Some(invoice.number.as_str())));
                prop_assert!(!s.interest_lines.iter().any(|l| l.invoice == invoice.number));
            }
        }
    }
}
