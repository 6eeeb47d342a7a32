import "./app/zodWithoutEval";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { resetToStart } from "./app/resetToStart";
import { registerServiceWorkerAfterStart } from "./app/serviceWorker";
import { startLanguage } from "./app/startLanguage";
import "./app/app.css";
import "./app/header.css";
import "./app/panel.css";
import "./app/viewer.css";
import "./app/pain.css";
import "./app/guide.css";
import "./app/handout.css";
import "./app/print.css";
import "./app/embed.css";
import "./app/presentation.css";
import "./app/study.css";
import { ErrorBoundary } from "./ui/ErrorBoundary";

const root = document.getElementById("root");
if (root) {
  startLanguage();
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary scope="app" onBackToStart={resetToStart}>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
  registerServiceWorkerAfterStart();
}
