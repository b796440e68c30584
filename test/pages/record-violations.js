// Loaded first on the strict test pages: records every CSP and Trusted Types violation, every page
// error, and every call of the functions hostile payloads call (a sentinel: nothing may call them).
window.violations = [];
window.pageErrors = [];
window.executions = [];
document.addEventListener('securitypolicyviolation', (e) => {
  const where = e.sourceFile ? ` at ${e.sourceFile.split('/').pop()}:${e.lineNumber}` : '';
  window.violations.push(`${e.violatedDirective}: ${[e.blockedURI, e.sample].filter(Boolean).join(' ')}${where}`);
});
window.addEventListener('error', (e) => window.pageErrors.push(`error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => window.pageErrors.push(`unhandled rejection: ${e.reason}`));
for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  window[name] = (...args) => void window.executions.push(`${name}(${args.join(', ')})`);
}
