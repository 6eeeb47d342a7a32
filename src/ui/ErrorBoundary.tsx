import { Component, type ReactNode } from "react";
import { i18n } from "../i18n/i18n";

/** Props of `ErrorBoundary`. */
interface ErrorBoundaryProps {
  /** What it guards. */
  children: ReactNode;
  /** `app` replaces the whole page (a main landmark and heading); `panel` only the panel's content. */
  scope: "app" | "panel";
  /** Resets whatever led to the error and shows the start view; the boundary then renders its children again. */
  onBackToStart: () => void;
  /** When this changes (e.g. a new selection), the boundary tries its children again. */
  resetKey?: unknown;
}

/** The error held by the boundary, or null. */
interface ErrorBoundaryState {
  error: Error | null;
}

/** A sentence a user can act on: a failed download of part of the app reads differently from a bug. */
export function describeError(error: Error): string {
  if (/dynamically imported module|importing a module script failed|failed to fetch/i.test(error.message)) {
    return i18n.t("errors.download");
  }
  return i18n.t("errors.bug", { message: error.message });
}

/** Catches a crash below it and shows a useful message with a way back, never a blank page. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidUpdate(previous: ErrorBoundaryProps): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const backToStart = () => {
      this.props.onBackToStart();
      this.setState({ error: null });
    };
    const body = (
      <>
        <p>{describeError(error)}</p>
        <div className="error-actions">
          <button type="button" className="primary-button" onClick={backToStart}>
            {i18n.t("errors.backToStart")}
          </button>
          <button type="button" className="link-button" onClick={() => window.location.reload()}>
            {i18n.t("errors.reload")}
          </button>
        </div>
      </>
    );
    if (this.props.scope === "panel") {
      return (
        <section className="error-box" role="alert" aria-labelledby="panel-error-heading">
          <h2 id="panel-error-heading">{i18n.t("errors.panelHeading")}</h2>
          {body}
        </section>
      );
    }
    return (
      <main className="error-screen" role="alert">
        <h1>{i18n.t("errors.appHeading")}</h1>
        {body}
      </main>
    );
  }
}
