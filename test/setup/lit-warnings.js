// Loaded before every test file (web-test-runner.config.mjs, testRunnerHtml). The suite runs on
// Lit's development build, whose warnings name real mistakes (an update scheduled after an update
// completed, a property that shadows a reactive accessor…). Each one fails its test file: it is
// thrown outside the test, which the runner reports as an error of that file, with the message.
// Lit's one notice that it is in development mode is expected, and silenced.
globalThis.litIssuedWarnings = new Set(['dev-mode']);
const warn = console.warn.bind(console);
console.warn = (...args) => {
  warn(...args);
  const message = args.map(String).join(' ');
  if (/lit\.dev\/msg\//.test(message)) {
    setTimeout(() => {
      throw new Error(`Lit warned: ${message}`);
    });
  }
};
