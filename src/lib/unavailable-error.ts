/**
 * A dependency could not answer this time (a search thread stopped, a remote engine unreachable): not the
 * request's fault, so the HTTP edge answers 503 with `Retry-After` instead of a 500.
 */
export class UnavailableError extends Error {
  override name = "UnavailableError";
  /** Seconds after which asking again may succeed. */
  readonly retryAfterSeconds: number;
  constructor(message: string, retryAfterSeconds = 1) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
