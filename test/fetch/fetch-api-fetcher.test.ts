import { createFetchApiFetcher } from "../../src/fetch/fetch-api-fetcher";
import { describeFetcherContract } from "./fetcher-contract";

describeFetcherContract("fetch-api fetcher", (options, names = []) =>
  createFetchApiFetcher({
    ...options,
    // Stands in for DNS: the listed names are sent to loopback, as a resolver would.
    fetch: (input, init) => {
      const url = new URL(input);
      if (names.includes(url.hostname)) url.hostname = "127.0.0.1";
      return fetch(url.href, init);
    },
  }),
);
