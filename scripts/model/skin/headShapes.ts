import { axesFromUp, ellipsoid, roundCone } from "../../../src/domain/geometry/sdfPrimitives";
import { BodyPart } from "./bodyParts";
import type { ShapeList } from "./shapeList";

const H = BodyPart.head;

/** Cranium, face masses, nose, lips and chin: the unpaired shapes of the head and the neck. */
export function addHeadMidline(list: ShapeList): void {
  list.add(ellipsoid([0, 1.662, -0.02], [0.076, 0.09, 0.098]), 0, H);
  list.add(ellipsoid([0, 1.688, 0.028], [0.064, 0.054, 0.058]), 0.02, H);
  list.add(ellipsoid([0, 1.6, 0.022], [0.06, 0.062, 0.064]), 0.04, H);
  list.add(ellipsoid([0, 1.585, 0.055], [0.037, 0.034, 0.037]), 0.03, H);
  list.add(ellipsoid([0, 1.538, 0.07], [0.02, 0.016, 0.016]), 0.025, H);
  list.add(roundCone([0, 1.455, -0.014], [0, 1.585, -0.028], 0.058, 0.05), 0.03, BodyPart.neck);
}

/** Paired head shapes on one side: cheekbone, jaw line, brow, ear. */
export function addHeadSide(list: ShapeList): void {
  const m = (x: number, y: number, z: number) => list.m([x, y, z]);
  list.add(ellipsoid(m(0.047, 1.624, 0.05), [0.022, 0.016, 0.022]), 0.025, H);
  list.add(roundCone(m(0.054, 1.568, -0.004), m(0.016, 1.537, 0.062), 0.01, 0.012), 0.03, H);
  list.add(roundCone(m(0.009, 1.664, 0.081), m(0.047, 1.667, 0.063), 0.0055, 0.0042), 0.018, H);
  list.add(ellipsoid(m(0.077, 1.617, -0.012), [0.008, 0.027, 0.016], axesFromUp([0, 1, -0.25])), 0.008, H);
  list.carve(ellipsoid(m(0.085, 1.612, -0.006), [0.004, 0.012, 0.008]), 0.003, H);
}

/** Eye socket carved on one side. */
export function carveEyeSocket(list: ShapeList): void {
  list.carve(ellipsoid(list.m([0.033, 1.645, 0.096]), [0.019, 0.012, 0.015]), 0.01, H);
}

/** Eyeball (closed lids) on one side, set into the socket. */
export function addEye(list: ShapeList): void {
  list.add(ellipsoid(list.m([0.033, 1.643, 0.069]), [0.014, 0.0095, 0.012]), 0.006, H);
}

/** Nose and lips, added after the eye sockets are carved. */
export function addNoseAndLips(list: ShapeList): void {
  list.add(roundCone([0, 1.655, 0.086], [0, 1.607, 0.107], 0.0062, 0.0092), 0.012, H);
  list.add(ellipsoid([0, 1.613, 0.092], [0.015, 0.015, 0.011]), 0.012, H);
  list.add(ellipsoid([0, 1.6015, 0.1045], [0.0102, 0.0092, 0.0092]), 0.008, H);
  for (const s of [1, -1]) {
    list.add(ellipsoid([0.0122 * s, 1.5995, 0.0965], [0.0078, 0.0064, 0.0074]), 0.009, H);
    list.add(roundCone([0.0045 * s, 1.592, 0.0945], [0.0056 * s, 1.579, 0.0938], 0.0016, 0.0019), 0.007, H);
    list.add(ellipsoid([0.0058 * s, 1.5748, 0.0893], [0.0082, 0.0052, 0.0072]), 0.005, H);
    list.add(ellipsoid([0.02 * s, 1.566, 0.0815], [0.006, 0.007, 0.006]), 0.008, H);
  }
  list.add(ellipsoid([0, 1.5728, 0.0866], [0.021, 0.0058, 0.008]), 0.01, H);
  list.add(ellipsoid([0, 1.5598, 0.0852], [0.0168, 0.0066, 0.0088]), 0.009, H);
}
