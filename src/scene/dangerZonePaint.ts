import type { CompiledDangerZone } from "../domain/safety/dangerZoneAreas";
import { dangerWeight } from "../domain/safety/dangerZoneAreas";
import type { DangerZone } from "../domain/schema/safetySchema";
import type { SkinData } from "./skinData";

/** Writes, per skin vertex, the strongest weight of the given danger zones into `out` (the shader draws the edge at 0.5). */
export function paintDangerZones(skin: SkinData, zones: readonly CompiledDangerZone[], out: Float32Array): void {
  out.fill(0);
  if (zones.length === 0) return;
  const { positions, parts } = skin;
  for (let v = 0; v < positions.length / 3; v++) {
    const x = positions[v * 3] ?? 0;
    const y = positions[v * 3 + 1] ?? 0;
    const z = positions[v * 3 + 2] ?? 0;
    let best = 0;
    for (const zone of zones) best = Math.max(best, dangerWeight(zone, x, y, z, parts?.[v] ?? -1));
    out[v] = best;
  }
}

/** Where a zone's label sits on one side of the body: a skin vertex inside it, near the middle of its area. */
export interface DangerLabelAnchor {
  /** The zone. */
  zone: DangerZone;
  /** Which side of the body. */
  side: "left" | "right";
  /** The skin vertex the label is pinned to. */
  vertex: number;
}

/** One label anchor per zone and side: the painted vertex nearest the centre of the zone's painted skin on that side. */
export function dangerLabelAnchors(skin: SkinData, zones: readonly CompiledDangerZone[]): DangerLabelAnchor[] {
  const { positions, parts } = skin;
  const anchors: DangerLabelAnchor[] = [];
  for (const zone of zones) {
    for (const side of ["left", "right"] as const) {
      const inside: number[] = [];
      const sum: [number, number, number] = [0, 0, 0];
      for (let v = 0; v < positions.length / 3; v++) {
        const [x, y, z] = [positions[v * 3] ?? 0, positions[v * 3 + 1] ?? 0, positions[v * 3 + 2] ?? 0];
        if ((side === "left" ? x < 0 : x > 0) || dangerWeight(zone, x, y, z, parts?.[v] ?? -1) < 0.5) continue;
        inside.push(v);
        sum[0] += x;
        sum[1] += y;
        sum[2] += z;
      }
      if (inside.length === 0) continue;
      const centre = sum.map((s) => s / inside.length);
      let vertex = inside[0] as number;
      let best = Number.POSITIVE_INFINITY;
      for (const v of inside) {
        const d = Math.hypot(
          (positions[v * 3] ?? 0) - (centre[0] ?? 0),
          (positions[v * 3 + 1] ?? 0) - (centre[1] ?? 0),
          (positions[v * 3 + 2] ?? 0) - (centre[2] ?? 0),
        );
        if (d < best) {
          best = d;
          vertex = v;
        }
      }
      anchors.push({ zone: zone.zone, side, vertex });
    }
  }
  return anchors;
}
