#!/usr/bin/env node
require('../dist/server/cli.js');
