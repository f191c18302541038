/**
 * Prints a signed token for a seeded user: `npm run token -- alice [8h]`
 * (a handle, an e-mail or a `sub`; then a lifetime, at most
 * TOKEN_MAX_LIFETIME_SECONDS). Uses JWT_SECRET, JWT_ISSUER and JWT_AUDIENCE
 * like the services do, so the token passes them.
 *
 * stdout carries the token and nothing else, so `T=$(npm run token -- alice)`
 * captures exactly it (the project's .npmrc sends npm's banner to stderr);
 * usage and hints go to stderr.
 */
import { readIdentityConfig } from '../common/config';
import { DEMO_USERS, findDemoUser } from '../common/demo/users';
import { signToken } from '../common/identity';

async function main(): Promise<void> {
  const wanted = process.argv[2];
  const user = wanted ? findDemoUser(wanted) : undefined;
  if (!user) {
    const list = Object.values(DEMO_USERS)
      .map((u) => `  ${u.handle.padEnd(6)} ${u.email.padEnd(26)} ${u.org.padEnd(14)} ${u.orgKind.padEnd(9)} ${u.roles.join(', ')}`)
      .join('\n');
    process.stderr.write(`usage: npm run token -- <user>\n\nseeded users:\n${list}\n`);
    process.exit(wanted ? 1 : 2);
  }
  const lifetime = process.argv[3] ?? '8h';
  const token = await signToken(user, readIdentityConfig(), lifetime);
  process.stdout.write(`${token}\n`);
  process.stderr.write(`token for ${user.email} (${user.org}, ${user.roles.join(', ')}), valid ${lifetime}: send it as Authorization: Bearer <token>\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
