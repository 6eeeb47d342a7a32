import { useMemo } from "react";
import { useDataset } from "../state/datasetContext";
import { handoutLink } from "../state/handoutLink";
import type { HandoutRequest } from "../state/handoutSlice";
import { useAppStore } from "../state/store";
import { currentUrlState } from "../state/useUrlSync";
import { HandoutFigure } from "./HandoutFigure";
import { HandoutMuscleText } from "./HandoutMuscleText";
import { HandoutPainText } from "./HandoutPainText";
import { QrCode } from "./QrCode";
import { useHandoutNotes } from "./useHandoutNotes";

/** The page's words, in one place for translation. */
const words = {
  kicker: "Patient handout",
  painTitle: "Your pain drawing",
  possible:
    "The muscles shown are possible sources of pain, not a diagnosis. Pain can have other causes: if something worries you, see a doctor.",
  practitioner: "Practitioner",
  practitionerPlaceholder: "Your name and clinic",
  date: "Date",
  note: "Note from your practitioner",
  notePlaceholder: "Exercises, how often, when to come back…",
  notesReset: "The name and note saved on this device could not be read, so they were cleared.",
  doctor: "See a doctor first if",
  scan: "Scan to open this page in the Trigger Point Explorer",
  simplified: "The link holds a simplified copy of your drawing.",
  qrLabel: "QR code of the link to this page",
  qrTooLong: "The link is too long for a QR code: type the address below.",
};

/** Longest link also printed as text (someone might type it); longer ones are left to the QR code. */
const TYPED_LINK_LIMIT = 100;

/** The app's own address, without the query. */
const appAddress = () => `${window.location.origin}${window.location.pathname}`;

/** Today's date, written out in the reader's language. */
const today = () => new Intl.DateTimeFormat(undefined, { dateStyle: "long" }).format(new Date());

/**
 * One printable page for the patient: the muscle (or the pain drawing and its best matches) with
 * front and back pictures of the pattern, the plain summary, self-care, the signs that need a
 * doctor, the practitioner's name and note (typed here, remembered on this device), the date and
 * a QR code of the link. Sized to fit one A4 or Letter page. Without a 3D view
 * (`picturesPossible` false) it says the pictures cannot be drawn.
 */
export function HandoutPage({ request, picturesPossible }: { request: HandoutRequest; picturesPossible: boolean }) {
  const dataset = useDataset();
  const { notes, reset, change } = useHandoutNotes();
  const link = useAppStore((s) => handoutLink(appAddress(), currentUrlState(s)).link);
  const simplified = useAppStore((s) => handoutLink(appAddress(), currentUrlState(s)).simplified);
  const date = useMemo(today, []);
  const muscleId = request.kind === "muscle" ? request.muscle?.id : undefined;
  const text = (part: "about" | "care") =>
    muscleId ? <HandoutMuscleText id={muscleId} part={part} /> : <HandoutPainText part={part} />;
  const title =
    request.kind === "muscle"
      ? (dataset.muscleById.get(request.muscle?.id ?? "")?.name ?? words.painTitle)
      : words.painTitle;
  return (
    <article className="handout-page" aria-labelledby="handout-title">
      <header className="handout-head">
        <div>
          <p className="kicker">{words.kicker}</p>
          <h1 id="handout-title">{title}</h1>
          <p className="handout-possible">{words.possible}</p>
        </div>
        <dl className="handout-meta">
          <dt>
            <label htmlFor="handout-practitioner">{words.practitioner}</label>
          </dt>
          <dd>
            <input
              id="handout-practitioner"
              value={notes.practitioner}
              placeholder={words.practitionerPlaceholder}
              onChange={(event) => change("practitioner", event.target.value)}
            />
            <span className="print-value">{notes.practitioner}</span>
          </dd>
          <dt>{words.date}</dt>
          <dd>{date}</dd>
        </dl>
      </header>
      {reset && (
        <p className="notice handout-screen-only" role="alert">
          {words.notesReset}
        </p>
      )}
      <div className="handout-left">
        <HandoutFigure request={request} possible={picturesPossible} />
        {text("care")}
      </div>
      <div className="handout-right">
        {text("about")}
        <section className="handout-note">
          <h2>
            <label htmlFor="handout-note">{words.note}</label>
          </h2>
          <textarea
            id="handout-note"
            rows={3}
            value={notes.note}
            placeholder={words.notePlaceholder}
            onChange={(event) => change("note", event.target.value)}
          />
          <p className="print-value">{notes.note}</p>
        </section>
        <section className="handout-qr">
          <QrCode text={link} label={words.qrLabel} fallback={words.qrTooLong} />
          <div>
            <p>{words.scan}</p>
            {simplified && <p>{words.simplified}</p>}
            {link.length <= TYPED_LINK_LIMIT && <p className="handout-link">{link}</p>}
          </div>
        </section>
      </div>
      <section className="handout-doctor">
        <h2>{words.doctor}</h2>
        <ul>
          {dataset.safety.seeADoctorFirst.map((flag) => (
            <li key={flag}>{flag}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
