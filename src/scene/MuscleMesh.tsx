import type { ThreeEvent } from "@react-three/fiber";
import { useThree } from "@react-three/fiber";
import { useEffect, useMemo } from "react";
import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import type { MusclePart } from "./bodyModel";
import type { CoverIndex } from "./muscleCover";
import { isMuscleVisible, muscleLook } from "./muscleLook";
import { createMuscleMaterial, setMuscleLook } from "./muscleMaterial";
import { setPickable } from "./pickable";
import type { SkinProbe } from "./skinProbe";
import { CLICK_SLOP_PX } from "./useSkinPointer";

/**
 * One muscle instance: recoloured and shown or hidden from the store, faded when it lies over the
 * selected muscle (then clicks pass through it), named on hover and selected by a click. A hit on
 * the far side of the body, seen through a gap between muscles, neither names nor selects it.
 */
export function MuscleMesh({ part, cover, probe }: { part: MusclePart; cover: CoverIndex; probe: SkinProbe | null }) {
  const dataset = useDataset();
  const invalidate = useThree((s) => s.invalidate);
  const material = useMemo(() => createMuscleMaterial(part.tendon), [part]);

  useEffect(() => {
    part.mesh.material = material;
    let last = "";
    const apply = () => {
      const state = useAppStore.getState();
      const faded = state.selection?.kind === "muscle" && cover.fadedFor(state.selection).has(part.key);
      const look = faded ? "faded" : muscleLook(part, state, dataset);
      const visible = isMuscleVisible(part, state, look);
      if (`${look}:${visible}` === last) return;
      last = `${look}:${visible}`;
      setMuscleLook(material, look);
      part.mesh.visible = visible;
      setPickable(part.mesh, !faded);
      invalidate();
    };
    apply();
    const unsubscribe = useAppStore.subscribe(apply);
    return () => {
      unsubscribe();
      material.dispose();
    };
  }, [part, material, cover, dataset, invalidate]);

  const throughGap = (event: ThreeEvent<PointerEvent | MouseEvent>) =>
    probe?.farSide(event.ray, event.distance) ?? false;

  const onClick = (event: ThreeEvent<MouseEvent>) => {
    if (throughGap(event)) return;
    event.stopPropagation();
    if (event.delta > CLICK_SLOP_PX || useAppStore.getState().painMode) return;
    const side = part.side === "midline" ? undefined : part.side;
    useAppStore
      .getState()
      .select(side ? { kind: "muscle", id: part.muscleId, side } : { kind: "muscle", id: part.muscleId });
  };
  const onPointerMove = (event: ThreeEvent<PointerEvent>) => {
    const state = useAppStore.getState();
    const hovered = state.hover?.kind === "muscle" && state.hover.key === part.key;
    if (throughGap(event)) {
      if (hovered) state.setHover(null);
      return;
    }
    event.stopPropagation();
    if (!hovered) state.setHover({ kind: "muscle", key: part.key });
  };
  const onPointerOut = () => {
    const hover = useAppStore.getState().hover;
    if (hover?.kind === "muscle" && hover.key === part.key) useAppStore.getState().setHover(null);
  };
  return <primitive object={part.mesh} onClick={onClick} onPointerMove={onPointerMove} onPointerOut={onPointerOut} />;
}
