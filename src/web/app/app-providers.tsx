import { DirectionProvider, MantineProvider } from "@mantine/core";
import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useDocumentLanguage } from "../i18n/use-document-language.js";
import { cssVariablesResolver, theme } from "./theme.js";

type TAppProvidersProps = { queryClient: QueryClient; children: ReactNode };

function DocumentLanguage() {
  useDocumentLanguage();
  return null;
}

/** Text direction (ready for right-to-left languages), the theme, and the server-state cache. */
export function AppProviders({ queryClient, children }: TAppProvidersProps) {
  return (
    <DirectionProvider>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <QueryClientProvider client={queryClient}>
          <DocumentLanguage />
          {children}
        </QueryClientProvider>
      </MantineProvider>
    </DirectionProvider>
  );
}
