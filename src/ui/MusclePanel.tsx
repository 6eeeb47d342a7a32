import { Fragment, type ReactNode, useMemo } from "react";
import { conditionsOfMuscle } from "../domain/queries/conditionsOfMuscle";
import { useText } from "../i18n/useText";
import { useDataset, useLocalization } from "../state/datasetContext";
import type { Audience } from "../state/selectionTypes";
import { useAppStore } from "../state/store";
import { EnglishTag } from "./EnglishTag";
import { GroupPatternLine } from "./GroupPatternLine";
import { LocalText } from "./LocalText";
import { MuscleClinical } from "./MuscleClinical";
import { MuscleSubtitle } from "./MuscleSubtitle";
import { PresentButton } from "./presentation/PresentButton";
import { RedFlags } from "./RedFlags";
import { RelatedConditions } from "./RelatedConditions";
import { SessionGuide } from "./SessionGuide";
import { SessionGuideEntry } from "./SessionGuideEntry";
import { StudySection } from "./StudySection";
import { TextList } from "./TextList";
import { TriggerPointList } from "./TriggerPointList";

/** The panel's sections, named so each audience can order them. */
type Part =
  | "redFlags"
  | "selfCare"
  | "session"
  | "clinical"
  | "study"
  | "pattern"
  | "triggerPoints"
  | "symptoms"
  | "conditions";

/**
 * What each audience sees after the summary, in order: patients the signs that need a doctor,
 * self-care and what a session is like first; practitioners the anatomy, needling and danger zones
 * open; students the study section. Practitioner detail folds at the end for patients and students.
 */
const order: Record<Audience, Part[]> = {
  patient: ["redFlags", "selfCare", "session", "pattern", "triggerPoints", "symptoms", "conditions", "clinical"],
  practitioner: ["clinical", "pattern", "triggerPoints", "symptoms", "conditions", "selfCare"],
  student: ["study", "pattern", "triggerPoints", "symptoms", "conditions", "selfCare", "clinical"],
};

/**
 * A muscle: its plain summary, then its sections in the order and wording of the audience chosen in
 * the header; or, while it is open, "What a session is like" for it. Trigger-point text is not
 * translated: other languages mark it as English.
 */
export function MusclePanel({ id }: { id: string }) {
  const { t } = useText();
  const dataset = useDataset();
  const { lang } = useLocalization();
  const audience = useAppStore((s) => s.audience);
  const sessionGuide = useAppStore((s) => s.sessionStep !== null);
  const muscle = dataset.muscleById.get(id);
  const conditions = useMemo(() => conditionsOfMuscle(dataset, id), [dataset, id]);
  if (!muscle) return null;
  if (sessionGuide) return <SessionGuide muscleId={id} />;
  const english = lang === "en" ? undefined : "en";
  const parts: Record<Part, ReactNode> = {
    redFlags: <RedFlags flags={dataset.safety.seeADoctorFirst} />,
    selfCare: <TextList title={t(`muscle.selfCare.${audience}`)} items={muscle.selfCare} />,
    session: <SessionGuideEntry />,
    clinical: <MuscleClinical id={id} />,
    study: <StudySection muscleId={id} />,
    pattern: (
      <section aria-labelledby="pattern-heading">
        <h2 id="pattern-heading">{t(`muscle.pattern.${audience}`)}</h2>
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
    ),
    triggerPoints: (
      <section aria-labelledby="tp-heading">
        <h2 id="tp-heading">
          {t(`muscle.triggerPoints.${audience}`)}
          {english && (
            <>
              {" "}
              <EnglishTag />
            </>
          )}
        </h2>
        <TriggerPointList points={muscle.triggerPoints} lang={english} />
      </section>
    ),
    symptoms: <TextList title={t(`muscle.symptoms.${audience}`)} items={muscle.symptoms} />,
    conditions: <RelatedConditions conditions={conditions} />,
  };
  return (
    <>
      <MuscleSubtitle muscle={muscle} latin={audience !== "patient"} />
      <p className="lead">
        <LocalText text={muscle.summary} />
      </p>
      <PresentButton source={{ kind: "muscle", id }} />
      {order[audience].map((part) => (
        <Fragment key={part}>{parts[part]}</Fragment>
      ))}
    </>
  );
}
