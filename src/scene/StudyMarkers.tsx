import { Billboard } from "@react-three/drei";
import { useFrame } from "@react-three/fiber";
import { useMemo, useRef } from "react";
import { type Object3D, Vector3 } from "three";
import { useAppStore } from "../state/store";
import type { BodyModel } from "./bodyModel";
import type { CoverIndex } from "./muscleCover";
import { type StudyView, studyViewKey } from "./studyView";

const ARM = 0.016;
const WIDTH = 0.0035;
const TAP_COLORS = { right: "#2fbf71", wrong: "#f5b700" } as const;

/** An X facing the camera, drawn over what is in front of it (a trigger point lies under the skin). */
function StudyX() {
  return (
    <Billboard renderOrder={10}>
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

/**
 * Study mode's marks: X markers at the trigger points of the muscles it shows (those on the side
 * of the body turned to the camera), and a dot where a tap question was answered, green when right
 * and yellow when not.
 */
export function StudyMarkers({ model, cover }: { model: BodyModel; cover: CoverIndex }) {
  const key = useAppStore(studyViewKey);
  const view = useMemo(() => JSON.parse(key) as StudyView, [key]);
  const points = useMemo(
    () =>
      [...model.muscles.values()]
        .filter((part) => view.triggerPoints.includes(part.muscleId))
        .flatMap((part) =>
          part.triggerPoints.map((tp) => ({
            key: `${part.key}:${tp.id}`,
            position: new Vector3(...tp.position),
            facing: cover.facing(part),
          })),
        ),
    [model, cover, view],
  );
  const groups = useRef(new Map<string, Object3D>());
  const toCamera = useMemo(() => new Vector3(), []);
  useFrame(({ camera }) => {
    for (const point of points) {
      const group = groups.current.get(point.key);
      if (group) group.visible = toCamera.subVectors(camera.position, point.position).dot(point.facing) > 0;
    }
  });
  return (
    <group name="study-marks">
      {points.map((point) => (
        <group
          key={point.key}
          position={point.position}
          ref={(object) => {
            if (object) groups.current.set(point.key, object);
            else groups.current.delete(point.key);
          }}
        >
          <StudyX />
        </group>
      ))}
      {view.tap && (
        <mesh position={view.tap.at} renderOrder={12}>
          <sphereGeometry args={[0.009, 16, 12]} />
          <meshBasicMaterial color={view.tap.correct ? TAP_COLORS.right : TAP_COLORS.wrong} />
        </mesh>
      )}
    </group>
  );
}
