// Every card TeamBot can send validates against the official Adaptive Card 1.5 JSON schema.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { cardFiles, cardsDir } from '../lib/paths.js';
import { compileCardSchema, describeErrors } from '../lib/schema.js';

const cards = cardFiles();
const validate = compileCardSchema();

describe('Adaptive Card 1.5 schema', () => {
  it('has cards to check (the .NET card tests write them first)', () => {
    assert.ok(cards.length > 0, `no card JSON in ${cardsDir}: run the dotnet tests first`);
  });

  for (const { name, file } of cards) {
    it(`${name} is a valid Adaptive Card 1.5`, () => {
      const card = JSON.parse(readFileSync(file, 'utf8'));
      assert.equal(card.type, 'AdaptiveCard');
      assert.equal(card.version, '1.5');
      assert.ok(validate(card), describeErrors(validate.errors));
    });
  }

  it('rejects a card the schema does not allow (the validator is not a no-op)', () => {
    const broken = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'x', wrap: 'ja' }], actions: [{ type: 'Action.OpenUrl', title: 'x' }] };
    assert.equal(validate(broken), false);
  });
});
