import { useThree } from "@react-three/fiber";
import { useEffect, useMemo } from "react";
import { BufferAttribute, type Mesh } from "three";
import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import { paintPainMask } from "./painBrush";
import { paintReferral } from "./referralPaint";
import { selectedReferrals } from "./selectedReferrals";
import { createSkinMaterial, setSkinXray } from "./skinMaterial";
import { skinPositions } from "./skinPositions";
import { useSkinPointer } from "./useSkinPointer";
import { createVertexGrid } from "./vertexGrid";

/**
 * The skin: a click names the region under the pointer; the selected muscle's referral pattern
 * and the pain drawing are painted on it (per-vertex fields the shader turns into crisp marks).
 */
export function Skin({ mesh, regionIds }: { mesh: Mesh; regionIds: string[] }) {
  const dataset = useDataset();
  const invalidate = useThree((s) => s.invalidate);
  const { material, uniforms } = useMemo(createSkinMaterial, []);
  const positions = useMemo(() => skinPositions(mesh), [mesh]);
  const grid = useMemo(() => createVertexGrid(positions), [positions]);
  const handlers = useSkinPointer(mesh, regionIds, positions, grid);

  useEffect(() => {
    const count = positions.length / 3;
    const referral = new BufferAttribute(new Float32Array(count * 2), 2);
    const pain = new BufferAttribute(new Float32Array(count), 1);
    mesh.geometry.setAttribute("referral", referral);
    mesh.geometry.setAttribute("pain", pain);
    mesh.material = material;
    let lastSelection: unknown;
    let lastSpots: unknown;
    const apply = () => {
      const state = useAppStore.getState();
      if (state.selection !== lastSelection) {
        lastSelection = state.selection;
        paintReferral(positions, selectedReferrals(dataset, state.selection), referral.array as Float32Array);
        referral.needsUpdate = true;
      }
      if (state.painSpots !== lastSpots) {
        lastSpots = state.painSpots;
        paintPainMask(grid, state.painSpots, pain.array as Float32Array);
        pain.needsUpdate = true;
      }
      uniforms.selectedRegion.value = state.selection?.kind === "region" ? regionIds.indexOf(state.selection.id) : -1;
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
  }, [mesh, material, uniforms, positions, grid, dataset, regionIds, invalidate]);

  return <primitive object={mesh} {...handlers} />;
}
