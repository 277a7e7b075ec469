/**
 * CloudEvents in and out: binary, structured and batched HTTP requests decoded with the CloudEvents Java SDK,
 * scored by the shared scoring core, answered with a prediction CloudEvent in the request's mode.
 */
package io.hvs.hazard.cloudevents;
