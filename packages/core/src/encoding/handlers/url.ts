import { defineHandler } from '../types.js'

export const urlHandler = defineHandler<URL>({
  name: 'url',
  test: (value) => value instanceof URL,
  encode: (value) => ({ $st: 'url', href: value.href }),
  decode: (tagged) => new URL(String(tagged['href'])),
})
