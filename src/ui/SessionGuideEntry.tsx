import { useAppStore } from "../state/store";

/** The entry's words, in one place for translation. */
const words = {
  title: "What a session is like",
  text: "A calm, step-by-step guide to dry needling: where the needle may go for this muscle, what you may feel, how long it takes and what to expect afterwards.",
  start: "Show me, step by step",
};

/** The way into "What a session is like" from a muscle's panel (patient view). */
export function SessionGuideEntry() {
  const open = useAppStore((s) => s.openSessionGuide);
  return (
    <section className="session-entry" aria-labelledby="session-entry-heading">
      <h2 id="session-entry-heading">{words.title}</h2>
      <p>{words.text}</p>
      <button type="button" className="primary-button" onClick={open}>
        {words.start}
      </button>
    </section>
  );
}
