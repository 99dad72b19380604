'use strict';
// A Bot Connector service made of the official SDK: botbuilder's ChannelServiceRoutes parse every request
// and hand the activity to our ChannelServiceHandler, which only records what the SDK parsed.
const { EventEmitter, once } = require('node:events');
const express = require('express');
const { ChannelServiceHandler, ChannelServiceRoutes } = require('botbuilder');
const { AuthenticationConfiguration, SimpleCredentialProvider } = require('botframework-connector');

class RecordingHandler extends ChannelServiceHandler {
  constructor() {
    // Auth: ChannelServiceHandler.authenticate() asks credentialProvider.isAuthenticationDisabled(), which for
    // SimpleCredentialProvider is `!appId`. With no app id it skips JwtTokenValidation and returns an anonymous
    // claims identity, so the host in local mode (no Bot:AppId, no bearer token) is accepted, as by a real
    // bot with auth off. With an app id the same handler would demand and validate a token.
    super(new SimpleCredentialProvider('', ''), new AuthenticationConfiguration());
    this.calls = [];
    this.events = new EventEmitter();
  }

  async onSendToConversation(_claims, conversationId, activity) {
    return this.record({ kind: 'sendToConversation', conversationId, activity });
  }

  async onReplyToActivity(_claims, conversationId, activityId, activity) {
    return this.record({ kind: 'replyToActivity', conversationId, activityId, activity });
  }

  async onUpdateActivity(_claims, conversationId, activityId, activity) {
    return this.record({ kind: 'updateActivity', conversationId, activityId, activity });
  }

  async onCreateConversation(_claims, parameters) {
    const { id } = this.record({ kind: 'createConversation', parameters });
    return { id: `created-${id}`, activityId: id };
  }

  record(call) {
    const seq = this.calls.length + 1;
    const recorded = { ...call, seq, id: `sdk-${seq}` };
    this.calls.push(recorded);
    this.events.emit('call', recorded);
    return { id: recorded.id };
  }

  /** The first recorded call (past or future) that matches, or a rejection after timeoutMs. Calls are numbered by `seq`. */
  waitFor(match, timeoutMs = 15000) {
    const seen = this.calls.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const listener = (call) => { if (match(call)) { done(); resolve(call); } };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no matching connector call in ${timeoutMs} ms; got ${JSON.stringify(this.calls.map((c) => [c.kind, c.conversationId]))}`));
      }, timeoutMs);
      const done = () => { clearTimeout(timer); this.events.off('call', listener); };
      this.events.on('call', listener);
    });
  }
}

/** Starts the service on a free loopback port; `requests` keeps the raw method and URL of every call. */
async function startConnectorService() {
  const handler = new RecordingHandler();
  const requests = [];
  const app = express();
  app.use((req, _res, next) => { requests.push({ method: req.method, url: req.originalUrl, authorization: req.headers.authorization }); next(); });
  // No body parser: the SDK's ChannelServiceRoutes read and parse the JSON body themselves.
  new ChannelServiceRoutes(handler).register(app);
  // The SDK's routes call next() after answering (restify style); stop here so express's 404 handler
  // does not touch the finished response.
  app.use((_req, res) => { if (!res.headersSent) res.status(404).end(); });
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    handler,
    requests,
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

module.exports = { startConnectorService };
