import { useThree } from "@react-three/fiber";
import { useEffect } from "react";
import { Raycaster, Vector2, Vector3 } from "three";
import type { Vec3 } from "../domain/schema/primitives";
import { distanceToNearest, refersTo, TRIGGER_POINT_TOLERANCE } from "../domain/study/judgeTap";
import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import { currentQuestion } from "../state/study/studySlice";
import type { BodyModel } from "./bodyModel";
import type { SkinProbe } from "./skinProbe";
import { CLICK_SLOP_PX } from "./useSkinPointer";

/** The skin over each trigger point of a muscle: the skin point nearest to it (the point itself before picking has loaded). */
function spotsOver(model: BodyModel, probe: SkinProbe | null, muscleId: string): Vec3[] {
  const skin = model.skinData;
  return [...model.muscles.values()]
    .filter((part) => part.muscleId === muscleId)
    .flatMap((part) =>
      part.triggerPoints.map((tp): Vec3 => {
        const found = probe?.closest(new Vector3(...tp.position));
        const v = found?.vertex ?? -1;
        if (!skin || v < 0) return tp.position;
        return [skin.positions[v * 3] ?? 0, skin.positions[v * 3 + 1] ?? 0, skin.positions[v * 3 + 2] ?? 0];
      }),
    );
}

/**
 * While study mode is open, clicks and taps on the 3D view belong to it: they select nothing, and
 * a tap question is answered by the point of the skin tapped (right in an essential zone of the
 * muscle, by the zone field; or within `TRIGGER_POINT_TOLERANCE` of the skin over one of its
 * trigger points). A press that moved (turning the body) answers nothing.
 */
export function StudyTapCatcher({ model, probe }: { model: BodyModel; probe: SkinProbe | null }) {
  const dataset = useDataset();
  const camera = useThree((s) => s.camera);
  const canvas = useThree((s) => s.gl.domElement);
  useEffect(() => {
    const skin = model.skinData;
    const raycaster = new Raycaster();
    const pointer = new Vector2();
    let down: { x: number; y: number } | null = null;
    const onPointerDown = (event: PointerEvent) => {
      down = event.target === canvas ? { x: event.clientX, y: event.clientY } : null;
    };
    const onClick = (event: MouseEvent) => {
      const state = useAppStore.getState();
      if (!state.studyOpen || event.target !== canvas) return;
      event.stopPropagation();
      const moved = !down || Math.hypot(event.clientX - down.x, event.clientY - down.y) > CLICK_SLOP_PX;
      const current = currentQuestion(state.round);
      if (moved || !skin || !current || current.answer || current.question.card.kind === "name") return;
      const box = canvas.getBoundingClientRect();
      pointer.set(((event.clientX - box.left) / box.width) * 2 - 1, -((event.clientY - box.top) / box.height) * 2 + 1);
      raycaster.setFromCamera(pointer, camera);
      const hit = raycaster.intersectObject(skin.mesh, false)[0];
      if (!hit) return;
      const tap: Vec3 = [hit.point.x, hit.point.y, hit.point.z];
      const part = hit.face && skin.parts ? (skin.parts[hit.face.a] ?? -1) : -1;
      const { muscleId, kind } = current.question.card;
      const correct =
        kind === "refer"
          ? refersTo(dataset, muscleId, tap, part)
          : distanceToNearest(tap, spotsOver(model, probe, muscleId)) <= TRIGGER_POINT_TOLERANCE;
      state.answerQuestion({ correct, tap });
    };
    window.addEventListener("pointerdown", onPointerDown, true);
    window.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("pointerdown", onPointerDown, true);
      window.removeEventListener("click", onClick, true);
    };
  }, [model, probe, dataset, camera, canvas]);
  return null;
}
