import { useFrame, useThree } from "@react-three/fiber";
import { useEffect, useRef } from "react";
import type { Vector3 } from "three";
import type { OrbitControls } from "three-stdlib";
import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import type { BodyModel } from "./bodyModel";
import { type CameraGoal, presetGoal, selectionGoal } from "./cameraTargets";

const DURATION = 0.7;

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}

/** Marks a camera flight on `<html data-camera-moving>`, so tests can tell a flight from a jump. */
function setMoving(moving: boolean): void {
  if (moving) document.documentElement.dataset.cameraMoving = "true";
  else delete document.documentElement.dataset.cameraMoving;
}

/** Eases the camera to a view preset or to frame the selection; jumps when the user prefers reduced motion. */
export function CameraRig({ model }: { model: BodyModel }) {
  const dataset = useDataset();
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as OrbitControls | null;
  const invalidate = useThree((s) => s.invalidate);
  const flight = useRef<{ from: CameraGoal; to: CameraGoal; t: number } | null>(null);

  useEffect(() => {
    if (!controls) return;
    const fly = (to: CameraGoal | null) => {
      if (!to) return;
      const from = { position: camera.position.clone(), target: controls.target.clone() };
      if (prefersReducedMotion()) {
        camera.position.copy(to.position);
        controls.target.copy(to.target);
        controls.update();
        flight.current = null;
        setMoving(false);
      } else {
        flight.current = { from, to, t: 0 };
        setMoving(true);
      }
      invalidate();
    };
    fly(presetGoal(useAppStore.getState().view));
    const state = useAppStore.getState();
    if (state.selection) fly(selectionGoal(state.selection, model, dataset, camera.position));
    const cancelFlight = () => {
      flight.current = null;
      setMoving(false);
    };
    controls.addEventListener("start", cancelFlight);
    const unsubscribe = useAppStore.subscribe((next, previous) => {
      const viewChanged = next.viewRequest !== previous.viewRequest || next.view !== previous.view;
      if (next.selection !== previous.selection && next.selection) {
        fly(selectionGoal(next.selection, model, dataset, camera.position));
      } else if (viewChanged || (previous.selection && !next.selection)) fly(presetGoal(next.view));
    });
    return () => {
      controls.removeEventListener("start", cancelFlight);
      unsubscribe();
    };
  }, [camera, controls, model, dataset, invalidate]);

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
