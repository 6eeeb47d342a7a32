import { axesFromUp, worldAxes } from "../../../src/domain/geometry/sdfPrimitives";
import { lerp, mirrorX, sub } from "../../../src/domain/geometry/vec3";
import type { Vec3 } from "../../../src/domain/schema/primitives";
import { MeshBuilder } from "./meshBuilder";
import { ribCage, scapula } from "./thorax";

/** Reads a left-side landmark position by id. */
export type LandmarkLookup = (id: string) => Vec3;

/** A bone proxy to be named `bone:<id>` (left side for paired bones; the right is mirrored). */
export interface BoneProxy {
  /** Bone id, e.g. `skull` or `femur`. */
  id: string;
  /** true for paired bones. */
  paired: boolean;
  /** The mesh. */
  mesh: MeshBuilder;
}

function axial(lm: LandmarkLookup): BoneProxy[] {
  const skull = new MeshBuilder()
    .ellipsoid([0, 1.664, -0.021], [0.069, 0.081, 0.09], worldAxes, 18, 11)
    .ellipsoid([0, 1.69, 0.026], [0.058, 0.047, 0.054], worldAxes, 14, 8)
    .ellipsoid([0, 1.602, 0.042], [0.037, 0.04, 0.035], worldAxes, 12, 7)
    .tube(
      [lm("jaw-angle"), lm("mandible-body"), lm("chin"), mirrorX(lm("mandible-body")), mirrorX(lm("jaw-angle"))].map(
        (p): Vec3 => [p[0] * 0.9, p[1] + 0.004, p[2] - 0.006],
      ),
      [0.007, 0.008, 0.01, 0.008, 0.007],
    );
  for (const m of [(p: Vec3) => p, mirrorX]) {
    const angle = lm("jaw-angle");
    skull
      .tube([m([angle[0] * 0.9, angle[1] + 0.004, angle[2] - 0.006]), m(sub(lm("tmj"), [0.006, 0, 0]))], [0.007, 0.006])
      .tube(
        [m([0.042, 1.63, 0.064]), m(sub(lm("zygomatic-arch"), [0.004, 0, 0])), m([0.064, 1.62, 0.006])],
        [0.006, 0.004, 0.004],
      );
  }
  const spine = new MeshBuilder();
  const column: Vec3[] = [
    [0, 1.6, -0.035],
    [0, 1.47, -0.045],
    [0, 1.32, -0.068],
    [0, 1.14, -0.055],
    [0, 1.0, -0.035],
    [0, 0.96, -0.06],
  ];
  for (let i = 0; i < 22; i++) {
    const t = i / 21;
    const seg = Math.min(Math.floor(t * (column.length - 1)), column.length - 2);
    const p = lerp(column[seg] ?? [0, 0, 0], column[seg + 1] ?? [0, 0, 0], t * (column.length - 1) - seg);
    const r = 0.011 + 0.012 * t;
    spine
      .ellipsoid(p, [r, 0.0075, r * 0.85], worldAxes, 8, 4)
      .tube([p, [0, p[1] - 0.008, p[2] - 0.035]], [0.005, 0.004], 5);
  }
  const ribs = ribCage();
  const pelvis = new MeshBuilder().tube(
    [lm("l5-spinous"), lm("coccyx")].map((p) => [p[0], p[1], p[2] + 0.03] as Vec3),
    [0.03, 0.01],
    8,
  );
  for (const s of [1, -1]) {
    const m = (p: Vec3): Vec3 => [p[0] * s, p[1], p[2]];
    pelvis.ellipsoid(m([0.085, 0.975, -0.005]), [0.045, 0.05, 0.012], axesFromUp([0, 1, 0], m([0.5, 0, 0.6])), 10, 6);
    pelvis.tube(
      [m([0.06, 0.94, 0.02]), m([0.085, 0.905, 0.025]), m([0.06, 0.86, 0.05]), m([0.018, 0.875, 0.075])],
      [0.012, 0.014, 0.01, 0.009],
    );
    pelvis.tube([m([0.085, 0.905, 0.025]), m([0.07, 0.84, -0.045]), m([0.03, 0.85, 0.05])], [0.012, 0.01, 0.008]);
  }
  return [
    { id: "skull", paired: false, mesh: skull },
    { id: "spine", paired: false, mesh: spine },
    { id: "rib-cage", paired: false, mesh: ribs },
    { id: "pelvis", paired: false, mesh: pelvis },
  ];
}

function limbs(lm: LandmarkLookup): BoneProxy[] {
  const long = (head: Vec3, from: Vec3, to: Vec3, r: number, end: Vec3, endRadii: Vec3) =>
    new MeshBuilder()
      .ellipsoid(head, [r * 1.9, r * 1.9, r * 1.9], worldAxes)
      .tube([from, lerp(from, to, 0.5), to], [r, r * 0.85, r])
      .ellipsoid(end, endRadii, axesFromUp(sub(from, to)));
  const hand = new MeshBuilder();
  for (const [x, len] of [
    [0.33, 0.15],
    [0.312, 0.16],
    [0.296, 0.15],
    [0.28, 0.13],
  ] as const) {
    hand.tube(
      [
        [x - 0.004, 0.835, -0.004],
        [x, 0.76, 0],
        [x + (x - 0.31) * 0.1, 0.835 - len, 0.008],
      ],
      [0.005, 0.005, 0.0035],
      5,
    );
  }
  hand.tube(
    [
      [0.315, 0.83, 0.0],
      [0.345, 0.78, 0.022],
      [0.36, 0.742, 0.038],
    ],
    [0.006, 0.005, 0.004],
    5,
  );
  const foot = new MeshBuilder()
    .ellipsoid(lm("calcaneus"), [0.02, 0.022, 0.035], worldAxes)
    .ellipsoid(lm("navicular"), [0.025, 0.015, 0.02], worldAxes);
  for (const [x, z] of [
    [0.068, 0.19],
    [0.088, 0.18],
    [0.104, 0.172],
    [0.118, 0.163],
    [0.132, 0.152],
  ] as const) {
    foot.tube(
      [
        [0.085 + (x - 0.09) * 0.5, 0.04, 0.04],
        [x, 0.018, 0.13],
        [x + 0.003, 0.012, z],
      ],
      [0.006, 0.005, 0.004],
      5,
    );
  }
  return [
    {
      id: "clavicle",
      paired: true,
      mesh: new MeshBuilder().tube(
        ["clavicle-medial", "clavicle-mid", "clavicle-lateral", "acromion"]
          .map((id) => lm(id))
          .map((p) => [p[0] * 0.98, p[1] - 0.004, p[2] - 0.008] as Vec3),
        [0.007, 0.006, 0.007, 0.007],
      ),
    },
    {
      id: "scapula",
      paired: true,
      mesh: scapula(lm),
    },
    {
      id: "humerus",
      paired: true,
      mesh: long(
        lm("humeral-head"),
        lm("humeral-head"),
        [0.24, 1.12, -0.025],
        0.011,
        [0.242, 1.11, -0.028],
        [0.03, 0.012, 0.015],
      ),
    },
    {
      id: "radius",
      paired: true,
      mesh: new MeshBuilder().tube(
        [[0.262, 1.09, -0.02], lm("radius-mid"), lm("radial-styloid")],
        [0.008, 0.007, 0.011],
      ),
    },
    {
      id: "ulna",
      paired: true,
      mesh: new MeshBuilder().tube(
        [[0.245, 1.12, -0.048], lm("ulnar-shaft"), lm("ulnar-styloid")],
        [0.011, 0.007, 0.006],
      ),
    },
    { id: "hand", paired: true, mesh: hand },
    {
      id: "femur",
      paired: true,
      mesh: long(
        lm("hip-joint"),
        [0.13, 0.875, 0.0],
        [0.097, 0.53, -0.012],
        0.013,
        [0.095, 0.515, -0.012],
        [0.045, 0.022, 0.025],
      ).ellipsoid([0.095, 0.51, 0.042], [0.02, 0.022, 0.01], worldAxes),
    },
    {
      id: "tibia",
      paired: true,
      mesh: new MeshBuilder()
        .ellipsoid([0.093, 0.475, 0.0], [0.038, 0.016, 0.028], worldAxes)
        .tube([[0.092, 0.47, 0.01], lm("tibia-mid"), [0.075, 0.09, 0.0]], [0.015, 0.011, 0.012]),
    },
    {
      id: "fibula",
      paired: true,
      mesh: new MeshBuilder().tube(
        [lm("fibular-head"), lm("fibula-mid"), [0.115, 0.075, -0.012]],
        [0.008, 0.005, 0.008],
      ),
    },
    { id: "foot", paired: true, mesh: foot },
  ];
}

/** The light skeletal proxies: skull, spine, rib cage, pelvis, and the paired limb bones. */
export function skeleton(lm: LandmarkLookup): BoneProxy[] {
  return [...axial(lm), ...limbs(lm)];
}
