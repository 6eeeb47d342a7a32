import { useMemo } from "react";
import { conditionsOfRegion } from "../domain/queries/conditionsOfMuscle";
import { redFlagsFor } from "../domain/queries/redFlags";
import { regionReferrers } from "../domain/queries/regionReferrers";
import { useText } from "../i18n/useText";
import { useDataset } from "../state/datasetContext";
import { LocalText } from "./LocalText";
import { MuscleButton } from "./MuscleButton";
import { PossibleSourcesNote } from "./PossibleSourcesNote";
import { PresentButton } from "./presentation/PresentButton";
import { RedFlags } from "./RedFlags";
import { RelatedConditions } from "./RelatedConditions";

/**
 * A region: the signs that need a doctor first (from every condition felt there), the muscles
 * that refer pain into it (essential first, commoner first), those in it, and the conditions.
 */
export function RegionPanel({ id }: { id: string }) {
  const { t } = useText();
  const dataset = useDataset();
  const region = dataset.regionById.get(id);
  const referrers = useMemo(() => regionReferrers(dataset, id), [dataset, id]);
  const conditions = useMemo(() => conditionsOfRegion(dataset, id), [dataset, id]);
  const flags = useMemo(() => redFlagsFor(dataset, [id]), [dataset, id]);
  if (!region) return null;
  return (
    <>
      <p className="lead">
        <LocalText text={region.description} />
      </p>
      <PresentButton source={{ kind: "region", id }} />
      <RedFlags flags={flags} />
      <section aria-labelledby="referrers-heading">
        <h2 id="referrers-heading">{t("region.referrers")}</h2>
        <PossibleSourcesNote />
        <ol className="button-list">
          {referrers.map((r) => (
            <li key={r.muscleId}>
              <MuscleButton id={r.muscleId} kind={r.kind} />
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="located-heading">
        <h2 id="located-heading">{t("region.located")}</h2>
        <ul className="button-list">
          {region.muscles.map((muscleId) => (
            <li key={muscleId}>
              <MuscleButton id={muscleId} />
            </li>
          ))}
        </ul>
      </section>
      <RelatedConditions conditions={conditions} />
    </>
  );
}
