#!/usr/bin/env node
// The shipped JSON Schema must compile and accept every sample feed the project ships.
import { readdirSync, readFileSync } from 'node:fs';

import Ajv2020 from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync('schema/party-news-feed.schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(schema);
let failed = 0;
for (const file of readdirSync('fixtures/feeds').filter((f) => f.endsWith('.json'))) {
  const feed = JSON.parse(readFileSync(`fixtures/feeds/${file}`, 'utf8'));
  if (validate(feed)) console.log(`schema: ${file} valid`);
  else {
    failed++;
    console.error(`schema: ${file} INVALID`, validate.errors);
  }
}
// And it must refuse what normalizeFeed refuses as a whole.
for (const bad of [{ entries: [] }, 'items', [{ title: 'no id', date_published: '2022-03-30T11:32:00+07:00' }]]) {
  if (validate(bad)) {
    failed++;
    console.error('schema: accepted', JSON.stringify(bad));
  }
}
process.exit(failed ? 1 : 0);
