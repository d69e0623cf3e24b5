// Data leaked told through a link ("released a link pointing to the stolen files") is a leak; a release the attackers
// ask money for ("ransom payments both for releasing the data and for decrypting files") is the price of a release,
// not one that happened.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const leaked = (text: string) => extract("Gang hits Pellham Hospital", text).impact.includes("data-leaked");

describe("leaks told through links, and releases that are a price", () => {
  it.each<[string, string, boolean]>([
    [
      "a link pointing to the stolen files",
      "The Karrow gang, which says it took 40GB from Pellham Hospital, posted a link pointing to the stolen files.",
      true,
    ],
    [
      "a link leading to the patient data",
      "After Pellham Hospital refused to pay, the hackers posted a link leading to the patient data on a forum.",
      true,
    ],
    [
      "payments for releasing the records, in a method explained",
      "The crew's method, the report explained, means copying files and then asking ransom payments both for releasing the records and for a decryptor.",
      false,
    ],
    [
      "a fee for releasing the records",
      "The attackers set a fee for releasing the records back to Pellham Hospital.",
      false,
    ],
    [
      "records released on a leak site after the deadline",
      "Pellham Hospital records were released on the gang's leak site after the deadline passed.",
      true,
    ],
  ])("%s", (_name, text, want) => {
    expect(leaked(text)).toBe(want);
  });
});
