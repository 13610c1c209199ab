export { installHttpTransport, httpTransportInstalled, httpTransportOptionsFromConfig } from './http-transport.js'
export type { HttpTransportOptions } from './http-transport.js'
export { bodyValue, bodyBytes, isJsonContentType } from './http-body.js'
export { DEFAULT_RECORDED_HEADERS, SECRET_HEADERS, maskHeader } from './http-headers.js'
