import type { DangerZone, Safety } from "../schema/safetySchema";

/** The needling danger zones near a muscle (those whose muscle list names it), in the safety file's order. */
export function dangerZonesOfMuscle(safety: Safety, muscleId: string): DangerZone[] {
  return safety.dangerZones.filter((zone) => zone.muscles.includes(muscleId));
}
