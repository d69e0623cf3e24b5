import type { SourceTextLookup } from "../search/search-document";
import type { Store } from "../store/store";

/** The search index reads what an incident's sources said from the store's articles. */
export function storeSourceTexts(store: Store): SourceTextLookup {
  return (ids) => store.getArticleTexts(ids);
}
