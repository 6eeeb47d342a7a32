import { useText } from "../i18n/useText";
import type { EmbedOptions } from "../state/embedOptions";
import { useAppStore } from "../state/store";
import { encodeUrlState } from "../state/urlState";
import { currentUrlState } from "../state/useUrlSync";

/**
 * The strip an embedded explorer shows above itself: the clinic's name and booking link (a link
 * only for http(s) addresses, otherwise plain text) and a link that opens the current view in the
 * full app. Everything it needs is in its own URL: nothing comes from the embedding page.
 */
export function EmbedBar({ options }: { options: EmbedOptions }) {
  const { t } = useText();
  const fullApp = useAppStore(
    (s) => `${window.location.origin}${window.location.pathname}${encodeUrlState(currentUrlState(s))}`,
  );
  const { clinic, booking } = options;
  return (
    <header className="embed-bar">
      {clinic && <strong className="clinic-name">{clinic}</strong>}
      {booking?.kind === "link" && (
        <a className="book-link" href={booking.href} target="_blank" rel="noopener noreferrer">
          {t("embed.book")}
        </a>
      )}
      {booking?.kind === "text" && <span className="book-text">{t("embed.bookText", { text: booking.text })}</span>}
      <a className="full-app-link" href={fullApp} target="_blank" rel="noopener">
        {t("embed.fullApp")} <span aria-hidden="true">↗</span>
        <span className="visually-hidden">{t("embed.newTab")}</span>
      </a>
    </header>
  );
}
