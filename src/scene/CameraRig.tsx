import { useFrame, useThree } from "@react-three/fiber";
import { useEffect, useRef } from "react";
import type { Vector3 } from "three";
import type { OrbitControls } from "three-stdlib";
import { useDataset } from "../state/datasetContext";
import { type AppState, useAppStore } from "../state/store";
import type { BodyModel } from "./bodyModel";
import { type CameraGoal, nearestPreset, presetGoal, presetOrbit } from "./cameraTargets";
import type { CoverIndex } from "./muscleCover";
import { needlePlacement } from "./needlePlacement";
import { needleShot } from "./needleShot";
import { highlightedRegions } from "./regionHighlight";
import { muscleShot, patternShot, regionShot, type ShotContext } from "./selectionShots";
import type { SkinProbe } from "./skinProbe";

const DURATION = 0.7;

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}

/** Marks a camera flight on `<html data-camera-moving>`, so tests can tell a flight from a jump. */
function setMoving(moving: boolean): void {
  if (moving) document.documentElement.dataset.cameraMoving = "true";
  else delete document.documentElement.dataset.cameraMoving;
}

/**
 * Moves the camera: a new selection is framed (a muscle with the skin on shows its pattern and
 * trigger points from the best side; with the skin off, the muscle from the side it lies on; a
 * region or condition, its skin; while the session explainer is open, the needle's spot);
 * "Show the pattern / the muscle" and opening or closing the explainer frame it again; presets turn
 * around what is framed, keeping the distance; "Whole body" steps back. Layer changes never move
 * the camera. The preset the camera looks from is written to the store for the view buttons.
 * Eases, or jumps when the user prefers reduced motion.
 */
export function CameraRig({ model, cover, probe }: { model: BodyModel; cover: CoverIndex; probe: SkinProbe | null }) {
  const dataset = useDataset();
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as OrbitControls | null;
  const invalidate = useThree((s) => s.invalidate);
  const size = useThree((s) => s.size);
  const aspect = useRef(1);
  aspect.current = size.width / Math.max(1, size.height);
  const flight = useRef<{ from: CameraGoal; to: CameraGoal; t: number } | null>(null);

  useEffect(() => {
    if (!controls) return;
    const now = (): CameraGoal => ({ position: camera.position.clone(), target: controls.target.clone() });
    const fly = (to: CameraGoal | null) => {
      if (!to) return;
      if (prefersReducedMotion()) {
        camera.position.copy(to.position);
        controls.target.copy(to.target);
        controls.update();
        flight.current = null;
        setMoving(false);
      } else {
        flight.current = { from: now(), to, t: 0 };
        setMoving(true);
      }
      invalidate();
    };
    const shotOf = (state: AppState): CameraGoal | null => {
      const selection = state.selection;
      if (!selection) return null;
      const current = camera.position.clone().sub(controls.target).normalize();
      const context: ShotContext = { model, dataset, cover, probe, aspect: aspect.current, current };
      if (selection.kind === "muscle" && state.sessionStep !== null) {
        const needle = needlePlacement(model, dataset, cover, selection, state.focusedTriggerPoint);
        if (needle) return needleShot(needle, context);
      }
      if (selection.kind === "muscle") {
        const skinShown = state.layers.skin || state.xray;
        return skinShown ? patternShot(selection, context) : muscleShot(selection, context);
      }
      return regionShot(highlightedRegions(dataset, selection), context);
    };
    const reportView = () => {
      const view = nearestPreset(camera.position, controls.target);
      if (useAppStore.getState().cameraView !== view) useAppStore.getState().setCameraView(view);
    };
    fly(presetGoal(useAppStore.getState().view));
    fly(shotOf(useAppStore.getState()));
    reportView();
    const cancelFlight = () => {
      flight.current = null;
      setMoving(false);
    };
    controls.addEventListener("start", cancelFlight);
    controls.addEventListener("change", reportView);
    let pending: number | undefined;
    /** Works out a shot after the panel has followed the selection, so the text never waits for the camera. */
    const flyLater = (goal: () => CameraGoal | null) => {
      window.clearTimeout(pending);
      pending = window.setTimeout(() => fly(goal()), 0);
    };
    const unsubscribe = useAppStore.subscribe((next, previous) => {
      if (next.selection !== previous.selection) {
        flyLater(() => (next.selection ? shotOf(useAppStore.getState()) : presetGoal(next.view)));
      } else if (next.frameRequest !== previous.frameRequest) {
        flyLater(() => shotOf(useAppStore.getState()));
      } else if (next.viewRequest !== previous.viewRequest) {
        const from = now();
        fly(
          next.wholeBody
            ? presetGoal(nearestPreset(from.position, from.target, 90) ?? next.view)
            : presetOrbit(next.view, from),
        );
      } else if (next.view !== previous.view) {
        fly(presetGoal(next.view));
      }
    });
    return () => {
      window.clearTimeout(pending);
      controls.removeEventListener("start", cancelFlight);
      controls.removeEventListener("change", reportView);
      unsubscribe();
    };
  }, [camera, controls, model, cover, probe, dataset, invalidate]);

  useFrame((_, delta) => {
    const f = flight.current;
    if (!f || !controls) return;
    f.t = Math.min(1, f.t + delta / DURATION);
    const k = f.t < 0.5 ? 4 * f.t ** 3 : 1 - (-2 * f.t + 2) ** 3 / 2;
    camera.position.lerpVectors(f.from.position, f.to.position, k);
    (controls.target as Vector3).lerpVectors(f.from.target, f.to.target, k);
    controls.update();
    if (f.t >= 1) {
      flight.current = null;
      setMoving(false);
    }
    invalidate();
  });
  return null;
}
