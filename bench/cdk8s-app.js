// The peer for bench/peers.sh: the WWE app written with cdk8s-plus (plain JS, no tsc step), one chart per
// environment, the same object kinds wwegen renders for a profile: ServiceAccount, ConfigMap, Deployment
// (hardened container, probes, resources), Service, Ingress (TLS), NetworkPolicy (ingress controller + DNS),
// HorizontalPodAutoscaler and PodDisruptionBudget.
// Usage: node cdk8s-app.js ENVIRONMENTS OUTDIR
const { App, Chart, ApiObject, Duration, Size } = require('cdk8s');
const kplus = require('cdk8s-plus-33');

const environments = Number(process.argv[2] || 3);
const app = new App({ outdir: process.argv[3] || 'dist' });
const backends = ['gauth', 'gws', 'webrtc', 'telemetry', 'digital'];

for (let i = 0; i < environments; i++) {
  const env = i === 0 ? 'dev' : `env${i}`;
  const host = `wwe.${env}.example.com`;
  const chart = new Chart(app, env, { namespace: 'wwe', labels: { 'app.kubernetes.io/name': 'wwe' } });
  const account = new kplus.ServiceAccount(chart, 'sa', { automountToken: false });
  const data = {};
  for (const b of backends) data[`${b}Url`] = `https://${b}.${env}.example.com`;
  const config = new kplus.ConfigMap(chart, 'config', { data });
  const deployment = new kplus.Deployment(chart, 'wwe', {
    serviceAccount: account,
    automountServiceAccountToken: false,
    securityContext: { ensureNonRoot: true, user: 10001, group: 10001, fsGroup: 10001 },
    containers: [{
      name: 'wwe',
      image: 'workspace/wwe-nginx:100.0.001.0113',
      imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
      ports: [{ number: 8080, name: 'http' }],
      securityContext: { ensureNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false,
        privileged: false, user: 10001, group: 10001 },
      resources: {
        cpu: { request: kplus.Cpu.millis(100), limit: kplus.Cpu.millis(500) },
        memory: { request: Size.mebibytes(128), limit: Size.mebibytes(256) },
        ephemeralStorage: { request: Size.gibibytes(1), limit: Size.gibibytes(2) },
      },
      readiness: kplus.Probe.fromHttpGet('/index.html', { port: 8080, periodSeconds: Duration.seconds(10) }),
      liveness: kplus.Probe.fromHttpGet('/index.html', { port: 8080, periodSeconds: Duration.seconds(20) }),
      envFrom: [kplus.Env.fromConfigMap(config)],
      volumeMounts: ['/tmp', '/var/cache/nginx', '/var/run'].map((path, n) => ({
        path, volume: kplus.Volume.fromEmptyDir(chart, `tmp${n}`, `tmp${n}`) })),
    }],
  });
  const service = deployment.exposeViaService({ name: 'wwe', ports: [{ port: 80, targetPort: 8080, name: 'http' }] });
  new kplus.Ingress(chart, 'ingress', {
    className: 'nginx',
    rules: [{ host, path: '/', backend: kplus.IngressBackend.fromService(service) }],
    tls: [{ hosts: [host], secret: kplus.Secret.fromSecretName(chart, 'tls', `wwe-${env}-tls`) }],
  });
  const controller = kplus.Pods.select(chart, 'controller', {
    labels: { 'app.kubernetes.io/name': 'ingress-nginx' },
    namespaces: kplus.Namespaces.select(chart, 'controller-ns', { names: ['ingress-nginx'] }),
  });
  const dns = kplus.Pods.select(chart, 'dns', {
    labels: { 'k8s-app': 'kube-dns' },
    namespaces: kplus.Namespaces.select(chart, 'dns-ns', { names: ['kube-system'] }),
  });
  new kplus.NetworkPolicy(chart, 'policy', {
    selector: deployment,
    ingress: { default: kplus.NetworkPolicyTrafficDefault.DENY,
      rules: [{ peer: controller, ports: [kplus.NetworkPolicyPort.tcp(8080)] }] },
    egress: { default: kplus.NetworkPolicyTrafficDefault.DENY,
      rules: [{ peer: dns, ports: [kplus.NetworkPolicyPort.udp(53), kplus.NetworkPolicyPort.tcp(53)] }] },
  });
  new kplus.HorizontalPodAutoscaler(chart, 'hpa', {
    target: deployment, minReplicas: 3, maxReplicas: 10,
    metrics: [kplus.Metric.resourceCpu(kplus.MetricTarget.averageUtilization(40)),
      kplus.Metric.resourceMemory(kplus.MetricTarget.averageUtilization(80))],
  });
  new ApiObject(chart, 'pdb', {
    apiVersion: 'policy/v1', kind: 'PodDisruptionBudget',
    spec: { maxUnavailable: 1, unhealthyPodEvictionPolicy: 'AlwaysAllow',
      selector: { matchLabels: deployment.matchLabels } },
  });
}
app.synth();
