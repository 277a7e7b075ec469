/**
 * Build-time checks of the deployment manifests (knative/, k8s-fallback/, events/), the Dockerfile and the
 * README commands against the typed Kubernetes/Knative models, Knative's webhook rules and the app itself.
 */
package io.hvs.hazard.manifests;
