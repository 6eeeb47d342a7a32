import { join } from "node:path";
import { BufferAttribute, BufferGeometry, Group, Mesh, PerspectiveCamera, Ray, Vector3 } from "three";
import { beforeAll, describe, expect, it } from "vitest";
import { loadGlb } from "../../../scripts/model/preview/loadGlb";
import { repoRoot } from "../../../scripts/readDatasetFiles";
import { bundledDatasetFiles } from "../../../src/domain/bundledDatasetFiles";
import { loadDataset } from "../../../src/domain/validateDataset";
import { type BodyModel, splitBodyModel } from "../../../src/scene/bodyModel";
import { CAMERA_FOV, type CameraGoal, nearestPreset, presetGoal, presetOrbit } from "../../../src/scene/cameraTargets";
import { loadPicking } from "../../../src/scene/lazyPicking";
import { createCoverIndex } from "../../../src/scene/muscleCover";
import { muscleShot, patternShot, type ShotContext } from "../../../src/scene/selectionShots";
import { createSkinProbe, type SkinProbe } from "../../../src/scene/skinProbe";

const dataset = loadDataset(bundledDatasetFiles);
let model: BodyModel;
let probe: SkinProbe;

/** The generated model as the app sees it: three meshes with the glTF extras as userData and the skin's attributes. */
beforeAll(async () => {
  const { meshes, sceneExtras } = await loadGlb(join(repoRoot, "public/models/body.glb"));
  const scene = new Group();
  for (const loaded of meshes) {
    const geometry = new BufferGeometry();
    geometry.setAttribute("position", new BufferAttribute(loaded.positions, 3));
    geometry.setAttribute("normal", new BufferAttribute(loaded.normals, 3));
    geometry.setIndex(new BufferAttribute(loaded.indices, 1));
    if (loaded.parts) geometry.setAttribute("_part", new BufferAttribute(Float32Array.from(loaded.parts), 1));
    if (loaded.regions) geometry.setAttribute("_region", new BufferAttribute(Float32Array.from(loaded.regions), 1));
    const mesh = new Mesh(geometry);
    mesh.name = loaded.name.replace(/[.:]/g, "");
    mesh.userData = loaded.extras;
    scene.add(mesh);
  }
  await loadPicking();
  model = splitBodyModel(scene, sceneExtras);
  if (!model.skinData) throw new Error("no skin");
  probe = createSkinProbe(model.skinData);
});

const part = (key: string) => {
  const found = model.muscles.get(key);
  if (!found) throw new Error(`no ${key}`);
  return found;
};

/** Where a point lands in a camera goal's view, in normalised device coordinates. */
function project(goal: CameraGoal, point: Vector3, aspect: number): Vector3 {
  const camera = new PerspectiveCamera(CAMERA_FOV, aspect, 0.05, 20);
  camera.position.copy(goal.position);
  camera.lookAt(goal.target);
  camera.updateMatrixWorld();
  return point.clone().project(camera);
}

describe("where a muscle lies and what covers it, worked out from today's model", () => {
  it("finds the side each muscle lies on from the skin nearest to it", () => {
    const cover = createCoverIndex(model, probe);
    expect(cover.facing(part("infraspinatus.left")).z).toBeLessThan(-0.5);
    expect(cover.facing(part("pectoralis-major.left")).z).toBeGreaterThan(0.5);
    expect(cover.facing(part("soleus.right")).z).toBeLessThan(-0.3);
    expect(cover.facing(part("gluteus-medius.right")).x).toBeLessThan(-0.2);
  });

  it("fades the muscles over a deep one, never the muscle itself nor muscles on the other side of the body", () => {
    const cover = createCoverIndex(model, probe);
    const over = cover.coveredBy(part("infraspinatus.left"));
    expect(over.size).toBeGreaterThan(0);
    for (const key of over) {
      expect(key.endsWith(".right")).toBe(false);
      expect(["pectoralis-major.left", "rectus-abdominis", "biceps-brachii.left"]).not.toContain(key);
    }
    const faded = cover.fadedFor({ kind: "muscle", id: "infraspinatus" });
    expect(faded.has("infraspinatus.left") || faded.has("infraspinatus.right")).toBe(false);
    expect([...over].every((key) => faded.has(key))).toBe(true);
    expect(cover.coveredBy(part("pectoralis-major.left")).size).toBeLessThan(over.size);
  });

  it("uses the generator's facing and coveredBy when the model carries them", () => {
    const infraspinatus = part("infraspinatus.left");
    const withExtras = { ...infraspinatus, facing: [0, 1, 0] as [number, number, number], coveredBy: ["deltoid.left"] };
    model.muscles.set(withExtras.key, withExtras);
    try {
      const cover = createCoverIndex(model, probe);
      expect(cover.facing(withExtras).toArray()).toEqual([0, 1, 0]);
      expect([...cover.coveredBy(withExtras)]).toEqual(["deltoid.left"]);
    } finally {
      model.muscles.set(infraspinatus.key, infraspinatus);
    }
  });
});

describe("framing a selection", () => {
  const context = (): ShotContext => ({
    model,
    dataset,
    cover: createCoverIndex(model, probe),
    probe,
    aspect: 900 / 800,
    current: new Vector3(0, 0, 1),
  });

  it("shows infraspinatus's pattern from the front, its essential zone inside the view", () => {
    const goal = patternShot({ kind: "muscle", id: "infraspinatus" }, context());
    if (!goal) throw new Error("no shot");
    expect(goal.position.z - goal.target.z).toBeGreaterThan(0);
    const frontOfShoulder = new Vector3(...(dataset.landmarkById.get("front-of-shoulder")?.position ?? [0, 0, 0]));
    const ndc = project(goal, frontOfShoulder, 900 / 800);
    expect(Math.abs(ndc.x)).toBeLessThan(0.9);
    expect(Math.abs(ndc.y)).toBeLessThan(0.9);
  });

  it("shows the muscle itself from the side it lies on, every trigger point inside the view", () => {
    const goal = muscleShot({ kind: "muscle", id: "infraspinatus", side: "left" }, context());
    if (!goal) throw new Error("no shot");
    expect(goal.position.z - goal.target.z).toBeLessThan(0);
    for (const tp of part("infraspinatus.left").triggerPoints) {
      const ndc = project(goal, new Vector3(...tp.position), 900 / 800);
      expect(Math.abs(ndc.x)).toBeLessThan(0.85);
      expect(Math.abs(ndc.y)).toBeLessThan(0.85);
    }
  });

  it("turns presets around a close-up and names the preset the camera looks from", () => {
    const close = { target: new Vector3(0.25, 1.1, 0), position: new Vector3(0.25, 1.1, 0.6) };
    const turned = presetOrbit("left", close);
    expect(turned.target.toArray()).toEqual(close.target.toArray());
    expect(turned.position.distanceTo(turned.target)).toBeCloseTo(0.6, 6);
    expect(nearestPreset(turned.position, turned.target)).toBe("left");
    expect(nearestPreset(presetGoal("back").position, presetGoal("back").target)).toBe("back");
    expect(nearestPreset(new Vector3(1, 0, 1), new Vector3())).toBeNull();
  });

  it("tells a point seen through a gap (far half of the body) from one in front", () => {
    const ray = new Ray(new Vector3(0, 1.2, 2), new Vector3(0, 0, -1));
    const front = 2 - 0.09;
    expect(probe.farSide(ray, front + 0.02)).toBe(false);
    expect(probe.farSide(ray, 2 + 0.08)).toBe(true);
  });
});
