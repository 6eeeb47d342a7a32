import type { ThreeEvent } from "@react-three/fiber";
import { useThree } from "@react-three/fiber";
import { useEffect, useMemo } from "react";
import { BufferAttribute, type Mesh } from "three";
import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import { paintReferral } from "./referralPaint";
import { selectedReferrals } from "./selectedReferrals";
import { createSkinMaterial, setSkinXray } from "./skinMaterial";
import { skinPositions } from "./skinPositions";

/** The skin: a click names the region under the pointer; the selected muscle's referral pattern is painted on it. */
export function Skin({ mesh, regionIds }: { mesh: Mesh; regionIds: string[] }) {
  const dataset = useDataset();
  const invalidate = useThree((s) => s.invalidate);
  const { material, uniforms } = useMemo(createSkinMaterial, []);
  const positions = useMemo(() => skinPositions(mesh), [mesh]);
  const regionAttribute = mesh.geometry.getAttribute("_region");

  useEffect(() => {
    const paint = new BufferAttribute(new Float32Array((positions.length / 3) * 2), 2);
    mesh.geometry.setAttribute("referral", paint);
    mesh.material = material;
    let lastSelection: unknown;
    const apply = () => {
      const state = useAppStore.getState();
      if (state.selection !== lastSelection) {
        lastSelection = state.selection;
        paintReferral(positions, selectedReferrals(dataset, state.selection), paint.array as Float32Array);
        paint.needsUpdate = true;
      }
      const selected = state.selection?.kind === "region" ? regionIds.indexOf(state.selection.id) : -1;
      uniforms.selectedRegion.value = selected;
      uniforms.hoverRegion.value = state.hover?.kind === "region" ? regionIds.indexOf(state.hover.id) : -1;
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
  }, [mesh, material, uniforms, positions, dataset, regionIds, invalidate]);

  const regionOf = (event: ThreeEvent<PointerEvent | MouseEvent>): string | undefined => {
    const vertex = event.face?.a;
    if (vertex === undefined || !regionAttribute) return undefined;
    return regionIds[Math.round(regionAttribute.getX(vertex))];
  };
  /** Hidden or x-ray skin lets pointer events through to the muscles beneath. */
  const passesThrough = () => useAppStore.getState().xray || !mesh.visible;
  const onClick = (event: ThreeEvent<MouseEvent>) => {
    if (passesThrough()) return;
    event.stopPropagation();
    const region = regionOf(event);
    if (region) useAppStore.getState().select({ kind: "region", id: region });
  };
  const onPointerMove = (event: ThreeEvent<PointerEvent>) => {
    if (passesThrough()) return;
    event.stopPropagation();
    const region = regionOf(event);
    const hover = useAppStore.getState().hover;
    if (region && !(hover?.kind === "region" && hover.id === region))
      useAppStore.getState().setHover({ kind: "region", id: region });
  };
  const onPointerOut = () => {
    if (useAppStore.getState().hover?.kind === "region") useAppStore.getState().setHover(null);
  };
  return <primitive object={mesh} onClick={onClick} onPointerMove={onPointerMove} onPointerOut={onPointerOut} />;
}
