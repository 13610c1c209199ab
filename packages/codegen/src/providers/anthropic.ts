import type { ChatMessage, Provider, ProviderSettings } from './provider.js'
import { importSdk } from './provider.js'

/** Anthropic Messages API (POST /v1/messages) through `@anthropic-ai/sdk`, loaded lazily. */
export async function createAnthropicProvider(settings: ProviderSettings): Promise<Provider> {
  const { default: Anthropic } = await importSdk('anthropic', () => import('@anthropic-ai/sdk'))
  const client = new Anthropic({
    apiKey: settings.apiKey,
    // undefined lets the SDK use ANTHROPIC_BASE_URL, then its default.
    ...(settings.baseUrl === undefined ? {} : { baseURL: settings.baseUrl }),
    timeout: settings.timeoutMs,
    maxRetries: settings.sdkMaxRetries,
  })
  return {
    name: 'anthropic',
    model: settings.model,
    baseUrl: settings.baseUrl,
    async complete(system: string, messages: readonly ChatMessage[]): Promise<string> {
      const response = await client.messages.create({
        model: settings.model,
        max_tokens: 8192,
        system,
        messages: messages.map((m) => ({ role: m.role, content: m.content })),
      })
      return response.content
        .map((block) => (block.type === 'text' ? block.text : ''))
        .join('')
    },
  }
}
