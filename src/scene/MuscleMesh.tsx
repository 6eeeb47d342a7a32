import type { ThreeEvent } from "@react-three/fiber";
import { useThree } from "@react-three/fiber";
import { useEffect, useMemo } from "react";
import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import type { MusclePart } from "./bodyModel";
import { isMuscleVisible, muscleLook } from "./muscleLook";
import { createMuscleMaterial, setMuscleLook } from "./muscleMaterial";
import { CLICK_SLOP_PX } from "./useSkinPointer";

/** One muscle instance: recoloured and shown or hidden from the store, selected by a click. */
export function MuscleMesh({ part }: { part: MusclePart }) {
  const dataset = useDataset();
  const invalidate = useThree((s) => s.invalidate);
  const material = useMemo(() => createMuscleMaterial(part.tendon), [part]);

  useEffect(() => {
    part.mesh.material = material;
    let last = "";
    const apply = () => {
      const state = useAppStore.getState();
      const look = muscleLook(part, state, dataset);
      const visible = isMuscleVisible(part, state, look);
      if (`${look}:${visible}` === last) return;
      last = `${look}:${visible}`;
      setMuscleLook(material, look);
      part.mesh.visible = visible;
      invalidate();
    };
    apply();
    const unsubscribe = useAppStore.subscribe(apply);
    return () => {
      unsubscribe();
      material.dispose();
    };
  }, [part, material, dataset, invalidate]);

  const onClick = (event: ThreeEvent<MouseEvent>) => {
    event.stopPropagation();
    if (event.delta > CLICK_SLOP_PX || useAppStore.getState().painMode) return;
    const side = part.side === "midline" ? undefined : part.side;
    useAppStore
      .getState()
      .select(side ? { kind: "muscle", id: part.muscleId, side } : { kind: "muscle", id: part.muscleId });
  };
  const onPointerOver = (event: ThreeEvent<PointerEvent>) => {
    event.stopPropagation();
    useAppStore.getState().setHover({ kind: "muscle", key: part.key });
  };
  const onPointerOut = () => {
    const hover = useAppStore.getState().hover;
    if (hover?.kind === "muscle" && hover.key === part.key) useAppStore.getState().setHover(null);
  };
  return <primitive object={part.mesh} onClick={onClick} onPointerOver={onPointerOver} onPointerOut={onPointerOut} />;
}
