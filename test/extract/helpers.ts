// Test helper: extract entities from a headline and body written for the test.
import { extractEntities } from "../../src/extract";
import type { Entities } from "../../src/model/entities";

/** Runs the extractor on a made-up article. */
export function extract(title: string, text = ""): Entities {
  return extractEntities({ url: "https://example.test/a", site: "example.test", title, text });
}
