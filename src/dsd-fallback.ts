// Browsers without Declarative Shadow DOM (Safari before 16.4, Firefox before 123) leave a
// server's <template shadowrootmode> inert, its content unseen: the maintained ponyfill attaches
// those shadow roots here, before the elements adopt them. Browsers with it (the feature is told
// by the property, as the standard says) skip the ponyfill, whose own test parses a string, which
// a Trusted Types page would refuse.
import { hydrateShadowRoots } from '@webcomponents/template-shadowroot/template-shadowroot.js';

if (!Object.hasOwn(HTMLTemplateElement.prototype, 'shadowRootMode')) hydrateShadowRoots(document.body);
