import { useEffect } from "preact/hooks";

/** Sets the tab title ("… · medbreach"), which screen readers announce on navigation. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · medbreach` : "medbreach";
  }, [title]);
}
