//! A policy as it arrives from JSON or JavaScript: a preset id with fields overriding it, read
//! with any serde deserializer and turned into a [`Policy`] with coded errors at the path of
//! the field (`INVALID_POLICY`).

use serde::{Deserialize, Deserializer};

use crate::error::Result;
use crate::input::WholeInput;
use crate::policy::CUSTOM_ID;
use crate::policy::{
    invalid, Channel, CourtStage, EnforcementStage, FeePolicy, PaymentOrderStage, Policy, PresetId,
    ReminderStage, Stage, SurveillanceStage, DEFAULT_COURT, DEFAULT_DEMAND, DEFAULT_ENFORCEMENT,
    DEFAULT_FINAL_NOTICE, DEFAULT_PAYMENT_ORDER, DEFAULT_REMINDER, DEFAULT_SECOND_REMINDER,
    DEFAULT_SURVEILLANCE, MAX_DAYS,
};
use crate::policy::{PaymentPlanStage, DEFAULT_PAYMENT_PLAN};

/// Deserialises a present field (even `null`) as `Some`, so that an absent field (`None`) and
/// `null` (`Some(None)`, removing a stage) differ.
fn present<'de, D, T>(deserializer: D) -> core::result::Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

/// The reminder stage as given; absent fields keep the base preset's (or the default 5/10 days,
/// letter).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReminderInput {
    /// `daysAfterDue`.
    #[serde(default)]
    pub days_after_due: Option<WholeInput>,
    /// `paymentTermDays`.
    #[serde(default)]
    pub payment_term_days: Option<WholeInput>,
    /// `channel`: `letter`, `email` or `sms`.
    #[serde(default)]
    pub channel: Option<Channel>,
}

/// An inkassokrav or final-notice stage as given.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StageInput {
    /// `daysAfter`.
    #[serde(default)]
    pub days_after: Option<WholeInput>,
    /// `paymentTermDays`.
    #[serde(default)]
    pub payment_term_days: Option<WholeInput>,
}

/// The betalningsföreläggande stage as given.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PaymentOrderInput {
    /// `daysAfter`.
    #[serde(default)]
    pub days_after: Option<WholeInput>,
}

/// The verkställighet stage as given.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EnforcementInput {
    /// `assumedDecisionDays` (an assumption about Kronofogden's handling time).
    #[serde(default)]
    pub assumed_decision_days: Option<WholeInput>,
    /// `daysAfterDecision`.
    #[serde(default)]
    pub days_after_decision: Option<WholeInput>,
}

/// The amorteringsplan stage as given.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PaymentPlanInput {
    /// `daysAfter`.
    #[serde(default)]
    pub days_after: Option<WholeInput>,
    /// `count`.
    #[serde(default)]
    pub count: Option<WholeInput>,
    /// `intervalMonths`.
    #[serde(default)]
    pub interval_months: Option<WholeInput>,
}

/// The court stage as given.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CourtInput {
    /// `daysAfterDispute`.
    #[serde(default)]
    pub days_after_dispute: Option<WholeInput>,
    /// `assumedJudgmentDays` (an assumption about the court's handling time).
    #[serde(default)]
    pub assumed_judgment_days: Option<WholeInput>,
}

/// The efterbevakning stage as given.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SurveillanceInput {
    /// `daysAfterEnforcement`.
    #[serde(default)]
    pub days_after_enforcement: Option<WholeInput>,
}

/// The fee choices as given.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FeesInput {
    /// `reminderFee`.
    #[serde(default)]
    pub reminder_fee: Option<bool>,
    /// `collectionFee`.
    #[serde(default)]
    pub collection_fee: Option<bool>,
    /// `lateFee`.
    #[serde(default)]
    pub late_fee: Option<bool>,
    /// `interestOnFees`.
    #[serde(default)]
    pub interest_on_fees: Option<bool>,
    /// `feesOnTopOfLateFee`.
    #[serde(default)]
    pub fees_on_top_of_late_fee: Option<bool>,
}

/// A policy's label as given (`name`, `description`): `{ "sv": …, "en": … }`. Accepted so that
/// a [`Policy`] as it serialises (one of `presets()` in JS) can be passed back; the engine
/// never reads it (a policy's words are its own catalogue's).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabelInput {
    /// `sv`.
    #[serde(default)]
    pub sv: Option<String>,
    /// `en`.
    #[serde(default)]
    pub en: Option<String>,
}

/// A policy as given: `{ "preset": "standard" }`, or fields overriding a preset (`standard` when
/// `preset` is absent). A stage given as an object overrides the preset's stage field by field
/// (a stage the preset lacks starts from defaults); a stage given as `null` is removed.
///
/// A complete [`Policy`] as it serialises (one of `presets()` in JS, changed or not) reads
/// back as the same policy: its `id` must be its preset's or `"custom"` (an id
/// never chooses the preset: `preset` does), and `name` and `description` are not read.
///
/// ```
/// use inkasso::input::read;
/// use inkasso::policy::PolicyInput;
///
/// let json = r#"{"preset":"standard","collectionDemand":{"paymentTermDays":14},"enforcement":null}"#;
/// let policy = read::<PolicyInput, _>(&mut serde_json::Deserializer::from_str(json))?.into_policy()?;
/// assert_eq!(policy.collection_demand.map(|s| s.payment_term_days), Some(14));
/// assert!(policy.enforcement.is_none());
///
/// let bad = r#"{"collectionDemand":{"paymentTermDays":-1}}"#;
/// let err = read::<PolicyInput, _>(&mut serde_json::Deserializer::from_str(bad))?.into_policy().unwrap_err();
/// assert_eq!(err.code().as_str(), "INVALID_POLICY");
/// assert_eq!(err.field(), Some("collectionDemand.paymentTermDays"));
/// # Ok::<(), inkasso::Error>(())
/// ```
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PolicyInput {
    /// `id`: the policy's id as [`Policy`] gives it, its preset's or `"custom"`; checked
    /// against `preset`, never choosing it.
    #[serde(default)]
    pub id: Option<String>,
    /// `name`: not read (see [`LabelInput`]).
    #[serde(default)]
    pub name: Option<LabelInput>,
    /// `description`: not read (see [`LabelInput`]).
    #[serde(default)]
    pub description: Option<LabelInput>,
    /// `preset`: the base preset id.
    #[serde(default)]
    pub preset: Option<PresetId>,
    /// `reminder`: object to override, `null` to remove.
    #[serde(default, deserialize_with = "present")]
    pub reminder: Option<Option<ReminderInput>>,
    /// `secondReminder`: object to add or override (a second reminder, no fee), `null` to
    /// remove.
    #[serde(default, deserialize_with = "present")]
    pub second_reminder: Option<Option<StageInput>>,
    /// `collectionDemand`: object to override, `null` to remove.
    #[serde(default, deserialize_with = "present")]
    pub collection_demand: Option<Option<StageInput>>,
    /// `finalNotice`: object to override or add, `null` to remove.
    #[serde(default, deserialize_with = "present")]
    pub final_notice: Option<Option<StageInput>>,
    /// `paymentOrder`: object to override, `null` to remove.
    #[serde(default, deserialize_with = "present")]
    pub payment_order: Option<Option<PaymentOrderInput>>,
    /// `enforcement`: object to override, `null` to remove.
    #[serde(default, deserialize_with = "present")]
    pub enforcement: Option<Option<EnforcementInput>>,
    /// `paymentPlan`: object to add or override (an amorteringsplan instead of Kronofogden),
    /// `null` to remove.
    #[serde(default, deserialize_with = "present")]
    pub payment_plan: Option<Option<PaymentPlanInput>>,
    /// `court`: object to add or override (the court path after a dispute), `null` to remove.
    #[serde(default, deserialize_with = "present")]
    pub court: Option<Option<CourtInput>>,
    /// `surveillance`: object to add or override (efterbevakning), `null` to remove.
    #[serde(default, deserialize_with = "present")]
    pub surveillance: Option<Option<SurveillanceInput>>,
    /// `fees`: the fee choices to override.
    #[serde(default)]
    pub fees: Option<FeesInput>,
}

/// A whole number (not days: instalments, months) as given, or `fallback` when absent; one
/// outside 1 … `max` is [`ErrorCode::InvalidPolicy`] at `path`: `{value}: {rule}`.
/// Within it, [`crate::policy::Policy::validate`] words its own rule the same way.
///
/// [`ErrorCode::InvalidPolicy`]: crate::error::ErrorCode::InvalidPolicy
#[cfg_attr(inkasso_size, optimize(size))]
fn whole_within(
    value: Option<WholeInput>,
    fallback: u32,
    max: u32,
    path: &str,
    rule: &str,
) -> Result<u32> {
    match value {
        None => Ok(fallback),
        Some(value) => value
            .within(max)
            .filter(|v| *v >= 1)
            .ok_or_else(|| invalid(path, &format!("{value}: {rule}"))),
    }
}

/// A day count as given, or `fallback` when absent: see [`days_within`].
fn day_count(value: Option<WholeInput>, fallback: u32, path: &str) -> Result<u32> {
    match value {
        None => Ok(fallback),
        Some(value) => days_within(&value, path),
    }
}

/// A whole number of days within 0 … [`MAX_DAYS`], else [`ErrorCode::InvalidPolicy`] at
/// `path`: `-1 days: a number of days cannot be negative`, `4000 days: at most 3650 days are
/// accepted` (the same for any number beyond: `1e+21 days: …`). A policy's day counts are
/// checked by it (a letter's payment term is `INVALID_DAYS`, as a step's).
///
/// [`ErrorCode::InvalidPolicy`]: crate::error::ErrorCode::InvalidPolicy
#[doc(hidden)]
#[cfg_attr(inkasso_size, optimize(size))]
pub fn days_within(value: &WholeInput, path: &str) -> Result<u32> {
    if let Some(days) = value.within(MAX_DAYS) {
        return Ok(days);
    }
    let message = if value.is_negative() {
        format!("{value} days: a number of days cannot be negative")
    } else {
        format!("{value} days: at most {MAX_DAYS} days are accepted")
    };
    Err(invalid(path, &message))
}

/// Applies an override (`Some(Some(..))`), a removal (`Some(None)`) or nothing (`None`).
#[cfg_attr(inkasso_size, optimize(size))]
fn merge<T: Copy, I>(
    base: Option<T>,
    default: T,
    given: Option<Option<I>>,
    apply: impl FnOnce(T, I) -> Result<T>,
) -> Result<Option<T>> {
    match given {
        None => Ok(base),
        Some(None) => Ok(None),
        Some(Some(input)) => apply(base.unwrap_or(default), input).map(Some),
    }
}

impl PolicyInput {
    /// Builds the policy and runs [`Policy::validate`].
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn into_policy(self) -> Result<Policy> {
        let preset = self.preset.unwrap_or(PresetId::Standard);
        if let Some(id) = &self.id {
            crate::policy::check_id(id, preset)?;
        }
        let base = Policy::preset(preset);
        let reminder = merge(base.reminder, DEFAULT_REMINDER, self.reminder, |b, i| {
            Ok(ReminderStage {
                days_after_due: day_count(
                    i.days_after_due,
                    b.days_after_due,
                    "reminder.daysAfterDue",
                )?,
                payment_term_days: day_count(
                    i.payment_term_days,
                    b.payment_term_days,
                    "reminder.paymentTermDays",
                )?,
                channel: i.channel.unwrap_or(b.channel),
            })
        })?;
        let stage = |name: &'static str| {
            move |b: Stage, i: StageInput| -> Result<Stage> {
                Ok(Stage {
                    days_after: day_count(
                        i.days_after,
                        b.days_after,
                        &format!("{name}.daysAfter"),
                    )?,
                    payment_term_days: day_count(
                        i.payment_term_days,
                        b.payment_term_days,
                        &format!("{name}.paymentTermDays"),
                    )?,
                })
            }
        };
        let second_reminder = merge(
            base.second_reminder,
            DEFAULT_SECOND_REMINDER,
            self.second_reminder,
            stage("secondReminder"),
        )?;
        let collection_demand = merge(
            base.collection_demand,
            DEFAULT_DEMAND,
            self.collection_demand,
            stage("collectionDemand"),
        )?;
        let final_notice = merge(
            base.final_notice,
            DEFAULT_FINAL_NOTICE,
            self.final_notice,
            stage("finalNotice"),
        )?;
        let payment_order = merge(
            base.payment_order,
            DEFAULT_PAYMENT_ORDER,
            self.payment_order,
            |b, i| {
                Ok(PaymentOrderStage {
                    days_after: day_count(i.days_after, b.days_after, "paymentOrder.daysAfter")?,
                })
            },
        )?;
        let enforcement = merge(
            base.enforcement,
            DEFAULT_ENFORCEMENT,
            self.enforcement,
            |b, i| {
                Ok(EnforcementStage {
                    assumed_decision_days: day_count(
                        i.assumed_decision_days,
                        b.assumed_decision_days,
                        "enforcement.assumedDecisionDays",
                    )?,
                    days_after_decision: day_count(
                        i.days_after_decision,
                        b.days_after_decision,
                        "enforcement.daysAfterDecision",
                    )?,
                })
            },
        )?;
        let payment_plan = merge(
            base.payment_plan,
            DEFAULT_PAYMENT_PLAN,
            self.payment_plan,
            |b, i| {
                Ok(PaymentPlanStage {
                    days_after: day_count(i.days_after, b.days_after, "paymentPlan.daysAfter")?,
                    count: whole_within(
                        i.count,
                        b.count,
                        crate::plan::MAX_INSTALMENTS,
                        "paymentPlan.count",
                        &crate::plan::count_rule(),
                    )?,
                    interval_months: whole_within(
                        i.interval_months,
                        b.interval_months,
                        crate::policy::MAX_INTERVAL_MONTHS,
                        "paymentPlan.intervalMonths",
                        &crate::plan::months_rule(),
                    )?,
                })
            },
        )?;
        let court = merge(base.court, DEFAULT_COURT, self.court, |b, i| {
            Ok(CourtStage {
                days_after_dispute: day_count(
                    i.days_after_dispute,
                    b.days_after_dispute,
                    "court.daysAfterDispute",
                )?,
                assumed_judgment_days: day_count(
                    i.assumed_judgment_days,
                    b.assumed_judgment_days,
                    "court.assumedJudgmentDays",
                )?,
            })
        })?;
        let surveillance = merge(
            base.surveillance,
            DEFAULT_SURVEILLANCE,
            self.surveillance,
            |b, i| {
                Ok(SurveillanceStage {
                    days_after_enforcement: day_count(
                        i.days_after_enforcement,
                        b.days_after_enforcement,
                        "surveillance.daysAfterEnforcement",
                    )?,
                })
            },
        )?;
        let fees = match self.fees {
            None => base.fees,
            Some(f) => FeePolicy {
                reminder_fee: f.reminder_fee.unwrap_or(base.fees.reminder_fee),
                collection_fee: f.collection_fee.unwrap_or(base.fees.collection_fee),
                late_fee: f.late_fee.unwrap_or(base.fees.late_fee),
                interest_on_fees: f.interest_on_fees.unwrap_or(base.fees.interest_on_fees),
                fees_on_top_of_late_fee: f
                    .fees_on_top_of_late_fee
                    .unwrap_or(base.fees.fees_on_top_of_late_fee),
            },
        };
        let mut policy = Policy {
            reminder,
            second_reminder,
            collection_demand,
            final_notice,
            payment_order,
            enforcement,
            payment_plan,
            court,
            surveillance,
            fees,
            ..base
        };
        // Overrides that leave every stage and fee as the preset has them (a preset passed
        // back whole) are the preset itself, with its id and words.
        if !policy.same_steps_and_fees(&Policy::preset(preset)) {
            let (name, description) = crate::text::custom_policy(preset);
            policy.id = CUSTOM_ID.to_owned();
            policy.name = name;
            policy.description = description;
        }
        policy.validate()?;
        Ok(policy)
    }
}
