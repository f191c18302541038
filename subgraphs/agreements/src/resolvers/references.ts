/**
 * A federation reference to an entity another subgraph owns (`Product`,
 * `SupportContract`, `resolvable: false`): this subgraph knows its key only.
 */
export interface IdReference {
  id: string;
}
