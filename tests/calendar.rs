//! The Swedish calendar against tables built by hand from DOMAIN.md §3 (lag 1989:253 om
//! allmänna helgdagar; lag 1930:173 om beräkning av lagstadgad tid), 2024–2030, and the holiday
//! law by date (SFS 2004:1320 from 2005-04-01; the 1953 reform; första maj from 1939) below.
//!
//! Easter Sundays are the published Gregorian dates; Ascension = Easter + 39, Whit Sunday =
//! Easter + 49; midsommardagen is the Saturday in 20–26 June and midsommarafton the Friday before;
//! alla helgons dag is the Saturday in 31 October – 6 November. The weekdays were checked with
//! GNU `date`, independently of the crate.

use inkasso::calendar::{
    holiday_rule_on, holidays, is_day_off, next_business_day, parse_date, DayOffKind, HOLIDAY_RULES,
};
use inkasso::{Claim, DebtorKind, Invoice, Money};
use time::{Date, Weekday};

fn d(text: &str) -> Date {
    parse_date(text).expect("test date")
}

/// (year, Easter Sunday, midsommardagen, alla helgons dag), by hand.
const MOVABLE: [(i32, &str, &str, &str); 7] = [
    (2024, "03-31", "06-22", "11-02"),
    (2025, "04-20", "06-21", "11-01"),
    (2026, "04-05", "06-20", "10-31"),
    (2027, "03-28", "06-26", "11-06"),
    (2028, "04-16", "06-24", "11-04"),
    (2029, "04-01", "06-23", "11-03"),
    (2030, "04-21", "06-22", "11-02"),
];

/// Långfredagen, annandag påsk, Kristi himmelsfärdsdag, pingstdagen, midsommarafton: by hand
/// from the table above.
const DERIVED: [(i32, &str, &str, &str, &str, &str); 7] = [
    (2024, "03-29", "04-01", "05-09", "05-19", "06-21"),
    (2025, "04-18", "04-21", "05-29", "06-08", "06-20"),
    (2026, "04-03", "04-06", "05-14", "05-24", "06-19"),
    (2027, "03-26", "03-29", "05-06", "05-16", "06-25"),
    (2028, "04-14", "04-17", "05-25", "06-04", "06-23"),
    (2029, "03-30", "04-02", "05-10", "05-20", "06-22"),
    (2030, "04-19", "04-22", "05-30", "06-09", "06-21"),
];

/// Every named day off of `year` (public holidays and the three eves), from the hand tables.
fn expected(year: i32) -> Vec<(Date, &'static str, DayOffKind)> {
    use DayOffKind::{PublicHoliday as P, TreatedAsHoliday as T};
    let (_, easter, midsummer, all_saints) =
        MOVABLE.iter().find(|m| m.0 == year).copied().expect("year");
    let (_, good_friday, easter_monday, ascension, whitsun, midsummer_eve) =
        DERIVED.iter().find(|m| m.0 == year).copied().expect("year");
    let day = |md: &str| d(&format!("{year}-{md}"));
    let mut days = vec![
        (day("01-01"), "nyårsdagen", P),
        (day("01-06"), "trettondedag jul", P),
        (day(good_friday), "långfredagen", P),
        (day(easter), "påskdagen", P),
        (day(easter_monday), "annandag påsk", P),
        (day("05-01"), "första maj", P),
        (day(ascension), "Kristi himmelsfärdsdag", P),
        (day(whitsun), "pingstdagen", P),
        (day("06-06"), "Sveriges nationaldag", P),
        (day(midsummer_eve), "midsommarafton", T),
        (day(midsummer), "midsommardagen", P),
        (day(all_saints), "alla helgons dag", P),
        (day("12-24"), "julafton", T),
        (day("12-25"), "juldagen", P),
        (day("12-26"), "annandag jul", P),
        (day("12-31"), "nyårsafton", T),
    ];
    days.sort_by_key(|x| x.0);
    days
}

#[test]
fn every_holiday_2024_to_2030_matches_the_hand_table() {
    for year in 2024..=2030 {
        let got: Vec<(Date, &str, DayOffKind)> = holidays(year)
            .into_iter()
            .map(|h| (h.date, h.name_sv, h.kind))
            .collect();
        assert_eq!(got, expected(year), "{year}");
    }
}

#[test]
fn day_off_is_exactly_weekends_and_the_table_2024_to_2030() {
    for year in 2024..=2030 {
        let named: Vec<Date> = expected(year).into_iter().map(|x| x.0).collect();
        let mut day = d(&format!("{year}-01-01"));
        while day.year() == year {
            let weekend = matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday);
            assert_eq!(is_day_off(day), weekend || named.contains(&day), "{day}");
            day = day.next_day().expect("day");
        }
    }
}

#[test]
fn the_eves_are_days_off_and_the_day_after_a_weekday_eve_is_not_automatically() {
    // Midsommarafton is always a Friday; julafton and nyårsafton are days off whatever weekday.
    for year in 2024..=2030 {
        for md in ["12-24", "12-31"] {
            assert!(is_day_off(d(&format!("{year}-{md}"))), "{year}-{md}");
        }
    }
    // 2026-12-23 is a Wednesday and an ordinary working day.
    assert!(!is_day_off(d("2026-12-23")));
    // 2025-06-19 is the Thursday before midsommarafton: a working day.
    assert!(!is_day_off(d("2025-06-19")));
}

#[test]
fn deadlines_move_off_easter() {
    for (given, expected) in [
        // 2025: långfredagen 18 April … annandag påsk 21 April.
        ("2025-04-17", "2025-04-17"), // skärtorsdagen is a working day
        ("2025-04-18", "2025-04-22"),
        ("2025-04-19", "2025-04-22"),
        ("2025-04-20", "2025-04-22"),
        ("2025-04-21", "2025-04-22"),
        // 2026: långfredagen 3 April … annandag påsk 6 April.
        ("2026-04-03", "2026-04-07"),
        ("2026-04-06", "2026-04-07"),
        // 2027: Easter in March; långfredagen 26 March.
        ("2027-03-26", "2027-03-30"),
        // Kristi himmelsfärdsdag 2025-05-29 (Thursday) → Friday.
        ("2025-05-29", "2025-05-30"),
        // Pingstdagen is a Sunday; 2025-06-08 → Monday 9 June (annandag pingst is no holiday).
        ("2025-06-08", "2025-06-09"),
    ] {
        assert_eq!(next_business_day(d(given)), Ok(d(expected)), "{given}");
    }
}

#[test]
fn deadlines_move_off_midsommar_and_national_day() {
    for (given, expected) in [
        ("2025-06-20", "2025-06-23"), // midsommarafton (Friday) → Monday
        ("2025-06-21", "2025-06-23"),
        ("2026-06-19", "2026-06-22"),
        ("2027-06-25", "2027-06-28"),
        ("2025-06-06", "2025-06-09"), // nationaldagen on a Friday → Monday
        ("2029-06-06", "2029-06-07"), // nationaldagen on a Wednesday → Thursday
    ] {
        assert_eq!(next_business_day(d(given)), Ok(d(expected)), "{given}");
    }
}

#[test]
fn deadlines_move_off_christmas_and_new_year() {
    for (given, expected) in [
        ("2025-12-24", "2025-12-29"), // Wed julafton … Sunday → Monday 29th
        ("2025-12-26", "2025-12-29"),
        ("2025-12-31", "2026-01-02"), // nyårsafton → Friday 2 January
        ("2026-01-01", "2026-01-02"),
        ("2026-01-06", "2026-01-07"), // trettondedag jul (Tuesday)
        ("2026-12-24", "2026-12-28"), // Thursday julafton → Monday 28th
        ("2026-12-31", "2027-01-04"), // Thursday nyårsafton, Friday nyårsdagen → Monday
        ("2027-12-24", "2027-12-27"), // Friday → Monday 27th
        ("2028-12-23", "2028-12-27"), // Saturday → Sun, julafton(Sun), juldagen, annandag → Wed
        ("2029-12-29", "2030-01-02"), // Saturday → Sun, nyårsafton, nyårsdagen → Wednesday
    ] {
        assert_eq!(next_business_day(d(given)), Ok(d(expected)), "{given}");
    }
}

// ---------------------------------------------------------------------------------------------
// The holiday law by date (SFS 2004:1320, in force 2005-04-01; the 1953 reform; lag 1938:107).
// Easter Sundays by hand: 1952-04-13, 2001-04-15, 2003-04-20, 2004-04-11, 2005-03-27; pingstdagen
// = Easter + 49, annandag pingst = Easter + 50. Weekdays checked with GNU `date`.
// ---------------------------------------------------------------------------------------------

/// (date, weekday, day off?, the named day or "" for none, why).
const BY_YEAR: &[(&str, Weekday, bool, &str, &str)] = &[
    // Nationaldagen: a public holiday only from 2005-04-01.
    (
        "2001-06-06",
        Weekday::Wednesday,
        false,
        "",
        "6 June before 2005",
    ),
    (
        "2003-06-06",
        Weekday::Friday,
        false,
        "",
        "6 June before 2005",
    ),
    ("2004-06-06", Weekday::Sunday, true, "", "a Sunday anyway"),
    (
        "2005-06-06",
        Weekday::Monday,
        true,
        "Sveriges nationaldag",
        "SFS 2004:1320",
    ),
    (
        "2026-06-06",
        Weekday::Saturday,
        true,
        "Sveriges nationaldag",
        "a Saturday as well",
    ),
    // Annandag pingst: a public holiday until 2005-03-31.
    (
        "2001-06-04",
        Weekday::Monday,
        true,
        "annandag pingst",
        "lag 1989:253 first wording",
    ),
    (
        "2003-06-09",
        Weekday::Monday,
        true,
        "annandag pingst",
        "lag 1989:253 first wording",
    ),
    (
        "2004-05-31",
        Weekday::Monday,
        true,
        "annandag pingst",
        "lag 1989:253 first wording",
    ),
    (
        "2005-05-16",
        Weekday::Monday,
        false,
        "",
        "removed by SFS 2004:1320",
    ),
    (
        "1990-06-04",
        Weekday::Monday,
        true,
        "annandag pingst",
        "first year of lag 1989:253",
    ),
    // The 1953 reform: midsommardagen 24 June and Marie bebådelsedag 25 March before it.
    (
        "1952-03-25",
        Weekday::Tuesday,
        true,
        "Marie bebådelsedag",
        "before 1953",
    ),
    (
        "1952-06-23",
        Weekday::Monday,
        true,
        "midsommarafton",
        "before 1953: 23 June",
    ),
    (
        "1952-06-24",
        Weekday::Tuesday,
        true,
        "midsommardagen",
        "before 1953: 24 June",
    ),
    (
        "1953-06-24",
        Weekday::Wednesday,
        false,
        "",
        "from 1953 the Saturday in 20–26 June",
    ),
    (
        "1953-06-19",
        Weekday::Friday,
        true,
        "midsommarafton",
        "from 1953 the Friday before",
    ),
    // Första maj: from 1939 (lag 1938:107).
    ("1935-05-01", Weekday::Wednesday, false, "", "before 1939"),
    (
        "1940-05-01",
        Weekday::Wednesday,
        true,
        "första maj",
        "lag 1938:107",
    ),
];

#[test]
fn the_holiday_set_follows_the_law_in_force_on_the_day() {
    for &(text, weekday, off, name, why) in BY_YEAR {
        let day = d(text);
        assert_eq!(day.weekday(), weekday, "{text}: weekday");
        assert_eq!(is_day_off(day), off, "{text}: day off? ({why})");
        let listed = holidays(day.year())
            .into_iter()
            .find(|h| h.date == day)
            .map(|h| h.name_sv);
        let want = if name.is_empty() { None } else { Some(name) };
        assert_eq!(listed, want, "{text}: listed ({why})");
        assert_eq!(
            holiday_rule_on(day).map(|r| r.name_sv),
            want,
            "{text}: rule"
        );
    }
}

#[test]
fn deadlines_move_by_the_law_of_their_year() {
    for (given, expected) in [
        ("2003-06-06", "2003-06-06"), // Friday, 6 June not yet a holiday: stays
        ("2003-06-07", "2003-06-10"), // Saturday → Sunday → annandag pingst → Tuesday
        ("2004-05-31", "2004-06-01"), // annandag pingst → Tuesday
        ("2004-05-29", "2004-06-01"), // Saturday, pingstdagen, annandag pingst → Tuesday
        ("2004-06-06", "2004-06-07"), // Sunday → Monday 7 June (no holiday in 2004)
        ("2005-05-14", "2005-05-16"), // Saturday, pingstdagen → Monday: no longer a holiday
        ("2005-05-16", "2005-05-16"),
        ("2005-06-04", "2005-06-07"), // Saturday, Sunday, nationaldagen → Tuesday
        ("2005-06-06", "2005-06-07"),
        ("1952-06-23", "1952-06-25"), // midsommarafton, midsommardagen → Wednesday
        ("1953-06-24", "1953-06-24"),
    ] {
        assert_eq!(next_business_day(d(given)), Ok(d(expected)), "{given}");
    }
}

#[test]
fn effective_due_dates_follow_the_law_of_their_year() {
    // (issue date, due date, effective due date): an invoice due on a day the law of that year
    // makes a day off is due on the next weekday (DOMAIN.md 8.1); one due on a day that was an
    // ordinary weekday in its year stays.
    for (issue, due, effective) in [
        ("2003-05-07", "2003-06-06", "2003-06-06"), // 6 June 2003: a Friday, not a holiday
        ("2003-05-09", "2003-06-09", "2003-06-10"), // annandag pingst 2003
        ("2004-05-01", "2004-05-31", "2004-06-01"), // annandag pingst 2004
        ("2005-04-16", "2005-05-16", "2005-05-16"), // Whit Monday 2005: an ordinary Monday
        ("2005-05-06", "2005-06-06", "2005-06-07"), // nationaldagen 2005, a Monday
    ] {
        let claim = Claim::new(
            DebtorKind::Consumer,
            vec![Invoice {
                number: "1".into(),
                amount: Money::kr(1000),
                issue_date: d(issue),
                due_date: Some(d(due)),
                rate: None,
                description: None,
            }],
        );
        let invoice = claim.invoices.first().expect("invoice");
        assert_eq!(claim.effective_due_date(invoice), Ok(d(effective)), "{due}");
    }
    // Without a due date: issue date + 30 days (räntelagen 4 §), then moved. 2004-05-01 + 30 =
    // 2004-05-31 (annandag pingst) → 1 June; 2005-04-16 + 30 = 2005-05-16 → stays.
    for (issue, effective) in [("2004-05-01", "2004-06-01"), ("2005-04-16", "2005-05-16")] {
        let claim = Claim::new(
            DebtorKind::Consumer,
            vec![Invoice {
                number: "1".into(),
                amount: Money::kr(1000),
                issue_date: d(issue),
                due_date: None,
                rate: None,
                description: None,
            }],
        );
        let invoice = claim.invoices.first().expect("invoice");
        assert_eq!(
            claim.effective_due_date(invoice),
            Ok(d(effective)),
            "{issue}"
        );
    }
}

#[test]
fn every_rule_cites_a_statute_and_ends_after_it_starts() {
    for rule in HOLIDAY_RULES {
        assert!(!rule.statute.is_empty(), "{}", rule.name_sv);
        if let Some(until) = rule.until {
            assert!(rule.from < until, "{}", rule.name_sv);
        }
    }
    // The two rules of SFS 2004:1320 meet on 2005-04-01.
    let whit_monday = HOLIDAY_RULES
        .iter()
        .find(|r| r.name_sv == "annandag pingst")
        .expect("rule");
    let national_day = HOLIDAY_RULES
        .iter()
        .find(|r| r.name_sv == "Sveriges nationaldag")
        .expect("rule");
    assert_eq!(whit_monday.until, Some(d("2005-04-01")));
    assert_eq!(national_day.from, d("2005-04-01"));
    assert!(national_day.statute.contains("SFS 2004:1320"));
    assert!(whit_monday.statute.contains("SFS 2004:1320"));
}
