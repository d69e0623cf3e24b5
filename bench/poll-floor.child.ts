// The poll bench's floor, in a process of its own: every feed (URLs as JSON on stdin) fetched with bare
// `fetch` and read by rss-parser, nothing kept, as many at once as the poll (first argument). Prints items/s of a second pass (the first warms the code).
import Parser from "rss-parser";
import { pool } from "./harness";

const concurrency = Number(process.argv[2]);
let input = "";
for await (const chunk of process.stdin) input += chunk;
const urls = JSON.parse(input) as string[];
const parser = new Parser();

async function pass(): Promise<number> {
  let items = 0;
  const t0 = performance.now();
  await pool(urls.length, concurrency, async (n) => {
    const feed = await parser.parseString(await (await fetch(urls[n]!)).text());
    items += feed.items.length;
  });
  return (items / (performance.now() - t0)) * 1000;
}

await pass();
process.stdout.write(`${JSON.stringify(await pass())}\n`);
