/**
 * The operations `npm run bench` sends, one per workload. They are what the
 * graph's users send: a partner dashboard's tiles, a frontend's agreements
 * page, the public catalog search, and incident submission.
 */
export const TILES_QUERY = `query BenefitTiles {
  myPartnerMembership { program partnerNumber organization { name } }
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
}`;

export const AGREEMENTS_QUERY = `query AgreementsPage {
  myAgreements(first: 50) {
    totalCount
    nodes {
      number
      program
      status
      portal
      saCoveredLicenseCount
      licenseLines { quantity saCoveredUntil product { id name deployment latestVersion { version } } }
      saServices { kind unit status entitledQuantity remainingQuantity }
    }
  }
}`;

export const CATALOG_QUERY = `query CatalogSearch($search: String!) {
  products(search: $search, first: 20) {
    totalCount
    nodes {
      id
      name
      family
      deployment
      latestVersion { version releaseDate }
      versions { version releaseDate languages editions }
    }
  }
}`;

export const SUBMIT_MUTATION = `mutation SubmitIncident($input: SubmitSupportIncidentInput!) {
  submitSupportIncident(input: $input) {
    requestNumber
    severity
    responseTimeMinutes
    status
    contract { incidentsRemaining }
  }
}`;
