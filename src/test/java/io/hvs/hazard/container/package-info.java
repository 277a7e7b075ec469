/**
 * The container image test: builds the image with podman from a debootstrap Debian JRE base, runs it read-only
 * and as non-root, and checks readiness, a prediction and a graceful stop under load.
 */
package io.hvs.hazard.container;
