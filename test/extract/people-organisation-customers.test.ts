// A vendor's customers or clients that the text says are organisations (hospitals, practices, clinics) are no
// head-count of people: "1,500 customers were affected, none of them hospitals", "clients, mostly clinics". Customers
// told as people stay a head-count. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Ransomware takes down a health software vendor's cloud";

describe("people: customers said to be organisations are not counted", () => {
  it.each([
    [
      "'none of them hospitals'",
      "Hollis Data, a billing software vendor, said ransomware hit its cloud. About 2,300 customers were affected, none of them hospitals.",
    ],
    [
      "'most of them small practices'",
      "Hollis Data said 640 clients were affected by the outage, most of them small dental practices, after hackers breached its servers.",
    ],
    [
      "'mainly clinics and pharmacies'",
      "The attack on Hollis Data affected 1,200 customers, mainly clinics and pharmacies in the Midwest.",
    ],
    [
      "the customers are said to be practices in a later clause",
      "Hollis Data said the breach affected 3,100 customers. The company said none of the 3,100 affected customers were hospitals or large physician groups.",
    ],
  ])("%s", (_l, body) => {
    expect(extract(T, body).people_affected).toBeNull();
  });

  it.each([
    [
      "customers who are people",
      "Hollis Insurance said the breach exposed the data of 48,000 customers, most of them retirees.",
      48000,
    ],
    [
      "customers beside organisations named elsewhere in the sentence",
      "The hack of Hollis Pharmacy, which serves hospitals across the state, exposed 12,500 customers' prescriptions.",
      12500,
    ],
  ])("%s", (_l, body, n) => {
    expect(extract(T, body).people_affected).toBe(n);
  });
});
