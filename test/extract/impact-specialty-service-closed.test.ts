import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyberattack at Brookmere Hospital";

// One specialty service closed, told in the singular ("its imaging centre was closed"), is a service closed as the
// plural is.
describe("a single specialty service closed", () => {
  it.each([
    [
      "an imaging centre",
      "After the cyberattack, Brookmere Hospital's imaging centre was closed until further notice.",
      true,
    ],
    [
      "an urgent care clinic",
      "Brookmere Hospital said its urgent care clinic was shut on Tuesday after the ransomware attack.",
      true,
    ],
    ["a cancer unit", "The cancer unit at Brookmere Hospital remained closed a day after the cyberattack.", true],
    [
      "an open centre is no closure",
      "Brookmere Hospital said its imaging centre was open as usual despite the cyberattack.",
      false,
    ],
  ])("%s", (_name, text, closed) => {
    expect(extract(T, text).impact.includes("services-closed")).toBe(closed);
  });
});
