/**
 * Tests of the data generator, the trainer and the MLflow run it records.
 */
package io.hvs.hazard.training;
