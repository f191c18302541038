import path from 'node:path';
import { PLAYGROUND_EXAMPLES } from './examples';

/**
 * The playground page: GraphiQL and React served from our own npm packages
 * (`/playground/vendor/...`), so it works with no internet. The token goes in
 * GraphiQL's Headers tab; `npm start` pre-fills a demo token there. The
 * explorer plugin (`@graphiql/plugin-explorer`, the version made for this
 * GraphiQL's `@graphiql/react`) lets analysts build a query by ticking fields;
 * its UMD build reads React and GraphiQL from the globals the scripts above it set.
 */
export function playgroundPage(options: { endpoint: string; token?: string }): string {
  // Without a known token the headers stay empty: a placeholder would be a malformed token and fail even public queries.
  const headers = options.token ? JSON.stringify({ Authorization: `Bearer ${options.token}` }, null, 2) : '{}';
  const tabs = PLAYGROUND_EXAMPLES.map((e) => ({ query: e.query, headers }));
  const config = JSON.stringify({ endpoint: options.endpoint, tabs, headers }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Licensing graph · playground</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/playground/vendor/graphiql.min.css">
  <link rel="stylesheet" href="/playground/vendor/plugin-explorer.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading the playground…</div>
  <script src="/playground/vendor/react.production.min.js"></script>
  <script src="/playground/vendor/react-dom.production.min.js"></script>
  <script src="/playground/vendor/graphiql.min.js"></script>
  <script src="/playground/vendor/plugin-explorer.umd.js"></script>
  <script>
    const config = ${config};
    const fetcher = GraphiQL.createFetcher({ url: config.endpoint });
    const explorer = GraphiQLPluginExplorer.explorerPlugin();
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultTabs: config.tabs,
        defaultHeaders: config.headers,
        isHeadersEditorEnabled: true,
        shouldPersistHeaders: true,
        plugins: [explorer],
      }),
    );
  </script>
</body>
</html>
`;
}

/** Files the page loads, by the name it asks for, resolved inside node_modules. */
export const PLAYGROUND_VENDOR_FILES: Record<string, string> = {
  'graphiql.min.css': packageFile('graphiql', 'graphiql.min.css'),
  'graphiql.min.js': packageFile('graphiql', 'graphiql.min.js'),
  'react.production.min.js': packageFile('react', 'umd/react.production.min.js'),
  'react-dom.production.min.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
  'plugin-explorer.css': packageFile('@graphiql/plugin-explorer', 'dist/style.css'),
  'plugin-explorer.umd.js': packageFile('@graphiql/plugin-explorer', 'dist/index.umd.js'),
};

/** A file inside an installed package (their `exports` maps hide the UMD builds from `require.resolve`). */
function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}
