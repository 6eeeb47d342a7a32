import { LocalText } from "./LocalText";

/**
 * A titled bullet list of sentences (its heading an h2, or an h3 inside another section); renders
 * nothing when empty. Items still in English are marked; `lang="en"` marks a whole list that stays
 * English (practitioner detail).
 */
export function TextList({
  title,
  items,
  level = 2,
  lang,
}: {
  title: string;
  items: readonly string[];
  level?: 2 | 3;
  lang?: "en";
}) {
  if (items.length === 0) return null;
  const Heading = level === 3 ? "h3" : "h2";
  return (
    <section>
      <Heading>{title}</Heading>
      <ul className="text-list" lang={lang}>
        {items.map((item) => (
          <li key={item}>{lang ? item : <LocalText text={item} />}</li>
        ))}
      </ul>
    </section>
  );
}
