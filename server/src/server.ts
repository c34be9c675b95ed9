import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/startServer';

// `--stdio`, `--node-ipc` and `--socket=N` are read from the command line by createConnection.
const docsDir = path.resolve(__dirname, '..', '..', 'docs', 'checks');
startServer(createConnection(ProposedFeatures.all), { docsBase: pathToFileURL(docsDir).href + '/' });
