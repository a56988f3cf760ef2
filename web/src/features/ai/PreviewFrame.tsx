/**
 * Generated UI runs in a sandboxed iframe: scripts may run, but with an opaque origin — no access
 * to the app, its cookies, storage or Firebase session, no top navigation, no forms, no popups.
 */
export function PreviewFrame({ html }: { html: string }) {
  return (
    <iframe
      className="ai-preview"
      title="Preview of the generated component"
      sandbox="allow-scripts"
      srcDoc={html}
      referrerPolicy="no-referrer"
    />
  );
}
