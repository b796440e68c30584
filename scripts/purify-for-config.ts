// A build plugin for the script-tag bundle: DOMPurify without the code paths party-news's one
// fixed configuration can never reach. Over 250 lines because of its two tables, FIXED and
// REPLACED: every folded option and every replaced statement, each with its reason, side by side
// for a security review; the code that applies them is the last 190 lines.
//
// Security reasoning. DOMPurify reads its options afresh on every sanitize() call into variables
// (SAFE_FOR_TEMPLATES, IN_PLACE, RETURN_DOM, …) and branches on them. party-news has one DOMPurify
// instance, private to src/model/bodies/sanitize.ts, and calls it one way only: `sanitize(string, CONFIG)`
// with one constant CONFIG, after one `addHook('afterSanitizeAttributes', …)`. So every one of
// those variables holds the same value on every call, and this plugin writes that value in its
// place (see FIXED). The minifier then drops the branches that value can never take: in-place
// sanitising of a live DOM node, template-expression scrubbing, whole-document and string output,
// custom-element and function allowlists, data-/aria- attributes, unknown protocols, named-prop
// renaming, XHTML parsing, a caller's own Trusted Types policy, the hooks nobody adds, and the
// setConfig/isValidAttribute/removeHook API. Every check that runs for party-news's configuration
// (the allowlists, namespaces, clobbering, mXSS probes, URI checks, DOMPurify's default Trusted
// Types policy) is kept, unchanged: a folded value is the value that check reads today.
// Dropping the DOM-node input path cannot weaken anything even if a non-string ever came in: it
// then goes to the string path, where the parser sees its string form and sanitises that.
// The bundle targets ES2022, so DOMPurify's fallbacks for engines without Object.freeze or
// Reflect go too, and Babel's ES5 rest and default parameters are written as the parameters they
// stand for (nativeParameters): the same values bound in every call.
//
// The build fails, rather than patch blindly, when:
// - src/model/bodies/sanitize.ts's CONFIG is not exactly EXPECTED_CONFIG (any new option may make a
//   dropped path reachable: update FIXED with care, then EXPECTED_CONFIG);
// - sanitize.ts uses the instance other than through `.addHook('afterSanitizeAttributes', …)` and
//   `.sanitize(html…, CONFIG)`, or uses `this` (a hook could reach the instance); another source
//   file that imports DOMPurify is refused by purify-without-defaults.ts, in the same build;
// - any text this plugin replaces is not found in DOMPurify's source exactly once (a new
//   DOMPurify: review its changes, then this plugin).
// test/bundle-sanitizer.test.ts sanitises public XSS corpora through the stock DOMPurify and the
// bundle's, and expects identical output.
import { readFileSync } from 'node:fs';

import type { Plugin } from 'vite';

import { NOTICE as DEFAULTS_NOTICE } from './purify-without-defaults.js';

const PURIFY = /\/node_modules\/dompurify\/dist\/purify\.es\.mjs$/;
const SANITIZER = new URL('../src/model/bodies/sanitize.ts', import.meta.url);

/** sanitize.ts's CONFIG literal, whitespace removed. FIXED below follows from it. */
const EXPECTED_CONFIG =
  "{ALLOWED_TAGS,ALLOWED_ATTR,ADD_ATTR:['rel','loading','decoding'],ADD_URI_SAFE_ATTR:[STYLE_DATA],ALLOW_DATA_ATTR:false,ALLOW_ARIA_ATTR:false,RETURN_DOM_FRAGMENT:true,}";

/**
 * Each variable DOMPurify sets from the configuration (or from its own API), with the value it
 * always holds for EXPECTED_CONFIG, and the statements that set it: they go, and every other use
 * of the name reads the value.
 */
const FIXED: { name: string; value: string; sets: string[] }[] = [
  // No PARSER_MEDIA_TYPE: DOMPurify's default, text/html.
  {
    name: 'PARSER_MEDIA_TYPE',
    value: '"text/html"',
    sets: [
      'let PARSER_MEDIA_TYPE = null;',
      'PARSER_MEDIA_TYPE = SUPPORTED_PARSER_MEDIA_TYPES.indexOf(cfg.PARSER_MEDIA_TYPE) === -1 ? DEFAULT_PARSER_MEDIA_TYPE : cfg.PARSER_MEDIA_TYPE;',
    ],
  },
  {
    name: 'transformCaseFunc',
    value: 'stringToLowerCase',
    sets: [
      'let transformCaseFunc = null;',
      'transformCaseFunc = PARSER_MEDIA_TYPE === "application/xhtml+xml" ? stringToString : stringToLowerCase;',
    ],
  },
  {
    name: 'USE_PROFILES',
    value: 'false',
    sets: [
      'let USE_PROFILES = false;',
      'USE_PROFILES = objectHasOwnProperty(cfg, "USE_PROFILES") ? cfg.USE_PROFILES && typeof cfg.USE_PROFILES === "object" ? clone(cfg.USE_PROFILES) : cfg.USE_PROFILES : false;',
    ],
  },
  // ALLOW_ARIA_ATTR: false and ALLOW_DATA_ATTR: false in CONFIG.
  {
    name: 'ALLOW_ARIA_ATTR',
    value: 'false',
    sets: ['let ALLOW_ARIA_ATTR = true;', 'ALLOW_ARIA_ATTR = cfg.ALLOW_ARIA_ATTR !== false;'],
  },
  {
    name: 'ALLOW_DATA_ATTR',
    value: 'false',
    sets: [
      'let ALLOW_DATA_ATTR = true;',
      'ALLOW_DATA_ATTR = cfg.ALLOW_DATA_ATTR !== false;',
      'if (SAFE_FOR_TEMPLATES) ALLOW_DATA_ATTR = false;',
    ],
  },
  {
    name: 'ALLOW_UNKNOWN_PROTOCOLS',
    value: 'false',
    sets: ['let ALLOW_UNKNOWN_PROTOCOLS = false;', 'ALLOW_UNKNOWN_PROTOCOLS = cfg.ALLOW_UNKNOWN_PROTOCOLS || false;'],
  },
  {
    name: 'ALLOW_SELF_CLOSE_IN_ATTR',
    value: 'true',
    sets: [
      'let ALLOW_SELF_CLOSE_IN_ATTR = true;',
      'ALLOW_SELF_CLOSE_IN_ATTR = cfg.ALLOW_SELF_CLOSE_IN_ATTR !== false;',
    ],
  },
  {
    name: 'SAFE_FOR_TEMPLATES',
    value: 'false',
    sets: ['let SAFE_FOR_TEMPLATES = false;', 'SAFE_FOR_TEMPLATES = cfg.SAFE_FOR_TEMPLATES || false;'],
  },
  {
    name: 'SAFE_FOR_XML',
    value: 'true',
    sets: ['let SAFE_FOR_XML = true;', 'SAFE_FOR_XML = cfg.SAFE_FOR_XML !== false;'],
  },
  {
    name: 'WHOLE_DOCUMENT',
    value: 'false',
    sets: ['let WHOLE_DOCUMENT = false;', 'WHOLE_DOCUMENT = cfg.WHOLE_DOCUMENT || false;'],
  },
  // RETURN_DOM_FRAGMENT: true in CONFIG, which turns RETURN_DOM on.
  {
    name: 'RETURN_DOM',
    value: 'true',
    sets: [
      'let RETURN_DOM = false;',
      'RETURN_DOM = cfg.RETURN_DOM || false;',
      'if (RETURN_DOM_FRAGMENT) RETURN_DOM = true;',
    ],
  },
  {
    name: 'RETURN_DOM_FRAGMENT',
    value: 'true',
    sets: ['let RETURN_DOM_FRAGMENT = false;', 'RETURN_DOM_FRAGMENT = cfg.RETURN_DOM_FRAGMENT || false;'],
  },
  {
    name: 'RETURN_TRUSTED_TYPE',
    value: 'false',
    sets: ['let RETURN_TRUSTED_TYPE = false;', 'RETURN_TRUSTED_TYPE = cfg.RETURN_TRUSTED_TYPE || false;'],
  },
  {
    name: 'FORCE_BODY',
    value: 'false',
    sets: ['let FORCE_BODY = false;', 'FORCE_BODY = cfg.FORCE_BODY || false;'],
  },
  {
    name: 'SANITIZE_DOM',
    value: 'true',
    sets: ['let SANITIZE_DOM = true;', 'SANITIZE_DOM = cfg.SANITIZE_DOM !== false;'],
  },
  {
    name: 'SANITIZE_NAMED_PROPS',
    value: 'false',
    sets: ['let SANITIZE_NAMED_PROPS = false;', 'SANITIZE_NAMED_PROPS = cfg.SANITIZE_NAMED_PROPS || false;'],
  },
  {
    name: 'KEEP_CONTENT',
    value: 'true',
    sets: ['let KEEP_CONTENT = true;', 'KEEP_CONTENT = cfg.KEEP_CONTENT !== false;'],
  },
  {
    name: 'IN_PLACE',
    value: 'false',
    sets: ['let IN_PLACE = false;', 'IN_PLACE = cfg.IN_PLACE || false;'],
  },
  // In-place state: only ever set when sanitising a DOM node in place.
  {
    name: 'IN_PLACE_VISITED',
    value: 'null',
    sets: [
      'let IN_PLACE_VISITED = null;',
      'const outerVisited = IN_PLACE_VISITED;',
      'IN_PLACE_VISITED = setCreate();',
      'IN_PLACE_VISITED = outerVisited;',
    ],
  },
  {
    name: 'IN_PLACE_RETURNS',
    value: 'null',
    sets: [
      'let IN_PLACE_RETURNS = null;',
      'const outerReturns = IN_PLACE_RETURNS;',
      'IN_PLACE_RETURNS = mapCreate();',
      'IN_PLACE_RETURNS = outerReturns;',
    ],
  },
  {
    name: 'inPlace',
    value: 'false',
    sets: ['const inPlace = IN_PLACE && typeof dirty !== "string" && _isNode(dirty);'],
  },
  {
    name: 'NAMESPACE',
    value: 'HTML_NAMESPACE',
    sets: [
      'let NAMESPACE = HTML_NAMESPACE;',
      'NAMESPACE = typeof cfg.NAMESPACE === "string" ? cfg.NAMESPACE : HTML_NAMESPACE;',
    ],
  },
  // No ALLOWED_URI_REGEXP: DOMPurify's own.
  {
    name: 'IS_ALLOWED_URI$1',
    value: 'IS_ALLOWED_URI',
    sets: [
      'let IS_ALLOWED_URI$1 = IS_ALLOWED_URI;',
      'IS_ALLOWED_URI$1 = isRegex(cfg.ALLOWED_URI_REGEXP) ? cfg.ALLOWED_URI_REGEXP : IS_ALLOWED_URI;',
    ],
  },
  // No ALLOWED_NAMESPACES, ADD_DATA_URI_TAGS, FORBID_CONTENTS, ADD_FORBID_CONTENTS or integration
  // points in CONFIG: DOMPurify reads its own default tables, never changed. (ADD_URI_SAFE_ATTR is
  // in CONFIG, #26: URI_SAFE_ATTRIBUTES is left to DOMPurify's own code, as published.)
  {
    name: 'ALLOWED_NAMESPACES',
    value: 'DEFAULT_ALLOWED_NAMESPACES',
    sets: [
      'let ALLOWED_NAMESPACES = null;',
      'ALLOWED_NAMESPACES = _resolveSetOption(cfg, "ALLOWED_NAMESPACES", DEFAULT_ALLOWED_NAMESPACES, { transform: stringToString });',
    ],
  },
  {
    name: 'DATA_URI_TAGS',
    value: 'DEFAULT_DATA_URI_TAGS',
    sets: [
      'let DATA_URI_TAGS = null;',
      `DATA_URI_TAGS = _resolveSetOption(cfg, "ADD_DATA_URI_TAGS", DEFAULT_DATA_URI_TAGS, {
			transform: transformCaseFunc,
			base: DEFAULT_DATA_URI_TAGS
		});`,
    ],
  },
  {
    name: 'FORBID_CONTENTS',
    value: 'DEFAULT_FORBID_CONTENTS',
    sets: [
      'let FORBID_CONTENTS = null;',
      'FORBID_CONTENTS = _resolveSetOption(cfg, "FORBID_CONTENTS", DEFAULT_FORBID_CONTENTS, { transform: transformCaseFunc });',
      `if (objectHasOwnProperty(cfg, "ADD_FORBID_CONTENTS") && arrayIsArray(cfg.ADD_FORBID_CONTENTS)) {
			if (FORBID_CONTENTS === DEFAULT_FORBID_CONTENTS) FORBID_CONTENTS = cloneSet(FORBID_CONTENTS);
			addToSet(FORBID_CONTENTS, cfg.ADD_FORBID_CONTENTS, transformCaseFunc);
		}`,
    ],
  },
  {
    name: 'MATHML_TEXT_INTEGRATION_POINTS',
    value: 'DEFAULT_MATHML_TEXT_INTEGRATION_POINTS',
    sets: [
      'let MATHML_TEXT_INTEGRATION_POINTS = null;',
      'MATHML_TEXT_INTEGRATION_POINTS = _resolveObjectOption(cfg, "MATHML_TEXT_INTEGRATION_POINTS", DEFAULT_MATHML_TEXT_INTEGRATION_POINTS);',
    ],
  },
  {
    name: 'HTML_INTEGRATION_POINTS',
    value: 'DEFAULT_HTML_INTEGRATION_POINTS',
    sets: [
      'let HTML_INTEGRATION_POINTS = null;',
      'HTML_INTEGRATION_POINTS = _resolveObjectOption(cfg, "HTML_INTEGRATION_POINTS", DEFAULT_HTML_INTEGRATION_POINTS);',
    ],
  },
  // setConfig() is never called (and goes, below).
  {
    name: 'SET_CONFIG',
    value: 'false',
    sets: ['let SET_CONFIG = false;'],
  },
  {
    name: 'SET_CONFIG_ALLOWED_TAGS',
    value: 'null',
    sets: ['let SET_CONFIG_ALLOWED_TAGS = null;'],
  },
  {
    name: 'SET_CONFIG_ALLOWED_ATTR',
    value: 'null',
    sets: ['let SET_CONFIG_ALLOWED_ATTR = null;'],
  },
];

/** Statements replaced whole: each must be found exactly once. */
const REPLACED: [from: string, to: string][] = [
  // The API party-news never calls (setConfig, clearConfig, isValidAttribute, removeHook(s)).
  [
    `	DOMPurify.setConfig = function() {
		let cfg = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {};
		_parseConfig(cfg);
		SET_CONFIG = true;
		SET_CONFIG_ALLOWED_TAGS = ALLOWED_TAGS;
		SET_CONFIG_ALLOWED_ATTR = ALLOWED_ATTR;
	};
	DOMPurify.clearConfig = function() {
		CONFIG = null;
		SET_CONFIG = false;
		SET_CONFIG_ALLOWED_TAGS = null;
		SET_CONFIG_ALLOWED_ATTR = null;
		trustedTypesPolicy = defaultTrustedTypesPolicy;
		emptyHTML = "";
	};
	DOMPurify.isValidAttribute = function(tag, attr, value) {
		if (!CONFIG) _parseConfig({});
		const lcTag = transformCaseFunc(tag);
		const lcName = transformCaseFunc(attr);
		if (typeof value === "string" && (_isUnsafeAttributeValue(attr, value) || !ALLOW_SELF_CLOSE_IN_ATTR && regExpTest(SELF_CLOSING_TAG, value))) return false;
		return _isValidAttribute(lcTag, lcName, value);
	};
`,
    '',
  ],
  [
    `	DOMPurify.removeHook = function(entryPoint, hookFunction) {
		if (!objectHasOwnProperty(hooks, entryPoint)) return;
		if (hookFunction !== void 0) {
			const index = arrayLastIndexOf(hooks[entryPoint], hookFunction);
			return index === -1 ? void 0 : arraySplice(hooks[entryPoint], index, 1)[0];
		}
		return arrayPop(hooks[entryPoint]);
	};
	DOMPurify.removeHooks = function(entryPoint) {
		if (!objectHasOwnProperty(hooks, entryPoint)) return;
		hooks[entryPoint] = [];
	};
	DOMPurify.removeAllHooks = function() {
		hooks = _createHooksMap();
	};
`,
    '',
  ],
  // A string always comes in (see above): the DOM-node input path goes.
  [
    `		} else if (_isNode(dirty)) {
			body = _initDocument("<!---->");
			importedNode = body.ownerDocument.importNode(dirty, true);
			if (importedNode.nodeType === NODE_TYPE.element && importedNode.nodeName === "BODY") body = importedNode;
			else if (importedNode.nodeName === "HTML") body = importedNode;
			else body.appendChild(importedNode);
			_sanitizeAttachedShadowRoots(body);
		} else {`,
    '		} else {',
  ],
  [
    `		if (typeof dirty !== "string" && !_isNode(dirty)) {
			dirty = stringifyValue(dirty);
			if (typeof dirty !== "string") throw typeErrorCreate("dirty is not a string, aborting");
		}
`,
    '',
  ],
  // Babel's array destructuring of an Object.entries() pair: already an array, which the helper
  // returns as it is.
  [
    `		var _ref3 = _slicedToArray(_ref2, 2);
		const property = _ref3[0];
		const value = _ref3[1];`,
    `		const property = _ref2[0];
		const value = _ref2[1];`,
  ],
  // No CUSTOM_ELEMENT_HANDLING in CONFIG: DOMPurify's is then empty, and its checks never match.
  [
    `		const customElementHandling = _resolveObjectOption(cfg, "CUSTOM_ELEMENT_HANDLING", DEFAULT_CUSTOM_ELEMENT_HANDLING);
		CUSTOM_ELEMENT_HANDLING = create(null);
		if (objectHasOwnProperty(customElementHandling, "tagNameCheck") && isRegexOrFunction(customElementHandling.tagNameCheck)) CUSTOM_ELEMENT_HANDLING.tagNameCheck = customElementHandling.tagNameCheck;
		if (objectHasOwnProperty(customElementHandling, "attributeNameCheck") && isRegexOrFunction(customElementHandling.attributeNameCheck)) CUSTOM_ELEMENT_HANDLING.attributeNameCheck = customElementHandling.attributeNameCheck;
		if (objectHasOwnProperty(customElementHandling, "allowCustomizedBuiltInElements") && typeof customElementHandling.allowCustomizedBuiltInElements === "boolean") CUSTOM_ELEMENT_HANDLING.allowCustomizedBuiltInElements = customElementHandling.allowCustomizedBuiltInElements;
		seal(CUSTOM_ELEMENT_HANDLING);
`,
    '',
  ],
  [
    '		if (!FORBID_TAGS[tagName] && _isBasicCustomElement(tagName) && _matchesNameCheck(CUSTOM_ELEMENT_HANDLING.tagNameCheck, tagName)) return false;\n',
    '',
  ],
  [
    '		if (!nameIsPermitted) return _isBasicCustomElement(lcTag) && _matchesNameCheck(CUSTOM_ELEMENT_HANDLING.tagNameCheck, lcTag) && _matchesNameCheck(CUSTOM_ELEMENT_HANDLING.attributeNameCheck, lcName, lcTag) || lcName === "is" && CUSTOM_ELEMENT_HANDLING.allowCustomizedBuiltInElements && _matchesNameCheck(CUSTOM_ELEMENT_HANDLING.tagNameCheck, value);',
    '		if (!nameIsPermitted) return false;',
  ],
  ['	let CUSTOM_ELEMENT_HANDLING = null;\n', ''],
  // No TRUSTED_TYPES_POLICY in CONFIG: DOMPurify keeps (or creates) its own default policy, whose
  // createHTML and createScriptURL return their argument. The guard against a configured policy
  // that calls sanitize() again can never fire for that policy.
  [
    `		if (cfg.TRUSTED_TYPES_POLICY) {
			if (typeof cfg.TRUSTED_TYPES_POLICY.createHTML !== "function") throw typeErrorCreate("TRUSTED_TYPES_POLICY configuration option must provide a \\"createHTML\\" hook.");
			if (typeof cfg.TRUSTED_TYPES_POLICY.createScriptURL !== "function") throw typeErrorCreate("TRUSTED_TYPES_POLICY configuration option must provide a \\"createScriptURL\\" hook.");
			const previousTrustedTypesPolicy = trustedTypesPolicy;
			trustedTypesPolicy = cfg.TRUSTED_TYPES_POLICY;
			try {
				emptyHTML = _createTrustedHTML("");
			} catch (error) {
				trustedTypesPolicy = previousTrustedTypesPolicy;
				throw error;
			}
		} else if (cfg.TRUSTED_TYPES_POLICY === null) {
			trustedTypesPolicy = void 0;
			emptyHTML = "";
		} else {
			if (trustedTypesPolicy === void 0) trustedTypesPolicy = _getDefaultTrustedTypesPolicy();
			if (trustedTypesPolicy && typeof emptyHTML === "string") emptyHTML = _createTrustedHTML("");
		}
`,
    `		if (trustedTypesPolicy === void 0) trustedTypesPolicy = _getDefaultTrustedTypesPolicy();
		if (trustedTypesPolicy && typeof emptyHTML === "string") emptyHTML = _createTrustedHTML("");
`,
  ],
  [
    `	let IN_TRUSTED_TYPES_POLICY = 0;
	const _assertNotInTrustedTypesPolicy = function _assertNotInTrustedTypesPolicy() {
		if (IN_TRUSTED_TYPES_POLICY > 0) throw typeErrorCreate("A configured TRUSTED_TYPES_POLICY callback (createHTML or createScriptURL) must not call DOMPurify.sanitize, as that causes infinite recursion. Do not pass a policy whose callbacks wrap DOMPurify as TRUSTED_TYPES_POLICY; see the \\"DOMPurify and Trusted Types\\" section of the README.");
	};
	const _createTrustedHTML = function _createTrustedHTML(html) {
		_assertNotInTrustedTypesPolicy();
		IN_TRUSTED_TYPES_POLICY++;
		try {
			return trustedTypesPolicy.createHTML(html);
		} finally {
			IN_TRUSTED_TYPES_POLICY--;
		}
	};`,
    `	const _createTrustedHTML = function _createTrustedHTML(html) {
		return trustedTypesPolicy.createHTML(html);
	};`,
  ],
  [
    `	const _createTrustedScriptURL = function _createTrustedScriptURL(scriptUrl) {
		_assertNotInTrustedTypesPolicy();
		IN_TRUSTED_TYPES_POLICY++;
		try {
			return trustedTypesPolicy.createScriptURL(scriptUrl);
		} finally {
			IN_TRUSTED_TYPES_POLICY--;
		}
	};`,
    `	const _createTrustedScriptURL = function _createTrustedScriptURL(scriptUrl) {
		return trustedTypesPolicy.createScriptURL(scriptUrl);
	};`,
  ],
  // sanitize.ts adds one hook, afterSanitizeAttributes, and nothing else can reach the instance to
  // add more: only that hook list is kept; the calls of the others, which did nothing on their empty
  // lists, go, and the allowlists a hook could widen are never forked.
  [
    `	return {
		afterSanitizeAttributes: [],
		afterSanitizeElements: [],
		afterSanitizeShadowDOM: [],
		beforeSanitizeAttributes: [],
		beforeSanitizeElements: [],
		beforeSanitizeShadowDOM: [],
		uponSanitizeAttribute: [],
		uponSanitizeElement: [],
		uponSanitizeShadowNode: []
	};`,
    '	return { afterSanitizeAttributes: [] };',
  ],
  ['		_executeHooks(hooks.beforeSanitizeElements, currentNode, null);\n', ''],
  [
    `		ALLOWED_TAGS = _forkSharedAllowlist(hooks.uponSanitizeElement, ALLOWED_TAGS, DEFAULT_ALLOWED_TAGS, SET_CONFIG_ALLOWED_TAGS);
		_executeHooks(hooks.uponSanitizeElement, currentNode, {
			tagName,
			allowedTags: ALLOWED_TAGS
		});
`,
    '',
  ],
  ['		_executeHooks(hooks.afterSanitizeElements, currentNode, null);\n', ''],
  ['		_executeHooks(hooks.beforeSanitizeAttributes, currentNode, null);\n', ''],
  [
    `		ALLOWED_ATTR = _forkSharedAllowlist(hooks.uponSanitizeAttribute, ALLOWED_ATTR, DEFAULT_ALLOWED_ATTR, SET_CONFIG_ALLOWED_ATTR);
		const hookEvent = {
			attrName: "",
			attrValue: "",
			keepAttr: true,
			allowedAttributes: ALLOWED_ATTR,
			forceKeepAttr: void 0
		};
`,
    '',
  ],
  [
    `			hookEvent.attrName = lcName;
			hookEvent.attrValue = value;
			hookEvent.keepAttr = true;
			hookEvent.forceKeepAttr = void 0;
			_executeHooks(hooks.uponSanitizeAttribute, currentNode, hookEvent);
			value = hookEvent.attrValue;
`,
    '',
  ],
  [
    `			if (hookEvent.forceKeepAttr) continue;
			if (!hookEvent.keepAttr) {
				_removeAttribute(name, currentNode, attr);
				continue;
			}
`,
    '',
  ],
  ['		_executeHooks(hooks.beforeSanitizeShadowDOM, fragment, null);\n', ''],
  ['			_executeHooks(hooks.uponSanitizeShadowNode, shadowNode, null);\n', ''],
  ['		_executeHooks(hooks.afterSanitizeShadowDOM, fragment, null);\n', ''],
  // Aliases of the patterns: the ones only the removed paths read go with them.
  [
    '	const MUSTACHE_EXPR$1 = MUSTACHE_EXPR, ERB_EXPR$1 = ERB_EXPR, TMPLIT_EXPR$1 = TMPLIT_EXPR, DATA_ATTR$1 = DATA_ATTR, ARIA_ATTR$1 = ARIA_ATTR, IS_SCRIPT_OR_DATA$1 = IS_SCRIPT_OR_DATA, ATTR_WHITESPACE$1 = ATTR_WHITESPACE, CUSTOM_ELEMENT$1 = CUSTOM_ELEMENT;',
    '	const MUSTACHE_EXPR$1 = MUSTACHE_EXPR, ERB_EXPR$1 = ERB_EXPR, TMPLIT_EXPR$1 = TMPLIT_EXPR, DATA_ATTR$1 = DATA_ATTR, ARIA_ATTR$1 = ARIA_ATTR, IS_SCRIPT_OR_DATA$1 = IS_SCRIPT_OR_DATA, ATTR_WHITESPACE$1 = ATTR_WHITESPACE;',
  ],
  // No ADD_TAGS, and ADD_ATTR is an array: no tag or attribute check functions.
  ['!(EXTRA_ELEMENT_HANDLING.tagCheck instanceof Function && EXTRA_ELEMENT_HANDLING.tagCheck(tagName)) && ', ''],
  [
    ' || EXTRA_ELEMENT_HANDLING.attributeCheck instanceof Function && EXTRA_ELEMENT_HANDLING.attributeCheck(lcName, lcTag)',
    '',
  ],
  [
    `		EXTRA_ELEMENT_HANDLING.tagCheck = null;
		EXTRA_ELEMENT_HANDLING.attributeCheck = null;
		if (objectHasOwnProperty(cfg, "ADD_TAGS")) {
			if (typeof cfg.ADD_TAGS === "function") EXTRA_ELEMENT_HANDLING.tagCheck = cfg.ADD_TAGS;
			else if (arrayIsArray(cfg.ADD_TAGS)) {
				if (ALLOWED_TAGS === DEFAULT_ALLOWED_TAGS) ALLOWED_TAGS = cloneSet(ALLOWED_TAGS);
				addToSet(ALLOWED_TAGS, cfg.ADD_TAGS, transformCaseFunc);
			}
		}
		if (objectHasOwnProperty(cfg, "ADD_ATTR")) {
			if (typeof cfg.ADD_ATTR === "function") EXTRA_ELEMENT_HANDLING.attributeCheck = cfg.ADD_ATTR;
			else if (arrayIsArray(cfg.ADD_ATTR)) {`,
    `		if (objectHasOwnProperty(cfg, "ADD_ATTR")) {
			if (arrayIsArray(cfg.ADD_ATTR)) {`,
  ],
  // The bundle targets ES2022: every engine it runs in has Object.freeze, Object.seal,
  // Reflect.apply and Reflect.construct, so DOMPurify's fallbacks for older ones never run.
  [
    `if (!freeze) freeze = function freeze(x) {
	return x;
};
if (!seal) seal = function seal(x) {
	return x;
};
if (!apply) apply = function apply(func, thisArg) {
	for (var _len = arguments.length, args = new Array(_len > 2 ? _len - 2 : 0), _key = 2; _key < _len; _key++) args[_key - 2] = arguments[_key];
	return func.apply(thisArg, args);
};
if (!construct) construct = function construct(Func) {
	for (var _len2 = arguments.length, args = new Array(_len2 > 1 ? _len2 - 1 : 0), _key2 = 1; _key2 < _len2; _key2++) args[_key2 - 1] = arguments[_key2];
	return new Func(...args);
};
`,
    '',
  ],
  // No FORBID_TAGS or FORBID_ATTR in CONFIG: DOMPurify then makes each an empty table, so no tag
  // or attribute is ever found in it; what the allowlists refuse is still refused.
  ['\tlet FORBID_TAGS = null;\n\tlet FORBID_ATTR = null;\n', ''],
  [
    `\t\tFORBID_TAGS = _resolveSetOption(cfg, "FORBID_TAGS", create(null), { transform: transformCaseFunc });
\t\tFORBID_ATTR = _resolveSetOption(cfg, "FORBID_ATTR", create(null), { transform: transformCaseFunc });
`,
    '',
  ],
  ['\t\t\tdelete FORBID_TAGS.tbody;\n', ''],
  [
    'if ((FORBID_TAGS[tagName] || !ALLOWED_TAGS[tagName]) && _sanitizeDisallowedNode',
    'if (!ALLOWED_TAGS[tagName] && _sanitizeDisallowedNode',
  ],
  ['\t\tif (FORBID_ATTR[lcName]) return false;\n', ''],
  ['if (!ALLOWED_TAGS[tagName] || FORBID_TAGS[tagName]) {', 'if (!ALLOWED_TAGS[tagName]) {'],
];

/**
 * Babel's async-generator helper, bundled by DOMPurify but never used by it (its prototype
 * assignments keep the minifier from dropping it).
 */
const ASYNC_GENERATOR = /^function AsyncGenerator\(e\) \{$[\s\S]*?^\};$\n/m;

/**
 * Lookup tables and patterns are built at load time by calls the minifier must assume have side
 * effects (`seal(/…/)`, `addToSet({}, […])`, `unapply(…)`), so it keeps the ones the removed paths
 * read. Each builds a fresh value and touches nothing else: marked pure, an unused one is dropped.
 * Only the initialiser of a declaration is marked, never a call whose result is thrown away.
 */
const TABLE_BUILDERS =
  /^(\t*(?:const|let) [\w$]+ = )((?:seal|freeze|addToSet|unapply|unconstruct|lookupGetter)\((?:addToSet|create)?)/gm;

/** The EXTRA_ELEMENT_HANDLING object, unused once its two checks are gone. */
const EXTRA_ELEMENT_HANDLING =
  /^\tconst EXTRA_ELEMENT_HANDLING = Object\.seal\(create\(null, \{\n[\s\S]*?\n\t\}\)\);\n/m;

function fail(message: string): never {
  throw new Error(`purify-for-config: ${message}`);
}

function count(code: string, text: string): number {
  return code.split(text).length - 1;
}

function replaceOnce(code: string, from: string, to: string): string {
  const n = count(code, from);
  if (n !== 1)
    fail(`expected DOMPurify's source to hold this exactly once, found it ${n} times; review before folding:\n${from}`);
  return code.replace(from, () => to);
}

/** Checks that src/model/bodies/sanitize.ts still uses DOMPurify exactly as FIXED assumes. */
export function assertSanitizerConfig(source = readFileSync(SANITIZER, 'utf8')): void {
  const config = /\nconst CONFIG\b[^=]*=\s*(\{[^}]*\});/.exec(source)?.[1]?.replace(/\s+/g, '');
  if (config !== EXPECTED_CONFIG)
    fail(
      `src/model/bodies/sanitize.ts's CONFIG is now ${config ?? '(not found)'}, not ${EXPECTED_CONFIG}: ` +
        'a code path this plugin removes may be reachable; review FIXED in scripts/purify-for-config.ts.',
    );
  const uses = [...source.matchAll(/\bpurifier\b(\s*[.=!?][^\n]*)?/g)].map((m) => (m[1] ?? '').trim());
  const expected = [
    '',
    '',
    '= createDOMPurify(document.defaultView!);',
    ".addHook('afterSanitizeAttributes', enforceUrlPolicy);",
    '',
  ];
  if (JSON.stringify(uses) !== JSON.stringify(expected))
    fail(
      `src/model/bodies/sanitize.ts uses its DOMPurify instance in a new way (${JSON.stringify(uses)}); review FIXED.`,
    );
  const calls = [...source.matchAll(/\.sanitize\(([\s\S]*?)\);/g)].map((m) => m[1].replace(/\s+/g, ''));
  if (calls.length !== 1 || !/^defuse\(html\.normalize\('NFC'\)\),CONFIG,?$/.test(calls[0]))
    fail(
      `src/model/bodies/sanitize.ts no longer calls sanitize(defuse(html.normalize('NFC')), CONFIG) once: ${calls.join(' | ')}`,
    );
  if (/\bthis\b/.test(source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '')))
    fail('src/model/bodies/sanitize.ts uses `this`: a hook could reach the instance; review.');
}

/**
 * DOMPurify names node types through an object (`NODE_TYPE.element`) the minifier cannot see
 * through; each use becomes its number.
 */
function inlineNodeTypes(code: string): string {
  const declaration = /^const NODE_TYPE = \{\n((?:\t\w+: \d+,?\n)+)\};\n/m;
  const body = declaration.exec(code)?.[1];
  if (body === undefined) fail('NODE_TYPE is not the object of numbers this plugin expects; review.');
  const types = new Map([...body.matchAll(/\t(\w+): (\d+)/g)].map(([, name, value]) => [name, value]));
  const out = code
    .replace(declaration, '')
    .replace(/\bNODE_TYPE\.(\w+)\b/g, (use, name: string) => types.get(name) ?? fail(`unknown ${use}; review.`));
  if (/\bNODE_TYPE\b/.test(out)) fail('NODE_TYPE is used other than as NODE_TYPE.name; review.');
  return out;
}

/**
 * Babel's ES5 forms of rest and default parameters, each the first statement of its function:
 * `for (var _len = arguments.length, args = new Array(…), _key = 1; …) args[_key - 1] = arguments[_key];`
 * and `let cfg = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {};`.
 */
const REST_PARAMETERS =
  /function( [\w$]+)?\(([^)]*)\) \{\n\t*for \(var (_len\d*) = arguments\.length, args = new Array\((?:\3 > (\d+) \? \3 - \4 : 0|\3)\), (_key\d*) = (\d+); \5 < \3; \5\+\+\) args\[\5(?: - \4)?\] = arguments\[\5\];\n/g;
const DEFAULT_PARAMETERS =
  /function( [\w$]+)?\(([^)]*)\) \{\n\t*let ([\w$]+) = arguments\.length > (\d+) && arguments\[\4\] !== void 0 \? arguments\[\4\] : ([^;\n]+);\n/g;

/**
 * The bundle targets ES2022: Babel's ES5 rest and default parameters become the parameters they
 * stand for (`function(thisArg, ...args)`, `function(dirty, cfg = {})`), which bind the same values
 * in every call. Each pattern is rewritten only where the function declares exactly the
 * parameters before the one it reads.
 */
function nativeParameters(code: string): string {
  const params = (list: string) =>
    list
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
  let rest = 0;
  let defaults = 0;
  let out = code.replace(REST_PARAMETERS, (whole, name = '', list: string, _len, from = '0', _key, start: string) => {
    if (params(list).length !== Number(from) || start !== from) fail(`unexpected rest parameters: ${whole}`);
    rest++;
    return `function${name}(${[...params(list), '...args'].join(', ')}) {\n`;
  });
  out = out.replace(
    DEFAULT_PARAMETERS,
    (whole, name = '', list: string, variable: string, at: string, value: string) => {
      if (params(list).length !== Number(at)) fail(`unexpected default parameter: ${whole}`);
      defaults++;
      return `function${name}(${[...params(list), `${variable} = ${value}`].join(', ')}) {\n`;
    },
  );
  if (!rest || !defaults) fail("Babel's rest and default parameters are not where this plugin expects them; review.");
  return out;
}

/** DOMPurify's ES build with FIXED folded in and the unreachable paths removed. */
export function foldConfig(code: string): string {
  let out = code;
  for (const [from, to] of REPLACED) out = replaceOnce(out, from, to);
  if (count(out, 'EXTRA_ELEMENT_HANDLING') !== 1 || !EXTRA_ELEMENT_HANDLING.test(out))
    fail('EXTRA_ELEMENT_HANDLING is read where this plugin does not expect it; review.');
  out = out.replace(EXTRA_ELEMENT_HANDLING, '');
  if (count(out, 'AsyncGenerator') !== 5 || !ASYNC_GENERATOR.test(out))
    fail("Babel's AsyncGenerator helper is not where this plugin expects it; review.");
  out = out.replace(ASYNC_GENERATOR, '');
  if (out.includes('AsyncGenerator')) fail('DOMPurify uses AsyncGenerator; review.');
  out = inlineNodeTypes(out);
  out = out.replace(
    TABLE_BUILDERS,
    (_, declaration: string, call: string) => declaration + call.replace(/(\w+)\(/g, '/* @__PURE__ */ $1('),
  );
  // The variables live in createDOMPurify(); a helper above it has a parameter of one of their names.
  const start = out.indexOf('\nfunction createDOMPurify() {\n');
  if (start < 0 || out.indexOf('\nfunction createDOMPurify() {\n', start + 1) >= 0)
    fail('createDOMPurify() not found once.');
  const head = out.slice(0, start);
  let body = out.slice(start);
  for (const { name, sets } of FIXED) {
    for (const statement of sets) {
      if (count(body, statement) < 1) fail(`DOMPurify no longer sets ${name} with \`${statement}\`; review.`);
      body = body.split(statement).join('');
    }
  }
  for (const { name, value } of FIXED) {
    const word = name.replace('$', '\\$');
    const assigned = new RegExp(`(?<![\\w$.])${word}\\s*(=[^=]|\\+\\+|--|[-+*/|&]=)`);
    if (assigned.test(body)) fail(`DOMPurify sets ${name} in a statement this plugin does not know; review.`);
    if (new RegExp(`\\.${word}(?![\\w$])|(?<![\\w$.?] ?)${word}\\s*:`).test(body.replace(/cfg\.\w+/g, '')))
      fail(`DOMPurify uses ${name} as a property name; review.`);
    body = body.replace(new RegExp(`(?<![\\w$."])${word}(?![\\w$"])`, 'g'), () => value);
  }
  return nativeParameters(head + body);
}

export const NOTICE =
  'Also modified by party-news for this bundle: the code paths that its one fixed configuration ' +
  '(src/model/bodies/sanitize.ts) cannot reach are removed (in-place and DOM-node input, string and Trusted Types ' +
  'output, SAFE_FOR_TEMPLATES, WHOLE_DOCUMENT, XHTML parsing, custom elements, hooks other than ' +
  'afterSanitizeAttributes, setConfig, clearConfig, isValidAttribute and removeHook(s)); for the ' +
  "bundle's ES2022 target, the fallbacks for engines without Object.freeze, Object.seal or Reflect are " +
  'removed and rest and default parameters are written natively; see scripts/purify-for-config.ts in party-news.';

export function purifyForConfig(): Plugin {
  return {
    name: 'party-news:purify-for-config',
    buildStart() {
      assertSanitizerConfig();
    },
    transform(code, id) {
      if (!PURIFY.test(id)) return null;
      return { code: foldConfig(code), map: null };
    },
    generateBundle(_options, bundle) {
      // The Apache-2.0 licence asks that modified files say so; after purifyWithoutDefaults()'s note.
      const licences = Object.values(bundle).find(
        (file) => file.type === 'asset' && file.fileName.endsWith('.LICENSE.txt'),
      );
      if (!licences || licences.type !== 'asset' || !String(licences.source).includes(DEFAULTS_NOTICE))
        throw new Error('purify-for-config: no licence file with the purify-without-defaults note to add to.');
      licences.source = String(licences.source).replace(DEFAULTS_NOTICE, () => `${DEFAULTS_NOTICE}\n\n${NOTICE}`);
    },
  };
}
