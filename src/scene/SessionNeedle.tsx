import { useMemo } from "react";
import { DoubleSide, Quaternion, Vector3 } from "three";
import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import type { BodyModel } from "./bodyModel";
import type { CoverIndex } from "./muscleCover";
import { needlePlacement } from "./needlePlacement";

/** The needle as drawn: a steel shaft standing this far out of the skin and a gold handle, metres. */
const NEEDLE = { out: 0.03, shaftRadius: 0.0012, handleLength: 0.016, handleRadius: 0.0034 };
/** The calm teal ring around the spot, radii in metres. */
const RING = { inner: 0.011, outer: 0.017, lift: 0.002 };

/** The colour of the ring that marks the needle's spot (tests look for it). */
export const NEEDLE_SPOT_COLOR = "#19c2b0";

const Y = new Vector3(0, 1, 0);
const Z = new Vector3(0, 0, 1);

/**
 * While "What a session is like" is open: a needle at the selected muscle's trigger point (its tip
 * in the muscle, the shaft and handle standing out of the skin) and a teal ring around its spot on
 * the skin, drawn over the skin so it is never lost in it.
 */
export function SessionNeedle({ model, cover }: { model: BodyModel; cover: CoverIndex }) {
  const dataset = useDataset();
  const open = useAppStore((s) => s.sessionStep !== null);
  const selection = useAppStore((s) => s.selection);
  const focused = useAppStore((s) => s.focusedTriggerPoint);
  const placement = useMemo(
    () => (open ? needlePlacement(model, dataset, cover, selection, focused) : null),
    [open, model, dataset, cover, selection, focused],
  );
  if (!placement) return null;
  const { tip, entry, normal, axis } = placement;
  const shaftLength = entry.distanceTo(tip) + NEEDLE.out;
  const along = new Quaternion().setFromUnitVectors(Y, axis);
  const shaftCentre = tip.clone().addScaledVector(axis, shaftLength / 2);
  const handleCentre = tip.clone().addScaledVector(axis, shaftLength + NEEDLE.handleLength / 2);
  const ringCentre = entry.clone().addScaledVector(normal, RING.lift);
  return (
    <group name="session-needle">
      <mesh position={shaftCentre} quaternion={along}>
        <cylinderGeometry args={[NEEDLE.shaftRadius, NEEDLE.shaftRadius * 0.4, shaftLength, 12]} />
        <meshStandardMaterial color="#c9ced6" metalness={0.6} roughness={0.3} />
      </mesh>
      <mesh position={handleCentre} quaternion={along}>
        <cylinderGeometry args={[NEEDLE.handleRadius, NEEDLE.handleRadius, NEEDLE.handleLength, 16]} />
        <meshStandardMaterial color="#d9a441" metalness={0.4} roughness={0.4} />
      </mesh>
      <mesh position={ringCentre} quaternion={new Quaternion().setFromUnitVectors(Z, normal)} renderOrder={12}>
        <ringGeometry args={[RING.inner, RING.outer, 48]} />
        <meshBasicMaterial color={NEEDLE_SPOT_COLOR} side={DoubleSide} depthTest={false} toneMapped={false} />
      </mesh>
    </group>
  );
}
