import { LocalText } from "./LocalText";

/**
 * A titled bullet list of sentences; renders nothing when empty. Items still in English are marked;
 * `lang="en"` marks a whole list that stays English (practitioner detail).
 */
export function TextList({ title, items, lang }: { title: string; items: readonly string[]; lang?: "en" }) {
  if (items.length === 0) return null;
  return (
    <section>
      <h2>{title}</h2>
      <ul className="text-list" lang={lang}>
        {items.map((item) => (
          <li key={item}>{lang ? item : <LocalText text={item} />}</li>
        ))}
      </ul>
    </section>
  );
}
