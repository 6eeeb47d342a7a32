import { useEffect, useMemo, useRef } from "react";
import { type SessionGuideStep, sessionGuideSteps } from "../domain/queries/sessionGuide";
import { useDataset } from "../state/datasetContext";
import { useAppStore } from "../state/store";

/** The explainer's words, in one place for translation. */
const words = {
  title: "What a session is like",
  spot: (muscle: string, point: string) =>
    `${muscle}: the ringed spot on the body shows where a needle may go, over the trigger point "${point}". Your practitioner decides where to needle after examining you.`,
  progress: (step: number, count: number) => `Step ${step} of ${count}`,
  back: "Back",
  next: "Next",
  done: "Done",
  leave: "Back to the muscle",
  keys: "Tip: the left and right arrow keys step through the guide too.",
  titles: {
    summary: "What dry needling is",
    "tell-your-practitioner": "Before: tell your practitioner",
    precautions: "How it is kept safe",
    during: (number: number, count: number) => `During the session (${number} of ${count})`,
    "side-effects": "Afterwards: common side effects",
    acupuncture: "How it differs from acupuncture",
    evidence: "How well it works",
  },
};

function stepTitle(step: SessionGuideStep): string {
  return step.kind === "during" ? words.titles.during(step.number, step.count) : words.titles[step.kind];
}

function StepBody({ step }: { step: SessionGuideStep }) {
  if ("items" in step) {
    return (
      <ul className="text-list">
        {step.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    );
  }
  return <p>{step.text}</p>;
}

/** True when a key press belongs to a text field or a menu, not to the guide. */
function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * "What a session is like" for the selected muscle, one step at a time with Back and Next (the
 * arrow keys work too): what dry needling is, what to tell the practitioner, how it is kept safe,
 * the session itself, the usual side effects, how it differs from acupuncture and how well it
 * works. Meanwhile the body shows a needle at one of the muscle's trigger points.
 */
export function SessionGuide({ muscleId }: { muscleId: string }) {
  const dataset = useDataset();
  const steps = useMemo(() => sessionGuideSteps(dataset.safety), [dataset]);
  const current = useAppStore((s) => Math.min(s.sessionStep ?? 0, steps.length - 1));
  const focused = useAppStore((s) => s.focusedTriggerPoint);
  const setStep = useAppStore((s) => s.setSessionStep);
  const close = useAppStore((s) => s.closeSessionGuide);
  const muscle = dataset.muscleById.get(muscleId);
  const point = muscle?.triggerPoints.find((tp) => tp.id === focused) ?? muscle?.triggerPoints[0];
  const last = current === steps.length - 1;
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    section.current?.scrollIntoView?.({ block: "start" });
  }, []);
  const back = () => setStep(Math.max(0, current - 1));
  const next = () => (last ? close() : setStep(current + 1));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typingIn(event.target)) return;
      if (event.key === "ArrowRight" && current < steps.length - 1) setStep(current + 1);
      else if (event.key === "ArrowLeft" && current > 0) setStep(current - 1);
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [current, steps.length, setStep]);

  const step = steps[current];
  if (!muscle || !step) return null;
  return (
    <section className="session-guide" aria-labelledby="session-guide-heading" ref={section}>
      <h2 id="session-guide-heading">{words.title}</h2>
      {point && (
        <p className="note" role="note">
          {words.spot(muscle.name, point.name)}
        </p>
      )}
      <p className="session-progress">{words.progress(current + 1, steps.length)}</p>
      <progress className="session-meter" max={steps.length} value={current + 1} aria-hidden="true" />
      <div className="session-nav">
        <button type="button" aria-disabled={current === 0} onClick={back}>
          {words.back}
        </button>
        <button type="button" className="session-next" onClick={next}>
          {last ? words.done : words.next}
        </button>
      </div>
      <div className="session-step" aria-live="polite">
        <h3>{stepTitle(step)}</h3>
        <StepBody step={step} />
      </div>
      <p className="hint">{words.keys}</p>
      <button type="button" className="link-button" onClick={close}>
        {words.leave}
      </button>
    </section>
  );
}
