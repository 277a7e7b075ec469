/**
 * Tests of the HTTP edge: the predict function end to end on a random port, and the problem advice.
 */
package io.hvs.hazard.function;
