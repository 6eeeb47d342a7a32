import { Bones } from "./Bones";
import { CameraRig } from "./CameraRig";
import { MuscleMesh } from "./MuscleMesh";
import { SceneReadyFlag } from "./SceneReadyFlag";
import { Skin } from "./Skin";
import { TriggerPointMarkers } from "./TriggerPointMarkers";
import { useBodyModel } from "./useBodyModel";

/** The generated body: skin, muscles, bones and trigger-point markers, with the camera rig. Suspends while loading. */
export function BodyScene() {
  const model = useBodyModel();
  return (
    <>
      {model.skinData && <Skin skin={model.skinData} />}
      {[...model.muscles.values()].map((part) => (
        <MuscleMesh key={part.key} part={part} />
      ))}
      <Bones bones={model.bones} />
      <TriggerPointMarkers model={model} />
      <CameraRig model={model} />
      <SceneReadyFlag />
    </>
  );
}
