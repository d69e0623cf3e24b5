// `startBenchFeedServer` in a process of its own: prints the feed URLs as one JSON line, serves until stdin closes.
import { startBenchFeedServer } from "./loopback-feeds";

const [feeds, items] = process.argv.slice(2).map(Number);
const server = await startBenchFeedServer(feeds!, items!);
process.stdout.write(`${JSON.stringify(server.urls)}\n`);
process.stdin.on("end", () => void server.close().then(() => process.exit(0)));
process.stdin.resume();
