import { useText } from "../i18n/useText";
import { useDataset, useLocalization } from "../state/datasetContext";
import { useAppStore } from "../state/store";
import { MuscleAnatomyFacts } from "./MuscleAnatomyFacts";
import { MuscleButton } from "./MuscleButton";
import { MuscleDangerZones } from "./MuscleDangerZones";
import { TextList } from "./TextList";

/**
 * The practitioner section of a muscle: anatomy, needling, structures at risk and the danger zones
 * near it, related muscles, sources; open for practitioners. Its detail stays English in every
 * language, marked as such.
 */
export function MuscleClinical({ id }: { id: string }) {
  const { t } = useText();
  const dataset = useDataset();
  const { lang } = useLocalization();
  const english = lang === "en" ? undefined : "en";
  const open = useAppStore((s) => s.audience === "practitioner");
  const muscle = dataset.muscleById.get(id);
  if (!muscle) return null;
  const { needling } = muscle;
  return (
    <details className="clinical" open={open}>
      <summary>{t("clinical.summary")}</summary>
      {english && <p className="note-english">{t("english.practitionerNote")}</p>}
      <MuscleAnatomyFacts muscle={muscle} />
      <dl className="facts">
        <dt>{t("clinical.position")}</dt>
        <dd lang={english}>{needling.position}</dd>
        <dt>{t("clinical.approach")}</dt>
        <dd lang={english}>{needling.approach}</dd>
      </dl>
      <section>
        <h2>{t("clinical.structuresAtRisk")}</h2>
        <ul className="text-list risk-list">
          {needling.structuresAtRisk.map((risk) => (
            <li key={risk.structure}>
              <strong lang={english}>{risk.structure}</strong>
              {risk.typicalDepthMm !== undefined && <> {t("clinical.depth", { depth: risk.typicalDepthMm })}</>}:{" "}
              <span lang={english}>{risk.note}</span>
            </li>
          ))}
        </ul>
      </section>
      <MuscleDangerZones muscleId={id} />
      <TextList title={t("clinical.cautions")} items={needling.cautions} lang={english} />
      <TextList title={t("clinical.perpetuating")} items={muscle.perpetuatingFactors} lang={english} />
      <TextList title={t("clinical.differentials")} items={muscle.differentials} lang={english} />
      {muscle.associatedMuscles.length > 0 && (
        <section>
          <h2>{t("clinical.associated")}</h2>
          <ul className="button-list">
            {muscle.associatedMuscles.map((m) => (
              <li key={m}>
                <MuscleButton id={m} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h2>{t("clinical.sources")}</h2>
        <ul className="text-list">
          {muscle.sources.map((c) => {
            const source = dataset.sources.find((s) => s.id === c.source);
            return (
              <li key={`${c.source}-${c.chapter ?? c.section}`}>
                <span lang="en">{source?.title ?? c.source}</span>
                {source?.volume !== undefined && t("clinical.volume", { volume: source.volume })}
                {source && t("clinical.edition", { edition: source.edition, year: source.year })}
                {c.chapter !== undefined && t("clinical.chapter", { chapter: c.chapter })}
                {c.section && <span lang={english}>, {c.section}</span>}
              </li>
            );
          })}
        </ul>
      </section>
    </details>
  );
}
