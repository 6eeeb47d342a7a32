import type { MuscleEntry } from "../../domain/datasetTypes";
import { useDataset } from "../../state/datasetContext";
import { useAppStore } from "../../state/store";

const text = {
  intro: "Pick two muscles: both patterns are painted on the body, the first in red and the second in blue.",
  slot: ["First muscle (red)", "Second muscle (blue)"],
  choose: "Choose a muscle",
  caption: "The two muscles side by side",
  fact: "Fact",
  open: (name: string) => `Open the ${name}`,
} as const;

/** The facts compared, in order, each read off a muscle. */
const facts: { label: string; value: (m: MuscleEntry, regionName: (id: string) => string) => string }[] = [
  { label: "Latin name", value: (m) => m.latinName },
  { label: "Refers pain to", value: (m) => m.referral.description },
  { label: "Trigger points", value: (m) => m.triggerPoints.map((tp, i) => `${i + 1}. ${tp.name}`).join("; ") },
  { label: "Regions", value: (m, regionName) => m.regions.map(regionName).join(", ") },
  { label: "Layer", value: (m) => m.layer },
  { label: "Action", value: (m) => m.anatomy.action },
  { label: "Innervation", value: (m) => m.anatomy.innervation },
];

/** Two muscles side by side: both patterns on the body in two colours, and their key facts in two columns. */
export function CompareView() {
  const dataset = useDataset();
  const compared = useAppStore((s) => s.compared);
  const setCompared = useAppStore((s) => s.setCompared);
  const select = useAppStore((s) => s.select);
  const byName = [...dataset.muscles].sort((a, b) => a.name.localeCompare(b.name));
  const muscles = compared.map((id) => (id ? dataset.muscleById.get(id) : undefined));
  const regionName = (id: string) => dataset.regionById.get(id)?.name ?? id;
  return (
    <>
      <p>{text.intro}</p>
      <div className="compare-pickers">
        {([0, 1] as const).map((slot) => (
          <label key={slot} className={`study-field compare-slot-${slot}`}>
            <span>
              <span className={`swatch swatch-compare-${slot}`} aria-hidden="true" /> {text.slot[slot]}
            </span>
            <select value={compared[slot] ?? ""} onChange={(event) => setCompared(slot, event.target.value || null)}>
              <option value="">{text.choose}</option>
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
          <caption className="visually-hidden">{text.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{text.fact}</th>
              {muscles.map((m, slot) => (
                <th scope="col" key={m?.id ?? slot} className={`compare-slot-${slot}`}>
                  {m ? (
                    <button
                      type="button"
                      className="link-button"
                      title={text.open(m.name)}
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
                <th scope="row">{fact.label}</th>
                {muscles.map((m, slot) => (
                  <td key={m?.id ?? slot}>{m ? fact.value(m, regionName) : ""}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
