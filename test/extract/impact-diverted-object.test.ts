// "Diverted" is an ambulance diversion only when what is diverted is care: samples sent to another laboratory, phone
// calls, deliveries or workloads moved elsewhere are not.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const HIT = "Cyber attack on Ashcombe Pathology";

describe("what is diverted", () => {
  it.each<[string, string, boolean]>([
    [
      "blood tests",
      "The cyber attack on Ashcombe Pathology forced hospitals to divert blood tests to other labs.",
      false,
    ],
    ["samples", "Ransomware hit Ashcombe Pathology, and GP samples were diverted to a laboratory in Leeds.", false],
    ["calls", "After the cyber attack, Ashcombe Pathology diverted calls to a temporary helpline.", false],
    ["deliveries", "The ransomware attack meant Ashcombe Pathology diverted deliveries to its second site.", false],
    ["ambulances", "The cyber attack on Ashcombe Pathology forced the hospital to divert ambulances.", true],
    ["patients", "Ransomware hit Ashcombe Pathology; emergency patients were diverted to other hospitals.", true],
    ["on diversion", "After the cyber attack on Ashcombe Pathology, the emergency department went on diversion.", true],
  ])("%s", (_name, text, diverted) => {
    expect(extract(HIT, text).impact.includes("ambulance-diversion")).toBe(diverted);
  });
});
