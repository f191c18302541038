// Lives in common/devStack/ since bench/ and scripts/ use it too (tooling must not import from test/).
export { freePort } from '../../common/devStack/freePort';
