import type { DemoUserHandle } from '../../../common/demo/users';
import type { Stack } from '../../harness/stack';
import type { Arranged } from './cases';
import { addMarkers } from './markers';
import { ok as okThrough } from '../../harness/operations';

const ok = <T>(stack: Stack, as: DemoUserHandle, query: string, variables: Record<string, unknown> = {}): Promise<T> => okThrough<T>(stack, query, as, variables);

/**
 * Gives Contoso the private state the seeds lack, so that every mutation of
 * the table has something real to aim at: a registered notice contact and a
 * registered services administrator with an activated voucher service on its
 * EA and a designation whose invitation is still pending (AGR-9), a
 * pending invitation on its CSP agreement, a generated (revealed, downloaded)
 * key and link on its Office purchase, a copied link (CSP-9), a user group
 * with Sue in it (MP-9); and Northwind a program support case (SUP-10).
 * New ids and secrets become markers.
 */
export async function arrangeVictimState(stack: Stack): Promise<Arranged> {
  const ea = 'agr-contoso-ea';
  const nora = { name: 'Nora Notice', email: 'nora@contoso.example' };
  await ok(stack, 'alice', `mutation($id: ID!, $e: String!) { inviteNoticeContact(input: { agreementId: $id, email: $e }) { step } }`, { id: ea, e: nora.email });
  await ok(stack, 'nora', `mutation($id: ID!, $n: String!, $e: String!) { validateNoticeContactProfile(input: { agreementId: $id, name: $n, email: $e }) { step } }`, { id: ea, n: nora.name, e: nora.email });
  await ok(stack, 'nora', `mutation($id: ID!) { acceptNoticeContactTerms(agreementId: $id) { step } }`, { id: ea });
  await ok(stack, 'nora', `mutation($id: ID!) { enterAgreementNumber(input: { agreementId: $id, number: "0065432101" }) { step } }`, { id: ea });
  await ok(stack, 'alice', `mutation { inviteNoticeContact(input: { agreementId: "agr-contoso-csp", email: "nora@contoso.example" }) { step } }`);

  const designated = await ok<{ designateServicesAdministrator: { id: string } }>(stack, 'nora',
    `mutation($id: ID!) { designateServicesAdministrator(input: { agreementId: $id, email: "sam@contoso.example", name: "Sam Services", rights: [TRAINING_VOUCHERS, ELEARNING] }) { id } }`,
    { id: ea });
  // AGR-9: Sam accepts the invitation before acting; Alice's designation stays pending, a target for the
  // registration case (only the addressee may accept it, and nobody from another organisation).
  await ok(stack, 'sam', `mutation($id: ID!) { registerServicesAdministrator(id: $id) { registrationStatus } }`, { id: designated.designateServicesAdministrator.id });
  const pending = await ok<{ designateServicesAdministrator: { id: string } }>(stack, 'nora',
    `mutation($id: ID!) { designateServicesAdministrator(input: { agreementId: $id, email: "alice@contoso.example", name: "Alice Admin", rights: [ELEARNING] }) { id } }`,
    { id: ea });
  await ok(stack, 'sam', `mutation($id: ID!) { activateSaService(input: { agreementId: $id, service: TRAINING_VOUCHERS }) { status } }`, { id: ea });
  await ok(stack, 'sam',
    `mutation($id: ID!) { assignSaVoucherDays(input: { agreementId: $id, service: TRAINING_VOUCHERS, employeeName: "Erin Employee", employeeEmail: "erin@contoso.example", days: 2 }) { id } }`,
    { id: ea });

  const generated = await ok<{ generateKeysAndDownloads: { key: { id: string }; downloadLink: { id: string } } }>(stack, 'alice',
    `mutation { generateKeysAndDownloads(input: { subscriptionId: "sub-contoso-office", version: "2021", language: "en-US" }) { key { id } downloadLink { id } } }`);
  const { key, downloadLink } = generated.generateKeysAndDownloads;
  const revealed = await ok<{ revealProductKey: { value: string } }>(stack, 'alice', `mutation($id: ID!) { revealProductKey(keyId: $id) { value } }`, { id: key.id });
  const downloaded = await ok<{ downloadSoftware: { url: string } }>(stack, 'alice', `mutation($id: ID!) { downloadSoftware(linkId: $id) { url } }`, { id: downloadLink.id });

  const copied = await ok<{ copyDownloadLink: { shareUrl: string } }>(stack, 'alice', `mutation($id: ID!) { copyDownloadLink(linkId: $id) { shareUrl } }`, { id: downloadLink.id });
  const group = await ok<{ createUserGroup: { id: string } }>(stack, 'alice', `mutation { createUserGroup(input: { licenseNumber: "00123456", name: "Contoso Office crew" }) { id } }`);
  await ok(stack, 'alice', `mutation($g: ID!) { addUserGroupMember(input: { groupId: $g, email: "sue@contoso.example" }) { email } }`, { g: group.createUserGroup.id });

  const activity = await ok<{ mySupportActivity: { nodes: { id: string; status: string }[] } }>(stack, 'sue', `{ mySupportActivity(status: OPEN) { nodes { id status } } }`);
  const open = activity.mySupportActivity.nodes[0];
  if (!open) throw new Error('arrange: the seeded open incident of Contoso is missing');

  // SUP-10: a program support case of Northwind, so its case list has something private to leak.
  const opened = await ok<{ openProgramSupportCase: { id: string; caseNumber: string } }>(stack, 'ada',
    `mutation { openProgramSupportCase(input: { supportContractId: "sc-pb-northwind-core" }) { id caseNumber } }`);
  addMarkers('org-northwind', [opened.openProgramSupportCase.id, opened.openProgramSupportCase.caseNumber]);

  const arranged: Arranged = {
    keyId: key.id,
    linkId: downloadLink.id,
    designationId: designated.designateServicesAdministrator.id,
    pendingDesignationId: pending.designateServicesAdministrator.id,
    openIncidentId: open.id,
    userGroupId: group.createUserGroup.id,
  };
  addMarkers('org-contoso', [
    key.id, downloadLink.id, arranged.designationId, arranged.pendingDesignationId, revealed.revealProductKey.value, downloaded.downloadSoftware.url,
    copied.copyDownloadLink.shareUrl, arranged.userGroupId, 'Contoso Office crew',
  ]);
  return arranged;
}
