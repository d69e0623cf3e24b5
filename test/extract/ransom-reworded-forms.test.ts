// Ransom statuses told in forms the reworded money bank (unseen-bank-rw-money.ts) found unread: a payment negated on
// its object after the one paid ("paid the hackers no ransom"), a payment denied in the future ("no payment will be
// made", "the criminals will not get a penny"), a threat conditional on payment ("will publish unless the ransom is
// paid"), the attackers wanting money without a ransom word, payments to the attackers named by other words
// ("cyberattackers", "intruders"), and the same gang's demand in another month's attack.
import { describe, expect, it } from "vitest";
import { frameCue } from "../../src/extract/scope";
import { extract } from "./helpers";

const T = "Cyber attack on Ashcombe Vale Hospital";
const status = (s: string, amount: number | null = null, currency: string | null = null) => ({
  status: s,
  amount,
  currency,
});

describe("frameCue: a negation after the one paid", () => {
  it.each([
    ["The clinic [paid] the attackers nothing.", true],
    ["The board [paid] them not a cent.", true],
    ["Ashcombe [paid] its extortionists no money at all.", true],
    ["The clinic [paid] the attackers, and nothing was leaked.", false],
    ["The clinic [paid] the invoice no later than Friday.", false],
  ])("%s", (marked, negated) => {
    const at = marked.indexOf("[");
    const text = marked.replace("[", "").replace("]", "");
    expect(frameCue(text, at, marked.indexOf("]") - 1).negated).toBe(negated);
  });
});

describe("ransom: statuses in other words", () => {
  it.each([
    [
      "a payment negated on its object",
      "Ashcombe Vale Hospital paid the hackers no ransom, its chief executive said.",
      status("refused"),
    ],
    ["nothing paid to the gang", "Ashcombe Vale Hospital paid the gang nothing after the attack.", status("refused")],
    [
      "a payment denied in the future, passive",
      "Ashcombe Vale Hospital was hit by ransomware on Monday. No payment will be made to the criminals, the trust said.",
      status("refused"),
    ],
    [
      "a refusal told from the attackers' side",
      "The hackers who encrypted Ashcombe Vale Hospital's servers will not be getting a penny, the board said.",
      status("refused"),
    ],
    [
      "the attackers will get no money",
      "After the attack on Ashcombe Vale Hospital, its director said the extortionists would get no money from the hospital.",
      status("refused"),
    ],
    [
      "a threat conditional on payment, the modal being the threat's",
      "The Qilin gang says it will release files stolen from Ashcombe Vale Hospital next week unless the ransom is paid.",
      status("demanded-undisclosed"),
    ],
    [
      "the attackers want money, no ransom word",
      "Ashcombe Vale Hospital was hit overnight and the attackers now want money from it, police said.",
      status("demanded-undisclosed"),
    ],
    [
      "the hackers seeking a payment",
      "Ashcombe Vale Hospital's systems are down and the hackers are seeking a payment, staff were told.",
      status("demanded-undisclosed"),
    ],
    [
      "a payment to 'cyberattackers' to get data back",
      "Ashcombe Vale Hospital paid the cyberattackers who breached it in June to get its stolen files back.",
      status("paid"),
    ],
    [
      "a payment to the 'intruders'",
      "Ashcombe Vale Hospital quietly paid the intruders to unlock its patient records.",
      status("paid"),
    ],
    [
      "a note telling the victim to contact the attackers",
      "Ashcombe Vale Hospital's homepage was replaced by an image saying the hospital would have to contact the hackers to get its files back.",
      status("demanded-undisclosed"),
    ],
    [
      "a message telling staff to contact the attackers",
      "At Ashcombe Vale Hospital printers spat out a message telling staff to contact the attackers by email.",
      status("demanded-undisclosed"),
    ],
    [
      "a listing's 'Asking price:' field, the victim named elsewhere",
      "A database said to belong to Ashcombe Vale Hospital is offered on a hacker forum.\n- Asking price: $40,000\n- Size: 2TB",
      status("demanded-amount", 40000, "USD"),
    ],
    [
      "the price of the keys, beside the price for one machine",
      "The note left at Ashcombe Vale Hospital says 2 bitcoins buys the key to a single infected computer and 30 bitcoins buys keys for the whole network.",
      status("demanded-amount", 30, "BTC"),
    ],
    [
      "the price of a decryptor",
      "The gang that locked Ashcombe Vale Hospital's servers says $250,000 buys the decryptor.",
      status("demanded-amount", 250000, "USD"),
    ],
    [
      "the same gang's demand in another month",
      "The Lynx gang says it stole 80GB from Ashcombe Vale Hospital. In April the same gang hit a shipping firm and asked for $6m.",
      status("not-mentioned"),
    ],
  ])("%s", (_shape, text, want) => {
    expect(extract(T, text).ransom).toEqual(want);
  });

  it.each([
    [
      "a hospital wanting money from the state",
      "Ashcombe Vale Hospital wants money from the state to rebuild after the attack.",
    ],
    [
      "nurses who will not get money",
      "Nurses at Ashcombe Vale Hospital will not be getting any money for overtime after the attack, the union said.",
    ],
    [
      "attackers who did not want money",
      "The attackers did not want money from Ashcombe Vale Hospital, investigators believe.",
    ],
  ])("no ransom: %s", (_shape, text) => {
    expect(extract(T, text).ransom).toEqual(status("not-mentioned"));
  });
});
