import { ANALYST_EXAMPLES } from './analystExamples';

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
  {
    title: 'Partner dashboard: benefit tiles with balances',
    query: `# Use a partner program admin's token: npm run token -- ada (try will, lea, pia, or sue for blank tiles)
query BenefitTiles {
  myBenefitTiles(first: 20) {
    totalCount
    nodes {
      title
      unit
      status
      location { name city }
      failingChecks
      checklist { item passed hint }
      supportContract { displayName incidentsGranted incidentsRemaining advisoryHoursGranted advisoryHoursRemaining }
    }
  }
}
`,
  },
  {
    title: 'Support: my benefits and activity',
    query: `# Use a support user's token: npm run token -- sue
query MySupport {
  mySupportBenefits { incidentsRemaining advisoryHoursRemaining }
  mySupportActivity(first: 10) {
    totalCount
    nodes { requestNumber severity status responseTimeMinutes product { name } }
  }
}
`,
  },
  {
    title: 'My Products',
    query: `# Use a customer's token: npm run token -- alice
query MyProducts {
  myProducts(first: 10) {
    totalCount
    nodes {
      product { name latestVersion { version releaseDate } }
      supportStatus
      licenseStatus { actionNeeded licenses(first: 5) { nodes { licenseNumber renewalDate userGroup role } } }
      newAlertCount
    }
  }
}
`,
  },
  ...ANALYST_EXAMPLES,
];

