// Extension-host entry point (extensionTestsPath): VS Code requires this module and awaits run().
// Runs every *.test.js in this folder with mocha 10 (CommonJS) and the spec reporter.
'use strict';

const fs = require('fs');
const path = require('path');
const util = require('util');
const Mocha = require('mocha');

// The extension host forwards console.log arguments to the runner without printf formatting;
// format here so the spec reporter's '%s' templates come out right.
Mocha.reporters.Base.consoleLog = (...args) => console.log(util.format(...args));

exports.run = function run() {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false, // the output goes through the workbench log, not a TTY
    timeout: Number(process.env.BANTIN_VSCODE_TEST_TIMEOUT_MS || 60000),
  });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  const grep = process.env.BANTIN_VSCODE_GREP;
  if (grep) mocha.grep(grep);
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed.`)) : resolve()));
    } catch (err) {
      reject(err);
    }
  });
};
