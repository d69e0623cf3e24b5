import { describe, expect, it } from "vitest";
import { CsvError, readCsv } from "../../src/parse/csv";

const read = (text: string) => [...readCsv(text)].map((r) => [r.line, r.fields] as const);

describe("readCsv", () => {
  it.each([
    {
      name: "plain fields",
      input: "a,b,c\n1,2,3\n",
      expected: [
        [1, ["a", "b", "c"]],
        [2, ["1", "2", "3"]],
      ],
    },
    {
      name: "a quoted comma",
      input: 'name,x\n"Lilly, Eli",1\n',
      expected: [
        [1, ["name", "x"]],
        [2, ["Lilly, Eli", "1"]],
      ],
    },
    { name: "a doubled quote inside quotes", input: '"say ""hi""",2', expected: [[1, ['say "hi"', "2"]]] },
    {
      name: "a line break inside quotes, counted for the next record",
      input: '"a\nb",1\nc,2',
      expected: [
        [1, ["a\nb", "1"]],
        [3, ["c", "2"]],
      ],
    },
    {
      name: "CRLF line ends and a byte-order mark",
      input: "\ufeffa,b\r\n1,2\r\n",
      expected: [
        [1, ["a", "b"]],
        [2, ["1", "2"]],
      ],
    },
    {
      name: "empty fields and blank lines",
      input: "a,,c\n\n,,\n",
      expected: [
        [1, ["a", "", "c"]],
        [3, ["", "", ""]],
      ],
    },
    { name: "no line end after the last record", input: "x,y", expected: [[1, ["x", "y"]]] },
  ])("reads $name", ({ input, expected }) => {
    expect(read(input)).toEqual(expected);
  });

  it("names the line of a quote that never closes", () => {
    expect(() => read('a,b\n"open,1\n2,3\n')).toThrow(CsvError);
    expect(() => read('a,b\n"open,1\n2,3\n')).toThrow(/line 2/);
  });
});
