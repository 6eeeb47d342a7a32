import { useId, useState } from "react";
import { useText } from "../i18n/useText";
import { LocalText } from "./LocalText";

/** How many signs show before "Show all". */
const SHOWN = 5;

/** "See a doctor first if": signs that need a doctor before any muscle treatment; long lists fold after five. */
export function RedFlags({ flags }: { flags: readonly string[] }) {
  const { t } = useText();
  const headingId = useId();
  const [all, setAll] = useState(false);
  if (flags.length === 0) return null;
  const shown = all ? flags : flags.slice(0, SHOWN);
  return (
    <section className="red-flags" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("common.seeADoctorFirst")}</h2>
      <ul className="text-list">
        {shown.map((flag) => (
          <li key={flag}>
            <LocalText text={flag} />
          </li>
        ))}
      </ul>
      {flags.length > SHOWN && (
        <button type="button" className="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t("common.showFewer") : t("common.showAllSigns", { count: flags.length })}
        </button>
      )}
    </section>
  );
}
