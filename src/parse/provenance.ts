/**
 * Syndication notes that trade journals put in the body of a republished story. The whole note is
 * kept ("Source: v3") so the cluster stage and the UI can show where a story first ran.
 */
const PATTERNS: RegExp[] = [
  /^[ \t]*(source:[ \t]*[^\n]{2,80}?)[ \t]*\.?$/im,
  /\b((?:this|the)\s+(?:article|story|post|piece|report)\s+(?:was\s+)?(?:originally|first)\s+(?:appeared|published|ran|posted)\s+(?:on|in|at|by)\s+[^\n.]{2,80})/i,
  /\b((?:originally|first)\s+(?:appeared|published|posted)\s+(?:on|in|at|by)\s+[^\n.]{2,80})/i,
  /\b((?:reprinted|republished|syndicated)\s+(?:with\s+permission\s+)?from\s+[^\n.]{2,80})/i,
];

/** Finds a syndication note in plain text and returns it trimmed, or null. */
export function findProvenance(text: string): string | null {
  for (const pattern of PATTERNS) {
    const match = pattern.exec(text);
    if (match) return match[1]!.trim().replace(/\s+/g, " ");
  }
  return null;
}
