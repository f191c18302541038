/**
 * Saved analyst operations (issue 17): one per question analysts ask about the
 * whole program. They need an analyst's token (`npm run token -- ana`); anyone
 * else gets FORBIDDEN. Kept apart from `examples.ts` so journeys adding
 * examples there do not collide with these.
 */
export const ANALYST_EXAMPLES: { title: string; query: string }[] = [
  {
    title: 'Analysts: organisations',
    query: `# Analysts only: npm run token -- ana
query Organizations {
  organizations(search: "", kind: PARTNER, first: 20) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { name country region partnerMembership { program } }
  }
}
`,
  },
  {
    title: 'Analysts: SA services activated per program, and balance used',
    query: `# Analysts only: npm run token -- ana
# How many SA services are activated per program, and how much of their balance is used?
query SaServicesPerProgram {
  saServiceInsights(from: "2026-01-01", until: "2027-01-01") {
    program
    kind
    unit
    activatedCount
    agreementCount
    entitledQuantity
    assignedQuantity
    remainingQuantity
    usedShare
  }
}
`,
  },
  {
    title: 'Analysts: incidents consumed per contract kind and month',
    query: `# Analysts only: npm run token -- ana
# How many incidents are consumed per contract kind and month, and how many are credited back (SUP-6)?
query IncidentsPerMonth {
  supportIncidentInsights(from: "2026-01-01", until: "2027-01-01") {
    month
    contractKind
    submitted
    creditedBack
    consumed
    open
  }
}
`,
  },
  {
    title: 'Analysts: partner activations waiting, by region and channel',
    query: `# Analysts only: npm run token -- ana
# Which partner activations are waiting for their contracts, by region and channel (PB-9), and for how long?
query WaitingActivations {
  benefitActivationInsights {
    region
    channel
    waiting
    delayed
    withinPropagationWindow
    oldestWaitingHours
    averageWaitingHours
  }
}
`,
  },
  {
    title: 'Analysts: products registered and downloaded most, licences to renew',
    query: `# Analysts only: npm run token -- ana
# Which products are registered and downloaded most, and how many licences need renewal (MP-5)?
query CatalogUsage {
  catalogInsights(from: "2026-01-01", until: "2027-01-01", top: 5) {
    mostRegistered { productName family count users organizations }
    mostDownloaded { productName family count users organizations }
    licencesToRenew(dueWithinDays: 90) { productName expired dueSoon organizations }
  }
}
`,
  },
];
