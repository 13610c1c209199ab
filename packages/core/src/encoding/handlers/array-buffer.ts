import { defineHandler } from '../types.js'
import { bytesField, bytesFrom } from './binary.js'

export const arrayBufferHandler = defineHandler<ArrayBuffer | SharedArrayBuffer>({
  name: 'arraybuffer',
  test: (value) => value instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer),
  encode: (value, ctx) =>
    bytesField('arraybuffer', new Uint8Array(value), ctx, value instanceof ArrayBuffer ? {} : { shared: true }),
  decode: (tagged) => {
    const bytes = bytesFrom(tagged['data'])
    if (tagged['shared'] !== true) return bytes
    const shared = new SharedArrayBuffer(bytes.byteLength)
    new Uint8Array(shared).set(new Uint8Array(bytes))
    return shared
  },
})
