import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victim organisations", () => {
  it.each([
    [
      "finds a victim named in the headline only",
      "Cyberattack on Marlow Valley Hospital disrupts care",
      "Staff are using paper records while systems are down.",
      ["Marlow Valley Hospital"],
    ],
    [
      "keeps an acronym given in brackets",
      "Patients told of breach",
      "Northfield Medical Group (NMG) said hackers accessed its email. NMG is notifying patients.",
      ["Northfield Medical Group (NMG)"],
    ],
    [
      "finds a name without a healthcare word from its description",
      "Insurer breach",
      "Carewell, the health insurer, said hackers stole customer data. Carewell is notifying customers.",
      ["Carewell"],
    ],
    [
      "leaves out regulators and outlets",
      "Breach at Elm Street Clinic",
      "Elm Street Clinic told the Department of Health and Human Services, TechCrunch reported.",
      ["Elm Street Clinic"],
    ],
    [
      "leaves out a victim of an earlier incident",
      "Ransomware hits Brookside Hospital",
      "Brookside Hospital diverted ambulances. The gang previously attacked Hill Top Medical Center last year.",
      ["Brookside Hospital"],
    ],
    [
      "strips a job title before the name",
      "Stonebridge Health breached",
      "Jane Roe, President and CEO of Stonebridge Health, said data was taken.",
      ["Stonebridge Health"],
    ],
    [
      "keeps a saint's abbreviation in the name",
      "Hospital hit by ransomware",
      "St. Aldric's Regional Medical Center said its systems were encrypted.",
      ["St. Aldric's Regional Medical Center"],
    ],
    [
      "keeps a possessive that opens the name, with the apostrophe the article wrote",
      "Breach notice",
      "Queen’s Park Hospital said hackers copied patient files.",
      ["Queen’s Park Hospital"],
    ],
    [
      "drops a place's possessive before the name",
      "Breach notice",
      "Ohio's Larkfield Medical Center said hackers copied patient files.",
      ["Larkfield Medical Center"],
    ],
    [
      "ends the name before a job title and a person",
      "Systems down",
      "Harlow Valley Health Network President and CEO Dana Moss said the network was hit by ransomware.",
      ["Harlow Valley Health Network"],
    ],
    [
      "leaves out a minister named by title",
      "Ransomware attack",
      "Health Minister Ann Roe said Eastern Vale Health was hit by ransomware.",
      ["Eastern Vale Health"],
    ],
    [
      "keeps an honorific that opens a company name",
      "Breach at drugmaker",
      "Dr Ashby's Laboratories Ltd said it was hit by ransomware.",
      ["Dr Ashby's Laboratories Ltd"],
    ],
    [
      "keeps a bracketed state inside the name",
      "Ransomware attack",
      "Wrenfield (Texas) Hospital said it was hit by ransomware.",
      ["Wrenfield (Texas) Hospital"],
    ],
    [
      "splits two victims joined by and",
      "Ransomware attack",
      "Harwick Health Partners and Dunmore Health said both were hit by ransomware.",
      ["Harwick Health Partners", "Dunmore Health"],
    ],
    [
      "keeps one name whose second part opens on a generic word",
      "Ransomware attack",
      "Grantham Health and Wellness Center said it was hit by ransomware.",
      ["Grantham Health and Wellness Center"],
    ],
    [
      "drops a sentence adverb before the name",
      "Ransomware attack",
      "Now Kessler Family Medical says it was hit by ransomware.",
      ["Kessler Family Medical"],
    ],
    [
      "finds a brand described as a pharmacy chain",
      "Tessaly breach",
      "Tessaly, a Canadian retail pharmacy chain, said hackers stole customer data. Tessaly is notifying customers.",
      ["Tessaly"],
    ],
    [
      "finds a brand described as an e-prescription provider",
      "Corvane breach",
      "Corvane, an e-prescription provider, said its systems were breached. Corvane has restored service.",
      ["Corvane"],
    ],
    [
      "finds a brand described as a plasma collector",
      "Plasma firm hit",
      "Halvane, the plasma collector, said its donation centers closed after a ransomware attack. Halvane has not paid.",
      ["Halvane"],
    ],
    [
      "keeps a supplier described in one place and attacked in another",
      "Hospital data exposed",
      "Marlow Health said its file-transfer provider Quillion told it of the breach. Quillion had suffered a cyberattack in January.",
      ["Marlow Health", "Quillion"],
    ],
    [
      "does not keep a supplier that is only described",
      "Hospital data exposed",
      "Marlow Health was hit by ransomware. Its software provider Quillion helped restore systems. Quillion said the work took a week.",
      ["Marlow Health"],
    ],
    [
      "leaves out a country named where the victim is",
      "Hospitals hit",
      "Hospitals in Denmark were attacked, Denmark officials said. Kestrel Health was hit. Kestrel Health restored systems.",
      ["Kestrel Health"],
    ],
    [
      "names a hospital by its town and a lower-case noun",
      "Cyberattack hits Armentières hospital",
      "The Armentières hospital was hit by ransomware. The Armentières hospital has diverted patients.",
      ["Armentières hospital"],
    ],
    [
      "does not take a nationality and a noun for a name",
      "Ransomware",
      "The German hospital was hit by ransomware. The German hospital diverted patients.",
      [],
    ],
    [
      "folds a name into the longer name it ends",
      "Blood service hit",
      "The Westland Red Cross Blood Service said it was hit. The Blood Service said donors' data was taken.",
      ["Westland Red Cross Blood Service"],
    ],
    [
      "leaves out the federal coordination centre that issued a warning",
      "Hospital hit",
      "Marlow Health was hit by ransomware. The Health Sector Cybersecurity Coordination Center warned hospitals.",
      ["Marlow Health"],
    ],
    [
      "keeps 'of the' inside a long name",
      "Care provider hit",
      "A ransomware attack on Lutheran Senior Homes of the Plains, which runs senior living communities in four states, exposed residents' data. Lutheran Senior Homes of the Plains is notifying residents.",
      ["Lutheran Senior Homes of the Plains"],
    ],
    [
      "finds a brand defined by the care service it provides",
      "Pathwise hit by ransomware",
      "Pathwise, which provides pathology services to NHS hospitals, said test results were delayed.",
      ["Pathwise"],
    ],
    [
      "leaves out a provider named for its tie to the victim",
      "Imaging chain breached",
      "Northgate Radiology said hackers reached patient files. Harbor Health Services, the company's billing provider, helped the investigation.",
      ["Northgate Radiology"],
    ],
    [
      "leaves out a parent company named for its tie",
      "Pharmacy breach",
      "Medrow Pharmacy said hackers took patient data. Its parent company Lanward Health Group is notifying customers.",
      ["Medrow Pharmacy"],
    ],
    [
      "keeps a related company that was itself attacked",
      "Breach",
      "Medrow Pharmacy said its software provider Lanward Health Systems was hit by ransomware.",
      ["Medrow Pharmacy", "Lanward Health Systems"],
    ],
    [
      "leaves out an outlet whose name holds a health word",
      "Clinic breach",
      "Elm Street Clinic was hit by ransomware, Rivermouth Health News reported. The Coastal Medical Times said patients were notified.",
      ["Elm Street Clinic"],
    ],
    [
      "leaves out the agencies the victim informed",
      "Clinic breach",
      "Elm Street Clinic was hit by ransomware. It informed the HHS Office for Civil Rights, the Maine Attorney General and the FBI.",
      ["Elm Street Clinic"],
    ],
    [
      "leaves out a victim of another incident named after a time cue",
      "Imaging group hit",
      "Westfield Imaging said hackers stole patient data. Earlier this month Pine Ridge Radiology Associates reported a breach.",
      ["Westfield Imaging"],
    ],
    [
      "leaves out victims named in a comparison",
      "Imaging group hit",
      "Westfield Imaging said hackers stole patient data. The attack is one of several on radiology practices, including Pine Ridge Radiology Associates.",
      ["Westfield Imaging"],
    ],
    [
      "leaves out a victim said to have been hit also at another time",
      "Vendor attack",
      "Clinics are dealing with the ransomware attack on Westfield Imaging. The same strain was also used last month against Harlan Memorial Hospital.",
      ["Westfield Imaging"],
    ],
    [
      "keeps the only victim even when named after a time cue",
      "Imaging group hit",
      "Earlier this month Westfield Imaging said hackers stole patient data.",
      ["Westfield Imaging"],
    ],
    [
      "finds counselling practices by their own words",
      "Behavioural health network hit",
      "Riverbend Counseling Associates and Lakeside Psychology Group said patient files were stolen in the ransomware attack.",
      ["Riverbend Counseling Associates", "Lakeside Psychology Group"],
    ],
    [
      "reads a description holding a bracketed acronym",
      "Attack on Veritrax, the electronic health record (EHR) company",
      "Clinics are still dealing with the attack on Veritrax, the electronic health record (EHR) company.",
      ["Veritrax"],
    ],
    [
      "keeps an opening 'The' of a name given an alias",
      "Ransomware attack",
      "The Surgery Group, which also goes by the name Velora Surgery Group, said it was hit by ransomware.",
      ["The Surgery Group", "Velora Surgery Group"],
    ],
    [
      "keeps a name followed by 'also known as'",
      "Ransomware attack",
      "The Care Partnership, also known as Thornbury Care Partnership, said files were stolen in the ransomware attack.",
      ["The Care Partnership", "Thornbury Care Partnership"],
    ],
    [
      "does not keep an opening 'The' without an alias",
      "Ransomware attack",
      "Ashcombe Hospital was hit by ransomware. The Hospital Group said systems were down.",
      ["Ashcombe Hospital"],
    ],
    [
      "folds the victim's pharmacies into it",
      "Hospital hit",
      "Kestrel Valley Medical Center was hit by ransomware. The Kestrel Valley Downtown Pharmacy and the Kestrel Valley Outpatient Pharmacy are open.",
      ["Kestrel Valley Medical Center"],
    ],
    [
      "folds a branded site named before 'locations'",
      "Hospital hit",
      "Harwood Health was hit by ransomware. Its Harwood HealthExpress locations are still open.",
      ["Harwood Health"],
    ],
    [
      "keeps two victims sharing a first word when neither is a site",
      "Ransomware attack",
      "Files came from Lindell Medical Group and Lindell Health, both hit by ransomware.",
      ["Lindell Medical Group", "Lindell Health"],
    ],
    [
      "leaves out companies named as the victim's parent",
      "Pharmacy breach",
      "Medrow Pharmacy said hackers took patient data. Medrow is the parent of Ashlane Health Partners and Birchview Health.",
      ["Medrow Pharmacy"],
    ],
    [
      "leaves out a company the victim was merged with",
      "Pharmacy breach",
      "Medrow Pharmacy said hackers took patient data. An investor later combined Medrow Pharmacy with Ashlane Health Services.",
      ["Medrow Pharmacy"],
    ],
    [
      "leaves out the group the victim is part of",
      "Hospital hit",
      "Kestrel Hospital was hit by ransomware, says the website of Ashlane Health International, part of the Birchview Health family. Kestrel Hospital diverted patients.",
      ["Kestrel Hospital"],
    ],
    [
      "keeps an owner that was itself attacked",
      "Hospital group hit",
      "Ransomware hit Ashlane Health, which is the parent of Kestrel Hospital.",
      ["Ashlane Health"],
    ],
    [
      "finds a brand that also speaks of the attack",
      "Imaging provider hit",
      "A hacker reached patient data at Corvane. Corvane also said it will notify patients of the ransomware attack.",
      ["Corvane"],
    ],
    [
      "leaves out a crime named like an organisation",
      "Dental chain hit",
      "Smileway Dental said hackers stole patient files.\n- Medical Identity Theft: stolen records fuel fraud.",
      ["Smileway Dental"],
    ],
    [
      "keeps a place's possessive on a generic body's name",
      "Ministry hit",
      "Hackers say they stole data from networks run by Peru's Ministry of Health. The Ministry of Health website is down.",
      ["Peru's Ministry of Health"],
    ],
    [
      "does not name a generic body without its place",
      "Ministry hit",
      "Hackers say they stole data from networks run by the Ministry of Health. The Ministry of Health website is down.",
      [],
    ],
    [
      "keeps an organisation listed beside victims",
      "Subsidiaries hit",
      "The breach affected subsidiaries of Lakeview Health, among them Brookline Associates, Inc., Ozark Guidance Center, Inc., and Hillcrest Behavioral Health.",
      ["Lakeview Health", "Brookline Associates", "Ozark Guidance Center", "Hillcrest Behavioral Health"],
    ],
    [
      "does not list an organisation named apart from the victims",
      "Clinic hit",
      // A centre with no health word ("Guidance Center" is child mental health care, a health name of its own).
      "Hillcrest Behavioral Health was hit by ransomware. Police told Ozark Youth Center to stay alert.",
      ["Hillcrest Behavioral Health"],
    ],
    [
      "keeps a brand whose customers are counted beside the victim's",
      "Insurer hacked",
      "Hackers reached data on 4 million Carewell Health customers and 1.2 million CHX customers.",
      ["Carewell Health", "CHX"],
    ],
    [
      "does not keep an acronym counted with other nouns",
      "Insurer hacked",
      "Hackers reached data on 4 million Carewell Health customers and 20 CHX staff.",
      ["Carewell Health"],
    ],
    [
      "leaves out the health department the victim notified",
      "Hospital hit",
      "Kestrel Hospital was hit by ransomware. The hospital notified the Ridge County Health Department.",
      ["Kestrel Hospital"],
    ],
    [
      "leaves out the authority the breach was reported to",
      "Hospital hit",
      "Kestrel Hospital was hit by ransomware. The breach was reported to the Oregon Health Authority.",
      ["Kestrel Hospital"],
    ],
    [
      "leaves out the agency the victim works with",
      "Hospital hit",
      "Kestrel Hospital was hit by ransomware. The hospital is working with the Maryland Department of Health.",
      ["Kestrel Hospital"],
    ],
    [
      "keeps a health department that was attacked",
      "Department hit",
      "Hackers claimed intrusions at the Ridge County Health Department and at Kestrel Hospital.",
      ["Ridge County Health Department", "Kestrel Hospital"],
    ],
    [
      "leaves out the hospital that took the victim's ambulances",
      "Hospital hit",
      "Kestrel Hospital was hit by ransomware. Ambulances were diverted to Pine Valley Medical Center.",
      ["Kestrel Hospital"],
    ],
    [
      "leaves out the hospitals patients were sent to",
      "Hospital hit",
      "Kestrel Hospital was hit by ransomware. Patients were sent to nearby Pine Valley Medical Center.",
      ["Kestrel Hospital"],
    ],
    [
      "leaves out the network the victim is a member of",
      "Hospital hit",
      "Kestrel Hospital, a member of Ridgeway Health Alliance, diverted ambulances after the ransomware attack.",
      ["Kestrel Hospital"],
    ],
    [
      "leaves out a provider named after the victim's possessive",
      "Hospital hit",
      "Kestrel Hospital was hit by ransomware. Kestrel Hospital's IT provider, Ridgeway Health Technologies, is investigating.",
      ["Kestrel Hospital"],
    ],
    [
      "keeps a hospital patients were sent to when it was hit too",
      "Hospitals hit",
      "Kestrel Hospital was hit by ransomware. Patients were sent to Pine Valley Medical Center. The attack also hit Pine Valley Medical Center.",
      ["Kestrel Hospital", "Pine Valley Medical Center"],
    ],
    [
      "keeps the only victim even when named receiving",
      "Hospital hit",
      "After the ransomware attack, patients were transferred to Pine Valley Medical Center's other campus.",
      ["Pine Valley Medical Center"],
    ],
    [
      "leaves out a victim of a similar attack",
      "Hospital hit",
      "Kestrel Hospital was hit by ransomware. In November, Pine Valley Medical Center suffered a similar attack.",
      ["Kestrel Hospital"],
    ],
    [
      "leaves out the gang's other victims",
      "Hospital hit",
      "Kestrel Hospital was hit by ransomware. Other victims of the gang include Pine Valley Medical Center.",
      ["Kestrel Hospital"],
    ],
    [
      "keeps a number inside a brand's name",
      "Data exposed",
      "Vanta 6 AI, a healthcare AI firm, was hit by ransomware. Vanta 6 AI is notifying hospitals.",
      ["Vanta 6 AI"],
    ],
    [
      "does not open a name on a number",
      "Hospital hit",
      "On March 6 Kestrel Hospital said it was hit by ransomware, and 2 Hospitals Group staff helped.",
      ["Kestrel Hospital"],
    ],
    [
      "leaves out kinds of data named like organisations",
      "Hospital hit",
      "Kestrel Hospital was hit by ransomware. Protected Health Information, Electronic Health Records and Medical Record Numbers were exposed.",
      ["Kestrel Hospital"],
    ],
    [
      "leaves out a unit of the hospital",
      "Hospital hit",
      "Kestrel Hospital was hit by ransomware. The Intensive Care Unit was unaffected.",
      ["Kestrel Hospital"],
    ],
    [
      "leaves out an event",
      "Hospital hit",
      "Kestrel Hospital was hit by ransomware. The attack was discussed at the Healthcare Cybersecurity Forum.",
      ["Kestrel Hospital"],
    ],
    [
      "leaves out a body said to be unaffected",
      "Hospital hit",
      "Kestrel Hospital was hit by ransomware. The Ridgeway Health Administration was not affected.",
      ["Kestrel Hospital"],
    ],
    [
      "leaves out earlier victims of recent years",
      "Hospital hit",
      "Kestrel Hospital was hit by ransomware. Ridgeway Health and Pine Valley Medical Center have faced attacks in recent years.",
      ["Kestrel Hospital"],
    ],
    [
      "cuts a person's name off the organisation after 'expert ... of'",
      "Hospital hit",
      "Kestrel Hospital was hit by ransomware, cybersecurity expert Jane Roe of Ridgeway Health Institute said. Ridgeway Health Institute studies attacks.",
      ["Kestrel Hospital", "Ridgeway Health Institute"],
    ],
    [
      "keeps a name and a lower-case healthcare noun listed beside victims",
      "Hospitals hit",
      "The affected hospitals, among them Bluewater Health, Norvale-Kent hospice and Erie Shores HealthCare, were hit by ransomware.",
      ["Bluewater Health", "Norvale-Kent hospice", "Erie Shores HealthCare"],
    ],
    [
      "does not take a name and a lower-case noun outside a list",
      "Hospital hit",
      "Bluewater Health was hit by ransomware. Staff at the Norvale-Kent hospice were told.",
      ["Bluewater Health"],
    ],
    [
      "finds a hospital word inside a compound",
      "Ransomware attack",
      "The Universitätsklinikum Halberg said it was hit by ransomware.",
      ["Universitätsklinikum Halberg"],
    ],
  ])("%s", (_name, title, text, orgs) => {
    expect(extract(title, text).victim_orgs).toEqual(orgs);
  });
});

describe("victim organisations on a page of names", () => {
  it("keeps the first 40 of a list of thousands, in order", () => {
    const names = Array.from({ length: 2000 }, (_, i) => `Hospital Q${i}`);
    const text = names.map((n) => `${n} was hit by ransomware.`).join(" ");
    const orgs = extract("Ransomware hits hospitals", text).victim_orgs;
    expect(orgs).toHaveLength(40);
    expect(orgs[0]).toBe(names[0]);
  });
});
