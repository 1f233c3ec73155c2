//! The exports of the full module only (not in the statement module, `inkasso/statement`,
//! built with the `statement-module` feature): presets, kinds, the timeline, instalment plans,
//! compliance checks, time-barring and letters.

use wasm_bindgen::prelude::*;

use super::convert::{from_text, named, optional_from_text, to_js, JsResult};
use super::{convert, options, types};
use crate::calendar;
use crate::input::policy::PolicyInput;
use crate::letter::LetterOptions;
use crate::policy::Policy;

/// The named escalation presets (standard, smsReminder, reminderDemandFinalNotice,
/// remindersOnly, lawfulMinimum), each with its id, names, description and policy.
#[wasm_bindgen(js_name = presets, unchecked_return_type = "Policy[]")]
#[cfg_attr(inkasso_size, optimize(size))]
pub fn presets() -> JsResult {
    to_js(&Policy::presets())
}

/// Every step, timeline-entry and fee kind with the engine's names in Swedish and English (for
/// user interfaces: the names the engine's own texts use, not a second list).
#[wasm_bindgen(js_name = kinds, unchecked_return_type = "Kinds")]
#[cfg_attr(inkasso_size, optimize(size))]
pub fn kinds() -> JsResult {
    to_js(&types::KindsOutput::all())
}

/// Reads the optional policy argument (`{ preset: "standard", … }`); absent: `standard`.
fn policy_from(policy: Option<&[u8]>) -> crate::Result<Policy> {
    let input: Option<PolicyInput> =
        optional_from_text(policy, "").map_err(|e| e.within("policy"))?;
    input
        .unwrap_or_default()
        .into_policy()
        .map_err(|e| e.within("policy"))
}

/// The escalation timeline of `claim` under `policy`: every step with its date, payment
/// deadline (moved off weekends and holidays), fees with statutes, and what settles the claim if
/// paid by then; plus the final total if nothing is paid.
#[wasm_bindgen(js_name = timeline, unchecked_return_type = "Timeline")]
#[cfg_attr(inkasso_size, optimize(size))]
pub fn timeline(
    #[wasm_bindgen(unchecked_param_type = "Input<Claim>")] claim: &[u8],
    #[wasm_bindgen(unchecked_optional_param_type = "Input<PolicyInput>")] policy: Option<Vec<u8>>,
    #[wasm_bindgen(unchecked_optional_param_type = "Input<TimelineOptions> | null")]
    options: Option<Vec<u8>>,
) -> JsResult {
    let claim = convert::claim_from_text(claim)?;
    let policy = policy_from(policy.as_deref())?;
    let options =
        optional_from_text::<options::TimelineOptionsInput>(options.as_deref(), "options")?
            .unwrap_or_default()
            .into_options()?;
    to_js(&crate::timeline::timeline(
        &claim,
        &policy,
        &options.as_options(),
    )?)
}

/// An instalment plan (amorteringsplan) for the claim: the schedule of instalments (by number
/// or by amount, from a first date at an interval) that pays it to the öre on the last date,
/// each allocated to fees, interest and capital, with the 170 kr plan fee where lawful.
#[wasm_bindgen(js_name = instalmentPlan, unchecked_return_type = "Schedule")]
#[cfg_attr(inkasso_size, optimize(size))]
pub fn instalment_plan(
    #[wasm_bindgen(unchecked_param_type = "Input<Claim>")] claim: &[u8],
    #[wasm_bindgen(unchecked_param_type = "Input<PlanInput>")] plan: &[u8],
    #[wasm_bindgen(unchecked_optional_param_type = "Input<PlanOptions> | null")] options: Option<
        Vec<u8>,
    >,
) -> JsResult {
    let claim = convert::claim_from_text(claim)?;
    let plan = from_text::<crate::input::plan::PlanInput>(plan, "plan")?.into_request()?;
    let options =
        optional_from_text::<crate::input::plan::PlanOptionsInput>(options.as_deref(), "options")?
            .unwrap_or_default()
            .into_options()?;
    to_js(&crate::plan::instalment_plan(
        &claim,
        &plan,
        &options.plan_options(),
    )?)
}

/// Compliance findings for the claim's history and, if given, the policy: an inkassokrav
/// before the due date, a payment term under 8 days, a reminder fee not agreed, a fee charged
/// twice, fees on top of förseningsersättning, interest on fees, a betalningsföreläggande
/// before the inkassokrav's deadline. An empty array is a clean bill. The history is valued
/// with the embedded referensränta table (or `options.rates` merged into it), the last known
/// rate assumed after it.
#[wasm_bindgen(js_name = check, unchecked_return_type = "Finding[]")]
#[cfg_attr(inkasso_size, optimize(size))]
pub fn check(
    #[wasm_bindgen(unchecked_param_type = "Input<Claim>")] claim: &[u8],
    #[wasm_bindgen(unchecked_optional_param_type = "Input<PolicyInput>")] policy: Option<Vec<u8>>,
    #[wasm_bindgen(unchecked_optional_param_type = "Input<RatesOptions> | null")] options: Option<
        Vec<u8>,
    >,
) -> JsResult {
    let claim = convert::claim_from_text(claim)?;
    let given: Option<PolicyInput> =
        optional_from_text(policy.as_deref(), "").map_err(|e| e.within("policy"))?;
    let policy = match given {
        Some(input) => Some(input.into_policy().map_err(|e| e.within("policy"))?),
        None => None,
    };
    let table = rates_option(options)?;
    let options = crate::compliance::CheckOptions { rates: table.get() };
    to_js(&crate::compliance::check_with(
        &claim,
        policy.as_ref(),
        &options,
    )?)
}

/// The rate table of an optional `{ rates? }` argument (`options`).
fn rates_option(options: Option<Vec<u8>>) -> crate::Result<options::TableRef> {
    let options: Option<options::RatesOptionsInput> =
        optional_from_text(options.as_deref(), "options")?;
    options::table_from(options)
}

/// When the claim becomes time-barred (preskriptionslagen): 3 years for a consumer, else 10,
/// from when each invoice arose, restarted by the latest payment or step. Which invoices a
/// payment interrupts follows its allocation, the history valued with the embedded
/// referensränta table (or `options.rates` merged into it), the last known rate assumed after it.
#[wasm_bindgen(js_name = limitation, unchecked_return_type = "Limitation")]
#[cfg_attr(inkasso_size, optimize(size))]
pub fn limitation(
    #[wasm_bindgen(unchecked_param_type = "Input<Claim>")] claim: &[u8],
    #[wasm_bindgen(unchecked_optional_param_type = "Input<RatesOptions> | null")] options: Option<
        Vec<u8>,
    >,
) -> JsResult {
    let claim = convert::claim_from_text(claim)?;
    let table = rates_option(options)?;
    let options = crate::limitation::LimitationOptions { rates: table.get() };
    to_js(&crate::limitation::limitation_with(&claim, &options)?)
}

/// The structured content of a reminder, an inkassokrav or a final notice (inkassolagen 5 §) sent on
/// `options.date`: amounts broken down, deadline, consequences, right to object; sv and en.
#[wasm_bindgen(js_name = letter, unchecked_return_type = "Letter")]
#[cfg_attr(inkasso_size, optimize(size))]
pub fn letter(
    #[wasm_bindgen(unchecked_param_type = "Input<Claim>")] claim: &[u8],
    #[wasm_bindgen(unchecked_param_type = "Input<LetterOptions>")] options: &[u8],
) -> JsResult {
    let claim = convert::claim_from_text(claim)?;
    let input = from_text::<options::LetterInput>(options, "").map_err(named("options"))?;
    let date = calendar::parse_date(&input.date).map_err(|e| e.at("date"))?;
    let table = options::table_from_rows(input.rates)?;
    let options = LetterOptions {
        rates: table.get(),
        strict_rates: input.strict_rates,
    };
    let kind = input.kind.step_kind();
    let days = options::letter_term_days(kind, &input.payment_term_days)?;
    to_js(&crate::letter::letter(&claim, kind, date, days, &options)?)
}
