import type { IsolationCase, Outcome } from './cases';

// Spelled out rather than `denied(...)`: cases.ts imports this module, so its values are not there yet.
const forbidden: Outcome = { kind: 'denied', codes: ['FORBIDDEN'] };

/**
 * Isolation cases of the analysts' fields (issue 17), kept apart from
 * `cases.ts` so journeys adding cases there do not collide with these.
 * Analysts read across organisations; everybody else, whatever role the
 * token claims (the "misfit roles" caller is bob claiming `analyst`), is
 * FORBIDDEN, and nobody without a token gets anything (UNAUTHENTICATED).
 */
const FORBIDDEN_FOR_ALL: Partial<Record<'bob' | 'ken' | 'ada' | 'pat' | 'will' | 'alice', Outcome>> = {
  bob: forbidden,
  ken: forbidden,
  ada: forbidden,
  pat: forbidden,
};

export const INSIGHT_CASES: Record<string, IsolationCase> = {
  'Query.organizations': {
    victim: 'org-contoso',
    access: 'private',
    query: `query($search: String) { organizations(search: $search, first: 50) { totalCount nodes { id name country agreements { nodes { number } } } } }`,
    variables: () => ({ search: 'Contoso' }),
    foreign: FORBIDDEN_FOR_ALL,
  },
  'Query.saServiceInsights': {
    victim: 'org-contoso',
    access: 'private',
    query: `{ saServiceInsights { program kind activatedCount agreementCount entitledQuantity assignedQuantity } }`,
    foreign: FORBIDDEN_FOR_ALL,
  },
  'Query.supportIncidentInsights': {
    victim: 'org-contoso',
    access: 'private',
    query: `{ supportIncidentInsights { month contractKind submitted creditedBack consumed } }`,
    foreign: FORBIDDEN_FOR_ALL,
  },
  'Query.benefitActivationInsights': {
    victim: 'org-northwind',
    access: 'private',
    query: `{ benefitActivationInsights { region channel waiting delayed oldestWaitingHours } }`,
    foreign: { ...FORBIDDEN_FOR_ALL, will: forbidden },
  },
  'Query.catalogInsights': {
    victim: 'org-contoso',
    access: 'private',
    query: `{ catalogInsights { mostRegistered { productName count } mostDownloaded { productName count } licencesToRenew { productName expired } } }`,
    foreign: FORBIDDEN_FOR_ALL,
  },
};
