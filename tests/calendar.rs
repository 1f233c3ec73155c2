//! The Swedish calendar against a table built by hand from DOMAIN.md §3 (lag 1989:253 om
//! allmänna helgdagar; lag 1930:173 om beräkning av lagstadgad tid), 2024–2030.
//!
//! Easter Sundays are the published Gregorian dates; Ascension = Easter + 39, Whit Sunday =
//! Easter + 49; midsommardagen is the Saturday in 20–26 June and midsommarafton the Friday before;
//! alla helgons dag is the Saturday in 31 October – 6 November. The weekdays were checked with
//! GNU `date`, independently of the crate.

use inkasso::calendar::{holidays, is_day_off, next_business_day, parse_date, DayOffKind};
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
