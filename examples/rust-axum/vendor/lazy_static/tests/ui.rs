#[test]
#[cfg(not(miri))]
#[ignore]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/compile_fail/*.rs");
}
