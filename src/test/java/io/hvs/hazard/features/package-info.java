/**
 * Tests of the feature pipeline against values worked out by hand.
 */
package io.hvs.hazard.features;
