package io.hvs.hazard.inference;

import java.time.Instant;

/**
 * The outcome of the latest load attempt, for the info endpoint. Carries no failure text: that is logged (it
 * names local paths), the info endpoint only says that it failed.
 *
 * @param outcome {@code success} or {@code failure}
 * @param trigger what asked for the load ({@code startup}, {@code switch-file}, or a test's own)
 * @param requestedUri the model URI that was asked for; {@code null} when the selection itself could not be read
 * (an unreadable or garbled switch file)
 * @param at when the attempt ended
 */
public record SwitchReport(String outcome, String trigger, String requestedUri, Instant at) {

    static SwitchReport success(String trigger, String requestedUri) {
        return new SwitchReport("success", trigger, requestedUri, Instant.now());
    }

    static SwitchReport failure(String trigger, String requestedUri) {
        return new SwitchReport("failure", trigger, requestedUri, Instant.now());
    }

    public boolean failed() {
        return "failure".equals(this.outcome);
    }

}
