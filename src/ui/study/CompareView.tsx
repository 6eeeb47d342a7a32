import type { TFunction } from "i18next";
import type { MuscleEntry } from "../../domain/datasetTypes";
import { useText } from "../../i18n/useText";
import { useDataset, useLocalization } from "../../state/datasetContext";
import { useAppStore } from "../../state/store";

type FactKey =
  | "study.factLatin"
  | "study.factRefers"
  | "study.factTriggerPoints"
  | "study.factRegions"
  | "study.factLayer"
  | "study.factAction"
  | "study.factInnervation";

const layerKey = {
  superficial: "study.layerSuperficial",
  intermediate: "study.layerIntermediate",
  deep: "study.layerDeep",
} as const;

/** The facts compared, in order, each read off a muscle (anatomy and trigger points stay English, marked). */
const facts: {
  label: FactKey;
  english: boolean;
  value: (m: MuscleEntry, regionName: (id: string) => string, t: TFunction) => string;
}[] = [
  { label: "study.factLatin", english: false, value: (m) => m.latinName },
  { label: "study.factRefers", english: false, value: (m) => m.referral.description },
  {
    label: "study.factTriggerPoints",
    english: true,
    value: (m) => m.triggerPoints.map((tp, i) => `${i + 1}. ${tp.name}`).join("; "),
  },
  { label: "study.factRegions", english: false, value: (m, regionName) => m.regions.map(regionName).join(", ") },
  { label: "study.factLayer", english: false, value: (m, _, t) => t(layerKey[m.layer]) },
  { label: "study.factAction", english: true, value: (m) => m.anatomy.action },
  { label: "study.factInnervation", english: true, value: (m) => m.anatomy.innervation },
];

/** Two muscles side by side: both patterns on the body in two colours, and their key facts in two columns. */
export function CompareView() {
  const { t, i18n } = useText();
  const dataset = useDataset();
  const english = useLocalization().lang === "en" ? undefined : "en";
  const compared = useAppStore((s) => s.compared);
  const setCompared = useAppStore((s) => s.setCompared);
  const select = useAppStore((s) => s.select);
  const byName = [...dataset.muscles].sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  const muscles = compared.map((id) => (id ? dataset.muscleById.get(id) : undefined));
  const regionName = (id: string) => dataset.regionById.get(id)?.name ?? id;
  return (
    <>
      <p>{t("study.compareIntro")}</p>
      <div className="compare-pickers">
        {([0, 1] as const).map((slot) => (
          <label key={slot} className={`study-field compare-slot-${slot}`}>
            <span>
              <span className={`swatch swatch-compare-${slot}`} aria-hidden="true" />{" "}
              {t(slot === 0 ? "study.slotFirst" : "study.slotSecond")}
            </span>
            <select value={compared[slot] ?? ""} onChange={(event) => setCompared(slot, event.target.value || null)}>
              <option value="">{t("study.choose")}</option>
              {byName.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {muscles.some(Boolean) && (
        <table className="compare-table">
          <caption className="visually-hidden">{t("study.compareCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("study.fact")}</th>
              {muscles.map((m, slot) => (
                <th scope="col" key={m?.id ?? slot} className={`compare-slot-${slot}`}>
                  {m ? (
                    <button
                      type="button"
                      className="link-button"
                      title={t("study.open", { name: m.name })}
                      onClick={() => select({ kind: "muscle", id: m.id })}
                    >
                      {m.name}
                    </button>
                  ) : (
                    "-"
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {facts.map((fact) => (
              <tr key={fact.label}>
                <th scope="row">{t(fact.label)}</th>
                {muscles.map((m, slot) => (
                  <td key={m?.id ?? slot} lang={fact.english ? english : undefined}>
                    {m ? fact.value(m, regionName, t) : ""}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
