import type { ComponentChildren } from "preact";
import { Link } from "./link";

const NAV = [
  { href: "/", label: "Search" },
  { href: "/overview", label: "Overview" },
  { href: "/groups", label: "Groups" },
  { href: "/feeds", label: "Feeds" },
];

/** The frame of every page: skip link, banner with navigation, the main landmark and a footer. */
export function Shell(props: { path: string; children: ComponentChildren }) {
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="banner">
        <Link href="/" class="brand">
          medbreach
        </Link>
        <nav aria-label="Main">
          <ul>
            {NAV.map((n) => (
              <li key={n.href}>
                <Link href={n.href} aria-current={props.path === n.href ? "page" : undefined}>
                  {n.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {props.children}
      </main>
      <footer class="footer">
        <p>
          Healthcare cyber incidents clustered from public news feeds. Facts are extracted automatically: check the
          quoted sources.
        </p>
      </footer>
    </>
  );
}
