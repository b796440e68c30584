// Loaded first on the strict test page: records every CSP and Trusted Types violation and error.
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample || ''}`);
});
window.addEventListener('error', (e) => window.violations.push(`error: ${e.message}`));
