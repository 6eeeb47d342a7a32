import { ANY_PART } from "../domain/bodyParts/bodyParts";
import type { CompiledReferral } from "../domain/referral/compileReferral";
import { emptySample, zoneField } from "../domain/referral/zoneField";

const sample = emptySample();

/**
 * Evaluates the zone field of the given referral patterns at every skin vertex (body frame, with
 * its skin part from `parts`, or any part without them) and writes (essential, spillover) pairs
 * into `out`; the shader draws the edges where they cross 0.5.
 */
export function paintReferral(
  positions: Float32Array,
  parts: ArrayLike<number> | null,
  referrals: readonly CompiledReferral[],
  out: Float32Array,
): void {
  out.fill(0);
  if (referrals.length === 0) return;
  const count = positions.length / 3;
  for (let i = 0; i < count; i++) {
    const x = positions[i * 3] ?? 0;
    const y = positions[i * 3 + 1] ?? 0;
    const z = positions[i * 3 + 2] ?? 0;
    let essential = 0;
    let spillover = 0;
    for (const referral of referrals) {
      zoneField(referral, x, y, z, parts ? (parts[i] ?? ANY_PART) : ANY_PART, sample);
      if (sample.essential > essential) essential = sample.essential;
      if (sample.spillover > spillover) spillover = sample.spillover;
    }
    out[i * 2] = essential;
    out[i * 2 + 1] = spillover;
  }
}
