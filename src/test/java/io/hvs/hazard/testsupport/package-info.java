/**
 * Test fixtures: a tiny real TensorFlow model with known weights, written as an MLflow run, and sample readings.
 */
package io.hvs.hazard.testsupport;
