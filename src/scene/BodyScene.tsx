import { useCallback, useEffect, useRef } from "react";
import { Bones } from "./Bones";
import type { BodyModel } from "./bodyModel";
import { CameraRig } from "./CameraRig";
import { buildPickingWhenIdle } from "./lazyPicking";
import { MuscleMesh } from "./MuscleMesh";
import { loadBodyModel, useModelLoad } from "./modelLoader";
import { SceneReadyFlag } from "./SceneReadyFlag";
import { Skin } from "./Skin";
import { TriggerPointMarkers } from "./TriggerPointMarkers";

/** The generated body: skin, muscles, bones and trigger-point markers, with the camera rig; nothing until it has loaded. */
export function BodyScene() {
  const load = useModelLoad();
  useEffect(loadBodyModel, []);
  if (load.status !== "ready") return null;
  return <LoadedBody model={load.model} />;
}

function LoadedBody({ model }: { model: BodyModel }) {
  const stopPicking = useRef<() => void>(undefined);
  useEffect(() => () => stopPicking.current?.(), []);
  const onReady = useCallback(() => {
    const meshes = [...(model.skin ? [model.skin] : []), ...[...model.muscles.values()].map((part) => part.mesh)];
    stopPicking.current = buildPickingWhenIdle(meshes);
  }, [model]);
  return (
    <>
      {model.skin && <Skin mesh={model.skin} regionIds={model.regionIds} />}
      {[...model.muscles.values()].map((part) => (
        <MuscleMesh key={part.key} part={part} />
      ))}
      <Bones bones={model.bones} />
      <TriggerPointMarkers model={model} />
      <CameraRig model={model} />
      <SceneReadyFlag onReady={onReady} />
    </>
  );
}
