import type { Mesh, Object3D, Vector3Tuple } from "three";
import { instanceKey } from "../domain/referral/muscleInstances";
import { makePickingLazy } from "./lazyPicking";
import { createSkinData, type SkinData } from "./skinData";

/** A muscle mesh of the model and what its glTF extras say about it. */
export interface MusclePart {
  /** Instance key and node name, e.g. `masseter.left`. */
  key: string;
  /** Dataset muscle id. */
  muscleId: string;
  /** Side of the instance. */
  side: "left" | "right" | "midline";
  /** Depth layer. */
  layer: "superficial" | "intermediate" | "deep";
  /** The mesh. */
  mesh: Mesh;
  /** Fraction of the length drawn as tendon at the origin and insertion ends. */
  tendon: [number, number];
  /** Trigger points resolved onto the mesh by the generator, in the body frame. */
  triggerPoints: { id: string; position: Vector3Tuple }[];
  /** Unit vector of the side the muscle lies on (body frame), when the generator wrote it (`extras.facing`). */
  facing?: Vector3Tuple;
  /** Instance keys of the muscles lying over it, when the generator wrote them (`extras.coveredBy`). */
  coveredBy?: string[];
}

/** The generated model split into its parts. */
export interface BodyModel {
  /** The skin, whose `_region` attribute indexes `regionIds`. */
  skin: Mesh | null;
  /** Region ids in the order of the skin's `_region` values. */
  regionIds: string[];
  /** The skin's vertices, parts and regions in the body frame, or null without a skin. */
  skinData: SkinData | null;
  /** Muscle meshes by instance key. */
  muscles: Map<string, MusclePart>;
  /** The muscle part of a mesh (three's loader strips the dots from node names, so look meshes up here). */
  muscleOf: Map<Object3D, MusclePart>;
  /** Bone proxy meshes. */
  bones: Mesh[];
  /** The dataset version the model was generated from. */
  datasetVersion: string | null;
}

function isMesh(object: Object3D): object is Mesh {
  return (object as Mesh).isMesh === true;
}

function isVector(value: unknown): value is Vector3Tuple {
  return Array.isArray(value) && value.length === 3 && value.every((v) => typeof v === "number");
}

/**
 * Splits a loaded glTF scene into skin, muscles and bones using the names and extras the generator
 * wrote. Picking structures are built later (see `lazyPicking`), so the first frame does not wait for them.
 */
export function splitBodyModel(scene: Object3D, sceneExtras: Record<string, unknown>): BodyModel {
  const model: BodyModel = {
    skin: null,
    regionIds: [],
    skinData: null,
    muscles: new Map(),
    muscleOf: new Map(),
    bones: [],
    datasetVersion: typeof sceneExtras.datasetVersion === "string" ? sceneExtras.datasetVersion : null,
  };
  scene.updateMatrixWorld(true);
  scene.traverse((object) => {
    if (!isMesh(object)) return;
    const extras = (object.userData ?? {}) as Record<string, unknown>;
    if (extras.kind === "skin" || object.name === "skin") {
      model.skin = object;
      model.regionIds = Array.isArray(extras.regions) ? (extras.regions as string[]) : [];
      makePickingLazy(object);
      model.skinData = createSkinData(object, model.regionIds);
    } else if (extras.kind === "bone" || object.name.startsWith("bone:")) {
      model.bones.push(object);
    } else if (typeof extras.muscle === "string") {
      makePickingLazy(object);
      const side = (extras.side as MusclePart["side"]) ?? "midline";
      const part: MusclePart = {
        key: instanceKey(extras.muscle, side),
        muscleId: extras.muscle,
        side,
        layer: (extras.layer as MusclePart["layer"]) ?? "superficial",
        mesh: object,
        tendon: (extras.tendon as [number, number]) ?? [0.12, 0.12],
        triggerPoints: (extras.triggerPoints as MusclePart["triggerPoints"]) ?? [],
        ...(isVector(extras.facing) ? { facing: extras.facing } : {}),
        ...(Array.isArray(extras.coveredBy) ? { coveredBy: extras.coveredBy.map(String) } : {}),
      };
      model.muscles.set(part.key, part);
      model.muscleOf.set(object, part);
    }
  });
  return model;
}
