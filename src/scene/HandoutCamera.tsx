import { useThree } from "@react-three/fiber";
import { useEffect } from "react";
import { useDataset } from "../state/datasetContext";
import type { HandoutRequest } from "../state/handoutSlice";
import { useAppStore } from "../state/store";
import type { BodyModel } from "./bodyModel";
import { drawHandoutPictures } from "./handoutPictures";
import type { SkinProbe } from "./skinProbe";

/**
 * Draws the pictures of each handout that opens (front and back, offscreen, with the app's own
 * renderer and scene) and hands them to the store; a failure is reported as such, never thrown.
 * Renders nothing itself.
 */
export function HandoutCamera({ model, probe }: { model: BodyModel; probe: SkinProbe | null }) {
  const dataset = useDataset();
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    let timer: number | undefined;
    const draw = (request: HandoutRequest) => {
      window.clearTimeout(timer);
      // After the handout has painted its text: the pictures take a moment in software rendering.
      timer = window.setTimeout(() => {
        const state = useAppStore.getState();
        if (state.handout !== request) return;
        let pictures: ReturnType<typeof drawHandoutPictures> = null;
        try {
          pictures = drawHandoutPictures({
            gl,
            scene,
            model,
            dataset,
            probe,
            muscle: request.muscle,
            painSpots: state.painSpots,
          });
        } catch {
          pictures = null;
        }
        state.setHandoutPictures(
          pictures ? { request: request.id, status: "ready", ...pictures } : { request: request.id, status: "failed" },
        );
        invalidate();
      }, 30);
    };
    const open = useAppStore.getState().handout;
    if (open) draw(open);
    const unsubscribe = useAppStore.subscribe((next, previous) => {
      if (next.handout && next.handout !== previous.handout) draw(next.handout);
    });
    return () => {
      window.clearTimeout(timer);
      unsubscribe();
    };
  }, [gl, scene, model, dataset, probe, invalidate]);
  return null;
}
