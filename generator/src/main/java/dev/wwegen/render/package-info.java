/**
 * Render: {@link dev.wwegen.resolve.Release} → fabric8 Kubernetes objects. Pure; fabric8 and
 * Dekorate stay in this package and below. One small renderer per object kind.
 */
package dev.wwegen.render;
