import { axesFromUp, ellipsoid, roundCone } from "../../../src/domain/geometry/sdfPrimitives";
import { BodyPart } from "./bodyParts";
import type { ShapeList } from "./shapeList";

const T = BodyPart.trunk;

/** Rib cage, abdomen and pelvis: the unpaired masses of the trunk. */
export function addTrunkMidline(list: ShapeList): void {
  list.add(ellipsoid([0, 1.28, -0.006], [0.145, 0.17, 0.108]), 0.04, T);
  list.add(ellipsoid([0, 1.365, -0.012], [0.15, 0.08, 0.092]), 0.06, T);
  list.add(ellipsoid([0, 1.1, 0.002], [0.134, 0.14, 0.09]), 0.07, T);
  list.add(ellipsoid([0, 0.95, -0.008], [0.125, 0.09, 0.098]), 0.06, T);
  list.add(ellipsoid([0, 0.915, 0.03], [0.09, 0.05, 0.058]), 0.05, T);
}

/** Paired trunk shapes on one side: shoulder slope, pectoral, shoulder blade, flank, buttock. */
export function addTrunkSide(list: ShapeList): void {
  const m = (x: number, y: number, z: number) => list.m([x, y, z]);
  const s = list.sign;
  list.add(roundCone(m(0.03, 1.455, -0.04), m(0.158, 1.415, -0.016), 0.034, 0.028), 0.045, T);
  list.add(ellipsoid(m(0.072, 1.345, 0.058), [0.078, 0.05, 0.042], axesFromUp([0.5 * s, 1, 0])), 0.03, T);
  list.add(ellipsoid(m(0.088, 1.33, -0.068), [0.07, 0.095, 0.045]), 0.05, T);
  list.add(ellipsoid(m(0.11, 1.2, -0.03), [0.045, 0.1, 0.07]), 0.05, T);
  list.add(ellipsoid(m(0.098, 0.968, 0.045), [0.035, 0.032, 0.032]), 0.045, T);
  list.add(ellipsoid(m(0.066, 0.88, -0.055), [0.066, 0.078, 0.06], axesFromUp([0.15 * s, 1, 0.1])), 0.04, T);
}
