import { describe, expect, it } from "vitest";
import { parseRegistryCsv, RegistryFormatError } from "../../src/parse/registry-csv";

const HEADER = "name,aliases,type,category,category_basis,country,region,city,postcode,status,parent,source_id,source";

describe("parseRegistryCsv", () => {
  it("reads a row into typed fields: aliases split, blanks as null, blank status as unknown", () => {
    const { rows, rejected } = parseRegistryCsv(
      `${HEADER}\n"ELM VALLEY HOSPITAL, NORTH",ELM VALLEY|EVH ,Acute,hospital,source,US,OR,SALEM,97301,,,123,cms-hgi\n`,
    );
    expect(rejected).toEqual([]);
    expect(rows).toEqual([
      {
        name: "ELM VALLEY HOSPITAL, NORTH",
        aliases: ["ELM VALLEY", "EVH"],
        type: "Acute",
        category: "hospital",
        category_basis: "source",
        country: "US",
        region: "OR",
        city: "SALEM",
        postcode: "97301",
        status: "unknown",
        parent: null,
        source_id: "123",
        source: "cms-hgi",
      },
    ]);
  });

  it("finds the columns by name, in any order", () => {
    const { rows } = parseRegistryCsv(
      "source,name,aliases,type,category,category_basis,country,region,city,postcode,status,parent,source_id\nx,Orvanta Systems,,dev,,,,,,,active,,1\n",
    );
    expect(rows[0]).toMatchObject({ name: "Orvanta Systems", source: "x", category: null, status: "active" });
  });

  it.each([
    { name: "an empty name", row: ",,t,,,,,,,active,,1,src", reason: "name: empty" },
    {
      name: "an unknown category",
      row: "A B,,t,hospitalz,source,,,,,active,,1,src",
      reason: /^category: not one of hospital, /,
    },
    {
      name: "an unknown category basis",
      row: "A B,,t,hospital,guess,,,,,active,,1,src",
      reason: /^category_basis: not one of source, /,
    },
    {
      name: "a country that is no ISO code",
      row: "A B,,t,,,USA,,,,active,,1,src",
      reason: 'country: not an ISO 3166-1 alpha-2 code (name "A B")',
    },
    { name: "an unknown status", row: "A B,,t,,,,,,,retired,,1,src", reason: /^status: / },
    { name: "no source", row: "A B,,t,,,,,,,active,,1,", reason: 'source: empty (name "A B")' },
    { name: "too few fields", row: "A B,,t", reason: "3 fields where the header has 13" },
  ])("rejects a row with $name, naming its line", ({ row, reason }) => {
    const { rows, rejected } = parseRegistryCsv(`${HEADER}\nGood Org,,t,,,,,,,active,,0,src\n${row}\n`);
    expect(rows).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.line).toBe(3);
    if (typeof reason === "string") expect(rejected[0]!.reason).toBe(reason);
    else expect(rejected[0]!.reason).toMatch(reason);
  });

  it("keeps the rows before a quote that never closes and reports where reading stopped", () => {
    const { rows, rejected } = parseRegistryCsv(
      `${HEADER}\nGood Org,,t,,,,,,,active,,0,src\n"Open,,t,,,,,,,active,,1,src\nLater,,t,,,,,,,active,,2,src\n`,
    );
    expect(rows.map((r) => r.name)).toEqual(["Good Org"]);
    expect(rejected).toEqual([
      { line: 3, reason: "a quoted field is never closed; the rest of the file from this line was not read" },
    ]);
  });

  it.each([
    {
      name: "a file without the registry columns",
      csv: "id,title\n1,x\n",
      message: /^not a registry CSV: the header lacks name, aliases, type/,
    },
    { name: "an empty file", csv: "", message: /^the file is empty$/ },
  ])("refuses $name as a whole", ({ csv, message }) => {
    expect(() => parseRegistryCsv(csv)).toThrow(RegistryFormatError);
    expect(() => parseRegistryCsv(csv)).toThrow(message);
  });
});
