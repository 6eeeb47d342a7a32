import type { BodyModel } from "./bodyModel";
import { DangerZoneOverlay } from "./DangerZoneOverlay";
import type { CoverIndex } from "./muscleCover";
import { StudyCamera } from "./StudyCamera";
import { StudyMarkers } from "./StudyMarkers";
import { StudyOverlay } from "./StudyOverlay";
import { StudyTapCatcher } from "./StudyTapCatcher";
import type { SkinProbe } from "./skinProbe";

/** What the practitioner and student views add to the model: the danger-zone overlay and study mode's marks, camera and taps. */
export function AudienceScene({
  model,
  cover,
  probe,
}: {
  model: BodyModel;
  cover: CoverIndex;
  probe: SkinProbe | null;
}) {
  return (
    <>
      {model.skinData && <DangerZoneOverlay skin={model.skinData} />}
      {model.skinData && <StudyOverlay skin={model.skinData} />}
      <StudyMarkers model={model} cover={cover} />
      <StudyCamera model={model} cover={cover} probe={probe} />
      <StudyTapCatcher model={model} probe={probe} />
    </>
  );
}
