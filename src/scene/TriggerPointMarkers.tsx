import { Billboard } from "@react-three/drei";
import { useMemo } from "react";
import { useAppStore } from "../state/store";
import type { BodyModel } from "./bodyModel";
import { isMuscleVisible, isSelectedPart } from "./muscleLook";

const ARM = 0.016;
const WIDTH = 0.0035;

/** An X drawn on top of everything, facing the camera. */
function XMarker({ position }: { position: [number, number, number] }) {
  return (
    <Billboard position={position} renderOrder={10}>
      {[Math.PI / 4, -Math.PI / 4].map((angle) => (
        <group key={angle} rotation={[0, 0, angle]}>
          <mesh renderOrder={10}>
            <planeGeometry args={[ARM + 0.004, WIDTH + 0.003]} />
            <meshBasicMaterial color="#ffffff" depthTest={false} transparent />
          </mesh>
          <mesh renderOrder={11}>
            <planeGeometry args={[ARM, WIDTH]} />
            <meshBasicMaterial color="#111111" depthTest={false} transparent />
          </mesh>
        </group>
      ))}
    </Billboard>
  );
}

/** X markers at the trigger points of the selected muscle, where the generator placed them on its mesh. */
export function TriggerPointMarkers({ model }: { model: BodyModel }) {
  const selection = useAppStore((s) => s.selection);
  const sides = useAppStore((s) => s.sides);
  const layers = useAppStore((s) => s.layers);
  const isolate = useAppStore((s) => s.isolate);
  const positions = useMemo(() => {
    const view = { selection, sides, layers, isolate };
    return [...model.muscles.values()]
      .filter((part) => isSelectedPart(part, selection) && isMuscleVisible(part, view, "selected"))
      .flatMap((part) => part.triggerPoints.map((tp) => ({ key: `${part.key}:${tp.id}`, position: tp.position })));
  }, [model, selection, sides, layers, isolate]);
  return (
    <group name="trigger-points">
      {positions.map((p) => (
        <XMarker key={p.key} position={p.position} />
      ))}
    </group>
  );
}
