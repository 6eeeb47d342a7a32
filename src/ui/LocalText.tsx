import { useLocalization } from "../state/datasetContext";
import { EnglishTag } from "./EnglishTag";

/**
 * A text of the dataset as the chosen language has it; a text still in English (its translation is
 * missing) is wrapped in `lang="en"` for screen readers and tagged visibly.
 */
export function LocalText({ text }: { text: string }) {
  const { untranslated } = useLocalization();
  if (!untranslated.has(text)) return text;
  return (
    <>
      <span lang="en">{text}</span> <EnglishTag />
    </>
  );
}
