import { useThree } from "@react-three/fiber";
import { useEffect, useMemo } from "react";
import { BufferAttribute } from "three";
import { compileReferral } from "../domain/referral/compileReferral";
import { instancesOf } from "../domain/referral/muscleInstances";
import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import { paintReferral } from "./referralPaint";
import type { SkinData } from "./skinData";
import { createSkinOverlay } from "./skinOverlay";
import { createStudyMaterial } from "./studyMaterial";
import { studyView } from "./studyView";

/**
 * Study mode's patterns on the skin, drawn over it (the skin's own referral paint belongs to the
 * selection, which study mode leaves empty): the pattern a quiz shows or reveals in red, and when
 * comparing, the first muscle's pattern in red and the second's in blue.
 */
export function StudyOverlay({ skin }: { skin: SkinData }) {
  const dataset = useDataset();
  const invalidate = useThree((s) => s.invalidate);
  const patterns = useAppStore((s) => studyView(s).patterns.join(" "));
  const material = useMemo(createStudyMaterial, []);
  const mesh = useMemo(() => createSkinOverlay(skin, material), [skin, material]);

  const weights = useMemo(() => {
    const count = skin.positions.length / 3;
    const attributes = {
      studyA: new BufferAttribute(new Float32Array(count * 2), 2),
      studyB: new BufferAttribute(new Float32Array(count * 2), 2),
    };
    mesh.geometry.setAttribute("studyA", attributes.studyA);
    mesh.geometry.setAttribute("studyB", attributes.studyB);
    return attributes;
  }, [skin, mesh]);

  useEffect(() => {
    const ids = patterns ? patterns.split(" ") : [];
    [weights.studyA, weights.studyB].forEach((attribute, slot) => {
      const muscle = dataset.muscleById.get(ids[slot] ?? "");
      const referrals = muscle ? instancesOf(muscle).map((instance) => compileReferral(instance, dataset)) : [];
      paintReferral(skin.positions, skin.parts, referrals, attribute.array as Float32Array);
      attribute.needsUpdate = true;
    });
    const apply = () => {
      mesh.visible = ids.length > 0 && useAppStore.getState().layers.skin;
      invalidate();
    };
    apply();
    return useAppStore.subscribe(apply);
  }, [dataset, skin, mesh, weights, patterns, invalidate]);

  useEffect(
    () => () => {
      mesh.geometry.dispose();
      material.dispose();
    },
    [mesh, material],
  );

  return <primitive object={mesh} />;
}
