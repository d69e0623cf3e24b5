// A ministry or department of health given as the source of the news ("..., the Ministry of Health and Family Affairs
// said", "according to the X County Department of Public Health") or told of it after another body ("reported the
// attack to the police and the X County Department of Public Health") speaks of another body's incident; it is a victim
// where it speaks of itself ("said it had been hit") or is the only body named.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: a ministry or department given as the source", () => {
  it.each([
    [
      "a ministry that said, after the news",
      "A hacker is selling files stolen from Kestrel Memorial Hospital, including records of 40,000 patients, the Ministry of Health and Family Affairs said on Tuesday.",
    ],
    [
      "a department that says",
      "Hackers encrypted the servers of Kestrel Memorial Hospital overnight, the Tarrant County Department of Public Health says.",
    ],
    [
      "a ministry after 'said the'",
      "Ransomware has shut the records system of Kestrel Memorial Hospital, said the Ministry of Health and Family Affairs, which is sending staff to help.",
    ],
    [
      "a department after 'according to the'",
      "Patient files of Kestrel Memorial Hospital were posted on a leak site, according to the Tarrant County Department of Public Health.",
    ],
    [
      "a department told after another body",
      "Kestrel Memorial Hospital was hit by ransomware on Monday. It reported the attack to the police and the Tarrant County Department of Public Health.",
    ],
  ])("%s is no victim", (_label, body) => {
    expect(extract("Hospital hit by hackers", body).victim_orgs).toEqual(["Kestrel Memorial Hospital"]);
  });

  it.each([
    [
      "a ministry that speaks of itself",
      "The Ministry of Health and Welfare said it had been hit by ransomware, and Kestrel Memorial Hospital said its booking system was down too.",
      ["Ministry of Health and Welfare", "Kestrel Memorial Hospital"],
    ],
    [
      "a department named alone",
      "Hackers stole staff records in an attack, the Tarrant County Department of Public Health said.",
      ["Tarrant County Department of Public Health"],
    ],
    [
      "a department attacked beside a hospital",
      "Hackers encrypted the servers of the Tarrant County Department of Public Health, and Kestrel Memorial Hospital said its booking system was down too, the department said.",
      ["Tarrant County Department of Public Health", "Kestrel Memorial Hospital"],
    ],
  ])("still a victim: %s", (_label, body, want) => {
    expect(extract("Cyber attack", body).victim_orgs).toEqual(want);
  });
});
