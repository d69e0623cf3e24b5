/** The result link last opened from a list page, so that Back can put the keyboard focus on it again. */
let opened: { page: string; href: string } | null = null;

/** Notes that `href` is being opened from the page at the current address. */
export function rememberOpened(href: string): void {
  opened = { page: location.pathname + location.search, href };
}

/** The link opened from `page`, once: after Back, the list focuses it; any other visit forgets it. */
export function takeOpened(page: string): string | null {
  const found = opened?.page === page ? opened.href : null;
  opened = null;
  return found;
}
