import { type BufferAttribute, Color, type PerspectiveCamera, type Scene, Vector3, type WebGLRenderer } from "three";
import type { Dataset } from "../domain/datasetTypes";
import type { PainSpot } from "../domain/painLookup/painLookup";
import type { HandoutMuscle } from "../state/handoutSlice";
import type { BodyModel, MusclePart } from "./bodyModel";
import { handoutCameras } from "./handoutFraming";
import { isHidden } from "./markerOcclusion";
import { isSelectedPart } from "./muscleLook";
import { createOffscreenRenderer } from "./offscreenRender";
import { paintReferral } from "./referralPaint";
import { selectedReferrals } from "./selectedReferrals";
import { setSkinXray } from "./skinMaterial";
import type { SkinProbe } from "./skinProbe";

/** Size of each handout picture, pixels (2:3, about 220 dpi at the 56 mm it prints). */
export const HANDOUT_PICTURE = { width: 480, height: 720 } as const;

/** The light grey behind the body in the pictures (saves ink; tests find the pictures by it). */
export const HANDOUT_BACKGROUND = "#eceef2";

/** What the pictures need: the app's renderer and scene, the model, and what to paint. */
export interface HandoutPictureInput {
  /** The app's renderer. */
  gl: WebGLRenderer;
  /** The app's scene (lights, skin, muscles). */
  scene: Scene;
  /** The loaded body. */
  model: BodyModel;
  /** The dataset (the muscle's referral zones). */
  dataset: Dataset;
  /** Sight lines to the skin, for how deep trigger points lie; null without a skin. */
  probe: SkinProbe | null;
  /** The muscle whose pattern and trigger points are painted, or null. */
  muscle: HandoutMuscle | null;
  /** The pain drawing (already painted on the skin by the app). */
  painSpots: readonly PainSpot[];
}

/** The handout muscle's instances on the model. */
function musclePartsOf(model: BodyModel, muscle: HandoutMuscle | null): MusclePart[] {
  if (!muscle) return [];
  const selection = { kind: "muscle" as const, id: muscle.id, ...(muscle.side ? { side: muscle.side } : {}) };
  return [...model.muscles.values()].filter((part) => isSelectedPart(part, selection));
}

/** Draws an X as the app does (black with a white edge) at each trigger point the camera sees. */
function drawMarkers(canvas: HTMLCanvasElement, camera: PerspectiveCamera, input: HandoutPictureInput) {
  const context = canvas.getContext("2d");
  const skin = input.model.skinData?.mesh ?? null;
  if (!context) return;
  const arm = canvas.width * 0.022;
  for (const part of musclePartsOf(input.model, input.muscle)) {
    for (const tp of part.triggerPoints) {
      const position = new Vector3(...tp.position);
      const depth = input.probe ? Math.min(0.05, input.probe.closest(position).distance) : 0.02;
      if (isHidden({ position, depth, own: new Set([part.mesh]) }, camera, { skin, meshes: [] })) continue;
      const p = position.clone().project(camera);
      const x = ((p.x + 1) / 2) * canvas.width;
      const y = ((1 - p.y) / 2) * canvas.height;
      for (const [colour, width] of [
        ["#ffffff", arm * 0.75],
        ["#111111", arm * 0.42],
      ] as const) {
        context.strokeStyle = colour;
        context.lineWidth = width;
        context.lineCap = "round";
        context.beginPath();
        context.moveTo(x - arm, y - arm);
        context.lineTo(x + arm, y + arm);
        context.moveTo(x + arm, y - arm);
        context.lineTo(x - arm, y + arm);
        context.stroke();
      }
    }
  }
}

/**
 * Draws the handout's front and back pictures with the app's own renderer and scene, offscreen:
 * the skin opaque with the muscle's referral pattern and the pain drawing painted on it, framed on
 * what is painted, and X markers at the trigger points in view. Whatever it changes in the scene
 * (the skin's paint and look, the markers, the background) is put back before it returns, so the
 * app's view never shows it. Null when the model has no skin.
 */
export function drawHandoutPictures(input: HandoutPictureInput): { front: string; back: string } | null {
  const { gl, scene, model, dataset } = input;
  const skin = model.skinData;
  const referral = skin?.mesh.geometry.getAttribute("referral") as BufferAttribute | undefined;
  if (!skin || !referral) return null;
  const material = skin.mesh.material as Parameters<typeof setSkinXray>[0];
  const saved = {
    referral: (referral.array as Float32Array).slice(),
    skinVisible: skin.mesh.visible,
    xray: material.transparent,
    background: scene.background,
    overlays: ["trigger-points", "session-needle"]
      .map((name) => scene.getObjectByName(name))
      .filter((object) => object !== undefined)
      .map((object) => ({ object, visible: object.visible })),
  };
  const offscreen = createOffscreenRenderer(gl, HANDOUT_PICTURE.width, HANDOUT_PICTURE.height);
  try {
    const selection = input.muscle ? { kind: "muscle" as const, ...input.muscle } : null;
    const painted = referral.array as Float32Array;
    paintReferral(skin.positions, skin.parts, selectedReferrals(dataset, selection), painted);
    referral.needsUpdate = true;
    skin.mesh.visible = true;
    if (saved.xray) setSkinXray(material, false);
    for (const { object } of saved.overlays) object.visible = false;
    scene.background = new Color(HANDOUT_BACKGROUND);

    const points: Vector3[] = [];
    for (let v = 0; v < painted.length / 2; v += 3) {
      if ((painted[v * 2] ?? 0) >= 0.5 || (painted[v * 2 + 1] ?? 0) >= 0.5)
        points.push(new Vector3().fromArray(skin.positions, v * 3));
    }
    for (const spot of input.painSpots) points.push(new Vector3(...spot.position));
    for (const part of musclePartsOf(model, input.muscle)) {
      for (const tp of part.triggerPoints) points.push(new Vector3(...tp.position));
    }
    const cameras = handoutCameras(points, HANDOUT_PICTURE.width / HANDOUT_PICTURE.height);
    const picture = (camera: PerspectiveCamera) => {
      const canvas = offscreen.render(scene, camera);
      drawMarkers(canvas, camera, input);
      return canvas.toDataURL("image/png");
    };
    return { front: picture(cameras.front), back: picture(cameras.back) };
  } finally {
    (referral.array as Float32Array).set(saved.referral);
    referral.needsUpdate = true;
    skin.mesh.visible = saved.skinVisible;
    if (saved.xray) setSkinXray(material, true);
    for (const { object, visible } of saved.overlays) object.visible = visible;
    scene.background = saved.background;
    offscreen.dispose();
  }
}
