import { axesFromUp, ellipsoid, roundCone } from "../../../src/domain/geometry/sdfPrimitives";
import { normalize, sub } from "../../../src/domain/geometry/vec3";
import { BodyPart } from "./bodyParts";
import type { ShapeList } from "./shapeList";

/** Deltoid cap, upper arm, forearm on one side (anatomical position: palms forward). */
export function addArm(list: ShapeList): void {
  const m = (x: number, y: number, z: number) => list.m([x, y, z]);
  const A = BodyPart.arm;
  const shoulder = m(0.178, 1.41, -0.01);
  const elbow = m(0.245, 1.105, -0.025);
  const wrist = m(0.3, 0.845, -0.002);
  list.add(ellipsoid(m(0.19, 1.378, -0.002), [0.046, 0.08, 0.05], axesFromUp([0.35 * list.sign, 1, 0])), 0.045, A);
  list.add(roundCone(shoulder, elbow, 0.046, 0.035), 0.03, A);
  list.add(ellipsoid(m(0.218, 1.245, 0.012), [0.03, 0.075, 0.03], axesFromUp(sub(shoulder, elbow))), 0.02, A);
  list.add(roundCone(elbow, wrist, 0.036, 0.023, 0.72, [0, 0, 1]), 0.02, A);
  list.add(ellipsoid(m(0.262, 1.035, -0.012), [0.042, 0.08, 0.032], axesFromUp(sub(elbow, wrist))), 0.03, A);
}

/** Thigh, knee, shank, calf and ankle on one side. */
export function addLeg(list: ShapeList): void {
  const m = (x: number, y: number, z: number) => list.m([x, y, z]);
  const hip = m(0.092, 0.87, 0.0);
  const knee = m(0.095, 0.505, -0.005);
  const ankle = m(0.09, 0.085, -0.012);
  list.add(roundCone(hip, knee, 0.078, 0.05), 0.05, BodyPart.thigh);
  list.add(
    ellipsoid(m(0.1, 0.69, 0.022), [0.058, 0.13, 0.055], axesFromUp(normalize(sub(hip, knee)))),
    0.04,
    BodyPart.thigh,
  );
  list.add(ellipsoid(m(0.095, 0.51, 0.042), [0.024, 0.026, 0.016]), 0.015, BodyPart.thigh);
  list.add(roundCone(knee, ankle, 0.048, 0.028), 0.03, BodyPart.shank);
  list.add(ellipsoid(m(0.097, 0.37, -0.03), [0.044, 0.1, 0.042]), 0.03, BodyPart.shank);
  list.add(ellipsoid(m(0.12, 0.072, -0.012), [0.011, 0.014, 0.011]), 0.012, BodyPart.shank);
  list.add(ellipsoid(m(0.062, 0.082, -0.004), [0.011, 0.014, 0.011]), 0.012, BodyPart.shank);
}
