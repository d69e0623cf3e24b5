import { describe, expect, it } from "vitest";
import { buildIncident } from "../../src/cluster/build-incident";
import { isLeakSiteClaim } from "../../src/cluster/leak-claim";
import { groupSlugOf } from "../../src/pipeline/group-slug";
import { article } from "../fixtures/cluster/stories";

describe("isLeakSiteClaim", () => {
  it.each([
    ["a tracker's new-victim item", "Qilin has just published a new victim: Kingsmere NHS Trust", "", true],
    [
      "a listing on a leak site",
      "LockBit lists Northvale",
      "LockBit added Northvale General Hospital to its data leak site on Tuesday.",
      true,
    ],
    ["a tracker template", "Victim: Heatherbrook Care Homes", "Claimed by: BianLian. Country: GB.", true],
    [
      "a relay quoting the gang",
      "Qilin lists Kingsmere",
      "Qilin added Kingsmere NHS Trust to its leak site. The group said it holds 200 GB of patient data.",
      true,
    ],
    [
      "a listing the victim has confirmed",
      "LockBit lists Northvale",
      "LockBit added Northvale to its leak site. The hospital confirmed the attack in a statement.",
      false,
    ],
    [
      "a report of an attack",
      "Kingsmere NHS Trust hit by cyber attack",
      "The trust said it had taken systems offline.",
      false,
    ],
    [
      "a report that mentions the listing",
      "Texas hospital diverts ambulances after INC Ransom attack",
      "Harlow Valley Hospital has been diverting ambulances since Sunday. INC Ransom listed the hospital on its leak site. The hospital said its records were offline.",
      false,
    ],
    [
      "a report of effects on care",
      "Northvale postpones operations",
      "LockBit added Northvale to its leak site after an attack that forced it to postpone operations.",
      false,
    ],
  ])("%s → %s", (_name, title, text, expected) => {
    expect(isLeakSiteClaim({ title, text })).toBe(expected);
  });
});

describe("claim status of an incident", () => {
  const relay = article({
    url: "https://tracker.example/qilin-kingsmere",
    title: "Qilin has just published a new victim: Kingsmere NHS Trust",
    text: "Qilin has just published a new victim: Kingsmere NHS Trust. Sector: healthcare.",
    published: "2026-11-28T08:00:00Z",
  });
  const otherRelay = article({
    url: "https://tracker2.example/kingsmere",
    title: "Kingsmere NHS Trust listed",
    text: "Kingsmere NHS Trust was added to the Qilin leak site.",
    published: "2026-11-28T09:00:00Z",
  });
  const report = article({
    url: "https://news.example/kingsmere",
    title: "Kingsmere NHS Trust confirms cyber attack",
    text: "Kingsmere NHS Trust confirmed a cyber attack on Friday and said systems were offline.",
    published: "2026-11-29T08:00:00Z",
  });

  it.each([
    ["one relay", [relay], "claimed"],
    ["two relays of the same claim", [relay, otherRelay], "claimed"],
    ["a relay and an independent report", [relay, report], "confirmed"],
    ["a report first", [report, otherRelay], "confirmed"],
  ])("%s → %s", (_name, members, expected) => {
    expect(buildIncident("inc_k", members, groupSlugOf).claim).toBe(expected);
  });
});
