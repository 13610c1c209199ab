import type { ChatMessage, Provider, ProviderSettings } from './provider.js'
import { importSdk } from './provider.js'

/** OpenAI Chat Completions (POST /v1/chat/completions) through the `openai` SDK, loaded lazily. */
export async function createOpenAIProvider(settings: ProviderSettings): Promise<Provider> {
  const { default: OpenAI } = await importSdk('openai', () => import('openai'))
  const client = new OpenAI({
    apiKey: settings.apiKey,
    // undefined lets the SDK use OPENAI_BASE_URL, then https://api.openai.com/v1.
    ...(settings.baseUrl === undefined ? {} : { baseURL: settings.baseUrl }),
    timeout: settings.timeoutMs,
    maxRetries: settings.sdkMaxRetries,
  })
  return {
    name: 'openai',
    model: settings.model,
    baseUrl: settings.baseUrl,
    async complete(system: string, messages: readonly ChatMessage[]): Promise<string> {
      const completion = await client.chat.completions.create({
        model: settings.model,
        temperature: 0,
        messages: [{ role: 'system', content: system }, ...messages.map((m) => ({ role: m.role, content: m.content }))],
      })
      return completion.choices[0]?.message.content ?? ''
    },
  }
}
