//! The escalation plan (policy): when a creditor sends a betalningspåminnelse, an inkassokrav, a
//! slutlig påminnelse (final notice), applies for betalningsföreläggande and verkställighet, and
//! which fees it charges. [`timeline`](crate::timeline::timeline) projects a claim along a
//! policy; [`check`](crate::compliance::check) says whether a policy is lawful.
//!
//! # Anchors
//! - The reminder is sent [`ReminderStage::days_after_due`] days after the claim's due date (the
//!   latest effective due date of its invoices, DOMAIN.md 8.1).
//! - A second reminder ([`Policy::second_reminder`], no fee) is sent [`Stage::days_after`]
//!   days after the first reminder's deadline.
//! - The inkassokrav is sent [`Stage::days_after`] days after the (last) reminder's deadline,
//!   or after the due date when there is no reminder.
//! - The final notice is sent [`Stage::days_after`] days after the previous deadline
//!   (inkassokrav, else reminder, else due date).
//! - A letter, amorteringsplan or betalningsföreläggande after another letter's deadline comes
//!   the day after that deadline at the earliest (a `days_after` of 0 is the next day): the
//!   debtor may pay through the deadline, and paying by it must settle the claim without the
//!   next step's fee.
//! - The betalningsföreläggande is applied for [`PaymentOrderStage::days_after`] days after the
//!   last deadline.
//! - Verkställighet is applied for [`EnforcementStage::days_after_decision`] days after
//!   Kronofogden's decision (utslag), assumed to come
//!   [`EnforcementStage::assumed_decision_days`] days after the application for
//!   betalningsföreläggande. **That handling time is an assumption**, not a rule: Kronofogden's
//!   real time depends on service (delgivning) and on whether the debtor disputes; verify
//!   against Kronofogden's current handling times.
//!
//! Deadlines (sent date + payment term) move off weekends and holidays (lag 1930:173).
//!
//! # Presets (DOMAIN.md §7)
//! | id | process | seed |
//! |---|---|---|
//! | `standard` | reminder 5 days after the due date, 10 days to pay; inkassokrav 7 days after the reminder's deadline, 10 days; betalningsföreläggande 10 days later; verkställighet | 003 |
//! | `smsReminder` | SMS reminder 3 days after the due date (60 kr if agreed), 10 days; inkassokrav automatically the day after that deadline, 10 days; then as `standard` | 002 |
//! | `reminderDemandFinalNotice` | as `standard`, plus a final notice (no fee) 5 days after the inkassokrav's deadline, 10 days; betalningsföreläggande only after that | 004 |
//! | `remindersOnly` | reminder 5 days after the due date, 10 days; a final reminder (no fee) 5 days after its deadline, 10 days; nothing more | 000 |
//! | `lawfulMinimum` | no reminder; inkassokrav the day after the due date with the minimum 8 days; betalningsföreläggande the day after that deadline; verkställighet on the assumed decision day | – |
//!
//! Every seed process (000–004) is expressed as a policy in `tests/seeds.rs`: seed 000's "one or
//! two reminders" is `remindersOnly` with [`Policy::second_reminder`] and no final notice; its
//! full module is `standard` with a second reminder, the court path and efterbevakning being
//! taken steps; seed 001 is `standard` without the reminder (or an instalment plan,
//! [`crate::plan`]).
//!
//! Seed 003 says "inkassokrav 7 days after the reminder". Here every stage is anchored on the
//! previous *deadline*, so `standard` sends it 7 days after the reminder's deadline: sending an
//! inkassokrav while the reminder's own term still runs would contradict the reminder.
//!
//! **Verify**: whether an SMS counts as a *skriftlig* betalningspåminnelse under lag 1981:739
//! 2 § (the `smsReminder` preset follows seed 002, which charges 60 kr for it).

use serde::{Deserialize, Serialize};

use crate::claim::{Claim, Step, StepKind};
use crate::error::{Error, ErrorCode, Result};
use crate::text::Text;

/// The longest number of days any policy field accepts (ten years).
pub const MAX_DAYS: u32 = 3650;

/// How a reminder is sent (informative; the fee rules are the same).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Channel {
    /// A letter.
    Letter,
    /// An e-mail.
    Email,
    /// A text message (seed 002). Verify that it counts as written (lag 1981:739 2 §).
    Sms,
}

/// The reminder (betalningspåminnelse) stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReminderStage {
    /// Days after the claim's effective due date before the reminder is sent.
    pub days_after_due: u32,
    /// Days the reminder gives to pay.
    pub payment_term_days: u32,
    /// How it is sent.
    pub channel: Channel,
}

/// A stage that follows a deadline and sets a new one (inkassokrav, final notice).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stage {
    /// Days after the previous deadline (or the due date) before it is sent.
    pub days_after: u32,
    /// Days it gives to pay.
    pub payment_term_days: u32,
}

/// The betalningsföreläggande stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PaymentOrderStage {
    /// Days after the last deadline before the application is filed.
    pub days_after: u32,
}

/// The verkställighet (enforcement) stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EnforcementStage {
    /// **Assumption**: days from the application for betalningsföreläggande to Kronofogden's
    /// decision (utslag). Not a rule; verify against Kronofogden's handling times. At least one
    /// day in a timeline (0 is read as 1): no utslag is given on the day of the application.
    pub assumed_decision_days: u32,
    /// Days after the decision before verkställighet is applied for.
    pub days_after_decision: u32,
}

/// The court path after a dispute (seed 003: "tvistig fordran → stämningsansökan i
/// tingsrätten"). Projected only once a `dispute` step is taken: a creditor cannot know in
/// advance that the debtor will dispute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CourtStage {
    /// Days after the dispute before the stämningsansökan is filed (or the disputed
    /// betalningsföreläggande is transferred to the tingsrätt); the day after it at the
    /// earliest in a timeline.
    pub days_after_dispute: u32,
    /// **Assumption**: days from the filing to the dom or utslag. Not a rule: the court's time
    /// depends on the case (verify against the courts' handling times). At least one day in a
    /// timeline (0 is read as 1).
    pub assumed_judgment_days: u32,
}

/// An amorteringsplan instead of Kronofogden (seed 001: "then an instalment plan or
/// Kronofogden"): agreed [`PaymentPlanStage::days_after`] days after the last deadline, paid in
/// `count` monthly instalments from one interval after it. The timeline projects the plan step
/// (with its fee where lawful) and the schedule ([`crate::plan`]), and nothing after it: the
/// debtor pays by the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PaymentPlanStage {
    /// Days after the last deadline before the plan is agreed and sent.
    pub days_after: u32,
    /// The number of instalments (1 … [`crate::plan::MAX_INSTALMENTS`]).
    pub count: u32,
    /// Months between instalments (the first one this long after the plan).
    pub interval_months: u32,
}

/// Efterbevakning after the first verkställighet (seed 000), when the debtor has nothing to
/// seize: an informational entry (no recoverable cost, lag 1981:739 5 §); the further years of
/// enforcement are projected as before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SurveillanceStage {
    /// Days after the verkställighet.
    pub days_after_enforcement: u32,
}

/// Which fees the creditor charges. The law caps what may be charged; these say what the
/// creditor chooses to charge, and two options flag unlawful practice for
/// [`check`](crate::compliance::check) (the timeline always follows the law).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FeePolicy {
    /// Charge påminnelseavgift where it was agreed at the latest when the debt arose (lag
    /// 1981:739 2 §): the timeline charges it only then, and the compliance check takes a
    /// reminder that does not record its `fee` to have charged it only then (a reminder that
    /// records `fee: true` without that agreement is flagged).
    pub reminder_fee: bool,
    /// Charge the inkassokrav fee (lag 1981:739 3 § 1).
    pub collection_fee: bool,
    /// Claim förseningsersättning from business and public debtors (lag 1981:739 4 a §).
    pub late_fee: bool,
    /// Charge interest on fees. Not settled in case law (RH 2010:18): flagged by the compliance
    /// check, never applied by the timeline.
    pub interest_on_fees: bool,
    /// Charge the reminder and inkassokrav fees in full on top of förseningsersättning. Unlawful
    /// (DOMAIN.md §1): flagged by the compliance check for a claim with an invoice that earns
    /// förseningsersättning, never applied by the timeline.
    pub fees_on_top_of_late_fee: bool,
}

impl Default for FeePolicy {
    fn default() -> Self {
        FeePolicy {
            reminder_fee: true,
            collection_fee: true,
            late_fee: true,
            interest_on_fees: false,
            fees_on_top_of_late_fee: false,
        }
    }
}

impl FeePolicy {
    /// `step` as the engine charges it under these choices: a step that does not state its
    /// own `fee` claims none where they waive its kind's fee (reminder or inkassokrav).
    pub(crate) fn engine_step(&self, mut step: Step) -> Step {
        if step.fee.is_none() && self.waives(step.kind) {
            step.fee = Some(false);
        }
        step
    }

    /// Whether these choices waive the fee of `kind`.
    fn waives(&self, kind: StepKind) -> bool {
        match kind {
            StepKind::Reminder => !self.reminder_fee,
            StepKind::CollectionDemand => !self.collection_fee,
            _ => false,
        }
    }

    /// `claim` as the engine values it under these choices: förseningsersättning only where
    /// both the claim and the policy claim it, and every step through
    /// [`FeePolicy::engine_step`]. The timeline and the compliance check value histories so.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub(crate) fn engine_claim(&self, claim: &Claim) -> Claim {
        let mut copy = claim.clone();
        copy.late_fee = claim.late_fee && self.late_fee;
        for step in &mut copy.steps {
            *step = self.engine_step(*step);
        }
        copy
    }
}

/// The longest interval between a policy's instalments, in months.
pub(crate) const MAX_INTERVAL_MONTHS: u32 = 120;

/// The named presets (DOMAIN.md §7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum PresetId {
    /// Reminder, inkassokrav, betalningsföreläggande, verkställighet (seed 003).
    Standard,
    /// SMS reminder, then collection automatically (seed 002).
    SmsReminder,
    /// Reminder, inkassokrav, final notice, then betalningsföreläggande (seed 004).
    ReminderDemandFinalNotice,
    /// Reminders only (seed 000).
    RemindersOnly,
    /// The fastest lawful escalation.
    LawfulMinimum,
}

impl PresetId {
    /// Every preset.
    pub const ALL: [PresetId; 5] = [
        Self::Standard,
        Self::SmsReminder,
        Self::ReminderDemandFinalNotice,
        Self::RemindersOnly,
        Self::LawfulMinimum,
    ];

    /// The id used in inputs and outputs (`standard`, `smsReminder`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Standard => "standard",
            Self::SmsReminder => "smsReminder",
            Self::ReminderDemandFinalNotice => "reminderDemandFinalNotice",
            Self::RemindersOnly => "remindersOnly",
            Self::LawfulMinimum => "lawfulMinimum",
        }
    }
}

/// The [`Policy::id`] of a policy that overrides its preset.
pub const CUSTOM_ID: &str = "custom";

/// An escalation plan. Build one with [`Policy::preset`] or from a [`PolicyInput`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Policy {
    /// The preset id, or `custom` ([`CUSTOM_ID`]) when a preset was overridden. The policy
    /// reader sets it; a policy whose stages or fees you change in Rust keeps the id it had,
    /// but a timeline reports it as `custom` all the same ([`Policy::reported_id`]).
    pub id: String,
    /// The preset the policy starts from.
    pub preset: PresetId,
    /// Name, sv and en.
    pub name: Text,
    /// What it does, sv and en.
    pub description: Text,
    /// The reminder, if one is sent.
    pub reminder: Option<ReminderStage>,
    /// A second betalningspåminnelse, sent [`Stage::days_after`] days after the first one's
    /// deadline (seed 000: "en eller två betalningspåminnelser"). It earns no fee once the
    /// first earned one: one påminnelseavgift per claim (DOMAIN.md 1), so the timeline projects
    /// it fee-free after a reminder that claimed the fee (and with the fee after one recorded
    /// `fee: false` or sent before anything was overdue). Needs `reminder`.
    pub second_reminder: Option<Stage>,
    /// The inkassokrav, if one is sent.
    pub collection_demand: Option<Stage>,
    /// The final notice (slutlig påminnelse, no fee), if one is sent.
    pub final_notice: Option<Stage>,
    /// The betalningsföreläggande, if applied for.
    pub payment_order: Option<PaymentOrderStage>,
    /// Verkställighet, if applied for.
    pub enforcement: Option<EnforcementStage>,
    /// An amorteringsplan instead of Kronofogden, if the creditor offers one.
    pub payment_plan: Option<PaymentPlanStage>,
    /// The court path once the debtor disputes, if the creditor takes it.
    pub court: Option<CourtStage>,
    /// Efterbevakning after verkställighet, if the creditor keeps the claim under surveillance.
    pub surveillance: Option<SurveillanceStage>,
    /// The fees charged.
    pub fees: FeePolicy,
}

pub(crate) const DEFAULT_REMINDER: ReminderStage = ReminderStage {
    days_after_due: 5,
    payment_term_days: 10,
    channel: Channel::Letter,
};
pub(crate) const DEFAULT_DEMAND: Stage = Stage {
    days_after: 7,
    payment_term_days: 10,
};
pub(crate) const DEFAULT_SECOND_REMINDER: Stage = Stage {
    days_after: 5,
    payment_term_days: 10,
};
pub(crate) const DEFAULT_FINAL_NOTICE: Stage = Stage {
    days_after: 5,
    payment_term_days: 10,
};
pub(crate) const DEFAULT_PAYMENT_PLAN: PaymentPlanStage = PaymentPlanStage {
    days_after: 5,
    count: 6,
    interval_months: 1,
};
pub(crate) const DEFAULT_COURT: CourtStage = CourtStage {
    days_after_dispute: 14,
    assumed_judgment_days: 120,
};
pub(crate) const DEFAULT_SURVEILLANCE: SurveillanceStage = SurveillanceStage {
    days_after_enforcement: 90,
};
pub(crate) const DEFAULT_PAYMENT_ORDER: PaymentOrderStage = PaymentOrderStage { days_after: 10 };
pub(crate) const DEFAULT_ENFORCEMENT: EnforcementStage = EnforcementStage {
    assumed_decision_days: 42,
    days_after_decision: 1,
};

impl Policy {
    /// The preset `id`.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn preset(id: PresetId) -> Policy {
        let (name, description) = preset_texts(id);
        let base = Policy {
            id: id.as_str().to_owned(),
            preset: id,
            name,
            description,
            reminder: Some(DEFAULT_REMINDER),
            second_reminder: None,
            collection_demand: Some(DEFAULT_DEMAND),
            final_notice: None,
            payment_order: Some(DEFAULT_PAYMENT_ORDER),
            enforcement: Some(DEFAULT_ENFORCEMENT),
            payment_plan: None,
            court: None,
            surveillance: None,
            fees: FeePolicy::default(),
        };
        match id {
            PresetId::Standard => base,
            PresetId::SmsReminder => Policy {
                reminder: Some(ReminderStage {
                    days_after_due: 3,
                    payment_term_days: 10,
                    channel: Channel::Sms,
                }),
                collection_demand: Some(Stage {
                    days_after: 1,
                    payment_term_days: 10,
                }),
                ..base
            },
            PresetId::ReminderDemandFinalNotice => Policy {
                final_notice: Some(DEFAULT_FINAL_NOTICE),
                ..base
            },
            PresetId::RemindersOnly => Policy {
                collection_demand: None,
                final_notice: Some(DEFAULT_FINAL_NOTICE),
                payment_order: None,
                enforcement: None,
                ..base
            },
            PresetId::LawfulMinimum => Policy {
                reminder: None,
                collection_demand: Some(Stage {
                    days_after: 1,
                    payment_term_days: crate::params::min_collection_term_days_now(),
                }),
                payment_order: Some(PaymentOrderStage { days_after: 1 }),
                enforcement: Some(EnforcementStage {
                    assumed_decision_days: DEFAULT_ENFORCEMENT.assumed_decision_days,
                    days_after_decision: 0,
                }),
                fees: FeePolicy {
                    reminder_fee: false,
                    ..FeePolicy::default()
                },
                ..base
            },
        }
    }

    /// Whether `self` and `other` escalate alike: the same stages and fee choices, whatever
    /// their ids and words.
    #[inline(never)]
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn same_steps_and_fees(&self, other: &Policy) -> bool {
        self.reminder == other.reminder
            && self.second_reminder == other.second_reminder
            && self.collection_demand == other.collection_demand
            && self.final_notice == other.final_notice
            && self.payment_order == other.payment_order
            && self.enforcement == other.enforcement
            && self.payment_plan == other.payment_plan
            && self.court == other.court
            && self.surveillance == other.surveillance
            && self.fees == other.fees
    }

    /// Every preset, in [`PresetId::ALL`] order.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn presets() -> Vec<Policy> {
        PresetId::ALL.into_iter().map(Policy::preset).collect()
    }

    /// The id a timeline reports (its `policy`): [`Self::id`], or [`CUSTOM_ID`] when the
    /// stages or fees are not its preset's ([`Self::same_steps_and_fees`]), so that a preset
    /// edited in Rust is not reported under the preset's name (a Rust user's review).
    ///
    /// ```
    /// use inkasso::policy::{Policy, PresetId};
    ///
    /// let mut policy = Policy::preset(PresetId::Standard);
    /// assert_eq!(policy.reported_id(), "standard");
    /// policy.final_notice = None;
    /// policy.surveillance = None;
    /// policy.reminder = None;
    /// assert_eq!(policy.reported_id(), "custom");
    /// ```
    pub fn reported_id(&self) -> &str {
        if self.id != CUSTOM_ID && !self.same_steps_and_fees(&Policy::preset(self.preset)) {
            CUSTOM_ID
        } else {
            &self.id
        }
    }

    /// Checks limits (every day count within 0 ..= [`MAX_DAYS`]) and consistency
    /// (verkställighet needs a betalningsföreläggande, which needs an inkassokrav). Whether the
    /// plan is *lawful* (terms, order) is for [`check`](crate::compliance::check).
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn validate(&self) -> Result<()> {
        if let Some(r) = &self.reminder {
            days(r.days_after_due, "reminder.daysAfterDue")?;
            days(r.payment_term_days, "reminder.paymentTermDays")?;
        }
        if self.second_reminder.is_some() && self.reminder.is_none() {
            return Err(invalid(
                "secondReminder",
                "a second reminder follows the first: add reminder",
            ));
        }
        for (stage, name) in [
            (&self.second_reminder, "secondReminder"),
            (&self.collection_demand, "collectionDemand"),
            (&self.final_notice, "finalNotice"),
        ] {
            if let Some(s) = stage {
                days(s.days_after, &format!("{name}.daysAfter"))?;
                days(s.payment_term_days, &format!("{name}.paymentTermDays"))?;
            }
        }
        if let Some(p) = &self.payment_order {
            days(p.days_after, "paymentOrder.daysAfter")?;
            if self.collection_demand.is_none() {
                return Err(invalid(
                    "paymentOrder",
                    "a betalningsföreläggande follows an unpaid inkassokrav: add collectionDemand",
                ));
            }
        }
        if let Some(p) = &self.payment_plan {
            days(p.days_after, "paymentPlan.daysAfter")?;
            if p.count == 0 || p.count > crate::plan::MAX_INSTALMENTS {
                return Err(invalid(
                    "paymentPlan.count",
                    &format!("{}: {}", p.count, crate::plan::count_rule()),
                ));
            }
            if p.interval_months == 0 || p.interval_months > MAX_INTERVAL_MONTHS {
                return Err(invalid(
                    "paymentPlan.intervalMonths",
                    &format!("{}: {}", p.interval_months, crate::plan::months_rule()),
                ));
            }
        }
        if let Some(c) = &self.court {
            days(c.days_after_dispute, "court.daysAfterDispute")?;
            days(c.assumed_judgment_days, "court.assumedJudgmentDays")?;
            // The path ends in verkställighet on the judgment, and the timeline projects it
            // from the enforcement stage (an integrator's review, stop 67: `remindersOnly` with
            // `court` was accepted and projected nothing after a dispute, without a word).
            if self.enforcement.is_none() {
                return Err(invalid(
                    "court",
                    "the court path leads to verkställighet on the judgment: add enforcement",
                ));
            }
        }
        if let Some(s) = &self.surveillance {
            days(
                s.days_after_enforcement,
                "surveillance.daysAfterEnforcement",
            )?;
            if self.enforcement.is_none() {
                return Err(invalid(
                    "surveillance",
                    "efterbevakning follows verkställighet: add enforcement",
                ));
            }
        }
        if let Some(e) = &self.enforcement {
            days(e.assumed_decision_days, "enforcement.assumedDecisionDays")?;
            days(e.days_after_decision, "enforcement.daysAfterDecision")?;
            if self.payment_order.is_none() {
                return Err(invalid(
                    "enforcement",
                    "verkställighet needs a decision from a betalningsföreläggande: add paymentOrder",
                ));
            }
        }
        // Last: the JSON reader checks the id first, as given ([`crate::input::policy`]); a
        // policy built in Rust is held to the same rule (a Rust user's review).
        check_id(&self.id, self.preset)
    }
}

/// A policy's `id` as given: its preset's (`preset`, `standard` when absent) or `"custom"`,
/// else [`ErrorCode::InvalidPolicy`] at `id`. An id never chooses the preset: a policy
/// `{ "id": "lawfulMinimum" }` would otherwise be the standard one under another name.
///
/// [`ErrorCode::InvalidPolicy`]: crate::error::ErrorCode::InvalidPolicy
#[inline(never)]
#[cfg_attr(inkasso_size, optimize(size))]
pub(crate) fn check_id(id: &str, preset: PresetId) -> Result<()> {
    if id == CUSTOM_ID || id == preset.as_str() {
        return Ok(());
    }
    Err(invalid(
        "id",
        &format!(
            "{}: the policy's preset is {}, so its id is {} or {}; choose a preset with `preset`",
            crate::error::quoted(id),
            crate::error::quoted(preset.as_str()),
            crate::error::quoted(preset.as_str()),
            crate::error::quoted(CUSTOM_ID),
        ),
    ))
}

pub(crate) fn invalid(path: &str, message: &str) -> Error {
    Error::new(ErrorCode::InvalidPolicy, message).at(path)
}

fn days(value: u32, path: &str) -> Result<()> {
    if value > MAX_DAYS {
        return Err(invalid(
            path,
            &format!("{value} days: at most {MAX_DAYS} days are accepted"),
        ));
    }
    Ok(())
}

pub(crate) fn preset_texts(id: PresetId) -> (Text, Text) {
    crate::text::preset(id)
}

pub use crate::input::policy::{
    EnforcementInput, FeesInput, PaymentOrderInput, PolicyInput, ReminderInput, StageInput,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::read;

    fn parse(json: &str) -> Result<Policy> {
        read::<PolicyInput, _>(&mut serde_json::Deserializer::from_str(json))?.into_policy()
    }

    #[test]
    fn presets_are_valid_and_named() {
        for id in PresetId::ALL {
            let p = Policy::preset(id);
            assert_eq!(p.validate(), Ok(()), "{id:?}");
            assert_eq!(p.id, id.as_str());
            assert_eq!(
                serde_json::to_value(id).expect("json"),
                serde_json::json!(id.as_str())
            );
            assert!(!p.name.sv.is_empty() && !p.description.en.is_empty());
            assert_eq!(parse(&format!(r#"{{"preset":"{}"}}"#, id.as_str())), Ok(p));
        }
    }

    #[test]
    fn lawful_minimum_uses_the_minimum_term() {
        let p = Policy::preset(PresetId::LawfulMinimum);
        assert!(p.reminder.is_none());
        assert_eq!(
            p.collection_demand.map(|s| s.payment_term_days),
            Some(crate::params::min_collection_term_days_now())
        );
    }

    #[test]
    fn overrides_field_by_field() {
        let p = parse(r#"{"preset":"smsReminder","reminder":{"paymentTermDays":14},"finalNotice":{"daysAfter":2},"fees":{"lateFee":false}}"#)
            .expect("policy");
        assert_eq!(p.id, "custom");
        assert_eq!(
            p.reminder,
            Some(ReminderStage {
                days_after_due: 3,
                payment_term_days: 14,
                channel: Channel::Sms
            })
        );
        assert_eq!(
            p.final_notice,
            Some(Stage {
                days_after: 2,
                payment_term_days: 10
            })
        );
        assert!(!p.fees.late_fee && p.fees.collection_fee);
        let none = parse(r#"{"reminder":null}"#).expect("policy");
        assert_eq!(none.preset, PresetId::Standard);
        assert!(none.reminder.is_none());
    }

    #[test]
    fn errors_carry_codes_and_paths() {
        for (json, code, field) in [
            (
                r#"{"preset":"fast"}"#,
                ErrorCode::UnknownVariant,
                Some("preset"),
            ),
            (
                r#"{"collectionDemand":{"paymentTermDays":-1}}"#,
                ErrorCode::InvalidPolicy,
                Some("collectionDemand.paymentTermDays"),
            ),
            (
                r#"{"reminder":{"daysAfterDue":3651}}"#,
                ErrorCode::InvalidPolicy,
                Some("reminder.daysAfterDue"),
            ),
            (
                r#"{"enforcement":{"assumedDecisionDays":99999999999}}"#,
                ErrorCode::InvalidPolicy,
                Some("enforcement.assumedDecisionDays"),
            ),
            (
                r#"{"paymentOrder":null}"#,
                ErrorCode::InvalidPolicy,
                Some("enforcement"),
            ),
            (
                r#"{"collectionDemand":null,"enforcement":null}"#,
                ErrorCode::InvalidPolicy,
                Some("paymentOrder"),
            ),
            (
                r#"{"collectionDemand":{"days":1}}"#,
                ErrorCode::UnknownField,
                Some("collectionDemand.days"),
            ),
            (
                r#"{"reminder":{"channel":"fax"}}"#,
                ErrorCode::UnknownVariant,
                Some("reminder.channel"),
            ),
            (
                r#"{"finalNotice":{"daysAfter":1.5}}"#,
                ErrorCode::InvalidType,
                Some("finalNotice.daysAfter"),
            ),
        ] {
            let err = parse(json).expect_err(json);
            assert_eq!((err.code(), err.field()), (code, field), "{json}: {err}");
        }
    }

    #[test]
    fn validate_catches_built_policies() {
        let mut p = Policy::preset(PresetId::Standard);
        p.final_notice = Some(Stage {
            days_after: 1,
            payment_term_days: MAX_DAYS + 1,
        });
        let err = p.validate().expect_err("too long");
        assert_eq!(err.field(), Some("finalNotice.paymentTermDays"));
    }
}
