import { useMemo } from "react";
import { conditionsOfMuscle } from "../domain/queries/conditionsOfMuscle";
import { useText } from "../i18n/useText";
import { useDataset, useLocalization } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import { EnglishTag } from "./EnglishTag";
import { GroupPatternLine } from "./GroupPatternLine";
import { LocalText } from "./LocalText";
import { MuscleClinical } from "./MuscleClinical";
import { RelatedConditions } from "./RelatedConditions";
import { TextList } from "./TextList";
import { TriggerPointList } from "./TriggerPointList";

/**
 * A muscle: plain summary, where it refers, its numbered trigger points, symptoms, conditions and
 * self-care. The clinical detail opens right under the summary for practitioners, and folds at
 * the end for patients.
 */
export function MusclePanel({ id }: { id: string }) {
  const { t } = useText();
  const dataset = useDataset();
  const { lang, untranslated } = useLocalization();
  const practitioner = useAppStore((s) => s.audience === "practitioner");
  const muscle = dataset.muscleById.get(id);
  const conditions = useMemo(() => conditionsOfMuscle(dataset, id), [dataset, id]);
  if (!muscle) return null;
  const aliasesInEnglish = muscle.aliases.some((alias) => untranslated.has(alias));
  const [calledBefore, calledAfter] = t("muscle.alsoCalled", { names: "\u0000" }).split("\u0000");
  return (
    <>
      <p className="subtitle">
        <i lang="la">{muscle.latinName}</i>
        {muscle.aliases.length > 0 && (
          <>
            {" · "}
            {calledBefore}
            <span lang={aliasesInEnglish ? "en" : undefined}>{muscle.aliases.join(", ")}</span>
            {calledAfter}
            {aliasesInEnglish && (
              <>
                {" "}
                <EnglishTag />
              </>
            )}
          </>
        )}
      </p>
      <p className="lead">
        <LocalText text={muscle.summary} />
      </p>
      {practitioner && <MuscleClinical id={id} />}
      <section aria-labelledby="pattern-heading">
        <h2 id="pattern-heading">{t("muscle.pattern")}</h2>
        <p>
          <LocalText text={muscle.referral.description} />
        </p>
        {muscle.referral.groupPattern && <GroupPatternLine muscleId={id} group={muscle.referral.groupPattern} />}
        <p className="legend">
          <span className="swatch swatch-essential" aria-hidden="true" /> {t("muscle.essentialZone")}
          <span className="swatch swatch-spillover" aria-hidden="true" /> {t("muscle.spilloverZone")}
          <span className="swatch swatch-tp" aria-hidden="true">
            ×
          </span>{" "}
          {t("muscle.triggerPoint")}
        </p>
      </section>
      <section aria-labelledby="tp-heading">
        <h2 id="tp-heading">
          {t("muscle.triggerPoints")}
          {lang !== "en" && (
            <>
              {" "}
              <EnglishTag />
            </>
          )}
        </h2>
        <TriggerPointList points={muscle.triggerPoints} lang={lang === "en" ? undefined : "en"} />
      </section>
      <TextList title={t("muscle.symptoms")} items={muscle.symptoms} />
      <RelatedConditions conditions={conditions} />
      <TextList title={t("common.selfCare")} items={muscle.selfCare} />
      {!practitioner && <MuscleClinical id={id} />}
    </>
  );
}
