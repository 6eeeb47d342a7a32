import { Html } from "@react-three/drei";
import { useFrame, useThree } from "@react-three/fiber";
import { useEffect, useMemo, useRef } from "react";
import { BufferAttribute, Vector3 } from "three";
import { drawnDangerZones } from "../domain/safety/dangerZoneAreas";
import type { DangerZone } from "../domain/schema/safetySchema";
import { useDataset } from "../state/datasetContext";
import { type AppState, useAppStore } from "../state/store";
import { createDangerZoneMaterial } from "./dangerZoneMaterial";
import { dangerLabelAnchors, paintDangerZones } from "./dangerZonePaint";
import type { SkinData } from "./skinData";
import { createSkinOverlay } from "./skinOverlay";

/** Most zones that get labels on the model (a muscle's own); with more, the legend beside the view names them. */
const MOST_LABELS = 4;

/** A label's text: the structure and how deep it lies. */
const labelText = (zone: DangerZone) =>
  zone.depthMm ? `${zone.name}: from ${zone.depthMm.min}-${zone.depthMm.max} mm deep` : zone.name;

/** Whose danger zones are drawn: null for none, "" for every zone, else the selected muscle's id. */
export function dangerZonesFor(state: AppState): string | null {
  if (state.audience !== "practitioner" || !state.dangerZonesShown) return null;
  return state.selection?.kind === "muscle" ? state.selection.id : "";
}

/**
 * The practitioners' danger zones on the skin: violet hatching over the lung fields, the kidneys
 * and the main neurovascular bundles where `safety.json` outlines them (a selected muscle's own
 * zones only), labelled with their depth when few are drawn.
 */
export function DangerZoneOverlay({ skin }: { skin: SkinData }) {
  const dataset = useDataset();
  const invalidate = useThree((s) => s.invalidate);
  const shownFor = useAppStore(dangerZonesFor);
  const material = useMemo(createDangerZoneMaterial, []);
  const mesh = useMemo(() => createSkinOverlay(skin, material), [skin, material]);
  const zones = useMemo(
    () => (shownFor === null ? [] : drawnDangerZones(dataset, shownFor || undefined)),
    [dataset, shownFor],
  );
  const anchors = useMemo(() => (zones.length <= MOST_LABELS ? dangerLabelAnchors(skin, zones) : []), [skin, zones]);
  const labels = useRef(new Map<string, HTMLElement>());

  const weights = useMemo(() => {
    const attribute = new BufferAttribute(new Float32Array(skin.positions.length / 3), 1);
    mesh.geometry.setAttribute("danger", attribute);
    return attribute;
  }, [skin, mesh]);

  useEffect(() => {
    paintDangerZones(skin, zones, weights.array as Float32Array);
    weights.needsUpdate = true;
    const apply = () => {
      mesh.visible = zones.length > 0 && useAppStore.getState().layers.skin;
      invalidate();
    };
    apply();
    return useAppStore.subscribe(apply);
  }, [skin, zones, mesh, weights, invalidate]);

  useEffect(
    () => () => {
      mesh.geometry.dispose();
      material.dispose();
    },
    [mesh, material],
  );

  const toCamera = useMemo(() => new Vector3(), []);
  useFrame(({ camera }) => {
    const best = new Map<string, { key: string; facing: number }>();
    for (const anchor of anchors) {
      const v = anchor.vertex;
      toCamera
        .set(skin.positions[v * 3] ?? 0, skin.positions[v * 3 + 1] ?? 0, skin.positions[v * 3 + 2] ?? 0)
        .subVectors(camera.position, toCamera)
        .normalize();
      const facing =
        toCamera.x * (skin.normals[v * 3] ?? 0) +
        toCamera.y * (skin.normals[v * 3 + 1] ?? 0) +
        toCamera.z * (skin.normals[v * 3 + 2] ?? 0);
      const key = `${anchor.zone.id}.${anchor.side}`;
      if (facing > 0.2 && facing > (best.get(anchor.zone.id)?.facing ?? 0)) best.set(anchor.zone.id, { key, facing });
    }
    const shown = new Set([...best.values()].map((b) => b.key));
    for (const [key, label] of labels.current) label.hidden = !mesh.visible || !shown.has(key);
  });

  return (
    <>
      <primitive object={mesh} />
      {anchors.map((anchor) => {
        const key = `${anchor.zone.id}.${anchor.side}`;
        const v = anchor.vertex;
        return (
          <group
            key={key}
            position={[skin.positions[v * 3] ?? 0, skin.positions[v * 3 + 1] ?? 0, skin.positions[v * 3 + 2] ?? 0]}
          >
            <Html zIndexRange={[15, 5]}>
              <div
                className="danger-label"
                aria-hidden="true"
                hidden
                ref={(element) => {
                  if (element) labels.current.set(key, element);
                  else labels.current.delete(key);
                }}
              >
                {labelText(anchor.zone)}
              </div>
            </Html>
          </group>
        );
      })}
    </>
  );
}
