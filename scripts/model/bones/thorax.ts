import { catmullRom } from "../../../src/domain/geometry/polyline";
import { axesFromUp } from "../../../src/domain/geometry/sdfPrimitives";
import { addScaled, lerp, normalize } from "../../../src/domain/geometry/vec3";
import type { Vec3 } from "../../../src/domain/schema/primitives";
import { MeshBuilder } from "./meshBuilder";
import type { LandmarkLookup } from "./skeleton";

/** Half-width of each rib's arc (x), ribs 1 to 12: a barrel widest at ribs 8-9. */
const RIB_WIDTH = [0.05, 0.072, 0.088, 0.099, 0.107, 0.113, 0.117, 0.12, 0.12, 0.118, 0.112, 0.104];
/** How far round each rib reaches from the back (radians from straight back): true ribs reach the front. */
const RIB_REACH = [2.55, 2.6, 2.62, 2.62, 2.6, 2.55, 2.5, 2.3, 2.1, 1.9, 1.35, 1.05];
const RIBS = RIB_WIDTH.length;
const TRUE_RIBS = 7;

const sternumY = (k: number) => 1.415 - (0.19 * k) / (TRUE_RIBS - 1);
const sternumZ = (y: number) => 0.058 + ((1.42 - y) / 0.2) * 0.022;

/** Rib k's arc, from beside the spine round to its front end (left side). */
function ribArc(k: number): Vec3[] {
  const grow = Math.min(1, k / 5);
  const rz = 0.047 + 0.043 * grow;
  const cz = -0.012 + 0.01 * grow;
  const yBack = 1.428 - k * 0.0215;
  const drop = 0.035 + 0.0035 * k;
  const arc: Vec3[] = [];
  const n = 12;
  for (let i = 0; i <= n; i++) {
    const f = i / n;
    const a = -Math.PI / 2 + f * (RIB_REACH[k] ?? 2.5);
    const rx = RIB_WIDTH[k] ?? 0.1;
    arc.push([0.014 + rx * Math.cos(a), yBack - drop * f ** 1.3, cz + rz * Math.sin(a)]);
  }
  return arc;
}

/** Twelve ribs a side with costal cartilages to the sternum (true ribs) or the costal margin (8-10). */
export function ribCage(): MeshBuilder {
  const mesh = new MeshBuilder()
    .ellipsoid([0, 1.405, 0.06], [0.024, 0.02, 0.007], axesFromUp([0, 1, -0.12]), 10, 6)
    .ellipsoid([0, 1.31, 0.072], [0.017, 0.082, 0.0065], axesFromUp([0, 1, -0.16]), 10, 8)
    .ellipsoid([0, 1.222, 0.08], [0.008, 0.014, 0.004], axesFromUp([0, 1, -0.3]), 8, 4);
  for (const s of [1, -1]) {
    const m = (p: Vec3): Vec3 => [p[0] * s, p[1], p[2]];
    const cartilage: Vec3[][] = [];
    for (let k = 0; k < RIBS; k++) {
      const arc = ribArc(k);
      mesh.tube(
        arc.map(m),
        arc.map((_, i) => 0.0042 - 0.001 * (i / arc.length) * (k >= 10 ? 1 : 0)),
        5,
      );
      const end = arc[arc.length - 1] ?? [0, 0, 0];
      let path: Vec3[] = [];
      if (k < TRUE_RIBS) {
        const y = sternumY(k);
        const to: Vec3 = [0.016, y, sternumZ(y)];
        path = [end, addScaled(lerp(end, to, 0.5), [0, 1, 0], k > 3 ? 0.012 : 0.002), to];
      } else if (k < 10) {
        const prev = cartilage[k - 1] ?? [];
        const to = prev[1] ?? end;
        path = [end, lerp(end, to, 0.5), to];
      }
      cartilage.push(path);
      if (path.length > 1) mesh.tube(path.map(m), [0.0038, 0.0036, 0.0034], 5);
    }
  }
  return mesh;
}

/** A curved triangular shoulder blade with thickened borders, spine, acromion, glenoid and coracoid. */
export function scapula(lm: LandmarkLookup): MeshBuilder {
  const sup = lm("superior-angle");
  const inf = lm("inferior-angle");
  const glenoid: Vec3 = [0.158, 1.402, -0.04];
  const medial = [sup, lm("medial-scapular-border"), inf].map((p): Vec3 => [p[0], p[1], p[2] + 0.016]);
  const lateral = [[0.15, 1.39, -0.052] as Vec3, lm("lateral-scapular-border"), inf].map(
    (p): Vec3 => [p[0], p[1], p[2] + 0.012],
  );
  const rows: Vec3[][] = [];
  for (let r = 0; r <= 10; r++) {
    const v = r / 10;
    const a = catmullRom(medial, v);
    const b = catmullRom(lateral, v);
    const row: Vec3[] = [];
    for (let c = 0; c <= 6; c++) {
      const u = c / 6;
      const p = lerp(a, b, u);
      const out = normalize([p[0], 0, p[2] + 0.01]);
      row.push(addScaled(p, out, 0.002 * Math.sin(Math.PI * u) * (1 - v)));
    }
    rows.push(row);
  }
  const spineRoot = lm("scapular-spine-root");
  const spine = lm("scapular-spine");
  return new MeshBuilder()
    .plate(rows, 0.0035)
    .tube(
      medial.map((p, i) => (i === 1 ? catmullRom(medial, 0.5) : p)),
      [0.0025, 0.003, 0.004],
      5,
    )
    .tube([catmullRom(lateral, 0), catmullRom(lateral, 0.5), inf], [0.0055, 0.0045, 0.004], 5)
    .tube([medial[0] ?? sup, lerp(medial[0] ?? sup, glenoid, 0.5), glenoid], [0.0025, 0.0025, 0.004], 5)
    .tube(
      ([spineRoot, spine, [0.165, 1.43, -0.055], [0.187, 1.452, -0.02]] as Vec3[]).map(
        (p): Vec3 => [p[0], p[1], p[2] + 0.01],
      ),
      [0.003, 0.0055, 0.006, 0.0055],
      6,
    )
    .ellipsoid([0.188, 1.452, -0.008], [0.016, 0.0045, 0.013], axesFromUp([0.3, 1, 0]), 8, 4)
    .ellipsoid(glenoid, [0.006, 0.016, 0.011], axesFromUp([0, 1, 0.1]), 8, 5)
    .tube([[0.14, 1.412, -0.045], [0.148, 1.418, -0.01], lm("coracoid")], [0.005, 0.0045, 0.004], 5);
}
