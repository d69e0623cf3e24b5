import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("attack types", () => {
  it.each([
    ["Ransomware attack on Bay Clinic", "Files were encrypted and the gang stole data, threatening to publish it on its leak site.", ["ransomware", "data-theft", "extortion"]],
    ["Bay Clinic hit by cyberattack", "Bay Clinic said a cyber attack disrupted its systems.", ["unknown"]],
    ["Phishing email exposes Bay Clinic patients", "An employee clicked a phishing link.", ["phishing"]],
    ["Bay Clinic fires employee who snooped on records", "An employee improperly accessed 40 patient records.", ["insider"]],
    ["DDoS attack takes Bay Clinic website down", "The DDoS attack came in waves.", ["ddos"]],
    ["Bay Clinic hit by malware", "Malware was found on the clinic's servers; no data theft could be confirmed.", ["malware"]],
    ["Bay Clinic investigates breach", "Patient files reportedly taken from the clinic's server included names.", ["data-theft"]],
    ["Bay Clinic notifies patients", "Some personal information may have been taken during the incident.", ["data-theft"]],
    ["Bay Clinic breach claimed", "The intruders said they took roughly 40 GB from the clinic's network.", ["data-theft"]],
    ["Bay Clinic records surface online", "The intruders put two spreadsheets on a forum, the clinic said.", ["data-theft"]],
  ])("reads %j", (title, text, types) => {
    expect(extract(title, text).attack_types).toEqual(types);
  });
});
