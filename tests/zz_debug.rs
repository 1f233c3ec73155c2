mod common;
#[test]
fn dbg() {
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("/tmp/w72/f1.json").unwrap()).unwrap();
    let policy = common::policy(serde_json::json!({ "preset": "standard" }));
    for extra in [false, true] {
        if extra {
            v["steps"].as_array_mut().unwrap().push(
                serde_json::json!({"kind":"enforcement","date":"2015-02-25","furtherYear":true}),
            );
        }
        let c = common::claim(v.clone()).unwrap();
        eprintln!("=== {extra}");
        let t = inkasso::timeline::timeline(&c, &policy, &Default::default()).unwrap();
        for e in &t.entries {
            eprintln!("{:?} {:?} {}", e.status, e.kind, e.date);
        }
    }
}
