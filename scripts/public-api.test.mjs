// custom-elements.json (what editors, docs/api.md and Storybook's controls show) lists
// exactly the public API: every member, attribute and event below, and nothing else. A new public
// member is added here on purpose; an internal one that leaks into the manifest fails this test.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const COMMON = { members: ['lang', 'timeZone'], attributes: ['lang', 'time-zone'] };
const PUBLIC = {
  'party-news-feed': {
    members: [
      'src',
      'feed',
      'sources',
      'layout',
      'pageSize',
      'paging',
      'maxItems',
      'hide',
      'category',
      'tabs',
      'archive',
      'searchable',
      'open',
      'route',
      'shareBase',
      'headingLevel',
      'timeout',
      'retries',
      'maxBytes',
      'refresh',
      'loadComplete',
      'reload',
    ],
    attributes: [
      'src',
      'layout',
      'page-size',
      'paging',
      'max-items',
      'hide',
      'category',
      'tabs',
      'archive',
      'searchable',
      'open',
      'route',
      'share-base',
      'heading-level',
      'timeout',
      'retries',
      'max-bytes',
      'refresh',
    ],
    events: ['party-news-load', 'party-news-error', 'party-news-select', 'party-news-update'],
  },
  'party-news-card': {
    members: ['article', 'layout', 'headingLevel'],
    attributes: ['layout', 'heading-level'],
    events: ['party-news-select'],
  },
  'party-news-report': {
    members: ['article', 'related', 'relatedHeading', 'shareBase', 'headingLevel', 'focus'],
    attributes: ['related-heading', 'share-base', 'heading-level'],
    events: ['party-news-select'],
  },
  'party-news-related': {
    members: ['articles', 'heading', 'max', 'headingLevel'],
    attributes: ['heading', 'max', 'heading-level'],
    events: ['party-news-select'],
  },
  // Shows nothing, so it has no language or time zone of its own (common: false).
  'party-news-source': { members: ['src', 'name'], attributes: ['src', 'name'], events: [], common: false },
};

execFileSync('npm', ['run', '--silent', 'analyze'], { stdio: 'ignore' });
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const sorted = (names) => [...names].sort();

test('the manifest holds the five elements', () => {
  assert.deepEqual(sorted(elements.map((d) => d.tagName)), sorted(Object.keys(PUBLIC)));
});

for (const element of elements) {
  const expected = PUBLIC[element.tagName];
  test(`<${element.tagName}> shows its public API and nothing else`, () => {
    const names = (list) => sorted((list ?? []).map((x) => x.name));
    const common = expected.common === false ? { members: [], attributes: [] } : COMMON;
    assert.deepEqual(names(element.members), sorted([...expected.members, ...common.members]), 'members');
    assert.deepEqual(names(element.attributes), sorted([...expected.attributes, ...common.attributes]), 'attributes');
    assert.deepEqual(names(element.events), sorted(expected.events), 'events');
    for (const member of element.members) assert.ok(member.description, `${member.name} has a description`);
  });
}
