/** How many distinct fills the charts have before they repeat. */
export const PATTERN_COUNT = 6;

/** The fill for series `i`: a colour plus a texture, so series differ without relying on colour alone. */
export function patternFill(prefix: string, i: number): string {
  return `url(#${prefix}-p${i % PATTERN_COUNT})`;
}

/** SVG pattern definitions (solid, stripes, dots, cross-hatch, horizontal, vertical) for `patternFill`. */
export function PatternDefs(props: { prefix: string }) {
  const p = props.prefix;
  return (
    <defs>
      <pattern id={`${p}-p0`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" class="fill-0" />
      </pattern>
      <pattern id={`${p}-p1`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" class="fill-1-bg" />
        <rect width="3" height="6" class="fill-1" />
      </pattern>
      <pattern id={`${p}-p2`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" class="fill-2-bg" />
        <circle cx="3" cy="3" r="1.8" class="fill-2" />
      </pattern>
      <pattern id={`${p}-p3`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" class="fill-3-bg" />
        <path d="M0 0L6 6M6 0L0 6" class="stroke-3" />
      </pattern>
      <pattern id={`${p}-p4`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" class="fill-4-bg" />
        <rect width="6" height="2" class="fill-4" />
      </pattern>
      <pattern id={`${p}-p5`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" class="fill-5-bg" />
        <rect width="2" height="6" class="fill-5" />
      </pattern>
    </defs>
  );
}
