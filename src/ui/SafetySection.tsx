import { useDataset } from "../state/datasetContext";
import { TextList } from "./TextList";

/** What a dry-needling session is like, precautions and when to see a doctor first. */
export function SafetySection() {
  const { safety } = useDataset();
  return (
    <details className="safety">
      <summary>About dry needling: what a session is like</summary>
      <p>{safety.session.summary}</p>
      <TextList title="During a session" items={safety.session.steps} />
      <TextList title="Precautions" items={safety.precautions} />
      <TextList title="Tell your practitioner about" items={safety.tellYourProvider} />
      <TextList title="Common side effects" items={safety.sideEffects} />
      <section>
        <h2>Dry needling and acupuncture</h2>
        <p>{safety.versusAcupuncture}</p>
      </section>
      <section>
        <h2>How strong is the evidence?</h2>
        <p>{safety.evidence}</p>
      </section>
      <TextList title="See a doctor first if" items={safety.seeADoctorFirst} />
    </details>
  );
}
