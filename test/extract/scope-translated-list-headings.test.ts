// A translated page keeps its own site's heading over the list of links to other stories ("Read also:", "Lire aussi",
// "Mehr zum Thema:", "Leggi anche", "Te puede interesar", "Veja também", "Läs också"): the items under it are other incidents, never this one's group or ransom.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const story =
  "The Klinik am Seeufer in Lower Saxony said on Monday that a cyberattack had knocked its patient record system offline.";

describe("a list of links under a translated site's heading names other incidents", () => {
  it.each([
    ["Read also:", "- Town hall of Nordhafen: Akira claims the attack"],
    ["Also read:", "- Port operator hit, Black Basta named"],
    ["Lire aussi :", "- Mairie de Belcourt : Vice Society revendique l'attaque"],
    ["À lire aussi", "- Cyberattaque : Royal revendique le vol de données d'une mairie"],
    ["Mehr zum Thema:", "- Stadtwerke: Play-Gruppe veröffentlicht Daten"],
    ["Leggi anche:", "- Comune di Valdora, Rhysida rivendica l'attacco"],
    ["Lea también:", "- Ayuntamiento de Sierra Alta: Medusa reivindica el ataque"],
    ["Te puede interesar:", "- Ministerio de Obras: LockBit pide US$ 300.000"],
    ["También te puede interesar", "- Banco del Litoral: LockBit pide US$ 2 millones"],
    ["Veja também:", "- Prefeitura de Pedra Alta: Akira reivindica ataque"],
    ["Potrebbe interessarti anche:", "- Comune di Borgoviva, Rhysida rivendica l'attacco"],
    ["Das könnte Sie auch interessieren:", "- Stadtwerke Elmbach: LockBit fordert 2 Mio. Euro"],
    ["Voir aussi :", "- Mairie de Sainval : LockBit réclame 2 millions d'euros"],
    ["Läs också:", "- Kommunen i Norrvik: Akira tar på sig attacken"],
    ["Lees meer:", "- Gemeente Oosterveld: Black Basta eist losgeld"],
    ["Zobacz też:", "- Urząd miasta Brzeziny: LockBit publikuje dane"],
  ])("under %j the item's group is not the attacker", (heading, item) => {
    const got = extract("Klinik am Seeufer: systems offline after cyberattack", `${story}\n\n${heading}\n${item}`);
    expect(got.attacker_groups).toEqual([]);
  });

  it.each([
    ["Mehr zum Thema:", "- Uniklinik Talheim: Lösegeldforderung über 3 Mio. Euro"],
    ["Read also:", "- Clinic in Varna asked for $2 million by hackers"],
  ])("under %j the item's ransom is not this incident's", (heading, item) => {
    const got = extract("Klinik am Seeufer: systems offline after cyberattack", `${story}\n\n${heading}\n${item}`);
    expect(got.ransom.status).toBe("not-mentioned");
  });
});
