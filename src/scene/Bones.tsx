import { useThree } from "@react-three/fiber";
import { useEffect, useMemo } from "react";
import { type Mesh, MeshStandardMaterial } from "three";
import { useAppStore } from "../state/store";

/** The light skeletal proxies, shown with the Bones layer. */
export function Bones({ bones }: { bones: Mesh[] }) {
  const invalidate = useThree((s) => s.invalidate);
  const shown = useAppStore((s) => s.layers.bones);
  const material = useMemo(() => new MeshStandardMaterial({ color: "#e8e2d0", roughness: 0.8 }), []);
  useEffect(() => {
    for (const bone of bones) {
      bone.material = material;
      bone.visible = shown;
      bone.raycast = () => undefined;
    }
    invalidate();
  }, [bones, material, shown, invalidate]);
  useEffect(() => () => material.dispose(), [material]);
  return (
    <>
      {bones.map((bone) => (
        <primitive key={bone.name} object={bone} />
      ))}
    </>
  );
}
