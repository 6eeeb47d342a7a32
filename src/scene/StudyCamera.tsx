import { useFrame, useThree } from "@react-three/fiber";
import { useEffect, useRef } from "react";
import type { Vector3 } from "three";
import type { OrbitControls } from "three-stdlib";
import { useDataset } from "../state/datasetContext";
import { type AppState, useAppStore } from "../state/store";
import { currentQuestion } from "../state/study/studySlice";
import type { BodyModel } from "./bodyModel";
import type { CameraGoal } from "./cameraTargets";
import type { CoverIndex } from "./muscleCover";
import { framePatterns, type PatternFacets, patternFacets, type ShotContext } from "./selectionShots";
import type { SkinProbe } from "./skinProbe";

const DURATION = 0.7;

/** What the camera should show in study mode now, as a key: a pattern to frame, the whole body, or nothing new. */
function studyShot(state: AppState): { key: string; muscles: string[] } | null {
  if (!state.studyOpen) return null;
  if (state.studyTab === "compare") {
    const muscles = state.compared.filter((id): id is string => id !== null);
    return muscles.length ? { key: `compare:${muscles.join(",")}`, muscles } : null;
  }
  const current = currentQuestion(state.round);
  if (state.studyTab !== "quiz" || !current) return null;
  const { muscleId, kind } = current.question.card;
  const showPattern = kind === "name" || current.answer !== null;
  return {
    key: `${current.number}:${showPattern}:${state.round?.questions.length}`,
    muscles: showPattern ? [muscleId] : [],
  };
}

/**
 * Moves the camera for study mode: frames the pattern a quiz shows or reveals (or both compared
 * patterns), and steps back to the whole body, skin on, before a question asks for a tap.
 */
export function StudyCamera({ model, cover, probe }: { model: BodyModel; cover: CoverIndex; probe: SkinProbe | null }) {
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
    const frame = (muscles: string[]) => {
      const current = camera.position.clone().sub(controls.target).normalize();
      const context: ShotContext = { model, dataset, cover, probe, aspect: aspect.current, current };
      const facets: PatternFacets = { zone: [], triggers: [] };
      for (const id of muscles) {
        const found = patternFacets({ kind: "muscle", id }, context);
        facets.zone.push(...(found?.zone ?? []));
        facets.triggers.push(...(found?.triggers ?? []));
      }
      const goal = framePatterns(facets, context);
      if (!goal) return;
      const reduced = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
      if (reduced) {
        camera.position.copy(goal.position);
        controls.target.copy(goal.target);
        controls.update();
      } else {
        flight.current = {
          from: { position: camera.position.clone(), target: controls.target.clone() },
          to: goal,
          t: 0,
        };
      }
      invalidate();
    };
    let lastKey: string | null = null;
    let pending: number | undefined;
    const follow = (state: AppState) => {
      const shot = studyShot(state);
      if (!shot || shot.key === lastKey) {
        if (!shot) lastKey = null;
        return;
      }
      lastKey = shot.key;
      window.clearTimeout(pending);
      if (shot.muscles.length === 0) {
        state.showMuscle("pattern");
        state.showWholeBody();
      } else pending = window.setTimeout(() => frame(shot.muscles), 0);
    };
    follow(useAppStore.getState());
    const unsubscribe = useAppStore.subscribe(follow);
    const cancel = () => {
      flight.current = null;
    };
    controls.addEventListener("start", cancel);
    return () => {
      window.clearTimeout(pending);
      controls.removeEventListener("start", cancel);
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
    if (f.t >= 1) flight.current = null;
    invalidate();
  });
  return null;
}
