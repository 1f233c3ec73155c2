//! Arbitrary bytes as `{"claim": …, "policy": …, "today": "YYYY-MM-DD", "horizon": …, "plan": …}`
//! through the legal workflow: `timeline`, `check`, `limitation`, the three letters on `today`
//! (10 days' term) and `instalmentPlan` of `plan`, read by the wasm API's path (input::read →
//! into_claim / into_policy / into_request). An input error or a coded refusal is fine; a
//! panic is a bug, and so is an input that runs past libFuzzer's `-timeout` (work per call
//! must stay bounded: ROBUSTNESS.md).
#![no_main]

use inkasso::input::plan::PlanInput;
use inkasso::input::{read, ClaimInput};
use inkasso::policy::PolicyInput;
use inkasso::timeline::TimelineOptions;
use serde::Deserialize;
use serde_json::value::RawValue;

#[derive(Deserialize)]
struct Input<'a> {
    #[serde(borrow)]
    claim: &'a RawValue,
    #[serde(borrow, default)]
    policy: Option<&'a RawValue>,
    #[serde(default)]
    today: Option<String>,
    #[serde(default)]
    horizon: Option<String>,
    #[serde(borrow, default)]
    plan: Option<&'a RawValue>,
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = core::str::from_utf8(data) else {
        return;
    };
    let Ok(input) = serde_json::from_str::<Input<'_>>(text) else {
        return;
    };
    let Ok(claim) =
        read::<ClaimInput, _>(&mut serde_json::Deserializer::from_str(input.claim.get()))
            .and_then(ClaimInput::into_claim)
    else {
        return;
    };
    let policy = match input.policy {
        Some(p) => match read::<PolicyInput, _>(&mut serde_json::Deserializer::from_str(p.get()))
            .and_then(PolicyInput::into_policy)
        {
            Ok(p) => p,
            Err(_) => return,
        },
        None => inkasso::policy::Policy::preset(inkasso::policy::PresetId::Standard),
    };
    let date = |d: &Option<String>| d.as_deref().map(inkasso::calendar::parse_date);
    let (today, horizon) = match (date(&input.today), date(&input.horizon)) {
        (Some(Err(_)), _) | (_, Some(Err(_))) => return,
        (t, h) => (t.and_then(Result::ok), h.and_then(Result::ok)),
    };
    let options = TimelineOptions {
        today,
        horizon,
        ..TimelineOptions::default()
    };
    let _ = inkasso::timeline::timeline(&claim, &policy, &options);
    let _ = inkasso::compliance::check(&claim, Some(&policy));
    let _ = inkasso::limitation::limitation(&claim);
    if let Some(day) = today {
        for kind in [
            inkasso::StepKind::Reminder,
            inkasso::StepKind::CollectionDemand,
            inkasso::StepKind::FinalNotice,
        ] {
            let _ = inkasso::letter::letter(
                &claim,
                kind,
                day,
                10,
                &inkasso::letter::LetterOptions::default(),
            );
        }
    }
    if let Some(plan) = input.plan {
        if let Ok(request) =
            read::<PlanInput, _>(&mut serde_json::Deserializer::from_str(plan.get()))
                .and_then(PlanInput::into_request)
        {
            let _ = inkasso::plan::instalment_plan(
                &claim,
                &request,
                &inkasso::plan::PlanOptions::default(),
            );
        }
    }
});
