import type { ThreeEvent } from "@react-three/fiber";
import type { PainSpot } from "../domain/painLookup/painLookup";
import { useAppStore } from "../state/store";
import { brushSpots, SPOT_SPACING } from "./painBrush";
import type { SkinData } from "./skinData";

/** A press that moved further than this (pixels) was a drag to turn the body, not a click. */
export const CLICK_SLOP_PX = 4;

/** Pointer handlers of the skin: hover and click name regions; in pain mode, press and drag paint or erase. */
export function useSkinPointer(skin: SkinData) {
  const { regions, regionIds, parts, positions, grid } = skin;
  /** X-ray skin lets pointer events through to the muscles beneath, except while painting pain. */
  const passesThrough = () => useAppStore.getState().xray && !useAppStore.getState().painMode;

  const regionOf = (event: ThreeEvent<PointerEvent | MouseEvent>): string | undefined => {
    const vertex = event.face?.a;
    if (vertex === undefined || !regions) return undefined;
    return regionIds[regions[vertex] ?? -1];
  };

  const paintAt = (event: ThreeEvent<PointerEvent>) => {
    const state = useAppStore.getState();
    const vertex = event.face?.a;
    const hit: PainSpot = {
      position: [event.point.x, event.point.y, event.point.z],
      part: vertex !== undefined && parts ? (parts[vertex] ?? -1) : -1,
    };
    if (state.painTool === "erase") state.erasePainSpots(hit.position, state.brushRadius, hit.part);
    else state.addPainSpots(brushSpots(grid, positions, parts, hit, state.brushRadius), SPOT_SPACING);
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
