import { ShadowtestError } from '@shadowtest/core'

export type ProviderName = 'anthropic' | 'openai'

/** A turn of the conversation with the model (the system prompt is passed separately). */
export interface ChatMessage {
  role: 'user' | 'assistant'
  content: string
}

/** What generate needs from an AI provider: one completion for a conversation. */
export interface Provider {
  name: ProviderName
  model: string
  /** Resolved base URL, or `undefined` for the SDK default (which honours its env var). */
  baseUrl: string | undefined
  complete(system: string, messages: readonly ChatMessage[]): Promise<string>
}

export interface ProviderSettings {
  name: ProviderName
  model: string
  baseUrl: string | undefined
  apiKey: string
  /** Per-request timeout handed to the SDK (config `codegen.timeoutMs`). */
  timeoutMs: number
  /** SDK-level retries for 429/5xx/timeouts (the SDK honours `retry-after`). */
  sdkMaxRetries: number
}

export const DEFAULT_MODELS: Record<ProviderName, string> = {
  anthropic: 'claude-sonnet-4-5',
  openai: 'gpt-4.1',
}

export const API_KEY_ENV: Record<ProviderName, string> = {
  anthropic: 'ANTHROPIC_API_KEY',
  openai: 'OPENAI_API_KEY',
}

export const BASE_URL_ENV: Record<ProviderName, string> = {
  anthropic: 'ANTHROPIC_BASE_URL',
  openai: 'OPENAI_BASE_URL',
}

const SDK_PACKAGE: Record<ProviderName, string> = {
  anthropic: '@anthropic-ai/sdk',
  openai: 'openai',
}

export function parseProviderName(name: string): ProviderName {
  if (name === 'anthropic' || name === 'openai') return name
  throw new ShadowtestError('PROVIDER:UNKNOWN', `Unknown provider "${name}". Use --provider anthropic or --provider openai.`, {
    details: { provider: name },
  })
}

/** The API key from the environment, or PROVIDER:NO_API_KEY saying which variable to set. */
export function apiKeyFor(name: ProviderName, env: NodeJS.ProcessEnv): string {
  const variable = API_KEY_ENV[name]
  const key = env[variable]
  if (key === undefined || key.trim() === '') {
    throw new ShadowtestError(
      'PROVIDER:NO_API_KEY',
      `--provider ${name} needs an API key: set ${variable} in the environment (nothing was generated or sent).`,
      { details: { provider: name, variable } },
    )
  }
  return key
}

/**
 * Imports an optional SDK only when a provider is used, so codegen works without it; its
 * absence is PROVIDER:SDK_MISSING naming the package to install.
 */
export async function importSdk<T>(name: ProviderName, load: () => Promise<T>): Promise<T> {
  try {
    return await load()
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new ShadowtestError(
        'PROVIDER:SDK_MISSING',
        `--provider ${name} uses the official SDK, which is not installed: run \`npm install --save-dev ${SDK_PACKAGE[name]}\`.`,
        { cause, details: { provider: name, package: SDK_PACKAGE[name] } },
      )
    }
    throw cause
  }
}
