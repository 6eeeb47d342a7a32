import { useMemo } from "react";
import { Bones } from "./Bones";
import { CameraRig } from "./CameraRig";
import { MuscleMesh } from "./MuscleMesh";
import { createCoverIndex } from "./muscleCover";
import { SceneReadyFlag } from "./SceneReadyFlag";
import { Skin } from "./Skin";
import { createSkinProbe } from "./skinProbe";
import { TapAssist } from "./TapAssist";
import { TriggerPointMarkers } from "./TriggerPointMarkers";
import { useBodyModel } from "./useBodyModel";

/** The generated body: skin, muscles, bones and trigger-point markers, with the camera rig. Suspends while loading. */
export function BodyScene() {
  const model = useBodyModel();
  const probe = useMemo(() => (model.skinData ? createSkinProbe(model.skinData) : null), [model]);
  const cover = useMemo(() => createCoverIndex(model, probe), [model, probe]);
  return (
    <>
      {model.skinData && <Skin skin={model.skinData} />}
      {[...model.muscles.values()].map((part) => (
        <MuscleMesh key={part.key} part={part} cover={cover} probe={probe} />
      ))}
      <Bones bones={model.bones} />
      <TriggerPointMarkers model={model} cover={cover} probe={probe} />
      <CameraRig model={model} cover={cover} probe={probe} />
      <TapAssist model={model} probe={probe} />
      <SceneReadyFlag />
    </>
  );
}
