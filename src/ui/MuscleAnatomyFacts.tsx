import type { Muscle } from "../domain/schema/muscleSchema";
import { useText } from "../i18n/useText";
import { useLocalization } from "../state/datasetContext";

/**
 * A muscle's origin, insertion, action and innervation as a list of facts (practitioners and
 * students); the facts stay English in every language, marked as such.
 */
export function MuscleAnatomyFacts({ muscle }: { muscle: Muscle }) {
  const { t } = useText();
  const english = useLocalization().lang === "en" ? undefined : "en";
  const { anatomy } = muscle;
  return (
    <dl className="facts">
      <dt>{t("clinical.origin")}</dt>
      <dd lang={english}>{anatomy.origin}</dd>
      <dt>{t("clinical.insertion")}</dt>
      <dd lang={english}>{anatomy.insertion}</dd>
      <dt>{t("clinical.action")}</dt>
      <dd lang={english}>{anatomy.action}</dd>
      <dt>{t("clinical.innervation")}</dt>
      <dd lang={english}>{anatomy.innervation}</dd>
    </dl>
  );
}
