import type { AnchorHTMLAttributes, ComponentChildren } from "preact";
import { onLinkClick } from "../../lib/router";

/** An in-app link: a real `<a href>` (so it can be opened in a new tab or copied) that navigates without a reload. */
export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; children: ComponentChildren }) {
  return <a {...props} onClick={onLinkClick} />;
}
