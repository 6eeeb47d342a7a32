import { useThree } from "@react-three/fiber";
import { useEffect } from "react";
import { type Intersection, type Object3D, Raycaster, Vector2 } from "three";
import { useAppStore } from "../state/store";
import type { BodyModel } from "./bodyModel";
import { missedTap } from "./missedTap";
import { isPickableHit } from "./pickable";
import type { SkinProbe } from "./skinProbe";

/** How far around a missed tap (finger) or click (mouse) to look for the body, pixels. */
const REACH = { touch: 24, mouse: 8 };

/**
 * Forgiving picking: a tap or click that just misses a thin part (a forearm, a finger, a slim
 * muscle) selects the nearest part within a finger's width, looking in rings around the point.
 */
export function TapAssist({ model, probe }: { model: BodyModel; probe: SkinProbe | null }) {
  const camera = useThree((s) => s.camera);
  const canvas = useThree((s) => s.gl.domElement);

  useEffect(() => {
    const raycaster = new Raycaster();
    const ndc = new Vector2();
    const handle = (event: MouseEvent) => {
      const state = useAppStore.getState();
      if (state.painMode) return;
      const skin = model.skinData;
      const targets: Object3D[] = [];
      if (skin?.mesh.visible && !state.xray) targets.push(skin.mesh);
      for (const part of model.muscles.values()) if (part.mesh.visible) targets.push(part.mesh);
      const box = canvas.getBoundingClientRect();
      const touch = (event as PointerEvent).pointerType === "touch";
      const reach = touch ? REACH.touch : REACH.mouse;
      const hitAt = (dx: number, dy: number): Intersection | undefined => {
        ndc.set(
          ((event.clientX + dx - box.left) / box.width) * 2 - 1,
          -((event.clientY + dy - box.top) / box.height) * 2 + 1,
        );
        raycaster.setFromCamera(ndc, camera);
        return raycaster
          .intersectObjects(targets, false)
          .filter(isPickableHit)
          .find((hit) => hit.object === skin?.mesh || !probe?.farSide(raycaster.ray, hit.distance));
      };
      for (let ring = 1; ring <= 3; ring++) {
        const radius = (reach * ring) / 3;
        for (let k = 0; k < 12; k++) {
          const angle = (k / 12) * Math.PI * 2;
          const hit = hitAt(Math.cos(angle) * radius, Math.sin(angle) * radius);
          if (!hit) continue;
          if (hit.object === skin?.mesh) {
            const region = skin.regionIds[skin.regions?.[hit.face?.a ?? -1] ?? -1];
            if (region) state.select({ kind: "region", id: region });
            return;
          }
          const part = model.muscleOf.get(hit.object);
          if (!part) continue;
          const side = part.side === "midline" ? undefined : part.side;
          state.select(side ? { kind: "muscle", id: part.muscleId, side } : { kind: "muscle", id: part.muscleId });
          return;
        }
      }
    };
    missedTap.handle = handle;
    return () => {
      if (missedTap.handle === handle) missedTap.handle = null;
    };
  }, [camera, canvas, model, probe]);
  return null;
}
