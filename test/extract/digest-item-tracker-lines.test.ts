// A leak-site tracker's digest lines (digest-items.ts): a line opened by an arrow, a square or a dot ("▸ Rhysida · ...")
// is one item, and a line that puts a healthcare body's data up for auction or for sale tells an incident, so the other
// lines' groups and volumes are not the healthcare line's.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a tracker digest's lines", () => {
  it.each([
    [
      "arrow bullets; the healthcare line's auction, another line's group on an unnamed body",
      "Leak-site digest: Qilin puts a Texas eye clinic's files up for auction",
      `Leak-site digest · Friday

▸ Qilin · Lonestar Eye Clinic (Texas, US) · Healthcare · files put up for auction with bids from 3 BTC, which the group says hold scans and insurance details of patients
▸ Cactus · a logistics firm in Spain · Transport · 800 GB
▸ Hunters International · a city council in Chile · Government`,
      { attackers: ["Qilin"], volume: null, impact: ["data-leaked"] },
    ],
    [
      "square bullets; the healthcare line's data for sale",
      "Dark web digest: Ohio dental group's data offered for sale",
      `Dark web digest

■ Lakeshore Dental Group (Ohio, US) · Healthcare · patient files offered for sale on a forum, with a sample of x-rays and insurance cards as proof
■ BianLian · a construction company in Italy · 1.2 TB
■ 8Base · an accounting firm in Brazil · 90 GB`,
      { attackers: [], volume: null, impact: ["data-leaked"] },
    ],
  ])("%s", (_name, title, text, want) => {
    const e = extract(title, text);
    expect({ attackers: e.attacker_groups, volume: e.data_volume_bytes, impact: [...e.impact].sort() }).toEqual(want);
  });
});
