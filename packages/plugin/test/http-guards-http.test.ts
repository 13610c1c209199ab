import { describeGuards } from './http-guards-helpers.js'

// Each test file runs in a fresh worker: here the first request inside a scenario is an http.get.
describeGuards('http')
