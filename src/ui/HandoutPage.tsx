import { useMemo } from "react";
import { useText } from "../i18n/useText";
import { useDataset } from "../state/datasetContext";
import { handoutLink } from "../state/handoutLink";
import type { HandoutRequest } from "../state/handoutSlice";
import { useAppStore } from "../state/store";
import { currentUrlState } from "../state/useUrlSync";
import { HandoutFigure } from "./HandoutFigure";
import { HandoutMuscleText } from "./HandoutMuscleText";
import { HandoutPainText } from "./HandoutPainText";
import { LocalText } from "./LocalText";
import { QrCode } from "./QrCode";
import { useHandoutNotes } from "./useHandoutNotes";

/** Longest link also printed as text (someone might type it); longer ones are left to the QR code. */
const TYPED_LINK_LIMIT = 100;

/** The app's own address, without the query. */
const appAddress = () => `${window.location.origin}${window.location.pathname}`;

/** Today's date, written out in the language of the page. */
const today = (lang: string) => new Intl.DateTimeFormat(lang, { dateStyle: "long" }).format(new Date());

/**
 * One printable page for the patient: the muscle (or the pain drawing and its best matches) with
 * front and back pictures of the pattern, the plain summary, self-care, the signs that need a
 * doctor, the practitioner's name and note (typed here, remembered on this device), the date and
 * a QR code of the link. Sized to fit one A4 or Letter page. Without a 3D view
 * (`picturesPossible` false) it says the pictures cannot be drawn.
 */
export function HandoutPage({ request, picturesPossible }: { request: HandoutRequest; picturesPossible: boolean }) {
  const { t, i18n } = useText();
  const dataset = useDataset();
  const { notes, reset, change } = useHandoutNotes();
  const link = useAppStore((s) => handoutLink(appAddress(), currentUrlState(s)).link);
  const simplified = useAppStore((s) => handoutLink(appAddress(), currentUrlState(s)).simplified);
  const date = useMemo(() => today(i18n.language), [i18n.language]);
  const muscleId = request.kind === "muscle" ? request.muscle?.id : undefined;
  const text = (part: "about" | "care") =>
    muscleId ? <HandoutMuscleText id={muscleId} part={part} /> : <HandoutPainText part={part} />;
  const title =
    request.kind === "muscle"
      ? (dataset.muscleById.get(request.muscle?.id ?? "")?.name ?? t("handout.painTitle"))
      : t("handout.painTitle");
  return (
    <article className="handout-page" aria-labelledby="handout-title">
      <header className="handout-head">
        <div>
          <p className="kicker">{t("handout.kicker")}</p>
          <h1 id="handout-title">{title}</h1>
          <p className="handout-possible">{t("handout.possible")}</p>
        </div>
        <dl className="handout-meta">
          <dt>
            <label htmlFor="handout-practitioner">{t("handout.practitioner")}</label>
          </dt>
          <dd>
            <input
              id="handout-practitioner"
              value={notes.practitioner}
              placeholder={t("handout.practitionerPlaceholder")}
              onChange={(event) => change("practitioner", event.target.value)}
            />
            <span className="print-value">{notes.practitioner}</span>
          </dd>
          <dt>{t("handout.date")}</dt>
          <dd>{date}</dd>
        </dl>
      </header>
      {reset && (
        <p className="notice handout-screen-only" role="alert">
          {t("handout.notesReset")}
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
            <label htmlFor="handout-note">{t("handout.note")}</label>
          </h2>
          <textarea
            id="handout-note"
            rows={3}
            value={notes.note}
            placeholder={t("handout.notePlaceholder")}
            onChange={(event) => change("note", event.target.value)}
          />
          <p className="print-value">{notes.note}</p>
        </section>
        <section className="handout-qr">
          <QrCode text={link} label={t("handout.qrLabel")} fallback={t("handout.qrTooLong")} />
          <div>
            <p>{t("handout.scan")}</p>
            {simplified && <p>{t("handout.simplified")}</p>}
            {link.length <= TYPED_LINK_LIMIT && <p className="handout-link">{link}</p>}
          </div>
        </section>
      </div>
      <section className="handout-doctor">
        <h2>{t("handout.doctor")}</h2>
        <ul>
          {dataset.safety.seeADoctorFirst.map((flag) => (
            <li key={flag}>
              <LocalText text={flag} />
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
