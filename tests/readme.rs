//! Every ```console block of README.md is run (`$ tifa …` with the binary cargo built) and
//! its output compared with the one printed there (`[..]` stands for the rest of a line,
//! `...` for lines). `TRYCMD=overwrite cargo test --test readme` rewrites the outputs.
//!
//! The examples on `../shared/corpora` run when it is present; without it, they are left out
//! (a copy of the README with their blocks marked `ignore` is run).

use std::path::Path;

const SHARED: &str = "../shared/corpora";

#[test]
fn readme_examples_print_what_the_readme_shows() {
    let cases = trycmd::TestCases::new();
    cases
        .register_bin("tifa", Path::new(env!("CARGO_BIN_EXE_tifa")))
        .register_bin("cat", Path::new("/bin/cat"))
        .env("COLUMNS", "80")
        .env("NO_COLOR", "1");
    if Path::new(SHARED).exists() {
        cases.case("README.md");
        return;
    }
    eprintln!("{SHARED} is absent: the README's examples on it are not run");
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("README.md");
    std::fs::write(&copy, without_shared_examples(&readme())).unwrap();
    cases.case(copy);
}

fn readme() -> String {
    std::fs::read_to_string("README.md").unwrap()
}

/// The README with the console blocks that read `../shared/corpora` marked `ignore`.
fn without_shared_examples(readme: &str) -> String {
    let mut out = String::new();
    let mut blocks = readme.split("```console\n");
    out.push_str(blocks.next().unwrap_or_default());
    for block in blocks {
        let body = block.split("```").next().unwrap_or_default();
        let fence = match body.contains(SHARED) {
            true => "```console,ignore\n",
            false => "```console\n",
        };
        out.push_str(fence);
        out.push_str(block);
    }
    out
}

#[test]
fn the_readme_has_examples_on_the_seeds_and_no_text_for_developers() {
    let readme = readme();
    let blocks = readme.matches("```console\n").count();
    assert!(blocks >= 8, "{blocks} console blocks");
    let kept = without_shared_examples(&readme);
    assert!(kept.matches("```console\n").count() >= 6);
    assert!(!readme.contains("Before you stop"));
    assert!(readme.contains("cargo install --path ."));
}
