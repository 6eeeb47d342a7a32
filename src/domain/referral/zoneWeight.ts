/** Normalised distance at which a zone's weight is 1 (fully inside). */
const INNER = 0.8;
/** Normalised distance at which a zone's weight falls to 0. */
const OUTER = 1.2;

/**
 * Weight of a zone at a normalised distance `d` (1 on the zone's edge): 1 well inside, 0 well
 * outside, exactly 0.5 on the edge, smooth in between. Painting draws the edge where it crosses 0.5.
 */
export function zoneWeight(d: number): number {
  if (d <= INNER) return 1;
  if (d >= OUTER) return 0;
  const t = (OUTER - d) / (OUTER - INNER);
  return t * t * (3 - 2 * t);
}

/** The normalised distance beyond which every weight is 0: used to cull far points quickly. */
export const ZONE_REACH = OUTER;
