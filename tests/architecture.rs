//! The shape of the code, checked: the modules of the library (and the files of each
//! module) depend on each other without cycles, as ARCHITECTURE.md draws them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Module path of a source file (`src/dedup/digest.rs` → `["dedup", "digest"]`).
fn module_of(path: &Path) -> Vec<String> {
    let rel = path.strip_prefix("src").unwrap().with_extension("");
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The code of a file without its tests.
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    match text.find("#[cfg(test)]\nmod tests") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// The names that follow `prefix` in `code`: `crate::a::b` and `use crate::{a, b::c}` give a
/// and b for `crate::`.
fn targets(code: &str, prefix: &str) -> BTreeSet<String> {
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut out = BTreeSet::new();
    // Whole paths only: `super::` is not the tail of `super::super::`.
    let whole = |i: usize| !code[..i].ends_with("::");
    for (i, _) in code.match_indices(prefix).filter(|&(i, _)| whole(i)) {
        let rest = &code[i + prefix.len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let group = &group[..group.find('}').unwrap_or(group.len())];
            out.extend(group.split(',').map(|p| ident(p.trim())));
        } else {
            out.insert(ident(rest));
        }
    }
    out.retain(|t| !t.is_empty() && t != "self");
    out
}

/// The cycles of a graph (its strongly connected components of more than one node).
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<BTreeSet<String>> {
    let reach = |from: &String| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.clone()];
        while let Some(n) = todo.pop() {
            for m in graph.get(&n).into_iter().flatten() {
                if seen.insert(m.clone()) {
                    todo.push(m.clone());
                }
            }
        }
        seen
    };
    let reached: BTreeMap<&String, BTreeSet<String>> =
        graph.keys().map(|n| (n, reach(n))).collect();
    let mut found: Vec<BTreeSet<String>> = Vec::new();
    for (n, r) in &reached {
        let comp: BTreeSet<String> = r
            .iter()
            .filter(|m| reached.get(m).is_some_and(|back| back.contains(*n)))
            .cloned()
            .collect();
        if comp.len() > 1 && !found.contains(&comp) {
            found.push(comp);
        }
    }
    found
}

fn sources() -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = walkdir::WalkDir::new("src")
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    files
}

#[test]
fn top_level_modules_form_no_cycle() {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for path in sources() {
        let module = module_of(&path);
        let Some(top) = module.first().filter(|m| *m != "lib" && *m != "main") else {
            continue;
        };
        let edges = graph.entry(top.clone()).or_default();
        edges.extend(
            targets(&code(&path), "crate::")
                .into_iter()
                .filter(|t| t != top),
        );
    }
    let modules: BTreeSet<String> = graph.keys().cloned().collect();
    for edges in graph.values_mut() {
        edges.retain(|t| modules.contains(t));
    }
    assert!(graph.len() > 10, "{graph:?}");
    assert_eq!(cycles(&graph), Vec::<BTreeSet<String>>::new(), "{graph:#?}");
}

/// The files of each module, at every depth (`dedup::cluster::near` is a file of
/// `dedup::cluster`, and `dedup::cluster` one of `dedup`), depend on each other without cycles.
/// A file's `super::` names its siblings; `super::super::` its module's siblings, an edge of its
/// module.
#[test]
fn the_files_of_each_module_form_no_cycle() {
    let mut graphs: BTreeMap<String, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for path in sources() {
        let module = module_of(&path);
        let code = code(&path);
        for level in 1..module.len() {
            let (parent, node) = (module[..level].join("::"), &module[level]);
            let mut edges = targets(&code, &"super::".repeat(module.len() - level));
            edges.extend(targets(&code, &format!("crate::{parent}::")));
            edges.remove(node);
            graphs
                .entry(parent)
                .or_default()
                .entry(node.clone())
                .or_default()
                .extend(edges);
        }
    }
    assert!(graphs.contains_key("dedup::cluster"), "{:?}", graphs.keys());
    for (parent, mut graph) in graphs {
        let files: BTreeSet<String> = graph.keys().cloned().collect();
        for edges in graph.values_mut() {
            edges.retain(|t| files.contains(t));
        }
        assert_eq!(
            cycles(&graph),
            Vec::<BTreeSet<String>>::new(),
            "{parent}: {graph:#?}"
        );
    }
}
