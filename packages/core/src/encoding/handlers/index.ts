import type { ValueHandler } from '../types.js'
import { arrayBufferHandler } from './array-buffer.js'
import { bigintHandler } from './bigint.js'
import { boxedHandler } from './boxed.js'
import { bufferHandler } from './buffer.js'
import { dateHandler } from './date.js'
import { errorHandler } from './error.js'
import { functionHandler } from './function.js'
import { instanceHandler } from './instance.js'
import { mapHandler } from './map.js'
import { numberHandler } from './number.js'
import { opaqueHandler } from './opaque.js'
import { placeholderHandler } from './placeholder.js'
import { regexpHandler } from './regexp.js'
import { setHandler } from './set.js'
import { symbolHandler } from './symbol.js'
import { typedArrayHandler } from './typed-array.js'
import { undefinedHandler } from './undefined.js'
import { urlHandler } from './url.js'

/** Built-in handlers in match order: first match wins, so specific kinds come before `instance`. */
export const BUILTIN_HANDLERS: readonly ValueHandler<unknown>[] = [
  placeholderHandler,
  undefinedHandler,
  numberHandler,
  bigintHandler,
  symbolHandler,
  functionHandler,
  dateHandler,
  regexpHandler,
  bufferHandler,
  typedArrayHandler,
  arrayBufferHandler,
  mapHandler,
  setHandler,
  errorHandler,
  urlHandler,
  boxedHandler,
  opaqueHandler,
  instanceHandler,
] as readonly ValueHandler<never>[] as readonly ValueHandler<unknown>[]

export {
  arrayBufferHandler,
  bigintHandler,
  boxedHandler,
  bufferHandler,
  dateHandler,
  errorHandler,
  functionHandler,
  instanceHandler,
  mapHandler,
  numberHandler,
  opaqueHandler,
  placeholderHandler,
  regexpHandler,
  setHandler,
  symbolHandler,
  typedArrayHandler,
  undefinedHandler,
  urlHandler,
}
