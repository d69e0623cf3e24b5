// A name and the same name with a province or state set straight after it ("Orrin Health Saskatchewan" and "Orrin
// Health") are one victim, as a country after a name already was (intl-i02); another name with a province after it
// stays apart, and "X of Michigan", which may name one body of many, is left as it was.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Ransomware hits health IT agency";

describe("victims: a province or state set after a name", () => {
  it.each([
    ["Orrin Health", "Manitoba"],
    ["Kestrel Pathology", "Queensland"],
  ])("%s %s", (name, province) => {
    const text = `${name} ${province} said that a ransomware attack had encrypted files on its servers, and that some systems ${name} runs for hospitals had been taken offline.\n\nACTION: ${name} to report back to the board in April.`;
    expect(extract(T, text).victim_orgs).toEqual([`${name} ${province}`]);
  });

  it("another name beside a name with a province after it stays apart", () => {
    expect(
      extract(T, "Kestrel Health Ontario and Harrow Health Clinic said ransomware had encrypted their servers.")
        .victim_orgs,
    ).toEqual(["Kestrel Health Ontario", "Harrow Health Clinic"]);
  });
});
