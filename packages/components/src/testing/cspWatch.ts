/** Records CSP violations on the page in `window.__odViolations` (imported first by cspPage.ts). */
const violations: string[] = [];
(window as { __odViolations?: string[] }).__odViolations = violations;
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(
    `${event.effectiveDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
  );
});
