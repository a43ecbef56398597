import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';
import './highlight.css';
import { Providers } from './providers';

export const metadata: Metadata = {
  title: 'Groq Playground',
  description: 'A self-hostable workbench for Groq models: prompts, parameters, streaming answers.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-screen font-sans">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
