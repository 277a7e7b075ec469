/**
 * Training without a web context: the synthetic data generator, the splits, the TensorFlow graph and trainer, and
 * the MLflow run that records the model.
 */
package io.hvs.hazard.training;
