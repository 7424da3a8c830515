// Generated from protocol/openclaw.openrpc.json by OpenClaw.Tests (TypeScriptClientTests); do not edit.
// OPENCLAW_UPDATE_CLIENTS=1 dotnet test OpenClaw.Tests --filter TypeScriptClient rewrites it.
import type { CancellationToken, Disposable, MessageConnection } from 'vscode-jsonrpc';

export type ClientInfo = {
  name?: string;
  version?: string;
};

export type InitializeResult = {
  protocolVersion: string;
  serverInfo: {
    name: 'openclaw-core' | 'openclaw-edge';
    version: string;
  };
  track: Track;
  capabilities: {
    methods: Array<string>;
    framings: Array<'content-length' | 'newline'>;
    progress: boolean;
    cancellation: boolean;
    batches: boolean;
    limits: {
      maxMessageBytes: number;
      maxInFlight: number;
    };
  };
};

export type HealthResult = {
  status: 'ok';
  track: Track;
  version: string;
  uptimeMs: number;
  memory: {
    /** Resident set size, sampled at most every 250 ms. */
    rssBytes: number;
    managedHeapBytes: number;
  };
  /** Other requests in flight, not counting this one. */
  requestsInFlight: number;
};

export type StatusResult = {
  track: Track;
  version: string;
  protocolVersion: string;
  /** Absolute; may not exist. */
  configPath: string;
  configLoaded: boolean;
  stateDir: string;
  runtime: {
    dotnet: string;
    os: string;
    architecture: string;
    nativeAot: boolean;
  };
};

export type Track = 'core' | 'edge';

export type ErrorData = {
  kind: string;
  retryable: boolean;
  retryAfterMs?: number;
  path?: string;
  supported?: Array<string>;
  attempts?: Array<ProviderAttempt>;
  runtime?: RunTelemetry;
};

export type ProviderAttempt = {
  provider: string;
  outcome: 'success' | 'failed' | 'timeout' | 'skipped';
  /** Why it failed or was skipped; absent on success. */
  reason?: string;
  durationMs: number;
};

export type TtsProviderId = 'kittentts' | 'espeak' | 'openai' | 'elevenlabs';

export type AudioFormat = 'wav' | 'mp3' | 'opus';

export type TtsStatusResult = {
  enabled: boolean;
  /** The selected provider (prefs, then messages.tts.provider); absent when none is selected. */
  provider?: TtsProviderId;
  /** The providers a conversion would try now, in order: configured and available. */
  chain: Array<TtsProviderId>;
  fallbacks: Array<TtsProviderId>;
  formats: Array<AudioFormat>;
  limits: {
    maxTextLength: number;
    /** Per provider attempt. */
    timeoutMs: number;
  };
  prefsPath: string;
  track: Track;
  offlineVoice: {
    policy: 'lazy-off-default-chain' | 'offline-first';
    providers: Array<{
      id: string;
      configured: boolean;
      found: boolean;
      executable: boolean;
      available: boolean;
      path?: string;
      version?: string;
      reason?: string;
    }>;
  };
};

export type TtsProvidersResult = {
  providers: Array<{
    id: TtsProviderId;
    name: string;
    kind: 'offline' | 'cloud';
    configured: boolean;
    available: boolean;
    reason?: string;
    path?: string;
    version?: string;
    /** Cloud providers: whether a key is set. The key itself is never returned. */
    keyPresent?: boolean;
    formats: Array<AudioFormat>;
  }>;
  active?: TtsProviderId;
};

export type TtsConvertResult = {
  provider: TtsProviderId;
  format: AudioFormat;
  sampleRate?: number;
  channels?: number;
  /** Measured from the audio (WAV header, MP3 frames, Ogg granule), never estimated. */
  durationMs?: number;
  bytes: number;
  /** Plain base64, no data: prefix (default). */
  audioBase64?: string;
  /** With output=file: an absolute path under <stateDir>/audio/. */
  audioPath?: string;
  attempts: Array<ProviderAttempt>;
};

export type VoiceTranscribeResult = {
  text: string;
  provider: 'whisper' | 'pocketsphinx';
  /** Duration of the audio. */
  durationMs: number;
  attempts: Array<ProviderAttempt>;
};

export type VoiceStatusResult = {
  engines: Array<{
    id: string;
    configured: boolean;
    available: boolean;
    path?: string;
    languages: Array<string>;
    reason?: string;
  }>;
  chain: Array<string>;
  limits: {
    maxAudioBytes: number;
    timeoutMs: number;
  };
  allowedRoots: Array<string>;
};

export type DoctorResult = {
  /** false when any check failed (the CLI then exits 1). */
  ok: boolean;
  track: Track;
  version: string;
  checks: Array<{
    id: 'config' | 'stateDir' | 'ownership' | 'trackContract' | 'runtime' | 'disk' | 'childProcesses' | 'tts' | 'offlineBinaries' | 'transcription' | 'selfHealing' | 'providers' | 'mcp';
    status: 'pass' | 'warn' | 'fail';
    message: string;
    detail?: string;
    /** doctor {fix:true} repairs it. */
    fixable?: boolean;
  }>;
  summary: {
    pass: number;
    warn: number;
    fail: number;
  };
  fix?: {
    changes: Array<{
      path: string;
      action: 'chmod' | 'mkdir';
      from?: string;
      to?: string;
    }>;
  };
};

export type AuditResult = {
  /** ISO 8601 UTC time of the audit. */
  ts: string;
  track: Track;
  deep: boolean;
  summary: {
    critical: number;
    warn: number;
    info: number;
  };
  findings: Array<{
    checkId: 'fs.config.permissions' | 'fs.stateDir.permissions' | 'fs.stateFiles.permissions' | 'fs.config.owner' | 'fs.stateDir.owner' | 'logging.file.owner' | 'config.plaintextSecret' | 'transport.insecureHttp' | 'offlineBinary.path' | 'logging.file.permissions' | 'logging.debug' | 'binary.checksum' | 'fs.transcripts.permissions' | 'transcripts.secrets' | 'selfHealing.bounds' | 'tools.allowAllUnasked' | 'mcp.plaintextSecret' | 'mcp.command.relative' | 'mcp.command.writable' | 'mcp.cwd.writable';
    severity: 'critical' | 'warn' | 'info';
    title: string;
    detail: string;
    remediation: string;
  }>;
  fix?: {
    changes: Array<{
      path: string;
      action: 'chmod' | 'mkdir';
      from?: string;
      to?: string;
    }>;
  };
};

export type ConfigGetResult = {
  track: Track;
  configPath: string;
  configLoaded: boolean;
  settings: Array<{
    key: string;
    /** Any JSON value; secrets are "[redacted]". */
    value: unknown;
    source: 'default' | 'file' | 'env' | 'flag' | 'prefs';
  }>;
};

export type MetricsResult = {
  uptimeMs: number;
  /** Other requests in flight. */
  inFlight: number;
  memory: {
    rssBytes: number;
    peakRssBytes?: number | null;
    managedHeapBytes: number;
  };
  requests: Array<{
    /** A served method, or (unknown) for names this track does not serve. */
    method: string;
    /** ok, or the error code answered. */
    outcome: string;
    count: number;
  }>;
  latency: Array<{
    method: string;
    count: number;
    sumMs: number;
    buckets: Array<{
      leMs: number | null;
      count: number;
    }>;
  }>;
  counters: Array<{
    name: 'tts.attempts' | 'selfHealing.attempts' | 'selfHealing.recoveries' | 'selfHealing.circuit' | 'tools.calls';
    labels: { [member: string]: unknown };
    value: number;
  }>;
};

export type SelfHealingAttempt = {
  provider: string;
  model: string;
  outcome: 'success' | 'failed' | 'timeout' | 'skipped' | 'cancelled';
  /** Why it failed, timed out or was skipped; absent on success. Never holds a key or a response body. */
  reason?: string;
  durationMs: number;
  /** The wait before this attempt: backoff, or the provider's Retry-After. */
  delayMs: number;
};

export type SelfHealingPolicy = {
  /** Attempts per provider for transient failures. */
  maxAttempts: number;
  backoffMs: number;
  maxBackoffMs: number;
  attemptTimeoutMs: number;
  circuitBreaker: boolean;
};

export type SelfHealingReport = {
  enabled: boolean;
  /** An attempt failed or timed out and a later one answered. */
  recovered: boolean;
  track: Track;
  policy: SelfHealingPolicy;
  attempts: Array<SelfHealingAttempt>;
};

export type RunTelemetry = {
  selfHealing: SelfHealingReport;
};

export type AgentRunResult = {
  text: string;
  provider: string;
  model: string;
  sessionKey?: string;
  /** The transcript the turn was appended to; absent without sessionKey. */
  sessionId?: string;
  /** The provider's reason, or max_rounds when tools.maxRounds ran out while the model still asked for tools. */
  finishReason?: string;
  usage?: {
    inputTokens?: number;
    outputTokens?: number;
    totalTokens?: number;
  };
  timings: {
    totalMs: number;
    firstDeltaMs?: number;
    historyMessages: number;
  };
  runtime: RunTelemetry;
  /** The run's tool calls in order; empty when the model called none. */
  toolCalls: Array<AgentToolCall>;
};

export type AgentProvidersResult = {
  providers: Array<{
    id: string;
    api: 'openai-completions' | 'anthropic-messages';
    baseUrl: string;
    /** Declared in models.providers (else a well-known provider). */
    declared: boolean;
    /** Can be called now: its key is present, or it is keyless. */
    configured: boolean;
    keyPresent: boolean;
    /** Where the key comes from (a variable or config key); never the key. */
    keySource?: string;
    reason?: string;
    models: Array<string>;
    /** Edge only (the circuit breaker). */
    circuit?: 'closed' | 'open' | 'halfOpen' | 'isolated';
  }>;
  /** The default chain, provider/model, in order. */
  chain: Array<string>;
  selfHealing: {
    enabled: boolean;
    track: Track;
    policy: SelfHealingPolicy;
  };
};

export type ShutdownResult = null;

export type RpcDiscoverResult = { openrpc: unknown; info: unknown; methods: unknown; [member: string]: unknown };

export type TtsEnableResult = {
  enabled: true;
};

export type TtsDisableResult = {
  enabled: false;
};

export type TtsSetProviderResult = {
  provider: TtsProviderId;
};

export type SessionsListResult = {
  /** The absolute path of the index file. */
  path: string;
  count: number;
  sessions: Array<{
    sessionKey: string;
    sessionId: string;
    /** ISO-8601 UTC with milliseconds, e.g. 2025-05-01T09:30:00.000Z */
    createdAt: string;
    /** ISO-8601 UTC with milliseconds, e.g. 2025-05-01T09:30:00.000Z */
    updatedAt: string;
    messageCount: number;
    lastProvider?: string;
    lastModel?: string;
    archives: number;
    /** The first line of the session's first message, shortened to 80 characters. */
    title?: string;
    /** The working directory an ACP client opened the session in (absent for sessions made by agent.run). */
    cwd?: string;
  }>;
};

export type SessionsHistoryResult = {
  sessionKey: string;
  sessionId: string | null;
  total: number;
  /** Oldest first. A turn with tool calls reads: the user message, an assistant message with toolCalls, one tool message per call (its result), possibly more such rounds, then the final assistant message. limit counts messages, so the oldest turn shown may start part-way. */
  messages: Array<{
    role: 'user' | 'assistant' | 'tool';
    /** For a tool message, the result text the model was given (a denied call's text contains the word denied). */
    text: string;
    /** ISO-8601 UTC with milliseconds, e.g. 2025-05-01T09:30:00.000Z */
    ts: string;
    provider?: string;
    model?: string;
    usage?: {
      inputTokens?: number | null;
      outputTokens?: number | null;
      totalTokens?: number | null;
    };
    /** Assistant messages that asked for tools: one entry per call, each answered by a later tool message with the same toolCallId. */
    toolCalls?: Array<{
      /** The model's tool-call id. */
      id: string;
      /** The namespaced tool, <server>__<tool>. */
      tool: string;
      /** The arguments as the model sent them (normally an object). */
      arguments: unknown;
    }>;
    /** Tool messages: the id of the call this is the result of. */
    toolCallId?: string;
    /** Tool messages: the namespaced tool that was called. */
    tool?: string;
    /** Tool messages: how the call ended. */
    outcome?: 'completed' | 'failed' | 'denied' | 'cancelled';
  }>;
};

export type SessionsResetResult = {
  sessionKey: string;
  /** The new session id. */
  sessionId: string;
  /** The absolute path of the archived transcript. */
  archivedPath: string | null;
};

export type SessionsDeleteResult = {
  sessionKey: string;
  deleted: boolean;
  removedFiles: number;
};

/** Exactly one of delta and toolCall. */
export type ProgressValue = {
  /** Text the model streamed since the previous value. */
  delta?: string;
  toolCall?: ToolCallProgress;
};

export type ClientCapabilities = {
  /** The client answers agent.requestApproval. Without it, calls that need asking follow tools.askFallback (default deny). */
  approvals?: boolean;
};

export type AgentToolCall = {
  /** The model's tool-call id (the same as in progress and approval requests). */
  id: string;
  /** The namespaced tool name, <server>__<tool>. */
  tool: string;
  outcome: ToolCallOutcome;
  durationMs: number;
};

export type ToolCallOutcome = 'completed' | 'failed' | 'denied' | 'cancelled';

export type ToolCallProgress = {
  /** The model's tool-call id. */
  id: string;
  /** The namespaced tool name. */
  tool: string;
  /** pending (with arguments), running, then one final status (with result). */
  status: 'pending' | 'running' | 'completed' | 'failed' | 'denied' | 'cancelled';
  /** The arguments the model gave; with pending. */
  arguments?: unknown;
  /** What went back to the model, cut to 4096 characters; with a final status. */
  result?: string;
};

export type ApprovalAnswer = {
  /** One of the options offered, or cancelled. Any other answer, or an error, is a rejection (logged). */
  outcome: 'allow_once' | 'allow_always' | 'reject_once' | 'reject_always' | 'cancelled';
};

/** Params of `initialize`. */
export interface InitializeParams {
  /** The client's process id; the runtime exits when it dies. */
  processId?: number | null;
  clientInfo?: ClientInfo;
  /** The one protocol version the client speaks. */
  protocolVersion?: string;
  /** Every protocol version the client speaks. */
  protocolVersions?: Array<string>;
  /** What the client can do. approvals: true says it answers agent.requestApproval (x-openclaw-client-methods); other members are ignored. */
  capabilities?: ClientCapabilities;
}

/** Params of `shutdown`. */
export interface ShutdownParams {}

/** Params of `rpc.discover`. */
export interface RpcDiscoverParams {}

/** Params of `health`. */
export interface HealthParams {}

/** Params of `status`. */
export interface StatusParams {}

/** Params of `tts.status`. */
export interface TtsStatusParams {}

/** Params of `tts.providers`. */
export interface TtsProvidersParams {}

/** Params of `tts.enable`. */
export interface TtsEnableParams {}

/** Params of `tts.disable`. */
export interface TtsDisableParams {}

/** Params of `tts.setProvider`. */
export interface TtsSetProviderParams {
  provider: TtsProviderId;
}

/** Params of `tts.convert`. */
export interface TtsConvertParams {
  /** At most messages.tts.maxTextLength characters after trimming. */
  text: string;
  provider?: TtsProviderId;
  /** Provider-specific voice (espeak -v, OpenAI voice, ElevenLabs voice id). */
  voice?: string;
  /** Default wav. A provider that cannot produce it is skipped, never substituted. */
  format?: AudioFormat;
  /** Default base64. */
  output?: 'base64' | 'file';
}

/** Params of `agent.run`. */
export interface AgentRunParams {
  /** At most agents.defaults.maxMessageLength characters. */
  message: string;
  /** Keeps the conversation; without it the run is one-off and nothing is saved. */
  sessionKey?: string;
  /** Try this provider first (then the default chain). */
  provider?: string;
  /** A model of that provider, or provider/model. */
  model?: string;
  /** System prompt for this run (default agents.defaults.system). */
  system?: string;
  /** Bounds the whole run, retries and waits included (default agents.defaults.timeoutMs, 600000). */
  timeoutMs?: number;
  /** Stream the run: $/progress {token, value} with {delta} for each piece of text and {toolCall} for each tool call's status, all before the response. */
  progressToken?: string | number;
}

/** Params of `agent.providers`. */
export interface AgentProvidersParams {}

/** Params of `voice.status`. */
export interface VoiceStatusParams {}

/** Params of `voice.transcribe`. */
export interface VoiceTranscribeParams {
  /** A regular file inside the state dir, the working directory, the temp dir or voice.allowedRoots (checked as written and with every link resolved), of at most voice.maxAudioBytes bytes. */
  audioPath?: string;
  /** WAV bytes; give exactly one of audioPath and audioBase64. */
  audioBase64?: string;
  /** e.g. en-us; an engine whose model does not cover it is skipped. */
  language?: string;
  provider?: 'whisper' | 'pocketsphinx';
}

/** Params of `doctor`. */
export interface DoctorParams {
  /** Make the safe repairs; default false. */
  fix?: boolean;
  /** Also probe each configured agent provider of the chain (GET its model list with the key, 5 s bound); default false. */
  deep?: boolean;
}

/** Params of `security.audit`. */
export interface SecurityAuditParams {
  deep?: boolean;
  fix?: boolean;
}

/** Params of `config.get`. */
export interface ConfigGetParams {}

/** Params of `runtime.metrics`. */
export interface RuntimeMetricsParams {}

/** Params of `sessions.list`. */
export interface SessionsListParams {
  /** Default 100. */
  limit?: number;
}

/** Params of `sessions.history`. */
export interface SessionsHistoryParams {
  /** The conversation's key, trimmed: at most 256 characters, no control characters. */
  sessionKey: string;
  /** Default 50. */
  limit?: number;
}

/** Params of `sessions.reset`. */
export interface SessionsResetParams {
  /** The conversation's key, trimmed: at most 256 characters, no control characters. */
  sessionKey: string;
}

/** Params of `sessions.delete`. */
export interface SessionsDeleteParams {
  /** The conversation's key, trimmed: at most 256 characters, no control characters. */
  sessionKey: string;
}

/** Every method: its params and its result. */
export interface Methods {
  'initialize': { params: InitializeParams; result: InitializeResult };
  'shutdown': { params: ShutdownParams; result: ShutdownResult };
  'rpc.discover': { params: RpcDiscoverParams; result: RpcDiscoverResult };
  'health': { params: HealthParams; result: HealthResult };
  'status': { params: StatusParams; result: StatusResult };
  'tts.status': { params: TtsStatusParams; result: TtsStatusResult };
  'tts.providers': { params: TtsProvidersParams; result: TtsProvidersResult };
  'tts.enable': { params: TtsEnableParams; result: TtsEnableResult };
  'tts.disable': { params: TtsDisableParams; result: TtsDisableResult };
  'tts.setProvider': { params: TtsSetProviderParams; result: TtsSetProviderResult };
  'tts.convert': { params: TtsConvertParams; result: TtsConvertResult };
  'agent.run': { params: AgentRunParams; result: AgentRunResult };
  'agent.providers': { params: AgentProvidersParams; result: AgentProvidersResult };
  'voice.status': { params: VoiceStatusParams; result: VoiceStatusResult };
  'voice.transcribe': { params: VoiceTranscribeParams; result: VoiceTranscribeResult };
  'doctor': { params: DoctorParams; result: DoctorResult };
  'security.audit': { params: SecurityAuditParams; result: AuditResult };
  'config.get': { params: ConfigGetParams; result: ConfigGetResult };
  'runtime.metrics': { params: RuntimeMetricsParams; result: MetricsResult };
  'sessions.list': { params: SessionsListParams; result: SessionsListResult };
  'sessions.history': { params: SessionsHistoryParams; result: SessionsHistoryResult };
  'sessions.reset': { params: SessionsResetParams; result: SessionsResetResult };
  'sessions.delete': { params: SessionsDeleteParams; result: SessionsDeleteResult };
}

export type MethodName = keyof Methods;

/** Notifications the client sends. */
export interface ClientNotifications {
  /** Sent once after the initialize answer. Nothing is answered. */
  'initialized': {};
  /** Handled by the host itself: requests still in flight are abandoned. */
  'exit': {};
  /** Unknown or finished ids are ignored. Other $/ notifications are ignored too. */
  '$/cancelRequest': {
    id: string | number;
  };
}

/** Notifications the runtime sends. */
export interface ServerNotifications {
  /** Streamed text and tool-call statuses for a request that carried a progressToken, always sent before its answer. */
  '$/progress': {
    /** The progressToken of the request. */
    token: string | number;
    value: ProgressValue;
  };
}

/** Requests the runtime sends to its client (x-openclaw-client-methods): their params and the result the client answers. */
export interface ServerRequests {
  /** Sent while the agent.run request requestId is running; the run waits for the answer. Cancelling the run sends $/cancelRequest for this request and the call ends cancelled. allow_always / reject_always last for the session (stored in it); without sessionKey they act as allow_once / reject_once. */
  'agent.requestApproval': { params: {
      /** The id of the agent.run request the call belongs to. */
      requestId: string | number;
      /** The run's session, when it has one. */
      sessionKey?: string;
      /** The model's tool-call id, as in $/progress and toolCalls. */
      toolCallId: string;
      /** The namespaced tool name, <server>__<tool>. */
      tool: string;
      /** The MCP server's name. */
      server: string;
      /** The arguments the model gave. */
      arguments: { [member: string]: unknown };
      /** The answers the client may give. */
      options: Array<'allow_once' | 'allow_always' | 'reject_once' | 'reject_always'>;
    }; result: ApprovalAnswer };
}

/** A typed view of a vscode-jsonrpc connection to the runtime. */
export declare class OpenClawConnection {
  constructor(connection: MessageConnection);
  readonly connection: MessageConnection;
  request<M extends MethodName>(method: M, params?: Methods[M]['params'], token?: CancellationToken): Promise<Methods[M]['result']>;
  notify<N extends keyof ClientNotifications>(method: N, params: ClientNotifications[N]): Promise<void>;
  onProgress(handler: (params: ServerNotifications['$/progress']) => void): Disposable;
  /** Answers a request the runtime sends; declare it in initialize's capabilities (approvals: true for agent.requestApproval). */
  onRequest<R extends keyof ServerRequests>(method: R, handler: (params: ServerRequests[R]['params'], token: CancellationToken) => ServerRequests[R]['result'] | Promise<ServerRequests[R]['result']>): Disposable;
  /** Optional for scripted use: requests sent before it are served. processId starts the parent watchdog (the runtime exits within 1 s of that process's death). A client offering only protocol versions whose major differs from the server's gets -32010. */
  initialize(params?: InitializeParams, token?: CancellationToken): Promise<Methods['initialize']['result']>;
  /** Prepare to exit: answers null; afterwards every request but exit gets -32600 (kind shuttingDown). */
  shutdown(params?: ShutdownParams, token?: CancellationToken): Promise<Methods['shutdown']['result']>;
  /** This OpenRPC document, narrowed to the methods the running track serves. */
  rpcDiscover(params?: RpcDiscoverParams, token?: CancellationToken): Promise<Methods['rpc.discover']['result']>;
  /** Liveness and cheap figures: uptime, memory, requests in flight. Does no I/O. */
  health(params?: HealthParams, token?: CancellationToken): Promise<Methods['health']['result']>;
  /** Where the runtime reads its config and keeps its state, and what it runs on. */
  status(params?: StatusParams, token?: CancellationToken): Promise<Methods['status']['result']>;
  /** TTS state without starting anything heavy: enabled, selected provider, the effective chain, limits, prefs path, and each offline provider's binary. */
  ttsStatus(params?: TtsStatusParams, token?: CancellationToken): Promise<Methods['tts.status']['result']>;
  /** Every provider: configured, available (and why not), binary path and version for offline ones, whether a key is present for cloud ones. */
  ttsProviders(params?: TtsProvidersParams, token?: CancellationToken): Promise<Methods['tts.providers']['result']>;
  /** Turn text-to-speech on; the choice is in the prefs file before the answer. */
  ttsEnable(params?: TtsEnableParams, token?: CancellationToken): Promise<Methods['tts.enable']['result']>;
  /** Turn text-to-speech off: tts.convert then answers -32011 until tts.enable. */
  ttsDisable(params?: TtsDisableParams, token?: CancellationToken): Promise<Methods['tts.disable']['result']>;
  /** Select the provider tried first; persisted in the prefs file. Any known provider may be selected, even one not available yet (tts.status says so). */
  ttsSetProvider(params: TtsSetProviderParams, token?: CancellationToken): Promise<Methods['tts.setProvider']['result']>;
  /** Speak text: the selected provider first, then the fallbacks, skipping unconfigured ones; a provider param pins one provider (no fallback). */
  ttsConvert(params: TtsConvertParams, token?: CancellationToken): Promise<Methods['tts.convert']['result']>;
  /** Ask the agent: the session's bounded history plus the message go to the provider chain under self-healing; the model may call tools (policy, then approval, then the MCP server) for up to tools.maxRounds rounds; the turn, tool calls and results included, is appended to the session before the answer. */
  agentRun(params: AgentRunParams, token?: CancellationToken): Promise<Methods['agent.run']['result']>;
  /** Every provider (declared and well-known), whether it can be called (never its key), the default chain, the self-healing policy and, on edge, each circuit. */
  agentProviders(params?: AgentProvidersParams, token?: CancellationToken): Promise<Methods['agent.providers']['result']>;
  /** Which transcription engines exist and can run (without running them), limits and the roots audio may be read from. */
  voiceStatus(params?: VoiceStatusParams, token?: CancellationToken): Promise<Methods['voice.status']['result']>;
  /** Offline speech to text from a PCM WAV file or base64 WAV: whisper.cpp when configured, else pocketsphinx. */
  voiceTranscribe(params?: VoiceTranscribeParams, token?: CancellationToken): Promise<Methods['voice.transcribe']['result']>;
  /** Runs even when the config is invalid (the CLI form reports it as the failed config check). With fix=true it makes only safe repairs (create the state dir, tighten its permissions to 0700) and lists each change. Check ids are described in protocol/diagnostics.md. */
  doctor(params?: DoctorParams, token?: CancellationToken): Promise<Methods['doctor']['result']>;
  /** Findings are ordered by severity, then checkId; secret values never appear. With fix=true only permissions are changed (to 0600 for files, 0700 for the state dir) and each change is listed; fixed findings are not reported. The CLI form exits 2 while a critical finding remains. Finding ids are described in protocol/diagnostics.md. */
  securityAudit(params?: SecurityAuditParams, token?: CancellationToken): Promise<Methods['security.audit']['result']>;
  /** The effective configuration of every area, with where each value came from (default, file, env, flag, prefs); secrets are "[redacted]". */
  configGet(params?: ConfigGetParams, token?: CancellationToken): Promise<Methods['config.get']['result']>;
  /** Latency is measured from admission to the answer being queued; buckets are cumulative-free (each counts requests above the previous bound and up to leMs; leMs null is the unbounded last bucket). Self-healing and circuit-breaker counters join with the agent runtime. */
  runtimeMetrics(params?: RuntimeMetricsParams, token?: CancellationToken): Promise<Methods['runtime.metrics']['result']>;
  /** count is the number of sessions in the index; sessions holds at most limit of them. archives counts the transcripts sessions.reset archived for the key. A missing or corrupt index is rebuilt from the transcript headers; an index written by a newer release is refused (-32015, retryable false). */
  sessionsList(params?: SessionsListParams, token?: CancellationToken): Promise<Methods['sessions.list']['result']>;
  /** total counts every message of the current transcript (archives are not included). An unknown key answers sessionId null, total 0 and no messages, not an error. A turn cut short by a crash is not shown. Tool calls and their results are messages too (see the result schema). A transcript written by a newer release is refused (-32015, retryable false). */
  sessionsHistory(params: SessionsHistoryParams, token?: CancellationToken): Promise<Methods['sessions.history']['result']>;
  /** The archive is listed in the key's index entry and removed only by sessions.delete. archivedPath is null when there was no transcript to archive; an unknown key is not an error: it gets a fresh, empty session. The new transcript file is created by the first turn appended to it. The session's "allow always" / "reject always" tool answers are cleared: a reset is a fresh conversation. */
  sessionsReset(params: SessionsResetParams, token?: CancellationToken): Promise<Methods['sessions.reset']['result']>;
  /** deleted is false when the key is unknown (not an error). removedFiles counts the transcripts and archives removed, including transcripts of the key that the index did not list. The key's "allow always" / "reject always" tool answers go with its index entry. */
  sessionsDelete(params: SessionsDeleteParams, token?: CancellationToken): Promise<Methods['sessions.delete']['result']>;
}
