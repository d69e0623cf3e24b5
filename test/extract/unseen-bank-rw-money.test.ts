// The reworded money bank (unseen-bank-rw-money.ts): dev articles told again for their ransom, head-counts, volumes,
// countries and attackers must give the dev labels. Cases the extractor still gets wrong are listed in KNOWN_GAPS with
// their class of failure and run as expected failures, so fixing one makes this file fail until its entry is removed.
import { RW_MONEY_ROUND_1 } from "./unseen-bank-rw-money";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {
  // Round 1 (33 cases; 20 passed before any fix, 21 once a descriptor dropped by mistake from qm-rw-b245 was put back).
  "qm-rw-a030":
    "ransom: a refusal as a passive future ('No ransom payment will be made') missed; people: a demonym as the counted noun ('9.7 million Australians') not read",
  "qm-rw-a085": "ransom: a background demand of another victim ('In May the same gang ... asked for $42m') taken",
  "qm-rw-b111": "ransom: a demand told as the price of a key ('45 bitcoins ... buys keys for every machine') missed",
  "qm-rw-b138": "country: a small US town only ('Klamath Falls') unknown (dev too)",
  "qm-rw-b231": "country: the attackers' origin ('a possible trail leads to Russia') taken as the victim's country",
  "qm-rw-b319": "ransom: a payment negated on its object ('paid the hackers no ransom') read as paid",
  "qm-rw-b335": "attackers: a group in a page's other news item ('Data allegedly stolen by Meow ransomware') listed (dev too)",
  "qm-rw-a094":
    "attackers: a background group of another incident ('as DarkSide was after its attack on Colonial Pipeline in 2021') listed; ransom: 'unless the ransom is paid' is no demand",
  "qm-rw-b206": "country: a French departement only ('in the Nord') unknown",
  "qm-rw-b225": "ransom: a demand without the word ransom ('the attackers want money from it') missed",
  "qm-rw-b232": "attackers: a group named only in quotation marks ('the 'Monti' board') missed",
  "qm-rw-b233": "ransom: a payment to the attackers without the word ransom ('paid the cyberattackers ... to get the stolen data back') not read as paid",
};

describeBank("reworded money bank: each case matches its dev labels", RW_MONEY_ROUND_1, KNOWN_GAPS);
