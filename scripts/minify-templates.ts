// A build plugin that squeezes the whitespace out of Lit's css`` and html`` template literals.
// The minifier leaves template text alone (it cannot know what is markup), and indentation in
// templates is a real share of the script-tag bundle. TypeScript's parser finds the templates,
// so nested ${…} expressions and backticks inside them are handled exactly.
import { readdirSync, readFileSync } from 'node:fs';

import ts from 'typescript';
import type { Plugin } from 'vite';

const CSS_TAGS = new Set(['css']);
const HTML_TAGS = new Set(['html', 'staticHtml']);

export function minifyCss(text: string): string {
  return (
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      // 0.5rem → .5rem; no spaces round the / of a ratio or an alpha (calc() needs them only round + and -).
      .replace(/([\s:,(])0\.(\d)/g, '$1.$2')
      .replace(/ \/ /g, '/')
      .trim()
  );
}

/**
 * Whitespace that holds a line break is layout of the source: next to a tag it goes; anywhere
 * else (between attributes, or beside a ${binding} at the edge of a piece) it stays one space,
 * because it may separate an attribute from the next or a word from a bound value.
 */
export function minifyHtml(text: string): string {
  return (
    text
      .replace(/\s*\n\s*/g, (ws, offset: number, whole: string) =>
        whole[offset - 1] === '>' || whole[offset + ws.length] === '<' ? '' : ' ',
      )
      // A static value of letters, digits and dashes needs no quotes: class="tool" → class=tool.
      .replace(/(\s[\w-]+)="([\w-]+)"/g, '$1=$2')
      // A void element needs no self-closing slash (and an unquoted value must not absorb it).
      .replace(/\s*\/>/g, '>')
  );
}

const PRIVATE_PROPERTY = /--_[\w-]+/g;

/**
 * The elements' private custom properties (`--_text`, `--_card-summary-lines`: the `--pn-` tokens
 * read once, see base.styles.ts) are named for the reader; the bundle can call them `--_a`, `--_b`.
 * Names are dealt out by use across all of `src/`, the most used first, so every build agrees.
 */
function privatePropertyRenamer(sourceDir: URL): (css: string) => string {
  const uses = new Map<string, number>();
  for (const file of readdirSync(sourceDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
    for (const [name] of readFileSync(new URL(file, sourceDir), 'utf8').matchAll(PRIVATE_PROPERTY))
      uses.set(name, (uses.get(name) ?? 0) + 1);
  }
  const byUse = [...uses].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1)).map(([name]) => name);
  const short = new Map(byUse.map((name, i) => [name, `--_${i.toString(36)}`]));
  return (css) => css.replace(PRIVATE_PROPERTY, (name) => short.get(name) ?? name);
}

function templateEdits(
  code: string,
  fileName: string,
  renameCss = (css: string) => css,
): { start: number; end: number; text: string }[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const cssPieces = new Set<ts.Node>();
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const isCss = CSS_TAGS.has(node.tag.text);
      const kind = isCss
        ? (css: string) => renameCss(minifyCss(css))
        : HTML_TAGS.has(node.tag.text)
          ? minifyHtml
          : undefined;
      if (kind) {
        const t = node.template;
        const pieces = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
        for (const piece of pieces) {
          if (isCss) cssPieces.add(piece);
          // The raw text sits between the opening ` or } and the closing ` or ${.
          const start = piece.getStart(source) + 1;
          const end = piece.getEnd() - (ts.isTemplateHead(piece) || ts.isTemplateMiddle(piece) ? 2 : 1);
          const raw = code.slice(start, end);
          const text = kind(raw);
          if (text !== raw) edits.push({ start, end, text });
        }
      }
    } else if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
      // Only css`` is renamed: a private property named anywhere else would silently break.
      if (!cssPieces.has(node) && new RegExp(PRIVATE_PROPERTY.source).test(node.text)) {
        throw new Error(
          `${fileName}: a private custom property (--_…) outside css\`\` would not be renamed with the rest.`,
        );
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edits;
}

export interface MinifyTemplatesOptions {
  /** Give the private `--_` custom properties short names (see privatePropertyRenamer). */
  shortPrivateProperties?: boolean;
}

export function minifyTemplates({ shortPrivateProperties = false }: MinifyTemplatesOptions = {}): Plugin {
  let renameCss: ((css: string) => string) | undefined;
  return {
    name: 'party-news:minify-templates',
    enforce: 'pre',
    buildStart() {
      if (shortPrivateProperties) renameCss = privatePropertyRenamer(new URL('../src/', import.meta.url));
    },
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(css|html|staticHtml)`|--_/.test(code)) return null;
      let out = code;
      for (const { start, end, text } of templateEdits(code, id, renameCss).sort((a, b) => b.start - a.start)) {
        out = out.slice(0, start) + text + out.slice(end);
      }
      return { code: out, map: null };
    },
  };
}
