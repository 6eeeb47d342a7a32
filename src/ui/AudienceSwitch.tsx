import { useAppStore } from "../state/store";

/** Patient or practitioner: the practitioner view opens the clinical detail right below this switch. */
export function AudienceSwitch() {
  const audience = useAppStore((s) => s.audience);
  const setViewState = useAppStore((s) => s.setViewState);
  return (
    <fieldset className="segmented audience-switch">
      <legend>Detail for</legend>
      <button type="button" aria-pressed={audience === "patient"} onClick={() => setViewState({ audience: "patient" })}>
        Patients
      </button>
      <button
        type="button"
        aria-pressed={audience === "practitioner"}
        onClick={() => setViewState({ audience: "practitioner" })}
      >
        Practitioners
      </button>
    </fieldset>
  );
}
