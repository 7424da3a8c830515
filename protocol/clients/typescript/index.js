// Generated from protocol/openclaw.openrpc.json by OpenClaw.Tests (TypeScriptClientTests); do not edit.
// OPENCLAW_UPDATE_CLIENTS=1 dotnet test OpenClaw.Tests --filter TypeScriptClient rewrites it.
'use strict';

class OpenClawConnection {
  constructor(connection) {
    this.connection = connection;
  }

  request(method, params, token) {
    return token === undefined
      ? this.connection.sendRequest(method, params ?? {})
      : this.connection.sendRequest(method, params ?? {}, token);
  }

  notify(method, params) {
    return this.connection.sendNotification(method, params);
  }

  onProgress(handler) {
    return this.connection.onNotification('$/progress', handler);
  }

  onRequest(method, handler) {
    return this.connection.onRequest(method, handler);
  }

  initialize(params, token) {
    return this.request('initialize', params, token);
  }

  shutdown(params, token) {
    return this.request('shutdown', params, token);
  }

  rpcDiscover(params, token) {
    return this.request('rpc.discover', params, token);
  }

  health(params, token) {
    return this.request('health', params, token);
  }

  status(params, token) {
    return this.request('status', params, token);
  }

  ttsStatus(params, token) {
    return this.request('tts.status', params, token);
  }

  ttsProviders(params, token) {
    return this.request('tts.providers', params, token);
  }

  ttsEnable(params, token) {
    return this.request('tts.enable', params, token);
  }

  ttsDisable(params, token) {
    return this.request('tts.disable', params, token);
  }

  ttsSetProvider(params, token) {
    return this.request('tts.setProvider', params, token);
  }

  ttsConvert(params, token) {
    return this.request('tts.convert', params, token);
  }

  agentRun(params, token) {
    return this.request('agent.run', params, token);
  }

  agentProviders(params, token) {
    return this.request('agent.providers', params, token);
  }

  voiceStatus(params, token) {
    return this.request('voice.status', params, token);
  }

  voiceTranscribe(params, token) {
    return this.request('voice.transcribe', params, token);
  }

  doctor(params, token) {
    return this.request('doctor', params, token);
  }

  securityAudit(params, token) {
    return this.request('security.audit', params, token);
  }

  configGet(params, token) {
    return this.request('config.get', params, token);
  }

  runtimeMetrics(params, token) {
    return this.request('runtime.metrics', params, token);
  }

  sessionsList(params, token) {
    return this.request('sessions.list', params, token);
  }

  sessionsHistory(params, token) {
    return this.request('sessions.history', params, token);
  }

  sessionsReset(params, token) {
    return this.request('sessions.reset', params, token);
  }

  sessionsDelete(params, token) {
    return this.request('sessions.delete', params, token);
  }
}

exports.OpenClawConnection = OpenClawConnection;
