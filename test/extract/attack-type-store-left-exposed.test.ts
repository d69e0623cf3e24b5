// A store left open with words between the verb and its state ("left a database of 48,000 records exposed on the
// internet") is a misconfiguration; a body "left open to attacks" is not.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a store left exposed, its name between verb and state", () => {
  it.each<[string, string, string[]]>([
    [
      "a database with its contents between",
      "The contractor left a database of 48,000 patient records exposed on the internet for months.",
      ["misconfiguration"],
    ],
    ["a bare database", "The contractor left a database exposed on the internet for months.", ["misconfiguration"]],
    ["a backup open to anyone", "Staff left the nightly backup open to anyone with the link.", ["misconfiguration"]],
    ["a body left open to attacks", "The breach left the hospital open to further attacks.", ["unknown"]],
  ])("%s", (_shape, text, types) => {
    expect(
      extract("Data security incident at Mapleford Hospital", `Mapleford Hospital said: ${text}`).attack_types,
    ).toEqual(types);
  });
});
