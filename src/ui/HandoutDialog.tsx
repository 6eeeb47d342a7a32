import { useEffect, useRef } from "react";
import { useText } from "../i18n/useText";
import { useAppStore } from "../state/store";
import { HandoutPage } from "./HandoutPage";

/**
 * The patient handout over the app (which is inert meanwhile): a toolbar to print or close it, and
 * the page as it prints. Escape closes it and focus returns to where it was. The print stylesheet
 * prints the page alone. `picturesPossible` is false where the browser cannot draw the 3D view.
 */
export function HandoutDialog({ picturesPossible }: { picturesPossible: boolean }) {
  const { t } = useText();
  const handout = useAppStore((s) => s.handout);
  const close = useAppStore((s) => s.closeHandout);
  const dialog = useRef<HTMLDivElement>(null);
  const open = handout !== null;
  useEffect(() => {
    if (!open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") close();
    };
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("keydown", onKey);
      opener?.focus();
    };
  }, [open, close]);
  if (!handout) return null;
  return (
    <div
      className="handout-overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby="handout-dialog-title"
      tabIndex={-1}
      ref={dialog}
    >
      <div className="handout-toolbar">
        <h2 id="handout-dialog-title">{t("handout.title")}</h2>
        <p>{t("handout.intro")}</p>
        <div className="handout-actions">
          <button type="button" className="primary-button print-button" onClick={() => window.print()}>
            {t("handout.print")}
          </button>
          <button type="button" className="secondary-button" onClick={close}>
            {t("handout.close")}
          </button>
        </div>
      </div>
      <HandoutPage request={handout} picturesPossible={picturesPossible} />
    </div>
  );
}
