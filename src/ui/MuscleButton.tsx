import type { ZoneKind } from "../domain/schema/zoneSchema";
import { useText } from "../i18n/useText";
import { useDataset } from "../state/datasetContext";
import type { Side } from "../state/selectionTypes";
import { useAppStore } from "../state/store";
import { LocalText } from "./LocalText";

/** A button naming a muscle (and side, and whether it refers essential or spillover pain); it selects the muscle. */
export function MuscleButton({
  id,
  kind,
  side,
  detail,
}: {
  id: string;
  kind?: ZoneKind;
  side?: Side;
  detail?: string;
}) {
  const { t } = useText();
  const dataset = useDataset();
  const select = useAppStore((s) => s.select);
  const muscle = dataset.muscleById.get(id);
  if (!muscle) return null;
  return (
    <button
      type="button"
      className="list-button"
      onClick={() => select(side ? { kind: "muscle", id, side } : { kind: "muscle", id })}
    >
      <span>
        <LocalText text={muscle.name} />
        {side && <span className="side"> ({t(`side.${side}`)})</span>}
        {detail && <span className="detail"> · {detail}</span>}
      </span>
      {kind && <span className={`tag tag-${kind}`}>{t(`zone.${kind}`)}</span>}
    </button>
  );
}
