/** What feed health says about a fetch the SSRF guard refused; the detail (name, address) goes to the server log only. */
export const BLOCKED_PUBLIC_MESSAGE = "blocked: not a public address";

/**
 * The message stored on a failed feed. A blocked fetch's own message names the address a host resolved to,
 * which anyone reading feed health could use to map the internal network, so it is logged instead.
 */
export function storedFeedError(
  feedId: number,
  code: string,
  message: string,
  log: (line: string) => void = console.error,
): string {
  if (code !== "blocked-address") return message.slice(0, 500);
  log(`[medbreach] feed ${feedId} blocked: ${message}`);
  return BLOCKED_PUBLIC_MESSAGE;
}
