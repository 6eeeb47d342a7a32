import type { MuscleGeometry } from "../../../src/domain/schema/geometrySchema";
import { tendonFractions, tendonNarrowing, thicknessAlong, widthProfile } from "./profiles";

/** How a wrapped muscle is shaped along its length. */
export interface MuscleProfile {
  /** Fractions of the length (from origin, from insertion) drawn as whitish tendon. */
  tendon: [number, number];
  /** Width at v (0..1 of `geometry.width`). */
  width: (v: number) => number;
  /** Thickness at v (0..1 of `geometry.thickness`). */
  thickness: (v: number) => number;
  /** How much of the ruled breadth a row keeps at v (below 1 rounds the ends). */
  squeeze: (v: number) => number;
  /** How far thin parts sink under the belly, as a fraction of the thickness. */
  bulge: number;
  /** Whether the origin line is a smooth curve through its points instead of a polyline. */
  curvedOrigin: boolean;
  /** How far the origin line bows away from the insertion at its middle, as a fraction of its span. */
  arch: number;
}

const clamp01 = (x: number) => Math.min(Math.max(x, 0), 1);
const hump = (v: number, a: number, b: number) => Math.sin(Math.PI * clamp01((v - a) / (b - a)));

/** Rounded ends: rows near each end keep less of the ruled breadth. */
const roundBoth = (amount: number) => (v: number) => 1 - amount * (1 - Math.sqrt(hump(v, -0.04, 1.04)));
const roundInsertion = (amount: number) => (v: number) => (v < 0.5 ? 1 : roundBoth(amount)(v));

/** Muscles that arise fleshy from bone: a hairline of tendon at the origin only. */
const fleshyOrigin: Partial<MuscleProfile> = { tendon: [0.012, 0.09] };

/** A strap belly thickest in its middle, narrowing to short tendons at both ends (the sternocleidomastoid's divisions). */
const strapBelly: Partial<MuscleProfile> = {
  tendon: [0.1, 0.1],
  width: (v) => 0.55 + 0.45 * hump(v, 0, 1),
  thickness: (v) => 0.25 + 0.75 * hump(v, 0.02, 0.98) ** 0.7,
  squeeze: (v) => 0.55 + 0.45 * Math.sqrt(hump(v, -0.08, 1.08)),
};

/** Muscles whose readable shape needs more than their shape kind gives. */
const looks: Readonly<Record<string, Partial<MuscleProfile>>> = {
  "tensor-fasciae-latae": {
    tendon: [0.03, 0.74],
    width: (v) => (v < 0.26 ? 0.75 + 0.25 * hump(v, -0.1, 0.3) : 0.72),
    thickness: (v) => (v < 0.26 ? 0.25 + 0.75 * hump(v, 0, 0.3) ** 0.6 : 0.14),
    squeeze: (v) => (v < 0.26 ? 1 - 0.35 * (1 - Math.sqrt(hump(v, -0.05, 0.5))) : 1),
    bulge: 0.12,
  },
  "sternocleidomastoid-sternal": strapBelly,
  "sternocleidomastoid-clavicular": strapBelly,
  masseter: {
    tendon: [0.08, 0.06],
    thickness: (v) => 0.45 + 0.55 * hump(v, -0.1, 1.05) ** 0.5,
    squeeze: (v) => 0.82 + 0.18 * Math.sqrt(hump(v, -0.1, 1.1)),
  },
  temporalis: {
    tendon: [0.02, 0.14],
    width: (v) => 1 - 0.7 * v ** 1.4,
    thickness: (v) => 0.1 + 0.9 * hump(v, -0.05, 1.4) ** 1.4,
    bulge: 0.2,
    arch: 0.24,
    curvedOrigin: true,
  },
  "tibialis-anterior": fleshyOrigin,
  "extensor-digitorum-longus": fleshyOrigin,
  soleus: fleshyOrigin,
  "fibularis-longus": fleshyOrigin,
  brachioradialis: fleshyOrigin,
  frontalis: { tendon: [0.05, 0.01], squeeze: roundBoth(0.3), curvedOrigin: true, arch: 0.2, bulge: 0.3 },
  occipitalis: { tendon: [0.05, 0.04], squeeze: roundBoth(0.3), arch: 0.2, bulge: 0.3 },
};

/** The profile of a muscle: its shape kind's defaults with the muscle's own look on top. */
export function muscleProfile(id: string, geometry: MuscleGeometry): MuscleProfile {
  const shape = geometry.shape;
  const base: MuscleProfile = {
    tendon: tendonFractions(shape),
    width: (v) => widthProfile(shape, v),
    thickness: (v) => thicknessAlong(shape, v),
    squeeze:
      shape === "fan"
        ? roundInsertion(0.15)
        : (v) => roundBoth(shape === "sheet" ? 0.12 : 0.28)(v) * tendonNarrowing(shape, v),
    curvedOrigin: false,
    arch: 0,
    bulge: 0.55,
  };
  return { ...base, ...looks[id] };
}
