import { useText } from "../i18n/useText";
import { useDataset } from "../state/datasetContext";
import { LocalText } from "./LocalText";
import { TextList } from "./TextList";

/** What a dry-needling session is like, precautions and when to see a doctor first. */
export function SafetySection() {
  const { t } = useText();
  const { safety } = useDataset();
  return (
    <details className="safety">
      <summary>{t("safety.summary")}</summary>
      <p>
        <LocalText text={safety.session.summary} />
      </p>
      <TextList title={t("safety.steps")} items={safety.session.steps} />
      <TextList title={t("safety.precautions")} items={safety.precautions} />
      <TextList title={t("safety.tellYourProvider")} items={safety.tellYourProvider} />
      <TextList title={t("safety.sideEffects")} items={safety.sideEffects} />
      <section>
        <h2>{t("safety.versusAcupuncture")}</h2>
        <p>
          <LocalText text={safety.versusAcupuncture} />
        </p>
      </section>
      <section>
        <h2>{t("safety.evidence")}</h2>
        <p>
          <LocalText text={safety.evidence} />
        </p>
      </section>
      <TextList title={t("common.seeADoctorFirst")} items={safety.seeADoctorFirst} />
    </details>
  );
}
