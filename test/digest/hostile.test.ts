import { DomUtils, parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { buildDigest } from "../../src/digest/build-digest";
import type { DigestFilters, DigestPeriod } from "../../src/digest/digest-filters";
import { hostile, hostileChange, HOSTILE, SURVIVES } from "../fixtures/digest/hostile-incident";
import { BASE_URL, groupName, NOW } from "../fixtures/digest/incidents";
import { readDigest } from "../helpers/read-digest";

const NONE: DigestFilters = {
  q: "",
  attacker: [],
  victim_type: [],
  country: [],
  attack_type: [],
  since: null,
  until: null,
};
const FILTERS: DigestFilters = { ...NONE, q: `q ${HOSTILE}` };

const ALLOWED_ELEMENTS = new Set(["p", "ul", "li", "strong", "a", "h3", "br", "blockquote"]);

const CASES = (["rss", "atom", "json"] as const).flatMap((format) =>
  (["none", "daily"] as DigestPeriod[]).map((period) => ({ format, period })),
);

describe("hostile incident text", () => {
  it.each(CASES)("survives as text in $format with period=$period", ({ format, period }) => {
    const { body } = buildDigest({
      incidents: [hostile],
      changes: [hostileChange],
      filters: FILTERS,
      period,
      baseUrl: BASE_URL,
      now: NOW,
      format,
      groupName,
    });
    // No character XML 1.0 forbids, in any format; the emoji (a surrogate pair) is kept.
    expect(body).not.toMatch(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    );
    const { feedTitle, entries } = readDigest(format, body);
    expect(feedTitle).toBe(`medbreach: “q ${SURVIVES}”${period === "daily" ? " (daily digest)" : ""}`);
    // Per incident: the incident and its update. Per day: first reported on one day, updated the next, so two roundups.
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      const isUpdate = entry.title.startsWith("Update: ");
      if (period === "none")
        expect(entry.title).toBe(
          isUpdate ? `Update: Victim ${SURVIVES} now 1,200 people affected (Group ${SURVIVES})` : `Title ${SURVIVES}`,
        );
      const dom = parseDocument(entry.html);
      const text = DomUtils.textContent(dom);
      const fields =
        period === "none"
          ? isUpdate
            ? ["Title", "Quote", "Source"]
            : ["Summary", "Victim", "Group", "Source"]
          : entry.html.includes("Updates (1)")
            ? ["Victim", "Quote"]
            : ["Title", "Victim", "Group"];
      for (const field of fields) {
        expect(text).toContain(`${field} ${SURVIVES}`);
      }
      const elements = DomUtils.findAll(() => true, dom.children);
      expect(elements.length).toBeGreaterThan(0);
      for (const element of elements) {
        expect(ALLOWED_ELEMENTS).toContain(element.name);
        expect(Object.keys(element.attribs)).toEqual(element.name === "a" ? ["href"] : []);
        if (element.name === "a") expect(element.attribs.href).toMatch(/^https:\/\/medbreach\.example\/[^"<>\s]*$/);
      }
    }
  });
});
