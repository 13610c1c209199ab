/** The engine's version, written into every baseline file (`engineVersion`). */
export const ENGINE_VERSION = '0.1.0'
