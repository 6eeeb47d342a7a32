import { AUDIENCES, type Audience } from "../state/selectionTypes";
import { useAppStore } from "../state/store";

/** The switch's words, in one place for translation. */
const words = {
  legend: "Show for",
  audiences: { patient: "Patients", practitioner: "Practitioners", student: "Students" },
  hints: {
    patient: "Plain words, self-care and when to see a doctor first",
    practitioner: "Anatomy, needling and danger zones",
    student: "Anatomy and study tools",
  },
} satisfies { legend: string; audiences: Record<Audience, string>; hints: Record<Audience, string> };

/**
 * Who the panel speaks to: patients, practitioners or students. Remembered on this device and
 * carried in the link (`for=`); each audience sees its own wording and depth in the panel.
 */
export function AudienceSwitch() {
  const audience = useAppStore((s) => s.audience);
  const setViewState = useAppStore((s) => s.setViewState);
  return (
    <fieldset className="segmented audience-switch">
      <legend>{words.legend}</legend>
      {AUDIENCES.map((option) => (
        <button
          key={option}
          type="button"
          title={words.hints[option]}
          aria-pressed={audience === option}
          onClick={() => setViewState({ audience: option })}
        >
          {words.audiences[option]}
        </button>
      ))}
    </fieldset>
  );
}
