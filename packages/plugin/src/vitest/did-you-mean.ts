// core's "did you mean", for the summary's empty checks. Its own module so that the bundle can
// replace it by one that loads core on first use (scripts/bundle.mjs, LAZY): the plugin's Vitest
// entry is imported with vitest.config, and importing core there would compile it in Vitest's main
// process before the workers spawn, for a suggestion most runs never make.
export { didYouMean } from '@shadowtest/core'
