import { defineHandler } from '../types.js'
import { bytesField, bytesFrom } from './binary.js'

/** Node's Buffer, kept apart from Uint8Array so replay gets a Buffer back. */
export const bufferHandler = defineHandler<Buffer>({
  name: 'buffer',
  test: (value) => Buffer.isBuffer(value),
  encode: (value, ctx) => bytesField('buffer', value, ctx),
  decode: (tagged) => Buffer.from(bytesFrom(tagged['data'])),
})
