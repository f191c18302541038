/** Example operations opened as tabs in the playground; analysts start here. */
export const PLAYGROUND_EXAMPLES: { title: string; query: string }[] = [
  {
    title: 'Public catalog (no token)',
    query: `# The catalog is public: this works without a token.
query Catalog {
  products(search: "server", first: 10) {
    totalCount
    nodes { id name family deployment }
  }
}
`,
  },
  {
    title: 'My organisation across all four subgraphs',
    query: `# Needs a token (npm run token -- alice): set it in the Headers tab.
query MyOrganization {
  myOrganization {
    name
    region
    agreements(first: 5) {
      totalCount
      nodes {
        number
        program
        portal
        licenseLines { quantity saCoveredUntil product { name deployment } }
      }
    }
    supportContracts { displayName incidentsRemaining expiresAt }
    partnerMembership { program competencies }
  }
}
`,
  },
  {
    title: 'A partner and its membership',
    query: `# Use a partner's token: npm run token -- ada
query Partner {
  myOrganization {
    name
    kind
    partnerMembership { program membershipYear competencies }
    supportContracts { displayName kind scope incidentsRemaining }
  }
}
`,
  },
];
