package io.hvs.hazard.training;

import java.util.ArrayList;
import java.util.List;

import org.tensorflow.Graph;
import org.tensorflow.framework.optimizers.Adam;
import org.tensorflow.op.Op;

/**
 * tensorflow-framework's {@link Adam}, with its step split so that it runs the same way every time. Adam's
 * {@code finish} assigns the new beta powers without waiting for the variable updates that read them, so some
 * updates see the old and some the new power, differently from run to run. This subclass keeps the updates and the
 * beta-power assignments apart; the caller runs {@link #updates()} first and {@link #powerUpdates()} in a second
 * session call.
 */
final class OrderedAdam extends Adam {

    private final List<Op> updates = new ArrayList<>();

    private final List<Op> powerUpdates = new ArrayList<>();

    OrderedAdam(Graph graph, float learningRate) {
        super(graph, learningRate);
    }

    @Override
    protected Op finish(List<Op> updateOperations, String name) {
        this.updates.addAll(updateOperations);
        int before = updateOperations.size();
        // Adam appends its two beta-power assignments to the list before grouping everything.
        Op all = super.finish(updateOperations, name);
        this.powerUpdates.addAll(updateOperations.subList(before, updateOperations.size()));
        return all;
    }

    /** The variable updates (one ApplyAdam per variable). */
    List<Op> updates() {
        return List.copyOf(this.updates);
    }

    /** The beta-power assignments, to run after {@link #updates()}. */
    List<Op> powerUpdates() {
        return List.copyOf(this.powerUpdates);
    }

}
