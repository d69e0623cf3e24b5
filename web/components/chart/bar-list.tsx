import type { ComponentChildren } from "preact";

/** One labelled value in a `BarList`. */
export interface BarItem {
  key: string;
  label: ComponentChildren;
  value: number;
}

/** A ranked list with the value as text and a proportional SVG bar beside it (the bar is decoration; the number is the data). */
export function BarList(props: { items: BarItem[]; label: string }) {
  const max = Math.max(1, ...props.items.map((i) => i.value));
  return (
    <ol class="bar-list" aria-label={props.label}>
      {props.items.map((item) => (
        <li key={item.key}>
          <span class="bar-list-label">{item.label}</span>
          <svg class="bar-list-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
            <rect width={(item.value / max) * 100} height="10" class="fill-0" />
          </svg>
          <span class="bar-list-value">{item.value}</span>
        </li>
      ))}
    </ol>
  );
}
