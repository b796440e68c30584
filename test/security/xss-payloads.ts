// The XSS corpus: markup vectors in several contexts, plus URL vectors in every spelling and
// encoding. Every payload calls alert(1) (or parent.alert) if it ever runs; the test replaces
// alert, confirm and prompt with a sentinel.

/** Markup that runs script if it is ever parsed as HTML unsanitised, or rendered unsafely. */
const VECTORS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<img src="x" onerror="alert(1)" alt="x">',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<svg><a xlink:href="javascript:alert(1)"><text y="20">x</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>',
  '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>Gửi</button></form>',
  '<button formaction="javascript:alert(1)">x</button>',
  '<a href="javascript:alert(1)">Đọc tiếp</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<img srcset="x.jpg 1x, javascript:alert(1) 2x" src="y.jpg">',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<p style="width:expression(alert(1))">x</p>',
  '<style>@import "javascript:alert(1)";</style>',
  '<details open ontoggle=alert(1)>x</details>',
  '<body onload=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<video><source onerror=alert(1)></video>',
  '<audio src=x onerror=alert(1)></audio>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  '<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=alert(1) src=1>">',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  '<template><img src=x onerror=alert(1)></template>',
  '<xmp><img src=x onerror=alert(1)></xmp>',
  '<img name="cookie"><form id="location"><a id="defaultView"></a></form>',
  '<img id="createElement"><form name="body"></form>',
  '{{constructor.constructor("alert(1)")()}}',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<isindex action="javascript:alert(1)" type=image>',
] as const;

/** How a vector gets into a field: as it is, breaking out of attributes or XML, or entity-encoded. */
const CONTEXTS = [
  (v: string) => v,
  (v: string) => `"><${v.slice(1)}`,
  (v: string) => `'>${v}`,
  (v: string) => `</title>${v}`,
  (v: string) => `]]>${v}<![CDATA[`,
  (v: string) => v.replace(/</g, '&lt;').replace(/>/g, '&gt;'),
];

/** URL vectors: every spelling and encoding of script and data URLs. */
export const URL_PAYLOADS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'javascript\t:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  '\u0001javascript:alert(1)',
  '\u0000javascript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  '%6Aavascript:alert(1)',
  'javascript://%0aalert(1)',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:text/html,<script>alert(1)</script>',
  'data:application/javascript,alert(1)',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'blob:https://example.gov.vn/x',
  'file:///etc/passwd',
  'jar:https://example.gov.vn/x!/',
] as const;

export const XSS_PAYLOADS: string[] = [
  ...VECTORS.flatMap((v) => CONTEXTS.map((context) => context(v))),
  ...URL_PAYLOADS,
];
