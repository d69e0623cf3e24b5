import { createAdaptorServer } from "@hono/node-server";
import type { Server } from "node:http";

/** A start-up problem the operator can fix: what went wrong and the setting to change. */
export class StartupError extends Error {
  override name = "StartupError";
  constructor(
    message: string,
    readonly setting: string,
  ) {
    super(message);
  }
}

/**
 * Ends a failed start-up with one line on stderr and a non-zero exit. A StartupError names its setting;
 * anything else is a bug of ours, so its stack goes to stderr too, after the line.
 */
export function exitOnStartupError(err: unknown, program = "medbreach"): never {
  if (err instanceof StartupError) console.error(`${program}: cannot start: ${err.message} (${err.setting})`);
  else {
    console.error(`${program}: cannot start: ${err instanceof Error ? err.message : String(err)}`);
    if (err instanceof Error && err.stack && process.env.MEDBREACH_DEBUG === "1") console.error(err.stack);
  }
  process.exit(1);
}

/** Serves `fetch` on `host`:`port`; rejects with a StartupError naming PORT or HOST when it cannot listen. */
export async function listen(
  fetch: (request: Request, env?: unknown) => Response | Promise<Response>,
  host: string,
  port: number,
): Promise<Server> {
  const server = createAdaptorServer({ fetch }) as Server;
  const ready = listening(server, host, port);
  server.listen(port, host);
  await ready;
  return server;
}

function listening(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      server.off("listening", onListening);
      if (err.code === "EADDRINUSE") reject(new StartupError(`port ${port} on ${host} is already in use`, "PORT"));
      else if (err.code === "EACCES")
        reject(new StartupError(`not allowed to listen on port ${port} of ${host}`, "PORT"));
      else if (err.code === "EADDRNOTAVAIL" || err.code === "ENOTFOUND")
        reject(new StartupError(`cannot listen on ${host}: not an address of this machine`, "HOST"));
      else reject(new StartupError(`cannot listen on ${host}:${port}: ${err.message}`, "PORT"));
    };
    const onListening = () => {
      server.off("error", onError);
      resolve();
    };
    server.once("error", onError);
    server.once("listening", onListening);
  });
}
