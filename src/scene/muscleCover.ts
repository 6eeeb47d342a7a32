import { Raycaster, Vector3 } from "three";
import type { Selection } from "../state/selectionTypes";
import type { BodyModel, MusclePart } from "./bodyModel";
import { isSelectedPart } from "./muscleLook";
import type { SkinProbe } from "./skinProbe";

/** Muscle vertices sampled per muscle to find its side and what covers it. */
const SAMPLES = 90;
/** How far out from a muscle another muscle still counts as lying over it, metres. */
const REACH = 0.25;

/**
 * Which side each muscle lies on and which muscles lie over it: from the generator's extras
 * (`facing`, `coveredBy`) when present, else worked out from the meshes on first use and cached.
 */
export interface CoverIndex {
  /** Unit vector, body frame, of the side the muscle instance lies on (where to look at it from). */
  facing(part: MusclePart): Vector3;
  /** Instance keys of the muscles over it. */
  coveredBy(part: MusclePart): ReadonlySet<string>;
  /** The muscles to fade so the selected muscle shows whole: what covers it, never itself. */
  fadedFor(selection: Selection | null): ReadonlySet<string>;
}

/** Every k-th vertex of a mesh with its normal, body frame. */
function sampleVertices(part: MusclePart): { point: Vector3; normal: Vector3 }[] {
  const { geometry, matrixWorld } = part.mesh;
  const position = geometry.getAttribute("position");
  const normal = geometry.getAttribute("normal");
  const step = Math.max(1, Math.floor(position.count / SAMPLES));
  const out: { point: Vector3; normal: Vector3 }[] = [];
  for (let i = 0; i < position.count; i += step) {
    const point = new Vector3().fromBufferAttribute(position, i).applyMatrix4(matrixWorld);
    const n = normal ? new Vector3().fromBufferAttribute(normal, i).transformDirection(matrixWorld) : new Vector3();
    out.push({ point, normal: n });
  }
  return out;
}

/**
 * The side a muscle lies on: the mean outward normal of the skin nearest to it; `reliable` is false when
 * the skin could not be asked yet (its picking tree still loading) and the answer is a rough guess.
 */
function computeFacing(
  part: MusclePart,
  probe: SkinProbe | null,
  skinNormals: Float32Array | null,
): { facing: Vector3; reliable: boolean } {
  const samples = sampleVertices(part);
  const sum = new Vector3();
  if (probe && skinNormals) {
    for (const { point } of samples) {
      const { vertex } = probe.closest(point);
      if (vertex >= 0) sum.add(new Vector3().fromArray(skinNormals, vertex * 3));
    }
  }
  const reliable = sum.lengthSq() >= 1e-6;
  if (!reliable) {
    const centre = samples.reduce((c, s) => c.add(s.point), new Vector3()).divideScalar(samples.length || 1);
    sum.set(centre.x, 0, centre.z);
  }
  return { facing: sum.lengthSq() < 1e-6 ? new Vector3(0, 0, 1) : sum.normalize(), reliable };
}

/** The muscles met by rays cast from a muscle's outer surface toward the side it lies on. */
function computeCoveredBy(part: MusclePart, facing: Vector3, model: BodyModel): Set<string> {
  const others = [...model.muscles.values()].filter((p) => p.key !== part.key).map((p) => p.mesh);
  const raycaster = new Raycaster();
  raycaster.far = REACH;
  const counts = new Map<string, number>();
  let rays = 0;
  for (const { point, normal } of sampleVertices(part)) {
    if (normal.dot(facing) < 0.1) continue;
    rays += 1;
    raycaster.set(point.clone().addScaledVector(facing, 0.001), facing);
    const seen = new Set(raycaster.intersectObjects(others, false).map((hit) => model.muscleOf.get(hit.object)?.key));
    for (const key of seen) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const least = Math.max(2, Math.ceil(rays * 0.04));
  return new Set([...counts].filter(([, n]) => n >= least).map(([key]) => key));
}

/** Builds the cover index of a model (the skin probe finds each muscle's side when extras lack it). */
export function createCoverIndex(model: BodyModel, probe: SkinProbe | null): CoverIndex {
  const facings = new Map<string, Vector3>();
  const covers = new Map<string, ReadonlySet<string>>();
  const skinNormals = model.skinData?.normals ?? null;
  let last: { selection: Selection | null; faded: ReadonlySet<string> } | null = null;
  const index: CoverIndex = {
    facing(part) {
      const known = facings.get(part.key);
      if (known) return known;
      if (part.facing) {
        const given = new Vector3(...part.facing).normalize();
        facings.set(part.key, given);
        return given;
      }
      const { facing, reliable } = computeFacing(part, probe, skinNormals);
      if (reliable) facings.set(part.key, facing);
      return facing;
    },
    coveredBy(part) {
      let cover = covers.get(part.key);
      if (!cover) {
        cover = part.coveredBy ? new Set(part.coveredBy) : computeCoveredBy(part, index.facing(part), model);
        covers.set(part.key, cover);
      }
      return cover;
    },
    fadedFor(selection) {
      if (last?.selection === selection) return last.faded;
      const selected = [...model.muscles.values()].filter((part) => isSelectedPart(part, selection));
      const faded = new Set(selected.flatMap((part) => [...index.coveredBy(part)]));
      for (const part of selected) faded.delete(part.key);
      last = { selection, faded };
      return faded;
    },
  };
  return index;
}
