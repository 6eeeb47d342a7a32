import type { ThreeEvent } from "@react-three/fiber";
import { useThree } from "@react-three/fiber";
import { useEffect, useMemo } from "react";
import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import type { MusclePart } from "./bodyModel";
import { isMuscleVisible, muscleLook } from "./muscleLook";
import { createMuscleMaterial, setMuscleLook } from "./muscleMaterial";

/** One muscle instance: recoloured and shown or hidden from the store, selected by a click. */
export function MuscleMesh({ part }: { part: MusclePart }) {
  const dataset = useDataset();
  const invalidate = useThree((s) => s.invalidate);
  const material = useMemo(() => createMuscleMaterial(part.tendon), [part]);

  useEffect(() => {
    part.mesh.material = material;
    const apply = () => {
      const state = useAppStore.getState();
      const look = muscleLook(part, state, dataset);
      setMuscleLook(material, look);
      part.mesh.visible = isMuscleVisible(part, state, look);
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
    if (!part.mesh.visible) return;
    event.stopPropagation();
    const side = part.side === "midline" ? undefined : part.side;
    useAppStore
      .getState()
      .select(side ? { kind: "muscle", id: part.muscleId, side } : { kind: "muscle", id: part.muscleId });
  };
  const onPointerOver = (event: ThreeEvent<PointerEvent>) => {
    if (!part.mesh.visible) return;
    event.stopPropagation();
    useAppStore.getState().setHover({ kind: "muscle", key: part.key });
  };
  const onPointerOut = () => {
    const hover = useAppStore.getState().hover;
    if (hover?.kind === "muscle" && hover.key === part.key) useAppStore.getState().setHover(null);
  };
  return <primitive object={part.mesh} onClick={onClick} onPointerOver={onPointerOver} onPointerOut={onPointerOut} />;
}
