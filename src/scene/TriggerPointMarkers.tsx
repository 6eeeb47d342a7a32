import { Billboard, Html } from "@react-three/drei";
import { useFrame, useThree } from "@react-three/fiber";
import { useMemo, useRef } from "react";
import { type Object3D, Vector3 } from "three";
import { useText } from "../i18n/useText";
import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import type { BodyModel } from "./bodyModel";
import { isHidden, type MarkerProbe, type Occluders } from "./markerOcclusion";
import type { CoverIndex } from "./muscleCover";
import { isMuscleVisible, isSelectedPart } from "./muscleLook";
import type { SkinProbe } from "./skinProbe";

const ARM = 0.016;
const WIDTH = 0.0035;

/** An X drawn on top of what is in front of it, facing the camera; yellow when its trigger point is focused. */
function XMarker({ focused }: { focused: boolean }) {
  const scale = focused ? 1.5 : 1;
  return (
    <Billboard renderOrder={10} scale={scale}>
      {[Math.PI / 4, -Math.PI / 4].map((angle) => (
        <group key={angle} rotation={[0, 0, angle]}>
          <mesh renderOrder={10}>
            <planeGeometry args={[ARM + 0.004, WIDTH + 0.003]} />
            <meshBasicMaterial color="#ffffff" depthTest={false} transparent />
          </mesh>
          <mesh renderOrder={11}>
            <planeGeometry args={[ARM, WIDTH]} />
            <meshBasicMaterial color={focused ? "#f5b700" : "#111111"} depthTest={false} transparent />
          </mesh>
        </group>
      ))}
    </Billboard>
  );
}

interface Marker extends MarkerProbe {
  key: string;
  id: string;
  number: number;
  name: string;
}

/**
 * X markers at the selected muscle's trigger points (where the generator placed them on its mesh),
 * numbered as in the panel. A marker hides when the body is in front of it; pressing its number
 * highlights that trigger point's text in the panel. None while the session explainer shows its needle.
 */
export function TriggerPointMarkers({
  model,
  cover,
  probe,
}: {
  model: BodyModel;
  cover: CoverIndex;
  probe: SkinProbe | null;
}) {
  const dataset = useDataset();
  const selection = useAppStore((s) => s.selection);
  const sides = useAppStore((s) => s.sides);
  const layers = useAppStore((s) => s.layers);
  const isolate = useAppStore((s) => s.isolate);
  const { t } = useText();
  const focused = useAppStore((s) => s.focusedTriggerPoint);
  const focus = useAppStore((s) => s.focusTriggerPoint);
  const sessionGuide = useAppStore((s) => s.sessionStep !== null);
  const groups = useRef(new Map<string, Object3D>());
  const labels = useRef(new Map<string, HTMLElement>());
  const hiddenNow = useRef(new Map<string, boolean>());
  const invalidate = useThree((s) => s.invalidate);

  const markers = useMemo((): Marker[] => {
    if (sessionGuide) return [];
    const view = { selection, sides, layers, isolate };
    const parts = [...model.muscles.values()].filter(
      (part) => isSelectedPart(part, selection) && isMuscleVisible(part, view, "selected"),
    );
    const own = new Set<Object3D>(parts.map((part) => part.mesh));
    return parts.flatMap((part) => {
      const muscle = dataset.muscleById.get(part.muscleId);
      return part.triggerPoints.map((tp) => {
        const index = muscle?.triggerPoints.findIndex((t) => t.id === tp.id) ?? -1;
        const position = new Vector3(...tp.position);
        return {
          key: `${part.key}:${tp.id}`,
          id: tp.id,
          number: index + 1,
          name: muscle?.triggerPoints[index]?.name ?? tp.id,
          position,
          depth: probe ? Math.min(0.05, probe.closest(position).distance) : 0.02,
          own,
        };
      });
    });
  }, [model, dataset, probe, selection, sides, layers, isolate, sessionGuide]);

  useFrame(({ camera }) => {
    if (markers.length === 0) return;
    const state = useAppStore.getState();
    const skin = model.skinData?.mesh;
    const faded = state.selection ? cover.fadedFor(state.selection) : new Set<string>();
    const occluders: Occluders = {
      skin: skin?.visible && !state.xray ? skin : null,
      meshes: [
        ...[...model.muscles.values()].filter((p) => p.mesh.visible && !faded.has(p.key)).map((p) => p.mesh),
        ...model.bones.filter((bone) => bone.visible),
      ],
    };
    for (const marker of markers) {
      const hidden = isHidden(marker, camera, occluders);
      const group = groups.current.get(marker.key);
      if (group) group.visible = !hidden;
      const label = labels.current.get(marker.key);
      if (label) label.hidden = hidden;
      hiddenNow.current.set(marker.key, hidden);
    }
  });

  return (
    <group name="trigger-points">
      {markers.map((m) => (
        <group
          key={m.key}
          position={m.position}
          ref={(object) => {
            if (object) groups.current.set(m.key, object);
            else groups.current.delete(m.key);
          }}
        >
          <XMarker focused={focused === m.id} />
          <Html zIndexRange={[20, 10]}>
            <button
              type="button"
              className="tp-marker"
              data-trigger-point={m.id}
              aria-pressed={focused === m.id}
              aria-label={t("viewer.marker", { number: m.number, name: m.name })}
              hidden
              ref={(element) => {
                if (!element) {
                  labels.current.delete(m.key);
                  return;
                }
                labels.current.set(m.key, element);
                element.hidden = hiddenNow.current.get(m.key) ?? true;
                invalidate();
              }}
              onPointerDown={(event) => event.stopPropagation()}
              onPointerUp={(event) => event.stopPropagation()}
              onClick={(event) => {
                event.stopPropagation();
                focus(focused === m.id ? null : m.id);
              }}
            >
              {m.number}
            </button>
          </Html>
        </group>
      ))}
    </group>
  );
}
