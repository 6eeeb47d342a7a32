import type { Muscle } from "../domain/schema/muscleSchema";
import { useText } from "../i18n/useText";
import { useLocalization } from "../state/datasetContext";
import { EnglishTag } from "./EnglishTag";

/** The line under a muscle's name: its Latin name (unless `latin` is false) and the other names people use. */
export function MuscleSubtitle({ muscle, latin }: { muscle: Muscle; latin: boolean }) {
  const { t } = useText();
  const { untranslated } = useLocalization();
  const aliases = muscle.aliases.length > 0;
  if (!latin && !aliases) return null;
  const inEnglish = muscle.aliases.some((alias) => untranslated.has(alias));
  const [before, after] = t("muscle.alsoCalled", { names: "\u0000" }).split("\u0000");
  return (
    <p className="subtitle">
      {latin && <i lang="la">{muscle.latinName}</i>}
      {latin && aliases && " · "}
      {aliases && (
        <>
          {before}
          <span lang={inEnglish ? "en" : undefined}>{muscle.aliases.join(", ")}</span>
          {after}
          {inEnglish && (
            <>
              {" "}
              <EnglishTag />
            </>
          )}
        </>
      )}
    </p>
  );
}
