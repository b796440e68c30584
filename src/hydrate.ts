// The script of pre-rendered pages (party-news render copies it as assets/party-news.hydrate.iife.js):
// Lit's hydration support, shadow roots attached where the browser cannot read them from the
// markup, then the page's data handed to its elements, then the elements defined (the script-tag
// bundle's entry). The elements adopt the server's markup instead of rendering it again, and work
// as in any portal. Not the script-tag bundle: hydration would not fit its budget.
// Side-effect imports keep this order (the import sorter leaves them where they are).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './dsd-fallback.js';
import './hydrate-data.js';
import './iife.js';
