fn main() {
    let jieba = tifa::segment::jieba();
    for line in std::io::stdin().lines().map_while(Result::ok) {
        println!("== {line}");
        for c in tifa::claims::extract_text(&line, jieba) {
            println!(
                "  {:?} {} [{:?}..{:?}] {:?} unit={} scale={:?} subj={:?} verb={:?} dir={:?} time={:?} role={:?} «{}»",
                c.kind, c.value, c.low, c.high, c.qualifier, c.unit, c.scale, c.subject, c.verb, c.direction, c.time, c.role, c.text
            );
        }
    }
}
