import { SKIN_PARTS } from "../../src/domain/bodyParts/bodyParts";
import type { Dataset } from "../../src/domain/datasetTypes";
import { buildBoneParts } from "./bones/buildBones";
import type { ModelPart } from "./gltf/modelPart";
import { buildMuscleParts } from "./muscles/buildMuscles";
import { assignRegions } from "./skin/assignRegions";
import { defaultMeshSkinOptions, type MeshSkinOptions, meshSkin } from "./skin/meshSkin";
import { createSkinField, createTrunkField } from "./skin/skinField";
import { skinParts } from "./skin/skinParts";

/** What the generator reads from the dataset. */
export type ModelInput = Pick<Dataset, "version" | "landmarks" | "regions" | "muscles">;

/** Options of `buildModel`. */
export interface BuildModelOptions {
  /** Skin meshing options. */
  skin: MeshSkinOptions;
}

/** Defaults of `buildModel`. */
export const defaultBuildModelOptions: BuildModelOptions = { skin: defaultMeshSkinOptions };

/** Receives one line per finished step. */
export type StepLog = (step: string, detail: string, ms: number) => void;

async function step<T>(
  name: string,
  log: StepLog,
  run: () => T | Promise<T>,
  detail: (value: T) => string,
): Promise<T> {
  const start = performance.now();
  const value = await run();
  log(name, detail(value), performance.now() - start);
  return value;
}

const tris = (parts: readonly ModelPart[]) => parts.reduce((n, p) => n + p.indices.length / 3, 0);

/** Builds every part of the model: skin with regions, muscles with trigger points, bone proxies. */
export async function buildModel(input: ModelInput, options: BuildModelOptions, log: StepLog): Promise<ModelPart[]> {
  const landmarks = new Map(input.landmarks.map((l) => [l.id, l]));
  const field = await step("skin-field", log, createSkinField, () => "primitives blended");
  const trunk = await step("trunk-field", log, createTrunkField, () => "skin without arms");
  const skinMesh = await step(
    "skin-mesh",
    log,
    () => meshSkin(field, options.skin),
    (m) => `${m.indices.length / 3} triangles`,
  );
  const parts = await step(
    "skin-parts",
    log,
    () => skinParts(skinMesh.positions, field),
    (p) => `${new Set(p).size}/${SKIN_PARTS.length} body parts on the skin`,
  );
  const regions = await step(
    "skin-regions",
    log,
    () => assignRegions(skinMesh.positions, parts, input.regions, landmarks),
    (r) => `${new Set(r).size}/${input.regions.length} regions on the skin`,
  );
  const skin: ModelPart = {
    name: "skin",
    kind: "skin",
    ...skinMesh,
    regions,
    parts,
    extras: { kind: "skin", regions: input.regions.map((r) => r.id), parts: [...SKIN_PARTS] },
  };
  const muscles = await step(
    "muscles",
    log,
    () => input.muscles.flatMap((m) => buildMuscleParts(m, landmarks, { skin: field, trunk })),
    (parts) => `${parts.length} meshes, ${tris(parts)} triangles`,
  );
  const bones = await step(
    "bones",
    log,
    () => buildBoneParts(landmarks),
    (parts) => `${parts.length} meshes, ${tris(parts)} triangles`,
  );
  return [skin, ...muscles, ...bones];
}
