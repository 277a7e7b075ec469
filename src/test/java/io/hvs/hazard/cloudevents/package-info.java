/**
 * Tests of CloudEvents in and out: the codec in isolation and the running function with a real CloudEvents client.
 */
package io.hvs.hazard.cloudevents;
