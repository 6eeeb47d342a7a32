/** A titled bullet list of sentences (its heading an h2, or an h3 inside another section); renders nothing when empty. */
export function TextList({ title, items, level = 2 }: { title: string; items: readonly string[]; level?: 2 | 3 }) {
  if (items.length === 0) return null;
  const Heading = level === 3 ? "h3" : "h2";
  return (
    <section>
      <Heading>{title}</Heading>
      <ul className="text-list">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
