export { encode, resolveEncodeOptions } from './encode.js'
export { decode } from './decode.js'
export { encodeJson, encodesToItself } from './encode-json.js'
export { encodeInput, decodeInput } from './encode-input.js'
export type { EncodedInput, DecodedInput } from './encode-input.js'
export { Placeholder, isPlaceholder, TRUNCATED } from './placeholder.js'
export { SYNTHETIC } from './synthetic-class.js'
export { formatPath, parsePath } from './json-path.js'
export { TAG, DEFAULT_ENCODE_LIMITS, defineHandler } from './types.js'
export type {
  Encoded,
  EncodedObject,
  Tagged,
  EncodeLimits,
  EncodeOptions,
  ResolvedEncodeOptions,
  DecodeOptions,
  RestorableClass,
  PathSegment,
  EncodeContext,
  DecodeContext,
  ValueHandler,
} from './types.js'
export { BUILTIN_HANDLERS } from './handlers/index.js'
