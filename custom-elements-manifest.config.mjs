// The analyzer's settings (read by `npm run analyze`). custom-elements.json feeds editors, the
// README's API tables and Storybook's controls, so it lists the public API only: members that
// are private (TypeScript `private`, `#private`), protected, static, or tagged @internal are the
// code's inside, and a designer or portal developer must not see them as settings.
const isInternal = (member) =>
  member.privacy === 'private' ||
  member.privacy === 'protected' ||
  member.static ||
  member.name.startsWith('#') ||
  /@internal\b/.test(member.description ?? '');

export default {
  // package.json names custom-elements.json already; a run with --outdir (a test's own manifest)
  // must not rewrite it to point elsewhere.
  packagejson: false,
  plugins: [
    {
      name: 'party-news:public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (!declaration.members) continue;
            // Internal reactive state (`state: true` in `static properties`) is no attribute,
            // though the analyzer lists one for every entry there.
            const internal = new Set(declaration.members.filter(isInternal).map((m) => m.name));
            declaration.attributes = declaration.attributes?.filter((a) => !internal.has(a.fieldName));
            declaration.members = declaration.members.filter((m) => !isInternal(m));
            // Public is the default: the analyzer writes it only for `static properties` entries.
            for (const m of declaration.members) if (m.privacy === 'public') delete m.privacy;
          }
        }
      },
    },
  ],
};
