import { join } from "node:path";
import {
  BufferAttribute,
  BufferGeometry,
  DoubleSide,
  FrontSide,
  Mesh,
  MeshBasicMaterial,
  PerspectiveCamera,
  Raycaster,
  Vector2,
} from "three";
import { acceleratedRaycast, MeshBVH } from "three-mesh-bvh";
import { loadGlb } from "../../../scripts/model/preview/loadGlb";
import type { CanvasBox } from "../../../scripts/projectAtPreset";
import { repoRoot } from "../../../scripts/readDatasetFiles";
import { CAMERA_FOV, presetGoal } from "../../../src/scene/cameraTargets";

/** Screen points of the whole-body front view, as the model's own geometry sees them. */
export interface PickPoints {
  /** Where the first muscle on the ray lies in the far half of the body: seen through a gap. */
  gaps: { x: number; y: number }[];
  /** Where the first muscle on the ray lies in the near half: a muscle facing the viewer. */
  direct: { x: number; y: number; muscle: string }[];
}

function meshOf(positions: Float32Array, indices: Uint32Array, side: typeof FrontSide | typeof DoubleSide): Mesh {
  const geometry = new BufferGeometry();
  geometry.setAttribute("position", new BufferAttribute(positions, 3));
  geometry.setIndex(new BufferAttribute(indices, 1));
  (geometry as BufferGeometry & { boundsTree?: MeshBVH }).boundsTree = new MeshBVH(geometry);
  const mesh = new Mesh(geometry, new MeshBasicMaterial({ side }));
  mesh.raycast = acceleratedRaycast;
  return mesh;
}

/**
 * Scans the front view of the whole body with the muscles shown and the skin hidden, classifying
 * every `step`-th pixel by where the first muscle hit lies within the stretch of body the ray crosses.
 */
export async function findPickPoints(box: CanvasBox, step = 3): Promise<PickPoints> {
  const { meshes } = await loadGlb(join(repoRoot, "public/models/body.glb"));
  const skinMesh = meshes.find((m) => m.name === "skin");
  if (!skinMesh) throw new Error("no skin");
  const skin = meshOf(skinMesh.positions, skinMesh.indices, DoubleSide);
  const muscles = meshes
    .filter((m) => typeof m.extras.muscle === "string")
    .map((m) => {
      const mesh = meshOf(m.positions, m.indices, FrontSide);
      mesh.name = `${m.extras.muscle}`;
      return mesh;
    });
  const goal = presetGoal("front");
  const camera = new PerspectiveCamera(CAMERA_FOV, box.width / box.height, 0.05, 20);
  camera.position.copy(goal.position);
  camera.lookAt(goal.target);
  camera.updateMatrixWorld();
  const raycaster = new Raycaster();
  const points: PickPoints = { gaps: [], direct: [] };
  for (let y = box.height * 0.12; y < box.height * 0.5; y += step) {
    for (let x = box.width * 0.3; x < box.width * 0.7; x += step) {
      raycaster.setFromCamera(new Vector2((x / box.width) * 2 - 1, -(y / box.height) * 2 + 1), camera);
      const [muscle] = raycaster.intersectObjects(muscles, false);
      if (!muscle) continue;
      const crossings = raycaster.intersectObject(skin, false).map((hit) => hit.distance);
      const enter = crossings[0] ?? 0;
      const exit = crossings[1] ?? enter;
      const at = { x: box.x + x, y: box.y + y };
      if (muscle.distance - enter > (exit - enter) * 0.6) points.gaps.push(at);
      else if (muscle.distance - enter < (exit - enter) * 0.3)
        points.direct.push({ ...at, muscle: muscle.object.name });
    }
  }
  return points;
}
