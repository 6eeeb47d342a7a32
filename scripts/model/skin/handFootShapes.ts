import { axesFromUp, ellipsoid, roundBox, roundCone } from "../../../src/domain/geometry/sdfPrimitives";
import type { Vec3 } from "../../../src/domain/schema/primitives";
import { BodyPart } from "./bodyParts";
import type { ShapeList } from "./shapeList";

/** Finger layout (left hand, palm forward): base x, length, base radius, spread (x drift per metre). */
const FINGERS: readonly (readonly [number, number, number, number])[] = [
  [0.336, 0.07, 0.0088, 0.18],
  [0.315, 0.078, 0.009, 0.04],
  [0.294, 0.074, 0.0086, -0.08],
  [0.274, 0.06, 0.0078, -0.22],
];

/** Palm, four fingers and the thumb on one side. */
export function addHand(list: ShapeList): void {
  const m = (x: number, y: number, z: number) => list.m([x, y, z]);
  const P = BodyPart.hand;
  const palmAxes = axesFromUp([0.12 * list.sign, 1, 0]);
  list.add(roundCone(m(0.301, 0.832, -0.001), m(0.305, 0.79, 0.0), 0.021, 0.033, 0.36, [0, 0, 1]), 0.016, P);
  list.add(roundBox(m(0.305, 0.781, 0.002), [0.037, 0.034, 0.0104], 0.0104, palmAxes), 0.02, P);
  list.add(ellipsoid(m(0.305, 0.786, -0.003), [0.036, 0.048, 0.011], palmAxes), 0.012, P);
  list.add(ellipsoid(m(0.33, 0.8, 0.014), [0.018, 0.028, 0.013]), 0.012, P);
  list.add(ellipsoid(m(0.283, 0.792, 0.008), [0.013, 0.032, 0.01]), 0.012, P);
  list.add(ellipsoid(m(0.305, 0.754, 0.003), [0.04, 0.012, 0.0115], axesFromUp([0.12 * list.sign, 1, 0])), 0.01, P);
  for (const [x, len, r, spread] of FINGERS) {
    const base = m(x, 0.752, 0.002);
    const mid: Vec3 = [base[0] + spread * len * 0.55 * list.sign, base[1] - len * 0.55, base[2] + 0.004];
    const tip: Vec3 = [base[0] + spread * len * list.sign, base[1] - len, base[2] + 0.011];
    list.add(roundCone(base, mid, r, r * 0.9), 0.006, P);
    list.add(roundCone(mid, tip, r * 0.9, r * 0.78), 0.003, P);
  }
  const thumbBase = m(0.328, 0.812, 0.012);
  const thumbMid = m(0.352, 0.772, 0.03);
  const thumbTip = m(0.362, 0.738, 0.042);
  list.add(roundCone(thumbBase, thumbMid, 0.013, 0.0105), 0.01, P);
  list.add(roundCone(thumbMid, thumbTip, 0.0105, 0.0085), 0.004, P);
}

/** Toe layout (left foot): x, tip z, radius. */
const TOES: readonly (readonly [number, number, number])[] = [
  [0.066, 0.198, 0.0125],
  [0.088, 0.19, 0.0085],
  [0.104, 0.182, 0.008],
  [0.119, 0.172, 0.0075],
  [0.133, 0.16, 0.007],
];

/** Heel, foot body and five toes on one side. */
export function addFoot(list: ShapeList): void {
  const m = (x: number, y: number, z: number) => list.m([x, y, z]);
  const F = BodyPart.foot;
  list.add(ellipsoid(m(0.09, 0.036, -0.047), [0.031, 0.036, 0.036]), 0.02, F);
  list.add(ellipsoid(m(0.096, 0.034, 0.04), [0.041, 0.036, 0.085]), 0.03, F);
  list.add(ellipsoid(m(0.1, 0.021, 0.118), [0.048, 0.021, 0.036]), 0.02, F);
  for (const [x, tipZ, r] of TOES) {
    list.add(roundCone(m(x, 0.018, 0.13), m(x + 0.004, r, tipZ - r), r * 1.05, r), 0.005, F);
  }
}

/** A flat cut under the soles so the feet stand at y = 0. */
export function carveFloor(list: ShapeList): void {
  list.carve(roundBox([0, -0.25, 0], [1, 0.25, 1], 0), 0.004, BodyPart.foot);
}
