import { Component, type ErrorInfo, Fragment, type ReactNode } from "react";
import { i18n } from "../i18n/i18n";

/** Props of `ViewerErrorBoundary`. */
interface ViewerErrorBoundaryProps {
  /** The canvas. */
  children: ReactNode;
  /** True when the error came before the renderer existed, i.e. the browser gave no WebGL context. */
  isWebGLMissing: () => boolean;
  /** Called for that case: the app then shows its no-WebGL message. */
  onNoWebGL: () => void;
}

interface ViewerErrorBoundaryState {
  error: Error | null;
  attempt: number;
}

/** Keeps a crash of the 3D view inside the view: a message and a restart, while the panel goes on working. */
export class ViewerErrorBoundary extends Component<ViewerErrorBoundaryProps, ViewerErrorBoundaryState> {
  override state: ViewerErrorBoundaryState = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: Error): Partial<ViewerErrorBoundaryState> {
    return { error };
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo): void {
    if (this.props.isWebGLMissing()) this.props.onNoWebGL();
  }

  override render() {
    const { error, attempt } = this.state;
    if (!error) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    return (
      <div className="viewer-status viewer-error" role="alert">
        <p>{i18n.t("viewer.crashed", { message: error.message })}</p>
        <button
          type="button"
          className="primary-button"
          onClick={() => this.setState({ error: null, attempt: attempt + 1 })}
        >
          {i18n.t("viewer.restart")}
        </button>
      </div>
    );
  }
}
