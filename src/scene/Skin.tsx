import { useThree } from "@react-three/fiber";
import { useEffect, useMemo } from "react";
import { BufferAttribute } from "three";
import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import { paintPainMask } from "./painBrush";
import { paintReferral } from "./referralPaint";
import { highlightedRegions, paintRegionHighlight } from "./regionHighlight";
import { selectedReferrals } from "./selectedReferrals";
import type { SkinData } from "./skinData";
import { createSkinMaterial, setSkinXray } from "./skinMaterial";
import { useSkinPointer } from "./useSkinPointer";

/**
 * The skin: a click names the region under the pointer; the selected muscle's referral pattern,
 * the highlighted regions (a selected region, a condition's regions) and the pain drawing are
 * painted on it (per-vertex fields the shader turns into crisp marks). The referral pattern is left
 * off while the session explainer shows its needle, so the body stays calm.
 */
export function Skin({ skin }: { skin: SkinData }) {
  const dataset = useDataset();
  const invalidate = useThree((s) => s.invalidate);
  const { material, uniforms } = useMemo(createSkinMaterial, []);
  const handlers = useSkinPointer(skin);
  const { mesh, positions, parts, grid, regionIds } = skin;

  useEffect(() => {
    const count = positions.length / 3;
    const referral = new BufferAttribute(new Float32Array(count * 2), 2);
    const highlight = new BufferAttribute(new Float32Array(count * 2), 2);
    const pain = new BufferAttribute(new Float32Array(count), 1);
    mesh.geometry.setAttribute("referral", referral);
    mesh.geometry.setAttribute("highlight", highlight);
    mesh.geometry.setAttribute("pain", pain);
    mesh.material = material;
    let lastSelection: unknown;
    let lastCalm = false;
    let lastSpots: unknown;
    const apply = () => {
      const state = useAppStore.getState();
      const calm = state.sessionStep !== null;
      if (state.selection !== lastSelection || calm !== lastCalm) {
        lastSelection = state.selection;
        lastCalm = calm;
        const painted = calm ? [] : selectedReferrals(dataset, state.selection);
        paintReferral(positions, parts, painted, referral.array as Float32Array);
        referral.needsUpdate = true;
        paintRegionHighlight(skin, highlightedRegions(dataset, state.selection), highlight.array as Float32Array);
        highlight.needsUpdate = true;
      }
      if (state.painSpots !== lastSpots) {
        lastSpots = state.painSpots;
        paintPainMask(grid, parts, state.painSpots, pain.array as Float32Array);
        pain.needsUpdate = true;
      }
      uniforms.hoverRegion.value =
        state.hover?.kind === "region" && !state.painMode ? regionIds.indexOf(state.hover.id) : -1;
      mesh.visible = state.layers.skin;
      if (material.transparent !== state.xray) setSkinXray(material, state.xray);
      invalidate();
    };
    apply();
    const unsubscribe = useAppStore.subscribe(apply);
    return () => {
      unsubscribe();
      material.dispose();
    };
  }, [skin, mesh, material, uniforms, positions, parts, grid, dataset, regionIds, invalidate]);

  return <primitive object={mesh} {...handlers} />;
}
