import { Fragment, type ReactNode, useMemo } from "react";
import { conditionsOfMuscle } from "../domain/queries/conditionsOfMuscle";
import { useDataset } from "../state/datasetContext";
import type { Audience } from "../state/selectionTypes";
import { useAppStore } from "../state/store";
import { GroupPatternLine } from "./GroupPatternLine";
import { MuscleClinical } from "./MuscleClinical";
import { PresentButton } from "./presentation/PresentButton";
import { RedFlags } from "./RedFlags";
import { RelatedConditions } from "./RelatedConditions";
import { SessionGuide } from "./SessionGuide";
import { SessionGuideEntry } from "./SessionGuideEntry";
import { StudySection } from "./StudySection";
import { TextList } from "./TextList";
import { TriggerPointList } from "./TriggerPointList";

/** The panel's words per audience, in one place for translation. */
const words = {
  alsoCalled: (names: string) => `Also called ${names}`,
  pattern: { patient: "Where you may feel it", practitioner: "Where it refers pain", student: "Where it refers pain" },
  triggerPoints: {
    patient: "Tender spots (trigger points)",
    practitioner: "Trigger points",
    student: "Trigger points",
  },
  symptoms: { patient: "What people notice", practitioner: "Symptoms", student: "Symptoms" },
  selfCare: { patient: "What you can do yourself", practitioner: "Self-care to advise", student: "Self-care" },
  legend: { essential: "essential zone", spillover: "spillover zone", triggerPoint: "trigger point" },
} satisfies Record<string, unknown>;

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
 * the header; or, while it is open, "What a session is like" for it.
 */
export function MusclePanel({ id }: { id: string }) {
  const dataset = useDataset();
  const audience = useAppStore((s) => s.audience);
  const sessionGuide = useAppStore((s) => s.sessionStep !== null);
  const muscle = dataset.muscleById.get(id);
  const conditions = useMemo(() => conditionsOfMuscle(dataset, id), [dataset, id]);
  if (!muscle) return null;
  if (sessionGuide) return <SessionGuide muscleId={id} />;
  const latin = audience !== "patient";
  const aliases = muscle.aliases.length > 0;
  const parts: Record<Part, ReactNode> = {
    redFlags: <RedFlags flags={dataset.safety.seeADoctorFirst} />,
    selfCare: <TextList title={words.selfCare[audience]} items={muscle.selfCare} />,
    session: <SessionGuideEntry />,
    clinical: <MuscleClinical id={id} />,
    study: <StudySection muscleId={id} />,
    pattern: (
      <section aria-labelledby="pattern-heading">
        <h2 id="pattern-heading">{words.pattern[audience]}</h2>
        <p>{muscle.referral.description}</p>
        {muscle.referral.groupPattern && <GroupPatternLine muscleId={id} group={muscle.referral.groupPattern} />}
        <p className="legend">
          <span className="swatch swatch-essential" aria-hidden="true" /> {words.legend.essential}
          <span className="swatch swatch-spillover" aria-hidden="true" /> {words.legend.spillover}
          <span className="swatch swatch-tp" aria-hidden="true">
            ×
          </span>{" "}
          {words.legend.triggerPoint}
        </p>
      </section>
    ),
    triggerPoints: (
      <section aria-labelledby="tp-heading">
        <h2 id="tp-heading">{words.triggerPoints[audience]}</h2>
        <TriggerPointList points={muscle.triggerPoints} />
      </section>
    ),
    symptoms: <TextList title={words.symptoms[audience]} items={muscle.symptoms} />,
    conditions: <RelatedConditions conditions={conditions} />,
  };
  return (
    <>
      {(latin || aliases) && (
        <p className="subtitle">
          {latin && <i>{muscle.latinName}</i>}
          {latin && aliases && " · "}
          {aliases && words.alsoCalled(muscle.aliases.join(", "))}
        </p>
      )}
      <p className="lead">{muscle.summary}</p>
      <PresentButton source={{ kind: "muscle", id }} />
      {order[audience].map((part) => (
        <Fragment key={part}>{parts[part]}</Fragment>
      ))}
    </>
  );
}
