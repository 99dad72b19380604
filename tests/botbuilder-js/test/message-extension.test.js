'use strict';
// TeamBot's message extension against the official Bot Framework JS SDK: every composeExtension invoke response is
// deserialized with the SDK's own Teams models (botframework-connector's mappers, the serializer its Teams client
// uses), may carry no field those models lack, and has the shape the SDK's TeamsActivityHandler itself sends when a
// bot built on it answers the same invoke with botbuilder's CardFactory.
const assert = require('node:assert/strict');
const { randomUUID } = require('node:crypto');
const { after, before, describe, test } = require('node:test');
const { ActivityTypes, CardFactory, TeamsActivityHandler, TestAdapter } = require('botbuilder');
const { createSerializer } = require('@azure/core-client');
const TeamsMappers = require('botframework-connector/lib/teams/models/mappers');
const { startTeamBotHost } = require('../lib/teambot-host');

const serializer = createSerializer(TeamsMappers);
const TENANT = '11111111-2222-3333-4444-555555555555';
let host;

before(async () => { host = await startTeamBotHost(); });
after(async () => { await host?.stop(); });

function invoke(name, value, aadObjectId = '00000000-0000-0000-0000-0000000000a1') {
  return {
    type: ActivityTypes.Invoke,
    name,
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    from: { id: '29:1asker', name: 'Toegangsmedewerker', aadObjectId },
    recipient: { id: '28:teambot-local', name: 'TeamBot' },
    conversation: { id: '19:family@unq.gbl.spaces', conversationType: 'groupChat', tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, source: { name: 'compose' } },
    value,
  };
}

async function postToTeamBot(activity) {
  const response = await fetch(`${host.url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(activity),
  });
  assert.equal(response.status, 200, `${activity.name} is answered with 200`);
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}

/** The SDK's TeamsActivityHandler answering the same invoke: what it sends back as the invoke response body. */
async function sdkInvokeResponse(activity, handlers) {
  const bot = new TeamsActivityHandler();
  Object.assign(bot, handlers);
  const adapter = new TestAdapter((context) => bot.run(context));
  let body;
  adapter.use(async (context, next) => {
    context.onSendActivities(async (_, activities, nextSend) => {
      for (const sent of activities) if (sent.type === 'invokeResponse') body = sent.value.body;
      return nextSend();
    });
    await next();
  });
  await adapter.processActivity(activity);
  return body;
}

/** Reads a body as the SDK's models do: a wrong type throws; a field the model lacks is reported. */
function assertSdkModel(body, mapperName) {
  const mapper = TeamsMappers[mapperName];
  assert.doesNotThrow(() => serializer.deserialize(mapper, body, 'body'), `${mapperName} deserializes`);
  assertKnownFields(body, mapper, mapperName);
}

// Walks the composite models; card content is the Adaptive Card's or thumbnail's own and not modelled here.
function assertKnownFields(value, mapper, where) {
  if (value === null || typeof value !== 'object') return;
  const properties = resolve(mapper, value).type.modelProperties ?? {};
  const bySerializedName = new Map(Object.values(properties).map((p) => [p.serializedName, p]));
  const unknown = Object.keys(value).filter((key) => !bySerializedName.has(key));
  assert.deepEqual(unknown, [], `${where} has fields the SDK's Teams model does not know`);
  for (const [key, property] of bySerializedName) {
    const child = value[key];
    if (child === undefined || key === 'content' || key === 'value' && where.endsWith('suggestedActions.actions')) continue;
    if (property.type.name === 'Composite') assertKnownFields(child, property, `${where}.${key}`);
    if (property.type.name === 'Sequence' && property.type.element.type.name === 'Composite') {
      child.forEach((item, i) => assertKnownFields(item, property.type.element, `${where}.${key}[${i}]`));
    }
  }
}

// A task is modelled by its base (only "type"); its kind says which model holds the rest, as the SDK's types do.
const taskKinds = { continue: 'TaskModuleContinueResponse', message: 'TaskModuleMessageResponse' };

function resolve(mapper, value) {
  const className = mapper.type.className;
  if (className === 'TaskModuleResponseBase' && taskKinds[value?.type]) return TeamsMappers[taskKinds[value.type]];
  if (mapper.type.modelProperties) return mapper;
  const name = className;
  const found = TeamsMappers[name] ?? Object.values(TeamsMappers).find((m) => m?.type?.className?.toLowerCase() === name?.toLowerCase());
  return found ?? { type: { modelProperties: {} } };
}

/** The keys of a value, recursively, without card contents: the envelope two responses must share. */
function shape(value) {
  if (Array.isArray(value)) return value.length ? [shape(value[0])] : [];
  if (value === null || typeof value !== 'object') return typeof value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, key === 'content' || key === 'value' && typeof value[key] === 'object' && !Array.isArray(value[key]) && !value[key].title ? 'object' : shape(value[key])]));
}

const query = (text) => ({ commandId: 'verwijsgids', parameters: [{ name: 'zoekterm', value: text }], queryOptions: { skip: 0, count: 25 } });

describe('message extension invokes as the JS SDK reads them', () => {
  test('a search: a list of Adaptive Cards with thumbnail previews, as a TeamsActivityHandler answers one', async () => {
    const body = await postToTeamBot(invoke('composeExtension/query', query('pleegzorg')));
    assertSdkModel(body, 'MessagingExtensionResponse');
    const { attachments } = body.composeExtension;
    assert.ok(attachments.length >= 1 && attachments.length <= 25);
    assert.ok(attachments.every((a) => a.contentType === CardFactory.contentTypes.adaptiveCard && a.content.version === '1.5'));
    assert.ok(attachments.every((a) => a.preview.contentType === CardFactory.contentTypes.thumbnailCard));
    assert.ok(attachments.some((a) => a.preview.content.title === 'Pleegzorg Mergelland'));

    const first = attachments[0];
    const sdk = await sdkInvokeResponse(invoke('composeExtension/query', query('pleegzorg')), {
      handleTeamsMessagingExtensionQuery: async () => ({
        composeExtension: {
          type: 'result',
          attachmentLayout: 'list',
          attachments: [{
            ...CardFactory.adaptiveCard(first.content),
            preview: CardFactory.thumbnailCard(first.preview.content.title, first.preview.content.text, undefined, undefined,
              { subtitle: first.preview.content.subtitle, tap: first.preview.content.tap }),
          }],
        },
      }),
    });
    assert.deepEqual(shape(body), shape(sdk));
  });

  test('choosing a result (selectItem) and an empty search answer in the same shape', async () => {
    const found = await postToTeamBot(invoke('composeExtension/query', query('logeeropvang Heerlen')));
    const chosen = await postToTeamBot(invoke('composeExtension/selectItem', found.composeExtension.attachments[0].preview.content.tap.value));
    assertSdkModel(chosen, 'MessagingExtensionResponse');
    assert.equal(chosen.composeExtension.type, 'result');
    assert.equal(chosen.composeExtension.attachments.length, 1);

    const initial = await postToTeamBot(invoke('composeExtension/query', { commandId: 'verwijsgids', parameters: [{ name: 'initialRun', value: 'true' }] }));
    assertSdkModel(initial, 'MessagingExtensionResponse');
    assert.ok(initial.composeExtension.attachments.length >= 1);
  });

  test('nothing found is a message result', async () => {
    const body = await postToTeamBot(invoke('composeExtension/query', query('xqzv wrdfl')));
    assertSdkModel(body, 'MessagingExtensionResponse');
    assert.equal(body.composeExtension.type, 'message');
    assert.match(body.composeExtension.text, /^Niets gevonden\./);
  });

  test('the settings: a config result with the page to open, then the choice stored per user', async () => {
    const config = await postToTeamBot(invoke('composeExtension/querySettingUrl', { commandId: 'verwijsgids' }));
    assertSdkModel(config, 'MessagingExtensionResponse');
    const sdk = await sdkInvokeResponse(invoke('composeExtension/querySettingUrl', {}), {
      handleTeamsMessagingExtensionConfigurationQuerySettingUrl: async () => ({
        composeExtension: { type: 'config', suggestedActions: { actions: [{ type: 'openUrl', title: 'Instellingen', value: 'https://x/' }] } },
      }),
    });
    assert.deepEqual(shape(config), shape(sdk));
    const url = new URL(config.composeExtension.suggestedActions.actions[0].value);
    assert.equal(url.pathname, '/addin/teams-instellingen.html');
    assert.ok(url.searchParams.get('gemeenten').split(';').includes('Stein'));

    const saved = await postToTeamBot(invoke('composeExtension/setting', { state: JSON.stringify({ gemeente: 'Stein' }) }, 'settings-user'));
    assert.equal(saved, undefined, 'a stored setting is answered with 200 and no body, as the SDK does');
    const narrowed = await postToTeamBot(invoke('composeExtension/query', query('logeeropvang'), 'settings-user'));
    assert.deepEqual(narrowed.composeExtension.attachments.map((a) => a.preview.content.title).sort(),
      ['Logeerhuis De Vlinder', 'Stichting Gehandicaptenzorg (SGL)']);
  });

  test('"Vraag TeamBot" on a message: a dialog (task module), then the answer card ready to send', async () => {
    const messagePayload = { body: { contentType: 'html', content: '<p>Wie biedt logeeropvang in Heerlen? Groet, Piet (06-12345678)</p>' } };
    const fetched = await postToTeamBot(invoke('composeExtension/fetchTask', { commandId: 'vraagTeamBot', commandContext: 'message', messagePayload }));
    assertSdkModel(fetched, 'MessagingExtensionActionResponse');
    assert.equal(fetched.task.type, 'continue');
    assert.equal(fetched.task.value.card.contentType, CardFactory.contentTypes.adaptiveCard);
    assert.doesNotMatch(JSON.stringify(fetched), /12345678/);
    const sdkTask = await sdkInvokeResponse(invoke('composeExtension/fetchTask', { commandId: 'vraagTeamBot', commandContext: 'message', messagePayload }), {
      handleTeamsMessagingExtensionFetchTask: async () => ({
        task: { type: 'continue', value: { title: 'Vraag TeamBot', height: 'medium', width: 'medium', card: CardFactory.adaptiveCard(fetched.task.value.card.content) } },
      }),
    });
    assert.deepEqual(shape(fetched), shape(sdkTask));

    const answered = await postToTeamBot(invoke('composeExtension/submitAction',
      { commandId: 'vraagTeamBot', commandContext: 'message', messagePayload, data: { vraag: 'Wie biedt logeeropvang in Heerlen?' } }));
    assertSdkModel(answered, 'MessagingExtensionActionResponse');
    const [card] = answered.composeExtension.attachments;
    assert.equal(card.contentType, CardFactory.contentTypes.adaptiveCard);
    assert.match(JSON.stringify(card.content), /Autismepunt Zuid/);
    assert.doesNotMatch(JSON.stringify(card.content), /Action\.(Execute|Submit)/);
  });
});
