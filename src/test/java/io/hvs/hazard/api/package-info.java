/**
 * Tests of the request decoder: every accepted form and every rejected input, with its JSON pointer.
 */
package io.hvs.hazard.api;
