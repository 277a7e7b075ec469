/**
 * Batch inference with the loaded TensorFlow model: the model holder, the predictor, tensor encoding and the
 * model's readiness.
 */
package io.hvs.hazard.inference;
