import { useCallback, useEffect, useMemo, useRef } from "react";
import { AudienceScene } from "./AudienceScene";
import { Bones } from "./Bones";
import type { BodyModel } from "./bodyModel";
import { CameraRig } from "./CameraRig";
import { HandoutCamera } from "./HandoutCamera";
import { buildPickingWhenIdle, loadPicking } from "./lazyPicking";
import { MuscleMesh } from "./MuscleMesh";
import { loadBodyModel, useModelLoad } from "./modelLoader";
import { createCoverIndex } from "./muscleCover";
import { SceneReadyFlag } from "./SceneReadyFlag";
import { SessionNeedle } from "./SessionNeedle";
import { Skin } from "./Skin";
import { createSkinProbe } from "./skinProbe";
import { TapAssist } from "./TapAssist";
import { TriggerPointMarkers } from "./TriggerPointMarkers";

/** The generated body: skin, muscles, bones and trigger-point markers, with the camera rig; nothing until it has loaded. */
export function BodyScene() {
  const load = useModelLoad();
  useEffect(loadBodyModel, []);
  if (load.status !== "ready") return null;
  return <LoadedBody model={load.model} />;
}

function LoadedBody({ model }: { model: BodyModel }) {
  const probe = useMemo(() => (model.skinData ? createSkinProbe(model.skinData) : null), [model]);
  const cover = useMemo(() => createCoverIndex(model, probe), [model, probe]);
  const stopPicking = useRef<() => void>(undefined);
  useEffect(() => {
    void loadPicking();
    return () => stopPicking.current?.();
  }, []);
  const onReady = useCallback(() => {
    const meshes = [...(model.skin ? [model.skin] : []), ...[...model.muscles.values()].map((part) => part.mesh)];
    stopPicking.current = buildPickingWhenIdle(meshes);
  }, [model]);
  return (
    <>
      {model.skinData && <Skin skin={model.skinData} />}
      {[...model.muscles.values()].map((part) => (
        <MuscleMesh key={part.key} part={part} cover={cover} probe={probe} />
      ))}
      <Bones bones={model.bones} />
      <TriggerPointMarkers model={model} cover={cover} probe={probe} />
      <SessionNeedle model={model} cover={cover} />
      <HandoutCamera model={model} probe={probe} />
      <CameraRig model={model} cover={cover} probe={probe} />
      <TapAssist model={model} probe={probe} />
      <AudienceScene model={model} cover={cover} probe={probe} />
      <SceneReadyFlag onReady={onReady} />
    </>
  );
}
