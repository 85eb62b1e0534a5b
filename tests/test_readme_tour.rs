//! The README's tour, run as written: `tests/readme_tour.sh` reads the commands from README.md
//! and fails if one exits non-zero or prints nothing, so the first thing a new user tries works.

#[test]
fn every_command_of_the_readme_tour_runs_and_shows_something() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/readme_tour.sh");
    let run = std::process::Command::new("bash")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_claimtrack"))
        .output()
        .expect("bash runs the tour script");
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stdout}\n{stderr}");
    assert!(
        stdout.lines().filter(|l| l.starts_with("ok: ")).count() >= 15,
        "{stdout}"
    );
}
