// Runs a clustering bank through the same steps as `npm run --silent extract` (extraction without a registry, then
// clusterBatch in arrival order) and scores it as ../shared/eval/score.mjs does: B-cubed precision and recall of the
// predicted incident ids against the gold incident keys.
import { clusterBatch } from "../../src/cluster/batch";
import { extractEntities } from "../../src/extract";
import { groupSlugOf } from "../../src/pipeline/group-slug";
import type { ClusterCase } from "./unseen-cluster-bank";

export interface BankRun {
  precision: number;
  recall: number;
  /** Each predicted incident as the ids of its articles, with the gold key of each, for reading failures. */
  predicted: string[][];
}

/** B-cubed over [gold key, predicted id] pairs, averaged over the articles (as score.mjs). */
export function bcubed(pairs: readonly (readonly [string, string])[]): { precision: number; recall: number } {
  let p = 0;
  let r = 0;
  for (const [gold, pred] of pairs) {
    const samePred = pairs.filter(([, q]) => q === pred);
    const sameGold = pairs.filter(([g]) => g === gold);
    p += samePred.filter(([g]) => g === gold).length / samePred.length;
    r += sameGold.filter(([, q]) => q === pred).length / sameGold.length;
  }
  const n = pairs.length || 1;
  return { precision: p / n, recall: r / n };
}

export function runBank(cases: readonly ClusterCase[]): BankRun {
  const docs = cases.map((k) => {
    const article = { id: k.id, url: `https://${k.site}/${k.id}`, site: k.site, title: k.title, text: k.text };
    return { ...article, entities: extractEntities(article, null) };
  });
  const ids = clusterBatch(docs, groupSlugOf);
  const { precision, recall } = bcubed(cases.map((k, i) => [k.incident, ids[i]!] as const));
  const groups = new Map<string, string[]>();
  cases.forEach((k, i) => groups.set(ids[i]!, [...(groups.get(ids[i]!) ?? []), `${k.id}=${k.incident}`]));
  return { precision, recall, predicted: [...groups.values()] };
}
