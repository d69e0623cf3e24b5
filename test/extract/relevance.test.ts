import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("relevance", () => {
  it.each([
    ["Ransomware attack on Riverside Regional Hospital forces diversions", "Riverside Regional Hospital said its systems were encrypted on Monday.", true],
    ["Data breach at Lakeside Dental Care exposes 4,000 patients", "Hackers stole patient files from Lakeside Dental Care.", true],
    ["LockBit claims attack on a city council", "The LockBit ransomware gang says it stole files from Eastwick Borough Council, which runs libraries and parks.", false],
    ["New surgical hub opens at Northgate Hospital", "Northgate Hospital opened two theatres to cut waiting lists for hip operations.", false],
    ["How hospitals can defend against ransomware", "Experts say backups and segmentation help hospitals recover from ransomware such as LockBit.", false],
    ["Kestrel hackers threaten to publish stolen files", "Kestrel was hit by a cyberattack in May. Kestrel customers were told to watch for scam calls. The breach included names and addresses. Investigators are still working. Staff restored email on Friday. Yesterday the health insurer said it would not pay a ransom.", true],
    ["Survey: 60% of health systems hit by ransomware", "According to a new report by a security vendor, 60% of healthcare organizations surveyed were attacked last year.", false],
  ])("judges %j as relevant=%s", (title, text, relevant) => {
    expect(extract(title, text).relevant).toBe(relevant);
  });
});
