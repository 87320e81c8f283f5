import "@mantine/core/styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import { AppProviders } from "./app/app-providers.js";
import { createQueryClient } from "./app/query-client.js";
import { createAppRouter } from "./app/router.js";
import { initI18n } from "./i18n/i18n.js";

async function start() {
  await initI18n();
  const rootElement = document.getElementById("root");
  if (!rootElement) throw new Error("index.html has no #root element");
  const router = createAppRouter(import.meta.env.BASE_URL);
  createRoot(rootElement).render(
    <StrictMode>
      <AppProviders queryClient={createQueryClient()}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}

void start();
