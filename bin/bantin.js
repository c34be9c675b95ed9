#!/usr/bin/env node
// A check is a short run: most of the engine's code runs for well under a second. V8's default is to optimise a
// function after a few ticks of work, and on a 2-core machine those background TurboFan compiles take the core the
// garbage collector would use. Asking for four times as many ticks before optimising keeps the compiler for the code
// that stays hot: measured on the 5 MB bench file 0.60 s instead of 0.66 s (median of 9), and on 80 MB of bulletins
// 5.1 s instead of 5.6 s, where disabling the optimiser altogether (--no-opt) took 7.9 s. See README → Performance.
require('node:v8').setFlagsFromString('--ticks-before-optimization=12');
require('../dist/server/cli.js');
