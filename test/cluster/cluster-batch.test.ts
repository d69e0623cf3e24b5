import { describe, expect, it } from "vitest";
import { CandidateIndex, clusterBatch, type BatchDoc } from "../../src/cluster/batch";
import { groupSlugOf } from "../../src/pipeline/group-slug";
import type { Article } from "../../src/model";
import { arrivals, kestrelValley, quillfireDay, thornbury } from "../fixtures/cluster/stories";

const doc = (a: Article): BatchDoc => ({
  id: String(a.id),
  url: a.url,
  site: a.site,
  title: a.title,
  text: a.text,
  published: a.published,
  entities: a.entities!,
});

/** The partition as groups of article ids, independent of the ids clustering chose. */
function partition(articles: Article[], ids: string[]): number[][] {
  const groups = new Map<string, number[]>();
  ids.forEach((id, i) => groups.set(id, [...(groups.get(id) ?? []), articles[i]!.id]));
  return [...groups.values()].map((g) => g.sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
}

describe("clusterBatch", () => {
  it("clusters the fixture stories into their incidents", () => {
    const ids = clusterBatch(arrivals.map(doc), groupSlugOf);
    expect(partition(arrivals, ids)).toEqual(
      [
        Object.values(thornbury).map((a) => a.id),
        [kestrelValley.first.id, kestrelValley.firstFollowUp.id],
        [kestrelValley.nextYear.id],
        [quillfireDay.marlow.id],
        [quillfireDay.ashgrove.id],
      ]
        .map((g) => g.sort((a, b) => a - b))
        .sort((a, b) => a[0]! - b[0]!),
    );
  });

  it("gives the same ids for the same articles in the same order", () => {
    expect(clusterBatch(arrivals.map(doc), groupSlugOf)).toEqual(clusterBatch(arrivals.map(doc), groupSlugOf));
  });

  it("names each incident after its first article", () => {
    const ids = clusterBatch(arrivals.map(doc), groupSlugOf);
    const again = clusterBatch([thornbury.original].map(doc), groupSlugOf);
    expect(ids[0]).toBe(again[0]);
    expect(ids[0]).toMatch(/^inc_[0-9a-f]{12}$/);
  });

  it("gives each article that is not relevant an incident of its own", () => {
    const irrelevant = (a: Article) => ({ ...doc(a), entities: { ...a.entities!, relevant: false } });
    const ids = clusterBatch(
      [irrelevant(thornbury.original), irrelevant(thornbury.reprint), doc(thornbury.rewrite)],
      groupSlugOf,
    );
    expect(new Set(ids).size).toBe(3);
  });

  it("keeps two inputs with the same URL apart when neither is relevant", () => {
    const irrelevant = { ...doc(thornbury.original), entities: { ...thornbury.original.entities!, relevant: false } };
    const [a, b] = clusterBatch([irrelevant, irrelevant], groupSlugOf);
    expect(a).not.toBe(b);
  });
});

describe("the candidate index", () => {
  it("returns the most recently filed items first, up to the limit", () => {
    const index = new CandidateIndex<string>();
    index.add("old", ["k1", "k2"]);
    index.add("mid", ["k1"]);
    index.add("new", ["k2"]);
    expect(index.lookup(["k1", "k2"], 2)).toEqual(["mid", "new"]);
    expect(index.lookup(["k1", "k2"], 10)).toEqual(["mid", "new", "old"]);
    expect(index.lookup(["k3"], 10)).toEqual([]);
  });

  it("moves an item filed again to the front, as an incident that just grew", () => {
    const index = new CandidateIndex<string>();
    index.add("a", ["k"]);
    index.add("b", ["k"]);
    index.add("a", ["k"]);
    expect(index.lookup(["k"], 1)).toEqual(["a"]);
  });
});
