//! What jieba-rs's `tag` costs over its `cut` (hmm on) on whole texts: run under callgrind with
//! MODE = cut, tag (the first tag pays the posseg model's load: warm it with one tag first).
//! Usage: cargo run --release --example tag_cost -- FOLDER MODE

fn main() {
    let mut args = std::env::args().skip(1);
    let root = args.next().expect("a folder");
    let mode = args.next().unwrap_or_else(|| "cut".into());
    let texts: Vec<String> = walkdir::WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect();
    let jieba = jieba_rs::Jieba::new();
    // The posseg model loads on the first guess: paid here in both modes.
    let warm = jieba.tag("阿斯蒂芬", true).len();
    let words: usize = match mode.as_str() {
        "tag" => texts.iter().map(|t| jieba.tag(t, true).len()).sum(),
        _ => texts.iter().map(|t| jieba.cut(t, true).len()).sum(),
    };
    println!("{mode}: {} texts, {words} words ({warm})", texts.len());
}
