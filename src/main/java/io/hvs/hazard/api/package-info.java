/**
 * The HTTP and event contract: request and response records, the strict request decoder and its errors.
 */
package io.hvs.hazard.api;
