import { describe, expect, it } from "vitest";
import { EMPTY_SEARCH, filterQuery, parseSearch, searchQuery, toggleFilter, yearRange } from "../../web/lib/search-url";

describe("search URLs", () => {
  it.each([
    { name: "an empty view has no query string", search: "", expected: "" },
    {
      name: "filters keep the API's names and a canonical order",
      search: "?country=GB&q=lockbit&attacker=lockbit",
      expected: "?q=lockbit&attacker=lockbit&country=GB",
    },
    {
      name: "comma lists become repeated parameters",
      search: "?victim_type=hospital,dental",
      expected: "?victim_type=hospital&victim_type=dental",
    },
    { name: "page 1 and blank values are left out", search: "?page=1&q=&since=", expected: "" },
    { name: "sort and later pages are kept", search: "?q=x&sort=newest&page=3", expected: "?q=x&sort=newest&page=3" },
    { name: "an unknown sort is dropped rather than sent", search: "?sort=oldest", expected: "" },
  ])("$name", ({ search, expected }) => {
    expect(searchQuery(parseSearch(search))).toBe(expected);
  });

  it("gives digests the filters but not the sort or page", () => {
    expect(filterQuery(parseSearch("?q=ransom&attacker=revil&since=2026-01-01&sort=relevance&page=2"))).toBe(
      "?q=ransom&attacker=revil&since=2026-01-01",
    );
  });

  it("toggles a filter value on and off and returns to page 1", () => {
    const on = toggleFilter({ ...EMPTY_SEARCH, page: 4 }, "victim_type", "hospital");
    expect(on).toMatchObject({ victim_type: ["hospital"], page: 1 });
    expect(toggleFilter(on, "victim_type", "hospital").victim_type).toEqual([]);
  });

  it("turns a year facet into an inclusive date range", () => {
    expect(yearRange("2025")).toEqual({ since: "2025-01-01", until: "2025-12-31" });
  });
});
