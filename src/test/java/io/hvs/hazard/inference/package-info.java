/**
 * Tests of batch inference through a real TensorFlow session.
 */
package io.hvs.hazard.inference;
