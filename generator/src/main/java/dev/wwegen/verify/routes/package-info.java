/**
 * The route kinds checked strictly and offline without CRD files: Gateway API (GatewayClass, Gateway,
 * HTTPRoute, GRPCRoute, ReferenceGrant) and OpenShift Route. Structure comes from fabric8's model classes
 * (kubernetes-model-gatewayapi and openshift-model 7.5.2); the constraints (enums, patterns, bounds and
 * the CEL rules) are wwegen's own data, {@code wwegen/routes/constraints.yaml}, naming the API releases.
 * The build makes the kinds from it once ({@link dev.wwegen.verify.routes.PrecomputedRoutes}); a run makes
 * each kind on its first lookup.
 */
package dev.wwegen.verify.routes;
