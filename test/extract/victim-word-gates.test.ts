import { describe, expect, it } from "vitest";
import { isCountryWord, isMonthOrDay } from "../../src/extract/victim";

// The month and country checks try their patterns only on words opening on a letter some alternative opens on: every
// alternative, in each case the pattern accepts, must still be read as one.
const MONTHS_AND_DAYS =
  "jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december monday tuesday wednesday thursday friday saturday sunday".split(
    " ",
  );
const COUNTRY_WORDS =
  "US U.S. USA U.S.A UK U.K. America American Britain British England English Scotland Scottish Wales Welsh Canada Canadian Australia Australian France French Germany German Netherlands Dutch India Indian Ireland Irish Europe European National International Global World".split(
    " ",
  );
const title = (w: string) => w[0]!.toUpperCase() + w.slice(1);

describe("month and weekday words", () => {
  it.each(MONTHS_AND_DAYS.flatMap((w) => [w, w.toUpperCase(), title(w)]))("%s is a month or day", (w) => {
    expect(isMonthOrDay(w)).toBe(true);
  });
  it.each(["Jan.", "Sept.", "dec."])("%s, abbreviated with a full stop, is one", (w) => {
    expect(isMonthOrDay(w)).toBe(true);
  });
  it.each(["Kestrel", "Mayo", "Marchwood", "Sundays", "", "Émile", "Monday."])("%s is none", (w) => {
    expect(isMonthOrDay(w)).toBe(false);
  });
});

describe("country words", () => {
  it.each(COUNTRY_WORDS)("%s is a country word", (w) => {
    expect(isCountryWord(w)).toBe(true);
  });
  it.each(["british", "Kestrel", "Americana", "Ohio", "", "Ünited"])("%s is none", (w) => {
    expect(isCountryWord(w)).toBe(false);
  });
});
