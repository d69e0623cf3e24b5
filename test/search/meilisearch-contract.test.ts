import { describe, it } from "vitest";
import { Meilisearch } from "meilisearch";
import { createMeiliSearch } from "../../src/search/meilisearch";
import { FIXTURE_GROUPS, fixtureSourceTexts } from "../fixtures/search/incidents";
import { searchContract } from "./contract";

// The same scenarios as the embedded index, against a real server: MEILI_HOST=http://127.0.0.1:7700 [MEILI_API_KEY=...].
const host = process.env.MEILI_HOST;

if (host) {
  searchContract(`meilisearch at ${host}`, async () => {
    const uid = `medbreach_contract_${Date.now().toString(36)}`;
    const apiKey = process.env.MEILI_API_KEY;
    return {
      index: createMeiliSearch({ host, apiKey, index: uid, groups: FIXTURE_GROUPS, sourceTexts: fixtureSourceTexts }),
      dispose: async () => {
        const client = new Meilisearch({ host, apiKey });
        await client.deleteIndex(uid).waitTask();
      },
    };
  });
} else {
  console.info("[search] Meilisearch contract skipped: set MEILI_HOST (and MEILI_API_KEY) to run it against a server.");
  describe.skip("search contract: meilisearch (skipped: MEILI_HOST is not set)", () => {
    it("runs the shared search scenarios against a real server", () => {});
  });
}
