import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { ConfigMap, Namespace, Secret, Service } from 'kubernetes-models/v1';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ENVIRONMENT_VARIABLES } from '../../common/config';
import { SHUTDOWN_BOUND_MS } from '../../common/runService';
import { GATEWAY_DEFAULT_PORT, SUBGRAPHS } from '../../common/services';

/**
 * Issue 18, acceptance 5: deploy/k8s/ checked offline. Every manifest is
 * validated against the Kubernetes API schemas bundled in `kubernetes-models`;
 * the kustomization is rendered with `kubectl kustomize`; the rendered objects
 * are checked for probes, resources, graceful termination, autoscaling,
 * disruption budgets, secrets, NetworkPolicies (evaluated as a cluster would)
 * and that nothing but the gateway is exposed outside the cluster.
 */

const root = path.resolve(__dirname, '..', '..');
const k8sDir = path.join(root, 'deploy', 'k8s');

// A loose shape for reading rendered objects; validation against the real schemas is done by kubernetes-models.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML of many kinds; its shape is what the schema check proves.
type Obj = Record<string, any>;

const MODELS: Record<string, new (data: Obj) => { validate(): void }> = {
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'v1/ConfigMap': ConfigMap,
  'v1/Namespace': Namespace,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'networking.k8s.io/v1/Ingress': Ingress,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
};

function parseDocs(text: string, source: string): Obj[] {
  return parseAllDocuments(text).map((doc) => {
    if (doc.errors.length > 0) throw new Error(`${source}: ${doc.errors[0].message}`);
    return doc.toJS() as Obj;
  }).filter((o) => o !== null);
}

/** The schema errors of one object, or `unknown kind` when no bundled schema covers it. */
function schemaErrors(obj: Obj): string | undefined {
  const Model = MODELS[`${obj.apiVersion}/${obj.kind}`];
  if (!Model) return `unknown kind ${obj.apiVersion}/${obj.kind}`;
  // kustomize wraps long base64 Secret values over lines; the API server's decoder (Go's base64) skips newlines, the schema's format does not.
  const data = obj.kind === 'Secret' && obj.data ? { ...obj, data: Object.fromEntries(Object.entries(obj.data as Record<string, string>).map(([k, v]) => [k, v.replace(/\s+/g, '')])) } : obj;
  try {
    new Model(data).validate();
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

const manifestFiles = fs.existsSync(k8sDir) ? fs.readdirSync(k8sDir).filter((f) => /\.ya?ml$/.test(f) && f !== 'kustomization.yaml') : [];

const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
const hasKubectl = kubectl.status === 0;
if (!hasKubectl) console.warn('kubectl is not installed: the rendering checks of deploy/k8s are skipped (CI has it)');
const itRendered = hasKubectl ? it : it.skip;

let rendered: Obj[] = [];
beforeAll(() => {
  if (!hasKubectl) return;
  const res = spawnSync('kubectl', ['kustomize', k8sDir], { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`kubectl kustomize failed: ${res.stderr}`);
  rendered = parseDocs(res.stdout, 'kubectl kustomize');
});

const of = (kind: string) => rendered.filter((o) => o.kind === kind);
const named = (kind: string, name: string) => of(kind).find((o) => o.metadata.name === name);
const services = [{ name: 'gateway', port: GATEWAY_DEFAULT_PORT }, ...SUBGRAPHS.map((s) => ({ name: s.name, port: s.defaultPort }))];
const container = (name: string): Obj => named('Deployment', name)!.spec.template.spec.containers[0];
const podLabels = (name: string): Record<string, string> => named('Deployment', name)!.spec.template.metadata.labels;

// --- NetworkPolicy evaluation, as the API defines it, for pods of this one namespace.
type Endpoint = { pod: Record<string, string> } | { external: true };
const matches = (selector: Obj | undefined, labels: Record<string, string>) =>
  Object.entries((selector?.matchLabels as Record<string, string>) ?? {}).every(([k, v]) => labels[k] === v) && !selector?.matchExpressions;
function peerMatches(peer: Obj, other: Endpoint): boolean {
  if ('external' in other) return peer.ipBlock !== undefined && peer.ipBlock.cidr === '0.0.0.0/0';
  // A namespaceSelector peer names pods of other namespaces (kube-dns); ours are in this one, without that selector.
  return peer.namespaceSelector === undefined && peer.ipBlock === undefined && matches(peer.podSelector, other.pod);
}
function allowedBy(direction: 'Ingress' | 'Egress', self: Record<string, string>, other: Endpoint, port: number): boolean {
  const policies = of('NetworkPolicy').filter((p) => matches(p.spec.podSelector, self) && (p.spec.policyTypes ?? ['Ingress']).includes(direction));
  if (policies.length === 0) return true;
  const key = direction === 'Ingress' ? 'ingress' : 'egress';
  const peersKey = direction === 'Ingress' ? 'from' : 'to';
  return policies.some((p) =>
    ((p.spec[key] as Obj[] | undefined) ?? []).some(
      (rule) =>
        (rule[peersKey] === undefined || rule[peersKey].length === 0 || (rule[peersKey] as Obj[]).some((peer) => peerMatches(peer, other))) &&
        (rule.ports === undefined || (rule.ports as Obj[]).some((p2) => p2.port === port && (p2.protocol ?? 'TCP') === 'TCP')),
    ),
  );
}
/** Whether a TCP connection from `from` to a pod of `to` on `port` gets through both ends' policies. */
function reachable(from: Endpoint, to: Endpoint, port: number): boolean {
  const egressOk = 'external' in from ? true : allowedBy('Egress', from.pod, to, port);
  const ingressOk = 'external' in to ? true : allowedBy('Ingress', to.pod, from, port);
  return egressOk && ingressOk;
}

describe('deploy/k8s (issue 18, acceptance 5)', () => {
  it('has a kustomization and manifests that validate against the Kubernetes API schemas', () => {
    expect(fs.existsSync(path.join(k8sDir, 'kustomization.yaml'))).toBe(true);
    expect(manifestFiles.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const file of manifestFiles) {
      for (const obj of parseDocs(fs.readFileSync(path.join(k8sDir, file), 'utf8'), file)) {
        const error = schemaErrors(obj);
        if (error) problems.push(`${file} ${obj.kind}/${obj.metadata?.name}: ${error}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the schema check catches a broken manifest (wrong type, missing required field)', () => {
    const deployment = parseDocs(fs.readFileSync(path.join(k8sDir, 'gateway.yaml'), 'utf8'), 'gateway.yaml').find((o) => o.kind === 'Deployment')!;
    const broken = structuredClone(deployment);
    broken.spec.template.spec.containers[0].ports[0].containerPort = 'four thousand';
    expect(schemaErrors(broken)).toMatch(/containerPort must be integer/);
    delete broken.spec.selector;
    expect(schemaErrors(broken)).toMatch(/selector/);
  });

  itRendered('renders with kubectl kustomize into valid objects, all in the licensing-graph namespace', () => {
    expect(rendered.map((o) => `${o.kind}/${o.metadata.name}: ${schemaErrors(o) ?? 'ok'}`).filter((line) => !line.endsWith(': ok'))).toEqual([]);
    for (const obj of rendered) if (obj.kind !== 'Namespace') expect({ obj: `${obj.kind}/${obj.metadata.name}`, ns: obj.metadata.namespace }).toEqual({ obj: `${obj.kind}/${obj.metadata.name}`, ns: 'licensing-graph' });
    expect(of('Deployment').map((d) => d.metadata.name).sort()).toEqual(services.map((s) => s.name).sort());
  });

  itRendered.each(services.map((s) => [s.name, s.port] as const))('%s: the one image, SERVICE, its port, /ready and /health probes, resources', (name, port) => {
    const pod = named('Deployment', name)!.spec.template.spec;
    const c = container(name);
    expect(c.image).toMatch(/^licensing-graph:/);
    expect(c.command).toBeUndefined();
    expect(c.args).toBeUndefined();
    expect(c.env.find((e: Obj) => e.name === 'SERVICE')?.value).toBe(name);
    expect(c.ports).toEqual([expect.objectContaining({ name: 'http', containerPort: port })]);
    // The gateway's readiness is its own (supergraph loaded): a subgraph down must not take every gateway pod out.
    expect(c.readinessProbe.httpGet).toEqual({ path: name === 'gateway' ? '/ready/self' : '/ready', port: 'http' });
    expect(c.livenessProbe.httpGet).toEqual({ path: '/health', port: 'http' });
    for (const kind of ['requests', 'limits']) for (const r of ['cpu', 'memory']) expect({ kind, r, set: c.resources?.[kind]?.[r] !== undefined }).toEqual({ kind, r, set: true });
    // Service links would put `<SERVICE>_PORT=tcp://...` into the pod, clobbering the integer port variables.
    expect(pod.enableServiceLinks).toBe(false);
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(c.securityContext.allowPrivilegeEscalation).toBe(false);
  });

  itRendered.each(services.map((s) => [s.name] as const))('%s: terminates gracefully, matching the services\' SIGTERM handling', (name) => {
    const pod = named('Deployment', name)!.spec.template.spec;
    const preStop = container(name).lifecycle.preStop.exec.command as string[];
    expect(preStop[0]).toBe('sleep');
    const preStopMs = Number(preStop[1]) * 1000;
    expect(preStopMs).toBeGreaterThan(0);
    // The kubelet sends SIGTERM after preStop, and SIGKILL at the grace period counted from the start.
    expect(pod.terminationGracePeriodSeconds * 1000).toBeGreaterThan(preStopMs + SHUTDOWN_BOUND_MS);
  });

  itRendered.each(services.map((s) => [s.name] as const))('%s: a HorizontalPodAutoscaler and a PodDisruptionBudget', (name) => {
    const hpa = of('HorizontalPodAutoscaler').find((h) => h.spec.scaleTargetRef.kind === 'Deployment' && h.spec.scaleTargetRef.name === name);
    expect(hpa).toBeDefined();
    expect(hpa!.spec.minReplicas).toBeGreaterThanOrEqual(2);
    expect(hpa!.spec.maxReplicas).toBeGreaterThan(hpa!.spec.minReplicas);
    // The autoscaler owns the count: a fixed `replicas` would fight it on every apply.
    expect(named('Deployment', name)!.spec.replicas).toBeUndefined();
    const pdb = of('PodDisruptionBudget').filter((p) => matches(p.spec.selector, podLabels(name)));
    expect(pdb).toHaveLength(1);
    expect(pdb[0].spec.minAvailable).toBeGreaterThanOrEqual(1);
  });

  itRendered('gives each service only the secrets it needs, from the Secret, and reads only variables the code knows', () => {
    const known = new Set(ENVIRONMENT_VARIABLES.map((v) => v.name));
    const secret = of('Secret')[0];
    const config = of('ConfigMap')[0];
    expect(Object.keys(secret.data).sort()).toEqual(['EVENT_SECRET', 'JWT_SECRET', 'SUBGRAPH_SECRET', ...SUBGRAPHS.map((s) => `${s.envPrefix}_DATABASE_URL`)].sort());
    for (const variable of Object.keys(config.data)) expect({ variable, known: known.has(variable) }).toEqual({ variable, known: true });
    expect(config.data).toMatchObject({ NODE_ENV: 'production', SEED_DEMO_DATA: 'false', PLAYGROUND: 'false', INTROSPECTION: 'false', SUBGRAPH_HOST: '0.0.0.0' });
    for (const s of services) {
      const c = container(s.name);
      expect(c.envFrom).toEqual([{ configMapRef: { name: config.metadata.name } }]);
      const fromSecret = (c.env as Obj[]).filter((e) => e.valueFrom?.secretKeyRef).map((e) => {
        // Optional keys (REDIS_URL) may be absent from the Secret: the service then runs without them.
        const { optional: _optional, ...ref } = e.valueFrom.secretKeyRef;
        expect(ref).toEqual({ name: secret.metadata.name, key: e.name });
        return e.name as string;
      });
      for (const e of c.env as Obj[]) expect({ service: s.name, variable: e.name, known: known.has(e.name) }).toEqual({ service: s.name, variable: e.name, known: true });
      // No secret as a literal value.
      expect((c.env as Obj[]).filter((e) => /SECRET|DATABASE_URL/.test(e.name) && e.value !== undefined)).toEqual([]);
      const sub = SUBGRAPHS.find((d) => d.name === s.name);
      const expected = sub ? ['EVENT_SECRET', 'JWT_SECRET', 'SUBGRAPH_SECRET', `${sub.envPrefix}_DATABASE_URL`] : ['JWT_SECRET', 'REDIS_URL', 'SUBGRAPH_SECRET'];
      expect({ service: s.name, secrets: fromSecret.sort() }).toEqual({ service: s.name, secrets: expected.sort() });
    }
    // The gateway and the relays find each subgraph by its Service name and port.
    for (const s of SUBGRAPHS) {
      expect(config.data[`${s.envPrefix}_URL`]).toBe(`http://${s.name}:${s.defaultPort}/graphql`);
      expect(named('Service', s.name)!.spec.ports[0].port).toBe(s.defaultPort);
    }
  });

  itRendered('exposes only the gateway outside the cluster: subgraph Services are ClusterIP, the Ingress routes to the gateway alone', () => {
    for (const svc of of('Service')) {
      expect({ svc: svc.metadata.name, type: svc.spec.type ?? 'ClusterIP' }).toEqual({ svc: svc.metadata.name, type: svc.metadata.name === 'gateway' ? expect.stringMatching(/^(ClusterIP|LoadBalancer)$/) : 'ClusterIP' });
      expect(svc.spec.externalIPs).toBeUndefined();
      expect(svc.spec.externalName).toBeUndefined();
      expect(matches({ matchLabels: svc.spec.selector }, podLabels(svc.metadata.name))).toBe(true);
    }
    const backends = of('Ingress').flatMap((ing) => [
      ...(ing.spec.defaultBackend ? [ing.spec.defaultBackend.service.name] : []),
      ...(ing.spec.rules as Obj[]).flatMap((r) => (r.http.paths as Obj[]).map((p) => p.backend.service.name)),
    ]);
    expect(backends.length).toBeGreaterThan(0);
    expect(new Set(backends)).toEqual(new Set(['gateway']));
  });

  itRendered('NetworkPolicies: default deny; outside reaches the gateway only; the gateway and the other subgraphs reach each subgraph on its port', () => {
    const defaultDeny = of('NetworkPolicy').find((p) => Object.keys(p.spec.podSelector).length === 0 && !p.spec.ingress && !p.spec.egress);
    expect(defaultDeny?.spec.policyTypes.sort()).toEqual(['Egress', 'Ingress']);
    const outside: Endpoint = { external: true };
    const gateway: Endpoint = { pod: podLabels('gateway') };
    expect(reachable(outside, gateway, GATEWAY_DEFAULT_PORT)).toBe(true);
    expect(reachable(outside, gateway, 9229)).toBe(false);
    for (const s of SUBGRAPHS) {
      const target: Endpoint = { pod: podLabels(s.name) };
      expect({ from: 'outside', to: s.name, ok: reachable(outside, target, s.defaultPort) }).toEqual({ from: 'outside', to: s.name, ok: false });
      expect({ from: 'gateway', to: s.name, ok: reachable(gateway, target, s.defaultPort) }).toEqual({ from: 'gateway', to: s.name, ok: true });
      // Relays deliver events (POST /events) on the receiver's port; NetworkPolicy cannot tell /events from /graphql.
      for (const other of SUBGRAPHS.filter((o) => o !== s)) {
        expect({ from: other.name, to: s.name, ok: reachable({ pod: podLabels(other.name) }, target, s.defaultPort) }).toEqual({ from: other.name, to: s.name, ok: true });
      }
      // Subgraphs never call the gateway, and reach their database on 3306; the gateway has no database.
      expect(reachable(target, gateway, GATEWAY_DEFAULT_PORT)).toBe(false);
      expect(reachable(target, outside, 3306)).toBe(true);
      expect(reachable(target, outside, 443)).toBe(false);
    }
    expect(reachable(gateway, outside, 3306)).toBe(false);
    expect(reachable(gateway, outside, 443)).toBe(false);
  });
});
