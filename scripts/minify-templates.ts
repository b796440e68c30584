// A build plugin that squeezes the whitespace out of Lit's css`` and html`` template literals.
// The minifier leaves template text alone (it cannot know what is markup), and indentation in
// templates is a real share of the script-tag bundle. TypeScript's parser finds the templates,
// so nested ${…} expressions and backticks inside them are handled exactly.
import ts from 'typescript';
import type { Plugin } from 'vite';

const CSS_TAGS = new Set(['css']);
const HTML_TAGS = new Set(['html', 'staticHtml']);

export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/**
 * Whitespace that holds a line break is layout of the source: next to a tag it goes; anywhere
 * else (between attributes, or beside a ${binding} at the edge of a piece) it stays one space,
 * because it may separate an attribute from the next or a word from a bound value.
 */
export function minifyHtml(text: string): string {
  return text.replace(/\s*\n\s*/g, (ws, offset: number, whole: string) =>
    whole[offset - 1] === '>' || whole[offset + ws.length] === '<' ? '' : ' ',
  );
}

function templateEdits(code: string, fileName: string): { start: number; end: number; text: string }[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const kind = CSS_TAGS.has(node.tag.text) ? minifyCss : HTML_TAGS.has(node.tag.text) ? minifyHtml : undefined;
      if (kind) {
        const t = node.template;
        const pieces = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
        for (const piece of pieces) {
          // The raw text sits between the opening ` or } and the closing ` or ${.
          const start = piece.getStart(source) + 1;
          const end = piece.getEnd() - (ts.isTemplateHead(piece) || ts.isTemplateMiddle(piece) ? 2 : 1);
          const raw = code.slice(start, end);
          const text = kind(raw);
          if (text !== raw) edits.push({ start, end, text });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edits;
}

export function minifyTemplates(): Plugin {
  return {
    name: 'party-news:minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(css|html|staticHtml)`/.test(code)) return null;
      let out = code;
      for (const { start, end, text } of templateEdits(code, id).sort((a, b) => b.start - a.start)) {
        out = out.slice(0, start) + text + out.slice(end);
      }
      return { code: out, map: null };
    },
  };
}
