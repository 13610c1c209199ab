import { defineHandler } from '../types.js'
import { bytesField, bytesFrom } from './binary.js'

type ViewConstructor = new (buffer: ArrayBuffer) => ArrayBufferView

const VIEWS: Record<string, ViewConstructor> = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
  DataView,
}

/** Every typed array and DataView: `type` plus base64 of its bytes (platform byte order, little-endian in practice). */
export const typedArrayHandler = defineHandler<ArrayBufferView>({
  name: 'typedarray',
  test: (value) => ArrayBuffer.isView(value),
  encode: (value, ctx) => {
    const type = value instanceof DataView ? 'DataView' : (value as unknown as { [Symbol.toStringTag]: string })[Symbol.toStringTag]
    return bytesField('typedarray', new Uint8Array(value.buffer, value.byteOffset, value.byteLength), ctx, { type })
  },
  decode: (tagged) => {
    const View = VIEWS[String(tagged['type'])] ?? Uint8Array
    return new View(bytesFrom(tagged['data']))
  },
})
