import type { ThreeEvent } from "@react-three/fiber";
import type { Mesh } from "three";
import type { Vec3 } from "../domain/schema/primitives";
import { useAppStore } from "../state/store";
import { brushSpots, SPOT_SPACING } from "./painBrush";
import type { VertexGrid } from "./vertexGrid";

/** A press that moved further than this (pixels) was a drag to turn the body, not a click. */
export const CLICK_SLOP_PX = 4;

/** Pointer handlers of the skin: hover and click name regions; in pain mode, press and drag paint or erase. */
export function useSkinPointer(mesh: Mesh, regionIds: string[], positions: Float32Array, grid: VertexGrid) {
  const regionAttribute = mesh.geometry.getAttribute("_region");
  /** X-ray skin lets pointer events through to the muscles beneath, except while painting pain. */
  const passesThrough = () => useAppStore.getState().xray && !useAppStore.getState().painMode;

  const regionOf = (event: ThreeEvent<PointerEvent | MouseEvent>): string | undefined => {
    const vertex = event.face?.a;
    if (vertex === undefined || !regionAttribute) return undefined;
    return regionIds[Math.round(regionAttribute.getX(vertex))];
  };

  const paintAt = (event: ThreeEvent<PointerEvent>) => {
    const state = useAppStore.getState();
    const hit: Vec3 = [event.point.x, event.point.y, event.point.z];
    if (state.painTool === "erase") state.erasePainSpots(hit, state.brushRadius);
    else state.addPainSpots(brushSpots(grid, positions, hit, state.brushRadius), SPOT_SPACING);
  };

  return {
    onClick(event: ThreeEvent<MouseEvent>) {
      if (passesThrough()) return;
      event.stopPropagation();
      if (event.delta > CLICK_SLOP_PX || useAppStore.getState().painMode) return;
      const region = regionOf(event);
      if (region) useAppStore.getState().select({ kind: "region", id: region });
    },
    onPointerDown(event: ThreeEvent<PointerEvent>) {
      if (passesThrough() || !useAppStore.getState().painMode || event.button !== 0) return;
      event.stopPropagation();
      paintAt(event);
    },
    onPointerMove(event: ThreeEvent<PointerEvent>) {
      if (passesThrough()) return;
      event.stopPropagation();
      if (useAppStore.getState().painMode && (event.buttons & 1) === 1) paintAt(event);
      const region = regionOf(event);
      const hover = useAppStore.getState().hover;
      if (region && !(hover?.kind === "region" && hover.id === region)) {
        useAppStore.getState().setHover({ kind: "region", id: region });
      }
    },
    onPointerOut() {
      if (useAppStore.getState().hover?.kind === "region") useAppStore.getState().setHover(null);
    },
  };
}
