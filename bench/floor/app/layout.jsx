// The framework's floor for `npm run bench:bundle`: an empty App Router page with one client
// component and react-query, built from the project's own node_modules. The app's first visit is
// reported relative to this page's, measured in the same run.
export const metadata = { title: 'floor' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
