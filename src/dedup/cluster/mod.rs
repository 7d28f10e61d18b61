//! Corpus-level deduplication over digests: exact groups by key, near-duplicates by MinHash LSH
//! verified by exact Jaccard, truncated copies by prefix/suffix keys and a looser banding
//! verified by containment, and near-duplicate documents. Clusters are built around a leader,
//! only from verified links to it, so no chain can join unrelated paragraphs.
//!
//! [`find`] runs the steps in order, one file each: `exact` groups, `near` clusters
//! (candidates from `candidates`), `contained` copies, what a clean corpus drops
//! (`removable`), then `documents` (those that cleaning emptied by their removed `lines`) and
//! shared `passages` side by side; `model` holds what they find.

mod candidates;
mod compare;
mod contained;
mod credit;
mod documents;
mod exact;
mod lines;
mod model;
mod near;
mod passages;
mod removable;
mod short;

pub use super::templated::Template;
pub use compare::{compare, Similarity};
pub(super) use contained::{
    best_sources, could_be_copy, covers, edge_keys, refused_short_copy, truncation_keys,
    TruncationKeys, CONTAINMENT_SHINGLE,
};
pub(super) use documents::{
    compared, could_contain_either, covered_share, documents_linked, found_in, linked_apart, share,
};
pub(super) use lines::{lines_key, lines_linked, lines_shared, removed_lines};
pub use model::{
    At, Cluster, Contained, CopySource, Dedup, DedupOptions, DocCluster, GiantBucket, Keep, Member,
    RepeatKind, SharedPassage, Stretch,
};
pub(super) use near::{finish, lead};
pub(super) use passages::{is_passage, is_shared_sentence, sentence_pairs, Holder};
pub(super) use removable::removable;
pub(super) use short::{could_be_short_copy, headlines, short_keys, SHORT_DOCUMENT};

use super::digest::Digested;
use super::templated::{SlotFinder, Vetoes};
use exact::Groups;

/// Finds repeats across the digests (in corpus order).
pub fn find(docs: &Digested, opts: &DedupOptions) -> Dedup {
    find_with(docs, opts, SlotFinder::default())
}

/// [`find`], with the fact slots found by `facts`.
pub(crate) fn find_with(docs: &Digested, opts: &DedupOptions, facts: SlotFinder) -> Dedup {
    let unit = |at: At| &docs[at.doc as usize].units[at.unit as usize];
    let groups = Groups::of(docs);
    let reps: Vec<At> = groups.iter().map(|g| g[0]).collect();
    let mut giant = Vec::new();
    // The signatures are read for the two steps that band them, then dropped.
    let sigs = docs.signatures();
    let templated = Vetoes::default();
    let checks = (&facts, &templated);
    let leaders = near::near_leaders(docs, &sigs, &reps, &unit, opts, checks, &mut giant);
    let mut out = Dedup::default();
    let cluster_of_rep;
    (out.clusters, cluster_of_rep) = near::clusters(&leaders, &groups, &unit, opts.keep);
    let rep_clusters = (&reps[..], &cluster_of_rep[..]);
    out.contained = contained::contained(docs, sigs, rep_clusters, &unit, opts, checks, &mut giant);
    out.templated = templated.groups();
    out.giant_buckets = giant;
    // Reps are in corpus order: each group's first occurrence, groups numbered as first seen.
    let occurrences = |copy| reps.binary_search(&copy).map_or(&[][..], |g| groups.get(g));
    out.removable = removable(&out, occurrences, &unit);
    let templated_documents = Vetoes::default();
    (out.documents, out.passages) = rayon::join(
        || {
            let mut found = documents::documents(docs, &out, opts, (&facts, &templated_documents));
            // Documents that cleaning emptied, by the lines it removed.
            found.extend(lines::documents(docs, opts));
            found.sort_by_key(|c| c.members[c.canonical].0);
            found
        },
        || passages::shared_passages(docs, &out, opts),
    );
    out.templated_documents = templated_documents.groups();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The digests of `texts`, one document each.
    pub(super) fn digested(texts: &[&str]) -> Digested {
        Digested::of(texts.iter().enumerate().map(|(i, text)| {
            let id = format!("{i:02}.txt");
            let raw = crate::input::read_bytes(
                text.as_bytes(),
                std::path::Path::new(&id),
                &id,
                &Default::default(),
            )
            .documents
            .remove(0);
            super::super::digest(&crate::clean::clean(&raw, &Default::default()))
        }))
        .unwrap()
    }

    #[test]
    fn copies_of_a_paragraph_share_passages_once_and_count_towards_the_cap() {
        let shared = "全市各级党组织深入推进基层治理体系和治理能力现代化建设。持续整治形式主义为基层减负，推动基层议事协调机构减少百分之七十五。";
        let a = format!("今年以来，我市坚持党建引领，统筹推进各项重点工作取得明显成效。{shared}");
        let b =
            format!("记者从市委组织部获悉，各区县扎实开展专项行动。{shared}群众获得感进一步增强。");
        // Three copies of `a`, then two of `b`: one passage, from the first `a` to the first `b`.
        let docs = digested(&[&a, &a, &a, &b, &b]);
        let opts = DedupOptions::default();
        let found = find(&docs, &opts);
        let at = |doc| At { doc, unit: 0 };
        let passages: Vec<(At, At, usize)> = (found.passages.iter())
            .map(|p| (p.copy, p.source, p.sentences))
            .collect();
        assert_eq!(passages, [(at(3), at(0), 2)]);
        // The copies hold the sentences too: five paragraphs, over a cap of four.
        let capped = DedupOptions {
            bucket_cap: 4,
            ..opts
        };
        assert!(find(&docs, &capped).passages.is_empty());
        let five = DedupOptions {
            bucket_cap: 5,
            ..opts
        };
        assert_eq!(find(&docs, &five).passages.len(), 1);
    }

    #[test]
    fn a_repost_cut_short_under_another_lead_is_a_copy_of_its_document() {
        let body = [
            "市交通运输局今天发布消息，全市新开通公交线路十二条，覆盖城市东部和北部的新建居住区。",
            "新线路采用新能源车辆运营，早晚高峰发车间隔缩短到八分钟，并与地铁站点实现便捷换乘。",
            "据介绍，有关部门还将根据客流变化优化站点设置，进一步方便群众出行，提升公共交通服务水平。",
            "市民可以通过官方客户端查询实时到站信息，也可以拨打服务热线反映乘车过程中遇到的问题。",
            "下一步，交通部门将联合各区政府加快公交专用道建设，推动城乡公交一体化发展取得新进展。",
            "与此同时，老旧站台将分批改造，增设无障碍设施和候车座椅，改善老年人和残疾人出行体验。",
        ];
        let full = body.join("\n\n");
        // Another outlet's lead, then the first half run into one paragraph: no paragraph of
        // it repeats one of the source's, and the Jaccard of the two is far under 0.7.
        let repost = format!("本报讯（记者 王晓明）{}", body[..3].concat());
        let other = "今年以来，全省农业农村系统扎实推进高标准农田建设，新建和改造提升农田面积持续扩大，粮食生产保持稳定增长态势。";
        let found = find(
            &digested(&[&full, other, &repost]),
            &DedupOptions::default(),
        );
        let members: Vec<u32> = found
            .documents
            .iter()
            .flat_map(|d| d.members.iter().map(|m| m.0))
            .collect();
        assert_eq!(members, [0, 2]);
        assert!(found.documents[0].members[1].2 >= 0.8);
    }

    #[test]
    fn a_short_prefix_in_another_document_is_a_copy_never_dropped() {
        let full = "国务院常务会议部署进一步优化营商环境的政策措施，要求各地区各部门抓好落实，切实为企业减负。";
        // Its first 16 normalized chars: under the near-duplicate minimum of 20.
        let cut: String = full.chars().take(16).collect();
        // The same line as a heading over its own paragraph: not a copy.
        let headed = format!("{cut}\n\n{full}");
        let found = find(&digested(&[full, &cut, &headed]), &DedupOptions::default());
        let copies: Vec<(At, CopySource)> = (found.contained.iter())
            .map(|c| (c.copy, c.source.clone()))
            .collect();
        let at = |doc, unit| At { doc, unit };
        assert_eq!(copies, [(at(1, 0), CopySource::Unit(at(0, 0)))]);
        assert!(found.removable.iter().all(|&(a, _)| a != at(1, 0)));
    }
}
