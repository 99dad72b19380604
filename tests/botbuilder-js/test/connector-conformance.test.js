'use strict';
// Conformance with the official Bot Framework JS SDK: TeamBot's host answers Teams-shaped activities, and every
// call it makes to the Bot Connector lands in botbuilder's own ChannelServiceRoutes, so the URLs, verbs and JSON
// are checked by code we did not write.
const assert = require('node:assert/strict');
const { randomUUID } = require('node:crypto');
const { after, before, describe, test } = require('node:test');
const { ActivityTypes, CardFactory, TurnContext, isAttachment } = require('botbuilder');
// The connector's own (de)serialization model: the field names the SDK's ConnectorClient reads and writes.
const Mappers = require('botframework-connector/lib/connectorApi/models/mappers');
const { startConnectorService } = require('../lib/connector-service');
const { startTeamBotHost } = require('../lib/teambot-host');

const INKOOPTEAM = '19:inkoopteam@thread.tacv2';
const EXPERT_AAD_ID = '00000000-0000-0000-0000-0000000000e1';
const TENANT = '11111111-2222-3333-4444-555555555555';
const BOT = { id: '28:teambot-local', name: 'TeamBot' };
const ASKER = { id: '29:1asker-Zuid', name: 'Toegangsmedewerker', aadObjectId: '00000000-0000-0000-0000-0000000000a1' };
const EXPERT = { id: '29:1expert', name: 'Inkoopteam', aadObjectId: EXPERT_AAD_ID };
// Teams ids carry ':', ';' and '='; they must survive the URL path.
const PERSONAL = { id: 'a:1xYz;messageid=42', conversationType: 'personal', tenantId: TENANT };

let connector;
let host;

before(async () => {
  connector = await startConnectorService();
  // No Bot:AppId: local mode, unauthenticated loopback traffic both ways.
  host = await startTeamBotHost({
    'Bot:InkoopteamChannel': INKOOPTEAM,
    'Bot:InkoopteamMembers:0': EXPERT_AAD_ID,
  });
});

after(async () => {
  await host?.stop();
  await connector?.close();
});

function teamsActivity(fields) {
  return {
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: `${connector.url}/`,
    from: { ...ASKER },
    recipient: { ...BOT },
    conversation: { ...PERSONAL },
    channelData: { tenant: { id: TENANT } },
    ...fields,
  };
}

async function postToTeamBot(activity) {
  const response = await fetch(`${host.url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

function cardAction(conversation, from, { verb, data }) {
  return teamsActivity({
    type: ActivityTypes.Invoke,
    name: 'adaptiveCard/action',
    from,
    conversation,
    value: { action: { type: 'Action.Execute', verb, data } },
  });
}

/** The next message the bot sends into a conversation (after call number `since`), as the SDK's routes parsed it. */
function sentInto(conversationId, since = 0) {
  return connector.handler.waitFor((call) => call.seq > since && call.conversationId === conversationId
    && (call.kind === 'sendToConversation' || call.kind === 'replyToActivity'));
}

/** The Action.Execute with this verb anywhere in a card. */
function findAction(node, verb) {
  if (Array.isArray(node)) return node.map((item) => findAction(item, verb)).find(Boolean);
  if (node === null || typeof node !== 'object') return undefined;
  if (node.type === 'Action.Execute' && node.verb === verb) return node;
  return findAction(Object.values(node), verb);
}

// Every field we send must be one the SDK's connector model knows; a misspelt name would be silently dropped.
// The SDK's routes add rawTimestamp and friends themselves (validateAndFixActivity), so those are not ours.
function assertKnownFields(value, mapper, where) {
  const known = new Set(Object.values(mapper.type.modelProperties).map((p) => p.serializedName));
  const unknown = Object.keys(value).filter((key) => !known.has(key) && !/^raw(Timestamp|Expiration|LocalTimestamp)$/.test(key));
  assert.deepEqual(unknown, [], `${where} has fields the Bot Framework connector model does not know`);
}

function assertWireShape(activity) {
  assertKnownFields(activity, Mappers.Activity, 'activity');
  assertKnownFields(activity.from, Mappers.ChannelAccount, 'activity.from');
  // A post into a channel has no recipient.
  if (activity.recipient) assertKnownFields(activity.recipient, Mappers.ChannelAccount, 'activity.recipient');
  assertKnownFields(activity.conversation, Mappers.ConversationAccount, 'activity.conversation');
  for (const attachment of activity.attachments ?? []) {
    assertKnownFields(attachment, Mappers.Attachment, 'attachment');
    assert.ok(isAttachment(attachment), 'botframework-schema accepts the attachment');
  }
}

/** The single Adaptive Card 1.5 of a bot message. */
function adaptiveCardOf(activity) {
  assert.equal(activity.type, ActivityTypes.Message);
  assert.equal(activity.attachments?.length, 1);
  const [attachment] = activity.attachments;
  assert.equal(attachment.contentType, CardFactory.contentTypes.adaptiveCard);
  assert.equal(attachment.content.type, 'AdaptiveCard');
  assert.equal(attachment.content.version, '1.5');
  return attachment.content;
}

/**
 * The asker escalates an answer card; the ticket lands in the inkoopteam channel; the expert answers it.
 * Returns the invoke responses and the ticket as the SDK parsed it.
 */
async function escalateAndAnswer(conversation, asker, answerCard, expertAnswer) {
  const escalate = findAction(answerCard, 'escalate');
  assert.ok(escalate?.data?.logId, 'the answer card has an escalate action with a logId');
  const since = connector.handler.calls.length;
  const escalated = await postToTeamBot(cardAction(conversation, asker, escalate));
  const ticket = await sentInto(INKOOPTEAM, since);

  const answerAction = findAction(adaptiveCardOf(ticket.activity), 'ticket.answer');
  assert.ok(answerAction?.data?.ticketId, 'the ticket card has an answer action with a ticketId');
  const channel = { id: INKOOPTEAM, conversationType: 'channel', tenantId: TENANT };
  // Teams merges the card's input values into the action data.
  const data = { ...answerAction.data, answer: expertAnswer, saveAsFaq: 'false' };
  const answered = await postToTeamBot(cardAction(channel, EXPERT, { verb: answerAction.verb, data }));
  return { escalated, ticket, answered };
}

/** An invoke response that replaces the card: 200 with {statusCode, type, value}. */
function assertRefreshedCard(response, text) {
  assert.equal(response.status, 200);
  assert.equal(response.body.statusCode, 200);
  assert.equal(response.body.type, CardFactory.contentTypes.adaptiveCard);
  assert.equal(response.body.value.type, 'AdaptiveCard');
  assert.match(JSON.stringify(response.body.value), text);
}

describe('TeamBot against the Bot Framework JS SDK connector routes', () => {
  let question;
  let answer;

  test('a question is answered with an Adaptive Card that the SDK parses, addressed back to the asker', async () => {
    question = teamsActivity({ type: ActivityTypes.Message, text: 'Welke aanbieders zijn gecontracteerd voor logeeropvang in Heerlen?' });
    assert.equal((await postToTeamBot(question)).status, 200);

    answer = await sentInto(PERSONAL.id);
    const { activity } = answer;
    assertWireShape(activity);
    // Addressed as the SDK itself addresses a reply to the question (from/recipient swapped).
    const expected = TurnContext.applyConversationReference({ type: ActivityTypes.Message }, TurnContext.getConversationReference(question));
    assert.equal(activity.conversation.id, expected.conversation.id);
    assert.equal(activity.channelId, expected.channelId);
    assert.equal(activity.serviceUrl, expected.serviceUrl);
    assert.equal(activity.from.id, expected.from.id);
    assert.equal(activity.from.id, BOT.id);
    assert.equal(activity.recipient.id, expected.recipient.id);
    assert.equal(activity.recipient.id, ASKER.id);
    assert.equal(activity.replyToId, expected.replyToId);
    if (answer.kind === 'replyToActivity') assert.equal(answer.activityId, question.id);
    assert.match(JSON.stringify(adaptiveCardOf(activity)), /Autismepunt Zuid/);
    // Escaped on the wire (no raw ';' or ':' in the path), decoded by the SDK's router to the exact id.
    const raw = connector.requests.find((r) => r.method === 'POST' && r.url.includes(encodeURIComponent(PERSONAL.id)));
    assert.ok(raw, `no POST with the escaped id; saw ${connector.requests.map((r) => r.url).join(', ')}`);
    assert.equal(raw.authorization, undefined, 'local mode sends no bearer token');
  });

  test('the bot joining a conversation gets a welcome card', async () => {
    const conversation = { ...PERSONAL, id: 'a:1welcome;messageid=7' };
    const update = teamsActivity({ type: ActivityTypes.ConversationUpdate, conversation, membersAdded: [{ id: BOT.id }] });
    assert.equal((await postToTeamBot(update)).status, 200);

    const { activity } = await sentInto(conversation.id);
    assertWireShape(activity);
    assert.equal(activity.recipient.id, ASKER.id);
    assert.match(JSON.stringify(adaptiveCardOf(activity)), /Hallo! Ik ben TeamBot/);
  });

  test('an escalation posts a ticket card into the inkoopteam channel; the expert\'s answer reaches the asker', async () => {
    const expertAnswer = 'Logeeropvang valt onder kortdurend verblijf, productcode 44C01.';
    const since = connector.handler.calls.length;
    const { escalated, ticket, answered } = await escalateAndAnswer(PERSONAL, ASKER, adaptiveCardOf(answer.activity), expertAnswer);

    assertRefreshedCard(escalated, /ticket #\d+/);
    assertWireShape(ticket.activity);
    assert.equal(ticket.kind, 'sendToConversation');
    assert.equal(ticket.activity.from.id, BOT.id);
    assert.equal(ticket.activity.conversation.id, INKOOPTEAM);
    assert.match(JSON.stringify(adaptiveCardOf(ticket.activity)), /logeeropvang in Heerlen/);

    assertRefreshedCard(answered, /Beantwoord/);
    const delivered = await sentInto(PERSONAL.id, since);
    assertWireShape(delivered.activity);
    assert.equal(delivered.activity.recipient.id, ASKER.id);
    assert.match(JSON.stringify(adaptiveCardOf(delivered.activity)), /Antwoord van het inkoopteam[^]*productcode 44C01/);
  });

  test('an asker in a channel thread gets the expert\'s answer in a 1:1 chat the SDK created', async () => {
    const thread = { id: '19:general-Zuid@thread.tacv2;messageid=1700000000001', conversationType: 'channel', isGroup: true, tenantId: TENANT };
    const asker = { id: '29:1channel-asker', name: 'Wijkteam Heerlen', aadObjectId: '00000000-0000-0000-0000-0000000000a2' };
    const mention = { type: 'mention', text: '<at>TeamBot</at>', mentioned: { ...BOT } };
    const message = teamsActivity({
      type: ActivityTypes.Message, conversation: thread, from: asker, entities: [mention],
      text: '<at>TeamBot</at> Welke aanbieders zijn gecontracteerd voor logeeropvang in Heerlen?',
      channelData: { tenant: { id: TENANT }, team: { id: '19:team@thread.tacv2' }, channel: { id: '19:general-Zuid@thread.tacv2' } },
    });
    assert.equal((await postToTeamBot(message)).status, 200);
    const inThread = await sentInto(thread.id);
    assertWireShape(inThread.activity);
    assert.match(JSON.stringify(adaptiveCardOf(inThread.activity)), /Autismepunt Zuid/);

    const since = connector.handler.calls.length;
    const { answered } = await escalateAndAnswer(thread, asker, adaptiveCardOf(inThread.activity), 'Ja, via het contract kortdurend verblijf.');
    assertRefreshedCard(answered, /Beantwoord/);

    const created = await connector.handler.waitFor((call) => call.seq > since && call.kind === 'createConversation');
    const { parameters } = created;
    assertKnownFields(parameters, Mappers.ConversationParameters, 'conversation parameters');
    assert.equal(parameters.isGroup, false);
    assert.equal(parameters.bot.id, BOT.id);
    assert.deepEqual(parameters.members.map((m) => m.id), [asker.id]);
    assert.equal(parameters.tenantId, TENANT);
    // The answer goes into the conversation id the SDK handler returned.
    const delivered = await sentInto(`created-${created.id}`, since);
    assertWireShape(delivered.activity);
    assert.match(JSON.stringify(adaptiveCardOf(delivered.activity)), /Ja, via het contract kortdurend verblijf/);
  });
});
